import json

import pytest
import torch

from kinetoscope.errors import UserError
from kinetoscope.train import checkpoint
from kinetoscope.train.ema import EMA


def _model_and_opt():
    model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.GELU(), torch.nn.Linear(8, 2))
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
    loss = model(torch.randn(3, 4)).pow(2).mean()
    loss.backward()
    opt.step()
    return model, opt


def test_save_load_round_trip_is_exact(tmp_path):
    model, opt = _model_and_opt()
    g = torch.Generator().manual_seed(5)
    state = {"step": 7, "rng": checkpoint.rng_state({"data": g})}
    path = checkpoint.save(tmp_path, 7, model=model.state_dict(), ema=model.state_dict(),
                           optimizer=opt.state_dict(), state=state)
    assert path.name == "step-000007" and checkpoint.latest(tmp_path) == path
    ck = checkpoint.load(path)
    for k, v in model.state_dict().items():
        assert torch.equal(ck["model"][k], v)
    opt2 = torch.optim.AdamW(model.parameters(), lr=1e-3)
    opt2.load_state_dict(ck["optimizer"])
    for (a, b) in zip(opt.state_dict()["state"].values(), opt2.state_dict()["state"].values()):
        assert torch.equal(a["exp_avg"], b["exp_avg"]) and float(a["step"]) == float(b["step"])
    expected = torch.rand(3, generator=g)
    # restoring the state saved before `expected` was drawn reproduces it
    g2 = torch.Generator()
    checkpoint.set_rng_state(ck["state"]["rng"], {"data": g2})
    assert torch.equal(torch.rand(3, generator=g2), expected)


def test_half_written_checkpoint_is_ignored(tmp_path):
    model, _ = _model_and_opt()
    good = checkpoint.save(tmp_path, 1, model=model.state_dict(), ema=None, optimizer=None, state={"step": 1})
    # a crash mid-write leaves a temp dir, and a dir without state.json is incomplete
    (tmp_path / ".step-000002.tmp").mkdir()
    (tmp_path / "step-000003").mkdir()
    (tmp_path / "step-000003" / "model.safetensors").write_bytes(b"partial")
    assert checkpoint.latest(tmp_path) == good
    with pytest.raises(UserError):
        checkpoint.load(tmp_path / "step-000003")


def test_keep_prunes_old_checkpoints(tmp_path):
    model, _ = _model_and_opt()
    for s in range(1, 5):
        checkpoint.save(tmp_path, s, model=model.state_dict(), ema=None, optimizer=None,
                        state={"step": s}, keep=2)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["step-000003", "step-000004"]
    assert json.loads((tmp_path / "step-000004" / "state.json").read_text())["step"] == 4


def test_ema_tracks_and_warms_up():
    p = {"w": torch.zeros(3)}
    ema = EMA(p, decay=0.99)
    ema.update({"w": torch.ones(3)})
    # warm-up decay (1+1)/(10+1) ~ 0.18 -> the average moves most of the way at first
    assert torch.allclose(ema.shadow["w"], torch.full((3,), 1 - 2 / 11))
    for _ in range(2000):
        ema.update({"w": torch.ones(3)})
    assert torch.allclose(ema.shadow["w"], torch.ones(3), atol=1e-4)
    with pytest.raises(ValueError):
        EMA(p, decay=1.0)
