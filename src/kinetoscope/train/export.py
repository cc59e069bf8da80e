"""Turn a training checkpoint into a model directory (what ships, what `generate` loads).

A model directory is ``model.json`` (the configs ``pipeline.load_pipeline`` rebuilds the
models from, plus sampling defaults) and ``model.safetensors`` (EMA weights over the
checkpoint's buffers, keys ``dit.*`` and ``text.*``), optionally stored in bf16 to halve the
size of what ships; loading casts back to the model's dtype.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from safetensors.torch import save_file

from kinetoscope.train import checkpoint


def merged_weights(ck: dict) -> dict[str, torch.Tensor]:
    """EMA parameters laid over the checkpoint's full state (buffers come from the model)."""
    weights = dict(ck["model"])
    if ck.get("ema"):
        weights.update(ck["ema"])
    return weights


def export_model(ckpt_dir: str | Path, out_dir: str | Path, *, dtype: torch.dtype = torch.float32,
                 sampler: dict | None = None) -> Path:
    ck = checkpoint.load(ckpt_dir)
    out = Path(out_dir)
    with checkpoint.atomic_directory(out) as tmp:
        weights = {k: (v.to(dtype) if v.is_floating_point() else v).contiguous() for k, v in merged_weights(ck).items()}
        save_file(weights, tmp / "model.safetensors")
        meta = dict(ck["state"]["model"])
        if sampler is not None:
            meta["sampler"] = {**meta.get("sampler", {}), **sampler}
        meta["trained_steps"] = ck["state"]["step"]
        (tmp / "model.json").write_text(json.dumps(meta, indent=1))
    return out
