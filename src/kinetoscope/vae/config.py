"""The VAE's typed configuration and its presets ("world" for the toy world, "video" for real video).

The network is a ladder of levels. Level 0 works on the input after a ``patch`` x ``patch``
space-to-depth; every step to the next level halves space (while the spatial compression
still needs it, the first steps) and/or halves time (the last ``log2(temporal)`` steps, where
features are small, so temporal mixing is cheap). ``channels[i]`` is the width of level ``i``
and ``time_kernel[i]`` the causal temporal kernel of its convolutions (1 = per frame: the
expensive full-resolution levels can stay 2-D and let the packed time-downsampling and the
deeper levels mix time).

The spatial compression is ``patch * 2**(number of space steps)``; the temporal compression is
``2**(number of time steps)``, with the first frame encoded alone (``T' = 1 + ceil((T-1)/temporal)``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


def _log2(n: int) -> int | None:
    """log2(n) when n is a power of two >= 1, else None."""
    return n.bit_length() - 1 if n >= 1 and n & (n - 1) == 0 else None


@dataclass(frozen=True)
class VAEConfig:
    latent_channels: int = 16
    channels: tuple[int, ...] = (64, 128, 256, 256)
    time_kernel: tuple[int, ...] = (3, 3, 3, 3)
    enc_blocks: int = 2  # residual blocks per level in the encoder
    dec_blocks: int = 3  # residual blocks per level in the decoder (decoders need more, as in SD/Wan)
    patch: int = 2  # space-to-depth at the input / depth-to-space at the output
    spatial: int = 8  # total spatial compression (per side)
    temporal: int = 4  # total temporal compression (after the first frame)
    in_channels: int = 3
    # Ablation switches (defaults: what trained best on the world videos, see docs/vae.md):
    time_pad: Literal["zeros", "replicate"] = "replicate"  # the causal past of frame 0
    out_norm: bool = True  # RMSNorm before the encoder's and decoder's output convs
    shortcut: bool = True  # DC-AE parameter-free shortcuts around the down/up steps

    def __post_init__(self):
        if self.latent_channels < 1 or self.in_channels < 1:
            raise ValueError("latent_channels and in_channels must be at least 1")
        if not self.channels or any(c < 1 for c in self.channels):
            raise ValueError("channels must be a non-empty list of positive widths")
        if len(self.time_kernel) != len(self.channels):
            raise ValueError("time_kernel needs one entry per level (as many as channels)")
        if any(k < 1 for k in self.time_kernel):
            raise ValueError("time_kernel entries must be at least 1")
        if self.enc_blocks < 0 or self.dec_blocks < 0:
            raise ValueError("enc_blocks and dec_blocks must be >= 0")
        if _log2(self.patch) is None or _log2(self.spatial) is None or _log2(self.temporal) is None:
            raise ValueError("patch, spatial and temporal must be powers of two")
        if self.spatial % self.patch:
            raise ValueError(f"spatial ({self.spatial}) must be a multiple of patch ({self.patch})")
        steps = len(self.channels) - 1
        if self.space_steps > steps or self.time_steps > steps:
            raise ValueError(
                f"{len(self.channels)} levels give {steps} down steps, but spatial/patch needs "
                f"{self.space_steps} and temporal needs {self.time_steps}; add levels to channels"
            )
        for i in range(steps if self.shortcut else 0):  # the residual shortcut (DC-AE) averages or repeats channel groups
            cin = self.channels[i] * self.factors(i)[0] * self.factors(i)[1] ** 2
            cout = self.channels[i + 1]
            if max(cin, cout) % min(cin, cout):
                raise ValueError(
                    f"level {i}->{i + 1}: packed width {cin} and next width {cout} must divide one another"
                )

    @property
    def space_steps(self) -> int:
        return _log2(self.spatial // self.patch)

    @property
    def time_steps(self) -> int:
        return _log2(self.temporal)

    def factors(self, step: int) -> tuple[int, int]:
        """(time factor, space factor) of down step ``step`` (level step -> step + 1)."""
        steps = len(self.channels) - 1
        fs = 2 if step < self.space_steps else 1
        ft = 2 if step >= steps - self.time_steps else 1
        return ft, fs

    def latent_shape(self, frames: int, height: int, width: int) -> tuple[int, int, int, int]:
        """(C, T', H', W') for a clip of ``frames`` x ``height`` x ``width`` (sizes are padded up)."""
        t = 1 + -(-(frames - 1) // self.temporal)
        return (self.latent_channels, t, -(-height // self.spatial), -(-width // self.spatial))


# The world preset: 8x8 spatial, 4x temporal, so a 2 s 64x64 clip at 8 fps is a (C, 5, 8, 8)
# latent = 80 DiT tokens with 1x2x2 patches. The flat-coloured world carries little texture,
# so narrow levels suffice; the extra latent channels (vs. 16) buy back sharp edges and the
# 4-pixel food dots at 8x compression.
WORLD = VAEConfig(
    latent_channels=32,
    channels=(32, 64, 128),
    time_kernel=(1, 3, 3),
    enc_blocks=1,
    dec_blocks=2,
    patch=2,
    spatial=8,
    temporal=4,
)

# The real-video preset: the common 4x8x8, 16-channel layout (Wan 2.1, HunyuanVideo, CogVideoX).
VIDEO = VAEConfig(
    latent_channels=16,
    channels=(64, 128, 256, 256),
    time_kernel=(1, 3, 3, 3),
    enc_blocks=2,
    dec_blocks=3,
    patch=2,
    spatial=8,
    temporal=4,
)

VAE_PRESETS: dict[str, VAEConfig] = {"world": WORLD, "video": VIDEO}


@dataclass(frozen=True)
class VAETrainConfig:
    """What `kinetoscope vae train CONFIG` reads: a model (preset name and/or fields) and a schedule."""

    preset: str = "world"
    model: dict = field(default_factory=dict)  # VAEConfig fields overriding the preset
    data: str = "world"  # "world" (procedural stream) or a folder of videos (+ captions.jsonl)
    steps: int = 3000
    batch: int = 8
    frames: tuple[int, ...] = (1, 5, 9)  # clip lengths drawn per step (1 = images)
    height: int = 64
    width: int = 64
    fps: int = 8
    crop: int = 0  # train on random crops of this size (0 = whole frames): the net is local, crops are cheap
    lr: float = 1e-3
    warmup: int = 100
    weight_decay: float = 0.0
    l1_weight: float = 0.0
    mse_weight: float = 1.0
    grad_weight: float = 0.1  # L1 on spatial finite differences: keeps flat-colour edges sharp
    kl_weight: float = 1e-6  # per-element mean KL; small, as in SD's KL-f8
    seed: int = 0
    eval_every: int = 250
    eval_videos: int = 16  # held-out world videos (seeds disjoint from training) for PSNR
    eval_frames: int = 17
    threads: int = 0  # torch threads; 0 = torch's default
    # The system's precision policy (kinetoscope.nn): "auto" autocasts the convs to bf16 where
    # the device multiplies it natively (CUDA, CPUs with AVX512-BF16/AMX; norms and loss stay
    # fp32) and stays fp32 elsewhere, where emulated bf16 is some 50x slower (measured on an
    # AVX2 EPYC: 0.74 s vs 0.013 s for one conv). "bf16" forces it, "fp32" disables it.
    precision: Literal["auto", "fp32", "bf16"] = "auto"
    device: str = "auto"  # "auto" (cuda if available), "cpu", "cuda", "cuda:1", ...
    save_dtype: Literal["float32", "float16"] = "float32"  # float16 halves the file (no measurable PSNR change)
    # False: fine-tune the decoder only (needs --init). The encoder and the latent statistics
    # stay bit-identical, so every DiT trained on these latents keeps working.
    train_encoder: bool = True

    def __post_init__(self):
        if self.preset not in VAE_PRESETS:
            raise ValueError(f"preset must be one of {', '.join(VAE_PRESETS)}, got {self.preset!r}")
        for name in ("steps", "batch", "height", "width", "fps", "eval_every", "eval_videos", "eval_frames"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        if self.crop < 0 or self.crop > min(self.height, self.width):
            raise ValueError("crop must be 0 (whole frames) or at most the frame size")
        if not self.frames or any(f < 1 for f in self.frames):
            raise ValueError("frames must list clip lengths >= 1")
        if self.lr <= 0:
            raise ValueError("lr must be positive")
        if min(self.l1_weight, self.mse_weight, self.grad_weight, self.kl_weight) < 0:
            raise ValueError("loss weights must be >= 0")
