"""Datasets: the captions.jsonl format, skipping bad records, frame-rate conversion,
bucket choice, batching, and a resumable, worker-independent data order."""

from __future__ import annotations

import json
from fractions import Fraction

import numpy as np
import pytest
import torch

from kinetoscope import media
from kinetoscope.data import (
    Bucket,
    BucketBatcher,
    FolderDataset,
    Record,
    WorldStream,
    choose_bucket,
    parse_buckets,
    parse_record,
    read_captions,
    write_captions,
)
from kinetoscope.errors import UserError


def indexed(t, h=24, w=32):
    """Frame i is flat grey 5*i, so a decoded frame tells which source frame it was."""
    fr = np.zeros((t, h, w, 3), np.uint8)
    fr[:] = (np.arange(t) * 5)[:, None, None, None]
    return fr


def ids(video):
    """Source frame ids of (T, H, W, 3) uint8 or a (3, T, H, W) tensor in [-1, 1]."""
    if isinstance(video, torch.Tensor):
        video = media.tensor_to_frames(video)
    return np.round(video[:, video.shape[1] // 2, video.shape[2] // 2, 0] / 5).astype(int).tolist()


def write_jsonl(root, lines):
    with open(root / "captions.jsonl", "w") as f:
        for line in lines:
            f.write((line if isinstance(line, str) else json.dumps(line)) + "\n")


@pytest.fixture
def messy(tmp_path):
    """One good clip and one of each kind of bad record."""
    media.write_video(tmp_path / "good.mkv", indexed(16), 8)
    (tmp_path / "corrupt.mp4").write_bytes(b"\x00\x01 not a video " * 64)
    write_jsonl(tmp_path, [
        {"file": "good.mkv", "caption": "a good clip"},
        {"file": "missing.mp4", "caption": "no such file"},
        {"file": "corrupt.mp4", "caption": "random bytes"},
        {"file": "good.mkv", "caption": "   "},
        '{"file": "good.mkv", "caption": "cut off',
        {"caption": "no file field"},
        "",
    ])
    return tmp_path


# ----------------------------------------------------------------------------- buckets


def test_bucket_validation_and_parsing():
    assert parse_buckets("17x64x64, 9x64x96:2") == (Bucket(17, 64, 64), Bucket(9, 64, 96, 2.0))
    assert str(Bucket(9, 64, 96, 2.0)) == "9x64x96:2" and Bucket(1, 2, 4).aspect == 2.0
    for bad in ("17x64", "0x64x64", "axbxc", "17x64x64:-1", ""):
        with pytest.raises(UserError):
            parse_buckets(bad)
    with pytest.raises(UserError, match="twice"):
        parse_buckets("17x64x64, 17x64x64:2")
    with pytest.raises(ValueError):
        Bucket(17, 64, 0)


def test_choose_bucket_by_aspect_then_duration_then_size():
    bs = parse_buckets("17x64x64, 9x64x64, 17x64x112, 17x112x64, 1x64x64, 17x128x128")
    pick = lambda h, w, f: choose_bucket(bs, height=h, width=w, frames=f)  # noqa: E731
    assert pick(720, 1280, 100).shape == (17, 64, 112)  # 16:9 landscape
    assert pick(1280, 720, 100).shape == (17, 112, 64)  # portrait
    assert pick(480, 500, 100).shape == (17, 128, 128)  # squareish, big enough: the largest
    assert pick(64, 64, 100).shape == (17, 64, 64)  # small source: no upscaling
    assert pick(32, 32, 100).shape == (17, 64, 64)  # smaller than all: the least upscaling
    assert pick(480, 480, 10).shape == (9, 64, 64)  # too short for 17 frames
    assert pick(720, 1280, 10).shape == (9, 64, 64)  # duration can only be met square
    assert pick(480, 480, 1).shape == (1, 64, 64)  # an image
    assert choose_bucket(parse_buckets("17x64x64"), height=64, width=64, frames=5) is None


# ----------------------------------------------------------------------------- records


def test_parse_record_reasons():
    ok = parse_record({"file": "a.mp4", "caption": [" x ", "", "y"], "start": 1, "scene": {"k": 1}})
    assert ok == Record("a.mp4", ("x", "y"), 1.0, None, None, {"k": 1})
    assert parse_record({"file": "a.mp4", "caption": ["only"]}).caption == "only"
    cases = {
        "empty_caption": [{"file": "a", "caption": ""}, {"file": "a"}, {"file": "a", "caption": [" "]}],
        "bad_record": [[], {"caption": "x"}, {"file": "a", "caption": 3}, {"file": "a", "caption": "x", "start": -1},
                       {"file": "a", "caption": "x", "start": 2, "end": 1}, {"file": "a", "caption": "x", "fps": "8"}],
    }
    for reason, objs in cases.items():
        for obj in objs:
            with pytest.raises(ValueError, match=reason):
                parse_record(obj)


def test_write_captions_round_trip(tmp_path):
    recs = [Record("a.mp4", "one"), Record("b.mkv", ("two", "deux"), 0.5, 2.0, 8.0, [{"objects": []}])]
    path = write_captions(tmp_path, recs)
    back, skipped = read_captions(path)
    assert [r for _, r in back] == recs and not skipped
    with pytest.raises(ValueError, match="record 0"):
        write_captions(tmp_path, [{"file": "a.mp4", "caption": ""}])
    assert [r for _, r in read_captions(path)[0]] == recs  # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["captions.jsonl"]


# ----------------------------------------------------------------------------- FolderDataset


def test_bad_records_are_skipped_and_counted(messy):
    ds = FolderDataset(messy, buckets=[Bucket(4, 16, 16)])
    assert len(ds) == 1 and ds.clips[0].record.caption == "a good clip"
    assert dict(ds.skipped) == {"missing_file": 1, "corrupt_video": 1, "empty_caption": 1,
                                "bad_json": 1, "bad_record": 1}
    assert "skipped 5" in ds.summary() and "4x16x16: 1" in ds.summary()
    batches = BucketBatcher(ds, batch_size=2)
    for _ in range(3):  # the good clip yields, epoch after epoch
        b = next(batches)
        assert b["video"].shape == (2, 3, 4, 16, 16) and b["caption"] == ["a good clip"] * 2


def test_unusable_folders_are_user_errors(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        FolderDataset(tmp_path / "nope")
    with pytest.raises(UserError, match="no captions.jsonl"):
        FolderDataset(tmp_path)
    write_jsonl(tmp_path, [{"file": "missing.mp4", "caption": "x"}])
    with pytest.raises(UserError, match="no usable clips .*missing file"):
        FolderDataset(tmp_path)


def test_too_short_for_every_bucket(tmp_path):
    media.write_video(tmp_path / "short.mkv", indexed(4), 8)
    media.write_video(tmp_path / "long.mkv", indexed(20), 8)
    media.write_video(tmp_path / "img.png", indexed(1))
    write_jsonl(tmp_path, [{"file": f, "caption": f} for f in ("short.mkv", "long.mkv", "img.png")]
                + [{"file": "long.mkv", "caption": "past the end", "start": 5.0}])
    ds = FolderDataset(tmp_path, buckets=[Bucket(8, 16, 16)])
    assert [c.record.file for c in ds.clips] == ["long.mkv"] and ds.skipped["too_short"] == 3
    ds = FolderDataset(tmp_path, buckets=[Bucket(8, 16, 16), Bucket(1, 16, 16)])
    assert {c.record.file: c.bucket.frames for c in ds.clips} == {"short.mkv": 1, "long.mkv": 8, "img.png": 1}


@pytest.mark.parametrize("src_fps,want,expected", [
    (24, 8, [0, 3, 6, 9, 12]),  # down: every third frame
    (8, 8, [0, 1, 2, 3, 4]),
    (4, 8, [0, 0, 1, 1, 2]),  # up: each frame twice (nearest, never blended)
    (Fraction(30000, 1001), 10, [0, 3, 6, 9, 12]),
])
def test_frame_rate_conversion_picks_nearest_frames(tmp_path, src_fps, want, expected):
    media.write_video(tmp_path / "v.mkv", indexed(30), src_fps)
    write_jsonl(tmp_path, [{"file": "v.mkv", "caption": "x"}])
    ds = FolderDataset(tmp_path, fps=want)
    clip = ds.clips[0]
    assert ids(ds.read_window(clip, 5, want, 0.0)) == expected
    shift = 7 / Fraction(src_fps)  # seven source frames in
    assert ids(ds.read_window(clip, 5, want, float(shift))) == [e + 7 for e in expected]


def test_start_end_and_fps_override(tmp_path):
    media.write_video(tmp_path / "v.mkv", indexed(40), 8)
    write_jsonl(tmp_path, [
        {"file": "v.mkv", "caption": "middle", "start": 1.0, "end": 2.0},  # frames 8..15
        {"file": "v.mkv", "caption": "really 4 fps", "fps": 4},  # frame i is at i/4 s
    ])
    ds = FolderDataset(tmp_path, buckets=[Bucket(4, 24, 32)], fps=8)
    mid, slow = ds.clips
    assert (mid.start, mid.end, mid.frames_at(8)) == (1.0, 2.0, 8)
    assert slow.fps == 4 and slow.end == 10.0 and slow.frames_at(8) == 80
    seen = set()
    batches = BucketBatcher(ds, batch_size=1, seed=3)
    for _ in range(24):  # random windows stay inside [start, end)
        b = next(batches)
        got = ids(b["video"][0])
        if b["caption"] == ["middle"]:
            assert 8 <= got[0] and got[-1] <= 15 and got == list(range(got[0], got[0] + 4))
            seen.add(got[0])
        else:  # sampled at 8 fps from a 4 fps file: each frame shown twice
            assert got[0::2] == got[1::2] and got[2] == got[0] + 1
    assert len(seen) > 1  # the window start varies between epochs


def test_images_and_resize_in_batches(tmp_path):
    img = np.zeros((40, 80, 3), np.uint8)
    img[:, 20:60] = 200  # a centred band that a centre crop to a square keeps
    media.write_video(tmp_path / "wide.png", img[None])
    write_jsonl(tmp_path, [{"file": "wide.png", "caption": "a band", "scene": {"k": [1, 2]}}])
    ds = FolderDataset(tmp_path, buckets=[Bucket(1, 16, 16), Bucket(1, 16, 32)])
    assert ds.clips[0].bucket == Bucket(1, 16, 32)  # 2:1 image, 2:1 bucket
    b = next(BucketBatcher(ds, 3))
    assert b["video"].shape == (3, 3, 1, 16, 32) and b["meta"][0]["scene"] == {"k": [1, 2]}
    ds = FolderDataset(tmp_path, buckets=[Bucket(1, 16, 16)])
    frames = media.tensor_to_frames(next(BucketBatcher(ds, 1))["video"][0])
    assert (frames == 200).all()


def test_damaged_file_found_while_training_is_replaced(tmp_path):
    media.write_video(tmp_path / "ok.mkv", indexed(16), 8)
    whole = media.encode_video(indexed(40, 96, 96) + np.random.default_rng(0).integers(0, 9, (40, 96, 96, 3), dtype=np.uint8),
                               8, format="mkv")
    (tmp_path / "cut.mkv").write_bytes(whole[: len(whole) // 3])  # headers intact, frames missing
    write_jsonl(tmp_path, [{"file": "ok.mkv", "caption": "ok"}, {"file": "cut.mkv", "caption": "cut"}])
    ds = FolderDataset(tmp_path, buckets=[Bucket(12, 16, 16)])
    assert len(ds) == 2  # the header looks fine
    batches = BucketBatcher(ds, batch_size=2, seed=1)
    found = 0
    for _ in range(4):
        b = next(batches)
        assert b["video"].shape == (2, 3, 12, 16, 16)
        found += b["replaced"]
        assert set(b["caption"]) <= {"ok", "cut"}
    assert found >= 1 and ds.skipped["corrupt_video"] == 1
    batches.load_state_dict(batches.state_dict())  # replacement is deterministic
    again = BucketBatcher(FolderDataset(tmp_path, buckets=[Bucket(12, 16, 16)]), batch_size=2, seed=1)
    again.load_state_dict(batches.state_dict())
    assert torch.equal(next(again)["video"], next(batches)["video"])


def test_sample_clip_for_trainers_that_pick_shapes(tmp_path):
    media.write_video(tmp_path / "a.mkv", indexed(24), 8)
    media.write_video(tmp_path / "b.mkv", indexed(6), 8)
    write_jsonl(tmp_path, [{"file": "a.mkv", "caption": "a"}, {"file": "b.mkv", "caption": "b"}])
    ds = FolderDataset(tmp_path)  # no buckets: every clip indexed
    rng = np.random.default_rng(0)
    for _ in range(5):
        clip = ds.sample_clip(rng, frames=10, height=16, width=16, fps=8)  # only a.mkv is long enough
        assert clip.shape == (10, 16, 16, 3) and np.diff(ids(clip)).tolist() == [1] * 9
    with pytest.raises(UserError, match="long enough"):
        ds.sample_clip(rng, frames=100, height=16, width=16)
    with pytest.raises(UserError, match="needs buckets"):
        next(BucketBatcher(ds, 1))


# ----------------------------------------------------------------------------- batching


@pytest.fixture
def folder(tmp_path):
    """Seven clips of three shapes and lengths."""
    recs = []
    for i, (h, w, t) in enumerate([(24, 32, 12), (24, 32, 20), (32, 24, 12), (24, 24, 9),
                                   (24, 24, 16), (24, 48, 10), (24, 32, 30)]):
        media.write_video(tmp_path / f"{i}.mkv", indexed(t, h, w) + i, 8)
        recs.append(Record(f"{i}.mkv", (f"clip {i}", f"video {i}")))
    write_captions(tmp_path, recs)
    return tmp_path


BUCKETS = parse_buckets("8x16x24, 8x24x16, 8x16x16")


def fingerprint(batch):
    return (batch["position"], str(batch["bucket"]), tuple(batch["caption"]), batch["video"].sum().item())


def test_batches_have_one_shape_and_cover_every_clip(folder):
    ds = FolderDataset(folder, buckets=BUCKETS)
    assert {c.record.file: str(c.bucket) for c in ds.clips} == {
        "0.mkv": "8x16x24", "1.mkv": "8x16x24", "2.mkv": "8x24x16", "3.mkv": "8x16x16",
        "4.mkv": "8x16x16", "5.mkv": "8x16x24", "6.mkv": "8x16x24"}
    batcher = BucketBatcher(ds, batch_size=3)
    n = batcher.epoch_length(0)
    assert n == 4  # 4 clips -> 2 batches, 1 -> 1, 2 -> 1 (last batches filled from the start)
    files = set()
    for _ in range(n):
        b = next(batcher)
        bk = b["bucket"]
        assert b["video"].shape == (3, 3, bk.frames, bk.height, bk.width) and b["video"].dtype == torch.float32
        assert -1 <= b["video"].min() and b["video"].max() <= 1
        files |= {m["file"] for m in b["meta"]}
        assert all(c.split()[0] in ("clip", "video") for c in b["caption"])
    assert files == {f"{i}.mkv" for i in range(7)} and batcher.state_dict()["epoch"] == 1


def test_order_is_deterministic_and_resumable(folder):
    make = lambda seed=0: BucketBatcher(FolderDataset(folder, buckets=BUCKETS), batch_size=2, seed=seed)  # noqa: E731
    a = make()
    first = [fingerprint(next(a)) for _ in range(9)]  # crosses an epoch boundary
    assert first == [fingerprint(next(b)) for b in [make()] for _ in range(9)]
    assert first != [fingerprint(next(b)) for b in [make(seed=1)] for _ in range(9)]
    for k in (0, 3, 5, 8):  # stop after k batches, resume in a fresh process-like object
        stopped = make()
        for _ in range(k):
            next(stopped)
        state = json.loads(json.dumps(stopped.state_dict()))  # it must survive JSON
        resumed = make()
        resumed.load_state_dict(state)
        want = next(stopped)
        got = next(resumed)
        assert fingerprint(got) == first[k] == fingerprint(want)
        assert torch.equal(got["video"], want["video"])


def test_resume_refuses_different_settings(folder):
    ds = FolderDataset(folder, buckets=BUCKETS)
    state = BucketBatcher(ds, batch_size=2).state_dict()
    with pytest.raises(UserError, match="batch_size 2 but this run uses 3"):
        BucketBatcher(ds, batch_size=3).load_state_dict(state)
    with pytest.raises(UserError, match="seed"):
        BucketBatcher(ds, batch_size=2, seed=5).load_state_dict(state)
    other = FolderDataset(folder, buckets=BUCKETS[:2])
    with pytest.warns(UserWarning, match="data changed"):
        BucketBatcher(other, batch_size=2).load_state_dict(state)


def test_workers_give_the_same_batches(folder):
    ds = FolderDataset(folder, buckets=BUCKETS)
    serial = BucketBatcher(ds, batch_size=2, seed=4)
    want = [fingerprint(next(serial)) for _ in range(7)]
    par = BucketBatcher(ds, batch_size=2, seed=4, num_workers=2)
    got = [fingerprint(next(par)) for _ in range(4)]
    state = par.state_dict()  # tracked in the main process, whichever worker made the batch
    assert (state["epoch"], state["batch"]) == serial._after(*got[-1][0])
    par.close()
    resumed = BucketBatcher(ds, batch_size=2, seed=4, num_workers=2)
    resumed.load_state_dict(state)
    got += [fingerprint(next(resumed)) for _ in range(3)]
    resumed.close()
    assert got == want


def test_ranks_split_each_epoch(folder):
    ds = FolderDataset(folder, buckets=BUCKETS)
    whole = BucketBatcher(ds, batch_size=1)
    plan = whole.plan(0)
    r0, r1 = (BucketBatcher(ds, batch_size=1, rank=r, world_size=2) for r in (0, 1))
    assert r0.epoch_length(0) == r1.epoch_length(0) == len(plan) // 2
    got0 = [next(r0)["meta"][0]["file"] for _ in range(r0.epoch_length(0))]
    got1 = [next(r1)["meta"][0]["file"] for _ in range(r1.epoch_length(0))]
    want = [ds.clips[keys[0][0]].record.file for _, keys in plan]
    assert got0 == want[0 : 2 * len(got0) : 2] and got1 == want[1 : 2 * len(got1) : 2]
    with pytest.raises(UserError, match="fewer than the 64 processes"):
        BucketBatcher(ds, batch_size=1, world_size=64).epoch_length(0)


# ----------------------------------------------------------------------------- world


def test_world_stream_batches():
    buckets = parse_buckets("5x32x32:3, 3x32x48, 1x48x32")
    stream = WorldStream(seed=7, buckets=buckets, fps=8)
    a = BucketBatcher(stream, batch_size=2)
    seen = set()
    for _ in range(6):
        b = next(a)
        bk = b["bucket"]
        seen.add(bk)
        assert b["video"].shape == (2, 3, bk.frames, bk.height, bk.width)
        assert all(isinstance(c, str) and c.strip() for c in b["caption"])
        assert all(isinstance(m["scene"], list) and m["scene"] for m in b["meta"])
        json.dumps(b["meta"])  # scenes are plain JSON
    assert len(seen) >= 2
    state = a.state_dict()
    want = next(a)
    again = BucketBatcher(WorldStream(seed=7, buckets=buckets, fps=8), batch_size=2)
    again.load_state_dict(state)
    got = next(again)
    assert got["caption"] == want["caption"] and torch.equal(got["video"], want["video"])
    other = next(BucketBatcher(WorldStream(seed=8, buckets=buckets), batch_size=2))
    assert other["caption"] != next(BucketBatcher(WorldStream(seed=7, buckets=buckets), batch_size=2))["caption"]


def test_world_stream_captions_vary_and_shapes_are_checked():
    stream = WorldStream(seed=0, buckets=[Bucket(2, 32, 32)])
    samples = [s for _, s in zip(range(12), stream)]
    assert all(s.video.shape == (2, 32, 32, 3) and s.video.dtype == np.uint8 for s in samples)
    assert len({s.caption for s in samples}) > 6
    with pytest.raises(UserError):
        WorldStream(buckets=[Bucket(5, 30, 32)])  # not a multiple of 16


def test_fixed_batches_for_validation(folder):
    ds = FolderDataset(folder, buckets=BUCKETS + (Bucket(4, 64, 64),))  # the last has no clips
    batcher = BucketBatcher(ds, batch_size=2)
    fixed = batcher.fixed_batches(2)
    assert set(fixed) == set(BUCKETS)
    again = BucketBatcher(FolderDataset(folder, buckets=BUCKETS), batch_size=2).fixed_batches(2)
    for bucket, batches in fixed.items():
        assert len(batches) == 2 and batches[0]["video"].shape == (2, 3, *bucket.shape)
        for a, b in zip(batches, again[bucket]):
            assert a["caption"] == b["caption"] and torch.equal(a["video"], b["video"])
    assert batcher.state_dict()["batch"] == 0  # the training position did not move
    world = BucketBatcher(WorldStream(3, [Bucket(3, 32, 32)]), batch_size=2)
    val = world.fixed_batches(1)[Bucket(3, 32, 32)][0]
    assert val["caption"] != next(world)["caption"]


class _Flaky:
    """A minimal source whose first load fails with a bug (not a damaged file)."""

    seed, buckets = 0, (Bucket(1, 2, 2),)

    def __init__(self):
        self.calls = 0

    def plan(self, epoch, batch_size, seed):
        return [(self.buckets[0], tuple((i, k) for k in range(batch_size))) for i in range(3)]

    def load(self, key, bucket, rng):
        self.calls += 1
        if self.calls == 1:
            raise RuntimeError("boom")
        from kinetoscope.data import Sample

        return Sample(np.full((1, 2, 2, 3), key[0], np.uint8), f"s{key[0]}", {})

    def alternatives(self, key, bucket):
        yield key

    def failed(self, key):
        pass

    def fixed_keys(self, bucket, count):
        return []

    def fingerprint(self):
        return "flaky"


def test_a_failed_batch_can_be_retried():
    batcher = BucketBatcher(_Flaky(), batch_size=2)
    with pytest.raises(RuntimeError, match="boom"):
        next(batcher)
    assert batcher.state_dict()["batch"] == 0
    assert next(batcher)["caption"] == ["s0", "s0"] and next(batcher)["position"] == (0, 1)
