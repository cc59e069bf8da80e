"""`kinetoscope info [PRESET]`: the DiT size presets, their parameters and FLOPs (owner: dit).

kinetoscope info                       # every preset, one line each
kinetoscope info base                  # one preset in detail
kinetoscope info tiny --tokens 80 --text-len 32 --set depth=8 --set text_dim=128
"""

from __future__ import annotations

import argparse

from kinetoscope.cli.common import positive_int


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "info",
        help="show the model presets: parameters, FLOPs per token, width/depth/heads",
        description="Print each DiT preset (or one, in detail): parameters, forward FLOPs per "
        "video token (x3 for a training step), width, depth and heads.",
    )
    p.add_argument("preset", nargs="?", default=None, help="one preset (default: all)")
    p.add_argument(
        "--tokens",
        type=positive_int,
        default=1024,
        help="video tokens per sample the FLOPs assume (default 1024)",
    )
    p.add_argument(
        "--text-len",
        type=positive_int,
        default=64,
        help="text tokens per sample the FLOPs assume (default 64)",
    )
    p.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a setting (repeatable), e.g. --set depth=8 --set text_dim=4096",
    )
    p.set_defaults(func=_info)


def _human(n: float, unit: str = "") -> str:
    """1.23 GFLOP; for a parameter count (no unit) 1.09 B, 7.17 M."""
    big = (
        ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"))
        if unit
        else ((1e9, "B"), (1e6, "M"), (1e3, "k"))
    )
    for scale, suffix in big:
        if abs(n) >= scale:
            return f"{n / scale:.2f} {suffix}{unit}"
    return f"{n:.0f} {unit}".rstrip()


def _info(args: argparse.Namespace) -> int:
    from kinetoscope.config import parse_overrides, to_dict
    from kinetoscope.dit import DIT_PRESETS, dit_config, flops_per_token, num_params
    from kinetoscope.errors import UserError

    overrides = parse_overrides(args.overrides)
    if any(isinstance(v, dict) for v in overrides.values()):
        raise UserError("--set names DiT settings directly, e.g. --set depth=8 (no dots).")
    names = [args.preset] if args.preset else list(DIT_PRESETS)
    cfgs = {name: dit_config(name, **overrides) for name in names}
    N, L = args.tokens, args.text_len
    print(
        f"FLOPs per video token at {N} video tokens and {L} text tokens per sample "
        "(matmuls, 2 per multiply-add; a training step is ~3x the forward)."
    )
    if len(cfgs) > 1:
        print(
            f"{'preset':8s} {'params':>10s} {'fwd/token':>12s} {'train/token':>12s} "
            f"{'width':>6s} {'depth':>6s} {'heads':>6s} {'head':>5s}"
        )
        for name, cfg in cfgs.items():
            f = flops_per_token(cfg, N, L)
            print(
                f"{name:8s} {_human(num_params(cfg)):>10s} {_human(f, 'FLOP'):>12s} "
                f"{_human(3 * f, 'FLOP'):>12s} {cfg.dim:6d} {cfg.depth:6d} {cfg.heads:6d} "
                f"{cfg.head_dim:5d}"
            )
        return 0
    name, cfg = next(iter(cfgs.items()))
    f = flops_per_token(cfg, N, L)
    print(f"preset {name}: {num_params(cfg):,} parameters ({_human(num_params(cfg))})")
    print(
        f"  width {cfg.dim}, depth {cfg.depth}, heads {cfg.heads} x {cfg.head_dim}, "
        f"MLP {cfg.mlp} {cfg.mlp_hidden}, patch {'x'.join(map(str, cfg.patch))}, "
        f"in/out channels {cfg.in_channels}/{cfg.latent_channels}, text width {cfg.text_dim}"
    )
    print(
        f"  forward {_human(f, 'FLOP')} per token, training {_human(3 * f, 'FLOP')} per token, "
        f"{_human(3 * f * N, 'FLOP')} per training sample of {N} tokens"
    )
    print("  config: " + ", ".join(f"{k}={v}" for k, v in to_dict(cfg).items()))
    return 0
