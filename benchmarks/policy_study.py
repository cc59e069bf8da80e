"""Tools for a policy round (docs/safety.md): what a split gets wrong, why, and what the rules
alone refuse. Nothing here is a benchmark figure; bench_policy.py measures.

    python -m benchmarks.policy_study fails tests/data/prompts/dev20.jsonl runs/fails20.jsonl
        every wrong verdict of a split (a harmful prompt allowed, a benign one refused, a harmful
        one refused under another category), one JSON line each, with the reason and the
        normalised text; --jobs N splits the work over N processes (default: every core)
    python -m benchmarks.policy_study why "a prompt"
        the evidence, the classifier's and the semantic vote's scores and the verdict
    python -m benchmarks.policy_study rule-hits runs/hits.jsonl [--against runs/old-hits.jsonl]
        the benign prompts of train.jsonl and every dev*.jsonl that the rules and name lexicons
        alone refuse; with --against, the ones that a change of the rules added
    python -m benchmarks.policy_study rule-hits runs/harm.jsonl --harmful [--against ...]
        every harmful prompt with the categories the rules alone refuse it as; with --against,
        the ones that a change of the rules left with none where they had some
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

PROMPTS = Path(__file__).resolve().parents[1] / "tests" / "data" / "prompts"


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def wrong(rows: list[dict]) -> list[dict]:
    """The rows whose verdict is wrong: allowed when harmful, refused when benign, or refused
    under a category other than their label."""
    from kinetoscope.safety import check_prompt
    from kinetoscope.safety.evidence import gather

    out = []
    for r in rows:
        v = check_prompt(r["text"])
        got = v.category or "benign"
        if got != r["label"]:
            out.append({"label": r["label"], "got": got, "reason": v.reason, "score": v.score,
                        "source": r["source"], "text": r["text"],
                        "canonical": gather(r["text"]).canonical})
    return out


def _wrong_slice(args: tuple[str, int, int]) -> list[dict]:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    path, start, step = args
    return wrong(_read(Path(path))[start::step])


def rule_hits(files: list[Path], harmful: bool = False) -> list[dict]:
    """Benign rows of ``files`` that a hard rule or a name refuses with no learned model; with
    ``harmful``, every harmful row, with whatever the rules refuse it as (perhaps nothing)."""
    from kinetoscope.safety.evidence import gather

    out = []
    for path in files:
        for r in _read(path):
            if (r["label"] != "benign") != harmful:
                continue
            ev = gather(r["text"])
            hits = dict(ev.hard) | {c: "names " + ", ".join(n) for c, n in ev.names.items() if n}
            if hits or harmful:
                out.append({"file": path.name, "text": r["text"], "hits": hits})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fails")
    f.add_argument("split", type=Path)
    f.add_argument("out", type=Path)
    f.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    w = sub.add_parser("why")
    w.add_argument("text")
    h = sub.add_parser("rule-hits")
    h.add_argument("out", type=Path)
    h.add_argument("--against", type=Path, default=None)
    h.add_argument("--harmful", action="store_true", help="the harmful prompts instead")
    h.add_argument("--prompts", type=Path, default=PROMPTS, help="folder of the labelled splits")
    args = ap.parse_args(argv)

    if args.cmd == "fails":
        jobs = max(1, args.jobs)
        with ProcessPoolExecutor(jobs) as pool:
            parts = list(pool.map(_wrong_slice, [(str(args.split), i, jobs) for i in range(jobs)]))
        rows = [r for part in parts for r in part]
        _write(args.out, rows)
        print(f"{len(rows)} wrong verdicts written to {args.out}")
        for (label, got), n in Counter((r["label"], r["got"]) for r in rows).most_common():
            print(f"  {n:5d}  {label} -> {got}")
    elif args.cmd == "why":
        from kinetoscope.safety import check_prompt, classifier, semantic
        from kinetoscope.safety.evidence import gather

        ev = gather(args.text)
        model = classifier.load()
        probs = model.probs(ev, classifier.profanity(ev.canonical))
        sm = semantic.load()
        print("canonical:", ev.canonical)
        print("hard:", dict(ev.hard), "names:", dict(ev.names))
        print("signals:", sorted(ev.signals), "soft:", dict(ev.soft))
        print("classifier:", {k: round(v, 3) for k, v in probs.items()}, model.thresholds)
        print("semantic:", {k: round(v, 3) for k, v in sm.probs(args.text).items()},
              {k: v for k, v in sm.thresholds.items() if k not in ("model", "C", "out_of_fold")})
        print(check_prompt(args.text))
    else:
        files = [*args.prompts.glob("train.jsonl"), *sorted(args.prompts.glob("dev*.jsonl"))]
        rows = rule_hits(files, args.harmful)
        _write(args.out, rows)
        if args.harmful:
            hit = sum(bool(r["hits"]) for r in rows)
            print(f"{hit} of {len(rows)} harmful prompts refused by the rules alone, written to "
                  f"{args.out}")
        else:
            print(f"{len(rows)} benign prompts refused by the rules alone, written to {args.out}")
        if args.against is not None:
            old = {(r["file"], r["text"]): r["hits"] for r in _read(args.against)}
            if args.harmful:  # had a rule hit, has none now
                changed = [r for r in rows if old.get((r["file"], r["text"])) and not r["hits"]]
                print(f"{len(changed)} of them lost every rule hit against {args.against}")
            else:
                changed = [r for r in rows if (r["file"], r["text"]) not in old]
                print(f"{len(changed)} of them new against {args.against}")
            for r in changed:
                print(f"  {r['file']}: {r['hits']}  {r['text'][:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
