"""Text encoders: prompts -> token embeddings (B, L, D) and a mask (B, L) for cross-attention.

Two encoders share one small protocol (``TextEncoder``):

- ``BuiltinTextEncoder``: the byte-level BPE tokenizer of ``text_tokenizer`` and a small
  pre-norm transformer (a few layers, width 128-256) trained *jointly with the DiT*. The toy
  world's language is tiny, so a large frozen language model would be wasted on it; Imagen
  (Saharia et al. 2022) showed that the text encoder matters most for open-ended prompts.
- ``HFT5TextEncoder``: a frozen Hugging Face T5-family encoder (T5 v1.1, Flan-T5, UMT5) read
  from a local directory, as the large video models do (Open-Sora and PixArt use T5-XXL,
  Wan uses UMT5-XXL). Nothing is ever downloaded.

The null prompt. Classifier-free guidance (Ho & Salimans 2022) needs the model's velocity
*without* text. Our rule, for every encoder: the null embedding is the encoding of the empty
prompt, ``null(B) == encode([""] * B)``. The built-in tokenizer puts ``<bos>`` in front of
every sequence and T5 puts ``</s>`` at the end, so the empty prompt is one real token (the
attention never sees a fully masked row), and for the built-in encoder it is a learned
embedding. Training drops prompts to "" with probability p (``drop_text``, p = 0.1 as in
SD3 and Wan) so the one network learns both branches.

Outputs are zero at padded positions and the mask is True at real tokens. Padding is to the
longest prompt in the batch (never to ``max_length``); longer prompts are truncated to
``max_length`` tokens. The output lives on the encoder's device, in its weights' dtype.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol, runtime_checkable

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from kinetoscope.config import from_dict, to_dict
from kinetoscope.errors import UserError
from kinetoscope.text_tokenizer import PAD_ID, load_tokenizer


@runtime_checkable
class TextEncoder(Protocol):
    """What the DiT, the trainer and the pipeline need from a text encoder."""

    dim: int  # D of the returned tokens
    max_length: int  # prompts are truncated to this many tokens

    def encode(self, prompts: Sequence[str]) -> tuple[Tensor, Tensor]:
        """``prompts`` -> tokens (B, L, D) float and mask (B, L) bool (True = real token)."""
        ...

    def null(self, batch: int) -> tuple[Tensor, Tensor]:
        """The unconditional embedding for CFG: ``encode([""] * batch)``."""
        ...


# --- Helpers shared by every encoder ------------------------------------------------------------


def drop_text(
    prompts: Sequence[str], p: float, generator: torch.Generator | None = None
) -> list[str]:
    """Replace each prompt by "" with probability ``p`` (CFG training; Ho & Salimans 2022).

    Deterministic given ``generator``; draws exactly ``len(prompts)`` uniforms from it.
    """
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"text dropout p must be in [0, 1], got {p}")
    device = generator.device if generator is not None else None
    keep = torch.rand(len(prompts), generator=generator, device=device) >= p  # (B,)
    return [s if k else "" for s, k in zip(prompts, keep.tolist())]


def pad_text(tokens: Tensor, mask: Tensor, length: int) -> tuple[Tensor, Tensor]:
    """Pad (B, L, D) tokens and their (B, L) mask with masked zeros to ``length`` >= L."""
    extra = length - tokens.shape[1]
    if extra < 0:
        raise ValueError(f"cannot pad {tokens.shape[1]} tokens down to {length}")
    return F.pad(tokens, (0, 0, 0, extra)), F.pad(mask, (0, extra), value=False)


def cat_text(*pairs: tuple[Tensor, Tensor]) -> tuple[Tensor, Tensor]:
    """Concatenate (tokens, mask) pairs along the batch, padding to the longest: one forward
    for the conditional and unconditional (or negative-prompt) branches of CFG."""
    length = max(t.shape[1] for t, _ in pairs)
    padded = [pad_text(t, m, length) for t, m in pairs]
    return torch.cat([t for t, _ in padded]), torch.cat([m for _, m in padded])


# --- The built-in encoder ----------------------------------------------------------------------


@dataclass(frozen=True)
class BuiltinTextConfig:
    """The built-in encoder. ``vocab_size`` is the embedding table's size (>= the tokenizer's)."""

    dim: int = 256
    depth: int = 4
    heads: int = 4
    mlp_ratio: float = 4.0
    max_length: int = 256
    vocab_size: int = 2048
    tokenizer: str = ""  # path to a tokenizer JSON; "" = the shipped weights/text/tokenizer.json
    tokenizer_hash: str = ""  # sha256 of the vocabulary trained with; "" = not checked
    center: bool = True  # subtract the prompt's mean token before the final norm (see forward)

    def __post_init__(self) -> None:
        if self.dim < 8 or self.depth < 1 or self.heads < 1 or self.max_length < 2:
            raise ValueError("dim >= 8, depth >= 1, heads >= 1 and max_length >= 2 are required.")
        if self.dim % self.heads:
            raise ValueError(f"dim {self.dim} must be a multiple of heads {self.heads}.")
        if self.mlp_ratio <= 0 or self.vocab_size < 258:
            raise ValueError("mlp_ratio must be > 0 and vocab_size >= 258 (bytes + specials).")


def tokenizer_hash(tokenizer) -> str:
    """sha256 of a tokenizer's (token, id) table: changes whenever ids would change."""
    table = sorted(tokenizer.get_vocab(with_added_tokens=True).items(), key=lambda kv: kv[1])
    return hashlib.sha256(json.dumps(table, ensure_ascii=False).encode()).hexdigest()


class _Block(nn.Module):
    """Pre-norm transformer block (GPT-2 layout) over the prompt's tokens, no causal mask."""

    def __init__(self, dim: int, heads: int, mlp_ratio: float):
        super().__init__()
        self.heads = heads
        self.norm1 = nn.LayerNorm(dim)
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)
        self.norm2 = nn.LayerNorm(dim)
        hidden = int(dim * mlp_ratio)
        self.mlp = nn.Sequential(
            nn.Linear(dim, hidden), nn.GELU(approximate="tanh"), nn.Linear(hidden, dim)
        )

    def forward(self, x: Tensor, keep: Tensor) -> Tensor:
        # x: (B, L, D); keep: (B, 1, 1, L) True where a key is a real token
        B, L, D = x.shape
        q, k, v = (
            self.qkv(self.norm1(x))
            .view(B, L, 3, self.heads, D // self.heads)
            .permute(2, 0, 3, 1, 4)
        )
        a = F.scaled_dot_product_attention(q, k, v, attn_mask=keep)  # (B, heads, L, D/heads)
        x = x + self.proj(a.transpose(1, 2).reshape(B, L, D))
        return x + self.mlp(self.norm2(x))  # (B, L, D)


class BuiltinTextEncoder(nn.Module):
    """Tokenizer + small transformer; an ``nn.Module`` the trainer optimises with the DiT."""

    def __init__(self, config: BuiltinTextConfig | None = None, tokenizer=None):
        super().__init__()
        config = config or BuiltinTextConfig()
        self.tokenizer = (
            tokenizer if tokenizer is not None else load_tokenizer(config.tokenizer or None)
        )
        n = self.tokenizer.get_vocab_size()
        if n > config.vocab_size:
            raise UserError(
                f"The tokenizer has {n} tokens but text.vocab_size is {config.vocab_size}; raise vocab_size."
            )
        digest = tokenizer_hash(self.tokenizer)
        if config.tokenizer_hash and config.tokenizer_hash != digest:
            raise UserError(
                "These text-encoder weights were trained with a different tokenizer; "
                "set text.tokenizer to the tokenizer.json saved with them."
            )
        self.config = replace(config, tokenizer_hash=digest)  # recorded with the checkpoint
        D = config.dim
        self.embed = nn.Embedding(config.vocab_size, D)
        self.pos = nn.Embedding(config.max_length, D)  # learned absolute positions (GPT-2)
        self.blocks = nn.ModuleList(
            _Block(D, config.heads, config.mlp_ratio) for _ in range(config.depth)
        )
        self.norm = nn.LayerNorm(D)
        self._init_weights()

    def _init_weights(self) -> None:
        # GPT-2 init: N(0, 0.02), zero biases, residual projections scaled by 1/sqrt(2 depth).
        for m in self.modules():
            if isinstance(m, (nn.Linear, nn.Embedding)):
                nn.init.normal_(m.weight, std=0.02)
            if isinstance(m, nn.Linear) and m.bias is not None:
                nn.init.zeros_(m.bias)
        for b in self.blocks:
            nn.init.normal_(b.proj.weight, std=0.02 / math.sqrt(2 * self.config.depth))
            nn.init.normal_(b.mlp[2].weight, std=0.02 / math.sqrt(2 * self.config.depth))

    @property
    def dim(self) -> int:
        return self.config.dim

    @property
    def max_length(self) -> int:
        return self.config.max_length

    def tokenize(self, prompts: Sequence[str]) -> tuple[Tensor, Tensor]:
        """prompts -> ids (B, L) long and mask (B, L) bool on the CPU (data loaders call this)."""
        if isinstance(prompts, str):
            raise TypeError("encode/tokenize take a list of prompts, not one string")
        # "<bos>" typed in a prompt is text, not a control token. Set on every call: the flag is
        # not serialised, so copies (deepcopy for EMA, pickling to workers) would lose it.
        self.tokenizer.encode_special_tokens = True
        rows = [e.ids[: self.max_length] for e in self.tokenizer.encode_batch(list(prompts))]
        L = max((len(r) for r in rows), default=1)
        ids = torch.full((len(rows), L), PAD_ID, dtype=torch.long)
        mask = torch.zeros((len(rows), L), dtype=torch.bool)
        for i, r in enumerate(rows):
            ids[i, : len(r)] = torch.tensor(r, dtype=torch.long)
            mask[i, : len(r)] = True
        return ids, mask

    def forward(self, ids: Tensor, mask: Tensor) -> Tensor:
        # ids, mask: (B, L) -> tokens (B, L, D), zero where mask is False
        L = ids.shape[1]
        if L > self.max_length:
            raise ValueError(f"{L} tokens exceed max_length {self.max_length}")
        x = self.embed(ids) + self.pos.weight[:L]  # (B, L, D)
        keep = mask[:, None, None, :]  # (B, 1, 1, L): every row keeps <bos>, so none is all-False
        for block in self.blocks:
            x = block(x, keep)
        m = mask[..., None].to(x.dtype)  # (B, L, 1)
        if self.config.center:
            x = x - (x * m).sum(1, keepdim=True) / m.sum(1, keepdim=True)
        return self.norm(x) * m  # (B, L, D)

    def encode(self, prompts: Sequence[str]) -> tuple[Tensor, Tensor]:
        device = self.embed.weight.device
        ids, mask = self.tokenize(prompts)
        ids, mask = ids.to(device), mask.to(device)
        return self(ids, mask), mask

    def null(self, batch: int) -> tuple[Tensor, Tensor]:
        return self.encode([""] * batch)

    def save_pretrained(self, directory: str | Path) -> None:
        """Write text_encoder.safetensors + text_encoder.json + tokenizer.json, atomically."""
        from safetensors.torch import save_file

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        config = replace(self.config, tokenizer="")  # the tokenizer travels beside the weights
        files = {
            "tokenizer.json": lambda p: Path(p).write_text(
                self.tokenizer.to_str(pretty=True), encoding="utf-8"
            ),
            "text_encoder.safetensors": lambda p: save_file(
                {k: v.detach().cpu().contiguous() for k, v in self.state_dict().items()}, p
            ),
            "text_encoder.json": lambda p: Path(p).write_text(
                json.dumps({"kind": "builtin", "config": to_dict(config)}, indent=1),
                encoding="utf-8",
            ),
        }
        for name, write in files.items():  # the JSON last: its presence marks a complete save
            fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".tmp")
            os.close(fd)
            try:
                write(tmp)
                os.chmod(tmp, 0o644)
                os.replace(tmp, directory / name)
            except BaseException:
                os.unlink(tmp)
                raise

    @classmethod
    def from_pretrained(
        cls, directory: str | Path, device: str | torch.device | None = None
    ) -> BuiltinTextEncoder:
        """Load what ``save_pretrained`` wrote, strictly (unknown or missing keys are errors)."""
        from safetensors.torch import load_file

        directory = Path(directory)
        meta_path = directory / "text_encoder.json"
        if not meta_path.is_file():
            raise UserError(
                f"{directory} has no text_encoder.json; save the encoder with save_pretrained first."
            )
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("kind") != "builtin":
            raise UserError(
                f"{meta_path} describes a {meta.get('kind')!r} encoder, not the built-in one."
            )
        config = from_dict(BuiltinTextConfig, meta["config"], str(meta_path))
        tok_path = directory / "tokenizer.json"
        model = cls(
            replace(config, tokenizer=str(tok_path) if tok_path.is_file() else config.tokenizer)
        )
        try:
            model.load_state_dict(load_file(directory / "text_encoder.safetensors"), strict=True)
        except (RuntimeError, OSError) as e:
            raise UserError(
                f"{directory}/text_encoder.safetensors does not match text_encoder.json ({e})."
            ) from None
        return model.to(device) if device is not None else model


# --- Hugging Face T5-family encoders (frozen, local only) --------------------------------------

_T5_CLASSES = {"t5": "T5EncoderModel", "mt5": "MT5EncoderModel", "umt5": "UMT5EncoderModel"}
_TOKENIZER_FILES = ("tokenizer.json", "spiece.model", "tokenizer_config.json")


def _t5_dirs(path: Path) -> tuple[Path, Path]:
    """Model and tokenizer directories: a save_pretrained folder or a diffusers pipeline root
    (``text_encoder/`` + ``tokenizer/``, the layout of the Wan and CogVideoX releases)."""
    if not path.is_dir():
        raise UserError(
            f"Text encoder directory {path} does not exist; pass 'builtin' or a local T5/UMT5 folder."
        )
    model_dir = path / "text_encoder" if (path / "text_encoder" / "config.json").is_file() else path
    if not (model_dir / "config.json").is_file():
        raise UserError(
            f"{path} has no config.json; point to a T5/UMT5 folder written by save_pretrained."
        )
    for cand in (model_dir, path / "tokenizer", model_dir.parent / "tokenizer"):
        if any((cand / f).is_file() for f in _TOKENIZER_FILES):
            return model_dir, cand
    raise UserError(
        f"No tokenizer found beside {model_dir}; save the T5 tokenizer there (or in ../tokenizer)."
    )


class HFT5TextEncoder:
    """A frozen T5 / Flan-T5 / mT5 / UMT5 encoder: last hidden states and the attention mask.

    Not an ``nn.Module`` on purpose, so that its (billions of) frozen weights never end up in
    an optimiser or a DiT checkpoint. Use bf16 or fp32: T5 overflows in fp16.
    """

    def __init__(
        self,
        path: str | Path,
        device: str | torch.device | None = None,
        dtype: torch.dtype | None = None,
        max_length: int = 512,
    ):
        try:
            import transformers
        except ImportError:
            raise UserError(
                "T5 text encoders need the transformers package: pip install 'kinetoscope[hf]'."
            ) from None
        self.path = Path(path)
        model_dir, tok_dir = _t5_dirs(self.path)
        try:
            model_type = json.loads((model_dir / "config.json").read_text(encoding="utf-8")).get(
                "model_type"
            )
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise UserError(f"{model_dir}/config.json is not valid JSON.") from None
        if model_type not in _T5_CLASSES:
            raise UserError(
                f"{model_dir} holds a {model_type!r} model, not a T5-family encoder (t5, mt5, umt5)."
            )
        cls = getattr(transformers, _T5_CLASSES[model_type])
        # transformers 5 renamed torch_dtype to dtype; loading in the target dtype
        # avoids a full fp32 copy.
        dtype_kw = "dtype" if int(transformers.__version__.split(".")[0]) >= 5 else "torch_dtype"
        try:
            self.model = cls.from_pretrained(
                model_dir, local_files_only=True, **{dtype_kw: dtype or torch.float32}
            )
            self.tokenizer = transformers.AutoTokenizer.from_pretrained(
                tok_dir, local_files_only=True
            )
        except (OSError, ValueError) as e:
            raise UserError(
                f"Could not load the T5 encoder from {path}: {str(e).splitlines()[0]}"
            ) from None
        self.model.requires_grad_(False).eval()
        if device is not None:
            self.model.to(device)
        self.dim = int(self.model.config.d_model)
        self.max_length = max_length

    @property
    def device(self) -> torch.device:
        return next(self.model.parameters()).device

    def to(self, device: str | torch.device) -> HFT5TextEncoder:
        self.model.to(device)
        return self

    @torch.no_grad()
    def encode(self, prompts: Sequence[str]) -> tuple[Tensor, Tensor]:
        if isinstance(prompts, str):
            raise TypeError("encode takes a list of prompts, not one string")
        batch = self.tokenizer(
            list(prompts),
            padding="longest",
            truncation=True,
            max_length=self.max_length,
            return_tensors="pt",
        )
        ids = batch["input_ids"].to(self.device)  # (B, L)
        mask = batch["attention_mask"].to(self.device).bool()  # (B, L)
        tokens = self.model(
            input_ids=ids, attention_mask=mask.long()
        ).last_hidden_state  # (B, L, D)
        return tokens * mask[..., None].to(tokens.dtype), mask

    def null(self, batch: int) -> tuple[Tensor, Tensor]:
        return self.encode([""] * batch)


def text_encoder_spec(encoder: TextEncoder) -> dict:
    """What ``load_text_encoder`` needs to rebuild ``encoder`` (weights aside), as JSON-able data
    for a model's metadata: ``{"kind": "builtin", "config": {...}}`` or
    ``{"kind": "hf", "path": ...}``."""
    if isinstance(encoder, BuiltinTextEncoder):
        return {"kind": "builtin", "config": to_dict(encoder.config)}
    if isinstance(encoder, HFT5TextEncoder):
        return {"kind": "hf", "path": str(encoder.path), "max_length": encoder.max_length}
    raise TypeError(f"no spec for text encoder {type(encoder).__name__}")


def load_text_encoder(
    spec: str | dict,
    *,
    device: str | torch.device | None = None,
    dtype: torch.dtype | None = None,
    builtin: BuiltinTextConfig | None = None,
) -> TextEncoder:
    """Build a text encoder from ``spec``:

    - ``"builtin"``: a fresh built-in encoder with config ``builtin`` (default config when None);
      its weights come from training or from a checkpoint's ``load_state_dict``;
    - a directory written by ``BuiltinTextEncoder.save_pretrained`` (weights included);
    - a local Hugging Face T5/UMT5 directory (or diffusers root with ``text_encoder/``);
    - a dict from ``text_encoder_spec`` (what a model's JSON stores).
    """
    if isinstance(spec, dict):
        kind = spec.get("kind")
        if kind == "builtin":
            spec, builtin = (
                "builtin",
                from_dict(BuiltinTextConfig, spec.get("config", {}), "text.config"),
            )
        elif kind == "hf" and "path" in spec:
            return HFT5TextEncoder(
                spec["path"],
                device=device,
                dtype=dtype,
                max_length=int(spec.get("max_length", 512)),
            )
        else:
            raise UserError(f"Unknown text encoder spec {spec!r}; use 'builtin' or a T5 directory.")
    if spec == "builtin":
        enc = BuiltinTextEncoder(builtin)
        return (
            enc.to(device=device, dtype=dtype) if device is not None or dtype is not None else enc
        )
    path = Path(spec).expanduser()
    if (path / "text_encoder.json").is_file():
        enc = BuiltinTextEncoder.from_pretrained(path)
        return (
            enc.to(device=device, dtype=dtype) if device is not None or dtype is not None else enc
        )
    return HFT5TextEncoder(path, device=device, dtype=dtype)


__all__ = [
    "BuiltinTextConfig",
    "BuiltinTextEncoder",
    "HFT5TextEncoder",
    "TextEncoder",
    "cat_text",
    "drop_text",
    "load_text_encoder",
    "pad_text",
    "text_encoder_spec",
    "tokenizer_hash",
]
