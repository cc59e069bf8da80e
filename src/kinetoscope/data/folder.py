"""A folder of videos plus ``captions.jsonl``: the format users bring their own data in.

    my_videos/
      captions.jsonl      one JSON object per line, one line per clip
      beach.mp4
      clips/dog.mkv
      cat.jpg             an image is a one-frame clip

    {"file": "beach.mp4", "caption": "waves roll onto a sandy beach"}
    {"file": "clips/dog.mkv", "caption": ["a dog runs", "a puppy running"], "start": 2.0, "end": 6.5}
    {"file": "cat.jpg", "caption": "a cat on a sofa"}

Fields (docs/dataset-format.md is the full reference): ``file`` (relative to the folder),
``caption`` (a string, or a list of strings of which one is drawn per sample), optional
``start``/``end`` (seconds: the clip is that part of the file), ``fps`` (the file's true
frame rate when its container's is wrong), ``scene`` (any JSON, passed through as metadata).

``FolderDataset`` indexes the folder once (headers only, no decoding), gives each clip the
bucket that fits it best (``buckets.choose_bucket``), and decodes only the frames a sample
needs. Records it cannot use are skipped and counted in ``dataset.skipped`` by reason; a
training run never stops for one bad file.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from kinetoscope import media
from kinetoscope.data.buckets import Bucket, check_buckets, choose_bucket
from kinetoscope.errors import UserError

CAPTIONS = "captions.jsonl"
# Why a record was skipped; dataset.skipped counts each.
SKIP_REASONS = ("bad_json", "bad_record", "empty_caption", "missing_file", "corrupt_video", "too_short")
_EPS = 1e-6
_PLAN_TAG = 0xF01D  # keeps plan seeds apart from per-sample seeds


@dataclass(frozen=True)
class Record:
    """One line of captions.jsonl."""

    file: str
    caption: str | tuple[str, ...]
    start: float | None = None
    end: float | None = None
    fps: float | None = None
    scene: Any = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.file}
        out["caption"] = list(self.caption) if isinstance(self.caption, tuple) else self.caption
        for k in ("start", "end", "fps", "scene"):
            if getattr(self, k) is not None:
                out[k] = getattr(self, k)
        return out


@dataclass(frozen=True, eq=False)
class Sample:
    """One decoded clip in its bucket's shape."""

    video: np.ndarray  # (T, H, W, 3) uint8
    caption: str
    meta: dict[str, Any]


@dataclass(frozen=True)
class Clip:
    """A usable record: where its frames are and which bucket it trains in."""

    record: Record
    path: Path
    info: media.VideoInfo
    start: float  # seconds, in the file's true time (``fps``)
    end: float
    fps: Fraction  # the file's true frame rate (the record's, else the container's)
    bucket: Bucket | None

    def frames_at(self, fps: Fraction | float) -> int:
        """How many frames a clip of this span fills when sampled at ``fps``."""
        if self.info.is_image:
            return 1
        return int(math.floor((self.end - self.start) * float(fps) + _EPS))


class _Skip(Exception):
    def __init__(self, reason: str):
        self.reason = reason


def _number(obj: dict, key: str) -> float | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise _Skip("bad_record")
    return float(value)


def parse_record(obj: Any) -> Record:
    """A captions.jsonl object -> Record; raises ``ValueError(reason)`` (one of SKIP_REASONS)."""
    try:
        if not isinstance(obj, dict) or not isinstance(obj.get("file"), str) or not obj["file"].strip():
            raise _Skip("bad_record")
        cap = obj.get("caption")
        if isinstance(cap, list):
            if not all(isinstance(c, str) for c in cap):
                raise _Skip("bad_record")
            cap = tuple(c.strip() for c in cap if c.strip())
            if not cap:
                raise _Skip("empty_caption")
            cap = cap[0] if len(cap) == 1 else cap
        elif isinstance(cap, str) or cap is None:
            cap = (cap or "").strip()
            if not cap:
                raise _Skip("empty_caption")
        else:
            raise _Skip("bad_record")
        start, end, fps = _number(obj, "start"), _number(obj, "end"), _number(obj, "fps")
        if (start is not None and end is not None and end <= start) or fps == 0:
            raise _Skip("bad_record")
        return Record(obj["file"], cap, start, end, fps, obj.get("scene"))
    except _Skip as s:
        raise ValueError(s.reason) from None


def read_captions(path: str | os.PathLike) -> tuple[list[tuple[int, Record]], Counter]:
    """(line number, Record) for every usable line of a captions.jsonl, and the skip counts.
    Blank lines are ignored, not counted."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise UserError(
            f"Dataset {path.parent} has no {path.name}; add one line per clip such as "
            '{"file": "clip.mp4", "caption": "..."} (see docs/dataset-format.md).'
        ) from None
    records, skipped = [], Counter()
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            skipped["bad_json"] += 1
            continue
        try:
            records.append((n, parse_record(obj)))
        except ValueError as e:
            skipped[str(e)] += 1
    return records, skipped


def write_captions(root: str | os.PathLike, records: Iterable[Record | dict[str, Any]]) -> Path:
    """Write ``root/captions.jsonl`` atomically (temp file + rename); records are checked."""
    root = Path(root)
    lines = []
    for i, r in enumerate(records):
        obj = r.to_json() if isinstance(r, Record) else r
        try:
            parse_record(obj)
        except ValueError as e:
            raise ValueError(f"record {i} is not valid ({e}): {obj!r}") from None
        lines.append(json.dumps(obj, ensure_ascii=False, separators=(", ", ": ")))
    out = root / CAPTIONS
    tmp = root / f".{CAPTIONS}.{uuid.uuid4().hex[:12]}.part"
    try:
        tmp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


class FolderDataset:
    """Clips from a folder with ``captions.jsonl``, sampled at ``fps`` and cut to buckets.

    ``fps=None`` keeps each file's own frame rate. ``buckets=None`` indexes every clip
    without assigning buckets (for ``sample_clip``, which takes the shape per call); the
    ``BucketBatcher`` needs buckets. After construction ``skipped`` counts the records
    left out, by reason (``SKIP_REASONS``); clips that fail to decode later are added to
    ``corrupt_video`` in the process that found them, and replaced.
    """

    def __init__(
        self,
        root: str | os.PathLike,
        *,
        buckets: Sequence[Bucket] | None = None,
        fps: int | float | Fraction | None = 8,
        seed: int = 0,
        captions: str = CAPTIONS,
    ):
        self.root = Path(root)
        if not self.root.is_dir():
            raise UserError(f"Dataset folder {self.root} does not exist; give a folder holding videos and {captions}.")
        self.buckets = check_buckets(buckets) if buckets is not None else None
        self.fps = media.as_fps(fps) if fps is not None else None
        self.seed = int(seed)
        records, self.skipped = read_captions(self.root / captions)
        self.clips: list[Clip] = []
        probes: dict[Path, media.VideoInfo | str] = {}  # one probe per file, many clips may share it
        for _, rec in records:
            try:
                self.clips.append(self._index(rec, probes))
            except _Skip as s:
                self.skipped[s.reason] += 1
        self._bad: set[int] = set()
        self._by_bucket: dict[Bucket, list[int]] = {}
        for i, c in enumerate(self.clips):
            if c.bucket is not None:
                self._by_bucket.setdefault(c.bucket, []).append(i)
        if not self.clips:
            raise UserError(f"Dataset {self.root} has no usable clips ({self.describe_skipped()}); see docs/dataset-format.md.")

    # -- indexing ---------------------------------------------------------------------

    def _index(self, rec: Record, probes: dict) -> Clip:
        path = Path(rec.file) if os.path.isabs(rec.file) else self.root / rec.file
        if path not in probes:
            if not path.is_file():
                probes[path] = "missing_file"
            else:
                try:
                    probes[path] = media.probe_video(path)
                except UserError:
                    probes[path] = "corrupt_video"
        info = probes[path]
        if isinstance(info, str):
            raise _Skip(info)
        fps = Fraction(rec.fps).limit_denominator(1001) if rec.fps else info.fps
        total = float(info.num_frames / fps) if rec.fps else info.duration
        start = rec.start or 0.0
        end = min(rec.end, total) if rec.end is not None else total
        if info.is_image:
            start, end = 0.0, float(1 / fps)
        if end - start < float(1 / fps) - _EPS:
            raise _Skip("too_short")
        clip = Clip(rec, path, info, start, end, fps, None)
        if self.buckets is None:
            return clip
        bucket = choose_bucket(self.buckets, height=info.height, width=info.width,
                               frames=clip.frames_at(self.fps or fps))
        if bucket is None:
            raise _Skip("too_short")
        return Clip(rec, path, info, start, end, fps, bucket)

    def __len__(self) -> int:
        return len(self.clips)

    def describe_skipped(self) -> str:
        if not sum(self.skipped.values()):
            return "none skipped"
        parts = ", ".join(f"{n} {r.replace('_', ' ')}" for r, n in sorted(self.skipped.items()) if n)
        return f"skipped {sum(self.skipped.values())}: {parts}"

    def summary(self) -> str:
        """One line for logs: clips per bucket and what was skipped."""
        per = ", ".join(f"{b}: {len(v)}" for b, v in sorted(self._by_bucket.items(), key=lambda kv: kv[0].shape))
        return f"{self.root}: {len(self.clips)} clips" + (f" ({per})" if per else "") + f"; {self.describe_skipped()}"

    def fingerprint(self) -> str:
        """Changes when the clips or their buckets change (checked on resume)."""
        h = hashlib.sha256()
        for c in self.clips:
            h.update(f"{c.record.file}|{c.start}|{c.end}|{c.bucket}\n".encode())
        return f"folder:{len(self.clips)}:{h.hexdigest()[:16]}"

    # -- decoding ---------------------------------------------------------------------

    def read_window(self, clip: Clip, frames: int, fps: Fraction | float, offset: float) -> np.ndarray:
        """``frames`` frames at ``fps`` from ``offset`` seconds into the clip: for each wanted
        time, the nearest source frame (frame-rate conversion by picking, never blending).
        Raises UserError if the file cannot be decoded there."""
        if clip.info.is_image:
            return media.read_video(clip.path).frames[:1]
        t = clip.start + offset + np.arange(frames) / float(fps)  # true seconds
        first = math.ceil(clip.start * clip.fps - _EPS)
        last = max(first, math.ceil(clip.end * clip.fps - _EPS) - 1)
        # nearest source frame, ties to the earlier one (so 4 -> 8 fps shows each frame twice)
        index = np.clip(np.ceil(t * float(clip.fps) - 0.5 - _EPS), first, last)
        ct = index / float(clip.info.fps)  # the container's clock (differs if the record gives fps)
        return media.read_video(clip.path, at=ct).frames

    def _caption(self, clip: Clip, rng: np.random.Generator) -> str:
        cap = clip.record.caption
        return cap if isinstance(cap, str) else cap[int(rng.integers(len(cap)))]

    def _sample(self, i: int, frames: int, height: int, width: int, fps: Fraction | float,
                rng: np.random.Generator) -> Sample:
        clip = self.clips[i]
        # The window starts on a source frame, anywhere it still fits.
        room = (clip.end - clip.start) - frames / float(fps)
        steps = 0 if clip.info.is_image else max(0, math.floor(room * clip.fps + _EPS))
        offset = float(int(rng.integers(steps + 1)) / clip.fps)
        video = media.resize_crop(self.read_window(clip, frames, fps, offset), height, width)
        meta = {"file": clip.record.file, "start": clip.start + offset, "scene": clip.record.scene}
        return Sample(video, self._caption(clip, rng), meta)

    def _mark_bad(self, i: int) -> None:
        if i not in self._bad:
            self._bad.add(i)
            self.skipped["corrupt_video"] += 1

    # -- the source protocol used by BucketBatcher ------------------------------------

    def plan(self, epoch: int, batch_size: int, seed: int) -> list[tuple[Bucket, tuple[tuple[int, int], ...]]]:
        """Every clip once per epoch, in batches of one bucket: shuffle, group by bucket,
        cut into ``batch_size`` (a bucket's last batch is filled from its start, so every
        clip is seen and every batch is full), then shuffle the batches. A pure function of
        (seed, epoch): that is what makes the data position resumable. A key is (clip,
        slot): the slot makes a clip drawn twice in an epoch give two different windows."""
        if self.buckets is None:
            raise UserError("FolderDataset needs buckets to make batches; pass buckets=[Bucket(17, 64, 64), ...].")
        rng = np.random.default_rng([_PLAN_TAG, seed, epoch])
        order = rng.permutation(len(self.clips))
        groups: dict[Bucket, list[int]] = {}
        for i in order:
            groups.setdefault(self.clips[i].bucket, []).append(int(i))
        batches = []
        for b in sorted(groups, key=lambda b: b.shape):  # fixed order before the final shuffle
            ids = groups[b]
            for s in range(0, len(ids), batch_size):
                slots = range(s, s + batch_size)
                batches.append((b, tuple((ids[k % len(ids)], k) for k in slots)))
        return [batches[j] for j in rng.permutation(len(batches))]

    def load(self, key: tuple[int, ...], bucket: Bucket, rng: np.random.Generator) -> Sample:
        i = key[0]
        return self._sample(i, bucket.frames, bucket.height, bucket.width, self.fps or self.clips[i].fps, rng)

    def alternatives(self, key: tuple[int, ...], bucket: Bucket) -> Iterator[tuple[int, ...]]:
        """``key``, then the clips after it in the same bucket: stand-ins when a file turns out
        to be damaged. Deterministic, because a damaged file always fails the same way."""
        ids = self._by_bucket.get(bucket, [key[0]])
        at = ids.index(key[0]) if key[0] in ids else 0
        for k in range(len(ids)):
            i = ids[(at + k) % len(ids)]
            if i not in self._bad:
                yield (i, *key[1:])

    def failed(self, key: tuple[int, ...]) -> None:
        self._mark_bad(key[0])

    def fixed_keys(self, bucket: Bucket, count: int) -> list[tuple[int, int]]:
        """The bucket's first clips, cycled to ``count`` (none if the bucket has no clips)."""
        ids = [i for i in self._by_bucket.get(bucket, []) if i not in self._bad]
        return [(ids[k % len(ids)], k) for k in range(count)] if ids else []

    # -- random access for trainers that pick shapes themselves (the VAE) -------------

    def sample_clip(self, rng: np.random.Generator, *, frames: int, height: int, width: int,
                    fps: int | float | Fraction | None = None) -> np.ndarray:
        """A random clip of ``frames`` frames at ``fps`` (default: the dataset's, else the
        file's), resized and centre-cropped to ``height`` x ``width``: (T, H, W, 3) uint8.
        Damaged files are skipped (and counted) and another clip is drawn."""
        want = media.as_fps(fps) if fps is not None else self.fps
        ok = [i for i, c in enumerate(self.clips) if i not in self._bad and c.frames_at(want or c.fps) >= frames]
        while ok:
            i = ok[int(rng.integers(len(ok)))]
            try:
                return self._sample(i, frames, height, width, want or self.clips[i].fps, rng).video
            except UserError:
                self._mark_bad(i)
                ok.remove(i)
        raise UserError(
            f"No clip in {self.root} is long enough for {frames} frames at {want or 'its own'} fps; "
            "use fewer frames or longer videos."
        )
