"""The diffusion transformer: a video latent in, a flow-matching velocity out.

Sora's recipe (Brooks et al. 2024, "Video generation models as world simulators"): cut the
latent video into spacetime patches, treat them as tokens, and let a transformer denoise
them at their native duration, size and aspect ratio. Concretely (one screen per part):

    latent x (B, C, T, H, W) [+ cond: known latents and a mask, (B, C+1, T, H, W)]
      -> patchify (pt, ph, pw) -> linear -> tokens (B, N, D)        N = T/pt * H/ph * W/pw
      -> depth x block:  adaLN(t) -> self-attention (QK-norm, 3D RoPE) -> gate
                         norm     -> cross-attention to the text tokens
                         adaLN(t) -> MLP -> gate
      -> adaLN(t) -> linear -> unpatchify -> velocity (B, C, T, H, W)

- Positions are 3D RoPE over (t, h, w) (Su et al. 2021; as Wan, HunyuanVideo), no learned
  absolute table, so any grid is native. RoPE is relative: on its own a token cannot tell
  the left of the frame from the right (a constant input gives a constant output), and a
  prompt that says "on the left" needs exactly that. So each token also gets where it sits
  *in its frame*: sinusoidal features of its fractional (y / H, x / W) centre through one
  zero-initialised linear layer (``frame_pos``; NaViT's fractional position embeddings,
  Dehghani et al. 2023), the same for every size and aspect ratio.
- Time conditioning is adaLN-zero (Peebles & Xie 2023, "Scalable Diffusion Models with
  Transformers"): every modulation and the output projection start at zero, so each block
  is the identity at init and the model outputs 0. The modulation is computed once from t
  and shared by all blocks plus a learned per-block table (adaLN-single, PixArt-alpha, Chen
  et al. 2023; also Wan): ~27% fewer parameters than one adaLN MLP per block, same FLOPs.
- QK-norm (RMSNorm on q and k per head; Dehghani et al. 2023) keeps attention logits bounded
  in long bf16 runs.
- Packing (NaViT, Dehghani et al. 2023): ``forward_packed`` runs samples of different sizes
  as one token sequence with block-diagonal attention, so training on native sizes wastes
  no compute on padding. Linear layers see one big matrix; attention stays per sample.

Rectified-flow convention shared with `diffusion`: x_t = (1 - t) x0 + t e, t in [0, 1] with
t = 1 pure noise, and the model predicts the velocity e - x0.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

import torch
import torch.nn.functional as F
from einops import rearrange
from torch import nn
from torch.utils.checkpoint import checkpoint

from kinetoscope.config import from_dict, to_dict
from kinetoscope.errors import UserError
from kinetoscope.nn import (
    MLP_KINDS,
    BlockDiagonalMask,
    Mlp,
    RMSNorm,
    TimestepEmbedder,
    apply_rope,
    attention,
    gated_residual,
    grid_positions,
    layer_norm32,
    modulate,
    norm_rope,
    rope_angles,
    rope_frequencies,
    rope_split,
)


@dataclass(frozen=True)
class DiTConfig:
    """Shape of a DiT. Sizes are presets (``DIT_PRESETS``), never copied classes."""

    dim: int = 256  # D, token width
    depth: int = 6  # number of blocks
    heads: int = 4  # attention heads; head width K = dim / heads
    patch: tuple[int, int, int] = (1, 2, 2)  # (pt, ph, pw) spacetime patch in latent cells
    latent_channels: int = 16  # C, from the VAE
    text_dim: int = 256  # width of the text encoder's tokens
    mlp_ratio: float = 4.0  # MLP hidden width = dim * mlp_ratio
    mlp: Literal["gelu", "gelu_tanh", "swiglu"] = "gelu"  # exact GELU: 3x faster on CPU
    qk_norm: bool = True
    cond: bool = True  # extra input channels: known latents (C) + mask (1); zeros when unused
    rope_theta: float = 10000.0
    rope_split: tuple[int, int, int] | None = None  # rotation pairs for (t, h, w); None = auto
    freq_dim: int = 256  # sinusoidal timestep features
    eps: float = 1e-6
    checkpointing: bool = False  # recompute blocks in backward (activation memory ~1/depth)
    frame_pos: bool = False  # fractional (y/H, x/W) position embedding; the presets turn it on

    def __post_init__(self):
        for name in ("dim", "depth", "heads", "latent_channels", "text_dim", "freq_dim"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive, got {getattr(self, name)}.")
        if len(self.patch) != 3 or min(self.patch) <= 0:
            raise ValueError(f"patch must be three positive sizes (t, h, w), got {self.patch}.")
        if self.dim % self.heads:
            raise ValueError(f"dim ({self.dim}) must be divisible by heads ({self.heads}).")
        if self.head_dim % 2:
            raise ValueError(f"head width dim/heads ({self.head_dim}) must be even for RoPE.")
        if self.mlp_ratio <= 0:
            raise ValueError(f"mlp_ratio must be positive, got {self.mlp_ratio}.")
        if self.mlp not in MLP_KINDS:
            raise ValueError(f"mlp must be one of {', '.join(MLP_KINDS)}, got {self.mlp!r}.")
        split = self.rope_pairs
        if len(split) != 3 or min(split) < 0 or sum(split) != self.head_dim // 2:
            raise ValueError(
                f"rope_split must be 3 pair counts summing to head width / 2 "
                f"({self.head_dim // 2}), got {split}."
            )

    @property
    def head_dim(self) -> int:
        return self.dim // self.heads

    @property
    def mlp_hidden(self) -> int:
        return round(self.dim * self.mlp_ratio)

    @property
    def rope_pairs(self) -> tuple[int, int, int]:
        return tuple(self.rope_split) if self.rope_split is not None else rope_split(self.head_dim)

    @property
    def patch_volume(self) -> int:
        return self.patch[0] * self.patch[1] * self.patch[2]

    @property
    def in_channels(self) -> int:
        """Input channels: the noisy latent, then (if ``cond``) known latents and the mask."""
        return self.latent_channels * (2 if self.cond else 1) + (1 if self.cond else 0)


# Presets: `tiny` trains on 2 CPU cores; `base` is ~1B parameters (Wan-1.3B-like width);
# `xl` ~4.9B. The text width follows the encoder (pass text_dim=...); 4096 is T5-XXL/umT5.
DIT_PRESETS: dict[str, DiTConfig] = {
    "tiny": DiTConfig(dim=256, depth=6, heads=4, text_dim=256, frame_pos=True),
    "small": DiTConfig(dim=512, depth=12, heads=8, text_dim=512, frame_pos=True),
    "base": DiTConfig(dim=1536, depth=28, heads=12, text_dim=4096, checkpointing=True, frame_pos=True),
    "xl": DiTConfig(dim=3072, depth=32, heads=24, text_dim=4096, checkpointing=True, frame_pos=True),
}


def dit_config(name: str, **overrides) -> DiTConfig:
    """A preset with overrides, type-checked like a config file: dit_config("tiny", depth=2)."""
    if name not in DIT_PRESETS:
        raise UserError(f"Unknown model preset {name!r}; choose one of {', '.join(DIT_PRESETS)}.")
    data = {**to_dict(DIT_PRESETS[name]), **overrides}
    return from_dict(DiTConfig, data, where=f"model preset {name!r}")


# Octaves of the frame position features: sin and cos of 2^k * pi * u, k < 8, per axis, so
# positions 1/256 of the frame apart differ (the largest frame is 256 pixels).
FRAME_POS_FREQS = 8


def frame_position_features(grid: tuple[int, int, int], shape: tuple[int, int, int],
                            patch: tuple[int, int, int], device=None) -> torch.Tensor:
    """(N, 4 * FRAME_POS_FREQS) features of each token's centre as a fraction of its frame
    (y / H, x / W in [0, 1]; padded tokens a little past 1), in raster order like ``grid_positions``."""
    (t, h, w), (_, H, W), (_, ph, pw) = grid, shape, patch
    y = (torch.arange(h, device=device, dtype=torch.float32) * ph + ph / 2) / H
    x = (torch.arange(w, device=device, dtype=torch.float32) * pw + pw / 2) / W
    freqs = torch.pi * 2.0 ** torch.arange(FRAME_POS_FREQS, device=device, dtype=torch.float32)

    def feats(u: torch.Tensor) -> torch.Tensor:  # (n,) -> (n, 2F)
        a = u[:, None] * freqs
        return torch.cat([a.sin(), a.cos()], dim=-1)

    fy = feats(y)[:, None].expand(h, w, -1)
    fx = feats(x)[None].expand(h, w, -1)
    per_frame = torch.cat([fy, fx], dim=-1).reshape(h * w, -1)  # (h*w, 4F)
    return per_frame.repeat(t, 1)  # (t*h*w, 4F)


# --------------------------------------------------------------------------------------------
# Counting


def num_params(cfg: DiTConfig) -> int:
    """Exact number of parameters of ``DiT(cfg)`` (tested against the module)."""
    D, Dt, F_, K = cfg.dim, cfg.text_dim, cfg.mlp_hidden, cfg.head_dim
    pin, pout = cfg.in_channels * cfg.patch_volume, cfg.latent_channels * cfg.patch_volume
    glu = 2 if cfg.mlp == "swiglu" else 1
    qk = 2 * K if cfg.qk_norm else 0
    block = (
        (3 * D * D + 3 * D)
        + qk
        + (D * D + D)  # self-attention: qkv, q/k norms, out
        + 2 * D  # cross-attention pre-norm (LayerNorm with affine)
        + (D * D + D)
        + (2 * D * D + 2 * D)
        + qk
        + (D * D + D)  # cross: q, kv, norms, out
        + (D * F_ * glu + F_ * glu)
        + (F_ * D + D)  # MLP
        + 6 * D  # per-block adaLN table
    )
    return (
        (pin * D + D)  # patch embedding
        + (cfg.freq_dim * D + D)
        + (D * D + D)  # timestep MLP
        + (D * 6 * D + 6 * D)
        + (D * 2 * D + 2 * D)  # shared block / final modulation
        + (Dt * D + D)
        + (D * D + D)  # text projection
        + cfg.depth * block
        + (D * pout + pout)  # output projection
        + ((4 * FRAME_POS_FREQS * D + D) if cfg.frame_pos else 0)  # frame position embedding
    )


def flops_per_token(cfg: DiTConfig, tokens: int, text_len: int) -> float:
    """Forward matmul FLOPs (2 per multiply-add) per video token, for one sample of
    ``tokens`` video tokens and ``text_len`` text tokens (padded length; masked keys still
    cost). Per-sample work (text projection, timestep MLP) is spread over the tokens.
    Training (forward + backward) costs ~3x this.
    """
    N, L = tokens, text_len
    D, Dt, F_ = cfg.dim, cfg.text_dim, cfg.mlp_hidden
    pin, pout = cfg.in_channels * cfg.patch_volume, cfg.latent_channels * cfg.patch_volume
    glu = 2 if cfg.mlp == "swiglu" else 1
    per_block = (
        2 * N * (4 * D * D)  # qkv + out projections
        + 4 * N * N * D  # q k^T and attn v
        + 2 * N * (2 * D * D)
        + 2 * L * (2 * D * D)  # cross q, out; kv on text tokens
        + 4 * N * L * D  # cross attention
        + 2 * N * (D * F_ * glu + F_ * D)  # MLP
    )
    total = (
        2 * N * pin * D
        + 2 * (cfg.freq_dim * D + D * D + 8 * D * D)  # timestep MLP + modulations, per sample
        + 2 * L * (Dt * D + D * D)  # text projection
        + cfg.depth * per_block
        + 2 * N * D * pout
        + (2 * N * 4 * FRAME_POS_FREQS * D if cfg.frame_pos else 0)  # frame position embedding
    )
    return total / N


# --------------------------------------------------------------------------------------------
# Layers


class SelfAttention(nn.Module):
    """Multi-head self-attention with fused QKV, per-head QK-norm and 3D RoPE."""

    def __init__(self, cfg: DiTConfig):
        super().__init__()
        self.heads, self.eps = cfg.heads, cfg.eps
        self.qkv = nn.Linear(cfg.dim, 3 * cfg.dim)  # one matmul instead of three
        self.q_norm = RMSNorm(cfg.head_dim, cfg.eps) if cfg.qk_norm else None
        self.k_norm = RMSNorm(cfg.head_dim, cfg.eps) if cfg.qk_norm else None
        self.proj = nn.Linear(cfg.dim, cfg.dim)

    def forward(
        self, x: torch.Tensor, rope: tuple[torch.Tensor, torch.Tensor], mask
    ) -> torch.Tensor:
        B, N, D = x.shape
        K = D // self.heads
        q, k, v = self.qkv(x).view(B, N, 3, self.heads, K).unbind(2)  # (B, N, H, K)
        if (
            self.q_norm is not None
        ):  # norm + RoPE in fp32 (nn.py's policy), attention scale folded in
            q = norm_rope(q, self.q_norm.weight, rope, K**-0.5, self.eps, v.dtype)  # (B, H, N, K)
            k = norm_rope(k, self.k_norm.weight, rope, 1.0, self.eps, v.dtype)
        else:
            q = apply_rope(q, *rope).to(v.dtype).transpose(1, 2).mul(K**-0.5)
            k = apply_rope(k, *rope).to(v.dtype).transpose(1, 2)
        out = attention(q, k, v.transpose(1, 2), mask, scale=1.0)  # (B, H, N, K)
        return self.proj(out.transpose(1, 2).reshape(B, N, D))  # (B, N, D)


class CrossAttention(nn.Module):
    """Video tokens (queries) attend to text tokens (keys/values); fused KV; QK-norm."""

    def __init__(self, cfg: DiTConfig):
        super().__init__()
        self.heads, self.eps = cfg.heads, cfg.eps
        self.q = nn.Linear(cfg.dim, cfg.dim)
        self.kv = nn.Linear(cfg.dim, 2 * cfg.dim)
        self.q_norm = RMSNorm(cfg.head_dim, cfg.eps) if cfg.qk_norm else None
        self.k_norm = RMSNorm(cfg.head_dim, cfg.eps) if cfg.qk_norm else None
        self.proj = nn.Linear(cfg.dim, cfg.dim)

    def forward(self, x: torch.Tensor, ctx: torch.Tensor, mask) -> torch.Tensor:
        B, N, D = x.shape
        L, K = ctx.shape[1], D // self.heads
        q = self.q(x).view(B, N, self.heads, K)  # (B, N, H, K)
        k, v = self.kv(ctx).view(ctx.shape[0], L, 2, self.heads, K).unbind(2)  # (B, L, H, K)
        if self.q_norm is not None:
            q = norm_rope(q, self.q_norm.weight, None, K**-0.5, self.eps, v.dtype)  # (B, H, N, K)
            k = norm_rope(k, self.k_norm.weight, None, 1.0, self.eps, v.dtype)  # (B, H, L, K)
        else:
            q, k = q.transpose(1, 2).mul(K**-0.5), k.transpose(1, 2)
        out = attention(q, k, v.transpose(1, 2), mask, scale=1.0)  # (B, H, N, K)
        return self.proj(out.transpose(1, 2).reshape(B, N, D))  # (B, N, D)


class DiTBlock(nn.Module):
    """adaLN-zero self-attention, text cross-attention, adaLN-zero MLP."""

    def __init__(self, cfg: DiTConfig):
        super().__init__()
        self.eps = cfg.eps
        self.attn = SelfAttention(cfg)
        self.cross_norm = nn.LayerNorm(cfg.dim, eps=cfg.eps)
        self.cross = CrossAttention(cfg)
        self.mlp = Mlp(cfg.dim, cfg.mlp_hidden, cfg.mlp)
        # adaLN-single table: added to the shared time modulation (PixArt-alpha, Wan).
        self.mod = nn.Parameter(torch.zeros(6, cfg.dim))

    def forward(self, x, mod, ctx, cos, sin, self_mask, cross_mask) -> torch.Tensor:
        # x (B, N, D) residual stream; mod (B|1, 1|N, 6, D) fp32; ctx (B, L, D)
        shift1, scale1, gate1, shift2, scale2, gate2 = (mod + self.mod.float()).unbind(-2)
        h = modulate(layer_norm32(x, self.eps), shift1, scale1).type_as(x)
        x = gated_residual(x, gate1, self.attn(h, (cos, sin), self_mask))
        x = x + self.cross(self.cross_norm(x), ctx, cross_mask)  # promotes to x's dtype
        h = modulate(layer_norm32(x, self.eps), shift2, scale2).type_as(x)
        return gated_residual(x, gate2, self.mlp(h))  # (B, N, D)


# --------------------------------------------------------------------------------------------
# The model


class DiT(nn.Module):
    """Diffusion transformer over spacetime patches. See the module docstring."""

    def __init__(self, cfg: DiTConfig):
        super().__init__()
        self.cfg = cfg
        D = cfg.dim
        self.patch_embed = nn.Linear(cfg.in_channels * cfg.patch_volume, D)
        self.t_embed = TimestepEmbedder(D, cfg.freq_dim)
        self.t_mod = nn.Linear(D, 6 * D)  # shared adaLN for all blocks
        self.final_mod = nn.Linear(D, 2 * D)
        self.text_proj = nn.Sequential(nn.Linear(cfg.text_dim, D), nn.GELU(), nn.Linear(D, D))
        self.blocks = nn.ModuleList([DiTBlock(cfg) for _ in range(cfg.depth)])
        self.proj_out = nn.Linear(D, cfg.latent_channels * cfg.patch_volume)
        self.pos_embed = nn.Linear(4 * FRAME_POS_FREQS, D) if cfg.frame_pos else None
        self.reset_parameters()

    @torch.no_grad()
    def reset_parameters(self) -> None:
        """Explicit init: xavier linears with zero bias (DiT), N(0, 0.02) timestep MLP, and
        zero for every adaLN modulation, the cross-attention output and the final projection
        (adaLN-zero: every block starts as the identity and the output starts at 0)."""
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight)
                nn.init.zeros_(m.bias)
            elif isinstance(m, nn.LayerNorm):
                nn.init.ones_(m.weight)
                nn.init.zeros_(m.bias)
            elif isinstance(m, RMSNorm) and m.weight is not None:
                nn.init.ones_(m.weight)
        nn.init.normal_(self.t_embed.fc1.weight, std=0.02)
        nn.init.normal_(self.t_embed.fc2.weight, std=0.02)
        # The frame position embedding starts at zero too: a model trained without it keeps
        # its function when it is added (train init= continues from such a model).
        for m in (self.t_mod, self.final_mod, self.proj_out, self.pos_embed):
            if m is not None:
                nn.init.zeros_(m.weight)
                nn.init.zeros_(m.bias)
        for b in self.blocks:
            nn.init.zeros_(b.mod)
            nn.init.zeros_(b.cross.proj.weight)

    # ---- patches ------------------------------------------------------------------------

    def _grid(self, shape: tuple[int, int, int]) -> tuple[tuple[int, int, int], tuple[int, ...]]:
        """Token grid for a (T, H, W) latent and the end padding that makes it divisible."""
        pads = tuple((-n) % p for n, p in zip(shape, self.cfg.patch))
        grid = tuple((n + q) // p for n, q, p in zip(shape, pads, self.cfg.patch))
        return grid, pads

    def _patchify(self, x: torch.Tensor, pads: tuple[int, ...]) -> torch.Tensor:
        """(B, C, T, H, W) -> (B, N, C*pt*ph*pw), channel-major inside a patch.

        Sizes not divisible by the patch are zero-padded at the end of each axis; the
        padded cells' outputs are cropped away (real tokens do see the padded ones)."""
        if any(pads):
            x = F.pad(x, (0, pads[2], 0, pads[1], 0, pads[0]))
        pt, ph, pw = self.cfg.patch
        return rearrange(
            x, "b c (t pt) (h ph) (w pw) -> b (t h w) (c pt ph pw)", pt=pt, ph=ph, pw=pw
        )

    def _unpatchify(self, tok: torch.Tensor, grid, shape) -> torch.Tensor:
        """(B, N, C*pt*ph*pw) -> (B, C, T, H, W), cropping any padding."""
        pt, ph, pw = self.cfg.patch
        t, h, w = grid
        x = rearrange(
            tok,
            "b (t h w) (c pt ph pw) -> b c (t pt) (h ph) (w pw)",
            t=t,
            h=h,
            w=w,
            pt=pt,
            ph=ph,
            pw=pw,
        )
        return x[:, :, : shape[0], : shape[1], : shape[2]]

    def _embed(self, tok: torch.Tensor, cond_tok: torch.Tensor | None) -> torch.Tensor:
        """Patch embedding (B, N, Cin*P) -> (B, N, D), the start of the residual stream.

        With no conditioning the cond columns would multiply zeros, so only the latent's
        columns of the weight are used. The stream is kept in the weights' dtype (fp32 under
        autocast, where the linear returns bf16): residual sums over many blocks are where
        bf16's 8-bit mantissa would lose the small updates; measured, it costs no time."""
        w, b = self.patch_embed.weight, self.patch_embed.bias
        n = tok.shape[-1]
        h = F.linear(tok, w[:, :n], b)
        if cond_tok is not None:
            h = h + F.linear(cond_tok, w[:, n:])
        return h.to(w.dtype)

    def _frame_pos(self, grid, shape, device) -> torch.Tensor | None:
        """(N, D) frame position embedding of a (T, H, W) latent's tokens, or None."""
        if self.pos_embed is None:
            return None
        feats = frame_position_features(grid, shape, self.cfg.patch, device)
        w, b = self.pos_embed.weight, self.pos_embed.bias
        return F.linear(feats.to(w.dtype), w, b)

    # ---- shared trunk -------------------------------------------------------------------

    def _rope(self, positions: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """cos, sin (N, K/2) in fp32 for token positions (N, 3). Not a buffer: a model cast to
        bf16 would round the frequencies and blur far positions."""
        freqs = rope_frequencies(self.cfg.rope_pairs, self.cfg.rope_theta).to(positions.device)
        return rope_angles(positions, freqs, self.cfg.rope_pairs)

    def _time(self, t: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """t (B,) -> block modulation (B, 6, D) and final modulation (B, 2, D), in fp32."""
        e = F.silu(self.t_embed(t))
        B, D = t.shape[0], self.cfg.dim
        return self.t_mod(e).float().view(B, 6, D), self.final_mod(e).float().view(B, 2, D)

    def _trunk(self, h, mod, fmod, ctx, cos, sin, self_mask, cross_mask) -> torch.Tensor:
        """Blocks and final layer: h (B, N, D) -> (B, N, C*P)."""
        ckpt = self.cfg.checkpointing and torch.is_grad_enabled()
        for block in self.blocks:
            if ckpt:
                h = checkpoint(
                    block, h, mod, ctx, cos, sin, self_mask, cross_mask, use_reentrant=False
                )
            else:
                h = block(h, mod, ctx, cos, sin, self_mask, cross_mask)
        shift, scale = fmod.unbind(-2)
        h = modulate(layer_norm32(h, self.cfg.eps), shift, scale).type_as(h)
        return self.proj_out(h)

    def _check(self, c: int, t, text, text_mask, batch: int) -> None:
        cfg = self.cfg
        if c != cfg.latent_channels:
            raise ValueError(f"latent has {c} channels; this model takes {cfg.latent_channels}")
        if t.shape != (batch,):
            raise ValueError(f"t must have shape ({batch},), got {tuple(t.shape)}")
        if text.ndim != 3 or text.shape[0] != batch or text.shape[2] != cfg.text_dim:
            raise ValueError(f"text must be ({batch}, L, {cfg.text_dim}), got {tuple(text.shape)}")
        if text_mask.shape != text.shape[:2] or text_mask.dtype != torch.bool:
            raise ValueError("text_mask must be a bool tensor of shape (B, L), True = real token")

    # ---- public API ---------------------------------------------------------------------

    def forward(
        self,
        x: torch.Tensor,
        t: torch.Tensor,
        text: torch.Tensor,
        text_mask: torch.Tensor,
        cond: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """Velocity for a batch of same-size latents.

        x (B, C, T, H, W) noisy latent; t (B,) in [0, 1]; text (B, L, Dt); text_mask (B, L)
        bool, True = real token; cond (B, C + 1, T, H, W) known latents + mask, or None
        (the same as zeros). Returns (B, C, T, H, W) in x's dtype.
        """
        B, C, T, H, W = x.shape
        self._check(C, t, text, text_mask, B)
        grid, pads = self._grid((T, H, W))
        cond_tok = None
        if cond is not None:
            if not self.cfg.cond:
                raise ValueError("this model was built with cond=False; pass cond=None")
            if cond.shape != (B, C + 1, T, H, W):
                raise ValueError(f"cond must be {(B, C + 1, T, H, W)}, got {tuple(cond.shape)}")
            cond_tok = self._patchify(cond, pads)
        h = self._embed(self._patchify(x, pads), cond_tok)  # (B, N, D)
        pos = self._frame_pos(grid, (T, H, W), x.device)  # (N, D) or None
        if pos is not None:
            h = h + pos
        cos, sin = self._rope(grid_positions(*grid, device=x.device))  # (N, K/2)
        mod, fmod = self._time(t)
        ctx = self.text_proj(text)  # (B, L, D)
        cross_mask = None if bool(text_mask.all()) else text_mask[:, None, None, :]  # (B, 1, 1, L)
        out = self._trunk(
            h, mod[:, None], fmod[:, None], ctx, cos[None], sin[None], None, cross_mask
        )  # (B, N, C*P)
        return self._unpatchify(out, grid, (T, H, W)).to(x.dtype)

    def forward_packed(
        self,
        xs: list[torch.Tensor],
        t: torch.Tensor,
        text: torch.Tensor,
        text_mask: torch.Tensor,
        conds: list[torch.Tensor | None] | None = None,
    ) -> list[torch.Tensor]:
        """Velocity for samples of different sizes, packed into one sequence (NaViT).

        xs[i] (C, T_i, H_i, W_i); t (B,); text (B, L, Dt); text_mask (B, L); conds None or
        a list of (C + 1, T_i, H_i, W_i) or None each. Equals ``forward`` on each sample
        alone: self-attention is block-diagonal, each sample cross-attends to its own real
        text tokens, and its timestep modulates only its tokens.
        """
        B = len(xs)
        if B == 0:
            return []
        self._check(xs[0].shape[0], t, text, text_mask, B)
        if conds is not None and len(conds) != B:
            raise ValueError(f"conds must have one entry per sample ({B}), got {len(conds)}")
        use_cond = conds is not None and any(c is not None for c in conds)
        if use_cond and not self.cfg.cond:
            raise ValueError("this model was built with cond=False; pass conds=None")
        toks, ctoks, ropes, grids, lens, poss = [], [], [], [], [], []
        for i, x in enumerate(xs):
            if x.ndim != 4 or x.shape[0] != self.cfg.latent_channels:
                raise ValueError(
                    f"xs[{i}] must be ({self.cfg.latent_channels}, T, H, W), got {tuple(x.shape)}"
                )
            grid, pads = self._grid(tuple(x.shape[1:]))
            toks.append(self._patchify(x[None], pads)[0])  # (N_i, C*P)
            if use_cond:
                c = conds[i]
                if c is None:
                    c = x.new_zeros((x.shape[0] + 1, *x.shape[1:]))
                ctoks.append(self._patchify(c[None], pads)[0])
            ropes.append(grid_positions(*grid, device=x.device))
            poss.append(self._frame_pos(grid, tuple(x.shape[1:]), x.device))
            grids.append(grid)
            lens.append(grid[0] * grid[1] * grid[2])
        h = self._embed(
            torch.cat(toks)[None], torch.cat(ctoks)[None] if use_cond else None
        )  # (1, N, D)
        if self.pos_embed is not None:
            h = h + torch.cat(poss)[None]
        cos, sin = self._rope(torch.cat(ropes))  # (N, K/2)
        seg = torch.repeat_interleave(
            torch.arange(B, device=h.device), torch.tensor(lens, device=h.device)
        )
        mod, fmod = self._time(t)
        ctx = self.text_proj(text)[text_mask][None]  # (1, sum L_i, D): real text tokens only
        kv_lens = tuple(int(n) for n in text_mask.sum(dim=1).tolist())
        out = self._trunk(
            h,
            mod[seg][None],
            fmod[seg][None],
            ctx,
            cos[None],
            sin[None],
            BlockDiagonalMask(tuple(lens), tuple(lens)),
            BlockDiagonalMask(tuple(lens), kv_lens),
        )[0]  # (N, C*P)
        return [
            self._unpatchify(o[None], g, tuple(x.shape[1:]))[0].to(x.dtype)
            for o, g, x in zip(out.split(lens), grids, xs)
        ]

    @property
    def num_params(self) -> int:
        return sum(p.numel() for p in self.parameters())


def build_dit(cfg: DiTConfig | str, **overrides) -> DiT:
    """A DiT from a config or a preset name (with overrides)."""
    if isinstance(cfg, str):
        cfg = dit_config(cfg, **overrides)
    elif overrides:
        cfg = dataclasses.replace(cfg, **overrides)
    return DiT(cfg)
