"""The built-in tokenizer: byte-level BPE trained on the toy world's language plus plain English.

The shipped model learns from captions of the toy world (``world/SPEC.md``), so the tokenizer
should spend its small vocabulary on that language: every colour, shape, size, position,
motion and scene word of the spec is one token. It must still encode *any* text (a prompt
outside the language "still generates a video"), so it is byte-level BPE (GPT-2, Radford et
al. 2019): the 256 byte symbols are always in the vocabulary, and nothing is ever unknown.

Recipe (everything lives in the tokenizer JSON, so any ``tokenizers`` binding reads it alike):

- normaliser: NFKC, then lowercase (case never matters; full-width and ligature forms fold),
  then prepend one space so the first word is tokenized like every other word (" red");
- pre-tokeniser: GPT-2's byte-level split (no prefix space: the normaliser added it);
- model: BPE with ``vocab_size`` entries, ids 0 and 1 are ``<pad>`` and ``<bos>``;
- post-processor: ``<bos>`` in front of every sequence, so even the empty prompt has one
  token (the null prompt of classifier-free guidance is the encoder's output for ``<bos>``);
- decoder: byte-level, then strip the one space the normaliser prepended, so
  ``decode(encode(s)) == NFKC(s).lower()`` exactly, for every string (by the Unicode tables
  of the ``tokenizers`` library, which differ from Python's ``unicodedata`` only on ~130
  recently added code points).

Training corpus (deterministic given ``seed``): ``captions`` random sentences of the world
language drawing every synonym the spec lists, in varied clause orders, plus several shuffled
passes over ``weights/text/words.txt`` (about 850 common English and video words).

Rebuild the shipped file (byte-identical for a given ``tokenizers`` version)::

    python -m kinetoscope.text_tokenizer            # writes weights/text/tokenizer.json
    python -m kinetoscope.text_tokenizer --check    # exit 1 if the shipped file differs
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from kinetoscope.errors import UserError

PAD, BOS = "<pad>", "<bos>"
PAD_ID, BOS_ID = 0, 1

HERE = Path(__file__).resolve().parent / "weights" / "text"
SHIPPED = HERE / "tokenizer.json"
RECIPE = HERE / "recipe.json"
WORDS = HERE / "words.txt"

DEFAULT_VOCAB = 2048
DEFAULT_SEED = 0
DEFAULT_CAPTIONS = 20_000

# --- The world language (world/SPEC.md, "Captions" and "Palette") ------------------------------
COLOURS = ("red", "orange", "yellow", "green", "cyan", "blue", "magenta")
BACKGROUNDS = ("black", "gray", "white")
SIZES = {"small": ("small", "little", "tiny"), "large": ("large", "big", "huge")}
SHAPES = {
    "circle": ("circle", "ball", "disc"),
    "square": ("square", "box", "block"),
    "triangle": ("triangle",),
}
_DIRS = {"right": "rightward", "left": "leftward", "up": "upward", "down": "downward"}
MOTIONS: dict[str, tuple[str, ...]] = {
    **{
        d: (
            f"moves {d}",
            f"goes {d}",
            f"slides to the {d}" if d in ("left", "right") else f"slides {d}",
            f"travels {w}",
            f"moves {w}",
            f"slides {d}",
        )
        for d, w in _DIRS.items()
    },
    "still": ("stays still", "does not move", "rests", "sits still"),
    "bounces": ("bounces", "bounces on the floor"),
    "bounces around": ("bounces around", "bounces off the walls"),
}
HORIZONTAL = ("left", "center", "right")
VERTICAL = ("top", "middle", "bottom")
SCENE = (
    "behind a brown wall",
    "eats the dots",
    "while the camera pans left",
    "while the camera pans right",
)


def position_phrase(rng: random.Random) -> str:
    """'on the left', 'at the left', 'on the left side', 'at the top right', 'in the middle'..."""
    h, v = rng.choice(HORIZONTAL), rng.choice(VERTICAL)
    # A clause names one or two positions; the axis it does not name is middle / center.
    if h == "center" and v == "middle":
        name = rng.choice(("center", "middle", "centre"))
    else:
        name = v if h == "center" else h if v == "middle" else f"{v} {h}"
    central = name in ("center", "middle", "centre")
    prep = rng.choice(("on the", "at the", "in the") if central else ("on the", "at the"))
    suffix = " side" if " " not in name and not central and rng.random() < 0.3 else ""
    return f"{prep} {name}{suffix}"


def object_clause(rng: random.Random, colour: str, article: str = "a") -> str:
    size = rng.choice(SIZES[rng.choice(list(SIZES))])
    shape = rng.choice(SHAPES[rng.choice(list(SHAPES))])
    motion = rng.choice(MOTIONS[rng.choice(list(MOTIONS))])
    pos = position_phrase(rng)
    noun = f"{size} {colour} {shape}" if rng.random() < 0.9 else f"{colour} {shape}"
    form = rng.randrange(4)
    if form == 0:
        return f"{pos}, {article} {noun} {motion}"
    if form == 1:
        return f"{article} {noun} {motion}"
    return f"{article} {noun} {pos} {motion}"


def scene_caption(rng: random.Random, article: str = "a") -> str:
    colours = rng.sample(COLOURS, rng.randint(1, 3))
    clauses = [object_clause(rng, c, article) for c in colours]
    extras = [s for s in SCENE[:2] if rng.random() < 0.15]
    if rng.random() < 0.2:
        extras.append(rng.choice(SCENE[2:]))
    if rng.random() < 0.7:
        extras.append(f"on a {rng.choice(BACKGROUNDS + ('grey',))} background")
    rng.shuffle(extras)
    joiner = rng.choice((", and ", " and ", ", ", "; "))
    return joiner.join(clauses) + "".join(f", {e}" for e in extras)


def world_captions(n: int, seed: int = DEFAULT_SEED) -> list[str]:
    """``n`` captions in the world language, in varied phrasings and cases (deterministic)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        if rng.random() < 0.15:
            shots = rng.randint(2, 3)
            text = " ".join(
                f"Shot {i + 1}: {scene_caption(rng, rng.choice(('a', 'the')))}."
                for i in range(shots)
            )
        else:
            text = scene_caption(rng) + rng.choice((".", "", "."))
        r = rng.random()
        text = text.capitalize() if r < 0.5 else text.upper() if r < 0.55 else text
        out.append(text)
    return out


def world_words() -> set[str]:
    """Every single word of the world language (what the tokenizer must keep whole)."""
    phrases = [
        *COLOURS,
        *BACKGROUNDS,
        "brown",
        "grey",
        *HORIZONTAL,
        *VERTICAL,
        "centre",
        "side",
        *(w for ws in SIZES.values() for w in ws),
        *(w for ws in SHAPES.values() for w in ws),
        *(p for ps in MOTIONS.values() for p in ps),
        *SCENE,
        "on a background",
        "shot at in the and a the",
    ]
    return {w for p in phrases for w in p.split()}


def general_words(path: Path = WORDS) -> list[str]:
    """The shipped list of common English words (comments and blank lines skipped)."""
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.extend(line.split())
    return words


def training_corpus(seed: int = DEFAULT_SEED, captions: int = DEFAULT_CAPTIONS) -> Iterator[str]:
    """World captions, then eight shuffled passes over the general words in lines of 12."""
    yield from world_captions(captions, seed)
    rng = random.Random(seed + 1)
    words = general_words()
    for _ in range(8):
        order = words[:]
        rng.shuffle(order)
        for i in range(0, len(order), 12):
            yield " ".join(order[i : i + 12])


def build_tokenizer(
    *, vocab_size: int = DEFAULT_VOCAB, seed: int = DEFAULT_SEED, captions: int = DEFAULT_CAPTIONS
):
    """Train the byte-level BPE tokenizer described in the module docstring (a few seconds)."""
    from tokenizers import (
        Tokenizer,
        decoders,
        models,
        normalizers,
        pre_tokenizers,
        processors,
        trainers,
    )

    if vocab_size < 300:
        raise UserError(
            f"Tokenizer vocab_size must be at least 300 (256 bytes + merges), got {vocab_size}."
        )
    tok = Tokenizer(models.BPE())
    tok.normalizer = normalizers.Sequence(
        [normalizers.NFKC(), normalizers.Lowercase(), normalizers.Prepend(" ")]
    )
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    tok.decoder = decoders.Sequence([decoders.ByteLevel(), decoders.Strip(" ", 1, 0)])
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=2,
        special_tokens=[PAD, BOS],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(training_corpus(seed, captions), trainer)
    assert tok.token_to_id(PAD) == PAD_ID and tok.token_to_id(BOS) == BOS_ID
    tok.post_processor = processors.TemplateProcessing(
        single=f"{BOS} $A", special_tokens=[(BOS, BOS_ID)]
    )
    return tok


def load_tokenizer(path: str | Path | None = None):
    """Load a tokenizer JSON (the shipped one when ``path`` is None)."""
    from tokenizers import Tokenizer

    path = Path(path) if path else SHIPPED
    if not path.is_file():
        raise UserError(
            f"Tokenizer file {path} does not exist; rebuild it with `python -m kinetoscope.text_tokenizer`."
        )
    try:
        tok = Tokenizer.from_file(str(path))
    except Exception as e:  # tokenizers raises a bare Exception on malformed JSON
        raise UserError(
            f"Tokenizer file {path} is not a valid tokenizers JSON file ({e})."
        ) from None
    if tok.token_to_id(BOS) != BOS_ID or tok.token_to_id(PAD) != PAD_ID:
        raise UserError(
            f"Tokenizer file {path} lacks <pad>=0 and <bos>=1; rebuild it with kinetoscope.text_tokenizer."
        )
    # A prompt that contains the text "<pad>" or "<bos>" is text, not a control token (this
    # flag is not stored in the JSON, so it is set on every load).
    tok.encode_special_tokens = True
    return tok


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; a shipped file must be world-readable
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def main(argv: list[str] | None = None) -> int:
    import tokenizers

    p = argparse.ArgumentParser(
        prog="python -m kinetoscope.text_tokenizer", description=__doc__.split("\n")[0]
    )
    p.add_argument("--out", type=Path, default=SHIPPED, help=f"where to write (default {SHIPPED})")
    p.add_argument("--vocab-size", type=int, default=DEFAULT_VOCAB)
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--captions", type=int, default=DEFAULT_CAPTIONS)
    p.add_argument(
        "--check",
        action="store_true",
        help="only compare a rebuild with --out; exit 1 on a difference",
    )
    args = p.parse_args(argv)
    tok = build_tokenizer(vocab_size=args.vocab_size, seed=args.seed, captions=args.captions)
    text = tok.to_str(pretty=True)
    digest = hashlib.sha256(text.encode()).hexdigest()
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print(
            f"{args.out}: {'identical to' if same else 'DIFFERS from'} a rebuild (sha256 {digest[:16]})"
        )
        return 0 if same else 1
    _atomic_write(args.out, text)
    recipe = {
        "tokenizers": tokenizers.__version__,
        "vocab_size": args.vocab_size,
        "tokens": tok.get_vocab_size(),
        "seed": args.seed,
        "captions": args.captions,
        "sha256": digest,
        "command": "python -m kinetoscope.text_tokenizer",
    }
    _atomic_write(args.out.parent / "recipe.json", json.dumps(recipe, indent=1) + "\n")
    print(f"wrote {args.out} ({tok.get_vocab_size()} tokens, sha256 {digest[:16]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
