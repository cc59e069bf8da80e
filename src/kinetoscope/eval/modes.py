"""The conditioning modes of issue 7 in the world benchmark: known frames from the ground truth.

Each mode makes a case's video with ``kinetoscope.modes`` from the case's prompt and, where it
conditions on frames, the ground-truth render's frames, and reports which frames it was given
(``Generated.kept``) so the table shows the PSNR of kept frames beside the pass rate. Kept
frames are *not* pasted back (``paste="never"``): the PSNR is what the VAE and the model
return, and the judge sees exactly that.

| mode | given (T = the case's frames) | made |
| --- | --- | --- |
| image | frame 0 | frames 1 .. T-1 |
| extend | frames 0 .. T/2-1 | the second half |
| extend_backward | frames T/2 .. T-1 | the first half (it must start where the prompt says) |
| fill | all but the middle half, T/4 .. T-T/4-1 | the middle half |
| connect | the first and the last quarter | the middle half |
| minute | nothing | 60 s of the prompt, in windows; judged over the whole minute |
| shots | nothing | shot by shot, one text per shot (``modes.render``) |
| vae | every frame | nothing: the ground truth through the VAE, the ceiling of every other mode |

Halves and quarters are in frames, not latent groups, so given frames land in half-given
latent groups as users' videos do, and the draft-then-refine pass is measured too.
"""

from __future__ import annotations

from typing import Any

import numpy as np

MINUTE = 60.0  # seconds: SPEC's longest video


def _make(pipe, case, steps: int | None, spec, frames: int | None = None):
    """Render ``spec`` for ``case`` (its prompt, size, rate and seed) -> eval ``Generated``."""
    from kinetoscope import modes
    from kinetoscope.eval.world import Generated
    from kinetoscope.pipeline import Request

    req = Request(
        case.prompt,
        frames=frames or case.frames,
        height=case.height,
        width=case.width,
        fps=case.fps,
        steps=steps,
        seed=case.seed,
    )
    made = modes.render(pipe, req, spec, paste="never")
    kept = spec.known_mask()
    return Generated(made.frames, kept if kept.any() else None)


def image_to_video(pipe, case, truth: np.ndarray, steps: int | None):
    from kinetoscope import modes

    return _make(pipe, case, steps, modes.image(truth[0], case.frames))


def extend_forward(pipe, case, truth: np.ndarray, steps: int | None):
    from kinetoscope import modes

    half = len(truth) // 2
    return _make(pipe, case, steps, modes.extend(truth[:half], len(truth) - half))


def extend_backward(pipe, case, truth: np.ndarray, steps: int | None):
    from kinetoscope import modes

    half = len(truth) // 2
    return _make(pipe, case, steps, modes.extend(truth[half:], half, backward=True))


def fill(pipe, case, truth: np.ndarray, steps: int | None):
    from kinetoscope import modes

    q = max(1, len(truth) // 4)
    return _make(pipe, case, steps, modes.fill(truth, q, len(truth) - q - 1))


def connect(pipe, case, truth: np.ndarray, steps: int | None):
    from kinetoscope import modes

    q = max(1, len(truth) // 4)
    return _make(
        pipe, case, steps, modes.connect(truth[:q], truth[len(truth) - q :], len(truth) - 2 * q)
    )


def minute(pipe, case, truth: np.ndarray, steps: int | None):
    """60 s of the prompt (``truth`` is the case rendered at 60 s, see ``SECONDS``)."""
    from kinetoscope import modes

    return _make(pipe, case, steps, modes.text(len(truth)), frames=len(truth))


def shots(pipe, case, truth: np.ndarray, steps: int | None):
    from kinetoscope import modes

    return _make(pipe, case, steps, modes.text(case.frames))


def vae_roundtrip(pipe, case, truth: np.ndarray, steps: int | None):
    """The ground truth encoded and decoded by the pipeline's VAE: what a perfect DiT would
    return, so a failure here is the VAE's, not the model's."""
    import torch

    from kinetoscope.eval.world import Generated
    from kinetoscope.media import frames_to_tensor

    with torch.no_grad():
        z = pipe.vae.encode(frames_to_tensor(truth, device=pipe.device)[None])
    frames = pipe.decode(z, len(truth)).numpy()
    return Generated(frames, np.ones(len(truth), dtype=bool))


# (name, help, run(pipe, case, truth, steps) -> Generated, fixed duration in seconds or None)
ENTRIES: tuple[tuple[str, str, Any, float | None], ...] = (
    ("image", "image to video: the first frame given", image_to_video, None),
    ("extend", "extend forwards: the first half given", extend_forward, None),
    ("extend_backward", "extend backwards: the second half given", extend_backward, None),
    ("fill", "fill the middle half between given quarters", fill, None),
    ("connect", "connect the first and last quarter", connect, None),
    ("minute", "one minute in windows, judged over 60 s", minute, MINUTE),
    ("shots", "multi-shot prompts shot by shot", shots, None),
    ("vae", "the ground truth through the VAE (the ceiling)", vae_roundtrip, None),
)
