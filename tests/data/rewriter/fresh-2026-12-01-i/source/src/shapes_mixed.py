D = [
 (["code-switch", "ambiguous", "two-similar"], [
  ("画两个 star，一个 big 一个 small，都是 orange，big 的放 left，small 的放 right，背景 blue", "draw", "blue: orange large star left, orange small star right"),
  ("star 改成 white", "ask", None),
  ("big 那个", "edit", "blue: white large star left, orange small star right"),
 ]),
 (["code-switch", "move"], [
  ("一个 large 的 red square 在 center", "draw", "white: red large square center"),
  ("move 到 top-left 吧", "edit", "white: red large square top-left"),
  ("ok 可以了", "chat", None),
 ]),
 (["code-switch", "two-similar", "remove", "ambiguous"], [
  ("two circles, 都是 black 的 small size, 一个在 top 一个在 bottom, 背景 yellow", "draw", "yellow: black small circle top, black small circle bottom"),
  ("delete 那个 circle", "ask", None),
  ("bottom 那个", "edit", "yellow: black small circle top"),
 ]),
 (["code-switch", "undo", "background-anywhere"], [
  ("purple 背景, 中间 a big yellow triangle", "draw", "purple: yellow large triangle center"),
  ("背景换 green", "edit", "green: yellow large triangle center"),
  ("emm 还是 undo 吧", "undo", None),
 ]),
 (["code-switch", "add", "relative-position"], [
  ("small 蓝色 circle 在 left", "draw", "white: blue small circle left"),
  ("它右边 add 一个 small red star", "edit", "white: blue small circle left, red small star center"),
  ("再在 star 右边加一个 large green square", "edit", "white: blue small circle left, red small star center, green large square right"),
 ]),
 (["code-switch", "shape-change", "two-similar"], [
  ("左上一个 big green triangle，右下一个 big green triangle，white 背景", "draw", "white: green large triangle top-left, green large triangle bottom-right"),
  ("左上那个 triangle 变成 circle", "edit", "white: green large circle top-left, green large triangle bottom-right"),
  ("triangle 改 purple", "edit", "white: green large circle top-left, purple large triangle bottom-right"),
 ]),
 (["code-switch", "question-chat"], [
  ("画个 black 的 large star 在右上, 背景 orange", "draw", "orange: black large star top-right"),
  ("这个 star 是几个角的？", "chat", None),
  ("ok 改成 small", "edit", "orange: black small star top-right"),
 ]),
 (["code-switch", "typo", "move"], [
  ("yelow 的小 sqaure 在 botom right", "draw", "white: yellow small square bottom-right"),
  ("挪到 midle", "edit", "white: yellow small square center"),
 ]),
 (["code-switch", "ambiguous", "it-reference"], [
  ("red circle 在 top-left，blue circle 在 top-right，都 large，背景 white", "draw", "white: red large circle top-left, blue large circle top-right"),
  ("把它改成 small", "ask", None),
  ("the blue one 啦", "edit", "white: red large circle top-left, blue small circle top-right"),
 ]),
 (["code-switch", "two-edits"], [
  ("white 背景，一个 large purple square 在 bottom", "draw", "white: purple large square bottom"),
  ("改 red 顺便 shrink 一下", "edit", "white: red small square bottom"),
  ("背景 black", "edit", "black: red small square bottom"),
 ]),
 (["code-switch", "complaint-edit", "two-similar"], [
  ("两个 yellow star, large 的在 center, small 的在 top-left, 背景 purple", "draw", "purple: yellow large star center, yellow small star top-left"),
  ("不是这样的, small 那个应该在 bottom-right", "edit", "purple: yellow large star center, yellow small star bottom-right"),
  ("ok good 谢啦", "chat", None),
 ]),
 (["code-switch", "remove", "three-objects"], [
  ("三个 shape：left 一个 small red circle，center 一个 small white square，right 一个 small yellow triangle，背景 green", "draw", "green: red small circle left, white small square center, yellow small triangle right"),
  ("remove 中间的 square", "edit", "green: red small circle left, yellow small triangle right"),
  ("undo 一下", "undo", None),
 ]),
 (["code-switch", "ambiguous", "vague"], [
  ("a big blue square 放中间", "draw", "white: blue large square center"),
  ("make it 好看一点", "ask", None),
  ("嗯, 那就改成 orange", "edit", "white: orange large square center"),
 ]),
 (["code-switch", "new-scene"], [
  ("green circle, small, top", "draw", "white: green small circle top"),
  ("换一张新的：黑色背景, bottom-left 一个 large white star", "draw", "black: white large star bottom-left"),
 ]),
 (["code-switch", "reference-by-colour", "move"], [
  ("red triangle 左上, blue triangle 右上, 都 small, 白底", "draw", "white: red small triangle top-left, blue small triangle top-right"),
  ("blue 的 move 到 bottom-right", "edit", "white: red small triangle top-left, blue small triangle bottom-right"),
  ("red 的变 big", "edit", "white: red large triangle top-left, blue small triangle bottom-right"),
 ]),
 (["code-switch", "terse", "undo"], [
  ("star 黄 大 中", "draw", "white: yellow large star center"),
  ("小", "edit", "white: yellow small star center"),
  ("undo", "undo", None),
 ]),
 (["code-switch", "ambiguous", "size-words", "two-similar"], [
  ("两个 square, 一个 tiny 一个 huge, 都 black, tiny 在 top-right, huge 在 bottom-left, 背景 orange", "draw", "orange: black small square top-right, black large square bottom-left"),
  ("square 换成 white", "ask", None),
  ("都换", "edit", "orange: white small square top-right, white large square bottom-left"),
 ]),
 (["code-switch", "background-anywhere", "colloquial-position"], [
  ("在 canvas 的右边中间放一个 big purple circle, bg 用 yellow", "draw", "yellow: purple large circle right"),
  ("往上 move 一格", "edit", "yellow: purple large circle top-right"),
 ]),
 (["code-switch", "ack-chat", "add"], [
  ("a small red square bottom 下方", "draw", "white: red small square bottom"),
  ("nice 很好", "chat", None),
  ("再 add 一个 small red square 在 top", "edit", "white: red small square bottom, red small square top"),
  ("上面那个 square 改 blue", "edit", "white: red small square bottom, blue small square top"),
 ]),
 (["code-switch", "shape-change", "it-reference"], [
  ("white 背景, left 放一个 large black circle", "draw", "white: black large circle left"),
  ("把它变成 star", "edit", "white: black large star left"),
  ("再变成 triangle", "edit", "white: black large triangle left"),
  ("还是 star 好, 撤回", "undo", None),
 ]),
 (["code-switch", "ambiguous", "colour-clash"], [
  ("blue 背景, center 一个 large yellow circle", "draw", "blue: yellow large circle center"),
  ("背景 also yellow", "ask", None),
  ("那算了 背景 red", "edit", "red: yellow large circle center"),
 ]),
 (["code-switch", "polite", "two-edits"], [
  ("麻烦 please 画一个 small green triangle 在 top-left 谢谢", "draw", "white: green small triangle top-left"),
  ("能不能 make it large, 然后 move 到 center?", "edit", "white: green large triangle center"),
 ]),
 (["code-switch", "ambiguous", "mutual-reference", "two-similar"], [
  ("left 一个 small orange circle, right 一个 small orange circle, 背景 black", "draw", "black: orange small circle left, orange small circle right"),
  ("把 circle 挪到 top", "ask", None),
  ("left 那个挪到 top-left, right 那个挪到 top-right", "edit", "black: orange small circle top-left, orange small circle top-right"),
 ]),
 (["code-switch", "question-chat", "ack-chat"], [
  ("一个 large white triangle 在 bottom-right, purple bg", "draw", "purple: white large triangle bottom-right"),
  ("can you draw 长方形 吗?", "chat", None),
  ("ok 那 fine", "chat", None),
 ]),
 (["code-switch", "relative-position", "add"], [
  ("center 一个 large blue star", "draw", "white: blue large star center"),
  ("在 star 的 left 加一个 small yellow circle", "edit", "white: blue large star center, yellow small circle left"),
  ("circle 改 square", "edit", "white: blue large star center, yellow small square left"),
 ]),
 (["code-switch", "remove", "ambiguous", "reference-by-shape"], [
  ("top-left 一个 large red star, top-right 一个 large red circle, bottom 一个 small red star, 背景 white", "draw", "white: red large star top-left, red large circle top-right, red small star bottom"),
  ("remove 那个 star", "ask", None),
  ("小的 star", "edit", "white: red large star top-left, red large circle top-right"),
 ]),
 (["code-switch", "swap-positions"], [
  ("green square 在 left, purple circle 在 right, 都 large, white 背景", "draw", "white: green large square left, purple large circle right"),
  ("swap 一下 position", "edit", "white: green large square right, purple large circle left"),
 ]),
 (["code-switch", "two-edits", "background-anywhere"], [
  ("a small black triangle 在 top, 背景 yellow", "draw", "yellow: black small triangle top"),
  ("背景 white, triangle 变 red", "edit", "white: red small triangle top"),
  ("triangle 再 bigger 一点", "edit", "white: red large triangle top"),
 ]),
 (["code-switch", "undo", "move"], [
  ("orange circle small 在 bottom-left, 背景 blue", "draw", "blue: orange small circle bottom-left"),
  ("move to top-right", "edit", "blue: orange small circle top-right"),
  ("撤销 last step", "undo", None),
 ]),
 (["code-switch", "ambiguous", "reference-by-size", "two-similar"], [
  ("bg 黑色, 一个 big white circle 在 top-left, 一个 small white circle 在 center", "draw", "black: white large circle top-left, white small circle center"),
  ("把 white circle 放到 bottom", "ask", None),
  ("small 的", "edit", "black: white large circle top-left, white small circle bottom"),
  ("big 的改 green", "edit", "black: green large circle top-left, white small circle bottom"),
 ]),
]
