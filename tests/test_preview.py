from types import SimpleNamespace

import numpy as np
import torch

from core.bundled.pixel_autoencoder import PixelShuffleAutoencoder
from core.preview import LatentPreview


def test_pixel_space_preview_is_the_exact_picture():
    vae = PixelShuffleAutoencoder()
    image = torch.randint(0, 256, (1, 3, 128, 128)).float() / 127.5 - 1
    latents = vae.encode(image).latent_dist.mode()
    preview = LatentPreview(vae, 1.0)(latents, max_side=128)
    expected = ((image[0].permute(1, 2, 0) + 1) * 127.5).round().byte().numpy()
    assert np.array_equal(np.asarray(preview), expected)


class LinearVAE(torch.nn.Module):
    """A 4-channel autoencoder whose encoder is linear: 8x average pool, then a 1x1 mix."""

    def __init__(self):
        super().__init__()
        gen = torch.Generator().manual_seed(3)
        self.mix = torch.nn.Parameter(torch.randn(4, 3, generator=gen))
        self.bias = torch.nn.Parameter(torch.randn(4, generator=gen))

    def encode(self, x):
        pooled = torch.nn.functional.avg_pool2d(x, 8)
        latents = torch.einsum("oc,bchw->bohw", self.mix, pooled) + self.bias.view(1, 4, 1, 1)
        return SimpleNamespace(latent_dist=SimpleNamespace(mode=lambda: latents))


def test_fitted_projection_inverts_a_linear_encoder_exactly():
    vae = LinearVAE()
    preview = LatentPreview(vae, 0.5)
    assert preview.fit(size=64, fields=16).shape == (5, 3)
    image = torch.rand(1, 3, 64, 64) * 2 - 1
    with torch.no_grad():
        latents = vae.encode(image).latent_dist.mode()
    got = np.asarray(preview(latents, max_side=8)).astype(int)
    want = ((torch.nn.functional.avg_pool2d(image, 8)[0].permute(1, 2, 0) + 1) * 127.5).round().numpy()
    assert np.abs(got - want).max() <= 1
