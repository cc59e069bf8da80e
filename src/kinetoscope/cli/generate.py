"""`kinetoscope generate` (and, later, the conditioning commands that share its options)."""

from __future__ import annotations

import argparse

from kinetoscope.cli.common import add_size_args, positive_int


def add_sampling_args(p: argparse.ArgumentParser) -> None:
    """Options every generating command shares."""
    p.add_argument("-o", "--output", required=True, help="output video (.mp4)")
    add_size_args(p)
    p.add_argument("--steps", type=positive_int, help="sampling steps (default: the model's)")
    p.add_argument("--guidance", type=float, help="classifier-free guidance scale (default: the model's)")
    p.add_argument("--negative-prompt", default="", help="what the video should not show")
    p.add_argument("--seed", type=int, default=0, help="random seed (same seed, same video)")
    p.add_argument("--checkpoint", help="model or training checkpoint directory (default: the shipped model)")
    p.add_argument("--device", default=None, help="cpu, cuda, cuda:1 ... (default: cuda if available)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("generate", help="make a video from a text prompt",
                       description="Make a video from a text prompt with the shipped model or a checkpoint.")
    p.add_argument("prompt", help="what the video shows")
    add_sampling_args(p)
    p.set_defaults(func=run_generate)


def request_from_args(args: argparse.Namespace, prompt: str):
    from kinetoscope.pipeline import Request

    return Request(
        prompt=prompt, frames=Request.frames_for(args.seconds, args.fps), height=args.height,
        width=args.width, fps=float(args.fps), steps=args.steps, guidance=args.guidance,
        negative_prompt=args.negative_prompt, seed=args.seed,
    )


def run_pipeline(args: argparse.Namespace, req, condition_fn=None) -> int:
    """Shared by every generating command: checks first, then load, sample with a bar, publish."""
    import torch
    from tqdm import tqdm

    from kinetoscope import service
    from kinetoscope.pipeline import load_pipeline, validate

    service.check_prompt(req.prompt)  # refuse before loading anything
    validate(req)
    service.check_output_path(args.output)
    device = args.device or ("cuda" if torch.cuda.is_available() else "cpu")
    pipe = load_pipeline(args.checkpoint, device=device)
    bar = None if args.quiet else tqdm(total=req.steps or pipe.sampler.steps, desc="sampling", unit="step")

    def progress(i: int, n: int) -> None:
        if bar is not None:
            bar.total = n
            bar.update(1)

    try:
        result = service.generate(req, args.output, pipeline=pipe, condition_fn=condition_fn, progress=progress)
    finally:
        if bar is not None:
            bar.close()
    secs = sum(result.timings.values())
    print(f"wrote {result.path} ({result.frames} frames at {result.fps:g} fps, video id {result.video_id}, {secs:.1f} s)")
    return 0


def run_generate(args: argparse.Namespace) -> int:
    return run_pipeline(args, request_from_args(args, args.prompt))
