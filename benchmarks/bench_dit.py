"""DiT training throughput against diffusers' Wan transformer, and against the CPU's matmul peak.

For each case (a preset-sized model and a realistic latent) both models are built with the
same width, depth, heads, patch (1, 2, 2), in/out channels (16), text width, FFN width and
input (random weights, no download), and timed forward + backward in the same process with
the same threads, alternating ours and Wan's so machine load hits both alike; the median
step is reported, in fp32 and under the bf16 autocast policy (`kinetoscope.nn.autocast`).
Achieved FLOP/s uses ``flops_per_token`` x 3 (forward + backward), which counts the same
matmul work for both models, and is compared with a large matmul measured in the same run.

    .venv/bin/python -m benchmarks.run dit            # full
    .venv/bin/python -m benchmarks.run dit --quick    # fewer repeats
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

import torch


def _matmul_flops(dtype: torch.dtype, n: int = 2048, reps: int = 5) -> float:
    """Best-of FLOP/s of an n x n matmul in ``dtype`` (the machine's practical peak)."""
    a, b = torch.randn(n, n, dtype=dtype), torch.randn(n, n, dtype=dtype)
    a @ b
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        a @ b
        best = min(best, time.perf_counter() - t0)
    return 2 * n**3 / best


def _sdpa_backends(reps: int) -> list[str]:
    """Forward+backward of self-attention and masked cross-attention per SDPA CPU backend."""
    import torch.nn.functional as F
    from torch.nn.attention import SDPBackend, sdpa_kernel

    B, H, N, L, K = 4, 8, 320, 64, 64
    q = torch.randn(B, H, N, K, requires_grad=True)
    kv = torch.randn(B, H, N, K, requires_grad=True)
    kt = torch.randn(B, H, L, K, requires_grad=True)
    mask = torch.ones(B, 1, 1, L, dtype=torch.bool)
    mask[:, ..., L // 2 :] = False
    lines = []
    for dtype in (torch.float32, torch.bfloat16):
        cells = []
        for backend in (SDPBackend.FLASH_ATTENTION, SDPBackend.MATH):
            with sdpa_kernel([backend]), torch.autocast("cpu", torch.bfloat16, enabled=dtype == torch.bfloat16):
                times = {}
                for name, fn in (
                    ("self", lambda: F.scaled_dot_product_attention(q, kv, kv)),
                    ("cross+mask", lambda: F.scaled_dot_product_attention(q, kt, kt, attn_mask=mask)),
                ):
                    fn().float().sum().backward()
                    best = float("inf")
                    for _ in range(reps):
                        t0 = time.perf_counter()
                        fn().float().sum().backward()
                        best = min(best, time.perf_counter() - t0)
                    times[name] = best * 1e3
            cells.append(f"{backend.name.lower()} self {times['self']:.1f} ms, cross+mask {times['cross+mask']:.1f} ms")
        lines.append(f"  sdpa {str(dtype).removeprefix('torch.')}: " + " | ".join(cells))
    return lines


def _wan(cfg):
    from diffusers import WanTransformer3DModel

    return WanTransformer3DModel(
        patch_size=cfg.patch,
        num_attention_heads=cfg.heads,
        attention_head_dim=cfg.head_dim,
        in_channels=cfg.latent_channels,
        out_channels=cfg.latent_channels,
        text_dim=cfg.text_dim,
        freq_dim=cfg.freq_dim,
        ffn_dim=cfg.mlp_hidden,
        num_layers=cfg.depth,
        cross_attn_norm=True,
        qk_norm="rms_norm_across_heads",
        eps=cfg.eps,
    )


def _case(preset: str, batch: int, latent: tuple[int, int, int], text_len: int, reps: int, peaks) -> tuple[list[str], dict]:
    from kinetoscope.dit import DiT, dit_config, flops_per_token
    from kinetoscope.nn import autocast

    # cond=False: the same 16 in/out channels as Wan (with cond=True and cond=None ours does
    # the same work: the conditioning columns of the patch embedding are skipped).
    cfg = dit_config(preset, cond=False, text_dim=512)
    torch.manual_seed(0)
    ours, wan = DiT(cfg), _wan(cfg)
    with torch.no_grad():  # trained-like weights: adaLN-zero would leave gates at exactly 0
        for name, p in ours.named_parameters():
            if "norm" not in name:
                p.normal_(0.0, 0.02)
    T, H, W = latent
    x = torch.randn(batch, cfg.latent_channels, T, H, W)
    t = torch.rand(batch)
    text = torch.randn(batch, text_len, cfg.text_dim)
    mask = torch.ones(batch, text_len, dtype=torch.bool)  # Wan takes no mask: all tokens real
    tokens = batch * (T // cfg.patch[0]) * (H // cfg.patch[1]) * (W // cfg.patch[2])
    flops = 3 * flops_per_token(cfg, tokens // batch, text_len) * tokens

    def step_ours():
        out = ours(x, t, text, mask)
        out.float().square().mean().backward()

    def step_wan():
        out = wan(x, t * 1000, text, return_dict=False)[0]
        out.float().square().mean().backward()

    lines, record = [], {}
    for precision in ("fp32", "bf16"):
        times = {"ours": [], "wan": []}
        for i in range(reps + 1):
            for name, model, step in (("ours", ours, step_ours), ("wan", wan, step_wan)):
                model.zero_grad(set_to_none=True)
                with autocast("cpu", precision):
                    t0 = time.perf_counter()
                    step()
                    dt = time.perf_counter() - t0
                if i:  # the first round warms up caches and kernels
                    times[name].append(dt)
        med = {k: statistics.median(v) for k, v in times.items()}
        peak = peaks[precision]
        ours_fs, wan_fs = flops / med["ours"], flops / med["wan"]
        lines.append(
            f"  {preset:5s} B={batch} latent 16x{T}x{H}x{W} ({tokens} tok) {precision}: "
            f"ours {tokens / med['ours']:8.0f} tok/s ({ours_fs / 1e9:5.1f} GFLOP/s, {100 * ours_fs / peak:4.1f}% of matmul)  "
            f"wan {tokens / med['wan']:8.0f} tok/s ({wan_fs / 1e9:5.1f} GFLOP/s)  "
            f"ratio {med['wan'] / med['ours']:.2f}x"
        )
        record[precision] = {
            "ours_tokens_per_s": tokens / med["ours"],
            "wan_tokens_per_s": tokens / med["wan"],
            "ratio": med["wan"] / med["ours"],
            "ours_flops": ours_fs,
            "wan_flops": wan_fs,
        }
    return lines, {"preset": preset, "batch": batch, "latent": latent, "tokens": tokens, **record}


def run(quick: bool) -> list[str]:
    reps = 3 if quick else 8
    peaks = {"fp32": _matmul_flops(torch.float32), "bf16": _matmul_flops(torch.bfloat16)}
    lines = [
        f"threads {torch.get_num_threads()}; matmul 2048^2: fp32 {peaks['fp32'] / 1e9:.0f} GFLOP/s, "
        f"bf16 {peaks['bf16'] / 1e9:.0f} GFLOP/s, fp16 not used (emulated on CPU)",
        "SDPA backends on CPU (fwd+bwd, B=4 H=8 N=320 K=64, text L=64 half masked):",
        *_sdpa_backends(reps),
        "forward+backward, ours vs diffusers WanTransformer3DModel (same shapes, same run):",
    ]
    results = []
    cases = [("tiny", 8, (5, 8, 8), 64), ("small", 4, (5, 16, 16), 64)]
    for preset, batch, latent, text_len in cases:
        case_lines, record = _case(preset, batch, latent, text_len, reps, peaks)
        lines += case_lines
        results.append(record)
    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    tmp = out / "dit.json.tmp"
    tmp.write_text(json.dumps({"peaks": peaks, "cases": results}, indent=2))
    tmp.replace(out / "dit.json")
    return lines
