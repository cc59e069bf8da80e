"""Conditioning modes, long windows and shots (modes.py, windows.py, conditioning's pixel rule)
on the tiny random model: layout, held latents, frame counts, refusals and the CLI end to end."""

import dataclasses
import itertools

import numpy as np
import pytest
import torch

from kinetoscope import media, modes, world
from kinetoscope.conditioning import encode_condition, hold_unknown, known_latents, latent_groups
from kinetoscope.errors import UserError
from kinetoscope.pipeline import Pipeline, Request, load_pipeline
from kinetoscope.windows import WindowConfig, plan

PROMPT = "a small red circle on the left moves right, on a black background"
SHOTS = (
    "Shot 1: a large red square on the left stays still. "
    "Shot 2: the red square moves up, on a white background."
)


@pytest.fixture(scope="module")
def pipe(tiny_model):
    return load_pipeline(tiny_model)


@pytest.fixture(scope="module")
def clip():
    """12 world frames at 32x48 (the renderer's own size; the request resizes them)."""
    return world.render(world.parse(PROMPT).shots, frames=12, height=32, width=48)


def req_for(spec, **kw):
    return Request(PROMPT, frames=spec.frames, height=32, width=32, steps=2, seed=3, **kw)


class SpyPipeline(Pipeline):
    """Records every sampling pass: (condition, noise, output)."""

    def __init__(self, pipe):
        super().__init__(pipe.vae, pipe.dit, pipe.text, pipe.sampler, pipe.name)
        self.calls = []

    def generate_latents(self, req, cond=None, progress=None, **kw):
        out = super().generate_latents(req, cond, progress, **kw)
        self.calls.append((cond, kw.get("noise"), out))
        return out


# --- the pixel -> latent rule --------------------------------------------------------------------


def test_latent_groups_follow_the_causal_layout():
    assert [list(g) for g in latent_groups(10, 4)] == [[0], [1, 2, 3, 4], [5, 6, 7, 8], [9]]
    assert [list(g) for g in latent_groups(1, 4)] == [[0]]
    k = torch.zeros(10, dtype=torch.bool)
    k[:5] = True  # frames 0..4: latents 0 and 1
    assert known_latents(k, 4).tolist() == [True, True, False, False]
    k[:8] = True  # frames 5..7 only: group 2 is half known
    assert known_latents(k, 4).tolist() == [True, True, False, False]
    k[9] = True  # the last, partial group is known when its frames inside the video are
    assert known_latents(k, 4).tolist() == [True, True, False, True]


def test_hold_unknown_copies_the_nearest_known_frame():
    v = torch.arange(7.0).view(1, 1, 7, 1, 1)
    known = torch.tensor([False, True, False, False, False, True, False])
    assert hold_unknown(v, known).flatten().tolist() == [1, 1, 1, 1, 5, 5, 5]  # tie at 3 -> earlier


@pytest.mark.parametrize(
    "name, spec, expect",
    [
        ("image", lambda c: modes.image(c[0], 16), [1, 0, 0, 0, 0]),
        (
            "extend",
            lambda c: modes.extend(c, 7),
            [1, 1, 1, 0, 0, 0],
        ),  # frames 9..11 sit in half-known group 3
        (
            "backward",
            lambda c: modes.extend(c, 7, backward=True),
            [0, 0, 0, 1, 1, 1],
        ),  # video at 7..18
        ("fill", lambda c: modes.fill(c, 3, 6), [1, 0, 0, 1]),
        (
            "connect",
            lambda c: modes.connect(c, c[::-1].copy(), 5),
            [1, 1, 1, 0, 0, 1, 1, 1],
        ),  # b at 17..28
        ("edit", lambda c: modes.edit(c, 0.5), [0, 0, 0, 0]),
    ],
)
def test_condition_marks_exactly_the_whole_known_groups(pipe, clip, name, spec, expect):
    s = spec(clip)
    known = torch.from_numpy(s.known_mask())
    video = media.frames_to_tensor(s.pixels(32, 32))[None]
    cond = encode_condition(pipe.vae, video, known)
    assert cond.mask.flatten().tolist() == expect
    assert cond.latents.shape[2] == len(expect)
    assert torch.all(cond.latents[:, :, ~cond.mask[0, 0, :, 0, 0].bool()] == 0)


def test_known_prefix_is_encoded_exactly_as_the_real_video(pipe, clip):
    """Causal encoder: a known prefix encodes as it does inside the full video, whatever follows."""
    video = media.frames_to_tensor(media.resize_crop(clip, 32, 32))[None]  # (1, 3, 12, 32, 32)
    known = torch.zeros(12, dtype=torch.bool)
    known[:9] = True  # latents 0..2
    cond = encode_condition(pipe.vae, video, known)
    full = pipe.vae.encode(video)
    torch.testing.assert_close(cond.latents[:, :, :3], full[:, :, :3], rtol=1e-5, atol=1e-5)


# --- every mode ----------------------------------------------------------------------------------

MODES = {
    "text": lambda c: modes.text(16),
    "image": lambda c: modes.image(c[0], 16),
    "extend": lambda c: modes.extend(c, 7),
    "extend_backward": lambda c: modes.extend(c, 7, backward=True),
    "fill": lambda c: modes.fill(c, 3, 6),
    "connect": lambda c: modes.connect(c, c[::-1].copy(), 5),
    "edit": lambda c: modes.edit(c, 0.6),
    "loop": lambda c: modes.image(c[0], 16, loop=True),
}


@pytest.mark.parametrize("name", sorted(MODES))
def test_every_mode_makes_the_requested_video_and_holds_its_known_latents(pipe, clip, name):
    spec = MODES[name](clip)
    spy = SpyPipeline(pipe)
    out = modes.render(spy, req_for(spec), spec, paste="never")
    assert out.frames.shape == (spec.frames, 32, 32, 3) and out.frames.dtype == np.uint8
    assert out.kept == int(spec.known_mask().sum())
    for cond, _, z in spy.calls:  # every known latent comes out exactly as it went in
        if cond is not None:
            m = cond.mask[0, 0, :, 0, 0].bool()
            assert m.any() and torch.equal(z[:, :, m], cond.latents[:, :, m])
    if name != "loop":  # one pass; the frames are the decode of the returned latent
        frames = pipe.decode(out.latents, spec.frames).numpy()
        assert np.abs(frames.astype(int) - out.frames).max() <= 1  # streaming vs whole decode


def test_kept_frames_are_the_decode_of_the_known_latents_or_the_originals(pipe, clip):
    spec = modes.extend(clip, 7)  # latents 0..2 (frames 0..8) known
    req = req_for(spec)
    never = modes.render(pipe, req, spec, paste="never")
    cond = encode_condition(
        pipe.vae,
        media.frames_to_tensor(spec.pixels(32, 32))[None],
        torch.from_numpy(spec.known_mask()),
    )
    prefix = pipe.decode(cond.latents[:, :, :3], 9).numpy()  # the known latents alone (causal)
    assert np.abs(never.frames[:9].astype(int) - prefix).max() <= 1
    assert never.pasted == 0 and never.kept_psnr == pytest.approx(
        modes.psnr(never.frames[:12], spec.pixels(32, 32)[:12])
    )
    always = modes.render(pipe, req, spec, paste="always")
    assert np.array_equal(always.frames[:12], spec.pixels(32, 32)[:12]) and always.pasted == 12
    assert np.array_equal(always.frames[12:], never.frames[12:])
    assert always.kept_psnr == never.kept_psnr  # measured before pasting


def test_needs_refine_unless_the_given_frames_are_an_aligned_prefix():
    def mask(t, *spans):
        m = np.zeros(t, dtype=bool)
        for a, b in spans:
            m[a:b] = True
        return m

    assert not modes.needs_refine(mask(16), 4)  # text
    assert not modes.needs_refine(mask(16, (0, 1)), 4)  # image
    assert not modes.needs_refine(mask(20, (0, 13)), 4)  # extend a 13-frame video: groups 0..3
    assert not modes.needs_refine(mask(12, (0, 12)), 4)  # everything given
    assert modes.needs_refine(mask(19, (0, 12)), 4)  # frames 9..11 share a group with new frame 12
    assert modes.needs_refine(mask(19, (7, 19)), 4)  # backward
    assert modes.needs_refine(mask(12, (0, 3), (7, 12)), 4)  # fill


def test_draft_then_refine_holds_every_group_with_a_given_frame(pipe, clip):
    spec = modes.extend(clip, 7)  # 19 frames; given 0..11; group 3 = frames 9..12 is half given
    spy = SpyPipeline(pipe)
    out = modes.render(spy, req_for(spec), spec, paste="never")
    assert out.passes == 2 and len(spy.calls) == 2
    draft, final = spy.calls[0][0], spy.calls[1][0]
    assert draft.mask.flatten().tolist() == [1, 1, 1, 0, 0, 0]
    assert final.mask.flatten().tolist() == [1, 1, 1, 1, 0, 0]
    torch.testing.assert_close(
        final.latents[:, :, :3], draft.latents[:, :, :3]
    )  # causal: same prefix
    assert torch.equal(out.latents[:, :, :4], final.latents[:, :, :4])


def test_auto_paste_keeps_only_frames_within_the_threshold():
    pixels = np.full((4, 8, 8, 3), 100, np.uint8)
    frames = pixels.copy()
    frames[1] += 1  # ~48 dB: pasted
    frames[2] += 40  # ~16 dB: kept as decoded
    known = np.array([True, True, True, False])
    psnr, pasted = modes._paste(frames, pixels, known, "auto")
    assert pasted == 2 and np.array_equal(frames[:2], pixels[:2]) and frames[2, 0, 0, 0] == 140
    assert 15 < psnr < 25


def test_edit_strength_one_is_text_to_video_and_small_strength_keeps_the_source(pipe, clip):
    t2v = modes.render(pipe, req_for(modes.text(12)), modes.text(12))
    full = modes.render(pipe, req_for(modes.text(12)), modes.edit(clip, 1.0))
    assert torch.equal(full.latents, t2v.latents)
    light = modes.render(pipe, req_for(modes.text(12)), modes.edit(clip, 0.02))
    with torch.no_grad():
        src = pipe.vae.encode(media.frames_to_tensor(media.resize_crop(clip, 32, 32))[None])
    assert (light.latents - src).abs().mean() < 0.1 * (t2v.latents - src).abs().mean()


# --- long videos ---------------------------------------------------------------------------------


def test_plan_covers_every_latent_once_in_the_right_direction():
    n, w, o = 30, 6, 2
    fwd = plan(torch.zeros(n, dtype=torch.bool), w, o)
    assert fwd[0] == (0, w) and all(e - s == w for s, e in fwd) and fwd[-1][1] == n
    assert all(
        s2 == e1 - o for (_, e1), (s2, _) in itertools.pairwise(fwd[:-1])
    )  # then the last moves back
    known = torch.zeros(n, dtype=torch.bool)
    known[-4:] = True  # extend backwards: windows walk from the end
    back = plan(known, w, o)
    assert back[0][1] == n - 4 + o and back[-1][0] == 0 and all(e - s == w for s, e in back)
    assert [s for s, _ in back] == sorted((s for s, _ in back), reverse=True)
    assert plan(torch.zeros(5, dtype=torch.bool), w, o) == [(0, 5)]  # fits: whole sequence
    assert plan(torch.ones(n, dtype=torch.bool), w, o) == []


def test_short_video_is_one_pass_identical_to_the_pipeline(pipe):
    req = Request(PROMPT, frames=16, height=32, width=32, steps=2, seed=5)
    out = modes.render(pipe, req)
    assert out.passes == 1 and torch.equal(out.latents, pipe.generate_latents(req))


def test_windowed_generation_keeps_the_overlap_latents_exactly(pipe):
    req = Request(PROMPT, frames=41, height=32, width=32, steps=1, seed=2)  # 11 latent frames
    cfg = WindowConfig(frames=13, overlap=2)  # 4-latent windows
    spy = SpyPipeline(pipe)
    out = modes.render(spy, req, window=cfg)
    assert out.frames.shape == (41, 32, 32, 3) and out.latents.shape[2] == 11
    windows = plan(torch.zeros(11, dtype=torch.bool), 4, 2)
    assert out.passes == len(windows) == len(spy.calls) > 1
    noise = torch.randn(
        (1, *pipe.vae.latent_shape(41, 32, 32)), generator=torch.Generator().manual_seed(2)
    )
    done = 0  # latents settled by earlier windows
    for (s, e), (cond, w_noise, z) in zip(windows, spy.calls):
        assert torch.equal(w_noise, noise[:, :, s:e])  # one noise for the whole video
        lo = 1 if s > 0 else 0
        assert torch.equal(out.latents[:, :, s + lo : e], z[:, :, lo:])  # every latent written once
        if (
            s > 0
        ):  # window latent 0 (the image latent of frame 4s) + the settled global latents held
            assert done - s >= 2  # at least the overlap
            assert cond.mask.flatten().tolist() == [1.0] * (done - s) + [0.0] * (e - done)
            assert torch.equal(z[:, :, 1 : done - s], out.latents[:, :, s + 1 : done])
        done = e
    whole = modes.render(pipe, req, window=WindowConfig(frames=41))
    assert whole.passes == 1 and whole.frames.shape == out.frames.shape


def test_long_extend_backward_walks_back_to_the_start(pipe, clip):
    spec = modes.extend(clip, 29, backward=True)  # video at 29..40: latents 8..10 known
    spy = SpyPipeline(pipe)
    out = modes.render(
        spy,
        req_for(
            spec,
        ),
        spec,
        window=WindowConfig(frames=13, overlap=2),
        paste="never",
    )
    assert out.frames.shape[0] == 41 and out.passes > 1
    first = spy.calls[0][0].mask.flatten().tolist()
    assert first[-2:] == [1.0, 1.0] and first[0] == 0.0  # ends on the given video


# --- shots ---------------------------------------------------------------------------------------


def test_split_shots():
    assert modes.split_shots(SHOTS) == [
        "a large red square on the left stays still.",
        "the red square moves up, on a white background.",
    ]
    assert modes.split_shots(PROMPT) == [PROMPT]
    assert modes.split_shots("Cartoon. Shot 1: a ball. shot 2) a box") == [
        "Cartoon. a ball.",
        "Cartoon. a box",
    ]


def test_shots_are_rendered_each_on_its_own_with_a_cut_at_each_boundary(pipe):
    req = Request(SHOTS, frames=17, height=32, width=32, steps=1, seed=4)
    out = modes.render(pipe, req)
    assert out.shots == 2 and out.frames.shape == (17, 32, 32, 3)
    bounds = modes.shot_bounds(17, 2)
    assert bounds == [0, 8, 17] == [(k * 17) // 2 for k in range(3)]  # SPEC: floor(k T / n)
    for k, text in enumerate(modes.split_shots(SHOTS)):
        sub = dataclasses.replace(
            req, prompt=text, frames=bounds[k + 1] - bounds[k], seed=modes.derive_seed(4, k)
        )
        alone = modes.render(pipe, sub)
        assert np.array_equal(out.frames[bounds[k] : bounds[k + 1]], alone.frames)
    assert modes.derive_seed(4, 0) != modes.derive_seed(4, 1)


# --- refusals ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda c: modes.fill(c, 5, 12), "0 <= A <= B <= 11"),
        (lambda c: modes.fill(c, 7, 3), "0 <= A <= B"),
        (lambda c: modes.edit(c, 0.0), "strength"),
        (lambda c: modes.edit(c, 1.5), "strength"),
        (lambda c: modes.extend(c, 0), "at least one frame"),
        (lambda c: modes.connect(c, c, 0), "at least one new frame"),
        (lambda c: modes.Spec(12, known=((0, c),), loop=True), "loop"),
        (lambda c: modes.render(None, Request(SHOTS, frames=1), modes.text(1)), "2 shots"),
        (
            lambda c: modes.render(None, Request(SHOTS, frames=16), modes.text(16, loop=True)),
            "single-shot",
        ),
    ],
)
def test_bad_inputs_are_refused_in_one_sentence(clip, make, words):
    with pytest.raises(UserError) as e:
        make(clip)
    msg = str(e.value)
    assert words in msg and msg.endswith(".") and "\n" not in msg


# --- the commands, end to end --------------------------------------------------------------------


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("inputs")
    media.write_video(
        d / "a.mp4", world.render(world.parse(PROMPT).shots, frames=12, height=32, width=32), 8
    )
    media.write_video(
        d / "b.mp4",
        world.render(
            world.parse("a large blue square stays still").shots, frames=8, height=32, width=32
        ),
        8,
    )
    media.write_video(
        d / "odd.mp4", np.full((4, 40, 40, 3), 128, np.uint8), 8
    )  # not a size the model makes
    media.write_video(
        d / "img.png", world.render(world.parse(PROMPT).shots, frames=1, height=64, width=64), 8
    )
    (d / "junk.mp4").write_bytes(b"not a video")
    return d


def cli(capsys, *argv):
    from kinetoscope.cli import main

    rc = main([*argv, "--steps", "1", "--quiet"])
    cap = capsys.readouterr()
    return rc, cap.out, cap.err


@pytest.mark.parametrize(
    "argv, frames",
    [
        (
            [
                "generate",
                PROMPT,
                "--image",
                "{d}/img.png",
                "--seconds",
                "1",
                "--height",
                "32",
                "--width",
                "32",
            ],
            8,
        ),
        (["generate", PROMPT, "--loop", "--seconds", "1.5", "--height", "32", "--width", "32"], 12),
        (["generate", SHOTS, "--seconds", "2", "--height", "32", "--width", "32"], 16),
        (["extend", "{d}/a.mp4", PROMPT, "--seconds", "1"], 20),
        (["extend", "{d}/a.mp4", PROMPT, "--seconds", "0.5", "--backward"], 16),
        (["fill", "{d}/a.mp4", PROMPT, "--frames", "4-7"], 12),
        (["connect", "{d}/a.mp4", "{d}/b.mp4", PROMPT, "--seconds", "1"], 28),
        (["edit", "{d}/a.mp4", PROMPT, "--strength", "0.5"], 12),
    ],
)
def test_commands_write_the_whole_video(capsys, tmp_path, tiny_model, inputs, argv, frames):
    out = tmp_path / "out.mp4"
    argv = [a.format(d=inputs) for a in argv]
    rc, stdout, err = cli(capsys, *argv, "-o", str(out), "--checkpoint", str(tiny_model))
    assert rc == 0, err
    video = media.read_video(out)
    assert video.frames.shape == (frames, 32, 32, 3) and video.fps == 8
    assert "wrote" in stdout
    if argv[0] in ("extend", "fill", "connect") or "--image" in argv:
        assert "dB PSNR through the VAE" in stdout


@pytest.mark.parametrize(
    "argv, words",
    [
        (["extend", "{d}/junk.mp4", PROMPT, "--seconds", "1"], "junk.mp4"),
        (["extend", "{d}/missing.mp4", PROMPT, "--seconds", "1"], "missing.mp4"),
        (["fill", "{d}/a.mp4", PROMPT, "--frames", "4-12"], "0 <= A <= B <= 11"),
        (["fill", "{d}/a.mp4", PROMPT, "--frames", "four"], "A-B"),
        (["edit", "{d}/a.mp4", PROMPT, "--strength", "1.5"], "strength"),
        (["edit", "{d}/odd.mp4", PROMPT], "--height and --width"),
        (["extend", "{d}/a.mp4", PROMPT, "--seconds", "60"], "60 seconds"),
        (["connect", "{d}/a.mp4", "{d}/b.mp4", "a naked child", "--seconds", "1"], "refused"),
    ],
)
def test_commands_refuse_bad_input_in_one_sentence_and_write_nothing(
    capsys, tmp_path, tiny_model, inputs, argv, words
):
    out = tmp_path / "out.mp4"
    rc, _, err = cli(
        capsys, *[a.format(d=inputs) for a in argv], "-o", str(out), "--checkpoint", str(tiny_model)
    )
    assert rc != 0 and words in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists() and list(tmp_path.iterdir()) == []


# --- the world benchmark's conditioning modes ----------------------------------------------------


@pytest.mark.parametrize("name", ["image", "extend", "extend_backward", "fill", "connect", "shots"])
def test_benchmark_modes_give_frames_from_the_ground_truth(pipe, name):
    from kinetoscope.eval import modes as eval_modes
    from kinetoscope.eval.prompts import draw_case

    case = draw_case("shots" if name == "shots" else "single", 0, sizes=((32, 32),))
    truth = world.render(case.shots, frames=case.frames, height=32, width=32)
    run = {n: f for n, _, f, _ in eval_modes.ENTRIES}[name]
    made = run(pipe, case, truth, 1)
    assert made.frames.shape == truth.shape
    T = case.frames
    expect = {
        "image": [0],
        "extend": range(T // 2),
        "extend_backward": range(T // 2, T),
        "fill": [*range(T // 4), *range(T - T // 4, T)],
        "connect": [*range(T // 4), *range(T - T // 4, T)],
        "shots": [],
    }[name]
    kept = np.zeros(T, dtype=bool)
    kept[list(expect)] = True
    assert (made.kept is None and not kept.any()) or np.array_equal(made.kept, kept)
