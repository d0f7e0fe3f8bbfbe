"""Round 19 (shapes): phrasings fresh batch 19 found unread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

from tests.dialogue import objects, play

# -- 1. after a new picture, "back" / "还是要之前那个" brings the picture before ------------------------------------


def test_back_as_the_last_sentence_and_wanting_the_one_before_are_undo():
    first = ["a blue square on the left, on a black background", "new picture: a small red star at the top"]
    for message in ("hmm, I preferred that. back", "no. back please", "还是要之前那个", "我还是要刚才那张吧"):
        scene, rw = play([*first, message])
        assert rw.intent == "edit", message
        assert scene.background == "black", message
        assert objects(scene) == [("square", "blue", "large", "left")], message


# -- 2. "new:" heading a message starts a new picture ----------------------------------------------------------------


def test_new_as_a_heading_is_a_new_picture():
    scene, rw = play(["a red star in the middle", "new: green square bottom left, yellow bg"])
    assert rw.intent == "draw"
    assert scene.background == "yellow"
    assert objects(scene) == [("square", "green", "large", "bottom-left")]
    scene, rw = play(["a red star in the middle", "New： 一个 blue circle"])
    assert rw.intent == "draw"
    assert objects(scene) == [("circle", "blue", "large", "center")]


# -- 3. comparatives typed without their vowels ------------------------------------------------------------------------


def test_phone_comparatives_change_the_size():
    scene, rw = play(["small blue circle top left", "bigr"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "blue", "large", "top-left")]
    scene, _ = play(["big green star", "smllr pls"])
    assert objects(scene) == [("star", "green", "small", "center")]
