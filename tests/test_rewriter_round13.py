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
