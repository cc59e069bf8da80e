"""Prompt (+ optional condition) -> frames. Inference only: no files, no safety, no provenance.

One pipeline serves every mode: text-to-video is the empty condition; image-to-video,
extension, filling and connecting pass a ``Condition`` of known latents (see conditioning.py).
The flow (DESIGN.md): text encoder -> tokens; noise -> sampler (rectified flow, CFG) calling
DiT(x_t, t, text, cond) -> latents -> VAE.decode -> frames.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import torch

from kinetoscope import diffusion
from kinetoscope.conditioning import Condition
from kinetoscope.config import from_dict
from kinetoscope.dit import DiT, DiTConfig
from kinetoscope.errors import UserError
from kinetoscope.nn import autocast
from kinetoscope.text import TextEncoder
from kinetoscope.vae import VideoVAE

SHIPPED = Path(__file__).parent / "weights" / "world-tiny"
MAX_SECONDS = 60.0


@dataclass(frozen=True)
class SamplerConfig:
    """Sampling defaults stored with a model (``sampler.json``); requests may override them."""

    steps: int = 20
    guidance: float = 4.0
    solver: str = "heun"
    # Timestep shift grows with the token count (SD3 / Open-Sora 2 / Wan): more tokens keep
    # more signal at a given t, so large videos need more time at high noise.
    base_tokens: int = 256
    base_shift: float = 1.0
    max_tokens: int = 32768
    max_shift: float = 7.0

    def __post_init__(self):
        if not 1 <= self.steps <= 1000:
            raise ValueError(f"steps must be between 1 and 1000, got {self.steps}")
        if self.guidance < 0:
            raise ValueError(f"guidance must be >= 0, got {self.guidance}")

    def shift(self, tokens: int) -> float:
        """The timestep shift for a latent of ``tokens`` DiT tokens (training and sampling agree)."""
        return diffusion.shift_for_tokens(
            tokens, base_tokens=self.base_tokens, base_shift=self.base_shift,
            max_tokens=self.max_tokens, max_shift=self.max_shift,
        )


@dataclass(frozen=True)
class Request:
    """What to generate. ``frames`` counts output frames (seconds * fps, rounded)."""

    prompt: str
    frames: int
    height: int = 64
    width: int = 64
    fps: float = 8.0
    steps: int | None = None
    guidance: float | None = None
    negative_prompt: str = ""
    seed: int = 0

    @staticmethod
    def frames_for(seconds: float, fps: float) -> int:
        return max(1, round(seconds * fps))


def check_guidance(guidance: float | None) -> None:
    """Classifier-free guidance scales beyond 30 only saturate; negative ones are not guidance."""
    if guidance is not None and not 0 <= guidance <= 30:
        raise UserError(f"The guidance scale must be from 0 to 30, got {guidance:g}.")


def validate(req: Request, sizes: tuple[int, int, int] = (16, 32, 256)) -> None:
    """Refuse bad sizes, durations and steps before any work, in one sentence each."""
    multiple, lo, hi = sizes
    for name, v in (("height", req.height), ("width", req.width)):
        if v % multiple or not lo <= v <= hi:
            raise UserError(
                f"The {name} must be a multiple of {multiple} from {lo} to {hi} pixels, got {v}."
            )
    if req.fps <= 0 or req.fps > 60:
        raise UserError(f"The frame rate must be between 1 and 60 fps, got {req.fps:g}.")
    if req.frames < 1 or req.frames / req.fps > MAX_SECONDS + 1e-9:
        raise UserError(
            f"The duration must be from one frame to {MAX_SECONDS:g} seconds, "
            f"got {req.frames} frames at {req.fps:g} fps."
        )
    if req.steps is not None and not 1 <= req.steps <= 1000:
        raise UserError(f"The number of steps must be from 1 to 1000, got {req.steps}.")
    check_guidance(req.guidance)
    if not req.prompt.strip():
        raise UserError("The prompt is empty; describe the video to make.")


class Pipeline:
    """The models of one checkpoint and how to sample from them."""

    def __init__(self, vae: VideoVAE, dit: DiT, text: TextEncoder, sampler: SamplerConfig, name: str = "",
                 train_frames: int = 32):
        self.vae, self.dit, self.text, self.sampler = vae, dit, text, sampler
        self.name = name  # the model's name (its directory), carried by the watermark
        self.train_frames = train_frames  # the longest clip it trained on: the default window

    @property
    def device(self) -> torch.device:
        return next(self.dit.parameters()).device

    @torch.no_grad()
    def encode_text(self, prompts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        tokens, mask = self.text.encode(prompts)
        return tokens.to(self.device), mask.to(self.device)

    def velocity_fn(
        self, prompt: str, negative: str, guidance: float, cond: Condition | None
    ) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
        """v(x, t) with classifier-free guidance (Ho & Salimans 2022) batched in one forward."""
        use_cfg = guidance != 1.0
        texts, masks = self.encode_text([prompt, negative] if use_cfg else [prompt])
        cond_in = cond.cond_input() if cond is not None else None

        def fn(x: torch.Tensor, t: torch.Tensor) -> torch.Tensor:  # x (B, C, T, H, W)
            b = x.shape[0]
            if cond is not None:
                x = cond.apply(x)
            xx = torch.cat([x, x]) if use_cfg else x
            tt = torch.cat([t, t]) if use_cfg else t
            txt = texts.repeat_interleave(b, dim=0)
            msk = masks.repeat_interleave(b, dim=0)
            cc = None if cond_in is None else (torch.cat([cond_in, cond_in]) if use_cfg else cond_in)
            with autocast(x.device.type):
                v = self.dit(xx, tt, txt, msk, cc).float()
            if not use_cfg:
                return v
            v_cond, v_uncond = v.chunk(2)
            return v_uncond + guidance * (v_cond - v_uncond)

        return fn

    @torch.no_grad()
    def generate_latents(
        self,
        req: Request,
        cond: Condition | None = None,
        progress: Callable[[int, int], None] | None = None,
        *,
        noise: torch.Tensor | None = None,
        init: torch.Tensor | None = None,
        strength: float = 1.0,
    ) -> torch.Tensor:
        """Sample latents (1, C, T', H', W') for ``req``.

        ``noise`` (1, C, T', H', W') replaces the seed's noise (and sets the shape: windows of a
        long video). ``init`` (same shape) starts from that latent noised to t = ``strength``
        instead of pure noise (SDEdit, Meng et al. 2022), with ``ceil(steps * strength)`` steps.
        """
        steps = req.steps or self.sampler.steps
        guidance = self.sampler.guidance if req.guidance is None else req.guidance
        if noise is None:
            shape = self.vae.latent_shape(req.frames, req.height, req.width)  # (C, T', H', W')
            g = torch.Generator(device="cpu").manual_seed(req.seed)
            noise = torch.randn((1, *shape), generator=g)
        noise = noise.to(self.device)
        shape = tuple(noise.shape[1:])
        x, t_start = noise, 1.0
        if init is not None:
            if not 0.0 < strength <= 1.0:
                raise ValueError(f"strength must be in (0, 1], got {strength}")
            x, t_start = diffusion.interpolate(init.to(noise), noise, strength), strength
            steps = max(1, math.ceil(steps * strength))
        tokens = math.prod(shape[1:]) // math.prod(self.dit.cfg.patch)
        s = self.sampler
        shift = s.shift(tokens)
        fn = self.velocity_fn(req.prompt, req.negative_prompt, guidance, cond)

        def step_done(i: int, t: torch.Tensor, x: torch.Tensor) -> torch.Tensor | None:
            if progress is not None:
                progress(i, steps)
            return cond.apply(x) if cond is not None else None  # keep known latents clean

        x = diffusion.sample(fn, x, steps=steps, solver=s.solver, shift=shift, t_start=t_start, callback=step_done)
        return cond.apply(x) if cond is not None else x

    @torch.no_grad()
    def decode(self, z: torch.Tensor, frames: int) -> torch.Tensor:
        """Latents (1, C, T', H', W') -> uint8 frames (T, H, W, 3) on the CPU."""
        video = self.vae.decode(z, frames=frames)  # (1, 3, T, H, W) in [-1, 1]
        return ((video[0].float().clamp(-1, 1) + 1) * 127.5).round().to(torch.uint8).permute(1, 2, 3, 0).cpu()

    def __call__(self, req: Request, cond: Condition | None = None, progress=None) -> torch.Tensor:
        validate(req)
        return self.decode(self.generate_latents(req, cond, progress), req.frames)


def load_pipeline(path: str | Path | None = None, device: str | torch.device | None = None) -> Pipeline:
    """Load a model directory (default: the shipped world model) strictly, never unpickling.

    A model directory holds ``model.json`` ({"dit": DiTConfig, "text": ..., "vae": ...,
    "sampler": SamplerConfig, "train_frames": the longest clip trained on}) and ``model.safetensors`` (DiT and text-encoder weights under
    ``dit.`` and ``text.``), or is a training checkpoint directory whose ``state.json`` holds
    the same config (its EMA weights are used).
    """
    from safetensors.torch import load_file

    from kinetoscope.text import load_text_encoder
    from kinetoscope.vae import load_vae

    path = Path(path) if path is not None else SHIPPED
    if (path / "model.json").is_file() and (path / "model.safetensors").is_file():
        meta = json.loads((path / "model.json").read_text())
        sd = load_file(path / "model.safetensors")
    elif (path / "state.json").is_file() and (path / "model.safetensors").is_file():
        from kinetoscope.train.checkpoint import load
        from kinetoscope.train.export import merged_weights

        ck = load(path)
        meta, sd = ck["state"]["model"], merged_weights(ck)
    else:
        hint = ("train one with `kinetoscope train configs/world-tiny.toml`" if path == SHIPPED
                else "pass a model directory (model.json) or a training checkpoint (state.json)")
        raise UserError(f"No model weights in {path}; {hint}.")
    dit = DiT(from_dict(DiTConfig, meta["dit"], "dit"))
    text = load_text_encoder(meta["text"])
    dit.load_state_dict({k[4:]: v for k, v in sd.items() if k.startswith("dit.")}, strict=True)
    text_sd = {k[5:]: v for k, v in sd.items() if k.startswith("text.")}
    if text_sd:
        text.load_state_dict(text_sd, strict=True)
    vae_path = meta.get("vae")
    vae = load_vae(None if vae_path in (None, "shipped") else vae_path)
    device = torch.device(device) if device is not None else torch.device("cpu")
    for m in (dit, text, vae):
        m.to(device).eval()
    sampler = from_dict(SamplerConfig, meta.get("sampler", {}), "sampler")
    return Pipeline(vae, dit, text, sampler, name=path.resolve().name,
                    train_frames=int(meta.get("train_frames", 32)))
