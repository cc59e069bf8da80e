"""Write the labelled prompt set: ``python tests/data/prompts/build.py`` (deterministic).

train.jsonl   from train_set.py: the classifier is fitted and thresholds chosen on it.
dev.jsonl     from dev_set.py: the first held-out split, evaluated once, then used to study
              failures (never fitted on).
dev2.jsonl    from dev2_set.py: the second held-out split, likewise.
dev3.jsonl    from dev3_set.py: the third held-out split, likewise.
dev4.jsonl    from dev4_set.py: the fourth held-out split, likewise.
dev5.jsonl    from dev5_set.py: the fifth held-out split (names: common.FRESH), evaluated once,
              then demoted without being studied when the sixth replaced it.
dev6.jsonl    from dev6_set.py: the sixth held-out split (names: common.FRESH2), evaluated
              once with the semantic vote, then studied.
dev7.jsonl    from dev7_set.py: the seventh held-out split (names: common.FRESH3), evaluated
              once, then studied.
dev8.jsonl    from dev8_set.py: the eighth held-out split (names: common.FRESH4), evaluated
              once, then studied.
dev9.jsonl    from dev9_set.py: the ninth held-out split (names: common.FRESH5), evaluated
              once, then studied.
dev10.jsonl   from dev10_set.py: the tenth held-out split (names: common.FRESH6), evaluated
              once, then studied.
dev11.jsonl   from dev11_set.py: the eleventh held-out split (names: common.FRESH7), evaluated
              once, then studied.
dev12.jsonl   from dev12_set.py: the twelfth held-out split (names: common.FRESH8), evaluated
              once, then studied.
dev13.jsonl   from dev13_set.py: the thirteenth held-out split (names: common.FRESH9), evaluated
              once, then studied.
dev14.jsonl   from dev14_set.py: the fourteenth held-out split (names: common.FRESH10), evaluated
              once, then studied.
dev15.jsonl   from dev15_set.py: the fifteenth held-out split (names: common.FRESH11), evaluated
              once, then studied.
dev16.jsonl   from dev16_set.py: the sixteenth held-out split (names: common.FRESH12), evaluated
              once, then studied.
dev17.jsonl   from dev17_set.py: the seventeenth held-out split (names: common.FRESH13), evaluated
              once, then studied.
dev18.jsonl   from dev18_set.py: the eighteenth held-out split (names: common.FRESH14), evaluated
              once, then studied.
dev19.jsonl   from dev19_set.py: the nineteenth held-out split (names: common.FRESH15), evaluated
              once, then studied.
dev20.jsonl   from dev20_set.py: the twentieth held-out split (names: common.FRESH16), evaluated
              once, then studied.
dev21.jsonl   from dev21_set.py: the twenty-first held-out split (names: common.FRESH17), evaluated
              once, then studied.
dev22.jsonl   from dev22_set.py: the twenty-second held-out split (names: common.FRESH18), evaluated
              once, then studied.
dev23.jsonl   from dev23_set.py: the twenty-third held-out split (names: common.FRESH19), evaluated
              once, then studied.
dev24.jsonl   from dev24_set.py: the twenty-fourth held-out split (names: common.FRESH20), evaluated
              once, then studied.
dev25.jsonl   from dev25_set.py: the twenty-fifth held-out split (names: common.FRESH21), evaluated
              once, then studied.
dev26.jsonl   from dev26_set.py: the twenty-sixth held-out split (names: common.FRESH22), evaluated
              once, then studied.
dev27.jsonl   from dev27_set.py: the twenty-seventh held-out split (names: common.FRESH23), evaluated
              once, then studied.
dev28.jsonl   from dev28_set.py: the twenty-eighth held-out split (names: common.FRESH24), evaluated
              once, then studied.
dev29.jsonl   from dev29_set.py: the twenty-ninth held-out split (names: common.FRESH25), evaluated
              once, then studied.
dev30.jsonl   from dev30_set.py: the thirtieth held-out split (names: common.FRESH26), evaluated
              once, then studied.
dev31.jsonl   from dev31_set.py: the thirty-first held-out split (names: common.FRESH27),
              evaluated once, then studied.
dev32.jsonl   from dev32_set.py: the thirty-second held-out split (names: common.FRESH28),
              evaluated once, then studied.
heldout.jsonl from heldout_set.py: other templates, fillers and names (common.FRESH29);
              written after the policy was final, evaluated once, never tuned on.
Each line: {"text": ..., "label": benign|violence|sexual|minors|hate|celebrity|ip, "source": ...}.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def write(rows, path: Path) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.writelines(
            json.dumps({"text": text, "label": label, "source": source}, ensure_ascii=False) + "\n"
            for text, label, source in rows
        )
    os.replace(tmp, path)


def main() -> None:
    """Each ``<split>_set.py`` here writes ``<split>.jsonl``: a new split needs no edit here."""
    for path in sorted(HERE.glob("*_set.py")):
        module = importlib.import_module(path.stem)
        write(module.build(), HERE / f"{path.stem.removesuffix('_set')}.jsonl")


if __name__ == "__main__":
    main()
