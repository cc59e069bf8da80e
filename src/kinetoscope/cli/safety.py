"""`kinetoscope check-prompt` (owner: safety-policy)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Not built yet."""
