"""Watermark: invisibility (PSNR), robustness (bit accuracy, payload, TPR) and the null scores.

Clips: renders of the toy world (``kinetoscope.world``) and "real-like" clips: scikit-image's
sample photographs seen through a slowly panning and zooming camera (no real video ships
offline). Attacks: H.264 CRF 28 re-encode; resize 64->48->64 and 64->96 (x1.5); a 10% border
crop, kept at the cropped size or resized back; and each geometric attack followed by CRF 28.

The null distribution is the detector's score on unmarked clips (world and real-like, every
size, with and without the attacks); ``detect.THRESHOLD`` must sit above its 99.9th
percentile (FPR <= 0.1%). Beside the empirical quantile we report a Gumbel fit to the tail,
because a 0.1% quantile from a few thousand samples rests on a handful of points.

Run: ``python -m benchmarks.run watermark`` (``--quick`` for a smaller sample).
Writes ``bench-results/watermark.json``.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import numpy as np
from PIL import Image


def world_clip(rng: np.random.Generator, size: int, frames: int = 16) -> np.ndarray:
    from kinetoscope.world import render, sample_shots

    return render(sample_shots(rng), frames=frames, height=size, width=size)


_PHOTOS = (
    "astronaut",
    "coffee",
    "chelsea",
    "rocket",
    "hubble_deep_field",
    "immunohistochemistry",
    "retina",
    "camera",
    "coins",
    "grass",
    "brick",
    "moon",
    "gravel",
    "clock",
)


def real_clip(rng: np.random.Generator, size: int, frames: int = 16) -> np.ndarray:
    """A photo through a camera that pans and zooms slowly: real-image statistics, real motion."""
    from skimage import data

    img = getattr(data, _PHOTOS[int(rng.integers(len(_PHOTOS)))])()
    if img.ndim == 2:
        img = np.stack([img] * 3, -1)
    img = np.asarray(Image.fromarray(img[..., :3].astype(np.uint8)))
    h, w = img.shape[:2]
    side0 = min(h, w) * rng.uniform(0.3, 0.85)
    side1 = min(side0 * rng.uniform(0.85, 1.15), min(h, w) - 1)
    c0 = rng.uniform([side0 / 2, side0 / 2], [h - side0 / 2, w - side0 / 2])
    c1 = c0 + rng.normal(0, 0.05 * side0, 2)
    out = []
    for t in np.linspace(0, 1, frames):
        side = side0 + t * (side1 - side0)
        cy, cx = np.clip(c0 + t * (c1 - c0), side / 2, [h - side / 2, w - side / 2])
        box = (cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2)
        out.append(np.asarray(Image.fromarray(img).resize((size, size), Image.BOX, box=box)))
    return np.stack(out)


def _resize(frames: np.ndarray, h: int, w: int) -> np.ndarray:
    return np.stack([np.asarray(Image.fromarray(f).resize((w, h), Image.BILINEAR)) for f in frames])


def _crop(frames: np.ndarray, frac: float = 0.1) -> np.ndarray:
    _, h, w, _ = frames.shape
    b = 2 * round(frac * h / 2)  # even, so the crop stays H.264-friendly
    return frames[:, b : h - b, b : w - b]


def attacks() -> dict:
    from kinetoscope.media import reencode

    def crf(x):
        return reencode(x, 8, crf=28)

    def down_up(x):
        h, w = x.shape[1:3]
        return _resize(_resize(x, h * 3 // 4, w * 3 // 4), h, w)

    def up(x):
        h, w = x.shape[1:3]
        return _resize(x, h * 3 // 2, w * 3 // 2)

    def crop_back(x):
        h, w = x.shape[1:3]
        return _resize(_crop(x), h, w)

    return {
        "none": lambda x: x,
        "crf28": crf,
        "resize 3/4 and back": down_up,
        "resize x1.5": up,
        "crop 10%": _crop,
        "crop 10% + resize back": crop_back,
        "resize 3/4 and back + crf28": lambda x: crf(down_up(x)),
        "resize x1.5 + crf28": lambda x: crf(up(x)),
        "crop 10% + crf28": lambda x: crf(_crop(x)),
    }


def _psnr(a: np.ndarray, b: np.ndarray) -> float:
    return float(10 * np.log10(255.0**2 / np.mean((a.astype(np.float64) - b) ** 2)))


def _gumbel_quantile(x: np.ndarray, q: float) -> float:
    """Method-of-moments Gumbel fit (the law of a maximum of many near-Gaussian cells)."""
    beta = float(np.std(x)) * np.sqrt(6) / np.pi
    mu = float(np.mean(x)) - 0.5772 * beta
    return mu - beta * np.log(-np.log(q))


def run(quick: bool) -> list[str]:
    from kinetoscope.safety import detect
    from kinetoscope.safety import watermark as wm

    rng = np.random.default_rng(0)
    sizes = (64, 128) if quick else (64, 128, 256)
    n_marked = 4 if quick else 12
    n_null = 60 if quick else 400  # per (content, size); x attacks below
    atk = attacks()
    lines, results = [], {"marked": {}, "null": {}}
    t0 = time.perf_counter()

    lines.append(
        "marked clips (16 frames): PSNR; after each attack: bit accuracy, payload "
        f"recovered, TPR at score >= {detect.THRESHOLD}"
    )
    for content, make in (("world", world_clip), ("real-like", real_clip)):
        for size in sizes:
            clips = [make(rng, size) for _ in range(n_marked)]
            payloads = [wm.Payload.new("bench") for _ in clips]
            marked = [wm.embed(c, p) for c, p in zip(clips, payloads)]
            psnr = float(np.mean([_psnr(m, c) for m, c in zip(marked, clips)]))
            lines.append(f"  {content} {size}x{size}: PSNR {psnr:.1f} dB")
            for name, f in atk.items():
                acc, ok, hit, zs = [], [], [], []
                for m, p in zip(marked, payloads):
                    r = wm.read(f(m))
                    acc.append(float(np.mean(r.bits == wm._to_bits(p.to_bytes()))))
                    ok.append(r.payload == p)
                    hit.append(r.score >= detect.THRESHOLD)
                    zs.append(r.score)
                row = dict(
                    bit_acc=float(np.mean(acc)),
                    payload=float(np.mean(ok)),
                    tpr=float(np.mean(hit)),
                    z_median=float(np.median(zs)),
                )
                results["marked"][f"{content} {size} {name}"] = dict(row, psnr=psnr)
                lines.append(
                    f"    {name:28s} bits {row['bit_acc']:.3f}  payload {row['payload']:.2f}"
                    f"  TPR {row['tpr']:.2f}  (median score {row['z_median']:.1f})"
                )

    null, kinds = [], []
    null_atk = ("none", "crf28", "crop 10%", "resize x1.5 + crf28", "crop 10% + crf28")
    for content, make in (("world", world_clip), ("real-like", real_clip)):
        for size in sizes:
            n = n_null if size <= 128 else n_null // 4
            for i in range(n):
                name = null_atk[i % len(null_atk)]
                null.append(wm.read(atk[name](make(rng, size))).score)
                kinds.append(content)
    null, kinds = np.asarray(null), np.asarray(kinds)
    lines.append(
        f"null scores on unmarked clips ({sizes}, attacks {', '.join(null_atk)}), "
        f"threshold {detect.THRESHOLD}:"
    )
    for label, x in (
        ("world", null[kinds == "world"]),
        ("real-like", null[kinds == "real-like"]),
        ("all", null),
    ):
        row = dict(
            n=len(x),
            mean=float(x.mean()),
            std=float(x.std()),
            max=float(x.max()),
            q999=float(np.quantile(x, 0.999)),
            q999_gumbel=_gumbel_quantile(x, 0.999),
            fpr=float(np.mean(x >= detect.THRESHOLD)),
        )
        results["null"][label] = row
        lines.append(
            f"  {label:9s} n={row['n']:5d} mean {row['mean']:.2f} std {row['std']:.2f} max "
            f"{row['max']:.2f}; 99.9th percentile {row['q999']:.2f} (Gumbel fit "
            f"{row['q999_gumbel']:.2f}); FPR {row['fpr']:.4f}"
        )
    lines.append(f"({time.perf_counter() - t0:.0f} s)")
    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    (out / "watermark.json").write_text(json.dumps(results, indent=1))
    return lines


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    for line in run(quick=True):
        print(line)
