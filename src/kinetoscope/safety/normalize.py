"""Undo the tricks people use to slip words past a filter, before anything is matched.

A prompt reaches the policy as whatever Unicode the user typed. Before any lexicon or
classifier sees it we fold it to lower-case ASCII words, and we keep several *views* of the
same prompt, because each de-obfuscation step that helps one trick can hurt another:

    "Ѕ.Е.Х"  "k i l l  a  m a n"  "n4k3d"  "k\u200bill"  "ｋｉｌｌ"  "k̶i̶l̶l̶"  "kiiiill"

1. ``clean``: NFKC (folds fullwidth, ligatures, mathematical and circled letters), our own
   table of look-alike letters (Cyrillic, Greek, Cherokee, small capitals; data/confusables.json,
   in the spirit of Unicode TR39 "skeletons" but only towards ASCII), then NFD and dropping
   every combining mark, zero-width and other format character, then case folding.
2. Tokens are runs of letters, digits and the symbols leetspeak uses (@ $ ! | + €).
3. Views, all matched by the rules (a phrase found in any view counts):
   - *spaced*: the tokens as written ("nude coloured" stays two words);
   - *collapsed*: runs of one-letter tokens joined ("k i l l" -> "kill"), split where the
     gap between letters grows ("k i l l  a  m a n" -> "kill a man"), and a second form that
     peels a leading/trailing "a"/"i" off the run ("a k i l l" -> "a kill");
   - *segmented*: a long run cut at the policy's words ("t e e n n u d e s" -> "teen nudes");
   - *joined*: punctuation inside a word removed ("se.x", "ki-ll" -> "sex", "kill");
   - each of those read as leetspeak twice (1 as i, then 1 as l: "k1ll", "1oli").
   Only real words are joined: we never search for a word *inside* another word
   ("therapist", "Essex", "nudecoloured" never match), which is what keeps the collapsed
   views from creating false positives.
4. Letters repeated three or more times ("kiiiill", "seeeexy") are restored when, squeezed,
   they equal a squeezed word of the policy's vocabulary; ordinary words never repeat a
   letter three times, so this cannot touch them.

``canonical`` is one de-obfuscated string for the classifier: runs joined, and leetspeak
decoded only where the decoding is a word the policy knows (so "3d" and "4k" stay as they are).
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Invisible characters that are letters or symbols to Unicode (so not caught by category Cf).
_INVISIBLE = frozenset("\u3164\u115f\u1160\u2800\uffa0\u180e")
_DROP_CATEGORIES = frozenset({"Mn", "Me", "Cf", "Cc", "Co", "Cs"})
_TOKEN = re.compile(r"(?:[^\W_]|[@$!|+€£])+")
_LEET_CHARS = frozenset("0134578 9@$!|+€£6".replace(" ", ""))
_EDGE_STRIP = "!|+"
_TRIPLE = re.compile(r"(.)\1\1")
_SQUEEZE = re.compile(r"(.)\1+")
# Punctuation people put inside a word to break it up ("se.x", "k-i-l-l", "k_i_l_l").
_INTRA = re.compile(r"(?<=[^\W_]|[@$!|+€])[.\-_*·•~^]+(?=[^\W_]|[@$!|+€])")


@dataclass(frozen=True)
class Normalized:
    """A prompt folded to ASCII words: ``views`` for the rules, ``canonical`` for the classifier."""

    clean: str
    views: tuple[str, ...]
    canonical: str


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, list[str]]]:
    data = resources.files("kinetoscope.safety") / "data"
    confusables = json.loads((data / "confusables.json").read_text("utf-8"))["map"]
    leet = json.loads((data / "leet.json").read_text("utf-8"))
    return confusables, leet["primary"], leet["ambiguous"]


def clean(text: str) -> str:
    """NFKC, look-alikes to ASCII, no combining marks or invisible characters, case folded."""
    confusables, _, _ = _tables()
    text = unicodedata.normalize("NFKC", text)
    text = "".join(confusables.get(ch, ch) for ch in text)
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if ch in "\t\n\r\v\f":
            out.append(" ")
        elif ch in _INVISIBLE or unicodedata.category(ch) in _DROP_CATEGORIES:
            continue
        else:
            out.append(ch)
    text = unicodedata.normalize("NFC", "".join(out)).casefold()
    text = re.sub(r"'s\b", "", text)  # possessive: "Swift's" -> "swift"
    return text.replace("'", "")


def _tokens(text: str) -> list[tuple[str, str]]:
    """(token, separator before it), with leetspeak symbols kept inside words."""
    out, last = [], 0
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if not tok.strip(_EDGE_STRIP):
            continue
        out.append((tok, text[last : m.start()]))
        last = m.end()
    return out


def _runs(toks: list[tuple[str, str]], by_kind: bool) -> list[list[str] | str]:
    """Group consecutive one-character tokens into runs, split where the separator changes.

    Two ways to split, both kept as views: ``by_kind=False`` splits where the gap grows
    ("k i l l  a  m a n" -> kill / a / man); ``by_kind=True`` splits where the separator
    changes ("B . i . l . l C_o_s_b_y" -> bill / cosby).
    """
    groups: list[list[str] | str] = []
    i = 0
    while i < len(toks):
        if len(toks[i][0]) != 1:
            groups.append(toks[i][0])
            i += 1
            continue
        j = i + 1
        while j < len(toks) and len(toks[j][0]) == 1 and "\n" not in toks[j][1]:
            j += 1
        run = toks[i:j]
        current = [run[0][0]]
        if by_kind:
            kind = None
            for tok, sep in run[1:]:
                if kind is not None and sep != kind:
                    groups.append(current)
                    current, kind = [tok], None
                    continue
                kind = sep
                current.append(tok)
        else:
            gaps = [len(sep) for _, sep in run[1:]]
            narrow = min(gaps, default=0)
            for (tok, _), gap in zip(run[1:], gaps):
                if gap > narrow:
                    groups.append(current)
                    current = []
                current.append(tok)
        groups.append(current)
        i = j
    return groups


def _collapse(groups: list[list[str] | str], peel: bool) -> list[str]:
    out: list[str] = []
    for g in groups:
        if isinstance(g, str):
            out.append(g)
            continue
        if len(g) == 1:
            out.extend(g)
            continue
        head, tail = [], []
        if peel and len(g) > 2 and g[0] in ("a", "i"):
            head, g = [g[0]], g[1:]
        if peel and len(g) > 2 and g[-1] in ("a", "i"):
            tail, g = [g[-1]], g[:-1]
        out.extend(head + ["".join(g)] + tail)
    return out


def _segment(joined: str, vocab: frozenset[str]) -> list[str]:
    """Split a run of spaced-out letters at the policy's words: 'teennudes' -> teen nudes.

    Only ever applied to runs of one-letter tokens, which ordinary prose never produces, so
    finding a word inside another here cannot create false positives in normal text.
    """
    out, junk, i = [], "", 0
    longest = min(len(joined), 24)
    while i < len(joined):
        for n in range(longest, 2, -1):
            if joined[i : i + n] in vocab:
                if junk:
                    out.append(junk)
                    junk = ""
                out.append(joined[i : i + n])
                i += n
                break
        else:
            junk += joined[i]
            i += 1
    return out + ([junk] if junk else [])


def _segmented(groups: list[list[str] | str], vocab: frozenset[str]) -> list[str]:
    out: list[str] = []
    for g in groups:
        if isinstance(g, str):
            out.append(g)
        elif len(g) >= 5 and "".join(g) not in vocab:
            out.extend(_segment("".join(g), vocab))
        else:
            out.append("".join(g))
    return out


def _has_leet(tok: str) -> bool:
    return any(c in _LEET_CHARS for c in tok) and any(c.isalpha() for c in tok)


def _decode(tok: str, table: dict[str, str]) -> str:
    """Read leetspeak with one table; "!" or "+" at the edges of a word is punctuation."""
    tok = tok.strip(_EDGE_STRIP) or tok
    if not _has_leet(tok):
        return tok
    return "".join(table.get(c, c) for c in tok)


def _readings(tok: str, primary: dict[str, str], ambiguous: dict[str, list[str]]):
    """Every reading of a leet word, trying each reading of the ambiguous characters."""
    for word in dict.fromkeys((tok, tok.strip(_EDGE_STRIP) or tok)):
        slots = [ambiguous.get(c) or [primary.get(c, c)] for c in word]
        n = 1
        for s in slots:
            n *= len(s)
        if n > 64:  # too ambiguous to enumerate: the primary reading only
            yield "".join(primary.get(c, c) for c in word)
            continue
        yield from ("".join(p) for p in itertools.product(*slots))


def _squeeze(word: str) -> str:
    return _SQUEEZE.sub(r"\1", word)


@lru_cache(maxsize=4)
def _squeezed_vocab(vocab: frozenset[str]) -> dict[str, str]:
    return {_squeeze(w): w for w in vocab}


def _unrepeat(tok: str, vocab: frozenset[str]) -> str:
    """'kiiiill' -> 'kill' when squeezing both gives the same word ('xxx' stays 'xxx')."""
    if tok in vocab or not _TRIPLE.search(tok):
        return tok
    return _squeezed_vocab(vocab).get(_squeeze(tok), tok)


def _symbols_out(tok: str) -> str:
    return "".join(c for c in tok if c.isalnum()) or tok


def _smart(tok: str, vocab: frozenset[str], primary, ambiguous) -> str:
    """Leetspeak decoded only into a word the policy knows ('p10w1n9' -> 'plowing', '3d' stays)."""
    if _has_leet(tok):
        for reading in _readings(tok, primary, ambiguous):
            d = _unrepeat(reading, vocab)
            if d in vocab:
                return d
        tok = _symbols_out(tok)
    return _unrepeat(tok, vocab)


def normalize(text: str, vocab: frozenset[str] = frozenset()) -> Normalized:
    """Every view of ``text`` worth matching; ``vocab`` is the words the policy looks for."""
    _, primary, ambiguous = _tables()
    alternate = dict(primary, **{k: v[-1] for k, v in ambiguous.items()})
    c = clean(text)
    spaced_toks = _tokens(c)
    by_gap = _runs(spaced_toks, by_kind=False)
    by_kind = _runs(spaced_toks, by_kind=True)
    bases = {
        tuple(toks): None
        for toks in (
            [t for t, _ in spaced_toks],
            _collapse(by_gap, peel=False),
            _collapse(by_gap, peel=True),
            _collapse(by_kind, peel=False),
            _collapse(by_kind, peel=True),
            _segmented(by_gap, vocab),
            [t for t, _ in _tokens(_INTRA.sub("", c))],
        )
    }
    views: dict[str, None] = {}
    for toks in bases:
        views[" ".join(_smart(t, vocab, primary, ambiguous) for t in toks)] = None
        if any(_has_leet(t) for t in toks):
            for table in (primary, alternate):
                views[" ".join(_unrepeat(_decode(t, table), vocab) for t in toks)] = None
    canonical = _canonical(by_gap, vocab, primary, ambiguous)
    return Normalized(clean=c, views=tuple(views), canonical=canonical)


def _canonical(groups, vocab: frozenset[str], primary, ambiguous) -> str:
    """One readable de-obfuscated form: runs joined, leetspeak decoded only into known words."""
    words: list[str] = []
    for g in groups:
        if isinstance(g, list) and len(g) > 1:
            joined = "".join(g)
            if _smart(joined, vocab, primary, ambiguous) in vocab:
                cand = [joined]
            elif len(g) == 2:
                cand = list(g)
            else:
                cand = _collapse([g], peel=True)
        else:
            cand = [g if isinstance(g, str) else g[0]]
        words.extend(_smart(tok, vocab, primary, ambiguous) for tok in cand)
    return " ".join(words)
