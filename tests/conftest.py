"""Shared test setup: fixed seeds, one torch thread per xdist worker (2 workers on 2 cores)."""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np
import pytest


@pytest.fixture(autouse=True)
def _seeded():
    np.random.seed(0)
    try:
        import torch
    except ImportError:  # pragma: no cover - torch is a dependency
        return
    torch.manual_seed(0)
    if os.environ.get("PYTEST_XDIST_WORKER"):
        torch.set_num_threads(1)
