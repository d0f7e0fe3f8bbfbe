"""The shapes world: vocabulary, scenes, renderer, sampler, captions and the checker that scores the model."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from PIL import Image

from core.world import checker, vocab
from core.world.checker import CheckedScene, DetectedObject, compare, mask_iou, read_scene
from core.world.render import UNIT_AREA, coverage, geometry, render, render_mask
from core.world.sample import canonical_caption, caption, sample_scene
from core.world.scene import MAX_OFFSET, Identity, WorldObject, WorldScene

CONTRACT_RGB = {
    "red": (220, 40, 40),
    "orange": (245, 140, 30),
    "yellow": (245, 215, 40),
    "green": (50, 170, 70),
    "blue": (40, 90, 220),
    "purple": (140, 60, 190),
    "white": (245, 245, 245),
    "black": (25, 25, 25),
}

EXAMPLE = WorldScene(
    "yellow",
    (
        WorldObject("circle", "red", "large", "top-left"),
        WorldObject("star", "blue", "small", "bottom-right"),
    ),
)


def one(
    shape: str,
    colour: str,
    background: str,
    size: str = "large",
    position: str = "center",
    identity: Identity | None = None,
) -> WorldScene:
    return WorldScene(background, (WorldObject(shape, colour, size, position, identity or Identity()),))


# -- vocabulary ------------------------------------------------------------------------------


def test_tables_follow_the_contract():
    assert {k: c.rgb for k, c in vocab.COLOURS.items()} == CONTRACT_RGB
    assert list(vocab.COLOURS) == list(CONTRACT_RGB)
    assert list(vocab.SHAPES) == ["circle", "square", "triangle", "star"]
    assert {k: s.diameter for k, s in vocab.SIZES.items()} == {"small": 0.16, "large": 0.28}
    assert list(vocab.POSITIONS) == [
        "top-left",
        "top",
        "top-right",
        "left",
        "center",
        "right",
        "bottom-left",
        "bottom",
        "bottom-right",
    ]
    assert vocab.POSITIONS["top-right"].centre == pytest.approx((5 / 6, 1 / 6))
    assert vocab.POSITIONS["bottom"].centre == pytest.approx((1 / 2, 5 / 6))
    assert vocab.COLOURS["purple"].zh == "紫色" and vocab.SHAPES["star"].zh == "星形"
    assert vocab.POSITIONS["top-left"].en == "top left" and vocab.POSITIONS["top-left"].zh == "左上"


@pytest.mark.parametrize(
    ("kind", "text", "key"),
    [
        ("colour", "Red", "red"),
        ("colour", "红色", "red"),
        ("colour", "红", "red"),
        ("colour", "violet", "purple"),
        ("colour", "紫", "purple"),
        ("shape", "CIRCLE", "circle"),
        ("shape", "圆", "circle"),
        ("shape", "圆圈", "circle"),
        ("shape", "方块", "square"),
        ("shape", "三角", "triangle"),
        ("shape", "星星", "star"),
        ("shape", "五角星", "star"),
        ("size", "big", "large"),
        ("size", "huge", "large"),
        ("size", "大号", "large"),
        ("size", "tiny", "small"),
        ("size", "小号", "small"),
        ("position", "centre", "center"),
        ("position", "middle", "center"),
        ("position", "中央", "center"),
        ("position", "中心", "center"),
        ("position", " Upper Left ", "top-left"),
        ("position", "top left", "top-left"),
        ("position", "top-left", "top-left"),
        ("position", "lower-right", "bottom-right"),
        ("position", "左上方", "top-left"),
        ("position", "上面", "top"),
        ("position", "下面", "bottom"),
        ("position", "左边", "left"),
        ("position", "右边", "right"),
    ],
)
def test_lookup_accepts_names_and_synonyms(kind, text, key):
    assert vocab.lookup(kind, text) == key


def test_lookup_unknown_words_and_kinds():
    assert vocab.lookup("colour", "grey") is None
    assert vocab.lookup("shape", "red") is None  # a colour is not a shape
    with pytest.raises(ValueError, match="kind"):
        vocab.lookup("texture", "red")


def test_every_surface_form_names_one_key_per_kind():
    for kind in vocab.KINDS:
        seen: dict[str, str] = {}
        for key, term in vocab.table(kind).items():
            assert vocab.lookup(kind, term.en) == key and vocab.lookup(kind, term.zh) == key
            for surface in (term.en.lower(), *term.aliases_en, term.zh, *term.aliases_zh):
                assert seen.setdefault(surface, key) == key, f"{surface!r} names both {seen[surface]} and {key}"
            assert all(a == a.lower() for a in term.aliases_en)


# -- scenes ----------------------------------------------------------------------------------


def test_identity_from_seed_is_stable_and_shape_independent():
    star = Identity.from_seed(0, "star")
    assert star == Identity(0.004930620743572353, -0.008287678304500667, -13.77079428191416, 0.9516527635528529)
    assert Identity.from_seed(42, "square") == Identity(
        0.00986241774801468, -0.0022003761689261166, 10.757937597341474, 1.0197368029059364
    )
    # Changing only the shape keeps offset and scale; circles drop rotation.
    assert Identity.from_seed(0, "circle") == Identity(star.dx, star.dy, 0.0, star.scale)
    for seed in range(200):
        identity = Identity.from_seed(seed, "triangle")
        assert identity.problems() == []


@pytest.mark.parametrize(
    ("scene", "message"),
    [
        (WorldScene("yellow", ()), "1 to 3 objects"),
        (
            WorldScene(
                "yellow", tuple(WorldObject("circle", "red", "small", p) for p in ("top", "left", "right", "bottom"))
            ),
            "1 to 3 objects",
        ),
        (
            WorldScene(
                "yellow", (WorldObject("circle", "red", "small", "top"), WorldObject("star", "blue", "large", "top"))
            ),
            "position 'top' is already taken",
        ),
        (one("circle", "yellow", "yellow"), "same as the background"),
        (one("hexagon", "red", "yellow"), "unknown shape 'hexagon'"),
        (one("circle", "grey", "yellow"), "unknown colour 'grey'"),
        (one("circle", "red", "yellow", size="medium"), "unknown size 'medium'"),
        (one("circle", "red", "yellow", position="middle"), "unknown position 'middle'"),
        (one("circle", "red", "pink"), "unknown background colour 'pink'"),
        (one("square", "red", "yellow", identity=Identity(dx=0.05)), "offset"),
        (one("square", "red", "yellow", identity=Identity(rotation=20)), "rotation"),
        (one("square", "red", "yellow", identity=Identity(scale=1.2)), "scale"),
        (one("circle", "red", "yellow", identity=Identity(rotation=5)), "a circle has no rotation"),
    ],
)
def test_validate_names_the_problem(scene, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        scene.validate()
    with pytest.raises(ValueError):
        render(scene)


def test_scene_round_trips_through_json():
    scene = sample_scene(np.random.default_rng(3), n_objects=3)
    again = WorldScene.from_dict(json.loads(json.dumps(scene.to_dict())))
    assert again == scene and hash(again) == hash(scene)
    assert (
        WorldScene.from_dict(
            {"background": "red", "objects": [{"shape": "star", "colour": "blue", "size": "small", "position": "top"}]}
        )
        .objects[0]
        .identity
        == Identity()
    )


def test_sampler_is_seeded_and_follows_the_rules():
    assert sample_scene(np.random.default_rng(7)) == sample_scene(np.random.default_rng(7))
    rng = np.random.default_rng(0)
    scenes = [sample_scene(rng) for _ in range(600)]
    for scene in scenes:
        scene.validate()
    assert {len(s.objects) for s in scenes} == {1, 2, 3}
    assert {o.shape for s in scenes for o in s.objects} == set(vocab.SHAPES)
    assert len(sample_scene(rng, n_objects=2).objects) == 2
    with pytest.raises(ValueError, match="n_objects"):
        sample_scene(rng, n_objects=4)


# -- rendering -------------------------------------------------------------------------------


@pytest.mark.parametrize("shape", list(vocab.SHAPES))
def test_shapes_and_background_are_exact_palette_colours(shape):
    keys = list(vocab.COLOURS)
    for i, colour in enumerate(keys):
        background = keys[(i + 3) % len(keys)]
        scene = one(shape, colour, background, size="small", position="top-left", identity=Identity.from_seed(i, shape))
        image = render(scene)
        assert image.shape == (128, 128, 3) and image.dtype == np.uint8
        cx, cy, _ = geometry(scene.objects[0])
        assert tuple(image[int(cy * 128), int(cx * 128)]) == vocab.COLOURS[colour].rgb
        assert tuple(image[100, 100]) == vocab.COLOURS[background].rgb
        # Only the anti-aliased rim may hold other values.
        exact = (image == vocab.COLOURS[colour].rgb).all(-1) | (image == vocab.COLOURS[background].rgb).all(-1)
        counts, rows, cols = coverage(scene.objects[0], 128)
        rim = np.zeros((128, 128), dtype=bool)
        rim[rows, cols] = (counts > 0) & (counts < 16)
        assert np.all(exact | rim) and rim.any()


def test_render_is_deterministic_and_scales():
    scene = sample_scene(np.random.default_rng(11), n_objects=3)
    assert render(scene).tobytes() == render(scene).tobytes()
    assert render(scene, size=64).shape == (64, 64, 3)
    assert render(WorldScene.from_dict(scene.to_dict())).tobytes() == render(scene).tobytes()


def test_objects_never_overlap_or_leave_the_canvas():
    # Worst case by arithmetic: the largest object pushed to its cell's edge stays inside the cell.
    assert vocab.SIZES["large"].diameter * 1.05 / 2 + MAX_OFFSET < 1 / 6
    rng = np.random.default_rng(1)
    for _ in range(150):
        scene = sample_scene(rng, n_objects=3)
        samples = np.zeros((128, 128), dtype=int)
        for obj in scene.objects:
            cx, cy, r = geometry(obj)
            assert min(cx - r, cy - r) > 0 and max(cx + r, cy + r) < 1
            counts, rows, cols = coverage(obj, 128)
            samples[rows, cols] += counts
        assert samples.max() <= 16  # no sub-sample is covered twice


def test_coverage_matches_geometry():
    obj = WorldObject("square", "red", "large", "center")  # axis-aligned, side 0.28 / √2
    side = 0.28 / np.sqrt(2) * 128
    # 4× supersampling places each straight edge to within 1/4 px: ±2% area here.
    assert coverage(obj, 128)[0].sum() / 16 == pytest.approx(side * side, rel=0.025)
    assert render_mask(obj).sum() == pytest.approx(side * side, rel=0.06)
    star = WorldObject("star", "red", "large", "center")
    assert coverage(star, 256)[0].sum() / 16 == pytest.approx(UNIT_AREA["star"] * (0.14 * 256) ** 2, rel=0.02)


# -- captions --------------------------------------------------------------------------------


def test_canonical_captions_read_like_the_contract():
    assert canonical_caption(EXAMPLE, "en") == (
        "a large red circle at the top left and a small blue star at the bottom right, on a yellow background"
    )
    assert canonical_caption(EXAMPLE, "zh") == "黄色背景上，左上方有一个大的红色圆形，右下方有一个小的蓝色星形"
    three = WorldScene(
        "orange",
        (
            WorldObject("triangle", "white", "small", "center"),
            WorldObject("square", "black", "large", "top"),
            WorldObject("circle", "purple", "small", "bottom-left"),
        ),
    )
    assert canonical_caption(three, "en") == (
        "a small white triangle at the center, a large black square at the top and "
        "a small purple circle at the bottom left, on an orange background"
    )
    with pytest.raises(ValueError, match="lang"):
        canonical_caption(EXAMPLE, "fr")


def _mentions(text: str, term: vocab.Term, lang: str) -> bool:
    if lang == "zh":
        return any(s in text for s in (term.zh, *term.aliases_zh))
    return any(re.search(rf"\b{re.escape(s)}\b", text) for s in (term.en, *term.aliases_en))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_captions_name_every_attribute_in_varied_wording(lang):
    rng = np.random.default_rng(5)
    for _ in range(300):
        scene = sample_scene(rng)
        text = caption(scene, lang, rng)
        assert text.isascii() == (lang == "en")
        assert _mentions(text, vocab.COLOURS[scene.background], lang)
        for obj in scene.objects:
            for kind, key in (
                ("colour", obj.colour),
                ("shape", obj.shape),
                ("size", obj.size),
                ("position", obj.position),
            ):
                assert _mentions(text, vocab.table(kind)[key], lang), (kind, key, text)
    variants = {caption(EXAMPLE, lang, rng) for _ in range(200)}
    # Templates, object order and synonyms all vary; the canonical wording is among them.
    assert len(variants) >= 20 and canonical_caption(EXAMPLE, lang) in variants
    assert caption(EXAMPLE, lang, np.random.default_rng(1)) == caption(EXAMPLE, lang, np.random.default_rng(1))


# -- checker ---------------------------------------------------------------------------------


def test_checker_reads_rendered_scenes():
    """The contract's gate: ≥ 99% of rendered scenes read back all-attributes-correct."""
    report = checker.measure(1000, seed=2024)
    print(
        f"\nchecker on 1000 rendered scenes: {report['scene_accuracy']:.2%} per scene, "
        f"{report['object_accuracy']:.2%} per object, mask IoU {report['mean_mask_iou']:.3f}"
    )
    assert report["scene_accuracy"] >= 0.99
    assert report["object_accuracy"] >= 0.99
    assert report["mean_mask_iou"] >= 0.95


def test_checker_details_on_a_known_scene():
    got = read_scene(render(EXAMPLE))
    assert got.background == "yellow" and got.unknown_fraction < 0.01
    assert got.to_world() == WorldScene(
        "yellow", tuple(WorldObject(o.shape, o.colour, o.size, o.position) for o in EXAMPLE.objects)
    )
    circle = got.objects[0]
    assert circle.centroid == pytest.approx((1 / 6, 1 / 6), abs=0.005)
    assert circle.diameter == pytest.approx(0.28, rel=0.03)
    assert mask_iou(circle.mask, render_mask(EXAMPLE.objects[0])) > 0.97
    # PIL images and float arrays in [0, 1] read the same.
    assert read_scene(Image.fromarray(render(EXAMPLE))).to_world() == got.to_world()
    assert read_scene(render(EXAMPLE) / 255.0).to_world() == got.to_world()


def test_checker_tolerates_noise_without_inventing_objects():
    rng, noise = np.random.default_rng(8), np.random.default_rng(9)
    correct = 0
    for _ in range(60):
        scene = sample_scene(rng)
        noisy = np.clip(render(scene) + noise.normal(0, 20, (128, 128, 3)), 0, 255).astype(np.uint8)
        correct += compare(scene, read_scene(noisy))["scene_correct"]
    assert correct >= 57
    for background in vocab.COLOURS.values():  # a plain canvas with grain holds no objects
        plain = np.clip(np.full((128, 128, 3), background.rgb) + noise.normal(0, 25, (128, 128, 3)), 0, 255)
        got = read_scene(plain.astype(np.uint8))
        assert got.objects == [] and got.background == background.key
    for _ in range(10):  # pure noise, and noise around a colour halfway between two palette colours
        assert read_scene((noise.random((128, 128, 3)) * 255).astype(np.uint8)).objects == []
        between = np.full((128, 128, 3), (238.0, 87.0, 26.0)) + noise.normal(0, 25, (128, 128, 3))
        assert read_scene(np.clip(between, 0, 255).astype(np.uint8)).objects == []


def _detected(shape: str, colour: str, size: str, position: str) -> DetectedObject:
    return DetectedObject(shape, colour, size, position, np.zeros((4, 4), dtype=bool), 0.0, (0.5, 0.5))


def test_compare_matches_by_position():
    got = CheckedScene(
        "yellow",
        [
            _detected("circle", "red", "large", "top-left"),
            _detected("star", "blue", "large", "bottom-right"),
            _detected("square", "green", "small", "center"),
        ],
    )
    result = compare(EXAMPLE, got)
    assert result["background"] and not result["scene_correct"]
    assert [r["correct"] for r in result["objects"]] == [True, False]
    assert result["objects"][1]["attributes"] == {"shape": True, "colour": True, "size": False, "position": True}
    assert result["extra"] == ["center"] and result["objects_correct"] == 1
    missing = compare(EXAMPLE, CheckedScene("white", []))
    assert missing["objects_correct"] == 0 and not missing["background"]
    assert missing["objects"][0]["got"] is None


def test_mask_iou():
    a = np.zeros((4, 4), dtype=bool)
    b = a.copy()
    assert mask_iou(a, b) == 1.0
    a[:2] = True
    b[1:3] = True
    assert mask_iou(a, b) == pytest.approx(4 / 12)


def test_checker_command_prints_accuracy(capsys):
    checker.main(["--n", "20", "--seed", "3"])
    out = capsys.readouterr().out
    assert "all-attributes-correct per scene:  100.00%" in out and "shape:" in out
