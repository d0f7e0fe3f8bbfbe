D = [
("code-switch basic", [
 ("画一个 red circle 在中间", "draw", "white: circle red large center"),
 ("把它 move 到 top left", "edit", "white: circle red large top-left"),
 ("ok 好的 thanks", "chat", "="),
]),
("undo code-switch", [
 ("blue 背景, 一个 yellow star", "draw", "blue: star yellow large center"),
 ("star 改成 small", "edit", "blue: star yellow small center"),
 ("undo 一下", "undo", "<"),
 ("嗯 big 的好看", "chat", "="),
]),
("ambiguous which-one", [
 ("左边 green square, 右边 green triangle", "draw", "white: square green large left, triangle green large right"),
 ("把 green 的那个换成 purple", "ask", "="),
 ("triangle", "edit", "white: square green large left, triangle purple large right"),
]),
("question-chat", [
 ("一个 black 的 triangle, 背景 orange", "draw", "orange: triangle black large center"),
 ("这个 triangle 是 large 还是 small?", "chat", "="),
 ("ok 那就 keep it", "chat", "="),
]),
("background-change", [
 ("purple circle 放在右下角", "draw", "white: circle purple large bottom-right"),
 ("背景换成 yellow 吧", "edit", "yellow: circle purple large bottom-right"),
 ("nice 很好", "chat", "="),
]),
("add ack-chat", [
 ("top 一个 small 的 orange square", "draw", "white: square orange small top"),
 ("再 add 一个 blue circle at the bottom", "edit", "white: square orange small top, circle blue large bottom"),
 ("perfect 就这样", "chat", "="),
]),
("ambiguous vague", [
 ("画个 white star, black background", "draw", "black: star white large center"),
 ("emmm 感觉 boring, 改改?", "ask", "="),
 ("star 换成 red 然后 move 到右边", "edit", "black: star red large right"),
]),
("new-scene default-background", [
 ("red 背景 上 一个 green triangle", "draw", "red: triangle green large center"),
 ("换一张 new one: yellow square, 左上", "draw", "white: square yellow large top-left"),
 ("ok", "chat", "="),
]),
("remove undo", [
 ("left 紫色 circle, right 橙色 star", "draw", "white: circle purple large left, star orange large right"),
 ("delete 那个 star", "edit", "white: circle purple large left"),
 ("oops 撤销撤销", "undo", "<"),
]),
("shape-change", [
 ("一个 big blue 方块 在 center", "draw", "white: square blue large center"),
 ("change 成 circle", "edit", "white: circle blue large center"),
 ("这样 OK 吗? 我觉得还行", "chat", "="),
]),
("size-words tiny", [
 ("tiny 的 red star, 右上角, 白底", "draw", "white: star red small top-right"),
 ("再 tiny 一点能做到吗", "chat", "="),
 ("那 make it huge", "edit", "white: star red large top-right"),
]),
("reference-back", [
 ("green circle", "draw", "white: circle green large center"),
 ("换 orange", "edit", "white: circle orange large center"),
 ("hmm 还是 go back 吧", "undo", "<"),
]),
("ambiguous which-corner", [
 ("一个 yellow 的 triangle, 背景 blue", "draw", "blue: triangle yellow large center"),
 ("放到 corner 去", "ask", "="),
 ("bottom right 那个角", "edit", "blue: triangle yellow large bottom-right"),
 ("谢谢 thx", "chat", "="),
]),
("two-objects move", [
 ("左上 red square, 右下 white circle, 背景 black", "draw", "black: square red large top-left, circle white large bottom-right"),
 ("circle 挪到 top right", "edit", "black: square red large top-left, circle white large top-right"),
 ("嗯 nope, undo", "undo", "<"),
]),
("question-chat count", [
 ("三个 shapes: 左边 red circle, 中间 blue square, 右边 yellow triangle", "draw", "white: circle red large left, square blue large center, triangle yellow large right"),
 ("最多可以放几个 objects?", "chat", "="),
 ("好吧 那 blue square 换成 star", "edit", "white: circle red large left, star blue large center, triangle yellow large right"),
]),
("typo code-switch", [
 ("画一个 puple star 在 botom", "draw", "white: star purple large bottom"),
 ("背景 balck", "edit", "black: star purple large bottom"),
]),
("complaint-edit", [
 ("orange circle, small, 中间, 背景 white", "draw", "white: circle orange small center"),
 ("太小了 lol, bigger pls", "edit", "white: circle orange large center"),
 ("ok good", "chat", "="),
]),
("it-last-mentioned self-correction", [
 ("上面 green star, 下面 purple square", "draw", "white: star green large top, square purple large bottom"),
 ("make 它 smaller", "edit", "white: star green large top, square purple small bottom"),
 ("不是, 我说的是 both", "edit", "white: star green small top, square purple small bottom"),
]),
("undo add", [
 ("black square 在右边, yellow 背景", "draw", "yellow: square black large right"),
 ("add 一个 small red circle 在左边", "edit", "yellow: square black large right, circle red small left"),
 ("算了 undo", "undo", "<"),
 ("就一个 square 挺好", "chat", "="),
]),
("self-correction", [
 ("一个 blue triangle 在 left, 哦不对 right", "draw", "white: triangle blue large right"),
 ("颜色 actually 要 green", "edit", "white: triangle green large right"),
]),
("question-chat feature", [
 ("white circle on purple 背景", "draw", "purple: circle white large center"),
 ("可以画 pink 吗?", "chat", "="),
 ("那 orange 吧, circle 换 orange", "edit", "purple: circle orange large center"),
]),
("remove keep-only", [
 ("top-left red star, top blue star, top-right green star", "draw", "white: star red large top-left, star blue large top, star green large top-right"),
 ("只留 blue 的", "edit", "white: star blue large top"),
 ("然后 move 到 center", "edit", "white: star blue large center"),
]),
("ask which-one same-colour", [
 ("左边 big yellow circle, 右边 small yellow square, 黑底", "draw", "black: circle yellow large left, square yellow small right"),
 ("yellow 的那个换成 green", "ask", "="),
 ("the square", "edit", "black: circle yellow large left, square green small right"),
]),
("new-scene after-chat", [
 ("一个 purple triangle 右上角", "draw", "white: triangle purple large top-right"),
 ("cool 看起来不错", "chat", "="),
 ("再来一张 totally new: orange 背景, 中间一个 black star", "draw", "orange: star black large center"),
]),
("undo shape-change", [
 ("green 背景 上 一个 red square, bottom left", "draw", "green: square red large bottom-left"),
 ("变成 triangle", "edit", "green: triangle red large bottom-left"),
 ("undo pls", "undo", "<"),
 ("thanks, square 比较好", "chat", "="),
]),
("relative-position", [
 ("small white circle 在 center, 背景 blue", "draw", "blue: circle white small center"),
 ("往 left 挪一格", "edit", "blue: circle white small left"),
 ("再往 down 一格", "edit", "blue: circle white small bottom-left"),
]),
("ask colour-unspecified", [
 ("一个 star 在中间, 颜色 yellow", "draw", "white: star yellow large center"),
 ("add 一个 circle 在 top", "ask", "="),
 ("blue 的, small", "edit", "white: star yellow large center, circle blue small top"),
]),
("swap code-switch", [
 ("left 一个 orange square, right 一个 green circle", "draw", "white: square orange large left, circle green large right"),
 ("swap 一下位置", "edit", "white: square orange large right, circle green large left"),
 ("哈哈 ok", "chat", "="),
]),
("background-anywhere two-edits", [
 ("背景 purple, 左下 yellow triangle, 右上 white square", "draw", "purple: triangle yellow large bottom-left, square white large top-right"),
 ("背景换 black, triangle 换 small", "edit", "black: triangle yellow small bottom-left, square white large top-right"),
]),
("question-chat colour", [
 ("blue circle 在 top left, red circle 在 bottom right", "draw", "white: circle blue large top-left, circle red large bottom-right"),
 ("背景现在是什么颜色?", "chat", "="),
 ("ok white 就 white 吧", "chat", "="),
]),
("ambiguous two-readings", [
 ("一个 black square 在 center", "draw", "white: square black large center"),
 ("换成 star", "edit", "white: star black large center"),
 ("换成 yellow", "edit", "white: star yellow large center"),
 ("还是换回去", "ask", "="),
]),
("polite code-switch", [
 ("您好, 请帮我画一个 green star, 在右侧, thank you", "draw", "white: star green large right"),
 ("非常感谢, looks great", "chat", "="),
]),
("undo move", [
 ("一个 red triangle, top 中间, 背景 yellow", "draw", "yellow: triangle red large top"),
 ("move 到 bottom", "edit", "yellow: triangle red large bottom"),
 ("撤回 please", "undo", "<"),
]),
("terse", [
 ("blk sq, 左上, sm", "draw", "white: square black small top-left"),
 ("+ red circ 右下 lg", "edit", "white: square black small top-left, circle red large bottom-right"),
 ("ok", "chat", "="),
]),
("remove-and-add", [
 ("中间 orange star, 背景 green", "draw", "green: star orange large center"),
 ("star 不要了, 换一个 white circle 在 top-right", "edit", "green: circle white large top-right"),
 ("nice", "chat", "="),
]),
("question-chat explain", [
 ("画 purple square 和 yellow circle, square 在 left, circle 在 right", "draw", "white: square purple large left, circle yellow large right"),
 ("为什么 circle 和 square 一样大?", "chat", "="),
 ("那 circle 改成 small", "edit", "white: square purple large left, circle yellow small right"),
]),
("ask shape-unsupported", [
 ("一个 orange circle 在左上", "draw", "white: circle orange large top-left"),
 ("加一个 heart 在右下", "ask", "="),
 ("那就 purple star 吧, 右下, small", "edit", "white: circle orange large top-left, star purple small bottom-right"),
]),
("undo background", [
 ("yellow square 在 center, 背景 purple", "draw", "purple: square yellow large center"),
 ("背景改 blue", "edit", "blue: square yellow large center"),
 ("不行, 太冷了, undo", "undo", "<"),
 ("👍", "chat", "="),
]),
("reference-by-colour code-switch", [
 ("左边 red 圆, 中间 white 三角, 右边 blue 方块, black 背景", "draw", "black: circle red large left, triangle white large center, square blue large right"),
 ("把 white 的那个 shrink 一下", "edit", "black: circle red large left, triangle white small center, square blue large right"),
 ("what's 右边那个 shape 叫什么", "chat", "="),
]),
("new-scene start-over", [
 ("green star top right, red circle bottom left", "draw", "white: star green large top-right, circle red large bottom-left"),
 ("全部重来, 只要一个 blue triangle", "draw", "white: triangle blue large center"),
 ("move it 到 top", "edit", "white: triangle blue large top"),
]),
("ask unclear-move", [
 ("purple circle 在 left, orange square 在 right", "draw", "white: circle purple large left, square orange large right"),
 ("把它们 move 一下", "ask", "="),
 ("都往 up 一格", "edit", "white: circle purple large top-left, square orange large top-right"),
]),
("question-chat undo", [
 ("white triangle, green 背景, 右下", "draw", "green: triangle white large bottom-right"),
 ("变成 black", "edit", "green: triangle black large bottom-right"),
 ("undo 会回到 white 吗?", "chat", "="),
 ("好, 那就 white 吧", "edit", "green: triangle white large bottom-right"),
]),
("size-words 大号 code-switch", [
 ("大号 red star, 小号 blue square, star 在 top, square 在 bottom", "draw", "white: star red large top, square blue small bottom"),
 ("square 也要大号", "edit", "white: star red large top, square blue large bottom"),
 ("ok 收到", "chat", "="),
]),
("ack-chat multiple", [
 ("一个 yellow circle on black", "draw", "black: circle yellow large center"),
 ("像月亮 haha", "chat", "="),
 ("加个 small white star 在 top right, 像星星", "edit", "black: circle yellow large center, star white small top-right"),
 ("love it ❤", "chat", "="),
]),
("ask colour-clash", [
 ("blue square 在 center", "draw", "white: square blue large center"),
 ("背景也要 blue", "ask", "="),
 ("oh 那 square 换 yellow, 背景 blue", "edit", "blue: square yellow large center"),
]),
("undo after-two-edits", [
 ("小的 green triangle 在左上", "draw", "white: triangle green small top-left"),
 ("换 red", "edit", "white: triangle red small top-left"),
 ("再 move 到 center", "edit", "white: triangle red small center"),
 ("undo", "undo", "<"),
]),
("phone typo code-switch", [
 ("画个 orange staar 在 midle", "draw", "white: star orange large center"),
 ("bakground 换 purpel", "edit", "purple: star orange large center"),
 ("thx 谢啦", "chat", "="),
]),
("ask which-one", [
 ("top-left blue circle, bottom-right blue circle, 白底", "draw", "white: circle blue large top-left, circle blue large bottom-right"),
 ("circle 换 black", "ask", "="),
 ("两个都换", "edit", "white: circle black large top-left, circle black large bottom-right"),
]),
("question-chat then edit", [
 ("red square 在右上, yellow triangle 在左下", "draw", "white: square red large top-right, triangle yellow large bottom-left"),
 ("能不能让它们 overlap?", "chat", "="),
 ("ok 那 triangle 放 center 吧, 离 square 近一点", "edit", "white: square red large top-right, triangle yellow large center"),
]),
("wrapper code-switch long", [
 ("hi 我想试一下, can you draw 一个 big purple circle 在 bottom left, 还有一个 small green square 在 top right, 背景 yellow", "draw", "yellow: circle purple large bottom-left, square green small top-right"),
 ("这个 square 能不能 rotate 一下?", "chat", "="),
 ("算了, 把 square 换成 triangle", "edit", "yellow: circle purple large bottom-left, triangle green small top-right"),
]),
]
