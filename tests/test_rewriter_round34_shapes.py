"""Round 34 (shapes): phrasings fresh batch 31 found misread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play


def _scene(dialogue):
    scene, rw = play(dialogue)
    return rw.intent, scene.background, objects(scene)


@pytest.mark.parametrize(
    ("dialogue", "cell"),
    [
        (["a small green star at the bottom left", "push it all the way up"], "top-left"),
        (["a small green star at the bottom left", "shove it all the way to the right"], "bottom-right"),
        (["a small green star at the bottom left", "drop it down"], "bottom-left"),
        (["左上角一个绿色小星星", "往下挪，挪到最下面"], "bottom-left"),
        (["左上角一个绿色小星星", "往右推到底"], "top-right"),
        (["左上角一个绿色小星星", "再 slide 到最右边"], "top-right"),
        (["左上角一个绿色小星星", "挪到最下面中间"], "bottom"),  # the cell said whole
        (["a small green star at the bottom left", "all the way up, centered"], "top"),
    ],
)
def test_as_far_as_it_goes_keeps_the_other_line(dialogue, cell):
    assert _scene(dialogue)[2] == [("star", "green", "small", cell)]


def test_two_moves_in_one_message_that_trade_places_are_a_swap():
    start = "a purple circle top left, an orange square bottom right"
    for message in (
        "the circle bottom right and the square top left",
        "swap them so the circle is bottom right and the square top left",
    ):
        assert _scene([start, message])[2] == [
            ("circle", "purple", "large", "bottom-right"),
            ("square", "orange", "large", "top-left"),
        ]


@pytest.mark.parametrize("message", ["mirror it", "put it on the other side", "mirror it so it is on the other side"])
def test_mirroring_one_object_sends_it_across(message):
    assert _scene(["a white triangle at the bottom right", message])[2] == [
        ("triangle", "white", "large", "bottom-left")
    ]


def test_and_the_next_one_gets_the_last_change():
    start = "a red circle on the left, a blue square in the middle and a green star on the right"
    assert _scene([start, "get rid of the circle", "and the green one"])[2] == [("square", "blue", "large", "center")]
    assert [o[1] for o in _scene([start, "make the circle black", "and the blue one"])[2]] == [
        "black",
        "black",
        "green",
    ]
    assert len(_scene(["左边红圆，中间蓝方块，右边绿星星", "去掉圆", "还有绿色的那个"])[2]) == 1


def test_go_a_colour_on_an_object_recolours_it():
    assert _scene(["a big black star", "go orange on the star"])[2] == [("star", "orange", "large", "center")]


def test_a_shape_outside_the_world_is_asked_about_and_the_answer_taken():
    intent, _, objs = _scene(["中间一个蓝色圆", "换成爱心"])
    assert (intent, objs) == ("chat", [("circle", "blue", "large", "center")])
    assert _scene(["中间一个蓝色圆", "换成爱心", "行吧，那就星星"])[2] == [("star", "blue", "large", "center")]
    assert _scene(["a blue circle in the middle", "make it an oval", "ok, a triangle"])[2] == [
        ("triangle", "blue", "large", "center")
    ]


def test_the_way_it_was_before_was_better_undoes():
    assert _scene(["右下一个黄色大方块", "把它移到左上", "嗯，其实刚才那样好看"])[2] == [
        ("square", "yellow", "large", "bottom-right")
    ]


def test_duplicate_said_with_a_chinese_count():
    assert _scene(["中间一个小的紫色三角", "duplicate 一个放左边"])[2] == [
        ("triangle", "purple", "small", "center"),
        ("triangle", "purple", "small", "left"),
    ]


def test_a_colour_like_a_thing_in_a_mixed_message_is_the_colour():
    assert _scene(["上面一个小黄圆", "背景 blue 像大海"])[1] == "blue"


def test_i_meant_another_object_moves_the_edit_onto_it():
    start = ["a red star at the top and a small white circle at the bottom"]
    _, _, objs = _scene([*start, "make it green", "oops I meant the star, not the circle"])
    assert objs == [("circle", "white", "small", "bottom"), ("star", "green", "large", "top")]
    _, _, objs = _scene(["上面一个红色星星，下面一个白色小圆", "把它变大", "不对，我说的是星星"])
    assert sorted(objs) == [("circle", "white", "small", "bottom"), ("star", "red", "large", "top")]
    assert _scene([*start, "make it green", "is the star green?"])[0] == "chat"


def test_make_both_a_shape_reshapes_both():
    assert sorted(_scene(["a red square on the left and a blue star on the right", "turn both into circles"])[2]) == [
        ("circle", "blue", "large", "right"),
        ("circle", "red", "large", "left"),
    ]
