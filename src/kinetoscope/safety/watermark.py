"""Invisible watermark: a keyed spread-spectrum pattern in every frame, carrying 64 bits.

Why our own scheme: ``invisible-watermark`` refuses frames under 256x256, and our native
size is 64x64. The scheme below is spread-spectrum watermarking (Cox, Kilian, Leighton and
Shamoon, "Secure spread spectrum watermarking for multimedia", IEEE TIP 1997) laid out the
way broadcast-monitoring video marks are (Kalker et al., "A video watermarking system for
broadcast monitoring", SPIE 1999): one static pattern added to every frame, detected by
correlation after averaging the frames, with a periodic layout so that a crop is just a
shift the detector searches for.

Embedding (per video)
- The payload is 64 bits: a 16-bit model id and a 48-bit video id. A CRC-24 is appended
  and the 88 bits go through a rate-1/3, constraint-length-7 convolutional code (LTE's
  generators 133, 171, 165 octal), 282 coded bits, decoded by soft-decision Viterbi.
- The pattern lives in the 2-D Fourier domain of a tile whose period is the frame's short
  side ``P = min(H, W)`` (so resizing the video rescales the tile with it). Its support is
  a ring of mid frequencies, ``R_LO <= |(u, v)| <= R_HI`` (4 .. 18) cycles per tile (periods
  of 3.5 to 16 pixels at 64x64): low enough that H.264 at CRF 28 (which zeroes small
  high-frequency coefficients) and a 64->48 downscale keep most of it, high enough to
  stay clear of the slow gradients where natural images keep most of their energy.
- A key seeds a generator that gives every coefficient a random phase and a role. A third
  are *sync* coefficients with a fixed phase (they say "a mark is here" and where the tile
  starts); the rest carry the coded bits, two per coefficient (the real and imaginary
  parts, QPSK), each coded bit repeated over every chip the key assigns to it. All
  coefficients have the same magnitude, so the pattern is keyed noise with a flat spectrum
  in the band and no visible structure.
- The pattern is scaled to ``strength`` luma levels RMS on flat areas (2.5: PSNR 40 dB on a
  flat frame) and up to twice that where a 15x15 window is busy (texture, edges, the
  world's camera grid: they hide it, and x264's adaptive quantisation would otherwise
  remove it there), with the busy-area gain scaled back so the video's PSNR stays >= 38 dB.
  It is added to R, G and B alike (a luma change: H.264 keeps luma at full resolution),
  the same pattern in every frame: a static mark is what inter-frame coding preserves (the
  encoder codes it once in the key frame and copies it forward in skipped blocks).

Detection (blind: no original needed)
- Each frame's luma is resampled to a short side of 64 and its 5x5 median subtracted: the
  median keeps flat areas and step edges (the world's flat shapes, most edges in real
  scenes), so the residual is mostly the mark; it is clipped to +-8 levels so the few
  pixels where the median fails (corners, thin lines) cannot dominate, and averaged over
  up to 32 frames (moving content averages out, the static mark adds up).
- For each candidate tile period ``P = rho * 64`` (``rho`` = 1 for the native size and any
  resize, > 1 for a cropped frame; 0.90 .. 1.61 in 2% steps), project the residual on the
  band's complex exponentials and keep only their phases (phase-only matched filtering,
  "SPOMF": it whitens what the median left of the host).
- Correlate the phases with the sync phases for every cyclic shift at once with one 2-D
  FFT (half-pixel steps); ``z = corr / sqrt(K_sync / 2)`` is about N(0, 1) at each shift of
  an unmarked video. The score is the largest z over shifts and periods.
- At the best peaks, the data chips are de-rotated, summed per coded bit and
  Viterbi-decoded; the payload is returned only when its CRC-24 matches.

The key is public (``DEFAULT_KEY``) unless you configure your own: anyone with it can
detect, strip or forge the mark. It is a recognition mark that survives re-encoding, not a
security feature; the C2PA signature (``kinetoscope.provenance``) is what can't be forged.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from PIL import Image

DEFAULT_KEY = "kinetoscope-watermark-v1"
MODEL_ID_BITS = 16
VIDEO_ID_BITS = 48
PAYLOAD_BITS = MODEL_ID_BITS + VIDEO_ID_BITS  # 64
CRC_BITS = 24
DEFAULT_STRENGTH = 2.5  # luma levels RMS on flat areas; PSNR = 20 log10(255 / 2.5) = 40.2 dB
MIN_PSNR = 38.0  # the masking gain is scaled back so no video's mark costs more
# Perceptual masking (see _activity_gain): window, std for full gain, extra gain.
_MASK_WINDOW = 15
_MASK_STD = 12.0
_MASK_MAX = 1.0

# The frequency band, in cycles per tile (a tile is the frame's short side).
R_LO, R_HI = 4.0, 18.0
SYNC_FRACTION = 1 / 3

# Convolutional code: rate 1/3, constraint length 7 (64 states), LTE's generators.
_GENERATORS = (0o133, 0o171, 0o165)
_CONSTRAINT = 7
_MESSAGE_BITS = PAYLOAD_BITS + CRC_BITS  # 88
_CODED_BITS = (_MESSAGE_BITS + _CONSTRAINT - 1) * len(_GENERATORS)  # 282 with the tail

# Detection search: tile periods rho * min(h, w), and the shift grid (2x oversampled).
_RHOS = tuple(1.02**k for k in range(-5, 25))  # 0.90 .. 1.61, 1.0 exactly
_SHIFT_GRID = 128
# Detection front end (see _residual).
_DETECT_SIDE = 64
_DETECT_FRAMES = 32
_MEDIAN = 5
_CLIP = 8.0
_LUMA = np.array([0.299, 0.587, 0.114])
_DECODE_CANDIDATES = 3  # best (period, shift) peaks tried for a CRC-valid payload


# ----------------------------------------------------------------------------- payload


@dataclass(frozen=True)
class Payload:
    """What the mark carries: which model made the video, and which video it is."""

    model_id: int  # 16 bits
    video_id: int  # 48 bits

    def __post_init__(self) -> None:
        if not 0 <= self.model_id < 1 << MODEL_ID_BITS:
            raise ValueError(f"model_id must fit in {MODEL_ID_BITS} bits, got {self.model_id}")
        if not 0 <= self.video_id < 1 << VIDEO_ID_BITS:
            raise ValueError(f"video_id must fit in {VIDEO_ID_BITS} bits, got {self.video_id}")

    @classmethod
    def new(cls, model: int | str) -> Payload:
        """A payload for a fresh video: ``model`` (an id or a name) and a random video id."""
        model_id = model if isinstance(model, int) else model_id_for(model)
        return cls(model_id, secrets.randbits(VIDEO_ID_BITS))

    def to_bytes(self) -> bytes:
        return ((self.model_id << VIDEO_ID_BITS) | self.video_id).to_bytes(8, "big")

    @classmethod
    def from_bytes(cls, data: bytes) -> Payload:
        if len(data) != 8:
            raise ValueError(f"a payload is 8 bytes, got {len(data)}")
        n = int.from_bytes(data, "big")
        return cls(n >> VIDEO_ID_BITS, n & ((1 << VIDEO_ID_BITS) - 1))

    def to_dict(self) -> dict:
        return {"model_id": self.model_id, "video_id": f"{self.video_id:012x}"}


def model_id_for(name: str) -> int:
    """A stable 16-bit id for a model name (its weights folder name, a preset...)."""
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:2], "big")


def _to_bits(data: bytes) -> np.ndarray:
    return np.unpackbits(np.frombuffer(data, np.uint8))  # (8 * len,) 0/1, MSB first


def _crc24(bits: np.ndarray) -> np.ndarray:
    """CRC-24/OpenPGP (RFC 4880) of a bit string, as 24 bits."""
    reg = 0xB704CE
    for b in bits:
        top = ((reg >> 23) & 1) ^ int(b)
        reg = (reg << 1) & 0xFFFFFF
        if top:
            reg ^= 0x864CFB
    return np.array([(reg >> (23 - i)) & 1 for i in range(CRC_BITS)], np.uint8)


# ----------------------------------------------------------------------------- channel code


@lru_cache(maxsize=1)
def _trellis() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Outputs (+-1) of every 7-bit shift-register value, and each state's predecessors."""
    regs = np.arange(1 << _CONSTRAINT)
    out = np.stack([np.array([bin(r & g).count("1") & 1 for r in regs]) for g in _GENERATORS], 1)
    signs = 1.0 - 2.0 * out  # (128, 3): bit 0 -> +1, bit 1 -> -1
    states = np.arange(1 << (_CONSTRAINT - 1))
    reg0 = ((states >> 1) << 1) | (states & 1)  # predecessor with a 0 in the oldest bit
    return signs, reg0, reg0 | (1 << (_CONSTRAINT - 1))


def _conv_encode(bits: np.ndarray) -> np.ndarray:
    """Message bits (0/1) -> coded bits (0/1), with a zero tail so the trellis ends in 0."""
    signs, _, _ = _trellis()
    state, out = 0, []
    for b in np.concatenate([bits, np.zeros(_CONSTRAINT - 1, np.uint8)]):
        reg = ((state << 1) | int(b)) & ((1 << _CONSTRAINT) - 1)
        out.append(signs[reg] < 0)
        state = reg & ((1 << (_CONSTRAINT - 1)) - 1)
    return np.concatenate(out).astype(np.uint8)


def _viterbi(soft: np.ndarray) -> np.ndarray:
    """Soft-decision Viterbi: soft (coded,) > 0 means bit 0 -> most likely message bits."""
    signs, reg0, reg1 = _trellis()
    steps = soft.reshape(-1, len(_GENERATORS))  # (steps, 3)
    metric = np.full(1 << (_CONSTRAINT - 1), -np.inf)
    metric[0] = 0.0
    prev0, prev1 = reg0 >> 1, reg1 >> 1  # predecessor states of every state
    decisions = np.zeros((len(steps), len(metric)), bool)
    for t, s in enumerate(steps):
        m0 = metric[prev0] + signs[reg0] @ s
        m1 = metric[prev1] + signs[reg1] @ s
        decisions[t] = m1 > m0
        metric = np.where(decisions[t], m1, m0)
    state, bits = 0, []  # the tail drives the encoder back to state 0
    for t in range(len(steps) - 1, -1, -1):
        bits.append(state & 1)
        state = (state >> 1) | (int(decisions[t, state]) << (_CONSTRAINT - 2))
    return np.array(bits[::-1][: len(steps) - (_CONSTRAINT - 1)], np.uint8)


# ----------------------------------------------------------------------------- the pattern


@dataclass(frozen=True, eq=False)
class _Pattern:
    """The key's band: K frequencies, their carrier phases, and which carry what."""

    u: np.ndarray  # (K,) horizontal cycles per tile
    v: np.ndarray  # (K,) vertical cycles per tile (half plane: v > 0, or v == 0 and u > 0)
    carrier: np.ndarray  # (K,) complex unit phasors e^{i psi_k}
    sync: np.ndarray  # (K_sync,) indices of the sync coefficients
    data: np.ndarray  # (K_data,) indices of the data coefficients
    chips: np.ndarray  # (2 K_data,) coded-bit index of each chip (re, im of each data coef)


def _key_seed(key: str | bytes) -> int:
    raw = key.encode("utf-8") if isinstance(key, str) else bytes(key)
    return int.from_bytes(hashlib.sha256(b"kinetoscope-wm:" + raw).digest()[:8], "big")


@lru_cache(maxsize=8)
def _pattern(key: str | bytes) -> _Pattern:
    r = int(np.ceil(R_HI))
    v, u = np.mgrid[0 : r + 1, -r : r + 1]
    radius = np.hypot(u, v)
    keep = (radius >= R_LO) & (radius <= R_HI) & ((v > 0) | (u > 0))
    u, v = u[keep], v[keep]
    rng = np.random.default_rng(_key_seed(key))
    carrier = np.exp(2j * np.pi * rng.random(len(u)))
    order = rng.permutation(len(u))
    n_sync = int(round(SYNC_FRACTION * len(u)))
    sync, data = np.sort(order[:n_sync]), np.sort(order[n_sync:])
    n_chips = 2 * len(data)
    if n_chips < _CODED_BITS:
        raise AssertionError(f"band too small: {n_chips} chips for {_CODED_BITS} coded bits")
    reps = -(-n_chips // _CODED_BITS)
    chips = np.concatenate([rng.permutation(_CODED_BITS) for _ in range(reps)])[:n_chips]
    return _Pattern(u, v, carrier, sync, data, chips)


def _coefficients(pat: _Pattern, payload: Payload) -> np.ndarray:
    """(K,) complex amplitudes: sync at their carrier, data QPSK-modulated by coded bits."""
    message = _to_bits(payload.to_bytes())
    coded = _conv_encode(np.concatenate([message, _crc24(message)]))
    symbols = 1.0 - 2.0 * coded[pat.chips].astype(np.float64)  # (2 K_data,) +-1
    qpsk = (symbols[0::2] + 1j * symbols[1::2]) / np.sqrt(2.0)
    coef = pat.carrier.copy()
    coef[pat.data] *= qpsk
    return coef


def _render(pat: _Pattern, coef: np.ndarray, height: int, width: int) -> np.ndarray:
    """The pattern on an (H, W) pixel grid with tile period min(H, W), unit RMS."""
    period, r = min(height, width), int(np.ceil(R_HI))
    grid = np.zeros((r + 1, 2 * r + 1), np.complex128)  # (v, u) spectrum of one tile
    grid[pat.v, pat.u + r] = coef
    ey = np.exp(2j * np.pi * np.outer(np.arange(height), np.arange(r + 1)) / period)  # (H, r+1)
    ex = np.exp(2j * np.pi * np.outer(np.arange(-r, r + 1), np.arange(width)) / period)  # (2r+1, W)
    w = (ey @ grid @ ex).real  # (H, W): sum_k Re(c_k e^{2 pi i (u x + v y) / P})
    return w / np.sqrt(np.mean(w**2))


def pattern(
    payload: Payload | bytes, height: int, width: int, *, key: str | bytes = DEFAULT_KEY
) -> np.ndarray:
    """The (H, W) float pattern ``embed`` adds (unit RMS), e.g. to look at it."""
    payload = payload if isinstance(payload, Payload) else Payload.from_bytes(payload)
    pat = _pattern(key)
    return _render(pat, _coefficients(pat, payload), height, width)


def _box_mean(x: np.ndarray, k: int) -> np.ndarray:
    """Mean over a k x k window (edges reflected), via an integral image: O(H W)."""
    xp = np.pad(x, k // 2, mode="reflect")
    c = np.zeros((xp.shape[0] + 1, xp.shape[1] + 1))
    c[1:, 1:] = xp.cumsum(0).cumsum(1)
    return (c[k:, k:] - c[:-k, k:] - c[k:, :-k] + c[:-k, :-k]) / (k * k)


def _activity_gain(luma: np.ndarray) -> np.ndarray:
    """(H, W) gain in [1, 1 + _MASK_MAX]: more mark where the frame is busy.

    Perceptual masking (texture and edges hide a small signal; Watson 1993), sized like an
    H.264 macroblock on purpose: x264's adaptive quantisation raises the quantiser of busy
    16x16 blocks, and a mark that is not stronger there is quantised away (a world render
    with the camera grid showed this: its key frame kept 25% of a uniform mark).
    """
    mean = _box_mean(luma, _MASK_WINDOW)
    std = np.sqrt(np.maximum(_box_mean(luma * luma, _MASK_WINDOW) - mean * mean, 0.0))
    return 1.0 + np.clip(std / _MASK_STD, 0.0, _MASK_MAX)


def embed(
    frames: np.ndarray,
    payload: Payload | bytes,
    *,
    key: str | bytes = DEFAULT_KEY,
    strength: float = DEFAULT_STRENGTH,
    min_psnr: float = MIN_PSNR,
) -> np.ndarray:
    """Return ``frames`` ((T, H, W, 3) uint8) with the mark of ``payload`` in every frame.

    ``strength`` is the mark's RMS in luma levels on flat areas; busy areas get up to twice
    that (see ``_activity_gain``), scaled back so the video's PSNR stays >= ``min_psnr``.
    """
    if frames.ndim != 4 or frames.shape[-1] != 3 or frames.dtype != np.uint8 or len(frames) == 0:
        raise ValueError(f"frames must be (T, H, W, 3) uint8, got {frames.shape} {frames.dtype}")
    if strength <= 0:
        raise ValueError(f"strength must be positive, got {strength}")
    _, h, w, _ = frames.shape
    mark = strength * pattern(payload, h, w, key=key)  # (H, W) luma levels, static

    def extra(f: np.ndarray) -> np.ndarray:  # (H, W) >= 0: the masking gain above 1
        return _activity_gain(np.einsum("hwc,c->hw", f.astype(np.float64), _LUMA)) - 1.0

    # Mark energy with gain 1 + a * extra is quadratic in a: A + 2aB + a^2 C; cap it.
    # (Two passes over the frames, so a long video never needs a (T, H, W) float copy.)
    m2 = mark**2
    A, B, C = m2.sum() * len(frames), 0.0, 0.0
    for f in frames:
        e = extra(f)
        B, C = B + (m2 * e).sum(), C + (m2 * e * e).sum()
    # Rounding to uint8 adds 1/12 level^2 of noise: leave room for it.
    budget = ((255.0 / 10 ** (min_psnr / 20)) ** 2 - 1 / 12) * m2.size * len(frames)
    a = 1.0
    if A + 2 * B + C > budget and C > 0:
        a = max(0.0, (-B + np.sqrt(max(B * B - C * (A - budget), 0.0))) / C)
    out = np.empty_like(frames)
    for t, f in enumerate(frames):
        delta = mark * (1.0 + a * extra(f))  # (H, W) luma levels
        out[t] = np.clip(np.rint(f + delta[:, :, None]), 0, 255)
    return out


# ----------------------------------------------------------------------------- detection


@dataclass(frozen=True)
class Reading:
    """What ``read`` finds: the score, and the payload when the CRC confirms it."""

    score: (
        float  # max z of the sync correlation over shifts and periods (~N(0,1) per cell unmarked)
    )
    payload: Payload | None  # only when the decoded CRC-24 matches
    bits: np.ndarray  # (64,) decoded payload bits at the best peak (0/1), CRC or not
    period: float  # tile period in pixels where the peak was
    shift: tuple[float, float]  # (dy, dx) pixels of the tile origin


def _resize(y: np.ndarray, height: int, width: int) -> np.ndarray:
    """Resample a float image: area average down (no aliasing), bilinear up."""
    if y.shape == (height, width):
        return y
    box = height < y.shape[0]
    img = Image.fromarray(y.astype(np.float32), mode="F")
    return np.asarray(img.resize((width, height), Image.BOX if box else Image.BILINEAR), np.float64)


def _median(y: np.ndarray, k: int) -> np.ndarray:
    p = k // 2
    return np.median(sliding_window_view(np.pad(y, p, mode="reflect"), (k, k)), axis=(-2, -1))


def _residual(frames: np.ndarray) -> np.ndarray:
    """(T, H, W, 3) uint8 -> (h, w) mean mark estimate at a short side of ``_DETECT_SIDE``.

    Each frame's luma, resampled so its short side is 64 (the band fits: 18 < 32 cycles),
    minus its 5x5 median: a median keeps the step edges and flat areas of the host (the
    world's flat shapes, most edges of real scenes) and so removes them, while the mark's
    fine texture stays in the residual. Clipping the residual to +-8 levels (about 3x the
    mark's RMS) stops the few pixels where the median fails (corners, thin lines) from
    dominating; averaging over frames then adds up the static mark and washes out motion.
    """
    t, h, w, _ = frames.shape
    s = _DETECT_SIDE / min(h, w)
    size = (max(1, round(h * s)), max(1, round(w * s)))
    idx = np.unique(np.linspace(0, t - 1, min(t, _DETECT_FRAMES)).round().astype(int))
    acc = np.zeros(size, np.float64)
    for i in idx:
        y = _resize(
            np.einsum("hwc,c->hw", frames[i].astype(np.float32), _LUMA.astype(np.float32)), *size
        )
        acc += np.clip(y - _median(y, _MEDIAN), -_CLIP, _CLIP)
    r = acc / len(idx)
    return r - r.mean()


def _phases(pat: _Pattern, y: np.ndarray, period: float) -> np.ndarray:
    """(K,) unit phasors of the residual's projection on the band at this tile period."""
    h, w = y.shape
    r = int(np.ceil(R_HI))
    ex = np.exp(-2j * np.pi * np.outer(np.arange(w), np.arange(-r, r + 1)) / period)  # (W, 2r+1)
    ey = np.exp(-2j * np.pi * np.outer(np.arange(r + 1), np.arange(h)) / period)  # (r+1, H)
    # einsum, not BLAS: these products are tiny, and BLAS threads only contend for cores.
    f = np.einsum("vx,xu->vu", np.einsum("vh,hw->vw", ey, y), ex)[pat.v, pat.u + r]  # (K,)
    return f / np.maximum(np.abs(f), 1e-12)


def _shift_phasor(pat: _Pattern, my: float, mx: float) -> np.ndarray:
    """e^{-2 pi i (u mx + v my) / M}: undoes a tile shift of (my, mx) grid cells."""
    return np.exp(-2j * np.pi * (pat.u * mx + pat.v * my) / _SHIFT_GRID)


def _decode(pat: _Pattern, g: np.ndarray, my: int, mx: int) -> tuple[np.ndarray, bool]:
    """Data bits at one shift, and whether their CRC matches."""
    a = g * np.conj(pat.carrier) * _shift_phasor(pat, my, mx)  # (K,) de-rotated
    d = a[pat.data]
    chip_soft = np.stack([d.real, d.imag], 1).reshape(-1)  # (2 K_data,) in chip order
    soft = np.bincount(pat.chips, weights=chip_soft, minlength=_CODED_BITS)
    bits = _viterbi(soft)
    ok = bool(np.array_equal(_crc24(bits[:PAYLOAD_BITS]), bits[PAYLOAD_BITS:]))
    return bits[:PAYLOAD_BITS], ok


def read(frames: np.ndarray, *, key: str | bytes = DEFAULT_KEY) -> Reading:
    """Search ``frames`` ((T, H, W, 3) uint8, any size) for the mark; see the module doc."""
    if frames.ndim != 4 or frames.shape[-1] != 3 or len(frames) == 0:
        raise ValueError(f"frames must be (T, H, W, 3) with T >= 1, got {frames.shape}")
    pat = _pattern(key)
    y = _residual(frames)
    base = min(y.shape)
    norm = np.sqrt(len(pat.sync) / 2.0)
    peaks = []  # (z, period, g, my, mx)
    for rho in _RHOS:
        period = rho * base
        g = _phases(pat, y, period)
        grid = np.zeros((_SHIFT_GRID, _SHIFT_GRID), np.complex128)
        s = pat.sync
        np.add.at(
            grid, (pat.v[s] % _SHIFT_GRID, pat.u[s] % _SHIFT_GRID), g[s] * np.conj(pat.carrier[s])
        )
        corr = np.fft.fft2(grid).real / norm  # (M, M): z at every tile shift
        my, mx = np.unravel_index(int(np.argmax(corr)), corr.shape)
        peaks.append((float(corr[my, mx]), period, g, int(my), int(mx)))
    peaks.sort(key=lambda p: -p[0])
    best = peaks[0]
    bits, payload = None, None
    for z, period, g, my, mx in peaks[:_DECODE_CANDIDATES]:
        cand, ok = _decode(pat, g, my, mx)
        if bits is None:
            bits = cand
        if ok:
            bits, payload = cand, Payload.from_bytes(np.packbits(cand).tobytes())
            best = (z, period, g, my, mx)
            break
    z, period, _, my, mx = best
    period *= min(frames.shape[1:3]) / base  # back to the input's pixels
    cell = period / _SHIFT_GRID
    return Reading(float(peaks[0][0]), payload, bits, period, (my * cell, mx * cell))


def extract(frames: np.ndarray, *, key: str | bytes = DEFAULT_KEY) -> tuple[Payload | None, float]:
    """``(payload or None, score)``; compare the score with ``detect.THRESHOLD``."""
    r = read(frames, key=key)
    return r.payload, r.score
