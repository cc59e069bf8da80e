"""The policy's hand-written knowledge: phrase rules, benign idioms and name lexicons.

Rules live in ``data/rules/*.rules``, one file per category plus ``common.rules`` (a category
may add parts, e.g. ``violence-languages.rules``: the same category), in a small
pattern language over the *words* of a normalised prompt (see normalize.py), never over raw
characters, so that a rule can never fire inside another word ("therapist", "Essex"):

    @person = man woman child ...        a word class (`*` ends a prefix: "stab*")
    % group = @groupp | @groupa @folk    a pattern macro, used as %group (may use others)
    + 1.0 @kill (@det)? (@person|@pet)    a refusal cue for the file's category, with a weight
    ? minor @minor | @age_minor year old  a named signal that the policy combines with others
    - killer whale|whales                 a benign idiom: hidden before any rule or the classifier

    word  a|b|c  word*  *suffix  @class   one word (alternatives without spaces)
    *infix*                               a word holding it anywhere (unspaced scripts)
    (a b | c)  (x)?  word?                groups of word sequences, optional parts
    {m,n}                                 m to n arbitrary words
    p1 | p2                               (spaced bar at top level) either pattern

Each pattern compiles to one regular expression over " word word word " (single spaces), so
matching a prompt is a few hundred C-level regex searches: well under a millisecond.

Names of real people (``data/lexicons/celebrities.txt``) and of other people's characters and
brands (``data/lexicons/ip.txt``) are one entity per line, ``Name | alias | alias``; each
compiles to one alternation per category, longest names first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from kinetoscope.safety.normalize import ABUGIDA, clean, warm_normalizer

CATEGORY_FILES = ("violence", "sexual", "minors", "hate", "celebrity", "ip")
# A name followed by one of these is a style reference ("a Batman-style cape"), see evidence.py.
STYLE_AFTER = frozenset(
    {"style", "styled", "inspired", "esque", "ish", "like", "type", "vibe", "vibes"}
)
STYLE_WORDS = STYLE_AFTER | {
    "manner",
    "spirit",
    "vein",
    "tradition",
    "aesthetic",
    "influenced",
    "reminiscent",
    "homage",
}
NAME_LEXICONS = {"celebrity": "celebrities.txt", "ip": "ip.txt"}
# Words that end like a person ("*er", "*or", "*ee", "*ess") but never name one: a suffix
# member of a class never matches them ("gutting sardines over crushed ice" is no "gutting ...
# the baker", "drowning a coffee in cream" no "drowning ... a trainee"), nor any "*ness" word
# ("darkness" is no "hostess").
NOT_SUFFIXED = tuple(
    """over under after ever never however whatever whenever wherever either neither rather
    together for nor whether other another per coffee coffees toffee toffees tree trees three
    knee knees free see fee fees glee degree degrees spree committee marquee puree jubilee
    settee pedigree thee dress less unless mess press chess cress address access process
    success stress express mattress fortress excess guess bless recess progress harness
    business""".split()  # noqa: SIM905 (a word list reads best as words)
)
_GAP = re.compile(r"\{(\d+),(\d+)\}$")
_NOT_SUFFIXED = "(?!(?:" + "|".join(NOT_SUFFIXED) + ") )(?![^ ]*ness )"


@dataclass(frozen=True)
class Rule:
    """One compiled line of a rules file."""

    category: str
    kind: str  # "+" refusal cue, "?" signal
    weight: float
    signal: str
    source: str
    regex: re.Pattern
    # Word sets the prompt must meet for the rule to match (each set: one of its words, or a
    # word starting with one of its prefixes). Lets a prompt skip almost every regex search.
    needs: tuple[Needs, ...] = ()


@dataclass(frozen=True)
class Needs:
    words: frozenset[str]
    prefixes: tuple[str, ...]

    def met(self, words: frozenset[str], prefixes: frozenset[str]) -> bool:
        return not self.words.isdisjoint(words) or any(p in prefixes for p in self.prefixes)


@dataclass(frozen=True)
class Entity:
    category: str
    name: str
    # Rules see this name as written (a "!" before the line): the hate rules need "Hitler".
    # Every other name reaches the rules as a placeholder ("_person_", "_character_"), so that
    # "Al Gore" is not "gore" and "Dick Cheney" is not "dick".
    visible: bool = False
    # A service people post to and message on (../lexicons/platforms.txt): someone else's
    # brand only where the prompt shows it ("the WhatsApp logo"), not where it says where the
    # video goes ("for our WhatsApp group", "WhatsApp тобына", "lórí WhatsApp").
    platform: bool = False

    @property
    def placeholder(self) -> str:
        return "_person_" if self.category == "celebrity" else "_character_"


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[Rule, ...]
    idioms: re.Pattern  # every benign idiom, one alternation
    entities: dict[str, Entity]  # normalised name ("taylor swift") -> entity
    longest_name: int  # in words
    vocab: frozenset[str]  # every literal word the rules and names use
    words: frozenset[str]  # vocab plus an English word list: what the normaliser can read


class RuleSyntaxError(ValueError):
    pass


# -- the pattern language -----------------------------------------------------------------


def _split_top(text: str, sep: str) -> list[str]:
    """Split ``text`` on ``sep`` outside parentheses."""
    parts, depth, cur, i = [], 0, [], 0
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if depth == 0 and text.startswith(sep, i):
            parts.append("".join(cur))
            cur, i = [], i + len(sep)
            continue
        cur.append(ch)
        i += 1
    if depth != 0:
        raise RuleSyntaxError(f"unbalanced parentheses in {text!r}")
    parts.append("".join(cur))
    return parts


def _tokens_top(text: str) -> list[str]:
    """Whitespace-separated items, keeping each "( ... )" group (and its "?") as one item."""
    items, depth, cur = [], 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch.isspace() and depth == 0:
            if cur:
                items.append("".join(cur))
                cur = []
            continue
        cur.append(ch)
    if cur:
        items.append("".join(cur))
    return items


class _Compiler:
    """Compiles patterns to regexes, and works out which words each pattern cannot do without.

    Every ``item``/``seq``/``pattern`` returns ``(regex, needs)`` where ``needs`` is a set of
    words ("kill") and prefixes ("stab*" -> "stab") one of which must occur in any match, or
    None when no such set exists (a pattern made only of optional parts).
    """

    def __init__(self, classes: dict[str, list[str]]):
        self.classes = classes
        self.words: set[str] = set()
        # For idioms: a group's multi-word alternative also matches its words written as one,
        # as the joined view has them ("civil-rights museum" -> "civilrights museum").
        self.join_alternatives = False

    def word(self, alt: str):
        """'a|b*|@cls' -> regex for one word (no spaces)."""
        out, lits, pres, suffixed = [], set(), set(), False
        for w in alt.split("|"):
            if not w:
                raise RuleSyntaxError(f"empty alternative in {alt!r}")
            members = self.classes.get(w[1:]) if w.startswith("@") else [w]
            if members is None:
                raise RuleSyntaxError(f"unknown class {w}")
            for m in members:
                if len(m) > 2 and m.startswith("*") and m.endswith("*"):
                    # inside a word: for scripts written without spaces (Lao, Khmer), where a
                    # run of letters is one word whatever it holds ("*ມີດແທງ*")
                    out.append("[^ ]*" + re.escape(m[1:-1]) + "[^ ]*")
                    suffixed = True
                elif m.startswith("*"):  # a suffix: "*man" is mailman, fireman, ...
                    out.append(_NOT_SUFFIXED + "[^ ]+" + re.escape(m[1:]))
                    suffixed = True
                elif m.endswith("*"):
                    self.words.add(m[:-1])
                    out.append(re.escape(m[:-1]) + "[^ ]*")
                    pres.add(m[:-1])
                else:
                    self.words.add(m)
                    out.append(re.escape(m))
                    lits.add(m)
        out = sorted(set(out), key=len, reverse=True)
        # a word that may be anything ending in a suffix cannot be checked in advance
        return "(?:" + "|".join(out) + ") ", (None if suffixed else (lits, pres))

    def item(self, item: str):
        optional = item.endswith("?") and len(item) > 1
        body = item[:-1] if optional else item
        gap = _GAP.match(body)
        if gap:
            lo, hi = int(gap.group(1)), int(gap.group(2))
            return f"(?:[^ ]+ ){{{lo},{hi}}}", None
        if body.startswith("("):
            if not body.endswith(")"):
                raise RuleSyntaxError(f"bad group {item!r}")
            alts = _split_top(body[1:-1], "|")
            if self.join_alternatives:
                alts += ["".join(a.split()) for a in alts if _PLAIN_WORDS.fullmatch(a.strip())]
            parts = [self.seq(a) for a in alts]
            rx = "(?:" + "|".join(p[0] for p in parts) + ")"
            needs = _union([_rarest(p[1]) for p in parts])
        else:
            rx, needs = self.word(body)
        return (f"(?:{rx})?", None) if optional else (rx, needs)

    def seq(self, text: str):
        """Returns (regex, needs): needs is a list of word sets, *each* of which must be met."""
        items = _tokens_top(text.strip())
        if not items:
            raise RuleSyntaxError("empty pattern")
        parts = [self.item(i) for i in items]
        return "".join(p[0] for p in parts), [p[1] for p in parts if p[1] is not None]

    def pattern(self, text: str):
        """Top level: ' | ' (spaced) separates whole patterns."""
        parts = [self.seq(a) for a in _split_top(text, " | ")]
        rx = "(?<= )(?:" + "|".join(p[0] for p in parts) + ")"
        needs = parts[0][1] if len(parts) == 1 else [_union([_rarest(p[1]) for p in parts])]
        return rx, [n for n in needs if n is not None]


_PLAIN_WORDS = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)+")


# Words too common to be worth checking for: a set containing one is a poor filter.
_COMMON = frozenset(
    [
        "a",
        "an",
        "the",
        "on",
        "at",
        "in",
        "of",
        "to",
        "and",
        "or",
        "with",
        "for",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "his",
        "her",
        "him",
        "their",
        "them",
        "they",
        "he",
        "she",
        "my",
        "your",
        "our",
        "this",
        "that",
        "these",
        "those",
        "some",
        "all",
        "every",
        "no",
        "not",
        "off",
        "out",
        "up",
        "down",
        "into",
        "onto",
        "over",
        "under",
        "than",
        "then",
        "there",
        "here",
        "who",
        "what",
        "while",
    ]
)


def _cost(n) -> float:
    lits, pres = n
    return (
        1000 * len(lits & _COMMON) + len(lits) + 3 * len(pres) + 100 * sum(len(p) < 3 for p in pres)
    )


def _rarest(needs):
    return min(needs, key=_cost) if needs else None


def _union(needs):
    if not needs or any(n is None for n in needs):
        return None
    return set().union(*(n[0] for n in needs)), set().union(*(n[1] for n in needs))


def _needs(needs) -> tuple[Needs, ...]:
    # Keep the sets worth checking: common words filter nothing.
    useful = [n for n in needs if _cost(n) < 1000]
    return tuple(Needs(frozenset(n[0]), tuple(sorted(n[1]))) for n in useful)


def _logical_lines(text: str) -> list[str]:
    """Strip comments; an indented line continues the previous one."""
    lines: list[str] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[:1].isspace() and lines:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line.strip())
    return lines


def _class_words(classes: dict[str, list[str]], name: str, seen: tuple[str, ...] = ()) -> list[str]:
    """A class's words, a member "@other" standing for every word of that class (defined
    anywhere, before or after)."""
    if name in seen or name not in classes:
        raise RuleSyntaxError(f"unknown or circular class @{name}")
    out: list[str] = []
    for m in classes[name]:
        out.extend(_class_words(classes, m[1:], (*seen, name)) if m.startswith("@") else [m])
    return list(dict.fromkeys(out))


_MACRO = re.compile(r"%(\w+)")


def _expand_macros(text: str, macros: dict[str, str], seen: tuple[str, ...] = ()) -> str:
    """``text`` with every "%name" replaced by that macro's body in parentheses, a body using
    any other macro (defined anywhere, before or after), as a class may."""

    def body(m: re.Match) -> str:
        name = m[1]
        if name not in macros:
            return m[0]
        if name in seen:
            raise RuleSyntaxError(f"circular macro %{name}")
        return f"({_expand_macros(macros[name], macros, (*seen, name))})"

    return _MACRO.sub(body, text)


def parse_rules(files: dict[str, str]) -> tuple[list[Rule], list[str], set[str]]:
    """Compile rule files ({category or 'common': text}) into rules, idiom regexes and words."""
    classes: dict[str, list[str]] = {}
    macros: dict[str, str] = {}
    parsed: list[tuple[str, str]] = []
    for category, text in files.items():
        for line in _logical_lines(text):
            if line.startswith("@"):
                name, _, members = line.partition("=")
                classes[name.strip()[1:]] = members.split()
            elif line.startswith("%"):
                name, _, body = line[1:].partition("=")
                macros[name.strip()] = body.strip()
            else:
                parsed.append((category, line))
    classes = {name: _class_words(classes, name) for name in classes}
    parsed = [(c, _expand_macros(line, macros)) for c, line in parsed]
    comp = _Compiler(classes)
    rules: list[Rule] = []
    idioms: list[str] = []
    for category, line in parsed:
        kind, _, rest = line.partition(" ")
        try:
            if kind == "-":
                comp.join_alternatives = True
                idioms.append(comp.pattern(rest.strip())[0])
                comp.join_alternatives = False
            elif kind == "+":
                weight, _, pat = rest.strip().partition(" ")
                rx, needs = comp.pattern(pat.strip())
                rules.append(
                    Rule(
                        category, "+", float(weight), "", pat.strip(), re.compile(rx), _needs(needs)
                    )
                )
            elif kind == "?":
                signal, _, pat = rest.strip().partition(" ")
                rx, needs = comp.pattern(pat.strip())
                rules.append(
                    Rule(category, "?", 0.0, signal, pat.strip(), re.compile(rx), _needs(needs))
                )
            else:
                raise RuleSyntaxError(f"line must start with @, +, ? or -: {line!r}")
        except (RuleSyntaxError, re.error, ValueError) as e:
            raise RuleSyntaxError(f"{category}.rules: {e} in {line!r}") from None
    return rules, idioms, comp.words


# A word of a name: letters, and the vowel signs of the abugidas, which are not letters to
# Python ("ফেলুদা" is one word, as the normaliser reads it, not "ফ ল দ").
_NAME_WORD = re.compile(f"(?:[^\\W_]|[{ABUGIDA}])+")


def name_tokens(phrase: str) -> str:
    """A name as the policy's words: 'Beyoncé' -> 'beyonce', 'Jay-Z' -> 'jay z'."""
    return " ".join(_NAME_WORD.findall(clean(phrase)))


_LETTER_WORDS = frozenset("aeiouy")


def parse_names(category: str, text: str) -> dict[str, Entity]:
    out: dict[str, Entity] = {}
    for line in _logical_lines(text):
        visible = line.startswith("!")
        forms = [f.strip() for f in line.lstrip("!").split("|") if f.strip()]
        entity = Entity(category, forms[0], visible)
        for form in forms:
            key = name_tokens(form)
            if key:
                # "WALL-E" is not "a workshop wall, ẹ ṣé" (Yoruba "ẹ"): a hyphen before a
                # last letter that is a word in many languages (a, e, i, o, u, y) is kept,
                # as the joined view writes it ("walle"), and not read as two words.
                if not ("-" in form and key.split()[-1] in _LETTER_WORDS):
                    out.setdefault(key, entity)
                # "Jay-Z" is also written "JayZ"; "Spider-Man" "Spiderman".
                if "-" in form or "." in form:
                    out.setdefault(key.replace(" ", ""), entity)
    return out


def mark_platforms(entities: dict[str, Entity], text: str) -> dict[str, Entity]:
    """``entities`` with those that platforms.txt (``text``) lists marked as platforms."""
    platforms = set(_logical_lines(text))
    unknown = platforms - {e.name for e in entities.values()}
    if unknown:
        raise RuleSyntaxError(f"platforms.txt: not a lexicon name's first form: {sorted(unknown)}")
    return {k: replace(e, platform=True) if e.name in platforms else e for k, e in entities.items()}


def _rules_of(fname: str, category: str) -> bool:
    """Is ``fname`` a rules file of ``category``: "violence.rules" or "violence-<part>.rules"?"""
    return fname == f"{category}.rules" or (
        fname.startswith(f"{category}-") and fname.endswith(".rules")
    )


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """Read and compile every shipped rule and name file once per process."""
    data = resources.files("kinetoscope.safety") / "data"
    files = {"common": (data / "rules" / "common.rules").read_text("utf-8")}
    for cat in CATEGORY_FILES:
        # violence.rules, then violence-languages.rules etc.: one category, several files
        paths = sorted(
            (p for p in (data / "rules").iterdir() if _rules_of(p.name, cat)),
            key=lambda p: (p.name != f"{cat}.rules", p.name),
        )
        texts = [p.read_text("utf-8") for p in paths]
        if texts:
            files[cat] = "\n".join(texts)
    rules, idioms, words = parse_rules(files)
    entities: dict[str, Entity] = {}
    for cat, fname in NAME_LEXICONS.items():
        for key, ent in parse_names(cat, (data / "lexicons" / fname).read_text("utf-8")).items():
            entities.setdefault(key, ent)  # a real person wins over a character of that name
            words.update(key.split())
    entities = mark_platforms(entities, (data / "lexicons" / "platforms.txt").read_text("utf-8"))
    words.update(STYLE_WORDS)
    idiom_rx = re.compile("|".join(f"(?:{p})" for p in idioms)) if idioms else re.compile("(?!)")
    vocab = frozenset(w for w in words if w.isalnum())
    longest = max(len(k.split()) for k in entities)
    words = vocab | english_words()
    warm_normalizer(words, vocab)  # build its word tables now, not on some later prompt
    return Lexicon(tuple(rules), idiom_rx, entities, longest, vocab, words)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """An English word list that ships offline: the ~15k words of alt-profanity-check's
    TF-IDF vocabulary (comments from the web) and scikit-learn's English stop words."""
    from profanity_check import profanity_check as pc  # its joblib files (~1 s, once)

    words = set(pc.vectorizer.vocabulary_) | set(pc.vectorizer.get_stop_words() or ())
    return frozenset(w for w in words if w.isalpha())


def mask_idioms(view: str, idioms: re.Pattern) -> str:
    """' the killer whale jumps ' -> ' the _ _ jumps ' (same number of words)."""
    return idioms.sub(lambda m: "_ " * len(m.group().split()), view)
