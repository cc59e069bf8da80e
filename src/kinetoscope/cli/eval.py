"""`kinetoscope eval world`: the world benchmark, judged from pixels (docs/benchmark.md)."""

from __future__ import annotations

import argparse

from kinetoscope.cli.common import positive_int


def _names(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="benchmarks: the world benchmark",
                       description="Measure a model. `eval world` generates the world "
                                   "benchmark's prompts and judges every video from pixels.")
    esub = p.add_subparsers(dest="eval_command", metavar="SUBCOMMAND", required=True)
    w = esub.add_parser(
        "world", help="judge a model on the toy world, ability by ability",
        description="Draw paraphrased prompts of every kind (single object, several objects, "
                    "bounce, wall, dots, camera, shots) at several sizes, generate each with the "
                    "model, judge it from pixels (colour segmentation and tracking, no model "
                    "code), and print pass rates per kind and per ability beside the ground "
                    "truth's (which must be 100%: that checks the judge).")
    w.add_argument("--per-kind", type=positive_int, default=4, help="prompts per kind (default 4)")
    w.add_argument("--kinds", type=_names, default=None,
                   help="comma-separated kinds (default: all): single,several,bounce,wall,dots,"
                        "camera,shots")
    w.add_argument("--sizes", default="64x64,64x96,96x64",
                   help="comma-separated HEIGHTxWIDTH sizes, used in turn (default 64x64,64x96,96x64)")
    w.add_argument("--modes", type=_names, default=["t2v"],
                   help="comma-separated generation modes (default t2v): t2v, image, extend, "
                        "extend_backward, fill, connect, minute (60 s), shots, vae (the ground truth "
                        "through the VAE: the ceiling)")
    w.add_argument("--checkpoint", default=None,
                   help="model directory or training checkpoint (default: the shipped model)")
    w.add_argument("--steps", type=positive_int, default=None,
                   help="sampler steps (default: the model's)")
    w.add_argument("--guidance", type=float, default=None,
                   help="classifier-free guidance scale (default: the model's)")
    w.add_argument("--seed", type=int, default=0, help="draws the prompts and generation seeds")
    w.add_argument("--codec", choices=("mp4", "raw"), default="mp4",
                   help="judge after an H.264 MP4 round trip, as users see it (default), or raw frames")
    w.add_argument("--ground-truth-only", action="store_true",
                   help="judge only the ground-truth renders (checks the judge; needs no model)")
    w.add_argument("--json", metavar="OUT", default=None,
                   help="write everything (config, per-video verdicts, summary) to this JSON file")
    w.add_argument("--videos", metavar="DIR", default=None,
                   help="also write every video (ground truth and model) as MP4 into DIR")
    w.add_argument("--quiet", action="store_true", help="no progress lines")
    w.set_defaults(func=run_world)


def run_world(args: argparse.Namespace) -> int:
    import json
    import os
    import tempfile
    from pathlib import Path

    from kinetoscope.eval.prompts import draw_cases, parse_sizes
    from kinetoscope.eval.world import check_modes, format_report, print_progress, run_benchmark

    sizes = parse_sizes(args.sizes)
    modes = check_modes(args.modes)
    cases = draw_cases(args.per_kind, kinds=args.kinds, seed=args.seed, sizes=sizes)
    from kinetoscope.pipeline import check_guidance

    check_guidance(args.guidance)
    pipe = None
    if not args.ground_truth_only:
        from dataclasses import replace

        from kinetoscope.pipeline import load_pipeline

        pipe = load_pipeline(args.checkpoint)
        if args.guidance is not None:
            pipe.sampler = replace(pipe.sampler, guidance=args.guidance)
    report = run_benchmark(cases, pipe=pipe, modes=modes, steps=args.steps, codec=args.codec,
                           videos=args.videos, progress=None if args.quiet else print_progress)
    report["config"].update(seed=args.seed, checkpoint=None if pipe is None else
                            (args.checkpoint or "shipped"),
                            guidance=None if pipe is None else pipe.sampler.guidance)
    print(format_report(report))
    if args.json:
        out = Path(args.json)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent or ".")
        try:
            with os.fdopen(fd, "w") as f:
                json.dump(report, f, indent=1)
            os.replace(tmp, out)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        print(f"wrote {out}")
    return 1 if report["summary"]["truth_failures"] else 0
