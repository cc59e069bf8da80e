"""The training recipe as typed, frozen config (``configs/*.toml`` + ``key=value`` overrides)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from kinetoscope.pipeline import SamplerConfig


@dataclass(frozen=True)
class ModelSection:
    preset: str = "tiny"  # a DiT preset name (kinetoscope info lists them)
    dit: dict[str, Any] = field(default_factory=dict)  # overrides on the preset
    text: str = "builtin"  # "builtin" (trained with the DiT) or a local T5-family directory
    text_config: dict[str, Any] = field(default_factory=dict)  # overrides on the built-in encoder
    vae: str = "shipped"  # "shipped" or a VAE weights directory


@dataclass(frozen=True)
class BucketSpec:
    frames: int
    height: int
    width: int
    weight: float = 1.0

    def __post_init__(self):
        if self.frames < 1 or self.height < 16 or self.width < 16 or self.weight <= 0:
            raise ValueError(f"invalid bucket {self}")


@dataclass(frozen=True)
class DataSection:
    source: str = "world"  # "world" (procedural stream) or a dataset folder (captions.jsonl)
    buckets: tuple[BucketSpec, ...] = (BucketSpec(17, 64, 64),)
    batch_size: int = 8  # per process, per micro-step
    fps: float = 8.0
    seed: int = 0
    latent_cache: str | None = None  # encode once with the VAE (a folder, or one world epoch), train from here
    epoch_size: int = 10_000  # world: batches per epoch; with a latent cache, the clips cached
    num_workers: int = 0  # DataLoader worker processes decoding videos (same order as 0)

    def __post_init__(self):
        if self.batch_size < 1 or not self.buckets:
            raise ValueError("data needs batch_size >= 1 and at least one bucket")


@dataclass(frozen=True)
class OptimSection:
    lr: float = 3e-4
    betas: tuple[float, float] = (0.9, 0.99)
    weight_decay: float = 0.0
    warmup: int = 100
    schedule: Literal["constant", "cosine"] = "cosine"
    min_lr_ratio: float = 0.1
    grad_clip: float = 1.0
    grad_accum: int = 1

    def __post_init__(self):
        if self.lr <= 0 or self.grad_accum < 1 or self.warmup < 0:
            raise ValueError("optim needs lr > 0, grad_accum >= 1, warmup >= 0")


@dataclass(frozen=True)
class CondSection:
    """Probability of each conditioning mode per sample (conditioning.MODES); normalised."""

    t2v: float = 0.6
    image: float = 0.15
    extend: float = 0.1
    extend_backward: float = 0.05
    fill: float = 0.05
    connect: float = 0.05

    def probs(self) -> dict[str, float]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class TrainConfig:
    model: ModelSection = ModelSection()
    data: DataSection = DataSection()
    optim: OptimSection = OptimSection()
    cond: CondSection = CondSection()
    sampler: SamplerConfig = SamplerConfig()
    steps: int = 1000
    seed: int = 0
    ema_decay: float = 0.999
    text_dropout: float = 0.1  # captions replaced by "" so the model learns the CFG null
    timestep_mean: float = 0.0  # logit-normal timestep sampling (SD3, Esser et al. 2024)
    timestep_std: float = 1.0
    precision: Literal["auto", "fp32", "bf16"] = "auto"  # auto: bf16 autocast where it pays
    distributed: Literal["auto", "ddp", "fsdp"] = "auto"  # auto: FSDP for base/xl, else DDP
    log_every: int = 10
    ckpt_every: int = 500
    keep: int = 3  # checkpoints kept
    val_every: int = 0  # 0: validate only at the end
    val_batches: int = 2  # per bucket
    val_timesteps: tuple[float, ...] = (0.1, 0.3, 0.5, 0.7, 0.9)
    threads: int = 0  # torch threads per process (0: leave torch's default)
    init: str | None = None  # start the weights from a checkpoint or model directory (fine-tuning)
    # Key prefixes that keep this recipe's fresh initialisation instead of init's weights: a
    # new latent (another VAE) changes only the patch embedding and the output projection, so
    # init_fresh = ["dit.patch_embed.", "dit.proj_out."] keeps the rest of a trained model.
    init_fresh: tuple[str, ...] = ()

    def __post_init__(self):
        if self.steps < 0 or not 0 <= self.text_dropout < 1 or self.log_every < 1 or self.ckpt_every < 1:
            raise ValueError("steps >= 0, 0 <= text_dropout < 1, log_every and ckpt_every >= 1")
