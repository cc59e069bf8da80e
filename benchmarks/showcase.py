"""Strips for the README: per benchmark kind, the ground truth (top) and the model (bottom).

    .venv/bin/python -m benchmarks.showcase [--checkpoint DIR] [--out docs/showcase]

Each PNG shows every other frame of one benchmark prompt (64x64, 2 s at 8 fps, 3 s for the
wall), upscaled 2x with nearest-neighbour so pixels stay visible. The prompts are the
benchmark's own (`kinetoscope.eval.prompts.draw_case`, seed 0, index 0), not picked by hand.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np


def strip(rows: list[np.ndarray], every: int = 2, scale: int = 2, gap: int = 2) -> np.ndarray:
    """Rows of videos (T, H, W, 3) -> one image: frames left to right, rows top to bottom."""
    picked = [v[::every] for v in rows]
    t = min(len(v) for v in picked)
    h, w = picked[0].shape[1:3]
    out = np.full((len(rows) * (h + gap) - gap, t * (w + gap) - gap, 3), 255, np.uint8)
    for r, v in enumerate(picked):
        for i in range(t):
            out[r * (h + gap):r * (h + gap) + h, i * (w + gap):i * (w + gap) + w] = v[i]
    return out.repeat(scale, 0).repeat(scale, 1)


def main(argv: list[str] | None = None) -> int:
    import torch
    from PIL import Image

    from kinetoscope import world
    from kinetoscope.eval import judge
    from kinetoscope.eval.prompts import KINDS, draw_case
    from kinetoscope.pipeline import Request, load_pipeline

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkpoint", default=None)
    ap.add_argument("--out", default="docs/showcase")
    args = ap.parse_args(argv)
    torch.set_num_threads(1)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pipe = load_pipeline(args.checkpoint)
    index = []
    for kind in KINDS:
        case = draw_case(kind, 0, sizes=((64, 64),))
        truth = world.render(case.shots, frames=case.frames, fps=case.fps, height=case.height, width=case.width)
        req = Request(case.prompt, frames=case.frames, height=case.height, width=case.width, fps=case.fps,
                      seed=case.seed)
        made = pipe(req).numpy()
        verdict = judge(made, case.shots, fps=case.fps, frames=case.frames)
        Image.fromarray(strip([truth, made])).save(out / f"{kind}.png")
        index.append({"kind": kind, "prompt": case.prompt, "followed": verdict.followed,
                      "abilities": verdict.abilities})
        print(f"{kind:8s} followed={verdict.followed}  {case.prompt}")
    (out / "index.json").write_text(json.dumps(index, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
