D = [
(["code-switch", "add", "wrapper"], [
 ("帮我画一个 red circle 在 center", "draw", "white: circle red large center"),
 ("再加一个 small blue star, 放 top-left", "edit", "white: circle red large center, star blue small top-left"),
 ("nice 👍", "chat")]),
(["code-switch", "background-anywhere"], [
 ("black background, 中间一个黄色 triangle", "draw", "black: triangle yellow large center"),
 ("把 background 换成 purple", "edit", "purple: triangle yellow large center"),
 ("嗯 looks good", "chat")]),
(["code-switch", "question-chat", "size-words"], [
 ("一个 green square 在右下角", "draw", "white: square green large bottom-right"),
 ("这个 square 是 large 的吧?", "chat"),
 ("ok 改成 small", "edit", "white: square green small bottom-right")]),
(["code-switch", "undo"], [
 ("orange star, 背景白色", "draw", "white: star orange large center"),
 ("star 改成 purple", "edit", "white: star purple large center"),
 ("emm 还是 undo 吧", "undo"),
 ("ok 就这样 thanks", "chat")]),
(["code-switch", "ambiguous", "ask", "two-same-shape"], [
 ("左边 blue triangle, 右边 red triangle", "draw", "white: triangle blue large left, triangle red large right"),
 ("triangle 往上挪", "ask"),
 ("both of them", "edit", "white: triangle blue large top-left, triangle red large top-right")]),
(["english-with-zh-nouns", "shape-change"], [
 ("draw a white 方块 on a black background", "draw", "black: square white large center"),
 ("make the 方块 a 圆 instead", "edit", "black: circle white large center")]),
(["code-switch", "child", "add"], [
 ("我想要 yellow 的 star 在 top 上面!!", "draw", "white: star yellow large top"),
 ("还有一个 purple 圆圆 在 bottom", "edit", "white: star yellow large top, circle purple large bottom"),
 ("哇 so cool", "chat")]),
(["code-switch", "two-edits", "move"], [
 ("Background 要 green，top-right 放一个 small white circle，bottom-left 放一个 large black square", "draw", "green: circle white small top-right, square black large bottom-left"),
 ("circle 换成 orange，然后 square 移到 center", "edit", "green: circle orange small top-right, square black large center")]),
(["code-switch", "remove", "complaint-edit"], [
 ("red bg，left 一个 white star，center 一个 yellow circle，right 一个 white triangle", "draw", "red: star white large left, circle yellow large center, triangle white large right"),
 ("太 crowded 了, 把 circle 删掉", "edit", "red: star white large left, triangle white large right"),
 ("perfect", "chat")]),
(["code-switch", "earlier-turn", "colour"], [
 ("一个 blue 的 square 在中间", "draw", "white: square blue large center"),
 ("try green", "edit", "white: square green large center"),
 ("try 一下 black", "edit", "white: square black large center"),
 ("hmm 还是 first one 的颜色好", "edit", "white: square blue large center")]),
(["code-switch", "relative-position", "add"], [
 ("top 放一个 red small circle", "draw", "white: circle red small top"),
 ("在它 below 加一个 orange square", "edit", "white: circle red small top, square orange large center")]),
(["non-native", "code-switch", "polite"], [
 ("Hello, 请问 can you draw 一个紫色的 star, 小的, in the bottom right? Background 黄色 please", "draw", "yellow: star purple small bottom-right"),
 ("Thank you! 可以把 star 变 big 吗", "edit", "yellow: star purple large bottom-right")]),
(["code-switch", "terse", "undo"], [
 ("bg 蓝, 白 circle 左上", "draw", "blue: circle white large top-left"),
 ("变小", "edit", "blue: circle white small top-left"),
 ("再 move 到 right", "edit", "blue: circle white small right"),
 ("undo", "undo")]),
(["code-switch", "ask", "vague"], [
 ("左上 green star，右下 orange triangle", "draw", "white: star green large top-left, triangle orange large bottom-right"),
 ("改一下颜色 pls", "ask"),
 ("star 改 red", "edit", "white: star red large top-left, triangle orange large bottom-right")]),
(["code-switch", "move", "self-correction"], [
 ("一个 big purple triangle on white", "draw", "white: triangle purple large center"),
 ("move 到 bottom-left... 不, bottom-right", "edit", "white: triangle purple large bottom-right")]),
(["code-switch", "new-scene"], [
 ("yellow circle 在 center", "draw", "white: circle yellow large center"),
 ("background 换 black", "edit", "black: circle yellow large center"),
 ("重新来一张 new one: 白底, left 一个 red square, right 一个 blue star", "draw", "white: square red large left, star blue large right")]),
(["code-switch", "question-chat", "three-objects"], [
 ("三个 small circles 在 top row: top-left red, top green, top-right blue, 背景 white", "draw", "white: circle red small top-left, circle green small top, circle blue small top-right"),
 ("为什么它们不是完全对齐的? is that a bug?", "chat"),
 ("ok fine. 中间那个 green 改成 yellow", "edit", "white: circle red small top-left, circle yellow small top, circle blue small top-right")]),
(["code-switch", "remove", "undo"], [
 ("black bg, 左边 white square, 右边 orange circle", "draw", "black: square white large left, circle orange large right"),
 ("remove the 圆", "edit", "black: square white large left"),
 ("oops 撤回", "undo")]),
(["code-switch", "polite", "background-anywhere"], [
 ("麻烦 draw 一个 green triangle, small size, 放在 top-left, 谢谢", "draw", "white: triangle green small top-left"),
 ("Could 背景 be orange? 谢啦", "edit", "orange: triangle green small top-left")]),
(["code-switch", "colour-conflict", "ask"], [
 ("yellow background, 中间一个 blue star", "draw", "yellow: star blue large center"),
 ("star 改成 yellow", "ask"),
 ("oh 对 背景也是 yellow. 那 star 改 black", "edit", "yellow: star black large center")]),
(["code-switch", "typo", "shape-change"], [
 ("画一个 purpel 的 sqaure 在 left", "draw", "white: square purple large left"),
 ("变成 circel", "edit", "white: circle purple large left")]),
(["code-switch", "add", "relative-position"], [
 ("left 一个 black star，right 一个 black circle", "draw", "white: star black large left, circle black large right"),
 ("两个中间 add 一个 small red triangle", "edit", "white: star black large left, circle black large right, triangle red small center")]),
(["code-switch", "ack-chat", "undo"], [
 ("white triangle, orange 背景, 放 bottom", "draw", "orange: triangle white large bottom"),
 ("不错 nice", "chat"),
 ("triangle 变 small", "edit", "orange: triangle white small bottom"),
 ("no 还是 big 的好, undo", "undo")]),
(["code-switch", "swap-positions"], [
 ("top-left 一个 green circle, bottom-right 一个 yellow square", "draw", "white: circle green large top-left, square yellow large bottom-right"),
 ("两个 swap 一下位置", "edit", "white: circle green large bottom-right, square yellow large top-left")]),
(["code-switch", "step-move"], [
 ("small blue star 在 center", "draw", "white: star blue small center"),
 ("往 left 挪一格", "edit", "white: star blue small left"),
 ("再往 down 一格", "edit", "white: star blue small bottom-left")]),
(["code-switch", "phone", "typo"], [
 ("红色 sqare 右上 背景 绿", "draw", "green: square red large top-right"),
 ("加个 whte circle 左下", "edit", "green: square red large top-right, circle white large bottom-left")]),
(["code-switch", "question-chat", "count"], [
 ("purple bg, top 一个 white star, bottom-left 一个 white circle, bottom-right 一个 yellow triangle", "draw", "purple: star white large top, circle white large bottom-left, triangle yellow large bottom-right"),
 ("一共几个 shapes?", "chat"),
 ("triangle 换 orange", "edit", "purple: star white large top, circle white large bottom-left, triangle orange large bottom-right")]),
(["code-switch", "ask", "off-world-shape"], [
 ("中间 red circle, white bg", "draw", "white: circle red large center"),
 ("加一个 heart 在右边", "ask"),
 ("没有 heart 吗… ok 那加个 purple star 在 right", "edit", "white: circle red large center, star purple large right")]),
(["code-switch", "recolour-all"], [
 ("左边 small orange triangle, 右边 small orange star, 背景 blue", "draw", "blue: triangle orange small left, star orange small right"),
 ("全部 change 成 white", "edit", "blue: triangle white small left, star white small right")]),
(["code-switch", "two-removals", "undo"], [
 ("top-left red star, center green square, bottom-right blue triangle", "draw", "white: star red large top-left, square green large center, triangle blue large bottom-right"),
 ("只 keep 中间那个", "edit", "white: square green large center"),
 ("hmm 不对, 撤销", "undo"),
 ("去掉 triangle 就好", "edit", "white: star red large top-left, square green large center")]),
(["code-switch", "art-director", "two-edits"], [
 ("Composition: 一个 large black circle, 正中间, 白底", "draw", "white: circle black large center"),
 ("Too centered. 缩小, 然后 push 到 top-right", "edit", "white: circle black small top-right"),
 ("背景来个 yellow", "edit", "yellow: circle black small top-right")]),
(["code-switch", "ack-chat"], [
 ("绿色 background, 右下 small red triangle", "draw", "green: triangle red small bottom-right"),
 ("完美 exactly what i wanted", "chat")]),
(["code-switch", "ask", "ambiguous"], [
 ("上面 blue square, 下面 orange star", "draw", "white: square blue large top, star orange large bottom"),
 ("把其中一个 change 成 circle", "ask"),
 ("the star one", "edit", "white: square blue large top, circle orange large bottom")]),
(["code-switch", "shape-change", "it-reference"], [
 ("black 背景 左下 一个 big white square", "draw", "black: square white large bottom-left"),
 ("把它 turn into a triangle", "edit", "black: triangle white large bottom-left"),
 ("然后 make it red", "edit", "black: triangle red large bottom-left")]),
(["code-switch", "long-first"], [
 ("OK 我要的是这样: background 是 orange, top-left 一个 small black star, center 一个 large white circle, bottom-right 一个 small purple square. 就这些 thanks", "draw", "orange: star black small top-left, circle white large center, square purple small bottom-right"),
 ("square 改 green", "edit", "orange: star black small top-left, circle white large center, square green small bottom-right"),
 ("star 不要了", "edit", "orange: circle white large center, square green small bottom-right")]),
(["code-switch", "colloquial-position"], [
 ("一个 red triangle 放在正中间 dead center", "draw", "white: triangle red large center"),
 ("挪到 upper left corner", "edit", "white: triangle red large top-left"),
 ("右边 middle 再来个 small yellow circle", "edit", "white: triangle red large top-left, circle yellow small right")]),
(["code-switch", "question-chat", "background-anywhere"], [
 ("white 背景 上一个 green star", "draw", "white: star green large center"),
 ("green 配什么 background 比较好看?", "chat"),
 ("那试试 black", "edit", "black: star green large center")]),
(["code-switch", "undo", "add"], [
 ("右上 purple circle", "draw", "white: circle purple large top-right"),
 ("左下 add 一个 blue square", "edit", "white: circle purple large top-right, square blue large bottom-left"),
 ("undo 一下", "undo"),
 ("左下改加 yellow triangle", "edit", "white: circle purple large top-right, triangle yellow large bottom-left")]),
(["code-switch", "size-words", "reference"], [
 ("top 一个 tiny black square, bottom 一个 huge red circle", "draw", "white: square black small top, circle red large bottom"),
 ("把 tiny 的那个也变 huge", "edit", "white: square black large top, circle red large bottom")]),
(["code-switch", "ask", "complaint-edit"], [
 ("blue 背景, center 一个 purple circle", "draw", "blue: circle purple large center"),
 ("感觉 contrast 不够", "ask"),
 ("换个亮的 color, yellow", "edit", "blue: circle yellow large center")]),
(["code-switch", "ask", "occupied-cell"], [
 ("left 一个 green star, center 一个 orange square", "draw", "white: star green large left, square orange large center"),
 ("star 移到 center", "ask"),
 ("ah right, 那 square 移到 right, star 再过去 center", "edit", "white: star green large center, square orange large right")]),
(["non-native", "code-switch", "attr-after-noun"], [
 ("I want circle 黄色, small, in the 右上", "draw", "white: circle yellow small top-right"),
 ("And square 黑色 big, in 左下", "edit", "white: circle yellow small top-right, square black large bottom-left")]),
(["code-switch", "replace"], [
 ("red 背景中间 white star", "draw", "red: star white large center"),
 ("replace star with 一个 black 三角形", "edit", "red: triangle black large center")]),
(["code-switch", "question-chat", "capability"], [
 ("small purple triangle", "draw", "white: triangle purple small center"),
 ("你可以画 gradient 背景吗?", "chat"),
 ("ok never mind, 背景 green 就行", "edit", "green: triangle purple small center")]),
(["code-switch", "colour"], [
 ("yellow bg, top-left 一个 black circle, bottom-right 一个 black star", "draw", "yellow: circle black large top-left, star black large bottom-right"),
 ("star 改 blue", "edit", "yellow: circle black large top-left, star blue large bottom-right"),
 ("这样 OK 了", "chat")]),
(["code-switch", "self-correction", "add"], [
 ("orange square 在 top... 呃 bottom", "draw", "white: square orange large bottom"),
 ("再加一个 small green circle 在 top-left, 不是 top-right", "edit", "white: square orange large bottom, circle green small top-left")]),
(["code-switch", "like-before", "reference"], [
 ("green circle, black bg", "draw", "black: circle green large center"),
 ("circle 换 white", "edit", "black: circle white large center"),
 ("移到 left", "edit", "black: circle white large left"),
 ("颜色 change back 成 green 吧, 位置 keep", "edit", "black: circle green large left")]),
(["code-switch", "copy-reference", "add"], [
 ("top-left 一个 small blue triangle", "draw", "white: triangle blue small top-left"),
 ("bottom-right 也来一个 same 的", "edit", "white: triangle blue small top-left, triangle blue small bottom-right"),
 ("中间再一个, 但是 red 而且 big", "edit", "white: triangle blue small top-left, triangle blue small bottom-right, triangle red large center")]),
(["code-switch", "ask", "too-many-objects"], [
 ("left red square, center yellow square, right blue square, 背景 black", "draw", "black: square red large left, square yellow large center, square blue large right"),
 ("bottom 再加个 white star", "ask"),
 ("那把 yellow 的删掉再加", "edit", "black: square red large left, square blue large right, star white large bottom")]),
(["code-switch", "undo", "question-chat"], [
 ("purple bg, 中间 white triangle", "draw", "purple: triangle white large center"),
 ("triangle 换成 star", "edit", "purple: star white large center"),
 ("star 的 points 是几个?", "chat"),
 ("ok 还是 triangle 吧 undo", "undo")]),
]
