"""Shared layers: norms, 3D RoPE, attention (all its paths), timestep embedding, precision policy."""

import pytest
import torch
import torch.nn.functional as F

from kinetoscope import nn as knn


def test_rms_norm_matches_formula_and_keeps_dtype():
    norm = knn.RMSNorm(8)
    with torch.no_grad():
        norm.weight.copy_(torch.arange(1.0, 9.0))
    x = torch.randn(3, 5, 8)
    want = x / torch.sqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6) * norm.weight
    torch.testing.assert_close(norm(x), want)
    assert norm(x.bfloat16()).dtype == torch.bfloat16


def test_rope_split_covers_head_width():
    for k in (16, 32, 64, 128):
        split = knn.rope_split(k)
        assert sum(split) == k // 2 and split[1] == split[2] and split[0] >= split[1]


def _rotate(x, pos, split):
    cos, sin = knn.rope_angles(pos, knn.rope_frequencies(split), split)
    return knn.apply_rope(x[None, :, None, :], cos[None], sin[None])[0, :, 0]  # (N, K)


def test_rope_scores_depend_only_on_relative_position():
    torch.manual_seed(0)
    split = knn.rope_split(32)
    q, k = torch.randn(32, dtype=torch.float64), torch.randn(32, dtype=torch.float64)
    p1, p2 = torch.tensor([[2.0, 5.0, 1.0]]), torch.tensor([[7.0, 3.0, 4.0]])
    for shift in ([0.0, 0.0, 0.0], [3.0, -2.0, 11.0], [100.0, 40.0, 7.0]):
        d = torch.tensor([shift])
        s = (
            _rotate(q[None].float(), p1 + d, split) * _rotate(k[None].float(), p2 + d, split)
        ).sum()
        s0 = (_rotate(q[None].float(), p1, split) * _rotate(k[None].float(), p2, split)).sum()
        torch.testing.assert_close(s, s0, atol=1e-4, rtol=1e-4)
    # ...and do depend on it, along every axis: no axis is left unencoded.
    base = (_rotate(q[None].float(), p1, split) * _rotate(k[None].float(), p2, split)).sum()
    for axis in range(3):
        moved = p1.clone()
        moved[0, axis] += 1
        other = (_rotate(q[None].float(), moved, split) * _rotate(k[None].float(), p2, split)).sum()
        assert abs(float(other - base)) > 1e-3


def test_rope_preserves_norm_and_is_identity_at_origin():
    split = knn.rope_split(64)
    x = torch.randn(10, 64)
    pos = torch.randint(0, 50, (10, 3)).float()
    torch.testing.assert_close(_rotate(x, pos, split).norm(dim=-1), x.norm(dim=-1))
    torch.testing.assert_close(_rotate(x, torch.zeros(10, 3), split), x)


def test_grid_positions_raster_order():
    pos = knn.grid_positions(2, 3, 4)
    assert pos.shape == (24, 3)
    assert (
        pos[0].tolist() == [0, 0, 0]
        and pos[1].tolist() == [0, 0, 1]
        and pos[4].tolist() == [0, 1, 0]
    )
    assert pos[-1].tolist() == [1, 2, 3]


def _reference(q, k, v, mask=None):
    return F.scaled_dot_product_attention(q.double(), k.double(), v.double(), attn_mask=mask)


@pytest.mark.parametrize("dtype,tol", [(torch.float32, 1e-5), (torch.bfloat16, 2e-2)])
def test_attention_matches_reference_with_padding_mask(dtype, tol):
    q = torch.randn(2, 3, 20, 16, dtype=dtype)
    k, v = torch.randn(2, 3, 9, 16, dtype=dtype), torch.randn(2, 3, 9, 16, dtype=dtype)
    mask = torch.ones(2, 1, 1, 9, dtype=torch.bool)
    mask[1, ..., 5:] = False
    out = knn.attention(q, k, v, mask)
    assert out.dtype == dtype
    torch.testing.assert_close(out.double(), _reference(q, k, v, mask), atol=tol, rtol=tol)


@pytest.mark.parametrize("heads,nq,nk,full_mask", [(3, 700, 800, True), (12, 200, 300, False)])
def test_attention_explicit_blocked_path_matches_reference(heads, nq, nk, full_mask):
    # Enough scores that the bf16 CPU path splits into blocks of query rows (one head's
    # scores exceed a block) or of heads.
    q = torch.randn(2, heads, nq, 16, dtype=torch.bfloat16)
    k = torch.randn(2, heads, nk, 16, dtype=torch.bfloat16)
    v = torch.randn(2, heads, nk, 16, dtype=torch.bfloat16)
    assert knn._use_explicit(q, k) and 2 * heads * nq * nk > knn._BLOCK_SCORES
    mask = torch.rand(2, heads, nq, nk) > 0.2 if full_mask else torch.rand(2, 1, 1, nk) > 0.2
    out = knn.attention(q, k, v, mask)
    torch.testing.assert_close(out.double(), _reference(q, k, v, mask), atol=2e-2, rtol=2e-2)


def test_attention_rows_with_no_keys_are_zero_with_finite_grads():
    q = torch.randn(2, 2, 4, 8, requires_grad=True)
    k = torch.randn(2, 2, 5, 8, requires_grad=True)
    v = torch.randn(2, 2, 5, 8, requires_grad=True)
    mask = torch.ones(2, 1, 1, 5, dtype=torch.bool)
    mask[1] = False  # the second sample has no text at all
    out = knn.attention(q, k, v, mask)
    assert torch.equal(out[1], torch.zeros_like(out[1]))
    torch.testing.assert_close(out[0], _reference(q, k, v)[0].float())
    out.sum().backward()
    assert all(torch.isfinite(t.grad).all() for t in (q, k, v))


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_block_diagonal_attention_equals_separate(dtype):
    lens, kv_lens = (5, 12, 3), (4, 0, 7)
    q = torch.randn(1, 2, sum(lens), 8, dtype=dtype)
    k, v = (
        torch.randn(1, 2, sum(kv_lens), 8, dtype=dtype),
        torch.randn(1, 2, sum(kv_lens), 8, dtype=dtype),
    )
    out = knn.attention(q, k, v, knn.BlockDiagonalMask(lens, kv_lens))
    for qi, ki, vi, oi in zip(
        q.split(lens, 2), k.split(kv_lens, 2), v.split(kv_lens, 2), out.split(lens, 2)
    ):
        want = torch.zeros_like(qi) if ki.shape[2] == 0 else knn.attention(qi, ki, vi)
        torch.testing.assert_close(oi, want)
    with pytest.raises(ValueError):
        knn.BlockDiagonalMask((1, 2), (3,))


def test_timestep_embedding_distinguishes_close_times():
    e = knn.timestep_embedding(torch.tensor([0.0, 0.001, 0.5, 1.0]), 256)
    assert e.shape == (4, 256) and e.dtype == torch.float32
    assert (e[0] - e[1]).abs().max() > 1e-2  # one step of a 1000-step schedule is visible
    torch.testing.assert_close(e[0, :128], torch.ones(128))  # cos(0)
    assert knn.timestep_embedding(torch.rand(3), 255).shape == (3, 255)


def test_mlp_kinds():
    x = torch.randn(2, 5, 16)
    assert knn.Mlp(16, 32, "gelu")(x).shape == (2, 5, 16)
    swiglu = knn.Mlp(16, 32, "swiglu")
    assert swiglu(x).shape == (2, 5, 16) and swiglu.fc1.out_features == 64
    with pytest.raises(ValueError):
        knn.Mlp(16, 32, "relu")


def test_modulate_and_gated_residual():
    x, y = torch.randn(2, 3, 4), torch.randn(2, 3, 4, dtype=torch.bfloat16)
    shift, scale, gate = torch.randn(2, 1, 4), torch.randn(2, 1, 4), torch.randn(2, 1, 4)
    torch.testing.assert_close(knn.modulate(x, shift, scale), x * (1 + scale) + shift)
    r = knn.gated_residual(x, gate, y)
    assert r.dtype == torch.float32
    torch.testing.assert_close(r, x + gate * y.float())


def test_precision_policy():
    assert knn.compute_dtype("cpu", "fp32") == torch.float32
    assert knn.compute_dtype("cpu", "bf16") == torch.bfloat16
    assert knn.compute_dtype("cpu", "auto") in (torch.bfloat16, torch.float32)
    assert knn.compute_dtype("cpu", "auto") != torch.float16  # never fp16
    with pytest.raises(ValueError):
        knn.compute_dtype("cpu", "fp16")
    lin = torch.nn.Linear(8, 8)
    with knn.autocast("cpu", "bf16"):
        assert lin(torch.randn(2, 8)).dtype == torch.bfloat16
        # norms stay in fp32 even inside autocast
        assert knn.layer_norm32(torch.randn(2, 8).bfloat16()).dtype == torch.float32
    with knn.autocast("cpu", "fp32"):
        assert lin(torch.randn(2, 8)).dtype == torch.float32


@pytest.mark.parametrize("with_weight,with_rope", [(True, True), (True, False), (False, True)])
def test_norm_rope_matches_composition_and_gradcheck(with_weight, with_rope):
    B, N, H, K = 2, 6, 3, 8
    split = knn.rope_split(K)
    cos, sin = knn.rope_angles(knn.grid_positions(1, 2, 3), knn.rope_frequencies(split), split)
    rope = (cos[None].double(), sin[None].double()) if with_rope else None
    x = torch.randn(B, N, H, K, dtype=torch.float64, requires_grad=True)
    w = (torch.rand(K, dtype=torch.float64) + 0.5).requires_grad_() if with_weight else None

    def fused(x, w):
        return knn.norm_rope(x, w, rope, 0.7, 1e-6, torch.float64)

    want = F.rms_norm(x, (K,), w, 1e-6)
    if rope is not None:
        h = K // 2
        c, s = rope[0].unsqueeze(-2), rope[1].unsqueeze(-2)
        want = torch.cat(
            (want[..., :h] * c - want[..., h:] * s, want[..., :h] * s + want[..., h:] * c), -1
        )
    out = fused(x, w)
    assert out.shape == (B, H, N, K) and out.is_contiguous()
    torch.testing.assert_close(out, (0.7 * want).transpose(1, 2))
    assert torch.autograd.gradcheck(fused, (x, w))


def test_norm_rope_bf16_output_and_fp32_inside():
    x = torch.randn(2, 5, 2, 16, dtype=torch.bfloat16, requires_grad=True)
    w = torch.ones(16, requires_grad=True)
    out = knn.norm_rope(x, w, None, 1.0, 1e-6, torch.bfloat16)
    assert out.dtype == torch.bfloat16
    torch.testing.assert_close(
        out.float(), F.rms_norm(x.float(), (16,), eps=1e-6).transpose(1, 2), atol=2e-2, rtol=2e-2
    )
    out.float().sum().backward()
    assert x.grad.dtype == torch.bfloat16 and w.grad.dtype == torch.float32


def test_explicit_attention_gradients_match_sdpa():
    q = torch.randn(2, 4, 30, 16, requires_grad=True)
    k = torch.randn(2, 4, 20, 16, requires_grad=True)
    v = torch.randn(2, 4, 20, 16, requires_grad=True)
    mask = torch.rand(2, 1, 1, 20) > 0.3
    g = torch.randn(2, 4, 30, 16)
    want = torch.autograd.grad((_reference(q, k, v, mask).float() * g).sum(), (q, k, v))
    qb, kb, vb = (t.detach().bfloat16().requires_grad_() for t in (q, k, v))
    assert knn._use_explicit(qb, kb)
    got = torch.autograd.grad((knn.attention(qb, kb, vb, mask).float() * g).sum(), (qb, kb, vb))
    for a, b in zip(got, want):
        torch.testing.assert_close(a.float(), b, atol=5e-2, rtol=5e-2)
