"""The world judge: ground-truth renders pass every check (raw and through H.264), and
deliberately broken videos fail the check they break."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pytest

from kinetoscope.eval.judge import ABILITIES, FAIL, NA, PASS, judge
from kinetoscope.eval.pixels import CLASS_ID, UNKNOWN, classify, grid_shift
from kinetoscope.eval.prompts import KINDS, draw_case
from kinetoscope.media import reencode
from kinetoscope.world import PALETTE, parse, render, sample_shots

SIZES = [(64, 64), (64, 96), (96, 64), (128, 128)]
FPS = 8


def video_of(prompt: str, frames: int = 16, height: int = 64, width: int = 64) -> np.ndarray:
    return render(parse(prompt).shots, frames=frames, fps=FPS, height=height, width=width)


def mask(video: np.ndarray, color: str) -> np.ndarray:
    return (video == np.array(PALETTE[color], dtype=np.uint8)).all(-1)


def paint(video: np.ndarray, where: np.ndarray, color: str) -> np.ndarray:
    out = video.copy()
    out[where] = PALETTE[color]
    return out


def failed(verdict, ability: str, words: str = "") -> bool:
    return verdict.abilities[ability] == FAIL and any(words in r for r in verdict.reasons[ability])


# ----------------------------------------------------------------------------- ground truth


@pytest.mark.parametrize("kind", list(KINDS))
def test_ground_truth_of_every_kind_passes_at_every_size(kind):
    for i, size in enumerate(SIZES):
        case = draw_case(kind, i, seed=11, sizes=[size])
        video = render(case.shots, frames=case.frames, fps=case.fps, height=size[0], width=size[1])
        verdict = judge(video, case.prompt, fps=case.fps, frames=case.frames)
        assert verdict.followed, (case.prompt, size, verdict.failures())
        for ability in KINDS[kind].abilities:  # the kind really exercises its abilities
            assert verdict.abilities[ability] == PASS, (case.prompt, ability)


@pytest.mark.parametrize("kind", list(KINDS))
def test_ground_truth_passes_through_h264(kind):
    for i, size in enumerate(SIZES):
        case = draw_case(kind, i, seed=12, sizes=[size])
        video = render(case.shots, frames=case.frames, fps=case.fps, height=size[0], width=size[1])
        verdict = judge(reencode(video, case.fps, crf=18), case.prompt, fps=case.fps,
                        frames=case.frames)
        assert verdict.followed, (case.prompt, size, verdict.failures())


def test_random_scenes_pass():
    rng = np.random.default_rng(5)
    for i in range(40):
        shots = sample_shots(rng, p_multi=0.4)
        h, w = SIZES[i % 4]
        frames = 16 * len(shots)
        verdict = judge(render(shots, frames=frames, height=h, width=w), shots, frames=frames)
        assert verdict.followed, (shots, verdict.failures())


def test_verdict_structure():
    v = judge(video_of("a small red circle on the left moves right."),
              "a small red circle on the left moves right.", frames=16)
    assert set(v.abilities) == set(ABILITIES)
    assert v.abilities["motion"] == PASS and v.abilities["physics"] == NA and v.followed
    data = v.to_json()
    assert data["followed"] is True and data["abilities"] == v.abilities and data["reasons"] == {}


def test_judge_reads_frames_only():
    """The judge may read what the prompt asked (parser, Scene), never the renderer/physics."""
    root = Path(__file__).resolve().parents[1] / "src" / "kinetoscope" / "eval"
    for name in ("judge.py", "pixels.py"):
        tree = ast.parse((root / name).read_text())
        modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        modules |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        kinetoscope = {m for m in modules if m and m.startswith("kinetoscope")}
        assert kinetoscope <= {"kinetoscope.eval.pixels", "kinetoscope.world.language",
                               "kinetoscope.world.scene"}, (name, kinetoscope)


# ----------------------------------------------------------------------------- pixels


def test_pixels_classify_nearest_palette_colour_or_unknown():
    frame = np.array([[[230, 40, 40], [200, 60, 60], [128, 255, 0], [56, 56, 56]]], np.uint8)
    px = classify(frame[None])
    assert px.ids[0, 0].tolist() == [CLASS_ID["red"], CLASS_ID["red"], UNKNOWN, CLASS_ID["grid:black"]]
    assert px.dist[0, 0, 0] == 0


@pytest.mark.parametrize("pan,sign", [("right", -1), ("left", 1)])
def test_grid_shift_follows_the_pan(pan, sign):
    video = video_of(f"a small red square at the top stays still, while the camera pans {pan}.",
                     frames=17)
    shift, seen = grid_shift(classify(video).ids, "black", 16)
    assert seen.all()
    assert shift[-1] == pytest.approx(sign * 0.1 * 64 * 2, abs=1.0)


# ----------------------------------------------------------------------------- broken videos

STILL = "a large red square on the left stays still, and a small blue circle at the top right stays still, on a black background."


def test_wrong_colour_fails_attributes():
    v = video_of(STILL)
    broken = paint(v, mask(v, "red"), "green")
    verdict = judge(broken, STILL, frames=16)
    assert failed(verdict, "attributes", "no red object") and failed(verdict, "attributes", "green")
    assert judge(v, STILL, frames=16).followed


def test_wrong_shape_size_and_background_fail_attributes():
    v = video_of("a large red circle on the left stays still, and a small blue circle at the top "
                 "right stays still, on a black background.")
    assert failed(judge(v, STILL, frames=16), "attributes", "not a square")
    v = video_of("a small red square on the left stays still, and a small blue circle at the top "
                 "right stays still, on a black background.")
    assert failed(judge(v, STILL, frames=16), "attributes", "not large")
    v = video_of(STILL.replace("black", "gray"))
    assert failed(judge(v, STILL, frames=16), "attributes", "background is gray")


def test_missing_or_extra_object_fails_attributes_and_count():
    v = video_of(STILL)
    missing = paint(v, mask(v, "blue"), "black")
    verdict = judge(missing, STILL, frames=16)
    assert failed(verdict, "attributes", "no blue object") and failed(verdict, "count", "not 2")
    extra = video_of(STILL.replace("on a black", "and a small green triangle at the bottom stays "
                                                 "still, on a black"))
    verdict = judge(extra, STILL, frames=16)
    assert failed(verdict, "attributes", "not asked for") and failed(verdict, "count", "3 objects")


def test_object_vanishing_or_splitting_in_the_open_fails_count():
    v = video_of(STILL)
    gone = paint(v, mask(v, "blue") & (np.arange(16) >= 8)[:, None, None], "black")
    assert failed(judge(gone, STILL, frames=16), "count", "frame 8")
    split = v.copy()
    split[8:, :, 10] = PALETTE["black"]  # a cut through the red square
    assert failed(judge(split, STILL, frames=16), "count", "3 objects")


def test_wrong_start_cell_fails_layout():
    v = video_of(STILL.replace("on the left", "at the bottom left"))
    verdict = judge(v, STILL, frames=16)
    assert failed(verdict, "layout", "starts at the bottom left") and verdict.abilities["attributes"] == PASS


def test_wrong_direction_or_motion_fails_motion():
    prompt = "a small red circle on the left moves right, on a black background."
    assert judge(video_of(prompt), prompt, frames=16).abilities["motion"] == PASS
    left = video_of("a small red circle in the center moves left, on a black background.")
    diagonal = video_of(prompt.replace("moves right", "bounces around"))
    assert failed(judge(diagonal, prompt, frames=16), "motion", "drifts")
    assert failed(judge(left, prompt.replace("on the left", "in the center"), frames=16), "motion",
                  "moves -0.")
    moving = video_of(STILL.replace("on the left stays still", "on the left moves up"))
    assert failed(judge(moving, STILL, frames=16), "motion", "still red square moves")


def test_no_bounce_fails_physics():
    prompt = "a large red square at the top bounces, on a black background."
    assert judge(video_of(prompt), prompt, frames=16).abilities["physics"] == PASS
    still = video_of(prompt.replace("bounces", "stays still"))
    assert failed(judge(still, prompt, frames=16), "physics", "never touches the bottom")
    falls = video_of(prompt.replace("bounces", "moves down"), frames=40)
    assert failed(judge(falls, prompt, frames=40), "physics", "below the bottom edge")


def test_bounce_without_losing_height_fails_physics():
    prompt = "a large red square at the top bounces, on a black background."
    v = video_of(prompt)
    first = int(np.flatnonzero(mask(v, "red")[:, -1].any(1))[0])  # touches the bottom edge
    fall = v[:first + 1]
    elastic = np.concatenate([fall, fall[-2::-1], fall[1:]])  # rebounds to the same height
    verdict = judge(elastic, prompt, frames=len(elastic))
    assert failed(verdict, "physics", "peaks do not get lower")


def test_bouncing_around_must_stay_in_frame():
    prompt = "a small red circle in the center bounces around, on a black background."
    assert judge(video_of(prompt, 24), prompt, frames=24).abilities["physics"] == PASS
    leaves = video_of(prompt.replace("bounces around", "moves right"), 24)
    assert failed(judge(leaves, prompt, frames=24), "physics", "outside the frame")


WALL = "a small red square on the left moves right, behind a brown wall, on a black background."


def _hidden_from(v: np.ndarray, color: str) -> int:
    return int(np.flatnonzero(~mask(v, color).any((1, 2)))[0])


def test_object_lost_or_changed_behind_the_wall_fails_permanence():
    v = video_of(WALL, 24)
    assert judge(v, WALL, frames=24).abilities["permanence"] == PASS
    after = (np.arange(24) >= _hidden_from(v, "red"))[:, None, None]
    gone = paint(v, mask(v, "red") & after, "black")
    assert failed(judge(gone, WALL, frames=24), "permanence", "does not come out")
    recoloured = paint(v, mask(v, "red") & after, "green")
    assert failed(judge(recoloured, WALL, frames=24), "permanence", "does not come out")
    square_then_circle = v.copy()
    circle = video_of(WALL.replace("square", "circle"), 24)
    t = _hidden_from(v, "red")
    square_then_circle[t:] = circle[t:]
    assert failed(judge(square_then_circle, WALL, frames=24), "permanence", "as a small circle")


DOTS = "a small yellow circle on the left moves right and eats the dots, on a black background."


def test_dots_reappearing_or_eaten_early_fail_cause_effect():
    v = video_of(DOTS, 32)
    assert judge(v, DOTS, frames=32).abilities["cause_effect"] == PASS
    dots0 = mask(v[:1], "dot")[0]
    back = v.copy()
    back[24:][np.broadcast_to(dots0, back[24:].shape[:3]) & ~mask(v[24:], "yellow")] = PALETTE["dot"]
    assert failed(judge(back, DOTS, frames=32), "cause_effect", "still there")
    cols = np.flatnonzero(dots0.any(0))
    early = v.copy()
    early[2:, :, cols[-3]:] = PALETTE["black"]  # the last dot vanishes long before it is reached
    assert failed(judge(early, DOTS, frames=32), "cause_effect", "before the yellow circle reaches it")
    missing = paint(v, np.broadcast_to(mask(v[:1], "dot"), v.shape[:3]), "black")
    assert failed(judge(missing, DOTS, frames=32), "cause_effect", "0 dots")


def test_static_or_reversed_grid_fails_camera():
    prompt = "a small red square at the top stays still, while the camera pans right, on a black background."
    v = video_of(prompt)
    assert judge(v, prompt, frames=16).abilities["camera"] == PASS
    background = paint(v[:1], mask(v[:1], "red"), "black")[0]
    static = np.where(mask(v, "red")[..., None], v, background[None])
    assert failed(judge(static, prompt, frames=16), "camera", "grid moves")
    assert failed(judge(v, prompt.replace("pans right", "pans left"), frames=16), "camera", "grid moves")
    plain = video_of(prompt.replace(", while the camera pans right", ""))
    assert failed(judge(plain, prompt, frames=16), "camera", "no background grid")


SHOTS = ("Shot 1: a small red circle on the left moves right, on a black background. "
         "Shot 2: a small red circle at the top right stays still, on a white background.")


def test_missing_cut_or_changed_character_fails_shots():
    v = video_of(SHOTS, 32)
    verdict = judge(v, SHOTS, frames=32)
    assert verdict.abilities["shots"] == PASS and verdict.followed
    one_take = video_of(SHOTS.split(" Shot 2")[0], 32)
    verdict = judge(one_take, SHOTS, frames=32)
    assert failed(verdict, "shots", "no cut at frame 16") and failed(verdict, "shots", "shot 2 fails")
    changed = video_of(SHOTS.replace("red circle at the top", "red square at the top"), 32)
    verdict = judge(changed, SHOTS, frames=32)
    assert failed(verdict, "shots", "is a square in shot 2")


def test_wrong_frame_count_or_changing_looks_fail_duration():
    prompt = "a large red circle in the center stays still, on a black background."
    assert failed(judge(video_of(prompt), prompt, frames=17), "duration", "16 frames, not 17")
    morph = np.concatenate([video_of(prompt, 8), video_of(prompt.replace("circle", "square"), 8)])
    verdict = judge(morph, prompt, frames=16)
    assert failed(verdict, "duration", "turns into a large square") and verdict.abilities["attributes"] == PASS


def test_garbage_is_judged_not_crashed_on():
    rng = np.random.default_rng(0)
    colors = np.array(list(PALETTE.values()), np.uint8)
    for case in [draw_case(kind, 0, seed=3) for kind in KINDS]:
        T, H, W = case.frames, case.height, case.width
        truth = render(case.shots, frames=T, height=H, width=W)
        for video in (rng.integers(0, 256, (T, H, W, 3), dtype=np.uint8),
                      np.repeat(np.repeat(colors[rng.integers(0, 12, (T, H // 8, W // 8))], 8, 1), 8, 2),
                      truth[:1]):
            assert not judge(video, case.prompt, frames=T).followed
        judge(truth[rng.permutation(T)], case.prompt, frames=T)  # scrambled time: judged, no crash
