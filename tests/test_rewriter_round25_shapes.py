"""Round 25 (shapes): phrasings fresh batch 23 found unread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

# -- 1. "no sorry" / "sorry no" takes back the object just described ---------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "a green circle, no sorry, a green square, bottom right",
        "a green circle, sorry no, a green square, bottom right",
    ],
)
def test_an_apology_with_no_replaces_the_object_described(message):
    scene, rw = play([message])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("white", [("square", "green", "large", "bottom-right")])


# -- 2. a bare colour with a question mark tries that colour ------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "colour"), [("um, purple?", "purple"), ("orange??", "orange"), ("嗯，黑色？", "black")]
)
def test_a_bare_colour_asked_is_that_colour_tried(message, colour):
    scene, rw = play(["a small yellow star at the top", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("white", [("star", colour, "small", "top")])


# -- 3. a value matched to an object gone from the picture: the value it had then -----------------------------------------


@pytest.mark.parametrize(
    ("message", "want"),
    [
        ("make the triangle the same green as the square had", ("triangle", "green", "large", "center")),
        ("make the triangle the same size as the square was", ("triangle", "red", "small", "center")),
    ],
)
def test_a_value_matched_to_a_gone_object_is_the_one_it_had(message, want):
    scene, rw = play(["a small green square on the left", "start over: a red triangle on black", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("black", [want])


# -- 4. "down a size" / "up a size" ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("message", "size"), [("bring it down a size", "small"), ("go one size up", "large")])
def test_a_size_step_is_the_other_size(message, size):
    start = "a small white square on red" if size == "large" else "a big white square on red"
    scene, rw = play([start, message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("red", [("square", "white", size, "center")])


# -- 5. pink (粉红) is outside the world, not red --------------------------------------------------------------------------


@pytest.mark.parametrize("message", ["把它涂成粉红的", "换成桃红色吧"])
def test_pink_is_not_read_as_red(message):
    scene, rw = play(["右下一个蓝色方块", message])
    assert rw.intent == "chat"
    assert (scene.background, objects(scene)) == ("white", [("square", "blue", "large", "bottom-right")])


# -- 6. "the other one too" after a change: that object takes the value just set ------------------------------------------


@pytest.mark.parametrize(
    ("messages", "want"),
    [
        (["make the orange one small", "the green one the same size too"], "small"),
        (["橙色的那个变小", "绿色的也一样小"], "small"),
    ],
)
def test_a_colour_named_object_too_takes_the_value_just_set(messages, want):
    scene, rw = play(["an orange star on the left and a green circle on the right", *messages])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == (
        "white",
        [("circle", "green", want, "right"), ("star", "orange", want, "left")],
    )


# -- 7. back to the earlier picture named by a colour, or with 回去 first --------------------------------------------------


def test_back_to_the_earlier_picture_with_a_colour():
    scene, rw = play(
        ["a black star on yellow", "new picture: a red circle on the right", "不对，回到之前那个 yellow 的"]
    )
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("yellow", [("star", "black", "large", "center")])


def test_hui_qu_before_what_it_goes_back_to_is_an_undo():
    scene, rw = play(["a blue circle at the top", "start over: a white square on green", "回去 earlier 的"])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("white", [("circle", "blue", "large", "top")])


# -- 8. "move it back": to the cell it had before its last move ------------------------------------------------------------


@pytest.mark.parametrize("message", ["ok now move it back", "那就把它移回来"])
def test_move_back_is_the_cell_before_the_last_move(message):
    scene, rw = play(["a purple triangle at the bottom left", "make it small", "put it at the top", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("white", [("triangle", "purple", "small", "bottom-left")])


# -- 9. places said by colour after a description of two objects ----------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "a yellow star and a black star, black at the top, yellow at the bottom",
        "一个黄色星星和一个黑色星星，黑色在上面，黄色在下面",
    ],
)
def test_places_said_by_colour_go_to_those_objects(message):
    scene, rw = play([message])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == (
        "white",
        [("star", "black", "large", "top"), ("star", "yellow", "large", "bottom")],
    )
