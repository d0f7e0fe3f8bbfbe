"""Round 21 (shapes): code-switched phrasings batch 18 left unread (one test per phrasing class, our own phrasings)."""

from __future__ import annotations

from tests.dialogue import objects, play

START = "green background, a white circle on the left and a red square on the right"


# -- 1. "和 square 一样的 colour": the English attribute word in a Chinese "same as" -----------------------------------


def test_same_colour_as_with_english_words_in_a_chinese_frame_copies_the_colour():
    for message in (
        "circle 改成和 square 一样的 colour",
        "圆改成跟 the square 一样的颜色",
        "circle 的 colour 和 square 一样",
    ):
        scene, rw = play([START, message])
        assert rw.intent == "edit", message
        assert objects(scene) == [("circle", "red", "large", "left"), ("square", "red", "large", "right")], message


def test_same_size_as_in_a_code_switched_sentence_copies_the_size():
    scene, rw = play(
        ["a small blue star on the left and a large yellow circle on the right", "star 和 circle 一样的 size"]
    )
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "yellow", "large", "right"), ("star", "blue", "large", "left")]


# -- 2. "左右 flip 一下": the Chinese axis with an English verb ----------------------------------------------------------


def test_left_right_flip_in_a_code_switched_sentence_mirrors_the_picture():
    start = "a big red star bottom left and a small blue triangle top left"
    scene, rw = play([start, "左右 flip 一下"])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "red", "large", "bottom-right"), ("triangle", "blue", "small", "top-right")]
    scene, _ = play([start, "上下 mirror 一下"])
    assert objects(scene) == [("star", "red", "large", "top-left"), ("triangle", "blue", "small", "bottom-left")]


# -- 3. "last one 变 small": an ordinal without "the" ------------------------------------------------------------------


def test_an_ordinal_without_the_at_the_start_names_that_object():
    start = "three circles: a yellow one in the center, a green one on the left, a blue one on the right"
    scene, rw = play([start, "last one 变 small"])
    assert rw.intent == "edit"
    assert objects(scene) == [
        ("circle", "blue", "small", "right"),
        ("circle", "green", "large", "left"),
        ("circle", "yellow", "large", "center"),
    ]
    scene, _ = play([start, "first one red"])
    assert ("circle", "red", "large", "center") in objects(scene)
    # "the last" in the middle of a sentence is still read; "first" not at the start is not an ordinal
    _, rw = play([start, "make the first one purple"])
    assert rw.intent == "edit"


# -- 4. a size change with no size said is asked (two testers' batches said so), in either wording -------------------


def test_change_the_size_without_a_size_asks_and_changes_nothing():
    for message in ("换个大小", "改一下 size", "change the size"):
        scene, rw = play(["a yellow square", message])
        assert rw.intent == "chat", message
        assert objects(scene) == [("square", "yellow", "large", "center")], message


# -- 5. "star was cuter", "the green was nicer": an earlier value preferred, in other words than "better" ----------


def test_an_earlier_value_said_cuter_or_nicer_comes_back():
    scene, rw = play(["a small green star bottom left", "make it a square", "hmm no, star was cuter"])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "green", "small", "bottom-left")]
    scene, rw = play(["a small green star bottom left", "make it blue", "the green was nicer"])
    assert objects(scene) == [("star", "green", "small", "bottom-left")]
    # a colour the dialogue never had is not put on anything
    scene, _ = play(["a small green star bottom left", "make it blue", "the red was nicer"])
    assert objects(scene) == [("star", "blue", "small", "bottom-left")]
