"""`kinetoscope world render / dataset / parse` and the dataset writer."""

from __future__ import annotations

import json

import numpy as np
import pytest

from kinetoscope.cli import main
from kinetoscope.media import probe_video, read_video
from kinetoscope.world import caption, parse, render, shots_from_json
from kinetoscope.world.dataset import sample_example, write_dataset

PROMPT = ("a small red circle on the left moves right, and a large blue square at the top "
          "right stays still, behind a brown wall, on a black background")


def test_render_writes_the_exact_ground_truth(tmp_path, capsys):
    out = tmp_path / "w.mkv"  # lossless: the file holds exactly what the renderer drew
    assert main(["world", "render", PROMPT, "-o", str(out), "--seconds", "1.5", "--fps", "8",
                 "--height", "64", "--width", "96"]) == 0
    video = read_video(out)
    assert video.frames.shape == (12, 64, 96, 3) and video.fps == 8
    expected = render(parse(PROMPT).shots, frames=12, fps=8, height=64, width=96)
    assert np.array_equal(video.frames, expected)
    assert "12 frames" in capsys.readouterr().out


def test_render_mp4_and_warnings(tmp_path, capsys):
    out = tmp_path / "w.mp4"
    assert main(["world", "render", "a red ball bounces gracefully", "-o", str(out)]) == 0
    info = probe_video(out)
    assert (info.num_frames, info.height, info.width) == (16, 64, 64)
    assert "gracefully" in capsys.readouterr().err


@pytest.mark.parametrize("args,match", [
    (["--height", "50"], "multiple of 16"),
    (["--width", "512"], "multiple of 16"),
    (["--seconds", "61"], "60 seconds"),
])
def test_render_refuses_bad_sizes_with_one_sentence(tmp_path, capsys, args, match):
    out = tmp_path / "w.mp4"
    assert main(["world", "render", PROMPT, "-o", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert match in err and "Traceback" not in err and not out.exists()


def test_parse_command_prints_scene(capsys):
    assert main(["world", "parse", "A BIG green box at the top goes left!"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("a large green square at the top moves left")
    assert json.loads(out[out.index("["):])[0]["objects"][0]["motion"] == "left"


def test_dataset_is_complete_varied_and_deterministic(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert main(["world", "dataset", str(a), "--count", "6", "--seed", "7", "--format", "mkv"]) == 0
    write_dataset(b, 6, 7, fmt="mkv")
    lines = (a / "captions.jsonl").read_text().splitlines()
    assert lines == (b / "captions.jsonl").read_text().splitlines()
    assert len(lines) == 6
    for line in lines:
        rec = json.loads(line)
        assert set(rec) == {"file", "caption", "fps", "scene", "height", "width", "frames"}
        shots = shots_from_json(rec["scene"])
        assert parse(rec["caption"]).shots == shots
        video = read_video(a / rec["file"])
        assert video.frames.shape == (rec["frames"], rec["height"], rec["width"], 3)
        assert np.array_equal(video.frames, render(shots, frames=rec["frames"], fps=rec["fps"],
                                                   height=rec["height"], width=rec["width"]))


def test_examples_mix_sizes_durations_and_phrasings():
    examples = [sample_example(np.random.default_rng([0, i])) for i in range(400)]
    assert len({(e.height, e.width) for e in examples}) >= 6
    assert {e.frames for e in examples} >= {1, 16}
    assert max(e.frames / e.fps for e in examples) >= 4
    assert len({e.fps for e in examples}) >= 2
    canonical = sum(e.caption == caption(e.shots) for e in examples)
    assert 0.1 * len(examples) < canonical < 0.5 * len(examples)
    assert all(len(e.shots) <= e.frames for e in examples)
    assert any(len(e.shots) > 1 for e in examples)


def test_dataset_refuses_bad_arguments(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    assert main(["world", "dataset", str(tmp_path / "file"), "--count", "1"]) == 2
    assert "is a file" in capsys.readouterr().err
    assert main(["world", "dataset", str(tmp_path / "d"), "--count", "1", "--seed", "-1"]) == 2
