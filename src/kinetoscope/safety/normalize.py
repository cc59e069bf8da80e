"""Undo the tricks people use to slip words past a filter, before anything is matched.

A prompt reaches the policy as whatever Unicode the user typed. Before any lexicon or
classifier sees it we fold it to lower-case ASCII words, and we keep several *views* of the
same prompt, because each de-obfuscation step that helps one trick can hurt another:

    "Ѕ.Е.Х"  "k i l l  a  m a n"  "n4k3d"  "k\u200bill"  "ｋｉｌｌ"  "k̶i̶l̶l̶"  "kiiiill"

1. ``clean``: NFKC (folds fullwidth, ligatures, mathematical and circled letters), our own
   table of look-alike letters (Cyrillic, Greek, Cherokee, small capitals; data/confusables.json,
   in the spirit of Unicode TR39 "skeletons" but only towards ASCII), then NFD and dropping
   every combining mark (but the vowel signs of Indic and Thai scripts), zero-width and other
   format character, then case folding and folding the letters NFD leaves whole ("ł", "ø",
   "đ", "æ"). Each Han character and kana becomes a word of its own (those scripts use no
   spaces), and a run of Thai is split into its words (PyThaiNLP); tens written out are read
   in digits ("thirty-eight" -> "38").
2. Tokens are runs of letters, digits and the symbols leetspeak uses (@ $ ! | + €).
3. Leetspeak is decoded into known words only: every reading of the ambiguous characters is
   tried ("p10w1n9": 1 is i or l, 9 is g or q -> "plowing") and a reading is kept only if it
   is a word (the policy's own words first, then an English word list), so "3d", "4k" and
   "12yo" stay as they are. Letters repeated three or more times ("kiiiill", "seeeexy") are
   restored the same way: ordinary words never repeat a letter three times.
4. Views, all matched by the rules (a phrase found in any view counts):
   - *spaced*: the tokens as written ("nude coloured" stays two words);
   - *collapsed*: runs of one-letter tokens joined ("k i l l" -> "kill"), split where the
     gap between letters grows ("k i l l  a  m a n" -> "kill a man") or where the separator
     changes ("B . i . l . l C_o_s_b_y" -> "bill cosby"), and a second form that peels a
     leading/trailing "a"/"i" off the run ("a k i l l" -> "a kill");
   - *segmented*: a run split into known words throughout ("t e e n n u d e s" -> "teen
     nudes"; a split that leaves a piece unknown is not used);
   - *joined*: punctuation inside a word removed ("se.x", "ki-ll" -> "sex", "kill").
   Outside runs of spaced-out letters we never search for a word *inside* another word
   ("therapist", "Essex", "nudecoloured" never match), which is what keeps the collapsed
   views from creating false positives.

``canonical`` is one de-obfuscated string for the classifier: runs joined, leetspeak decoded.
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
# Scripts whose vowel signs are combining marks (Devanagari .. Sinhala, Thai, Lao, Tibetan,
# Myanmar, Khmer): there a mark is part of the word, never decoration to drop (without
# Myanmar and Khmer, "သွေး" was read as "သ"); the dandas (U+0964-5) and the Myanmar and Khmer
# full stops are punctuation.
ABUGIDA = (
    "\u0900-\u0963\u0966-\u0dff\u0e00-\u0fff\u1000-\u1049\u104c-\u109f"
    "\u1780-\u17d3\u17d7-\u17ff"
)
_ABUGIDA_CHAR = re.compile(f"[{ABUGIDA}]")
_TOKEN = re.compile(f"(?:[^\\W_]|[@$!|+€£{ABUGIDA}])+")
# Letters that are not a base letter plus an accent, so NFD leaves them: folded like accents
# ("chłopiec" -> "chlopiec", "Støre" -> "store", "đâm" -> "dam", "Ægir" -> "aegir").
_FOLD = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "ŀ": "l"}
    | {"æ": "ae", "œ": "oe", "þ": "th"}
)
# An adult's age written out ("a thirty-eight-year-old") is read in digits, so that no rule
# sees the child's age inside it ("eight year old") and every stage reads the adult's.
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# (1) the word before, (2) tens, (3) the separator, (4) units. Read in digits after "of",
# "aged" or "age", before "year(s)", and always when hyphenated ("a florist, thirty-four").
_WRITTEN_TENS = re.compile(
    rf"\b(?:(of|aged|age) )?({'|'.join(_TENS)})(?:([ -]+)({'|'.join(_UNITS)}))?\b"
)
_YEARS_AFTER = re.compile(r"[ -]+(?:year|years|yr|yrs|yo)\b")
# A child's age given after a name, between commas ("little Thandi, six, in a tutu", shouted
# or not, "Tomáš, nine," and "Wing-yan, eleven," too) or opening a bracket ("Obinna (nine,
# football shirt)", "Awa (eight)"; a bare "(5)" is a band or a footnote): read as "aged six"
# like any other stated age. Only under 18: "Maria, 34," says nothing new.
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen")
_NAME = r"[^\W\d_a-z][^\W\d_]*(?:-[^\W\d_]+)?"  # a letter but no lower-case ASCII one first
_CHILD_AGE_WORD = rf"(?i:{'|'.join(_UNITS + _TEENS)})"
_CHILD_AGE_DIGITS = r"(?:[1-9]|1[0-7])"
_APPOSITIVE_AGE = re.compile(
    rf"\b({_NAME})(, | \()({_CHILD_AGE_WORD}(?=,|\))|{_CHILD_AGE_DIGITS}(?=,))"
)
# The same in brackets after a word for a relative or a child (round 33: "my goddaughter
# (seven)", "the girl next door (nine)"), which is never capitalised. (Not between commas: "a
# girl, 7, her hand inching up beneath the table towards the biscuit tin" is read as it was.)
_KIN_AGE = re.compile(
    r"\b((?:god|step|grand|great grand)?(?:daughter|son|child|niece|nephew|kid|girl|boy|sister"
    r"|brother|cousin)|next door|lad|lass|pupil)"
    rf"( \()({_CHILD_AGE_WORD}|{_CHILD_AGE_DIGITS})(?=,|\))"
)
# Armenian letters that look like Latin ones ("ո", "ս") are folded only inside a word that
# mixes them with Latin letters ("ոude"); in an Armenian word they are Armenian.
_ARMENIAN = "\u0531-\u058f"
_ARMENIAN_CHAR = re.compile(f"[{_ARMENIAN}]")
_ARMENIAN_IN_LATIN = re.compile(
    f"[^\\W\\d_]*(?:[a-zA-Z][{_ARMENIAN}]|[{_ARMENIAN}][a-zA-Z])[^\\W\\d_]*"
)


# The same in Catalan, French, Spanish and Portuguese, read in digits wherever tens and units
# are joined ("una dona de trenta-cinc anys", "treinta y cinco años", "trente-deux ans"), so
# that "cinc anys" (five years) is not read inside a woman of thirty-five.
_ROMANCE_TENS = {
    **dict.fromkeys(("vint", "vingt", "vinte"), 20),
    **dict.fromkeys(("trenta", "trente", "treinta", "trinta"), 30),
    **dict.fromkeys(("quaranta", "quarante", "cuarenta", "quarenta"), 40),
    **dict.fromkeys(("cinquanta", "cinquante", "cincuenta", "cinquenta"), 50),
    **dict.fromkeys(("seixanta", "soixante", "sesenta", "sessenta"), 60),
}
_ROMANCE_UNITS = {
    **dict.fromkeys(("u", "un", "una", "une", "uno", "um", "uma"), 1),
    **dict.fromkeys(("dos", "dues", "deux", "dois", "duas"), 2),
    **dict.fromkeys(("tres", "trois"), 3),
    **dict.fromkeys(("quatre", "cuatro", "quatro"), 4),
    **dict.fromkeys(("cinc", "cinq", "cinco"), 5),
    **dict.fromkeys(("sis", "six", "seis"), 6),
    **dict.fromkeys(("set", "sept", "siete", "sete"), 7),
    **dict.fromkeys(("vuit", "huit", "ocho", "oito"), 8),
    **dict.fromkeys(("nou", "neuf", "nueve", "nove"), 9),
}
_ROMANCE_AGE = re.compile(
    rf"\b({'|'.join(_ROMANCE_TENS)})(?:-i-|-| et | y | e )({'|'.join(_ROMANCE_UNITS)})\b"
)


def _romance_in_digits(m: re.Match) -> str:
    return str(_ROMANCE_TENS[m.group(1)] + _ROMANCE_UNITS[m.group(2)])


def _tens_in_digits(m: re.Match) -> str:
    before, tens, sep, units = m.groups()
    if not (before or sep == "-" or _YEARS_AFTER.match(m.string, m.end())):
        return m.group()
    age = 20 + 10 * _TENS.index(tens) + (_UNITS.index(units) + 1 if units else 0)
    return f"{before} {age}" if before else str(age)


# Han characters and kana are written without spaces: each is read as a word of its own.
_HAN_KANA = re.compile("([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")
# An age in Han numerals is read in digits ("三十岁" -> "30 岁"), so that no rule sees the
# "十岁" (ten years old) inside a thirty-year-old.
_HAN_AGE = re.compile("([零〇一二两兩三四五六七八九十]{1,3})(?=[岁歲歳才])")
_HAN_DIGIT = dict(zip("零〇一二两兩三四五六七八九", (0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9)))


def _han_age(m: re.Match) -> str:
    tens, ten, units = m.group().partition("十")
    if not ten:
        n = _HAN_DIGIT[tens] if len(tens) == 1 else None
    elif len(tens) <= 1 and len(units) <= 1:
        n = 10 * (_HAN_DIGIT[tens] if tens else 1) + (_HAN_DIGIT[units] if units else 0)
    else:
        n = None
    return m.group() if n is None else f" {n} "


# Thai is written without spaces too, but its words are several letters long: a run of Thai
# is split into words by PyThaiNLP's dictionary segmenter ("จนตาย" -> "จน ตาย").
_THAI_RUN = re.compile("[\u0e01-\u0e4e]+")
# NFKC splits the vowel sara am (Thai U+0E33, Lao U+0EB3) in two; put it back as typed.
_SARA_AM = (("\u0e4d\u0e32", "\u0e33"), ("\u0ecd\u0eb2", "\u0eb3"))


@lru_cache(maxsize=65536)
def _thai_run_words(run: str) -> str:
    from pythainlp.tokenize import word_tokenize

    return " ".join(word_tokenize(run, engine="newmm", keep_whitespace=False))


def _thai_words(text: str) -> str:
    # PyThaiNLP is imported only when a prompt has Thai in it
    return _THAI_RUN.sub(lambda m: f" {_thai_run_words(m.group())} ", text)


_LEET_CHARS = frozenset("0134578 9@$!|+€£6".replace(" ", ""))
_EDGE_STRIP = "!|+"
_TRIPLE = re.compile(r"(.)\1\1")
_SQUEEZE = re.compile(r"(.)\1+")
_RUN = re.compile(r"(.)\1*")
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


@lru_cache(maxsize=1)
def _lookalikes() -> tuple[dict[int, str], dict[int, str]]:
    """``str.translate`` tables of the look-alike letters: every one, and every one but the
    Armenian letters (folded only in a word that mixes them with Latin: _ARMENIAN_IN_LATIN)."""
    every = str.maketrans(_tables()[0])
    return every, {k: v for k, v in every.items() if not _ARMENIAN_CHAR.match(chr(k))}


# A Latin word glued to a case ending or particle of another script is two words: "Čili
# Picaን" (Amharic: Čili Pica, as object), "taksistasని" (Telugu) name "Čili Pica" and
# "taksistas". Only between Latin letters and Hebrew, Arabic, Indic, Georgian, Ethiopic and
# Hangul letters: Cyrillic, Greek and Armenian look-alikes are folded inside Latin words.
_OTHER_SCRIPT = "\u0590-\u06ff\u0900-\u0dff\u10a0-\u10ff\u1200-\u139f\uac00-\ud7af"
_SCRIPT_SEAM = re.compile(f"(?<=[a-z])(?=[{_OTHER_SCRIPT}])|(?<=[{_OTHER_SCRIPT}])(?=[a-z])")


# A Bantu class or possessive prefix written onto a capitalised name is a word of its own:
# Shona "episode itsva yeZambezi Lager" (a new episode of Zambezi Lager), "vhidhiyo yenhema
# yaShatta Wale" (a fake video of Shatta Wale), "zvishoma seMaria Kalesnikava" (a little like
# Maria Kalesnikava), "yaЦіханоўская" (round 32). Only these prefixes, in lower case, at the
# start of a word, right before a capital letter of any script, and only when the whole word
# is no word we know ("iPhone" keeps its "i"; a random-case "naKed" or "seXy" stays one word).
_NAME_PREFIX = re.compile(
    r"\b(ye|ya|wa|za|se|na|kwa|pa|ku|dze|re|cha|va|ne|sa|ka|nga|le|lwa)([^\W\d_][\w'\u02bb\u2019]*)"
)


def _prefixed_names(text: str, vocab: frozenset[str]) -> str:
    def split(m: re.Match) -> str:
        rest = m[2]
        if not rest[0].isupper() or len(rest) < 3 or m[0].casefold() in vocab:
            return m[0]
        return f"{m[1]} {rest}"

    return _NAME_PREFIX.sub(split, unicodedata.normalize("NFKC", text))


def _stated_ages(text: str) -> str:
    """A child's age as "aged N": after a name, between commas or opening a bracket; after a
    word for a relative or a child, opening a bracket."""
    return _KIN_AGE.sub(r"\1\2aged \3", _APPOSITIVE_AGE.sub(r"\1\2aged \3", text))


# (round 32: the letters may be set apart by dots or dashes too, "l'a . m . o . u . r")
_ELIDED_BEFORE_RUN = re.compile(r"\b([cdjlmnst]|qu)'(?=[^\W\d_](?:[ .\-_*]+[^\W\d_]){2,}\b)")


def _fold_lookalikes(text: str) -> str:
    """Look-alike letters to ASCII (Armenian ones only inside a Latin word)."""
    every, outside_armenian = _lookalikes()
    text = _ARMENIAN_IN_LATIN.sub(lambda m: m[0].translate(every), text)
    return text.translate(outside_armenian)


def clean(text: str) -> str:
    """NFKC, look-alikes to ASCII, no combining marks or invisible characters, case folded."""
    text = unicodedata.normalize("NFKC", _thai_words(text))
    text = _fold_lookalikes(_stated_ages(text))
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if ch in "\t\n\r\v\f":
            out.append(" ")
        elif ch in _INVISIBLE or (
            unicodedata.category(ch) in _DROP_CATEGORIES and not _ABUGIDA_CHAR.match(ch)
        ):
            continue
        else:
            out.append(ch)
    # Look-alikes again once marks are gone: a precomposed "ӓ" or "ӧ" is a Cyrillic "а" or "о"
    # with a mark ("Ḧӓm̈ёn̈g̈k̈üb̈üẅӧn̈ö", round 30); and a stated age again once marks and
    # invisible characters are gone: "C̶h̶i̶a̶m̶a̶k̶a̶ (seven, ...)".
    text = _stated_ages(unicodedata.normalize("NFC", _fold_lookalikes("".join(out))))
    text = text.casefold().translate(_FOLD)
    for split, whole in _SARA_AM:
        text = text.replace(split, whole)
    text = _SCRIPT_SEAM.sub(" ", text)
    text = _HAN_KANA.sub(r" \1 ", _HAN_AGE.sub(_han_age, text))
    text = _WRITTEN_TENS.sub(_tens_in_digits, text)
    text = _ROMANCE_AGE.sub(_romance_in_digits, text)
    text = re.sub(r"'s\b", "", text)  # possessive: "Swift's" -> "swift"
    # an elided article before a spaced-out word keeps its letter in the run: "l'a m o u r" is
    # "l a m o u r", read as "lamour" like "l'amour" (round 30)
    text = _ELIDED_BEFORE_RUN.sub(r"\1 ", text)
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


def _is_letter(tok: str) -> bool:
    """A one-character token that is a spaced-out letter (a Han character or kana is a word)."""
    return len(tok) == 1 and not _HAN_KANA.match(tok)


def _runs(toks: list[tuple[str, str]], by_kind: bool | None) -> list[list[str] | str]:
    """Group consecutive one-character tokens into runs, split where the separator changes.

    Two ways to split, both kept as views: ``by_kind=False`` splits where the gap grows
    ("k i l l  a  m a n" -> kill / a / man); ``by_kind=True`` splits where the separator
    changes ("B . i . l . l C_o_s_b_y" -> bill / cosby); ``by_kind=None`` keeps the whole run
    for ``_segment``.
    """
    groups: list[list[str] | str] = []
    i = 0
    while i < len(toks):
        if not _is_letter(toks[i][0]):
            groups.append(toks[i][0])
            i += 1
            continue
        j = i + 1
        while j < len(toks) and _is_letter(toks[j][0]) and "\n" not in toks[j][1]:
            j += 1
        run = toks[i:j]
        current = [run[0][0]]
        if by_kind is None:  # the whole run, for segmentation into words
            current = [t for t, _ in run]
        elif by_kind:
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


# One-letter words a spaced-out run may contain: English "a" and "i", and the particles of other
# languages the rules read (Māori "e" and "o", Spanish "y" and "o", Italian "e"): "kaua e h i p o
# k i" is "kaua e hipoki" (round 30).
_ONE_LETTER_WORDS = frozenset("aieoy")


def _segment(joined: str, vocab: frozenset[str]) -> list[str]:
    """Split a run of spaced-out letters into known words: 'teennudes' -> teen nudes.

    Only a split into known words throughout is accepted (fewest words wins), so a word is
    never found *inside* another ("documentary" does not yield "cum"); and it only ever
    applies to runs of one-letter tokens, which ordinary prose does not produce.
    """
    n = len(joined)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, min(n, i + 24) + 1):
            piece = joined[i:j]
            if (len(piece) > 1 or piece in _ONE_LETTER_WORDS) and piece in vocab:
                cand = best[i] + [piece]
                if best[j] is None or len(cand) < len(best[j]):
                    best[j] = cand
    return best[n] if best[n] is not None else [joined]


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
def _squeezed_vocab(vocab: frozenset[str], priority: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Words by their squeezed form, the policy's own words first ("topless" and "topples"
    both squeeze to "toples")."""
    out: dict[str, list[str]] = {}
    for w in sorted(priority) + sorted(vocab - priority):
        out.setdefault(_squeeze(w), []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _runs_of(word: str) -> list[int]:
    return [len(m.group()) for m in _RUN.finditer(word)]


def warm_normalizer(vocab: frozenset[str], priority: frozenset[str]) -> None:
    """Build the cached tables ``normalize`` will need for this vocabulary."""
    _lookalikes()  # and _tables()
    _squeezed_vocab(vocab, priority)


def _unrepeat(tok: str, vocab: frozenset[str], priority: frozenset[str] = frozenset()) -> str:
    """'kiiiill' -> 'kill' when squeezing both gives the same word ('xxx' stays 'xxx')."""
    if tok in vocab or not _TRIPLE.search(tok):
        return tok
    # a word that repeats a letter fewer times than the token does: "tooooopless" can be
    # "topless" but not "topples"; of two such words the one that keeps more of the token's
    # letters ("travelleeeers" is "travellers", not "travelers")
    have = _runs_of(tok)
    fits = [
        word
        for word in _squeezed_vocab(vocab, priority).get(_squeeze(tok), ())
        if all(n <= m for n, m in zip(_runs_of(word), have))
    ]
    return max(fits, key=len) if fits else tok


def _symbols_out(tok: str) -> str:
    return "".join(c for c in tok if c.isalnum()) or tok


def _smart(tok: str, vocab: frozenset[str], primary, ambiguous, priority=frozenset()) -> str:
    """Leetspeak decoded only into a word we know ('p10w1n9' -> 'plowing', '3d' stays);
    a reading that is one of the policy's own words wins over any other word, and a token that
    is already one of them stays as it is ('m3gan' is a film, not the name Megan)."""
    if tok in priority:
        return tok
    if _has_leet(tok):
        known = None
        for reading in _readings(tok, primary, ambiguous):
            d = _unrepeat(reading, vocab, priority)
            if d in priority:
                return d
            if known is None and d in vocab:
                known = d
        if known is not None:
            return known
        tok = _symbols_out(tok)
    return _unrepeat(tok, vocab, priority)


# Greek and Cyrillic written in their own letters: a word made only of Greek (or only of
# Cyrillic) letters is read in Latin letters as well ("αίματα παντού" -> "aimata pantou",
# "кровь повсюду" -> "krov povsyudu", as both are often typed in Latin letters), while such a
# letter inside a Latin word ("τreasυrer", "kіll") stays a look-alike for clean() to fold.
_GREEK_WORD = re.compile(r"(?<![^\W\d_])[\u0370-\u03ff\u1f00-\u1fff]{2,}(?![^\W\d_])")
_CYRILLIC_WORD = re.compile(r"(?<![^\W\d_])[\u0400-\u052f]{2,}(?![^\W\d_])")
_GREEK_PAIRS = (("ου", "ou"), ("αυ", "av"), ("ευ", "ef"))
_GREEK = str.maketrans(
    {**dict(zip("αβγδεζηικλμνξοπρσςτυφχω", "avgdeziiklmnxoprsstyfxo")), "θ": "th", "ψ": "ps"}
)
# Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian letters, one Latin
# spelling each (the rules are written in it: "убивает" -> "ubivaet").
_CYRILLIC = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэіїєґјћўѓќ", "abvgdeziiklmnoprstufyeiiegjcugk")),
        **{"ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"},
        **{"ю": "yu", "я": "ya", "ъ": "", "ь": "", "ђ": "dj", "љ": "lj", "њ": "nj", "џ": "dz"},
        "ѕ": "dz",
    }
)


def _unmarked(word: str) -> str:
    word = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in word if not unicodedata.combining(ch))


def transliterate(text: str) -> str:
    """Every all-Greek and all-Cyrillic word of ``text`` in Latin letters; the rest unchanged."""

    def greek(m: re.Match) -> str:
        word = _unmarked(m.group())
        for letters, roman in _GREEK_PAIRS:
            word = word.replace(letters, roman)
        return word.translate(_GREEK)

    def cyrillic(m: re.Match) -> str:
        # NFD would split й and ё into и/е plus a mark: translate before dropping marks
        return _unmarked(m.group().lower().translate(_CYRILLIC))

    text = unicodedata.normalize("NFC", text)
    return _CYRILLIC_WORD.sub(cyrillic, _GREEK_WORD.sub(greek, text))


def normalize(
    text: str, vocab: frozenset[str] = frozenset(), priority: frozenset[str] = frozenset()
) -> Normalized:
    """Every view of ``text`` worth matching.

    ``vocab`` is every word we can read: the policy's own words and an English word list.
    Leetspeak is decoded, repeated letters restored and spaced-out runs split only into
    words of ``vocab``; ``priority`` (the policy's words) wins when two words squeeze alike
    ("booooobs" -> "boobs", not "bobs"). Greek and Cyrillic words are read both as look-alikes
    and in Latin letters (transliterate); the canonical reading is the one with more known
    words, the Latin one on a tie.
    """
    latin = transliterate(text)
    if latin == text:
        return _normalize(text, vocab, priority)
    a, b = _normalize(text, vocab, priority), _normalize(latin, vocab, priority)
    # "ѕех" in Cyrillic look-alikes means "sex", not "dzekh": the reading with more known words
    known = [sum(w in vocab for w in n.canonical.split()) for n in (a, b)]
    canonical = a.canonical if known[0] > known[1] else b.canonical
    return Normalized(
        clean=b.clean, views=tuple(dict.fromkeys(a.views + b.views)), canonical=canonical
    )


def _normalize(text: str, vocab: frozenset[str], priority: frozenset[str]) -> Normalized:
    _, primary, ambiguous = _tables()
    c = clean(_prefixed_names(text, vocab))
    spaced_toks = _tokens(c)
    by_gap = _runs(spaced_toks, by_kind=False)
    by_kind = _runs(spaced_toks, by_kind=True)
    whole = _runs(spaced_toks, by_kind=None)
    bases = {
        tuple(toks): None
        for toks in (
            [t for t, _ in spaced_toks],
            _collapse(by_gap, peel=False),
            _collapse(by_gap, peel=True),
            _collapse(by_kind, peel=False),
            _collapse(by_kind, peel=True),
            _segmented(whole, vocab),
            [t for t, _ in _tokens(_INTRA.sub("", c))],
        )
    }
    views: dict[str, None] = {}
    for toks in bases:
        views[" ".join(_smart(t, vocab, primary, ambiguous, priority) for t in toks)] = None
    # the grouping of spaced-out letters that reads as more known words
    canonical = max(
        (_canonical(g, vocab, primary, ambiguous, priority) for g in (by_gap, by_kind)),
        key=lambda text: sum(w in vocab for w in text.split()),
    )
    return Normalized(clean=c, views=tuple(views), canonical=canonical)


def _canonical(groups, vocab: frozenset[str], primary, ambiguous, priority) -> str:
    """One readable de-obfuscated form: runs joined, leetspeak decoded only into known words."""
    words: list[str] = []
    for g in groups:
        if isinstance(g, list) and len(g) > 1:
            joined = "".join(g)
            reading = _smart(joined, vocab, primary, ambiguous, priority)
            # two letters ("a 6") join only into one of the policy's words ("s 3" no, "s e x" yes)
            if reading in priority or (len(g) > 2 and reading in vocab):
                cand = [joined]
            elif len(g) == 2:
                cand = list(g)
            else:
                cand = _collapse([g], peel=True)
        else:
            cand = [g if isinstance(g, str) else g[0]]
        words.extend(_smart(tok, vocab, primary, ambiguous, priority) for tok in cand)
    return " ".join(words)
