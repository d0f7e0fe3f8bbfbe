"""Round 24 (shapes): phrasings fresh batch 22 found unread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

START = "a big blue square"


# -- 1. shapes typed as symbols or emoji ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "want"),
    [
        ("a green ★ at the bottom", [("star", "green", "large", "bottom")]),
        ("🟥 in the top left, small", [("square", "red", "small", "top-left")]),
        ("紫色的▲放右下", [("triangle", "purple", "large", "bottom-right")]),
    ],
)
def test_a_shape_symbol_is_the_shape_it_draws(message, want):
    scene, rw = play([message])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("white", want)


def test_an_emoji_added_to_a_picture_is_one_more_object():
    scene, rw = play(["a white circle on blue, top left", "plus 🟡 at the bottom right"])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == (
        "blue",
        [("circle", "white", "large", "top-left"), ("circle", "yellow", "large", "bottom-right")],
    )


# -- 2. the canvas called 画布 next to a colour is the background ---------------------------------------------------------


@pytest.mark.parametrize("message", ["黑色的画布上，左下角一个绿色方块", "画布用黑色，左下角放一个绿色方块"])
def test_a_coloured_canvas_is_the_background(message):
    scene, rw = play([message])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("black", [("square", "green", "large", "bottom-left")])


# -- 3. pinyin with a space between the syllables ---------------------------------------------------------------------


def test_pinyin_typed_syllable_by_syllable_is_read():
    scene, rw = play(["a small lan se square zai zuo shang", "bian da yi dian"])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("white", [("square", "blue", "large", "top-left")])


# -- 4. a size said once for every object with 都要 / 全用 ---------------------------------------------------------------


@pytest.mark.parametrize("tail", ["都要小号的", "全用小的"])
def test_a_size_wanted_for_all_objects_goes_to_each(tail):
    scene, rw = play([f"左上一个黄色圆，右下一个红色三角形，{tail}"])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == (
        "white",
        [("circle", "yellow", "small", "top-left"), ("triangle", "red", "small", "bottom-right")],
    )


# -- 5. "more to the left" / "further up" after a move: one more step from where it is ---------------------------------


@pytest.mark.parametrize("message", ["more to the right", "further right", "even further right"])
def test_more_that_way_after_a_move_is_one_more_step(message):
    scene, rw = play(["a small orange star", "move it down", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("white", [("star", "orange", "small", "bottom-right")])


# -- 6. a direction said on the way to a place: the place is where it goes ---------------------------------------------


@pytest.mark.parametrize("message", ["往下，到正中间", "再往下挪到中间"])
def test_a_direction_before_the_place_it_leads_to_keeps_the_place(message):
    scene, rw = play(["上方一个白色的圆，黑色背景", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("black", [("circle", "white", "large", "center")])


# -- 7. "the picture before was better" after a new picture: that picture back -----------------------------------------


@pytest.mark.parametrize("message", ["哦不，还是之前那张吧", "上一张更好看，换回去吧"])
def test_the_picture_before_wanted_back_after_a_new_one(message):
    scene, rw = play(["右下一个蓝色的星星", "来张新的：黄色背景，左边一个黑色圆", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("white", [("star", "blue", "large", "bottom-right")])


# -- 8. room made, then the asked-about object placed: the asked add, with its colour ---------------------------------


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("fine, lose the circle and put the star at the bottom left", "bottom-left"),
        ("那删掉圆形，星星放左下", "bottom-left"),
    ],
)
def test_placing_the_asked_object_after_making_room_adds_it_as_asked(answer, place):
    full = "a red circle top left, a blue square top right, a green triangle at the bottom"
    scene, rw = play([full, "add a purple star in the middle", answer])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == (
        "white",
        [
            ("square", "blue", "large", "top-right"),
            ("star", "purple", "large", place),
            ("triangle", "green", "large", "bottom"),
        ],
    )


# -- 9. a shape asked for again, with another change after it ---------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    ["hmm, circle again, but make it green", "back to a circle, and green please", "还是圆形吧，颜色换成绿色"],
)
def test_a_shape_asked_again_with_more_changes_both(message):
    scene, rw = play(["a purple circle at the bottom", "turn it into a square", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("white", [("circle", "green", "large", "bottom")])


# -- 10. an attribute said to stay, after the change: nothing more is asked --------------------------------------------


@pytest.mark.parametrize(
    "message", ["右边那个圆改成方块，大小别动", "把圆换成方块，别改大小", "把圆换成方块，位置不要变"]
)
def test_an_attribute_kept_after_a_change_asks_nothing_more(message):
    scene, rw = play(["左边一个小的黄色三角形，右边一个小的绿色圆", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == (
        "white",
        [("square", "green", "small", "right"), ("triangle", "yellow", "small", "left")],
    )


# -- 11. an object of "the same colour" in a description: the colour of the one before it ------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "a purple square at the top, and below it in the middle a star in the same colour",
        "上方一个紫色方块，中间再放一个相同颜色的星星",
    ],
)
def test_the_same_colour_in_a_description_is_the_colour_before(message):
    scene, rw = play([message])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == (
        "white",
        [("square", "purple", "large", "top"), ("star", "purple", "large", "center")],
    )


# -- 12. another object moved "too" right after a move: the same move --------------------------------------------------


@pytest.mark.parametrize("message", ["三角形也往右", "and the triangle right too"])
def test_an_object_moved_too_makes_the_same_move(message):
    scene, rw = play(
        ["a blue star top left, an orange triangle bottom left", "move the star to the top right", message]
    )
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == (
        "white",
        [("star", "blue", "large", "top-right"), ("triangle", "orange", "large", "bottom-right")],
    )


# -- 13. one more, right after an add, with no shape said: a copy of the one just added --------------------------------


@pytest.mark.parametrize(
    ("message", "colour"),
    [
        ("左下角再放一个", "green"),
        ("再来一个在左下，要蓝色的", "blue"),
        ("and another one at the bottom left", "green"),
    ],
)
def test_one_more_after_an_add_copies_the_one_just_added(message, colour):
    scene, rw = play(["a red square in the middle", "add a small green triangle at the top right", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == (
        "white",
        sorted(
            [
                ("square", "red", "large", "center"),
                ("triangle", "green", "small", "top-right"),
                ("triangle", colour, "small", "bottom-left"),
            ]
        ),
    )


# -- 14. another shape put where a removed object was: a place, not an undo --------------------------------------------


@pytest.mark.parametrize("message", ["圆形原来的位置放一个绿色的三角形", "put a green triangle where the circle was"])
def test_a_new_shape_where_a_removed_one_was_goes_to_its_cell(message):
    scene, rw = play(["右上一个蓝色的圆，左下一个白色方块，黑色背景", "删掉圆", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == (
        "black",
        [("square", "white", "large", "bottom-left"), ("triangle", "green", "large", "top-right")],
    )


def test_the_removed_object_put_back_where_it_was_is_still_an_undo():
    scene, rw = play(["右上一个蓝色的圆，左下一个白色方块，黑色背景", "删掉圆", "把圆放回原来的位置"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "blue", "large", "top-right"), ("square", "white", "large", "bottom-left")]


# -- 15. a remark about two objects, then "it": the remark's subject, not a shape change --------------------------------


@pytest.mark.parametrize(
    "message",
    ["The square is crowding the triangle. Shrink it.", "the square overpowers the triangle; make it smaller"],
)
def test_a_remark_about_two_objects_leaves_its_subject_as_it(message):
    scene, rw = play(["a big green square on the left and a big red triangle on the right", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == (
        "white",
        [("square", "green", "small", "left"), ("triangle", "red", "large", "right")],
    )


# -- 16. "<a shape> instead" with no verb, one object: that object becomes it ------------------------------------------


@pytest.mark.parametrize("message", ["fine, a square instead", "so a square instead then"])
def test_a_shape_instead_without_a_verb_turns_the_only_object(message):
    scene, rw = play(["a small white triangle on purple, bottom right", "can you do an octagon?", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("purple", [("square", "white", "small", "bottom-right")])


# -- 17. a doubt asked, then the assistant's view asked for: a question, nothing changes --------------------------------


@pytest.mark.parametrize("message", ["星星是不是有点小？你说呢", "is the star a bit small? what do you think"])
def test_a_doubt_with_the_assistants_view_asked_is_a_question(message):
    scene, rw = play(["a small black star on yellow", message])
    assert rw.intent == "chat"
    assert (scene.background, objects(scene)) == ("yellow", [("star", "black", "small", "center")])


def test_a_request_before_asking_the_assistants_view_is_still_done():
    scene, rw = play(["a small black star on yellow", "星星放大一点，你觉得呢"])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "black", "large", "center")]


# -- 18. "new" said in English inside a Chinese heading: another picture ------------------------------------------------


@pytest.mark.parametrize(
    "message", ["来个 brand new 的：黑底，右下一个白色方块", "换个 new 的：黑底，右下一个白色方块"]
)
def test_an_english_new_in_a_chinese_heading_starts_a_new_picture(message):
    scene, rw = play([START, message])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("black", [("square", "white", "large", "bottom-right")])
