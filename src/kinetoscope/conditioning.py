"""One conditioning mechanism for every mode: known latent frames plus a mask.

Sora's report describes image-to-video, extension forwards and backwards, filling and
connecting videos as one model prompted with known frames. We follow the inpainting
formulation (as in LTX-Video and Open-Sora's masked training): the DiT receives, beside the
noisy latent, ``cond = cat(known * mask, mask)`` as extra input channels, and during sampling
the known positions of ``x`` are held at their clean values (``Condition.apply``). Training
draws random masks of every mode so one set of weights does all of them; text-to-video is
simply the empty mask, for which ``cond`` is all zeros, identical to passing no condition.

Masks here are over latent frames (B, 1, T', 1, 1), broadcast over channels and space; the
VAE's causal layout (latent frame 0 = pixel frame 0, latent frame j = pixel frames 4j-3..4j)
decides which pixel frames a latent frame carries.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

# Training modes and what each keeps known (over latent frames t = 0..T'-1).
MODES = ("t2v", "image", "extend", "extend_backward", "fill", "connect")


@dataclass(frozen=True)
class Condition:
    """Known latents and where they are known: ``latents`` (B, C, T', H', W'), ``mask`` broadcastable."""

    latents: torch.Tensor
    mask: torch.Tensor

    def __post_init__(self):
        if self.latents.dim() != 5 or self.mask.dim() != 5:
            raise ValueError("Condition latents and mask must be 5-D (B, C, T, H, W)")
        if self.mask.shape[1] != 1:
            raise ValueError("Condition mask must have one channel")

    def full_mask(self) -> torch.Tensor:
        """The mask expanded to (B, 1, T', H', W')."""
        b, _, t, h, w = self.latents.shape
        return self.mask.to(self.latents.dtype).expand(b, 1, t, h, w)

    def cond_input(self) -> torch.Tensor:
        """DiT extra input channels: (B, C + 1, T', H', W') = known latents * mask, mask."""
        m = self.full_mask()
        return torch.cat([self.latents * m, m], dim=1)

    def apply(self, x: torch.Tensor) -> torch.Tensor:
        """Hold the known positions of ``x`` (B, C, T', H', W') at their clean values."""
        m = self.full_mask()
        return x * (1 - m) + self.latents * m

    @property
    def is_empty(self) -> bool:
        return not bool(self.mask.any())


def frame_mask(known: torch.Tensor, batch: int = 1) -> torch.Tensor:
    """A (T',) bool vector of known latent frames -> mask (B, 1, T', 1, 1) float."""
    return known.float().view(1, 1, -1, 1, 1).expand(batch, 1, -1, 1, 1).contiguous()


def mode_mask(mode: str, frames: int, generator: torch.Generator | None = None) -> torch.Tensor:
    """Known latent frames (T',) bool for one training mode, with random extents.

    - t2v: nothing known.  image: frame 0.  extend: a prefix.  extend_backward: a suffix.
    - fill: everything but a random inner span.  connect: a prefix and a suffix.
    With a single latent frame every mode but t2v and image degenerates to t2v.
    """
    if mode not in MODES:
        raise ValueError(f"unknown conditioning mode {mode!r} (known: {', '.join(MODES)})")
    known = torch.zeros(frames, dtype=torch.bool)

    def randint(lo: int, hi: int) -> int:  # inclusive bounds
        return int(torch.randint(lo, hi + 1, (1,), generator=generator))

    if mode == "image":
        known[0] = True
    elif frames < 2 or mode == "t2v":
        pass
    elif mode == "extend":
        known[: randint(1, frames - 1)] = True
    elif mode == "extend_backward":
        known[frames - randint(1, frames - 1):] = True
    elif mode == "fill" and frames >= 3:
        start = randint(1, frames - 2)
        end = randint(start, frames - 2)
        known[:] = True
        known[start : end + 1] = False
    elif mode == "connect" and frames >= 3:
        a = randint(1, frames - 2)
        b = randint(1, frames - 1 - a)
        known[:a] = True
        known[frames - b:] = True
    return known


def sample_training_masks(
    batch: int, frames: int, probs: dict[str, float], generator: torch.Generator | None = None
) -> torch.Tensor:
    """One random mode per sample (weights ``probs``) -> mask (B, 1, T', 1, 1) float."""
    modes = [m for m in MODES if probs.get(m, 0.0) > 0]
    if not modes:
        return torch.zeros(batch, 1, frames, 1, 1)
    weights = torch.tensor([probs[m] for m in modes], dtype=torch.float64)
    picks = torch.multinomial(weights, batch, replacement=True, generator=generator)
    rows = [mode_mask(modes[int(i)], frames, generator) for i in picks]
    return torch.stack(rows).float().view(batch, 1, frames, 1, 1)
