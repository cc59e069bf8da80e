"""The diffusion transformer: shapes, adaLN-zero init, masks, packing, conditioning, precision,
counting formulas, presets. A small config (a few blocks, width 64) keeps each test fast."""

import pytest
import torch
from torch.nn.attention import SDPBackend, sdpa_kernel
from torch.utils.flop_counter import FlopCounterMode

from kinetoscope.config import from_dict, to_dict
from kinetoscope.dit import DIT_PRESETS, DiT, DiTConfig, dit_config, flops_per_token, num_params
from kinetoscope.errors import UserError
from kinetoscope.nn import autocast

C, DT = 4, 24  # latent channels, text width


def small_cfg(**kw) -> DiTConfig:
    return dit_config("tiny", dim=64, depth=2, heads=2, latent_channels=C, text_dim=DT, **kw)


def trained_like(model: DiT, seed: int = 0) -> DiT:
    """Perturb every weight so no gate is zero (a model at init outputs exactly 0)."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(0.1 * torch.randn(p.shape, generator=g))
    return model


def inputs(B=2, T=3, H=4, W=6, L=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(B, C, T, H, W, generator=g)
    t = torch.rand(B, generator=g)
    text = torch.randn(B, L, DT, generator=g)
    mask = torch.ones(B, L, dtype=torch.bool)
    return x, t, text, mask


@pytest.fixture(scope="module")
def model():
    torch.manual_seed(0)
    return trained_like(DiT(small_cfg())).eval()


@pytest.mark.parametrize("thw", [(1, 4, 4), (3, 4, 6), (5, 2, 8), (2, 6, 2), (2, 5, 7), (1, 1, 1)])
def test_output_shape_any_duration_size_aspect(model, thw):
    x, t, text, mask = inputs(T=thw[0], H=thw[1], W=thw[2])
    v = model(x, t, text, mask)
    assert v.shape == x.shape and v.dtype == x.dtype and torch.isfinite(v).all()


def test_zero_init_then_gradients_reach_every_parameter():
    torch.manual_seed(0)
    model = DiT(small_cfg())
    x, t, text, mask = inputs()
    assert torch.equal(model(x, t, text, mask), torch.zeros_like(x))  # adaLN-zero
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    target = torch.randn_like(x)
    for _ in range(3):  # zero-init layers open up one after another
        opt.zero_grad()
        ((model(x, t, text, mask) - target) ** 2).mean().backward()
        opt.step()
    opt.zero_grad()
    ((model(x, t, text, mask) - target) ** 2).mean().backward()
    dead = [n for n, p in model.named_parameters() if p.grad is None or not p.grad.abs().sum() > 0]
    assert dead == []


def test_timestep_changes_output(model):
    x, _, text, mask = inputs()
    a = model(x, torch.tensor([0.1, 0.1]), text, mask)
    b = model(x, torch.tensor([0.9, 0.9]), text, mask)
    assert (a - b).abs().max() > 1e-3


def test_text_padding_is_ignored(model):
    x, t, text, mask = inputs(L=7)
    mask[0, 4:] = False
    mask[1, 2:] = False
    v = model(x, t, text, mask)
    garbage = text.clone()
    garbage[~mask] = 100 * torch.randn(int((~mask).sum()), DT)
    torch.testing.assert_close(model(x, t, garbage, mask), v)
    # ...same as giving each sample only its real tokens
    for i, n in enumerate((4, 2)):
        alone = model(x[i : i + 1], t[i : i + 1], text[i : i + 1, :n], mask[i : i + 1, :n])
        torch.testing.assert_close(alone[0], v[i], atol=1e-5, rtol=1e-5)
    # ...while the real tokens matter
    other = text.clone()
    other[0, 0] += 1
    assert (model(x, t, other, mask)[0] - v[0]).abs().max() > 1e-4


def test_empty_prompt_is_finite(model):
    x, t, text, mask = inputs()
    mask[1] = False
    assert torch.isfinite(model(x, t, text, mask)).all()


def test_cond_none_equals_zeros(model):
    x, t, text, mask = inputs()
    zeros = torch.zeros(2, C + 1, *x.shape[2:])
    torch.testing.assert_close(
        model(x, t, text, mask, None), model(x, t, text, mask, zeros), atol=1e-6, rtol=1e-6
    )
    cond = torch.randn_like(zeros)
    assert (model(x, t, text, mask, cond) - model(x, t, text, mask)).abs().max() > 1e-4
    with pytest.raises(ValueError):
        model(x, t, text, mask, torch.zeros(2, C, *x.shape[2:]))


def test_samples_in_a_batch_are_independent(model):
    x, t, text, mask = inputs()
    v = model(x, t, text, mask)
    x2 = x.clone()
    x2[1] = torch.randn_like(x2[1])
    torch.testing.assert_close(model(x2, t, text, mask)[0], v[0], atol=1e-5, rtol=1e-5)


def test_packed_equals_separate(model):
    g = torch.Generator().manual_seed(3)
    shapes = [(1, 4, 4), (3, 4, 6), (2, 6, 2), (2, 3, 5)]  # one frame, non-square, odd (padded)
    xs = [torch.randn(C, *s, generator=g) for s in shapes]
    conds = [
        None,
        torch.randn(C + 1, *shapes[1], generator=g),
        None,
        torch.randn(C + 1, *shapes[3], generator=g),
    ]
    t = torch.rand(4, generator=g)
    text = torch.randn(4, 6, DT, generator=g)
    mask = torch.ones(4, 6, dtype=torch.bool)
    mask[1, 3:] = False
    mask[3, 1:] = False
    packed = model.forward_packed(xs, t, text, mask, conds)
    for i, (x, c) in enumerate(zip(xs, conds)):
        alone = model(
            x[None], t[i : i + 1], text[i : i + 1], mask[i : i + 1], None if c is None else c[None]
        )[0]
        assert packed[i].shape == x.shape
        torch.testing.assert_close(packed[i], alone, atol=1e-5, rtol=1e-5)
    # without conditioning too, and with gradients flowing through the packed path
    packed = model.forward_packed(xs, t, text, mask)
    torch.testing.assert_close(
        packed[0], model(xs[0][None], t[:1], text[:1], mask[:1])[0], atol=1e-5, rtol=1e-5
    )
    sum(p.square().sum() for p in packed).backward()
    assert model.blocks[0].attn.qkv.weight.grad is not None
    model.zero_grad(set_to_none=True)


def test_frame_position_tells_left_from_right():
    """RoPE is relative: on a constant input every token computes the same thing, so a model
    could not put an object "on the left". The frame position embedding tells each token where
    it sits in its frame."""
    x = torch.full((1, C, 2, 4, 6), 0.3)
    _, t, text, mask = inputs(B=1)

    def spread(m: DiT) -> float:  # largest spread over tokens (one cell per 2x2 patch)
        with torch.no_grad():
            return float(m(x, t, text, mask)[..., 0::2, 0::2].std(dim=(3, 4)).max())

    torch.manual_seed(0)
    assert spread(trained_like(DiT(small_cfg(frame_pos=False))).eval()) < 1e-5
    assert spread(trained_like(DiT(small_cfg())).eval()) > 1e-2


def test_frame_position_features_are_fractions_of_the_frame():
    from kinetoscope.dit import frame_position_features

    narrow = frame_position_features((1, 2, 2), (1, 4, 4), (1, 2, 2)).view(2, 2, -1)  # x 1/4, 3/4
    wide = frame_position_features((2, 2, 6), (2, 4, 12), (1, 2, 2)).view(2, 2, 6, -1)  # x k/12
    torch.testing.assert_close(wide[0, :, 1], narrow[:, 0])  # x = 3/12 = 1/4
    torch.testing.assert_close(wide[1, :, 4], narrow[:, 1])  # x = 9/12 = 3/4, any frame
    assert not torch.allclose(narrow[:, 0], narrow[:, 1])


def test_bf16_autocast_close_to_fp32(model):
    x, t, text, mask = inputs(T=3, H=8, W=8)
    v32 = model(x, t, text, mask)
    with autocast("cpu", "bf16"):
        v16 = model(x, t, text, mask)
    assert v16.dtype == torch.float32  # output follows x, residual stream stays fp32
    rel = (v16 - v32).norm() / v32.norm()
    assert 0 < rel < 3e-2


def test_gradient_checkpointing_same_gradients():
    torch.manual_seed(0)
    a = trained_like(DiT(small_cfg()))
    b = DiT(small_cfg(checkpointing=True))
    b.load_state_dict(a.state_dict())
    x, t, text, mask = inputs()
    for m in (a, b):
        m(x, t, text, mask).square().mean().backward()
    for (n, pa), pb in zip(a.named_parameters(), b.parameters()):
        torch.testing.assert_close(pa.grad, pb.grad, atol=1e-6, rtol=1e-5, msg=n)


@pytest.mark.parametrize(
    "kw",
    [
        {},
        {"mlp": "swiglu"},
        {"qk_norm": False, "cond": False},
        {"patch": (2, 2, 2), "mlp_ratio": 2.5},
    ],
)
def test_num_params_formula_matches_module(kw):
    cfg = small_cfg(**kw)
    assert num_params(cfg) == DiT(cfg).num_params


@pytest.mark.parametrize(
    "kw,thw,L", [({}, (3, 4, 6), 5), ({"mlp": "swiglu", "patch": (2, 2, 2)}, (4, 8, 4), 3)]
)
def test_flops_formula_matches_a_count(kw, thw, L):
    cfg = small_cfg(**kw)
    model = DiT(cfg)
    x, t, text, mask = inputs(B=1, T=thw[0], H=thw[1], W=thw[2], L=L)
    cond = torch.zeros(1, C + 1, *thw)
    tokens = (thw[0] // cfg.patch[0]) * (thw[1] // cfg.patch[1]) * (thw[2] // cfg.patch[2])
    with torch.no_grad(), sdpa_kernel([SDPBackend.MATH]), FlopCounterMode(display=False) as counter:
        model(x, t, text, mask, cond)  # the math backend's matmuls are visible to the counter
    assert counter.get_total_flops() == pytest.approx(
        flops_per_token(cfg, tokens, L) * tokens, rel=1e-9
    )


def test_presets_and_overrides():
    assert set(DIT_PRESETS) == {"tiny", "small", "base", "xl"}
    sizes = [num_params(DIT_PRESETS[n]) for n in ("tiny", "small", "base", "xl")]
    assert sizes == sorted(sizes) and 0.8e9 < sizes[2] < 1.3e9  # base ~1B
    cfg = dit_config("tiny", depth=3, patch=[1, 2, 2])
    assert cfg.depth == 3 and cfg.patch == (1, 2, 2) and cfg.dim == DIT_PRESETS["tiny"].dim
    assert from_dict(DiTConfig, to_dict(cfg)) == cfg  # JSON round trip for checkpoints
    for bad in (
        {"heads": 5},
        {"depth": 0},
        {"mlp": "relu"},
        {"rope_split": (1, 1, 1)},
        {"nope": 1},
        {"dim": "wide"},
    ):
        with pytest.raises(UserError):
            dit_config("tiny", **bad)
    with pytest.raises(UserError, match="tiny"):
        dit_config("huge")


def test_bad_inputs_are_refused(model):
    x, t, text, mask = inputs()
    with pytest.raises(ValueError, match="channels"):
        model(x[:, :2], t, text, mask)
    with pytest.raises(ValueError, match="t must"):
        model(x, t[:1], text, mask)
    with pytest.raises(ValueError, match="text"):
        model(x, t, text[..., :3], mask)
    with pytest.raises(ValueError, match="text_mask"):
        model(x, t, text, mask.float())


def test_info_command(capsys):
    from kinetoscope.cli import main

    assert main(["info"]) == 0
    out = capsys.readouterr().out
    for name in DIT_PRESETS:
        assert name in out
    assert main(["info", "base", "--tokens", "80", "--set", "depth=2"]) == 0
    out = capsys.readouterr().out
    assert f"{num_params(dit_config('base', depth=2)):,} parameters" in out
    assert main(["info", "huge"]) == 2
    assert "choose one of" in capsys.readouterr().err


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float64])
def test_dtype_follows_the_weights(model, dtype):
    x, t, text, mask = inputs()
    mask[1, 3:] = False
    v32 = model(x, t, text, mask)
    cast = DiT(model.cfg).to(dtype)
    cast.load_state_dict(model.state_dict())
    v = cast(x.to(dtype), t, text.to(dtype), mask)
    assert v.dtype == dtype
    tol = 5e-2 if dtype == torch.bfloat16 else 1e-5
    assert (v.float() - v32).norm() / v32.norm() < tol


def test_residual_stream_stays_fp32_under_autocast(model):
    seen = []
    hook = model.blocks[0].register_forward_hook(lambda m, args, out: seen.append(out.dtype))
    x, t, text, mask = inputs()
    with autocast("cpu", "bf16"):
        model(x, t, text, mask)
    hook.remove()
    assert seen == [torch.float32]
