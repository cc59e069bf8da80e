"""The world benchmark: prompts, the runner and its table, and `kinetoscope eval world`."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from kinetoscope.cli import main
from kinetoscope.errors import UserError
from kinetoscope.eval.judge import ABILITIES
from kinetoscope.eval.prompts import KINDS, draw_cases, parse_sizes
from kinetoscope.eval.world import MODES, format_report, psnr, run_benchmark
from kinetoscope.world import parse, render


def test_cases_are_deterministic_paraphrased_and_sized():
    cases = draw_cases(3, seed=4, sizes=parse_sizes("64x64,64x96,96x64"))
    assert [c.kind for c in cases] == [k for k in KINDS for _ in range(3)]
    assert cases == draw_cases(3, seed=4, sizes=parse_sizes("64x64,64x96,96x64"))
    assert cases != draw_cases(3, seed=5, sizes=parse_sizes("64x64,64x96,96x64"))
    for c in cases:
        assert parse(c.prompt).shots == c.shots  # the judge reads exactly what was drawn
        assert c.frames == round(KINDS[c.kind].seconds_per_shot * len(c.shots) * c.fps)
    assert {(c.height, c.width) for c in cases} == {(64, 64), (64, 96), (96, 64)}
    assert len({c.prompt for c in cases}) == len(cases)
    assert all(len(c.shots) >= 2 for c in cases if c.kind == "shots")
    # a case does not depend on how many others are drawn
    assert draw_cases(1, kinds=["wall"], seed=4, sizes=parse_sizes("64x64,64x96,96x64"))[0] \
        == [c for c in cases if c.kind == "wall"][0]


def test_bad_sizes_kinds_and_modes_are_refused():
    assert parse_sizes(" 64x96 ,128X128") == ((64, 96), (128, 128))
    for bad in ("64", "60x64", "64x64,abc", "512x64"):
        with pytest.raises(UserError):
            parse_sizes(bad)
    with pytest.raises(UserError, match="Unknown benchmark kind"):
        draw_cases(1, kinds=["single", "juggling"])
    with pytest.raises(UserError, match="Unknown mode"):
        run_benchmark(draw_cases(1, kinds=["single"]), pipe=object(), modes=["telepathy"])


def test_psnr():
    a = np.zeros((2, 4, 4, 3), np.uint8)
    b = a.copy()
    assert psnr(a, b) == float("inf")
    b[..., 0] = 255
    assert psnr(a, b) == pytest.approx(10 * np.log10(3))


class Perfect:
    """A 'model' that draws the ground truth of the prompt: must score 100 %."""

    def __call__(self, req):
        return torch.from_numpy(render(parse(req.prompt).shots, frames=req.frames, fps=req.fps,
                                       height=req.height, width=req.width))


class Blank:
    """A 'model' that draws nothing but a black frame of the right size."""

    def __call__(self, req):
        return torch.full((req.frames, req.height, req.width, 3), 16, dtype=torch.uint8)


def test_runner_scores_a_perfect_and_a_blank_model():
    cases = draw_cases(1, kinds=["single", "bounce", "shots"], seed=2)
    good = run_benchmark(cases, pipe=Perfect(), codec="raw")
    assert all(row["t2v"] == 1.0 and row["truth"] == 1.0 for row in good["summary"]["by_kind"].values())
    bad = run_benchmark(cases, pipe=Blank(), codec="raw")
    assert all(row["t2v"] == 0.0 for row in bad["summary"]["by_kind"].values())
    assert bad["summary"]["by_ability"]["attributes"]["t2v"] == 0.0
    assert bad["summary"]["by_ability"]["duration"]["t2v"] == 1.0  # right frame count
    text = format_report(bad)
    assert "t2v" in text and "truth" in text and "GROUND TRUTH FAILED" not in text


def test_cli_ground_truth_only(tmp_path, capsys):
    out = tmp_path / "gt.json"
    videos = tmp_path / "videos"
    code = main(["eval", "world", "--ground-truth-only", "--per-kind", "2", "--quiet",
                 "--json", str(out), "--videos", str(videos)])
    text = capsys.readouterr().out
    assert code == 0
    rows = {line.split()[0]: line.split() for line in text.splitlines() if line.strip()}
    for kind in [*KINDS, "all"]:
        assert rows[kind][-1] == "100%", text
    report = json.loads(out.read_text())
    assert len(report["cases"]) == 2 * len(KINDS)
    assert all(c["results"]["truth"]["followed"] for c in report["cases"])
    assert report["summary"]["by_ability"]["permanence"]["truth"] == 1.0
    assert len(list(videos.glob("*-truth.mp4"))) == 2 * len(KINDS)


def test_cli_refusals_are_one_sentence(capsys):
    assert main(["eval", "world", "--ground-truth-only", "--kinds", "juggling"]) == 2
    assert main(["eval", "world", "--ground-truth-only", "--sizes", "65x64"]) == 2
    assert main(["eval", "world", "--guidance", "-1"]) == 2
    err = capsys.readouterr().err
    assert "Unknown benchmark kind" in err and "65x64" in err and "Traceback" not in err
    assert "guidance scale must be from 0 to 30, got -1." in err


def test_cli_with_a_tiny_random_model(tmp_path, capsys, tiny_model):
    out = tmp_path / "tiny.json"
    code = main(["eval", "world", "--checkpoint", str(tiny_model), "--steps", "2", "--guidance", "2.5",
                 "--per-kind", "1", "--kinds", "single,wall,shots", "--sizes", "64x64,64x96", "--modes", "t2v,image",
                 "--quiet", "--json", str(out)])
    assert code == 0
    text = capsys.readouterr().out
    assert "t2v" in text and "image" in text and "fully followed" in text
    assert "PSNR of kept frames: image" in text
    report = json.loads(out.read_text())
    assert report["config"]["modes"] == ["t2v", "image"] and report["config"]["steps"] == 2
    assert report["config"]["guidance"] == 2.5
    for case in report["cases"]:
        for col in ("truth", "t2v", "image"):
            verdict = case["results"][col]
            assert set(verdict["abilities"]) == set(ABILITIES)
            assert set(verdict["abilities"].values()) <= {"pass", "fail", "na"}
        assert case["results"]["truth"]["followed"]
        assert case["results"]["image"]["kept_psnr"] > 0 and "kept_psnr" not in case["results"]["t2v"]
    assert set(report["summary"]["by_kind"]) == {"single", "wall", "shots", "all"}
    assert 0.0 <= report["summary"]["by_kind"]["all"]["t2v"] <= 1.0


def test_modes_registry():
    assert {"t2v", "image", "extend", "extend_backward", "fill", "connect", "minute",
            "shots"} <= set(MODES)
    case = draw_cases(1, kinds=["shots"])[0]
    assert MODES["t2v"].case_for(case) is case
    minute = MODES["minute"].case_for(case)
    assert minute.frames == 480 and minute.prompt == case.prompt and minute.shots == case.shots


class LosslessVAE:
    """A pipeline double whose VAE is the identity: the ``vae`` column must then score 100 %."""

    device = torch.device("cpu")

    class vae:  # noqa: N801 - stands in for the pipeline's VAE module
        @staticmethod
        def encode(x):
            return x

    @staticmethod
    def decode(z, frames):
        return ((z[0, :, :frames] + 1) * 127.5).round().to(torch.uint8).permute(1, 2, 3, 0)


class HalvingVAE(LosslessVAE):
    """A VAE double that loses every other row: the ceiling it reports must drop."""

    @staticmethod
    def decode(z, frames):
        z = z.clone()
        z[..., 1::2, :] = z[..., 0::2, :]
        z[..., 1::2] = z[..., 0::2]
        return LosslessVAE.decode(z * 0.6, frames)


def test_vae_column_is_the_ground_truth_through_the_vae():
    cases = draw_cases(1, kinds=["single", "dots"], seed=3)
    good = run_benchmark(cases, pipe=LosslessVAE(), modes=["vae"], codec="raw")
    assert good["summary"]["by_kind"]["all"]["vae"] == 1.0
    assert all(c["results"]["vae"]["kept_psnr"] == float("inf") for c in good["cases"])
    bad = run_benchmark(cases, pipe=HalvingVAE(), modes=["vae"], codec="raw")
    assert bad["summary"]["by_kind"]["all"]["vae"] < 1.0
    assert all(c["results"]["vae"]["kept_psnr"] < 30 for c in bad["cases"])
