"""The causal 3D video VAE: encoder, decoder, and whole-clip / chunked / tiled encode and decode.

Like the VAEs of Sora's successors (Wan 2.1, HunyuanVideo, CogVideoX), the latent is smaller in
space (``spatial`` x ``spatial``) and in time (``temporal``), and the first frame is encoded
alone: a clip of T frames gives ``T' = 1 + ceil((T - 1) / temporal)`` latent frames, latent
frame 0 carrying pixel frame 0 and latent frame j carrying frames ``temporal*(j-1)+1 ..
temporal*j``. Every layer is causal in time, so an image is a one-frame video, and a long video
can be processed in chunks whose results equal the whole-clip pass (``Cache`` in layers.py).

Size rule (pad and crop): frames are padded at the end by repeating the last frame up to
``1 + temporal * k``; height and width are padded at the bottom/right by repeating the edge
pixels up to a multiple of ``spatial``. ``decode(z, frames, height, width)`` crops back, so any
size goes in and exactly the same size comes out.

Latents are normalised with per-channel statistics measured after training
(``latent_shift``, ``latent_scale``, stored with the weights), so the DiT sees roughly zero
mean and unit variance, as SD's ``scaling_factor`` and Wan's per-channel mean/std do.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator

import torch
import torch.nn.functional as F
from einops import rearrange
from torch import nn

from kinetoscope.vae.config import VAEConfig
from kinetoscope.vae.layers import Cache, CausalConv3d, ChannelRMSNorm, Down, ResBlock, Up

# The whole-clip path is used up to this many input pixels per sample (T * H * W); above it
# encode/decode switch to chunks (and tiles) so memory stays flat with duration.
AUTO_CHUNK_PIXELS = 64 * 64 * 64
DEFAULT_CHUNK_FRAMES = 16  # pixel frames per chunk after the first frame (a multiple of temporal)


class Encoder(nn.Module):
    def __init__(self, cfg: VAEConfig):
        super().__init__()
        self.cfg = cfg
        ch = cfg.channels
        pad = cfg.time_pad
        self.conv_in = CausalConv3d(cfg.in_channels * cfg.patch**2, ch[0], cfg.time_kernel[0], pad=pad)
        self.levels = nn.ModuleList()
        for i, c in enumerate(ch):
            blocks: list[nn.Module] = [ResBlock(c, cfg.time_kernel[i], pad) for _ in range(cfg.enc_blocks)]
            if i < len(ch) - 1:
                blocks.append(Down(c, ch[i + 1], *cfg.factors(i), shortcut=cfg.shortcut))
            self.levels.append(nn.ModuleList(blocks))
        self.norm_out = ChannelRMSNorm(ch[-1]) if cfg.out_norm else nn.Identity()
        self.conv_out = CausalConv3d(ch[-1], 2 * cfg.latent_channels, cfg.time_kernel[-1], pad=pad)
        # Start with a narrow posterior (std e^-3 = 0.05): with a tiny KL weight the variance
        # only shrinks slowly from std 1, and until it does the sampling noise hides all detail.
        with torch.no_grad():
            self.conv_out.conv.bias[cfg.latent_channels:].fill_(-6.0)

    def forward(self, x: torch.Tensor, cache: Cache | None = None) -> torch.Tensor:
        # x: (B, 3, T, H, W) with T = 1 + temporal*k (first chunk) or temporal*k (later chunks)
        p = self.cfg.patch
        h = rearrange(x, "b c t (h ph) (w pw) -> b (c ph pw) t h w", ph=p, pw=p)
        h = self.conv_in(h, cache).float()  # (B, C0, T, H/p, W/p)
        for level in self.levels:
            for block in level:
                h = block(h, cache)
        return self.conv_out(F.silu(self.norm_out(h)), cache).float()  # (B, 2 * C_lat, T', H', W')


class Decoder(nn.Module):
    def __init__(self, cfg: VAEConfig):
        super().__init__()
        self.cfg = cfg
        ch = cfg.channels
        pad = cfg.time_pad
        self.conv_in = CausalConv3d(cfg.latent_channels, ch[-1], cfg.time_kernel[-1], pad=pad)
        self.levels = nn.ModuleList()
        for i in reversed(range(len(ch))):
            blocks: list[nn.Module] = [ResBlock(ch[i], cfg.time_kernel[i], pad) for _ in range(cfg.dec_blocks)]
            if i > 0:
                blocks.append(Up(ch[i], ch[i - 1], *cfg.factors(i - 1), shortcut=cfg.shortcut))
            self.levels.append(nn.ModuleList(blocks))
        self.norm_out = ChannelRMSNorm(ch[0]) if cfg.out_norm else nn.Identity()
        self.conv_out = CausalConv3d(ch[0], cfg.in_channels * cfg.patch**2, cfg.time_kernel[0], pad=pad)

    def forward(self, z: torch.Tensor, cache: Cache | None = None) -> torch.Tensor:
        # z: (B, C_lat, T', H', W') raw (unnormalised) latent -> (B, 3, T, H, W), T = 1 + temporal (T'-1)
        h = self.conv_in(z, cache).float()
        for level in self.levels:
            for block in level:
                h = block(h, cache)
        h = self.conv_out(F.silu(self.norm_out(h)), cache).float()
        p = self.cfg.patch
        return rearrange(h, "b (c ph pw) t h w -> b c t (h ph) (w pw)", ph=p, pw=p)


def _tiles(size: int, tile: int, halo: int) -> list[tuple[int, int, int, int]]:
    """Split [0, size) into tiles: (read_start, read_end, keep_start, keep_end), halo on each side."""
    out = []
    for start in range(0, size, tile):
        end = min(start + tile, size)
        out.append((max(0, start - halo), min(size, end + halo), start, end))
    return out


def _run_tiled(net, x: torch.Tensor, cache: list[Cache], tile: int, halo: int, up: int, down: int) -> torch.Tensor:
    """``net`` over spatial tiles of x (B, C, T, H, W) with a ``halo`` of context each side,
    stitched from each tile's core. Output cells per input cell: ``up / down`` (encoder 1/s,
    decoder s/1); ``cache`` holds one causal Cache per tile, grown as needed."""
    rows, cols = _tiles(x.shape[3], tile, halo), _tiles(x.shape[4], tile, halo)
    while len(cache) < len(rows) * len(cols):
        cache.append({})
    out_rows = []
    for i, (r0, r1, k0, k1) in enumerate(rows):
        out_cols = []
        for j, (c0, c1, l0, l1) in enumerate(cols):
            y = net(x[:, :, :, r0:r1, c0:c1], cache[i * len(cols) + j])
            out_cols.append(y[..., (k0 - r0) * up // down:(k1 - r0) * up // down,
                              (l0 - c0) * up // down:(l1 - c0) * up // down])
        out_rows.append(torch.cat(out_cols, dim=-1))
    return torch.cat(out_rows, dim=-2)


class VideoVAE(nn.Module):
    """Causal 3D VAE. ``encode``: (B, 3, T, H, W) in [-1, 1] -> normalised z (B, C, T', H', W')."""

    def __init__(self, cfg: VAEConfig):
        super().__init__()
        self.cfg = cfg
        self.encoder = Encoder(cfg)
        self.decoder = Decoder(cfg)
        self.register_buffer("latent_shift", torch.zeros(cfg.latent_channels))
        self.register_buffer("latent_scale", torch.ones(cfg.latent_channels))

    # ------------------------------------------------------------------ sizes

    def latent_shape(self, frames: int, height: int, width: int) -> tuple[int, int, int, int]:
        return self.cfg.latent_shape(frames, height, width)

    def _pad_space(self, x: torch.Tensor) -> torch.Tensor:
        """Pad (B, 3, T, H, W) at the bottom/right to multiples of spatial, repeating the edge pixels."""
        s = self.cfg.spatial
        dh, dw = -x.shape[3] % s, -x.shape[4] % s
        if dh or dw:
            x = F.pad(x.flatten(1, 2), (0, dw, 0, dh), mode="replicate").unflatten(1, x.shape[1:3])
        return x

    def _pad_time(self, x: torch.Tensor, multiple: int) -> torch.Tensor:
        """Pad (B, 3, T, H, W) at the end to a multiple of ``multiple`` frames, repeating the last frame."""
        dt = -x.shape[2] % multiple
        return torch.cat([x, x[:, :, -1:].expand(-1, -1, dt, -1, -1)], dim=2) if dt else x

    @property
    def _halo(self) -> tuple[int, int]:
        """Spatial receptive radius of (encoder in pixels, decoder in latent cells), rounded up.

        A tile read with this much context on each side computes its own region exactly as the
        whole frame would (all layers are local in space), so tiled == whole up to float rounding.
        """
        cfg = self.cfg
        steps = len(cfg.channels) - 1
        # encoder: each 3x3 conv adds one cell at its level's stride, each down step one more cell
        enc, stride = 0, cfg.patch
        enc += stride  # conv_in
        for i in range(len(cfg.channels)):
            enc += 2 * cfg.enc_blocks * stride
            if i < steps:
                enc += stride
                stride *= cfg.factors(i)[1]
        enc += stride  # conv_out
        # decoder, in latent cells: a conv at upsampled level contributes 1 / (its upsampling)
        dec, scale = 1.0, 1.0  # conv_in
        for i in reversed(range(len(cfg.channels))):
            dec += 2 * cfg.dec_blocks / scale
            if i > 0:
                dec += 1 / scale
                scale *= cfg.factors(i - 1)[1]
        dec += 1 / scale  # conv_out
        s = cfg.spatial
        return -(-enc // s) * s, math.ceil(dec)

    # ------------------------------------------------------------------ encode

    def _moments_tiled(self, x: torch.Tensor, cache: list[Cache], tile: int | None) -> torch.Tensor:
        """Encoder output for one chunk (B, 3, T, H, W), spatially tiled; ``cache`` holds one Cache per tile."""
        H, W = x.shape[3], x.shape[4]
        if tile is None or (tile >= H and tile >= W):
            if not cache:
                cache.append({})
            return self.encoder(x, cache[0])
        return _run_tiled(self.encoder, x, cache, tile, self._halo[0], 1, self.cfg.spatial)

    def _moment_stream(
        self, frames: Iterable[torch.Tensor], chunk_frames: int, tile: int | None
    ) -> Iterator[torch.Tensor]:
        """Encoder outputs (B, 2C, t', H', W') chunk by chunk from frame chunks of any length.

        Frames are regrouped so the encoder sees frame 0 alone, then ``chunk_frames`` frames at
        a time; the last group is padded by repeating its last frame. Only one chunk of frames
        and the per-layer caches are held at a time.
        """
        if chunk_frames < 1 or chunk_frames % self.cfg.temporal:
            raise ValueError(f"chunk_frames must be a positive multiple of {self.cfg.temporal}")
        if tile is not None and (tile < 1 or tile % self.cfg.spatial):
            raise ValueError(f"tile must be a positive multiple of {self.cfg.spatial}")
        caches: list[Cache] = []
        pending: list[torch.Tensor] = []  # frames received but not yet encoded, in order
        want = 1  # frame 0 goes alone
        for part in frames:
            if part.dim() != 5 or part.shape[1] != self.cfg.in_channels:
                raise ValueError(f"expected (B, {self.cfg.in_channels}, T, H, W) frames, got {tuple(part.shape)}")
            pending.append(part)
            while sum(p.shape[2] for p in pending) >= want:
                x = torch.cat(pending, dim=2) if len(pending) > 1 else pending[0]
                pending = [x[:, :, want:]] if x.shape[2] > want else []
                x = self._pad_space(x[:, :, :want].to(self.latent_scale.device))
                yield self._moments_tiled(x, caches, tile)
                want = chunk_frames
        if pending:
            x = self._pad_space(torch.cat(pending, dim=2).to(self.latent_scale.device))
            yield self._moments_tiled(self._pad_time(x, self.cfg.temporal), caches, tile)

    def encode_moments(
        self, x: torch.Tensor, chunk_frames: int | None = None, tile: int | None = None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Posterior mean and log-variance (raw, not normalised) of (B, 3, T, H, W) in [-1, 1].

        ``chunk_frames`` (a multiple of temporal) processes time in chunks with a causal cache;
        ``tile`` (pixels, a multiple of spatial) processes space in tiles with a halo.
        Both give the whole-clip result; None and None = whole clip in one pass.
        """
        if x.dim() != 5 or x.shape[1] != self.cfg.in_channels:
            raise ValueError(f"expected (B, {self.cfg.in_channels}, T, H, W), got {tuple(x.shape)}")
        if chunk_frames is None and tile is None:
            x = self._pad_space(x.to(self.latent_scale.device))
            x = torch.cat([x[:, :, :1], self._pad_time(x[:, :, 1:], self.cfg.temporal)], dim=2)
            h = self.encoder(x)
        else:
            h = torch.cat(list(self._moment_stream([x], chunk_frames or DEFAULT_CHUNK_FRAMES, tile)), dim=2)
        mean, logvar = h.chunk(2, dim=1)
        return mean, logvar.clamp(-30.0, 20.0)

    def encode_stream(
        self, frames: Iterable[torch.Tensor], chunk_frames: int = DEFAULT_CHUNK_FRAMES, tile: int | None = None
    ) -> Iterator[torch.Tensor]:
        """Normalised posterior-mean latents chunk by chunk from frame chunks (B, 3, t, H, W) of
        any length, in order (e.g. decoded from a file a second at a time). Concatenated, they
        equal ``encode`` of the whole clip; memory holds one chunk, never the whole video."""
        for h in self._moment_stream(frames, chunk_frames, tile):
            yield self.normalize(h[:, : self.cfg.latent_channels])

    def normalize(self, z: torch.Tensor) -> torch.Tensor:
        """Raw latent -> what the DiT sees: (z - shift) / scale per channel."""
        return (z - self.latent_shift[:, None, None, None]) / self.latent_scale[:, None, None, None]

    def denormalize(self, z: torch.Tensor) -> torch.Tensor:
        return z * self.latent_scale[:, None, None, None] + self.latent_shift[:, None, None, None]

    def _auto(self, frames: int, height: int, width: int) -> bool:
        return frames * height * width > AUTO_CHUNK_PIXELS and not torch.is_grad_enabled()

    def encode(
        self,
        x: torch.Tensor,
        sample: bool = False,
        generator: torch.Generator | None = None,
        chunk_frames: int | None = None,
        tile: int | None = None,
    ) -> torch.Tensor:
        """(B, 3, T, H, W) in [-1, 1] -> normalised latent (B, C, T', H', W').

        ``sample=False`` gives the posterior mean (inference); ``sample=True`` draws from the
        posterior with ``generator`` (training the DiT on samples, as LDM does). Long clips
        without autograd are chunked automatically.
        """
        if chunk_frames is None and tile is None and self._auto(*x.shape[2:]):
            chunk_frames = DEFAULT_CHUNK_FRAMES
        mean, logvar = self.encode_moments(x, chunk_frames, tile)
        z = mean
        if sample:
            noise = torch.randn(mean.shape, generator=generator, device=mean.device, dtype=mean.dtype)
            z = mean + torch.exp(0.5 * logvar) * noise
        return self.normalize(z)

    def encode_chunked(self, x: torch.Tensor, chunk_frames: int = DEFAULT_CHUNK_FRAMES, tile: int | None = None):
        """``encode`` in temporal chunks (and optional spatial tiles); equals the whole-clip result."""
        return self.encode(x, chunk_frames=chunk_frames, tile=tile)

    # ------------------------------------------------------------------ decode

    def _decode_tiled(self, z: torch.Tensor, cache: list[Cache], tile: int | None) -> torch.Tensor:
        """Decode one raw latent chunk (B, C, t, H', W'), spatially tiled (``tile`` in pixels)."""
        H, W = z.shape[3], z.shape[4]
        s = self.cfg.spatial
        if tile is None or (tile >= H * s and tile >= W * s):
            if not cache:
                cache.append({})
            return self.decoder(z, cache[0])
        return _run_tiled(self.decoder, z, cache, tile // s, self._halo[1], s, 1)

    def decode_raw(self, z: torch.Tensor) -> torch.Tensor:
        """Raw latent (B, C, T', H', W') -> unclamped frames (B, 3, 1 + temporal (T'-1), 8H', 8W'); for training."""
        return self.decoder(z.to(self.latent_scale.device))

    def decode_stream(
        self,
        z: Iterable[torch.Tensor] | torch.Tensor,
        chunk_latents: int | None = None,
        tile: int | None = None,
    ) -> Iterator[torch.Tensor]:
        """Yield decoded frames chunk by chunk (clamped to [-1, 1]) from a normalised latent.

        ``z`` is a tensor (B, C, T', H', W') split into ``chunk_latents`` latent frames per chunk
        after the first, or an iterable of such chunks in order (first chunk = latent frame 0 or
        more). Memory holds one chunk, never the whole video.
        """
        if torch.is_tensor(z):
            n = chunk_latents or DEFAULT_CHUNK_FRAMES // self.cfg.temporal
            zt = z
            z = [zt[:, :, :1]] + [zt[:, :, i:i + n] for i in range(1, zt.shape[2], n)]
        caches: list[Cache] = []
        for part in z:
            raw = self.denormalize(part.to(self.latent_scale.device))
            yield self._decode_tiled(raw, caches, tile).clamp(-1.0, 1.0)

    def decode(
        self,
        z: torch.Tensor,
        frames: int | None = None,
        height: int | None = None,
        width: int | None = None,
        chunk_latents: int | None = None,
        tile: int | None = None,
    ) -> torch.Tensor:
        """Normalised latent (B, C, T', H', W') -> frames (B, 3, frames, height, width) in [-1, 1].

        ``frames`` defaults to ``1 + temporal (T' - 1)`` and must map to T' latent frames
        (i.e. lie in ``temporal (T' - 2) + 2 .. temporal (T' - 1) + 1``); height/width default to
        ``spatial * H'`` and may crop up to ``spatial - 1`` pixels (the encoder's padding).
        """
        cfg = self.cfg
        if z.dim() != 5 or z.shape[1] != cfg.latent_channels:
            raise ValueError(f"expected a latent (B, {cfg.latent_channels}, T', H', W'), got {tuple(z.shape)}")
        full_t, full_h, full_w = 1 + cfg.temporal * (z.shape[2] - 1), cfg.spatial * z.shape[3], cfg.spatial * z.shape[4]
        frames, height, width = frames or full_t, height or full_h, width or full_w
        if cfg.latent_shape(frames, height, width)[1:] != tuple(z.shape[2:]):
            raise ValueError(
                f"{frames} frames of {height}x{width} do not match a latent of {tuple(z.shape[2:])}"
            )
        if chunk_latents is None and tile is None and self._auto(full_t, full_h, full_w):
            chunk_latents = DEFAULT_CHUNK_FRAMES // cfg.temporal
        if chunk_latents is None and tile is None:
            x = self.decoder(self.denormalize(z.to(self.latent_scale.device))).clamp(-1.0, 1.0)
        else:
            x = torch.cat(list(self.decode_stream(z, chunk_latents, tile)), dim=2)
        return x[:, :, :frames, :height, :width]

    def decode_chunked(self, z: torch.Tensor, frames: int | None = None, chunk_latents: int = 4, tile: int | None = None):
        """``decode`` in temporal chunks (and optional spatial tiles); equals the whole-clip result."""
        return self.decode(z, frames, chunk_latents=chunk_latents, tile=tile)

    def forward(self, x: torch.Tensor, generator: torch.Generator | None = None):
        """Training pass: (B, 3, T, H, W) -> (reconstruction, mean, logvar), reconstruction unclamped."""
        mean, logvar = self.encode_moments(x)
        noise = torch.randn(mean.shape, generator=generator, device=mean.device, dtype=mean.dtype)
        z = mean + torch.exp(0.5 * logvar) * noise
        rec = self.decode_raw(z)
        return rec[:, :, : x.shape[2], : x.shape[3], : x.shape[4]], mean, logvar
