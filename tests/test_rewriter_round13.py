"""Round 13: mechanisms found missing by fresh batches 12 and 13 (one test per mechanism, phrasings of our own)."""

from __future__ import annotations

from tests.dialogue import objects, play

# -- 1. a value taken back mid-message ("no wait", "哦不对", "啊不", "…. no,") is replaced; what follows it stays ----


def test_a_value_taken_back_is_replaced_and_the_rest_of_the_message_kept():
    scene, rw = play(["a green square at the bottom left, oh wait, bottom right, on a yellow background"])
    assert rw.intent == "draw"
    assert scene.background == "yellow"
    assert objects(scene) == [("square", "green", "large", "bottom-right")]
    scene, _ = play(["红色星星在右上角，噢不对，是左上角，背景紫色"])
    assert scene.background == "purple"
    assert objects(scene) == [("star", "red", "large", "top-left")]
    scene, _ = play(["white square 在 bottom, 呃不, top, 背景 blue"])
    assert scene.background == "blue"
    assert objects(scene) == [("square", "white", "large", "top")]
    scene, rw = play(["a small red circle", "make the background... yellow. no, green"])
    assert rw.intent == "edit"
    assert scene.background == "green"
    assert objects(scene) == [("circle", "red", "small", "center")]


# -- 2. a small move ("a bit to the left", "往左边靠一点", "再往右一格" with no verb, "再 up 一点") is one step -------------


def test_a_small_move_is_one_step_from_where_the_object_is():
    scene, rw = play(["an orange triangle at the top right", "and a little to the left"])
    assert rw.intent == "edit"
    assert objects(scene) == [("triangle", "orange", "large", "top")]
    scene, _ = play(["a white circle at the top right", "move it slightly lower"])
    assert objects(scene) == [("circle", "white", "large", "right")]
    scene, _ = play(["右上角一个黑色方块", "再往下一格"])
    assert objects(scene) == [("square", "black", "large", "right")]
    scene, _ = play(["左下角一个红色星星", "往右边靠一点"])
    assert objects(scene) == [("star", "red", "large", "bottom")]
    scene, _ = play(["一个 blue circle 在 bottom-right", "再 up 一点"])
    assert objects(scene) == [("circle", "blue", "large", "right")]
    # a side said whole is still that side
    scene, _ = play(["a white circle at the top right", "move it to the left"])
    assert objects(scene) == [("circle", "white", "large", "left")]
