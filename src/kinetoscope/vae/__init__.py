"""Causal 3D video VAE: space and time compression with the first frame encoded alone.

    from kinetoscope.vae import load_vae
    vae = load_vae()                      # the shipped world VAE, eval mode
    z = vae.encode(x)                     # (B, 3, T, H, W) in [-1, 1] -> (B, C, T', H', W'), ~unit variance
    x_hat = vae.decode(z, frames=T)       # -> (B, 3, T, H, W) in [-1, 1]

See docs/vae.md for the architecture, the size rule and the training recipe.
"""

from kinetoscope.vae.config import VAE_PRESETS, VAEConfig, VAETrainConfig
from kinetoscope.vae.io import load_vae, save_vae, weights_dir
from kinetoscope.vae.model import VideoVAE

__all__ = ["VAE_PRESETS", "VAEConfig", "VAETrainConfig", "VideoVAE", "load_vae", "save_vae", "weights_dir"]
