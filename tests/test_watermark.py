"""The invisible watermark: payload coding, round trips, H.264 CRF 28, crops, unmarked videos."""

import numpy as np
import pytest

from kinetoscope.media import reencode
from kinetoscope.safety import watermark as wm
from kinetoscope.safety.detect import THRESHOLD

PAYLOAD = wm.Payload(model_id=0x2A17, video_id=0x0123456789AB)


def world_video(frames=8, size=64, prompt=None):
    from kinetoscope.world import parse, render

    prompt = prompt or (
        "a large red circle on the left moves right, and a small blue square at "
        "the top right stays still, on a gray background."
    )
    return render(parse(prompt).shots, frames=frames, height=size, width=size)


def photo_video(frames=8, size=64):
    """A real photograph panning slowly (real-image statistics)."""
    data = pytest.importorskip("skimage.data")
    from PIL import Image

    img = Image.fromarray(data.chelsea())
    return np.stack(
        [
            np.asarray(img.resize((size, size), Image.BOX, box=(40 + 2 * t, 20, 300 + 2 * t, 280)))
            for t in range(frames)
        ]
    )


def psnr(a, b):
    return 10 * np.log10(255.0**2 / np.mean((a.astype(np.float64) - b) ** 2))


def test_payload_bytes_round_trip_and_limits():
    assert wm.Payload.from_bytes(PAYLOAD.to_bytes()) == PAYLOAD
    assert len(PAYLOAD.to_bytes()) == 8
    assert PAYLOAD.to_dict() == {"model_id": 0x2A17, "video_id": "0123456789ab"}
    with pytest.raises(ValueError):
        wm.Payload(1 << 16, 0)
    with pytest.raises(ValueError):
        wm.Payload(0, 1 << 48)
    a, b = wm.Payload.new("tiny"), wm.Payload.new("tiny")
    assert a.model_id == b.model_id == wm.model_id_for("tiny") and a.video_id != b.video_id


def test_channel_code_corrects_errors():
    rng = np.random.default_rng(1)
    msg = rng.integers(0, 2, wm.PAYLOAD_BITS).astype(np.uint8)
    full = np.concatenate([msg, wm._crc24(msg)])
    coded = wm._conv_encode(full)
    assert len(coded) == wm._CODED_BITS
    soft = 1.0 - 2.0 * coded
    flip = rng.choice(len(soft), 12, replace=False)  # 12 hard errors, spread out
    soft[flip] *= -1
    assert np.array_equal(wm._viterbi(soft), full)
    # the CRC catches a wrong payload
    bad = full.copy()
    bad[5] ^= 1
    assert not np.array_equal(wm._crc24(bad[: wm.PAYLOAD_BITS]), bad[wm.PAYLOAD_BITS :])


def test_round_trip_is_invisible_and_exact():
    video = world_video()
    marked = wm.embed(video, PAYLOAD)
    assert marked.shape == video.shape and marked.dtype == np.uint8
    assert psnr(marked, video) >= 38.0
    assert np.abs(marked.astype(int) - video).max() <= 16  # never near a palette change
    payload, score = wm.extract(marked)
    assert payload == PAYLOAD and score >= THRESHOLD


def test_survives_h264_crf28_at_64x64():
    marked = wm.embed(world_video(frames=16), PAYLOAD)
    payload, score = wm.extract(reencode(marked, 8, crf=28))
    assert payload == PAYLOAD
    assert score >= THRESHOLD


def test_survives_crop_and_resize():
    from PIL import Image

    marked = wm.embed(world_video(frames=8, size=128), PAYLOAD)
    cropped = marked[:, 12:-12, 12:-12]  # ~10% border: the detector searches shift and scale
    payload, score = wm.extract(cropped)
    assert payload == PAYLOAD and score >= THRESHOLD
    small = np.stack(
        [np.asarray(Image.fromarray(f).resize((96, 96), Image.BILINEAR)) for f in marked]
    )
    assert wm.extract(small)[0] == PAYLOAD


def test_unmarked_videos_have_no_payload_and_a_low_score():
    for video in (world_video(), photo_video(), reencode(world_video(frames=16), 8, crf=28)):
        payload, score = wm.extract(video)
        assert payload is None
        assert score < THRESHOLD


def test_other_payload_or_key_does_not_match():
    video = world_video()
    other = wm.Payload(7, 7)
    marked = wm.embed(video, other)
    assert wm.extract(marked)[0] == other != PAYLOAD
    payload, score = wm.extract(marked, key="someone-else's key")
    assert payload is None and score < THRESHOLD


def test_image_and_bytes_payload():
    image = world_video(frames=1)
    marked = wm.embed(image, PAYLOAD.to_bytes())
    assert wm.extract(marked)[0] == PAYLOAD


def test_bad_input_is_refused():
    with pytest.raises(ValueError):
        wm.embed(np.zeros((2, 64, 64, 3), np.float32), PAYLOAD)
    with pytest.raises(ValueError):
        wm.embed(np.zeros((2, 64, 64, 3), np.uint8), PAYLOAD, strength=0)
    with pytest.raises(ValueError):
        wm.read(np.zeros((0, 64, 64, 3), np.uint8))
