"""Round 26 (shapes): phrasings fresh batch 24 found unread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

# -- 1. a multiple of the size: the world has two, so double is the large one and half the small one ----------------


@pytest.mark.parametrize(
    ("start", "message", "size"),
    [
        ("a small green square on the left", "make it twice its size", "large"),
        ("a small green square on the left", "double the size of it please", "large"),
        ("a big green square on the left", "now half the size", "small"),
        ("a big green square on the left", "make it half as large", "small"),
    ],
)
def test_a_multiple_of_the_size_is_the_other_size(start, message, size):
    scene, rw = play([start, message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("white", [("square", "green", size, "left")])


# -- 2. a learner's corner after "of" ("at place of down left") --------------------------------------------------------


def test_a_learner_corner_after_of_is_that_corner():
    scene, rw = play(["I want one circle of color blue, at place of down left"])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("white", [("circle", "blue", "large", "bottom-left")])


# -- 3. a side and up / down said across two languages is that corner --------------------------------------------------


@pytest.mark.parametrize(
    ("message", "corner"),
    [
        ("一个 green square 放在 right 的 down", "bottom-right"),
        ("一个 green square，左边 up", "top-left"),
        ("一个 green square 在 up 的 right", "top-right"),
    ],
)
def test_a_corner_said_across_languages(message, corner):
    scene, rw = play([message])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("white", [("square", "green", "large", corner)])


# -- 4. a terse 小 / 大 right before a place or 背景 is the size ----------------------------------------------------------


@pytest.mark.parametrize(("message", "bg"), [("星 蓝 小 左下", "white"), ("圆 黑 小 背景红", "red")])
def test_a_terse_size_before_a_place_is_the_size(message, bg):
    scene, rw = play([message])
    assert rw.intent == "draw"
    shape, colour, where = ("star", "blue", "bottom-left") if "星" in message else ("circle", "black", "center")
    assert (scene.background, objects(scene)) == (bg, [(shape, colour, "small", where)])


# -- 5. "background 用 <shade> <colour>": the shade dropped, as after 背景 -------------------------------------------------


@pytest.mark.parametrize(
    "message", ["右边一个白色圆，background 用 深蓝色", "右边一个白色圆，background 是 dark blue 深蓝色"]
)
def test_an_english_background_with_a_chinese_verb_and_a_shade(message):
    scene, rw = play([message])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("blue", [("circle", "white", "large", "right")])


# -- 6. "a small one of those" / "a small one like it": one more of it, even without "add" -----------------------------


@pytest.mark.parametrize(
    "message",
    [
        "and a small one of those at the bottom",
        "now a small one like it at the bottom",
        "another one of these at the bottom",
    ],
)
def test_one_of_those_is_a_copy_added(message):
    scene, rw = play(["a big purple circle at the top", message])
    assert rw.intent == "edit"
    size = "large" if message.startswith("another") else "small"
    assert objects(scene) == sorted([("circle", "purple", "large", "top"), ("circle", "purple", size, "bottom")])


def test_one_of_them_stays_a_reference():
    scene, rw = play(["a red star on the left and a blue circle on the right", "make one of them green"])
    assert rw.intent == "chat"
    assert objects(scene) == [("circle", "blue", "large", "right"), ("star", "red", "large", "left")]


# -- 7. "and down one": the way, then one, as a whole clause is a one-cell step ----------------------------------------


@pytest.mark.parametrize(("message", "where"), [("and down one", "bottom-right"), ("then left one more", "bottom")])
def test_a_way_then_one_is_a_step(message, where):
    first = [] if message.startswith("and") else ["and down one"]
    scene, rw = play(["a white star on black", "move it one to the right", *first, message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("black", [("star", "white", "large", where)])


# -- 8. after "where should the new one go?", a place by another object answers it --------------------------------------


@pytest.mark.parametrize(
    ("message", "where"), [("fine, put it below the triangle", "bottom"), ("那就放在三角形的左边", "left")]
)
def test_a_place_by_another_object_answers_where_the_new_one_goes(message, where):
    scene, rw = play(["a red triangle in the center", "add a yellow circle in the center", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "yellow", "large", where), ("triangle", "red", "large", "center")]


# -- 9. the object a new one is placed by, named with its colour: the new one keeps its own colour ---------------------


@pytest.mark.parametrize(
    "message", ["黄色那个右边再加一个黑色圆", "在黄色圆右边加一个黑色圆", "yellow circle 右边再来个 black circle"]
)
def test_an_anchor_named_by_colour_places_the_new_object(message):
    scene, rw = play(["中间一个黄色圆", "它左边加一个红色圆", message])
    assert rw.intent == "edit"
    assert objects(scene) == [
        ("circle", "black", "large", "right"),
        ("circle", "red", "large", "left"),
        ("circle", "yellow", "large", "center"),
    ]


# -- 10. "右下那个角": a corner with a pointing word is that corner -----------------------------------------------------------


@pytest.mark.parametrize("message", ["挪到右下那个角", "放 top right 这个角落"])
def test_a_corner_with_a_pointing_word(message):
    scene, rw = play(["一个红色三角形", message])
    assert rw.intent == "edit"
    corner = "bottom-right" if "右下" in message else "top-right"
    assert objects(scene) == [("triangle", "red", "large", corner)]


# -- 11. "换个地方(放)" is somewhere else for one, asked about; "它们换个地方" still trades places ---------------------------


def test_somewhere_else_is_asked_not_swapped():
    start = ["左边一个白色星星，右边一个黑色方块"]
    scene, rw = play([*start, "换个地方吧"])
    assert rw.intent == "chat"
    assert objects(scene) == [("square", "black", "large", "right"), ("star", "white", "large", "left")]
    scene, rw = play([*start, "它们换个地方"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "black", "large", "left"), ("star", "white", "large", "right")]


# -- 12. a picture restated with its colours traded: object and background change together -----------------------------


@pytest.mark.parametrize(
    ("message", "want"),
    [
        ("swap it round: yellow background, purple star", ("yellow", "purple")),
        ("颠倒一下：紫色背景，黄色星星", ("purple", "yellow")),
        ("red star, blue background", ("blue", "red")),
    ],
)
def test_colours_traded_in_a_restatement(message, want):
    start = (
        "a yellow star on the top right, purple background" if want[0] == "yellow" else "右上角一个紫色星星，黄色背景"
    )
    if want == ("blue", "red"):
        start = "a blue star on the top right, red background"
    scene, rw = play([start, message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == (want[0], [("star", want[1], "large", "top-right")])


# -- 13. "the other way round", "swap it round": an order reversed, not a round shape ------------------------------------


def test_the_other_way_round_is_no_circle():
    scene, rw = play(["a green triangle on the left", "hmm, the other way round"])
    assert rw.intent == "chat"
    assert objects(scene) == [("triangle", "green", "large", "left")]
