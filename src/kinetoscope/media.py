"""Video I/O and the one place where pixel conventions live.

Conventions (everything else in the project relies on them):

- Frames in memory are ``uint8`` numpy arrays ``(T, H, W, 3)``, RGB, full range 0..255.
- Frames as model input are float tensors ``(3, T, H, W)`` (or ``(B, 3, T, H, W)``) in
  ``[-1, 1]``: ``x = v / 127.5 - 1``; back with clamp and round, so uint8 -> tensor ->
  uint8 is exact (``frames_to_tensor`` / ``tensor_to_frames``).
- A frame rate is a ``fractions.Fraction`` (``8``, ``30000/1001``) and is stored exactly in
  MP4, MKV and WebM; GIF stores delays in 1/100 s (see ``write_video``).
- An image is a one-frame video.

Reading uses PyAV (FFmpeg), so any container and codec FFmpeg decodes works, and PNG, JPEG
and WebP images too. Writing picks the format from the extension:

| ext   | codec                      | use                                            |
| ----- | -------------------------- | ---------------------------------------------- |
| .mp4  | H.264 yuv420p, BT.709 tags | sharing; plays in browsers (``+faststart``)    |
| .mkv  | FFV1 ``bgr0`` (lossless)   | measurement: the round trip is bit-exact       |
| .webm | VP9 yuv420p                | browsers without H.264                         |
| .gif  | one 256-colour palette     | previews; exact for images of <= 256 colours   |
| .png  | PNG                        | a single frame                                 |

Writers are atomic: the file is written under a temporary name in the same folder and
renamed over the target only when complete, so a failure (full disk, a bad frame, Ctrl-C)
leaves any previous file untouched and no partial file behind.

This module imports no model code; torch is imported only inside the tensor helpers.
"""

from __future__ import annotations

import errno
import io
import os
import tempfile
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Union

import av
import numpy as np
from av.video.reformatter import VideoReformatter

from kinetoscope.errors import UserError

if TYPE_CHECKING:  # pragma: no cover
    import torch

Source = Union[str, os.PathLike, bytes, BinaryIO]

DEFAULT_IMAGE_FPS = Fraction(8)
WRITE_FORMATS = (".mp4", ".mkv", ".webm", ".gif", ".png")
DEFAULT_CRF = 18  # visually lossless H.264; safety's robustness tests re-encode at 28


# ----------------------------------------------------------------------------- reading


@dataclass(frozen=True, eq=False)
class Video:
    """Decoded frames with their exact frame rate and presentation times."""

    frames: np.ndarray  # (T, H, W, 3) uint8 RGB
    fps: Fraction  # the stream's average frame rate (exact rational)
    times: np.ndarray  # (T,) float64 seconds since the stream's first frame

    @property
    def num_frames(self) -> int:
        return int(self.frames.shape[0])

    @property
    def height(self) -> int:
        return int(self.frames.shape[1])

    @property
    def width(self) -> int:
        return int(self.frames.shape[2])

    @property
    def duration(self) -> float:
        """Seconds covered: the last frame is shown for one frame interval."""
        return float(self.times[-1] + 1 / self.fps) if len(self.times) else 0.0


@dataclass(frozen=True)
class VideoInfo:
    """What ``probe_video`` learns from a file's headers without decoding pixels."""

    width: int
    height: int
    fps: Fraction
    num_frames: int  # exact where the container says, else estimated from the duration
    duration: float  # seconds; 1 / fps for an image
    is_image: bool


def _name(source: Source) -> str:
    if isinstance(source, (str, os.PathLike)):
        return str(source)
    return getattr(source, "name", None) or "<in-memory video>"


def _fail(source: Source, why: str) -> UserError:
    return UserError(f"Cannot read video {_name(source)}: {why}")


def _open(source: Source) -> av.container.InputContainer:
    """Open for reading; every way this can fail becomes one clear sentence."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if not path.exists():
            raise _fail(source, "the file does not exist.")
        if path.is_dir():
            raise _fail(source, "it is a folder, not a file.")
        if path.stat().st_size == 0:
            raise _fail(source, "the file is empty.")
        target: Any = str(path)
    elif isinstance(source, (bytes, bytearray, memoryview)):
        if len(source) == 0:
            raise _fail(source, "the data is empty.")
        target = io.BytesIO(bytes(source))
    else:
        target = source
    try:
        container = av.open(target, mode="r")
    except PermissionError:
        raise _fail(source, "permission denied.") from None
    except (av.FFmpegError, OSError, ValueError) as e:
        why = getattr(e, "strerror", None) or str(e)
        raise _fail(source, f"it is not a video or image that FFmpeg can decode ({why}).") from None
    if not container.streams.video:
        container.close()
        raise _fail(source, "no video stream found.")
    return container


def _is_image(container: av.container.InputContainer) -> bool:
    # FFmpeg opens still images with the image2 demuxer or a per-codec "*_pipe" one.
    name = container.format.name
    return name == "image2" or name.endswith("_pipe")


def _stream_fps(stream: av.video.stream.VideoStream, default: Fraction) -> Fraction:
    """The exact frame rate: average_rate (frames / duration) is right for MP4/MKV/WebM and
    variable-rate files; GIF's is skewed by its last delay, so prefer FFmpeg's guess there."""
    rates = [stream.average_rate, stream.guessed_rate, stream.base_rate]
    if stream.codec_context.name == "gif":
        rates = rates[1:] + rates[:1]
    for rate in rates:
        if rate is not None and 0 < rate <= 1000:
            return Fraction(rate)
    return Fraction(default)


def _stream_start(stream: av.video.stream.VideoStream) -> float:
    if stream.start_time is None or stream.time_base is None:
        return 0.0
    return float(stream.start_time * stream.time_base)


def probe_video(source: Source, *, default_fps: float | Fraction = DEFAULT_IMAGE_FPS) -> VideoInfo:
    """Size, frame rate, frame count and duration from the headers (cheap; no pixels).

    Raises ``UserError`` for a missing, empty or undecodable file. When the headers give
    neither a duration nor a frame count, the packets are counted (still no decoding).
    """
    container = _open(source)
    try:
        stream = container.streams.video[0]
        width, height = stream.codec_context.width, stream.codec_context.height
        if _is_image(container):
            fps = Fraction(default_fps)
            return VideoInfo(width, height, fps, 1, float(1 / fps), True)
        fps = _stream_fps(stream, Fraction(default_fps))
        frames = int(stream.frames or 0)
        duration = None
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        elif container.duration is not None:
            duration = container.duration / av.time_base
        if frames <= 0 and duration:
            frames = max(1, round(duration * fps))
        if frames <= 0:
            try:
                frames = sum(1 for p in container.demux(stream) if p.size)
            except av.FFmpegError as e:
                raise _fail(source, f"the file is damaged ({e.strerror or e}).") from None
        if frames <= 0:
            raise _fail(source, "it contains no frames.")
        if not duration:
            duration = float(frames / fps)
        return VideoInfo(width, height, fps, frames, duration, False)
    finally:
        container.close()


def _decode_from(container: av.container.InputContainer, start: float, fps: Fraction,
                 image: bool) -> Iterator[tuple[av.VideoFrame, float]]:
    """(frame, seconds since the stream's first frame) from the keyframe before ``start``."""
    stream = container.streams.video[0]
    t0 = _stream_start(stream)
    if start > 0 and not image and stream.time_base is not None:
        try:  # to the keyframe at or before start; the caller skips frames up to start
            container.seek(int((start + t0) / stream.time_base), stream=stream, backward=True)
        except av.FFmpegError:
            container.seek(0)
    for index, frame in enumerate(container.decode(stream)):
        yield frame, (max(0.0, float(frame.time) - t0) if frame.time is not None else float(index / fps))
        if image:
            return


def read_video(
    source: Source,
    *,
    start: float = 0.0,
    end: float | None = None,
    max_frames: int | None = None,
    at: Sequence[float] | np.ndarray | None = None,
    default_fps: float | Fraction = DEFAULT_IMAGE_FPS,
) -> Video:
    """Decode a video (or image) into ``Video(frames (T, H, W, 3) uint8, fps, times)``.

    ``start``/``end`` (seconds, half-open ``[start, end)``) and ``max_frames`` read a clip
    without decoding the rest: the reader seeks to the keyframe before ``start`` and stops
    at ``end``. A frame belongs to the clip if its timestamp is within a quarter frame of
    the range, so timestamps rounded by the container (MKV stores milliseconds) still land
    on the right frame.

    ``at`` (seconds, any order, repeats allowed) instead returns, for each time, the frame
    shown at that time: the nearest frame, ties to the earlier one. Only those frames are
    converted to RGB, so sampling 8 fps out of 60 fps costs little more than decoding.

    Images are one frame at ``default_fps`` (8, the world's rate). Raises ``UserError`` for
    a missing, empty, undecodable or frameless file, and when the range holds no frame.
    """
    if start < 0 or (end is not None and end <= start):
        raise ValueError(f"need 0 <= start < end, got start={start}, end={end}")
    if max_frames is not None and max_frames < 1:
        raise ValueError(f"max_frames must be at least 1, got {max_frames}")
    wanted = None if at is None else np.asarray(at, dtype=np.float64).reshape(-1)
    if wanted is not None and (len(wanted) == 0 or not np.isfinite(wanted).all() or wanted.min() < 0):
        raise ValueError("at must be a non-empty list of times >= 0 seconds")
    container = _open(source)
    try:
        stream = container.streams.video[0]
        image = _is_image(container)
        fps = Fraction(default_fps) if image else _stream_fps(stream, Fraction(default_fps))
        # One reformatter, one thread: FFmpeg's swscale context is then built once, not per
        # frame (per-frame to_ndarray is ~10x slower); the source colorspace follows the tags.
        rgb = VideoReformatter()

        def convert(frame: av.VideoFrame) -> np.ndarray:
            return rgb.reformat(frame, format="rgb24", threads=1).to_ndarray()

        try:
            if wanted is not None:
                return _read_at(source, container, wanted, fps, image, convert)
            slack = float(0.25 / fps)
            frames: list[np.ndarray] = []
            times: list[float] = []
            decoded = 0
            for frame, t in _decode_from(container, start, fps, image):
                decoded += 1
                if t < start - slack:
                    continue
                if end is not None and t >= end - slack:
                    break
                frames.append(convert(frame))
                times.append(t)
                if max_frames is not None and len(frames) >= max_frames:
                    break
        except av.FFmpegError as e:
            raise _fail(source, f"the file is damaged ({e.strerror or e}).") from None
    finally:
        container.close()
    if not frames:
        if decoded == 0:
            raise _fail(source, "it contains no frames.")
        if end is None:
            raise _fail(source, f"no frame at or after {start:g} s; the start is past the end of the video.")
        raise _fail(source, f"no frame between {start:g} s and {end:g} s.")
    return Video(np.stack(frames), fps, np.asarray(times, dtype=np.float64))


def _read_at(source: Source, container: av.container.InputContainer, wanted: np.ndarray,
             fps: Fraction, image: bool, convert: Any) -> Video:
    """``read_video(at=...)``: walk the frames once; a wanted time goes to the previous frame
    when it lies before the midpoint between that frame and the next one."""
    order = np.argsort(wanted, kind="stable")
    ts = wanted[order]
    frames: list[np.ndarray | None] = [None] * len(ts)
    times = np.zeros(len(ts))
    k, prev = 0, None

    def assign(frame: av.VideoFrame, t: float, upto: float) -> None:
        nonlocal k
        arr = None
        while k < len(ts) and ts[k] <= upto:
            arr = convert(frame) if arr is None else arr
            frames[order[k]], times[order[k]] = arr, t
            k += 1

    for frame, t in _decode_from(container, max(0.0, float(ts[0] - 1 / fps)), fps, image):
        if prev is not None:
            assign(*prev, upto=(prev[1] + t) / 2 + 1e-9)
            if k == len(ts):
                break
        prev = (frame, t)
    if prev is None:
        raise _fail(source, "it contains no frames.")
    if k < len(ts):  # times after the last frame: it stays on screen for one frame interval
        if ts[-1] > prev[1] + float(1.5 / fps) and not image:
            raise _fail(source, f"it ends at {prev[1]:.2f} s, before {ts[-1]:.2f} s (is it cut short?).")
        assign(*prev, upto=np.inf)
    return Video(np.stack(frames), fps, times)


# ----------------------------------------------------------------------------- writing


def as_fps(fps: int | float | str | Fraction) -> Fraction:
    """A frame rate as an exact Fraction; floats snap to the nearest ratio with a small
    denominator (29.97 -> 2997/100; pass Fraction(30000, 1001) for NTSC)."""
    try:
        value = Fraction(fps)
    except (TypeError, ValueError):
        raise UserError(f"Frame rate {fps!r} is not a number; use e.g. 8 or 30000/1001.") from None
    if isinstance(fps, float):
        value = value.limit_denominator(1001)
    if not 0 < value <= 1000:
        raise UserError(f"Frame rate {fps} is out of range; use a value between 1 and 1000.")
    return value


def _frames(frames: Any) -> tuple[tuple[int, int], Iterator[np.ndarray]]:
    """Validate ``frames`` and return (H, W) and an iterator of (H, W, 3) uint8 arrays.

    An array is checked up front; an iterable (a generator streaming frames out of a decoder)
    is checked frame by frame while writing, which the atomic writer then cleans up after.
    """
    if hasattr(frames, "shape") and hasattr(frames, "dtype"):
        arr = np.asarray(frames.detach().cpu() if hasattr(frames, "detach") else frames)
        if arr.ndim != 4 or arr.shape[-1] != 3:
            raise ValueError(f"frames must be (T, H, W, 3) uint8, got shape {arr.shape}")
        if arr.dtype != np.uint8:
            raise ValueError(f"frames must be uint8 (use tensor_to_frames), got {arr.dtype}")
        if arr.shape[0] == 0:
            raise ValueError("frames is empty: a video needs at least one frame")
        return (arr.shape[1], arr.shape[2]), iter(arr)
    it = iter(frames)
    try:
        first = np.asarray(next(it))
    except StopIteration:
        raise ValueError("frames is empty: a video needs at least one frame") from None
    if first.ndim != 3 or first.shape[-1] != 3 or first.dtype != np.uint8:
        raise ValueError(f"each frame must be (H, W, 3) uint8, got {first.shape} {first.dtype}")
    shape = first.shape

    def checked() -> Iterator[np.ndarray]:
        yield first
        for i, f in enumerate(it, start=1):
            f = np.asarray(f)
            if f.shape != shape or f.dtype != np.uint8:
                raise ValueError(f"frame {i} is {f.shape} {f.dtype}, expected {shape} uint8")
            yield f

    return (shape[0], shape[1]), checked()


def _encode_av(tmp: str, fmt: str, size: tuple[int, int], frames: Iterator[np.ndarray],
               fps: Fraction, crf: int, preset: str) -> None:
    """H.264 / FFV1 / VP9 through PyAV; pts count frames in a 1/fps time base, so the
    container stores the rate exactly."""
    height, width = size
    container_opts = {"movflags": "+faststart"} if fmt == "mp4" else {}
    with av.open(tmp, mode="w", format=fmt, options=container_opts) as out:
        if fmt == "mp4":
            stream = out.add_stream("libx264", rate=fps, options={"crf": str(crf), "preset": preset})
            stream.pix_fmt = "yuv420p"
        elif fmt == "webm":
            opts = {"crf": str(min(63, crf + 13)), "b": "0", "deadline": "good", "cpu-used": "4"}
            stream = out.add_stream("libvpx-vp9", rate=fps, options=opts)
            stream.pix_fmt = "yuv420p"
        else:  # matroska + FFV1: lossless RGB, bit-exact round trip
            stream = out.add_stream("ffv1", rate=fps)
            stream.pix_fmt = "bgr0"
        stream.width, stream.height = width, height
        yuv = stream.pix_fmt == "yuv420p"
        convert = VideoReformatter()  # built once: see read_video
        if yuv:
            # Tag BT.709, limited range, and convert with the same matrix, so browsers and
            # our own reader (which follows the tags) agree on the colours.
            cc = stream.codec_context
            cc.colorspace = cc.color_primaries = cc.color_trc = 1  # AVCOL_*_BT709
            cc.color_range = 1  # AVCOL_RANGE_MPEG
        for i, arr in enumerate(frames):
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(arr), format="rgb24")
            if yuv:
                frame = convert.reformat(frame, format="yuv420p", dst_colorspace="ITU709",
                                         dst_color_range="MPEG", threads=1)
            else:
                frame = convert.reformat(frame, format="bgr0", threads=1)
            frame.pts = i
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))


def _gif_palette(video: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(T, H, W, 3) -> palette indices (T, H, W) uint8 and an RGB palette (256, 3).

    One palette for the whole clip, so colours do not flicker between frames. A clip of at
    most 256 colours (the toy world) gets exactly its colours; otherwise an octree palette
    from a fixed sample of pixels of every frame, then nearest-colour mapping, no dithering.
    """
    from PIL import Image

    packed = (video[..., 0].astype(np.uint32) << 16) | (video[..., 1].astype(np.uint32) << 8) | video[..., 2]
    colours, inverse = np.unique(packed, return_inverse=True)
    palette = np.zeros((256, 3), np.uint8)
    if len(colours) <= 256:
        palette[: len(colours)] = np.stack([colours >> 16, (colours >> 8) & 255, colours & 255], -1)
        return inverse.reshape(video.shape[:3]).astype(np.uint8), palette
    pixels = video.reshape(-1, 3)
    pick = np.random.default_rng(0).choice(len(pixels), size=min(len(pixels), 1 << 14), replace=False)
    sample = Image.fromarray(np.ascontiguousarray(pixels[np.sort(pick)][None]))  # (1, N, 3)
    # Octree on 16k pixels: as close as median cut here (mean error ~7.5 vs ~8 levels on
    # gradients) and ~100x faster (bench_media).
    pal_img = sample.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    pal = np.asarray(pal_img.getpalette(), dtype=np.uint8).reshape(-1, 3)[:256]
    palette[: len(pal)] = pal
    index = np.stack([
        np.asarray(Image.fromarray(f).quantize(palette=pal_img, dither=Image.Dither.NONE)) for f in video
    ])
    return index, palette


def _encode_gif(tmp: str, frames: Iterator[np.ndarray], fps: Fraction) -> None:
    """GIF through FFmpeg's encoder with our own palette (``_gif_palette``). GIF delays are
    in 1/100 s: the muxer rounds each frame's time, so 8 fps alternates delays of 12 and 13
    and averages exactly 12.5."""
    video = np.stack(list(frames))  # (T, H, W, 3)
    index, palette = _gif_palette(video)
    argb = np.concatenate([np.full((256, 1), 255, np.uint8), palette], axis=1)  # PyAV's pal8 layout
    with av.open(tmp, mode="w", format="gif") as out:
        stream = out.add_stream("gif", rate=fps)
        stream.width, stream.height = video.shape[2], video.shape[1]
        stream.pix_fmt = "pal8"
        for i, idx in enumerate(index):
            frame = av.VideoFrame.from_ndarray((np.ascontiguousarray(idx), argb), format="pal8")
            frame.pts = i
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))


def _encode_png(tmp: str, path: Path, frames: Iterator[np.ndarray]) -> None:
    from PIL import Image

    first = next(frames)
    extra = sum(1 for _ in frames)
    if extra:
        raise UserError(
            f"Cannot write {path}: a PNG holds one frame but the video has {extra + 1}; "
            "write .mp4, .mkv, .webm or .gif instead."
        )
    Image.fromarray(first).save(tmp, format="PNG")


def _temp_path(path: Path) -> str:
    """A new hidden file next to ``path`` created with the usual permissions (umask applies,
    unlike mkstemp's 0600), so the renamed result is readable like any other output."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    os.close(fd)
    return str(tmp)


_DISK_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EROFS, errno.EIO)


def _os_error(path: Path, e: OSError) -> UserError:
    if e.errno == errno.ENOSPC:
        return UserError(f"Cannot write {path}: the disk is full; free some space and try again.")
    if isinstance(e, PermissionError) or e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(f"Cannot write {path}: permission denied; choose a folder you can write to.")
    return UserError(f"Cannot write {path}: {e.strerror or e}.")


def write_video(
    path: str | os.PathLike,
    frames: np.ndarray | Iterable[np.ndarray],
    fps: int | float | Fraction = 8,
    *,
    crf: int = DEFAULT_CRF,
    preset: str = "medium",
) -> Path:
    """Write ``frames`` ((T, H, W, 3) uint8, or an iterable of (H, W, 3) frames) to ``path``.

    The format follows the extension (see the module docstring). ``crf`` is H.264's
    constant rate factor (0 lossless .. 51; 18 looks lossless, 28 is a typical web
    encode); WebM maps it onto VP9's 0..63 scale. H.264 4:2:0 needs an even height and
    width: odd sizes are refused (write .mkv or crop one pixel). GIF stores delays in
    1/100 s, so its frame rate reads back exactly only when the delays average out
    (8, 10, 12.5, 20, 25, 50 fps do; 24 reads back as about 23.9).

    Atomic: a temporary file in the same folder is renamed over ``path`` only when
    complete; on any failure it is removed and an existing file at ``path`` is untouched.
    Returns ``path``.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in WRITE_FORMATS:
        raise UserError(
            f"Cannot write {path}: unknown extension {suffix or '(none)'!r}; "
            f"use one of {', '.join(WRITE_FORMATS)}."
        )
    fps = as_fps(fps)
    if not isinstance(crf, int) or not 0 <= crf <= 51:
        raise UserError(f"CRF must be a whole number from 0 to 51, got {crf!r}.")
    size, it = _frames(frames)
    if suffix == ".mp4" and (size[0] % 2 or size[1] % 2):
        raise UserError(
            f"Cannot write {path}: H.264 MP4 needs an even height and width, got "
            f"{size[0]}x{size[1]}; crop or resize by one pixel, or write .mkv."
        )
    if path.is_dir():
        raise UserError(f"Cannot write {path}: it is a folder; give a file name such as {path / 'video.mp4'}.")
    if not path.parent.is_dir():
        why = "is a file, not a folder" if path.parent.exists() else "does not exist"
        raise UserError(f"Cannot write {path}: {path.parent} {why}.")
    try:
        tmp = _temp_path(path)
    except OSError as e:
        raise _os_error(path, e) from None
    try:
        if suffix == ".png":
            _encode_png(tmp, path, it)
        elif suffix == ".gif":
            _encode_gif(tmp, it, fps)
        else:
            fmt = {".mp4": "mp4", ".mkv": "matroska", ".webm": "webm"}[suffix]
            _encode_av(tmp, fmt, size, it, fps, crf, preset)
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        # Plain OS errors and FFmpeg's disk errors are the user's to fix; others are bugs.
        if isinstance(e, OSError) and (not isinstance(e, av.FFmpegError) or e.errno in _DISK_ERRNOS):
            raise _os_error(path, e) from None
        raise
    return path


def encode_video(
    frames: np.ndarray | Iterable[np.ndarray],
    fps: int | float | Fraction = 8,
    *,
    format: str = ".mp4",
    crf: int = DEFAULT_CRF,
    preset: str = "medium",
) -> bytes:
    """The bytes ``write_video`` would write for ``format`` (e.g. for an HTTP response)."""
    suffix = format if format.startswith(".") else f".{format}"
    with tempfile.TemporaryDirectory(prefix="kinetoscope-") as d:
        out = write_video(Path(d) / f"video{suffix}", frames, fps, crf=crf, preset=preset)
        return out.read_bytes()


def reencode(frames: np.ndarray, fps: int | float | Fraction = 8, *, crf: int = 28,
             format: str = ".mp4") -> np.ndarray:
    """``frames`` after an encode/decode round trip at ``crf`` (what a re-upload does):
    for testing that watermarks and detectors survive compression."""
    return read_video(encode_video(frames, fps, format=format, crf=crf)).frames


# ----------------------------------------------------------------------------- conventions


def frames_to_tensor(frames: Any, *, device: Any = None, dtype: Any = None) -> "torch.Tensor":
    """(T, H, W, 3) uint8 -> (3, T, H, W) float in [-1, 1]; (B, T, H, W, 3) -> (B, 3, T, H, W).

    ``frames`` may be a numpy array or a uint8 tensor; ``dtype`` defaults to float32.
    """
    import torch

    if isinstance(frames, np.ndarray):
        frames = torch.from_numpy(np.ascontiguousarray(frames))
    if frames.dtype != torch.uint8 or frames.ndim not in (4, 5) or frames.shape[-1] != 3:
        raise ValueError(f"frames must be (T, H, W, 3) or (B, T, H, W, 3) uint8, got {tuple(frames.shape)} {frames.dtype}")
    x = frames.to(device=device).movedim(-1, -4).contiguous()  # (..., 3, T, H, W), still uint8
    return x.to(dtype or torch.float32).div_(127.5).sub_(1.0)


def tensor_to_frames(x: "torch.Tensor") -> np.ndarray:
    """(3, T, H, W) in [-1, 1] -> (T, H, W, 3) uint8 (clamped, rounded); keeps a batch axis."""
    import torch

    if x.ndim not in (4, 5) or x.shape[-4] != 3:
        raise ValueError(f"x must be (3, T, H, W) or (B, 3, T, H, W), got {tuple(x.shape)}")
    v = ((x.detach().float().clamp(-1.0, 1.0) + 1.0) * 127.5).round().to(torch.uint8)
    return v.movedim(-4, -1).contiguous().cpu().numpy()


def resize_crop(frames: np.ndarray, height: int, width: int) -> np.ndarray:
    """Scale (T, H, W, 3) uint8 frames to cover ``height`` x ``width``, then centre-crop.

    Downscaling averages areas (PIL's box filter, no aliasing); upscaling is bilinear.
    Both happen in one resampling pass over the crop box, so nothing is resampled twice.
    Returns ``frames`` itself when it already has the size.
    """
    if frames.ndim != 4 or frames.shape[-1] != 3 or frames.dtype != np.uint8:
        raise ValueError(f"frames must be (T, H, W, 3) uint8, got {frames.shape} {frames.dtype}")
    if height < 1 or width < 1:
        raise ValueError(f"target size must be positive, got {height}x{width}")
    _, h, w, _ = frames.shape
    if (h, w) == (height, width):
        return frames
    scale = max(height / h, width / w)
    if scale == 1.0:  # one side already fits: an exact integer crop, no resampling
        top, left = (h - height) // 2, (w - width) // 2
        return np.ascontiguousarray(frames[:, top : top + height, left : left + width])
    from PIL import Image

    bw, bh = width / scale, height / scale  # the crop box in source pixels
    box = ((w - bw) / 2, (h - bh) / 2, (w + bw) / 2, (h + bh) / 2)
    resample = Image.Resampling.BOX if scale < 1 else Image.Resampling.BILINEAR
    out = np.empty((frames.shape[0], height, width, 3), np.uint8)
    for i, f in enumerate(frames):
        out[i] = np.asarray(Image.fromarray(f).resize((width, height), resample=resample, box=box))
    return out
