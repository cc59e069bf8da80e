"""Rectified flow: path identities, timestep laws, sampler orders on a known flow, CFG."""

import math

import pytest
import torch

from kinetoscope import diffusion as D

# A Gaussian data law x0 ~ N(MU, S^2) per dimension: its exact velocity and flow map are known.
MU = torch.tensor([1.5, -0.5, 0.0, 2.0], dtype=torch.float64)
S = torch.tensor([0.5, 0.2, 1.0, 1.5], dtype=torch.float64)
gaussian_velocity, exact_x0 = D.gaussian_flow(MU, S)


def state_at(t):
    z = D.make_noise((32, 4), 0, dtype=torch.float64)
    return (1 - t) * MU + z * ((1 - t) ** 2 * S**2 + t**2).sqrt()


def test_gaussian_velocity_is_the_conditional_mean_of_the_target():
    # Monte Carlo check of the known answer itself: (e - x0) - v(x_t) has mean zero and is
    # uncorrelated with x_t.
    g = torch.Generator().manual_seed(1)
    n, t = 200_000, 0.4
    x0 = MU + S * torch.randn(n, 4, generator=g, dtype=torch.float64)
    e = torch.randn(n, 4, generator=g, dtype=torch.float64)
    xt = D.interpolate(x0, e, t)
    v = gaussian_velocity(xt, torch.full((n,), t, dtype=torch.float64))
    assert torch.allclose(
        exact_x0(D.interpolate(MU, torch.zeros(4, dtype=torch.float64), t), t), MU
    )
    resid = D.velocity_target(x0, e) - v  # mean zero and uncorrelated with x_t
    assert resid.mean(0).abs().max() < 0.02
    assert ((resid * (xt - xt.mean(0))).mean(0)).abs().max() < 0.02


def test_path_endpoints_and_estimates():
    x0, e = torch.randn(5, 3, 4, 4), torch.randn(5, 3, 4, 4)
    t = torch.rand(5)
    xt = D.interpolate(x0, e, t)
    v = D.velocity_target(x0, e)
    assert torch.allclose(D.interpolate(x0, e, 0.0), x0) and torch.allclose(
        D.interpolate(x0, e, 1.0), e
    )
    assert torch.allclose(D.predict_x0(xt, v, t), x0, atol=1e-5)
    assert torch.allclose(D.predict_noise(xt, v, t), e, atol=1e-5)
    # v is the time derivative of the path
    h = 1e-3
    fd = (
        D.interpolate(x0.double(), e.double(), t.double() + h)
        - D.interpolate(x0.double(), e.double(), t.double())
    ) / h
    assert torch.allclose(fd, v.double(), atol=1e-6)


@pytest.mark.parametrize("mean", [0.0, 1.0, -0.5])
def test_logit_normal_timesteps(mean):
    t = D.sample_timesteps(40_000, torch.Generator().manual_seed(0), mean=mean, std=1.0)
    assert t.shape == (40_000,) and t.dtype == torch.float32
    assert bool((t > 0).all() and (t < 1).all())
    assert abs(t.median().item() - 1 / (1 + math.exp(-mean))) < 0.01
    logit = torch.log(t / (1 - t))
    assert abs(logit.std().item() - 1.0) < 0.03


def test_timesteps_are_deterministic_given_a_seed():
    a = D.sample_timesteps(16, torch.Generator().manual_seed(3))
    b = D.sample_timesteps(16, torch.Generator().manual_seed(3))
    c = D.sample_timesteps(16, torch.Generator().manual_seed(4))
    assert torch.equal(a, b) and not torch.equal(a, c)
    assert bool((D.sample_timesteps(8, torch.Generator().manual_seed(0), std=20.0) < 1).all())


def test_shift_is_monotone_fixes_ends_and_inverts():
    t = torch.linspace(0, 1, 101, dtype=torch.float64)
    assert torch.allclose(D.shift_timesteps(t, 1.0), t)
    for s in (0.5, 2.0, 3.0, 7.0):
        u = D.shift_timesteps(t, s)
        assert bool((u[1:] > u[:-1]).all())
        assert u[0] == 0 and u[-1] == 1
        assert bool((u >= t).all()) if s > 1 else bool((u <= t).all())
        assert torch.allclose(D.unshift_timesteps(u, s), t)
    with pytest.raises(ValueError):
        D.shift_timesteps(t, 0.0)


def test_shift_grows_with_tokens_and_is_clamped():
    counts = [16, 256, 1024, 4096, 18_900, 32_768, 10**6]
    shifts = [D.shift_for_tokens(n) for n in counts]
    assert all(a <= b for a, b in zip(shifts, shifts[1:]))
    assert shifts[0] == pytest.approx(1.0) and shifts[1] == pytest.approx(1.0)
    assert shifts[-2] == pytest.approx(7.0) and shifts[-1] == pytest.approx(7.0)
    assert 2.5 < shifts[3] < 3.5  # SD3's shift 3 at 1024^2 (4096 tokens)
    custom = D.shift_for_tokens(
        2000, base_tokens=1000, base_shift=2.0, max_tokens=4000, max_shift=8.0
    )
    assert custom == pytest.approx(4.0)  # geometric midpoint on the log-log line


@pytest.mark.parametrize("shift", [1.0, 3.0])
@pytest.mark.parametrize("t_start", [1.0, 0.35])
def test_timestep_grid(shift, t_start):
    ts = D.timesteps(10, shift=shift, t_start=t_start)
    assert ts.shape == (11,) and ts[0].item() == pytest.approx(t_start) and ts[-1].item() == 0.0
    assert bool((ts[1:] < ts[:-1]).all())
    if shift == 1.0 and t_start == 1.0:
        assert torch.allclose(ts, torch.linspace(1, 0, 11))
    if shift > 1 and t_start == 1.0:  # more of the steps are spent near the noise end
        assert bool((ts[1:-1] > torch.linspace(1, 0, 11)[1:-1]).all())
    with pytest.raises(ValueError):
        D.timesteps(0)


def _errors(solver, shift, t_start, steps):
    x = state_at(t_start)
    want = exact_x0(x, t_start)
    return [
        (
            D.sample(gaussian_velocity, x, steps=n, solver=solver, shift=shift, t_start=t_start)
            - want
        )
        .abs()
        .max()
        .item()
        for n in steps
    ]


@pytest.mark.parametrize("shift,t_start", [(1.0, 1.0), (3.0, 1.0), (1.0, 0.6)])
@pytest.mark.parametrize("solver,order", [("euler", 1), ("heun", 2), ("ab2", 2)])
def test_sampler_converges_at_its_order(solver, order, shift, t_start):
    errs = _errors(solver, shift, t_start, (16, 32, 64))
    ratios = [a / b for a, b in zip(errs, errs[1:])]
    assert errs[-1] < errs[0]
    # doubling the steps divides the error by 2^order (asymptotically)
    assert 2**order * 0.75 < ratios[-1] < 2**order * 1.3, (errs, ratios)


def test_second_order_solvers_beat_euler_at_equal_calls():
    euler = _errors("euler", 1.0, 1.0, (32,))[0]
    heun = _errors("heun", 1.0, 1.0, (16,))[0]  # 32 network calls
    ab2 = _errors("ab2", 1.0, 1.0, (32,))[0]
    assert heun < euler / 10 and ab2 < euler / 10


def test_network_calls_per_solver():
    calls = []

    def v(x, t):
        calls.append(t.clone())
        assert t.shape == (x.shape[0],)
        return -x

    for solver, want in [("euler", 7), ("ab2", 7), ("heun", 14)]:
        calls.clear()
        D.sample(v, torch.randn(3, 2), steps=7, solver=solver)
        assert len(calls) == want
        assert calls[0][0].item() == 1.0
    with pytest.raises(ValueError):
        D.sample(v, torch.randn(3, 2), steps=4, solver="rk4")


def test_sampling_is_deterministic_given_a_seed():
    def v(x, t):
        return torch.sin(3 * x) * t.view(-1, 1, 1)

    a = D.sample(v, D.make_noise((2, 5, 5), 7), steps=6, solver="heun", shift=2.0)
    b = D.sample(v, D.make_noise((2, 5, 5), 7), steps=6, solver="heun", shift=2.0)
    c = D.sample(v, D.make_noise((2, 5, 5), 8), steps=6, solver="heun", shift=2.0)
    assert torch.equal(a, b) and not torch.equal(a, c)
    g = torch.Generator().manual_seed(7)
    assert torch.equal(D.make_noise((2, 5, 5), g), D.make_noise((2, 5, 5), 7))


def test_callback_sees_each_step_and_can_replace_x():
    seen = []
    known = torch.full((2, 4), 0.25)
    mask = torch.tensor([1.0, 0.0, 1.0, 0.0])

    def hold(i, t, x):
        seen.append((i, t[0].item()))
        return x * (1 - mask) + known * mask  # inpainting-style: hold known entries

    x = D.sample(lambda x, t: x - 1.0, torch.randn(2, 4), steps=5, callback=hold)
    assert [i for i, _ in seen] == [1, 2, 3, 4, 5] and seen[-1][1] == 0.0
    assert all(a[1] > b[1] for a, b in zip(seen, seen[1:]))
    assert torch.equal(x[:, mask.bool()], known[:, mask.bool()])
    # a callback returning None (a progress bar) changes nothing
    n = torch.randn(2, 4)
    assert torch.equal(
        D.sample(lambda x, t: x, n, steps=3, callback=lambda i, t, x: None),
        D.sample(lambda x, t: x, n, steps=3),
    )


def test_custom_schedule_must_decrease():
    def v(x, t):
        return x

    out = D.sample(v, torch.ones(1, 1), steps=1, schedule=torch.tensor([1.0, 0.5, 0.0]))
    assert out.item() == pytest.approx(0.25)  # two Euler steps of x' = x backwards: (1 - 0.5)^2
    with pytest.raises(ValueError):
        D.sample(v, torch.ones(1, 1), steps=1, schedule=torch.tensor([0.0, 0.5, 1.0]))


def test_flow_training_inputs_are_consistent_and_seeded():
    x0 = torch.randn(4, 3, 2, 4, 4)
    xt, t, target = D.flow_training_inputs(x0, torch.Generator().manual_seed(0), shift=2.0)
    assert xt.shape == x0.shape and target.shape == x0.shape and t.shape == (4,)
    assert torch.allclose(D.predict_x0(xt, target, t), x0, atol=1e-5)
    again = D.flow_training_inputs(x0, torch.Generator().manual_seed(0), shift=2.0)
    assert all(torch.equal(a, b) for a, b in zip((xt, t, target), again))


def test_flow_loss_mask_weight_and_precision():
    target = torch.randn(2, 3, 4)
    assert D.flow_loss(target, target).item() == 0.0
    pred = target.clone()
    pred[0] += 1.0  # error 1 on sample 0 only
    assert D.flow_loss(pred, target).item() == pytest.approx(0.5)
    assert D.flow_loss(
        pred, target, mask=torch.tensor([1.0, 0.0]).view(2, 1, 1)
    ).item() == pytest.approx(1.0)
    assert D.flow_loss(pred, target, weight=torch.tensor([0.0, 1.0])).item() == 0.0
    loss = D.flow_loss(pred.bfloat16(), target.bfloat16())
    assert loss.dtype == torch.float32


def test_cfg_scale_one_is_the_conditional_and_skips_uncond():
    def cond(x, t):
        return 2 * x

    def uncond(x, t):
        raise AssertionError("the unconditional branch must not run at scale 1")

    x, t = torch.randn(3, 4), torch.rand(3)
    assert torch.equal(D.guided_velocity(cond, uncond, 1.0)(x, t), cond(x, t))


def test_cfg_formula_batched_and_interval():
    def cond(x, t):
        return 2 * x + 1

    def uncond(x, t):
        return -x

    x, t = torch.randn(3, 4), torch.tensor([0.1, 0.5, 0.9])
    v = D.guided_velocity(cond, uncond, 4.0)(x, t)
    assert torch.allclose(v, uncond(x, t) + 4.0 * (cond(x, t) - uncond(x, t)))

    def both(x2, t2):  # first half conditional, second half unconditional
        assert x2.shape[0] == 6 and t2.shape == (6,)
        return torch.cat([cond(x2[:3], t2[:3]), uncond(x2[3:], t2[3:])])

    assert torch.allclose(D.batched_guidance(both, 4.0)(x, t), v)
    vi = D.guided_velocity(cond, uncond, 4.0, interval=(0.3, 0.7))(x, t)
    assert torch.allclose(vi[[0, 2]], cond(x, t)[[0, 2]]) and torch.allclose(vi[1], v[1])
    assert torch.allclose(D.batched_guidance(both, 4.0, interval=(0.3, 0.7))(x, t), vi)


def test_cfg_sampling_with_a_negative_branch_moves_away_from_it():
    # Two constant fields: cond points to +1, the negative prompt's field to -1.
    target_pos, target_neg = torch.ones(1, 2), -torch.ones(1, 2)

    def field(target):
        return lambda x, t: (x - target) / t.clamp_min(1e-3).view(-1, 1)

    noise = D.make_noise((1, 2), 0)
    plain = D.sample(field(target_pos), noise, steps=20)
    guided = D.sample(D.guided_velocity(field(target_pos), field(target_neg), 2.0), noise, steps=20)
    assert torch.allclose(plain, target_pos, atol=1e-4)
    assert bool((guided > plain).all())  # pushed beyond +1, away from -1
