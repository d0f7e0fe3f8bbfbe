from shapes_data import T
MX = [
 (["code-switch", "move", "pronoun-it"], [
  T("画一个 red circle 在 center", "draw", "white: circle red large center"),
  T("move it to 右上", "edit", "white: circle red large top-right")]),
 (["code-switch", "add", "shape-change", "undo"], [
  T("background 黑色, 一个 small 的 yellow star 在 top-left", "draw", "black: star yellow small top-left"),
  T("再加一个 blue square 在 bottom-right", "edit", "black: star yellow small top-left; square blue large bottom-right"),
  T("square 改成 triangle", "edit", "black: star yellow small top-left; triangle blue large bottom-right"),
  T("undo一下", "undo", "U")]),
 (["ambiguous", "clarify-answer", "both"], [
  T("两个 purple 的 square, 左边一个右边一个", "draw", "white: square purple large left; square purple large right"),
  T("把 square 变小", "ask"),
  T("两个都要", "edit", "white: square purple small left; square purple small right")]),
 (["background-anywhere", "ack-chat", "emoji"], [
  T("一个 orange triangle, 放 bottom, 背景 green", "draw", "green: triangle orange large bottom"),
  T("bg 改成 white 吧", "edit", "white: triangle orange large bottom"),
  T("ok 👍", "chat")]),
 (["wrapper", "size-words", "colour-change"], [
  T("pls 画个 big 绿色 star 在 middle", "draw", "white: star green large center"),
  T("make 它 small 一点", "edit", "white: star green small center"),
  T("颜色换成 red", "edit", "white: star red small center")]),
 (["ambiguous", "clarify-answer", "same-colour-objects"], [
  T("top 一个蓝色 circle, bottom 一个蓝色 circle", "draw", "white: circle blue large top; circle blue large bottom"),
  T("把 blue circle 改成 yellow", "ask"),
  T("top 那个", "edit", "white: circle yellow large top; circle blue large bottom")]),
 (["remove-plural", "undo"], [
  T("左上 red square, 右上 green square, 中间 black star, 背景 white", "draw", "white: square red large top-left; square green large top-right; star black large center"),
  T("remove 两个 squares", "edit", "white: star black large center"),
  T("撤回", "undo", "U")]),
 (["two-edits", "shape-change", "move", "ack-chat"], [
  T("white bg, 画一个大的 black circle", "draw", "white: circle black large center"),
  T("circle 换成 square 然后移到 left", "edit", "white: square black large left"),
  T("nice", "chat")]),
 (["relative-position", "add", "size-words"], [
  T("一个小 yellow circle 在 right", "draw", "white: circle yellow small right"),
  T("在它左边加一个 red triangle", "edit", "white: circle yellow small right; triangle red large center"),
  T("triangle 要 small", "edit", "white: circle yellow small right; triangle red small center")]),
 (["vague-ask", "colour-change"], [
  T("帮我 draw 一个紫色的 star, 背景 yellow", "draw", "yellow: star purple large center"),
  T("嗯...不太对", "ask"),
  T("star 改成 white", "edit", "yellow: star white large center")]),
 (["colour-swap", "ack-chat"], [
  T("画 3 个 shapes: 红 circle top-left, 黄 triangle center, 蓝 square bottom-right", "draw", "white: circle red large top-left; triangle yellow large center; square blue large bottom-right"),
  T("circle 和 square 的颜色互换", "edit", "white: circle blue large top-left; triangle yellow large center; square red large bottom-right"),
  T("谢啦", "chat")]),
 (["colloquial-position", "move", "add", "undo"], [
  T("orange 背景, 中间一个 large white square", "draw", "orange: square white large center"),
  T("square 挪到 lower right", "edit", "orange: square white large bottom-right"),
  T("再加个 small black circle 在 upper left", "edit", "orange: square white large bottom-right; circle black small top-left"),
  T("undo", "undo", "U")]),
 (["new-scene", "undo-after-draw"], [
  T("一个 green triangle 在 left", "draw", "white: triangle green large left"),
  T("new one: 一个 red star 在 right, 背景 blue", "draw", "blue: star red large right"),
  T("go back 上一张", "undo", "U")]),
 (["question-chat", "size-words"], [
  T("蓝色 bg 上画一个 white star 在 top-right", "draw", "blue: star white large top-right"),
  T("star 现在是 large 还是 small？", "chat"),
  T("改成 small", "edit", "blue: star white small top-right")]),
 (["reference-by-colour", "move", "shape-change"], [
  T("左下一个 purple circle, 右上一个 orange circle", "draw", "white: circle purple large bottom-left; circle orange large top-right"),
  T("purple 的那个 move 到 center", "edit", "white: circle purple large center; circle orange large top-right"),
  T("orange 的变成 square", "edit", "white: circle purple large center; square orange large top-right")]),
 (["two-edits", "background-change", "ack-chat"], [
  T("a black square 在正中间, 背景 red", "draw", "red: square black large center"),
  T("背景 change 成 yellow, square 改 small", "edit", "yellow: square black small center"),
  T("perfect 就这样", "chat")]),
 (["ambiguous", "remove", "clarify-answer"], [
  T("yellow star top, green star bottom", "draw", "white: star yellow large top; star green large bottom"),
  T("把 star 删掉", "ask"),
  T("green 的", "edit", "white: star yellow large top")]),
 (["code-switch", "move"], [
  T("画个 blue 圆在左边 and a red 方块 on the right", "draw", "white: circle blue large left; square red large right"),
  T("圆移到 top-left", "edit", "white: circle blue large top-left; square red large right"),
  T("方块 also 移到 top-right", "edit", "white: circle blue large top-left; square red large top-right")]),
 (["size-words", "background-change", "undo"], [
  T("中间一个 tiny 的 red triangle", "draw", "white: triangle red small center"),
  T("make it huge", "edit", "white: triangle red large center"),
  T("background 换 black", "edit", "black: triangle red large center"),
  T("撤销", "undo", "U")]),
 (["all-objects", "remove"], [
  T("top-left 一个绿圆, top-right 一个绿方块, bottom 一个绿星", "draw", "white: circle green large top-left; square green large top-right; star green large bottom"),
  T("全部改成 orange", "edit", "white: circle orange large top-left; square orange large top-right; star orange large bottom"),
  T("星星 remove 掉", "edit", "white: circle orange large top-left; square orange large top-right")]),
 (["wrapper", "question-chat", "add"], [
  T("could you 画一个 yellow 的 square 在 bottom-left, bg purple", "draw", "purple: square yellow large bottom-left"),
  T("what shapes 可以画?", "chat"),
  T("加一个 white triangle 在 top-right", "edit", "purple: square yellow large bottom-left; triangle white large top-right")]),
 (["ambiguous", "size-reference", "clarify-answer"], [
  T("一个大 red circle, 一个小 red circle, 大的 left 小的 right", "draw", "white: circle red large left; circle red small right"),
  T("make the red circle blue", "ask"),
  T("小的那个", "edit", "white: circle red large left; circle blue small right")]),
 (["colour-change", "move", "undo"], [
  T("black 背景 center 一个 white star", "draw", "black: star white large center"),
  T("star 改 yellow", "edit", "black: star yellow large center"),
  T("move 到 bottom-right", "edit", "black: star yellow large bottom-right"),
  T("不要动位置了, undo", "undo", "U")]),
 (["relative-position", "add", "size-words"], [
  T("right 一个 orange triangle", "draw", "white: triangle orange large right"),
  T("triangle 上面加个 purple circle", "edit", "white: triangle orange large right; circle purple large top-right"),
  T("circle 改 small", "edit", "white: triangle orange large right; circle purple small top-right")]),
 (["shape-change", "colour-change", "terse"], [
  T("画一个 green square, 在 top", "draw", "white: square green large top"),
  T("换个 shape, 变 circle", "edit", "white: circle green large top"),
  T("颜色也换, blue", "edit", "white: circle blue large top")]),
 (["vague-ask", "add"], [
  T("我想要一个 yellow 星星 at bottom-right, 背景 black 的", "draw", "black: star yellow large bottom-right"),
  T("太 boring 了, change something", "ask"),
  T("加一个 red circle 在 top-left 吧", "edit", "black: star yellow large bottom-right; circle red large top-left")]),
 (["plural-reference", "remove"], [
  T("left: red star, right: blue star, center: white square, bg green", "draw", "green: star red large left; star blue large right; square white large center"),
  T("两个 star 都变 small", "edit", "green: star red small left; star blue small right; square white large center"),
  T("square 删掉", "edit", "green: star red small left; star blue small right")]),
 (["relative-move", "move"], [
  T("一个 purple 的三角在 upper left", "draw", "white: triangle purple large top-left"),
  T("往右挪一格", "edit", "white: triangle purple large top"),
  T("再往下挪一格", "edit", "white: triangle purple large center")]),
 (["ambiguous", "shape-change", "clarify-answer"], [
  T("两个 circle, 一个 red 在 left, 一个 yellow 在 right", "draw", "white: circle red large left; circle yellow large right"),
  T("把 circle 改成 star", "ask"),
  T("just the yellow one", "edit", "white: circle red large left; star yellow large right")]),
 (["size-words", "undo", "ack-chat"], [
  T("画个 small orange 方块 在 center, bg 白", "draw", "white: square orange small center"),
  T("bigger 一点", "edit", "white: square orange large center"),
  T("还原", "undo", "U"),
  T("ok 保持这样", "chat")]),
]
