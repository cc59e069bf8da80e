"""The world benchmark: generate every benchmark prompt, judge it from pixels, and tabulate.

    >>> from kinetoscope.eval.prompts import draw_cases
    >>> from kinetoscope.eval.world import run_benchmark, format_report
    >>> report = run_benchmark(draw_cases(4), pipe=load_pipeline(None))
    >>> print(format_report(report))

For every case (``prompts.py``) the ground truth is rendered and judged beside the model's
video: the ground truth must score 100 % (that validates the judge on exactly the prompts,
sizes and codec the model is measured on). Videos go through the same H.264 MP4 encode and
decode a user gets (``codec="mp4"``, the default; ``"raw"`` judges the decoder's frames).

Modes. How a video is made from a case is a `Mode`: text-to-video ("t2v") only needs the
prompt; the conditioning modes of issue 7 (``eval/modes.py``: image, extend forward and
backward, fill, connect, one minute, shots) take their known frames from the ground-truth
render and report ``Generated.kept`` (which frames were given), so the table shows the
PSNR of kept frames beside the pass rate. A mode with a fixed duration (one minute) is run
on the case re-timed to it, and its ground truth is rendered and judged at that length
too. Add a mode by writing a function and registering it in `MODES`.
"""

from __future__ import annotations

import dataclasses
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from kinetoscope.errors import UserError
from kinetoscope.eval.judge import ABILITIES, FAIL, NA, PASS, Verdict, judge
from kinetoscope.eval.prompts import KINDS, Case

CODECS = ("mp4", "raw")


# ----------------------------------------------------------------------------- modes


@dataclass(frozen=True)
class Generated:
    """What a mode made: the frames (T, H, W, 3) uint8, and which of them it was given."""

    frames: np.ndarray
    kept: np.ndarray | None = None  # (T,) bool; None: nothing was given (text-to-video)


@dataclass(frozen=True)
class Mode:
    """A way to make a video for a case: ``run(pipe, case, truth, steps) -> Generated``.

    ``truth`` is the case's ground-truth render, from which conditioning modes take their
    known frames; text-to-video ignores it.
    """

    name: str
    help: str
    run: Callable[[Any, Case, np.ndarray, int | None], Generated]
    seconds: float | None = None  # a fixed duration the case is re-timed to (one minute)

    def case_for(self, case: Case) -> Case:
        """The case this mode runs: the case itself, or re-timed to the mode's duration."""
        if self.seconds is None:
            return case
        return dataclasses.replace(case, frames=max(len(case.shots), round(self.seconds * case.fps)))


def _request(case: Case, steps: int | None):
    from kinetoscope.pipeline import Request

    return Request(case.prompt, frames=case.frames, height=case.height, width=case.width,
                   fps=case.fps, steps=steps, seed=case.seed)


def text_to_video(pipe, case: Case, truth: np.ndarray, steps: int | None) -> Generated:
    frames = pipe(_request(case, steps))  # (T, H, W, 3) uint8 tensor
    return Generated(np.ascontiguousarray(frames.cpu().numpy()))


def _modes() -> dict[str, Mode]:
    from kinetoscope.eval.modes import ENTRIES  # the conditioning modes (issue 7)

    modes = [Mode("t2v", "text to video", text_to_video)]
    modes += [Mode(name, help, run, seconds) for name, help, run, seconds in ENTRIES]
    return {m.name: m for m in modes}


MODES: dict[str, Mode] = _modes()


def check_modes(names: Sequence[str]) -> tuple[str, ...]:
    unknown = [m for m in names if m not in MODES]
    if unknown or not names:
        raise UserError(f"Unknown mode(s) {', '.join(unknown) or '(none)'}; available: "
                        f"{', '.join(MODES)}.")
    return tuple(dict.fromkeys(names))


# ----------------------------------------------------------------------------- running


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    """Peak signal-to-noise ratio in dB of two uint8 videos (inf when identical)."""
    mse = float(np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2))
    return math.inf if mse == 0 else 10 * math.log10(255.0**2 / mse)


def through_codec(frames: np.ndarray, fps: float, codec: str) -> np.ndarray:
    """The frames a viewer of the written file sees: an H.264 MP4 round trip, or as they are."""
    if codec == "raw":
        return frames
    from kinetoscope.media import encode_video, read_video

    return read_video(encode_video(frames, fps, format=".mp4")).frames


def _write(path: Path, frames: np.ndarray, fps: float) -> None:
    from kinetoscope.media import write_video

    write_video(path, frames, fps)


def run_case(case: Case, *, pipe=None, modes: Sequence[str] = ("t2v",), steps: int | None = None,
             codec: str = "mp4", videos: Path | None = None) -> dict:
    """Judge the ground truth of one case and, with a pipeline, each mode's video."""
    from kinetoscope.world import render

    truth = render(case.shots, frames=case.frames, fps=case.fps, height=case.height,
                   width=case.width)
    record: dict[str, Any] = {**case.to_json(), "results": {}}
    seen = through_codec(truth, case.fps, codec)
    record["results"]["truth"] = judge(seen, case.prompt, fps=case.fps, frames=case.frames).to_json()
    if videos is not None:
        _write(videos / f"{case.name}-truth.mp4", truth, case.fps)
    if pipe is None:
        return record
    for name in modes:
        mode = MODES[name]
        mcase, mtruth, own_truth = mode.case_for(case), truth, None
        if mcase.frames != case.frames:  # re-timed: its own ground truth, judged alike
            mtruth = render(mcase.shots, frames=mcase.frames, fps=mcase.fps,
                            height=mcase.height, width=mcase.width)
            own_truth = judge(through_codec(mtruth, mcase.fps, codec), mcase.prompt,
                              fps=mcase.fps, frames=mcase.frames).to_json()
        made = mode.run(pipe, mcase, mtruth, steps)
        seen = through_codec(made.frames, mcase.fps, codec)
        verdict: Verdict = judge(seen, mcase.prompt, fps=mcase.fps, frames=mcase.frames)
        out = verdict.to_json()
        if own_truth is not None:
            out["truth"] = own_truth
            out["frames"] = mcase.frames
        if made.kept is not None and made.kept.any() and len(made.frames) == len(mtruth):
            out["kept_psnr"] = psnr(made.frames[made.kept], mtruth[made.kept])
        record["results"][name] = out
        if videos is not None:
            _write(videos / f"{case.name}-{name}.mp4", made.frames, mcase.fps)
    return record


def run_benchmark(cases: Sequence[Case], *, pipe=None, modes: Sequence[str] = ("t2v",),
                  steps: int | None = None, codec: str = "mp4", videos: str | Path | None = None,
                  progress: Callable[[int, int, dict], None] | None = None) -> dict:
    """Run every case; returns ``{"config", "cases", "summary"}`` (JSON-ready).

    ``pipe`` None judges the ground truth only.
    """
    if codec not in CODECS:
        raise UserError(f"Unknown codec {codec!r}; use one of {', '.join(CODECS)}.")
    modes = check_modes(modes) if pipe is not None else ()
    folder = None
    if videos is not None:
        folder = Path(videos)
        folder.mkdir(parents=True, exist_ok=True)
    records = []
    for i, case in enumerate(cases):
        records.append(run_case(case, pipe=pipe, modes=modes, steps=steps, codec=codec,
                                videos=folder))
        if progress is not None:
            progress(i + 1, len(cases), records[-1])
    sizes = sorted({(c.height, c.width) for c in cases})
    config = {"cases": len(cases), "kinds": list(dict.fromkeys(c.kind for c in cases)),
              "sizes": [f"{h}x{w}" for h, w in sizes], "fps": sorted({c.fps for c in cases}),
              "modes": list(modes), "steps": steps, "codec": codec}
    return {"config": config, "cases": records, "summary": summarize(records, modes)}


# ----------------------------------------------------------------------------- the table


def _followed(result: dict, truth: dict) -> bool:
    """Fully followed: every check that applies to the prompt (is not "na" on the ground
    truth) passes."""
    return all(result["abilities"][a] == PASS for a, s in truth["abilities"].items() if s != NA)


def _reference(record: dict, col: str) -> dict:
    """The ground-truth verdict a column is measured against (a re-timed mode has its own)."""
    return record["results"][col].get("truth", record["results"]["truth"])


def summarize(records: Sequence[dict], modes: Sequence[str]) -> dict:
    """Pass rates per kind (fully followed) and per ability, for the truth and each mode.

    An ability counts for a case when it applies to the ground truth (is not "na"); the
    model passes it only with "pass" (a "na" where the truth applies counts as a miss).
    """
    columns = ["truth", *modes]

    def followed(rs: Sequence[dict], col: str) -> float:
        return sum(_followed(r["results"][col], _reference(r, col)) for r in rs) / len(rs)

    by_kind: dict[str, dict] = {}
    for kind in dict.fromkeys(r["kind"] for r in records):
        rs = [r for r in records if r["kind"] == kind]
        by_kind[kind] = {"n": len(rs), **{col: followed(rs, col) for col in columns}}
    if records:
        by_kind["all"] = {"n": len(records), **{col: followed(records, col) for col in columns}}
    by_ability: dict[str, dict] = {}
    for a in ABILITIES:
        row: dict[str, Any] = {}
        for col in columns:
            rs = [r for r in records if _reference(r, col)["abilities"][a] != NA]
            if rs:
                row.setdefault("n", len(rs))
                row[col] = sum(r["results"][col]["abilities"][a] == PASS for r in rs) / len(rs)
        if row:
            by_ability[a] = row
    psnrs = {m: [r["results"][m]["kept_psnr"] for r in records if "kept_psnr" in r["results"][m]]
             for m in modes}
    kept = {m: float(np.mean(v)) for m, v in psnrs.items() if v}
    failures = [f"{r['name']}: {f}" for r in records for f in _failures(r["results"]["truth"])]
    failures += [f"{r['name']} ({m}): {f}" for r in records for m in modes
                 if "truth" in r["results"][m] for f in _failures(r["results"][m]["truth"])]
    return {"by_kind": by_kind, "by_ability": by_ability, "kept_psnr": kept,
            "truth_failures": failures}


def _failures(result: dict) -> list[str]:
    return [f"{a}: {why}" for a, whys in result.get("reasons", {}).items() for why in whys
            if result["abilities"].get(a) == FAIL]


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def format_report(report: dict) -> str:
    """The two tables (per kind: fully followed; per ability: pass rate), as text."""
    cfg, summary = report["config"], report["summary"]
    modes = cfg["modes"]
    cols = [*modes, "truth"]
    lines = [f"World benchmark: {cfg['cases']} prompts ({', '.join(cfg['kinds'])}), sizes "
             f"{' '.join(cfg['sizes'])}, {'/'.join(f'{f:g}' for f in cfg['fps'])} fps, judged "
             f"{'after an H.264 MP4 round trip' if cfg['codec'] == 'mp4' else 'on raw frames'}"]
    if modes:
        guidance = f", guidance {cfg['guidance']:g}" if cfg.get("guidance") is not None else ""
        lines.append(f"modes: {', '.join(modes)}; sampler steps: {cfg['steps'] or 'model default'}{guidance}")
    widths = [max(8, len(c) + 2) for c in cols]
    head = "".join(f"{c:>{w}}" for c, w in zip(cols, widths))

    def cells(row: dict) -> str:
        return "".join(f"{_pct(row[c]) if c in row else '-':>{w}}" for c, w in zip(cols, widths))

    lines += ["", f"{'kind':<12}{'prompts':>8}   fully followed", f"{'':<12}{'':>8}{head}"]
    for kind, row in summary["by_kind"].items():
        lines.append(f"{kind:<12}{row['n']:>8}" + cells(row))
    lines += ["", f"{'ability':<12}{'judged':>8}   pass rate", f"{'':<12}{'':>8}{head}"]
    for a, row in summary["by_ability"].items():
        lines.append(f"{a:<12}{row['n']:>8}" + cells(row))
    if summary["kept_psnr"]:
        lines += ["", "PSNR of kept frames: " + ", ".join(
            f"{m} {v:.1f} dB" for m, v in summary["kept_psnr"].items())]
    if summary["truth_failures"]:
        lines += ["", "GROUND TRUTH FAILED (a judge or renderer bug):",
                  *(f"  {f}" for f in summary["truth_failures"])]
    return "\n".join(lines)


def print_progress(done: int, total: int, record: dict) -> None:
    marks = " ".join(f"{k}:{'ok' if v['followed'] else 'no'}" for k, v in record["results"].items())
    print(f"[{done}/{total}] {record['name']} {record['height']}x{record['width']} {marks}",
          file=sys.stderr)


__all__ = ["CODECS", "Generated", "KINDS", "MODES", "Mode", "format_report", "psnr",
           "run_benchmark", "run_case", "summarize", "text_to_video", "through_codec"]
