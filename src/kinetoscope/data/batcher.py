"""Batches of one shape from any source, in a deterministic, resumable order.

A source (``FolderDataset``, ``WorldStream``) says two things: its ``plan`` for an epoch
(a sequence of (bucket, sample keys), a pure function of seed and epoch) and how to
``load`` one key into a ``Sample`` given a random generator. Every random choice inside a
sample (clip start, caption wording, the world scene) comes from a generator seeded by
(seed, epoch, key). So the data position is two integers, (epoch, batch), and a run
resumed from a checkpoint sees exactly the batches it would have seen: with any number of
DataLoader workers, since batch ``k`` depends only on ``k``, never on which worker made it.

A batch is a dict:

    video     float32 (B, 3, T, H, W) in [-1, 1]   (media.frames_to_tensor)
    caption   list[str], B of them
    bucket    the Bucket all B samples share
    meta      list[dict]: per sample "file"/"start" (folders) or "scene" (world, JSON)
    position  (epoch, batch) of this batch
    replaced  how many damaged clips were swapped for others of the same bucket

Distributed training: each of ``world_size`` ranks takes every ``world_size``-th batch of
the same plan (epochs are cut to a multiple of ``world_size`` so ranks stay in step).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any, Protocol

import numpy as np
from torch.utils.data import DataLoader, IterableDataset, get_worker_info

from kinetoscope import media
from kinetoscope.data.buckets import Bucket
from kinetoscope.data.folder import Sample
from kinetoscope.errors import UserError

_SAMPLE_TAG = 0x5A3E  # per-sample seeds: [tag, seed, epoch, *key]
_FIXED_TAG = 0xF1CED  # fixed (validation) batches: [tag, seed, *key]


class Source(Protocol):
    seed: int
    buckets: tuple[Bucket, ...] | None

    def plan(self, epoch: int, batch_size: int, seed: int) -> Any: ...  # Sequence[(Bucket, keys)]
    def load(self, key: tuple[int, ...], bucket: Bucket, rng: np.random.Generator) -> Sample: ...
    def alternatives(self, key: tuple[int, ...], bucket: Bucket) -> Iterator[tuple[int, ...]]: ...
    def failed(self, key: tuple[int, ...]) -> None: ...
    def fixed_keys(self, bucket: Bucket, count: int) -> list[tuple[int, ...]]: ...
    def fingerprint(self) -> str: ...


def _keep(batch: dict) -> dict:  # DataLoader collate: batches are made whole in the worker
    return batch


class BucketBatcher:
    """Endless batches of ``batch_size`` same-shape samples from ``source``.

    Iterate it (``next(batcher)``); ``state_dict()`` is the position of the next batch and
    goes into checkpoints; ``load_state_dict`` continues from there. ``num_workers > 0``
    decodes in DataLoader worker processes, in the same order.
    """

    def __init__(self, source: Source, batch_size: int, *, seed: int | None = None, rank: int = 0,
                 world_size: int = 1, num_workers: int = 0):
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        if not 0 <= rank < world_size:
            raise ValueError(f"need 0 <= rank < world_size, got rank={rank}, world_size={world_size}")
        if num_workers < 0:
            raise ValueError(f"num_workers must be >= 0, got {num_workers}")
        self.source = source
        self.batch_size = int(batch_size)
        self.seed = int(source.seed if seed is None else seed)
        if self.seed < 0:
            raise ValueError(f"seed must be >= 0, got {self.seed}")
        self.rank, self.world_size, self.num_workers = rank, world_size, num_workers
        self.epoch, self.index = 0, 0  # the position of the next batch
        self._plan: tuple[int, Any] | None = None
        self._it: Iterator[dict] | None = None

    # -- position -----------------------------------------------------------------------

    def plan(self, epoch: int) -> Any:
        if self._plan is None or self._plan[0] != epoch:
            self._plan = (epoch, self.source.plan(epoch, self.batch_size, self.seed))
        return self._plan[1]

    def epoch_length(self, epoch: int) -> int:
        """Batches this rank gets in ``epoch``."""
        n = len(self.plan(epoch)) // self.world_size
        if n == 0:
            raise UserError(
                f"The dataset makes {len(self.plan(epoch))} batch(es) of {self.batch_size} per epoch, "
                f"fewer than the {self.world_size} processes; use a smaller batch or fewer processes."
            )
        return n

    def _after(self, epoch: int, index: int) -> tuple[int, int]:
        return (epoch, index + 1) if index + 1 < self.epoch_length(epoch) else (epoch + 1, 0)

    def state_dict(self) -> dict[str, Any]:
        """Plain JSON: where the next batch comes from, and the settings that give it meaning."""
        return {"epoch": self.epoch, "batch": self.index, "seed": self.seed, "batch_size": self.batch_size,
                "world_size": self.world_size, "source": self.source.fingerprint()}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        for key in ("seed", "batch_size", "world_size"):
            if state.get(key) != getattr(self, key):
                raise UserError(
                    f"Cannot resume the data stream: it was saved with {key} {state.get(key)} but this run "
                    f"uses {getattr(self, key)}; resume with the same data settings."
                )
        if state.get("source") != self.source.fingerprint():
            warnings.warn("The training data changed since the checkpoint; resuming at the same position "
                          "but the batches will differ from the original run.", stacklevel=2)
        self.close()
        self.epoch, self.index = int(state["epoch"]), int(state["batch"])

    # -- making batches -----------------------------------------------------------------

    def _rng(self, epoch: int, key: tuple[int, ...]) -> np.random.Generator:
        return np.random.default_rng([_SAMPLE_TAG, self.seed, epoch, *key])

    def _load(self, epoch: int, key: tuple[int, ...], bucket: Bucket) -> tuple[Sample, int]:
        replaced, last = 0, None
        for alt in self.source.alternatives(key, bucket):
            try:
                return self.source.load(alt, bucket, self._rng(epoch, alt)), replaced
            except UserError as e:  # a damaged file: count it, use the next clip of this bucket
                self.source.failed(alt)
                replaced, last = replaced + 1, e
        raise UserError(f"No clip of bucket {bucket} can be decoded (last error: {last}); check the dataset.") from last

    def fixed_batches(self, per_bucket: int) -> dict[Bucket, list[dict[str, Any]]]:
        """The same ``per_bucket`` batches for every bucket, on every call and every rank: for
        validation curves per shape. Their seeds are apart from all training batches (world
        scenes are new; a folder's are its first clips of the bucket, which training sees
        too: keep a separate folder for a held-out set)."""
        out = {}
        for bucket in self.source.buckets:
            keys = self.source.fixed_keys(bucket, per_bucket * self.batch_size)
            if not keys:
                continue
            batches = []
            for b in range(per_bucket):
                chunk = keys[b * self.batch_size:(b + 1) * self.batch_size]
                samples = [self.source.load(k, bucket, np.random.default_rng([_FIXED_TAG, self.seed, *k]))
                           for k in chunk]
                batches.append(self._collate(samples, bucket, (-1, b), 0))
            out[bucket] = batches
        return out

    def _collate(self, samples: list[Sample], bucket: Bucket, position: tuple[int, int], replaced: int) -> dict:
        frames = np.stack([s.video for s in samples])  # (B, T, H, W, 3) uint8
        if frames.shape[1:4] != bucket.shape:
            raise RuntimeError(f"source returned {frames.shape[1:4]} for bucket {bucket}")
        return {
            "video": media.frames_to_tensor(frames),  # (B, 3, T, H, W)
            "caption": [s.caption for s in samples],
            "bucket": bucket,
            "meta": [s.meta for s in samples],
            "position": position,
            "replaced": replaced,
        }

    def batch_at(self, epoch: int, index: int) -> dict[str, Any]:
        """Batch ``index`` of this rank in ``epoch`` (does not move the position)."""
        if not 0 <= index < self.epoch_length(epoch):
            raise IndexError(f"epoch {epoch} has {self.epoch_length(epoch)} batches, asked for {index}")
        bucket, keys = self.plan(epoch)[index * self.world_size + self.rank]
        loaded = [self._load(epoch, k, bucket) for k in keys]
        return self._collate([s for s, _ in loaded], bucket, (epoch, index), sum(r for _, r in loaded))

    def __iter__(self) -> BucketBatcher:
        return self

    def __next__(self) -> dict[str, Any]:
        if self._it is None:
            self._it = self._batches() if self.num_workers == 0 else self._worker_batches()
        try:
            batch = next(self._it)
        except BaseException:
            self.close()  # a failed batch ends the generator; the next call starts afresh here
            raise
        if batch["position"] != (self.epoch, self.index):  # workers must follow the plan's order
            raise RuntimeError(f"data order broke: got batch {batch['position']}, expected {(self.epoch, self.index)}")
        self.epoch, self.index = self._after(self.epoch, self.index)
        return batch

    def _batches(self) -> Iterator[dict]:
        while True:
            yield self.batch_at(self.epoch, self.index)

    def _worker_batches(self) -> Iterator[dict]:
        loader = DataLoader(_WorkerStream(self, self.epoch, self.index), batch_size=None,
                            num_workers=self.num_workers, collate_fn=_keep, prefetch_factor=2)
        yield from loader

    def close(self) -> None:
        """Stop worker processes (they are restarted from the current position on next use)."""
        if self._it is not None:
            self._it.close()  # closes the generator, which drops the DataLoader iterator
            self._it = None

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_it"] = None  # a live DataLoader iterator does not travel to workers
        return state


class _WorkerStream(IterableDataset):
    """The batches from a start position, dealt round-robin to DataLoader workers: worker
    ``w`` of ``n`` makes batches ``w, w + n, ...``; the DataLoader returns them in order."""

    def __init__(self, batcher: BucketBatcher, epoch: int, index: int):
        self.batcher, self.start = batcher, (epoch, index)

    def __iter__(self) -> Iterator[dict]:
        info = get_worker_info()
        w, n = (info.id, info.num_workers) if info is not None else (0, 1)
        pos, k = self.start, 0
        while True:
            if k % n == w:
                yield self.batcher.batch_at(*pos)
            pos, k = self.batcher._after(*pos), k + 1

