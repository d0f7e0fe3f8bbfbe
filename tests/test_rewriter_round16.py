"""Round 16: phrasings found missing by fresh batch 16 (our own sentences in their spirit, not the batch's)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

TWO = "a green triangle on the left and an orange circle on the right"
TWO_ZH = "左边一个绿色三角形，右边一个橙色圆"

ASKS = [
    # a move into a taken cell: swapping or moving the other one is a guess, so it is asked (batches 7, 10, 14, 16)
    (
        [TWO, "put the triangle on the right"],
        "That place already holds the circle. Should the triangle and the circle swap places, or should the triangle go "
        "somewhere else?",
    ),
    ([TWO, "slide the circle over to the left"], None),
    ([TWO_ZH, "把三角形放到右边去"], "那里已经有圆形了。三角形和圆形交换位置，还是三角形放到别处？"),
    # two of a shape: the question names each by its colour
    (
        ["a red square top left and a blue square in the middle", "move the red square to the center"],
        "That place already holds the blue square. Should the red square and the blue square swap places, or should the "
        "red square go somewhere else?",
    ),
    # an object made the background's colour would vanish (batches 12, 14, 15, 16)
    (
        ["a purple star on black", "make the star black"],
        "The background is black, so a black star would not show. Which other colour should the star be?",
    ),
    (["黄色背景，一个蓝色方块", "方块也换成黄色的"], "背景是黄色的，黄色的正方形会看不出来。正方形换成什么颜色？"),
    (["white square on green", "square 改成 green"], None),
    # the others do not agree on the value: which one to match is asked
    (
        [
            "a small red circle top left and a big blue circle top right",
            "add a big star at the bottom",
            "make the star the same size as the others",
        ],
        "Which object should it match?",
    ),
]


ASKS += [
    # a new object said bare right after a draw: one more here, or a new picture? (batches 11, 14, 15)
    (["a yellow square on the left", "now a purple triangle"], "Add it to this picture, or start a new picture?"),
    (["a yellow square on the left", "a small black star"], "Add it to this picture, or start a new picture?"),
    (["左边一个黄色方块", "一个紫色的三角形"], "加到这张图里，还是重新画一张？"),
]


BACK = ["a blue square on the left", "make it a star", "background black"]
BACK_ZH = ["左边一个蓝色方块", "改成星星", "背景换成黑色"]
ASKS += [
    # "恢复原样" / "back to the original" after several edits: one step, or all the way? (batch 15 zh-036)
    ([*BACK_ZH, "恢复原样"], "撤回一步，还是一直回到最初画的样子？"),
    ([*BACK, "change it back to the original"], "Go back one step, or all the way back to the picture as first drawn?"),
]

ASKS += [(["左上一个大红圆，右下一个小蓝星", "颜色换一下"], None)]


@pytest.mark.parametrize("messages, reply", ASKS)
def test_asks_change_nothing(messages, reply):
    before, _ = play(messages[:-1])
    scene, rw = play(messages)
    assert rw.intent == "chat"
    assert objects(scene) == objects(before) and scene.background == before.background
    if reply is not None:
        assert rw.reply == reply


EDITS = [
    # the answer to the question: "swap them", or the other one out of the way and the move said again
    (
        [TWO, "put the triangle on the right", "just swap them"],
        "white",
        [("circle", "orange", "large", "left"), ("triangle", "green", "large", "right")],
    ),
    (
        [TWO_ZH, "三角形移到右边", "那就交换一下"],
        "white",
        [("circle", "orange", "large", "left"), ("triangle", "green", "large", "right")],
    ),
    (
        [TWO, "put the triangle on the right", "ok, move the circle to the top, then move the triangle there"],
        "white",
        [("circle", "orange", "large", "top"), ("triangle", "green", "large", "right")],
    ),
    ([TWO_ZH, "三角形移到右边", "那就删掉圆，三角形移过去"], "white", [("triangle", "green", "large", "right")]),
    # a colour the background does not have still changes; so does one set with a new background in one message
    (["a purple star on black", "make the star white"], "black", [("star", "white", "large", "center")]),
    (
        ["a purple star on black", "make the star black and the background yellow"],
        "yellow",
        [("star", "black", "large", "center")],
    ),
    # "between them": the cell halfway between the two objects (a row's middle, a column's middle, the centre)
    (
        ["a red square top left and a blue square top right", "put a green triangle in between them"],
        "white",
        [
            ("square", "blue", "large", "top-right"),
            ("square", "red", "large", "top-left"),
            ("triangle", "green", "large", "top"),
        ],
    ),
    (
        ["左上一个红色圆，左下一个蓝色圆", "它们中间再放一个黄色方块"],
        "white",
        [
            ("circle", "blue", "large", "bottom-left"),
            ("circle", "red", "large", "top-left"),
            ("square", "yellow", "large", "left"),
        ],
    ),
    (
        ["a black star on the left and a black circle on the right", "add a small red square between the two"],
        "white",
        [
            ("circle", "black", "large", "right"),
            ("square", "red", "small", "center"),
            ("star", "black", "large", "left"),
        ],
    ),
    # "as the others" / "跟它们一样": the value every other object shares
    (
        [
            "a small red circle top left and a small blue circle top right",
            "add a big star at the bottom",
            "make the star the same size as the others",
        ],
        "white",
        [
            ("circle", "blue", "small", "top-right"),
            ("circle", "red", "small", "top-left"),
            ("star", "orange", "small", "bottom"),
        ],
    ),
    (
        ["左边一个绿色小方块，右边一个绿色大圆", "中间加一个红色大三角形", "三角形跟它们一样的颜色"],
        "white",
        [
            ("circle", "green", "large", "right"),
            ("square", "green", "small", "left"),
            ("triangle", "green", "large", "center"),
        ],
    ),
]


EDITS += [
    # 靠上 / 靠下 said on its own: that row's middle
    (["黑底黄色星星，大号，靠下"], "black", [("star", "yellow", "large", "bottom")]),
    # "drop it to small", "bump it back up to large": that size
    (["a big red square", "drop it to small"], "white", [("square", "red", "small", "center")]),
    (
        ["a small red square", "ok bump it back up to large and move it left"],
        "white",
        [("square", "red", "large", "left")],
    ),
    # 弄成 / 搞成 is 改成
    (["一个蓝色三角形", "搞成紫色的"], "white", [("triangle", "purple", "large", "center")]),
    (
        ["左边一个蓝圆，右边一个蓝方块", "都弄成大的"],
        "white",
        [("circle", "blue", "large", "left"), ("square", "blue", "large", "right")],
    ),
    # "make everything green": every object (the background is "the whole thing" / "behind everything")
    (
        ["a red circle top left and a blue star bottom right, on black", "make everything green"],
        "black",
        [("circle", "green", "large", "top-left"), ("star", "green", "large", "bottom-right")],
    ),
    (
        ["a red circle top left and a blue star bottom right, on black", "make the whole thing green"],
        "green",
        [("circle", "red", "large", "top-left"), ("star", "blue", "large", "bottom-right")],
    ),
]


EDITS += [
    # the answer: "add it, <place>" adds the object asked about; a said place or verb is no bare object
    (
        ["a yellow square on the left", "now a purple triangle", "add it, bottom right"],
        "white",
        [("square", "yellow", "large", "left"), ("triangle", "purple", "large", "bottom-right")],
    ),
    (
        ["左边一个黄色方块", "一个紫色的三角形", "加进去，放右上"],
        "white",
        [("square", "yellow", "large", "left"), ("triangle", "purple", "large", "top-right")],
    ),
    (
        ["a yellow square on the left", "a purple triangle on the right"],
        "white",
        [("square", "yellow", "large", "left"), ("triangle", "purple", "large", "right")],
    ),
    (
        ["a yellow square on the left", "and a purple triangle"],
        "white",
        [("square", "yellow", "large", "left"), ("triangle", "purple", "large", "center")],
    ),
    (
        ["a yellow square on the left", "make it blue", "a purple triangle"],
        "white",
        [("square", "blue", "large", "left"), ("triangle", "purple", "large", "center")],
    ),
]


EDITS += [
    # after one edit it is plain undo; after the question, the answer says how far
    (["左边一个蓝色方块", "改成星星", "恢复原样"], "white", [("square", "blue", "large", "left")]),
    ([*BACK_ZH, "恢复原样", "回到一开始画的那样"], "white", [("square", "blue", "large", "left")]),
    ([*BACK_ZH, "恢复原样", "上一步就行"], "white", [("star", "blue", "large", "left")]),
    ([*BACK, "back to the original", "all the way"], "white", [("square", "blue", "large", "left")]),
    ([*BACK, "back to the original", "only the last change"], "white", [("star", "blue", "large", "left")]),
]

EDITS += [
    # a value taken back, then a further step: the corrected value, and the step
    (["一个橙色方块", "换成紫色…不对，还是黄色吧，然后放到左上"], "white", [("square", "yellow", "large", "top-left")]),
    # "两个大小换一下": the two trade that value ("颜色换一下" alone is a new colour, asked about)
    (
        ["左上一个大红圆，右下一个小蓝星", "它们的颜色换一下"],
        "white",
        [("circle", "blue", "large", "top-left"), ("star", "red", "small", "bottom-right")],
    ),
    (
        ["左上一个大红圆，右下一个小蓝星", "两个大小换换"],
        "white",
        [("circle", "red", "small", "top-left"), ("star", "blue", "large", "bottom-right")],
    ),
]

EDITS += [
    # "往最顶上挪": to that edge, in the column (or row) it is in
    (["右下一个黑色方块", "往最顶上挪"], "white", [("square", "black", "large", "top-right")]),
    (["右下一个黑色方块", "向最左边移一下"], "white", [("square", "black", "large", "bottom-left")]),
    (["中间一个黑色方块", "往最底下挪"], "white", [("square", "black", "large", "bottom")]),
]

EDITS += [
    # "on black - …": a dash after the background colour ends it, as a comma does
    (
        ["two squares on purple - a white one top left and an orange one bottom right", "make the orange one small"],
        "purple",
        [("square", "orange", "small", "bottom-right"), ("square", "white", "large", "top-left")],
    ),
]

EDITS += [
    # "one more step to the right": one cell that way, whatever the last step was
    (
        ["a big blue circle top right", "move it down one", "and one more step to the left"],
        "white",
        [("circle", "blue", "large", "center")],
    ),
    (
        ["a big blue circle top right", "move it left one", "ok another cell down"],
        "white",
        [("circle", "blue", "large", "center")],
    ),
]

EDITS += [
    # "and one at the bottom, but green" with the objects all alike: one more like them, but for what is said
    (
        ["a big orange star top left", "add the same thing top right", "and one at the bottom, but green"],
        "white",
        [
            ("star", "green", "large", "bottom"),
            ("star", "orange", "large", "top-left"),
            ("star", "orange", "large", "top-right"),
        ],
    ),
    (
        ["左上一个小绿圆", "右上也来一个一样的", "下面再一个，但是 black"],
        "white",
        [
            ("circle", "black", "small", "bottom"),
            ("circle", "green", "small", "top-left"),
            ("circle", "green", "small", "top-right"),
        ],
    ),
]


@pytest.mark.parametrize("messages, background, want", EDITS)
def test_edits(messages, background, want):
    scene, rw = play(messages)
    assert rw.intent == ("draw" if len(messages) == 1 else "edit")
    assert scene.background == background
    assert objects(scene) == want
