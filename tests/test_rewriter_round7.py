"""Round 7 on issue 14: mechanisms found missing by fresh batch 6 (one test per mechanism, phrasings of our own)."""

from __future__ import annotations

from core.language import lexicon as lx
from tests.dialogue import objects, play

# -- 1. "the last shape", 最后那个: the last object in the order drawn --------------------------------


def test_the_last_shape_and_zui_hou_na_ge_are_the_last_object_drawn():
    scene, _ = play(
        [
            "a red star on the left, a green circle in the middle, a white triangle on the right",
            "turn the last object blue",
        ]
    )
    assert objects(scene) == [
        ("circle", "green", "large", "center"),
        ("star", "red", "large", "left"),
        ("triangle", "blue", "large", "right"),
    ]
    scene, _ = play(["左上一个黄色三角形，右下一个小的红色方块", "最后的那个放大一点"])
    assert objects(scene) == [("square", "red", "large", "bottom-right"), ("triangle", "yellow", "large", "top-left")]


# -- 2. "the X background to Y": the colour it had names it, the one after "to"/成 is wanted ----------


def test_a_background_named_by_its_old_colour_takes_the_new_one():
    scene, _ = play(["a white circle on a green background", "please change the green background to purple"])
    assert scene.background == "purple"
    scene, _ = play(["蓝色背景，中间一个黄色星星", "把蓝色的背景改成黑色"])
    assert scene.background == "black"
    assert objects(scene) == [("star", "yellow", "large", "center")]


# -- 3. "the one under the star", 星星下面那个: the next object that way from the one named --------------


def test_the_one_beside_a_named_object_is_the_next_object_that_way():
    scene, _ = play(
        ["a yellow circle at the bottom left and a black square at the top left", "shrink the one above the circle"]
    )
    assert objects(scene) == [("circle", "yellow", "large", "bottom-left"), ("square", "black", "small", "top-left")]
    scene, _ = play(["上方一个红色三角形，中间一个蓝色圆，下方一个白色方块", "三角形下面那个改成黄色"])
    assert objects(scene) == [
        ("circle", "yellow", "large", "center"),
        ("square", "white", "large", "bottom"),
        ("triangle", "red", "large", "top"),
    ]


# -- 4. words the tables lack: "blu", "high up", 小不点/超小, "太 small 了" -----------------------------


def test_blu_and_high_up_are_blue_and_the_top_row():
    assert lx.normalise("a blu circle high up, centred") == "a blue circle at the top, centred"
    scene, _ = play(["two blu squares, one high up on the left and one in the middle"])
    assert objects(scene) == [("square", "blue", "large", "center"), ("square", "blue", "large", "top-left")]


def test_chinese_size_words_the_tables_lack():
    scene, _ = play(["中间画一个超小的黄色三角形", "右边加一个小不点儿的绿色方块"])
    assert objects(scene) == [("square", "green", "small", "right"), ("triangle", "yellow", "small", "center")]


def test_an_english_size_word_in_a_chinese_complaint_is_the_trouble():
    scene, _ = play(["a large white star in the middle, black background", "这个 star 太 big 了"])
    assert objects(scene) == [("star", "white", "small", "center")]


# -- 5. a simile after a colour ("black like night time") says why, not a thing to draw ---------------


def test_a_simile_after_a_colour_is_not_an_outside_thing():
    scene, rw = play(["a white square on the right", "paint the backdrop blue like the ocean"])
    assert rw.intent == "edit"
    assert scene.background == "blue"
    assert objects(scene) == [("square", "white", "large", "right")]


# -- 6. 恢复/还原 with a value is that value, not an undo ------------------------------------------------


def test_hui_fu_with_a_value_sets_it_and_other_clauses_still_apply():
    # (the background here is red: since batch 16 a red circle on it is asked about, so the circle goes blue)
    scene, rw = play(["左边一个白色三角形，右边一个黑色圆", "三角形改成绿色", "三角形恢复成白色，圆改成蓝色"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "blue", "large", "right"), ("triangle", "white", "large", "left")]
    scene, _ = play(["一个小的黄色方块", "放大", "改成紫色", "恢复"])  # no value: the last step undone
    assert objects(scene) == [("square", "yellow", "large", "center")]


# -- 7. 放 straight before a place moves the object ---------------------------------------------------


def test_fang_straight_before_a_place_is_a_move():
    scene, _ = play(["右上一个绿色圆，左下一个小的白色星星", "圆放正中间", "星星放左上角"])
    assert objects(scene) == [("circle", "green", "large", "center"), ("star", "white", "small", "top-left")]


# -- 8. "two Xs: <colour> at <place>, <colour> at <place>, and a Y": the bare chunks are the Xs --------


def test_a_counted_list_with_bare_members_and_another_object():
    scene, _ = play(
        ["three triangles: white on the left, black on the right, red at the top, plus a green circle at the bottom"]
    )
    assert objects(scene) == [
        ("triangle", "black", "large", "right"),
        ("triangle", "red", "large", "top"),
        ("triangle", "white", "large", "left"),
    ]  # at most three objects: the counted ones come first
    scene, _ = play(["两个圆：红的在右上，白的在左下，正中间一个黄色星星，背景蓝色"])
    assert objects(scene) == [
        ("circle", "red", "large", "top-right"),
        ("circle", "white", "large", "bottom-left"),
        ("star", "yellow", "large", "center"),
    ]
    assert scene.background == "blue"


# -- 9. an English place, colour or size alone answers "which one?" ----------------------------------


def test_a_bare_english_place_answers_which_one():
    scene, rw = play(["a big white circle top right and a big white circle bottom left", "shrink the circle"])
    assert rw.intent == "chat"
    scene, rw = play(
        ["a big white circle top right and a big white circle bottom left", "shrink the circle", "top right"]
    )
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "white", "large", "bottom-left"), ("circle", "white", "small", "top-right")]


# -- 10. "where it was", 原来的位置 with no name: where the object last moved stood ---------------------


def test_where_it_was_without_a_name_is_the_cell_the_moved_object_left():
    scene, _ = play(
        [
            "a black triangle at the bottom left on white",
            "move it to the top right",
            "put a small green square where it was",
        ]
    )
    assert objects(scene) == [("square", "green", "small", "bottom-left"), ("triangle", "black", "large", "top-right")]
    scene, _ = play(["左边一个紫色圆", "把它挪到右边", "在原来的位置加一个白色三角形"])
    assert objects(scene) == [("circle", "purple", "large", "right"), ("triangle", "white", "large", "left")]


# -- 11. a Chinese "…那个" then English words: the object, then what to do ----------------------------


def test_a_chinese_na_ge_reference_then_english_value_words():
    scene, _ = play(["左边一个 red star，右边一个 blue circle", "右边那个 yellow"])
    assert objects(scene) == [("circle", "yellow", "large", "right"), ("star", "red", "large", "left")]
    scene, _ = play(["左边一个 red star，右边一个 blue circle", "最后那个 also small please"])
    assert objects(scene) == [("circle", "blue", "small", "right"), ("star", "red", "large", "left")]


# -- 12. in a new picture, "below it", 它下面: the cell next to the object described just before --------


def test_beside_it_in_a_new_picture_is_next_to_the_object_before():
    scene, _ = play(["a green triangle in the bottom right corner and a white star directly above it"])
    assert objects(scene) == [("star", "white", "large", "right"), ("triangle", "green", "large", "bottom-right")]
    scene, _ = play(["正中间一个黑色圆，它左边一个小的红色方块"])
    assert objects(scene) == [("circle", "black", "large", "center"), ("square", "red", "small", "left")]
