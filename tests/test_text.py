"""Text: the built-in tokenizer and encoder, a tiny random T5 from a temp dir, CFG dropout."""

import copy
import dataclasses
import functools
import json
import pickle
import unicodedata

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from kinetoscope import text_tokenizer as TT
from kinetoscope.errors import UserError
from kinetoscope.text import (
    BuiltinTextConfig,
    BuiltinTextEncoder,
    HFT5TextEncoder,
    TextEncoder,
    cat_text,
    drop_text,
    load_text_encoder,
    pad_text,
    text_encoder_spec,
)

SMALL = BuiltinTextConfig(dim=32, depth=2, heads=4, max_length=24)
CANONICAL = (
    "a small red circle on the left moves right, and a large blue square at the top "
    "right stays still, behind a brown wall, on a black background."
)


@functools.cache
def shipped():
    return TT.load_tokenizer()


@pytest.fixture
def tok():
    return shipped()


def roundtrip(tok, s):
    return tok.decode(tok.encode(s).ids)


# --- tokenizer ---------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_tokenizer_round_trips_any_text(s):
    # Exact round trip of the normalised text (NFKC + lowercase by the tokenizers library's own
    # Unicode tables, which for a few recent code points differ from Python's unicodedata).
    t = shipped()
    normalised = t.normalizer.normalize_str(s)
    assert roundtrip(t, s) == normalised[1:]  # minus the one space the normaliser prepends
    assert t.encode(s).ids[0] == TT.BOS_ID


@pytest.mark.parametrize(
    "s",
    [
        "Ünïcode 東京 🎥 ok",
        "  two leading spaces",
        "tabs\tand\nnewlines\n",
        "ＦＵＬＬ width",
        "ligature ﬁsh",
        "literal <bos> and <pad> text",
        "x" * 300,
    ],
)
def test_tokenizer_round_trips_examples(tok, s):
    assert roundtrip(tok, s) == unicodedata.normalize("NFKC", s).lower()


def test_tokenizer_is_case_insensitive(tok):
    assert tok.encode(CANONICAL.upper()).ids == tok.encode(CANONICAL).ids
    # NFKC folds full-width forms
    assert tok.encode("ＲＥＤ Circle").ids == tok.encode("red circle").ids


def test_empty_prompt_is_one_bos_token(tok):
    assert tok.encode("").ids == [TT.BOS_ID]


def test_every_world_word_is_one_token(tok):
    words = sorted(TT.world_words())
    assert len(words) > 50
    for w in words:
        assert len(tok.encode(w).ids) == 2, w  # <bos> + the word
    for phrases in TT.MOTIONS.values():
        for p in phrases:
            assert len(tok.encode(p).ids) - 1 == len(p.split()), p
    # the canonical caption: one token per word or punctuation mark
    n_words = len(CANONICAL.replace(",", " ,").replace(".", " .").split())
    assert len(tok.encode(CANONICAL).ids) - 1 == n_words


def test_general_english_is_compact(tok):
    words = TT.general_words()
    pieces = [len(tok.encode(w).ids) - 1 for w in words]
    assert sum(pieces) / len(pieces) < 1.2
    assert tok.get_vocab_size() <= TT.DEFAULT_VOCAB


def test_shipped_tokenizer_is_what_the_recipe_builds():
    import tokenizers

    recipe = json.loads(TT.RECIPE.read_text())
    if recipe["tokenizers"] != tokenizers.__version__:
        pytest.skip(
            f"shipped file built with tokenizers {recipe['tokenizers']}, have {tokenizers.__version__}"
        )
    built = TT.build_tokenizer(
        vocab_size=recipe["vocab_size"], seed=recipe["seed"], captions=recipe["captions"]
    )
    assert built.to_str(pretty=True) == TT.SHIPPED.read_text(encoding="utf-8")


def test_world_captions_are_deterministic_and_use_every_synonym():
    a, b = TT.world_captions(3000, seed=5), TT.world_captions(3000, seed=5)
    assert a == b and a != TT.world_captions(3000, seed=6)
    corpus = " ".join(a).lower()
    for w in TT.world_words():
        assert f" {w}" in f" {corpus}", w


def test_bad_tokenizer_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError):
        TT.load_tokenizer(tmp_path / "missing.json")
    (tmp_path / "bad.json").write_text("{not json")
    with pytest.raises(UserError):
        TT.load_tokenizer(tmp_path / "bad.json")


# --- built-in encoder --------------------------------------------------------------------------


def test_builtin_shapes_mask_and_padding():
    enc = BuiltinTextEncoder(SMALL)
    assert isinstance(enc, TextEncoder) and enc.dim == 32 and enc.max_length == 24
    prompts = ["a red circle", "", "a small red circle on the left moves right"]
    tokens, mask = enc.encode(prompts)
    lengths = [len(enc.tokenizer.encode(p).ids) for p in prompts]
    assert tokens.shape == (3, max(lengths), 32) and mask.dtype == torch.bool
    assert mask.sum(1).tolist() == lengths
    for i, n in enumerate(lengths):  # real tokens first, then padding that is exactly zero
        assert bool(mask[i, :n].all()) and not bool(mask[i, n:].any())
        assert bool((tokens[i, n:] == 0).all())
        if n > 1:  # a one-token prompt centres to zero: its token is the final norm's bias
            assert bool(tokens[i, :n].abs().sum(-1).gt(0).all())


def test_builtin_null_is_the_empty_prompt():
    enc = BuiltinTextEncoder(SMALL)
    null, null_mask = enc.null(3)
    assert null.shape == (3, 1, 32) and bool(null_mask.all())
    empty, _ = enc.encode([""])
    assert torch.allclose(null[:1], empty, atol=1e-6)  # equal up to batch-size kernel rounding


def test_builtin_output_ignores_batch_padding_and_case():
    enc = BuiltinTextEncoder(SMALL)
    alone, _ = enc.encode(["a blue ball"])
    batched, _ = enc.encode(
        ["a blue ball", "a huge magenta triangle at the bottom left bounces around"]
    )
    assert torch.allclose(batched[:1, : alone.shape[1]], alone, atol=1e-5)
    shouted, _ = enc.encode(["A BLUE BALL"])
    assert torch.equal(shouted, alone)


def test_builtin_copies_keep_literal_special_tokens_as_text():
    enc = BuiltinTextEncoder(SMALL)
    for e in (enc, copy.deepcopy(enc), pickle.loads(pickle.dumps(enc))):
        ids, mask = e.tokenize(["<bos> <pad>"])
        assert (
            ids[0].tolist().count(TT.BOS_ID) == 1
            and TT.PAD_ID not in ids[0].tolist()
            and bool(mask.all())
        )


def test_builtin_truncates_to_max_length():
    enc = BuiltinTextEncoder(SMALL)
    tokens, mask = enc.encode(["word " * 100])
    assert tokens.shape[1] == SMALL.max_length and bool(mask.all())


def test_builtin_prompts_stay_apart_when_every_token_gets_the_same_large_vector():
    """The collapse the world recipe fell into: blocks add one large shared vector to every
    token. The final norm must still see (and pass on) only what tells prompts apart."""
    enc = BuiltinTextEncoder(SMALL)
    with torch.no_grad():
        enc.blocks[-1].mlp[2].bias.normal_(generator=torch.Generator().manual_seed(0)).mul_(100)
    tokens, mask = enc.encode(["a red ball", "a big blue square"])
    n = int(mask.sum(1).min())
    spread = (tokens[0, 1:n] - tokens[1, 1:n]).abs().mean() / tokens[:, 1:n].abs().mean()
    assert spread > 0.3
    plain = BuiltinTextEncoder(dataclasses.replace(SMALL, center=False))
    plain.load_state_dict(enc.state_dict())
    t2, _ = plain.encode(["a red ball", "a big blue square"])
    assert (t2[0, 1:n] - t2[1, 1:n]).abs().mean() / t2[:, 1:n].abs().mean() < 0.05  # what it fixes


def test_builtin_is_trainable_and_follows_weight_dtype():
    enc = BuiltinTextEncoder(SMALL)
    tokens, _ = enc.encode(["a red ball", "a cat"])
    tokens.square().sum().backward()
    assert enc.embed.weight.grad is not None and enc.blocks[0].qkv.weight.grad.abs().sum() > 0
    enc = enc.to(torch.float64)
    assert enc.encode(["a red ball"])[0].dtype == torch.float64


def test_builtin_save_load_round_trip(tmp_path):
    enc = BuiltinTextEncoder(SMALL)
    enc.save_pretrained(tmp_path / "te")
    assert sorted(p.name for p in (tmp_path / "te").iterdir()) == [
        "text_encoder.json",
        "text_encoder.safetensors",
        "tokenizer.json",
    ]
    back = load_text_encoder(str(tmp_path / "te"))
    assert isinstance(back, BuiltinTextEncoder)
    assert back.config.tokenizer == str(tmp_path / "te" / "tokenizer.json")  # the copy saved beside
    assert dataclasses.replace(back.config, tokenizer="") == enc.config
    prompts = ["a little green box rests", ""]
    assert torch.equal(back.encode(prompts)[0], enc.encode(prompts)[0])


def test_builtin_refuses_mismatched_weights_and_tokenizer(tmp_path):
    enc = BuiltinTextEncoder(SMALL)
    enc.save_pretrained(tmp_path)
    meta = json.loads((tmp_path / "text_encoder.json").read_text())
    meta["config"]["depth"] = 3
    (tmp_path / "text_encoder.json").write_text(json.dumps(meta))
    with pytest.raises(UserError):
        BuiltinTextEncoder.from_pretrained(tmp_path)
    with pytest.raises(UserError):  # weights recorded with another tokenizer's vocabulary
        BuiltinTextEncoder(BuiltinTextConfig(dim=32, depth=2, heads=4, tokenizer_hash="0" * 64))
    with pytest.raises(UserError):  # embedding table smaller than the vocabulary
        BuiltinTextEncoder(BuiltinTextConfig(dim=32, depth=1, heads=4, vocab_size=300))
    with pytest.raises(ValueError):
        BuiltinTextConfig(dim=30, heads=4)


def test_load_builtin_by_name_and_by_spec():
    enc = load_text_encoder("builtin", builtin=SMALL)
    assert isinstance(enc, BuiltinTextEncoder) and enc.dim == 32
    spec = json.loads(json.dumps(text_encoder_spec(enc)))  # what a model's JSON stores
    again = load_text_encoder(spec)
    assert again.config == enc.config
    again.load_state_dict(enc.state_dict(), strict=True)
    assert torch.equal(again.encode(["a red ball"])[0], enc.encode(["a red ball"])[0])
    with pytest.raises(UserError):
        load_text_encoder({"kind": "clip"})


# --- helpers -------------------------------------------------------------------------------------


def test_drop_text():
    prompts = [f"prompt {i}" for i in range(2000)]
    assert drop_text(prompts, 0.0) == prompts
    assert drop_text(prompts, 1.0) == [""] * 2000
    a = drop_text(prompts, 0.1, torch.Generator().manual_seed(0))
    assert a == drop_text(prompts, 0.1, torch.Generator().manual_seed(0))
    dropped = sum(s == "" for s in a)
    assert 140 < dropped < 260
    assert all(s in ("", p) for s, p in zip(a, prompts))
    with pytest.raises(ValueError):
        drop_text(prompts, 1.5)


def test_pad_and_cat_text():
    t1, m1 = torch.randn(2, 3, 8), torch.tensor([[1, 1, 1], [1, 0, 0]], dtype=torch.bool)
    t2, m2 = torch.randn(1, 5, 8), torch.ones(1, 5, dtype=torch.bool)
    t, m = cat_text((t1, m1), (t2, m2))
    assert t.shape == (3, 5, 8) and m.shape == (3, 5)
    assert torch.equal(t[:2, :3], t1) and bool((t[:2, 3:] == 0).all()) and not bool(m[:2, 3:].any())
    assert torch.equal(pad_text(t1, m1, 3)[0], t1)
    with pytest.raises(ValueError):
        pad_text(t2, m2, 4)


# --- Hugging Face T5 -------------------------------------------------------------------------


def _tiny_t5(directory, model_type="t5"):
    """A random 2-layer T5 (d_model 32) and a tiny unigram tokenizer, saved offline."""
    from tokenizers import (
        Tokenizer,
        decoders,
        models,
        normalizers,
        pre_tokenizers,
        processors,
        trainers,
    )
    from transformers import (
        PreTrainedTokenizerFast,
        T5Config,
        T5EncoderModel,
        UMT5Config,
        UMT5EncoderModel,
    )

    tok = Tokenizer(models.Unigram())
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.decoder = decoders.Metaspace()
    trainer = trainers.UnigramTrainer(
        vocab_size=80,
        special_tokens=["<pad>", "</s>", "<unk>"],
        unk_token="<unk>",
        show_progress=False,
    )
    tok.train_from_iterator(TT.world_captions(200, seed=0), trainer)
    tok.post_processor = processors.TemplateProcessing(
        single="$A </s>", special_tokens=[("</s>", 1)]
    )
    hf_tok = PreTrainedTokenizerFast(
        tokenizer_object=tok, pad_token="<pad>", eos_token="</s>", unk_token="<unk>"
    )
    cfg_cls, model_cls = (
        (T5Config, T5EncoderModel) if model_type == "t5" else (UMT5Config, UMT5EncoderModel)
    )
    cfg = cfg_cls(
        vocab_size=tok.get_vocab_size(),
        d_model=32,
        d_kv=8,
        d_ff=64,
        num_layers=2,
        num_heads=4,
        pad_token_id=0,
        eos_token_id=1,
        decoder_start_token_id=0,
    )
    torch.manual_seed(0)
    model = model_cls(cfg)
    model.save_pretrained(directory)
    hf_tok.save_pretrained(directory)
    return model, hf_tok


@pytest.fixture(scope="module")
def tiny_t5(tmp_path_factory):
    pytest.importorskip("transformers")
    d = tmp_path_factory.mktemp("t5")
    model, tok = _tiny_t5(d)
    return d, model.eval(), tok


def test_t5_encoder_from_a_local_directory(tiny_t5):
    path, model, tok = tiny_t5
    enc = load_text_encoder(str(path))
    assert isinstance(enc, HFT5TextEncoder) and isinstance(enc, TextEncoder) and enc.dim == 32
    prompts = ["a small red circle moves right", "", "a blue box"]
    tokens, mask = enc.encode(prompts)
    batch = tok(prompts, padding="longest", return_tensors="pt")
    assert tokens.shape == (3, batch["input_ids"].shape[1], 32)
    assert torch.equal(mask, batch["attention_mask"].bool())
    with torch.no_grad():
        want = model(**batch).last_hidden_state
    assert torch.allclose(tokens[mask], want[mask], atol=1e-5)
    assert bool((tokens[~mask] == 0).all())
    assert not any(p.requires_grad for p in enc.model.parameters()) and not tokens.requires_grad
    null, null_mask = enc.null(2)
    assert (
        torch.allclose(null[:1], enc.encode([""])[0], atol=1e-6)
        and null.shape[0] == 2
        and bool(null_mask.all())
    )
    again = load_text_encoder(json.loads(json.dumps(text_encoder_spec(enc))))
    assert isinstance(again, HFT5TextEncoder) and torch.equal(again.encode(prompts)[0], tokens)


def test_t5_truncates_and_casts(tiny_t5):
    path, _, _ = tiny_t5
    enc = HFT5TextEncoder(path, dtype=torch.bfloat16, max_length=6)
    tokens, _ = enc.encode(["a small red circle on the left moves right and bounces"])
    assert tokens.shape[1] == 6 and tokens.dtype == torch.bfloat16


def test_umt5_and_diffusers_layout(tmp_path):
    pytest.importorskip("transformers")
    _, tok = _tiny_t5(tmp_path / "text_encoder", model_type="umt5")
    tok.save_pretrained(tmp_path / "tokenizer")
    for f in ("tokenizer.json", "tokenizer_config.json"):
        (tmp_path / "text_encoder" / f).unlink()
    enc = load_text_encoder(str(tmp_path))
    assert type(enc.model).__name__ == "UMT5EncoderModel"
    tokens, mask = enc.encode(["a cyan disc rests"])
    assert tokens.shape[0] == 1 and tokens.shape[2] == 32 and bool(mask.all())


def test_bad_t5_paths_are_user_errors(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        load_text_encoder(str(tmp_path / "nowhere"))
    with pytest.raises(UserError, match="config.json"):
        HFT5TextEncoder(tmp_path)
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "bert"}))
    (tmp_path / "tokenizer.json").write_text("{}")
    with pytest.raises(UserError, match="not a T5"):
        HFT5TextEncoder(tmp_path)
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "t5", "d_model": 32}))
    with pytest.raises(UserError):  # a config but no weights
        HFT5TextEncoder(tmp_path)
    (tmp_path / "tokenizer.json").unlink()
    with pytest.raises(UserError, match="tokenizer"):
        HFT5TextEncoder(tmp_path)
