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


# -- 10. a doubt asked with 会不会, or asked and waved away at once: nothing changes ---------------------------------------


@pytest.mark.parametrize(
    "message", ["会不会太 small 了?", "三角形会不会太小了", "too small? nah, leave it", "有点小? 算了 就这样"]
)
def test_doubt_not_done(message):
    scene, rw = play(["a small orange triangle at the bottom", message])
    assert rw.intent == "chat"
    assert objects(scene) == [("triangle", "orange", "small", "bottom")]


# -- 11. "flip the colours" with one object: it and the background trade colours ----------------------------------------


def test_swap_colours_with_the_background_when_one_object():
    scene, rw = play(["a white circle on a green background", "switch the colours around"])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("white", [("circle", "green", "large", "center")])


def test_swap_a_named_object_with_the_background():
    scene, rw = play(["上方一个红色星形，下方一个蓝色圆形，黄色背景", "把星星和背景的颜色对调"])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == (
        "red",
        [("circle", "blue", "large", "bottom"), ("star", "yellow", "large", "top")],
    )


# -- 12. 整个/弄个 + a size and nothing else: the same object in that size ------------------------------------------------


@pytest.mark.parametrize("message", ["弄个小一点的吧", "搞个小些的"])
def test_make_one_in_a_size_resizes(message):
    scene, rw = play(["右边一个大的黄色星形", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "yellow", "small", "right")]


# -- 13. "just the background then" right after an undo: that part of the undone step comes back --------------------


def test_only_the_background_of_the_undone_step():
    scene, rw = play(
        ["a black circle at the right", "make it small and the background purple", "undo", "ok only the bg"]
    )
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("purple", [("circle", "black", "large", "right")])


def test_only_the_size_of_the_undone_step_zh():
    scene, rw = play(["左边一个绿色正方形", "变小，背景换成黑色", "撤销", "那就只改大小"])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("white", [("square", "green", "small", "left")])
