"""An endless stream of procedurally rendered world videos with varied captions.

The toy world (``shared/world/SPEC.md``) renders exact ground truth, so training data is
unlimited and free: every sample draws a new scene (``world.sample_shots``), renders it at
its bucket's shape and a caption drawn from the spec's synonym sets (``world.caption``), so
a model learns the meaning of words rather than one template. Rendering runs at thousands
of frames per second on one core, so the stream never slows training.

Everything is a pure function of (seed, epoch, batch, item): the same position always
gives the same batch, which is what makes training resume bit-identically.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from fractions import Fraction

import numpy as np

from kinetoscope import media
from kinetoscope.data.buckets import Bucket, check_buckets
from kinetoscope.data.folder import Sample

_PLAN_TAG = 0x57AB  # keeps plan seeds apart from per-sample seeds


class _StreamPlan(Sequence):
    """One "epoch" of a stream: ``size`` batches, each a bucket drawn by weight."""

    def __init__(self, buckets: tuple[Bucket, ...], size: int, batch_size: int, seed: int, epoch: int):
        self.buckets, self.size, self.batch_size, self.seed, self.epoch = buckets, size, batch_size, seed, epoch
        w = np.array([b.weight for b in buckets], dtype=np.float64)
        self.p = w / w.sum()

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, i: int) -> tuple[Bucket, tuple[tuple[int, int], ...]]:
        if not 0 <= i < self.size:
            raise IndexError(i)
        rng = np.random.default_rng([_PLAN_TAG, self.seed, self.epoch, i])
        bucket = self.buckets[int(rng.choice(len(self.buckets), p=self.p))]
        return bucket, tuple((i, j) for j in range(self.batch_size))


class WorldStream:
    """World videos in ``buckets`` shapes at ``fps``; heights and widths must be multiples
    of 16 from 32 to 256 and durations at most 60 s (the world's limits). A bucket holds
    as many shots (up to 3) as give each at least ``min_shot_seconds``.

    Use it through ``BucketBatcher`` for training, or draw single samples with
    ``sample(rng, bucket)`` / iterate it for an endless stream of ``Sample``s.
    """

    def __init__(self, seed: int = 0, buckets: Sequence[Bucket] = (Bucket(17, 64, 64),), *,
                 fps: int | float | Fraction = 8, epoch_size: int = 10_000, min_shot_seconds: float = 1.0):
        from kinetoscope import world

        self.seed = int(seed)
        self.buckets = check_buckets(buckets)
        fps = media.as_fps(fps)
        self.fps: int | float = int(fps) if fps.denominator == 1 else float(fps)  # the world takes numbers
        for b in self.buckets:  # refuse impossible shapes now, not mid-training
            world.validate_size(b.height, b.width)
            world.validate_frames(b.frames, self.fps)
        if epoch_size < 1:
            raise ValueError(f"epoch_size must be at least 1, got {epoch_size}")
        self.epoch_size = int(epoch_size)
        # A shot shorter than this shows too little to learn from (and a one-frame video
        # cannot hold a cut), so short buckets get fewer shots.
        self.min_shot_frames = max(1, round(min_shot_seconds * self.fps))
        self.skipped: Counter = Counter()  # the world never has bad records; kept for symmetry

    def sample(self, rng: np.random.Generator, bucket: Bucket) -> Sample:
        """A new scene (one or more shots) rendered in ``bucket``'s shape, with a caption."""
        from kinetoscope import world

        shots = world.sample_shots(rng, max_shots=min(3, bucket.frames // self.min_shot_frames))
        video = world.render(shots, frames=bucket.frames, fps=self.fps, height=bucket.height, width=bucket.width)
        caption = world.caption(shots, rng)
        return Sample(np.asarray(video), caption, {"scene": world.shots_to_json(shots)})

    def __iter__(self) -> Iterator[Sample]:
        """Endless samples, buckets drawn by weight (for looking at the data, not training)."""
        rng = np.random.default_rng([self.seed])
        p = np.array([b.weight for b in self.buckets]) / sum(b.weight for b in self.buckets)
        while True:
            yield self.sample(rng, self.buckets[int(rng.choice(len(self.buckets), p=p))])

    # -- the source protocol used by BucketBatcher ------------------------------------

    def plan(self, epoch: int, batch_size: int, seed: int) -> _StreamPlan:
        return _StreamPlan(self.buckets, self.epoch_size, batch_size, seed, epoch)

    def load(self, key: tuple[int, ...], bucket: Bucket, rng: np.random.Generator) -> Sample:
        return self.sample(rng, bucket)

    def alternatives(self, key: tuple[int, ...], bucket: Bucket) -> Iterator[tuple[int, ...]]:
        yield key  # rendering cannot fail on data; an error here is a bug and is raised

    def failed(self, key: tuple[int, ...]) -> None:
        pass

    def fixed_keys(self, bucket: Bucket, count: int) -> list[tuple[int, int]]:
        return [(self.buckets.index(bucket), k) for k in range(count)]

    def fingerprint(self) -> str:
        shapes = ",".join(str(b) for b in self.buckets)
        return f"world:{self.fps}:{self.epoch_size}:{shapes}"
