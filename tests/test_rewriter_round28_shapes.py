"""Round 28 (shapes): phrasings fresh batch 26 found unread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

# -- 1. "the same size, both small": the shared value is said beside it, so it is done, not asked ----------------------


_SMALL = [("star", "green", "small", "left"), ("triangle", "blue", "small", "right")]
_PURPLE = [("star", "purple", "large", "left"), ("triangle", "purple", "small", "right")]


@pytest.mark.parametrize(
    ("message", "want"),
    [
        ("give them the same size, both small", _SMALL),
        ("same colour for both, purple", _PURPLE),
        ("大小一样吧，都要小的", _SMALL),
        ("颜色一样 都 purple", _PURPLE),
    ],
)
def test_a_shared_value_said_with_same_is_given_to_all(message, want):
    scene, rw = play(["a large green star at the left and a small blue triangle at the right", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == ("white", want)


def test_same_size_without_a_value_still_asks():
    scene, rw = play(
        ["a large green star at the left and a small blue triangle at the right", "make them the same size"]
    )
    assert rw.intent == "chat"
    assert objects(scene) == [("star", "green", "large", "left"), ("triangle", "blue", "small", "right")]


# -- 2. 园 (same sound) after a removal verb or 把 is the circle -------------------------------------------------------


@pytest.mark.parametrize("message", ["去掉园", "把园删了"])
def test_yuan_removed_is_the_circle(message):
    scene, rw = play(["上面一个绿色的圆，下面一个黑色的正方形", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "black", "large", "bottom")]


# -- 3. "不要它了": the 它 is "it" (the last one described), not swallowed by the removal verb ----------------------------


def test_buyao_ta_removes_the_last_described():
    scene, rw = play(["左边一个红色的三角形，右边一个小的白色星星", "我不要它了"])
    assert rw.intent == "edit"
    assert objects(scene) == [("triangle", "red", "large", "left")]


# -- 4. "算了还是留着", "never mind, keep it" right after a removal: what was removed stays -------------------------------


@pytest.mark.parametrize("message", ["嗯，还是留着吧", "actually, keep it"])
def test_kept_after_all_right_after_a_removal_brings_it_back(message):
    scene, rw = play(["a green square at the top and a white star at the bottom", "remove the star", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "green", "large", "top"), ("star", "white", "large", "bottom")]


def test_kept_after_all_after_another_edit_brings_nothing_back():
    scene, _ = play(
        ["a green square at the top and a white star at the bottom", "remove the star", "make it red", "还是留着吧"]
    )
    assert objects(scene) == [("square", "red", "large", "top")]


# -- 5. a correction with "也" / "too" amends the object it names; the others described stay -------------------------


@pytest.mark.parametrize(
    "message",
    [
        "右上角一个黄色的三角形，左下角一个小的绿色方块，嗯，方块也要大的",
        "a yellow triangle top right, a small green square bottom left, um, the square big too",
    ],
)
def test_a_correction_with_also_keeps_the_other_objects(message):
    scene, rw = play([message])
    assert rw.intent == "draw"
    assert objects(scene) == [("square", "green", "large", "bottom-left"), ("triangle", "yellow", "large", "top-right")]


# -- 6. 颗 / 枚 count like 个 / 只: "三颗星星" is a count, its places said after -------------------------------------------


def test_ke_is_a_measure_word_of_a_count():
    scene, rw = play(["三颗星星，左边一颗红的，中间一颗黄的，右边一颗绿的"])
    assert rw.intent == "draw"
    assert objects(scene) == [
        ("star", "green", "large", "right"),
        ("star", "red", "large", "left"),
        ("star", "yellow", "large", "center"),
    ]


# -- 7. "one more in the middle left": an edge word with "middle" is that edge's middle cell -----------------------------


def test_one_more_at_an_edge_middle_copies_the_one_just_added():
    scene, rw = play(
        [
            "a big white star at the top right",
            "add a small green star at the bottom right",
            "one more in the middle left, but red",
        ]
    )
    assert rw.intent == "edit"
    assert objects(scene) == [
        ("star", "green", "small", "bottom-right"),
        ("star", "red", "small", "left"),
        ("star", "white", "large", "top-right"),
    ]


# -- 8. after a one-cell move: "do it again" repeats it; "往左 one more" is one more cell that way --------------------------


@pytest.mark.parametrize(
    ("message", "where"),
    [("do it again", "bottom-left"), ("again please", "bottom-left"), ("再往上 one more", "center")],
)
def test_a_repeated_or_code_switched_one_more_step(message, where):
    scene, rw = play(["a purple circle at the bottom right", "move it one cell to the left", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "purple", "large", where)]


def test_again_after_a_recolour_is_not_a_move():
    scene, _ = play(["a purple circle at the bottom right", "make it green", "again"])
    assert objects(scene) == [("circle", "green", "large", "bottom-right")]


# -- 9. another object's colour said as a possession: "用星星的颜色", "give it the square's colour" ----------------------


@pytest.mark.parametrize(
    "message",
    [
        "triangle 就用 square 的颜色",
        "把三角形涂成正方形的颜色",
        "paint the triangle the square's colour",
        "use the square's colour for the triangle",
    ],
)
def test_the_colour_of_another_object_said_as_a_possession(message):
    scene, rw = play(["a purple square at the left and a white triangle at the right, black background", message])
    assert rw.intent == "edit"
    assert (scene.background, objects(scene)) == (
        "black",
        [("square", "purple", "large", "left"), ("triangle", "purple", "large", "right")],
    )


# -- 10. a preference for the first value right after turning the change down ("nah, 第一个颜色好") is a request --------------


@pytest.mark.parametrize("message", ["不不，第一个颜色更好", "nah, 第一个颜色好看"])
def test_turned_down_then_the_first_value_preferred_goes_back(message):
    scene, rw = play(["a big blue circle in the middle", "make it yellow", message])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "blue", "large", "center")]


def test_the_first_value_preferred_alone_is_asked_back():
    # batches 17, 31 and 32 read "第一个颜色更好" as the colour asked back, not a thought (round 35)
    scene, rw = play(["a big blue circle in the middle", "make it yellow", "第一个颜色更好"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "blue", "large", "center")]


def test_the_first_colour_praised_as_a_question_is_still_a_question():
    scene, rw = play(["a big blue circle in the middle", "make it yellow", "第一个颜色是不是更好？"])
    assert rw.intent == "chat"
    assert objects(scene) == [("circle", "yellow", "large", "center")]


# -- 11. "X是不是太大了?" alone is a doubt asked (as "is the X too big?" is); with a request after it, the request is done ---


@pytest.mark.parametrize("message", ["square 是不是有点太小了？", "正方形是不是太大了吧"])
def test_a_doubt_asked_in_chinese_changes_nothing(message):
    scene, rw = play(["a big red square at the top and a small green circle at the bottom", message])
    assert rw.intent == "chat"
    assert objects(scene) == [("circle", "green", "small", "bottom"), ("square", "red", "large", "top")]


def test_a_doubt_then_a_request_is_done():
    scene, rw = play(
        ["a big red square at the top and a small green circle at the bottom", "正方形是不是太大了，缩小一点"]
    )
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "green", "small", "bottom"), ("square", "red", "small", "top")]
