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
