"""`kinetoscope world render / dataset / parse`: the toy world's ground truth from the shell."""

from __future__ import annotations

import argparse
import json
import sys

from kinetoscope.cli.common import add_size_args, positive_int


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("world", help="the toy world: render prompts, write datasets",
                       description="The procedurally rendered toy world (its contract is "
                                   "shared/world/SPEC.md).")
    wsub = p.add_subparsers(dest="world_command", metavar="SUBCOMMAND", required=True)

    r = wsub.add_parser("render", help="draw the exact ground truth of a world prompt",
                        description="Parse a world-language prompt and draw its exact ground "
                                    "truth (the reference generated videos are judged against).")
    r.add_argument("prompt", help='e.g. "a small red circle on the left moves right"')
    r.add_argument("-o", "--output", required=True, help="output video (.mp4, .mkv, .gif, .png)")
    add_size_args(r)
    r.set_defaults(func=run_render)

    d = wsub.add_parser("dataset", help="write a world dataset (videos + captions.jsonl)",
                        description="Write COUNT random world videos and their captions.jsonl, "
                                    "mixing sizes, aspect ratios, durations and phrasings.")
    d.add_argument("out_dir", help="folder to write into (created if missing)")
    d.add_argument("--count", type=positive_int, required=True, help="number of videos")
    d.add_argument("--seed", type=int, default=0, help="random seed (same seed, same dataset)")
    d.add_argument("--format", choices=("mp4", "mkv"), default="mp4",
                   help="mp4 (H.264, small) or mkv (FFV1, lossless, for measurement)")
    d.set_defaults(func=run_dataset)

    q = wsub.add_parser("parse", help="show how a prompt is understood",
                        description="Print the scene(s) a prompt parses to, as JSON, with its "
                                    "canonical caption and the words that were not understood.")
    q.add_argument("prompt")
    q.set_defaults(func=run_parse)


def _warn(result) -> None:
    if result.unknown:
        print(f"kinetoscope: warning: words not understood: {', '.join(result.unknown)}",
              file=sys.stderr)
    for problem in result.problems:
        print(f"kinetoscope: warning: {problem}", file=sys.stderr)


def run_render(args: argparse.Namespace) -> int:
    from kinetoscope.media import write_video
    from kinetoscope.world import caption, frames_for, parse, render, validate_frames, validate_size

    validate_size(args.height, args.width)
    frames = frames_for(args.seconds, args.fps)
    validate_frames(frames, args.fps)
    result = parse(args.prompt)
    _warn(result)
    video = render(result.shots, frames=frames, fps=args.fps, height=args.height, width=args.width)
    path = write_video(args.output, video, args.fps)
    print(f"wrote {path} ({frames} frames, {args.height}x{args.width}, {args.fps} fps): "
          f"{caption(result.shots)}")
    return 0


def run_dataset(args: argparse.Namespace) -> int:
    from kinetoscope.world.dataset import write_dataset

    def progress(done: int, total: int) -> None:
        if done == total or done % 50 == 0:
            print(f"  {done}/{total} videos", file=sys.stderr)

    index = write_dataset(args.out_dir, args.count, args.seed, fmt=args.format, progress=progress)
    print(f"wrote {args.count} videos and {index}")
    return 0


def run_parse(args: argparse.Namespace) -> int:
    from kinetoscope.world import caption, parse, shots_to_json

    result = parse(args.prompt)
    _warn(result)
    print(caption(result.shots))
    print(json.dumps(shots_to_json(result.shots), indent=2))
    return 0
