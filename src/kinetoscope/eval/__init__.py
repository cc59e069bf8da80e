"""Evaluation: the world benchmark, judged from pixels (``docs/benchmark.md``).

- ``pixels``: palette classes, connected components, one track per colour (the analyzer).
- ``judge``: one check per ability of SPEC "What the judge checks" -> `Verdict`.
- ``prompts``: benchmark prompts per kind, paraphrased, at several sizes.
- ``world``: the benchmark runner (`kinetoscope eval world`) and its table.

The judge imports no model code and none of the world's renderer or physics: it reads
frames, like an outside judge would.
"""

from kinetoscope.eval.judge import ABILITIES, Verdict, judge

__all__ = ["ABILITIES", "Verdict", "judge"]
