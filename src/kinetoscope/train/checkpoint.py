"""Checkpoints: one directory per step, written atomically, loaded strictly, never unpickled.

Layout of ``OUT/step-000123/``::

    model.safetensors       trainable weights (DiT + built-in text encoder), full (unsharded)
    ema.safetensors         EMA weights, same keys
    optimizer.safetensors   every tensor of the optimizer state, flattened to "state/<param>/<key>"
    state.json              step, config, RNG states, data position, optimizer hyper-parameters

The directory is first written as ``.step-000123.tmp`` and renamed into place (a rename is
atomic on POSIX), so a crash mid-write leaves only a temp directory that ``latest()`` ignores:
a half-written checkpoint is never loaded.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file

from kinetoscope.errors import UserError

_STEP_DIR = re.compile(r"^step-(\d{6,})$")


def step_dir(out: Path, step: int) -> Path:
    return Path(out) / f"step-{step:06d}"


def latest(out: str | Path) -> Path | None:
    """The newest complete checkpoint directory under ``out`` (None when there is none)."""
    out = Path(out)
    if not out.is_dir():
        return None
    steps = [(int(m.group(1)), p) for p in out.iterdir() if (m := _STEP_DIR.match(p.name)) and p.is_dir()]
    complete = [(s, p) for s, p in steps if (p / "state.json").is_file()]
    return max(complete)[1] if complete else None


@contextmanager
def atomic_directory(final: str | Path) -> Iterator[Path]:
    """Yield a temp directory beside ``final``; on success it replaces ``final`` in one rename,
    on any failure it is removed and ``final`` is left as it was."""
    final = Path(final)
    tmp = final.with_name(f".{final.name}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        yield tmp
        if final.exists():
            shutil.rmtree(final)
        os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _contiguous(sd: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    return {k: v.detach().to("cpu").contiguous() for k, v in sd.items()}


def _flatten_optimizer(opt_sd: dict[str, Any]) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """Split an optimizer state_dict into tensors (for safetensors) and JSON-able rest."""
    tensors: dict[str, torch.Tensor] = {}
    scalars: dict[str, dict[str, Any]] = {}
    for pid, st in opt_sd["state"].items():
        for key, val in st.items():
            if torch.is_tensor(val):
                tensors[f"state/{pid}/{key}"] = val
            else:
                scalars.setdefault(str(pid), {})[key] = val
    return _contiguous(tensors), {"param_groups": opt_sd["param_groups"], "scalars": scalars}


def _unflatten_optimizer(tensors: dict[str, torch.Tensor], meta: dict[str, Any]) -> dict[str, Any]:
    # Parameter ids are ints in a plain optimizer state_dict and names (FQNs) in the full
    # state dicts of torch.distributed.checkpoint; JSON made both strings.
    def pid(s: str) -> int | str:
        return int(s) if s.isdigit() else s

    state: dict[int | str, dict[str, Any]] = {}
    for name, val in tensors.items():
        _, p, key = name.split("/", 2)
        state.setdefault(pid(p), {})[key] = val
    for p, st in meta["scalars"].items():
        state.setdefault(pid(p), {}).update(st)
    return {"state": state, "param_groups": meta["param_groups"]}


def save(
    out: str | Path,
    step: int,
    *,
    model: dict[str, torch.Tensor],
    ema: dict[str, torch.Tensor] | None,
    optimizer: dict[str, Any] | None,
    state: dict[str, Any],
    keep: int | None = None,
) -> Path:
    """Write checkpoint ``step`` atomically; keep only the newest ``keep`` (None keeps all)."""
    out = Path(out)
    final = step_dir(out, step)
    with atomic_directory(final) as tmp:
        save_file(_contiguous(model), tmp / "model.safetensors")
        if ema is not None:
            save_file(_contiguous(ema), tmp / "ema.safetensors")
        meta = dict(state)
        if optimizer is not None:
            opt_tensors, meta["optimizer"] = _flatten_optimizer(optimizer)
            save_file(opt_tensors, tmp / "optimizer.safetensors")
        # state.json last: its presence marks the checkpoint complete even inside the temp dir.
        with open(tmp / "state.json", "w") as f:
            json.dump(meta, f, indent=1)
            f.flush()
            os.fsync(f.fileno())
    if keep is not None:
        olds = sorted(p for p in out.iterdir() if _STEP_DIR.match(p.name))[:-keep]
        for p in olds:
            shutil.rmtree(p, ignore_errors=True)
    return final


def load(path: str | Path) -> dict[str, Any]:
    """Read a checkpoint directory: {"model", "ema", "optimizer", "state"} (missing parts None)."""
    path = Path(path)
    if not (path / "state.json").is_file() or not (path / "model.safetensors").is_file():
        raise UserError(f"{path} is not a complete checkpoint (no state.json or model.safetensors).")
    state = json.loads((path / "state.json").read_text())
    out: dict[str, Any] = {"state": state, "model": load_file(path / "model.safetensors")}
    out["ema"] = load_file(path / "ema.safetensors") if (path / "ema.safetensors").is_file() else None
    out["optimizer"] = None
    if "optimizer" in state and (path / "optimizer.safetensors").is_file():
        out["optimizer"] = _unflatten_optimizer(load_file(path / "optimizer.safetensors"), state["optimizer"])
    return out


def rng_state(generators: dict[str, torch.Generator]) -> dict[str, list[int]]:
    """Torch RNG states as JSON lists (global CPU RNG plus named generators)."""
    states = {"torch": torch.get_rng_state().tolist()}
    states.update({name: g.get_state().tolist() for name, g in generators.items()})
    return states


def set_rng_state(states: dict[str, list[int]], generators: dict[str, torch.Generator]) -> None:
    torch.set_rng_state(torch.tensor(states["torch"], dtype=torch.uint8))
    for name, g in generators.items():
        g.set_state(torch.tensor(states[name], dtype=torch.uint8))
