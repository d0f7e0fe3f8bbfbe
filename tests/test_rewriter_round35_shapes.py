"""Round 35 (shapes): phrasings fresh batch 32 found misread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play


def _scene(dialogue):
    scene, rw = play(dialogue)
    return rw.intent, scene.background, objects(scene)


STAR_AND_CIRCLE = "a red star at the top and a blue circle at the bottom"


@pytest.mark.parametrize(
    "put", ["draw a green square where it was", "在原来的位置画一个绿色正方形", "原来的地方放个 green square"]
)
def test_a_new_shape_where_the_removed_one_was(put):
    assert _scene([STAR_AND_CIRCLE, "remove the circle", put]) == (
        "edit",
        "white",
        [("square", "green", "large", "bottom"), ("star", "red", "large", "top")],
    )


def test_where_it_was_is_not_guessed_when_two_were_removed():
    intent, _, objs = _scene(["a red star at the top, a blue circle at the bottom, a black square on the left",
                              "remove the circle and the square", "put a green triangle where it was"])  # fmt: skip
    assert ("triangle", "green", "large", "bottom") not in objs and ("triangle", "green", "large", "left") not in objs


@pytest.mark.parametrize("again", ["put it in the bottom left instead", "放左下角吧", "那就放到 bottom left"])
def test_an_undone_add_made_again_at_the_place_now_said(again):
    assert _scene(["a blue square in the middle", "add a small yellow star at the top right", "undo", again]) == (
        "edit",
        "white",
        [("square", "blue", "large", "center"), ("star", "yellow", "small", "bottom-left")],
    )


@pytest.mark.parametrize("other", ["oops, the circle", "no, the circle I mean", "圆形", "不是，是圆形"])
def test_the_other_one_named_after_an_it_edit_takes_the_change(other):
    assert _scene(["a green circle on the left and a green square on the right", "make it purple", other]) == (
        "edit",
        "white",
        [("circle", "purple", "large", "left"), ("square", "green", "large", "right")],
    )


def test_a_bare_shape_after_a_named_edit_is_not_a_correction():
    # "make the square purple" named its object: "circle" next is not "I meant the circle"
    intent, _, objs = _scene(["a green circle on the left and a green square on the right", "make the square purple",
                              "oops, the circle"])  # fmt: skip
    assert ("square", "purple", "large", "right") in objs


@pytest.mark.parametrize(
    ("turned_down", "answer"), [("背景也改成蓝色", "那圆形换成白色"), ("背景也改成 blue", "ok 那 circle 变 white")]
)
def test_the_clashing_object_recoloured_after_the_question_gets_the_background_too(turned_down, answer):
    assert _scene(["白底，一个蓝色圆形", turned_down, answer]) == (
        "edit",
        "blue",
        [("circle", "white", "large", "center")],
    )


@pytest.mark.parametrize("back", ["还是第一个颜色最好看", "第一个 colour 最好", "最开始的颜色更好"])
def test_the_first_colour_preferred_after_trying_others_comes_back(back):
    assert _scene(["右边一个蓝色三角形", "改成绿色", "再试试黑色", back])[2] == [("triangle", "blue", "large", "right")]


def test_a_shape_preferred_in_english_in_a_chinese_frame_comes_back():
    assert _scene(["一个红色三角形", "换成 circle", "还是 triangle better"])[2] == [
        ("triangle", "red", "large", "center")
    ]


@pytest.mark.parametrize("flip", ["flip it", "反过来", "ok flip it"])
def test_flipping_one_object_in_the_middle_trades_its_colour_with_the_background(flip):
    assert _scene(["a black circle on yellow", flip]) == ("edit", "black", [("circle", "yellow", "large", "center")])


def test_flipping_one_object_off_the_middle_asks_what_to_change_not_which_one():
    scene, rw = play(["a black circle on the left, yellow background", "flip it"])
    assert (rw.intent, rw.reply) == ("chat", "What should I change: the colour, the size, the shape or the position?")


@pytest.mark.parametrize("remark", ["it's not right, fix it", "感觉 not quite right", "hmm it doesn't look right"])
def test_not_right_is_a_complaint_not_the_right_hand_side(remark):
    assert _scene(["a small orange circle on purple", remark]) == (
        "chat",
        "purple",
        [("circle", "orange", "small", "center")],
    )


def test_the_right_side_said_after_not_is_still_a_place():
    assert _scene(["a green triangle on the left", "not the left, put it on the right"])[2] == [
        ("triangle", "green", "large", "right")
    ]


@pytest.mark.parametrize(
    ("move", "cell"), [("往下 a bit", "bottom"), ("make it go left", "left"), ("make the triangle go up", "top")]
)
def test_a_move_said_half_in_english_or_with_go(move, cell):
    assert _scene(["a green triangle", move])[2] == [("triangle", "green", "large", cell)]


def test_one_place_character_before_an_english_object_names_the_side():
    assert _scene(["左 black square，右 white star, on red"]) == (
        "draw",
        "red",
        [("square", "black", "large", "left"), ("star", "white", "large", "right")],
    )


def test_only_keep_before_a_chinese_object_removes_the_others():
    assert _scene(["左边 red circle，右边 blue square", "only keep 蓝的"])[2] == [("square", "blue", "large", "right")]
