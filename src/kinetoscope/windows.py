"""Long videos: sample a latent sequence longer than the model's context in overlapping windows.

A DiT with 3D RoPE accepts any length, but it only knows the lengths it was trained on (the
shipped world model: clips of up to 32 frames = 9 latent frames); far beyond them attention
spreads over positions it never saw and the video falls apart. So a video whose latent
sequence fits the window (and a token budget) is sampled whole, in one pass, exactly as
``Pipeline.generate_latents`` would; a longer one is sampled window by window, each window
conditioned on the end of what came before: the "extend" mode the model is trained for.

One latent sequence, one causal decode. Windows write into one global latent (1, C, T', H', W')
and the video is decoded once from it with the VAE's streaming causal decode, so the decoder
carries its cache across every window join (no seam from decoding windows apart) and memory
holds one chunk of frames at a time, not the whole minute of float frames.

The window's first latent. In training, latent 0 of every clip is an image latent (one frame
encoded alone, the causal VAE's first-frame path); a window that started with a group latent
(four frames) would show the model something it never saw. So window ``[s, e)`` with ``s > 0``
maps window latent i >= 1 to global latent s + i, and window latent 0 to the *image* latent of
pixel frame 4s (the last frame of global group s), encoded from the frames already decoded.
Its ``overlap`` known latents are then 1 image latent and ``overlap - 1`` global group latents,
held exactly; global latent s itself is never overwritten. Every global latent is sampled once
and then never changes (``plan`` below), so the overlap latents are kept exactly.

Direction. Windows normally move forwards from the first unknown latent. When the start is
unknown but something later is known (extend backwards over a long stretch), they move
backwards from the last unknown latent, each window ending on ``overlap`` known latents, so
every window touches what it must join. Noise is drawn once for the whole sequence from the
seed and sliced per window, so a seed gives one video whatever the window size, and a video that
fits one window is bit-identical to the unwindowed pipeline.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass

import torch

from kinetoscope.conditioning import Condition, frame_mask, latent_groups


@dataclass(frozen=True)
class WindowConfig:
    """How long a sequence is sampled whole, and how it is cut when it is not."""

    frames: int = 32  # window length in pixel frames: the longest clip the model trained on
    overlap: int = 3  # latent frames each window is given from the one before (1 image + 2 groups)
    max_tokens: int = 16384  # a memory budget: fewer latent frames per window at large sizes

    def __post_init__(self):
        if self.overlap < 1:
            raise ValueError(f"window overlap must be at least 1 latent frame, got {self.overlap}")
        if self.frames < 1:
            raise ValueError(f"window frames must be positive, got {self.frames}")
        if self.max_tokens < 1:
            raise ValueError(f"max_tokens must be positive, got {self.max_tokens}")

    def latents(self, temporal: int, tokens_per_latent: int) -> int:
        """Latent frames per window: the trained length, cut to the token budget, and always
        room for at least two new latents beside the overlap."""
        trained = len(latent_groups(self.frames, temporal))
        budget = max(1, self.max_tokens // max(1, tokens_per_latent))
        return max(self.overlap + 2, min(trained, budget))


def plan(known: torch.Tensor, window: int, overlap: int) -> list[tuple[int, int]]:
    """The windows ``[(s, e), ...]`` in sampling order for a (T',) bool of known latents.

    Forward (latent 0 known, or nothing known): each window starts ``overlap`` latents before
    the first unknown one (window latent 0 is the image latent of the frame ending group s);
    the last window is moved back to keep the full length. Backward (latent 0 unknown, something
    later known): each window ends ``overlap`` latents after the last unknown one (the first
    window, at 0, is moved forward to keep the full length). A window with
    ``s > 0`` settles global latents s+1 .. e-1, one with ``s == 0`` settles 0 .. e-1.
    """
    if window < overlap + 2:
        raise ValueError(
            f"a window of {window} latents leaves no room beside an overlap of {overlap}"
        )
    done = known.bool().clone().cpu()
    n = len(done)
    if n <= window:
        return [(0, n)] if not done.all() else []
    backward = not bool(done[0]) and bool(done.any())
    out = []
    while not done.all():
        todo = torch.nonzero(~done).flatten()
        if backward:
            e = min(n, int(todo.max()) + 1 + overlap)
            s = max(0, e - window)
            e = min(n, s + window)  # the first window is moved forward to keep the full length
        else:
            s = max(0, int(todo.min()) - overlap)
            e = min(n, s + window)
            s = max(0, e - window)
        out.append((s, e))
        done[s + (1 if s > 0 else 0) : e] = True
    return out


class StreamDecoder:
    """Causal VAE decode of a latent sequence as it becomes final, chunk by chunk.

    ``push(z)`` takes the next latent frames (1, C, t, H', W') in order and decodes them to uint8
    frames kept on the CPU (``frame(i)``, ``video(...)``): the decoder keeps its causal cache
    between pushes, so the frames equal one decode of the whole sequence, and it holds one chunk
    of float frames at a time.
    """

    def __init__(self, vae, chunk_latents: int = 4):
        self.vae, self.chunk = vae, chunk_latents
        self._queue: list[torch.Tensor] = []
        self._gen = vae.decode_stream(self._feed())
        self.latents = 0  # latent frames decoded so far
        self.frames: list[torch.Tensor] = []  # uint8 (t, H, W, 3) chunks, in order

    def _feed(self):
        while True:  # pulled exactly once per queued chunk (push below)
            yield self._queue.pop(0)

    def push(self, z: torch.Tensor) -> None:
        first = 1 if self.latents == 0 else 0
        parts = [z[:, :, :first]] if first else []
        parts += [z[:, :, i : i + self.chunk] for i in range(first, z.shape[2], self.chunk)]
        for part in parts:
            self._queue.append(part)
            x = next(self._gen)  # (1, 3, t, H, W) in [-1, 1]
            u8 = ((x[0].float() + 1) * 127.5).round().clamp(0, 255).to(torch.uint8)
            self.frames.append(u8.permute(1, 2, 3, 0).cpu())
        self.latents += z.shape[2]

    def frame(self, i: int) -> torch.Tensor:
        """Decoded pixel frame i (H, W, 3) uint8; it must have been decoded already."""
        for chunk in self.frames:
            if i < chunk.shape[0]:
                return chunk[i]
            i -= chunk.shape[0]
        raise IndexError("frame not decoded yet")

    def video(self, frames: int, height: int, width: int) -> torch.Tensor:
        """All decoded frames, cropped to the request: (frames, height, width, 3) uint8."""
        return torch.cat(self.frames)[:frames, :height, :width]


@torch.no_grad()
def sample(
    pipe,
    req,
    cond: Condition | None,
    noise: torch.Tensor,
    cfg: WindowConfig,
    *,
    known_pixels: Callable[[int], torch.Tensor | None] | None = None,
    init: torch.Tensor | None = None,
    strength: float = 1.0,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[torch.Tensor, torch.Tensor, int]:
    """Sample the whole latent (1, C, T', H', W') window by window and decode it.

    ``cond`` holds the request's own known latents (any mode), ``noise`` the seed's noise for
    the whole sequence, ``init`` an SDEdit start (edit). ``known_pixels(i)`` returns the given
    pixel frame i (H, W, 3) uint8 or None; a backward window uses it for its first latent.
    Returns (latents, frames (T, H, W, 3) uint8 on the CPU, number of windows).
    """
    vae = pipe.vae
    temporal, latent_total = vae.cfg.temporal, noise.shape[2]
    tokens_per_latent = math.prod(noise.shape[3:]) // math.prod(pipe.dit.cfg.patch[1:])
    window = cfg.latents(temporal, tokens_per_latent)
    base = (
        torch.zeros(latent_total, dtype=torch.bool)
        if cond is None
        else cond.mask[0, 0, :, 0, 0].bool().cpu()
    )
    windows = plan(base, window, cfg.overlap)
    z = (cond.latents.clone() if cond is not None else torch.zeros_like(noise)).to(pipe.device)
    decoder = StreamDecoder(vae)
    steps = req.steps or pipe.sampler.steps
    steps = max(1, math.ceil(steps * strength)) if init is not None else steps
    done = base.clone()
    for k, (s, e) in enumerate(windows):
        w_known = done[s:e].clone()  # (e - s,)
        w_lat = z[:, :, s:e].clone()  # (1, C, e - s, H', W')
        if s > 0:  # window latent 0: the image latent of pixel frame 4s (see the module doc)
            frame = None
            if bool(done[: s + 1].all()):  # forward: everything up to group s is final
                if decoder.latents <= s:
                    decoder.push(z[:, :, decoder.latents : s + 1])
                frame = decoder.frame(temporal * s)[: req.height, : req.width]
            elif known_pixels is not None:
                frame = known_pixels(temporal * s)
            w_known[0] = frame is not None
            w_lat[:, :, :1] = _encode_image(vae, frame) if frame is not None else 0
        w_cond = Condition(w_lat * frame_mask(w_known).to(w_lat), frame_mask(w_known).to(w_lat))
        w_req = dataclasses.replace(req, frames=1 + temporal * (e - s - 1))

        def step(i: int, n: int, k: int = k) -> None:
            if progress is not None:
                progress(k * steps + i, len(windows) * steps)

        w_init = None if init is None else init[:, :, s:e]
        out = pipe.generate_latents(
            w_req,
            None if w_cond.is_empty else w_cond,
            step,
            noise=noise[:, :, s:e],
            init=w_init,
            strength=strength,
        )
        lo = 1 if s > 0 else 0
        z[:, :, s + lo : e] = out[:, :, lo:]
        done[s + lo : e] = True
    if decoder.latents < latent_total:
        decoder.push(z[:, :, decoder.latents :])
    return z, decoder.video(req.frames, req.height, req.width), len(windows)


def _encode_image(vae, frame: torch.Tensor) -> torch.Tensor:
    """(H, W, 3) uint8 -> its image latent (1, C, 1, H', W')."""
    x = frame.to(device=vae.latent_scale.device, dtype=vae.latent_scale.dtype)
    x = x.permute(2, 0, 1)[None, :, None] / 127.5 - 1  # (1, 3, 1, H, W)
    return vae.encode(x).float()
