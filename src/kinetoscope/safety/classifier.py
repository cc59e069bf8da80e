"""The policy's learned signal: multinomial logistic regression over hashed prompt features.

Rules (evidence.py) are precise but only know the phrasings someone wrote down; the classifier
generalises from the labelled prompt set (tests/data/prompts) to phrasings no rule lists.
It sees the *evidence*, not the raw text: the de-obfuscated canonical prompt with benign
idioms and style references hidden, plus the rules' soft cues and signals and the
profanity score of alt-profanity-check's bundled model (a profanity model, not a policy:
one feature among many).

Features (the "hashing trick", Weinberger et al. 2009): word unigrams and bigrams, character
3-5-grams inside words (robust to inflection and leftover obfuscation), and named evidence
features, each hashed by CRC32 into ``n_buckets`` columns. Weights ship as safetensors
(``data/classifier.safetensors``: ``weight`` (n_buckets, n_labels) float16, ``bias``
(n_labels,) float32) beside ``data/classifier.json`` (labels, bucket count, decision
thresholds, training figures); nothing is unpickled. Training is train_policy.py.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from kinetoscope.safety.evidence import SEXUAL_WITH_MINOR, Evidence

LABELS = ("benign", "violence", "sexual", "minors", "hate", "celebrity", "ip")
FEATURE_VERSION = 1


def _hash(feature: str, n_buckets: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) % n_buckets


def feature_names(ev: Evidence, profanity: float) -> dict[str, float]:
    """Named features of one prompt (before hashing); values are weights."""
    feats: dict[str, float] = {}
    toks = ev.canonical.split()
    for i, t in enumerate(toks):
        feats["w:" + t] = 1.0
        if i + 1 < len(toks):
            feats["b:" + t + " " + toks[i + 1]] = 1.0
        if t.isalpha() and len(t) > 2:
            padded = f"<{t}>"
            for n in (3, 4, 5):
                for j in range(len(padded) - n + 1):
                    feats["c:" + padded[j : j + n]] = 0.3
    for cat, w in ev.soft.items():
        feats["soft:" + cat] = w
    for sig in ev.signals:
        feats["sig:" + sig] = 1.0
    if "minor" in ev.signals and SEXUAL_WITH_MINOR & ev.signals:
        feats["sig:minor&sexcue"] = 1.0
    for cat in ev.names:
        feats["name:" + cat] = 1.0
    if ev.styled:
        feats["styled"] = 1.0
    feats["profanity"] = profanity
    feats["profanity>0.8"] = float(profanity > 0.8)
    return feats


def hashed(feats: dict[str, float], n_buckets: int) -> tuple[np.ndarray, np.ndarray]:
    """(indices, values) with collisions summed."""
    acc: dict[int, float] = {}
    for name, v in feats.items():
        k = _hash(name, n_buckets)
        acc[k] = acc.get(k, 0.0) + v
    idx = np.fromiter(acc.keys(), dtype=np.int64, count=len(acc))
    val = np.fromiter(acc.values(), dtype=np.float32, count=len(acc))
    return idx, val


@dataclass(frozen=True)
class Classifier:
    labels: tuple[str, ...]
    weight: np.ndarray  # (n_buckets, n_labels) float32
    bias: np.ndarray  # (n_labels,)
    thresholds: dict[str, float]

    @property
    def n_buckets(self) -> int:
        return self.weight.shape[0]

    def probs(self, ev: Evidence, profanity: float) -> dict[str, float]:
        idx, val = hashed(feature_names(ev, profanity), self.n_buckets)
        logits = val @ self.weight[idx] + self.bias  # (n_labels,)
        e = np.exp(logits - logits.max())
        p = e / e.sum()
        return {lab: float(q) for lab, q in zip(self.labels, p)}


@lru_cache(maxsize=1)
def load() -> Classifier:
    """The shipped classifier, loaded strictly once per process."""
    from safetensors.numpy import load_file

    data = resources.files("kinetoscope.safety") / "data"
    meta = json.loads((data / "classifier.json").read_text("utf-8"))
    if meta.get("feature_version") != FEATURE_VERSION:
        raise RuntimeError("safety/data/classifier.json was trained for other features; retrain it")
    with resources.as_file(data / "classifier.safetensors") as path:
        tensors = load_file(str(path))
    if set(tensors) != {"weight", "bias"}:
        raise RuntimeError(f"unexpected tensors in classifier.safetensors: {sorted(tensors)}")
    labels = tuple(meta["labels"])
    weight = tensors["weight"].astype(np.float32)
    bias = tensors["bias"].astype(np.float32)
    if weight.shape != (meta["n_buckets"], len(labels)) or bias.shape != (len(labels),):
        raise RuntimeError("classifier.safetensors does not match classifier.json")
    return Classifier(labels, weight, bias, dict(meta["thresholds"]))


@dataclass(frozen=True)
class _Profanity:
    """alt-profanity-check's bundled model, evaluated in numpy.

    The package ships a fitted TF-IDF vectoriser and five sigmoid-calibrated linear SVMs
    (scikit-learn, joblib). Calling it costs ~4 ms a prompt in scikit-learn overhead, so on
    first use we read its arrays once and compute the same probability directly:
    p = mean_k sigmoid(-(a_k (w_k . x + c_k) + b_k)), x the l2-normalised TF-IDF vector.
    """

    vocab: dict[str, int]
    idf: np.ndarray  # (V,)
    stop: frozenset[str]
    w: np.ndarray  # (K, V)
    c: np.ndarray  # (K,)
    a: np.ndarray  # (K,)
    b: np.ndarray  # (K,)

    def __call__(self, text: str) -> float:
        counts: dict[int, int] = {}
        for tok in _WORD.findall(text.lower()):
            j = self.vocab.get(tok)
            if j is not None and tok not in self.stop:
                counts[j] = counts.get(j, 0) + 1
        if not counts:
            f = self.c
        else:
            idx = np.fromiter(counts, dtype=np.int64)
            x = np.fromiter(counts.values(), dtype=np.float64) * self.idf[idx]
            x /= np.linalg.norm(x)
            f = self.w[:, idx] @ x + self.c  # (K,)
        return float(np.mean(1.0 / (1.0 + np.exp(self.a * f + self.b))))


_WORD = re.compile(r"(?u)\b\w\w+\b")


@lru_cache(maxsize=1)
def _profanity_model() -> _Profanity:
    from profanity_check import profanity_check as pc  # loads its joblib files (~1 s)

    vec, model = pc.vectorizer, pc.model
    ws, cs, as_, bs = [], [], [], []
    for cc in model.calibrated_classifiers_:
        ws.append(np.asarray(cc.estimator.coef_[0], np.float64))
        cs.append(float(cc.estimator.intercept_[0]))
        as_.append(float(cc.calibrators[0].a_))
        bs.append(float(cc.calibrators[0].b_))
    return _Profanity(
        vocab=dict(vec.vocabulary_),
        idf=np.asarray(vec.idf_, np.float64),
        stop=frozenset(vec.get_stop_words() or ()),
        w=np.stack(ws),
        c=np.asarray(cs),
        a=np.asarray(as_),
        b=np.asarray(bs),
    )


def profanity(text: str) -> float:
    """Probability that ``text`` is profane, from alt-profanity-check's bundled model."""
    return _profanity_model()(text)
