"""Sampler accuracy: error against an exact flow (Gaussian data) as the steps double.

For each solver and shift, integrate the exact rectified-flow velocity of x0 ~ N(mu, s^2)
from pure noise and compare with the exact flow map. The observed order is
log2(err(N) / err(2N)): 1 for Euler, 2 for Heun and AB2. Also the error at an equal budget
of network calls, which is what a user pays for.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import torch

from kinetoscope import diffusion as D


def run(quick: bool) -> list[str]:
    mu = torch.tensor([1.5, -0.5, 0.0, 2.0], dtype=torch.float64)
    s = torch.tensor([0.5, 0.2, 1.0, 1.5], dtype=torch.float64)
    velocity, exact = D.gaussian_flow(mu, s)
    x1 = D.make_noise((256, 4), 0, dtype=torch.float64)
    want = exact(x1, 1.0)
    steps = (8, 16, 32) if quick else (8, 16, 32, 64, 128)
    lines = [
        "RMS of x0 - exact from t=1; order = log2(err(N)/err(2N)); calls = network evaluations"
    ]
    results: dict[str, dict] = {}
    for shift in (1.0, 3.0):
        for solver in D.SOLVERS:
            errs = [
                (D.sample(velocity, x1, steps=n, solver=solver, shift=shift) - want)
                .square()
                .mean()
                .sqrt()
                .item()
                for n in steps
            ]
            orders = [math.log2(a / b) for a, b in zip(errs, errs[1:])]
            results[f"{solver}/shift{shift:g}"] = {
                "steps": list(steps),
                "err": errs,
                "order": orders,
            }
            lines.append(
                f"{solver:8s} shift {shift:g}: "
                + "  ".join(f"N={n}:{e:.1e}" for n, e in zip(steps, errs))
                + "  | order "
                + " ".join(f"{o:.2f}" for o in orders)
            )
    budget = 32
    for solver in D.SOLVERS:
        n = budget // 2 if solver == "heun" else budget
        err = (D.sample(velocity, x1, steps=n, solver=solver) - want).square().mean().sqrt().item()
        results[f"{solver}/calls{budget}"] = {"steps": n, "err": err}
        lines.append(f"{budget} calls, shift 1: {solver:8s} ({n} steps) err {err:.1e}")
    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    (out / "diffusion.json").write_text(json.dumps(results, indent=1))
    return lines


if __name__ == "__main__":
    print("\n".join(run(quick=False)))
