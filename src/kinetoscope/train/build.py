"""Build what a training run needs from its config: the models and the latent data stream."""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from kinetoscope.config import from_dict, to_dict
from kinetoscope.train.config import TrainConfig
from kinetoscope.train.distributed import Dist


def build_models(cfg: TrainConfig, device: torch.device) -> tuple[nn.Module, nn.Module, nn.Module, bool]:
    """(DiT, text encoder, frozen VAE, whether the text encoder trains with the DiT)."""
    from kinetoscope.dit import DiT, dit_config
    from kinetoscope.text import BuiltinTextConfig, BuiltinTextEncoder, load_text_encoder
    from kinetoscope.vae import load_vae

    vae = load_vae(None if cfg.model.vae == "shipped" else cfg.model.vae, device=device)
    vae.requires_grad_(False)
    if cfg.model.text == "builtin":
        text = BuiltinTextEncoder(from_dict(BuiltinTextConfig, dict(cfg.model.text_config), "model.text_config"))
        trainable = True
    else:
        text = load_text_encoder(cfg.model.text, device=device)
        trainable = False
    dit_overrides = {"latent_channels": vae.cfg.latent_channels, "text_dim": text.dim, **cfg.model.dit}
    dit = DiT(dit_config(cfg.model.preset, **dit_overrides))
    return dit, text, vae, trainable


def model_meta(cfg: TrainConfig, dit: nn.Module, text) -> dict:
    """What ``pipeline.load_pipeline`` rebuilds the models from (weights aside)."""
    from kinetoscope.text import text_encoder_spec

    return {"dit": to_dict(dit.cfg), "text": text_encoder_spec(text), "vae": cfg.model.vae,
            "sampler": to_dict(cfg.sampler), "train_frames": max(b.frames for b in cfg.data.buckets)}


class LatentStream:
    """Batches of VAE latents + captions: encodes video batches on the fly, or reads a cache."""

    def __init__(self, batcher, vae: nn.Module, device: torch.device, precision: str):
        self.batcher, self.vae, self.device, self.precision = batcher, vae, device, precision

    @torch.no_grad()
    def encode(self, video: torch.Tensor, generator: torch.Generator | None) -> torch.Tensor:
        """(B, 3, T, H, W) in [-1, 1] -> normalised latents (B, C, T', H', W'), a posterior sample.

        Under the precision policy: on this CPU bf16 halves the encoder's share of a step."""
        from kinetoscope.nn import autocast

        with autocast(self.device, self.precision):
            z = self.vae.encode(video.to(self.device), sample=generator is not None, generator=generator)
        return z.float()

    def next_latents(self, generator: torch.Generator) -> tuple[torch.Tensor, list[str]]:
        batch = next(self.batcher)
        return self.encode(batch["video"], generator), list(batch["caption"])

    def validation_batches(self, per_bucket: int) -> dict[str, list[tuple[torch.Tensor, list[str]]]]:
        """Fixed batches per bucket, encoded with the posterior mean (cached after the first call)."""
        if not hasattr(self, "_val"):
            self._val = {
                str(bucket): [(self.encode(b["video"], None), list(b["caption"])) for b in batches]
                for bucket, batches in self.batcher.fixed_batches(per_bucket).items()
            }
        return self._val

    def state_dict(self) -> dict:
        return self.batcher.state_dict()

    def load_state_dict(self, state: dict) -> None:
        self.batcher.load_state_dict(state)


def build_data(cfg: TrainConfig, d: Dist, vae: nn.Module) -> LatentStream:
    from kinetoscope.data import Bucket, BucketBatcher, FolderDataset, WorldStream

    dc = cfg.data
    buckets = tuple(Bucket(b.frames, b.height, b.width, b.weight) for b in dc.buckets)
    if dc.source == "world":
        source = WorldStream(dc.seed, buckets, fps=dc.fps, epoch_size=dc.epoch_size)
    else:
        source = FolderDataset(Path(dc.source), buckets=buckets, fps=dc.fps)
    batcher = BucketBatcher(source, dc.batch_size, seed=dc.seed, rank=d.rank, world_size=d.world,
                            num_workers=dc.num_workers)
    if dc.latent_cache:
        from kinetoscope.train.latent_cache import CachedLatents

        return CachedLatents.open_or_build(Path(dc.latent_cache), batcher, vae, d, cfg.precision)
    return LatentStream(batcher, vae, d.device, cfg.precision)
