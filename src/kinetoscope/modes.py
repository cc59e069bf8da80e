"""Every conditioning mode as data: which output frames are known, and one renderer for all.

Sora's report shows one model animating images, extending videos forwards and backwards,
filling gaps, connecting two videos, looping and editing. Here each of those is only a ``Spec``:

    Spec(frames=T, known=((start, frames (n, h, w, 3) uint8), ...), source=None, strength=1.0,
         loop=False)

| mode            | constructor                     | known output frames                      |
| --------------- | ------------------------------- | ---------------------------------------- |
| text            | ``text(T)``                     | none                                     |
| image           | ``image(img, T)``               | frame 0                                  |
| extend forwards | ``extend(video, S)``            | the video first, S new frames after      |
| extend backward | ``extend(video, S, backward=True)`` | S new frames, then the video         |
| fill            | ``fill(video, a, b)``           | all but frames a..b                      |
| connect         | ``connect(va, vb, S)``          | va, S new frames, vb                     |
| loop            | ``text(T, loop=True)`` / ``image(img, T, loop=True)`` | see ``_render_loop`` |
| edit            | ``edit(video, x)``              | none; start from the video noised to t = x |

``render(pipe, req, spec)`` resizes the known frames to the request, encodes them in place with
the causal VAE into a ``Condition`` (``conditioning.encode_condition``: one rule for every
mode), samples the latent whole or in windows (``windows.sample``: long videos), decodes it
with the streaming causal decode, and returns the frames with the PSNR of the kept frames
through the VAE. Inference only: no files, no safety (``service`` does those).

Kept frames. Two things keep a given frame from being held as it is in latent space: a latent
group only partly given cannot be held (the causal grid starts groups at frames 1, 5, 9, ...:
extending a 12-frame video leaves its frames 9..11 in one group with new frame 12), and a
segment that starts after frame 0 is encoded after placeholder frames (conditioning.py). So
unless the given frames are a prefix ending on a group boundary (an image, an aligned
extension), ``render`` draws a first draft with the whole given groups held, then encodes
every group that holds any given frame again, in place, with the draft's frames as the
encoder's context and as the rest of each partly given group, holds those, and redraws the
other latents from the draft at t = ``REFINE_STRENGTH`` (SDEdit). Every given frame then
comes back as the VAE decodes it (the target is >= 28 dB against the input), next to new
frames drawn to join it.

Pasting. ``paste="auto"`` then puts the original pixels back for each kept frame whose decode
is already within ``PASTE_PSNR`` dB of it: the difference is below what the VAE itself adds,
so the paste cannot open a visible seam against the generated frames next to it; a frame the
VAE renders worse keeps its decode, which is continuous with its neighbours. "always" and
"never" force either way. ``Rendered.kept_psnr`` is measured before pasting.

Shots ("Shot 1: ... Shot 2: ..."): each shot is rendered on its own from its own text (the
SPEC's equal parts, so the cut lands exactly at each boundary) with its own seed, and the shots
are joined by hard cuts. A character named in two shots keeps its look because both texts name
it (in the world, colour, shape and size are words); we do not condition a shot on the previous
shot's frames, since the mask mechanism can only continue pixels, and that would carry over the
layout and the background, which a cut is meant to change.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import torch

from kinetoscope.conditioning import encode_condition, latent_groups
from kinetoscope.errors import UserError
from kinetoscope.windows import WindowConfig
from kinetoscope.windows import sample as sample_windows

PASTE_PSNR = 28.0  # dB: the fidelity target for kept frames through the VAE
PASTE_MODES = ("auto", "always", "never")
LOOP_GROUPS = 1  # latent groups of the opening repeated after the end of a loop
REFINE_STRENGTH = 0.5  # noise level the draft is taken back to in the refine pass (SDEdit)

Segment = tuple[int, np.ndarray]  # (first output index, frames (n, h, w, 3) uint8 of any size)


@dataclass(frozen=True, eq=False)
class Spec:
    """What is known about the output video, in pixels: the one description every mode is."""

    frames: int  # T, the output's length in frames
    known: tuple[Segment, ...] = ()  # given frames at their output indices
    source: np.ndarray | None = None  # edit: the video to change (T, h, w, 3) uint8
    strength: float = 1.0  # edit: the noise level the source is taken to, in (0, 1]
    loop: bool = False  # the last frame leads back into the first

    def __post_init__(self):
        if self.frames < 1:
            raise UserError(f"The video must have at least one frame, got {self.frames}.")
        taken = np.zeros(self.frames, dtype=bool)
        for start, arr in self.known:
            if not (
                isinstance(arr, np.ndarray)
                and arr.dtype == np.uint8
                and arr.ndim == 4
                and arr.shape[-1] == 3
                and len(arr) >= 1
            ):
                raise ValueError("known frames must be (n, h, w, 3) uint8 arrays")
            if start < 0 or start + len(arr) > self.frames:
                raise ValueError(
                    f"known frames {start}..{start + len(arr) - 1} lie outside 0..{self.frames - 1}"
                )
            if taken[start : start + len(arr)].any():
                raise ValueError("known frame segments overlap")
            taken[start : start + len(arr)] = True
        if self.source is not None and (self.source.ndim != 4 or len(self.source) != self.frames):
            raise ValueError(f"the edit source must be ({self.frames}, h, w, 3) frames")
        check_strength(self.strength)
        if self.loop and (
            self.source is not None or any(s != 0 or len(a) != 1 for s, a in self.known)
        ):
            raise UserError(
                "A loop can start from an image but not from a video; drop --loop or the video."
            )

    def known_mask(self) -> np.ndarray:
        """(T,) bool: which output frames are given."""
        mask = np.zeros(self.frames, dtype=bool)
        for start, arr in self.known:
            mask[start : start + len(arr)] = True
        return mask

    def pixels(self, height: int, width: int) -> np.ndarray:
        """(T, height, width, 3) uint8: the given frames resized/cropped to fit, 0 elsewhere."""
        from kinetoscope.media import resize_crop

        out = np.zeros((self.frames, height, width, 3), np.uint8)
        for start, arr in self.known:
            out[start : start + len(arr)] = resize_crop(arr, height, width)
        return out


def check_strength(strength: float) -> None:
    if not 0.0 < strength <= 1.0:
        raise UserError(
            f"The edit strength must be greater than 0 and at most 1, got {strength:g}."
        )


# --- The modes -------------------------------------------------------------------------------


def _video(video: np.ndarray, what: str = "video") -> np.ndarray:
    if not (
        isinstance(video, np.ndarray)
        and video.dtype == np.uint8
        and video.ndim == 4
        and video.shape[-1] == 3
    ):
        raise ValueError(f"the {what} must be (T, H, W, 3) uint8 frames")
    if len(video) == 0:
        raise UserError(f"The {what} has no frames.")
    return video


def text(frames: int, loop: bool = False) -> Spec:
    return Spec(frames, loop=loop)


def image(img: np.ndarray, frames: int, loop: bool = False) -> Spec:
    """The image becomes frame 0 (``img`` (H, W, 3) or (1, H, W, 3))."""
    img = _video(img[None] if img.ndim == 3 else img, "image")[:1]
    return Spec(frames, known=((0, img),), loop=loop)


def extend(video: np.ndarray, new_frames: int, backward: bool = False) -> Spec:
    """``new_frames`` after the video (or before it, ``backward``); the video is kept."""
    video = _video(video)
    if new_frames < 1:
        raise UserError("Extend by at least one frame; pass a longer --seconds.")
    return Spec(len(video) + new_frames, known=((new_frames if backward else 0, video),))


def fill(video: np.ndarray, first: int, last: int) -> Spec:
    """Regenerate frames ``first..last`` (0-based, inclusive); the others are kept."""
    video = _video(video)
    n = len(video)
    if not 0 <= first <= last < n:
        raise UserError(
            f"The frames to fill must satisfy 0 <= A <= B <= {n - 1} for this {n}-frame video, "
            f"got {first}-{last}."
        )
    known = [(0, video[:first])] if first > 0 else []
    if last + 1 < n:
        known.append((last + 1, video[last + 1 :]))
    return Spec(n, known=tuple(known))


def connect(a: np.ndarray, b: np.ndarray, gap: int) -> Spec:
    """``a``, then ``gap`` new frames, then ``b``, as one video."""
    a, b = _video(a, "first video"), _video(b, "second video")
    if gap < 1:
        raise UserError(
            "Connect with at least one new frame between the videos; pass a longer --seconds."
        )
    return Spec(len(a) + gap + len(b), known=((0, a), (len(a) + gap, b)))


def edit(video: np.ndarray, strength: float) -> Spec:
    """Redraw the video to follow a new prompt, starting from it noised to t = ``strength``."""
    video = _video(video)
    return Spec(len(video), source=video, strength=float(strength))


# --- Rendering -------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Rendered:
    """What ``render`` made: the frames, and how faithfully the given frames came back."""

    frames: np.ndarray  # (T, H, W, 3) uint8
    latents: torch.Tensor | None  # (1, C, T', H', W') the sampled latent (None for shots)
    kept: int = 0  # given frames in the output
    kept_psnr: float | None = None  # dB: their decode against the resized input, before pasting
    pasted: int = 0  # kept frames replaced by the original pixels
    passes: int = 1  # sampling passes: one per window, of every shot and both loop passes
    shots: int = 1


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    """PSNR in dB of uint8 frames (inf when equal)."""
    mse = float(np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2))
    return math.inf if mse == 0 else 10 * math.log10(255.0**2 / mse)


@dataclass(frozen=True)
class Options:
    """How ``render`` works (not what it makes): windows, pasting, and the refine pass."""

    window: WindowConfig = field(default_factory=WindowConfig)
    paste: str = "auto"  # one of PASTE_MODES
    refine: bool = True  # draft-then-refine when ``needs_refine`` (False: the draft only)

    def __post_init__(self):
        if self.paste not in PASTE_MODES:
            raise ValueError(f"paste must be one of {', '.join(PASTE_MODES)}, got {self.paste!r}")


def render(
    pipe,
    req,
    spec: Spec | None = None,
    *,
    window: WindowConfig | None = None,
    paste: str = "auto",
    refine: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> Rendered:
    """Make the video ``req`` (a ``pipeline.Request``) asks for, with ``spec``'s known frames.

    A multi-shot prompt with a text or image spec is rendered shot by shot (``_render_shots``);
    every other mode reads the whole prompt as one shot. See ``Options`` for the keywords.
    """
    if window is None:  # windows as long as the longest clip the model trained on
        window = WindowConfig(frames=getattr(pipe, "train_frames", WindowConfig.frames))
    opts = Options(window, paste, refine)
    spec = spec if spec is not None else Spec(req.frames)
    if spec.frames != req.frames:
        raise ValueError(f"the spec has {spec.frames} frames but the request {req.frames}")
    shots = split_shots(req.prompt)
    if (
        len(shots) > 1
        and spec.source is None
        and all(s == 0 and len(a) == 1 for s, a in spec.known)
    ):
        if spec.loop:
            raise UserError("A loop needs a single-shot prompt; drop --loop or the Shot markers.")
        return _render_shots(pipe, req, spec, opts, progress)
    if spec.loop:
        return _render_loop(pipe, req, spec, opts, progress)
    return _render_one(pipe, req, spec, opts, progress)


@torch.no_grad()
def _render_one(pipe, req, spec: Spec, opts: Options, progress) -> Rendered:
    from kinetoscope.media import frames_to_tensor, resize_crop

    vae, (T, H, W) = pipe.vae, (req.frames, req.height, req.width)
    known = spec.known_mask()  # (T,)
    pixels = spec.pixels(H, W)  # (T, H, W, 3) uint8
    cond = None
    if known.any():
        cond = encode_condition(vae, frames_to_tensor(pixels)[None], torch.from_numpy(known))
    shape = vae.latent_shape(T, H, W)  # (C, T', H', W')
    seed = torch.Generator("cpu").manual_seed(req.seed)
    noise = torch.randn((1, *shape), generator=seed)  # as Pipeline.generate_latents draws it
    init = None
    if spec.source is not None:
        src = frames_to_tensor(resize_crop(spec.source, H, W))[None]  # (1, 3, T, H, W)
        init = vae.encode(
            src.to(device=vae.latent_scale.device, dtype=vae.latent_scale.dtype)
        ).float()

    def known_pixels(i: int) -> torch.Tensor | None:
        return torch.from_numpy(pixels[i]) if known[i] else None

    z, frames, n = sample_windows(
        pipe,
        req,
        cond,
        noise,
        opts.window,
        known_pixels=known_pixels,
        init=init,
        strength=spec.strength,
        progress=progress,
    )
    frames = frames.numpy().copy()
    if opts.refine and needs_refine(known, vae.cfg.temporal):
        # The draft's own frames become the encoder's context for the given ones, and every
        # latent group holding a given frame is held; the rest is redrawn from the draft.
        context = frames.copy()
        context[known] = pixels[known]
        held = np.zeros_like(known)
        for g in latent_groups(T, vae.cfg.temporal):
            held[g.start : g.stop] = known[g.start : g.stop].any()
        cond = encode_condition(
            vae, frames_to_tensor(context)[None], torch.from_numpy(held), hold=False
        )
        z, frames, n2 = sample_windows(
            pipe,
            req,
            cond,
            noise,
            opts.window,
            known_pixels=known_pixels,
            init=z,
            strength=REFINE_STRENGTH,
            progress=progress,
        )
        frames, n = frames.numpy().copy(), n + n2
    kept_psnr, pasted = _paste(frames, pixels, known, opts.paste)
    return Rendered(frames, z, int(known.sum()), kept_psnr, pasted, n)


def needs_refine(known: np.ndarray, temporal: int) -> bool:
    """Whether a draft-and-refine pass is needed: unless the given frames are a prefix that ends
    on a latent group boundary (an image, most extensions), some given frame sits in a
    half-known group or was encoded after placeholder frames."""
    n = int(known.sum())
    if n == 0:
        return False
    prefix = bool(known[:n].all())
    return not (prefix and (n == len(known) or (n - 1) % temporal == 0))


def _paste(
    frames: np.ndarray, pixels: np.ndarray, known: np.ndarray, paste: str
) -> tuple[float | None, int]:
    """Measure the kept frames' decode against the originals, then paste (in place)."""
    if not known.any():
        return None, 0
    kept_psnr = psnr(frames[known], pixels[known])
    pasted = 0
    for i in np.nonzero(known)[0]:
        if paste == "always" or (paste == "auto" and psnr(frames[i], pixels[i]) >= PASTE_PSNR):
            frames[i] = pixels[i]
            pasted += 1
    return kept_psnr, pasted


def _render_loop(pipe, req, spec: Spec, opts: Options, progress) -> Rendered:
    """A seamless loop in two passes.

    Pass 1 makes the opening (one window at most, from the text or the image). Pass 2 makes
    ``T + tail`` frames as a connect: the opening's first ``1 + 4 LOOP_GROUPS`` frames known at
    the start, and the opening's first ``tail`` frames known again right after frame T-1, so
    that what follows the last output frame is the first one, moving as it moves; frames
    0..T-1 are the loop. Known frames after T are placed so that at least ``LOOP_GROUPS`` whole
    latent groups are held (the causal grid starts groups at 1, 5, 9, ...).
    """
    T, temporal = req.frames, pipe.vae.cfg.temporal
    head = 1 + temporal * LOOP_GROUPS
    if T < head + temporal:
        raise UserError(f"A loop needs at least {head + temporal} frames; ask for a longer video.")
    n1 = min(T, opts.window.frames)
    inner = dataclasses.replace(opts, paste="never")
    first = _render_one(
        pipe, dataclasses.replace(req, frames=n1), Spec(n1, known=spec.known), inner, None
    )
    opening = first.frames.copy()  # (n1, H, W, 3)
    given = spec.pixels(req.height, req.width)[0] if spec.known else None
    if given is not None:
        opening[0] = given
    start_of_group = T + (-(T - 1)) % temporal  # the first latent group starting at or after T
    tail = start_of_group - T + temporal * LOOP_GROUPS
    spec2 = Spec(T + tail, known=((0, opening[:head]), (T, opening[:tail])))
    req2 = dataclasses.replace(req, frames=T + tail, seed=derive_seed(req.seed, 1 << 32))
    second = _render_one(pipe, req2, spec2, inner, progress)
    frames = second.frames[:T].copy()
    known = spec.known_mask()
    kept_psnr, pasted = _paste(frames, spec.pixels(req.height, req.width), known, opts.paste)
    return Rendered(
        frames, second.latents, int(known.sum()), kept_psnr, pasted, first.passes + second.passes
    )


# --- Shots -----------------------------------------------------------------------------------

# The world language's shot marker (world/language.py): "Shot 1:", "shot #2.", "Shot 3)".
_SHOT_MARK = re.compile(r"\bshot\s*#?\s*(\d+)\s*[:.)\-]*", re.IGNORECASE)


def split_shots(prompt: str) -> list[str]:
    """ "Shot 1: ... Shot 2: ..." -> one text per shot (text before the first marker, such as a
    style, is kept in front of each). A prompt without markers is one shot."""
    marks = list(_SHOT_MARK.finditer(prompt))
    if len(marks) < 2:
        return [prompt]
    pre = prompt[: marks[0].start()].strip()
    pieces = [
        prompt[m.end() : (marks[i + 1].start() if i + 1 < len(marks) else len(prompt))].strip()
        for i, m in enumerate(marks)
    ]
    return [f"{pre} {p}".strip() if pre else p for p in pieces if p] or [prompt]


def shot_bounds(frames: int, shots: int) -> list[int]:
    """First frame of each shot, plus ``frames``: SPEC's equal parts (shot k at floor(kT/n))."""
    if frames < shots:
        raise UserError(
            f"A video of {shots} shots needs at least {shots} frames, got {frames}; "
            "make it longer or use fewer shots."
        )
    return [(k * frames) // shots for k in range(shots + 1)]


def derive_seed(seed: int, k: int) -> int:
    """An independent seed for part k (a shot, a pass) of the video made with ``seed``."""
    return int(np.random.SeedSequence([seed % (1 << 64), k]).generate_state(1, np.uint64)[0] >> 1)


def _render_shots(pipe, req, spec: Spec, opts: Options, progress) -> Rendered:
    """Each shot on its own (its own text, length and seed), joined by hard cuts; an image in
    ``spec`` starts the first shot."""
    texts = split_shots(req.prompt)
    bounds = shot_bounds(req.frames, len(texts))
    parts: list[Rendered] = []
    for k, words in enumerate(texts):
        n = bounds[k + 1] - bounds[k]
        sub = dataclasses.replace(req, prompt=words, frames=n, seed=derive_seed(req.seed, k))
        sub_spec = Spec(n, known=spec.known) if k == 0 else Spec(n)

        def step(i: int, total: int, k: int = k) -> None:
            if progress is not None:
                progress(k * total + i, len(texts) * total)

        parts.append(_render_one(pipe, sub, sub_spec, opts, step))
    head = parts[0]
    return Rendered(
        np.concatenate([p.frames for p in parts]),
        None,
        head.kept,
        head.kept_psnr,
        head.pasted,
        sum(p.passes for p in parts),
        len(texts),
    )
