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


# -- 4. placed by "it" on the other side of the one placed by "it" before: the same "it" -----------------------------


@pytest.mark.parametrize(
    "dialogue",
    [
        [START, "在它左边加一个小的红色星星", "它右边再放一个黄色的圆"],
        [START, "在它 left 放一个 small red star", "在它 right 放一个 yellow circle"],
        [START, "put a small red star left of it", "and a yellow circle right of it"],
    ],
)
def test_the_other_side_of_it_is_by_the_same_object(dialogue):
    scene, rw = play(dialogue)
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == (
        "white",
        [
            ("circle", "yellow", "large", "right"),
            ("square", "blue", "large", "center"),
            ("star", "red", "small", "left"),
        ],
    )


def test_the_same_side_of_it_again_is_by_the_one_just_placed():
    scene, rw = play(["a small blue square at the top", "在它下面加一个红色的圆", "在它下面再加一个绿色的星星"])
    assert rw.intent == "edit"
    assert objects(scene) == [
        ("circle", "red", "large", "center"),
        ("square", "blue", "small", "top"),
        ("star", "green", "large", "bottom"),
    ]


# -- 5. "再右边一个 …", "再往下放个 …": one more further along, from the one placed last --------------------------------


@pytest.mark.parametrize(
    "message", ["再往下放个小的绿色星星", "再下边一个 small green star", "再下面加一个小的绿色星星"]
)
def test_one_more_further_along_is_beside_the_last_one(message):
    scene, rw = play(["a big yellow circle at the top", "在它下面加一个红色方块", message])
    assert rw.intent == "edit", message
    assert (scene.background, objects(scene)) == (
        "white",
        [
            ("circle", "yellow", "large", "top"),
            ("square", "red", "large", "center"),
            ("star", "green", "small", "bottom"),
        ],
    )


def test_a_corner_after_zai_is_still_that_corner():
    scene, rw = play([START, "再右下放一个红色的圆"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "red", "large", "bottom-right"), ("square", "blue", "large", "center")]


# -- 6. one more announced before it is described: "再加一个，…", "add another one, …" --------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "再加一个，右下角放个红色的圆",
        "再来一个，红色的圆，右下角",
        "add another one, a red circle in the bottom right",
        "ok add one more: a red circle bottom right",
    ],
)
def test_an_announced_add_adds_only_the_object_described(message):
    scene, rw = play([START, message])
    assert rw.intent == "edit", message
    assert (scene.background, objects(scene)) == (
        "white",
        [("circle", "red", "large", "bottom-right"), ("square", "blue", "large", "center")],
    )


# -- 7. "one red color triangle": a colour said with "color" after it, after "one" ---------------------------------


@pytest.mark.parametrize("message", ["one green color star in the top right", "one green-coloured star, top right"])
def test_one_with_a_colour_said_with_color_is_one_object(message):
    scene, rw = play([message])
    assert rw.intent == "draw", message
    assert (scene.background, objects(scene)) == ("white", [("star", "green", "large", "top-right")])


# -- 8. "swap the square's colour to green": a value set, not a trade -----------------------------------------------


@pytest.mark.parametrize(
    ("message", "want"),
    [
        ("now swap the circle's colour to purple", ("circle", "purple", "large", "top-left")),
        ("switch the circle's size to small", ("circle", "yellow", "small", "top-left")),
    ],
)
def test_swapping_one_value_to_another_sets_it(message, want):
    scene, rw = play(["a big yellow circle top left and a big blue square bottom right", message])
    assert rw.intent == "edit", message
    assert objects(scene) == [want, ("square", "blue", "large", "bottom-right")]


def test_swapping_two_objects_colours_still_trades_them():
    scene, rw = play(["a big yellow circle top left and a big blue square bottom right", "swap their colours"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "blue", "large", "top-left"), ("square", "yellow", "large", "bottom-right")]


# -- 9. an earlier picture wanted back by naming what it had ---------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    ["hmm, I preferred the star", "nah, the green star looked better", "还是要刚才那个绿色星星", "刚才那个星星更好"],
)
def test_naming_what_an_earlier_picture_had_brings_it_back(message):
    scene, rw = play(["a small green star at the top right", "start over: a big red circle at the bottom", message])
    assert rw.intent == "edit", message
    assert (scene.background, objects(scene)) == ("white", [("star", "green", "small", "top-right")])


def test_the_lone_object_named_brings_back_the_picture_before_the_add():
    scene, rw = play([START, "now add a small red star at the top left", "no, the lone square was stronger"])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("white", [("square", "blue", "large", "center")])


def test_naming_what_the_picture_has_now_brings_nothing_back():
    scene, rw = play(["a small green star at the top right", "start over: a big red circle", "I preferred the circle"])
    assert rw.intent == "chat"
    assert objects(scene) == [("circle", "red", "large", "center")]


# -- 10. "no, keep it <value>" right after it changed: the value it had is kept ---------------------------------------


@pytest.mark.parametrize(
    ("dialogue", "background", "want"),
    [
        (
            [START, "paint the background purple", "nah, just keep it white"],
            "white",
            ("square", "blue", "large", "center"),
        ),
        ([START, "now make it small", "no, leave it big"], "white", ("square", "blue", "large", "center")),
        ([START, "背景换成黄色", "不，还是保持白色"], "white", ("square", "blue", "large", "center")),
    ],
)
def test_no_keep_it_as_it_was_puts_the_value_back(dialogue, background, want):
    scene, rw = play(dialogue)
    assert rw.intent == "edit", dialogue[-1]
    assert (scene.background, objects(scene)) == (background, [want])


# -- 11. a thing named, then the shape to draw it as: one object of that shape -------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "also a small white moon in the top left. just a circle",
        "also a small white moon in the top left, as a circle please",
        "左上再加个白色的小月亮，用圆表示",
    ],
)
def test_the_shape_said_after_a_thing_stands_in_for_it(message):
    scene, rw = play([START, message])
    assert rw.intent == "edit", message
    assert (scene.background, objects(scene)) == (
        "white",
        [("circle", "white", "small", "top-left"), ("square", "blue", "large", "center")],
    )


def test_the_thing_drawn_as_a_shape_is_then_called_by_its_name():
    scene, rw = play([START, "and a yellow moon at the top right! a circle", "make the moon small"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "yellow", "small", "top-right"), ("square", "blue", "large", "center")]


# -- 12. Chinese typed with spaces between its words; 还要 before a shape is one more --------------------------------


def test_chinese_words_typed_with_spaces_read_as_one_phrase():
    scene, rw = play(["画 一个 星星 绿色的 在 左上 大的 背景 黑色"])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("black", [("star", "green", "large", "top-left")])


def test_also_wanting_a_shape_adds_one():
    scene, rw = play([START, "还要 星星 黄色 在 右下 小的"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "blue", "large", "center"), ("star", "yellow", "small", "bottom-right")]


# -- 13. "换个新的：…" is another picture; "换个新的颜色" is not ------------------------------------------------------


def test_a_new_one_said_as_its_own_heading_is_a_new_picture():
    scene, rw = play([START, "换个新的：黑色背景，中间一个白色圆"])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("black", [("circle", "white", "large", "center")])


def test_a_new_colour_is_no_new_picture():
    scene, rw = play([START, "换个新的颜色"])
    assert rw.intent == "chat"
    assert objects(scene) == [("square", "blue", "large", "center")]


# -- 14. "down into the corner" with no corner named: the corner that direction reaches from the object's side -------


@pytest.mark.parametrize(
    ("start", "message", "want"),
    [
        ("a small red star at the left", "now down into the corner", "bottom-left"),
        ("a small red star at the top", "push it right into the corner", "top-right"),
        ("左边一个小的红色星星", "再往下推到角落", "bottom-left"),
    ],
)
def test_a_direction_into_the_corner_reaches_the_corner_on_that_side(start, message, want):
    scene, rw = play([start, message])
    assert rw.intent == "edit", message
    assert (scene.background, objects(scene)) == ("white", [("star", "red", "small", want)])


def test_into_the_corner_from_the_middle_is_not_guessed():
    scene, rw = play(["a small red star", "down into the corner"])
    assert rw.intent == "chat"
    assert objects(scene) == [("star", "red", "small", "center")]


# -- 15. a thing's name as the object a new one is placed by --------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    ["树下面加一个小的黄色圆", "add a small yellow circle below the tree", "add a small yellow circle under the tree"],
)
def test_a_new_object_placed_by_a_things_name_is_placed_by_that_shape(message):
    scene, rw = play(["a big green triangle at the top, it's a tree", message])
    assert rw.intent == "edit", message
    assert (scene.background, objects(scene)) == (
        "white",
        [("circle", "yellow", "small", "center"), ("triangle", "green", "large", "top")],
    )


def test_a_roof_in_chinese_is_the_triangle():
    scene, rw = play(["a big green square at the bottom", "在方块上面加一个红色三角形", "屋顶要小一点"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "green", "large", "bottom"), ("triangle", "red", "small", "center")]


# -- 16. "加 green square 右边" with no square yet: the new square's side, not a side of one --------------------------


@pytest.mark.parametrize("message", ["加 red star 右边", "加一个 red star 右边", "加 red star 左边"])
def test_a_side_after_a_new_shape_not_in_the_picture_is_its_place(message):
    scene, rw = play([START, message])
    assert rw.intent == "edit", message
    side = "left" if "左" in message else "right"
    assert objects(scene) == [("square", "blue", "large", "center"), ("star", "red", "large", side)]


def test_a_side_after_a_shape_in_the_picture_is_still_beside_it():
    scene, rw = play([START, "方块下面加 red star"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "blue", "large", "center"), ("star", "red", "large", "bottom")]


# -- 17. "我要删的是三角形": what the verb was meant for, said after 的是 ---------------------------------------------


@pytest.mark.parametrize(
    ("message", "want"),
    [
        ("不对，我要去掉的是圆", [("star", "red", "large", "top-left")]),
        ("我想删的是星星吧", [("circle", "blue", "large", "bottom-right")]),
    ],
)
def test_the_object_said_after_de_shi_is_the_one_removed(message, want):
    scene, rw = play(["a red star top left and a blue circle bottom right", message])
    assert rw.intent == "edit", message
    assert (scene.background, objects(scene)) == ("white", want)


def test_the_object_said_after_de_shi_is_the_one_made_bigger():
    scene, rw = play(["a small red star top left and a small blue circle bottom right", "我想放大的是圆"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "blue", "large", "bottom-right"), ("star", "red", "small", "top-left")]


# -- 18. words from elsewhere: 它 inside English, the background named in French, 改加 as "add instead" -------------


def test_ta_between_english_words_is_it():
    scene, rw = play(["左上 red square，右下 small green circle", "turn 它 blue"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "blue", "small", "bottom-right"), ("square", "red", "large", "top-left")]


def test_the_background_named_in_french_is_the_background():
    scene, rw = play(["one small red star on the top, the fond in black"])
    assert rw.intent == "draw"
    assert (scene.background, objects(scene)) == ("black", [("star", "red", "small", "top")])


def test_gai_before_a_verb_of_placing_adds_instead():
    scene, rw = play([START, "右上 add 一个 red circle", "撤销", "右下改放一个 red circle"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "red", "large", "bottom-right"), ("square", "blue", "large", "center")]


# -- 19. a thing's name, then 不要: that object removed; 灯 (a light) is a circle ------------------------------------


@pytest.mark.parametrize("message", ["绿灯不要", "太阳不要了"])
def test_a_things_name_not_wanted_is_removed(message):
    scene, rw = play(["上面一个绿色的圆，下面一个红色的方块", message])
    assert rw.intent == "edit", message
    assert (scene.background, objects(scene)) == ("white", [("square", "red", "large", "bottom")])


# -- 20. the first value wanted back: "first one 的颜色", "the first one's colour", "… was the best" -----------------


@pytest.mark.parametrize(
    "message",
    [
        "嗯 还是 first one 的颜色好",
        "the first one's colour was better",
        "actually the original colour was the best",
    ],
)
def test_the_first_colour_named_any_way_comes_back(message):
    scene, rw = play(["a small red star", "make it purple", "try yellow", message])
    assert rw.intent == "edit", message
    assert (scene.background, objects(scene)) == ("white", [("star", "red", "small", "center")])


# -- 21. objects listed by place and colour, the shape said once for all ----------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "left orange, right white, 都是 big triangles, 背景 black",
        "big triangles: left orange, right white, on black",
        "left orange, right white, all big triangles, on a black background",
    ],
)
def test_a_shape_said_once_for_a_list_of_places_and_colours(message):
    scene, rw = play([message])
    assert rw.intent == "draw", message
    assert (scene.background, objects(scene)) == (
        "black",
        [("triangle", "orange", "large", "left"), ("triangle", "white", "large", "right")],
    )
