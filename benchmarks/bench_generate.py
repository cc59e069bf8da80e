"""Seconds to make a 2 s 64x64 video with the shipped model at its default settings, and where
the time goes: text encoding, DiT steps (with CFG), VAE decode, frame check, watermark, H.264
encoding and C2PA signing. The issue's target is under 10 s on this 2-core CPU.

    .venv/bin/python -m benchmarks.run generate [--quick]
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

PROMPT = "a small red circle on the left moves right, and a large blue square at the top right stays still"


def _stand_in():
    """The shipped model's shape with random DiT/text weights: speed does not depend on weights."""
    from kinetoscope import config
    from kinetoscope.dit import DiT, dit_config
    from kinetoscope.pipeline import Pipeline
    from kinetoscope.text import BuiltinTextConfig, BuiltinTextEncoder
    from kinetoscope.train.config import TrainConfig
    from kinetoscope.vae import load_vae

    cfg = config.load(TrainConfig, Path(__file__).resolve().parents[1] / "configs" / "world-tiny.toml")
    vae = load_vae()
    text = BuiltinTextEncoder(config.from_dict(BuiltinTextConfig, dict(cfg.model.text_config)))
    dit = DiT(dit_config(cfg.model.preset, latent_channels=vae.cfg.latent_channels, text_dim=text.dim))
    return Pipeline(vae, dit.eval(), text.eval(), cfg.sampler, name="world-tiny-random")


def run(quick: bool) -> list[str]:
    import torch

    from kinetoscope import service
    from kinetoscope.errors import UserError
    from kinetoscope.pipeline import Request, load_pipeline

    threads = torch.get_num_threads()
    t0 = time.perf_counter()
    try:
        pipe, which = load_pipeline(), "the shipped world-tiny model"
    except UserError:  # no shipped DiT yet: time the same shapes with random weights
        pipe, which = _stand_in(), "random weights in the world-tiny shape (no shipped model yet)"
    load_s = time.perf_counter() - t0
    req = Request(PROMPT, frames=16, height=64, width=64, fps=8.0, seed=1)
    repeats = 1 if quick else 3
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        service.generate(req, Path(tmp) / "warm.mp4", pipeline=pipe)  # first call pays one-off costs
        for i in range(repeats):
            t0 = time.perf_counter()
            pipe.encode_text([req.prompt, ""])
            text_s = time.perf_counter() - t0
            res = service.generate(req, Path(tmp) / f"v{i}.mp4", pipeline=pipe)
            t0 = time.perf_counter()
            pipe.decode(res.rendered.latents, req.frames)
            decode_s = time.perf_counter() - t0
            rows.append({"text": text_s, "decode": decode_s, **res.timings, "total": sum(res.timings.values())})
    best = min(rows, key=lambda r: r["total"])
    steps = pipe.sampler.steps
    lines = [
        f"{which}, {threads} torch thread(s)",
        f"model load (once): {load_s:.2f} s",
        f"2 s 64x64 video, {steps} {pipe.sampler.solver} steps, guidance {pipe.sampler.guidance:g}: "
        f"{best['total']:.2f} s total (best of {repeats})",
    ]
    render = best["render"] - best["text"] - best["decode"]
    lines.append(f"  text         {best['text']:.3f} s")
    lines.append(f"  DiT steps    {render:.3f} s ({steps} steps, CFG batched)")
    lines.append(f"  VAE decode   {best['decode']:.3f} s")
    for k in ("frame_check", "watermark", "encode", "sign"):
        lines.append(f"  {k:12s} {best[k]:.3f} s")
    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    (out / "generate.json").write_text(json.dumps({"runs": rows, "load_s": load_s, "steps": steps}, indent=1))
    return lines
