"""Round 33 (shapes): phrasings fresh batch 30 found misread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play


def _scene(dialogue):
    scene, rw = play(dialogue)
    return rw.intent, scene.background, objects(scene)


def test_the_sky_is_the_background_and_sky_blue_is_blue():
    assert _scene(["a small green square in the middle", "could the sky be black"]) == (
        "edit",
        "black",
        [("square", "green", "small", "center")],
    )
    assert _scene(["a small green square in the middle", "make the square sky blue"])[2] == [
        ("square", "blue", "small", "center")
    ]


@pytest.mark.parametrize("message", ["scratch that", "scratch that last one", "hmm, scratch the last change"])
def test_scratch_that_undoes(message):
    assert _scene(["a big red circle top left", "add a black star bottom right", message])[2] == [
        ("circle", "red", "large", "top-left")
    ]


def test_push_and_weigh_down_are_verbs_of_placing():
    assert _scene(["中间一个小的蓝色方块", "把它推到最左边"])[2] == [("square", "blue", "small", "left")]
    assert _scene(["黑底，中间一个大的黄色星星", "左下角压一个小红圆"])[2] == [
        ("circle", "red", "small", "bottom-left"),
        ("star", "yellow", "large", "center"),
    ]


def test_a_slip_of_ba_for_the_ending_particle():
    assert _scene(["画一个黄色的三角形在中间", "换成绿色的把"])[2] == [("triangle", "green", "large", "center")]


def test_zheng_shang_is_the_top_edge():
    assert _scene(["正上一个小的紫色星星"])[2] == [("star", "purple", "small", "top")]
    assert _scene(["正下一个小的紫色星星"])[2] == [("star", "purple", "small", "bottom")]


def test_again_before_a_side_of_a_named_shape():
    assert _scene(["中间一个大的红色圆", "square 再上面放一个 small black square"])[2] != []
    assert _scene(["中间一个大的红色圆", "circle 再上面放一个 small black square"])[2] == [
        ("circle", "red", "large", "center"),
        ("square", "black", "small", "top"),
    ]


def test_one_more_the_same_at_a_side_or_from_a_shape():
    assert _scene(["中间一个大的白色方块", "左边加一个小的绿色三角", "右边也来一个一样的"])[2] == [
        ("square", "white", "large", "center"),
        ("triangle", "green", "small", "left"),
        ("triangle", "green", "small", "right"),
    ]
    assert _scene(["中间一个大的白色方块", "在它左边放一个小的绿色三角", "方块的右边也放一个一样的"])[2] == [
        ("square", "white", "large", "center"),
        ("triangle", "green", "small", "left"),
        ("triangle", "green", "small", "right"),
    ]


def test_the_one_was_better_as_a_shape_changes_that_one():
    assert _scene(
        [
            "a blue square on the left and a red square on the right",
            "make them both circles",
            "the right one was better as a square",
        ]
    )[2] == [  # fmt: skip
        ("circle", "blue", "large", "left"),
        ("square", "red", "large", "right"),
    ]
