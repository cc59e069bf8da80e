"""What the hand-written lexicon finds in one prompt: the policy's first, explainable signal.

``gather(text)`` normalises the prompt into its views (normalize.py), hides benign idioms
("killer whale", "photo shoot", "nude lipstick"), and records for every category

- ``hard``: the first rule of weight 1.0 that matched (enough to refuse on its own),
- ``soft``: the largest weight below 1.0 (a cue the classifier weighs with everything else),
- ``signals``: named facts the policy combines ("minor", "sexcue", "group", ...),
- ``names``: real people / other people's characters and brands named *as a subject*,
- ``styled``: names used only as a style of something else ("a Batman-style cape").

The style rule (docs/safety.md): a name followed by -style, -inspired, -esque, -like, -ish or
-type, or preceded by "in the style of", "inspired by", "reminiscent of", "a la", describes an
attribute of something of the user's own; it does not depict the person, the character or
the mark. Any other mention does, including possessives ("Batman's cape") and costumes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kinetoscope.safety.lexicon import Lexicon, load, mask_idioms
from kinetoscope.safety.normalize import normalize

from kinetoscope.safety.lexicon import STYLE_AFTER

STYLE_BEFORE = re.compile(
    r"(?:(?:in|with) (?:the|a) (?:style|manner|spirit|vein|tradition|aesthetic|look|fashion) of"
    r"|(?:style|manner|aesthetic) of|inspired by|influenced by|reminiscent of|a la|homage to"
    r"|in the way of|after the style of) (?:the )?$"
)


@dataclass(frozen=True)
class Evidence:
    hard: dict[str, str] = field(default_factory=dict)  # category -> rule text that fired
    soft: dict[str, float] = field(default_factory=dict)  # category -> largest soft weight
    signals: frozenset[str] = frozenset()
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # category -> entities
    styled: tuple[str, ...] = ()
    canonical: str = ""  # de-obfuscated, idioms and styled names hidden: the classifier's input


def _name_mentions(view: str, lex: Lexicon, names: dict, styled: set) -> str:
    """Record name mentions in one masked view; return the view with styled names hidden."""
    toks = view.split()
    out: list[str] = []
    i = 0
    while i < len(toks):
        for n in range(min(lex.longest_name, len(toks) - i), 0, -1):
            entity = lex.entities.get(" ".join(toks[i : i + n]))
            if entity is not None:
                break
        else:
            out.append(toks[i])
            i += 1
            continue
        after = toks[i + n] if i + n < len(toks) else ""
        if after in STYLE_AFTER or STYLE_BEFORE.search(" ".join(toks[max(0, i - 6) : i]) + " "):
            styled.add(entity.name)
            out.append("_style_")
            i += n + (after in STYLE_AFTER)
        else:
            names.setdefault(entity.category, []).append(entity.name)
            out.extend(toks[i : i + n])
            i += n
    return " ".join(out)


@lru_cache(maxsize=4096)
def gather(text: str) -> Evidence:
    """Run every rule and name lexicon over every view of ``text`` (cached per prompt)."""
    lex = load()
    norm = normalize(text, lex.vocab)
    hard: dict[str, str] = {}
    soft: dict[str, float] = {}
    signals: set[str] = set()
    # A name counts as depicted only if no view reads it as a style ("Beyonce-1n5pir3d" is
    # "inspired" once decoded): obfuscating the qualifier must not make a style a subject.
    per_view: list[tuple[dict[str, list[str]], set[str]]] = []
    for view in norm.views:
        masked = mask_idioms(f" {view} ", lex.idioms)
        v_names: dict[str, list[str]] = {}
        v_styled: set[str] = set()
        _name_mentions(masked.strip(), lex, v_names, v_styled)
        per_view.append((v_names, v_styled))
        words = frozenset(masked.split())
        prefixes = frozenset(w[:k] for w in words for k in range(1, len(w) + 1))
        for rule in lex.rules:
            if rule.kind == "+" and rule.category in hard:
                continue
            if rule.kind == "?" and rule.signal in signals:
                continue
            if not all(n.met(words, prefixes) for n in rule.needs):
                continue
            m = rule.regex.search(masked)
            if not m:
                continue
            if rule.kind == "?":
                signals.add(rule.signal)
            elif rule.weight >= 1.0:
                hard[rule.category] = m.group().strip()
            else:
                soft[rule.category] = max(soft.get(rule.category, 0.0), rule.weight)
    names: dict[str, list[str]] = {}
    styled: set[str] = set()
    for v_names, v_styled in per_view:
        styled |= v_styled
        for cat, found in v_names.items():
            for n in found:
                # depicted in every view that sees the name at all
                if all(n in sum(vn.values(), []) for vn, vs in per_view if n in vs or n in sum(vn.values(), [])):
                    names.setdefault(cat, []).append(n)
    canonical = mask_idioms(f" {norm.canonical} ", lex.idioms)
    canonical = _name_mentions(canonical.strip(), lex, {}, set())
    return Evidence(
        hard=hard,
        soft=soft,
        signals=frozenset(signals),
        names={k: tuple(dict.fromkeys(v)) for k, v in names.items()},
        styled=tuple(sorted(styled - {n for v in names.values() for n in v})),
        canonical=canonical,
    )
