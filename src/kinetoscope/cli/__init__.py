"""The `kinetoscope` command line.

Each command group lives in its own module with a ``register(subparsers)`` function that adds
its parsers and sets ``func`` on them. Those modules import only ``argparse`` at top level and
import the heavy parts (torch, PyAV, ...) inside the handlers, so ``kinetoscope --help`` is
instant. A ``UserError`` becomes one sentence on stderr and its exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from kinetoscope import __version__
from kinetoscope.errors import UserError

# Command groups, in the order `kinetoscope --help` lists them.
COMMAND_MODULES = (
    "kinetoscope.cli.world",
    "kinetoscope.cli.vae",
    "kinetoscope.cli.model",
    "kinetoscope.cli.generate",
    "kinetoscope.cli.train",
    "kinetoscope.cli.eval",
    "kinetoscope.cli.safety",
    "kinetoscope.cli.provenance",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kinetoscope",
        description="Text-to-video with a diffusion transformer over spacetime patches.",
    )
    parser.add_argument("--version", action="version", version=f"kinetoscope {__version__}")
    parser.add_argument(
        "--threads", type=int, default=None, metavar="N",
        help="CPU threads for PyTorch (default: all cores; 1 is fastest for the tiny model on a busy machine)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return 2
    try:
        if args.threads is not None:
            if args.threads < 1:
                raise UserError(f"--threads must be at least 1, got {args.threads}.")
            import torch

            torch.set_num_threads(args.threads)
        return int(args.func(args) or 0)
    except UserError as e:
        print(f"kinetoscope: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("kinetoscope: interrupted; files already written are kept.", file=sys.stderr)
        return 130
    except OSError as e:
        # Full disk, permissions...: one sentence, and nothing half-written (writers are atomic).
        print(f"kinetoscope: {e.strerror or e} ({e.filename or 'file'}).", file=sys.stderr)
        return 2
