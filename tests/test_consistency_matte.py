"""Kept subjects as layers over a new background: exact on the renderer's own pictures."""

from __future__ import annotations

import numpy as np
import pytest

from core.consistency.matte import MIN_COVERAGE, coverage, over_new_background
from core.consistency.regions import cell_mask
from core.world import vocab
from core.world.checker import mask_iou, read_scene
from core.world.render import render
from core.world.scene import WorldObject, WorldScene

OBJECTS = (
    WorldObject("circle", "red", "large", "top-left"),
    WorldObject("star", "yellow", "small", "bottom-right"),
    WorldObject("triangle", "white", "small", "center"),
)


def rgb(name: str) -> np.ndarray:
    return np.array(vocab.COLOURS[name].rgb, dtype=np.float64)


def test_coverage_reads_the_blend_level_towards_any_palette_colour():
    old = rgb("blue")
    pixels = np.stack(
        [
            old,  # background
            rgb("red"),  # a subject's core
            0.3 * rgb("green") + 0.7 * old,  # an edge pixel, 30% covered
            0.75 * rgb("white") + 0.25 * old,
        ]
    )[None]
    assert coverage(pixels, old)[0] == pytest.approx([0.0, 1.0, 0.3, 0.75], abs=1e-12)


def test_a_rendered_scene_over_a_new_background_is_the_scene_rendered_on_it():
    """The renderer's anti-aliased edges are exact blends, so re-compositing them over a new
    background must give what the renderer draws there, to its rounding."""
    before = render(WorldScene("blue", OBJECTS)).astype(np.float64)
    target = render(WorldScene("orange", OBJECTS)).astype(np.float64)
    drawn = np.broadcast_to(rgb("orange"), target.shape).copy()  # a model that drew only the background
    kept = cell_mask([o.position for o in OBJECTS], 128, 128)[0, 0].numpy() > 0
    out = over_new_background(before, drawn, kept, rgb("blue"))
    # Both renders round to whole grey levels; that half level, read back into a coverage and
    # scaled by the change of background, can come to 1.2 levels on a white edge over blue->orange.
    assert np.abs(out - target).max() <= 2.0
    assert np.abs(out - target).mean() < 0.01
    got, want = read_scene(out.round().astype(np.uint8)), read_scene(target.astype(np.uint8))
    assert got.to_world() == want.to_world()
    assert got.background == "orange" and set(got.to_world().objects) == set(OBJECTS)
    for a, b in zip(got.objects, want.objects, strict=True):
        assert mask_iou(a.mask, b.mask) >= 0.98  # edge pixels at exactly half cover may round either way


def test_old_pixels_keep_no_old_background_and_outside_the_cells_comes_from_the_drawing():
    before = render(WorldScene("blue", OBJECTS[:1])).astype(np.float64)
    rng = np.random.default_rng(0)
    drawn = rgb("green") + rng.normal(0, 3, size=before.shape)  # a grainy new background
    drawn[20:30, 30:40] = rgb("red")  # the model's own red blob beside the kept circle
    kept = cell_mask(["top-left"], 128, 128)[0, 0].numpy() > 0
    assert kept[20:30, 30:40].all()
    out = over_new_background(before, drawn, kept, rgb("blue"))
    assert np.array_equal(out[~kept], drawn[~kept])
    a = coverage(before, rgb("blue"))
    core = kept & (a == 1.0)
    assert core.sum() > 500 and np.array_equal(out[core], before[core])  # the subject itself, untouched
    background = kept & (a < MIN_COVERAGE)
    new = np.median(drawn[~kept], axis=0)
    assert background[20:30, 30:40].any() and np.array_equal(
        out[background], np.broadcast_to(new, out[background].shape)
    )
    # no pixel anywhere is left nearer the old background than the new one
    old_d = np.linalg.norm(out - rgb("blue"), axis=-1)
    new_d = np.linalg.norm(out - rgb("green"), axis=-1)
    assert not (old_d < new_d).any()
