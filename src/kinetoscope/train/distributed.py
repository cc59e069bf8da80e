"""Process groups and model wrapping. All distributed code lives in this package.

The same entry point runs alone (one process, no process group) and under ``torchrun``
(which sets RANK / WORLD_SIZE / LOCAL_RANK): gloo on CPU, NCCL on GPU. Small presets are
wrapped in DDP; large ones are sharded with FSDP2 (``fully_shard`` per transformer block,
then the root), which keeps parameters, gradients and optimizer state split across ranks.
Checkpoints always hold full, unsharded tensors (``torch.distributed.checkpoint.state_dict``
gathers them), so a model trained on 64 GPUs loads on a laptop.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import torch
import torch.distributed as dist
from torch import nn


@dataclass(frozen=True)
class Dist:
    rank: int
    world: int
    local_rank: int
    device: torch.device

    @property
    def main(self) -> bool:
        return self.rank == 0

    @property
    def enabled(self) -> bool:
        return self.world > 1


def setup() -> Dist:
    """Join the torchrun process group if there is one; pick this process's device."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    local = int(os.environ.get("LOCAL_RANK", "0"))
    if torch.cuda.is_available():
        device = torch.device("cuda", local)
        torch.cuda.set_device(device)
    else:
        device = torch.device("cpu")
    if world > 1 and not dist.is_initialized():
        dist.init_process_group("nccl" if device.type == "cuda" else "gloo")
    return Dist(rank, world, local, device)


def teardown(d: Dist) -> None:
    """Wait for every rank (rank 0 may still be writing a checkpoint or exporting), then
    destroy the process group. Left to interpreter exit, gloo's worker threads can still hold
    tensors as Python shuts down, and the process dies of SIGABRT after its work is done."""
    if d.enabled and dist.is_initialized():
        dist.barrier()
        dist.destroy_process_group()


def wrap(module: nn.Module, d: Dist, strategy: str, blocks: list[nn.Module]) -> nn.Module:
    """DDP or FSDP2 around ``module`` (unchanged when running alone)."""
    if not d.enabled:
        return module
    if strategy == "fsdp":
        from torch.distributed.fsdp import fully_shard

        for block in blocks:
            fully_shard(block)
        fully_shard(module)
        return module
    from torch.nn.parallel import DistributedDataParallel

    ids = [d.device.index] if d.device.type == "cuda" else None
    return DistributedDataParallel(module, device_ids=ids)


def full_state(module: nn.Module, optimizer: torch.optim.Optimizer, d: Dist):
    """Full (unsharded, CPU) model and optimizer state dicts keyed by parameter name.

    ``torch.distributed.checkpoint.state_dict`` works alone, under DDP and under FSDP, so a
    checkpoint has the same keys however many processes trained it.
    """
    from torch.distributed.checkpoint.state_dict import StateDictOptions, get_state_dict

    opts = StateDictOptions(full_state_dict=True, cpu_offload=d.enabled)
    return get_state_dict(module, optimizer, options=opts)


def load_full_state(module: nn.Module, optimizer: torch.optim.Optimizer, model_sd, opt_sd, d: Dist) -> None:
    """Load full state dicts into a (possibly wrapped) module and optimizer, strictly."""
    from torch.distributed.checkpoint.state_dict import StateDictOptions, set_state_dict

    opts = StateDictOptions(full_state_dict=True, strict=True)
    set_state_dict(module, optimizer, model_state_dict=model_sd, optim_state_dict=opt_sd, options=opts)


def load_full_model(module: nn.Module, model_sd) -> None:
    """Load a full model state dict into a (possibly wrapped) module, strictly."""
    from torch.distributed.checkpoint.state_dict import StateDictOptions, set_model_state_dict

    set_model_state_dict(module, model_sd, options=StateDictOptions(full_state_dict=True, strict=True))


def all_reduce_mean(x: torch.Tensor, d: Dist) -> torch.Tensor:
    if d.enabled:
        x = x.clone()
        dist.all_reduce(x)
        x /= d.world
    return x


def local_tensor(t: torch.Tensor) -> torch.Tensor:
    """The full value of a parameter that may be an FSDP2 DTensor shard."""
    full = getattr(t, "full_tensor", None)
    return full() if full is not None else t
