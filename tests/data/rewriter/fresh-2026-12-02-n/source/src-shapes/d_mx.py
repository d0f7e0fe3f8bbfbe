DIALOGS = [
(["code-switch", "defaults", "colour-change"], [
 ("画一个 red circle", "draw", "white: circle red large center"),
 ("change 成 blue", "edit", "circle.colour=blue")]),
(["code-switch", "multi-object", "move"], [
 ("top left 放一个 big yellow star，右下角来个 small green square", "draw", "white: star yellow large top-left; square green small bottom-right"),
 ("square 挪到 center", "edit", "square.pos=center"),
 ("nice 就这样", "chat", None)]),
(["code-switch", "background-change", "undo"], [
 ("background 要 black，中间一个 white 三角形", "draw", "black: triangle white large center"),
 ("background 换 purple 试试", "edit", "bg=purple"),
 ("emm 还是 black 好, undo", "undo", None)]),
(["code-switch", "size-words", "add"], [
 ("一个 tiny 的蓝色 star 在 top right", "draw", "white: star blue small top-right"),
 ("再 add 一个 huge 的 orange 圆 at bottom left", "edit", "+circle orange large bottom-left"),
 ("star 也 make it big", "edit", "star.size=large")]),
(["code-switch", "ask", "two-circles"], [
 ("左边一个 green circle，右边也一个 green circle", "draw", "white: circle green large left; circle green large right"),
 ("circle 改成 yellow", "ask", None),
 ("both 都改", "edit", "0.colour=yellow; 1.colour=yellow")]),
(["code-switch", "remove", "reference-by-colour"], [
 ("red square top, 蓝色三角 bottom, 黄色 star 在右边", "draw", "white: square red large top; triangle blue large bottom; star yellow large right"),
 ("把 blue 那个 delete 掉", "edit", "-blue"),
 ("ok 可以", "chat", None)]),
(["code-switch", "question-chat"], [
 ("画个 purple 的 square，放 bottom", "draw", "white: square purple large bottom"),
 ("这个 square 是 large 还是 small?", "chat", None),
 ("改 small 吧", "edit", "square.size=small")]),
(["code-switch", "shape-change", "reference-earlier-turn"], [
 ("center 一个 orange triangle, 背景 blue", "draw", "blue: triangle orange large center"),
 ("triangle 换成 circle", "edit", "triangle.shape=circle"),
 ("再换成 star", "edit", "circle.shape=star"),
 ("还是最开始的 triangle 好", "edit", "star.shape=triangle")]),
(["code-switch", "wrapper", "polite"], [
 ("Hi～麻烦帮我 draw 一个 small black circle 在左上角，谢谢", "draw", "white: circle black small top-left"),
 ("could you 把它放大一点？", "edit", "circle.size=large"),
 ("thanks 太好了", "chat", None)]),
(["code-switch", "typo", "phone"], [
 ("yelow 方块 middel, bg 红", "draw", "red: square yellow large center"),
 ("加个 whit star 右上", "edit", "+star white large top-right")]),
(["code-switch", "complaint-edit"], [
 ("白底 一个 yellow circle 在 right", "draw", "white: circle yellow large right"),
 ("太 light 了看不见，circle 换 black", "edit", "circle.colour=black")]),
(["code-switch", "ask", "conflict-cell"], [
 ("top left 一个 red star, top right 一个 blue square", "draw", "white: star red large top-left; square blue large top-right"),
 ("star 放到 top right", "ask", None),
 ("ok 那 square 先挪到 bottom right，star 再去 top right", "edit", "square.pos=bottom-right; star.pos=top-right")]),
(["code-switch", "relative-position"], [
 ("center 放一个 green 三角", "draw", "white: triangle green large center"),
 ("它左边加个 small purple 圆", "edit", "+circle purple small left"),
 ("右边也加一个 small orange square", "edit", "+square orange small right")]),
(["code-switch", "undo", "two-edits"], [
 ("蓝色 background, 一个 white star 在 bottom left", "draw", "blue: star white large bottom-left"),
 ("star 改 yellow，然后 move 到 top right", "edit", "star.colour=yellow; star.pos=top-right"),
 ("undo 一下", "undo", None),
 ("只改颜色 yellow，位置不动", "edit", "star.colour=yellow")]),
(["code-switch", "new-scene"], [
 ("一个 red 圆 在 top", "draw", "white: circle red large top"),
 ("ok 重新画 new one：black background，一个 green square 在 center", "draw", "black: square green large center")]),
(["code-switch", "attr-after-noun"], [
 ("triangle，purple，small，右下；circle，orange，large，左上", "draw", "white: triangle purple small bottom-right; circle orange large top-left"),
 ("circle 的 size 改 small", "edit", "circle.size=small")]),
(["code-switch", "limit", "ask"], [
 ("三个 star：左上 red，中间 blue，右下 green", "draw", "white: star red large top-left; star blue large center; star green large bottom-right"),
 ("再加一个 yellow circle 在 top", "ask", None),
 ("那就把 green star 换成 yellow circle", "edit", "green.shape=circle; circle.colour=yellow")]),
(["code-switch", "background-colour-clash", "ask"], [
 ("black 背景，中间一个 white square", "draw", "black: square white large center"),
 ("background 改成 white", "ask", None),
 ("对，square 就改成 black 吧", "edit", "bg=white; square.colour=black")]),
(["code-switch", "swap"], [
 ("left 一个 red triangle，right 一个 blue circle", "draw", "white: triangle red large left; circle blue large right"),
 ("它们 swap 一下位置", "edit", "triangle.pos=right; circle.pos=left")]),
(["code-switch", "terse"], [
 ("star 黄 左下", "draw", "white: star yellow large bottom-left"),
 ("bg 紫", "edit", "bg=purple"),
 ("star 小", "edit", "star.size=small"),
 ("👍", "chat", None)]),
(["code-switch", "vague", "ask"], [
 ("一个 orange square 在 center，background green", "draw", "green: square orange large center"),
 ("感觉不太对，change 一下", "ask", None),
 ("换成 circle", "edit", "square.shape=circle")]),
(["code-switch", "move", "directional"], [
 ("small blue 三角 在 top", "draw", "white: triangle blue small top"),
 ("往 down 移一格", "edit", "triangle.pos=center"),
 ("再往 left 一格", "edit", "triangle.pos=left")]),
(["code-switch", "remove", "last-object", "ask"], [
 ("一个 purple star", "draw", "white: star purple large center"),
 ("把 star 删了", "ask", None),
 ("算了不删，改成 red 吧", "edit", "star.colour=red")]),
(["code-switch", "it-reference"], [
 ("左上 black circle，右下 small yellow star", "draw", "white: circle black large top-left; star yellow small bottom-right"),
 ("make 它 bigger", "edit", "star.size=large")]),
(["code-switch", "child", "add"], [
 ("我想要 pink 的... 没有 pink 吗？那 purple 的 heart... 算了 purple star!", "draw", "white: star purple large center"),
 ("再来一个 orange 的 circle 在它下面", "edit", "+circle orange large bottom"),
 ("好耶", "chat", None)]),
(["code-switch", "question-chat", "count"], [
 ("red circle 左上, red circle 右上, blue square 下面", "draw", "white: circle red large top-left; circle red large top-right; square blue large bottom"),
 ("现在 total 几个 shapes?", "chat", None),
 ("右上那个 circle 改成 green", "edit", "1.colour=green")]),
(["code-switch", "undo", "remove"], [
 ("top 一个 small green star，center 一个 big red square，bottom 一个 small black triangle", "draw", "white: star green small top; square red large center; triangle black small bottom"),
 ("remove 中间的", "edit", "-square"),
 ("no no 撤销", "undo", None),
 ("remove 最下面的", "edit", "-triangle")]),
(["code-switch", "art-director"], [
 ("Yellow field，正中一个 large black triangle，nothing else", "draw", "yellow: triangle black large center"),
 ("triangle 太重了，改成 small", "edit", "triangle.size=small"),
 ("再往 top right 走", "edit", "triangle.pos=top-right"),
 ("good，lock 这个", "chat", None)]),
(["code-switch", "reference-earlier-turn", "background"], [
 ("orange 背景，中间一个 blue circle", "draw", "orange: circle blue large center"),
 ("background 换 yellow", "edit", "bg=yellow"),
 ("换 green", "edit", "bg=green"),
 ("还是第一个 background 好", "edit", "bg=orange")]),
(["code-switch", "ambiguous", "draw-vs-add", "ask"], [
 ("一个 white star，black 背景", "draw", "black: star white large center"),
 ("now 一个 red triangle", "ask", None),
 ("add 到 bottom left", "edit", "+triangle red large bottom-left")]),
(["code-switch", "colloquial-position", "add"], [
 ("正中间 a big blue square", "draw", "white: square blue large center"),
 ("右上角 corner 加一个 tiny yellow circle", "edit", "+circle yellow small top-right"),
 ("左下角 corner 再加个 tiny green triangle", "edit", "+triangle green small bottom-left")]),
(["code-switch", "self-correction"], [
 ("画一个 green... 不对，purple 的 triangle 在 left", "draw", "white: triangle purple large left"),
 ("再 move 到 right——哦不，move 到 bottom", "edit", "triangle.pos=bottom")]),
(["code-switch", "two-edits", "background-anywhere"], [
 ("white star 在 top left on a red background", "draw", "red: star white large top-left"),
 ("background blue，star 改 small", "edit", "bg=blue; star.size=small")]),
(["code-switch", "shape-change", "all-objects"], [
 ("左上 orange square，右下 orange square，都是 small", "draw", "white: square orange small top-left; square orange small bottom-right"),
 ("全部 change 成 triangle", "edit", "0.shape=triangle; 1.shape=triangle")]),
(["code-switch", "question-chat", "capability"], [
 ("一个 large black circle 在 center", "draw", "white: circle black large center"),
 ("可以加 text 吗？比如写个 logo name", "chat", None),
 ("ok 那就 circle 改 red", "edit", "circle.colour=red")]),
(["code-switch", "unclear-reference", "ask"], [
 ("左边 yellow circle，右边 yellow triangle", "draw", "white: circle yellow large left; triangle yellow large right"),
 ("yellow 那个改成 blue", "ask", None),
 ("sorry 我说的是 triangle", "edit", "triangle.colour=blue")]),
(["code-switch", "non-native", "add"], [
 ("please 画 one square green 在 bottom right, small size", "draw", "white: square green small bottom-right"),
 ("also want 一个 big red circle 在 the top left", "edit", "+circle red large top-left")]),
(["code-switch", "undo", "after-add"], [
 ("black 背景，一个 orange circle 在 left", "draw", "black: circle orange large left"),
 ("add 一个 small white star 在 right", "edit", "+star white small right"),
 ("hmm 太挤了，undo", "undo", None),
 ("star 放 top right 吧，small white", "edit", "+star white small top-right")]),
(["code-switch", "move", "relative-position"], [
 ("中间 red triangle，它上面一个 blue star", "draw", "white: triangle red large center; star blue large top"),
 ("triangle 移到 star 的左边", "edit", "triangle.pos=top-left")]),
(["code-switch", "complaint-edit", "size"], [
 ("yellow 背景，small purple circle 在 center", "draw", "yellow: circle purple small center"),
 ("太小了 almost 看不到", "edit", "circle.size=large"),
 ("perfect 👌", "chat", None)]),
(["code-switch", "five-turns", "mixed-intents"], [
 ("一个 green square 在 top left", "draw", "white: square green large top-left"),
 ("add 一个 red star 在 bottom right", "edit", "+star red large bottom-right"),
 ("star 为什么是斜的?", "chat", None),
 ("whatever，star 改 small", "edit", "star.size=small"),
 ("undo 吧 还是大的好", "undo", None)]),
(["code-switch", "wrapper", "long-first-prompt"], [
 ("Hello，帮我做一张 test image：background 用 purple，左上角一个 large yellow circle，中间一个 small white square，右下角一个 large orange triangle，thanks!", "draw", "purple: circle yellow large top-left; square white small center; triangle orange large bottom-right"),
 ("square 改成 star，size 不变", "edit", "square.shape=star"),
 ("great 就这个", "chat", None)]),
(["code-switch", "reference-by-position", "remove"], [
 ("top 一个 blue circle，left 一个 blue square，right 一个 blue triangle", "draw", "white: circle blue large top; square blue large left; triangle blue large right"),
 ("left 那个去掉", "edit", "-square"),
 ("right 那个改 red", "edit", "triangle.colour=red")]),
(["code-switch", "colour-swap", "two-edits"], [
 ("top left 黑色 star，bottom right 白色 circle，灰色... 哦没有灰色，那就 blue 背景", "draw", "blue: star black large top-left; circle white large bottom-right"),
 ("黑白互换", "edit", "star.colour=white; circle.colour=black")]),
(["code-switch", "multi-attr", "undo"], [
 ("一个 red square 在 right", "draw", "white: square red large right"),
 ("变成 small green circle 在 left", "edit", "square.shape=circle; circle.colour=green; circle.size=small; circle.pos=left"),
 ("撤回 please", "undo", None),
 ("just 颜色改 green 就好", "edit", "square.colour=green")]),
(["code-switch", "directional", "move"], [
 ("small orange star 在 bottom right", "draw", "white: star orange small bottom-right"),
 ("往上 move 两格", "edit", "star.pos=top-right"),
 ("再往左 move 一格", "edit", "star.pos=top")]),
(["code-switch", "ack-chat", "question-chat"], [
 ("green 背景，一个 black triangle 在 top", "draw", "green: triangle black large top"),
 ("ok 不错", "chat", None),
 ("这个 green 的 RGB 是多少?", "chat", None),
 ("triangle 改成 white", "edit", "triangle.colour=white")]),
(["code-switch", "new-scene", "background-default"], [
 ("yellow 背景上 一个 blue star", "draw", "yellow: star blue large center"),
 ("star 改 purple", "edit", "star.colour=purple"),
 ("clear 掉，重新画：左边 red circle，右边 green square", "draw", "white: circle red large left; square green large right")]),
(["code-switch", "add", "remove", "two-edits"], [
 ("左上 red circle，右上 blue circle", "draw", "white: circle red large top-left; circle blue large top-right"),
 ("red 的删掉，bottom 加一个 small yellow square", "edit", "-red; +square yellow small bottom")]),
(["code-switch", "typo", "size-words"], [
 ("一个 bule 的 trangle 在 centr, 要 samll", "draw", "white: triangle blue small center"),
 ("改 lagre", "edit", "triangle.size=large")]),
]
