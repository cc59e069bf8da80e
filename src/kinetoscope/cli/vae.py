"""`kinetoscope vae train/roundtrip` (owner: vae).

    kinetoscope vae train configs/vae-world.toml [key=value ...] [--out DIR] [--steps N] [--init DIR]
    kinetoscope vae roundtrip IN -o OUT [--weights DIR] [--chunk-frames N] [--tile PX] [--bf16]

``roundtrip`` encodes and decodes any readable video or image and prints the PSNR of the
result; write ``.mkv`` (lossless) to measure it again from the file.
"""

from __future__ import annotations

import argparse

from kinetoscope.cli.common import positive_int

MAX_SIDE = 4096  # larger frames are refused: tiles would work, but such a file is surely a mistake


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("vae", help="train the video autoencoder, round-trip a video through it")
    vsub = p.add_subparsers(dest="vae_command", metavar="SUBCOMMAND")

    t = vsub.add_parser("train", help="train a VAE from a TOML config (world stream or a video folder)")
    t.add_argument("config", help="TOML file, e.g. configs/vae-world.toml")
    t.add_argument("--out", default=None, help="output directory (default runs/vae-<config name>)")
    t.add_argument("--steps", type=positive_int, default=None, help="override the number of steps")
    t.add_argument("--init", default=None, metavar="DIR", help="start from these VAE weights (fine-tuning) instead of from scratch")
    t.add_argument("overrides", nargs="*", metavar="key=value", help="config overrides, e.g. lr=5e-4 model.latent_channels=16")
    t.set_defaults(func=_train)

    r = vsub.add_parser("roundtrip", help="encode and decode a video or image; print the PSNR")
    r.add_argument("input", help="any video or image FFmpeg reads")
    r.add_argument("-o", "--output", required=True, help="where to write the reconstruction (.mkv is lossless)")
    r.add_argument("--weights", default=None, help="VAE directory (default: the shipped world VAE)")
    r.add_argument("--chunk-frames", type=positive_int, default=None, help="frames per chunk (a multiple of the temporal compression)")
    r.add_argument("--tile", type=positive_int, default=None, help="spatial tile in pixels (a multiple of the spatial compression)")
    r.add_argument("--bf16", action="store_true", help="bf16 autocast (about 1.5x faster on CPUs with bf16 support)")
    r.set_defaults(func=_roundtrip)
    p.set_defaults(func=lambda args: p.print_help() or 2)


def _train(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kinetoscope.config import load
    from kinetoscope.vae.config import VAETrainConfig
    from kinetoscope.vae.train import train

    overrides = list(args.overrides) + ([f"steps={args.steps}"] if args.steps else [])
    tcfg = load(VAETrainConfig, args.config, overrides)
    out = Path(args.out or f"runs/vae-{Path(args.config).stem.removeprefix('vae-')}")
    info = train(tcfg, out, log=lambda s: print(s, flush=True), init=args.init)
    print(f"wrote {out}/model.safetensors (held-out PSNR {info['psnr']:.2f} dB after {info['step']} steps)")
    return 0


def _roundtrip(args: argparse.Namespace) -> int:
    import torch

    from kinetoscope import media
    from kinetoscope.errors import UserError
    from kinetoscope.vae.io import load_vae
    from kinetoscope.vae.train import psnr

    vae = load_vae(args.weights)
    cfg = vae.cfg
    video = media.read_video(args.input)
    t, h, w = video.num_frames, video.height, video.width
    if min(h, w) < cfg.spatial or max(h, w) > MAX_SIDE:
        raise UserError(
            f"{args.input} is {w}x{h}; the VAE needs each side between {cfg.spatial} and {MAX_SIDE} pixels, so resize it first."
        )
    if args.chunk_frames is not None and args.chunk_frames % cfg.temporal:
        raise UserError(f"--chunk-frames must be a multiple of {cfg.temporal}.")
    if args.tile is not None and args.tile % cfg.spatial:
        raise UserError(f"--tile must be a multiple of {cfg.spatial}.")
    x = media.frames_to_tensor(video.frames)[None]  # (1, 3, T, H, W)
    with torch.no_grad(), torch.autocast(x.device.type, dtype=torch.bfloat16, enabled=args.bf16):
        z = vae.encode(x, chunk_frames=args.chunk_frames, tile=args.tile)
        chunk_latents = args.chunk_frames // cfg.temporal if args.chunk_frames else None
        y = vae.decode(z, frames=t, height=h, width=w, chunk_latents=chunk_latents, tile=args.tile)
    media.write_video(args.output, media.tensor_to_frames(y[0]), video.fps)
    score = float(psnr(y, x)[0])
    print(f"{args.input}: {t} frame(s) {w}x{h} -> latent {tuple(z.shape[1:])} -> {args.output}  PSNR {score:.2f} dB")
    return 0
