"""Kept frames through the conditioning machinery, with a stand-in generator whose answer is known.

How faithfully a mode gives back its given frames depends on the VAE, on how the given frames
are encoded in place and held (conditioning.py, modes.py), and on what the model draws next
to them (the causal decoder reads two groups back). This benchmark takes the model out: the
DiT is replaced by an *oracle* whose velocity flows exactly to one chosen latent,
v(x, t) = (x - z) / t. Two oracles:

- agrees: z is the whole ground-truth clip's latent, so the best any model could do;
- disagrees: z is another clip's (the same scene, the red circle moving up instead of right),
  so every generated latent contradicts the given frames: the worst case for a seam.

For each mode it prints the PSNR of the kept frames (decode against the input, before any
pasting) beside the VAE's own round trip of those frames (the ceiling), with the
draft-then-refine pass and without it. Needs the shipped world VAE (the figures of an
untrained VAE mean nothing).

    .venv/bin/python -m benchmarks.run modes
"""

from __future__ import annotations

import json
from pathlib import Path

SQUARE = "and a large blue square at the top right stays still"
PROMPT = f"a small red circle on the left moves right, {SQUARE}"
OTHER = f"a small red circle on the left moves up, {SQUARE}"
FRAMES = 16


def _oracle(z):
    from torch import nn

    from kinetoscope.dit import DiTConfig

    class Oracle(nn.Module):
        """Stands in for the DiT: the exact rectified-flow velocity towards one latent z."""

        def __init__(self):
            super().__init__()
            self.z = nn.Parameter(z.clone(), requires_grad=False)  # (1, C, T', H', W')
            self.cfg = DiTConfig(latent_channels=z.shape[1])

        def forward(self, x, t, text, text_mask, cond=None):  # x (B, C, T', H', W'), t (B,)
            return (x - self.z) / t.view(-1, 1, 1, 1, 1).clamp_min(1e-4)

    return Oracle()


def measure(vae) -> tuple[list[str], dict]:
    import torch

    from kinetoscope import media, modes, world
    from kinetoscope.pipeline import Pipeline, Request, SamplerConfig
    from kinetoscope.text import load_text_encoder

    torch.set_num_threads(1)
    truth = world.render(world.parse(PROMPT).shots, frames=FRAMES, height=64, width=64)
    other = world.render(world.parse(OTHER).shots, frames=FRAMES, height=64, width=64)
    with torch.no_grad():
        z_truth = vae.encode(media.frames_to_tensor(truth)[None])
        z_other = vae.encode(media.frames_to_tensor(other)[None])
        trip = media.tensor_to_frames(vae.decode(z_truth, frames=FRAMES)[0])
    text = load_text_encoder({"kind": "builtin", "config": {"dim": 32, "depth": 1, "heads": 2}})
    sampler = SamplerConfig(steps=8, guidance=1.0, solver="euler")
    specs = {
        "image (frame 0)": modes.image(truth[0], FRAMES),
        "extend, 9 given (aligned)": modes.extend(truth[:9], FRAMES - 9),
        "extend, 8 given": modes.extend(truth[:8], FRAMES - 8),
        "extend backward, 8 given": modes.extend(truth[8:], 8, backward=True),
        "fill 4..11": modes.fill(truth, 4, 11),
        "connect 4 + 8 + 4": modes.connect(truth[:4], truth[12:], 8),
    }
    req = Request(PROMPT, frames=FRAMES, height=64, width=64, seed=0)
    lines = [
        f"{FRAMES} frames 64x64; VAE round trip of the whole clip {modes.psnr(trip, truth):.2f} dB",
        f"{'mode':<27}{'VAE trip':>9}{'agrees':>9}{'disagrees':>11}{'no refine':>11}",
    ]
    rows = {}
    for name, spec in specs.items():
        known = spec.known_mask()
        row = {"vae": modes.psnr(trip[known], truth[known])}
        for key, z, refine in (
            ("agrees", z_truth, True),
            ("disagrees", z_other, True),
            ("no_refine", z_other, False),
        ):
            pipe = Pipeline(vae, _oracle(z), text, sampler)
            made = modes.render(pipe, req, spec, paste="never", refine=refine)
            row[key] = made.kept_psnr
        rows[name] = row
        lines.append(
            f"{name:<27}{row['vae']:>9.2f}{row['agrees']:>9.2f}{row['disagrees']:>11.2f}"
            f"{row['no_refine']:>11.2f}"
        )
    lines.append("(dB PSNR of kept frames; 'no refine' is the disagreeing oracle, draft only)")
    return lines, rows


def run(quick: bool) -> list[str]:
    from kinetoscope.vae import load_vae, weights_dir

    if not (weights_dir() / "model.safetensors").is_file():
        return [
            f"skipped: no shipped VAE in {weights_dir()} (train it with configs/vae-world.toml)"
        ]
    lines, rows = measure(load_vae())
    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    (out / "modes.json").write_text(json.dumps(rows, indent=1))
    return lines
