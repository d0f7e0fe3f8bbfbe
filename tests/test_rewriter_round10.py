"""Round 10: mechanisms found missing by fresh batch 9 (one test per mechanism, phrasings of our own)."""

from __future__ import annotations

from core.language import lexicon as lx
from tests.dialogue import objects, play

# -- 1. a learner's hyphenated corner ("down-left", "up-right") with no "corner" after it ---------------------


def test_a_hyphenated_learner_corner_is_that_corner():
    scene, _ = play(["one yellow square, the place is up-left"])
    assert objects(scene) == [("square", "yellow", "large", "top-left")]
    scene, _ = play(["a red circle", "the circle must go to down-right now"])
    assert objects(scene) == [("circle", "red", "large", "bottom-right")]
    scene, _ = play(["a red circle", "put it right-up"])
    assert objects(scene) == [("circle", "red", "large", "top-right")]


# -- 2. 再放到 is a move, not an add ----------------------------------------------------------------------------


def test_zai_fang_dao_a_place_moves_the_object():
    scene, rw = play(["右下放一个小蓝方块", "再放到左上角"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "blue", "small", "top-left")]


# -- 3. "it looked better before" takes the last change back ----------------------------------------------------


def test_looked_better_before_is_an_undo():
    scene, rw = play(["a white triangle on a black background", "make it green", "no, it looked better earlier"])
    assert rw.intent == "edit"
    assert objects(scene) == [("triangle", "white", "large", "center")]


# -- 4. Chinese: 天空 is the background; 园 typed for 圆, 放 typed for 方 -------------------------------------


def test_the_chinese_sky_is_the_background():
    scene, rw = play(["左边一个白色星星", "把天空涂成黑色"])
    assert rw.intent == "edit" and scene.background == "black"
    assert objects(scene) == [("star", "white", "large", "left")]
    assert lx.normalise("在天空画一个太阳") == "在天空画一个太阳"


def test_yuan_and_fang_typed_for_circle_and_place():
    scene, _ = play(["左下来一个大的橙色园", "把它挪到上放"])
    assert objects(scene) == [("circle", "orange", "large", "top")]
    assert lx.normalise("公园") == "公园" and lx.normalise("放大") == "放大"


# -- 5. 往上 + an English verb of moving + 一格 ------------------------------------------------------------------


def test_an_english_move_verb_after_a_chinese_direction_is_one_step():
    scene, rw = play(["一个绿色三角形在中间", "往下 shift 一格"])
    assert rw.intent == "edit"
    assert objects(scene) == [("triangle", "green", "large", "bottom")]


# -- 6. 在 X 的 + an English side + a verb of adding: the new object goes beside X -----------------------------


def test_an_english_side_after_zai_x_de_places_the_add_beside_x():
    scene, rw = play(["a small red square in the middle", "在 square 的 right 放一个 big green triangle"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "red", "small", "center"), ("triangle", "green", "large", "right")]


# -- 7. "… at the top right small one": a size and "one" after the place, no comma, still the same object -------


def test_a_bare_size_one_after_the_place_is_the_same_object():
    scene, _ = play(["a white square in the middle", "add a black star at the top right small one"])
    assert objects(scene) == [("square", "white", "large", "center"), ("star", "black", "small", "top-right")]


# -- 8. two of a shape told apart by size, then each placed by its size ("big one on the left") ---------------


def test_two_of_a_shape_placed_by_their_size_afterwards():
    scene, _ = play(["a small circle and a big circle, both red, small one at the top, big one at the bottom"])
    assert objects(scene) == [("circle", "red", "large", "bottom"), ("circle", "red", "small", "top")]
    scene, _ = play(["两个三角形，一个小一个大，都是绿色，小的放右下，大的放左上"])
    assert objects(scene) == [
        ("triangle", "green", "large", "top-left"),
        ("triangle", "green", "small", "bottom-right"),
    ]
    scene, _ = play(["两个 circle，一个 small 一个 big，都是 white，small 在 left，big 在 right，背景 black"])
    assert scene.background == "black"
    assert objects(scene) == [("circle", "white", "large", "right"), ("circle", "white", "small", "left")]


def test_a_second_object_said_with_an_article_is_still_its_own():
    scene, _ = play(["a big square and a big square on the left"])
    assert len(scene.subjects) == 2


# -- 9. the answer to "which one?": "the smaller" with no "one", "left 的" code-switched ------------------------


def test_a_bare_comparative_answers_which_one():
    scene, rw = play(["a small square at the top and a big square at the bottom, both orange", "make the square red"])
    assert rw.intent == "chat"
    scene, rw = play(
        ["a small square at the top and a big square at the bottom, both orange", "make the square red", "the smaller"]
    )
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "orange", "large", "bottom"), ("square", "red", "small", "top")]


def test_an_english_word_with_de_answers_which_one():
    messages = ["一个 red star 在 left，一个 red star 在 right", "把 star 变 small", "right 的"]
    scene, rw = play(messages)
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "red", "large", "left"), ("star", "red", "small", "right")]


# -- 10. "make the X on the left green": the place after the head says which one, when one is there -----------


def test_a_place_after_the_head_then_a_value_names_which_one():
    """Batch 16 rule (NOTES-shapes.md, also expected by batches 12, 14 and 15: fresh12 mixed-007, fresh14 en-024,
    fresh15 zh-046, fresh16 zh-020, mixed-020): an object made the background's colour is asked about and
    nothing changes; this test is about which object is meant, so its colour is now one the background lacks."""
    scene, rw = play(["a blue square top left and a blue square top right", "make the square on the right orange"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "blue", "large", "top-left"), ("square", "orange", "large", "top-right")]


def test_a_place_after_the_head_with_nothing_there_is_still_where_to_go():
    scene, rw = play(["a yellow triangle", "make the triangle at the bottom small"])
    assert rw.intent == "edit"
    assert objects(scene) == [("triangle", "yellow", "small", "bottom")]


# -- 11. after one change made to several objects at once, "it" is unclear: asked, nothing changes ------------


def test_it_after_a_change_to_several_objects_asks_which():
    messages = ["a green star on the left and a white square on the right", "make both of them small", "turn it red"]
    scene, rw = play(messages)
    assert rw.intent == "chat"
    assert objects(scene) == [("square", "white", "small", "right"), ("star", "green", "small", "left")]
    scene, rw = play(["左边一个绿色星星，右边一个白色方块", "两个都变小", "把它改成红色"])
    assert rw.intent == "chat"
    assert objects(scene) == [("square", "white", "small", "right"), ("star", "green", "small", "left")]


def test_it_after_a_change_to_one_object_is_still_that_one():
    messages = ["a green star on the left and a white square on the right", "make the star small", "turn it red"]
    scene, rw = play(messages)
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "white", "large", "right"), ("star", "red", "small", "left")]


# -- 12. 靠上偏右: towards a row and towards a side is that corner ----------------------------------------------


def test_leaning_towards_a_row_and_a_side_is_the_corner():
    scene, _ = play(["偏右靠上的位置画一个大的蓝色三角形"])
    assert objects(scene) == [("triangle", "blue", "large", "top-right")]
    assert lx.normalise("靠左一点") == "靠左一点"


# -- 13. "the opposite corner", 对角: the cell across the middle from where it is ------------------------------


def test_the_opposite_corner_is_across_the_middle():
    scene, rw = play(["右下角一个白色圆", "把它挪到对角去"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "white", "large", "top-left")]
    scene, _ = play(["a black star on the right", "now move the star to the opposite side"])
    assert objects(scene) == [("star", "black", "large", "left")]


def test_the_opposite_corner_from_the_middle_changes_nothing():
    scene, rw = play(["a black star", "move it to the opposite corner"])
    assert rw.intent == "chat"
    assert objects(scene) == [("star", "black", "large", "center")]
