"""Round 30 (shapes): phrasings fresh batch 28 found unread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

# -- 1. a learner's corner after "is": "position is left up corner"; "lef" for left ----------------------------------


def test_learners_corner_after_position_is():
    scene, rw = play(["one blue square, it is big, position is right up corner, background yellow"])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("yellow", [("square", "blue", "large", "top-right")])


def test_what_is_left_is_still_not_a_side():
    scene, rw = play(["a red circle on the right and a blue star at the top", "remove the star", "what is left?"])
    assert rw.intent == "chat"
    assert objects(scene) == [("circle", "red", "large", "right")]


def test_lef_is_left():
    scene, rw = play(["grn square bottom lef"])
    assert objects(scene) == [("square", "green", "large", "bottom-left")]


# -- 2. a thing drawn as a shape: its measure word, and "用 <colour/size> <shape>" ending the message ----------------


def test_thing_with_its_measure_word_drawn_as_the_shape_after_yong():
    scene, rw = play(["左上角一个白色的圆", "右下角画一座大山，用紫色的大三角形"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "white", "large", "top-left"), ("triangle", "purple", "large", "bottom-right")]


def test_moon_with_its_measure_word_drawn_as_a_small_circle():
    scene, rw = play(["中间一个红色方块", "右上角加一轮月亮，用白色的小圆"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "white", "small", "top-right"), ("square", "red", "large", "center")]


# -- 3. the sky named as the background ------------------------------------------------------------------------------


@pytest.mark.parametrize("message", ["天是紫色的", "要 purple 的 sky 背景", "make it a purple sky background"])
def test_sky_as_the_background(message):
    scene, rw = play(["a small white circle at the top right", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("purple", [("circle", "white", "small", "top-right")])


# -- 4. a value taken back, with a further object after the correction ----------------------------------------------


def test_place_taken_back_then_another_object_en():
    scene, rw = play(["a blue square at the top, no, at the bottom, and a small red circle on the left"])
    assert rw.intent == "draw"
    assert objects(scene) == [("circle", "red", "small", "left"), ("square", "blue", "large", "bottom")]


def test_colour_taken_back_then_another_object_zh():
    scene, rw = play(["右边一个黄色三角形……哦不对，紫色；再加一个小的白色圆放左上角"])
    assert rw.intent == "draw"
    assert objects(scene) == [("circle", "white", "small", "top-left"), ("triangle", "purple", "large", "right")]


# -- 5. 往 <corner> 挪: a move to that corner --------------------------------------------------------------------------


@pytest.mark.parametrize(("message", "where"), [("往左上角挪一下", "top-left"), ("向右下方移过去", "bottom-right")])
def test_towards_a_chinese_corner_is_a_move_there(message, where):
    scene, rw = play(["中间一个蓝色的星星", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "blue", "large", where)]


# -- 6. a gloss of the same description in the other language ---------------------------------------------------------


def test_gloss_names_the_same_object():
    scene, rw = play(["左下角一个绿色方块，就是 green square bottom left 的意思"])
    assert rw.intent == "draw"
    assert objects(scene) == [("square", "green", "large", "bottom-left")]


# -- 7. a choice between two values asked of the assistant ----------------------------------------------------------


@pytest.mark.parametrize(
    "message", ["白底跟黄底哪个更好？", "你觉得红色好还是蓝色好？", "orange or white bg, which looks better?"]
)
def test_choice_asked_keeps_the_picture(message):
    scene, rw = play(["黄色背景，右边一个小的黑色圆", message])
    assert rw.intent == "chat"
    assert (scene.background, objects(scene)) == ("yellow", [("circle", "black", "small", "right")])


# -- 8. an attribute "turned round" between two objects is swapped ----------------------------------------------------


@pytest.mark.parametrize("message", ["它俩位置反过来", "reverse their positions"])
def test_reversed_attribute_is_a_swap(message):
    scene, rw = play(["a red star at the top left and a blue circle at the bottom", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "blue", "large", "top-left"), ("star", "red", "large", "bottom")]


# -- 9. "in its place" / "in that spot instead": the one there is replaced; "same <colour>" keeps its colour ---------


@pytest.mark.parametrize(
    "message", ["put an orange square in its place", "ok then a square in the same spot instead, same orange"]
)
def test_in_its_place_replaces_the_object(message):
    scene, rw = play(["an orange triangle at the bottom right", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "orange", "large", "bottom-right")]


# -- 10. "lost in all that <colour>": a remark on the background, not a colour for the object ------------------------


def test_lost_in_the_background_colour_is_no_recolour():
    scene, rw = play(["a small yellow circle on a black background", "it just disappears in all that black. white bg?"])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("white", [("circle", "yellow", "small", "center")])


# -- 11. a question about one object, a question back, then "it": the one the question named -------------------------


def test_it_after_two_chat_turns_is_the_one_asked_about():
    msgs = ["a green star at the top and a purple circle at the bottom", "why is the circle so big?", "change its size"]
    scene, rw = play([*msgs, "yes, make it small and orange"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "orange", "small", "bottom"), ("star", "green", "large", "top")]
