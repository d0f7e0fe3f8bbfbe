"""Round 14: phrasings found missing by fresh batch 14 (our own sentences in their spirit, not the batch's)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

CASES = [
    # phone-style skeletons of the world's words, and a colour missing its last letter
    (["grn sq btm rt n a blk circle tp left on wht bg"], "draw", "white",
     [("circle", "black", "large", "top-left"), ("square", "green", "large", "bottom-right")]),
    (["a red circle", "mve it to the btm"], "edit", "white", [("circle", "red", "large", "bottom")]),
    (["蓝色方块在中间", "右下加个 whit circle"], "edit", "white",
     [("circle", "white", "large", "bottom-right"), ("square", "blue", "large", "center")]),
    # Chinese typed by sound: 被景 for 背景, 园 for 圆 as a subject, 变校 for 变小
    (["紫被景 黄园 左上"], "draw", "purple", [("circle", "yellow", "large", "top-left")]),
    (["紫被景 黄园 左上", "园变校"], "edit", "purple", [("circle", "yellow", "small", "top-left")]),
    # a counted step ("down two", "two cells to the left", "往右走两格") moves that many cells, keeping the other axis
    (["a blue star at the top left", "down two"], "edit", "white", [("star", "blue", "large", "bottom-left")]),
    (["a blue star at the top right", "move it two cells to the left"], "edit", "white",
     [("star", "blue", "large", "top-left")]),
    (["左下角一个黄色方块", "往右走两格"], "edit", "white", [("square", "yellow", "large", "bottom-right")]),
    (["左下角一个黄色方块", "往上 shift 两格"], "edit", "white", [("square", "yellow", "large", "top-left")]),
    # a bare "one to the left" after a move is one more step, not the left column
    (["a red circle at the bottom", "move it up one", "and one to the left"], "edit", "white",
     [("circle", "red", "large", "left")]),
    # towards an English corner in a Chinese frame is that corner
    (["一个 green star 在中间", "往 bottom left 挪"], "edit", "white", [("star", "green", "large", "bottom-left")]),
    # a coloured field or paper is the background
    (["purple paper, a white square in the top right"], "draw", "purple", [("square", "white", "large", "top-right")]),
    # two objects trading colours: said crosswise, as two bare colours, or "红蓝对调"
    (["a blue star on the left, a yellow circle on the right", "turn the blue one yellow and the yellow one blue"],
     "edit", "white", [("circle", "blue", "large", "right"), ("star", "yellow", "large", "left")]),
    (["a blue star on the left, a yellow circle on the right", "switch yellow and blue"], "edit", "white",
     [("circle", "blue", "large", "right"), ("star", "yellow", "large", "left")]),
    (["左边红色方块，右边绿色三角", "红绿互换"], "edit", "white",
     [("square", "green", "large", "left"), ("triangle", "red", "large", "right")]),
    # "上下换一下", "左右对调": the objects at either end trade places; with no two ends, which is asked
    (["左边一个白色圆，右边一个黑色星星，背景红色", "左右换一下"], "edit", "red",
     [("circle", "white", "large", "right"), ("star", "black", "large", "left")]),
    (["左边一个白色圆，右边一个黑色星星，背景红色", "上下对调"], "chat", "red",
     [("circle", "white", "large", "left"), ("star", "black", "large", "right")]),
    # an object said again after "no wait" / "不对" / "……" replaces the first, or finishes the one cut off
    (["a red star, no wait, a red triangle, at the bottom left"], "draw", "white",
     [("triangle", "red", "large", "bottom-left")]),
    (["一个 blue... 不对，yellow 的 circle 在 right"], "draw", "white", [("circle", "yellow", "large", "right")]),
    (["右下角一个红色星星，左上角一个……不，是正上方，一个绿色圆"], "draw", "white",
     [("circle", "green", "large", "top"), ("star", "red", "large", "bottom-right")]),
    (["a red square, no wait, a red star, top left", "make it larger- hm, it's large already. blue then"],
     "edit", "white", [("star", "blue", "large", "top-left")]),
    # "ditch the one on the left" names an object to remove, not the last change; "刚才这一步算了" is an undo
    (["a red circle on the left, a blue square on the right", "ditch the one on the left"], "edit", "white",
     [("square", "blue", "large", "right")]),
    (["一个红色圆形", "圆改成蓝色", "刚才这一步算了"], "edit", "white", [("circle", "red", "large", "center")]),
    # a learner's "the corner of down right"; "紧挨着" between a side and the verb says nothing the grid shows
    (["a purple square", "put a tiny yellow star in the corner of down right"], "edit", "white",
     [("square", "purple", "large", "center"), ("star", "yellow", "small", "bottom-right")]),
    (["右边一个绿色星星", "星星左边紧挨着画一个小的红色圆"], "edit", "white",
     [("circle", "red", "small", "center"), ("star", "green", "large", "right")]),
    # "also want a …" / "want 一个 …" asks for one more object
    (["a black circle at the top", "also want a small white square at the bottom"], "edit", "white",
     [("circle", "black", "large", "top"), ("square", "white", "small", "bottom")]),
    (["a black circle at the top", "also want 一个 small orange triangle 在 left"], "edit", "white",
     [("circle", "black", "large", "top"), ("triangle", "orange", "small", "left")]),
    # praise of what was just done ("move 得不错", "改得很好") or of a colour it has ("蓝色更顺眼") changes nothing
    (["一个 green star 在 left", "move 到 right", "嗯，move 得不错"], "chat", "white",
     [("star", "green", "large", "right")]),
    (["蓝色背景，中间一个白色方块", "对，蓝色更顺眼"], "chat", "blue", [("square", "white", "large", "center")]),
    # thanks, then a question: the question is answered, nothing changes
    (["a big orange circle and a small star", "great. what colour is the star btw"], "chat", "white",
     [("circle", "orange", "large", "center"), ("star", "red", "small", "top-left")]),
    # an English verb of changing with 成 ("全部 change 成 star") is 改成, for every object
    (["左边 blue circle，右边 blue circle", "全部 turn 成 square"], "edit", "white",
     [("square", "blue", "large", "left"), ("square", "blue", "large", "right")]),
    # "都小一点" after describing every object: all of them small
    (["左边一个绿三角，右边也一个绿三角，都小一点"], "draw", "white",
     [("triangle", "green", "small", "left"), ("triangle", "green", "small", "right")]),
    # a verb of placing right before a coloured shape places one ("再在左下画红三角")
    (["中间一个白色方块", "再在左下画红三角"], "edit", "black",
     [("square", "white", "large", "center"), ("triangle", "red", "large", "bottom-left")]),
    # colours listed "分别" / "respectively" go to the objects in the order they were described
    (["两个方块，左边和右边，颜色分别是紫、橙"], "draw", "white",
     [("square", "orange", "large", "right"), ("square", "purple", "large", "left")]),
    (["two triangles, top and bottom, in green and black respectively"], "draw", "white",
     [("triangle", "black", "large", "bottom"), ("triangle", "green", "large", "top")]),
    # a side said with "same height" / "同一行" keeps the row (with "same column", the column)
    (["a small red star at the top left", "push the star across to the right side, same row"], "edit", "white",
     [("star", "red", "small", "top-right")]),
    (["左下角一个蓝色方块", "挪到右边，高度不变"], "edit", "white", [("square", "blue", "large", "bottom-right")]),
    (["a white circle at the bottom left, on black", "move it to the top, same column"], "edit", "black",
     [("circle", "white", "large", "top-left")]),
    # 正上面 / 正下边 are 正上方 / 正下方: a place measured from the object named, which stays
    (["中间一个黄色星星", "星星正下边放一个小的紫色圆"], "edit", "white",
     [("circle", "purple", "small", "bottom"), ("star", "yellow", "large", "center")]),
    # the attribute named first, then "原来的": only it goes back; "the first background" is the one drawn with
    (["左边一个红色星星", "改成蓝色，挪到右边", "颜色还是原来的好"], "edit", "white", [("star", "red", "large", "right")]),
    (["a green circle on purple", "make the background yellow", "now black", "the first background was better"],
     "edit", "purple", [("circle", "green", "large", "center")]),
    # a background the colour of an object is set when the same message recolours that object
    (["a yellow triangle on a blue background", "make the background yellow and the triangle purple"], "edit",
     "yellow", [("triangle", "purple", "large", "center")]),
    # after "a yellow background would hide the triangle": recolouring the triangle answers, the background follows
    (["a yellow triangle on a blue background", "make the background yellow", "ok, turn the triangle black then"],
     "edit", "yellow", [("triangle", "black", "large", "center")]),
    (["蓝色背景，一个黄色三角形", "背景换成黄色", "那三角形改成红色吧"], "edit", "yellow",
     [("triangle", "red", "large", "center")]),
    # "make it green then" there is the background asked about
    (["a yellow triangle on a blue background", "make the background yellow", "ok, make it green then"], "edit",
     "green", [("triangle", "yellow", "large", "center")]),
    # a shape the picture lacks, put somewhere with its look said (after its add was undone): it is added there
    (["a purple square on the left", "add a small black triangle on the right", "undo",
      "triangle 放 bottom right 吧，small black"], "edit", "white",
     [("square", "purple", "large", "left"), ("triangle", "black", "small", "bottom-right")]),
    # "颜色退回去": that attribute's last change taken back, the other change kept
    (["中间一个绿色方块", "改成红色", "再改成黄色，变小", "颜色退回去"], "edit", "white",
     [("square", "red", "small", "center")]),
    # an edit taken back whole at the end of its message ("…? never mind, leave it", "……算了，不改了"): nothing changes
    (["a big green star", "make it purple? nah, never mind, leave it"], "chat", "white",
     [("star", "green", "large", "center")]),
    (["一个大的绿色星星", "把它挪到左边……算了，不改了"], "chat", "white", [("star", "green", "large", "center")]),
    # "跟它一样": "it" is the object last talked about, its value copied to the one named
    (["左边一个红色方块，右边一个白色圆", "圆改成紫色", "方块也跟它一样的颜色"], "edit", "black",
     [("circle", "purple", "large", "right"), ("square", "purple", "large", "left")]),
    # a new object, then only where it goes ("…, red, below it"): one clause, placed from the object there
    (["a yellow square at the top", "fine, a circle then, green, below it"], "edit", "white",
     [("circle", "green", "large", "center"), ("square", "yellow", "large", "top")]),
]  # fmt: skip


@pytest.mark.parametrize(("messages", "intent", "background", "want"), CASES)
def test_round14_phrasing(messages, intent, background, want):
    scene, rw = play(messages)
    assert rw.intent == intent
    assert scene.background == background
    assert sorted(objects(scene)) == sorted(want)
