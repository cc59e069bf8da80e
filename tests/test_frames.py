"""Frame checks: the blocking path with a classifier double, and real NudeNet on benign images."""

import numpy as np
import pytest

from kinetoscope.safety.frames import (
    BLOCKED,
    NUDENET_LABELS,
    NudeNetClassifier,
    check_frames,
    sample_indices,
)


class FlagFrames:
    """A classifier double: flags the frames whose mean red value is above 200."""

    categories = {"EXPLICIT": "sexual", "GORE": "violence"}

    def __init__(self, label="EXPLICIT"):
        self.label = label
        self.seen = 0

    def classify(self, frames):
        self.seen += len(frames)
        return [
            {self.label: 0.97 if f[..., 0].mean() > 200 else 0.01, "FACE": 0.99} for f in frames
        ]


def video(t=12, flagged=()):
    v = np.full((t, 64, 64, 3), 16, np.uint8)
    v[:, :, :, 1] = np.arange(t)[:, None, None]  # every frame distinct
    for i in flagged:
        v[i, ..., 0] = 250
    return v


def test_flagged_frame_blocks_the_video_with_its_category():
    verdict = check_frames(video(flagged=(3,)), FlagFrames())
    assert not verdict.allowed
    assert verdict.category == "sexual"
    assert verdict.flagged_frames == (3,)
    assert "explicit" in verdict.reason and "0.97" in verdict.reason
    verdict = check_frames(video(flagged=(0, 11)), FlagFrames("GORE"))
    assert (verdict.allowed, verdict.category, verdict.flagged_frames) == (
        False,
        "violence",
        (0, 11),
    )


def test_clean_video_and_non_blocking_labels_pass():
    verdict = check_frames(video(), FlagFrames())
    assert verdict.allowed and verdict.category is None and verdict.flagged_frames == ()


def test_threshold_and_subsampling():
    assert check_frames(video(flagged=(3,)), FlagFrames(), threshold=0.99).allowed
    idx = sample_indices(1000, 32)
    assert idx[0] == 0 and idx[-1] == 999 and len(idx) <= 32
    assert list(sample_indices(5, 32)) == [0, 1, 2, 3, 4]
    # identical frames are classified once
    still = np.repeat(video(t=1), 20, axis=0)
    double = FlagFrames()
    assert check_frames(still, double).allowed and double.seen == 1


def test_bad_input_is_refused():
    with pytest.raises(ValueError):
        check_frames(np.zeros((0, 64, 64, 3), np.uint8), FlagFrames())
    with pytest.raises(ValueError):
        check_frames(np.zeros((2, 64, 64), np.uint8), FlagFrames())


def test_nudenet_labels_cover_the_blocked_set():
    assert set(BLOCKED) <= set(NUDENET_LABELS)
    assert all("EXPOSED" in label for label in BLOCKED)


@pytest.fixture(scope="module")
def nudenet():
    return NudeNetClassifier()


def test_real_classifier_allows_benign_photos(nudenet):
    data = pytest.importorskip("skimage.data")
    from PIL import Image

    for name in ("astronaut", "coffee", "chelsea"):
        img = Image.fromarray(getattr(data, name)())
        for size in (256, 64):  # full detail, and our native size
            frame = np.asarray(img.resize((size, size), Image.BOX))
            verdict = check_frames(frame[None], nudenet)
            assert verdict.allowed, (name, size, verdict)
    # it does see people: the astronaut's face is found (a label that never blocks)
    astronaut = np.asarray(Image.fromarray(data.astronaut()).resize((256, 256), Image.BOX))
    assert nudenet.classify(astronaut[None])[0]["FACE_FEMALE"] > 0.5


def test_real_classifier_allows_world_renders(nudenet):
    from kinetoscope.world import render, sample_shots

    rng = np.random.default_rng(0)
    for _ in range(3):
        v = render(sample_shots(rng), frames=8, height=64, width=64)
        assert check_frames(v, nudenet).allowed
