"""Round 36 (shapes): phrasings fresh batch 33 found misread, and ones noticed in earlier rounds (one test per
phrasing class, phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play


def _scene(dialogue):
    scene, rw = play(dialogue)
    return rw.intent, scene.background, objects(scene)


CIRCLE = "a red circle at the center"


@pytest.mark.parametrize(
    "message", ["然后 circle 上面 small purple star", "圆形上面一个小的紫色星星", "circle 上面小紫色星星"]
)
def test_a_new_object_said_beside_an_old_one_without_a_verb_is_added(message):
    # it used to turn the circle into the star
    assert _scene([CIRCLE, message]) == (
        "edit",
        "white",
        [("circle", "red", "large", "center"), ("star", "purple", "small", "top")],
    )


def test_the_thing_beside_an_old_one_named_with_the_is_not_a_new_object():
    intent, _, objs = _scene([CIRCLE, "圆形上面的星星"])
    assert intent == "chat" and objs == [("circle", "red", "large", "center")]


@pytest.mark.parametrize(
    "message",
    [
        "and the star should match the circle's colour",
        "make the star match the colour of the circle",
        "the star should match the circle's color",
    ],
)
def test_matching_another_objects_colour_copies_it(message):
    # "the circle's colour" used to turn the star into a circle
    assert _scene(["a large yellow star at the top on a black background", "add a small white circle at the bottom",
                   message]) == ("edit", "black", [("circle", "white", "small", "bottom"),
                                                   ("star", "white", "large", "top")])  # fmt: skip


@pytest.mark.parametrize(
    "message", ["make the remaining two large", "make the remaining ones large", "the rest should be large"]
)
def test_the_remaining_ones_after_a_removal_are_all_of_them(message):
    assert _scene(["red star top left, green circle center, blue triangle bottom right, all small",
                   "drop the green one", message]) == ("edit", "white", [("star", "red", "large", "top-left"),
                                                         ("triangle", "blue", "large", "bottom-right")])  # fmt: skip


@pytest.mark.parametrize(
    ("start", "message", "cell"),
    [
        ("a green triangle on the right", "move it left", "left"),
        ("a green triangle at the top right", "move the triangle left", "left"),  # as "to the left" does
        ("a green triangle on the right", "move it left a bit", "center"),
        ("a green triangle on the right", "nudge it left", "center"),
        ("a green triangle at the bottom", "move it up", "center"),
    ],
)
def test_move_left_goes_to_that_side_and_a_nudge_is_one_step(start, message, cell):
    assert _scene([start, message])[2] == [("triangle", "green", "large", cell)]


@pytest.mark.parametrize(
    "message",
    [
        "左上、正中、右下各一个白色圆，背景紫色，小号",
        "top left, center, bottom right 各一个 white circle, purple background, 小号",
    ],
)
def test_a_size_said_after_an_each_list_is_every_ones(message):
    assert _scene([message]) == ("draw", "purple", [("circle", "white", "small", "bottom-right"),
                                                    ("circle", "white", "small", "center"),
                                                    ("circle", "white", "small", "top-left")])  # fmt: skip


def test_a_row_heading_and_a_rows_three_cells():
    assert _scene(["下面一排：左下一个小黄三角，正下方一个小黄三角，右下一个小黄三角"])[2] == [
        ("triangle", "yellow", "small", "bottom"),
        ("triangle", "yellow", "small", "bottom-left"),
        ("triangle", "yellow", "small", "bottom-right"),
    ]
    assert _scene(["上方左、中、右各一个红色的小三角形"])[2] == [
        ("triangle", "red", "small", "top"),
        ("triangle", "red", "small", "top-left"),
        ("triangle", "red", "small", "top-right"),
    ]


@pytest.mark.parametrize(
    ("dialogue", "cell"),
    [
        (["a green circle at the top-- no, at the bottom"], "bottom"),
        (["an orange circle", "move 到 left，哦不 right"], "right"),
        (["an orange circle", "移到左边，哦不，右边"], "right"),
    ],
)
def test_a_correction_said_with_a_dash_or_o_bu(dialogue, cell):
    assert _scene(dialogue)[2][0][3] == cell


@pytest.mark.parametrize(
    ("message", "moved"),
    [
        ("方块往上走到顶，还靠左", ("square", "blue", "large", "top-left")),
        ("三角往下沉到底，还靠右", ("triangle", "orange", "large", "bottom-right")),
    ],
)
def test_moved_to_the_top_or_bottom_edge(message, moved):
    assert moved in _scene(["a blue square on the left and an orange triangle on the right", message])[2]


def test_moved_up_to_the_top_in_mixed_words():
    assert _scene(["a small purple triangle", "往 up 挪到顶"])[2] == [("triangle", "purple", "small", "top")]


def test_numbered_cells_of_the_grid():
    assert _scene(["九宫格第 1、5、9 格各放一个 small orange square"])[2] == [
        ("square", "orange", "small", "bottom-right"),
        ("square", "orange", "small", "center"),
        ("square", "orange", "small", "top-left"),
    ]
    assert _scene(["a small black square", "move 到第 9 格"])[2] == [("square", "black", "small", "bottom-right")]
    assert _scene(["a small black square", "挪到第三行第一格"])[2] == [("square", "black", "small", "bottom-left")]


@pytest.mark.parametrize("answer", ["两个 square 都要", "两个正方形都要"])
def test_both_named_by_their_shape_answer_which_one(answer):
    objs = _scene(["九宫格第 1、5、9 格各放一个 small orange square", "第 5 格那个换成 blue circle", "再把 square 变大",
                   answer])[2]  # fmt: skip
    assert ("square", "orange", "large", "top-left") in objs and ("square", "orange", "large", "bottom-right") in objs


@pytest.mark.parametrize(
    "message", ["红的和绿的都变大", "红色的和绿色的都变大", "make the red one and the green one bigger"]
)
def test_one_change_said_of_two_objects_by_colour(message):
    assert _scene(["上面一个红色的圆，下面一个绿色的圆，都是小的", message])[2] == [
        ("circle", "green", "large", "bottom"),
        ("circle", "red", "large", "top"),
    ]


def test_the_earlier_picture_and_go_back_said_together():
    assert _scene(["黑底，左侧一个红色大圆", "换一张新的：白底，右侧一个蓝色小星", "还是上一张好，回去"]) == (
        "edit",  # the earlier picture brought back, as "还是上一张好" is
        "black",
        [("circle", "red", "large", "left")],
    )
