"""Frame checks: every generated video passes an image classifier before it is written.

The default classifier is NudeNet (``nudenet`` ships its ONNX detector, a YOLOv8-n trained
on exposed/covered body parts, inside its wheel; it runs offline with onnxruntime). We run
the ONNX session ourselves rather than through ``NudeDetector.detect`` so we can batch
frames and keep RGB order explicit: frames are letterboxed to a square, scaled to 320x320
(our 64x64 frames are far below what the detector saw in training, so they are upscaled),
and each class's score is the maximum over the detector's anchors.

What is flagged: the *exposed* classes (genitalia, female breast, buttocks, anus) at a
score >= ``threshold`` (0.5 by default). Faces, feet, belly, armpits and covered classes
are not, by design: they are ordinary content.

Which frames: ``max_frames`` (32) evenly spaced frames including the first and last; a
video shorter than that is checked frame by frame. Identical frames are classified once.

Other categories: no violence or gore classifier ships offline in a registry package that
we could find (the usual NSFW/violence models download their weights from a model hub at
run time, which this project does not do). The ``FrameClassifier`` protocol is the place to
plug one in; the prompt policy is what stops violent requests today.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import numpy as np

# NudeNet 3.4's class order (nudenet/nudenet.py ``__labels``): the ONNX model's outputs.
NUDENET_LABELS = (
    "FEMALE_GENITALIA_COVERED",
    "FACE_FEMALE",
    "BUTTOCKS_EXPOSED",
    "FEMALE_BREAST_EXPOSED",
    "FEMALE_GENITALIA_EXPOSED",
    "MALE_BREAST_EXPOSED",
    "ANUS_EXPOSED",
    "FEET_EXPOSED",
    "BELLY_COVERED",
    "FEET_COVERED",
    "ARMPITS_COVERED",
    "ARMPITS_EXPOSED",
    "FACE_MALE",
    "BELLY_EXPOSED",
    "MALE_GENITALIA_EXPOSED",
    "ANUS_COVERED",
    "FEMALE_BREAST_COVERED",
    "BUTTOCKS_COVERED",
)
# Label -> policy category. Labels not listed here never block a video.
BLOCKED = {
    "FEMALE_GENITALIA_EXPOSED": "sexual",
    "MALE_GENITALIA_EXPOSED": "sexual",
    "FEMALE_BREAST_EXPOSED": "sexual",
    "BUTTOCKS_EXPOSED": "sexual",
    "ANUS_EXPOSED": "sexual",
}
DEFAULT_THRESHOLD = 0.5
DEFAULT_MAX_FRAMES = 32


class FrameClassifier(Protocol):
    """Scores frames: ``classify((N, H, W, 3) uint8) -> N dicts {label: score in [0, 1]}``.

    ``categories`` maps the labels that should block a video to a policy category
    ("sexual", "violence", ...); other labels are reported but never block.
    """

    categories: dict[str, str]

    def classify(self, frames: np.ndarray) -> list[dict[str, float]]: ...


@dataclass(frozen=True)
class FrameVerdict:
    """The result of ``check_frames``: ``allowed`` or the category and why."""

    allowed: bool
    category: str | None
    reason: str
    flagged_frames: tuple[int, ...]


class NudeNetClassifier:
    """NudeNet's bundled 320n ONNX detector, as a frame classifier."""

    categories = BLOCKED
    size = 320

    def __init__(self, model_path: str | os.PathLike | None = None, batch: int = 8):
        self.session = _session(str(model_path) if model_path else "")
        self.input = self.session.get_inputs()[0].name
        self.batch = batch

    def _prepare(self, frame: np.ndarray) -> np.ndarray:
        """(H, W, 3) uint8 RGB -> (3, 320, 320) float32 in [0, 1], letterboxed at the
        bottom/right like NudeNet's own preprocessing."""
        from PIL import Image

        h, w, _ = frame.shape
        side = max(h, w)
        canvas = np.zeros((side, side, 3), np.uint8)
        canvas[:h, :w] = frame
        img = Image.fromarray(canvas).resize((self.size, self.size), Image.BILINEAR)
        return np.asarray(img, np.float32).transpose(2, 0, 1) / 255.0

    def classify(self, frames: np.ndarray) -> list[dict[str, float]]:
        scores = []
        for i in range(0, len(frames), self.batch):
            x = np.stack([self._prepare(f) for f in frames[i : i + self.batch]])  # (B, 3, 320, 320)
            out = self.session.run(None, {self.input: x})[0]  # (B, 4 + classes, anchors)
            best = out[:, 4:, :].max(axis=2)  # (B, classes): best anchor per class
            scores += [dict(zip(NUDENET_LABELS, map(float, row))) for row in best]
        return scores


@lru_cache(maxsize=2)
def _session(model_path: str):
    """One onnxruntime session per model file (loading takes ~0.1 s; reuse it)."""
    import onnxruntime

    if not model_path:
        import nudenet

        model_path = os.path.join(os.path.dirname(nudenet.__file__), "320n.onnx")
    opts = onnxruntime.SessionOptions()
    opts.intra_op_num_threads = 1  # frame batches are small; threads only contend
    return onnxruntime.InferenceSession(model_path, opts, providers=["CPUExecutionProvider"])


def sample_indices(num_frames: int, max_frames: int = DEFAULT_MAX_FRAMES) -> np.ndarray:
    """Evenly spaced frame indices, first and last included; every frame if few."""
    if num_frames <= max_frames:
        return np.arange(num_frames)
    return np.unique(np.linspace(0, num_frames - 1, max_frames).round().astype(int))


def check_frames(
    frames: np.ndarray,
    classifier: FrameClassifier | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    max_frames: int = DEFAULT_MAX_FRAMES,
) -> FrameVerdict:
    """Classify ``frames`` ((T, H, W, 3) uint8); refuse the video if any checked frame
    scores >= ``threshold`` on a blocking label. ``classifier`` defaults to NudeNet."""
    if frames.ndim != 4 or frames.shape[-1] != 3 or frames.dtype != np.uint8 or len(frames) == 0:
        raise ValueError(
            f"frames must be (T, H, W, 3) uint8 with T >= 1, got {frames.shape} {frames.dtype}"
        )
    classifier = classifier if classifier is not None else NudeNetClassifier()
    idx = sample_indices(len(frames), max_frames)
    # Classify each distinct frame once (world videos repeat frames: still scenes).
    keys: dict[bytes, int] = {}
    unique: list[int] = []
    for i in idx:
        k = frames[i].tobytes()
        if k not in keys:
            keys[k] = len(unique)
            unique.append(int(i))
    scores = classifier.classify(frames[unique])
    flagged: list[int] = []
    worst: tuple[float, str] = (0.0, "")
    for i in idx:
        s = scores[keys[frames[i].tobytes()]]
        hits = [
            (v, label)
            for label, v in s.items()
            if label in classifier.categories and v >= threshold
        ]
        if hits:
            flagged.append(int(i))
            worst = max(worst, max(hits))
    if not flagged:
        return FrameVerdict(
            True, None, f"{len(idx)} of {len(frames)} frames checked; none flagged.", ()
        )
    score, label = worst
    category = classifier.categories[label]
    reason = (
        f"{len(flagged)} of {len(idx)} checked frames show {label.lower().replace('_', ' ')} "
        f"(score {score:.2f} >= {threshold})."
    )
    return FrameVerdict(False, category, reason, tuple(flagged))
