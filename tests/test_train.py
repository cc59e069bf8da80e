"""The trainer: smoke run, bit-identical resume on CPU, export -> pipeline, torchrun DDP."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from kinetoscope import config
from kinetoscope.train.config import TrainConfig
from kinetoscope.train.loop import Trainer, lr_at

ROOT = Path(__file__).resolve().parents[1]
SMOKE = ROOT / "configs" / "smoke.toml"


def smoke_cfg(vae: Path, *extra: str) -> TrainConfig:
    return config.load(TrainConfig, SMOKE, [f'model.vae="{vae}"', "threads=1", *extra])


def test_resume_is_bit_identical(tmp_path, tiny_vae):
    cfg = smoke_cfg(tiny_vae)
    straight = Trainer(cfg, tmp_path / "a")
    straight.run(4, progress=False)

    first = Trainer(cfg, tmp_path / "b")
    first.run(2, progress=False)
    del first
    resumed = Trainer(cfg, tmp_path / "b", resume=True)
    assert resumed.step == 2
    resumed.run(4, progress=False)

    a = load_file(tmp_path / "a" / "step-000004" / "model.safetensors")
    b = load_file(tmp_path / "b" / "step-000004" / "model.safetensors")
    assert a.keys() == b.keys() and any(k.startswith("text.") for k in a)
    for k in a:
        assert torch.equal(a[k], b[k]), k
    ea = load_file(tmp_path / "a" / "step-000004" / "ema.safetensors")
    eb = load_file(tmp_path / "b" / "step-000004" / "ema.safetensors")
    assert all(torch.equal(ea[k], eb[k]) for k in ea)
    # the weights really moved, so the equality above is not trivially true
    init = Trainer(cfg, tmp_path / "c").model.state_dict()
    moved = [k for k in a if k.startswith("dit.") and not torch.equal(init[k], a[k])]
    assert len(moved) > len([k for k in a if k.startswith("dit.")]) // 2
    log = [json.loads(line) for line in (tmp_path / "a" / "log.jsonl").read_text().splitlines()]
    steps = [r["step"] for r in log if "loss" in r]
    assert steps == [1, 2, 3, 4] and all(r["loss"] > 0 for r in log if "loss" in r)
    assert any(k.startswith("val/") for r in log for k in r)


def test_init_starts_a_new_stage_from_a_checkpoint_or_model_dir(tmp_path, tiny_vae):
    from kinetoscope.errors import UserError
    from kinetoscope.train.export import export_model

    first = Trainer(smoke_cfg(tiny_vae), tmp_path / "a")
    ck = first.run(3, progress=False)
    trained = load_file(ck / "model.safetensors")
    ema = load_file(ck / "ema.safetensors")
    export_model(ck, tmp_path / "model")

    stage = Trainer(smoke_cfg(tiny_vae, f'init="{ck}"'), tmp_path / "b")
    assert stage.step == 0 and not stage.opt.state  # fresh optimizer and schedule
    mine = stage.model.state_dict()
    assert all(torch.equal(mine[k], trained[k]) for k in trained)
    assert all(torch.equal(stage.ema.state_dict()[k], ema[k]) for k in ema)
    stage.run(1, progress=False)  # and it trains from there

    from_dir = Trainer(smoke_cfg(tiny_vae, f'init="{tmp_path / "model"}"'), tmp_path / "c")
    assert all(torch.equal(from_dir.model.state_dict()[k], ema.get(k, trained[k])) for k in trained)

    with pytest.raises(UserError, match="different model"):
        Trainer(smoke_cfg(tiny_vae, f'init="{ck}"', "model.dit.depth=1"), tmp_path / "d")
    with pytest.raises(UserError, match="neither a training checkpoint"):
        Trainer(smoke_cfg(tiny_vae, f'init="{tmp_path}"'), tmp_path / "e")


def test_init_from_a_model_without_frame_positions_adds_them_at_zero(tmp_path, tiny_vae):
    old = Trainer(smoke_cfg(tiny_vae, "model.dit.frame_pos=false"), tmp_path / "a")
    ck = old.run(2, progress=False)
    trained = load_file(ck / "model.safetensors")
    assert not any(k.startswith("dit.pos_embed.") for k in trained)
    stage = Trainer(smoke_cfg(tiny_vae, f'init="{ck}"'), tmp_path / "b")
    mine = stage.model.state_dict()
    assert all(torch.equal(mine[k], trained[k]) for k in trained)
    assert not mine["dit.pos_embed.weight"].any()  # starts at zero: the same function
    stage.run(1, progress=False)
    assert stage.model.state_dict()["dit.pos_embed.weight"].any()  # and learns from there


def test_init_fresh_keeps_a_trained_body_for_another_patch(tmp_path, tiny_vae):
    """Another VAE's latent (here: another patch) reshapes only the patch embedding and the
    output projection; init_fresh starts those afresh and keeps every other trained weight."""
    from kinetoscope.errors import UserError

    ck = Trainer(smoke_cfg(tiny_vae), tmp_path / "a").run(2, progress=False)
    trained = load_file(ck / "model.safetensors")
    fresh = '["dit.patch_embed.", "dit.proj_out."]'
    with pytest.raises(UserError, match="different model"):
        Trainer(smoke_cfg(tiny_vae, f'init="{ck}"', "model.dit.patch=[1,1,1]"), tmp_path / "b")
    stage = Trainer(smoke_cfg(tiny_vae, f'init="{ck}"', "model.dit.patch=[1,1,1]", f"init_fresh={fresh}"),
                    tmp_path / "c")
    mine = stage.model.state_dict()
    new = [k for k in mine if k.startswith(("dit.patch_embed.", "dit.proj_out."))]
    assert len(new) == 4 and all(mine[k].shape != trained[k].shape for k in new if k.endswith("weight"))
    kept = [k for k in trained if k not in new]
    assert all(torch.equal(mine[k], trained[k]) for k in kept) and len(kept) > 20
    stage.run(1, progress=False)
    with pytest.raises(UserError, match="init_fresh names no weight"):
        Trainer(smoke_cfg(tiny_vae, f'init="{ck}"', 'init_fresh=["dit.nothing."]'), tmp_path / "d")


def test_resume_ignores_half_written_checkpoint(tmp_path, tiny_vae):
    cfg = smoke_cfg(tiny_vae)
    t = Trainer(cfg, tmp_path)
    t.run(2, progress=False)
    (tmp_path / ".step-000003.tmp").mkdir()  # a crash while writing step 3
    (tmp_path / ".step-000003.tmp" / "model.safetensors").write_bytes(b"\0" * 10)
    again = Trainer(cfg, tmp_path, resume=True)
    assert again.step == 2


def test_export_loads_into_pipeline(tmp_path, tiny_vae):
    from kinetoscope.pipeline import Request, load_pipeline
    from kinetoscope.train.export import export_model

    cfg = smoke_cfg(tiny_vae)
    last = Trainer(cfg, tmp_path / "run").run(2, progress=False)
    model_dir = export_model(last, tmp_path / "model")
    pipe = load_pipeline(model_dir)
    assert pipe.train_frames == 9  # the longest smoke bucket: long videos default to such windows
    frames = pipe(Request("a small red circle moves right", frames=5, height=32, width=48, steps=2))
    assert frames.shape == (5, 32, 48, 3) and frames.dtype == torch.uint8
    # the checkpoint directory itself loads too, with the same (EMA) weights
    pipe2 = load_pipeline(last)
    frames2 = pipe2(Request("a small red circle moves right", frames=5, height=32, width=48, steps=2))
    assert torch.equal(frames, frames2)


def test_lr_schedule_warms_up_then_decays():
    cfg = config.from_dict(TrainConfig, {"steps": 100, "optim": {"lr": 1.0, "warmup": 10, "min_lr_ratio": 0.1}})
    lrs = [lr_at(s, cfg) for s in range(100)]
    assert lrs[0] == pytest.approx(0.1) and lrs[9] == pytest.approx(1.0)
    assert all(a >= b for a, b in zip(lrs[10:], lrs[11:]))
    assert lrs[-1] == pytest.approx(0.1, abs=0.01)


def test_bad_config_is_one_sentence(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("stepz = 3\n")
    r = subprocess.run([sys.executable, "-m", "kinetoscope", "train", str(bad)], capture_output=True, text=True)
    assert r.returncode == 2 and "unknown setting 'stepz'" in r.stderr and "Traceback" not in r.stderr


def _torchrun(vae: Path, out: Path, port: int, strategy: str, *options: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    cmd = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_port", str(port),
           "-m", "kinetoscope", "train", str(SMOKE), f'model.vae="{vae}"', "threads=1",
           f'distributed="{strategy}"', "--out", str(out), "--quiet", *options]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)


@pytest.mark.slow
@pytest.mark.parametrize("strategy,port", [("ddp", 29533), ("fsdp", 29534)])
def test_torchrun_two_processes(tmp_path, tiny_vae, strategy, port):
    """Two gloo processes train, write full (unwrapped, unsharded) checkpoints, and resume."""
    out = tmp_path / strategy
    r = _torchrun(tiny_vae, out, port, strategy, "--steps", "2")
    assert r.returncode == 0, r.stderr[-2000:]
    sd = load_file(out / "step-000002" / "model.safetensors")
    assert all(not k.startswith("module.") for k in sd) and any(k.startswith("dit.") for k in sd)
    single = Trainer(smoke_cfg(tiny_vae), tmp_path / "single").model.state_dict()
    assert all(sd[k].shape == v.shape for k, v in single.items())  # full shapes, loadable alone
    assert json.loads((out / "step-000002" / "state.json").read_text())["world"] == 2
    r = _torchrun(tiny_vae, out, port, strategy, "--steps", "3", "--resume")
    assert r.returncode == 0, r.stderr[-2000:]
    assert json.loads((out / "step-000003" / "state.json").read_text())["step"] == 3


def test_latent_cache_trains_and_resumes(tmp_path, tiny_vae):
    """A folder dataset is encoded once; training reads the cache, and resume is exact."""
    from kinetoscope.world.dataset import write_dataset

    write_dataset(tmp_path / "ds", 6, 0)
    extra = [f'data.source="{tmp_path / "ds"}"', f'data.latent_cache="{tmp_path / "cache"}"',
             "data.buckets=[{frames=5, height=32, width=32}]", "data.batch_size=2"]
    cfg = smoke_cfg(tiny_vae, *extra)
    a = Trainer(cfg, tmp_path / "a")
    a.run(3, progress=False)
    index = tmp_path / "cache" / "index.json"
    built = index.stat().st_mtime_ns
    assert json.loads(index.read_text())["buckets"] == ["5x32x32"]

    b = Trainer(cfg, tmp_path / "b")
    b.run(2, progress=False)
    assert index.stat().st_mtime_ns == built  # reused, not rebuilt
    del b
    b = Trainer(cfg, tmp_path / "b", resume=True)
    b.run(3, progress=False)
    sa = load_file(tmp_path / "a" / "step-000003" / "model.safetensors")
    sb = load_file(tmp_path / "b" / "step-000003" / "model.safetensors")
    assert all(torch.equal(sa[k], sb[k]) for k in sa)


def test_world_latent_cache_pairs_each_clip_with_its_caption(tmp_path, tiny_vae):
    """One world epoch is cached in batches; entry i holds the moments of clip i (the same
    render the stream gives at that key) beside clip i's caption."""
    import numpy as np

    from kinetoscope import media
    from kinetoscope.data import Bucket, BucketBatcher, WorldStream
    from kinetoscope.train.latent_cache import _TAG, CachedLatents
    from kinetoscope.train.distributed import setup
    from kinetoscope.vae import load_vae

    vae = load_vae(tiny_vae)
    stream = WorldStream(3, (Bucket(5, 32, 32),), epoch_size=7)
    batcher = BucketBatcher(stream, 2, seed=3)
    cache = CachedLatents.open_or_build(tmp_path / "cache", batcher, vae, setup(), "fp32")
    index = json.loads((tmp_path / "cache" / "index.json").read_text())
    mean = cache.tensors[0]["mean"]
    assert mean.dtype == torch.float16 and len(mean) == len(index["captions"][0]) == 7
    for i in (0, 4, 6):  # batches of 16 at most: 7 clips are one partial batch
        sample = stream.load((i, 0), Bucket(5, 32, 32), np.random.default_rng([_TAG, 3, i, 0]))
        want, _ = vae.encode_moments(media.frames_to_tensor(sample.video[None]))
        assert index["captions"][0][i] == sample.caption
        assert torch.allclose(mean[i].float(), want[0], atol=2e-2, rtol=1e-2)
    z, caps = cache.next_latents(torch.Generator().manual_seed(0))
    assert z.shape[0] == 2 and all(c in index["captions"][0] for c in caps)


def test_train_command_exports_in_the_dtype_asked(tmp_path, tiny_vae):
    from kinetoscope.cli import main
    from kinetoscope.pipeline import load_pipeline

    model = tmp_path / "model"
    assert main(["train", str(SMOKE), f'model.vae="{tiny_vae}"', "threads=1", "--steps", "2", "--quiet",
                 "--out", str(tmp_path / "run"), "--export", str(model), "--export-dtype", "float16"]) == 0
    sd = load_file(model / "model.safetensors")
    assert {v.dtype for v in sd.values() if v.is_floating_point()} == {torch.float16}
    assert json.loads((model / "model.json").read_text())["trained_steps"] == 2
    assert load_pipeline(model).dit.blocks[0].attn.qkv.weight.dtype == torch.float32  # loads as fp32
