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

Weights ship as ``data/semantic.safetensors`` (``weight`` (384, 7) float32, ``bias`` (7,));
the thresholds live in ``data/classifier.json`` under ``"semantic"``.
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
    # {"free": {cat: t}, "gated": {cat: t}, "minor_hint": t, "joint": {cat: [classifier, t]}}
    thresholds: dict

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
    if set(t) != {"weight", "bias"} or t["weight"].shape != (DIM, len(LABELS)):
        raise RuntimeError("safety/data/semantic.safetensors does not match the labels")
    return Semantic(t["weight"].astype(np.float32), t["bias"].astype(np.float32), meta["semantic"])
