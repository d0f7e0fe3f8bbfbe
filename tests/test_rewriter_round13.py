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


# -- 3. short typos and sound-alikes of the world's words: "lft", "rgt", "bleu", "sq", 做/作 for 左, 又 for 右 ---------


def test_short_typos_and_sound_alikes_of_places_and_colours_are_mended():
    scene, _ = play(["blue sq on the lft, bg bleu"])
    assert scene.background == "blue"
    assert objects(scene) == [("square", "blue", "large", "left")]
    scene, _ = play(["a green star on the rgt"])
    assert objects(scene) == [("star", "green", "large", "right")]
    scene, _ = play(["作下角一个白色圆形，背景黑色"])
    assert objects(scene) == [("circle", "white", "large", "bottom-left")]
    scene, rw = play(["作下角一个白色圆形，背景黑色", "又上角再放一个红色方块"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "white", "large", "bottom-left"), ("square", "red", "large", "top-right")]
    # 又 as "again" stays itself
    scene, rw = play(["一个红色的圆", "又变小了"])
    assert objects(scene)[0][1] == "red"


# -- 4. 好/这么 + a size said before the noun (好大好大的星星) is the size wanted, not a complaint -------------------


def test_a_fond_size_before_the_noun_is_the_size_wanted():
    scene, _ = play(["画一个好小好小的绿色圆"])
    assert objects(scene) == [("circle", "green", "small", "center")]
    scene, _ = play(["来个这么大的蓝色方块"])
    assert objects(scene) == [("square", "blue", "large", "center")]
    # after a picture, a bare 好大 is still the complaint
    scene, _ = play(["一个红色的圆", "好大"])
    assert objects(scene) == [("circle", "red", "small", "center")]


# -- 5. an earlier value preferred ("还是刚才X的好看", "the first colour was better", "还是 first position 好") ---------


def test_an_earlier_value_preferred_is_put_back():
    scene, rw = play(["一个黄色的星星在左边", "改成绿色", "还是刚才黄色的好"])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "yellow", "large", "left")]
    scene, _ = play(["a blue square", "make it a circle", "hmm, the square looked better"])
    assert objects(scene) == [("square", "blue", "large", "center")]
    scene, _ = play(["a red star top right", "make it white", "now black", "actually the original colour was better"])
    assert objects(scene) == [("star", "red", "large", "top-right")]
    scene, _ = play(["一个 purple circle 在 top", "move it to 左下", "还是原来的位置好"])
    assert objects(scene) == [("circle", "purple", "large", "top")]
    # a background changed, then its old colour preferred
    scene, _ = play(["a white circle on yellow", "bg blue", "the yellow was better"])
    assert scene.background == "yellow"
    assert objects(scene) == [("circle", "white", "large", "center")]
    # a value the dialogue never had is not put on anything
    scene, rw = play(["a white circle", "the red was better"])
    assert rw.intent == "chat"
    assert objects(scene) == [("circle", "white", "large", "center")]


# -- 6. "same colour" with no "as …" in an add is the colour of the object just talked about; "a second one" adds ---


def test_a_bare_same_colour_in_an_add_copies_the_colour_and_a_second_one_is_added():
    scene, rw = play(["a small green square at the top", "now a second one at the bottom, same colour, large"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "green", "large", "bottom"), ("square", "green", "small", "top")]
    scene, _ = play(["左边一个黄色的星星", "右边加一个同色的小方块"])
    assert objects(scene) == [("square", "yellow", "small", "right"), ("star", "yellow", "large", "left")]
    scene, _ = play(["一个白色的圆在中间，背景蓝色", "下面再画个相同颜色的三角形"])
    assert objects(scene) == [("circle", "white", "large", "center"), ("triangle", "white", "large", "bottom")]


# -- 7. "switch the colours / positions / sizes" with two objects: they trade that value ---------------------------


def test_switch_the_colours_or_positions_trades_the_value_between_two_objects():
    scene, rw = play(["a green star top left and a white square bottom right", "switch the colors"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "green", "large", "bottom-right"), ("star", "white", "large", "top-left")]
    scene, _ = play(["a small red circle on the left and a big blue triangle on the right", "now switch positions"])
    assert objects(scene) == [("circle", "red", "small", "right"), ("triangle", "blue", "large", "left")]
    scene, _ = play(["a small red circle on the left and a big blue triangle on the right", "switch sizes"])
    assert objects(scene) == [("circle", "red", "large", "left"), ("triangle", "blue", "small", "right")]
    # three objects: which two is asked, nothing changes
    scene, rw = play(["a red circle, a blue square and a green star", "switch the colours"])
    assert rw.intent == "chat"


# -- 8. after "next to it — which side?", an answer that names a whole new object is that object, as said -----------


def test_an_answer_naming_a_whole_object_after_which_side_is_that_object():
    scene, rw = play(
        ["a white star in the middle", "put something beside it", "a small green square to the left of it"]
    )
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "green", "small", "left"), ("star", "white", "large", "center")]
    # the side alone still completes the asked add
    scene, _ = play(["a white star in the middle", "add a black circle next to it", "below it"])
    assert objects(scene) == [("circle", "black", "large", "bottom"), ("star", "white", "large", "center")]


# -- 9. an edit taken back whole ("- no, leave the star as it is", "不对，方块别动") is dropped; the rest is done ----------


def test_an_edit_taken_back_whole_is_dropped_and_the_rest_done():
    scene, rw = play(
        [
            "a red circle on the left and a red star on the right",
            "make the circle blue and the star small, no, leave the star alone",
        ]
    )
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "blue", "large", "left"), ("star", "red", "large", "right")]
    scene, _ = play(["左边一个红色的圆，右边一个红色的方块", "圆变成黄色，方块变小，不对，方块别动"])
    assert objects(scene) == [("circle", "yellow", "large", "left"), ("square", "red", "large", "right")]


# -- 10. "the square down one" (direction, then the count) is one step, like "the square one down" ------------------


def test_direction_then_count_after_a_shape_is_one_step():
    scene, rw = play(
        ["a white star at the top and a red circle at the bottom", "move the star down one", "and the circle right one"]
    )
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "red", "large", "bottom-right"), ("star", "white", "large", "center")]


# -- 11. "最下面一排放三个…，从右到左…" (a row said with 排, the direction later) puts the objects along that row -------


def test_a_row_said_with_pai_and_a_later_direction_places_along_the_row():
    scene, rw = play(["最下面一排放三个星星，从右到左白、黑、紫，背景黄色"])
    assert rw.intent == "draw"
    assert objects(scene) == [
        ("star", "black", "large", "bottom"),
        ("star", "purple", "large", "bottom-left"),
        ("star", "white", "large", "bottom-right"),
    ]


# -- 12. a bare value with 的 ("大号的", "紫色的") with one object in the picture is that value for it -------------------


def test_a_bare_value_with_de_sets_it_on_the_only_object():
    scene, rw = play(["左上角一个小的白色三角形", "大号的"])
    assert rw.intent == "edit"
    assert objects(scene) == [("triangle", "white", "large", "top-left")]
    scene, _ = play(["左上角一个小的白色三角形", "那就紫色的吧"])
    assert objects(scene) == [("triangle", "purple", "small", "top-left")]
    # with two objects "大的" names one of them: nothing changes
    scene, rw = play(["左边一个小的红色圆，右边一个大的蓝色方块", "大的"])
    assert objects(scene) == [("circle", "red", "small", "left"), ("square", "blue", "large", "right")]
