"""Training the VAE: reconstruction + edge + small KL, then latent statistics, then save.

Loss (per element means, so weights do not depend on the clip size):

    L1(x, x_hat) + MSE(x, x_hat) + grad_weight * L1(d x, d x_hat) + kl_weight * KL(q(z|x) || N(0, I))

L1 keeps flat regions exactly flat; MSE is what PSNR measures; the L1 on horizontal and
vertical finite differences (an edge term, cheap where LPIPS or a GAN would not be on a CPU)
keeps the 1-pixel grid lines, object edges and 4-pixel food dots of the world sharp. The KL
weight is tiny, as in LDM's KL-f8 (Rombach et al. 2022): it only keeps the latent bounded;
its scale is fixed afterwards by the per-channel statistics the DiT sees.

Clips mix lengths (``frames``: 1 = images, 5, 9...) so the first-frame path and the grouped
path both learn; optimisation is AdamW with warmup and cosine decay to 10%.

``train_encoder = false`` fine-tunes the decoder alone on posterior samples of the frozen
encoder: the latent space and its statistics do not move, so a DiT trained on the VAE keeps
working with the better decoder (the shipped world VAE's third stage).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import torch

from kinetoscope.config import from_dict, to_dict
from kinetoscope.errors import UserError
from kinetoscope.nn import autocast
from kinetoscope.vae.config import VAE_PRESETS, VAEConfig, VAETrainConfig
from kinetoscope.vae.io import load_vae, save_vae
from kinetoscope.vae.model import VideoVAE

# A clip source: (rng, frames, height, width, fps) -> uint8 (T, H, W, 3).
ClipSource = Callable[[np.random.Generator, int, int, int, int], np.ndarray]


def model_config(tcfg: VAETrainConfig) -> VAEConfig:
    """The preset with ``tcfg.model`` fields applied on top."""
    return from_dict(VAEConfig, {**to_dict(VAE_PRESETS[tcfg.preset]), **tcfg.model}, "model")


def world_source() -> ClipSource:
    """Procedural world clips (kinetoscope.world): a random scene, a random window of it."""
    from kinetoscope import world

    def clip(rng: np.random.Generator, frames: int, height: int, width: int, fps: int) -> np.ndarray:
        shots = world.sample_shots(rng)
        # A window anywhere in a 2-4 s video, so clips start mid-motion and may span a shot cut.
        total = max(frames, int(rng.integers(2 * fps, 4 * fps + 1)), len(shots))
        start = int(rng.integers(0, total - frames + 1))
        return world.render(shots, frames=total, fps=fps, height=height, width=width)[start:start + frames]

    return clip


def folder_source(path: str) -> ClipSource:
    """Random clips from a folder of videos (kinetoscope.data), resized to the training size."""
    from kinetoscope import data

    ds = data.FolderDataset(path)

    def clip(rng: np.random.Generator, frames: int, height: int, width: int, fps: int) -> np.ndarray:
        return np.asarray(ds.sample_clip(rng, frames=frames, height=height, width=width, fps=fps))

    return clip


def source_for(tcfg: VAETrainConfig) -> ClipSource:
    if tcfg.data == "world":
        return world_source()
    if not Path(tcfg.data).is_dir():
        raise UserError(f"Training data {tcfg.data!r} is neither 'world' nor a folder of videos; fix data= in the config.")
    return folder_source(tcfg.data)


def to_tensor(frames: np.ndarray) -> torch.Tensor:
    """uint8 (T, H, W, 3) -> float (3, T, H, W) in [-1, 1]."""
    return torch.from_numpy(np.ascontiguousarray(frames)).permute(3, 0, 1, 2).float() / 127.5 - 1.0


def batches(source: ClipSource, tcfg: VAETrainConfig, rng: np.random.Generator) -> Iterator[torch.Tensor]:
    """Endless (B, 3, T, H, W) batches; T is drawn per batch from ``tcfg.frames``."""
    while True:
        t = int(rng.choice(tcfg.frames))
        clips = [to_tensor(source(rng, t, tcfg.height, tcfg.width, tcfg.fps)) for _ in range(tcfg.batch)]
        if tcfg.crop:
            c = tcfg.crop
            ys, xs = rng.integers(0, tcfg.height - c + 1, len(clips)), rng.integers(0, tcfg.width - c + 1, len(clips))
            clips = [v[:, :, y:y + c, x:x + c] for v, y, x in zip(clips, ys, xs)]
        yield torch.stack(clips)


def eval_clips(source: ClipSource, tcfg: VAETrainConfig, n: int | None = None, frames: int | None = None,
               height: int | None = None, width: int | None = None) -> torch.Tensor:
    """Held-out clips (N, 3, T, H, W): their own seeds, never drawn by training (which uses [seed, 0])."""
    n = n or tcfg.eval_videos
    clips = []
    for i in range(n):
        rng = np.random.default_rng([tcfg.seed, 1, i])
        clips.append(to_tensor(source(rng, frames or tcfg.eval_frames, height or tcfg.height, width or tcfg.width, tcfg.fps)))
    return torch.stack(clips)


def psnr(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """Per-clip PSNR in dB of 8-bit frames: inputs (N, 3, T, H, W) in [-1, 1], quantised like a video file."""
    q = lambda v: torch.round((v.clamp(-1, 1) + 1) * 127.5)  # noqa: E731
    mse = (q(x) - q(y)).pow(2).flatten(1).mean(dim=1)
    return 10 * torch.log10(255.0**2 / mse.clamp_min(1e-10))


@torch.no_grad()
def evaluate(vae: VideoVAE, clips: torch.Tensor, batch: int = 4) -> float:
    """Mean PSNR of encode -> decode (posterior mean) over ``clips``."""
    was = vae.training
    vae.eval()
    scores = []
    for i in range(0, clips.shape[0], batch):
        x = clips[i:i + batch].to(vae.latent_scale.device)
        scores.append(psnr(vae.decode(vae.encode(x), frames=x.shape[2]), x))
    vae.train(was)
    return float(torch.cat(scores).mean().cpu())


def loss_fn(x: torch.Tensor, rec: torch.Tensor, mean: torch.Tensor, logvar: torch.Tensor,
            tcfg: VAETrainConfig) -> tuple[torch.Tensor, dict[str, float]]:
    rec = rec.float()
    l1 = (rec - x).abs().mean()
    mse = (rec - x).pow(2).mean()
    gx = ((rec[..., 1:] - rec[..., :-1]) - (x[..., 1:] - x[..., :-1])).abs().mean()
    gy = ((rec[..., 1:, :] - rec[..., :-1, :]) - (x[..., 1:, :] - x[..., :-1, :])).abs().mean()
    kl = 0.5 * (mean.pow(2) + logvar.exp() - 1.0 - logvar).mean()
    loss = tcfg.l1_weight * l1 + tcfg.mse_weight * mse + tcfg.grad_weight * (gx + gy) + tcfg.kl_weight * kl
    parts = {"l1": l1, "mse": mse, "grad": gx + gy, "kl": kl}
    return loss, {k: v.item() for k, v in parts.items()}


@torch.no_grad()
def latent_stats(vae: VideoVAE, source: ClipSource, tcfg: VAETrainConfig, n: int = 64) -> tuple[torch.Tensor, torch.Tensor]:
    """Per-channel mean and std of the posterior mean over ``n`` training-distribution clips."""
    rng = np.random.default_rng([tcfg.seed, 2])
    zs = []
    for i in range(0, n, 8):
        x = torch.stack([to_tensor(source(rng, tcfg.eval_frames, tcfg.height, tcfg.width, tcfg.fps)) for _ in range(8)])
        zs.append(vae.encode_moments(x)[0].transpose(0, 1).flatten(1))  # (C, N)
    z = torch.cat(zs, dim=1)
    return z.mean(dim=1), z.std(dim=1).clamp_min(1e-4)


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        return torch.device(name)
    except RuntimeError:
        raise UserError(f"device {name!r} is not a device torch knows; use auto, cpu or cuda.") from None


def lr_at(step: int, tcfg: VAETrainConfig) -> float:
    if step < tcfg.warmup:
        return tcfg.lr * (step + 1) / tcfg.warmup
    p = (step - tcfg.warmup) / max(1, tcfg.steps - tcfg.warmup)
    return tcfg.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, p))))


def train(tcfg: VAETrainConfig, out: str | Path, source: ClipSource | None = None,
          log: Callable[[str], None] = print, init: str | Path | None = None) -> dict:
    """Train a VAE per ``tcfg`` (from scratch, or from the weights in ``init``), saving
    ``out/model.safetensors`` + ``config.json``."""
    out = Path(out)
    if tcfg.threads:
        torch.set_num_threads(tcfg.threads)
    torch.manual_seed(tcfg.seed)
    device = resolve_device(tcfg.device)
    source = source or source_for(tcfg)
    vae = VideoVAE(model_config(tcfg))
    if init is not None:
        start = load_vae(init)
        if start.cfg != vae.cfg:
            raise UserError(f"The weights in {init} are for a different model than the config's; drop --init or match [model].")
        vae.load_state_dict(start.state_dict())
    elif not tcfg.train_encoder:
        raise UserError("train_encoder = false fine-tunes the decoder of a trained VAE; give its weights with --init.")
    vae.to(device).train()
    vae.encoder.requires_grad_(tcfg.train_encoder)  # frozen: autograd skips the encoder's backward
    trainable = [p for p in vae.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(trainable, lr=tcfg.lr, betas=(0.9, 0.99), weight_decay=tcfg.weight_decay)
    rng = np.random.default_rng([tcfg.seed, 0])
    gen = torch.Generator(device=device).manual_seed(tcfg.seed)
    held_out = eval_clips(source, tcfg)
    n_params = sum(p.numel() for p in vae.parameters())
    log(f"vae: {n_params / 1e6:.2f} M parameters, latent {vae.latent_shape(tcfg.eval_frames, tcfg.height, tcfg.width)} "
        f"for {tcfg.eval_frames}x{tcfg.height}x{tcfg.width}")
    info = {"train": to_dict(tcfg), "init": str(init) if init else None, "step": 0, "psnr": None}
    t0, seen = time.perf_counter(), 0
    hist: dict[str, float] = {}
    data = batches(source, tcfg, rng)
    for step in range(tcfg.steps):
        for g in opt.param_groups:
            g["lr"] = lr_at(step, tcfg)
        x = next(data).to(device, non_blocking=True)
        with autocast(device, tcfg.precision):
            rec, mean, logvar = vae(x, generator=gen)
        loss, parts = loss_fn(x, rec, mean, logvar, tcfg)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(trainable, 1.0)
        opt.step()
        seen += x.shape[0] * x.shape[2]
        for k, v in parts.items():
            hist[k] = 0.9 * hist.get(k, v) + 0.1 * v
        last = step + 1 == tcfg.steps
        if (step + 1) % tcfg.eval_every == 0 or last:
            score = evaluate(vae, held_out)
            rate = seen / (time.perf_counter() - t0)
            log(f"step {step + 1}/{tcfg.steps}  " + "  ".join(f"{k} {v:.4g}" for k, v in hist.items())
                + f"  held-out PSNR {score:.2f} dB  {rate:.0f} frames/s  {time.perf_counter() - t0:.0f} s")
            info.update(step=step + 1, psnr=score, seconds=round(time.perf_counter() - t0))
            if last and tcfg.train_encoder:  # a new latent space: measure its statistics
                shift, scale = latent_stats(vae, source, tcfg)
                vae.latent_shift.copy_(shift)
                vae.latent_scale.copy_(scale)
            save_vae(vae, out, info, dtype=getattr(torch, tcfg.save_dtype))
    return info
