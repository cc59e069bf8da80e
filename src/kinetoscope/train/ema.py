"""Exponential moving average of weights (Polyak averaging), kept in fp32 on the model's device.

Sampling from EMA weights is standard for diffusion models (DDPM, Ho et al. 2020; DiT). The
decay warms up as ``min(decay, (1 + n) / (10 + n))`` so early averages are not dominated by
the random initialisation.
"""

from __future__ import annotations

import torch
from torch import nn


class EMA:
    def __init__(self, named_params: dict[str, torch.Tensor], decay: float):
        if not 0.0 <= decay < 1.0:
            raise ValueError(f"EMA decay must be in [0, 1), got {decay}")
        self.decay = decay
        self.updates = 0
        self.shadow = {k: p.detach().float().clone() for k, p in named_params.items()}

    @torch.no_grad()
    def update(self, named_params: dict[str, torch.Tensor]) -> None:
        self.updates += 1
        d = min(self.decay, (1 + self.updates) / (10 + self.updates))
        for k, p in named_params.items():
            self.shadow[k].lerp_(p.detach().float(), 1.0 - d)

    def state_dict(self) -> dict[str, torch.Tensor]:
        return dict(self.shadow)

    def load_state_dict(self, sd: dict[str, torch.Tensor], updates: int) -> None:
        missing = set(self.shadow) ^ set(sd)
        if missing:
            raise ValueError(f"EMA keys differ from the model's: {sorted(missing)[:3]}")
        for k, mine in self.shadow.items():
            full = sd[k].to(mine.device)
            if hasattr(mine, "device_mesh"):  # an FSDP2 shard (DTensor): take our part of the full tensor
                from torch.distributed.tensor import distribute_tensor

                full = distribute_tensor(full, mine.device_mesh, mine.placements)
            mine.copy_(full)
        self.updates = updates

    @torch.no_grad()
    def copy_to(self, module: nn.Module, prefix: str = "") -> None:
        """Load the EMA weights into ``module`` (keys relative to ``prefix``)."""
        params = dict(module.named_parameters())
        for k, v in self.shadow.items():
            if k.startswith(prefix) and k[len(prefix):] in params:
                params[k[len(prefix):]].copy_(v)
