"""Random valid scenes: the training stream, the datasets and the benchmark draw from here.

`sample_scene` covers every feature of the world (one to three objects, every colour,
shape, size, start cell and motion, the wall, the dots, the camera pans, the three
backgrounds, and now and then an empty scene); `sample_shots` strings scenes into
multi-shot videos whose characters (colour + shape) carry across the cuts; and
`sample_for_ability` draws scenes that exercise one ability of SPEC "What the judge checks".
Everything is a pure function of the ``numpy.random.Generator`` passed in.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from kinetoscope.world.scene import (
    BACKGROUNDS, COLORS, MAX_OBJECTS, MOTIONS, SHAPES, SIZES, XS, YS, Obj, Scene, Shots,
)

ABILITIES = ("attributes", "count", "layout", "motion", "physics", "permanence",
             "cause_effect", "camera", "shots", "duration")
CELLS = tuple((x, y) for y in YS for x in XS)
SIDE_CELLS = tuple(c for c in CELLS if c[0] != "center")  # allowed with a wall


def _choice(rng: np.random.Generator, options: Sequence, p: Sequence[float] | None = None):
    return options[int(rng.choice(len(options), p=p))]


def _pick_cells(rng: np.random.Generator, n: int, allowed: Sequence[tuple[str, str]]
                ) -> list[tuple[str, str]]:
    return [allowed[i] for i in rng.choice(len(allowed), size=n, replace=False)]


def _objects(rng: np.random.Generator, n: int, *, wall: bool,
             looks: Sequence[tuple[str, str, str]] = (),
             motions: Sequence[str] = MOTIONS, toward_wall: float = 0.6) -> tuple[Obj, ...]:
    """``n`` objects with distinct colours and start cells; ``looks`` fixes the first ones'
    (colour, shape, size) so characters can carry across shots. With a wall, an object
    is sent behind it (toward the center) with probability ``toward_wall``."""
    cells = _pick_cells(rng, n, SIDE_CELLS if wall else CELLS)
    used = {c for c, _, _ in looks}
    fresh = [c for c in COLORS if c not in used]
    out = []
    for i in range(n):
        if i < len(looks):
            color, shape, size = looks[i]
        else:
            color = fresh.pop(int(rng.integers(len(fresh))))
            shape, size = _choice(rng, SHAPES), _choice(rng, SIZES)
        x, y = cells[i]
        motion = _choice(rng, motions)
        if wall and rng.random() < toward_wall:
            motion = "right" if x == "left" else "left"
        out.append(Obj(color, shape, size, x, y, motion))
    return tuple(out)


def stays_in_view(o: Obj) -> bool:
    """False for an object that starts at the edge it moves toward (it leaves at once)."""
    heads = {"left": ("x", "left"), "right": ("x", "right"), "up": ("y", "top"),
             "down": ("y", "bottom")}.get(o.motion)
    return heads is None or getattr(o, heads[0]) != heads[1]


def dots_scene(rng: np.random.Generator) -> Scene:
    """A scene with dots: one object moving left or right on black, room ahead of it."""
    motion = _choice(rng, ("left", "right"))
    x = _choice(rng, ("center", "right" if motion == "left" else "left"), p=(0.3, 0.7))
    o = Obj(_choice(rng, COLORS), _choice(rng, SHAPES), _choice(rng, SIZES), x,
            _choice(rng, YS), motion)
    return Scene((o,), background="black", dots=True)


def sample_scene(rng: np.random.Generator, *, objects: int | None = None,
                 wall: bool | None = None, dots: bool | None = None,
                 camera: str | None = "random", background: str | None = None,
                 motions: Sequence[str] = MOTIONS) -> Scene:
    """A random valid scene. Arguments left at their defaults are drawn at random:

    ``objects`` None (0..3; mostly 1-3), ``wall`` None (20 %), ``dots`` None (12 %, which
    forces one object moving left/right on black), ``camera`` "random" (25 % pan; None
    means no pan), ``background`` None (black 60 %, gray 20 %, white 20 %).
    """
    if dots is None:
        dots = objects in (None, 1) and not wall and camera in ("random", None) \
            and background in (None, "black") and rng.random() < 0.12
    if dots:
        return dots_scene(rng)
    n = objects if objects is not None else _choice(rng, (0, 1, 2, 3), p=(0.03, 0.42, 0.33, 0.22))
    if not 0 <= n <= MAX_OBJECTS:
        raise ValueError(f"objects must be 0..{MAX_OBJECTS}, got {n}")
    wall = bool(rng.random() < 0.2) if wall is None else wall
    if camera == "random":
        camera = _choice(rng, (None, "left", "right"), p=(0.75, 0.125, 0.125))
    background = background or _choice(rng, BACKGROUNDS, p=(0.6, 0.2, 0.2))
    return Scene(_objects(rng, n, wall=wall, motions=motions), background=background,
                 wall=wall, camera=camera)


def _next_shot(rng: np.random.Generator, prev: Scene) -> Scene:
    """A new shot that keeps some of ``prev``'s characters (colour, shape and size) in new
    places and motions, and differs visibly from it, so the cut can be seen."""
    for _ in range(100):
        keep = [(o.color, o.shape, o.size) for o in prev.objects if rng.random() < 0.7]
        n = min(MAX_OBJECTS, len(keep) + int(rng.integers(0, 2)))
        n = max(n, 1)
        wall = bool(rng.random() < 0.2)
        camera = _choice(rng, (None, "left", "right"), p=(0.75, 0.125, 0.125))
        bg = _choice(rng, BACKGROUNDS, p=(0.6, 0.2, 0.2))
        scene = Scene(_objects(rng, n, wall=wall, looks=keep[:n]), background=bg,
                      wall=wall, camera=camera)
        if (bg != prev.background
                or {(o.color, o.x, o.y) for o in scene.objects}
                != {(o.color, o.x, o.y) for o in prev.objects}):
            return scene
    raise RuntimeError("could not draw a distinct next shot")  # pragma: no cover


def sample_shots(rng: np.random.Generator, *, max_shots: int = 3, p_multi: float = 0.2) -> Shots:
    """One shot (80 %) or 2..``max_shots`` shots whose characters carry across the cuts."""
    first = sample_scene(rng)
    if max_shots < 2 or rng.random() >= p_multi:
        return (first,)
    shots = [first if first.objects else sample_scene(rng, objects=1)]
    for _ in range(int(rng.integers(2, max_shots + 1)) - 1):
        shots.append(_next_shot(rng, shots[-1]))
    return tuple(shots)


def sample_for_ability(rng: np.random.Generator, ability: str) -> Shots:
    """Shots that exercise one ability of SPEC "What the judge checks" (``ABILITIES``)."""
    if ability not in ABILITIES:
        raise ValueError(f"unknown ability {ability!r}; one of {', '.join(ABILITIES)}")
    n = int(rng.integers(1, MAX_OBJECTS + 1))
    if ability in ("attributes", "layout"):
        return (sample_scene(rng, objects=n, wall=False, dots=False, camera=None,
                             motions=("still",)),)
    if ability == "count":
        return (sample_scene(rng, objects=n, wall=False, dots=False, camera=None,
                             motions=("still", "bounce", "bounce_around")),)
    if ability == "motion":
        while True:  # every moving object stays in view for the first 2 s
            scene = sample_scene(rng, objects=n, wall=False, dots=False, camera=None,
                                 motions=("still", "left", "right", "up", "down"))
            if all(stays_in_view(o) for o in scene.objects):
                return (scene,)
    if ability == "physics":
        return (sample_scene(rng, objects=n, wall=False, dots=False, camera=None,
                             motions=("bounce", "bounce_around")),)
    if ability == "permanence":
        return (Scene(_objects(rng, n, wall=True, motions=("left", "right"), toward_wall=1.0),
                      background=_choice(rng, BACKGROUNDS), wall=True),)
    if ability == "cause_effect":
        return (dots_scene(rng),)
    if ability == "camera":
        return (sample_scene(rng, objects=n, wall=False, dots=False,
                             camera=_choice(rng, ("left", "right")), motions=("still",)),)
    if ability == "shots":
        first = sample_scene(rng, objects=n, dots=False)
        shots = [first]
        for _ in range(int(rng.integers(1, 3))):
            shots.append(_next_shot(rng, shots[-1]))
        return tuple(shots)
    return (sample_scene(rng, objects=n, dots=False, camera=None,
                         motions=("still", "bounce", "bounce_around")),)  # duration
