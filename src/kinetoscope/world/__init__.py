"""The toy world (SPEC: ``shared/world/SPEC.md``): scenes, physics, renderer, captions, parser.

Pure numpy; imports no model code and no torch.

    >>> from kinetoscope.world import parse, render, caption
    >>> shots = parse("a small red circle on the left moves right, on a black background.").shots
    >>> video = render(shots, frames=16)          # (16, 64, 64, 3) uint8
    >>> caption(shots)
    'a small red circle on the left moves right, on a black background.'
"""

from kinetoscope.world.language import ParseResult, caption, parse
from kinetoscope.world.physics import ShotState, Truth, simulate
from kinetoscope.world.render import draw, render, shape_mask
from kinetoscope.world.sample import (
    ABILITIES, sample_for_ability, sample_scene, sample_shots, stays_in_view,
)
from kinetoscope.world.scene import (
    BACKGROUNDS, COLORS, MOTIONS, PALETTE, SHAPES, SIZES, XS, YS, InvalidScene, Obj, Scene,
    Shots, as_shots, frames_for, max_frames, shots_from_json, shots_to_json, valid_size,
    validate_frames, validate_size,
)

__all__ = [
    "ABILITIES", "BACKGROUNDS", "COLORS", "MOTIONS", "PALETTE", "SHAPES", "SIZES", "XS", "YS",
    "InvalidScene", "Obj", "ParseResult", "Scene", "ShotState", "Shots", "Truth", "as_shots",
    "caption", "draw", "frames_for", "max_frames", "parse", "render", "sample_for_ability",
    "sample_scene", "sample_shots", "shape_mask", "shots_from_json", "shots_to_json",
    "simulate", "stays_in_view", "valid_size", "validate_frames", "validate_size",
]
