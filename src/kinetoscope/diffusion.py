"""Rectified flow: the noising path, the training target, timestep laws, samplers and CFG.

Pure functions over tensors and over a ``velocity_fn(x, t) -> v``; nothing here knows the
model. Conventions (Liu et al. 2022 "Flow straight and fast"; Esser et al. 2024, SD3):

    x_t = (1 - t) x0 + t e,   e ~ N(0, I),   t in [0, 1]:  t = 0 is data, t = 1 is noise
    v   = dx_t/dt = e - x0    (the network regresses v; sampling integrates dx/dt = v from 1 to 0)

so from any (x_t, v) the data and noise estimates are ``x0 = x_t - t v`` and
``e = x_t + (1 - t) v``.

Timesteps. Training draws t from a logit-normal law (SD3 section 3.1: sigmoid of a normal,
which puts more weight on the middle of the path where the velocity is hardest). Bigger
inputs keep more signal at a given t (neighbouring tokens are redundant), so both training
and sampling shift t towards noise by ``t' = s t / (1 + (s - 1) t)`` (SD3 section 5.3.2),
with a shift s that grows with the number of tokens: SD3 uses s = sqrt(m / n) for a
resolution change, Flux and Open-Sora 2.0 interpolate it linearly in the token count
(Open-Sora 2.0: s = 1 at 256 tokens to 3 at 4096, times sqrt(frames)), and the video models
pick larger shifts for larger videos (Wan 2.1: 3.0 at 480p, 5.0 at 720p; HunyuanVideo: 7.0
at 720p x 129 frames). ``shift_for_tokens`` is a log-log line through (256 tokens, 1.0) and
(32768 tokens, 7.0) which passes near all of these (4096 tokens -> 3.0, Wan 720p's 18900
tokens -> 5.6, HunyuanVideo's 29700 -> 6.7), clamped to [base_shift, max_shift].

Samplers (all deterministic: the only randomness is the starting noise, see ``make_noise``):
``euler`` (first order, 1 network call per step), ``heun`` (second order, 2 calls; Karras et
al. 2022 Alg. 1) and ``ab2`` (second order, 1 call: the two-step Adams-Bashforth method for
uneven steps, first step Euler). Why not DPM-Solver++(2M) (Lu et al. 2022)? On this path its
first-order step *is* Euler, and its second-order multistep, taken in log-SNR, is only first
order on a grid that is uniform in t: near t = 0 the log-SNR steps stay O(1) however many
steps are taken (we measured error ratios falling to ~2 as steps double); AB2 in t keeps 4.
Measured orders on a Gaussian whose exact flow is known: see ``benchmarks/bench_diffusion.py``.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import torch
from torch import Tensor

VelocityFn = Callable[[Tensor, Tensor], Tensor]  # (x (B, ...), t (B,)) -> v (B, ...)
Callback = Callable[[int, Tensor, Tensor], "Tensor | None"]  # (step, t (B,), x) -> new x or None
SOLVERS = ("euler", "heun", "ab2")


def _bcast(t: Tensor | float, like: Tensor) -> Tensor | float:
    """(B,) -> (B, 1, ..., 1) so that it broadcasts over ``like``; scalars pass through."""
    if isinstance(t, Tensor) and t.dim() == 1:
        return t.to(like.dtype).view(-1, *([1] * (like.dim() - 1)))
    return t


# --- The path ------------------------------------------------------------------------------------


def interpolate(x0: Tensor, noise: Tensor, t: Tensor | float) -> Tensor:
    """x_t = (1 - t) x0 + t e, with ``t`` a float, a 0-d tensor or a (B,) tensor."""
    t = _bcast(t, x0)
    return (1 - t) * x0 + t * noise


def velocity_target(x0: Tensor, noise: Tensor) -> Tensor:
    """The regression target v = e - x0 (constant along each straight path)."""
    return noise - x0


def predict_x0(x_t: Tensor, v: Tensor, t: Tensor | float) -> Tensor:
    """The data estimate x0 = x_t - t v (exact when v is the true velocity of that path)."""
    return x_t - _bcast(t, x_t) * v


def predict_noise(x_t: Tensor, v: Tensor, t: Tensor | float) -> Tensor:
    """The noise estimate e = x_t + (1 - t) v."""
    return x_t + (1 - _bcast(t, x_t)) * v


# --- Timesteps -----------------------------------------------------------------------------------


def sample_timesteps(
    batch: int,
    generator: torch.Generator | None = None,
    *,
    mean: float = 0.0,
    std: float = 1.0,
    device: torch.device | str | None = None,
) -> Tensor:
    """(B,) training times from the logit-normal law: sigmoid(N(mean, std^2)); median sigmoid(mean).

    Draws from ``generator`` on the generator's own device (so a seed gives the same times on
    every machine), then moves to ``device``.
    """
    if std <= 0:
        raise ValueError(f"logit-normal std must be > 0, got {std}")
    gen_device = generator.device if generator is not None else None
    z = torch.randn(batch, generator=generator, device=gen_device, dtype=torch.float64)
    t = (
        torch.sigmoid(mean + std * z).clamp(1e-6, 1 - 1e-6).float()
    )  # open interval even for wide laws
    return t.to(device) if device is not None else t


def shift_timesteps(t: Tensor | float, shift: float) -> Tensor | float:
    """t' = s t / (1 + (s - 1) t): monotone, fixes 0 and 1, identity at s = 1, s > 1 -> noisier."""
    if shift <= 0:
        raise ValueError(f"timestep shift must be > 0, got {shift}")
    return shift * t / (1 + (shift - 1) * t)


def unshift_timesteps(t: Tensor | float, shift: float) -> Tensor | float:
    """The inverse of ``shift_timesteps``: u = t / (s - (s - 1) t)."""
    if shift <= 0:
        raise ValueError(f"timestep shift must be > 0, got {shift}")
    return t / (shift - (shift - 1) * t)


def shift_for_tokens(
    num_tokens: int,
    *,
    base_tokens: int = 256,
    base_shift: float = 1.0,
    max_tokens: int = 32768,
    max_shift: float = 7.0,
) -> float:
    """A shift that grows with the token count: log(s) linear in log(tokens) between
    (base_tokens, base_shift) and (max_tokens, max_shift), clamped to that range."""
    if not (0 < base_tokens < max_tokens and 0 < base_shift <= max_shift):
        raise ValueError("need 0 < base_tokens < max_tokens and 0 < base_shift <= max_shift")
    if num_tokens <= 0:
        raise ValueError(f"num_tokens must be positive, got {num_tokens}")
    a = (math.log(num_tokens) - math.log(base_tokens)) / (
        math.log(max_tokens) - math.log(base_tokens)
    )
    a = min(max(a, 0.0), 1.0)
    return math.exp((1 - a) * math.log(base_shift) + a * math.log(max_shift))


def timesteps(
    steps: int,
    *,
    shift: float = 1.0,
    t_start: float = 1.0,
    device: torch.device | str | None = None,
) -> Tensor:
    """The sampling grid (steps + 1,) from ``t_start`` down to 0: uniform in the unshifted time,
    then shifted, so a shift spends more steps near the noise end. With ``t_start`` < 1 (SDEdit,
    Meng et al. 2022) the grid starts exactly at ``t_start`` and keeps the shifted spacing."""
    if steps < 1:
        raise ValueError(f"steps must be at least 1, got {steps}")
    if not 0.0 < t_start <= 1.0:
        raise ValueError(f"t_start must be in (0, 1], got {t_start}")
    u_start = unshift_timesteps(t_start, shift)
    u = torch.linspace(u_start, 0.0, steps + 1, dtype=torch.float64)
    t = shift_timesteps(u, shift)
    t[0], t[-1] = t_start, 0.0  # exact ends despite rounding
    return t.float().to(device) if device is not None else t.float()


# --- Training ------------------------------------------------------------------------------------


def flow_training_inputs(
    x0: Tensor,
    generator: torch.Generator | None = None,
    *,
    shift: float = 1.0,
    mean: float = 0.0,
    std: float = 1.0,
) -> tuple[Tensor, Tensor, Tensor]:
    """One rectified-flow training example per sample: (x_t, t (B,), target v).

    Draws the noise and t from ``generator`` (on its device; moved to ``x0``'s device).
    """
    gen_device = generator.device if generator is not None else x0.device
    noise = torch.randn(x0.shape, generator=generator, device=gen_device, dtype=torch.float32)
    noise = noise.to(device=x0.device, dtype=x0.dtype)
    t = shift_timesteps(sample_timesteps(x0.shape[0], generator, mean=mean, std=std), shift).to(
        x0.device
    )
    return interpolate(x0, noise, t), t, velocity_target(x0, noise)


def flow_loss(
    v_pred: Tensor, target: Tensor, *, mask: Tensor | None = None, weight: Tensor | None = None
) -> Tensor:
    """Mean squared error in fp32 (even under bf16 autocast).

    ``mask`` (broadcastable to v, 1 = counts) restricts the loss, e.g. to the latents that a
    conditioning mask did not give away; ``weight`` (B,) weighs samples. The mean is over the
    counted elements, so a mask does not change the loss scale.
    """
    err = (v_pred.float() - target.float()).square()  # (B, ...)
    m = torch.ones_like(err) if mask is None else mask.float().expand_as(err)
    if weight is not None:
        m = m * _bcast(weight.float(), err)
    return (err * m).sum() / m.sum().clamp_min(1e-12)


# --- Sampling ------------------------------------------------------------------------------------


def make_noise(
    shape: tuple[int, ...] | torch.Size,
    seed: int | torch.Generator,
    *,
    device: torch.device | str = "cpu",
    dtype: torch.dtype = torch.float32,
) -> Tensor:
    """Starting noise drawn on the CPU from ``seed``, then moved: a seed gives the same video on
    every device (CUDA and CPU generators produce different streams)."""
    gen = (
        seed if isinstance(seed, torch.Generator) else torch.Generator("cpu").manual_seed(int(seed))
    )
    return torch.randn(tuple(shape), generator=gen, device=gen.device, dtype=torch.float32).to(
        device=device, dtype=dtype
    )


def sample(
    velocity_fn: VelocityFn,
    x: Tensor,
    *,
    steps: int,
    solver: str = "euler",
    shift: float = 1.0,
    t_start: float = 1.0,
    schedule: Tensor | None = None,
    callback: Callback | None = None,
) -> Tensor:
    """Integrate dx/dt = v from ``t_start`` (x is pure noise when it is 1) down to t = 0.

    ``x`` is the state at ``t_start``: noise for text-to-video, or ``interpolate(x0, noise,
    t_start)`` to edit an existing latent (SDEdit). ``schedule`` (steps + 1,) overrides the
    shifted grid of ``timesteps``. After step i (1-based) ``callback(i, t, x)`` is called with
    the new time t (B,); a tensor it returns replaces x (hold known latents for inpainting, or
    return None for a progress bar). Network calls: euler and ab2 ``steps``, heun 2x.
    """
    if solver not in SOLVERS:
        raise ValueError(f"unknown solver {solver!r} (known: {', '.join(SOLVERS)})")
    ts = (
        timesteps(steps, shift=shift, t_start=t_start)
        if schedule is None
        else schedule.detach().float().cpu()
    )
    if ts.dim() != 1 or len(ts) < 2 or bool((ts[1:] >= ts[:-1]).any()):
        raise ValueError("schedule must be a 1-D tensor of at least 2 strictly decreasing times")
    B = x.shape[0]
    t_dtype = torch.float64 if x.dtype == torch.float64 else torch.float32

    def v_at(x: Tensor, t: float) -> Tensor:
        tb = torch.full((B,), t, device=x.device, dtype=t_dtype)  # (B,)
        return velocity_fn(x, tb).to(x.dtype)

    v_prev: Tensor | None = None  # ab2: the previous velocity and step
    h_prev = 0.0
    for i in range(len(ts) - 1):
        t, t_next = float(ts[i]), float(ts[i + 1])
        h = t_next - t  # < 0: we integrate from noise towards data
        v = v_at(x, t)
        if solver == "euler":
            x = x + h * v
        elif solver == "heun":  # trapezoid with an Euler predictor, also on the last step:
            x_pred = x + h * v  # the rectified-flow velocity stays finite at t = 0
            x = x + h * 0.5 * (v + v_at(x_pred, t_next))
        elif v_prev is None:  # ab2, first step: Euler
            x = x + h * v
            v_prev, h_prev = v, h
        else:  # ab2: two-step Adams-Bashforth for uneven steps (extrapolate v linearly in t)
            r = h / (2 * h_prev)
            x = x + h * ((1 + r) * v - r * v_prev)
            v_prev, h_prev = v, h
        if callback is not None:
            out = callback(i + 1, torch.full((B,), t_next, device=x.device, dtype=t_dtype), x)
            if out is not None:
                x = out
    return x


# --- Classifier-free guidance --------------------------------------------------------------------


def guided_velocity(
    cond_fn: VelocityFn,
    uncond_fn: VelocityFn,
    scale: float,
    interval: tuple[float, float] = (0.0, 1.0),
) -> VelocityFn:
    """CFG (Ho & Salimans 2022): v = v_u + scale (v_c - v_u).

    ``uncond_fn`` is the model with the null prompt, or with the negative prompt's embedding
    (a negative prompt is simply the unconditional branch with other text). At ``scale`` 1 the
    conditional velocity is returned without calling ``uncond_fn``. ``interval`` = (lo, hi)
    applies guidance only for lo <= t <= hi and the conditional velocity elsewhere
    (Kynkaanniemi et al. 2024, guidance in a limited interval).
    """
    lo, hi = interval

    def v(x: Tensor, t: Tensor) -> Tensor:
        vc = cond_fn(x, t)
        if scale == 1.0:
            return vc
        vu = uncond_fn(x, t)
        s = torch.where((t >= lo) & (t <= hi), scale, 1.0)  # (B,)
        return vu + _bcast(s, vc) * (vc - vu)

    return v


def batched_guidance(
    velocity_fn_2b: VelocityFn, scale: float, interval: tuple[float, float] = (0.0, 1.0)
) -> VelocityFn:
    """CFG with one network call: ``velocity_fn_2b`` takes x and t doubled along the batch
    (first half conditional, second half unconditional / negative text, e.g. built with
    ``text.cat_text``) and returns both velocities; same result as ``guided_velocity``."""
    lo, hi = interval

    def v(x: Tensor, t: Tensor) -> Tensor:
        vc, vu = velocity_fn_2b(torch.cat([x, x]), torch.cat([t, t])).chunk(2)
        s = torch.where((t >= lo) & (t <= hi), scale, 1.0)  # (B,)
        return vu + _bcast(s, vc) * (vc - vu)

    return v


# --- A flow with a known answer -------------------------------------------------------------------


def gaussian_flow(
    mean: Tensor, std: Tensor
) -> tuple[VelocityFn, Callable[[Tensor, Tensor | float], Tensor]]:
    """The exact velocity field and flow map for data x0 ~ N(mean, std^2) (per trailing dim).

    The marginals stay Gaussian, x_t ~ N((1 - t) mean, sigma_t^2) with sigma_t^2 = (1 - t)^2 std^2
    + t^2, so v(x, t) = E[e - x0 | x_t = x] is affine in x and the ODE maps quantiles:
    x0 = mean + std (x_t - (1 - t) mean) / sigma_t. Returns ``(velocity_fn, solve)`` where
    ``solve(x_t, t)`` is that exact x0: a known answer for measuring samplers.
    """

    def velocity(x: Tensor, t: Tensor) -> Tensor:
        t = _bcast(t, x)
        var = (1 - t) ** 2 * std**2 + t**2
        return (t - (1 - t) * std**2) / var * (x - (1 - t) * mean) - mean

    def solve(x: Tensor, t: Tensor | float) -> Tensor:
        t = _bcast(t, x)
        return mean + std * (x - (1 - t) * mean) / ((1 - t) ** 2 * std**2 + t**2).sqrt()

    return velocity, solve


__all__ = [
    "SOLVERS",
    "batched_guidance",
    "flow_loss",
    "flow_training_inputs",
    "gaussian_flow",
    "guided_velocity",
    "interpolate",
    "make_noise",
    "predict_noise",
    "predict_x0",
    "sample",
    "sample_timesteps",
    "shift_for_tokens",
    "shift_timesteps",
    "timesteps",
    "unshift_timesteps",
    "velocity_target",
]
