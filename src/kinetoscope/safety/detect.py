"""Is this video one of ours? The watermark score, its payload, and the C2PA manifest.

Two independent signals:

- The invisible watermark (``safety.watermark``): it is in the pixels, so it survives what
  strips metadata (re-encoding, re-uploading, screen-to-file conversions that keep the
  frames), within the limits measured in ``benchmarks/bench_watermark.py``.
- The C2PA manifest (``kinetoscope.provenance``): cryptographically signed, but it lives in
  the file's metadata, so any re-encode removes it ("absent"), and an edit breaks it
  ("tampered").

``generated`` is true when the watermark score reaches ``THRESHOLD`` or a payload with a
valid CRC-24 is decoded, or when an intact C2PA manifest declares the video created by a
trained algorithm. ``THRESHOLD`` was chosen from the scores of unmarked videos (world
renders and real-like footage, several sizes, re-encoded, cropped and resized; see the
benchmark) so that at most 0.1% of unmarked videos reach it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from kinetoscope.safety import watermark as wm

# The score is a max of ~N(0, 1) correlations over ~500k (shift, period) cells. On ~6,400
# unmarked clips (world renders and real-like footage, 64-256 px, re-encoded, cropped,
# resized) the largest was 5.89 and the 99.9th percentile 5.55-5.65 (docs/provenance.md).
THRESHOLD = 6.6

_AI_SOURCE = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"


def _declares_generated(manifest: dict | None) -> bool:
    for a in (manifest or {}).get("assertions", []):
        if a.get("label", "").startswith("c2pa.actions"):
            for act in a.get("data", {}).get("actions", []):
                if act.get("digitalSourceType") == _AI_SOURCE:
                    return True
    return False


def detect(
    video: str | os.PathLike | np.ndarray, *, key: str | bytes = wm.DEFAULT_KEY
) -> dict[str, Any]:
    """``{"generated", "score", "watermark", "c2pa"}`` for a video file or frames.

    ``video`` is a path (read with ``kinetoscope.media``; its C2PA manifest is checked too)
    or (T, H, W, 3) uint8 frames (``"c2pa"`` is then ``"absent"``: frames carry no manifest).
    A path that cannot be read raises ``UserError``.
    """
    c2pa_status, manifest = "absent", None
    if isinstance(video, np.ndarray):
        frames = video
    else:
        from kinetoscope.media import read_video
        from kinetoscope.provenance import verify

        path = Path(video)
        frames = read_video(path).frames
        result = verify(path)
        c2pa_status, manifest = result.status, result.manifest
    reading = wm.read(frames, key=key)
    marked = reading.score >= THRESHOLD or reading.payload is not None
    signed = c2pa_status == "valid" and _declares_generated(manifest)
    return {
        "generated": bool(marked or signed),
        "score": round(float(reading.score), 3),
        "watermark": reading.payload.to_dict() if reading.payload is not None else None,
        "c2pa": c2pa_status,
    }
