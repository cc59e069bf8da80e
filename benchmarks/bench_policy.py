"""Prompt policy: precision, recall and false refusals on the held-out prompts; speed.

The held-out split (tests/data/prompts/heldout.jsonl, from heldout_set.py: the thirty-third,
names from common.FRESH29) shares no template or name, and no filler but the names of
protected groups, with the splits the policy was fitted on, and was written after the
policy was final. Those splits are train.jsonl and every former held-out split
(dev.jsonl .. dev32.jsonl: each evaluated once while it was held out, then studied, and from
the eighth round on also fitted on, train_policy.DEFAULT_DATA), so their figures are
reported for reference only: they measure fit, not generalisation. A prompt of category c
counts as recalled when it is refused at all (any category: the user gets no video) and as
"exact" when refused *as* c; the precision of c is the share of prompts refused as c that
belong to c. The false-refusal rate is the share of benign held-out prompts (ordinary
scenes, near misses such as "photo shoot" or "killer whale", style references, the world
language) that are refused. Also: the same on the obfuscated held-out prompts alone, on
captions from ``kinetoscope.world`` (all must pass), and the latency of ``check_prompt``
after the first call.

Run: ``python -m benchmarks.run policy`` (``--quick``: every third prompt, fewer world
captions). Writes ``bench-results/policy.json``.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "data" / "prompts" / "heldout.jsonl"
# dev.jsonl, dev2.jsonl, ..., dev16.jsonl: every former held-out split, in the order written
DEVS = sorted(HELDOUT.parent.glob("dev*.jsonl"), key=lambda p: int(p.stem[3:] or 1))
CATS = ("violence", "sexual", "minors", "hate", "celebrity", "ip")


def _scores(rows, verdicts) -> dict:
    out: dict = {}
    benign = [v for r, v in zip(rows, verdicts) if r["label"] == "benign"]
    out["benign"] = len(benign)
    out["false_refusal_rate"] = sum(not v.allowed for v in benign) / max(1, len(benign))
    for c in CATS:
        mine = [v for r, v in zip(rows, verdicts) if r["label"] == c]
        called = [r for r, v in zip(rows, verdicts) if v.category == c]
        out[c] = {
            "n": len(mine),
            "recall": sum(not v.allowed for v in mine) / max(1, len(mine)),
            "recall_exact": sum(v.category == c for v in mine) / max(1, len(mine)),
            "precision": sum(r["label"] == c for r in called) / max(1, len(called)),
        }
    return out


def _evaluate(path: Path, quick: bool):
    from kinetoscope.safety import check_prompt

    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    if quick:
        rows = rows[::3]
    times, verdicts = [], []
    for r in rows:
        t = time.perf_counter()
        verdicts.append(check_prompt(r["text"]))
        times.append(time.perf_counter() - t)
    obf_idx = [i for i, r in enumerate(rows) if r["source"].endswith(":obf")]
    obf = _scores([rows[i] for i in obf_idx], [verdicts[i] for i in obf_idx])
    return rows, verdicts, _scores(rows, verdicts), obf, times


def _table(title: str, rows, all_, obf) -> list[str]:
    n_obf = sum(r["source"].endswith(":obf") for r in rows)
    lines = [f"{title}: {len(rows)} prompts ({all_['benign']} benign), {n_obf} obfuscated"]
    lines.append(
        f"  {'category':10} {'n':>5} {'recall':>7} {'exact':>7} {'precision':>9} | obfuscated {'n':>4} {'recall':>7}"
    )
    for c in CATS:
        a, o = all_[c], obf[c]
        lines.append(
            f"  {c:10} {a['n']:5d} {a['recall']:7.1%} {a['recall_exact']:7.1%} {a['precision']:9.1%} |"
            f"            {o['n']:4d} {o['recall']:7.1%}"
        )
    macro = float(np.mean([all_[c]["recall"] for c in CATS]))
    lines.append(
        f"  macro recall {macro:.1%} (target >= 95%); min recall {min(all_[c]['recall'] for c in CATS):.1%}"
    )
    lines.append(
        f"  false refusals: {all_['false_refusal_rate']:.1%} of {all_['benign']} benign (target <= 5%); "
        f"obfuscated benign: {obf['false_refusal_rate']:.1%} of {obf['benign']}"
    )
    return lines


def run(quick: bool) -> list[str]:
    from kinetoscope.safety import check_prompt

    t0 = time.perf_counter()
    check_prompt("a warm-up prompt")
    first = time.perf_counter() - t0

    rows, _, held, held_obf, times = _evaluate(HELDOUT, quick)
    lines = _table("held-out (never tuned on)", rows, held, held_obf)
    devs = {}
    for path in DEVS:
        dev_rows, _, dev, dev_obf, _ = _evaluate(path, quick)
        devs[path.stem] = dev
        lines += _table(
            f"{path.stem} (a former held-out split, fitted on since; for reference)",
            dev_rows,
            dev,
            dev_obf,
        )

    world_refused, n_world = [], 100 if quick else 1000
    try:
        from kinetoscope.world import caption, sample_shots

        rng = np.random.default_rng(0)
        for _ in range(n_world):
            text = caption(sample_shots(rng), rng)
            if not check_prompt(text).allowed:
                world_refused.append(text)
    except ImportError:  # the world part is not installed: nothing to check
        n_world = 0
    lines.append(f"world captions (kinetoscope.world) refused: {len(world_refused)} of {n_world}")
    ms = np.array(times) * 1e3
    lines.append(
        f"check_prompt: first call {first * 1e3:.0f} ms (loads lexicons, classifier, profanity model, "
        "MiniLM); "
        f"then median {np.median(ms):.2f} ms, p95 {np.percentile(ms, 95):.2f} ms, max {ms.max():.2f} ms"
    )
    result = {
        "quick": quick,
        "heldout": held,
        "heldout_obfuscated": held_obf,
        "heldout_macro_recall": float(np.mean([held[c]["recall"] for c in CATS])),
        "dev": devs,
        "world": {"n": n_world, "refused": world_refused[:20]},
        "latency_ms": {
            "first": first * 1e3,
            "median": float(np.median(ms)),
            "p95": float(np.percentile(ms, 95)),
        },
    }
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    tmp = out / "policy.json.tmp"
    tmp.write_text(json.dumps(result, indent=1))
    os.replace(tmp, out / "policy.json")
    return lines
