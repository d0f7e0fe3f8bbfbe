"""Read a shapes-world picture back into a scene: the program that scores the model.

Pipeline (fixed by the contract): nearest palette colour per pixel (with a
distance cap, so off-palette noise belongs to nothing), background = most
common colour, then per remaining colour the connected components, and for
each object its position (centroid cell), shape and size. Shape is the corner
count read from the pixels' k-fold symmetry (rotation-invariant moments for
k = 3, 4, 5; none strong means a circle); size is the bounding-circle diameter
implied by the area for that shape, split at the two classes' geometric mean.

Robustness without hallucination: an object must contain a *core* (pixels
whose whole 3×3 neighbourhood has its colour), reach a minimum area and stand
out from its surroundings by a clear share of the palette step (``_contrast``).
Anti-aliased rims, specks and thin smears have no core and are ignored; the
core is then grown back into its colour's pixels (and its anti-aliased rim)
so the area is not eroded, and two same-coloured objects joined by a thin rim
stay separate.

Run ``python -m core.world.checker --n 2000`` for its accuracy on the
renderer's own pictures.
"""

from __future__ import annotations

import argparse
import math
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PIL import Image

from core.world import vocab
from core.world.render import UNIT_AREA, render, render_mask
from core.world.scene import WorldObject, WorldScene

_PALETTE_KEYS = tuple(vocab.COLOURS)
_PALETTE = np.array([c.rgb for c in vocab.COLOURS.values()], dtype=np.float64)

#: RGB distance beyond which a pixel has no palette colour. The closest two
#: palette colours (orange, yellow) are 76 apart, so 60 admits noise but not blends far from any colour.
MAX_COLOUR_DISTANCE = 60.0
#: Least ``_contrast`` for a region to count as a drawn object rather than a blotch.
MIN_CONTRAST = 0.35
#: Median distance to the palette above which a picture counts as grainy and is smoothed first.
NOISY_DISTANCE = 8.0
#: Smallest object kept, as a fraction of the canvas (~33 px at 128²; the
#: smallest real object, a small triangle, covers ~120 px).
MIN_AREA_FRACTION = 0.002
#: Smallest core (3×3-eroded component) that can seed an object (~5 px at 128²).
MIN_CORE_FRACTION = 0.0003
#: Growth steps from the core back into the colour's pixels, per 128 px of canvas
#: (erosion lost one pixel; star tips thinner than 3 px need a few more).
GROW_STEPS_PER_128 = 6
#: Mean |moment| of each cornered shape (rotation-invariant, see ``_symmetry_scores``).
_SYMMETRY_REFERENCE = {"triangle": (3, 0.65), "square": (4, 0.42), "star": (5, 0.80)}
#: Below this fraction of its reference, no corner pattern is present: a circle.
_CIRCLE_BELOW = 0.35
#: Size boundary: geometric mean of the two classes' diameters.
_SIZE_BOUNDARY = math.sqrt(vocab.SIZES["small"].diameter * vocab.SIZES["large"].diameter)


@dataclass
class DetectedObject:
    shape: str
    colour: str
    size: str
    position: str
    mask: np.ndarray  # bool (H, W)
    area: float  # fraction of the canvas
    centroid: tuple[float, float]  # (x, y), canvas fractions
    diameter: float = 0.0  # estimated bounding-circle diameter, canvas fractions
    symmetry: dict[str, float] = field(default_factory=dict)  # shape -> score / reference, for diagnosis

    def to_world(self) -> WorldObject:
        return WorldObject(self.shape, self.colour, self.size, self.position)


@dataclass
class CheckedScene:
    background: str
    objects: list[DetectedObject]
    unknown_fraction: float = 0.0  # pixels far from every palette colour

    def to_world(self) -> WorldScene:
        """The scene read, with default identities. Not validated: a bad picture may break the rules."""
        return WorldScene(self.background, tuple(o.to_world() for o in self.objects))


# -- image helpers ---------------------------------------------------------------------------


def _as_rgb(image: np.ndarray | Image.Image) -> np.ndarray:
    if isinstance(image, Image.Image):
        return np.asarray(image.convert("RGB"))
    array = np.asarray(image)
    if array.ndim != 3 or array.shape[2] not in (3, 4):
        raise ValueError(f"expected an (H, W, 3) RGB image, got shape {array.shape}")
    if np.issubdtype(array.dtype, np.floating):  # model outputs: [0, 1], or 0..255 as floats
        scale = 255.0 if float(np.nanmax(array)) <= 1.0 else 1.0
        array = np.clip(np.rint(np.nan_to_num(array) * scale), 0, 255).astype(np.uint8)
    return array[..., :3]


def _nearest_palette(pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Nearest palette index and the distance to it, per pixel of an (H, W, 3) array."""
    flat = pixels.reshape(-1, 3).astype(np.float64)
    # |p - c|² expanded, so the work is one small matrix product rather than an (N, 8, 3) array.
    dist2 = (flat**2).sum(axis=1, keepdims=True) - 2.0 * flat @ _PALETTE.T + (_PALETTE**2).sum(axis=1)
    nearest = dist2.argmin(axis=1)
    distance = np.sqrt(np.maximum(dist2[np.arange(len(nearest)), nearest], 0.0))
    return nearest.reshape(pixels.shape[:2]), distance.reshape(pixels.shape[:2])


def _box3(pixels: np.ndarray) -> np.ndarray:
    """3×3 mean filter (edges replicated): divides independent pixel noise by three."""
    h, w = pixels.shape[:2]
    padded = np.pad(pixels, ((1, 1), (1, 1), (0, 0)), mode="edge")
    return sum(padded[dy : dy + h, dx : dx + w] for dy in range(3) for dx in range(3)) / 9.0


def palette_labels(rgb: np.ndarray) -> np.ndarray:
    """Index of the nearest palette colour per pixel (int8), -1 where none is within the cap."""
    nearest, distance = _nearest_palette(rgb)
    return np.where(distance <= MAX_COLOUR_DISTANCE, nearest, -1).astype(np.int8)


def _clean_pixels(rgb: np.ndarray) -> np.ndarray:
    """The picture as floats, smoothed only when it is grainy.

    Clean renders (and most pixels of a good model output) sit exactly on the
    palette; when the typical pixel is off by more than ``NOISY_DISTANCE`` the
    noise is what a 3×3 mean removes, at the cost of edges that stay sharp enough.
    """
    pixels = rgb.astype(np.float64)
    _, distance = _nearest_palette(pixels)
    return _box3(pixels) if float(np.median(distance)) > NOISY_DISTANCE else pixels


def _rim(rgb: np.ndarray, colour: np.ndarray, background: np.ndarray) -> np.ndarray:
    """Pixels that are a blend at least half-way from ``background`` to ``colour``.

    Anti-aliased edges between two palette colours can land nearest a third
    one (red over yellow blends to orange); as blends they still belong to the object.
    """
    step = colour - background
    offset = rgb.astype(np.float64) - background
    alpha = offset @ step / (step @ step)
    residual2 = ((offset - alpha[..., None] * step) ** 2).sum(axis=-1)
    return (alpha >= 0.5) & (residual2 <= MAX_COLOUR_DISTANCE**2)


def _neighbours(mask: np.ndarray, combine: Any, fill: Any) -> np.ndarray:
    """``combine`` (np.logical_and / np.maximum ...) over each pixel's 3×3 neighbourhood."""
    h, w = mask.shape
    padded = np.pad(mask, 1, constant_values=fill)
    out = mask.copy()
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            if dy != 1 or dx != 1:
                out = combine(out, padded[dy : dy + h, dx : dx + w])
    return out


def _components(mask: np.ndarray) -> tuple[np.ndarray, int]:
    """8-connected components: (labels int32 with 0 = none, count). Run-length union-find."""
    h, w = mask.shape
    edges = np.diff(np.pad(mask.astype(np.int8), ((0, 0), (1, 1))), axis=1)
    rows, starts = np.nonzero(edges == 1)
    _, ends = np.nonzero(edges == -1)  # exclusive; same row-major order as the starts
    n = len(rows)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first = np.searchsorted(rows, np.arange(h + 1))
    for r in range(h - 1):
        i, i_end, j, j_end = first[r], first[r + 1], first[r + 1], first[r + 2]
        while i < i_end and j < j_end:
            if starts[i] <= ends[j] and starts[j] <= ends[i]:  # touching, diagonals included
                a, b = find(i), find(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            if ends[i] < ends[j]:
                i += 1
            else:
                j += 1
    roots = np.array([find(i) for i in range(n)], dtype=np.int64)
    _, run_label = np.unique(roots, return_inverse=True)
    labels = np.zeros(h * w, dtype=np.int32)
    lengths = ends - starts
    flat = np.repeat(rows * w + starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
    labels[flat] = np.repeat(run_label + 1, lengths)
    return labels.reshape(h, w), int(run_label.max() + 1) if n else 0


def _grow(seeds: np.ndarray, allowed: np.ndarray, steps: int) -> np.ndarray:
    """Grow labelled seeds into ``allowed`` pixels, one 3×3 step at a time (ties: higher label)."""
    labels = seeds.copy()
    for _ in range(steps):
        reach = _neighbours(labels, np.maximum, 0)
        grown = np.where(allowed & (labels == 0), reach, labels)
        if np.array_equal(grown, labels):
            break
        labels = grown
    return labels


# -- per-object geometry ---------------------------------------------------------------------


def _symmetry_scores(xs: np.ndarray, ys: np.ndarray) -> dict[str, float]:
    """How strongly the pixels show 3-, 4- and 5-fold corner patterns, relative to a clean shape.

    |Σ z^k| / Σ |z|^k about the centroid is rotation-invariant and vanishes
    unless the shape has k-fold symmetry: a corner count from all pixels at
    once, so a ragged edge moves it little.
    """
    z = (xs - xs.mean()) + 1j * (ys - ys.mean())
    r = np.abs(z)
    scores = {}
    for shape, (k, reference) in _SYMMETRY_REFERENCE.items():
        total = (r**k).sum()
        scores[shape] = float(abs((z**k).sum()) / total / reference) if total > 0 else 0.0
    return scores


def _classify_shape(scores: dict[str, float]) -> str:
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= _CIRCLE_BELOW else "circle"


def _position(cx: float, cy: float) -> str:
    col, row = min(2, max(0, int(cx * 3))), min(2, max(0, int(cy * 3)))
    return next(key for key, p in vocab.POSITIONS.items() if (p.col, p.row) == (col, row))


# -- reading a picture -----------------------------------------------------------------------


def _object_masks(
    rgb: np.ndarray, labels: np.ndarray, colour: int, background: int, min_core: float, steps: int
) -> list[np.ndarray]:
    """Full-canvas bool masks of the objects of one colour: cores grown back into the colour and its rim."""
    mask = labels == colour
    seeds, n = _components(_neighbours(mask, np.logical_and, False))
    keep = np.bincount(seeds.ravel(), minlength=n + 1) >= min_core
    keep[0] = False
    if not keep.any():
        return []
    seeds[~keep[seeds]] = 0
    # Growth cannot leave the seeds' box plus ``steps``, so work in that window only.
    ys, xs = np.nonzero(seeds)
    window = (
        slice(max(0, ys.min() - steps), ys.max() + steps + 1),
        slice(max(0, xs.min() - steps), xs.max() + steps + 1),
    )
    allowed = mask[window] | _rim(rgb[window], _PALETTE[colour], _PALETTE[background])
    grown = _grow(seeds[window], allowed, steps)
    masks = []
    for label in np.nonzero(keep)[0]:
        full = np.zeros_like(mask)
        full[window] = grown == label
        masks.append(full)
    return masks


def _contrast(pixels: np.ndarray, mask: np.ndarray, colour: np.ndarray, background: np.ndarray) -> float:
    """How far the object stands out: median blend level inside minus in a ring 2–4 px outside.

    Blend level 0 is the background colour, 1 the object's. A drawn object
    scores near 1 (0.5 even blurred by 2.5 px); a blotch where an off-palette
    area happens to tip over to a neighbouring palette colour scores near 0.1.
    """
    ys, xs = np.nonzero(mask)
    m = 4
    window = (slice(max(0, ys.min() - m), ys.max() + m + 1), slice(max(0, xs.min() - m), xs.max() + m + 1))
    inside = mask[window]
    near = _neighbours(inside, np.logical_or, False)
    far = near
    for _ in range(m - 1):
        far = _neighbours(far, np.logical_or, False)
    ring = far & ~near
    if not ring.any():
        return 0.0
    step = colour - background
    level = (pixels[window] - background) @ step / (step @ step)
    return float(np.median(level[inside]) - np.median(level[ring]))


def _describe(mask: np.ndarray, colour: int) -> DetectedObject:
    """Position, shape and size of one object's pixels."""
    h, w = mask.shape
    ys, xs = np.nonzero(mask)
    xs, ys = xs + 0.5, ys + 0.5  # pixel centres
    canvas = float(h * w)
    cx, cy = float(xs.mean()) / w, float(ys.mean()) / h
    scores = _symmetry_scores(xs, ys)
    shape = _classify_shape(scores)
    diameter = 2 * math.sqrt(len(xs) / canvas / UNIT_AREA[shape])
    return DetectedObject(
        shape=shape,
        colour=_PALETTE_KEYS[colour],
        size="small" if diameter < _SIZE_BOUNDARY else "large",
        position=_position(cx, cy),
        mask=mask,
        area=len(xs) / canvas,
        centroid=(cx, cy),
        diameter=diameter,
        symmetry=scores,
    )


def read_scene(image: np.ndarray | Image.Image) -> CheckedScene:
    """Segment a picture into background and objects (uint8 RGB, PIL image, or floats in [0, 1])."""
    rgb = _clean_pixels(_as_rgb(image))
    h, w = rgb.shape[:2]
    labels = palette_labels(rgb)
    counts = np.bincount(labels[labels >= 0].astype(np.int64), minlength=len(_PALETTE_KEYS))
    if counts.sum() == 0:
        return CheckedScene(background=_PALETTE_KEYS[0], objects=[], unknown_fraction=1.0)
    background = int(counts.argmax())
    min_area = MIN_AREA_FRACTION * h * w
    min_core = max(1.0, MIN_CORE_FRACTION * h * w)
    steps = max(2, round(GROW_STEPS_PER_128 * max(h, w) / 128))
    objects = [
        _describe(mask, colour)
        for colour in np.nonzero(counts >= min_area)[0]
        if colour != background
        for mask in _object_masks(rgb, labels, int(colour), background, min_core, steps)
        if mask.sum() >= min_area and _contrast(rgb, mask, _PALETTE[colour], _PALETTE[background]) >= MIN_CONTRAST
    ]
    order = list(vocab.POSITIONS)
    objects.sort(key=lambda o: (order.index(o.position), o.centroid[1], o.centroid[0]))
    return CheckedScene(_PALETTE_KEYS[background], objects, float((labels < 0).mean()))


# -- scoring ---------------------------------------------------------------------------------

ATTRIBUTES = ("shape", "colour", "size", "position")


def mask_iou(a: np.ndarray, b: np.ndarray) -> float:
    """Intersection over union of two bool masks (1.0 when both are empty)."""
    union = np.logical_or(a, b).sum()
    return 1.0 if union == 0 else float(np.logical_and(a, b).sum() / union)


def compare(expected: WorldScene, got: CheckedScene) -> dict[str, Any]:
    """Match objects by position and score them.

    An expected object is correct when exactly one detection sits in its cell
    with the same shape, colour and size. The scene is correct when the
    background and every object are, and nothing extra was found.
    """
    by_cell: dict[str, list[DetectedObject]] = {}
    for det in got.objects:
        by_cell.setdefault(det.position, []).append(det)
    rows = []
    for obj in expected.objects:
        found = by_cell.get(obj.position, [])
        det = found[0] if len(found) == 1 else None
        attributes = {
            "shape": det is not None and det.shape == obj.shape,
            "colour": det is not None and det.colour == obj.colour,
            "size": det is not None and det.size == obj.size,
            "position": det is not None,
        }
        rows.append(
            {
                "position": obj.position,
                "expected": {"shape": obj.shape, "colour": obj.colour, "size": obj.size},
                "got": None if det is None else {"shape": det.shape, "colour": det.colour, "size": det.size},
                "attributes": attributes,
                "correct": all(attributes.values()),
            }
        )
    wanted = {o.position for o in expected.objects}
    extra = [d.position for d in got.objects if d.position not in wanted]
    background_ok = got.background == expected.background
    objects_correct = sum(r["correct"] for r in rows)
    return {
        "background": background_ok,
        "objects": rows,
        "objects_correct": objects_correct,
        "objects_total": len(rows),
        "extra": extra,
        "scene_correct": background_ok and objects_correct == len(rows) and not extra,
    }


def measure(n: int, seed: int = 0, size: int = 128) -> dict[str, Any]:
    """The checker's accuracy on ``n`` freshly sampled, rendered scenes."""
    from core.world.sample import sample_scene  # the sampler is only needed to measure

    rng = np.random.default_rng(seed)
    tally: Counter[str] = Counter()
    ious: list[float] = []
    failures: list[dict[str, Any]] = []
    for _ in range(n):
        scene = sample_scene(rng)
        got = read_scene(render(scene, size))
        result = compare(scene, got)
        tally["scenes"] += 1
        tally["scenes_correct"] += result["scene_correct"]
        tally["background"] += result["background"]
        tally["objects"] += result["objects_total"]
        tally["objects_correct"] += result["objects_correct"]
        for row in result["objects"]:
            for attribute, ok in row["attributes"].items():
                tally[attribute] += ok
        detected = {d.position: d for d in got.objects}
        ious += [
            mask_iou(render_mask(o, size), detected[o.position].mask) for o in scene.objects if o.position in detected
        ]
        if not result["scene_correct"] and len(failures) < 20:
            failures.append({"scene": scene.to_dict(), "result": result})
    return {
        "scenes": tally["scenes"],
        "objects": tally["objects"],
        "scene_accuracy": tally["scenes_correct"] / tally["scenes"],
        "object_accuracy": tally["objects_correct"] / tally["objects"],
        "background_accuracy": tally["background"] / tally["scenes"],
        "attribute_accuracy": {a: tally[a] / tally["objects"] for a in ATTRIBUTES},
        "mean_mask_iou": float(np.mean(ious)) if ious else 0.0,
        "failures": failures,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Accuracy of the shapes-world checker on rendered scenes.")
    parser.add_argument("--n", type=int, default=2000, help="number of scenes to sample")
    parser.add_argument("--seed", type=int, default=0, help="sampler seed")
    parser.add_argument("--size", type=int, default=128, help="canvas size in pixels")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    report = measure(args.n, args.seed, args.size)
    elapsed = time.perf_counter() - start
    print(
        f"checker on {report['scenes']} rendered scenes ({report['objects']} objects), "
        f"seed {args.seed}, {args.size}px, {elapsed:.1f}s"
    )
    print(f"  all-attributes-correct per scene:  {report['scene_accuracy']:.2%}")
    print(f"  all-attributes-correct per object: {report['object_accuracy']:.2%}")
    print(f"  background: {report['background_accuracy']:.2%}")
    for attribute, value in report["attribute_accuracy"].items():
        print(f"  {attribute}: {value:.2%}")
    print(f"  mean mask IoU vs. renderer: {report['mean_mask_iou']:.3f}")
    for failure in report["failures"][:5]:
        wrong = [r for r in failure["result"]["objects"] if not r["correct"]]
        print(f"  failure: {wrong or failure['result']['extra']}")


if __name__ == "__main__":
    main()
