"""Video I/O: round trips per format, exact frame rates, clip reading, clear errors, atomic
writes, and the frames <-> tensor conventions."""

from __future__ import annotations

import errno
import io
import os
from fractions import Fraction

import numpy as np
import pytest
import torch
from PIL import Image

from kinetoscope import media
from kinetoscope.errors import UserError


def smooth(t=8, h=32, w=48, seed=0):
    """Smooth moving gradients: what lossy codecs should reproduce closely."""
    y, x = np.mgrid[0:h, 0:w]
    off = np.random.default_rng(seed).integers(0, 40, 3)
    fr = [np.stack([x * 3 + i * 4 + off[0], y * 4 + off[1], (x + y) * 2 + off[2] + i], -1) for i in range(t)]
    return np.clip(np.stack(fr), 0, 255).astype(np.uint8)


def indexed(t=20, h=16, w=16):
    """Frame i is flat grey 6*i: decoding tells which frame came back."""
    fr = np.zeros((t, h, w, 3), np.uint8)
    fr[:] = (np.arange(t) * 6)[:, None, None, None]
    return fr


def frame_ids(frames):
    return np.round(frames[:, frames.shape[1] // 2, frames.shape[2] // 2, 0] / 6).astype(int).tolist()


def noise(t=6, h=16, w=24, seed=0):
    return np.random.default_rng(seed).integers(0, 256, (t, h, w, 3), dtype=np.uint8)


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# ----------------------------------------------------------------------------- round trips


def test_mkv_is_bit_exact(tmp_path):
    fr = noise()  # noise is the hardest case for any lossy path
    v = media.read_video(media.write_video(tmp_path / "a.mkv", fr, 8))
    assert v.frames.dtype == np.uint8 and v.frames.shape == fr.shape
    assert np.array_equal(v.frames, fr)
    assert v.fps == 8 and isinstance(v.fps, Fraction)


@pytest.mark.parametrize("ext,tol", [(".mp4", 4.0), (".webm", 5.0)])
def test_lossy_round_trip_is_close(tmp_path, ext, tol):
    fr = smooth()
    v = media.read_video(media.write_video(tmp_path / f"a{ext}", fr, 8))
    assert v.frames.shape == fr.shape  # frame count and size exact
    assert v.fps == 8
    err = np.abs(v.frames.astype(int) - fr).mean()
    assert err < tol, err
    np.testing.assert_allclose(v.times, np.arange(len(fr)) / 8, atol=1e-3)


def test_mp4_colours_follow_bt709_tags(tmp_path):
    # Palette colours in flat areas come back within a few levels (a wrong matrix is ~10 off).
    pal = np.array([[230, 40, 40], [50, 90, 235], [40, 190, 70], [240, 240, 240]], np.uint8)
    fr = np.repeat(np.repeat(pal[None, :, None], 16, 1), 16, 2).reshape(1, 64, 16, 3).repeat(4, 0)
    v = media.read_video(media.write_video(tmp_path / "p.mp4", fr, 8))
    centres = v.frames[:, 8::16, 8].astype(int)  # (T, 4, 3)
    assert np.abs(centres - pal[None].astype(int)).max() <= 4


def test_gif_is_exact_for_few_colours(tmp_path):
    fr = indexed(t=30)  # 30 grey levels, one frame apart: a per-frame palette would lose them
    v = media.read_video(media.write_video(tmp_path / "a.gif", fr, 8))
    assert np.array_equal(v.frames, fr)
    assert v.fps == 8


def test_gif_many_colours_is_approximate(tmp_path):
    fr = smooth(t=4)
    v = media.read_video(media.write_video(tmp_path / "a.gif", fr, 10))
    assert v.frames.shape == fr.shape and v.fps == 10
    assert np.abs(v.frames.astype(int) - fr).mean() < 6


@pytest.mark.parametrize("ext", [".mp4", ".mkv", ".webm"])
@pytest.mark.parametrize("fps", [8, 24, Fraction(30000, 1001), Fraction(25, 2), 7])
def test_frame_rate_is_stored_exactly(tmp_path, ext, fps):
    path = media.write_video(tmp_path / f"r{ext}", indexed(t=5, h=16, w=16), fps)
    assert media.read_video(path).fps == Fraction(fps)
    info = media.probe_video(path)
    assert (info.fps, info.num_frames, info.width, info.height) == (Fraction(fps), 5, 16, 16)


def test_png_single_frame(tmp_path):
    fr = noise(t=1)
    v = media.read_video(media.write_video(tmp_path / "a.png", fr))
    assert np.array_equal(v.frames, fr) and v.fps == 8


def test_png_refuses_several_frames(tmp_path):
    with pytest.raises(UserError, match="one frame"):
        media.write_video(tmp_path / "a.png", noise(t=3))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_images_read_as_one_frame_videos(tmp_path, fmt):
    img = np.full((20, 30, 3), (200, 100, 50), np.uint8)
    path = tmp_path / f"img.{fmt.lower()}"
    Image.fromarray(img).save(path, format=fmt)
    v = media.read_video(path)
    assert v.frames.shape == (1, 20, 30, 3) and v.fps == 8
    assert np.abs(v.frames[0].astype(int) - img).max() <= 3  # JPEG/WebP are lossy
    assert media.read_video(path, default_fps=24).fps == 24
    info = media.probe_video(path)
    assert info.is_image and info.num_frames == 1 and (info.width, info.height) == (30, 20)


def test_bytes_and_reencode():
    fr = smooth(t=5)
    data = media.encode_video(fr, Fraction(12), format="mp4")
    assert data[4:8] == b"ftyp" and data.index(b"moov") < data.index(b"mdat")  # +faststart
    import av

    with av.open(io.BytesIO(data)) as c:  # what browsers need: H.264 4:2:0, tagged BT.709
        cc = c.streams.video[0].codec_context
        assert (cc.name, cc.pix_fmt, int(cc.colorspace), int(cc.color_range)) == ("h264", "yuv420p", 1, 1)
    v = media.read_video(data)
    assert v.frames.shape == fr.shape and v.fps == 12
    worse = media.reencode(fr, 12, crf=28)
    assert worse.shape == fr.shape
    assert np.abs(worse.astype(int) - fr).mean() >= np.abs(v.frames.astype(int) - fr).mean() - 0.5


def test_mp4_odd_size_refused_but_mkv_fine(tmp_path):
    fr = noise(t=2, h=15, w=16)
    with pytest.raises(UserError, match="even height and width"):
        media.write_video(tmp_path / "odd.mp4", fr)
    assert list(tmp_path.iterdir()) == []
    v = media.read_video(media.write_video(tmp_path / "odd.mkv", fr))
    assert np.array_equal(v.frames, fr)


def test_unknown_extension_refused(tmp_path):
    with pytest.raises(UserError, match="unknown extension '.avi'"):
        media.write_video(tmp_path / "a.avi", noise(t=1))
    with pytest.raises(UserError, match="unknown extension"):
        media.write_video(tmp_path / "noext", noise(t=1))


# ----------------------------------------------------------------------------- clip reading


@pytest.mark.parametrize("ext", [".mkv", ".mp4"])
@pytest.mark.parametrize("fps", [8, Fraction(30000, 1001)])
def test_clip_reading_picks_the_right_frames(tmp_path, ext, fps):
    path = media.write_video(tmp_path / f"i{ext}", indexed(t=20), fps)
    first = 5
    v = media.read_video(path, start=first / fps, end=(first + 4) / fps)
    assert frame_ids(v.frames) == [5, 6, 7, 8]
    np.testing.assert_allclose(v.times, [float(i / fps) for i in range(5, 9)], atol=2e-3)
    v = media.read_video(path, start=12 / fps, max_frames=3)
    assert frame_ids(v.frames) == [12, 13, 14]
    assert frame_ids(media.read_video(path, max_frames=2).frames) == [0, 1]


@pytest.mark.parametrize("ext", [".mkv", ".mp4", ".gif"])
def test_reading_at_times_picks_the_frame_on_screen(tmp_path, ext):
    path = media.write_video(tmp_path / f"i{ext}", indexed(t=20), 8)
    at = [1.0, 0.0, 0.0625, 0.07, 0.5, 0.5, 2.4, 2.49]  # any order, repeats; 0.0625 is a tie
    v = media.read_video(path, at=at)
    assert frame_ids(v.frames) == [8, 0, 0, 1, 4, 4, 19, 19]
    np.testing.assert_allclose(v.times, [1.0, 0, 0, 0.125, 0.5, 0.5, 2.375, 2.375], atol=0.006)
    with pytest.raises(UserError, match="ends at 2.38 s, before 4.00 s"):
        media.read_video(path, at=[0.0, 4.0])
    img = media.write_video(tmp_path / "i.png", indexed(t=1))
    assert media.read_video(img, at=[0, 5, 1]).frames.shape == (3, 16, 16, 3)


def test_clip_past_the_end_is_a_user_error(tmp_path):
    path = media.write_video(tmp_path / "i.mkv", indexed(t=4), 8)
    with pytest.raises(UserError, match="past the end"):
        media.read_video(path, start=10.0)


# ----------------------------------------------------------------------------- errors


def test_unreadable_inputs_are_one_clear_sentence(tmp_path):
    (tmp_path / "empty.mp4").write_bytes(b"")
    (tmp_path / "junk.mp4").write_bytes(b"not a video at all " * 50)
    good = media.write_video(tmp_path / "good.mp4", smooth(t=8), 8).read_bytes()
    (tmp_path / "cut.mp4").write_bytes(good[: len(good) // 3])
    cases = {
        "missing.mp4": "does not exist",
        "empty.mp4": "is empty",
        "junk.mp4": "FFmpeg can decode",
        "cut.mp4": "",
    }
    for name, why in cases.items():
        for fn in (media.read_video, media.probe_video):
            with pytest.raises(UserError, match=f"Cannot read video .*{name}: .*{why}") as e:
                fn(tmp_path / name)
            msg = str(e.value)
            assert msg.endswith(".") and "\n" not in msg
    with pytest.raises(UserError, match="is a folder"):
        media.read_video(tmp_path)
    with pytest.raises(UserError, match="Cannot read video <in-memory video>"):
        media.read_video(b"\x00" * 100)
    with pytest.raises(UserError, match="empty"):
        media.read_video(b"")


def test_audio_only_file_has_no_video_stream(tmp_path):
    import av

    path = tmp_path / "sound.wav"
    with av.open(str(path), "w") as out:
        s = out.add_stream("pcm_s16le", rate=8000)
        frame = av.AudioFrame.from_ndarray(np.zeros((1, 800), np.int16), format="s16", layout="mono")
        frame.sample_rate = 8000
        out.mux(s.encode(frame))
        out.mux(s.encode(None))
    with pytest.raises(UserError, match="no video stream found"):
        media.read_video(path)


# ----------------------------------------------------------------------------- atomic writes


def test_failed_write_leaves_old_file_and_no_temp(tmp_path):
    path = tmp_path / "v.mp4"
    media.write_video(path, smooth(t=3), 8)
    before = path.read_bytes()

    def frames_then_disk_full():
        yield from smooth(t=3)
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(UserError, match="disk is full"):
        media.write_video(path, frames_then_disk_full(), 8)
    assert path.read_bytes() == before and leftovers(tmp_path) == []

    def bad_third_frame():
        fr = smooth(t=3)
        yield fr[0]
        yield fr[1]
        yield fr[2, :8]  # wrong shape mid-way

    for ext in (".mp4", ".mkv", ".gif"):
        with pytest.raises(ValueError, match="frame 2"):
            media.write_video(tmp_path / f"v{ext}", bad_third_frame(), 8)
    assert path.read_bytes() == before and leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.mp4"]


def test_wrong_arrays_refused_before_anything_is_written(tmp_path):
    for bad in (np.zeros((2, 8, 8), np.uint8), np.zeros((2, 8, 8, 3), np.float32), np.zeros((0, 8, 8, 3), np.uint8)):
        with pytest.raises(ValueError):
            media.write_video(tmp_path / "x.mp4", bad)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_places_are_user_errors(tmp_path):
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(UserError, match="does not exist"):
        media.write_video(tmp_path / "nowhere" / "v.mp4", smooth(t=2))
    with pytest.raises(UserError, match="is a file, not a folder"):
        media.write_video(tmp_path / "file.txt" / "v.mp4", smooth(t=2))
    (tmp_path / "d.mp4").mkdir()
    with pytest.raises(UserError, match="is a folder"):
        media.write_video(tmp_path / "d.mp4", smooth(t=2))


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_is_a_user_error(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        with pytest.raises(UserError, match="permission denied"):
            media.write_video(ro / "v.mkv", smooth(t=2))
        assert list(ro.iterdir()) == []
    finally:
        ro.chmod(0o755)


def test_written_file_has_normal_permissions(tmp_path):
    path = media.write_video(tmp_path / "v.mkv", smooth(t=2))
    mode = path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


# ----------------------------------------------------------------------------- conventions


def test_frames_tensor_round_trip_is_exact():
    fr = noise(t=3, h=8, w=10)
    x = media.frames_to_tensor(fr)
    assert x.shape == (3, 3, 8, 10) and x.dtype == torch.float32
    assert x.min() >= -1 and x.max() <= 1
    assert torch.equal(x[:, 1, 2, 3], torch.from_numpy(fr[1, 2, 3]).float() / 127.5 - 1)
    assert np.array_equal(media.tensor_to_frames(x), fr)
    batch = media.frames_to_tensor(np.stack([fr, fr[::-1]]), dtype=torch.float64)
    assert batch.shape == (2, 3, 3, 8, 10) and batch.dtype == torch.float64
    assert np.array_equal(media.tensor_to_frames(batch)[1], fr[::-1])
    assert np.array_equal(media.tensor_to_frames(media.frames_to_tensor(torch.from_numpy(fr))), fr)


def test_tensor_to_frames_clamps_and_rounds():
    x = torch.tensor([-3.0, -1.0, 0.0, 0.999, 5.0]).view(1, 5, 1, 1).repeat(3, 1, 1, 1)
    assert media.tensor_to_frames(x)[:, 0, 0, 0].tolist() == [0, 0, 128, 255, 255]
    with pytest.raises(ValueError):
        media.tensor_to_frames(torch.zeros(4, 2, 8, 8))
    with pytest.raises(ValueError):
        media.frames_to_tensor(np.zeros((2, 8, 8, 3), np.float32))


def test_resize_crop_covers_and_centres():
    fr = np.zeros((2, 64, 128, 3), np.uint8)
    fr[:, :, 32:96] = 200  # a centred square band: a centre crop to 64x64 keeps only it
    assert media.resize_crop(fr, 64, 128) is fr
    out = media.resize_crop(fr, 64, 64)
    assert out.shape == (2, 64, 64, 3) and (out == 200).all()
    small = media.resize_crop(fr, 32, 32)  # scale 1/2 then crop
    assert small.shape == (2, 32, 32, 3) and (small == 200).all()
    tall = media.resize_crop(fr, 64, 16)
    assert tall.shape == (2, 64, 16, 3) and (tall == 200).all()
    big = media.resize_crop(fr, 96, 96)  # upscale to cover 96x192, crop the middle 96
    assert big.shape == (2, 96, 96, 3) and (big[:, :, 2:-2] == 200).all()  # edges blend (bilinear)


def test_resize_downscale_averages_areas():
    # A 1-pixel checkerboard must become flat grey (area averaging), not alias to stripes.
    y, x = np.mgrid[0:64, 0:64]
    fr = np.repeat((((x + y) % 2) * 255).astype(np.uint8)[None, ..., None], 3, -1)
    out = media.resize_crop(fr, 16, 16).astype(int)  # each output pixel averages 4x4 inputs
    assert np.abs(out - 127.5).max() <= 1


def test_as_fps():
    assert media.as_fps(8) == 8 and media.as_fps("30000/1001") == Fraction(30000, 1001)
    assert media.as_fps(29.97) == Fraction(2997, 100) and media.as_fps(12.5) == Fraction(25, 2)
    for bad in (0, -1, "fast", 1e6):
        with pytest.raises(UserError):
            media.as_fps(bad)


def test_video_properties():
    v = media.read_video(io.BytesIO(media.encode_video(indexed(t=4), 8, format="mkv")))
    assert (v.num_frames, v.height, v.width, v.duration) == (4, 16, 16, 0.5)
