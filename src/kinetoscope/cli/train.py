"""`kinetoscope train CONFIG [--steps N] [--out DIR] [--resume] [key=value ...]`.

The same command runs alone and under torchrun:
    torchrun --nproc_per_node 8 -m kinetoscope train configs/world-base-gpu.toml
"""

from __future__ import annotations

import argparse

from kinetoscope.cli.common import positive_int


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train the diffusion transformer (alone or under torchrun)",
                       description="Train the DiT (and built-in text encoder) from a TOML recipe.")
    p.add_argument("config", help="recipe, e.g. configs/world-tiny.toml")
    p.add_argument("overrides", nargs="*", help="key=value settings over the recipe, e.g. optim.lr=1e-4")
    p.add_argument("--steps", type=positive_int, help="train until this step (default: the recipe's)")
    p.add_argument("--out", default=None, help="run directory (default: runs/<config name>)")
    p.add_argument("--resume", action="store_true", help="continue from the newest complete checkpoint in --out")
    p.add_argument("--export", metavar="DIR", help="after training, export EMA weights as a model directory")
    p.add_argument("--export-dtype", choices=("float32", "float16", "bfloat16"), default="float32",
                   help="dtype of the exported weights (float16 halves what ships; default float32)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    import torch

    from kinetoscope import config
    from kinetoscope.train import distributed
    from kinetoscope.train.config import TrainConfig
    from kinetoscope.train.export import export_model
    from kinetoscope.train.loop import Trainer

    cfg = config.load(TrainConfig, args.config, args.overrides)
    out = Path(args.out or Path("runs") / Path(args.config).stem)
    trainer = Trainer(cfg, out, resume=args.resume)
    last = trainer.run(args.steps, progress=not args.quiet)
    if trainer.d.main:
        print(f"trained to step {trainer.step}; checkpoint {last}")
        if args.export and last is not None:
            export_model(last, args.export, dtype=getattr(torch, args.export_dtype))
            print(f"exported model to {args.export}")
    # Only on success: a rank that failed leaves its peers inside a collective, and a
    # collective teardown would hang them; torchrun stops them once this one exits non-zero.
    distributed.teardown(trainer.d)
    return 0
