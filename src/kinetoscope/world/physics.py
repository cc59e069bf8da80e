"""Where everything is at every frame: the ground truth that `render.py` draws and tests measure.

All motion is computed in closed form over the vector of frame times (no per-frame
stepping), in pixels, in two frames of reference:

- world coordinates (objects that stay still, move, or bounce; the wall; the dots; the
  grid): the image shows them shifted by the camera, ``image_x = world_x - camera``;
- view coordinates (objects that bounce around): they reflect off the edges of the
  *frame*, so they never leave it even while the camera pans (SPEC "bounces around").

Positions are rounded to whole pixels once (``floor(v + 0.5)``) and the camera offset is
rounded to a whole pixel too, so a still object moves in the image exactly as the grid and
the wall do. Every choice the spec leaves open is listed in ``docs/world.md``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from kinetoscope.errors import UserError
from kinetoscope.world.scene import (
    SIZE_FRACTION, X_FRACTION, Y_FRACTION, Obj, Scene, as_shots, validate_frames, validate_size,
)

LINEAR_SPEED = 0.25  # moves left/right/up/down: fraction of W (or H) per second
GRAVITY = 2.0  # bounces: fraction of H per second^2
RESTITUTION = 0.8  # rebound speed / impact speed
REST_HEIGHT = 0.04  # a rebound that would rise less than this fraction of H ...
REST_PIXELS = 3.0  # ... or than this many pixels comes to rest (see bounce_schedule)
AROUND_SPEED = 0.35  # bounces around: fraction of S per second, along a 45-degree diagonal
CAMERA_SPEED = 0.1  # camera pan: fraction of W per second
WALL_WIDTH = 0.2  # fraction of W, centred, full height
DOT_FRACTION = 0.06  # dot diameter: fraction of S
NUM_DOTS = 5


def _round(v: np.ndarray | float) -> np.ndarray:
    """Round half up to whole pixels (numpy's round is half-to-even, which jitters)."""
    return np.floor(np.asarray(v, dtype=np.float64) + 0.5).astype(np.int64)


# ----------------------------------------------------------------------------- geometry


def object_side(size: str, height: int, width: int) -> int:
    """Bounding-box side in pixels: 0.15 S (small) or 0.25 S (large), S = min(H, W)."""
    return int(_round(SIZE_FRACTION[size] * min(height, width)))


def start_center(obj: Obj, height: int, width: int) -> tuple[float, float]:
    """(x, y) of the bounding-box centre at t = 0, in pixels (SPEC "Start positions")."""
    return X_FRACTION[obj.x] * width, Y_FRACTION[obj.y] * height


def dot_diameter(height: int, width: int) -> int:
    """0.06 S rounded down to an odd number of pixels (>= 1).

    Odd, so a dot has a centre pixel: "the bounding box covers the dot's centre" then means
    the same thing whether one measures centres as pixel indices or as pixel edges.
    """
    d = DOT_FRACTION * min(height, width)
    return max(1, 2 * int(math.floor((d - 1) / 2)) + 1)


def wall_columns(width: int) -> tuple[int, int]:
    """World columns [x0, x1) of the wall: 0.2 W wide, exactly centred."""
    margin = int(_round((1 - WALL_WIDTH) / 2 * width))
    return margin, width - margin


def grid_spacing(height: int, width: int) -> int:
    """Grid line pitch S/4 (an integer, since sides are multiples of 16)."""
    return min(height, width) // 4


def grid_color(background: tuple[int, int, int]) -> tuple[int, int, int]:
    """Background +40 per channel (black, gray) or -40 (white)."""
    delta = -40 if background[0] > 200 else 40
    return tuple(int(c) + delta for c in background)  # type: ignore[return-value]


# ----------------------------------------------------------------------------- ground truth


@dataclass(frozen=True, eq=False)
class ShotState:
    """Ground truth of one shot, frame by frame (boxes are ``x0, y0, x1, y1``, ends exclusive).

    Image boxes may reach outside the frame (an object that moves out of view).
    """

    scene: Scene
    start: int  # index of the shot's first frame in the whole video
    times: np.ndarray  # (T,) seconds since the shot began
    sides: np.ndarray  # (K,) bounding-box side of each object, pixels
    boxes: np.ndarray  # (T, K, 4) image boxes of the objects, in scene.objects order
    camera: np.ndarray  # (T,) world x of the image's column 0 (0 at the first frame)
    wall: np.ndarray | None  # (T, 2) image columns [x0, x1) of the wall, or None
    dot_boxes: np.ndarray  # (T, D, 4) image boxes of the dots (D = 5 with dots, else 0)
    dots_visible: np.ndarray  # (T, D) bool: not eaten yet
    grid: int  # grid pitch in pixels, 0 when the background has no grid

    @property
    def frames(self) -> int:
        return int(self.times.shape[0])

    @property
    def centers(self) -> np.ndarray:
        """(T, K, 2) float box centres (x, y) in image pixels (edge coordinates)."""
        b = self.boxes.astype(np.float64)
        return np.stack([(b[..., 0] + b[..., 2]) / 2, (b[..., 1] + b[..., 3]) / 2], axis=-1)


@dataclass(frozen=True, eq=False)
class Truth:
    """Ground truth of a whole video: its shots in order, and the size it is drawn at."""

    shots: tuple[ShotState, ...]
    frames: int
    fps: float
    height: int
    width: int

    def shot_at(self, frame: int) -> tuple[ShotState, int]:
        """(shot, index within the shot) of a video frame index."""
        for s in self.shots:
            if s.start <= frame < s.start + s.frames:
                return s, frame - s.start
        raise IndexError(frame)


def shot_bounds(frames: int, shots: int) -> list[int]:
    """Frame index where each shot starts, plus ``frames``: equal parts (earlier ones shorter)."""
    if frames < shots:
        raise UserError(f"A video of {shots} shots needs at least {shots} frames, got {frames}; "
                        "make it longer or use fewer shots.")
    return [(k * frames) // shots for k in range(shots + 1)]


def simulate(shots: Scene | Iterable[Scene], *, frames: int, fps: float = 8.0,
             height: int = 64, width: int = 64) -> Truth:
    """Ground truth for ``frames`` frames: shots split them into equal parts, hard cuts between."""
    shots = as_shots(shots)
    validate_size(height, width)
    validate_frames(frames, fps)
    bounds = shot_bounds(frames, len(shots))
    states = tuple(_simulate_shot(scene, bounds[i], bounds[i + 1] - bounds[i], fps, height, width)
                   for i, scene in enumerate(shots))
    return Truth(shots=states, frames=frames, fps=float(fps), height=height, width=width)


def _simulate_shot(scene: Scene, start: int, n: int, fps: float, H: int, W: int) -> ShotState:
    t = np.arange(n, dtype=np.float64) / fps  # (T,)
    pan = {None: 0.0, "left": -1.0, "right": 1.0}[scene.camera]
    camera = _round(pan * CAMERA_SPEED * W * t)  # (T,) the view's world x; content moves -camera

    sides = np.array([object_side(o.size, H, W) for o in scene.objects], dtype=np.int64)
    boxes = np.zeros((n, len(scene.objects), 4), dtype=np.int64)
    for k, o in enumerate(scene.objects):
        s = int(sides[k])
        xc, yc, in_view = _trajectory(o, s, t, fps, H, W)  # (T,), (T,) box centres
        x0 = _round(xc - s / 2)
        y0 = _round(yc - s / 2)
        if not in_view:
            x0 = x0 - camera
        boxes[:, k] = np.stack([x0, y0, x0 + s, y0 + s], axis=-1)

    wall = None
    if scene.wall:
        wx0, wx1 = wall_columns(W)
        wall = np.stack([wx0 - camera, wx1 - camera], axis=-1)  # (T, 2)

    dot_boxes = np.zeros((n, 0, 4), dtype=np.int64)
    dots_visible = np.zeros((n, 0), dtype=bool)
    if scene.dots:
        dot_boxes, dots_visible = _dots(scene.objects[0], boxes[:, 0], camera, H, W)

    grid = grid_spacing(H, W) if scene.camera is not None else 0
    return ShotState(scene=scene, start=start, times=t, sides=sides, boxes=boxes, camera=camera,
                     wall=wall, dot_boxes=dot_boxes, dots_visible=dots_visible, grid=grid)


def _trajectory(o: Obj, s: int, t: np.ndarray, fps: float, H: int, W: int
                ) -> tuple[np.ndarray, np.ndarray, bool]:
    """Box centre (x, y) over time, and whether it is in view (True) or world coordinates."""
    x0, y0 = start_center(o, H, W)
    xc = np.full_like(t, x0)
    yc = np.full_like(t, y0)
    v = LINEAR_SPEED
    if o.motion == "left":
        xc = x0 - v * W * t
    elif o.motion == "right":
        xc = x0 + v * W * t
    elif o.motion == "up":
        yc = y0 - v * H * t
    elif o.motion == "down":
        yc = y0 + v * H * t
    elif o.motion == "bounce":
        yc = _bounce(y0, s, t, fps, H, toss=(o.y == "bottom"))
    elif o.motion == "bounce_around":
        speed = AROUND_SPEED * min(H, W) / math.sqrt(2)  # per axis: |v| = 0.35 S
        sx = 1.0 if o.x in ("left", "center") else -1.0  # head for the middle of the frame
        sy = 1.0 if o.y in ("top", "middle") else -1.0
        xc = _fold(x0 + sx * speed * t, s / 2, W - s / 2)
        yc = _fold(y0 + sy * speed * t, s / 2, H - s / 2)
        return xc, yc, True
    return xc, yc, False


def _fold(u: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Elastic reflection between lo and hi of a point moving freely along u (a triangle wave)."""
    span = hi - lo
    m = np.mod(u - lo, 2 * span)
    return lo + span - np.abs(span - m)


def bounce_schedule(y0: float, s: int, H: int, *, toss: bool
                    ) -> tuple[list[tuple[float, float, float]], list[float], float]:
    """Flights of a bouncing object: ([(t_start, y_start, v_start)], impact times, rest time).

    y grows downwards; the floor is where the box's bottom meets the frame's bottom edge.
    It falls from rest at its start height; one that starts at the bottom (which would
    barely fall) is first tossed up to the middle of the frame. After each impact it
    rebounds at ``RESTITUTION`` times the impact speed, until a rebound would rise less than
    ``REST_HEIGHT * H`` or ``REST_PIXELS``: then it rests on the floor. Each peak is 0.64 of
    the one before; stopping while the last two visible peaks still differ by more than a
    pixel keeps the measured peaks strictly decreasing after rounding to pixels.
    """
    g = GRAVITY * H
    floor_y = H - s / 2
    v = -math.sqrt(2 * g * (y0 - H / 2)) if toss else 0.0
    flights = [(0.0, y0, v)]
    impacts: list[float] = []
    # First fall: y0 + v tau + g tau^2 / 2 = floor_y.
    tau = (-v + math.sqrt(v * v + 2 * g * (floor_y - y0))) / g
    t, u = tau, v + g * tau
    while True:
        impacts.append(t)
        w = RESTITUTION * u
        if w * w / (2 * g) < max(REST_HEIGHT * H, REST_PIXELS):
            return flights, impacts, t
        flights.append((t, floor_y, -w))
        t, u = t + 2 * w / g, w


def _bounce(y0: float, s: int, t: np.ndarray, fps: float, H: int, *, toss: bool) -> np.ndarray:
    g = GRAVITY * H
    floor_y = H - s / 2
    flights, impacts, rest = bounce_schedule(y0, s, H, toss=toss)
    starts = np.array([f[0] for f in flights])
    i = np.searchsorted(starts, t, side="right") - 1  # (T,) current flight
    ys, vs = np.array([f[1] for f in flights]), np.array([f[2] for f in flights])
    dt = t - starts[i]
    y = np.minimum(ys[i] + vs[i] * dt + 0.5 * g * dt * dt, floor_y)
    y[t >= rest] = floor_y
    # The frame nearest each impact shows the contact: at 8 fps a fast object would otherwise
    # be caught up to half a frame's travel above the floor, and never be seen touching it.
    n = _round(np.array(impacts) * fps)
    y[n[n < len(t)]] = floor_y
    return y


def _dots(o: Obj, box: np.ndarray, camera: np.ndarray, H: int, W: int
          ) -> tuple[np.ndarray, np.ndarray]:
    """Five dots evenly spaced on the path ahead of the eater, between it and the frame edge.

    The path from the object's leading edge to the frame edge it moves toward is cut into
    five equal lengths with a dot at the middle of each. A dot is eaten in the first frame
    in which the leading edge reaches its centre (the same frame in which the box first
    covers it, and never later even when a low fps makes the object skip a dot).
    """
    d = dot_diameter(H, W)
    x0, y0, x1, y1 = (int(v) for v in box[0])
    right = o.motion == "right"
    lead, far = (x1, W) if right else (x0, 0)
    pitch = (far - lead) / NUM_DOTS
    centers = lead + pitch * (np.arange(NUM_DOTS) + 0.5)  # (D,) world x, edge coordinates
    cx = np.floor(centers).astype(np.int64)  # centre pixels (D,)
    cy = y0 + (y1 - y0) // 2
    r = (d - 1) // 2
    img_cx = cx[None, :] - camera[:, None]  # (T, D)
    boxes = np.stack([img_cx - r, np.full_like(img_cx, cy - r), img_cx + r + 1,
                      np.full_like(img_cx, cy + r + 1)], axis=-1)  # (T, D, 4)
    lead_t = box[:, 2] if right else box[:, 0]  # (T,) leading edge in the image
    reached = lead_t[:, None] > img_cx if right else lead_t[:, None] <= img_cx  # (T, D)
    eaten = np.logical_or.accumulate(reached, axis=0)  # gone for good
    return boxes, ~eaten
