"""The training loop: rectified-flow DiT training on latents, alone or under torchrun.

One step: (video batch | cached latents) -> VAE latents z0 -> random conditioning mask,
logit-normal timestep shifted by token count, noise -> x_t = (1 - t) z0 + t e with the known
positions held clean -> DiT(x_t, t, text, cond) predicts e - z0 -> MSE over unknown
positions. Gradients are accumulated, clipped, AdamW steps with warmup + cosine decay, EMA
follows the weights.

Every random draw comes from ``self.gen`` (a seeded torch.Generator, one per rank) or the
data stream, and both are checkpointed, so ``--resume`` continues bit-identically on CPU.
"""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import torch
from torch import nn

from kinetoscope import diffusion
from kinetoscope.conditioning import sample_training_masks
from kinetoscope.config import to_dict
from kinetoscope.nn import autocast
from kinetoscope.text import drop_text
from kinetoscope.train import checkpoint
from kinetoscope.train import distributed as dist_
from kinetoscope.train.config import TrainConfig
from kinetoscope.train.ema import EMA


class FlowModel(nn.Module):
    """DiT + (trainable) text encoder, so DDP/FSDP wrap one module and its forward is the loss."""

    def __init__(self, dit: nn.Module, text: nn.Module, text_trainable: bool, precision: str):
        super().__init__()
        self.precision = precision  # nn.autocast's policy: "auto" = bf16 where it is native
        self.dit = dit
        if text_trainable:
            self.text = text
        else:  # a frozen encoder (T5) is not part of the trained state
            self._frozen_text = [text]

    @property
    def text_encoder(self):
        return self.text if hasattr(self, "text") else self._frozen_text[0]

    def forward(self, z0, noise, t, mask, captions: list[str]) -> torch.Tensor:
        """z0, noise (B, C, T, H, W); t (B,); mask (B, 1, T, 1, 1) -> scalar loss."""
        tokens, tmask = self.text_encoder.encode(captions)  # (B, L, Dt), (B, L)
        x_t = diffusion.interpolate(z0, noise, t)
        m = mask.expand_as(z0[:, :1])
        x_t = x_t * (1 - m) + z0 * m  # known latents are given clean, as at sampling time
        cond = torch.cat([z0 * m, m], dim=1)  # (B, C + 1, T, H, W)
        with autocast(z0.device, self.precision):
            v = self.dit(x_t, t, tokens.to(z0.device), tmask.to(z0.device), cond)
        err = (v.float() - diffusion.velocity_target(z0, noise)).pow(2) * (1 - m)
        denom = ((1 - m).sum() * z0.shape[1]).clamp_min(1.0)
        return err.sum() / denom


def lr_at(step: int, cfg: TrainConfig) -> float:
    o = cfg.optim
    if step < o.warmup:
        return o.lr * (step + 1) / o.warmup
    if o.schedule == "constant" or cfg.steps <= o.warmup:
        return o.lr
    p = min(1.0, (step - o.warmup) / max(1, cfg.steps - o.warmup))
    return o.lr * (o.min_lr_ratio + (1 - o.min_lr_ratio) * 0.5 * (1 + math.cos(math.pi * p)))


class Trainer:
    def __init__(self, cfg: TrainConfig, out: str | Path, *, resume: bool = False):
        from kinetoscope.train.build import build_data, build_models

        self.cfg, self.out = cfg, Path(out)
        self.d = dist_.setup()
        if cfg.threads:
            torch.set_num_threads(cfg.threads)
        torch.manual_seed(cfg.seed)
        self.gen = torch.Generator().manual_seed(cfg.seed * 1000 + self.d.rank)
        self.dit, self.text, self.vae, text_trainable = build_models(cfg, self.d.device)
        self.model = FlowModel(self.dit, self.text, text_trainable, cfg.precision)
        self.model.to(self.d.device)
        strategy = cfg.distributed if cfg.distributed != "auto" else ("fsdp" if cfg.model.preset in ("base", "xl") else "ddp")
        self.wrapped = dist_.wrap(self.model, self.d, strategy, list(getattr(self.dit, "blocks", [])))
        o = cfg.optim
        self.opt = torch.optim.AdamW(self.model.parameters(), lr=o.lr, betas=o.betas, weight_decay=o.weight_decay)
        self.ema = EMA(dict(self.model.named_parameters()), cfg.ema_decay)
        self.data = build_data(cfg, self.d, self.vae)
        self.step = 0
        self.log_file = None
        self.tb = None
        if cfg.init and not (resume and checkpoint.latest(self.out)):
            self._init_weights(Path(cfg.init))
        if resume:
            self._resume()

    # ---------------------------------------------------------------- state
    def _state(self) -> dict:
        return {
            "step": self.step,
            "model": self._model_meta(),
            "config": to_dict(self.cfg),
            "rng": checkpoint.rng_state({"train": self.gen}),
            "data": self.data.state_dict(),
            "ema_updates": self.ema.updates,
            "world": self.d.world,
        }

    def _model_meta(self) -> dict:
        """What ``pipeline.load_pipeline`` needs to rebuild the models from this checkpoint."""
        from kinetoscope.train.build import model_meta

        return model_meta(self.cfg, self.dit, self.text)

    def save(self) -> Path | None:
        model_sd, opt_sd = dist_.full_state(self.wrapped, self.opt, self.d)
        ema_sd = {k: dist_.local_tensor(v) for k, v in self.ema.state_dict().items()}
        if not self.d.main:
            return None
        return checkpoint.save(self.out, self.step, model=model_sd, ema=ema_sd, optimizer=opt_sd,
                               state=self._state(), keep=self.cfg.keep)

    def _init_weights(self, path: Path) -> None:
        """Start from another run's weights (a checkpoint or model directory): the model and EMA
        take them; optimizer, schedule, data order and step start fresh, as a new stage."""
        from safetensors.torch import load_file

        from kinetoscope.errors import UserError

        if (path / "state.json").is_file():
            ck = checkpoint.load(path)
            model_sd, ema_sd = ck["model"], ck["ema"] or ck["model"]
        elif (path / "model.safetensors").is_file():
            model_sd = ema_sd = load_file(path / "model.safetensors")
        else:
            raise UserError(f"init={path} is neither a training checkpoint nor a model directory.")
        mine = self.model.state_dict()
        # A model trained before the frame position embedding existed lacks only its weights;
        # they start at zero, so the model computes what it did and learns them from here.
        # init_fresh names layers that keep this recipe's initialisation whatever init holds.
        added = {k for k in set(mine) - set(model_sd) if k.startswith("dit.pos_embed.")}
        fresh = {k for k in mine if k.startswith(tuple(self.cfg.init_fresh))}
        own = {k: mine[k] for k in added | fresh}
        model_sd, ema_sd = {**model_sd, **own}, {**ema_sd, **own}
        if self.cfg.init_fresh and not fresh:
            raise UserError(f"init_fresh names no weight of this model: {', '.join(self.cfg.init_fresh)}.")
        if set(model_sd) != set(mine) or any(model_sd[k].shape != v.shape for k, v in mine.items()):
            raise UserError(f"init={path} holds a different model than this recipe builds (keys or shapes differ).")
        dist_.load_full_model(self.wrapped, {k: v.to(mine[k].dtype) for k, v in model_sd.items()})
        ema = {k: ema_sd[k].float() for k in self.ema.state_dict()}
        self.ema.load_state_dict(ema, updates=0)

    def _resume(self) -> None:
        path = checkpoint.latest(self.out)
        if path is None:
            return
        ck = checkpoint.load(path)
        st = ck["state"]
        if st.get("world", 1) != self.d.world:
            from kinetoscope.errors import UserError

            raise UserError(f"{path} was trained on {st['world']} processes; resume it with the same number.")
        dist_.load_full_state(self.wrapped, self.opt, ck["model"], ck["optimizer"], self.d)
        self.ema.load_state_dict({k: v.to(self.d.device) for k, v in ck["ema"].items()}, st["ema_updates"])
        checkpoint.set_rng_state(st["rng"], {"train": self.gen})
        self.data.load_state_dict(st["data"])
        self.step = st["step"]

    # ---------------------------------------------------------------- step
    def draw(self, z0: torch.Tensor):
        """Noise, timesteps and conditioning masks for one batch, from the checkpointed RNG."""
        b, _, t, h, w = z0.shape
        noise = torch.randn(z0.shape, generator=self.gen).to(z0.device)
        tokens = t * h * w // math.prod(self.dit.cfg.patch)
        shift = self.cfg.sampler.shift(tokens)
        ts = diffusion.sample_timesteps(b, self.gen, mean=self.cfg.timestep_mean, std=self.cfg.timestep_std)
        ts = diffusion.shift_timesteps(ts, shift).to(z0.device)
        mask = sample_training_masks(b, t, self.cfg.cond.probs(), self.gen).to(z0.device)
        return noise, ts, mask

    def train_step(self) -> dict[str, float]:
        self.wrapped.train()
        lr = lr_at(self.step, self.cfg)
        for g in self.opt.param_groups:
            g["lr"] = lr
        accum = self.cfg.optim.grad_accum
        total, samples, tokens = 0.0, 0, 0
        for _ in range(accum):
            z0, caps = self.data.next_latents(self.gen)
            noise, ts, mask = self.draw(z0)
            loss = self.wrapped(z0, noise, ts, mask, drop_text(caps, self.cfg.text_dropout, self.gen))
            (loss / accum).backward()
            total += float(loss.detach()) / accum
            samples += z0.shape[0]
            tokens += z0.shape[0] * math.prod(z0.shape[2:]) // math.prod(self.dit.cfg.patch)
        gnorm = torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.cfg.optim.grad_clip)
        self.opt.step()
        self.opt.zero_grad(set_to_none=True)
        self.ema.update(dict(self.model.named_parameters()))
        self.step += 1
        loss_t = dist_.all_reduce_mean(torch.tensor(total), self.d)
        return {"loss": float(loss_t), "lr": lr, "grad_norm": float(gnorm), "samples": samples, "tokens": tokens}

    @torch.no_grad()
    def validate(self) -> dict[str, float]:
        """Loss at fixed timesteps per size bucket on fixed batches (Open-Sora's quality proxy)."""
        self.wrapped.eval()
        out: dict[str, float] = {}
        for name, batches in self.data.validation_batches(self.cfg.val_batches).items():
            g = torch.Generator().manual_seed(12345)
            for tv in self.cfg.val_timesteps:
                losses = []
                for z0, caps in batches:
                    noise = torch.randn(z0.shape, generator=g).to(z0.device)
                    ts = torch.full((z0.shape[0],), tv, device=z0.device)
                    mask = torch.zeros(z0.shape[0], 1, z0.shape[2], 1, 1, device=z0.device)
                    losses.append(float(self.model(z0, noise, ts, mask, caps)))
                out[f"val/{name}/t{tv:.1f}"] = sum(losses) / len(losses)
        if out:
            out["val/mean"] = sum(out.values()) / len(out)
        return out

    # ---------------------------------------------------------------- run
    def _log(self, row: dict) -> None:
        if not self.d.main:
            return
        if self.log_file is None:
            self.out.mkdir(parents=True, exist_ok=True)
            self.log_file = open(self.out / "log.jsonl", "a")
            from torch.utils.tensorboard import SummaryWriter

            self.tb = SummaryWriter(str(self.out / "tb"))
        self.log_file.write(json.dumps(row) + "\n")
        self.log_file.flush()
        for k, v in row.items():
            if k != "step" and isinstance(v, (int, float)):
                self.tb.add_scalar(k, v, row["step"])

    def run(self, steps: int | None = None, progress: bool = True) -> Path | None:
        from tqdm import tqdm

        target = self.cfg.steps if steps is None else steps
        bar = tqdm(total=target, initial=self.step, disable=not (progress and self.d.main), unit="step")
        last, saved = None, -1  # `saved` is known on every rank: save() is collective
        t0, seen = time.perf_counter(), 0
        try:
            while self.step < target:
                row = self.train_step()
                seen += row.pop("tokens")
                bar.update(1)
                if self.step % self.cfg.log_every == 0 or self.step == target:
                    dt = time.perf_counter() - t0
                    row.update(step=self.step, tokens_per_s=seen * self.d.world / max(dt, 1e-9))
                    bar.set_postfix(loss=f"{row['loss']:.4f}", tok_s=f"{row['tokens_per_s']:.0f}")
                    self._log(row)
                    t0, seen = time.perf_counter(), 0
                if self.cfg.val_every and self.step % self.cfg.val_every == 0:
                    self._log({"step": self.step, **self.validate()})
                if self.step % self.cfg.ckpt_every == 0:
                    last, saved = self.save(), self.step
            if saved != self.step and self.step > 0:
                last = self.save()
            val = self.validate()
            if val:
                self._log({"step": self.step, **val})
        finally:
            bar.close()
            if self.log_file is not None:
                self.log_file.close()
                self.tb.close()
        return last
