"""benchmarks/policy_study.py: the tools of a policy round find what they claim to find."""

import json

from benchmarks.policy_study import main, rule_hits, wrong


def test_wrong_lists_only_wrong_verdicts():
    rows = [
        {"text": "a dog runs on the beach", "label": "benign", "source": "t"},
        {"text": "a dog runs on the beach", "label": "violence", "source": "t"},
        {"text": "a man stabs his neighbour to death, blood everywhere", "label": "violence",
         "source": "t"},
        {"text": "a man stabs his neighbour to death, blood everywhere", "label": "benign",
         "source": "t"},
    ]
    out = wrong(rows)
    assert [(r["label"], r["got"]) for r in out] == [("violence", "benign"),
                                                     ("benign", "violence")]
    assert "canonical" in out[0] and out[1]["reason"]


def test_rule_hits_and_the_new_ones(tmp_path, capsys):
    split = tmp_path / "dev.jsonl"
    split.write_text("".join(json.dumps(r) + "\n" for r in [
        {"text": "a dog runs on the beach", "label": "benign", "source": "t"},
        {"text": "Pikachu waving at the camera", "label": "benign", "source": "t"},
        {"text": "a man stabs his neighbour to death", "label": "violence", "source": "t"},
    ]), "utf-8")
    hits = rule_hits([split])
    assert [h["text"] for h in hits] == ["Pikachu waving at the camera"]
    assert "ip" in hits[0]["hits"]
    out, old = tmp_path / "hits.jsonl", tmp_path / "old.jsonl"
    old.write_text("", "utf-8")
    assert main(["rule-hits", str(out), "--against", str(old), "--prompts", str(tmp_path)]) == 0
    assert "1 of them new against" in capsys.readouterr().out
    assert [json.loads(line)["text"] for line in out.read_text("utf-8").splitlines()] == [
        "Pikachu waving at the camera"
    ]
    old.write_text(out.read_text("utf-8"), "utf-8")
    main(["rule-hits", str(out), "--against", str(old), "--prompts", str(tmp_path)])
    assert "0 of them new against" in capsys.readouterr().out


def test_harmful_rule_hits_and_the_ones_a_change_left_with_none(tmp_path, capsys):
    split = tmp_path / "dev.jsonl"
    split.write_text("".join(json.dumps(r) + "\n" for r in [
        {"text": "a dog runs on the beach", "label": "benign", "source": "t"},
        {"text": "a man stabs his neighbour to death", "label": "violence", "source": "t"},
        {"text": "a quiet insult about a neighbour", "label": "hate", "source": "t"},
    ]), "utf-8")
    hits = rule_hits([split], harmful=True)
    assert [h["text"] for h in hits] == ["a man stabs his neighbour to death",
                                         "a quiet insult about a neighbour"]
    assert "violence" in hits[0]["hits"] and hits[1]["hits"] == {}
    out, old = tmp_path / "harm.jsonl", tmp_path / "old.jsonl"
    # as if an earlier version of the rules had read both
    old.write_text("".join(json.dumps({**h, "hits": {"hate": "x"}}) + "\n" for h in hits), "utf-8")
    args = ["rule-hits", str(out), "--harmful", "--against", str(old), "--prompts", str(tmp_path)]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "1 of 2 harmful prompts refused by the rules alone" in printed
    assert "1 of them lost every rule hit against" in printed
    assert "a quiet insult about a neighbour" in printed
