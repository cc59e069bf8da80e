"""The shipped world model: loads strictly from the package, offline, and makes the size asked."""

import torch

from kinetoscope.pipeline import SHIPPED, Request, load_pipeline


def test_shipped_world_model_generates():
    assert (SHIPPED / "model.safetensors").is_file(), "train it: see README, 'Training the shipped models'"
    pipe = load_pipeline()
    assert pipe.name == "world-tiny"
    req = Request("a large green square on the left moves right", frames=9, height=32, width=48, steps=2, seed=3)
    a = pipe(req)
    assert a.shape == (9, 32, 48, 3) and a.dtype == torch.uint8
    assert torch.equal(a, pipe(req))  # same seed, same video
