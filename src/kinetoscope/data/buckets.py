"""Buckets: the (frames, height, width) shapes one model trains on at once.

Sora trains on videos "at their native aspect ratios and durations" (Brooks et al. 2024) and
NaViT (Dehghani et al. 2023) shows that one transformer learns many resolutions if the data
is not forced into one square crop. We keep batches dense instead of packing sequences: each
clip goes to the bucket whose aspect ratio is closest to its own and whose duration it can
fill, and a batch holds clips of one bucket only. Fewer, well-chosen buckets keep every
shape frequent enough to train.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from kinetoscope.errors import UserError


@dataclass(frozen=True)
class Bucket:
    """One training shape. ``weight`` is how often a procedural source (``WorldStream``)
    draws this shape; a folder dataset's mix follows its clips instead."""

    frames: int
    height: int
    width: int
    weight: float = 1.0

    def __post_init__(self) -> None:
        for name in ("frames", "height", "width"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"bucket {name} must be a whole number >= 1, got {value!r}")
        if not (isinstance(self.weight, (int, float)) and math.isfinite(self.weight) and self.weight > 0):
            raise ValueError(f"bucket weight must be a positive number, got {self.weight!r}")

    @property
    def shape(self) -> tuple[int, int, int]:
        return (self.frames, self.height, self.width)

    @property
    def aspect(self) -> float:
        """Width over height (landscape > 1)."""
        return self.width / self.height

    def __str__(self) -> str:
        w = "" if self.weight == 1 else f":{self.weight:g}"
        return f"{self.frames}x{self.height}x{self.width}{w}"


def parse_buckets(text: str) -> tuple[Bucket, ...]:
    """``"17x64x64, 17x64x96:2, 1x64x64"`` -> buckets (FRAMESxHEIGHTxWIDTH[:WEIGHT])."""
    out = []
    for item in (s.strip() for s in text.split(",")):
        if not item:
            continue
        shape, _, weight = item.partition(":")
        try:
            f, h, w = (int(v) for v in shape.lower().split("x"))
            out.append(Bucket(f, h, w, float(weight) if weight else 1.0))
        except ValueError:
            raise UserError(
                f"Bucket {item!r} must look like FRAMESxHEIGHTxWIDTH or FRAMESxHEIGHTxWIDTH:WEIGHT "
                "with positive numbers, e.g. 17x64x96:2."
            ) from None
    if not out:
        raise UserError("No buckets given; list at least one, e.g. 17x64x64.")
    return check_buckets(out)


def check_buckets(buckets: Sequence[Bucket]) -> tuple[Bucket, ...]:
    """At least one bucket and no shape twice (the same shape with two weights is a typo)."""
    buckets = tuple(buckets)
    if not buckets:
        raise UserError("No buckets given; list at least one, e.g. 17x64x64.")
    shapes = [b.shape for b in buckets]
    for s in shapes:
        if shapes.count(s) > 1:
            raise UserError(f"Bucket {s[0]}x{s[1]}x{s[2]} is listed twice; list each shape once.")
    return buckets


def choose_bucket(buckets: Sequence[Bucket], *, height: int, width: int, frames: int) -> Bucket | None:
    """The bucket for a clip of ``height`` x ``width`` with ``frames`` frames available at the
    training frame rate, or None if it is shorter than every bucket.

    In order: (1) only buckets the clip can fill (no padding, no looping); (2) the closest
    aspect ratio, in log space so 2:1 and 1:2 are equally far from 1:1 (the crop then loses
    the least picture); (3) the longest duration; (4) the largest size not above the
    clip's own (no upscaling), else the smallest (the least upscaling).
    """
    fits = [b for b in buckets if b.frames <= frames]
    if not fits:
        return None
    log_aspect = math.log(width / height)
    area = height * width

    def key(b: Bucket) -> tuple:
        aspect_gap = round(abs(math.log(b.aspect) - log_aspect), 9)  # ties stay ties
        size = b.height * b.width
        upscale = size > area
        return (aspect_gap, -b.frames, upscale, size if upscale else -size)

    return min(fits, key=key)
