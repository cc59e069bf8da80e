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


# --- From known pixel frames to a Condition ----------------------------------------------------
#
# Every pixel-level mode (image, extend forwards/backwards, fill, connect, loop, long windows) is
# "these output frames are known": a video of the output's length plus a (T,) bool over its
# frames. ``encode_condition`` turns that into known latents with one rule, so no mode has code
# of its own. The causal VAE decides what can be held:
#
# - Latent frame 0 is pixel frame 0 alone; latent j >= 1 is pixel frames 4j-3 .. 4j (temporal 4).
#   A latent frame is *known* only when every pixel frame it covers (inside the video) is known:
#   a half-known group would pin its unknown frames to whatever stands in for them (modes.py
#   draws a draft first and then holds such groups with the draft's frames in them).
# - The encoder is causal with a temporal receptive field of about two groups (measured: a
#   frame in group j moves latents j, j+1, j+2), so a known segment that starts after frame 0
#   is encoded *in place*, inside a full-length video, never alone: alone, its first frame
#   would become an image latent (a single frame) and its groups would not line up with the
#   output's. Frames that are not known are filled by holding the nearest known frame (a
#   freeze), not a neutral grey: a freeze is a plausible video, so the two groups after it
#   stay close to what the encoder saw in training, where a grey gap would put a hard cut
#   into their receptive field. Only latents within two groups after a gap depend on the
#   placeholder at all; a known prefix (image, extend forwards) is encoded exactly. With
#   ``hold=False`` the caller's own frames (a first draft) are the context instead.


def latent_groups(frames: int, temporal: int) -> list[range]:
    """The output pixel frames each latent frame covers: [0], [1..4], [5..8], ... (clipped to T)."""
    if frames < 1 or temporal < 1:
        raise ValueError(f"need frames >= 1 and temporal >= 1, got {frames}, {temporal}")
    groups = [range(1)]
    for start in range(1, frames, temporal):
        groups.append(range(start, min(start + temporal, frames)))
    return groups


def known_latents(known: torch.Tensor, temporal: int) -> torch.Tensor:
    """(T,) bool over pixel frames -> (T',) bool over latent frames: known iff its group is."""
    known = known.bool().flatten()
    groups = latent_groups(len(known), temporal)
    return torch.tensor([bool(known[g.start:g.stop].all()) for g in groups])


def hold_unknown(video: torch.Tensor, known: torch.Tensor) -> torch.Tensor:
    """(B, 3, T, H, W) -> the same with every unknown frame replaced by the nearest known frame
    (ties go to the earlier one). Needs at least one known frame."""
    idx = torch.nonzero(known.bool().flatten().cpu()).flatten()  # (K,) known frame indices
    if len(idx) == 0:
        raise ValueError("hold_unknown needs at least one known frame")
    t = torch.arange(video.shape[2])
    nearest = idx[(t[:, None] - idx[None, :]).abs().argmin(dim=1)]  # first minimum = earlier
    return video.index_select(2, nearest.to(video.device))


@torch.no_grad()
def encode_condition(vae, video: torch.Tensor, known: torch.Tensor, hold: bool = True) -> Condition:
    """Known pixel frames -> the Condition the pipeline holds.

    ``video`` (B, 3, T, H, W) in [-1, 1] at the output's size, ``known`` (T,) bool. Returns
    latents (B, C, T', H', W') that are the VAE encoding of the video in place (zero where the
    latent is not known) and the mask of latent frames whose pixel frames are all known. With
    ``hold`` the unknown frames are first replaced by their nearest known frame; without it
    they are used as they are, as the encoder's context (a first draft, see modes.py).
    """
    if video.dim() != 5 or known.numel() != video.shape[2]:
        raise ValueError(f"need video (B, 3, T, H, W) and known (T,), got "
                         f"{tuple(video.shape)} and {tuple(known.shape)}")
    b, _, t, h, w = video.shape
    lat_known = known_latents(known, vae.cfg.temporal)  # (T',)
    shape = vae.latent_shape(t, h, w)  # (C, T', H', W')
    device = vae.latent_scale.device
    mask = frame_mask(lat_known, b).to(device)  # (B, 1, T', 1, 1)
    if not lat_known.any():
        return Condition(torch.zeros((b, *shape), device=device), mask)
    # The encoder is causal: latents 0..L depend on frames up to the end of group L only, so
    # frames after the last known group need not be encoded (an image condition on a minute-long
    # video encodes one frame, not a minute of freeze).
    last = int(torch.nonzero(lat_known).max())
    end = latent_groups(t, vae.cfg.temporal)[last].stop
    x = hold_unknown(video[:, :, :end], known[:end]) if hold else video[:, :, :end]
    x = x.to(device=device, dtype=vae.latent_scale.dtype)
    z = vae.encode(x).float()  # (B, C, L + 1, H', W')
    z = torch.cat([z, z.new_zeros((b, shape[0], shape[1] - z.shape[2], *shape[2:]))], dim=2)
    return Condition(z * mask, mask)
