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
