"""A lossless "autoencoder" for pixel-space diffusion.

Learned VAEs at this scale could not keep small shapes readable (see the
model issue), so the bundled model diffuses in pixel space: encode is
``pixel_unshuffle(8)`` (3x128x128 -> 192x16x16) and decode its exact inverse.
It quacks like ``AutoencoderKL`` where ``HunyuanDiTPipeline`` looks.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from diffusers.configuration_utils import ConfigMixin, register_to_config
from diffusers.models.modeling_utils import ModelMixin
from diffusers.utils import BaseOutput


@dataclass
class PixelLatentDist:
    """Stands in for ``DiagonalGaussianDistribution``: the latent is exact."""

    latent: torch.Tensor

    def sample(self, generator: torch.Generator | None = None) -> torch.Tensor:
        return self.latent

    def mode(self) -> torch.Tensor:
        return self.latent


@dataclass
class EncoderOutput(BaseOutput):
    latent_dist: PixelLatentDist


@dataclass
class DecoderOutput(BaseOutput):
    sample: torch.Tensor


class PixelShuffleAutoencoder(ModelMixin, ConfigMixin):
    """Folds each 8x8 pixel block into channels; no parameters to learn.

    ``block_out_channels`` has four entries only because the pipeline derives
    its VAE scale factor as ``2 ** (len(block_out_channels) - 1)``.
    """

    @register_to_config
    def __init__(
        self,
        in_channels: int = 3,
        factor: int = 8,
        block_out_channels: tuple[int, ...] = (1, 1, 1, 1),
        scaling_factor: float = 1.0,
    ):
        super().__init__()
        if 2 ** (len(block_out_channels) - 1) != factor:
            raise ValueError(
                f"block_out_channels has {len(block_out_channels)} entries, which gives a scale factor of "
                f"{2 ** (len(block_out_channels) - 1)}, not factor={factor}"
            )
        # diffusers only reloads a component that saved at least one tensor.
        self.register_buffer("format_version", torch.ones(1), persistent=True)

    @property
    def latent_channels(self) -> int:
        return self.config.in_channels * self.config.factor**2

    def encode(self, x: torch.Tensor, return_dict: bool = True):
        latent = F.pixel_unshuffle(x, self.config.factor)
        dist = PixelLatentDist(latent)
        return EncoderOutput(latent_dist=dist) if return_dict else (dist,)

    def decode(self, z: torch.Tensor, return_dict: bool = True, **_: object):
        image = F.pixel_shuffle(z, self.config.factor)
        return DecoderOutput(sample=image) if return_dict else (image,)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.decode(self.encode(x).latent_dist.mode()).sample
