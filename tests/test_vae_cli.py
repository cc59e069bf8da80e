"""`kinetoscope vae train/roundtrip` and the shipped world VAE."""

import json

import numpy as np
import pytest
import torch

from kinetoscope import media
from kinetoscope.cli import main
from kinetoscope.config import load
from kinetoscope.vae import VAEConfig, VideoVAE, load_vae, save_vae, weights_dir
from kinetoscope.vae.config import VAETrainConfig
from kinetoscope.vae.train import psnr

TINY = {"latent_channels": 4, "channels": [8, 16, 32], "time_kernel": [1, 3, 3], "enc_blocks": 1, "dec_blocks": 1}


def world_video(frames=5, height=64, width=64, seed=0):
    from kinetoscope import world

    return world.render(world.sample_shots(np.random.default_rng(seed)), frames=frames, height=height, width=width)


@pytest.fixture()
def tiny_weights(tmp_path):
    torch.manual_seed(0)
    return save_vae(VideoVAE(VAEConfig(**TINY)), tmp_path / "tiny")


def test_roundtrip_writes_same_size_video_and_prints_psnr(tiny_weights, tmp_path, capsys):
    video = world_video(frames=6)[:, :45, :38]  # not a multiple of 8: padded, then cropped back
    src = media.write_video(tmp_path / "in.mkv", video, 8)
    out = tmp_path / "out.mkv"
    assert main(["vae", "roundtrip", str(src), "-o", str(out), "--weights", str(tiny_weights)]) == 0
    got = media.read_video(out)
    assert got.frames.shape == (6, 45, 38, 3) and got.fps == 8
    assert "PSNR" in capsys.readouterr().out


def test_roundtrip_chunked_matches_whole(tiny_weights, tmp_path):
    src = media.write_video(tmp_path / "in.mkv", world_video(frames=9, height=32, width=32), 8)
    a, b = tmp_path / "a.mkv", tmp_path / "b.mkv"
    assert main(["vae", "roundtrip", str(src), "-o", str(a), "--weights", str(tiny_weights)]) == 0
    assert main(["vae", "roundtrip", str(src), "-o", str(b), "--weights", str(tiny_weights), "--chunk-frames", "4"]) == 0
    fa, fb = media.read_video(a).frames.astype(int), media.read_video(b).frames.astype(int)
    assert np.abs(fa - fb).max() <= 1  # equal up to float rounding at a quantisation boundary


def test_roundtrip_image(tiny_weights, tmp_path):
    src = media.write_video(tmp_path / "in.png", world_video(frames=1, height=32, width=48), 8)
    out = tmp_path / "out.png"
    assert main(["vae", "roundtrip", str(src), "-o", str(out), "--weights", str(tiny_weights)]) == 0
    assert media.read_video(out).frames.shape == (1, 32, 48, 3)


def test_roundtrip_bad_input_is_one_sentence(tiny_weights, tmp_path, capsys):
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"this is not a video")
    assert main(["vae", "roundtrip", str(bad), "-o", str(tmp_path / "o.mkv"), "--weights", str(tiny_weights)]) != 0
    tiny = media.write_video(tmp_path / "tiny.png", np.zeros((1, 4, 4, 3), np.uint8), 8)
    assert main(["vae", "roundtrip", str(tiny), "-o", str(tmp_path / "o.mkv"), "--weights", str(tiny_weights)]) != 0
    assert main(["vae", "roundtrip", str(tiny), "-o", str(tmp_path / "o.mkv"), "--weights", str(tmp_path / "none")]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("kinetoscope: ") for line in err)
    assert "resize" in err[1] and "kinetoscope vae train" in err[2]
    assert not (tmp_path / "o.mkv").exists()


def test_train_command_writes_loadable_weights_with_latent_stats(tmp_path, capsys):
    cfg = tmp_path / "vae-tiny.toml"
    cfg.write_text(
        'preset = "world"\nbatch = 2\nframes = [1, 5]\nheight = 32\nwidth = 32\neval_every = 2\n'
        "eval_videos = 2\neval_frames = 5\nwarmup = 1\n[model]\n"
        + "".join(f"{k} = {json.dumps(v)}\n" for k, v in TINY.items())
    )
    out = tmp_path / "run"
    assert main(["vae", "train", str(cfg), "lr=1e-3", "--out", str(out), "--steps", "2"]) == 0
    assert "PSNR" in capsys.readouterr().out
    vae = load_vae(out)
    meta = json.loads((out / "config.json").read_text())
    assert meta["step"] == 2 and meta["train"]["steps"] == 2 and meta["psnr"] is not None
    assert not torch.equal(vae.latent_scale, torch.ones(4))  # measured, not the defaults


def test_train_init_starts_from_given_weights(tiny_weights, tmp_path, capsys):
    cfg = tmp_path / "vae-tiny.toml"
    cfg.write_text(
        'batch = 1\nframes = [1]\nheight = 32\nwidth = 32\neval_videos = 1\neval_frames = 1\nlr = 1e-9\n[model]\n'
        + "".join(f"{k} = {json.dumps(v)}\n" for k, v in TINY.items())
    )
    out = tmp_path / "ft"
    assert main(["vae", "train", str(cfg), "--out", str(out), "--steps", "1", "--init", str(tiny_weights)]) == 0
    a, b = load_vae(tiny_weights).state_dict(), load_vae(out).state_dict()
    torch.testing.assert_close(a["decoder.conv_in.conv.weight"], b["decoder.conv_in.conv.weight"], atol=1e-6, rtol=0)
    other = tmp_path / "other.toml"
    other.write_text(cfg.read_text().replace("latent_channels = 4", "latent_channels = 8"))
    assert main(["vae", "train", str(other), "--out", str(tmp_path / "x"), "--steps", "1", "--init", str(tiny_weights)]) != 0
    assert "different model" in capsys.readouterr().err


def test_decoder_only_finetune_keeps_the_latent_space(tiny_weights, tmp_path, capsys):
    """train_encoder=false moves the decoder and nothing a DiT depends on."""
    cfg = tmp_path / "vae-tiny.toml"
    cfg.write_text(
        'batch = 2\nframes = [1, 5]\nheight = 32\nwidth = 32\neval_videos = 1\neval_frames = 5\n'
        "lr = 1e-2\nwarmup = 1\ntrain_encoder = false\n[model]\n"
        + "".join(f"{k} = {json.dumps(v)}\n" for k, v in TINY.items())
    )
    out = tmp_path / "dec"
    assert main(["vae", "train", str(cfg), "--out", str(out), "--steps", "3", "--init", str(tiny_weights)]) == 0
    a, b = load_vae(tiny_weights).state_dict(), load_vae(out).state_dict()
    for k in a:
        if k.startswith("encoder.") or k.startswith("latent_"):
            assert torch.equal(a[k], b[k]), k
    assert not torch.equal(a["decoder.conv_out.conv.weight"], b["decoder.conv_out.conv.weight"])
    assert main(["vae", "train", str(cfg), "--out", str(tmp_path / "x"), "--steps", "1"]) == 2
    assert "--init" in capsys.readouterr().err


def test_train_refuses_bad_config(tmp_path, capsys):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("batch = 0\n")
    assert main(["vae", "train", str(cfg), "--out", str(tmp_path / "run")]) != 0
    assert "batch" in capsys.readouterr().err


def test_shipped_config_loads():
    tcfg = load(VAETrainConfig, "configs/vae-world.toml")
    assert tcfg.preset == "world" and tcfg.data == "world"


def test_shipped_world_vae_reconstructs_the_world(tmp_path, capsys):
    """The committed weights: loadable, 8x8 spatial, and a near-lossless world round trip."""
    assert (weights_dir() / "model.safetensors").is_file(), "run `kinetoscope vae train configs/vae-world.toml`"
    vae = load_vae()
    assert vae.cfg.spatial == 8 and vae.cfg.temporal == 4
    video = world_video(frames=9, seed=12345)
    x = media.frames_to_tensor(video)[None]
    with torch.no_grad():
        z = vae.encode(x)
        y = vae.decode(z, frames=9)
    assert z.shape == (1, *vae.latent_shape(9, 64, 64))
    assert 0.2 < float(z.std()) < 5  # normalised for the DiT
    assert float(psnr(y, x)[0]) > 28  # a loose floor; the benchmark reports the real figure
    src = media.write_video(tmp_path / "w.mkv", video, 8)
    assert main(["vae", "roundtrip", str(src), "-o", str(tmp_path / "r.mkv")]) == 0
    assert media.read_video(tmp_path / "r.mkv").frames.shape == video.shape
