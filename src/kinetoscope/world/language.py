"""The world's language: captions (canonical and varied) and the prompt parser.

Captions. `caption(shots)` writes the canonical form of SPEC "Captions":

    a small red circle on the left moves right, and a large blue square at the top right
    stays still, behind a brown wall, on a black background.

`caption(shots, rng)` draws every word from the spec's synonym sets, shuffles the object
clauses and the scene parts (wall, camera, background), sometimes fronts a scene part,
sometimes puts a position after the verb, and varies joiners, capitals and the final
stop, so a model trained on them learns meanings rather than one template.

Parsing. `parse(text)` is a small longest-match phrase grammar: the text is lower-cased
and split into words, filler words ("a", "the", "to", ...) are dropped, and at each word
the longest known phrase wins ("bounces on the floor" before "bounces"; "on the left"
as a position, "moves left" as a motion, "camera pans left" as the camera). Sizes,
colours and shapes open a new object when the current one already has that attribute,
positions and motions attach to the current object. Anything unmatched is reported in
``unknown``; a combination the world cannot draw is repaired (the offending part is left
out) and explained in ``problems``. Every phrasing `caption` can produce parses back to
the same scene (tested with hypothesis).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np

from kinetoscope.world.scene import (
    BACKGROUNDS, COLORS, MAX_OBJECTS, InvalidScene, Obj, Scene, Shots, as_shots,
)

# ----------------------------------------------------------------------------- vocabulary
# SPEC "Captions": the words a prompt may use for each meaning (first = canonical).

SIZE_WORDS = {"small": ("small", "little", "tiny"), "large": ("large", "big", "huge")}
SHAPE_WORDS = {"circle": ("circle", "ball", "disc"), "square": ("square", "box", "block"),
               "triangle": ("triangle",)}
MOTION_PHRASES = {
    "right": ("moves right", "goes right", "slides to the right", "travels rightward"),
    "left": ("moves left", "goes left", "slides to the left", "travels leftward"),
    "up": ("moves up", "goes up", "slides up", "travels upward"),
    "down": ("moves down", "goes down", "slides down", "travels downward"),
    "still": ("stays still", "does not move", "rests", "sits still"),
    "bounce": ("bounces", "bounces on the floor"),
    "bounce_around": ("bounces around", "bounces off the walls"),
}
# Position phrases by (x, y) kind; "{x}"/"{y}" are filled in. First = canonical.
SIDE_PHRASES = ("on the {w}", "at the {w}", "on the {w} side")
CORNER_PHRASES = ("at the {y} {x}", "on the {y} {x}", "in the {y} {x} corner")
CENTER_PHRASES = ("in the center", "in the middle", "at the center")
WALL_PHRASES = ("behind a brown wall", "behind the brown wall")
CAMERA_PHRASES = ("while the camera pans {d}", "as the camera pans {d}",
                  "while the camera pans to the {d}")
BACKGROUND_PHRASE = "on a {b} background"
DOTS_PHRASE = "and eats the dots"
EMPTY_PHRASES = ("an empty scene", "nothing")


def _pick(options: Sequence[str], rng: np.random.Generator | None) -> str:
    """The canonical (first) option, or a random one."""
    return options[0] if rng is None else options[int(rng.integers(len(options)))]


def _position_phrase(o: Obj, rng: np.random.Generator | None) -> str:
    if o.x == "center" and o.y == "middle":
        return _pick(CENTER_PHRASES, rng)
    if o.x == "center":  # canonical "at the top", as in the spec's "at the top right"
        return f"at the {o.y}" if rng is None else _pick(SIDE_PHRASES, rng).format(w=o.y)
    if o.y == "middle":
        return _pick(SIDE_PHRASES, rng).format(w=o.x)
    return _pick(CORNER_PHRASES, rng).format(x=o.x, y=o.y)


# ----------------------------------------------------------------------------- captions


def _object_clause(o: Obj, dots: bool, rng: np.random.Generator | None) -> str:
    noun = f"a {_pick(SIZE_WORDS[o.size], rng)} {o.color} {_pick(SHAPE_WORDS[o.shape], rng)}"
    where, verb = _position_phrase(o, rng), _pick(MOTION_PHRASES[o.motion], rng)
    # A position reads naturally after a verb that does not itself go somewhere.
    if rng is not None and o.motion in ("still", "bounce", "bounce_around") and rng.random() < 0.3:
        text = f"{noun} {verb} {where}"
    else:
        text = f"{noun} {where} {verb}"
    return f"{text} {DOTS_PHRASE}" if dots else text


def _scene_caption(scene: Scene, rng: np.random.Generator | None) -> str:
    clauses = [_object_clause(o, scene.dots, rng) for o in scene.objects]
    parts = []
    if scene.wall:
        parts.append(_pick(WALL_PHRASES, rng))
    if scene.camera is not None:
        parts.append(_pick(CAMERA_PHRASES, rng).format(d=scene.camera))
    if rng is None or scene.background != "black" or rng.random() < 0.5:
        parts.append(BACKGROUND_PHRASE.format(b=scene.background))

    if rng is None:
        body = ", and ".join(clauses) if clauses else EMPTY_PHRASES[0]
        return ", ".join([body, *parts]) + "."

    order = rng.permutation(len(clauses))
    clauses = [clauses[i] for i in order]
    style = int(rng.integers(4))
    if not clauses:
        body = _pick(EMPTY_PHRASES, rng)
    elif style == 0:
        body = ", and ".join(clauses)
    elif style == 1:
        body = " and ".join(clauses)
    elif style == 2:  # a list: "A, B, and C"
        body = clauses[0] if len(clauses) == 1 else ", ".join(clauses[:-1]) + ", and " + clauses[-1]
    else:  # separate sentences ("A ... . A ... .")
        body = ". ".join([clauses[0]] + [c[0].upper() + c[1:] for c in clauses[1:]])
    parts = [parts[i] for i in rng.permutation(len(parts))]
    if parts and rng.random() < 0.3:  # front one scene part: "On a gray background, a ..."
        text = f"{parts[0]}, {body}" + "".join(f", {p}" for p in parts[1:])
    else:
        text = ", ".join([body, *parts])
    if style == 3 or rng.random() < 0.5:
        text = text[0].upper() + text[1:]
    return text + ("." if rng.random() < 0.8 else "")


def caption(shots: Scene | Iterable[Scene], rng: np.random.Generator | None = None) -> str:
    """The caption of a scene or of shots: canonical when ``rng`` is None, else a random phrasing.

    Several shots read "Shot 1: <scene>. Shot 2: <scene>." (SPEC "Shots").
    """
    shots = as_shots(shots)
    texts = [_scene_caption(s, rng) for s in shots]
    if len(texts) == 1:
        return texts[0]
    if rng is None:
        return " ".join(f"Shot {i}: {t}" for i, t in enumerate(texts, 1))
    word = "Shot" if rng.random() < 0.8 else "shot"
    return " ".join(f"{word} {i}: {t if t.endswith('.') else t + '.'}"
                    for i, t in enumerate(texts, 1))


# ----------------------------------------------------------------------------- grammar

FILLERS = frozenset("a an the and while as to toward towards then with of its it is are "
                    "frame screen image picture view video scene".split())
_DIRECTIONS = {
    "left": ("left", "leftward", "leftwards"), "right": ("right", "rightward", "rightwards"),
    "up": ("up", "upward", "upwards"), "down": ("down", "downward", "downwards"),
}
_VERBS_MOVE = ("moves", "move", "moving", "goes", "go", "going", "slides", "slide", "sliding",
               "travels", "travel", "traveling", "travelling")
_VERBS_BOUNCE = ("bounces", "bounce", "bouncing")
_VERBS_EAT = ("eats", "eat", "eating")
_VERBS_PAN = ("pans", "pan", "panning")
_PREPS = ("on", "at", "in", "from")
_SUFFIXES = ((), ("side",), ("corner",), ("edge",), ("part",))
_ALIASES = {"centre": "center", "grey": "gray", "disk": "disc", "colour": "color"}


def _build_phrases() -> dict[tuple[str, ...], tuple[str, object]]:
    """Every phrase (filler words removed) -> (kind, value)."""
    p: dict[tuple[str, ...], tuple[str, object]] = {}
    for size, words in SIZE_WORDS.items():
        for w in words:
            p[(w,)] = ("size", size)
    for shape, words in SHAPE_WORDS.items():
        for w in words:
            p[(w,)] = ("shape", shape)
    for c in COLORS:
        p[(c,)] = ("color", c)
    # Positions: one or two of left/right/top/bottom/center/middle after a preposition.
    xs = {"left": "left", "right": "right", "center": "center", "middle": "center"}
    ys = {"top": "top", "bottom": "bottom", "middle": "middle", "center": "middle"}
    names: dict[tuple[str, ...], tuple[str | None, str | None]] = {
        ("left",): ("left", None), ("right",): ("right", None), ("top",): (None, "top"),
        ("bottom",): (None, "bottom"), ("center",): (None, None), ("middle",): (None, None),
    }
    for yw, y in ys.items():
        for xw, x in xs.items():
            if (yw, xw) not in (("middle", "middle"), ("center", "center")):
                names[(yw, xw)] = (x, y)  # "top right", "middle left", "top center"
                names[(xw, yw)] = (x, y)  # "right top" (rare, but unambiguous)
    for prep in _PREPS:
        for words, pos in names.items():
            for suffix in _SUFFIXES:
                p[(prep, *words, *suffix)] = ("position", pos)
    for motion, dirs in _DIRECTIONS.items():
        for verb in _VERBS_MOVE:
            for d in dirs:
                p[(verb, d)] = ("motion", motion)
    for still in (("stays", "still"), ("stay", "still"), ("staying", "still"), ("still",),
                  ("does", "not", "move"), ("do", "not", "move"), ("not", "moving"),
                  ("rests",), ("rest",), ("resting",), ("sits", "still"), ("sit", "still"),
                  ("sitting", "still"), ("stays", "put"), ("motionless",)):
        p[still] = ("motion", "still")
    for b in _VERBS_BOUNCE:
        p[(b,)] = ("motion", "bounce")
        for rest in (("on", "floor"), ("on", "ground"), ("off", "floor"), ("off", "ground")):
            p[(b, *rest)] = ("motion", "bounce")
        for rest in (("around",), ("all", "around"), ("off", "walls"), ("off", "wall"),
                     ("off", "edges"), ("off", "all", "walls")):
            p[(b, *rest)] = ("motion", "bounce_around")
    for words in (("behind", "brown", "wall"), ("behind", "wall"), ("brown", "wall"), ("wall",)):
        p[words] = ("wall", True)
    for e in _VERBS_EAT:
        for rest in (("dots",), ("all", "dots"), ("food", "dots"), ("food",)):
            p[(e, *rest)] = ("dots", True)
    p[("dots",)] = ("dots", True)
    for cam, dirs in (("left", _DIRECTIONS["left"]), ("right", _DIRECTIONS["right"])):
        for verb in (*_VERBS_PAN, "moves", "moving", "turns"):
            for d in dirs:
                p[("camera", verb, d)] = ("camera", cam)
                if verb in _VERBS_PAN:
                    p[(verb, d)] = ("camera", cam)
    for b in BACKGROUNDS:
        for words in (("on", b, "background"), (b, "background"), ("against", b, "background"),
                      ("on", b, "backdrop"), (b, "backdrop")):
            p[words] = ("background", b)
    for words in (("empty",), ("nothing",), ("no", "objects")):
        p[words] = ("empty", True)
    return p


@dataclass(frozen=True)
class _Grammar:
    phrases: Mapping[tuple[str, ...], tuple[str, object]]  # read-only
    longest: int

    @classmethod
    def build(cls) -> _Grammar:
        phrases = _build_phrases()
        return cls(MappingProxyType(phrases), max(len(k) for k in phrases))


_GRAMMAR = _Grammar.build()  # an immutable table, built once at import


@dataclass(frozen=True)
class ParseResult:
    """What `parse` understood: one Scene per shot, the words it did not know, and the
    parts it had to leave out because the world cannot draw them (one sentence each)."""

    shots: Shots
    unknown: tuple[str, ...] = ()
    problems: tuple[str, ...] = field(default=(), compare=False)

    @property
    def scene(self) -> Scene:
        """The first (for a one-shot prompt, the only) scene."""
        return self.shots[0]


_SHOT_MARK = re.compile(r"\bshot\s*#?\s*(\d+)\s*[:.)\-]*", re.IGNORECASE)


def _words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("n't", " not")
    return [_ALIASES.get(w, w) for w in re.findall(r"[a-z]+|\d+", text)]


def parse(text: str) -> ParseResult:
    """World-language text -> shots. Never raises on odd text: it returns what it understood."""
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a string, got {type(text).__name__}")
    marks = list(_SHOT_MARK.finditer(text))
    if marks:
        pieces = [text[m.end():(marks[i + 1].start() if i + 1 < len(marks) else len(text))]
                  for i, m in enumerate(marks)]
        preamble = text[:marks[0].start()]
    else:
        pieces, preamble = [text], ""
    unknown: list[str] = [w for w in _words(preamble) if w not in FILLERS]
    problems: list[str] = []
    shots = []
    for i, piece in enumerate(pieces, 1):
        where = f"shot {i}: " if len(pieces) > 1 else ""
        scene, unk, probs = _parse_scene(piece)
        shots.append(scene)
        unknown += unk
        problems += [where + p for p in probs]
    return ParseResult(tuple(shots), tuple(dict.fromkeys(unknown)), tuple(problems))


def _tag(words: list[str]) -> tuple[list[tuple[str, object]], list[str]]:
    """Longest-match tagging of the non-filler words -> [(kind, value)], unknown words."""
    words = [w for w in words if w not in FILLERS]
    tags, unknown, i = [], [], 0
    while i < len(words):
        for n in range(min(_GRAMMAR.longest, len(words) - i), 0, -1):
            hit = _GRAMMAR.phrases.get(tuple(words[i:i + n]))
            if hit is not None:
                tags.append(hit)
                i += n
                break
        else:
            unknown.append(words[i])
            i += 1
    return tags, unknown


def _parse_scene(text: str) -> tuple[Scene, list[str], list[str]]:
    tags, unknown = _tag(_words(text))
    objects: list[dict[str, object]] = []
    pending: dict[str, object] = {}  # a position or motion named before any object
    scene: dict[str, object] = {"background": "black", "wall": False, "dots": False, "camera": None}
    for kind, value in tags:
        cur = objects[-1] if objects else None
        if kind in ("size", "color", "shape"):
            if cur is None or kind in cur or (kind != "shape" and "shape" in cur):
                cur = dict(pending)
                pending.clear()
                objects.append(cur)
            cur[kind] = value
        elif kind == "position":
            target = cur if cur is not None else pending
            x, y = value  # type: ignore[misc]
            if x is not None:
                target["x"] = x
            if y is not None:
                target["y"] = y
        elif kind == "motion":
            (cur if cur is not None else pending)["motion"] = value
        elif kind in scene:
            scene[kind] = value
    return _assemble(objects, scene, unknown)


def _assemble(objects: list[dict[str, object]], parts: dict[str, object], unknown: list[str]
              ) -> tuple[Scene, list[str], list[str]]:
    """Fill defaults and repair what the world cannot draw, saying what was left out."""
    problems: list[str] = []
    if len(objects) > MAX_OBJECTS:
        problems.append(f"only the first {MAX_OBJECTS} of {len(objects)} objects are drawn "
                        f"(a scene has at most {MAX_OBJECTS}).")
        objects = objects[:MAX_OBJECTS]
    taken = {o["color"] for o in objects if "color" in o}
    kept: list[Obj] = []
    for o in objects:
        if "color" not in o:  # an uncoloured object gets the first colour nobody uses
            o["color"] = next(c for c in COLORS if c not in taken)
            taken.add(o["color"])
        obj = Obj(**o)  # type: ignore[arg-type]
        if any(k.color == obj.color for k in kept):
            problems.append(f"a second {obj.color} object was left out (colours must differ).")
        elif any((k.x, k.y) == (obj.x, obj.y) for k in kept):
            problems.append(f"the {obj.color} {obj.shape} was left out: another object already "
                            f"starts at the {obj.y} {obj.x}.")
        else:
            kept.append(obj)
    scene = dict(parts)
    if scene["wall"] and any(o.x == "center" for o in kept):
        problems.append("the wall was left out: with a wall, objects must start on the left "
                        "or right, not in the center column where the wall would hide them.")
        scene["wall"] = False
    if scene["dots"]:
        try:
            Scene(tuple(kept), **scene)  # type: ignore[arg-type]
        except InvalidScene as e:
            problems.append(f"the dots were left out: {str(e)[0].lower()}{str(e)[1:]}")
            scene["dots"] = False
    return Scene(tuple(kept), **scene), unknown, problems  # type: ignore[arg-type]
