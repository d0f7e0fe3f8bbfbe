"""Round 22 (shapes): phrasings fresh batch 20 found unread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

START = "a big blue square"


# -- 1. another picture, said as "something totally different now:", "再来一张，…", "再画个全新的：…" -------------------


@pytest.mark.parametrize(
    "message",
    [
        "right, something totally different now: a yellow circle top left and a red star bottom right",
        "completely new: a yellow circle top left and a red star bottom right",
        "再来一张，左上一个黄色的圆，右下一个红色的星星",
        "再画个全新的：左上黄色圆，右下红色星星",
        "再来一张 totally different: top left 一个 yellow circle, bottom right 一个 red star",
    ],
)
def test_another_picture_is_a_new_scene_not_more_objects(message):
    scene, rw = play([START, message])
    assert rw.intent == "draw", message
    assert objects(scene) == [("circle", "yellow", "large", "top-left"), ("star", "red", "large", "bottom-right")]


def test_a_new_drawing_of_one_object_replaces_the_picture():
    scene, rw = play([START, "再画一个新的 green triangle 中间"])
    assert rw.intent == "draw"
    assert objects(scene) == [("triangle", "green", "large", "center")]


def test_one_more_object_is_still_an_add():
    scene, rw = play([START, "再来一个红色的圆，放左上"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "red", "large", "top-left"), ("square", "blue", "large", "center")]


def test_the_words_asking_for_another_picture_are_not_reported_as_left_out():
    """The live trial showed "没有写进画面：“再来一张”": the cue itself was listed as a thing the model cannot draw."""
    for message in (
        "再来一张，左上一个黄色的圆，右下一个红色的星星",
        "ok, something completely different now: a yellow circle top left",
    ):
        _, rw = play([START, message])
        assert (rw.intent, rw.notes) == ("draw", ()), message
    _, rw = play([START, "start over: a red circle and a fox"])
    assert rw.notes == ("Left out, the shapes-world model cannot draw them: “a fox”.",)
