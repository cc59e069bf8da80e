import pytest
import torch

from kinetoscope.conditioning import MODES, Condition, frame_mask, mode_mask, sample_training_masks


def test_cond_input_and_apply_keep_known_frames():
    lat = torch.randn(2, 4, 5, 3, 3)
    known = torch.tensor([True, True, False, False, True])
    cond = Condition(lat, frame_mask(known, 2))
    ci = cond.cond_input()
    assert ci.shape == (2, 5, 5, 3, 3)
    assert torch.equal(ci[:, :4, known], lat[:, :, known])
    assert torch.all(ci[:, :4, ~known] == 0)
    assert torch.all(ci[:, 4, known] == 1) and torch.all(ci[:, 4, ~known] == 0)
    x = torch.randn_like(lat)
    y = cond.apply(x)
    assert torch.equal(y[:, :, known], lat[:, :, known])
    assert torch.equal(y[:, :, ~known], x[:, :, ~known])


def test_empty_condition_is_zero_input():
    lat = torch.randn(1, 4, 3, 2, 2)
    cond = Condition(lat, frame_mask(torch.zeros(3, dtype=torch.bool)))
    assert cond.is_empty
    assert torch.all(cond.cond_input() == 0)


@pytest.mark.parametrize("frames", [1, 2, 3, 5, 16])
def test_mode_masks_have_their_shape(frames):
    g = torch.Generator().manual_seed(1)
    for _ in range(20):
        assert not mode_mask("t2v", frames, g).any()
        img = mode_mask("image", frames, g)
        assert img[0] and img.sum() == 1
        ext = mode_mask("extend", frames, g)
        if frames >= 2:
            n = int(ext.sum())
            assert 1 <= n < frames and ext[:n].all()
        back = mode_mask("extend_backward", frames, g)
        if frames >= 2:
            n = int(back.sum())
            assert 1 <= n < frames and back[frames - n:].all()
        fill = mode_mask("fill", frames, g)
        conn = mode_mask("connect", frames, g)
        if frames >= 3:
            for m in (fill, conn):
                assert m[0] and m[-1] and not m.all()
            # fill leaves exactly one contiguous hole
            holes = (~fill).nonzero().flatten()
            assert holes.max() - holes.min() + 1 == len(holes)


def test_training_masks_follow_probabilities_and_seed():
    probs = {"t2v": 0.5, "image": 0.5}
    a = sample_training_masks(400, 5, probs, torch.Generator().manual_seed(3))
    b = sample_training_masks(400, 5, probs, torch.Generator().manual_seed(3))
    assert torch.equal(a, b)
    frac_image = a[:, 0, 0, 0, 0].mean().item()
    assert 0.4 < frac_image < 0.6
    assert torch.all(a[:, 0, 1:] == 0)


def test_unknown_mode_refused():
    with pytest.raises(ValueError):
        mode_mask("rewind", 4)
    assert set(MODES) >= {"t2v", "image", "extend", "extend_backward", "fill", "connect"}
