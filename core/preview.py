"""Cheap previews of the latents while a picture is being drawn.

A linear latent -> RGB projection per model, no VAE pass: for the bundled
pixel-space model the exact inverse of its autoencoder (pixel_shuffle, itself
linear); for a learned VAE a 1x1 projection fitted by least squares on a few
encoded colour fields the first time the model is used.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from core.bundled.pixel_autoencoder import PixelShuffleAutoencoder

PREVIEW_EVERY = 4  # steps between live previews (and the last step); a remote painter ships latents only then


def is_preview_step(step: int, total: int) -> bool:
    return step % PREVIEW_EVERY == 0 or step == total


class LatentPreview:
    def __init__(self, vae, scaling_factor: float):
        self.vae = vae
        self.scaling_factor = scaling_factor
        self._projection: torch.Tensor | None = None  # (C + 1, 3), fitted lazily

    @classmethod
    def for_pipeline(cls, pipe) -> LatentPreview:
        return cls(pipe.vae, float(pipe.vae.config.scaling_factor))

    def fit(self, size: int = 256, fields: int = 24, seed: int = 0) -> torch.Tensor:
        """Least squares from latent channels to the RGB of flat colour fields."""
        gen = torch.Generator("cpu").manual_seed(seed)
        colours = torch.rand(fields, 3, 1, 1, generator=gen) * 2 - 1
        images = colours.expand(fields, 3, size, size).contiguous()
        param = next(self.vae.parameters(), None)
        device, dtype = (param.device, param.dtype) if param is not None else ("cpu", torch.float32)
        with torch.inference_mode():
            latents = self.vae.encode(images.to(device, dtype)).latent_dist.mode().float().cpu()
        # every latent pixel away from the borders is one sample
        h, w = latents.shape[2:]
        core = latents[:, :, h // 4 : h - h // 4, w // 4 : w - w // 4] * self.scaling_factor
        x = core.permute(0, 2, 3, 1).reshape(-1, core.shape[1])
        x = torch.cat([x, torch.ones(x.shape[0], 1)], dim=1)
        y = colours.reshape(fields, 1, 3).expand(fields, core.shape[2] * core.shape[3], 3).reshape(-1, 3)
        self._projection = torch.linalg.lstsq(x, y).solution
        return self._projection

    def __call__(self, latents: torch.Tensor, max_side: int = 256) -> Image.Image:
        latents = latents[:1].detach().float().cpu()
        if isinstance(self.vae, PixelShuffleAutoencoder):
            rgb = F.pixel_shuffle(latents / self.scaling_factor, self.vae.config.factor)[0]
        else:
            if self._projection is None:
                self.fit()
            z = latents[0] * self.scaling_factor
            flat = torch.cat([z.reshape(z.shape[0], -1), torch.ones(1, z[0].numel())], dim=0)
            rgb = (self._projection.T @ flat).reshape(3, *z.shape[1:])
        array = ((rgb.clamp(-1, 1) + 1) * 127.5).round().byte().permute(1, 2, 0).numpy()
        image = Image.fromarray(np.ascontiguousarray(array))
        if max(image.size) < max_side:
            scale = max_side // max(image.size)
            image = image.resize((image.width * scale, image.height * scale), Image.NEAREST)
        return image
