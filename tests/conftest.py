"""Shared test setup: fixed seeds, one torch thread per xdist worker (2 workers on 2 cores)."""

import os
import tempfile

os.environ.setdefault("OMP_NUM_THREADS", "1")
# The package makes its C2PA signing certificates once under KINETOSCOPE_HOME: never the
# developer's own config directory from tests.
os.environ["KINETOSCOPE_HOME"] = tempfile.mkdtemp(prefix="kinetoscope-home-")

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


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="session")
def tiny_vae(tmp_path_factory):
    """An untrained, very small world-style VAE saved as a weights directory."""
    import torch

    from kinetoscope.vae import VAEConfig, VideoVAE, save_vae

    torch.manual_seed(0)
    cfg = VAEConfig(latent_channels=4, channels=(8, 16, 16), time_kernel=(1, 1, 3), enc_blocks=0,
                    dec_blocks=1, patch=2, spatial=8, temporal=4)
    return save_vae(VideoVAE(cfg), tmp_path_factory.mktemp("vae") / "vae")


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory, tiny_vae):
    """A loadable model directory: 2 smoke-training steps on the tiny VAE, exported (a few seconds)."""
    from kinetoscope import config
    from kinetoscope.train.config import TrainConfig
    from kinetoscope.train.export import export_model
    from kinetoscope.train.loop import Trainer

    cfg = config.load(TrainConfig, os.path.join(ROOT, "configs", "smoke.toml"),
                      [f'model.vae="{tiny_vae}"', "threads=1"])
    run = tmp_path_factory.mktemp("tiny-run")
    last = Trainer(cfg, run).run(2, progress=False)
    return export_model(last, run.parent / f"{run.name}-model")
