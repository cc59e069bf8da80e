"""The service layer: every front end's one entry, with safety and provenance on every video."""

import subprocess
import sys

import pytest

from kinetoscope import media, service
from kinetoscope.errors import FramesFlagged, PromptRefused, UserError
from kinetoscope.pipeline import Request, load_pipeline

PROMPT = "a small red circle on the left moves right, on a black background"


@pytest.fixture(scope="module")
def pipe(tiny_model):
    return load_pipeline(tiny_model)


def test_generate_writes_signed_mp4(tmp_path, pipe):
    from kinetoscope import provenance

    out = tmp_path / "v.mp4"
    res = service.generate(Request(PROMPT, frames=9, height=32, width=48, fps=8.0, steps=2), out, pipeline=pipe)
    assert res.path == out and out.is_file()
    video = media.read_video(out)
    assert video.frames.shape == (9, 32, 48, 3) and video.fps == 8
    assert provenance.verify(out).status == "valid"
    assert [p.name for p in tmp_path.iterdir()] == ["v.mp4"]  # no temp files left
    assert {"render", "frame_check", "watermark", "encode", "sign"} <= set(res.timings)


def test_publish_marks_the_video_id(tmp_path):
    """The watermark carries the model and the id the service reports (world frames: an untrained
    model's noise is no stand-in for what a trained one makes)."""
    from kinetoscope import world
    from kinetoscope.safety import watermark

    frames = world.render(world.parse(PROMPT).shots, frames=16, height=64, width=64)
    video_id, _ = service.publish(frames, 8.0, tmp_path / "w.mp4", model_id="world-tiny")
    payload, _ = watermark.extract(media.read_video(tmp_path / "w.mp4").frames)
    assert payload is not None and payload.to_dict()["video_id"] == video_id
    assert payload.model_id == watermark.model_id_for("world-tiny")


def test_refused_prompt_writes_nothing(tmp_path, pipe):
    out = tmp_path / "v.mp4"
    out.write_bytes(b"keep me")
    with pytest.raises(PromptRefused) as e:
        service.generate(Request("a naked child", frames=9, height=32, width=32), out, pipeline=pipe)
    assert e.value.category == "minors"
    assert out.read_bytes() == b"keep me"


class _FlagEverything:
    categories = {"nudity": "sexual"}

    def classify(self, frames):
        return [{"nudity": 0.99} for _ in frames]


def test_flagged_frames_are_never_written(tmp_path, pipe):
    out = tmp_path / "v.mp4"
    with pytest.raises(FramesFlagged):
        service.generate(Request(PROMPT, frames=5, height=32, width=32, steps=1), out, pipeline=pipe,
                         frame_classifier=_FlagEverything())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("req,words", [
    (Request(PROMPT, frames=9, height=40, width=64), "multiple of 16"),
    (Request(PROMPT, frames=9, height=64, width=512), "multiple of 16 from 32 to 256"),
    (Request(PROMPT, frames=8 * 61, height=64, width=64), "60 seconds"),
    (Request(PROMPT, frames=9, steps=0), "steps"),
])
def test_bad_requests_refused_before_work(tmp_path, req, words):
    # pipeline=None would load the shipped model: the refusal must come first
    with pytest.raises(UserError, match=words):
        service.generate(req, tmp_path / "v.mp4", pipeline=None)


def test_only_mp4_outputs(tmp_path, pipe):
    with pytest.raises(UserError, match="MP4"):
        service.generate(Request(PROMPT, frames=5), tmp_path / "v.gif", pipeline=pipe)
    with pytest.raises(UserError, match="does not exist"):
        service.generate(Request(PROMPT, frames=5), tmp_path / "nope" / "v.mp4", pipeline=pipe)


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "kinetoscope", *args], capture_output=True, text=True)


def test_cli_generate_and_verify(tmp_path, tiny_model):
    out = tmp_path / "cli.mp4"
    r = run_cli("generate", PROMPT, "-o", str(out), "--checkpoint", str(tiny_model), "--steps", "2",
                "--seconds", "1", "--height", "32", "--width", "32", "--quiet")
    assert r.returncode == 0, r.stderr
    assert media.read_video(out).frames.shape == (8, 32, 32, 3)
    assert run_cli("verify", str(out)).returncode == 0


def test_cli_refusals_are_one_sentence(tmp_path, tiny_model):
    out = tmp_path / "x.mp4"
    r = run_cli("generate", "a naked child on a beach", "-o", str(out), "--checkpoint", str(tiny_model))
    assert r.returncode == 3 and "Traceback" not in r.stderr and not out.exists()
    r = run_cli("generate", PROMPT, "-o", str(out), "--height", "50", "--checkpoint", str(tiny_model))
    assert r.returncode == 2 and "multiple of 16" in r.stderr and r.stderr.count("\n") == 1
    r = run_cli("generate", PROMPT, "-o", str(out), "--checkpoint", str(tmp_path / "missing"))
    assert r.returncode == 2 and "No model weights" in r.stderr and not out.exists()
