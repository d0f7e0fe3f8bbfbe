"""Draw a shapes-world scene: exact palette colours, anti-aliased edges, same bytes every time.

Each pixel is sampled on a ``supersample``² grid and the covered count is
blended in integer arithmetic, so interiors and background are the palette
RGB exactly and the output does not depend on float rounding in compositing.
"""

from __future__ import annotations

import math

import numpy as np

from core.world import vocab
from core.world.scene import WorldObject, WorldScene

#: Inner/outer radius of the five-pointed star: thin enough that the checker
#: tells it from a pentagon-like blob, thick enough to survive at 128 px.
STAR_INNER_RATIO = 0.45

#: Area of each shape whose bounding circle has radius 1 (the checker sizes objects with it).
UNIT_AREA: dict[str, float] = {
    "circle": math.pi,
    "square": 2.0,
    "triangle": 3 * math.sqrt(3) / 4,
    "star": 5 * STAR_INNER_RATIO * math.sin(math.pi / 5),
}


def geometry(obj: WorldObject) -> tuple[float, float, float]:
    """Centre (x, y) and bounding-circle radius of ``obj``, canvas fractions."""
    pos, size = vocab.POSITIONS[obj.position], vocab.SIZES[obj.size]
    cx, cy = pos.centre
    return cx + obj.identity.dx, cy + obj.identity.dy, size.diameter * obj.identity.scale / 2


def outline(obj: WorldObject) -> np.ndarray | None:
    """Polygon vertices (n, 2) in canvas fractions, or None for a circle.

    At rotation 0 triangle and star point up and the square is axis-aligned;
    positive rotation turns clockwise on screen (y grows downwards).
    """
    cx, cy, r = geometry(obj)
    rot = math.radians(obj.identity.rotation)
    if obj.shape == "circle":
        return None
    if obj.shape == "square":
        angles = np.radians([45.0, 135.0, 225.0, 315.0]) + rot
        radii = np.full(4, r)
    elif obj.shape == "triangle":
        angles = np.radians([-90.0, 30.0, 150.0]) + rot
        radii = np.full(3, r)
    elif obj.shape == "star":
        angles = np.radians(-90.0 + 36.0 * np.arange(10)) + rot
        radii = np.where(np.arange(10) % 2 == 0, r, r * STAR_INNER_RATIO)
    else:
        raise ValueError(f"unknown shape {obj.shape!r}")
    return np.stack([cx + radii * np.cos(angles), cy + radii * np.sin(angles)], axis=1)


def _inside(obj: WorldObject, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Boolean grid (len(ys), len(xs)): which sample points fall inside ``obj``."""
    px, py = xs[None, :], ys[:, None]
    poly = outline(obj)
    if poly is None:
        cx, cy, r = geometry(obj)
        return (px - cx) ** 2 + (py - cy) ** 2 <= r * r
    # Even-odd crossing test, vectorised over sample points; one pass per edge.
    inside = np.zeros((len(ys), len(xs)), dtype=bool)
    for (x1, y1), (x2, y2) in zip(poly, np.roll(poly, -1, axis=0), strict=True):
        if y1 == y2:
            continue
        spans = (y1 > py) != (y2 > py)  # (ny, 1)
        x_cross = x1 + (py - y1) * (x2 - x1) / (y2 - y1)  # (ny, 1)
        inside ^= spans & (px < x_cross)
    return inside


def coverage(obj: WorldObject, size: int, supersample: int = 4) -> tuple[np.ndarray, slice, slice]:
    """Covered sub-sample count (0..supersample²) over the object's pixel bounding box.

    Returns the counts and the (rows, cols) slices of the canvas they belong to.
    """
    cx, cy, r = geometry(obj)
    x0, x1 = max(0, math.floor((cx - r) * size)), min(size, math.ceil((cx + r) * size))
    y0, y1 = max(0, math.floor((cy - r) * size)), min(size, math.ceil((cy + r) * size))
    ss = supersample
    xs = (np.arange(x0 * ss, x1 * ss) + 0.5) / (ss * size)
    ys = (np.arange(y0 * ss, y1 * ss) + 0.5) / (ss * size)
    hits = _inside(obj, xs, ys)
    counts = hits.reshape(y1 - y0, ss, x1 - x0, ss).sum(axis=(1, 3), dtype=np.int32)
    return counts, slice(y0, y1), slice(x0, x1)


def render(scene: WorldScene, size: int = 128, supersample: int = 4) -> np.ndarray:
    """The scene as an (size, size, 3) uint8 RGB array. Validates the scene first."""
    scene.validate()
    if size < 8 or supersample < 1:
        raise ValueError(f"size must be >= 8 and supersample >= 1, got size={size}, supersample={supersample}")
    image = np.empty((size, size, 3), dtype=np.int32)
    image[:] = vocab.COLOURS[scene.background].rgb
    full = supersample * supersample
    for obj in scene.objects:
        counts, rows, cols = coverage(obj, size, supersample)
        n = counts[..., None]
        colour = np.array(vocab.COLOURS[obj.colour].rgb, dtype=np.int32)
        under = image[rows, cols]
        image[rows, cols] = (under * (full - n) + colour * n + full // 2) // full
    return image.astype(np.uint8)


def render_mask(obj: WorldObject, size: int = 128, supersample: int = 4) -> np.ndarray:
    """Pixels at least half covered by ``obj``: the (size, size) bool ground-truth mask."""
    mask = np.zeros((size, size), dtype=bool)
    counts, rows, cols = coverage(obj, size, supersample)
    mask[rows, cols] = 2 * counts >= supersample * supersample
    return mask
