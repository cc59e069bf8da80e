"""Saving and loading VAE weights: ``model.safetensors`` + ``config.json`` in one directory.

Loading is strict (every key present, no extra key, same shapes) and never unpickles. The
latent statistics (``latent_shift``, ``latent_scale``) are buffers, so they travel inside the
safetensors file with the weights they were measured for.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import torch

from kinetoscope.config import from_dict, to_dict
from kinetoscope.errors import UserError
from kinetoscope.vae.config import VAEConfig
from kinetoscope.vae.model import VideoVAE

REPRODUCE = "kinetoscope vae train configs/vae-world.toml"


def weights_dir() -> Path:
    """Where the shipped world VAE lives (inside the package)."""
    return Path(__file__).resolve().parent.parent / "weights" / "vae-world"


def _atomic_write(path: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; weights are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_vae(vae: VideoVAE, out: str | Path, extra: dict[str, Any] | None = None,
             dtype: torch.dtype = torch.float32) -> Path:
    """Write ``out/model.safetensors`` and ``out/config.json`` (config + ``extra`` info), atomically.

    ``dtype=torch.float16`` halves the file (the shipped weights); loading casts back to fp32.
    """
    from safetensors.torch import save_file

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tensors = {k: v.detach().to("cpu", dtype).contiguous() for k, v in vae.state_dict().items()}
    meta = {"format": "kinetoscope-vae", "config": to_dict(vae.cfg), **(extra or {})}
    _atomic_write(out / "model.safetensors", lambda p: save_file(tensors, p))
    _atomic_write(out / "config.json", lambda p: Path(p).write_text(json.dumps(meta, indent=2) + "\n"))
    return out


def load_vae(path: str | Path | None = None, device: str | torch.device | None = None) -> VideoVAE:
    """Load a VAE directory (None = the shipped world VAE) in eval mode on ``device`` (default CPU)."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    d = Path(path) if path is not None else weights_dir()
    fix = f"run `{REPRODUCE}` (or pass --weights DIR of a trained VAE)"
    if not (d / "model.safetensors").is_file() or not (d / "config.json").is_file():
        raise UserError(f"No VAE weights in {d} (model.safetensors + config.json); {fix}.")
    try:
        meta = json.loads((d / "config.json").read_text())
        cfg = from_dict(VAEConfig, meta["config"], f"{d / 'config.json'}:config")
    except (json.JSONDecodeError, KeyError, TypeError) as e:
        raise UserError(f"VAE config {d / 'config.json'} is unreadable ({e}); {fix}.") from None
    vae = VideoVAE(cfg)
    try:
        sd = load_file(str(d / "model.safetensors"))
    except (SafetensorError, OSError, ValueError) as e:
        raise UserError(f"VAE weights {d / 'model.safetensors'} are corrupt ({e}); {fix}.") from None
    own = vae.state_dict()
    bad = sorted(set(own) ^ set(sd)) or sorted(k for k in own if own[k].shape != sd[k].shape)
    if bad:
        raise UserError(f"VAE weights in {d} do not match their config (key {bad[0]!r}); {fix}.")
    vae.load_state_dict(sd, strict=True)
    return vae.to(device or "cpu").eval()
