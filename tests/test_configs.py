"""Every shipped recipe parses into its typed config (a typo in a recipe fails here, not mid-run)."""

from pathlib import Path

import pytest

from kinetoscope import config
from kinetoscope.errors import UserError
from kinetoscope.train.config import TrainConfig

CONFIGS = Path(__file__).resolve().parents[1] / "configs"
TRAIN = sorted(p for p in CONFIGS.glob("*.toml") if not p.name.startswith("vae-"))


@pytest.mark.parametrize("path", TRAIN, ids=lambda p: p.name)
def test_train_recipes_parse(path):
    cfg = config.load(TrainConfig, path)
    assert cfg.steps >= 1 and cfg.data.buckets


def test_overrides_and_unknown_keys():
    cfg = config.load(TrainConfig, CONFIGS / "smoke.toml", ["optim.lr=0.5", "data.batch_size=3"])
    assert cfg.optim.lr == 0.5 and cfg.data.batch_size == 3
    with pytest.raises(UserError, match="unknown setting 'lrr'"):
        config.load(TrainConfig, CONFIGS / "smoke.toml", ["optim.lrr=0.5"])
    with pytest.raises(UserError, match="expected int"):
        config.load(TrainConfig, CONFIGS / "smoke.toml", ['steps="many"'])
