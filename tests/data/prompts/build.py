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
heldout.jsonl from heldout_set.py: other templates, fillers and names (common.FRESH9);
              written after the policy was final, evaluated once, never tuned on.
Each line: {"text": ..., "label": benign|violence|sexual|minors|hate|celebrity|ip, "source": ...}.
"""

from __future__ import annotations

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
    import dev2_set
    import dev3_set
    import dev4_set
    import dev5_set
    import dev6_set
    import dev7_set
    import dev8_set
    import dev9_set
    import dev10_set
    import dev11_set
    import dev12_set
    import dev_set
    import heldout_set
    import train_set

    write(train_set.build(), HERE / "train.jsonl")
    write(dev_set.build(), HERE / "dev.jsonl")
    write(dev2_set.build(), HERE / "dev2.jsonl")
    write(dev3_set.build(), HERE / "dev3.jsonl")
    write(dev4_set.build(), HERE / "dev4.jsonl")
    write(dev5_set.build(), HERE / "dev5.jsonl")
    write(dev6_set.build(), HERE / "dev6.jsonl")
    write(dev7_set.build(), HERE / "dev7.jsonl")
    write(dev8_set.build(), HERE / "dev8.jsonl")
    write(dev9_set.build(), HERE / "dev9.jsonl")
    write(dev10_set.build(), HERE / "dev10.jsonl")
    write(dev11_set.build(), HERE / "dev11.jsonl")
    write(dev12_set.build(), HERE / "dev12.jsonl")
    write(heldout_set.build(), HERE / "heldout.jsonl")


if __name__ == "__main__":
    main()
