"""Where an edit may change the picture, at pixel, latent and DiT-token resolution.

In the shapes world the layout is exact: every object lies inside its 3x3 grid
cell, so a subject's region is its cell (both cells when it moves). For the
bundled pixel-space model a latent cell is an 8x8 pixel block and a DiT token
2x2 latent cells, so these masks map exactly onto pixels.
"""

from __future__ import annotations

import math

import numpy as np
import torch
import torch.nn.functional as F

from core.world import vocab


def cell_mask(positions: list[str], height: int, width: int) -> torch.Tensor:
    """(1, 1, height, width) float mask, 1 on every latent cell touching one of the grid cells."""
    mask = torch.zeros(1, 1, height, width)
    for key in positions:
        pos = vocab.POSITIONS[key]
        r0, r1 = math.floor(pos.row * height / 3), math.ceil((pos.row + 1) * height / 3)
        c0, c1 = math.floor(pos.col * width / 3), math.ceil((pos.col + 1) * width / 3)
        mask[..., r0:r1, c0:c1] = 1.0
    return mask


def cell_region(positions: list[str], height: int, width: int, factor: int, pixel_space: bool) -> torch.Tensor:
    """Edit mask for grid cells on latents of ``height`` x ``width``. A pixel-space autoencoder gets
    the cells to the pixel, (1, 3 * factor**2, h, w): a cell border (128 / 3 pixels) cuts through
    8x8 blocks, and a latent-cell mask would let the edit repaint the rim of a neighbour's subject."""
    if not pixel_space:
        return cell_mask(positions, height, width)
    pixels = cell_mask(positions, height * factor, width * factor)
    return F.pixel_unshuffle(pixels.expand(1, 3, -1, -1), factor)


def outside_pixels_mask(keep: np.ndarray, factor: int, pixel_space: bool) -> torch.Tensor:
    """Edit mask that may change everything but the ``keep`` pixels (bool, H x W).

    With a pixel-space autoencoder each latent channel is one pixel of an 8x8 block, so the mask
    is exact per pixel: (1, 3 * factor**2, H / factor, W / factor). A learned autoencoder mixes a
    block's pixels, so there a latent cell touching a kept pixel is kept whole: (1, 1, h, w).
    """
    kept = torch.from_numpy(np.ascontiguousarray(keep)).float()[None, None]
    if pixel_space:
        return 1.0 - F.pixel_unshuffle(kept.expand(1, 3, -1, -1), factor)
    return 1.0 - F.max_pool2d(kept, factor)


def token_mask(latent_mask: torch.Tensor, patch_size: int) -> torch.Tensor:
    """(tokens,) bool: DiT tokens whose patch lies wholly outside ``latent_mask`` (anchor keys allowed)."""
    touched = F.max_pool2d(latent_mask.float().amax(dim=1, keepdim=True), patch_size)  # token touched by the edit
    return touched.flatten() == 0
