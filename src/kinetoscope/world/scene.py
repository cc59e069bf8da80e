"""The toy world's scene model: palette, objects, scenes, and the rules that make a scene valid.

A scene is *what* a shot shows (objects, their start cells and motions, the wall, the dots,
the camera, the background); `physics.py` says *where* everything is at each frame and
`render.py` draws it. The contract is ``shared/world/SPEC.md``; where it is silent we
choose, and ``docs/world.md`` lists every choice. A multi-shot video is ``tuple[Scene, ...]``.

Scenes are frozen and validated on construction, so an invalid scene cannot exist: a
scene that the renderer could not draw so that every judge check passes (an object
starting hidden behind the wall, two objects on the same start cell, dots the object can
never reach...) is refused with `InvalidScene`, one sentence naming the rule.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kinetoscope.errors import UserError

# Exact RGB the renderer uses (SPEC "Palette"). Objects, backgrounds and scene elements
# never share a colour, so a judge can segment frames by nearest palette colour.
PALETTE: dict[str, tuple[int, int, int]] = {
    "black": (16, 16, 16),
    "gray": (128, 128, 128),
    "white": (240, 240, 240),
    "red": (230, 40, 40),
    "orange": (245, 140, 30),
    "yellow": (235, 215, 40),
    "green": (40, 190, 70),
    "cyan": (40, 200, 220),
    "blue": (50, 90, 235),
    "magenta": (220, 60, 200),
    "brown": (130, 80, 40),
    "dot": (250, 250, 250),
}

BACKGROUNDS = ("black", "gray", "white")
COLORS = ("red", "orange", "yellow", "green", "cyan", "blue", "magenta")  # object colours
SHAPES = ("circle", "square", "triangle")
SIZES = ("small", "large")
XS = ("left", "center", "right")
YS = ("top", "middle", "bottom")
MOTIONS = ("still", "left", "right", "up", "down", "bounce", "bounce_around")
CAMERAS = (None, "left", "right")
MAX_OBJECTS = 3

# Bounding-box side as a fraction of S = min(H, W), and start centres as fractions of W / H.
SIZE_FRACTION = {"small": 0.15, "large": 0.25}
X_FRACTION = {"left": 1 / 6, "center": 1 / 2, "right": 5 / 6}
Y_FRACTION = {"top": 1 / 6, "middle": 1 / 2, "bottom": 5 / 6}

MIN_SIDE, MAX_SIDE, SIDE_STEP = 32, 256, 16
MAX_SECONDS = 60.0


class InvalidScene(UserError, ValueError):
    """A scene that breaks one of the world's rules (the message names the rule)."""


def _check(value: Any, allowed: Sequence[Any], what: str) -> None:
    if value not in allowed:
        names = ", ".join("none" if a is None else str(a) for a in allowed)
        raise InvalidScene(f"Unknown {what} {value!r}; use one of: {names}.")


@dataclass(frozen=True, order=True)
class Obj:
    """One object: what it looks like, which of the 3x3 start cells it starts in, how it moves."""

    color: str
    shape: str = "circle"
    size: str = "small"
    x: str = "center"
    y: str = "middle"
    motion: str = "still"

    def __post_init__(self) -> None:
        _check(self.color, COLORS, "object colour")
        _check(self.shape, SHAPES, "shape")
        _check(self.size, SIZES, "size")
        _check(self.x, XS, "horizontal position")
        _check(self.y, YS, "vertical position")
        _check(self.motion, MOTIONS, "motion")

    def to_json(self) -> dict[str, str]:
        return {"color": self.color, "shape": self.shape, "size": self.size,
                "x": self.x, "y": self.y, "motion": self.motion}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Obj:
        if not isinstance(data, dict):
            raise InvalidScene(f"An object must be a JSON object, got {data!r}.")
        unknown = set(data) - {"color", "shape", "size", "x", "y", "motion"}
        if unknown:
            raise InvalidScene(f"Unknown object field(s) {sorted(unknown)}; an object has "
                               "color, shape, size, x, y and motion.")
        if "color" not in data:
            raise InvalidScene("Every object needs a color.")
        return cls(**data)


def _sorted_objects(objects: Iterable[Obj]) -> tuple[Obj, ...]:
    # One canonical order (palette order of the colours, which are distinct) so that a scene
    # does not depend on the order its caption named the objects in; it is also the drawing
    # order (later objects on top where moving objects cross).
    return tuple(sorted(objects, key=lambda o: COLORS.index(o.color)))


@dataclass(frozen=True)
class Scene:
    """One shot of the world. Objects are kept in palette order of their colours."""

    objects: tuple[Obj, ...] = ()
    background: str = "black"
    wall: bool = False
    dots: bool = False
    camera: str | None = None

    def __post_init__(self) -> None:
        objects = tuple(self.objects)
        for o in objects:
            if not isinstance(o, Obj):
                raise InvalidScene(f"Scene objects must be Obj, got {o!r}.")
        object.__setattr__(self, "objects", _sorted_objects(objects))
        _check(self.background, BACKGROUNDS, "background")
        _check(self.camera, CAMERAS, "camera pan")
        if not isinstance(self.wall, bool) or not isinstance(self.dots, bool):
            raise InvalidScene("wall and dots must be true or false.")
        objs = self.objects
        if len(objs) > MAX_OBJECTS:
            raise InvalidScene(f"A scene has at most {MAX_OBJECTS} objects, got {len(objs)}.")
        colors = [o.color for o in objs]
        if len(set(colors)) != len(colors):
            raise InvalidScene("No two objects in a scene may have the same colour.")
        cells = [(o.x, o.y) for o in objs]
        if len(set(cells)) != len(cells):
            raise InvalidScene("No two objects may start at the same position; "
                               "give each its own cell (left/center/right x top/middle/bottom).")
        if self.wall and any(o.x == "center" for o in objs):
            raise InvalidScene("With a wall, no object may start in the center column "
                               "(it would start hidden behind the wall); start it on the left or right.")
        if self.dots:
            self._check_dots()

    def _check_dots(self) -> None:
        if len(self.objects) != 1:
            raise InvalidScene("Dots need exactly one object (the one that eats them).")
        (o,) = self.objects
        if o.motion not in ("left", "right"):
            raise InvalidScene("The object that eats the dots must move left or right.")
        if self.background != "black":
            raise InvalidScene("Dots are drawn only on a black background.")
        if self.wall or self.camera is not None:
            raise InvalidScene("Dots cannot be combined with a wall or a camera pan "
                               "(they would hide the dots or carry them out of view).")
        if o.x == o.motion:
            raise InvalidScene(f"An object that eats the dots cannot start on the {o.x} and "
                               f"move {o.motion}: there is no room for dots ahead of it.")

    def to_json(self) -> dict[str, Any]:
        return {"objects": [o.to_json() for o in self.objects], "background": self.background,
                "wall": self.wall, "dots": self.dots, "camera": self.camera}

    @classmethod
    def from_json(cls, data: dict[str, Any] | str) -> Scene:
        if isinstance(data, str):
            try:
                data = json.loads(data)
            except json.JSONDecodeError as e:
                raise InvalidScene(f"A scene must be JSON: {e.msg}.") from None
        if not isinstance(data, dict):
            raise InvalidScene(f"A scene must be a JSON object, got {type(data).__name__}.")
        unknown = set(data) - {"objects", "background", "wall", "dots", "camera"}
        if unknown:
            raise InvalidScene(f"Unknown scene field(s) {sorted(unknown)}; a scene has "
                               "objects, background, wall, dots and camera.")
        objects = data.get("objects", [])
        if not isinstance(objects, list):
            raise InvalidScene("A scene's objects must be a JSON list.")
        return cls(objects=tuple(Obj.from_json(o) for o in objects),
                   background=data.get("background", "black"), wall=data.get("wall", False),
                   dots=data.get("dots", False), camera=data.get("camera"))


Shots = tuple[Scene, ...]


def as_shots(shots: Scene | Iterable[Scene]) -> Shots:
    """A Scene or a sequence of Scenes -> a non-empty tuple of Scenes."""
    out = (shots,) if isinstance(shots, Scene) else tuple(shots)
    if not out:
        raise InvalidScene("A video needs at least one shot.")
    for s in out:
        if not isinstance(s, Scene):
            raise InvalidScene(f"Shots must be Scene objects, got {type(s).__name__}.")
    return out


def shots_to_json(shots: Scene | Iterable[Scene]) -> list[dict[str, Any]]:
    return [s.to_json() for s in as_shots(shots)]


def shots_from_json(data: list[Any] | dict[str, Any] | str) -> Shots:
    """The dataset's ``scene`` field (a list of shot objects, or one shot object) -> shots."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as e:
            raise InvalidScene(f"A scene must be JSON: {e.msg}.") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise InvalidScene("Shots must be a JSON list of scenes.")
    return as_shots(Scene.from_json(d) for d in data)


# ----------------------------------------------------------------------------- sizes


def valid_size(height: int, width: int) -> bool:
    """SPEC "Frames": every multiple of 16 from 32 to 256, for each side."""
    return all(isinstance(v, int) and MIN_SIDE <= v <= MAX_SIDE and v % SIDE_STEP == 0
               for v in (height, width))


def validate_size(height: int, width: int) -> None:
    if not valid_size(height, width):
        raise UserError(f"Height and width must each be a multiple of {SIDE_STEP} from "
                        f"{MIN_SIDE} to {MAX_SIDE} (got {height}x{width}); try 64x64.")


def max_frames(fps: float) -> int:
    """The longest video at ``fps``: 60 seconds (SPEC "Frames")."""
    return int(MAX_SECONDS * fps + 1e-9)


def validate_frames(frames: int, fps: float) -> None:
    if not (isinstance(fps, (int, float)) and fps > 0):
        raise UserError(f"The frame rate must be a positive number (got {fps!r}).")
    if not (isinstance(frames, int) and 1 <= frames <= max_frames(fps)):
        raise UserError(f"A world video has from 1 frame to {MAX_SECONDS:g} seconds "
                        f"({max_frames(fps)} frames at {fps:g} fps), got {frames!r} frames.")


def frames_for(seconds: float, fps: float) -> int:
    """Whole frames in ``seconds`` at ``fps`` (at least 1 for any positive duration)."""
    return max(1, round(seconds * fps))
