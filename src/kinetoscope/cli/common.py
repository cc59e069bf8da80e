"""Small helpers shared by the command modules (argument types, output paths)."""

from __future__ import annotations

import argparse


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be greater than 0")
    return value


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def add_size_args(p: argparse.ArgumentParser, seconds: float = 2.0) -> None:
    """--seconds --fps --height --width, validated later by the code that uses them."""
    p.add_argument("--seconds", type=positive_float, default=seconds, help=f"duration (default {seconds})")
    p.add_argument("--fps", type=positive_int, default=8, help="frames per second (default 8)")
    p.add_argument("--height", type=positive_int, default=64, help="multiple of 16, 32..256 (default 64)")
    p.add_argument("--width", type=positive_int, default=64, help="multiple of 16, 32..256 (default 64)")
