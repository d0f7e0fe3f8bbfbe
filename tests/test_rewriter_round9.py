"""Round 9 on issue 14: mechanisms found missing by fresh batch 8 (one test per mechanism, phrasings of our own)."""

from __future__ import annotations

from core.language import lexicon as lx
from tests.dialogue import objects, play

# -- 1. typos the one-edit rule cannot reach ("rite", "nite"), doubled colours (红红的), the sky ---------------


def test_rite_and_nite_are_right_and_night():
    scene, _ = play(["a green circle bottom rite"])
    assert objects(scene) == [("circle", "green", "large", "bottom-right")]
    assert lx.normalise("late nite") == "late night"


def test_a_doubled_colour_character_is_the_colour():
    scene, _ = play(["左边一个三角形", "三角形要蓝蓝的"])
    assert objects(scene) == [("triangle", "blue", "large", "left")]


def test_the_sky_is_the_background():
    scene, _ = play(["a white circle at the top", "paint the sky purple"])
    assert scene.background == "purple"
    assert objects(scene) == [("circle", "white", "large", "top")]


# -- 2. a reason after a colour ("for evening", "像大海") is no thing to draw ---------------------------------


def test_a_reason_after_a_background_colour_is_not_a_thing_outside_the_world():
    scene, rw = play(["a yellow square", "turn the background blue for a rainy day"])
    assert rw.intent == "edit" and scene.background == "blue"
    scene, rw = play(["一个红色圆形", "背景换成蓝色的，像大海"])
    assert rw.intent == "edit" and scene.background == "blue"


# -- 3. an add into a taken cell asks where (nothing moves), and the answer places it --------------------------


def test_an_add_into_a_taken_cell_asks_and_changes_nothing():
    scene, rw = play(["a purple square at the bottom", "add a white circle at the bottom as well"])
    assert rw.intent == "chat" and objects(scene) == [("square", "purple", "large", "bottom")]
    scene, rw = play(["右边一个黄色星星", "右边再来一个绿色方块"])
    assert rw.intent == "chat" and objects(scene) == [("star", "yellow", "large", "right")]


def test_the_answer_to_a_taken_cell_places_the_add_there_with_its_size():
    scene, _ = play(["a purple square at the bottom", "add a white circle at the bottom as well", "top left, tiny"])
    assert objects(scene) == [("circle", "white", "small", "top-left"), ("square", "purple", "large", "bottom")]
    scene, _ = play(["右边一个黄色星星", "右边再来一个绿色方块", "放左上角吧，小一点的"])
    assert objects(scene) == [("square", "green", "small", "top-left"), ("star", "yellow", "large", "right")]


def test_a_list_of_new_objects_into_one_cell_still_places_the_second_elsewhere():
    scene, _ = play(["a red circle on the left and a blue star on the left"])
    assert len(scene.subjects) == 2


# -- 4. code-switched words: 往 + an English direction, a Chinese colour before an English shape ---------------


def test_an_english_direction_after_wang_is_the_move():
    scene, _ = play(["中间一个白色方块", "方块往 right 移"])
    assert objects(scene) == [("square", "white", "large", "right")]
    scene, _ = play(["中间一个白色方块", "往 down 挪一格"])
    assert objects(scene) == [("square", "white", "large", "bottom")]


def test_a_chinese_colour_before_an_english_shape_is_one_object():
    scene, _ = play(["please draw a 绿色 triangle on the left"])
    assert objects(scene) == [("triangle", "green", "large", "left")]


# -- 5. "only keep X" / 只留 X: every other object goes ---------------------------------------------------------


def test_only_keeping_one_object_removes_the_others():
    first = "a red circle on the left, a blue circle in the middle, a green square on the right"
    scene, _ = play([first, "just keep the blue circle"])
    assert objects(scene) == [("circle", "blue", "large", "center")]
    scene, _ = play([first, "只留下那个方块"])
    assert objects(scene) == [("square", "green", "large", "right")]
    assert "删掉" not in lx.normalise("只要把圆变大就行")


# -- 6. undo said the other way round, "both" in two languages -----------------------------------------------


def test_the_change_named_first_then_taken_back_is_an_undo():
    scene, rw = play(["一个紫色的星星", "星星变成黄色", "上一步的修改撤掉"])
    assert objects(scene) == [("star", "purple", "large", "center")]
    scene, _ = play(["a purple star", "make it yellow", "one step back please"])
    assert objects(scene) == [("star", "purple", "large", "center")]


def test_both_said_in_english_and_chinese_answers_which_one():
    """Batch 16 rule (NOTES-shapes.md, also expected by batches 12, 14 and 15: fresh12 mixed-007, fresh14 en-024,
    fresh15 zh-046, fresh16 zh-020, mixed-020): an object made the background's colour is asked about and
    nothing changes; this test is about which object is meant, so its colour is now one the background lacks."""
    first = "a blue circle at the top and a blue circle at the bottom"
    scene, _ = play([first, "make the circle orange", "all，都改"])
    assert objects(scene) == [("circle", "orange", "large", "bottom"), ("circle", "orange", "large", "top")]


# -- 7. 再 after a value starts the next edit; "little one." with no article is the object just named ----------


def test_zai_after_a_value_starts_a_second_edit():
    scene, _ = play(["左边一个红色方块，白色背景", "方块改成黄色再换紫色背景"])
    assert scene.background == "purple" and objects(scene) == [("square", "yellow", "large", "left")]
    scene, _ = play(["a red square on the left", "square 换成 green 再把背景换成黑色"])
    assert scene.background == "black" and objects(scene) == [("square", "green", "large", "left")]
    scene, _ = play(["一个红色圆形", "把圆再换成蓝色"])
    assert objects(scene) == [("circle", "blue", "large", "center")]


def test_a_size_and_one_without_article_describe_the_object_just_named():
    scene, _ = play(["an orange square on the left", "plus a white triangle. tiny one. on the right"])
    assert objects(scene) == [("square", "orange", "large", "left"), ("triangle", "white", "small", "right")]
    scene, _ = play(["a black circle, big one, at the top"])
    assert objects(scene) == [("circle", "black", "large", "top")]


# -- 8. "which one should make room?" answered by a remove and the asked add: the add keeps its cell and colour --


def test_making_room_then_adding_the_asked_object_puts_it_where_it_was_asked():
    first = "a red circle on the left, a blue square in the middle, a white star on the right"
    scene, _ = play([first, "add a yellow triangle at the top", "fine, delete the star and then add the triangle"])
    assert objects(scene) == [
        ("circle", "red", "large", "left"),
        ("square", "blue", "large", "center"),
        ("triangle", "yellow", "large", "top"),
    ]
    scene, _ = play(
        ["左边红色圆形，中间蓝色方块，右边白色星星", "左下角加一个黄色三角形", "把圆删掉，再加那个三角形吧，小一点"]
    )
    assert objects(scene) == [
        ("square", "blue", "large", "center"),
        ("star", "white", "large", "right"),
        ("triangle", "yellow", "small", "bottom-left"),
    ]


# -- 9. "and one more" after a one-cell move: the same step again ---------------------------------------------


def test_one_more_after_a_one_cell_move_repeats_the_step():
    scene, _ = play(["a white square at the top left", "shift it one cell down", "one more"])
    assert objects(scene) == [("square", "white", "large", "bottom-left")]
    scene, _ = play(["右上一个蓝色三角形", "往左挪一格", "再挪一格吧"])
    assert objects(scene) == [("triangle", "blue", "large", "top-left")]
    scene, rw = play(["a white square at the top left", "make it red", "one more"])
    assert rw.intent == "chat" and objects(scene) == [("square", "red", "large", "top-left")]
