"""Round 31 (shapes): phrasings fresh batch 29 found misread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

THREE = "a small red circle top left, a small blue circle top, a small white circle top right, green background"

# -- 1. "forget it, <an edit of what is there>": the request dropped, the picture kept ------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "ok forget it, replace the blue one with yellow",
        "never mind that, just make the blue circle yellow",
        "scrap that, the blue one should be yellow then",
        "forget the new one and make the blue circle yellow",
        "never mind adding it, turn the blue one yellow",
    ],
)
def test_forget_it_then_an_edit_after_our_question(message):
    scene, rw = play([THREE, "add a purple one as well", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == (
        "green",
        [
            ("circle", "red", "small", "top-left"),
            ("circle", "white", "small", "top-right"),
            ("circle", "yellow", "small", "top"),
        ],
    )


def test_forget_it_then_a_new_object_is_still_a_new_picture():
    scene, rw = play(["a red star on the left", "forget it, draw a blue square on a black background"])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("black", [("square", "blue", "large", "center")])


# -- 2. undo phrasings -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("message", ["ugh, take the last edit back", "还是返回吧", "the last step 不要了"])
def test_undo_phrasings(message):
    scene, rw = play(["a green square at the top", "move it to the left", message])
    assert objects(scene) == [("square", "green", "large", "top")]


def test_chonghua_heading_is_a_new_picture():
    scene, rw = play(["a red star on the left", "重画：white 背景，top 一个 blue circle"])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("white", [("circle", "blue", "large", "top")])


def test_all_of_them_with_chinese_dou_answers_which_one():
    scene, rw = play(["a red square on the left and a red star on the right", "red 的改 blue", "all of them 都要"])
    assert objects(scene) == [("square", "blue", "large", "left"), ("star", "blue", "large", "right")]


# -- 3. "swap X to <value>" is one object given a value --------------------------------------------------------------


def test_swap_to_a_colour_recolours():
    scene, rw = play(["a blue square top left and a red star bottom right", "swap the star to purple"])
    assert objects(scene) == [("square", "blue", "large", "top-left"), ("star", "purple", "large", "bottom-right")]


# -- 4. "<lead> give me a <shape> instead", "in <colour> color", "go <colour>" --------------------------------------


def test_lead_word_before_give_me_instead():
    scene, rw = play(["a yellow circle at the bottom", "alright give me a triangle instead"])
    assert objects(scene) == [("triangle", "yellow", "large", "bottom")]


def test_in_colour_color():
    scene, rw = play(["a big white triangle", "the triangle I would like in orange colour"])
    assert objects(scene) == [("triangle", "orange", "large", "center")]


def test_remark_on_a_colour_then_go_colour():
    scene, rw = play(["a red circle on the left and a black square on the right", "the black looks too heavy, go blue"])
    assert objects(scene) == [("circle", "red", "large", "left"), ("square", "blue", "large", "right")]


# -- 5. Chinese: a colour named to go back to, a place after 背景, a remark on two colours -------------------------


def test_named_colour_back_zh():
    scene, rw = play(["一个绿色的圆", "改成紫色", "再换成白色", "还是一开始的绿色好，换回去吧"])
    assert objects(scene) == [("circle", "green", "large", "center")]


def test_place_after_background_zh():
    scene, rw = play(["白色背景右下方画一个红色方块"])
    assert (scene.background, objects(scene)) == ("white", [("square", "red", "large", "bottom-right")])


def test_two_colour_remark_zh():
    scene, rw = play(["背景蓝色，左边一个白色三角形", "三角形改成紫色", "紫色在蓝色上看不清，三角形还是白色吧"])
    assert (scene.background, objects(scene)) == ("blue", [("triangle", "white", "large", "left")])


def test_pinyin_world_words_zh():
    scene, rw = play(["bai色背景 左边红色三角xing", "变xiao一点"])
    assert (scene.background, objects(scene)) == ("white", [("triangle", "red", "small", "left")])


# -- 6. an object kept after all, another shape accepted, a size for the picture's purpose --------------------------


def test_correction_then_object_kept_after_all_zh():
    scene, rw = play(["左边一个红色圆形，右边一个蓝色方块", "方块删掉", "哦不对，方块还是保留"])
    assert objects(scene) == [("circle", "red", "large", "left"), ("square", "blue", "large", "right")]


@pytest.mark.parametrize("message", ["那 triangle 也可以", "ok a triangle will do then"])
def test_another_shape_accepted(message):
    scene, rw = play(["a blue star at the top", message])
    assert objects(scene) == [("triangle", "blue", "large", "top")]


def test_size_of_the_pictures_purpose_is_not_an_objects():
    scene, rw = play(["for my small school project: a large green star on the right, on a white background"])
    assert objects(scene) == [("star", "green", "large", "right")]


# -- 7. the field / paper named as the background in an edit ---------------------------------------------------------


def test_the_paper_as_the_background_in_an_edit():
    scene, rw = play(["a small green triangle on the right, on a blue paper", "turn the paper black"])
    assert (scene.background, objects(scene)) == ("black", [("triangle", "green", "small", "right")])


def test_corner_then_which_corner():
    scene, rw = play(["small green star down in the corner, bottom left one, black bg"])
    assert (scene.background, objects(scene)) == ("black", [("star", "green", "small", "bottom-left")])


def test_the_new_one_is_the_object_just_added_not_a_new_picture():
    scene, rw = play(["a red star", "add a blue circle on the left", "make the new one green"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "green", "large", "left"), ("star", "red", "large", "center")]
