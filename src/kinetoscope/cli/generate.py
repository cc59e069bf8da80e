"""`kinetoscope generate`, and the conditioning commands that share its options:
`extend`, `fill`, `connect` and `edit` (every mode is a `modes.Spec`; see modes.py).

Each command checks everything it can before loading the model (prompt policy, inputs
readable, frame ranges, sizes, output path), renders with `modes.render` and writes the video
only through `service.publish` (frame check, watermark, MP4, C2PA), so a refusal or a bad input
writes nothing.
"""

from __future__ import annotations

import argparse

from kinetoscope.cli.common import add_size_args, positive_float, positive_int

MAX_SECONDS = 60.0  # the longest input or output video (SPEC "Frames")


def add_model_args(p: argparse.ArgumentParser) -> None:
    """Sampling and model options every generating command shares."""
    p.add_argument("--steps", type=positive_int, help="sampling steps (default: the model's)")
    p.add_argument(
        "--guidance", type=float, help="classifier-free guidance scale (default: the model's)"
    )
    p.add_argument("--negative-prompt", default="", help="what the video should not show")
    p.add_argument("--seed", type=int, default=0, help="random seed (same seed, same video)")
    p.add_argument(
        "--checkpoint", help="model or training checkpoint directory (default: the shipped model)"
    )
    p.add_argument(
        "--device", default=None, help="cpu, cuda, cuda:1 ... (default: cuda if available)"
    )
    p.add_argument(
        "--window-frames",
        type=positive_int,
        default=None,
        help="longer videos are made in overlapping windows of this many frames "
        "(default: the longest clip the model trained on, 32 for the world model)",
    )
    p.add_argument(
        "--paste",
        choices=("auto", "always", "never"),
        default="auto",
        help="put the given frames' original pixels back: when within 28 dB of their "
        "decode (auto, default), always, or never",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def add_sampling_args(p: argparse.ArgumentParser) -> None:
    """Options of a command that makes a video from nothing but text (and maybe an image)."""
    p.add_argument("-o", "--output", required=True, help="output video (.mp4)")
    add_size_args(p)
    add_model_args(p)


def add_video_args(p: argparse.ArgumentParser, seconds: str | None) -> None:
    """Options of a command that starts from videos: the output takes their size and rate."""
    p.add_argument("-o", "--output", required=True, help="output video (.mp4)")
    if seconds:
        p.add_argument("--seconds", type=positive_float, required=True, help=seconds)
    p.add_argument("--fps", type=positive_int, help="frames per second (default: the input's)")
    p.add_argument(
        "--height", type=positive_int, help="multiple of 16, 32..256 (default: the input's)"
    )
    p.add_argument(
        "--width", type=positive_int, help="multiple of 16, 32..256 (default: the input's)"
    )
    add_model_args(p)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "generate",
        help="make a video from a text prompt (and an image)",
        description="Make a video from a text prompt with the shipped model or a checkpoint. "
        "'Shot 1: ... Shot 2: ...' makes one hard cut per shot.",
    )
    p.add_argument("prompt", help="what the video shows")
    p.add_argument(
        "--image", help="an image (or a video's first frame) to start from; resized and cropped"
    )
    p.add_argument("--loop", action="store_true", help="make a seamless loop")
    add_sampling_args(p)
    p.set_defaults(func=run_generate)

    p = sub.add_parser(
        "extend",
        help="continue a video forwards (or backwards)",
        description="Add new seconds after a video (or before it: --backward), keeping its frames.",
    )
    p.add_argument("video", help="the video to extend")
    p.add_argument("prompt", help="what the whole video shows")
    p.add_argument("--backward", action="store_true", help="invent what came before the video")
    add_video_args(p, "seconds of new video")
    p.set_defaults(func=run_extend)

    p = sub.add_parser(
        "fill",
        help="regenerate frames A..B of a video",
        description="Regenerate frames A..B (0-based, inclusive) to join the frames around them.",
    )
    p.add_argument("video", help="the video")
    p.add_argument("prompt", help="what the whole video shows")
    p.add_argument(
        "--frames",
        required=True,
        metavar="A-B",
        help="first and last frame to regenerate, e.g. 8-15",
    )
    add_video_args(p, None)
    p.set_defaults(func=run_fill)

    p = sub.add_parser(
        "connect",
        help="join two videos with new frames between them",
        description="VIDEO_A, then --seconds of new frames, then VIDEO_B, as one continuous video.",
    )
    p.add_argument("video_a", help="the first video")
    p.add_argument("video_b", help="the second video")
    p.add_argument("prompt", help="what the whole video shows")
    add_video_args(p, "seconds of new video between them")
    p.set_defaults(func=run_connect)

    p = sub.add_parser(
        "edit",
        help="change a video to follow a new prompt, keeping its motion",
        description="Redraw a video to follow a new prompt (SDEdit); more --strength, more change.",
    )
    p.add_argument("video", help="the video to change")
    p.add_argument("prompt", help="what the new video shows")
    p.add_argument(
        "--strength",
        type=float,
        default=0.7,
        help="how much to change, greater than 0 and at most 1 (default 0.7; 1 ignores the video)",
    )
    add_video_args(p, None)
    p.set_defaults(func=run_edit)


def request_from_args(args: argparse.Namespace, prompt: str):
    from kinetoscope.pipeline import Request

    return Request(
        prompt=prompt,
        frames=Request.frames_for(args.seconds, args.fps),
        height=args.height,
        width=args.width,
        fps=float(args.fps),
        steps=args.steps,
        guidance=args.guidance,
        negative_prompt=args.negative_prompt,
        seed=args.seed,
    )


def run_render(args: argparse.Namespace, req, spec) -> int:
    """Shared by every generating command: checks first, then load, render with a bar, publish.

    The prompt was checked by the caller before reading any input; the spec's own checks (frame
    ranges, strength) ran when it was built.
    """
    import time

    import torch

    from kinetoscope import service
    from kinetoscope.pipeline import load_pipeline, validate
    from kinetoscope.windows import WindowConfig

    validate(req)
    service.check_output_path(args.output)
    device = args.device or ("cuda" if torch.cuda.is_available() else "cpu")
    pipe = load_pipeline(args.checkpoint, device=device)
    bar = _bar(args, req.steps or pipe.sampler.steps)
    t0 = time.perf_counter()
    try:
        result = service.generate(
            req, args.output, pipeline=pipe, spec=spec, window=WindowConfig(frames=args.window_frames) if args.window_frames else None,
            paste=args.paste, progress=bar,
        )
    finally:
        bar.close()
    made, video_id = result.rendered, result.video_id
    secs = time.perf_counter() - t0
    parts = [f"{len(made.frames)} frames at {req.fps:g} fps"]
    if made.shots > 1:
        parts.append(f"{made.shots} shots")
    if made.passes > 1:
        parts.append(f"{made.passes} sampling passes")
    print(f"wrote {args.output} ({', '.join(parts)}, video id {video_id}, {secs:.1f} s)")
    if made.kept:
        print(
            f"kept {made.kept} given frames: {made.kept_psnr:.1f} dB PSNR through the VAE, "
            f"{made.pasted} pasted back as the original pixels"
        )
    return 0


class _bar:
    """A tqdm bar as a ``progress(i, n)`` callback (nothing with --quiet)."""

    def __init__(self, args: argparse.Namespace, total: int):
        from tqdm import tqdm

        self.tqdm = None if args.quiet else tqdm(total=total, desc="sampling", unit="step")

    def __call__(self, i: int, n: int) -> None:
        if self.tqdm is not None:
            self.tqdm.total = n
            self.tqdm.update(i - self.tqdm.n)

    def close(self) -> None:
        if self.tqdm is not None:
            self.tqdm.close()


def _read(path: str, what: str, fps: float | None):
    """A video's frames at ``fps`` (default: its own rate) and that rate; refuses over 60 s."""
    import numpy as np

    from kinetoscope import media
    from kinetoscope.errors import UserError

    info = media.probe_video(path)  # one sentence if missing or unreadable
    if info.duration > MAX_SECONDS + 1e-6:
        raise UserError(
            f"The {what} {path} is {info.duration:.1f} s long; use one of at most "
            f"{MAX_SECONDS:g} s."
        )
    video = media.read_video(path)
    if fps is None or abs(float(video.fps) - fps) < 1e-6:
        return video.frames, float(video.fps)
    n = max(1, int(video.duration * fps + 1e-6))
    return media.read_video(path, at=np.arange(n) / fps).frames, float(fps)


def _size(args: argparse.Namespace, frames, path: str) -> tuple[int, int]:
    """--height/--width, or the input's size when it is one the model makes."""
    from kinetoscope.errors import UserError

    h = args.height or frames.shape[1]
    w = args.width or frames.shape[2]
    if (args.height is None and not _valid(h)) or (args.width is None and not _valid(w)):
        raise UserError(
            f"{path} is {frames.shape[1]}x{frames.shape[2]} (height x width); pass --height and "
            "--width (multiples of 16 from 32 to 256) to resize it."
        )
    return h, w


def _valid(v: int) -> bool:
    return v % 16 == 0 and 32 <= v <= 256


def _video_request(args: argparse.Namespace, frames: int, size: tuple[int, int], fps: float):
    from kinetoscope.pipeline import Request

    return Request(
        prompt=args.prompt,
        frames=frames,
        height=size[0],
        width=size[1],
        fps=fps,
        steps=args.steps,
        guidance=args.guidance,
        negative_prompt=args.negative_prompt,
        seed=args.seed,
    )


def run_generate(args: argparse.Namespace) -> int:
    from kinetoscope import modes, service

    service.check_prompt(args.prompt)
    req = request_from_args(args, args.prompt)
    if args.image:
        img, _ = _read(args.image, "image", None)
        spec = modes.image(img[0], req.frames, loop=args.loop)
    else:
        spec = modes.text(req.frames, loop=args.loop)
    return run_render(args, req, spec)


def run_extend(args: argparse.Namespace) -> int:
    from kinetoscope import modes, service
    from kinetoscope.pipeline import Request

    service.check_prompt(args.prompt)
    video, fps = _read(args.video, "video", args.fps)
    new = Request.frames_for(args.seconds, fps)
    spec = modes.extend(video, new, backward=args.backward)
    return run_render(
        args, _video_request(args, spec.frames, _size(args, video, args.video), fps), spec
    )


def run_fill(args: argparse.Namespace) -> int:
    import re

    from kinetoscope import modes, service
    from kinetoscope.errors import UserError

    service.check_prompt(args.prompt)
    m = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", args.frames)
    if not m:
        raise UserError(
            f"--frames takes A-B, the first and last frame to regenerate (e.g. 8-15), "
            f"got {args.frames!r}."
        )
    first, last = int(m[1]), int(m[2] if m[2] is not None else m[1])
    video, fps = _read(args.video, "video", args.fps)
    spec = modes.fill(video, first, last)
    return run_render(
        args, _video_request(args, spec.frames, _size(args, video, args.video), fps), spec
    )


def run_connect(args: argparse.Namespace) -> int:
    from kinetoscope import modes, service
    from kinetoscope.pipeline import Request

    service.check_prompt(args.prompt)
    a, fps = _read(args.video_a, "first video", args.fps)
    b, _ = _read(args.video_b, "second video", fps)
    spec = modes.connect(a, b, Request.frames_for(args.seconds, fps))
    return run_render(
        args, _video_request(args, spec.frames, _size(args, a, args.video_a), fps), spec
    )


def run_edit(args: argparse.Namespace) -> int:
    from kinetoscope import modes, service

    service.check_prompt(args.prompt)
    modes.check_strength(args.strength)  # before reading the video
    video, fps = _read(args.video, "video", args.fps)
    spec = modes.edit(video, args.strength)
    return run_render(
        args, _video_request(args, spec.frames, _size(args, video, args.video), fps), spec
    )
