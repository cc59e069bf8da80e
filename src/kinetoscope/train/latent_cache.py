"""Latent caching: encode a dataset (a folder, or one epoch of the world stream) once with the
VAE, then train from the latents.

Encoding is the most expensive part of a DiT step on real video (Open-Sora and Wan both
pre-extract latents). The cache holds, per size bucket, the posterior mean and log-variance
of one clip per record (the clip the seeded sampler picks in epoch 0), so training still
draws posterior samples and the DiT never sees the same latent twice:

    DIR/index.json            fingerprint of source + VAE, buckets, captions per entry
    DIR/bucket-<i>.safetensors  "mean", "logvar": (N_i, C, T', H', W') raw (unnormalised), fp16

A cache whose fingerprint does not match the dataset and VAE is rebuilt, never trusted.
Batches: per epoch each bucket's entries are shuffled (seeded by seed and epoch), cut into
batches and the batches interleaved; rank r takes every world-th batch. The position is
(epoch, batch), as for the video batcher, so resume is exact.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import load_file, save_file

from kinetoscope import media
from kinetoscope.errors import UserError
from kinetoscope.train.checkpoint import atomic_directory
from kinetoscope.train.distributed import Dist

_TAG = 0x1A7E47


def _vae_hash(vae) -> str:
    """What the latents depend on: the encoder and the latent statistics (not the decoder, so
    a decoder fine-tune keeps the cache)."""
    h = hashlib.sha256()
    for k, v in sorted(vae.state_dict().items()):
        if k.startswith("decoder."):
            continue
        h.update(k.encode())
        h.update(v.detach().cpu().float().numpy().tobytes()[:4096])
    return h.hexdigest()[:16]


class CachedLatents:
    def __init__(self, root: Path, vae, device: torch.device, batch_size: int, seed: int, d: Dist):
        self.root, self.vae, self.device = root, vae, device
        self.batch_size, self.seed, self.d = batch_size, seed, d
        self.index = json.loads((root / "index.json").read_text())
        self.tensors = [load_file(root / f"bucket-{i}.safetensors") for i in range(len(self.index["buckets"]))]
        self.epoch, self.pos = 0, 0
        self._plan: tuple[int, list] | None = None

    # ---------------------------------------------------------------- building
    @classmethod
    def open_or_build(cls, root: Path, batcher, vae, d: Dist, precision: str = "auto") -> CachedLatents:
        want = f"{batcher.source.fingerprint()}-{_vae_hash(vae)}"
        index = root / "index.json"
        fresh = index.is_file() and json.loads(index.read_text()).get("fingerprint") == want
        if not fresh and d.main:
            build(root, batcher, vae, want, d.device, precision)
        if d.enabled:
            torch.distributed.barrier()
        return cls(root, vae, d.device, batcher.batch_size, batcher.seed, d)

    # ---------------------------------------------------------------- batches
    def plan(self, epoch: int) -> list[tuple[int, np.ndarray]]:
        if self._plan is None or self._plan[0] != epoch:
            rng = np.random.default_rng([_TAG, self.seed, epoch])
            batches = []
            for b, t in enumerate(self.tensors):
                order = rng.permutation(len(t["mean"]))
                batches += [(b, order[i:i + self.batch_size])
                            for i in range(0, len(order) - self.batch_size + 1, self.batch_size)]
            perm = rng.permutation(len(batches))
            self._plan = (epoch, [batches[i] for i in perm])
        return self._plan[1]

    def next_latents(self, generator: torch.Generator) -> tuple[torch.Tensor, list[str]]:
        plan = self.plan(self.epoch)
        per_rank = len(plan) // self.d.world
        if per_rank == 0:
            raise UserError("The latent cache has fewer batches than processes; use a smaller batch.")
        b, rows = plan[self.pos * self.d.world + self.d.rank]
        self.pos += 1
        if self.pos >= per_rank:
            self.epoch, self.pos = self.epoch + 1, 0
        t = self.tensors[b]
        idx = torch.from_numpy(rows)
        mean, logvar = t["mean"][idx].float(), t["logvar"][idx].float()
        z = mean + (0.5 * logvar).exp() * torch.randn(mean.shape, generator=generator)
        caps = [self.index["captions"][b][int(i)] for i in rows]
        return self.vae.normalize(z.to(self.device)), caps

    def validation_batches(self, per_bucket: int) -> dict[str, list[tuple[torch.Tensor, list[str]]]]:
        out = {}
        for b, t in enumerate(self.tensors):
            n = min(len(t["mean"]), per_bucket * self.batch_size)
            if n:
                z = self.vae.normalize(t["mean"][:n].float().to(self.device))
                out[self.index["buckets"][b]] = [(z, self.index["captions"][b][:n])]
        return out

    def state_dict(self) -> dict:
        return {"epoch": self.epoch, "batch": self.pos, "cache": self.index["fingerprint"]}

    def load_state_dict(self, state: dict) -> None:
        self.epoch, self.pos = int(state["epoch"]), int(state["batch"])


@torch.no_grad()
def build(root: Path, batcher, vae, fingerprint: str, device: torch.device, precision: str = "auto",
          batch: int = 16) -> None:
    """Encode one clip per record of ``batcher.source`` (one epoch of a stream) into ``root``,
    atomically. Clips of one bucket are encoded ``batch`` at a time under the precision policy
    (on a CPU bf16 halves the encoder's time); moments are stored in fp16 (half the memory
    of fp32, far below the posterior's own noise)."""
    from tqdm import tqdm

    from kinetoscope.nn import autocast

    source = batcher.source
    entries = source.plan(0, 1, batcher.seed)  # every record once, with its bucket
    counts = Counter(bucket for bucket, keys in entries for _ in keys)
    buckets = sorted(counts, key=str)
    # One preallocated tensor per bucket, filled in place: a list of small per-batch tensors
    # interleaved with the encoder's transient buffers fragmented the heap (a 40,000-clip
    # build ended with 19 GB resident for 1.7 GB of latents).
    shape = {b: vae.latent_shape(b.frames, b.height, b.width) for b in buckets}
    means = {b: torch.empty((counts[b], *shape[b]), dtype=torch.float16) for b in buckets}
    logvars = {b: torch.empty((counts[b], *shape[b]), dtype=torch.float16) for b in buckets}
    filled: Counter = Counter()
    captions: dict = {b: [] for b in buckets}
    pending: dict = {b: [] for b in buckets}
    skipped = 0

    def flush(bucket) -> None:
        video = torch.cat([media.frames_to_tensor(v[None]) for v in pending[bucket]]).to(device)
        with autocast(device, precision):
            mean, logvar = vae.encode_moments(video)  # (N, C, T', H', W')
        rows = slice(filled[bucket], filled[bucket] + len(mean))
        means[bucket][rows] = mean.to("cpu", torch.float16)
        logvars[bucket][rows] = logvar.to("cpu", torch.float16)
        filled[bucket] += len(mean)
        pending[bucket].clear()

    for bucket, keys in tqdm(entries, desc="caching latents", unit="clip"):
        for key in keys:
            try:
                sample = source.load(key, bucket, np.random.default_rng([_TAG, batcher.seed, *key]))
            except UserError:  # a file that indexed but does not decode: skip it, as training does
                skipped += 1
                continue
            pending[bucket].append(sample.video)
            captions[bucket].append(sample.caption)
            if len(pending[bucket]) == batch:
                flush(bucket)
    for bucket in buckets:
        if pending[bucket]:
            flush(bucket)
    buckets = [b for b in buckets if filled[b]]
    if not buckets:
        raise UserError(f"No clip of {source.fingerprint()} could be decoded; nothing to cache.")
    with atomic_directory(root) as tmp:
        for i, b in enumerate(buckets):
            n = filled[b]
            save_file({"mean": means[b][:n].contiguous(), "logvar": logvars[b][:n].contiguous()},
                      tmp / f"bucket-{i}.safetensors")
        (tmp / "index.json").write_text(json.dumps({
            "fingerprint": fingerprint, "buckets": [str(b) for b in buckets],
            "captions": [captions[b] for b in buckets], "skipped": skipped}))
