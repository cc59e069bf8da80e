"""Datasets: user folders (``captions.jsonl``) and the procedural world, in shape buckets.

    from kinetoscope.data import Bucket, FolderDataset, WorldStream, BucketBatcher

    buckets = [Bucket(17, 64, 64), Bucket(17, 64, 96), Bucket(1, 64, 64, weight=0.5)]
    source = FolderDataset("my_videos", buckets=buckets, fps=8)   # or WorldStream(seed, buckets)
    batches = BucketBatcher(source, batch_size=8, num_workers=2)
    batch = next(batches)      # {"video": (B, 3, T, H, W) in [-1, 1], "caption": [...], ...}
    state = batches.state_dict()   # into the checkpoint; load_state_dict(state) resumes

User data and world data go through the same path: both are sources that plan batches of
one bucket and load samples from seeded generators (see ``batcher.py``). The folder format
is documented in ``docs/dataset-format.md``.
"""

from kinetoscope.data.batcher import BucketBatcher, Source
from kinetoscope.data.buckets import Bucket, check_buckets, choose_bucket, parse_buckets
from kinetoscope.data.folder import (
    CAPTIONS,
    SKIP_REASONS,
    Clip,
    FolderDataset,
    Record,
    Sample,
    parse_record,
    read_captions,
    write_captions,
)
from kinetoscope.data.world_stream import WorldStream

__all__ = [
    "CAPTIONS", "SKIP_REASONS", "Bucket", "BucketBatcher", "Clip", "FolderDataset", "Record", "Sample",
    "Source", "WorldStream", "check_buckets", "choose_bucket", "parse_buckets", "parse_record",
    "read_captions", "write_captions",
]
