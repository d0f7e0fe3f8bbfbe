MIXED = [
(["code-switch", "wrapper", "relative-position", "size-words"], [
 ("帮我整一个 yellow 的 big star，放 top-left", "draw", "white: yellow star large top-left"),
 ("再搞一个 purple circle 在它右边", "edit", "white: yellow star large top-left; purple circle large top"),
 ("purple 那个 small 一点", "edit", "white: yellow star large top-left; purple circle small top")]),
(["code-switch", "shape-change", "rule-conflict", "two-edits"], [
 ("background 要 green, 中间一个 white 的 triangle", "draw", "green: white triangle large center"),
 ("triangle 变成 star 吧", "edit", "green: white star large center"),
 ("把 background 改成 white", "ask"),
 ("ok star 换 black, background white", "edit", "white: black star large center")]),
(["code-switch", "attr-after-noun", "complaint-edit", "move"], [
 ("square 红色 small, bottom-right 那边", "draw", "white: red square small bottom-right"),
 ("它太小了 看不清", "edit", "white: red square large bottom-right"),
 ("还有 move 到 center", "edit", "white: red square large center")]),
(["code-switch", "plural-edit", "move", "ack-chat"], [
 ("一个 blue circle 和一个 orange square, circle 在 left, square 在 right", "draw", "white: blue circle large left; orange square large right"),
 ("把它们 both 往下 move 一格", "edit", "white: blue circle large bottom-left; orange square large bottom-right"),
 ("perfect 👌", "chat")]),
(["code-switch", "remove", "colour", "undo"], [
 ("draw 三个 shapes: 左上 red triangle, 中间 green circle, 右下 blue square", "draw", "white: red triangle large top-left; green circle large center; blue square large bottom-right"),
 ("中间那个 remove 掉", "edit", "white: red triangle large top-left; blue square large bottom-right"),
 ("red triangle 改成 yellow", "edit", "white: yellow triangle large top-left; blue square large bottom-right"),
 ("撤销", "undo")]),
(["code-switch", "metaphor", "add", "question-chat"], [
 ("black 背景 上面画 small white stars, 一个 top-left 一个 top-right", "draw", "black: white star small top-left; white star small top-right"),
 ("再加一个 yellow circle 在 bottom 当 moon", "edit", "black: white star small top-left; white star small top-right; yellow circle large bottom"),
 ("moon 还能再大吗? 已经是 max 了吗", "chat")]),
(["code-switch", "attr-after-noun", "shape-change", "back-reference"], [
 ("circle, 紫色, 在 right side", "draw", "white: purple circle large right"),
 ("换成 square", "edit", "white: purple square large right"),
 ("嗯 circle 比较好 还是换回来", "edit", "white: purple circle large right")]),
(["code-switch", "size-words", "rule-conflict", "two-edits"], [
 ("我想要 orange 背景，一个 blue 的小三角形在 bottom-left", "draw", "orange: blue triangle small bottom-left"),
 ("把 it 改 large", "edit", "orange: blue triangle large bottom-left"),
 ("背景能换成 blue 吗", "ask"),
 ("哦对 那 triangle 换 white, 背景 blue", "edit", "blue: white triangle large bottom-left")]),
(["code-switch", "reference", "two-attr-edit", "plural-edit"], [
 ("top 放一个 green star, bottom 放一个 green star", "draw", "white: green star large top; green star large bottom"),
 ("bottom 那个 改成 red circle", "edit", "white: green star large top; red circle large bottom"),
 ("两个都 small", "edit", "white: green star small top; red circle small bottom")]),
(["code-switch", "self-correction", "out-of-vocab", "add", "remove"], [
 ("黄色 background，red heart… 哦没有 heart 啊，那就 red circle 吧，中间", "draw", "yellow: red circle large center"),
 ("加一个 black square 在左边", "edit", "yellow: red circle large center; black square large left"),
 ("square 去掉", "edit", "yellow: red circle large center"),
 ("ok thx", "chat")]),
(["code-switch", "wrapper", "colour", "size-words", "undo"], [
 ("可以 draw 一个 big 的 black triangle 吗 在 top right", "draw", "white: black triangle large top-right"),
 ("colour 换成 orange", "edit", "white: orange triangle large top-right"),
 ("size 变 small", "edit", "white: orange triangle small top-right"),
 ("undo", "undo")]),
(["code-switch", "relative-move", "question-chat"], [
 ("middle 一个 white square, background purple", "draw", "purple: white square large center"),
 ("square 往左 move 一格", "edit", "purple: white square large left"),
 ("再往上一格", "edit", "purple: white square large top-left"),
 ("现在在哪个 position?", "chat")]),
(["code-switch", "size-words", "swap-positions"], [
 ("left 一个 yellow circle, right 一个 blue circle, 都 small", "draw", "white: yellow circle small left; blue circle small right"),
 ("左边那个 变 big", "edit", "white: yellow circle large left; blue circle small right"),
 ("换位置", "edit", "white: yellow circle large right; blue circle small left")]),
(["code-switch", "self-correction", "shape-change", "ack-chat"], [
 ("画个 green 方形", "draw", "white: green square large center"),
 ("不是 square 我说的是 circle, sorry", "edit", "white: green circle large center"),
 ("ok 颜色 good", "chat")]),
(["code-switch", "add", "swap-colours", "ack-chat"], [
 ("star 星星 一个, 红的, bottom-left", "draw", "white: red star large bottom-left"),
 ("再加一个 star, 蓝的, 放在 top-right", "edit", "white: red star large bottom-left; blue star large top-right"),
 ("把 stars 的颜色 swap", "edit", "white: blue star large bottom-left; red star large top-right"),
 ("nice 对称了", "chat")]),
(["code-switch", "metaphor", "move", "background"], [
 ("background black, 中间 big orange circle 像 sunset", "draw", "black: orange circle large center"),
 ("circle move 到 bottom", "edit", "black: orange circle large bottom"),
 ("背景 purple 更好看", "edit", "purple: orange circle large bottom")]),
(["code-switch", "ambiguous", "new-or-add", "clarify"], [
 ("一个 small white triangle, 背景 red, 放 top", "draw", "red: white triangle small top"),
 ("再来", "ask"),
 ("再加一个一样的 triangle 在 bottom", "edit", "red: white triangle small top; white triangle small bottom")]),
(["code-switch", "remove", "shape-change", "undo"], [
 ("两个 squares: purple 在 top-left, yellow 在 bottom-right", "draw", "white: purple square large top-left; yellow square large bottom-right"),
 ("那个 purple 的 删了", "edit", "white: yellow square large bottom-right"),
 ("yellow 的 变 circle", "edit", "white: yellow circle large bottom-right"),
 ("undo", "undo")]),
(["code-switch", "first-timer", "question-chat", "colour"], [
 ("嗨 我第一次用, 可以画一个 blue star 吗", "draw", "white: blue star large center"),
 ("哇 那可以改 colour 吗?", "chat"),
 ("那改成 green", "edit", "white: green star large center")]),
(["code-switch", "self-correction", "move", "size-words"], [
 ("green circle top-left, 然后 red circle top-right, 然后 blue circle bottom", "draw", "white: green circle large top-left; red circle large top-right; blue circle large bottom"),
 ("red 那个 move 到 bottom... 不对, move 到 center", "edit", "white: green circle large top-left; red circle large center; blue circle large bottom"),
 ("blue 的 small 一点", "edit", "white: green circle large top-left; red circle large center; blue circle small bottom")]),
(["code-switch", "complaint-edit", "undo", "ack-chat"], [
 ("white bg 中间 black star big", "draw", "white: black star large center"),
 ("star 太 big 了", "edit", "white: black star small center"),
 ("undo", "undo"),
 ("hmm ok 大的也行", "chat")]),
(["code-switch", "plural-edit", "shape-change", "background"], [
 ("orange 三角形 在 top, yellow 圆形 在 bottom, 背景 purple", "draw", "purple: orange triangle large top; yellow circle large bottom"),
 ("三角形 和 圆形 都换成 squares", "edit", "purple: orange square large top; yellow square large bottom"),
 ("背景 green", "edit", "green: orange square large top; yellow square large bottom")]),
(["code-switch", "ambiguous", "clarify", "colour"], [
 ("draw a red circle 在 left", "draw", "white: red circle large left"),
 ("换一个", "ask"),
 ("换成 yellow 的", "edit", "white: yellow circle large left")]),
(["code-switch", "add", "diagonal", "size-words"], [
 ("一个 small black circle 在 bottom-right，其他都不要", "draw", "white: black circle small bottom-right"),
 ("加一个 big blue triangle 在 top-left, 对角线那种", "edit", "white: black circle small bottom-right; blue triangle large top-left"),
 ("circle 也改 large 吧", "edit", "white: black circle large bottom-right; blue triangle large top-left")]),
(["code-switch", "colour", "remove", "question-chat"], [
 ("blue background 上一个 yellow star 在 center, 旁边 right 一个 white circle", "draw", "blue: yellow star large center; white circle large right"),
 ("white circle 换成 orange", "edit", "blue: yellow star large center; orange circle large right"),
 ("star remove", "edit", "blue: orange circle large right"),
 ("现在只有一个了对吧?", "chat")]),
(["code-switch", "ambiguous", "clarify", "plural-edit"], [
 ("purple big square top 和 purple small square bottom", "draw", "white: purple square large top; purple square small bottom"),
 ("把 purple 改成 red", "ask"),
 ("两个都改", "edit", "white: red square large top; red square small bottom")]),
(["code-switch", "move", "add-copy", "undo"], [
 ("红色 circle 中间", "draw", "white: red circle large center"),
 ("move 到 top-left corner", "edit", "white: red circle large top-left"),
 ("一样的 circle 再放一个在 bottom-right", "edit", "white: red circle large top-left; red circle large bottom-right"),
 ("undo 上一步", "undo")]),
(["code-switch", "colour", "out-of-vocab", "question-chat"], [
 ("黑底, 三个 yellow shapes: left star, center circle, right triangle", "draw", "black: yellow star large left; yellow circle large center; yellow triangle large right"),
 ("center 那个 改成 white", "edit", "black: yellow star large left; white circle large center; yellow triangle large right"),
 ("可以 rotate 那个 star 吗?", "chat")]),
(["code-switch", "size-words", "background", "terse"], [
 ("small green triangle 放 right", "draw", "white: green triangle small right"),
 ("big 一点", "edit", "white: green triangle large right"),
 ("background yellow", "edit", "yellow: green triangle large right")]),
(["code-switch", "new-scene", "size-words"], [
 ("帮我 draw 一个 orange square 在 top-left, 一个 purple star 在 bottom", "draw", "white: orange square large top-left; purple star large bottom"),
 ("全部 clear, 重新来: 一个 white circle on black", "draw", "black: white circle large center"),
 ("circle small 一点", "edit", "black: white circle small center")]),
]
