"""Round 20 (shapes): phrasings fresh batch 18 found unread (one test per phrasing class, phrasings of our own)."""

from __future__ import annotations

from tests.dialogue import objects, play

# -- 1. "tri", the short word for a triangle ---------------------------------------------------------------------------


def test_tri_is_a_triangle():
    scene, rw = play(["blue tri, bottom left"])
    assert rw.intent == "draw"
    assert objects(scene) == [("triangle", "blue", "large", "bottom-left")]
    scene, rw = play(["a green circle", "add a small tri on the right"])
    assert rw.intent == "edit"
    assert objects(scene)[0] == ("circle", "green", "large", "center")
    assert objects(scene)[1][0::2] == ("triangle", "small")
    assert objects(scene)[1][3] == "right"
    # "this" is not spelled into a shape
    scene, _ = play(["i have not used this before, a red circle please"])
    assert objects(scene) == [("circle", "red", "large", "center")]


# -- 2. a shape alone, after asking for a shape the world lacks and a remark between ----------------------------------


def test_a_bare_shape_after_an_unknown_shape_and_a_remark_is_the_new_shape():
    scene, rw = play(
        ["a small green square on the left", "make it a hexagon", "oh right, no hexagons", "a triangle then"]
    )
    assert rw.intent == "edit"
    assert objects(scene) == [("triangle", "green", "small", "left")]
    scene, rw = play(["画一个红色的圆", "改成心形", "哦，没有心形啊", "那就三角形吧"])
    assert rw.intent == "edit"
    assert objects(scene) == [("triangle", "red", "large", "center")]
    scene, rw = play(["一个 black 的 square", "变成 heart", "好吧没有", "那 circle 吧"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "black", "large", "center")]


def test_a_bare_shape_after_a_plain_remark_is_not_a_change():
    _, rw = play(["a red square", "nice", "star"])
    assert rw.intent == "chat"
    # the unknown shape two turns back, but an edit was made since: nothing is being answered
    scene, rw = play(["a red square", "make it a hexagon", "make it blue", "star"])
    assert objects(scene) == [("square", "blue", "large", "center")]


# -- 3. an English colour before the short Chinese word for the background ("white 底") -------------------------------


def test_an_english_colour_then_di_is_the_background():
    scene, rw = play(["yellow 底, 右上 purple square"])
    assert rw.intent == "draw"
    assert scene.background == "yellow"
    assert objects(scene) == [("square", "purple", "large", "top-right")]
    scene, _ = play(["green底 一个 white triangle"])
    assert scene.background == "green"
    assert objects(scene) == [("triangle", "white", "large", "center")]
    # "底下" is a place, not the background
    scene, _ = play(["a red circle at the top", "往底下放"])
    assert scene.background == "white"
    assert objects(scene) == [("circle", "red", "large", "bottom")]


# -- 4. "右边那个不要", "不要左边那个": the one described is not wanted ----------------------------------------------------


def test_the_one_described_then_buyao_is_removed():
    start = ["a green star on the left, a red square at the top and a blue circle at the bottom"]
    for message in ("上面那个不要", "红色的不要", "不要左边那个", "那个圆不要了吧"):
        scene, rw = play([*start, message])
        assert rw.intent == "edit", message
        gone = {"上面那个不要": "square", "红色的不要": "square", "不要左边那个": "star", "那个圆不要了吧": "circle"}[
            message
        ]
        assert gone not in [o[0] for o in objects(scene)], message
        assert len(objects(scene)) == 2, message


def test_buyao_that_is_not_an_object_removes_nothing():
    start = ["a green star on the left, a red square at the top and a blue circle at the bottom"]
    for message in ("不要", "我不要这个", "红色的不要变", "我觉得不要"):
        scene, _ = play([*start, message])
        assert len(objects(scene)) == 3, message


# -- 5. "只 keep triangle", "除了 red square 都删掉": an English description kept, every other object goes -------------


def test_keeping_only_an_english_description_in_chinese_removes_the_others():
    start = ["右下 small blue star, 左边 big yellow circle, 上方 small black square"]
    scene, rw = play([*start, "只留 star"])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "blue", "small", "bottom-right")]
    scene, _ = play([*start, "除了 yellow circle 其他都删掉"])
    assert objects(scene) == [("circle", "yellow", "large", "left")]
    # the Chinese description still works
    scene, _ = play([*start, "除了黑色的都删掉"])
    assert objects(scene) == [("square", "black", "small", "top")]


# -- 6. "它 above 放一个 …": an English above / below after 它 is the cell next to it ------------------------------------


def test_an_english_above_or_below_after_ta_places_next_to_it():
    scene, rw = play(["中间 green triangle", "它 below 加一个 small red star"])
    assert rw.intent == "edit"
    assert objects(scene) == [("star", "red", "small", "bottom"), ("triangle", "green", "large", "center")]
    scene, _ = play(["left 一个 white circle", "它 above 画一个 blue square"])
    assert objects(scene) == [("circle", "white", "large", "left"), ("square", "blue", "large", "top-left")]
    # with a place named, "above" is not read as next to it
    scene, _ = play(["中间 green triangle", "右上 加一个 small red star"])
    assert objects(scene) == [("star", "red", "small", "top-right"), ("triangle", "green", "large", "center")]


# -- 7. "整体往右挪一格": the whole picture, each object one step --------------------------------------------------------


def test_the_whole_picture_moves_one_step():
    start = ["top 一个 red star, 左上 一个 small blue circle"]
    scene, rw = play([*start, "整体往下挪一格"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "blue", "small", "left"), ("star", "red", "large", "center")]
    scene, _ = play([*start, "整体往 right 移一格"])
    assert objects(scene) == [("circle", "blue", "small", "top"), ("star", "red", "large", "top-right")]


# -- 8. "往下", "再往左" said alone: one step that way; "回去" alone goes back ------------------------------------------


def test_a_bare_direction_is_one_step_and_huiqu_goes_back():
    scene, rw = play(["一个 green square 在左上", "再往下"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "green", "large", "left")]
    scene, _ = play(["一个 green square 在左上", "往右吧"])
    assert objects(scene) == [("square", "green", "large", "top")]
    scene, rw = play(["一个 green square 在左上", "往右吧", "回去"])
    assert objects(scene) == [("square", "green", "large", "top-left")]
    # a side named (右边) is still that side's cell; "我要回去了" is not an undo
    scene, _ = play(["一个 green square 在左上", "往右边"])
    assert objects(scene) == [("square", "green", "large", "right")]
    scene, rw = play(["一个 green square 在左上", "往右吧", "我要回去了"])
    assert objects(scene) == [("square", "green", "large", "top")]


# -- 9. "ball" is a circle ----------------------------------------------------------------------------------------------


def test_a_ball_is_a_circle():
    scene, rw = play(["a small green ball at the bottom right"])
    assert rw.intent == "draw"
    assert objects(scene) == [("circle", "green", "small", "bottom-right")]
    scene, rw = play(["a black square at the top", "add a white ball below it"])
    assert rw.intent == "edit"
    assert objects(scene) == [("circle", "white", "large", "center"), ("square", "black", "large", "top")]
    # "all" is not read as a ball
    scene, _ = play(["a red star and a blue square on the left", "make all of them small"])
    assert objects(scene) == [("square", "blue", "small", "left"), ("star", "red", "small", "center")]


# -- 10. "换回来", "还是变回来吧" alone take the last step back ---------------------------------------------------------


def test_huan_hui_lai_alone_takes_the_last_step_back():
    start = ["左边一个黄色方块，右边一个紫色三角形", "方块和三角形对调一下"]
    scene, rw = play([*start, "算了还是换回来吧"])
    assert rw.intent == "edit"
    assert objects(scene) == [("square", "yellow", "large", "left"), ("triangle", "purple", "large", "right")]
    scene, _ = play(["一个白色的圆", "改成小的", "变回来"])
    assert objects(scene) == [("circle", "white", "large", "center")]
    # "换成蓝色" is a change, not a step back
    scene, _ = play(["一个白色的圆", "改成小的", "换成蓝色"])
    assert objects(scene) == [("circle", "blue", "small", "center")]
