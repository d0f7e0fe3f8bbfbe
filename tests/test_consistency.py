"""Consistency mechanisms: the exact identities from the issue, on tiny seeded pipelines."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from diffusers.models.attention_processor import HunyuanAttnProcessor2_0
from diffusers.models.embeddings import get_2d_rotary_pos_embed

from core.consistency import ConsistencyConfig, DrawControls
from core.consistency.attention import AnchorAttnProcessor
from core.consistency.config import parse_mechanisms
from core.consistency.plan import derive_seed, diff_scenes, plan_turn
from core.consistency.regions import cell_mask, cell_region, outside_pixels_mask, token_mask
from core.engine import Engine, SessionDefaults
from core.painter import DrawRequest
from core.rewriter import Composer
from core.scene import Scene
from sessions.store import Store

PROMPT = "a large red circle at the top left on a blue background"


def request(**kw):
    base = dict(prompt=PROMPT, negative_prompt="", seed=3, width=64, height=64, steps=4, guidance=5.0)
    return DrawRequest(**{**base, **kw})


# -- anchor attention ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def attn_case(tiny_pipeline):
    transformer = tiny_pipeline.transformer
    attn = transformer.blocks[0].attn1
    tokens, dim = 16, transformer.inner_dim
    rope = get_2d_rotary_pos_embed(dim // transformer.num_heads, ((0, 0), (4, 4)), (4, 4), output_type="pt")
    g = torch.Generator().manual_seed(0)
    current = torch.randn(2, tokens, dim, generator=g)  # uncond, cond
    anchor = torch.randn(2, tokens, dim, generator=g)
    with torch.no_grad():
        plain = HunyuanAttnProcessor2_0()(attn, current, image_rotary_emb=rope)
    return attn, rope, current, anchor, plain


def run_anchor(attn, rope, current, anchor, weight, keep=None):
    proc = AnchorAttnProcessor(weight)
    proc.n_current, proc.key_keep = 2, keep
    with torch.no_grad():
        return proc(attn, torch.cat([current, anchor]), image_rotary_emb=rope)


def test_anchor_attention_with_weight_zero_is_plain_attention(attn_case):
    attn, rope, current, anchor, plain = attn_case
    out = run_anchor(attn, rope, current, anchor, 0.0)
    torch.testing.assert_close(out[:2], plain, atol=1e-5, rtol=0)


def test_anchor_equal_to_current_at_full_weight_is_plain_attention(attn_case):
    attn, rope, current, _, plain = attn_case
    out = run_anchor(attn, rope, current, current.clone(), 1.0)
    torch.testing.assert_close(out[:2], plain, atol=1e-5, rtol=0)
    torch.testing.assert_close(out[2:], plain, atol=1e-5, rtol=0)  # anchor rows: plain attention


def test_anchor_attention_moves_the_output_and_region_keys_can_turn_it_off(attn_case):
    attn, rope, current, anchor, plain = attn_case
    assert (run_anchor(attn, rope, current, anchor, 1.0)[:2] - plain).abs().max() > 1e-3
    none_kept = torch.zeros(16, dtype=torch.bool)
    torch.testing.assert_close(run_anchor(attn, rope, current, anchor, 1.0, none_kept)[:2], plain, atol=1e-5, rtol=0)


def test_anchor_processor_is_removed_after_a_draw(tiny_painter):
    before = [type(b.attn1.processor) for b in tiny_painter.pipe.transformer.blocks]
    anchor = tiny_painter.draw(request(steps=2)).latents
    tiny_painter.draw(request(steps=2), controls=DrawControls(anchor=anchor, anchor_weight=1.0))
    assert [type(b.attn1.processor) for b in tiny_painter.pipe.transformer.blocks] == before


# -- the controlled loop and edit mode ------------------------------------------------------------


def test_controlled_loop_without_controls_draws_what_the_pipeline_draws(tiny_painter):
    a = tiny_painter.draw(request())
    b = tiny_painter.draw(request(), controls=DrawControls())
    assert torch.equal(a.latents, b.latents)


def test_edit_strength_zero_returns_the_anchor_unchanged(tiny_painter):
    anchor = tiny_painter.draw(request(seed=1)).latents
    out = tiny_painter.draw(
        request(seed=2, prompt="a small green square at the center"), controls=DrawControls(anchor=anchor, strength=0.0)
    )
    assert torch.equal(out.latents, anchor)


def test_the_change_grows_with_strength(tiny_painter):
    anchor = tiny_painter.draw(request(seed=1, steps=8)).latents
    other = request(seed=2, steps=8, prompt="a small green square at the center on a white background")
    changes = [
        (tiny_painter.draw(other, controls=DrawControls(anchor=anchor, strength=s)).latents - anchor)
        .abs()
        .mean()
        .item()
        for s in (0.0, 0.25, 0.5, 0.75, 1.0)
    ]
    assert changes[0] == 0.0
    assert all(a < b for a, b in zip(changes, changes[1:], strict=False)), changes


def test_a_region_edit_keeps_every_latent_outside_the_region_exactly(tiny_painter):
    assert tiny_painter.pixel_space  # the tiny test model has the bundled pixel-space autoencoder
    anchor = tiny_painter.draw(request(seed=1)).latents
    mask = cell_mask(["top-left"], *anchor.shape[-2:])
    out = tiny_painter.draw(
        request(seed=2), controls=DrawControls(anchor=anchor, strength=0.75, edit_mask=mask)
    ).latents
    outside = mask.expand_as(anchor) == 0
    assert torch.equal(out[outside], anchor[outside])
    assert not torch.equal(out[~outside], anchor[~outside])


def test_region_masks_map_grid_cells_to_latents_and_tokens():
    mask = cell_mask(["center"], 16, 16)
    assert mask[0, 0, 5:11, 5:11].eq(1).all() and mask.sum() == 36
    keep = token_mask(mask, 2)
    assert keep.shape == (64,) and (~keep).sum() == 16  # tokens touching rows/cols 5..10


def test_a_pixel_space_cell_region_is_the_grid_cell_to_the_pixel():
    import torch.nn.functional as F

    exact = F.pixel_shuffle(cell_region(["center"], 16, 16, 8, pixel_space=True), 8)
    assert exact.shape == (1, 3, 128, 128) and torch.equal(exact[:, :1], cell_mask(["center"], 128, 128))
    assert exact[0, 0].sum() == 44 * 44  # rows and columns 42..85, where latent cells would give 40..87
    assert torch.equal(cell_region(["center"], 16, 16, 8, pixel_space=False), cell_mask(["center"], 16, 16))


def test_a_pixel_mask_keeps_exactly_its_pixels_through_pixel_space_latents():
    import torch.nn.functional as F

    g = torch.Generator().manual_seed(0)
    old, new = torch.rand(1, 3, 32, 32, generator=g), torch.rand(1, 3, 32, 32, generator=g)
    keep = np.zeros((32, 32), dtype=bool)
    keep[3:11, 5:9] = True  # straddles 8x8 blocks: a latent cell is part kept, part changed
    mask = outside_pixels_mask(keep, 8, pixel_space=True)
    assert mask.shape == (1, 192, 4, 4)
    blended = mask * F.pixel_unshuffle(new, 8) + (1 - mask) * F.pixel_unshuffle(old, 8)
    expected = torch.where(torch.from_numpy(keep), old, new)
    assert torch.equal(F.pixel_shuffle(blended, 8), expected)
    # A learned autoencoder mixes a block's pixels: every latent cell touching a kept pixel is kept.
    coarse = outside_pixels_mask(keep, 8, pixel_space=False)
    assert coarse.shape == (1, 1, 4, 4) and coarse[0, 0, :2, :2].eq(0).all() and coarse.sum() == 12
    assert token_mask(mask, 2).shape == (4,)  # tokens read the channel-wise mask as one


# -- plan, settings ----------------------------------------------------------------------------


def test_mechanism_lists_parse_and_bad_ones_are_refused():
    assert parse_mechanisms("none") == () and parse_mechanisms("all") == (
        "noise",
        "subjects",
        "anchor_attention",
        "edit",
    )
    assert parse_mechanisms("edit, noise") == ("noise", "edit")
    with pytest.raises(ValueError, match="unknown consistency mechanism"):
        parse_mechanisms("magic")
    with pytest.raises(ValueError, match="strength_attribute"):
        ConsistencyConfig(strength_attribute=1.5)
    with pytest.raises(ValueError, match="unknown consistency settings"):
        ConsistencyConfig().merged({"colour": 1})


def test_scene_diff_orders_edit_kinds():
    c = Composer()
    first = c.rewrite(
        Scene(), [], "a small red circle at the top left and a large blue square at the center on a white background"
    )
    recolour = c.rewrite(first.scene, [], "make the circle green")
    moved = c.rewrite(first.scene, [], "move the square to the bottom right")
    assert diff_scenes(first.scene, recolour.scene).kind == "attribute"
    assert diff_scenes(first.scene, moved.scene).kind == "add_remove"
    assert diff_scenes(first.scene, first.scene).kind == "none"
    assert derive_seed(5, 3) == derive_seed(5, 3) != derive_seed(5, 4)


# -- through the engine ------------------------------------------------------------------------

SCRIPT = [
    "a small red circle at the top left and a large blue square at the center on a white background",
    "make the circle green",
    "add a small yellow star at the top",
    "change the background to black",
    "start over: a large green star at the center on a red background",
]


@pytest.fixture
def make_engine(tiny_painter, tmp_path):
    stores = []

    def make(config: ConsistencyConfig, name: str = "db"):
        store = Store.open(f"sqlite:///{tmp_path / (name + '.sqlite')}", tmp_path / name)
        stores.append(store)
        return Engine(tiny_painter, Composer(), store, defaults=SessionDefaults(steps=4, seed=7), consistency=config)

    yield make
    for store in stores:
        store.close()


def pixels(engine, turn):
    from PIL import Image

    return np.asarray(Image.open(engine.store.image_path(engine.store.get_image(turn.image_id))))


def test_subject_slices_are_bit_identical_while_the_subject_is_unchanged(make_engine):
    from core.consistency import subjects as sub
    from core.scene import Scene

    engine = make_engine(ConsistencyConfig.only("subjects"))
    session = engine.new_session()
    messages = [
        "a small red circle at the top left on a white background",
        "change the background to blue",
        "make the circle green",
    ]
    turns = [engine.run_turn(session, m).turn for m in messages]
    records = [t.generation["consistency"]["subjects"] for t in turns]
    # unchanged subject: one record, one blob, from turn 1; its anchor is the last turn that drew it
    assert records[0]["s1"]["blob"] == records[1]["s1"]["blob"] and records[1]["s1"]["since_turn"] == turns[0].id
    assert records[1]["s1"]["anchor_turn"] == turns[1].id
    assert records[2]["s1"]["blob"] != records[0]["s1"]["blob"] and records[2]["s1"]["since_turn"] == turns[2].id
    # the states drawn in turn 2 hold exactly turn 1's slices at the circle's tokens,
    # although encoding turn 2's prompt afresh gives other numbers there (BERT reads the new background)
    stored = engine.blobs.get(records[0]["s1"]["blob"])
    rewrite = Composer().rewrite(Scene.model_validate(turns[0].scene), [], messages[1])
    patched, _ = engine.runner.subject_states(turns[1], rewrite, records[0])
    fresh = engine.painter.encode(rewrite.prompt)
    _, s1, n1, s2, n2 = sub.spans(engine.painter, patched, rewrite.scene)["s1"]
    assert torch.equal(patched.embeds[0, s1 : s1 + n1], stored["embeds"])
    assert torch.equal(patched.embeds_2[0, s2 : s2 + n2], stored["embeds_2"])
    assert not torch.equal(fresh.embeds[0, s1 : s1 + n1], stored["embeds"])


def test_each_turn_stores_its_plan_seed_and_noise(make_engine):
    engine = make_engine(ConsistencyConfig.only("all"))
    session = engine.new_session()
    turns = [engine.run_turn(session, m).turn for m in SCRIPT]
    plans = [t.generation["consistency"] for t in turns]
    assert [p["mode"] for p in plans] == ["draw", "edit", "edit", "edit", "draw"]
    assert plans[1]["kind"] == "attribute" and plans[2]["kind"] == "add_remove"
    assert plans[1]["strength"] < plans[2]["strength"] <= 1.0
    assert plans[1]["anchor_turn"] == turns[0].id and plans[1]["noise_turn"] == turns[0].id
    assert plans[1]["region"] == ["top-left"] and "blue square" in plans[1]["kept"] and "background" in plans[1]["kept"]
    # Region edits are drawn from a prompt of what changes; a new background keeps subjects as pixels.
    assert plans[1]["focus_prompt"] == "a small green circle at the top left, on a white background"
    assert plans[3]["region_source"] == "kept_pixels" and plans[3]["focus"] is None  # nothing new to draw
    assert plans[3]["strength"] == 1.0 and not plans[3]["mechanisms"]["anchor_attention"]
    assert plans[3]["keep_cells"] == ["center", "top", "top-left"]
    assert turns[4].seed == derive_seed(7, turns[4].index) != 7  # a new scene gets a fresh seed
    noise = engine.blobs.get(plans[0]["blobs"]["noise"])["noise"]
    assert torch.equal(noise, engine.painter.initial_noise(7, 64, 64))
    assert plans[1]["summary"].startswith("Kept: ") and "Kept: " not in turns[1].reply  # one sentence in the chat


@pytest.mark.parametrize(
    ("messages", "summary"),
    [
        (
            ("蓝色背景上，左上方有一个小的红色圆形，中间有一个大的蓝色正方形", "把圆形改成绿色"),
            "保留：蓝色正方形、背景；改动：红色圆形的颜色：红色 → 绿色。",
        ),
        (
            ("蓝色背景上，左上方有一个小的红色圆形", "把背景换成黄色", "把它移到右下方"),
            "保留：背景；改动：红色圆形移动：左上 → 右下。",
        ),
        (("蓝色背景上，左上方有一个小的红色圆形", "把背景换成黄色"), "保留：红色圆形；改动：背景：蓝色 → 黄色。"),
        (
            ("a small red circle at the top left on a blue background", "add a small yellow star at the top"),
            "Kept: red circle, background; changed: yellow star (added).",
        ),
        (("森林里的一只红色狐狸", "给它戴上围巾"), "保留：背景；改动：红色狐狸的细节：无 → 戴着围巾。"),
        (
            ("a red fox in a forest", "give it a red scarf"),
            "Kept: background; changed: red fox details: none → wearing a red scarf.",
        ),
        (("森林里的一只狐狸", "带着闪亮的光芒"), "保留：狐狸、背景；改动：其他细节：无 → 带着闪亮的光芒。"),
    ],
)
def test_the_kept_and_changed_line_speaks_the_scenes_language(messages, summary):
    """The chat's "kept / changed" line is one language: no "background" or "(added)" in a Chinese reply."""
    composer, scene, rewrite = Composer(), Scene(), None
    for message in messages:
        previous, rewrite = scene, composer.rewrite(scene, [], message)
        scene = rewrite.scene
    plan = plan_turn(
        rewrite,
        previous,
        {"id": "t0", "seed": 7, "consistency": {}},
        ConsistencyConfig.only("all"),
        session_seed=7,
        turn_index=len(messages) - 1,
        has_anchor=True,
    )
    assert plan.summary() == summary


def test_a_details_edit_of_a_general_scene_is_drawn_and_summed_up(make_engine):
    engine = make_engine(ConsistencyConfig.only("all"))
    session = engine.new_session()
    engine.run_turn(session, "森林里的一只红色狐狸")
    turn = engine.run_turn(session, "给它戴上围巾").turn
    assert turn.status == "done" and turn.image_id is not None
    assert turn.generation["consistency"]["summary"] == "保留：背景；改动：红色狐狸的细节：无 → 戴着围巾。"
    assert "保留" not in turn.reply


def test_a_locked_seed_stays_for_new_scenes(make_engine):
    engine = make_engine(ConsistencyConfig.only("noise", lock_seed=True))
    session = engine.new_session()
    assert [engine.run_turn(session, m).turn.seed for m in (SCRIPT[0], SCRIPT[4])] == [7, 7]


def test_replaying_a_stored_session_reproduces_every_image_exactly(make_engine):
    engine = make_engine(ConsistencyConfig.only("all", anchor_skip=1, anchor_dropout=0.2))
    first = engine.new_session()
    originals = [engine.run_turn(first, m).turn for m in SCRIPT]
    # replay the stored messages and seed into a fresh store, as `app.py replay` does
    again = make_engine(ConsistencyConfig.only("all", anchor_skip=1, anchor_dropout=0.2), name="replay")
    session = again.new_session(seed=first.settings["seed"])
    replayed = [again.run_turn(session, t.message).turn for t in engine.store.turns(first.id)]
    for a, b in zip(originals, replayed, strict=True):
        assert np.array_equal(pixels(engine, a), pixels(again, b))
        assert a.seed == b.seed
    assert not np.array_equal(pixels(engine, originals[0]), pixels(engine, originals[1]))


def test_a_session_override_switches_mechanisms_per_session(make_engine):
    engine = make_engine(ConsistencyConfig())
    session = engine.new_session()
    session = engine.update_settings(session.owner_token, {"consistency": {"edit": True}})
    engine.run_turn(session, SCRIPT[0])
    second = engine.run_turn(session, SCRIPT[1]).turn
    assert second.generation["consistency"]["mode"] == "edit"
    assert ConsistencyConfig().merged("noise,edit") == ConsistencyConfig.only("noise", "edit")


def test_a_controlled_draw_reports_progress_and_can_be_cancelled(tiny_painter):
    import threading

    from core.errors import DrawCancelled

    anchor = tiny_painter.draw(request(seed=1)).latents
    seen = []
    tiny_painter.draw(request(steps=8), controls=DrawControls(anchor=anchor, strength=0.5),
                      on_step=lambda i, n, _: seen.append((i, n)))  # fmt: skip
    assert seen == [(i, 4) for i in range(1, 5)]  # an edit at strength 0.5 runs half the steps
    cancel = threading.Event()

    def on_step(i, n, _):
        if i == 1:
            cancel.set()

    with pytest.raises(DrawCancelled):
        tiny_painter.draw(request(), controls=DrawControls(anchor=anchor, anchor_weight=1.0), on_step=on_step,
                          cancel=cancel)  # fmt: skip


def test_general_scenes_edit_inside_the_subjects_cross_attention_region(make_engine, tiny_painter):
    from core.consistency.cross_maps import attention_region

    engine = make_engine(ConsistencyConfig.only("all"))
    session = engine.new_session()
    first = engine.run_turn(session, "a red fox in a forest").turn
    second = engine.run_turn(session, "give the fox a scarf").turn
    plan = second.generation["consistency"]
    assert (plan["mode"], plan["kind"], plan["region_source"], plan["edited"]) == (
        "edit",
        "attribute",
        "attention",
        ["s1"],
    )
    anchor = engine.blobs.get(first.generation["consistency"]["blobs"]["latents"])["latents"]
    noise = tiny_painter.initial_noise(first.seed, 64, 64)
    mask = attention_region(tiny_painter.pipe, anchor, noise, tiny_painter.encode(first.prompt), [1, 2])
    assert mask.shape == (1, 1, 8, 8) and set(mask.unique().tolist()) <= {0.0, 1.0} and 0 < mask.sum() < 64
    assert torch.equal(
        mask, attention_region(tiny_painter.pipe, anchor, noise, tiny_painter.encode(first.prompt), [1, 2])
    )
    # the engine drew the scarf inside that region and kept every latent outside it
    region = engine.runner.attention_region(anchor, noise, request(), first, ["s1"])
    latents = engine.blobs.get(plan["blobs"]["latents"])["latents"]
    outside = region.expand_as(anchor) == 0
    assert outside.any() and torch.equal(latents[outside], anchor[outside])


def test_a_variation_of_an_edit_redraws_its_region_at_full_strength(make_engine):
    """ "Variation (new seed)" of an edit must visibly vary what the edit drew, and only that."""
    engine = make_engine(ConsistencyConfig.only("edit"))
    session = engine.new_session()
    engine.run_turn(session, SCRIPT[0])
    edit = engine.run_turn(session, SCRIPT[1]).turn  # "make the circle green": its cell only
    varied = engine.regenerate(session, edit.id, variation=True).turn
    plan = varied.generation["consistency"]
    assert varied.seed != edit.seed and plan["strength"] == 1.0 and edit.generation["consistency"]["strength"] < 1.0
    before, after = pixels(engine, edit).astype(int), pixels(engine, varied).astype(int)
    changed = np.abs(after - before).sum(axis=-1) > 0
    h, w = changed.shape
    cell = changed[: h // 3, : w // 3]  # the circle's cell, top left
    # outside it nothing moves (the tiny test model's latents are 8-px blocks: a border row may)
    assert cell.mean() > 0.3 and not changed[h // 2 :, w // 2 :].any() and changed[h // 3 :, :].mean() < 0.05
