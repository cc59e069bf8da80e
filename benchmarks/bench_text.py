"""Text: how compactly the built-in tokenizer encodes prompts, and how fast the encoder runs.

Tokens per caption on the world language and tokens per word on general English (words in
and out of the tokenizer's training list), the tokenizer's speed, and the built-in encoder's
forward time on a batch of world captions (fp32 and bf16 autocast, this machine's threads).
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

import torch

from kinetoscope import text_tokenizer as TT
from kinetoscope.nn import cpu_has_native_bf16
from kinetoscope.text import BuiltinTextConfig, BuiltinTextEncoder

# English words that are NOT in weights/text/words.txt: how unseen text fares.
UNSEEN = (
    "kaleidoscope photosynthesis skyscraper lighthouse waterfall marathon origami penguin "
    "volcano hummingbird typewriter cathedral avalanche carousel jellyfish saxophone"
).split()


def _timed(fn, repeat: int, *args) -> float:
    fn(*args)  # warm up
    t0 = time.perf_counter()
    for _ in range(repeat):
        fn(*args)
    return (time.perf_counter() - t0) / repeat


def run(quick: bool) -> list[str]:
    tok = TT.load_tokenizer()
    captions = TT.world_captions(200 if quick else 2000, seed=123)  # not the training seed
    per_caption = [len(tok.encode(c).ids) - 1 for c in captions]
    words_per_caption = [len(c.split()) for c in captions]
    general = TT.general_words()
    gen_pieces = statistics.mean(len(tok.encode(w).ids) - 1 for w in general)
    unseen_pieces = statistics.mean(len(tok.encode(w).ids) - 1 for w in UNSEEN)
    tok_s = _timed(tok.encode_batch, 3, captions)
    res = {
        "vocab": tok.get_vocab_size(),
        "tokens_per_caption_mean": statistics.mean(per_caption),
        "tokens_per_caption_max": max(per_caption),
        "tokens_per_word_world": sum(per_caption) / sum(words_per_caption),
        "tokens_per_word_general": gen_pieces,
        "tokens_per_word_unseen": unseen_pieces,
        "captions_per_s": len(captions) / tok_s,
    }
    mean, most = res["tokens_per_caption_mean"], res["tokens_per_caption_max"]
    lines = [
        f"vocabulary {res['vocab']} tokens (byte-level BPE, NFKC + lowercase)",
        f"world captions: {mean:.1f} tokens on average, max {most}, "
        f"{res['tokens_per_word_world']:.2f} tokens per word (punctuation included)",
        f"general English in the list: {gen_pieces:.2f} tokens/word; "
        f"unseen words: {unseen_pieces:.2f} tokens/word",
        f"tokenizer: {res['captions_per_s']:.0f} captions/s (encode_batch)",
    ]
    batch = captions[:32]
    for cfg in (BuiltinTextConfig(dim=128, depth=2, heads=4), BuiltinTextConfig()):
        enc = BuiltinTextEncoder(cfg).eval()
        params = sum(p.numel() for p in enc.parameters())
        ids, mask = enc.tokenize(batch)
        repeat = 3 if quick else 10
        with torch.no_grad():
            fp32 = _timed(enc, repeat, ids, mask)
            bf16 = None  # emulated bf16 (no AVX512-BF16/AMX) is ~50x slower: not timed
            if cpu_has_native_bf16():
                with torch.autocast("cpu", dtype=torch.bfloat16):
                    bf16 = _timed(enc, repeat, ids, mask)
        name = f"dim{cfg.dim}_depth{cfg.depth}"
        res[name] = {
            "params": params,
            "batch": len(batch),
            "tokens": ids.shape[1],
            "fp32_ms": fp32 * 1e3,
            "bf16_ms": None if bf16 is None else bf16 * 1e3,
        }
        lines.append(
            f"builtin encoder {name} ({params / 1e6:.2f} M params): "
            f"batch {len(batch)} x {ids.shape[1]} tokens forward {fp32 * 1e3:.1f} ms fp32, "
            + (
                f"{bf16 * 1e3:.1f} ms bf16 autocast"
                if bf16 is not None
                else "bf16 not timed (no native bf16)"
            )
            + f" ({torch.get_num_threads()} threads)"
        )
    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    (out / "text.json").write_text(json.dumps(res, indent=1))
    return lines


if __name__ == "__main__":
    print("\n".join(run(quick=False)))
