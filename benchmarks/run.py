"""`make bench`: run every benchmarks/bench_*.py and print its table.

Each benchmark module exposes ``run(quick: bool) -> list[str]`` returning printable lines, and
writes nothing but its own JSON under ``bench-results/``. Pass module names to run a subset:
``python -m benchmarks.run world vae``.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    names = [a for a in argv if not a.startswith("--")]
    here = Path(__file__).parent
    found = sorted(p.stem.removeprefix("bench_") for p in here.glob("bench_*.py"))
    for name in names or found:
        if name not in found:
            print(f"no benchmark named {name!r} (have: {', '.join(found)})", file=sys.stderr)
            return 2
        mod = importlib.import_module(f"benchmarks.bench_{name}")
        t0 = time.perf_counter()
        print(f"== {name} ==", flush=True)
        for line in mod.run(quick=quick):
            print(line, flush=True)
        print(f"({time.perf_counter() - t0:.1f} s)\n", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
