"""Video I/O and data-loading throughput (one process, this machine's CPU).

- encode / decode frames per second for each write format at 64x64 and 256x256, on a
  world video (flat colours, what training and the demo produce) and on smooth noise-free
  gradients with motion (closer to camera footage);
- bytes per frame and mean absolute error after the round trip (MP4 at CRF 18 and 28);
- samples per second from ``WorldStream`` and ``FolderDataset`` through ``BucketBatcher``
  (decode + frame picking + resize + to tensor), with and without DataLoader workers.

    .venv/bin/python -m benchmarks.run media [--quick]
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import numpy as np


def _gradients(t: int, h: int, w: int) -> np.ndarray:
    y, x = np.mgrid[0:h, 0:w] * (64 / max(h, w))
    return np.stack([np.stack([x * 3 + i * 2, y * 3 + i, (x + y) * 1.5 + 40], -1) for i in range(t)]).clip(0, 255).astype(np.uint8)


def _world(t: int, h: int, w: int) -> np.ndarray:
    from kinetoscope import world

    shots = world.parse("a small red circle on the left moves right, and a large blue square at the top "
                        "right bounces, on a gray background").shots
    return world.render(shots, frames=t, fps=8, height=h, width=w)


def _best(fn, reps: int) -> float:
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _io_lines(quick: bool, results: dict) -> list[str]:
    from kinetoscope import media

    reps = 2 if quick else 4
    lines = ["format  content    size      encode f/s  decode f/s  bytes/frame  mean |err|"]
    with tempfile.TemporaryDirectory() as d:
        for h in (64,) if quick else (64, 256):
            t = 64
            for name, frames in (("world", _world(t, h, h)), ("gradient", _gradients(t, h, h))):
                for ext, crf in ((".mp4", 18), (".mp4", 28), (".mkv", 18), (".webm", 18), (".gif", 18)):
                    path = Path(d) / f"v{ext}"
                    enc = _best(lambda: media.write_video(path, frames, 8, crf=crf), reps)
                    dec = _best(lambda: media.read_video(path), reps)
                    back = media.read_video(path).frames
                    err = float(np.abs(back.astype(int) - frames).mean())
                    label = f"{ext[1:]}{'@' + str(crf) if ext == '.mp4' else ''}"
                    size = path.stat().st_size / t
                    lines.append(f"{label:7s} {name:9s} {h:3d}x{h:<3d}  {t / enc:10.0f}  {t / dec:10.0f}  "
                                 f"{size:11.0f}  {err:10.2f}")
                    results[f"{label}/{name}/{h}"] = {"encode_fps": t / enc, "decode_fps": t / dec,
                                                      "bytes_per_frame": size, "mae": err}
    return lines


def _data_lines(quick: bool, results: dict) -> list[str]:
    from kinetoscope import media
    from kinetoscope.data import Bucket, BucketBatcher, FolderDataset, Record, WorldStream, write_captions

    buckets = [Bucket(17, 64, 64), Bucket(17, 64, 96)]
    n_batches = 4 if quick else 12
    lines = ["source  workers  samples/s  (batch 8 of 17 frames, 64x64 / 64x96)"]
    with tempfile.TemporaryDirectory() as d:
        recs = []
        for i in range(8):  # 4 s 24 fps clips at 360p-ish sizes: decode, pick 8 fps, resize
            h, w = (180, 240) if i % 2 else (180, 320)
            media.write_video(Path(d) / f"{i}.mp4", _gradients(96, h, w), 24)
            recs.append(Record(f"{i}.mp4", f"clip {i}"))
        write_captions(d, recs)
        sources = {"world": lambda: WorldStream(0, buckets), "folder": lambda: FolderDataset(d, buckets=buckets)}
        for name, make in sources.items():
            for workers in (0, 2):
                batcher = BucketBatcher(make(), 8, num_workers=workers)
                next(batcher)  # start-up (workers, first plan) is not throughput
                t0 = time.perf_counter()
                for _ in range(n_batches):
                    next(batcher)
                rate = 8 * n_batches / (time.perf_counter() - t0)
                batcher.close()
                lines.append(f"{name:7s} {workers:7d}  {rate:9.0f}")
                results[f"data/{name}/workers{workers}"] = {"samples_per_s": rate}
    return lines


def run(quick: bool) -> list[str]:
    results: dict = {}
    lines = _io_lines(quick, results) + [""] + _data_lines(quick, results)
    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    (out / "media.json").write_text(json.dumps(results, indent=1))
    return lines
