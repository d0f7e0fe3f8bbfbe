from core import N, S, A, R, B, U, C, Q

MIXED = [
    (["code-switch", "add"], [
        ("帮我画一个 big red star，放 top left", N("white", "star red large top-left")),
        ("再加一个 small 的 blue circle 在 bottom right", A("circle blue small bottom-right")),
        ("nice 就这样", C),
    ]),
    (["code-switch", "background-change"], [
        ("black background，中间一个 yellow 方块", N("black", "square yellow large center")),
        ("background 换成 purple 吧", B("purple")),
    ]),
    (["code-switch", "move", "it-reference"], [
        ("一个 green triangle, 小的, 在右边", N("white", "triangle green small right")),
        ("move 到 top", S(0, pos="top")),
        ("它再 bigger 一点", S(0, size="large")),
    ]),
    (["english-sentence-zh-words", "colour-change"], [
        ("draw a 蓝色 circle in the 中间 on an 橙色 background", N("orange", "circle blue large center")),
        ("make it 白色", S(0, colour="white")),
    ]),
    (["code-switch", "three-objects", "remove"], [
        ("白底, 三个东西: red circle 左上, green star 中间, purple triangle 右下",
         N("white", "circle red large top-left", "star green large center", "triangle purple large bottom-right")),
        ("star 不要了", R(1)),
        ("triangle 换成 square", S(1, shape="square")),
    ]),
    (["code-switch", "undo"], [
        ("orange bg, 一个大的 black 三角形 在 bottom", N("orange", "triangle black large bottom")),
        ("triangle 改 white", S(0, colour="white")),
        ("emm 还是 undo 吧", U),
    ]),
    (["ambiguous", "ask", "code-switch"], [
        ("两个 squares: 左边 red, 右边 yellow, 都 small, blue 背景",
         N("blue", "square red small left", "square yellow small right")),
        ("square 换成 circle", Q),
        ("两个都换", [S(0, shape="circle"), S(1, shape="circle")]),
    ]),
    (["pinyin-ish", "typo", "code-switch"], [
        ("hong se yuan xing zai zhong jian, 就是 red circle center 的意思", N("white", "circle red large center")),
        ("bg 换 hei se, I mean black", B("black")),
    ]),
    (["code-switch", "size-words", "complaint-edit"], [
        ("画个 star, yellow, on purple", N("purple", "star yellow large center")),
        ("too big 了", S(0, size="small")),
        ("ok 现在 perfect", C),
    ]),
    (["code-switch", "question-chat"], [
        ("green 背景 上 一个 white circle 在 top right", N("green", "circle white large top-right")),
        ("这个 size 是 large 还是 small?", C),
        ("换成 small", S(0, size="small")),
    ]),
    (["code-switch", "two-edits"], [
        ("左上 blue star, 右上 red square, yellow bg",
         N("yellow", "star blue large top-left", "square red large top-right")),
        ("star 挪到 bottom left, 然后 square 变 orange", [S(0, pos="bottom-left"), S(1, colour="orange")]),
    ]),
    (["code-switch", "reference-back"], [
        ("一个 purple 圆 在 center", N("white", "circle purple large center")),
        ("颜色 try 一下 green", S(0, colour="green")),
        ("hmm 还是 purple 比较好, 换回来", S(0, colour="purple")),
    ]),
    (["code-switch", "new-scene"], [
        ("red triangle 左边, blue triangle 右边, white bg", N("white", "triangle red large left", "triangle blue large right")),
        ("算了 start over, 黑底 一个 orange star 在中间", N("black", "star orange large center")),
    ]),
    (["code-switch", "relative-position", "add"], [
        ("black 背景, 下方一个 yellow square", N("black", "square yellow large bottom")),
        ("在 square 正上面 放一个 small white circle", A("circle white small center")),
        ("then 在 circle 上面 再放一个 small red triangle", A("triangle red small top")),
    ]),
    (["code-switch", "undo", "remove"], [
        ("white bg, green square 在 left, blue circle 在 right",
         N("white", "square green large left", "circle blue large right")),
        ("delete 那个 circle", R(1)),
        ("不对不对, undo", U),
        ("把 square delete 掉", R(0)),
    ]),
    (["code-switch", "colloquial-position"], [
        ("一个 small 的 purple triangle, 放在 右下角 corner, yellow 背景", N("yellow", "triangle purple small bottom-right")),
        ("挪去 upper left", S(0, pos="top-left")),
    ]),
    (["code-switch", "polite"], [
        ("Hi 你好, 可以 draw 一个 orange circle 吗? 背景 blue, thanks", N("blue", "circle orange large center")),
        ("谢谢! 能不能 make it a star?", S(0, shape="star")),
        ("Thank you 非常棒", C),
    ]),
    (["code-switch", "terse"], [
        ("红 sq 白 bg", N("white", "square red large center")),
        ("small", S(0, size="small")),
        ("右下", S(0, pos="bottom-right")),
    ]),
    (["code-switch", "ambiguous", "move"], [
        ("blue 背景, 中间 一个 white triangle, 右上 一个 small yellow star",
         N("blue", "triangle white large center", "star yellow small top-right")),
        ("move it 到左边", S(1, pos="left")),
        ("还有, change the color", Q),
        ("star 变成 orange", S(1, colour="orange")),
    ]),
    (["code-switch", "shape-change", "size-words"], [
        ("bottom left 一个 huge 的 green circle, black bg", N("black", "circle green large bottom-left")),
        ("换成 tiny 的 triangle", S(0, shape="triangle", size="small")),
    ]),
    (["code-switch", "ack-chat", "add"], [
        ("画个 yellow star 在 top, purple background", N("purple", "star yellow large top")),
        ("哇 so cute", C),
        ("再加个 white square 在 bottom, 小一点的", A("square white small bottom")),
    ]),
    (["code-switch", "background-change", "complaint-edit"], [
        ("white 背景, center 一个 yellow circle", N("white", "circle yellow large center")),
        ("yellow on white 看不太清, bg 换 black", B("black")),
        ("好多了 thanks", C),
    ]),
    (["code-switch", "swap-positions"], [
        ("red star 在 top, green circle 在 bottom, white 背景", N("white", "star red large top", "circle green large bottom")),
        ("两个 swap 一下位置", [S(0, pos="bottom"), S(1, pos="top")]),
    ]),
    (["code-switch", "undo", "background-change"], [
        ("green bg 一个 black square 左下", N("green", "square black large bottom-left")),
        ("bg 换 orange", B("orange")),
        ("undo undo, 绿色好看", U),
        ("square 改 small", S(0, size="small")),
    ]),
    (["code-switch", "three-objects", "colour-change"], [
        ("purple 背景: white star 左上, yellow circle 右上, orange triangle 下面中间",
         N("purple", "star white large top-left", "circle yellow large top-right", "triangle orange large bottom")),
        ("circle 和 triangle 都改 green", [S(1, colour="green"), S(2, colour="green")]),
        ("looks good 👍", C),
    ]),
    (["code-switch", "attr-after-noun"], [
        ("circle 一个, color 蓝色, size 小, position 右上; background 黄色", N("yellow", "circle blue small top-right")),
        ("size 改 大", S(0, size="large")),
    ]),
    (["code-switch", "question-chat", "shape-change"], [
        ("square, black, 在 center, white bg", N("white", "square black large center")),
        ("可以 rotate 吗? 想要 diamond 的感觉", C),
        ("ok 那就 triangle 吧", S(0, shape="triangle")),
    ]),
    (["code-switch", "self-correction"], [
        ("画 orange circle 在 left... 不, right, 背景 blue", N("blue", "circle orange large right")),
        ("再加 small red star 在 left", A("star red small left")),
    ]),
    (["code-switch", "remove", "ambiguous"], [
        ("white bg, 左上 red circle, 右上 red triangle", N("white", "circle red large top-left", "triangle red large top-right")),
        ("把 red 的那个去掉", Q),
        ("triangle", R(1)),
    ]),
    (["code-switch", "move", "relative-position"], [
        ("中间 一个 blue star, 左边 一个 yellow square, black 背景", N("black", "star blue large center", "square yellow large left")),
        ("star 往 right 挪一格", S(0, pos="right")),
        ("square 往 up 挪一格", S(1, pos="top-left")),
    ]),
    (["code-switch", "hurried"], [
        ("quick quick, 白底 purple triangle top", N("white", "triangle purple large top")),
        ("加 green circle bottom", A("circle green large bottom")),
        ("circle small", S(1, size="small")),
        ("ok done 谢", C),
    ]),
    (["code-switch", "child"], [
        ("我想要一个 big big 的 yellow 太阳 circle 在 top right!!", N("white", "circle yellow large top-right")),
        ("还有 blue 的 sky 背景", B("blue")),
        ("再画一个 green 小 triangle 当 tree, 在 bottom left", A("triangle green small bottom-left")),
    ]),
    (["code-switch", "undo", "shape-change"], [
        ("red bg, 一个 white star 在中间", N("red", "star white large center")),
        ("变 circle", S(0, shape="circle")),
        ("撤回 pls", U),
        ("那变 square", S(0, shape="square")),
    ]),
    (["code-switch", "non-native"], [
        ("Please draw 一个 green square, position is 左上, background 是 white", N("white", "square green large top-left")),
        ("Please the square 变 purple and 放 to 中间", S(0, colour="purple", pos="center")),
    ]),
    (["code-switch", "add", "remove"], [
        ("orange 背景, black circle 在 top left", N("orange", "circle black large top-left")),
        ("加 white square 在 bottom right", A("square white large bottom-right")),
        ("circle 去掉, 只留 square", R(0)),
    ]),
    (["code-switch", "ask", "add"], [
        ("blue bg, 一个 yellow triangle 在中间", N("blue", "triangle yellow large center")),
        ("再加一个", Q),
        ("一个 small white star 在 top left", A("star white small top-left")),
    ]),
    (["code-switch", "art-director"], [
        ("我要一个很 clean 的构图: single large white circle, dead center, 黑色背景", N("black", "circle white large center")),
        ("太 plain 了, 换成 star", S(0, shape="star")),
        ("OK, 这个 direction 对了", C),
    ]),
    (["code-switch", "size-words", "two-edits"], [
        ("左下 一个 small red square, 右上 一个 large green star, white 背景",
         N("white", "square red small bottom-left", "star green large top-right")),
        ("square 变大, star 变小", [S(0, size="large"), S(1, size="small")]),
    ]),
    (["code-switch", "background-anywhere"], [
        ("右边一个 purple triangle, 左边一个 orange circle, 然后 background 要 yellow",
         N("yellow", "triangle purple large right", "circle orange large left")),
        ("triangle 移到 bottom right", S(0, pos="bottom-right")),
    ]),
    (["code-switch", "question-chat"], [
        ("black 底, 一个小 white star 右下", N("black", "star white small bottom-right")),
        ("what does this star 有几个角?", C),
        ("ok 放到 center 去", S(0, pos="center")),
    ]),
    (["code-switch", "typo"], [
        ("bule 圆 在 top rigth, whiet bg", N("white", "circle blue large top-right")),
        ("加个 yelow star 在 botom left", A("star yellow large bottom-left")),
    ]),
    (["code-switch", "restart", "new-scene"], [
        ("green star 左上, red star 右下, white bg", N("white", "star green large top-left", "star red large bottom-right")),
        ("全部 clear 掉 重新来: 一个 blue square, 在 bottom, orange 背景", N("orange", "square blue large bottom")),
        ("square 改成 small", S(0, size="small")),
    ]),
    (["code-switch", "colour-change", "it-reference"], [
        ("white bg, 上面 black triangle, 下面 red circle", N("white", "triangle black large top", "circle red large bottom")),
        ("把 circle 改成 purple", S(1, colour="purple")),
        ("它再小一点", S(1, size="small")),
    ]),
    (["code-switch", "undo", "two-edits"], [
        ("purple bg, yellow circle 左边", N("purple", "circle yellow large left")),
        ("circle 变 star 同时 移到 right", S(0, shape="star", pos="right")),
        ("nope, 回到上一步", U),
        ("只要 move 到 right 就好", S(0, pos="right")),
    ]),
    (["code-switch", "complaint-edit", "move"], [
        ("一个 small orange square, 在 top left, black 背景", N("black", "square orange small top-left")),
        ("太偏了, 放 middle 吧", S(0, pos="center")),
    ]),
    (["code-switch", "long-first"], [
        ("ok 我想要这样: background 是 green, top left 有一个 large white triangle, 然后 center 放一个 small black circle, bottom right 再来一个 large yellow star",
         N("green", "triangle white large top-left", "circle black small center", "star yellow large bottom-right")),
        ("star 换 orange, 其他不动", S(2, colour="orange")),
        ("👌", C),
    ]),
    (["code-switch", "add", "relative-position"], [
        ("red circle 在 center, white bg", N("white", "circle red large center")),
        ("circle 的 left 放一个 blue square, right 放一个 blue triangle", [A("square blue large left"), A("triangle blue large right")]),
    ]),
    (["code-switch", "shape-change", "reference"], [
        ("top 一个 green square, bottom 一个 green square, black 背景", N("black", "square green large top", "square green large bottom")),
        ("上面那个 square 变 circle", S(0, shape="circle")),
        ("下面那个变 star", S(1, shape="star")),
    ]),
    (["code-switch", "chat", "background-change"], [
        ("yellow 背景, 左边 blue star", N("yellow", "star blue large left")),
        ("背景可以用 gradient 吗?", C),
        ("不行的话 red 吧", B("red")),
    ]),
    (["code-switch", "undo", "add"], [
        ("white 底 一个 black star 在 right", N("white", "star black large right")),
        ("加一个 red circle 在 left", A("circle red large left")),
        ("undo 一下", U),
        ("加 orange circle 在 left 吧", A("circle orange large left")),
    ]),
]
