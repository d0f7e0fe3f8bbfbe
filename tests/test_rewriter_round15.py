"""Round 15: phrasings found missing by fresh batch 15 (our own sentences in their spirit, not the batch's)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

CASES = [
    # traditional characters and pinyin typed without an IME name the same world
    (["紅色的三角形放在左下角"], "draw", "white", [("triangle", "red", "large", "bottom-left")]),
    (["一個綠色的方塊", "再畫一顆黃色的星星在右邊"], "edit", "white",
     [("square", "green", "large", "center"), ("star", "yellow", "large", "right")]),
    (["lanse fangkuai 在 zuoshang"], "draw", "white", [("square", "blue", "large", "top-left")]),
    (["a red star", "add a huangse 小 circle 在 bottom"], "edit", "white",
     [("circle", "yellow", "small", "bottom"), ("star", "red", "large", "center")]),
    # more words about the object just named: after "!", or a Chinese size straight after an English shape
    (["a green circle!! a small one please"], "draw", "white", [("circle", "green", "small", "center")]),
    (["blue square 大的 在 bottom"], "draw", "white", [("square", "blue", "large", "bottom")]),
    # taking back a step said shortly: "take back the last change", ", back", 撤 alone, "bring back the previous one"
    (["a blue star", "add a red square", "take back the last change"], "edit", "white",
     [("star", "blue", "large", "center")]),
    (["a blue star", "background black", "nah, too dark, back"], "edit", "white", [("star", "blue", "large", "center")]),
    (["一个蓝色星星", "改成红色", "变小", "撤", "再撤一次"], "edit", "white", [("star", "blue", "large", "center")]),
    (["a blue star", "new picture: a green circle on black", "hmm, bring back the previous one"], "edit", "white",
     [("star", "blue", "large", "center")]),
    (["左边一个蓝色星星", "换个全新的：黑色背景，中间一个白色方块", "算了，回到蓝色星星那张"], "edit", "white",
     [("star", "blue", "large", "left")]),
    # "下一张：…" starts a new picture
    (["一个蓝色星星", "下一张：右下一个小的绿色圆"], "draw", "white", [("circle", "green", "small", "bottom-right")]),
    # the default background is white: "背景恢复默认", "不要背景色", "reset the background"
    (["紫色背景，左上一个黑色圆", "背景恢复成默认的"], "edit", "white", [("circle", "black", "large", "top-left")]),
    (["黄色背景上一个蓝色方块", "背景色不要了"], "edit", "white", [("square", "blue", "large", "center")]),
    (["a black star on green", "reset the background colour"], "edit", "white", [("star", "black", "large", "center")]),
    # "del" is delete; objects counted the way they were listed ("object 2", "第 1 个", "the 3rd one")
    (["a red circle at the top, a blue star at the bottom", "del the star"], "edit", "white",
     [("circle", "red", "large", "top")]),
    (["a red circle at the top, a blue star at the bottom", "rm 圆"], "edit", "white", [("star", "blue", "large", "bottom")]),
    (["1. yellow square left 2. black circle right", "remove object 2"], "edit", "white",
     [("square", "yellow", "large", "left")]),
    (["左边红星，中间黄星，右边蓝星", "第 1 个改成绿色"], "edit", "white",
     [("star", "blue", "large", "right"), ("star", "green", "large", "left"), ("star", "yellow", "large", "center")]),
    # a grid cell counted by row and column ("第三行第二格", "row 1 column 1")
    (["第三行第二格放个大的紫色三角", "挪到第一行第一格"], "edit", "white", [("triangle", "purple", "large", "top-left")]),
    (["a white circle at row 2 column 3 on black"], "draw", "black", [("circle", "white", "large", "right")]),
    # "统一成": every object made the same; "往下走": a move
    (["左边红圆，右边蓝方块", "两个统一成绿色"], "edit", "white",
     [("circle", "green", "large", "left"), ("square", "green", "large", "right")]),
    (["左边红圆，右边蓝方块", "右边那个往下走"], "edit", "white",
     [("circle", "red", "large", "left"), ("square", "blue", "large", "bottom-right")]),
    # the two objects trading colours said as "their colours"; the background trading with an object
    (["a green star on the left, an orange square on the right", "swap their colors please"], "edit", "white",
     [("square", "green", "large", "right"), ("star", "orange", "large", "left")]),
    (["黑色背景，中间一个白色三角", "背景和三角的颜色互换"], "edit", "white", [("triangle", "black", "large", "center")]),
    # places for the objects in the order named, slashed ("top-right/bottom-left") or "依次"/"in that order" after
    (["a black circle, a yellow square, bottom-left/top-right"], "draw", "white",
     [("circle", "black", "large", "bottom-left"), ("square", "yellow", "large", "top-right")]),
    (["green star, red triangle, top-left, bottom-right, in that order"], "draw", "white",
     [("star", "green", "large", "top-left"), ("triangle", "red", "large", "bottom-right")]),
    # a shape taken back mid-description ("…, i mean star, …", "…，不对，三角形，…"), the place said after it kept
    (["a blue circle, i mean star, at the top"], "draw", "white", [("star", "blue", "large", "top")]),
    (["画一个黄色的方块，不对，圆，放右上"], "draw", "white", [("circle", "yellow", "large", "top-right")]),
    # "补充一个" adds; "最后加的那个" / "刚才画的那个" is the object added last
    (["中间一个黄色方块", "左边补充一个小的黑色圆"], "edit", "white",
     [("circle", "black", "small", "left"), ("square", "yellow", "large", "center")]),
    (["中间一个黄色方块", "右边加一个红色星星", "把刚才加的那个改成蓝色"], "edit", "white",
     [("square", "yellow", "large", "center"), ("star", "blue", "large", "right")]),
    # "也来一个" with every object alike is one more like them; "，但是要小的" is the added one's size
    (["上面一个大的红色三角", "下面再来一个一样的", "中间也加一个，不过要小的"], "edit", "white",
     [("triangle", "red", "large", "bottom"), ("triangle", "red", "large", "top"), ("triangle", "red", "small", "center")]),
    # "一样的圆，放右边" and "give it a twin …" are one more just like it
    (["左边一个黑色的大圆", "一样的圆，放右边"], "edit", "white",
     [("circle", "black", "large", "left"), ("circle", "black", "large", "right")]),
    (["a small yellow triangle at the bottom", "give it a twin at the top"], "edit", "white",
     [("triangle", "yellow", "small", "bottom"), ("triangle", "yellow", "small", "top")]),
    # a list of a new object's words with the verb of adding said last
    (["a purple circle on the left", "star，绿色，小的，右上，加上"], "edit", "white",
     [("circle", "purple", "large", "left"), ("star", "green", "small", "top-right")]),
    # the big one and the small one trading sizes, said as two changes
    (["左边一个大的蓝圆，右边一个小的黄方块", "小的变大，大的变小"], "edit", "white",
     [("circle", "blue", "small", "left"), ("square", "yellow", "large", "right")]),
    (["a large red circle at the top, a small black star at the bottom", "make the big one small and the small one big"],
     "edit", "white", [("circle", "red", "small", "top"), ("star", "black", "large", "bottom")]),
    # the picture mirrored: every object's column (or row) turned over at once
    (["左上一个红圆，右边一个蓝方块", "水平翻转一下"], "edit", "white",
     [("circle", "red", "large", "top-right"), ("square", "blue", "large", "left")]),
    (["a black star at the top, a white circle at the bottom left, grey... no, yellow background",
      "flip the picture upside down"], "edit", "yellow",
     [("circle", "white", "large", "top-left"), ("star", "black", "large", "bottom")]),
    # "the same blue as …" is that object's colour; losing the corners leaves a circle
    (["a blue square on the left, a white star on the right, black background", "paint the star the same blue as the square"],
     "edit", "black", [("square", "blue", "large", "left"), ("star", "blue", "large", "right")]),
    (["a green triangle in the middle", "hmm, get rid of the corners"], "edit", "white",
     [("circle", "green", "large", "center")]),
    (["中间一个黄色方块", "把角去掉吧"], "edit", "white", [("circle", "yellow", "large", "center")]),
    # "换回最早那个 colour": the colour it was drawn with; "oh right, …" agrees, it names no place
    (["一个 blue 的 star 在 top", "改成 red", "再改成 green", "换回最早的 colour 吧"], "edit", "white",
     [("star", "blue", "large", "top")]),
    (["a white square on white... no, on black", "oh right, make it a bit smaller"], "edit", "black",
     [("square", "white", "small", "center")]),
    # the object and the background trading colours: "invert the colours", "紫白反过来"
    (["a white triangle on purple", "invert the colours"], "edit", "white", [("triangle", "purple", "large", "center")]),
    (["紫色背景，白色三角", "紫白反过来"], "edit", "white", [("triangle", "purple", "large", "center")]),
    # a background change with "the circle stays": "再 X" is the background again
    (["a green circle on purple", "bg to yellow, the circle stays", "再 blue"], "edit", "blue",
     [("circle", "green", "large", "center")]),
    # a row said first, then which side ("down in the corner, the right one"): that corner
    (["a big red square down in the corner, the right one"], "draw", "white", [("square", "red", "large", "bottom-right")]),
    # "make the other one match": the value the last edit set, on the other object
    (["a red circle on the left, a blue circle on the right", "make the left one small", "now make the other one match"],
     "edit", "white", [("circle", "blue", "small", "right"), ("circle", "red", "small", "left")]),
    # the background named, then its colour said apart
    (["a black triangle on orange", "hmm", "the orange behind it - make it green"], "edit", "green",
     [("triangle", "black", "large", "center")]),
    # "across to the other corner": the same row, the other side
    (["a yellow star in the bottom right", "move it all the way across to the other corner", "ha, just where i wanted it"],
     "chat", "white", [("star", "yellow", "large", "bottom-left")]),
    # "… below it too" after "… above it": "it" is the object both are placed by, not the one just added
    (["a large white square in the center on black", "put a small red star right above it",
      "and a small red star right below it as well"], "edit", "black",
     [("square", "white", "large", "center"), ("star", "red", "small", "bottom"), ("star", "red", "small", "top")]),
    (["中间一个大的黑色圆", "在它左边加一个小的蓝色三角", "在它右边也加一个小的蓝色三角"], "edit", "white",
     [("circle", "black", "large", "center"), ("triangle", "blue", "small", "left"), ("triangle", "blue", "small", "right")]),
    # "give it a friend. <object>": one more object; "same 的" in a Chinese frame is 一样的
    (["a big red star in the middle", "give it a buddy: small white square top right"], "edit", "white",
     [("square", "white", "small", "top-right"), ("star", "red", "large", "center")]),
    (["上面一个黄色圆", "下面也放一个 same 的"], "edit", "white",
     [("circle", "yellow", "large", "bottom"), ("circle", "yellow", "large", "top")]),
]  # fmt: skip


@pytest.mark.parametrize(("messages", "intent", "background", "want"), CASES)
def test_round15_phrasing(messages, intent, background, want):
    scene, rw = play(messages)
    assert rw.intent == intent
    assert scene.background == background
    assert sorted(objects(scene)) == sorted(want)
