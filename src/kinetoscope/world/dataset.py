"""World examples and world datasets in the project's dataset format.

An `Example` is everything one training sample needs: shots, a caption, and the size,
frame count and frame rate to render at; `sample_example` draws one, mixing sizes, aspect
ratios, durations (a single frame up to six seconds), frame rates and caption phrasings.
`write_dataset` writes ``count`` of them as the format users bring their own videos in:

    OUT_DIR/000000.mp4, 000001.mp4, ...
    OUT_DIR/captions.jsonl   one JSON object per video:
        {"file", "caption", "fps", "scene": [shot, ...], "height", "width", "frames"}

Example ``i`` of seed ``s`` is drawn from ``numpy.random.default_rng([s, i])``, so a
dataset is a pure function of its seed, and its first ``n`` items do not depend on
``count``. Videos are written by `kinetoscope.media.write_video` (atomic; imported only
when writing, so this package stays free of PyAV and torch), and ``captions.jsonl`` is
written last, atomically, so a dataset folder is never left with a half index.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from kinetoscope.errors import UserError
from kinetoscope.world.language import caption
from kinetoscope.world.render import render
from kinetoscope.world.sample import sample_shots
from kinetoscope.world.scene import Shots, frames_for, shots_to_json

# (height, width, probability): the canonical size most of the time, and every aspect.
SIZE_MIX = ((64, 64, 0.5), (64, 96, 0.1), (96, 64, 0.1), (32, 32, 0.1), (48, 48, 0.05),
            (128, 128, 0.05), (32, 64, 0.05), (64, 32, 0.05))
# Seconds (0 = a single frame: an image) and frame rates.
SECONDS_MIX = ((0.0, 0.1), (1.0, 0.2), (2.0, 0.35), (3.0, 0.15), (4.0, 0.15), (6.0, 0.05))
FPS_MIX = ((8.0, 0.8), (12.0, 0.1), (16.0, 0.1))
CANONICAL_P = 0.25  # share of captions in the canonical form
FORMATS = ("mp4", "mkv")


@dataclass(frozen=True)
class Example:
    """One world clip, before rendering."""

    shots: Shots
    caption: str
    frames: int
    fps: float
    height: int
    width: int

    def video(self) -> np.ndarray:
        """(frames, height, width, 3) uint8."""
        return render(self.shots, frames=self.frames, fps=self.fps, height=self.height,
                      width=self.width)

    def record(self, file: str) -> dict[str, Any]:
        """The ``captions.jsonl`` line for this example stored as ``file``."""
        fps = int(self.fps) if float(self.fps).is_integer() else self.fps
        return {"file": file, "caption": self.caption, "fps": fps,
                "scene": shots_to_json(self.shots), "height": self.height,
                "width": self.width, "frames": self.frames}


def _mix(rng: np.random.Generator, table: tuple) -> Any:
    p = np.array([row[-1] for row in table])
    row = table[int(rng.choice(len(table), p=p / p.sum()))]
    return row[:-1] if len(row) > 2 else row[0]


def sample_example(rng: np.random.Generator, *, height: int | None = None,
                   width: int | None = None, frames: int | None = None,
                   fps: float | None = None, canonical_p: float = CANONICAL_P) -> Example:
    """A random example; fixed ``height``/``width``/``frames``/``fps`` override the mixes."""
    h, w = _mix(rng, SIZE_MIX)
    height, width = height or h, width or w
    fps = fps or _mix(rng, FPS_MIX)
    frames = frames or frames_for(_mix(rng, SECONDS_MIX), fps)
    shots = sample_shots(rng)
    shots = shots[:max(1, min(len(shots), frames))]  # at least one frame per shot
    text = caption(shots) if rng.random() < canonical_p else caption(shots, rng)
    return Example(shots, text, frames, float(fps), height, width)


def _atomic_write_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_dataset(out_dir: str | os.PathLike, count: int, seed: int, *, fmt: str = "mp4",
                  progress: Callable[[int, int], None] | None = None) -> Path:
    """Write ``count`` world videos and their ``captions.jsonl`` to ``out_dir``; return its path."""
    from kinetoscope.media import write_video

    if fmt not in FORMATS:
        raise UserError(f"Unknown dataset format {fmt!r}; use one of: {', '.join(FORMATS)}.")
    if not isinstance(count, int) or count < 1:
        raise UserError(f"The dataset needs at least one video (got --count {count!r}).")
    if not isinstance(seed, int) or seed < 0:
        raise UserError(f"The seed must be a whole number >= 0 (got {seed!r}).")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UserError(f"Cannot write a dataset to {out}: it is a file; give a folder.")
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(count):
        ex = sample_example(np.random.default_rng([seed, i]))
        name = f"{i:06d}.{fmt}"
        write_video(out / name, ex.video(), ex.fps)
        lines.append(json.dumps(ex.record(name)))
        if progress is not None:
            progress(i + 1, count)
    index = out / "captions.jsonl"
    _atomic_write_text(index, "\n".join(lines) + "\n")
    return index
