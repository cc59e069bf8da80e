"""VAE figures: reconstruction PSNR/SSIM on held-out world videos, speed, and peak memory.

    python -m benchmarks.run vae            # full
    python -m benchmarks.run vae --quick    # fewer videos, smaller memory runs

* Quality: the shipped world VAE on world videos it never saw in training (their own seeds),
  at 64x64, 64x96 and 128x128, as images (1 frame) and clips (17 frames). PSNR is over the
  8-bit frames, SSIM is scikit-image's per frame (RGB), both averaged over videos.
* Speed: encode + decode frames per second on this CPU, fp32 and bf16 autocast.
* Memory: peak resident memory (``VmHWM``) of a fresh subprocess that streams a long
  video (a memory-mapped file, a second at a time) through chunked encode and decode, minus
  the same process's footprint after loading the model; the whole-clip pass is shown beside
  it to say what chunking saves.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

SEED = 0x5EED_0FF  # held-out world seeds: np.random.default_rng([SEED, i]); training uses [0, 0]


def _world(n: int, frames: int, height: int, width: int) -> np.ndarray:
    from kinetoscope import world

    out = []
    for i in range(n):
        rng = np.random.default_rng([SEED, frames, height, width, i])
        shots = world.sample_shots(rng)
        out.append(world.render(shots, frames=max(frames, len(shots)), height=height, width=width)[:frames])
    return np.stack(out)


def _quality(vae, n: int) -> list[str]:
    import torch
    from skimage.metrics import structural_similarity

    from kinetoscope import media
    from kinetoscope.vae.train import psnr

    lines, table = [], {}
    for h, w in ((64, 64), (64, 96), (128, 128)):
        for t in (1, 17):
            video = _world(n, t, h, w)
            x = media.frames_to_tensor(video)
            with torch.no_grad():
                y = torch.cat([vae.decode(vae.encode(x[i:i + 4]), frames=t) for i in range(0, n, 4)])
            p = float(psnr(y, x).mean())
            rec = media.tensor_to_frames(y)
            ssim = float(np.mean([structural_similarity(a, b, channel_axis=-1, data_range=255)
                                  for va, vb in zip(video, rec) for a, b in zip(va, vb)]))
            table[f"{h}x{w}x{t}"] = {"psnr": p, "ssim": ssim}
            lines.append(f"  {h:>3}x{w:<3} {t:>2} frame(s)  PSNR {p:6.2f} dB  SSIM {ssim:.4f}  ({n} held-out videos)")
    mean64 = np.mean([table["64x64x1"]["psnr"], table["64x64x17"]["psnr"]])
    lines.append(f"  mean PSNR at 64x64: {mean64:.2f} dB (target >= 34)")
    return lines


def _speed(vae, quick: bool) -> list[str]:
    """One thread: on this shared 2-core machine two OpenMP threads stall on each other
    whenever another process holds a core (measured 8.6 vs 224 frames/s), so 1 is the
    honest figure; on a dedicated machine use more."""
    import torch

    lines = []
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    x = torch.rand(1, 3, 17, 64, 64) * 2 - 1
    from kinetoscope.nn import cpu_has_native_bf16

    # bf16 only where this CPU has it natively: emulated, it is ~50x slower and says nothing.
    for bf16 in (False, True) if cpu_has_native_bf16() else (False,):
        with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            vae.decode(vae.encode(x), frames=17)  # warm up
            reps = 2 if quick else 5
            t0 = time.perf_counter()
            for _ in range(reps):
                vae.decode(vae.encode(x), frames=17)
            dt = (time.perf_counter() - t0) / reps
        lines.append(f"  encode+decode 17x64x64 {'bf16' if bf16 else 'fp32'}: {17 / dt:6.1f} frames/s "
                     f"({torch.get_num_threads()} thread)")
    torch.set_num_threads(threads)
    return lines


# Run in a fresh interpreter; its peak resident memory (VmHWM, reset after loading the model;
# ru_maxrss would also count the parent's, which Linux carries across exec). The frames come from
# a memory-mapped .npy the parent rendered, read a second at a time, as from a video file.
_MEM_CHILD = r"""
import json, sys, time
import numpy as np, torch
from kinetoscope import media
from kinetoscope.vae import load_vae
path, mode, weights = sys.argv[1], sys.argv[2], sys.argv[3] or None
vae = load_vae(weights)
video = np.load(path, mmap_mode="r")  # (T, H, W, 3) uint8 on disk
frames = video.shape[0]
with torch.no_grad():  # touch every kernel once on a small clip
    vae.decode(vae.encode(torch.zeros(1, 3, 5, 64, 64)), frames=5)
def status(key):  # kB, from the kernel's own accounting of this process
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1])
open("/proc/self/clear_refs", "w").write("5")  # reset the peak (VmHWM) to the current RSS
base = status("VmRSS")
t0 = time.perf_counter()
with torch.no_grad():
    if mode == "chunked":
        one_second = (media.frames_to_tensor(np.array(video[i:i + 8]))[None] for i in range(0, frames, 8))
        z = torch.cat(list(vae.encode_stream(one_second, chunk_frames=16)), dim=2)  # the latent is kept
        out = 0
        for part in vae.decode_stream(z, chunk_latents=4):
            out += part.shape[2]  # a writer would consume the chunk here
    else:
        x = media.frames_to_tensor(np.array(video))[None]
        z = vae.normalize(vae.encode_moments(x)[0])
        out = vae.decoder(vae.denormalize(z)).shape[2]
peak = status("VmHWM")
print(json.dumps({"base_mb": base / 1024, "extra_mb": (peak - base) / 1024, "latent_mb": z.numel() * 4 / 2**20,
                  "seconds": time.perf_counter() - t0, "frames_out": out}))
"""


def _memory(video_path: str, mode: str, weights: str | None) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    r = subprocess.run([sys.executable, "-c", _MEM_CHILD, video_path, mode, weights or ""],
                       capture_output=True, text=True, env=env, timeout=3600)
    if r.returncode:
        raise RuntimeError(r.stderr.strip().splitlines()[-1])
    return json.loads(r.stdout.strip().splitlines()[-1])


def _memory_lines(quick: bool, weights: str | None) -> list[str]:
    import tempfile

    from kinetoscope import world

    lines = []
    cases = [(480, 64, "60 s 64x64"), (80, 256, "10 s 256x256")]
    if quick:
        cases = [(120, 64, "15 s 64x64"), (24, 256, "3 s 256x256")]
    with tempfile.TemporaryDirectory() as tmp:
        for frames, size, name in cases:
            rng = np.random.default_rng([SEED, 60])
            path = str(Path(tmp) / f"{frames}x{size}.npy")
            np.save(path, world.render(world.sample_shots(rng), frames=frames, height=size, width=size))
            for mode in ("chunked",) if quick else ("chunked", "whole"):
                m = _memory(path, mode, weights)
                lines.append(f"  {name} {mode:>7}: peak +{m['extra_mb']:7.1f} MB over the loaded model "
                             f"({m['base_mb']:.0f} MB), latent {m['latent_mb']:.2f} MB, "
                             f"{m['frames_out'] / m['seconds']:.1f} frames/s")
    return lines


def run(quick: bool, weights: str | None = None) -> list[str]:
    """``weights``: a VAE directory (default: the shipped world VAE)."""
    from kinetoscope.errors import UserError
    from kinetoscope.vae import load_vae, weights_dir

    try:
        vae = load_vae(weights)
    except UserError as e:
        return [f"  skipped: {e}"]
    meta = json.loads((Path(weights or weights_dir()) / "config.json").read_text())
    lines = [f"world VAE: {sum(p.numel() for p in vae.parameters()) / 1e6:.2f} M params, "
             f"{vae.cfg.spatial}x spatial, {vae.cfg.temporal}x temporal, {vae.cfg.latent_channels} channels, "
             f"trained {meta.get('step')} steps"]
    lines.append("quality (held-out world videos):")
    lines += _quality(vae, 4 if quick else 32)
    lines.append("speed:")
    lines += _speed(vae, quick)
    lines.append("memory (chunked = streamed in 16-frame chunks):")
    lines += _memory_lines(quick, weights)
    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    (out / "vae.json").write_text(json.dumps({"quick": quick, "lines": lines}, indent=2) + "\n")
    return lines
