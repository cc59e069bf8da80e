"""Long videos: time and peak memory of `generate --seconds 60` at 64x64 on the CPU.

Each length runs in a fresh subprocess (so ``ru_maxrss`` is that run's own peak): load the
model, render (sampling in windows + streaming causal decode), publish (frame check,
watermark, H.264, C2PA) to a temporary MP4. Shorter lengths are the yardstick: memory that
stays flat from 2 s to 60 s is what windows and the streaming decode are for. The join ratio
is the mean frame-to-frame change into the first frame a window adds over the mean change
elsewhere: near 1 the joins do not show (a random model's frames are noise, so its ratio says
nothing; the shipped model's does).

Models: the shipped world model when it exists, and always a tiny random model (2 smoke
training steps on a tiny VAE, built in a temporary folder: the test suite's fixture), whose
figures measure the machinery, not quality.

    .venv/bin/python -m benchmarks.run long [--quick]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PROMPT = (
    "a small red circle on the left moves right, and a large blue square at the top right "
    "stays still"
)
ROOT = Path(__file__).resolve().parent.parent


def _tiny_model(folder: Path) -> Path:
    import torch

    from kinetoscope import config
    from kinetoscope.train.config import TrainConfig
    from kinetoscope.train.export import export_model
    from kinetoscope.train.loop import Trainer
    from kinetoscope.vae import VAEConfig, VideoVAE, save_vae

    torch.manual_seed(0)
    vcfg = VAEConfig(
        latent_channels=4,
        channels=(8, 16, 16),
        time_kernel=(1, 1, 3),
        enc_blocks=0,
        dec_blocks=1,
        patch=2,
        spatial=8,
        temporal=4,
    )
    vae = save_vae(VideoVAE(vcfg), folder / "vae")
    cfg = config.load(
        TrainConfig, str(ROOT / "configs" / "smoke.toml"), [f'model.vae="{vae}"', "threads=1"]
    )
    run = folder / "run"
    run.mkdir()
    return export_model(Trainer(cfg, run).run(2, progress=False), folder / "model")


def child(model: str, seconds: float, steps: int | None, threads: int, out: str) -> None:
    """One run in this process; prints a JSON line with its timings and peak memory."""
    import resource
    import time

    import torch

    from kinetoscope import modes, service
    from kinetoscope.pipeline import Request, load_pipeline

    torch.set_num_threads(threads)
    t0 = time.perf_counter()
    pipe = load_pipeline(None if model == "shipped" else model)
    load_s = time.perf_counter() - t0
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    req = Request(
        PROMPT,
        frames=Request.frames_for(seconds, 8),
        height=64,
        width=64,
        fps=8.0,
        steps=steps,
        seed=1,
    )
    t0 = time.perf_counter()
    made = modes.render(pipe, req)
    render_s = time.perf_counter() - t0
    rss_render = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    service.publish(made.frames, req.fps, out, model_id=service.model_id(pipe))
    publish_s = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    joins = join_frames(pipe, req)
    print(
        json.dumps(
            {
                "seconds": seconds,
                "frames": req.frames,
                "passes": made.passes,
                "steps": steps or pipe.sampler.steps,
                "load_s": load_s,
                "render_s": render_s,
                "publish_s": publish_s,
                "rss_loaded_mib": rss_loaded / 1024,
                "rss_render_mib": rss_render / 1024,
                "rss_peak_mib": rss / 1024,
                "join_ratio": join_ratio(made.frames, joins),
            }
        )
    )


def join_frames(pipe, req) -> list[int]:
    """Pixel frames that start the new latents of each window after the first (the joins)."""
    import math

    import torch

    from kinetoscope.windows import WindowConfig, plan

    _, t, h, w = pipe.vae.latent_shape(req.frames, req.height, req.width)
    window = WindowConfig().latents(
        pipe.vae.cfg.temporal, h * w // math.prod(pipe.dit.cfg.patch[1:])
    )
    done, joins = 0, []
    for s, e in plan(torch.zeros(t, dtype=torch.bool), window, WindowConfig().overlap):
        if s > 0:
            joins.append(pipe.vae.cfg.temporal * done - pipe.vae.cfg.temporal + 1)  # group `done`
        done = e
    return joins


def join_ratio(frames, joins: list[int]) -> float | None:
    """Mean frame-to-frame change into a join frame over the mean change elsewhere: about 1
    when the joins do not show (flicker or a jump makes it larger)."""
    import numpy as np

    if not joins:
        return None
    diff = np.abs(np.diff(frames.astype(np.float32), axis=0)).mean(axis=(1, 2, 3))  # (T-1,)
    into = np.zeros(len(diff), dtype=bool)
    into[[j - 1 for j in joins]] = True  # diff[j - 1] is the change from frame j-1 to frame j
    rest = diff[~into].mean()
    return float(diff[into].mean() / rest) if rest > 0 else None


def _measure(model: str, seconds: float, steps: int | None, threads: int, tmp: Path) -> dict:
    cmd = [
        sys.executable,
        "-m",
        "benchmarks.bench_long",
        "child",
        model,
        str(seconds),
        str(steps or 0),
        str(threads),
        str(tmp / f"long-{seconds:g}.mp4"),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    if r.returncode != 0:
        raise RuntimeError(f"bench_long child failed: {r.stderr[-2000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def run(quick: bool) -> list[str]:
    from kinetoscope.pipeline import SHIPPED

    lengths = (2.0, 60.0) if quick else (2.0, 10.0, 60.0)
    lines, results = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # The tiny model's tensors are too small to split across threads (2 threads ran 10x
        # slower on this shared machine); the shipped model uses both cores.
        models = [("tiny random (smoke)", str(_tiny_model(tmp)), None, 1)]
        if (SHIPPED / "model.json").is_file():
            models.insert(0, ("shipped world-tiny", "shipped", None, 2))
        for label, model, steps, threads in models:
            rows = [_measure(model, s, steps, threads, tmp) for s in lengths]
            results[label] = rows
            lines.append(
                f"{label}, 64x64 at 8 fps, {rows[0]['steps']} steps, {threads} thread(s), "
                "seed 1, a fresh process each:"
            )
            lines.append(
                f"  {'length':>7} {'frames':>6} {'passes':>6} {'render':>8} {'publish':>8} "
                f"{'peak RSS':>9} {'after load':>10} {'join ratio':>10}"
            )
            for r in rows:
                lines.append(
                    f"  {r['seconds']:>6g}s {r['frames']:>6} {r['passes']:>6} "
                    f"{r['render_s']:>7.2f}s {r['publish_s']:>7.2f}s "
                    f"{r['rss_peak_mib']:>6.0f} MiB {r['rss_loaded_mib']:>6.0f} MiB "
                    + (f"{r['join_ratio']:>10.2f}" if r["join_ratio"] is not None else f"{'-':>10}")
                )
        lines.append("join ratio: mean frame change into a window join / elsewhere (1 = invisible)")
    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    (out / "long.json").write_text(json.dumps(results, indent=1))
    return lines


if __name__ == "__main__":
    if len(sys.argv) == 7 and sys.argv[1] == "child":
        child(
            sys.argv[2], float(sys.argv[3]), int(sys.argv[4]) or None, int(sys.argv[5]), sys.argv[6]
        )
    else:
        print("\n".join(run("--quick" in sys.argv)))
