"""Round 22b (shapes): phrasings a fresh batch found unread, in the testers' classes but our own wording."""

from __future__ import annotations

from tests.dialogue import objects, play


def test_vague_complaint_with_right_asks_and_moves_nothing():
    for complaint in ("hmm it still doesn't look right", "这个 not exactly right", "that feels not quite right"):
        scene, rw = play(["a blue square in the middle", complaint])
        assert rw.intent == "chat"
        assert objects(scene) == [("square", "blue", "large", "center")]


def test_thing_named_then_its_shape_adds_that_shape():
    scene, _ = play(["a big green triangle", "再来 a white 月亮, 就是 circle, 左上角"])
    assert objects(scene) == [("circle", "white", "large", "top-left"), ("triangle", "green", "large", "center")]
    scene, _ = play(["a small red square at the bottom", "also an orange ball, which is a circle, at the top"])
    assert objects(scene) == [("circle", "orange", "large", "top"), ("square", "red", "small", "bottom")]


def test_ime_homophone_for_a_shape_word():
    scene, _ = play(["中间一个蓝色的圆", "左下角加一个绿色放块"])
    assert objects(scene) == [("circle", "blue", "large", "center"), ("square", "green", "large", "bottom-left")]


def test_object_said_again_after_no_replaces_the_last_one_described():
    scene, _ = play(["top: a blue triangle, bottom: an orange circle, 啊不, an orange square"])
    assert objects(scene) == [("square", "orange", "large", "bottom"), ("triangle", "blue", "large", "top")]
    scene, _ = play(["a purple star at the left, a white circle at the right, oh no, a black triangle"])
    assert objects(scene) == [("star", "purple", "large", "left"), ("triangle", "black", "large", "right")]


def test_one_shape_in_place_of_another_turns_that_object():
    scene, _ = play(["a small blue circle top left", "then a square rather than the circle, rest unchanged"])
    assert objects(scene) == [("square", "blue", "small", "top-left")]
    scene, _ = play(["a green star at the bottom", "circle not star. black. left. small"])
    assert objects(scene) == [("circle", "black", "small", "left")]
    scene, _ = play(["中间一个红色的星星", "用圆代替星星"])
    assert objects(scene) == [("circle", "red", "large", "center")]


def test_shade_of_the_background_colour_is_dropped_not_given_to_an_object():
    scene, _ = play(["右下角一个白色三角形，背景暗一些，用紫色"])
    assert scene.background == "purple"
    assert objects(scene) == [("triangle", "white", "large", "bottom-right")]
    scene, _ = play(["背景要淡一点的橙色，中间放一个小的黑色圆"])
    assert scene.background == "orange"
    assert objects(scene) == [("circle", "black", "small", "center")]
    scene, _ = play(["a yellow star on the left, backdrop pale green"])
    assert scene.background == "green"
    assert objects(scene) == [("star", "yellow", "large", "left")]


def test_object_moved_to_where_one_removed_in_the_same_message_was():
    setup = "a green square at the bottom left and a red star at the top"
    scene, _ = play([setup, "erase the square, then put the star where the square was"])
    assert objects(scene) == [("star", "red", "large", "bottom-left")]
    scene, _ = play([setup, "方块去掉，把星星挪到方块原来的地方"])
    assert objects(scene) == [("star", "red", "large", "bottom-left")]


def test_drawn_as_a_shape_changes_the_shape():
    scene, _ = play(["右边一个小的绿色方块", "把它弄成三角形"])
    assert objects(scene) == [("triangle", "green", "small", "right")]


def test_place_then_also_an_object_adds_it_there():
    scene, _ = play(["中间一个黄色星星", "nice, 左下 too 一个 purple square"])
    assert objects(scene) == [("square", "purple", "large", "bottom-left"), ("star", "yellow", "large", "center")]


def test_reason_after_an_edit_is_not_read_as_part_of_it():
    setup = "a purple star on the left and a purple circle on the right"
    scene, _ = play([setup, "turn the star orange, so that we can tell which is which"])
    assert objects(scene) == [("circle", "purple", "large", "right"), ("star", "orange", "large", "left")]
