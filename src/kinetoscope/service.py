"""The one entry every front end uses: safety -> pipeline -> safety -> watermark -> MP4 -> C2PA.

The CLI, the Python API and the HTTP server all call ``generate``; none of them can skip the
prompt policy, the frame check, the watermark or the signed manifest. Nothing is written
before the frames have passed the frame check, and the MP4 appears at its final path only
once it is watermarked, encoded and signed (temp file + rename), so a failure at any point
leaves no file and never touches one already there.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from kinetoscope import __version__
from kinetoscope.errors import FramesFlagged, UserError

OUTPUT_SUFFIXES = (".mp4",)


@dataclass(frozen=True)
class Result:
    path: Path
    video_id: str
    frames: int
    fps: float
    timings: dict[str, float] = field(default_factory=dict)
    rendered: object = None  # modes.Rendered: kept frames and their PSNR, passes, shots


def check_output_path(out: str | Path) -> Path:
    """Refuse an output we could not write, before any work is done."""
    out = Path(out)
    if out.suffix.lower() not in OUTPUT_SUFFIXES:
        raise UserError(
            f"Generated videos are written as MP4 (signed with C2PA); name the output {out.with_suffix('.mp4').name}."
        )
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise UserError(f"The output folder {parent} does not exist; create it first.")
    if not os.access(parent, os.W_OK):
        raise UserError(f"The output folder {parent} is not writable.")
    return out


def check_prompt(prompt: str) -> None:
    """Raise PromptRefused for a prompt the policy refuses (before any work)."""
    from kinetoscope.safety.policy import require_allowed

    require_allowed(prompt)


def publish(
    frames: np.ndarray,
    fps: float,
    out: str | Path,
    *,
    model_id: str,
    frame_classifier=None,
    key_paths=None,
) -> tuple[str, dict[str, float]]:
    """Frame check -> watermark -> MP4 -> C2PA sign -> rename into place. Returns the video id.

    The manifest's title is the file name, never the prompt: a manifest is public metadata.
    ``key_paths`` (``provenance.KeyPaths``) signs with the user's own key and certificate chain
    instead of the local one the package makes for itself.
    """
    from kinetoscope import media, provenance
    from kinetoscope.safety import frames as frame_safety
    from kinetoscope.safety import watermark

    out = check_output_path(out)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    verdict = frame_safety.check_frames(frames, classifier=frame_classifier)
    if not verdict.allowed:
        raise FramesFlagged(verdict.category or "unsafe", verdict.reason)
    timings["frame_check"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    payload = watermark.Payload.new(model_id)  # which model, and a random 48-bit id for this video
    video_id = payload.to_dict()["video_id"]
    marked = watermark.embed(frames, payload)
    timings["watermark"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    tmp = out.with_name(f".{out.stem}.{video_id}.tmp.mp4")
    try:
        media.write_video(tmp, marked, fps)
        timings["encode"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        provenance.sign_mp4(tmp, title=out.name, key_paths=key_paths)
        timings["sign"] = time.perf_counter() - t0
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return video_id, timings


def generate(
    req,
    out: str | Path,
    *,
    pipeline=None,
    spec=None,
    window=None,
    paste: str = "auto",
    progress: Callable[[int, int], None] | None = None,
    frame_classifier=None,
    key_paths=None,
) -> Result:
    """Make the video ``req`` (a ``pipeline.Request``) describes and write it to ``out``.

    ``spec`` (a ``modes.Spec``: image, extend, fill, connect, edit, loop) gives the known frames;
    None is text-to-video. Long videos go in windows (``window``, a ``windows.WindowConfig``);
    multi-shot prompts shot by shot. Every mode takes this one path, so every video is checked,
    watermarked and signed.
    """
    from kinetoscope import modes
    from kinetoscope.pipeline import load_pipeline, validate

    check_prompt(req.prompt)  # before any work, and nothing is written on refusal
    validate(req)
    out = check_output_path(out)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    pipe = pipeline if pipeline is not None else load_pipeline()
    timings["load"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    made = modes.render(pipe, req, spec, window=window, paste=paste, progress=progress)
    timings["render"] = time.perf_counter() - t0
    video_id, more = publish(
        made.frames, req.fps, out, model_id=model_id(pipe), frame_classifier=frame_classifier, key_paths=key_paths,
    )
    timings.update(more)
    return Result(out, video_id, len(made.frames), req.fps, timings, made)


def model_id(pipe) -> str:
    """The name the watermark's 16-bit model id is derived from."""
    return getattr(pipe, "name", None) or f"kinetoscope-{__version__}"
