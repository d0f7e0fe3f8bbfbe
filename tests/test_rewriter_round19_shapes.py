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


# -- 4. English size and place words inside Chinese phrasing ------------------------------------------------------------


def test_an_english_size_with_a_chinese_bit_changes_the_size_of_it():
    start = ["left 一个 green star，right 一个 blue square"]
    scene, rw = play([*start, "它 small 一点"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "blue", "small", "right"), ("star", "green", "large", "left")]
    scene, _ = play(["a small red circle", "再 big 一些"])
    assert objects(scene) == [("circle", "red", "large", "center")]


def test_towards_the_middle_in_english_moves_it_to_the_centre():
    scene, rw = play(["a black triangle at the top left", "再往 middle 挪"])
    assert rw.intent == "edit"
    assert objects(scene) == [("triangle", "black", "large", "center")]
    scene, _ = play(["一个 orange star 在 bottom", "往 the center 移一下"])
    assert objects(scene) == [("star", "orange", "large", "center")]


# -- 5. a shape alone answers "which shape?" --------------------------------------------------------------------------


def test_a_bare_shape_after_asking_for_another_shape_is_the_new_shape():
    scene, rw = play(["a red square", "换个 shape", "circle"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "red", "large", "center")]
    scene, _ = play(["a small blue circle on the right", "change the shape", "star please"])
    assert objects(scene) == [("star", "blue", "small", "right")]
    # with nothing asked, a shape alone is still not read as a change
    _, rw = play(["a red square", "circle"])
    assert rw.intent == "chat"


# -- 6. where an object is seen ("on white", "在白底上") is not a change of background -------------------------------


def test_a_place_said_by_the_background_it_has_changes_nothing_of_it():
    start = "a large white square centered on a black background"
    scene, rw = play([start, "The white is too harsh against black. Switch the background to blue."])
    assert rw.intent == "edit"
    assert scene.background == "blue"
    assert objects(scene) == [("square", "white", "large", "center")]
    # said with the background's new colour, it is still a change of background
    scene, _ = play(["a red star", "put it on a blue background"])
    assert scene.background == "blue"


def test_a_bare_colour_after_a_complaint_about_the_objects_colour_goes_to_the_object():
    for complaint in ("黄色在白底上看不清，换深一点的颜色", "yellow 在白底上 看不清 换个颜色"):
        _, rw = play(["右下一个黄色三角形", complaint])
        assert rw.intent == "chat", complaint
        scene, rw = play(["右下一个黄色三角形", complaint, "蓝色"])
        assert rw.intent == "edit", complaint
        assert scene.background == "white", complaint
        assert objects(scene) == [("triangle", "blue", "large", "bottom-right")], complaint
    scene, _ = play(
        ["a white star on a yellow background", "the white is hard to see on yellow, pick another colour", "green"]
    )
    assert scene.background == "yellow"
    assert objects(scene) == [("star", "green", "large", "center")]


# -- 7. "and in green?": the same change again, another value offered as a question -----------------------------------


def test_and_in_another_value_as_a_question_is_an_edit():
    scene, rw = play(["a red star", "try it in blue", "and in green?"])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "green", "large", "center")]
    for message, want in (
        ("in purple?", ("star", "purple", "large", "center")),
        ("what about in small?", ("star", "red", "small", "center")),
    ):
        scene, rw = play(["a red star", message])
        assert rw.intent == "edit", message
        assert objects(scene) == [want], message
    # a real question is still answered
    _, rw = play(["a red star", "and what colour is it?"])
    assert rw.intent == "chat"


# -- 8. "the first colour", said with English words, goes back to the value it was drawn with ----------------------


def test_the_first_value_in_english_words_goes_back_to_it_not_one_step():
    scene, rw = play(["a red square 中间", "颜色换成 green", "再换 blue", "还是 first colour 好，换回去"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "red", "large", "center")]
    scene, _ = play(["a yellow star", "make it purple", "now orange", "go back to that first colour"])
    assert objects(scene) == [("star", "yellow", "large", "center")]
    scene, _ = play(
        ["a big red circle on the left", "make it small", "move it to the right", "go back to the original size"]
    )
    assert objects(scene) == [("circle", "red", "large", "right")]


# -- 9. an object said again after "nah" / "不对" is the one there, said as it should be ------------------------------


def test_an_object_said_again_after_a_correction_word_changes_that_object():
    scene, rw = play(["draw a green star", "nah, red star"])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "red", "large", "center")]
    scene, _ = play(["a green star", "no, a small blue circle"])
    assert objects(scene) == [("circle", "blue", "small", "center")]
    scene, _ = play(["左边一个绿色的星星，右边一个红色方块", "不对，黄色的星星"])
    assert objects(scene) == [("square", "red", "large", "right"), ("star", "yellow", "large", "left")]
    # with no correction word it is still asked: one more, or a new picture?
    _, rw = play(["a green star", "a red star"])
    assert rw.intent == "chat"


# -- 10. "make a yellow star instead, same spot": the one object replaced where it is ------------------------------


def test_another_object_instead_replaces_the_one_object_in_place():
    scene, rw = play(["a black circle bottom right", "actually you know what, make a yellow star instead, same spot"])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "yellow", "large", "bottom-right")]
    scene, _ = play(["a small black circle top left", "hmm. draw a red square instead"])
    assert objects(scene) == [("square", "red", "small", "top-left")]


# -- 11. "要一个…", "还要 blue circle": one more object, and a side said after "旁边" places it ----------------------


def test_wanting_one_more_object_adds_it():
    scene, rw = play(["a big yellow star", "星星上面要一个小的蓝色方块"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "blue", "small", "top"), ("star", "yellow", "large", "center")]
    scene, _ = play(["我要 big red star!!", "还要 small green square 在 left"])
    assert objects(scene) == [("square", "green", "small", "left"), ("star", "red", "large", "center")]
    scene, _ = play(["我要 big red star!!", "还要 blue moon... 不对，blue circle，在 top-right"])
    assert objects(scene) == [("circle", "blue", "large", "top-right"), ("star", "red", "large", "center")]
    # a value wanted for the object is still a change of it
    scene, _ = play(["a big yellow star", "星星要红色的"])
    assert objects(scene) == [("star", "red", "large", "center")]


def test_the_side_said_after_next_to_places_the_added_one_by_that_object():
    scene, rw = play(["我要一个大大的黄色星星", "星星旁边要一个红色的圆圆，在左边", "把它变小"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "red", "small", "left"), ("star", "yellow", "large", "center")]
    scene, _ = play(["a big yellow star at the top right", "add a red circle next to the star, on the left"])
    assert objects(scene) == [("circle", "red", "large", "top"), ("star", "yellow", "large", "top-right")]


# -- 12. "add a star" with no colour and no place: the world gives neither, so both are asked -----------------------


def test_an_add_with_neither_colour_nor_place_is_asked_and_the_answer_adds_it():
    _, rw = play(["a yellow circle in the center", "add a star"])
    assert rw.intent == "chat"
    assert rw.reply == "What colour should the star be, and where should it go?"
    _, rw = play(["中间一个 black square", "add 一个 circle"])
    assert rw.intent == "chat"
    assert rw.reply == "圆形要什么颜色，放在哪里？"
    scene, rw = play(["a yellow circle in the center", "add a star", "a small black one in the top right"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "yellow", "large", "center"), ("star", "black", "small", "top-right")]
    scene, _ = play(["中间一个 black square", "再加一个三角形", "green 的, 放 bottom-left"])
    assert objects(scene) == [("square", "black", "large", "center"), ("triangle", "green", "large", "bottom-left")]
    # with a colour or a place said, it is added as before
    scene, rw = play(["a red circle", "add a yellow star"])
    assert rw.intent == "edit"
    assert len(scene.subjects) == 2
    scene, _ = play(["a red circle", "add a star and make it blue"])
    assert ("star", "blue", "large", "top-left") in objects(scene)


def test_another_colour_asks_for_a_value_not_for_something_to_add():
    for message in ("another colour please", "pick another colour"):
        _, rw = play(["a white star", message])
        assert rw.intent == "chat", message
        assert not rw.reply.startswith("What should I add"), message
    scene, _ = play(["a white star", "another star on the left, red"])
    assert objects(scene) == [("star", "red", "large", "left"), ("star", "white", "large", "center")]


def test_a_thing_refused_is_not_an_object_said_again():
    for message in ("no star", "不是圆形"):
        scene, rw = play(["a green circle", message])
        assert rw.intent == "chat", message
        assert objects(scene) == [("circle", "green", "large", "center")], message
    scene, _ = play(["a big yellow star", "它要一个圆形的"])
    assert objects(scene) == [("circle", "yellow", "large", "center")]  # 要 a value here, not one more
