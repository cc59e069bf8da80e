"""Neural-net layers shared by the models: norms, 3D RoPE, the one `attention()`, MLP, timestep
embedding, adaLN modulation and the precision policy.

Everything that touches attention goes through `attention()` so that a better kernel (a new
SDPA backend, FlexAttention, a varlen flash kernel) is a change in one place. Shapes use one
set of names: `B` batch, `N` tokens, `D` width, `H` heads, `K` head width, `L` text tokens.

Precision policy (one for the whole system): matrix products run in bf16 under autocast,
where the device multiplies bf16 natively (CUDA with bf16, CPUs with AVX512-BF16/AMX); norms,
RoPE, softmax statistics, the residual stream and the loss stay in fp32. fp16 is never used:
on CPU it is emulated (about 100x slower than bf16 on the machine this was written on) and
on GPU it needs loss scaling that bf16 does not.
"""

from __future__ import annotations

import math
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

# --------------------------------------------------------------------------------------------
# Precision policy


@lru_cache(maxsize=1)
def cpu_has_native_bf16() -> bool:
    """True when this CPU multiplies bf16 in hardware (AVX512-BF16 or AMX), so autocast pays."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:  # not Linux: be conservative, fp32 is always correct
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def compute_dtype(device: torch.device | str, precision: str = "auto") -> torch.dtype:
    """The dtype matrix products use on ``device``: bf16 where it is native, else fp32.

    ``precision`` is "auto" (the policy above), "bf16" (force) or "fp32" (disable autocast).
    """
    if precision not in ("auto", "bf16", "fp32"):
        raise ValueError(f"precision must be 'auto', 'bf16' or 'fp32', got {precision!r}")
    if precision == "fp32":
        return torch.float32
    if precision == "bf16":
        return torch.bfloat16
    kind = torch.device(device).type
    if kind == "cuda":
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float32
    if kind == "cpu":
        return torch.bfloat16 if cpu_has_native_bf16() else torch.float32
    return torch.float32


def autocast(device: torch.device | str, precision: str = "auto") -> AbstractContextManager:
    """The precision policy as a context: bf16 autocast for linear layers and attention.

    Layers in this package keep their norms, RoPE and residual stream in fp32 themselves
    (autocast alone would run CPU norms in bf16), so wrapping a forward pass and the loss's
    inputs in this is all a caller does. Compute the loss itself outside, in fp32.
    """
    kind = torch.device(device).type
    dtype = compute_dtype(device, precision)
    return torch.autocast(kind, dtype=torch.bfloat16, enabled=dtype == torch.bfloat16)


# --------------------------------------------------------------------------------------------
# Norms


class RMSNorm(nn.Module):
    """RMSNorm (Zhang & Sennrich 2019), computed in fp32 and returned in the input's dtype."""

    def __init__(self, dim: int, eps: float = 1e-6, affine: bool = True):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim)) if affine else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # (..., D) -> (..., D)
        w = None if self.weight is None else self.weight.float()
        return F.rms_norm(x.float(), (x.shape[-1],), w, self.eps).type_as(x)


def layer_norm32(x: torch.Tensor, eps: float = 1e-6) -> torch.Tensor:
    """LayerNorm without affine parameters in fp32, the pre-norm that adaLN modulates (DiT).

    LayerNorm rather than RMSNorm here because torch's fused CPU backward for layer_norm is
    about 2x faster than rms_norm's (measured), and the adaLN shift makes centring free anyway.
    """
    return F.layer_norm(x.float(), (x.shape[-1],), eps=eps)  # (..., D) fp32


# --------------------------------------------------------------------------------------------
# 3D rotary position embedding (RoPE, Su et al. 2021) over (t, h, w)


def rope_split(head_dim: int) -> tuple[int, int, int]:
    """Default rotation pairs per axis (t, h, w): h and w get a third each, t the rest.

    The same split Wan uses; with head width 64 that is (12, 10, 10) pairs.
    """
    pairs = head_dim // 2
    hw = pairs // 3
    return (pairs - 2 * hw, hw, hw)


def rope_frequencies(split: tuple[int, int, int], theta: float = 10000.0) -> torch.Tensor:
    """Angular frequency of each rotation pair, grouped by axis: (sum(split),) fp32.

    Each axis is an independent 1D RoPE over its own pairs, with the usual geometric ladder
    theta^(-2i/d) for that axis' width d = 2 * pairs, so positions along t, h and w are all
    encoded at every scale (as in Wan and HunyuanVideo's 3D RoPE).
    """
    parts = []
    for pairs in split:
        i = torch.arange(pairs, dtype=torch.float64)
        parts.append(theta ** (-2.0 * i / (2 * pairs)) if pairs else i)
    return torch.cat(parts).float()


def grid_positions(
    t: int, h: int, w: int, device: torch.device | str | None = None
) -> torch.Tensor:
    """Integer (t, h, w) coordinates of a token grid in raster order: (t*h*w, 3) fp32."""
    axes = [torch.arange(n, device=device, dtype=torch.float32) for n in (t, h, w)]
    return torch.stack(torch.meshgrid(*axes, indexing="ij"), dim=-1).reshape(-1, 3)


def rope_angles(
    positions: torch.Tensor, freqs: torch.Tensor, split: tuple[int, int, int]
) -> tuple[torch.Tensor, torch.Tensor]:
    """cos and sin of every token's rotation angles: positions (N, 3) -> 2 x (N, K/2) fp32."""
    axis = torch.repeat_interleave(
        torch.arange(3, device=positions.device), torch.tensor(split, device=positions.device)
    )  # (K/2,) which axis each pair rotates with
    angles = positions.float()[:, axis] * freqs.to(positions.device)  # (N, K/2)
    return angles.cos(), angles.sin()


def apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotate pairs (x[i], x[i + K/2]) of x (B, N, H, K) by the angles; cos/sin (B|1, N, K/2).

    The "half split" layout (GPT-NeoX) rather than interleaved pairs: two contiguous halves,
    no strided access. Computed in fp32; returns fp32.
    """
    x = x.float()
    c, s = cos.unsqueeze(-2), sin.unsqueeze(-2)  # (B|1, N, 1, K/2)
    x1, x2 = x.chunk(2, dim=-1)
    return torch.cat((x1 * c - x2 * s, x1 * s + x2 * c), dim=-1)


class _NormRope(torch.autograd.Function):
    """RMSNorm over the head width, then RoPE, then a scale; fp32 inside, written once in
    the compute dtype and heads-first. The backward is written out by hand: autograd's
    decomposition of rms_norm + RoPE makes ~3x more passes over q and k, which on a CPU
    costs more than the attention matmuls themselves at small widths."""

    @staticmethod
    def forward(ctx, x, weight, cos, sin, scale, eps, dtype):
        B, N, H, K = x.shape
        acc = torch.promote_types(x.dtype, torch.float32)  # fp32 (fp64 stays, for gradcheck)
        # Both read x in its own dtype and compute in fp32: no fp32 copy of x is made.
        r = (
            torch.linalg.vector_norm(x, dim=-1, keepdim=True, dtype=acc)
            .square_()
            .div_(K)
            .add_(eps)
            .rsqrt_()
        )
        xhat = x * r  # (B, N, H, K) unit RMS, fp32 by type promotion
        y = xhat * weight.to(xhat.dtype) if weight is not None else xhat
        out = torch.empty((B, H, N, K), dtype=dtype, device=x.device).transpose(1, 2)
        if cos is None:
            torch.mul(y, scale, out=out)
            c = s = None
        else:
            c, s = cos.unsqueeze(-2) * scale, sin.unsqueeze(-2) * scale  # (B|1, N, 1, K/2)
            y1, y2 = y.chunk(2, dim=-1)
            o1, o2 = out.chunk(2, dim=-1)
            torch.addcmul(y1 * c, y2, s, value=-1, out=o1)  # rotate pairs (i, i + K/2)
            torch.addcmul(y2 * c, y1, s, out=o2)
        # Save the input (a bf16 view of the QKV output, which stays alive for v anyway), not
        # the fp32 xhat: half the activation memory for one more pass in backward.
        ctx.save_for_backward(x, r, weight, c, s)
        ctx.scale, ctx.in_dtype = scale, x.dtype
        return out.transpose(1, 2)  # (B, H, N, K), contiguous

    @staticmethod
    def backward(ctx, g):
        x, r, weight, c, s = ctx.saved_tensors
        xhat = x * r  # recomputed, fp32 by type promotion
        g = g.transpose(1, 2)  # (B, N, H, K)
        if c is None:
            gy = g.to(xhat.dtype).mul(ctx.scale)
        else:  # the transposed rotation
            gy = torch.empty(xhat.shape, dtype=xhat.dtype, device=xhat.device)
            g1, g2 = g.chunk(2, dim=-1)
            gy1, gy2 = gy.chunk(2, dim=-1)
            torch.mul(g1, c, out=gy1).addcmul_(g2, s)
            torch.mul(g2, c, out=gy2).addcmul_(g1, s, value=-1)
        gw = None
        if weight is not None:
            if ctx.needs_input_grad[1]:
                gw = (gy * xhat).reshape(-1, xhat.shape[-1]).sum(0).to(weight.dtype)
            gy.mul_(weight.to(gy.dtype))
        # d rmsnorm: r * (g - xhat * mean(g * xhat))
        dot = torch.linalg.vecdot(gy, xhat, dim=-1).unsqueeze(-1).div_(xhat.shape[-1])
        gx = gy.addcmul_(xhat, dot, value=-1).mul_(r)
        return gx.to(ctx.in_dtype), gw, None, None, None, None, None


def norm_rope(
    x: torch.Tensor,
    weight: torch.Tensor | None,
    rope: tuple[torch.Tensor, torch.Tensor] | None,
    scale: float = 1.0,
    eps: float = 1e-6,
    dtype: torch.dtype | None = None,
) -> torch.Tensor:
    """QK-norm, RoPE and a scale for queries or keys: x (B, N, H, K) -> (B, H, N, K).

    RMSNorm over each head's K with ``weight`` (None: no weight), then the rotation by
    ``rope`` = (cos, sin) of shape (B|1, N, K/2) (None: no rotation), then ``scale`` (pass
    1/sqrt(K) for queries to fold attention's scale in). Computed in fp32, returned in
    ``dtype`` (default: x's), heads-first and contiguous as attention wants it.
    """
    cos, sin = rope if rope is not None else (None, None)
    return _NormRope.apply(x, weight, cos, sin, float(scale), eps, dtype or x.dtype)


# --------------------------------------------------------------------------------------------
# Attention


@dataclass(frozen=True)
class BlockDiagonalMask:
    """Packed sequences: query segment i attends only to key segment i (NaViT, Dehghani 2023).

    ``q_lens`` and ``kv_lens`` are the segment lengths along the packed token axis. A
    segment with no keys (a prompt with no tokens) gets a zero output.
    """

    q_lens: tuple[int, ...]
    kv_lens: tuple[int, ...]

    def __post_init__(self):
        if len(self.q_lens) != len(self.kv_lens):
            raise ValueError("BlockDiagonalMask needs as many key segments as query segments")


# Score elements per block of the explicit path: 2^19 scores (1 MiB in bf16) stay in cache.
_BLOCK_SCORES = 2**19
# Above this many scores (B*H*Nq*Nk) the explicit path's saved probabilities cost too much
# memory and the fused kernel (O(N) memory) is used instead.
_EXPLICIT_MAX_SCORES = 2**24


def _use_explicit(q: torch.Tensor, k: torch.Tensor) -> bool:
    """bf16 on CPU with a moderate number of scores: the explicit path is the faster one."""
    B, H, Nq, _ = q.shape
    return (
        q.device.type == "cpu"
        and q.dtype == torch.bfloat16
        and B * H * Nq * k.shape[2] <= _EXPLICIT_MAX_SCORES
    )


def _explicit_block(q, k, v, mask):
    s = torch.matmul(q, k.transpose(-2, -1))  # (..., Nq, Nk) bf16 matmul
    if mask is not None:
        s = s.masked_fill(~mask, float("-inf"))
    # The CPU softmax kernel computes max, exp and sum in fp32 for bf16 input; only the
    # probabilities are stored in bf16, the precision the p @ v matmul takes anyway.
    return torch.matmul(torch.softmax(s, dim=-1), v)


def _explicit_attention(q, k, v, mask, scale):
    """softmax(scale q k^T) v with bf16 matmuls and an fp32 softmax, in blocks of
    (batch, heads, query rows) small enough that each block's scores stay in cache."""
    B, H, Nq, K = q.shape
    Nk = k.shape[2]
    scale = K**-0.5 if scale is None else scale
    if scale != 1.0:
        q = q * scale  # scale the (N, K) queries, not the (N, N) scores
    if B * H * Nq * Nk <= _BLOCK_SCORES:
        return _explicit_block(q, k, v, mask)
    hc = max(1, _BLOCK_SCORES // (Nq * Nk))  # heads per block
    rc = Nq if hc > 1 else max(1, _BLOCK_SCORES // Nk)  # query rows per block
    # unbind/split q, k, v rather than index them: their backward is one cat, where each
    # indexed slice's backward would materialise (and add) a full-size gradient.
    blocks = []
    for b, (qb, kb, vb) in enumerate(zip(q.unbind(0), k.unbind(0), v.unbind(0))):  # (H, N, K)
        mb = None if mask is None else mask[b if mask.shape[0] > 1 else 0]  # (H|1, Nq|1, Nk)
        for i, (qh, kh, vh) in enumerate(zip(qb.split(hc), kb.split(hc), vb.split(hc))):
            mh = None if mb is None else mb[i * hc : (i + 1) * hc] if mb.shape[0] > 1 else mb
            rows = []
            for j, qr in enumerate(qh.split(rc, dim=1)):
                mr = None if mh is None else mh[:, j * rc : (j + 1) * rc] if mh.shape[1] > 1 else mh
                rows.append(_explicit_block(qr, kh, vh, mr))  # (h, rc, K)
            blocks.append(torch.cat(rows, dim=1) if len(rows) > 1 else rows[0])
    return torch.cat(blocks).view(B, H, Nq, K)  # one copy


def _sdpa(q, k, v, mask, scale):
    if _use_explicit(q, k):
        return _explicit_attention(q, k, v, mask, scale)
    return F.scaled_dot_product_attention(q, k, v, attn_mask=mask, scale=scale)


def attention(
    q: torch.Tensor,
    k: torch.Tensor,
    v: torch.Tensor,
    mask: torch.Tensor | BlockDiagonalMask | None = None,
    scale: float | None = None,
) -> torch.Tensor:
    """Scaled dot-product attention: q (B, H, Nq, K), k and v (B, H, Nk, K) -> (B, H, Nq, K).

    ``mask`` is None (full attention), a bool tensor broadcastable to (B, H, Nq, Nk) with
    True = may attend, or a ``BlockDiagonalMask`` over packed sequences (then B = 1).
    Query rows with no key to attend to return zeros rather than NaN. ``scale`` multiplies
    the logits (default 1/sqrt(K); pass 1.0 when ``norm_rope`` already scaled the queries).

    Kernel choice (measured, benchmarks/bench_dit.py prints it): on GPU, and on CPU in fp32,
    torch SDPA (flash / memory-efficient / cuDNN kernels on GPU, the fused flash kernel on
    CPU, which also takes a boolean mask). On CPU in bf16, torch's flash kernel runs at
    fp32 speed while bf16 matmuls run ~4x faster, so for up to 2^24 scores attention is
    computed explicitly: bf16 matmuls, fp32 softmax, in cache-sized blocks (about 2x faster
    than SDPA's flash and math backends at the sizes a CPU trains on). Block-diagonal masks
    run segment by segment, which costs exactly the attention of the separate samples (no
    N^2 mask, no wasted blocks).
    """
    if isinstance(mask, BlockDiagonalMask):
        if q.shape[0] != 1:
            raise ValueError("a BlockDiagonalMask needs packed inputs with batch size 1")
        qs = q.split(list(mask.q_lens), dim=2)
        ks = k.split(list(mask.kv_lens), dim=2)
        vs = v.split(list(mask.kv_lens), dim=2)
        outs = [
            _sdpa(qi, ki, vi, None, scale) if ki.shape[2] else torch.zeros_like(qi)
            for qi, ki, vi in zip(qs, ks, vs)
        ]
        return torch.cat(outs, dim=2)
    if mask is None:
        return _sdpa(q, k, v, None, scale)
    empty = ~mask.any(dim=-1, keepdim=True)  # rows with nothing to attend to
    if bool(empty.any()):
        # Let empty rows attend everywhere (finite softmax, finite gradients), then zero them.
        return _sdpa(q, k, v, mask | empty, scale).masked_fill(empty, 0.0)
    return _sdpa(q, k, v, mask, scale)


# --------------------------------------------------------------------------------------------
# MLP, timestep embedding, adaLN


MLP_KINDS = ("gelu", "gelu_tanh", "swiglu")


class Mlp(nn.Module):
    """Transformer MLP: GELU (exact), GELU-tanh (DiT, Wan) or SwiGLU (Shazeer 2020).

    Exact GELU is the default: it is the function the tanh form approximates (Hendrycks &
    Gimpel 2016), and on an AVX-512 CPU its forward + backward is ~3x faster (2.5 vs 7.4 ms
    on a 1280 x 2048 bf16 activation, one core); on GPU both are memory-bound and equal.
    """

    def __init__(self, dim: int, hidden: int, kind: str = "gelu"):
        super().__init__()
        if kind not in MLP_KINDS:
            raise ValueError(f"mlp kind must be one of {', '.join(MLP_KINDS)}, got {kind!r}")
        self.kind = kind
        self.fc1 = nn.Linear(dim, hidden * (2 if kind == "swiglu" else 1))
        self.fc2 = nn.Linear(hidden, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # (B, N, D) -> (B, N, D)
        h = self.fc1(x)  # (B, N, hidden) or (B, N, 2 * hidden)
        if self.kind == "swiglu":
            a, b = h.chunk(2, dim=-1)
            h = F.silu(a) * b
        else:
            h = F.gelu(h, approximate="tanh" if self.kind == "gelu_tanh" else "none")
        return self.fc2(h)


def timestep_embedding(t: torch.Tensor, dim: int, max_period: float = 10000.0) -> torch.Tensor:
    """Sinusoidal features of t (B,) -> (B, dim) fp32 (Vaswani 2017; as in DiT/ADM).

    Flow-matching time lives in [0, 1]; it is scaled by 1000 so the frequencies cover it
    as they cover diffusion step indices in DiT.
    """
    half = dim // 2
    freqs = torch.exp(
        -math.log(max_period) * torch.arange(half, device=t.device, dtype=torch.float32) / half
    )
    args = 1000.0 * t.float()[:, None] * freqs[None]  # (B, dim/2)
    emb = torch.cat((torch.cos(args), torch.sin(args)), dim=-1)
    if dim % 2:
        emb = F.pad(emb, (0, 1))
    return emb


class TimestepEmbedder(nn.Module):
    """t (B,) -> (B, D): sinusoidal features then a 2-layer SiLU MLP (DiT)."""

    def __init__(self, dim: int, freq_dim: int = 256):
        super().__init__()
        self.freq_dim = freq_dim
        self.fc1 = nn.Linear(freq_dim, dim)
        self.fc2 = nn.Linear(dim, dim)

    def forward(self, t: torch.Tensor) -> torch.Tensor:  # (B,) -> (B, D)
        h = timestep_embedding(t, self.freq_dim).to(self.fc1.weight.dtype)
        return self.fc2(F.silu(self.fc1(h)))


def modulate(x: torch.Tensor, shift: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
    """adaLN: x * (1 + scale) + shift, in one fused kernel (addcmul). x (B, N, D) fp32."""
    return torch.addcmul(shift, x, 1.0 + scale)


def gated_residual(x: torch.Tensor, gate: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """x + gate * y, adaLN-zero's gate; a bf16 ``y`` is promoted inside the one kernel, so
    the residual stream stays in x's dtype (fp32) at no extra pass."""
    return torch.addcmul(x, gate.to(x.dtype), y)
