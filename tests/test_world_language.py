"""Captions and the prompt parser: every phrasing the spec allows parses back to its scene."""

from __future__ import annotations

import re

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from kinetoscope.world import (
    BACKGROUNDS, COLORS, MOTIONS, SHAPES, SIZES, XS, YS, Obj, Scene, caption, parse,
    sample_shots,
)
from kinetoscope.world.language import CAMERA_PHRASES, MOTION_PHRASES, SHAPE_WORDS, SIZE_WORDS

SPEC_EXAMPLE = ("a small red circle on the left moves right, and a large blue square at the top "
                "right stays still, behind a brown wall, on a black background.")


@st.composite
def scenes(draw) -> Scene:
    """Any valid scene without dots (wall, camera and background drawn freely)."""
    n = draw(st.integers(0, 3))
    colors = draw(st.lists(st.sampled_from(COLORS), min_size=n, max_size=n, unique=True))
    cells = draw(st.lists(st.tuples(st.sampled_from(XS), st.sampled_from(YS)), min_size=n,
                          max_size=n, unique=True))
    objs = tuple(Obj(c, draw(st.sampled_from(SHAPES)), draw(st.sampled_from(SIZES)), x, y,
                     draw(st.sampled_from(MOTIONS))) for c, (x, y) in zip(colors, cells))
    wall = draw(st.booleans()) and all(o.x != "center" for o in objs)
    return Scene(objs, background=draw(st.sampled_from(BACKGROUNDS)), wall=wall,
                 camera=draw(st.sampled_from((None, "left", "right"))))


@st.composite
def dots_scenes(draw) -> Scene:
    """Any valid scene with dots: one object moving left/right with room ahead, on black."""
    motion = draw(st.sampled_from(("left", "right")))
    x = draw(st.sampled_from(("center", "right" if motion == "left" else "left")))
    return Scene((Obj(draw(st.sampled_from(COLORS)), draw(st.sampled_from(SHAPES)),
                      draw(st.sampled_from(SIZES)), x, draw(st.sampled_from(YS)), motion),),
                 dots=True)


videos = st.lists(st.one_of(scenes(), dots_scenes()), min_size=1, max_size=3).map(tuple)


@settings(max_examples=300, deadline=None)
@given(shots=videos, seed=st.integers(0, 2**32 - 1))
def test_parse_inverts_every_phrasing(shots, seed):
    rng = np.random.default_rng(seed)
    for text in (caption(shots), caption(shots, rng), caption(shots, rng)):
        result = parse(text)
        assert result.shots == shots, text
        assert result.unknown == () and result.problems == (), text


@settings(max_examples=100, deadline=None)
@given(shots=videos, seed=st.integers(0, 2**32 - 1))
def test_parse_ignores_case_and_punctuation(shots, seed):
    text = caption(shots, np.random.default_rng(seed))
    for variant in (text.upper(), re.sub(r"[,.]", " ", text), text.replace(" ", "  ") + "!!",
                    text.replace(",", ";")):
        assert parse(variant).shots == shots, variant


def test_canonical_caption_is_the_spec_example():
    scene = Scene((Obj("red", "circle", "small", "left", "middle", "right"),
                   Obj("blue", "square", "large", "right", "top", "still")),
                  background="black", wall=True)
    assert caption(scene) == SPEC_EXAMPLE
    assert parse(SPEC_EXAMPLE).shots == (scene,)
    two = caption((scene, Scene((Obj("red", "circle", "small", "center", "top", "bounce"),))))
    assert two.startswith("Shot 1: a small red circle") and " Shot 2: a small red circle at the top bounces" in two


def test_random_captions_use_every_synonym_and_order():
    rng = np.random.default_rng(0)
    texts = [caption(sample_shots(rng), rng) for _ in range(3000)]
    blob = " ".join(t.lower() for t in texts)
    words = [w for ws in (*SIZE_WORDS.values(), *SHAPE_WORDS.values()) for w in ws]
    phrases = [p for ps in MOTION_PHRASES.values() for p in ps]
    phrases += [c.format(d=d) for c in CAMERA_PHRASES for d in ("left", "right")]
    phrases += [f"{p} the {w}" for p in ("on", "at") for w in ("left", "right", "top", "bottom")]
    phrases += ["on the left side", "at the top right", "in the center", "in the middle",
                "behind a brown wall", "and eats the dots", "on a gray background", "shot 2"]
    missing = [p for p in words + phrases if re.search(rf"\b{re.escape(p)}\b", blob) is None]
    assert not missing
    # Clause order varies: a scene part comes first, and objects come in more than one order.
    assert any(t.lower().startswith(("on a", "behind", "while", "as the")) for t in texts)
    assert len({caption(sample_shots(np.random.default_rng(5)), rng) for _ in range(30)}) > 10


def test_every_spec_table_phrasing_parses():
    base = "a {size} red {shape} {where} {motion}"
    for size, words in SIZE_WORDS.items():
        for sw in words:
            assert parse(base.format(size=sw, shape="ball", where="", motion="rests")).scene.objects[0].size == size
    for shape, words in SHAPE_WORDS.items():
        for w in words:
            assert parse(f"a small green {w} stays still").scene.objects[0].shape == shape
    for motion, phrases in MOTION_PHRASES.items():
        for p in phrases:
            assert parse(f"a big blue box on the left {p}").scene.objects[0].motion == motion, p
    for text, (x, y) in {"on the left": ("left", "middle"), "at the left": ("left", "middle"),
                         "on the left side": ("left", "middle"), "on the right side": ("right", "middle"),
                         "at the top": ("center", "top"), "on the bottom side": ("center", "bottom"),
                         "in the center": ("center", "middle"), "in the middle": ("center", "middle"),
                         "at the top right": ("right", "top"), "at the bottom left": ("left", "bottom"),
                         "in the top left corner": ("left", "top"), "": ("center", "middle"),
                         "at the top center": ("center", "top"), "on the middle left": ("left", "middle")}.items():
        o = parse(f"a tiny cyan triangle {text} sits still").scene.objects[0]
        assert (o.x, o.y) == (x, y), text
    s = parse("A red ball moves right and eats the dots").scene
    assert s.dots and s.objects[0].motion == "right"
    s = parse("while the camera pans left, a red ball bounces off the walls on a white background").scene
    assert (s.camera, s.background, s.objects[0].motion) == ("left", "white", "bounce_around")


def test_defaults_unknown_words_and_repairs():
    r = parse("a red ball")
    assert r.scene == Scene((Obj("red", "circle", "small", "center", "middle", "still"),))
    r = parse("A purple elephant dances gracefully")
    assert r.scene == Scene() and set(r.unknown) == {"purple", "elephant", "dances", "gracefully"}
    r = parse("a big box moves left, and a small ball at the top")  # colours filled in
    assert [o.color for o in r.scene.objects] == ["red", "orange"]
    r = parse("a red ball on the left, and a red box on the right")
    assert len(r.scene.objects) == 1 and r.problems
    r = parse("a red ball, a blue box, a green disc, and a cyan block")  # same cell, and 4 objects
    assert len(r.scene.objects) == 1 and len(r.problems) >= 2
    r = parse("a red ball moves up and eats the dots")
    assert not r.scene.dots and "dots" in r.problems[0]
    r = parse("a red ball moves right, behind a brown wall")  # would start hidden
    assert not r.scene.wall and "wall" in r.problems[0]
    r = parse("Intro. Shot 1: a red ball. Shot 2: a blue box moves down. Shot 3: nothing")
    assert len(r.shots) == 3 and r.unknown == ("intro",) and r.shots[2] == Scene()
    assert r.shots[1].objects[0].motion == "down"
    assert parse("").shots == (Scene(),)
    assert parse("a red ball doesn't move").scene.objects[0].motion == "still"
