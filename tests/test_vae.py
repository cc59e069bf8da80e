"""The causal video VAE on a tiny config: shapes, causality, chunks and tiles, save/load."""

import json

import pytest
import torch

from kinetoscope.config import from_dict, to_dict
from kinetoscope.errors import UserError
from kinetoscope.vae import VAE_PRESETS, VAEConfig, VideoVAE, load_vae, save_vae

TINY = VAEConfig(
    latent_channels=4, channels=(8, 16, 32), time_kernel=(1, 3, 3), enc_blocks=1, dec_blocks=1,
    patch=2, spatial=8, temporal=4,
)


@pytest.fixture(scope="module")
def vae():
    torch.manual_seed(0)
    m = VideoVAE(TINY).eval()
    with torch.no_grad():  # non-trivial statistics, so tests see the normalisation at work
        m.latent_shift.uniform_(-0.5, 0.5)
        m.latent_scale.uniform_(0.5, 2.0)
    return m


def clip(t, h, w, b=1, seed=0):
    g = torch.Generator().manual_seed(seed)
    return torch.rand(b, 3, t, h, w, generator=g) * 2 - 1


@pytest.mark.parametrize("t,h,w", [(1, 16, 16), (2, 16, 24), (5, 32, 32), (6, 17, 9), (9, 8, 40), (13, 24, 24)])
def test_shapes_any_size_in_same_size_out(vae, t, h, w):
    x = clip(t, h, w, b=2)
    with torch.no_grad():
        z = vae.encode(x)
        assert tuple(z.shape) == (2, *vae.latent_shape(t, h, w))
        assert z.shape[2] == 1 + -(-(t - 1) // 4)
        y = vae.decode(z, frames=t, height=h, width=w)
    assert y.shape == x.shape
    assert y.min() >= -1 and y.max() <= 1


def test_batch_of_one_equals_batch_item(vae):
    """Batch-1 fp32 inference takes a different CPU kernel (oneDNN directly); same numbers."""
    x = clip(5, 16, 16, b=2)
    with torch.no_grad():
        z2 = vae.encode(x)
        z1 = vae.encode(x[1:])
        y2 = vae.decode(z2)
        y1 = vae.decode(z1)
    torch.testing.assert_close(z1, z2[1:], atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(y1, y2[1:], atol=1e-5, rtol=1e-5)


def test_decode_defaults_and_refuses_mismatched_frames(vae):
    z = torch.randn(1, 4, 3, 2, 2)
    with torch.no_grad():
        assert vae.decode(z).shape == (1, 3, 9, 16, 16)
        assert vae.decode(z, frames=6).shape[2] == 6
    with pytest.raises(ValueError):
        vae.decode(z, frames=10)  # 10 frames need 4 latent frames, not 3
    with pytest.raises(ValueError):
        vae.decode(z, frames=5)  # 5 frames need 2


def test_causal_encoder_past_latents_ignore_the_future(vae):
    x = clip(13, 16, 16)
    with torch.no_grad():
        z = vae.encode(x)
        for t in (1, 5, 9):  # prefixes that end on a latent-frame boundary
            zp = vae.encode(x[:, :, :t])
            torch.testing.assert_close(zp, z[:, :, : zp.shape[2]], atol=1e-5, rtol=1e-5)
        x2 = x.clone()
        x2[:, :, 5:] = -x2[:, :, 5:]  # change the future after frame 4
        z2 = vae.encode(x2)
    torch.testing.assert_close(z2[:, :, :2], z[:, :, :2], atol=1e-5, rtol=1e-5)
    assert not torch.allclose(z2[:, :, 2:], z[:, :, 2:])


def test_image_is_a_one_frame_video(vae):
    x = clip(9, 16, 24)
    with torch.no_grad():
        z_img = vae.encode(x[:, :, :1])
        z_vid = vae.encode(x)
        y_img = vae.decode(z_img, frames=1)
        y_vid = vae.decode(z_vid, frames=9)
    assert z_img.shape[2] == 1 and y_img.shape == (1, 3, 1, 16, 24)
    torch.testing.assert_close(z_img, z_vid[:, :, :1], atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(y_img, y_vid[:, :, :1], atol=1e-5, rtol=1e-5)


def test_causal_decoder(vae):
    z = torch.randn(1, 4, 4, 2, 2)
    with torch.no_grad():
        y = vae.decode(z)
        y2 = vae.decode(torch.cat([z[:, :, :2], -z[:, :, 2:]], dim=2))
    torch.testing.assert_close(y2[:, :, :5], y[:, :, :5], atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("chunk", [4, 8])
def test_chunked_equals_whole(vae, chunk):
    x = clip(14, 24, 16)
    with torch.no_grad():
        z = vae.encode(x)
        zc = vae.encode_chunked(x, chunk_frames=chunk)
        y = vae.decode(z, frames=14)
        yc = vae.decode_chunked(z, frames=14, chunk_latents=chunk // 4)
        ys = torch.cat(list(vae.decode_stream(z, chunk_latents=1)), dim=2)[:, :, :14]
    torch.testing.assert_close(zc, z, atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(yc, y, atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(ys, y, atol=1e-5, rtol=1e-5)


def test_encode_stream_regroups_chunks_of_any_length(vae):
    x = clip(15, 16, 16)
    with torch.no_grad():
        z = vae.encode(x)
        pieces = [x[:, :, a:b] for a, b in ((0, 3), (3, 4), (4, 11), (11, 15))]
        zs = torch.cat(list(vae.encode_stream(iter(pieces), chunk_frames=8)), dim=2)
    torch.testing.assert_close(zs, z, atol=1e-5, rtol=1e-5)


def test_tiled_equals_whole(vae):
    enc_halo, dec_halo = vae._halo
    size = 16 + 2 * enc_halo + 16  # wide enough that every tile reads only part of the frame
    x = clip(5, size, size + 8)
    with torch.no_grad():
        z = vae.encode(x)
        zt = vae.encode_chunked(x, chunk_frames=4, tile=16)
        y = vae.decode(z, frames=5)
        yt = vae.decode_chunked(z, frames=5, chunk_latents=1, tile=16)
    assert (size + 8) // 8 > 2 * dec_halo + 2  # the decoder tiles are partial too
    torch.testing.assert_close(zt, z, atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(yt, y, atol=1e-5, rtol=1e-5)


def test_posterior_sample_is_seeded_and_near_mean(vae):
    x = clip(5, 16, 16)
    with torch.no_grad():
        a = vae.encode(x, sample=True, generator=torch.Generator().manual_seed(1))
        b = vae.encode(x, sample=True, generator=torch.Generator().manual_seed(1))
        m = vae.encode(x)
    torch.testing.assert_close(a, b)
    assert not torch.equal(a, m)


def test_normalisation_is_undone_by_decode(vae):
    x = clip(5, 16, 16)
    plain = VideoVAE(TINY).eval()
    plain.load_state_dict({**vae.state_dict(), "latent_shift": torch.zeros(4), "latent_scale": torch.ones(4)})
    with torch.no_grad():
        z_raw = plain.encode(x)
        z = vae.encode(x)
        torch.testing.assert_close(z, (z_raw - vae.latent_shift[:, None, None, None]) / vae.latent_scale[:, None, None, None])
        torch.testing.assert_close(vae.decode(z), plain.decode(z_raw), atol=1e-5, rtol=1e-5)


def test_training_pass_has_gradients(vae):
    m = VideoVAE(TINY)
    x = clip(5, 16, 16, b=2)
    rec, mean, logvar = m(x, generator=torch.Generator().manual_seed(0))
    assert rec.shape == x.shape and mean.shape == logvar.shape == (2, 4, 2, 2, 2)
    (rec - x).abs().mean().backward()
    assert all(p.grad is not None for n, p in m.named_parameters() if n.startswith(("encoder", "decoder")))


def test_save_load_roundtrip_strict(vae, tmp_path):
    save_vae(vae, tmp_path / "w", {"step": 3})
    loaded = load_vae(tmp_path / "w")
    assert not loaded.training and loaded.cfg == TINY
    for k, v in vae.state_dict().items():
        torch.testing.assert_close(loaded.state_dict()[k], v)
    meta = json.loads((tmp_path / "w" / "config.json").read_text())
    assert meta["step"] == 3 and from_dict(VAEConfig, meta["config"]) == TINY
    half = load_vae(save_vae(vae, tmp_path / "h", dtype=torch.float16))  # the shipped format
    assert half.encoder.conv_in.conv.weight.dtype == torch.float32
    x = clip(5, 16, 16)
    with torch.no_grad():
        torch.testing.assert_close(half.decode(half.encode(x)), vae.decode(vae.encode(x)), atol=2e-2, rtol=0)


def test_load_refuses_missing_corrupt_and_mismatched_weights(vae, tmp_path):
    with pytest.raises(UserError, match="kinetoscope vae train"):
        load_vae(tmp_path / "nothing")
    d = save_vae(vae, tmp_path / "w")
    (d / "model.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(UserError, match="corrupt"):
        load_vae(d)
    save_vae(vae, d)
    meta = json.loads((d / "config.json").read_text())
    meta["config"]["latent_channels"] = 8  # weights for 4 channels
    (d / "config.json").write_text(json.dumps(meta))
    with pytest.raises(UserError, match="do not match"):
        load_vae(d)
    (d / "config.json").write_text("{")
    with pytest.raises(UserError, match="unreadable"):
        load_vae(d)


def test_config_validation():
    with pytest.raises(UserError):
        from_dict(VAEConfig, {"spatial": 6})
    with pytest.raises(UserError):
        from_dict(VAEConfig, {"channels": [8, 16], "time_kernel": [1, 3]})  # 2 levels cannot reach 8x / 4x
    with pytest.raises(UserError):
        from_dict(VAEConfig, {"bogus": 1})
    for name, cfg in VAE_PRESETS.items():
        assert from_dict(VAEConfig, to_dict(cfg)) == cfg, name
    assert VAE_PRESETS["video"].latent_shape(17, 64, 64) == (16, 5, 8, 8)
