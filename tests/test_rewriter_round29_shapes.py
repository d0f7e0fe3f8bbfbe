"""Round 29 (shapes): phrasings fresh batch 27 found unread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

# -- 1. typed by sound: 原形 after a colour is 圆形, 背静 before a change is 背景 -------------------------------------------


def test_yuanxing_typed_for_the_circle():
    scene, rw = play(["右上角画个绿色原形"])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("white", [("circle", "green", "large", "top-right")])


def test_beijing_typed_by_sound_is_the_background():
    scene, rw = play(["中间一个红色三角形", "背静换成紫色"])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("purple", [("triangle", "red", "large", "center")])


# -- 2. 球球: a doubled 球 is one ball (a circle), said fondly ------------------------------------------------------------


def test_doubled_ball_is_one_circle():
    scene, rw = play(["左上角一个蓝色正方形", "右边加一个大大的绿色球球"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "green", "large", "right"), ("square", "blue", "large", "top-left")]


# -- 3. "sky 变 …": the English sky before a Chinese verb of change is the background ------------------------------------


@pytest.mark.parametrize("message", ["sky 换成 purple", "the sky 要 green 的"])
def test_english_sky_with_chinese_verb_is_the_background(message):
    scene, rw = play(["a small white circle at the top", message])
    assert rw.intent == "edit"
    want = "purple" if "purple" in message else "green"
    assert (scene.background, objects(scene)) == (want, [("circle", "white", "small", "top")])


# -- 4. "double it" / "halve it": a multiple of the size is the other size ----------------------------------------------


@pytest.mark.parametrize(("message", "size"), [("double that", "large"), ("can you make it twice as big", "large")])
def test_doubled_is_large(message, size):
    scene, rw = play(["a small green star at the right", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "green", size, "right")]


def test_halve_them_makes_both_small():
    scene, rw = play(["a yellow circle at the top and a black square at the bottom", "halve them"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "yellow", "small", "top"), ("square", "black", "small", "bottom")]


# -- 5. "step back (one)": one step back ---------------------------------------------------------------------------------


def test_step_back_is_undo():
    scene, rw = play(["a blue triangle at the left", "make it red", "ok step back one"])
    assert rw.intent in ("edit", "undo")
    assert objects(scene) == [("triangle", "blue", "large", "left")]


# -- 6. 刚加的 + a shape with no measure word: the last one added ----------------------------------------------------------


def test_just_added_without_measure_word_is_the_last_added():
    scene, rw = play(["上面一个白色三角形", "下面加一个黑色三角形", "刚加的三角形改成红色"])
    assert rw.intent == "edit"
    assert objects(scene) == [("triangle", "red", "large", "bottom"), ("triangle", "white", "large", "top")]


# -- 7. "算了，还是留着吧": the leading words with a comma between them, after a removal ---------------------------------


def test_kept_after_all_with_a_comma():
    scene, rw = play(["左边一个黄色星形，右边一个蓝色圆形", "把圆删掉", "嗯，算了，还是留着它吧"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "blue", "large", "right"), ("star", "yellow", "large", "left")]


# -- 8. one attribute back "like before" / "原来的位置": only that attribute's last change is taken back ----------------


def test_background_back_keeps_the_later_edits():
    scene, rw = play(
        ["a red star at the top on black", "make the background blue", "make the star small", "change the bg back"]
    )
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("black", [("star", "red", "small", "top")])


def test_size_back_as_it_was_keeps_the_move():
    scene, rw = play(["a small purple square at the right", "bigger and move it to the bottom", "put its size back"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "purple", "small", "bottom")]


@pytest.mark.parametrize("message", ["那就挪回原来的位置", "put it back 之前的位置吧"])
def test_back_to_the_old_place_keeps_the_new_colour(message):
    scene, rw = play(["右上角一个白色圆形", "改成绿色，然后移到左下角", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "green", "large", "top-right")]


def test_back_to_the_old_place_is_the_place_before_the_last_move():
    scene, rw = play(["左上角一个黑色正方形", "移到右上角", "再挪到右下角", "还是移回原来的位置吧"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "black", "large", "top-right")]


# -- 9. a bare "move <direction>" moves the one object; "one cell" in a Chinese frame is 一格 ---------------------------


@pytest.mark.parametrize(("message", "want"), [("shift down", "bottom"), ("move left 一点", "left")])
def test_bare_move_with_a_direction(message, want):
    scene, rw = play(["a large blue circle in the middle", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "blue", "large", want)]


def test_one_cell_in_english_inside_chinese():
    scene, rw = play(["左下角一个红色星形", "往右 move by one cell"])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "red", "large", "bottom")]
