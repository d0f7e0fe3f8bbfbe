"""A new background behind kept subjects, as layers (pixel-space models only).

A kept subject's edge pixels are blends of its colour and the *old* background
(anti-aliasing, and the soft edges the model paints). Kept as they are, they leave
a rim of the old colour around the subject on the new background, and a reader of
the picture sees a smaller subject. Seen as a layer, each such pixel is
``p = a * colour + (1 - a) * old``; putting it over the new background means
``p + (1 - a) * (new - old)``: the subject's coverage ``a`` and its colour stay,
only the background share changes. The blend level ``a`` is read against the
palette colour that best explains the pixel, as the shapes-world checker does.

The kept cells are the old picture's, whole: their background pixels take the new
colour, and whatever the model drew there (it draws every subject of the prompt, the
kept ones too, often beside where they were) is dropped. An edit of the background
changes the background and nothing else.
"""

from __future__ import annotations

import numpy as np

from core.world import vocab

# Pixels of a kept cell blended less than this far from the old background towards any colour
# are background: they take the new background colour (the old one's grain goes). The renderer
# covers a pixel in sixteenths (0.0625), so its lightest edge pixels are still layer pixels.
MIN_COVERAGE = 0.05

_PALETTE = np.array([c.rgb for c in vocab.COLOURS.values()], dtype=np.float64)


def coverage(pixels: np.ndarray, old: np.ndarray) -> np.ndarray:
    """(H, W) blend level in [0, 1] of each pixel from ``old`` towards the palette colour that fits it best.

    ``pixels``: (H, W, 3) floats in 0..255; ``old``: the old background's RGB. For each palette
    colour the pixel is projected on the segment old -> colour; the colour whose segment passes
    closest to the pixel gives its level.
    """
    offset = pixels[..., None, :] - old  # (H, W, 1, 3) against (K, 3) steps
    steps = _PALETTE - old
    length2 = (steps**2).sum(axis=-1)
    usable = length2 > 0  # the old background itself is not a subject colour
    alpha = np.clip((offset * steps).sum(axis=-1) / np.where(usable, length2, 1.0), 0.0, 1.0)
    residual = ((offset - alpha[..., None] * steps) ** 2).sum(axis=-1)
    residual = np.where(usable, residual, np.inf)
    best = residual.argmin(axis=-1)
    return np.take_along_axis(alpha, best[..., None], axis=-1)[..., 0]


def over_new_background(anchor: np.ndarray, drawn: np.ndarray, kept: np.ndarray, old: np.ndarray) -> np.ndarray:
    """The kept subjects of ``anchor`` put over the background the model drew in ``drawn``.

    ``anchor``, ``drawn``: (H, W, 3) floats in 0..255 (the picture edited, and the new drawing);
    ``kept``: (H, W) bool, the kept subjects' cells; ``old``: the old background's RGB. The new
    background colour is the median of ``drawn`` outside those cells, where the model painted
    nothing but background. Inside the kept cells the old picture is re-composited over that
    colour; outside them the drawing stays. Returns the composite, same shape and scale.
    """
    outside = drawn[~kept] if (~kept).any() else drawn.reshape(-1, 3)
    new = np.median(outside, axis=0)
    a = coverage(anchor, old)
    layer = kept & (a >= MIN_COVERAGE)
    out = drawn.copy()
    out[kept] = new
    out[layer] = anchor[layer] + (1.0 - a[layer, None]) * (new - old)
    return out
