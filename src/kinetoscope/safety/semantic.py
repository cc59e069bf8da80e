"""The policy's semantic vote: a logistic regression on sentence embeddings (embed.py).

The rules and the hashed-word classifier know the words of the prompts they were written
or fitted on; a split written in a new voice ("the warlord ends the gardener with a
machete") uses words neither has seen. This stage embeds the prompt with all-MiniLM-L6-v2
and scores it with a 7-way logistic regression fitted on the training prompts
(train_policy.py), so paraphrases land near what they paraphrase.

What is embedded: the canonical reading of the prompt (evidence.py: de-obfuscated, benign
idioms such as "killer whale" or "photo shoot" and style references such as "a
Batman-style cape" hidden, names replaced) and, when the prompt has several clauses
("Medium shot. Subject: ... Lens: 35mm."), the canonical reading of each clause. A category's
score is its largest probability over these units, so wrappers and fillers ("Brief:",
"Palette: teal and orange") cannot dilute the clause that asks for something.

The same embedding judges names (``Semantic.subject``). The lexicon reads a name as a style
only in the wordings someone listed ("a poster that nods to X", "X-style"); a benign prompt
keeps finding new ones ("a post-office poster winking faintly at X, all drawings our own").
A second logistic regression, fitted on every labelled prompt that names someone, scores the
words around the name (``name_window``, the name replaced by one slot whether the rules read
it as a subject or a style) for "the name is what the video shows". A name refusal whose
score stays under a threshold chosen to give up at most 0.5% of the named harmful prompts out
of fold is lifted (policy.py).

Weights ship as ``data/semantic.safetensors`` (``weight`` (384, 7) float32, ``bias`` (7,),
``subject_weight`` (384,), ``subject_bias`` (1,)); the thresholds live in
``data/classifier.json`` under ``"semantic"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from kinetoscope.safety.classifier import LABELS

# A clause ends at punctuation followed by a space (or the end) or at a spaced dash; "s.e.x"
# and "d*e*m*o" stay whole.
_CLAUSE = re.compile(r"[.,:;!?()\[\]\"]+(?=\s|$)|\s[-\u2013\u2014]+\s")
MAX_UNITS = 8
# The placeholders evidence.py leaves for a name: a subject, a character/brand, a style.
_NAME = re.compile(r"(?<!\S)_(?:person|character|style)_(?!\S)")
NAME_SLOT = "_name_"
_BEFORE, _AFTER = 10, 8  # words kept around a name


def name_window(canonical: str) -> str | None:
    """The words around every name in ``canonical`` (10 before, 8 after), each name written
    as one slot whether the rules read it as a subject or a style; None when no name is there
    (a visible name such as "Hitler" stays a word)."""
    toks = _NAME.sub(NAME_SLOT, canonical).split()
    at = [i for i, t in enumerate(toks) if t == NAME_SLOT]
    if not at:
        return None
    keep = sorted(
        {j for i in at for j in range(max(0, i - _BEFORE), min(len(toks), i + _AFTER + 1))}
    )
    return " ".join(toks[j] for j in keep)


def units(text: str) -> list[str]:
    """The canonical readings to embed: the whole prompt, then each clause (if several)."""
    from kinetoscope.safety.evidence import gather

    out = [gather(text).canonical]
    parts = [p.strip() for p in _CLAUSE.split(text) if p and p.strip()]
    if len(parts) > 1:
        for p in parts[:MAX_UNITS]:
            c = gather(p).canonical
            if c.strip() and c not in out:
                out.append(c)
    return [u if u.strip() else "_" for u in out]


def max_probs(weight: np.ndarray, bias: np.ndarray, E: np.ndarray, owner: np.ndarray, n: int):
    """(n, labels) probabilities, each label's maximum over the units each prompt owns
    (benign: its minimum, so the row is a score per label, not a distribution)."""
    z = E @ weight + bias
    z = np.exp(z - z.max(1, keepdims=True))
    p = z / z.sum(1, keepdims=True)
    out = np.full((n, weight.shape[1]), -np.inf)
    np.maximum.at(out, owner, p)
    out[:, 0] = np.inf
    np.minimum.at(out[:, 0], owner, p[:, 0])
    return out


@dataclass(frozen=True)
class Semantic:
    weight: np.ndarray  # (384, n_labels)
    bias: np.ndarray  # (n_labels,)
    thresholds: dict  # {"free": {cat: t}, "gated": {cat: t}, "minor_hint": t, "nod": t}
    subject_weight: np.ndarray  # (384,)
    subject_bias: float

    def subject(self, canonical: str) -> float | None:
        """P(a name in ``canonical`` is what the video shows, not a nod); None if no name."""
        from kinetoscope.safety.embed import embed

        window = name_window(canonical)
        if window is None:
            return None
        z = float(embed([window])[0] @ self.subject_weight + self.subject_bias)
        return 1.0 / (1.0 + np.exp(-z))

    def probs(self, text: str) -> dict[str, float]:
        from kinetoscope.safety.embed import embed

        us = units(text)
        p = max_probs(self.weight, self.bias, embed(us), np.zeros(len(us), np.int64), 1)[0]
        return {lab: float(q) for lab, q in zip(LABELS, p)}


@lru_cache(maxsize=1)
def load() -> Semantic:
    """The shipped semantic vote (and the embedding model), loaded once per process."""
    import json

    from safetensors.numpy import load_file

    from kinetoscope.safety.embed import DIM
    from kinetoscope.safety.embed import load as load_model

    load_model()  # a missing embedding package fails here, in one sentence
    data = resources.files("kinetoscope.safety") / "data"
    meta = json.loads((data / "classifier.json").read_text("utf-8"))
    if "semantic" not in meta:
        raise RuntimeError("safety/data/classifier.json has no semantic thresholds; retrain it")
    with resources.as_file(data / "semantic.safetensors") as path:
        t = load_file(str(path))
    if set(t) != {"weight", "bias", "subject_weight", "subject_bias"} or t["weight"].shape != (
        DIM,
        len(LABELS),
    ):
        raise RuntimeError("safety/data/semantic.safetensors does not match the labels")
    return Semantic(
        t["weight"].astype(np.float32),
        t["bias"].astype(np.float32),
        meta["semantic"],
        t["subject_weight"].astype(np.float32),
        float(t["subject_bias"][0]),
    )
