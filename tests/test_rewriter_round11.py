"""Round 11: mechanisms found missing by fresh batch 10 (one test per mechanism, phrasings of our own)."""

from __future__ import annotations

from core.language import lexicon as lx
from tests.dialogue import objects, play

# -- 1. "and the X too" with a trailing filler ("actually", "then") still repeats the last removal ---------------


def test_too_then_a_filler_repeats_the_last_removal():
    scene, rw = play(["a blue star at the top, a white circle at the bottom, a red square on the left", "delete the star",
                      "and the circle too actually"])  # fmt: skip
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "red", "large", "left")]


# -- 2. "background is the black": an article between the copula and the colour ----------------------------------


def test_background_is_the_colour_with_an_article():
    scene, _ = play(["a yellow triangle, and the background should be the purple"])
    assert scene.background == "purple"
    assert objects(scene) == [("triangle", "yellow", "large", "center")]


# -- 3. a learner's corner after a place preposition, spaced: "in the up left", "to down right" --------------------


def test_a_spaced_learner_corner_after_a_preposition_is_that_corner():
    scene, _ = play(["draw a purple star in the down left"])
    assert objects(scene) == [("star", "purple", "large", "bottom-left")]
    scene, _ = play(["a purple star", "put one orange circle at up right"])
    assert objects(scene) == [("circle", "orange", "large", "top-right"), ("star", "purple", "large", "center")]
    # after "the", "left up" stays a size verb's particle
    assert lx.normalise("pump the one on the left up") == "pump the one on the left up"


# -- 4. 往中间 + a verb of moving: the centre cell ------------------------------------------------------------------


def test_towards_the_middle_moves_to_the_centre():
    scene, rw = play(["右下角放一个蓝色三角形", "三角形向中央移一点"])
    assert rw.intent == "edit"
    assert objects(scene) == [("triangle", "blue", "large", "center")]


# -- 5. "place: object" lists ("right: green circle, top: black square") ---------------------------------------------


def test_a_place_colon_object_list_puts_each_object_there():
    scene, rw = play(["right: green circle; top: small black square. bg orange"])
    assert rw.intent == "draw" and scene.background == "orange"
    assert objects(scene) == [("circle", "green", "large", "right"), ("square", "black", "small", "top")]


# -- 6. a count with its own places after a comma, then other objects named ------------------------------------------


def test_a_count_places_its_objects_after_a_comma_and_others_keep_their_own_words():
    scene, _ = play(["两个黄色的方块，一个在上方，一个在左下，右下再来一个白色的圆"])
    assert objects(scene) == [
        ("circle", "white", "large", "bottom-right"),
        ("square", "yellow", "large", "bottom-left"),
        ("square", "yellow", "large", "top"),
    ]
    scene, _ = play(["two small orange stars, one at the top, one at the bottom, and a big green circle in the middle"])
    assert objects(scene) == [
        ("circle", "green", "large", "center"),
        ("star", "orange", "small", "bottom"),
        ("star", "orange", "small", "top"),
    ]


# -- 7. "上面一个下面一个": places each followed by 一个 split the count ---------------------------------------------------


def test_places_each_followed_by_yi_ge_split_the_count():
    scene, _ = play(["两个小的蓝色三角形，上面一个下面一个"])
    assert objects(scene) == [("triangle", "blue", "small", "bottom"), ("triangle", "blue", "small", "top")]


# -- 8. 大的/红的 + a place: the one described before, placed ---------------------------------------------------------


def test_a_size_or_colour_with_de_then_a_place_places_the_one_described():
    scene, _ = play(["一个红色的星星，一个白色的星星，红的在右上，白的在左下"])
    assert objects(scene) == [("star", "red", "large", "top-right"), ("star", "white", "large", "bottom-left")]
    scene, _ = play(["一个小 green square，一个大 green square，小的 top 大的 bottom"])
    assert objects(scene) == [("square", "green", "large", "bottom"), ("square", "green", "small", "top")]


# -- 9. many anchors in one message cost linear time per anchor, not cubic (was 12 s for 1000 × 圆): the messages are
# played by tests/test_rewriter_hostile_text.py and timed by bench/bench_rewriter_worst.py (no timed test here)


# -- 10. a count with no places is that many objects ("two orange squares and a black star", "add two stars") ------


def test_a_count_with_no_places_is_that_many_objects():
    scene, rw = play(["two orange squares and a black star"])
    assert rw.intent == "draw"
    assert sorted(o[:3] for o in objects(scene)) == [
        ("square", "orange", "large"),
        ("square", "orange", "large"),
        ("star", "black", "large"),
    ]
    assert len({o[3] for o in objects(scene)}) == 3
    scene, _ = play(["一个黑色三角形，两个小的紫色星星"])
    assert sorted(o[:3] for o in objects(scene)) == [
        ("star", "purple", "small"),
        ("star", "purple", "small"),
        ("triangle", "black", "large"),
    ]
    scene, rw = play(["a green circle", "add two yellow triangles"])
    assert rw.intent == "edit"
    assert sorted(o[:3] for o in objects(scene)) == [
        ("circle", "green", "large"),
        ("triangle", "yellow", "large"),
        ("triangle", "yellow", "large"),
    ]


# -- 11. Chinese "place：object" lists ("左边：红色星星，右边：蓝色圆") --------------------------------------------------


def test_a_chinese_place_colon_object_list_puts_each_object_there():
    scene, _ = play(["右侧：黑色的小方块；上方：橙色星星"])
    assert objects(scene) == [("square", "black", "small", "right"), ("star", "orange", "large", "top")]
    assert lx.normalise("备注：中间") == "备注:中间"  # a colon after other words is left alone
