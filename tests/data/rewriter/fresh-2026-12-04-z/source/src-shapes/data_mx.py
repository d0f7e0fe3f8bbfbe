DATA = [
(["code-switch", "colour-change", "ack-chat"], [
 ("画一个 red circle 在中间", "draw", "white:circle red large center"),
 ("make it 蓝色", "edit", "0.colour=blue"),
 ("nice 谢谢", "chat")]),
(["code-switch", "move", "undo"], [
 ("a yellow star 左上角, small, 黑色背景", "draw", "black:star yellow small top-left"),
 ("把 star 移到 bottom right", "edit", "0.pos=bottom-right"),
 ("undo 一下", "undo")]),
(["code-switch", "ambiguous", "clarify-answer"], [
 ("两个 square，左边 green，右边 orange", "draw", "white:square green large left,square orange large right"),
 ("把 square 变小", "ask"),
 ("orange 那个", "edit", "1.size=small")]),
(["code-switch", "question-chat", "chat-only"], [
 ("purple triangle 放中间", "draw", "white:triangle purple large center"),
 ("这个 size 是 large 吗?", "chat"),
 ("ok 明白", "chat")]),
(["code-switch", "remove", "add"], [
 ("左上 blue circle，右下 white star，背景 red", "draw", "red:circle blue large top-left,star white large bottom-right"),
 ("remove 那个 circle", "edit", "-0"),
 ("再加一个 small black square 在 top", "edit", "+square black small top")]),
(["code-switch", "bg-clash", "ambiguous"], [
 ("一个 green square，small，在右边", "draw", "white:square green small right"),
 ("background 换 green", "ask"),
 ("算了 background 用 yellow", "edit", "bg=yellow")]),
(["code-switch", "shape-change", "undo", "ack-chat"], [
 ("black circle，白底，右上", "draw", "white:circle black large top-right"),
 ("change 成 triangle", "edit", "0.shape=triangle"),
 ("emm 还是 circle 好, undo", "undo"),
 ("perfect", "chat")]),
(["code-switch", "vague-complaint", "ambiguous"], [
 ("orange 背景上 一个 white star 在中间", "draw", "orange:star white large center"),
 ("有点 boring", "ask"),
 ("那 star 换成 purple", "edit", "0.colour=purple")]),
(["code-switch", "first-colour-better"], [
 ("small red triangle 在下面", "draw", "white:triangle red small bottom"),
 ("改 green", "edit", "0.colour=green"),
 ("no no, 第一个颜色比较好", "edit", "0.colour=red")]),
(["code-switch", "over-limit", "ambiguous"], [
 ("三个 circle: top-left 红, center 黄, bottom-right 蓝", "draw", "white:circle red large top-left,circle yellow large center,circle blue large bottom-right"),
 ("再加一个 green star", "ask"),
 ("ok 不加了，就这样挺好", "chat")]),
(["code-switch", "it-reference", "size-words"], [
 ("左边一个 blue square", "draw", "white:square blue large left"),
 ("右边加个 yellow circle", "edit", "+circle yellow large right"),
 ("make it tiny", "edit", "1.size=small")]),
(["code-switch", "question-chat", "wrapper"], [
 ("Can you 帮我画 a purple star 在右上角?", "draw", "white:star purple large top-right"),
 ("为什么是 white background?", "chat"),
 ("换成 black 吧", "edit", "bg=black")]),
(["code-switch", "cell-clash", "ambiguous", "move"], [
 ("center 一个 red square, top 一个 blue triangle", "draw", "white:square red large center,triangle blue large top"),
 ("triangle 放 center", "ask"),
 ("那 square 去 left，triangle 去 center", "edit", "0.pos=left;1.pos=center")]),
(["code-switch", "typo", "terse"], [
 ("yelow 圆 中间 小", "draw", "white:circle yellow small center"),
 ("bg 蓝", "edit", "bg=blue"),
 ("thx", "chat")]),
(["code-switch", "undo", "double-undo", "add"], [
 ("一个 white triangle，黑色 background", "draw", "black:triangle white large center"),
 ("加 orange circle 在左下", "edit", "+circle orange large bottom-left"),
 ("加 red star 在右下", "edit", "+star red large bottom-right"),
 ("undo", "undo"),
 ("再 undo 一次", "undo")]),
(["code-switch", "two-edits", "ack-chat"], [
 ("green star, 大的, 在左下", "draw", "white:star green large bottom-left"),
 ("变 small 然后放到 top-right", "edit", "0.size=small;0.pos=top-right"),
 ("好 this is it", "chat")]),
(["code-switch", "swap-positions", "question-chat"], [
 ("left 红 square, right 蓝 circle", "draw", "white:square red large left,circle blue large right"),
 ("两个 swap 一下位置", "edit", "0.pos=right;1.pos=left"),
 ("现在 red 的在哪边?", "chat")]),
(["code-switch", "new-scene", "chat-only"], [
 ("一个 black star 在 top", "draw", "white:star black large top"),
 ("重新画: yellow background, 中间 purple circle", "draw", "yellow:circle purple large center"),
 ("nice 我喜欢这个", "chat")]),
(["code-switch", "complaint-edit", "remove"], [
 ("左上 orange triangle，右上 green circle，下面 blue square", "draw", "white:triangle orange large top-left,circle green large top-right,square blue large bottom"),
 ("那个 square 看起来很怪, 去掉", "edit", "-2"),
 ("ok 这样 OK", "chat")]),
(["code-switch", "shape-synonym", "ambiguous"], [
 ("来个 big 三角 red 在右侧", "draw", "white:triangle red large right"),
 ("改一下 shape", "ask"),
 ("改成 star", "edit", "0.shape=star")]),
(["code-switch", "background-change", "undo"], [
 ("white square 在中央, purple 背景", "draw", "purple:square white large center"),
 ("背景 black", "edit", "bg=black"),
 ("太暗了 undo", "undo"),
 ("那 square 改成 yellow", "edit", "0.colour=yellow")]),
(["code-switch", "relative-position", "add"], [
 ("一个 blue circle 在 center", "draw", "white:circle blue large center"),
 ("在它右边放个 small orange star", "edit", "+star orange small right"),
 ("完美 thanks", "chat")]),
(["code-switch", "self-correction"], [
 ("画个 green square 在 left, 不对, 在 right", "draw", "white:square green large right"),
 ("嗯对", "chat")]),
(["code-switch", "both", "colour-change"], [
 ("top-left 一个 small white circle, bottom-right 一个 small white triangle, 背景 blue", "draw", "blue:circle white small top-left,triangle white small bottom-right"),
 ("both 改成 yellow", "edit", "0.colour=yellow;1.colour=yellow"),
 ("这个 yellow 是哪种 yellow?", "chat")]),
(["code-switch", "first-timer", "question-chat"], [
 ("hi 我第一次用 can you draw 一个 orange square?", "draw", "white:square orange large center"),
 ("我可以 draw 几个 shapes?", "chat"),
 ("ok 再加一个 black circle 在 top-left", "edit", "+circle black large top-left")]),
(["code-switch", "ambiguous", "move"], [
 ("一个 red star 在 bottom", "draw", "white:star red large bottom"),
 ("move 一下", "ask"),
 ("move 到 top", "edit", "0.pos=top")]),
(["code-switch", "size-words", "like-before"], [
 ("huge 紫色 circle", "draw", "white:circle purple large center"),
 ("小一点", "edit", "0.size=small"),
 ("还是 big 的好, like before", "edit", "0.size=large")]),
(["code-switch", "remove", "undo", "ack-chat"], [
 ("左边 yellow star，中间 red circle，右边 green triangle", "draw", "white:star yellow large left,circle red large center,triangle green large right"),
 ("把 red 的删了", "edit", "-1"),
 ("oops 不是这个意思, undo", "undo"),
 ("好 回来了", "chat")]),
(["code-switch", "multi-edit", "it-reference"], [
 ("一个 black triangle 在 top-right", "draw", "white:triangle black large top-right"),
 ("把 it 改成 small orange square 放 center", "edit", "0.size=small;0.colour=orange;0.shape=square;0.pos=center")]),
(["code-switch", "question-chat", "chat-only"], [
 ("green 背景, 中间一个 white star", "draw", "green:star white large center"),
 ("star 有几个角?", "chat"),
 ("能不能转一下角度?", "chat")]),
(["code-switch", "background-anywhere", "add"], [
 ("background 用 orange, 然后右上一个 small blue circle", "draw", "orange:circle blue small top-right"),
 ("左下加一个 purple square", "edit", "+square purple large bottom-left"),
 ("很好 keep it", "chat")]),
(["code-switch", "relative-move"], [
 ("red square 在 top-left", "draw", "white:square red large top-left"),
 ("往 right 移一格", "edit", "0.pos=top"),
 ("再往下 one more", "edit", "0.pos=center")]),
(["code-switch", "same-as", "colour-change"], [
 ("上面 yellow triangle，下面 blue circle", "draw", "white:triangle yellow large top,circle blue large bottom"),
 ("circle 也用 triangle 的颜色", "edit", "1.colour=yellow"),
 ("undo 吧 还是不同颜色好", "undo")]),
(["code-switch", "wrapper", "polite"], [
 ("请帮我 draw a small purple triangle at the bottom-left, thank you", "draw", "white:triangle purple small bottom-left"),
 ("谢谢! 可以把它变 large 吗?", "edit", "0.size=large"),
 ("Thank you 非常好", "chat")]),
(["code-switch", "ambiguous", "vague"], [
 ("white circle 在中间, black 背景", "draw", "black:circle white large center"),
 ("换个 colour", "ask"),
 ("换 red", "edit", "0.colour=red")]),
(["code-switch", "shape-change", "background-change"], [
 ("blue star 在 left", "draw", "white:star blue large left"),
 ("star 换成 square，背景换成 yellow", "edit", "0.shape=square;bg=yellow")]),
(["code-switch", "question-chat", "undo"], [
 ("small green triangle 在 right", "draw", "white:triangle green small right"),
 ("改成 red", "edit", "0.colour=red"),
 ("刚才是什么颜色来着?", "chat"),
 ("undo", "undo")]),
(["code-switch", "colour-reference", "remove"], [
 ("top 一个 orange circle, bottom 一个 purple circle", "draw", "white:circle orange large top,circle purple large bottom"),
 ("delete 紫色那个", "edit", "-1"),
 ("好", "chat")]),
(["code-switch", "typo", "phone"], [
 ("balck star 右下 pls", "draw", "white:star black large bottom-right"),
 ("变小 smal", "edit", "0.size=small"),
 ("ok 可以了", "chat")]),
(["code-switch", "out-of-vocab", "ambiguous"], [
 ("一个 blue square 在 center", "draw", "white:square blue large center"),
 ("加个 heart shape 在上面", "ask"),
 ("那加个 red star 在 top 吧", "edit", "+star red large top")]),
(["code-switch", "long-first", "remove"], [
 ("我需要一张 test image: purple background, top-left 放一个 small yellow star, center 放一个 large white circle, bottom-right 放一个 small orange square, 谢谢", "draw", "purple:star yellow small top-left,circle white large center,square orange small bottom-right"),
 ("star 不要了", "edit", "-0"),
 ("circle 是不是太大了?", "chat")]),
(["code-switch", "size-words", "both"], [
 ("left 一个 big red circle, right 一个 small red square", "draw", "white:circle red large left,square red small right"),
 ("一样大 都 small", "edit", "0.size=small"),
 ("cool", "chat")]),
(["code-switch", "move", "ack-chat"], [
 ("yellow square 在 bottom-right, background black", "draw", "black:square yellow large bottom-right"),
 ("move 到 top-left 去", "edit", "0.pos=top-left"),
 ("👍", "chat")]),
(["code-switch", "new-scene", "undo"], [
 ("green circle 在 center", "draw", "white:circle green large center"),
 ("new one: blue 背景, 一个 white triangle 在 top", "draw", "blue:triangle white large top"),
 ("还是之前那张好, undo", "undo")]),
(["code-switch", "add", "question-chat"], [
 ("一个 orange star 在 left", "draw", "white:star orange large left"),
 ("right 再来一个 same 的", "edit", "+star orange large right"),
 ("两个是一模一样吗?", "chat")]),
(["code-switch", "complaint-edit", "background-change"], [
 ("red triangle 中间, 背景 purple", "draw", "purple:triangle red large center"),
 ("背景太 dark 了, 换 white", "edit", "bg=white"),
 ("better", "chat")]),
(["code-switch", "ambiguous", "clarify-answer", "remove"], [
 ("top-left 一个 small black star, top-right 一个 small black star", "draw", "white:star black small top-left,star black small top-right"),
 ("去掉一个 star", "ask"),
 ("右边的", "edit", "-1")]),
(["code-switch", "colour-change", "chat-only"], [
 ("一个 purple square，小号，在 top", "draw", "white:square purple small top"),
 ("换 orange", "edit", "0.colour=orange"),
 ("看起来不错 I'll keep this", "chat")]),
(["code-switch", "attr-after-noun", "move"], [
 ("circle, 蓝色, small, 放 bottom", "draw", "white:circle blue small bottom"),
 ("放到 middle", "edit", "0.pos=center"),
 ("好了 done", "chat")]),
(["code-switch", "it-reference", "undo"], [
 ("一个 yellow triangle 在左侧", "draw", "white:triangle yellow large left"),
 ("把 it 放到右侧", "edit", "0.pos=right"),
 ("算了 放回去 undo", "undo")]),
]
