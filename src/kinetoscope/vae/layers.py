"""The VAE's building blocks, every one causal in time and local in space.

Causal in time: a convolution sees only the current and past frames (the past of frame 0 is
zeros, as in Wan 2.1, or frame 0 repeated, as in CogVideoX), which makes an image a
one-frame video and lets a long video go through in chunks with a small cache of past frames
per layer (``Cache``), the scheme of both those causal VAEs.

Local in space: normalisation is over channels at each position (RMSNorm, as in Wan 2.1's VAE),
never over space or time (GroupNorm over (T, H, W) would let the future and far-away pixels
leak in), so a tile computed with a wide enough halo equals the same region of the whole frame.

Down/up steps pack 2x2 (x2 in time) neighbourhoods into channels and back (a 1x1 conv on
the packed channels), with a parameter-free residual shortcut that averages or repeats
channel groups (DC-AE, Chen et al. 2024, "Deep Compression Autoencoder"): the learned path
only has to add a correction.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from einops import rearrange
from torch import nn

# Per-layer state of a chunked pass: a causal conv stores its last (kt - 1) input frames; a
# time-down/up step stores that it has already seen the first frame. Keys are the modules.
Cache = dict


def _conv3d(conv: nn.Conv3d, x: torch.Tensor) -> torch.Tensor:
    """``conv(x)``, in the convolution's dtype unless autocast decides.

    PyTorch's CPU heuristic sends fp32 3-D convolutions with batch 1 and modest size to its
    reference kernel (``slow_conv3d``), which measured ~9x slower here than oneDNN, the kernel
    larger batches get anyway; so batch-1 fp32 inference calls oneDNN directly.
    """
    autocast = torch.is_autocast_enabled(x.device.type)
    if not autocast:
        x = x.to(conv.weight.dtype)
    if (x.device.type == "cpu" and x.dtype == torch.float32 and not autocast and x.shape[0] == 1
            and not torch.is_grad_enabled() and torch.backends.mkldnn.is_available()
            and hasattr(torch, "mkldnn_convolution")):
        return torch.mkldnn_convolution(x.contiguous(), conv.weight, conv.bias, conv.padding,
                                        conv.stride, conv.dilation, conv.groups)
    return conv(x)


class CausalConv3d(nn.Module):
    """Conv3d with kernel (kt, k, k): zero "same" padding in space, past-only padding in time."""

    def __init__(self, cin: int, cout: int, kt: int = 3, k: int = 3, pad: str = "replicate"):
        super().__init__()
        self.kt, self.pad = kt, pad
        self.conv = nn.Conv3d(cin, cout, (kt, k, k), padding=(0, k // 2, k // 2))

    def forward(self, x: torch.Tensor, cache: Cache | None = None) -> torch.Tensor:
        # x: (B, C, T, H, W) -> (B, C', T, H, W)
        if self.kt > 1:
            past = cache.get(self) if cache is not None else None
            if past is None and self.pad == "zeros":  # start of the video: an empty past (as Wan)
                past = x.new_zeros(x.shape[0], x.shape[1], self.kt - 1, x.shape[3], x.shape[4])
            elif past is None:  # or frame 0 repeated (as CogVideoX)
                past = x[:, :, :1].expand(-1, -1, self.kt - 1, -1, -1)
            x = torch.cat([past, x], dim=2)
            if cache is not None:
                cache[self] = x[:, :, -(self.kt - 1):].clone()
        return _conv3d(self.conv, x)


class ChannelRMSNorm(nn.Module):
    """RMS normalisation over channels at each (t, h, w), in fp32, with a learned gain."""

    def __init__(self, channels: int, eps: float = 1e-6):
        super().__init__()
        self.eps = eps
        self.gain = nn.Parameter(torch.ones(channels))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # (B, C, T, H, W) -> same, fp32
        x = x.float()
        x = x * torch.rsqrt(x.pow(2).mean(dim=1, keepdim=True) + self.eps)
        return x * self.gain.float()[None, :, None, None, None]


class ResBlock(nn.Module):
    """Pre-norm residual block: x + conv(silu(norm(conv(silu(norm(x)))))), causal in time."""

    def __init__(self, channels: int, kt: int, pad: str = "replicate"):
        super().__init__()
        self.norm1 = ChannelRMSNorm(channels)
        self.conv1 = CausalConv3d(channels, channels, kt, pad=pad)
        self.norm2 = ChannelRMSNorm(channels)
        self.conv2 = CausalConv3d(channels, channels, kt, pad=pad)
        # Zero-init the branch's last conv (as ADM's zero_module): every block starts as the
        # identity, so the untrained net is the parameter-free shortcut path and learns fast.
        nn.init.zeros_(self.conv2.conv.weight)
        nn.init.zeros_(self.conv2.conv.bias)

    def forward(self, x: torch.Tensor, cache: Cache | None = None) -> torch.Tensor:
        # (B, C, T, H, W) -> same
        h = self.conv1(F.silu(self.norm1(x)), cache)
        h = self.conv2(F.silu(self.norm2(h)), cache)
        return x + h.float()


def _match_channels(x: torch.Tensor, cout: int) -> torch.Tensor:
    """The DC-AE shortcut: average (cin > cout) or repeat (cin < cout) groups of channels."""
    cin = x.shape[1]
    if cin > cout:
        return x.unflatten(1, (cout, cin // cout)).mean(dim=2)
    if cin < cout:
        return x.repeat_interleave(cout // cin, dim=1)
    return x


class Down(nn.Module):
    """Halve time (ft=2) and/or space (fs=2): pack the neighbourhood into channels, then a 1x1 conv.

    Time is packed causally: at the start of the video the first frame is repeated once, so
    frame 0 forms a group alone and later groups are frames (1, 2), (3, 4), ...
    """

    def __init__(self, cin: int, cout: int, ft: int, fs: int, shortcut: bool = True):
        super().__init__()
        self.ft, self.fs, self.shortcut = ft, fs, shortcut
        self.proj = nn.Conv3d(cin * ft * fs * fs, cout, 1)
        self.cout = cout

    def forward(self, x: torch.Tensor, cache: Cache | None = None) -> torch.Tensor:
        # x: (B, C, T, H, W) -> (B, C', T/ft, H/fs, W/fs), T counted after the first-frame repeat
        if self.ft == 2:
            first = cache is None or self not in cache
            if first:
                x = torch.cat([x[:, :, :1], x], dim=2)
                if cache is not None:
                    cache[self] = True
            if x.shape[2] % 2:
                raise ValueError("time-down needs 1 + 2k frames in the first chunk and 2k later")
        x = rearrange(x, "b c (t ft) (h fh) (w fw) -> b (c ft fh fw) t h w", ft=self.ft, fh=self.fs, fw=self.fs)
        y = _conv3d(self.proj, x).float()
        return y + _match_channels(x.float(), self.cout) if self.shortcut else y


class Up(nn.Module):
    """Double time (ft=2) and/or space (fs=2): a 1x1 conv to ft*fs*fs groups, then unpack.

    The mirror of ``Down``: the first latent frame unpacks to two frames of which the first
    (the repeated copy) is dropped, so T' latent frames give 1 + 2 (T' - 1) frames.
    """

    def __init__(self, cin: int, cout: int, ft: int, fs: int, shortcut: bool = True):
        super().__init__()
        self.ft, self.fs, self.shortcut = ft, fs, shortcut
        self.packed = cout * ft * fs * fs
        self.proj = nn.Conv3d(cin, self.packed, 1)

    def forward(self, x: torch.Tensor, cache: Cache | None = None) -> torch.Tensor:
        # x: (B, C, T, H, W) -> (B, C', T*ft (minus 1 at the start), H*fs, W*fs)
        y = _conv3d(self.proj, x).float()
        if self.shortcut:
            y = y + _match_channels(x.float(), self.packed)
        y = rearrange(y, "b (c ft fh fw) t h w -> b c (t ft) (h fh) (w fw)", ft=self.ft, fh=self.fs, fw=self.fs)
        if self.ft == 2 and (cache is None or self not in cache):
            y = y[:, :, 1:]
            if cache is not None:
                cache[self] = True
        return y
