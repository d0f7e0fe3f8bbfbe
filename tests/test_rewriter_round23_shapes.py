"""Round 23 (shapes): phrasings fresh batch 21 found unread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

START = "a big blue square"


# -- 1. a value taken back after "sorry" / "呃" said as its own piece ------------------------------------------------


@pytest.mark.parametrize(
    ("message", "background", "want"),
    [
        (
            "a yellow star at the top left, sorry, top right, on black",
            "black",
            ("star", "yellow", "large", "top-right"),
        ),
        ("an orange triangle in the centre, oops, at the bottom", "white", ("triangle", "orange", "large", "bottom")),
    ],
)
def test_an_apology_between_two_values_keeps_the_second(message, background, want):
    scene, rw = play([message])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == (background, [want])


def test_a_hesitation_between_two_places_keeps_the_second():
    scene, rw = play([START, "挪到右上，呃，右边中间吧"])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("white", [("square", "blue", "large", "right")])


def test_a_hesitation_before_praise_changes_nothing_said_before_it():
    scene, rw = play([START, "移到左上，嗯，挺好"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "blue", "large", "top-left")]


# -- 2. another picture, headed "a different one, please:", "再画一张：", "来张新的：" --------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "ok, a different one now: a red star top right on green",
        "再画一张：绿色背景，右上一个红色星星",
        "来张新的：绿色背景，右上放个红色的星星",
        "画张新的，绿色背景，右上一个红星星",
    ],
)
def test_a_heading_asking_for_another_picture_starts_a_new_one(message):
    scene, rw = play([START, message])
    assert (rw.intent, rw.notes) == ("draw", ()), message
    assert (scene.background, objects(scene)) == ("green", [("star", "red", "large", "top-right")])


# -- 3. 球 (a ball) is a circle; 录色 typed for 绿色 -----------------------------------------------------------------


def test_a_ball_in_chinese_is_a_circle():
    scene, rw = play(["右下角画个小的红色球"])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("white", [("circle", "red", "small", "bottom-right")])
    scene, rw = play(["右下角画个小的红色球", "把球改成三角形"])
    assert rw.intent == "edit"
    assert objects(scene) == [("triangle", "red", "small", "bottom-right")]


def test_a_ball_game_is_not_a_circle():
    scene, rw = play([START, "加一个足球"])
    assert rw.intent == "chat"
    assert objects(scene) == [("square", "blue", "large", "center")]


def test_green_typed_by_sound_is_green():
    scene, rw = play([START, "把它变成录色"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "green", "large", "center")]
