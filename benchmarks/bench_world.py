"""Toy-world throughput on one core: rendering, captions, parsing.

- render frames per second (simulate + draw, one process, numpy on one thread) at 64x64,
  128x128 and 256x256, for the training mix (`sample_shots`, 16-frame clips) and for a
  busy scene (three moving objects, the wall and a camera pan with its grid);
- random captions and parses per second.

The issue asks for >= 2,000 frames/s at 64x64 so that rendering never slows training.

    .venv/bin/python -m benchmarks.run world [--quick]
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import numpy as np

BUSY = ("a small red circle on the left moves right, and a large blue triangle at the top right "
        "bounces, and a big green box at the bottom left bounces around, behind a brown wall, "
        "while the camera pans right, on a gray background")


def _rate(fn, units: int, min_seconds: float) -> float:
    """Best units/second over repeated calls lasting at least ``min_seconds`` in all."""
    best, spent = 0.0, 0.0
    while spent < min_seconds:
        t0 = time.perf_counter()
        fn()
        dt = time.perf_counter() - t0
        spent += dt
        best = max(best, units / dt)
    return best


def run(quick: bool) -> list[str]:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from kinetoscope.world import caption, parse, render, sample_shots

    budget = 0.3 if quick else 1.5
    rng = np.random.default_rng(0)
    mix = [sample_shots(rng) for _ in range(64)]
    busy = parse(BUSY).shots
    results: dict[str, float] = {}
    lines = ["scene          size      frames/s (1 thread)"]
    for side in (64,) if quick else (64, 128, 256):
        def render_mix(side: int = side) -> None:
            for shots in mix:
                render(shots, frames=16, height=side, width=side)

        for name, fn, units in (
            ("training mix", render_mix, 16 * len(mix)),
            ("busy", lambda side=side: render(busy, frames=128, height=side, width=side), 128),
        ):
            fps = _rate(fn, units, budget)
            results[f"render_{name.replace(' ', '_')}_{side}"] = fps
            lines.append(f"{name:<14} {f'{side}x{side}':<9} {fps:>10,.0f}")

    texts = [caption(s, rng) for s in mix]
    cps = _rate(lambda: [caption(s, rng) for s in mix], len(mix), budget)
    pps = _rate(lambda: [parse(t) for t in texts], len(texts), budget)
    results.update(captions_per_s=cps, parses_per_s=pps)
    lines.append(f"captions/s {cps:,.0f}   parses/s {pps:,.0f}")
    lines.append(f"render 64x64: {results['render_training_mix_64']:,.0f} frames/s (1 thread, "
                 f"training mix; target >= 2,000)")

    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    (out / "world.json").write_text(json.dumps(results, indent=2) + "\n")
    return lines
