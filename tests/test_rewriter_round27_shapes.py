"""Round 27 (shapes): phrasings fresh batch 25 found unread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

# -- 1. phone shorthand for sizes, shapes and colours ("sm", "lg", "circ", "orng") -------------------------------------


@pytest.mark.parametrize(
    ("message", "want"),
    [
        ("circ blu lg top", ("circle", "blue", "large", "top")),
        ("orng sq sm, bottom", ("square", "orange", "small", "bottom")),
        ("紫 circ, 右上, sm", ("circle", "purple", "small", "top-right")),
    ],
)
def test_phone_shorthand_for_the_worlds_words(message, want):
    scene, rw = play([message])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("white", [want])


# -- 2. "the left hand corner": the hand says the side, "up" / "down" the row ------------------------------------------


@pytest.mark.parametrize(
    ("message", "where"),
    [
        ("a blue square, tiny, up in the left hand corner", "top-left"),
        ("a blue square down in the right-hand corner", "bottom-right"),
        ("a blue square on the left hand side", "left"),
    ],
)
def test_a_hand_corner_is_that_sides_corner(message, where):
    scene, rw = play([message])
    assert rw.intent == "draw"
    size = "small" if "tiny" in message else "large"
    assert (scene.background, objects(scene)) == ("white", [("square", "blue", size, where)])


# -- 3. a colour after 太 / 过于 is the complaint; the wanted colour goes to what was complained of -----------------------


@pytest.mark.parametrize("message", ["背景太黄了，看着累，改成蓝色", "背景过于红了，换成绿色"])
def test_a_too_colour_background_complaint_recolours_the_background(message):
    scene, rw = play(["一个白色的圆在右边，黄色背景" if "黄" in message else "一个白色的圆在右边，红色背景", message])
    assert rw.intent == "edit"
    want = "blue" if "蓝" in message else "green"
    assert (scene.background, objects(scene)) == (want, [("circle", "white", "large", "right")])


# -- 4. a question about what an undo would do is answered, not done ---------------------------------------------------


@pytest.mark.parametrize("message", ["撤销的话会变回蓝色吗？", "undo 能回到 blue 吗", "would undo turn it blue again?"])
def test_asking_what_undo_would_do_keeps_the_picture(message):
    scene, rw = play(["a blue star at the top", "make it red", message])
    assert rw.intent == "chat"
    assert (scene.background, objects(scene)) == ("white", [("star", "red", "large", "top")])


def test_undo_itself_still_goes_back():
    scene, rw = play(["a blue star at the top", "make it red", "undo 吧"])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "blue", "large", "top")]


# -- 5. "…, big ones" after a list: the size is said of every object listed ---------------------------------------------


def test_a_size_of_the_listed_ones_goes_to_each():
    scene, rw = play(["a green square at the top and a red triangle at the bottom, big ones, white background"])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == (
        "white",
        [("square", "green", "large", "top"), ("triangle", "red", "large", "bottom")],
    )


# -- 6. "and to the left" right after a straight move carries the move on into the corner -------------------------------


@pytest.mark.parametrize(
    ("moves", "where"),
    [
        (["move it down", "and a little to the left"], "bottom-left"),
        (["shift it to the right", "then up please"], "top-right"),
        (["往上挪一点", "再往左一点"], "top-left"),
    ],
)
def test_a_move_carried_on_the_other_way_lands_in_the_corner(moves, where):
    scene, rw = play(["a small black circle in the middle", *moves])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "black", "small", where)]


def test_a_side_alone_after_a_move_is_that_side():
    scene, _ = play(["a small black circle in the middle", "move it down", "to the left"])
    assert objects(scene) == [("circle", "black", "small", "left")]


# -- 7. a modal asked before the object ("could the star be a circle?") names the object, as "can the star be" does ------


@pytest.mark.parametrize(
    ("message", "want"),
    [
        ("so, could the star be a square instead?", ("square", "green", "small", "top")),
        ("would the star be nicer in red?", ("star", "red", "small", "top")),
    ],
)
def test_a_modal_asked_before_the_object_names_it(message, want):
    scene, rw = play(["a small green star at the top and a big blue circle at the bottom", message])
    assert rw.intent == "edit"
    assert objects(scene) == sorted([("circle", "blue", "large", "bottom"), want])


# -- 8. "that" right after a question about the background is the background -------------------------------------------


@pytest.mark.parametrize("message", ["change that to red", "turn this yellow"])
def test_that_after_a_background_question_is_the_background(message):
    scene, rw = play(["a big white square at the top on a green background", "is the background green?", message])
    assert rw.intent == "edit"
    want = "red" if "red" in message else "yellow"
    assert (scene.background, objects(scene)) == (want, [("square", "white", "large", "top")])


def test_that_without_a_background_question_is_the_object():
    scene, _ = play(["a big white square at the top on a green background", "change that to red"])
    assert (scene.background, objects(scene)) == ("green", [("square", "red", "large", "top")])


# -- 9. "make it <colour> on a <colour> background": the object's colour and the background's, both ---------------------


@pytest.mark.parametrize("message", ["turn it purple on a yellow background", "make the star purple with a yellow bg"])
def test_a_recolour_on_a_background_sets_both(message):
    scene, rw = play(["a red star on the right", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("yellow", [("star", "purple", "large", "right")])


# -- 10. a change to "everything except X": the others change, X stays --------------------------------------------------

_THREE = "a big red star at the top, a small blue circle on the left and a small green square on the right"


@pytest.mark.parametrize(
    "message",
    ["turn everything orange except the circle", "make all of them orange apart from the circle", "除了圆都改成橙色"],
)
def test_a_change_to_everything_but_one_leaves_that_one(message):
    scene, rw = play([_THREE, message])
    assert rw.intent == "edit"
    assert objects(scene) == [
        ("circle", "blue", "small", "left"),
        ("square", "orange", "small", "right"),
        ("star", "orange", "large", "top"),
    ]


def test_removing_everything_but_one_still_removes():
    scene, _ = play([_THREE, "remove everything except the circle"])
    assert objects(scene) == [("circle", "blue", "small", "left")]


# -- 11. "…要有一个<object>": there should be one, a new object (as 要一个 is) -------------------------------------------------


@pytest.mark.parametrize(
    "message", ["方块左边要有一个小的绿色三角形", "左边需要有一个小绿三角形", "要有一个小绿三角形在左边"]
)
def test_there_should_be_one_is_a_new_object(message):
    scene, rw = play(["一个蓝色的方块", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "blue", "large", "center"), ("triangle", "green", "small", "left")]


# -- 12. "can it have a friend? <an object>": the question asks for the object described after it -------------------------


@pytest.mark.parametrize(
    "message",
    [
        "can it have a buddy? a small yellow triangle at the bottom",
        "could it get a companion? small yellow triangle, bottom",
    ],
)
def test_asking_for_a_friend_adds_the_object_described(message):
    scene, rw = play(["a big red square at the top", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "red", "large", "top"), ("triangle", "yellow", "small", "bottom")]


def test_asking_for_a_friend_alone_is_a_question():
    scene, rw = play(["a big red square at the top", "can it have a friend?"])
    assert rw.intent == "chat"
    assert objects(scene) == [("square", "red", "large", "top")]


# -- 13. "第一次的颜色" / "第一版的大小": the value it was first drawn with, as 最开始的颜色 is ------------------------------------


@pytest.mark.parametrize("message", ["我觉得还是第一次的颜色好看", "还是第一版的颜色好"])
def test_the_first_times_colour_comes_back(message):
    scene, rw = play(["一个红色的星星在左下", "改成紫色", "再换成橙色", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "red", "large", "bottom-left")]


# -- 14. "都变大吧" answering "which one?": the change asked about, for every object offered ----------------------------------


def test_the_change_said_again_for_all_answers_which_one():
    start = "左边一个小的蓝色圆，右边一个小的蓝色方块，上方一个小的黄色星形"
    scene, rw = play([start, "把蓝的变大", "都变大吧"])
    assert rw.intent == "edit"
    assert objects(scene) == [
        ("circle", "blue", "large", "left"),
        ("square", "blue", "large", "right"),
        ("star", "yellow", "small", "top"),
    ]


# -- 15. the object just undone, put somewhere else: made again there, with its own colour and size ----------------------


def test_an_undone_object_put_elsewhere_comes_back_there():
    scene, rw = play(
        [
            "a big black square in the middle",
            "add a small white circle top left",
            "undo",
            "ok put the circle on the right instead",
        ]
    )
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "white", "small", "right"), ("square", "black", "large", "center")]


def test_an_object_still_there_is_moved():
    scene, _ = play(
        ["a big black square in the middle", "add a small white circle top left", "undo", "put the square on the right"]
    )
    assert objects(scene) == [("square", "black", "large", "right")]


# -- 16. "no, I meant both" right after a change of one object: the same colour or size for every object ------------------


@pytest.mark.parametrize("message", ["nope, i meant all of them", "不对，我是说两个都"])
def test_i_meant_both_gives_every_object_the_change(message):
    scene, rw = play(["a small white star at the top and a small black circle at the bottom", "make it big", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "black", "large", "bottom"), ("star", "white", "large", "top")]
