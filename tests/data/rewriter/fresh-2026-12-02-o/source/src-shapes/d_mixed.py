D = [
 dict(c=["code-switch", "defaults", "ack-chat"], t=[
  ("draw", "帮我 draw 一个 orange star 就好", "white | star orange large center"),
  ("chat", "nice, 挺可爱"),
 ]),
 dict(c=["code-switch", "one-cell-move"], t=[
  ("draw", "black background, 中间放一个 small yellow circle", "black | circle yellow small center"),
  ("edit", "往左挪一格", "1.pos=left"),
  ("edit", "再 up 一格", "1.pos=top-left"),
 ]),
 dict(c=["code-switch", "colour-swap-between-objects"], t=[
  ("draw", "左边 red square, 右边 blue triangle", "white | square red large left | triangle blue large right"),
  ("edit", "两个的 color 互换一下", "1.color=blue; 2.color=red"),
  ("chat", "ok 就这样"),
 ]),
 dict(c=["invert", "background", "two-edits"], t=[
  ("draw", "white circle on black bg, 大的", "black | circle white large center"),
  ("edit", "黑白反过来, invert 一下", "bg=white; 1.color=black"),
 ]),
 dict(c=["ask", "ambiguous-bigger"], t=[
  ("draw", "top-left 一个 small green star, bottom-right 一个 small purple square", "white | star green small top-left | square purple small bottom-right"),
  ("ask", "make it bigger"),
  ("edit", "哦我说 both, 两个都变大", "1.size=large; 2.size=large"),
 ]),
 dict(c=["it-reference", "last-mentioned"], t=[
  ("draw", "a blue circle 在上面", "white | circle blue large top"),
  ("edit", "再加个 red triangle 在 bottom-left, 小一点的", "+triangle red small bottom-left"),
  ("edit", "it 改成 star", "2.shape=star"),
 ]),
 dict(c=["question-chat", "position-query"], t=[
  ("draw", "green square right side, purple circle left side, 背景 yellow", "yellow | square green large right | circle purple large left"),
  ("chat", "这个 circle 是在左边正中吗? or slightly higher?"),
  ("chat", "got it 谢啦"),
 ]),
 dict(c=["all-shapes-change"], t=[
  ("draw", "三个 shapes: red circle top-left, red square top, red triangle top-right", "white | circle red large top-left | square red large top | triangle red large top-right"),
  ("edit", "全部变成 star, 颜色不变", "1.shape=star; 2.shape=star; 3.shape=star"),
  ("undo", "emmm 还是 undo 吧"),
 ]),
 dict(c=["typo", "code-switch", "move"], t=[
  ("draw", "一个 yelow trinagle 在 center", "white | triangle yellow large center"),
  ("edit", "move 到 bottm", "1.pos=bottom"),
 ]),
 dict(c=["ask", "unsupported-colour"], t=[
  ("draw", "purple bg + white star 小的 在右上", "purple | star white small top-right"),
  ("ask", "star 改成 gold 色"),
  ("edit", "那 yellow 吧", "1.color=yellow"),
 ]),
 dict(c=["reset-background", "defaults"], t=[
  ("draw", "orange 背景, black circle 在 bottom-right", "orange | circle black large bottom-right"),
  ("edit", "背景 reset 成默认的", "bg=white"),
 ]),
 dict(c=["relative-position", "add", "code-switch"], t=[
  ("draw", "left 放一个 blue square", "white | square blue large left"),
  ("edit", "在它右边 next to it 加个 small green circle", "+circle green small center"),
  ("chat", "perfect 👍"),
 ]),
 dict(c=["undo", "two-undos"], t=[
  ("draw", "red star center, 背景 blue", "blue | star red large center"),
  ("edit", "star 变 small", "1.size=small"),
  ("edit", "再变 yellow", "1.color=yellow"),
  ("undo", "undo"),
  ("undo", "再 undo 一次"),
 ]),
 dict(c=["phone", "terse", "remove"], t=[
  ("draw", "黑bg 白sq左上 黄圆右下", "black | square white large top-left | circle yellow large bottom-right"),
  ("edit", "del 圆", "-2"),
 ]),
 dict(c=["question-chat", "size-semantics"], t=[
  ("draw", "a small orange triangle 在 top-right, 和一个 large blue circle 在 bottom-left", "white | triangle orange small top-right | circle blue large bottom-left"),
  ("chat", "large 和 small 差多少? like twice?"),
  ("edit", "ok 那 triangle 也 large 吧", "1.size=large"),
 ]),
 dict(c=["mirror", "move"], t=[
  ("draw", "green star 在 top-left, purple square 在 right", "white | star green large top-left | square purple large right"),
  ("edit", "左右镜像一下 mirror horizontally", "1.pos=top-right; 2.pos=left"),
 ]),
 dict(c=["ask", "vague-complaint"], t=[
  ("draw", "yellow circle 中间, 背景 purple", "purple | circle yellow large center"),
  ("ask", "hmm 不太对劲"),
  ("chat", "没事我再想想"),
 ]),
 dict(c=["self-correction", "code-switch"], t=[
  ("draw", "画个 red square, 呃 I mean triangle, 放右下", "white | triangle red large bottom-right"),
  ("edit", "color 换成 green", "1.color=green"),
 ]),
 dict(c=["add-third", "fill-cell"], t=[
  ("draw", "blue circle left + blue circle right, 背景 orange", "orange | circle blue large left | circle blue large right"),
  ("edit", "中间补一个 white square", "+square white large center"),
  ("edit", "white square 小一点", "3.size=small"),
 ]),
 dict(c=["ask", "fourth-object"], t=[
  ("draw", "三个 small black stars: top-left, center, bottom-right", "white | star black small top-left | star black small center | star black small bottom-right"),
  ("ask", "再加一个 red circle 在 top-right"),
  ("edit", "那就把 center 那颗 star 换成 red circle 放 top-right", "2.shape=circle; 2.color=red; 2.pos=top-right"),
 ]),
 dict(c=["reaction", "complaint-edit", "size-words"], t=[
  ("draw", "huge purple triangle 在 top", "white | triangle purple large top"),
  ("edit", "太抢眼了 too loud, make it tiny", "1.size=small"),
  ("chat", "ok better"),
 ]),
 dict(c=["undo", "after-remove"], t=[
  ("draw", "green circle top-right, yellow square bottom-left, 黑底", "black | circle green large top-right | square yellow large bottom-left"),
  ("edit", "remove 那个 square", "-2"),
  ("undo", "撤回 please, 我要 square"),
  ("edit", "square 放 bottom-right instead", "2.pos=bottom-right"),
 ]),
 dict(c=["background-anywhere", "attr-after-noun"], t=[
  ("draw", "circle, 蓝色, 小号, 放 top; 背景用 yellow", "yellow | circle blue small top"),
  ("edit", "triangle, red, 大号, 放 bottom 加上", "+triangle red large bottom"),
 ]),
 dict(c=["question-chat", "undo-availability"], t=[
  ("draw", "一个 white star on red", "red | star white large center"),
  ("chat", "如果我改坏了 can I go back?"),
  ("edit", "ok 那试试 background green", "bg=green"),
  ("undo", "果然还是 red 好看, go back"),
 ]),
 dict(c=["colloquial-position", "code-switch"], t=[
  ("draw", "右下角角落里塞一个 tiny orange square", "white | square orange small bottom-right"),
  ("edit", "弄到正上方 top middle", "1.pos=top"),
 ]),
 dict(c=["new-scene", "ask-new-vs-add"], t=[
  ("draw", "black circle 在 left", "white | circle black large left"),
  ("ask", "now a green star"),
  ("draw", "new picture, 只要 green star 在中间", "white | star green large center"),
 ]),
 dict(c=["two-edits", "shape-and-move"], t=[
  ("draw", "yellow bg, purple square 在 top-left", "yellow | square purple large top-left"),
  ("edit", "变成 circle 然后 move 到 center", "1.shape=circle; 1.pos=center"),
  ("chat", "嗯嗯 nice"),
 ]),
 dict(c=["ask", "clash-after-bg"], t=[
  ("draw", "blue triangle 在 right, white background", "white | triangle blue large right"),
  ("ask", "背景 blue 吧"),
  ("edit", "哦 triangle 会消失... 那 background 用 black", "bg=black"),
 ]),
 dict(c=["reference", "first-colour"], t=[
  ("draw", "small circle 放 bottom-left, color green", "white | circle green small bottom-left"),
  ("edit", "换 purple", "1.color=purple"),
  ("edit", "emm 换回最早那个 color", "1.color=green"),
 ]),
 dict(c=["ack-chat", "compliment"], t=[
  ("draw", "orange triangle top-left, blue star bottom-right, 背景 white", "white | triangle orange large top-left | star blue large bottom-right"),
  ("chat", "哇 this is exactly what I wanted"),
  ("chat", "saving it now, 谢谢"),
 ]),
 dict(c=["shape-change", "which-one", "code-switch"], t=[
  ("draw", "两个 squares: 一个 red 在 top, 一个 yellow 在 bottom", "white | square red large top | square yellow large bottom"),
  ("edit", "yellow 那个 square 变成 circle", "2.shape=circle"),
 ]),
 dict(c=["ask", "position-word-unclear"], t=[
  ("draw", "green triangle center", "white | triangle green large center"),
  ("ask", "放到那边去"),
  ("edit", "我是说 top-left", "1.pos=top-left"),
 ]),
 dict(c=["typo", "pinyin", "add"], t=[
  ("draw", "hongse yuan 在 zhongjian", "white | circle red large center"),
  ("edit", "add a lanse 小 square 在 top-right", "+square blue small top-right"),
 ]),
 dict(c=["undo", "draw-again", "reference"], t=[
  ("draw", "yellow star 小的 在 left", "white | star yellow small left"),
  ("draw", "换个全新的: purple background, white circle bottom", "purple | circle white large bottom"),
  ("undo", "no no 回到 yellow star 那张"),
  ("edit", "star 变大", "1.size=large"),
 ]),
 dict(c=["designer-speak", "balance"], t=[
  ("draw", "Composition 要 balanced: big black square 在 bottom-left, small black circle 在 top-right, 背景 orange", "orange | square black large bottom-left | circle black small top-right"),
  ("chat", "visual weight 现在 OK 吗?"),
  ("edit", "circle 也 large 吧, 看看 balance", "2.size=large"),
 ]),
 dict(c=["remove", "it-reference"], t=[
  ("draw", "top 一个 red star, bottom 一个 blue circle", "white | star red large top | circle blue large bottom"),
  ("edit", "blue circle 改 small", "2.size=small"),
  ("edit", "算了 remove it", "-2"),
 ]),
 dict(c=["background-only", "colour-names"], t=[
  ("draw", "一个 green 的 circle, 背景要 purple 色", "purple | circle green large center"),
  ("edit", "bg 改成 yellow, circle keep", "bg=yellow"),
  ("edit", "再 black", "bg=black"),
 ]),
 dict(c=["ask", "two-same-shapes", "colour-change"], t=[
  ("draw", "two triangles, red 在 left 和 green 在 right", "white | triangle red large left | triangle green large right"),
  ("ask", "triangle 换个颜色"),
  ("edit", "left 的那个换 blue", "1.color=blue"),
 ]),
 dict(c=["polite", "code-switch", "move"], t=[
  ("draw", "麻烦 please 画一个 large white square, 背景 blue, 放在 bottom-right", "blue | square white large bottom-right"),
  ("edit", "Thanks! 可以 move 到 top-left 吗", "1.pos=top-left"),
  ("chat", "太感谢了"),
 ]),
 dict(c=["question-chat", "colour-count"], t=[
  ("draw", "purple star, yellow square, orange circle, top-left/center/bottom-right 依次放", "white | star purple large top-left | square yellow large center | circle orange large bottom-right"),
  ("chat", "现在图里有几种颜色?"),
  ("edit", "把 square 拿掉", "-2"),
 ]),
 dict(c=["complaint-edit", "colour-similar"], t=[
  ("draw", "orange circle 在 center, 背景 yellow", "yellow | circle orange large center"),
  ("edit", "contrast 太低了, 背景 change to black", "bg=black"),
  ("undo", "hmm 太 heavy 了, back"),
 ]),
 dict(c=["shape-synonyms", "code-switch"], t=[
  ("draw", "一个 black 方块 + 一个 red 三角, 方块 left 三角 right", "white | square black large left | triangle red large right"),
  ("edit", "三角 改成 星星", "2.shape=star"),
 ]),
 dict(c=["ask", "gibberish"], t=[
  ("draw", "blue circle in middle 背景 orange", "orange | circle blue large center"),
  ("ask", "asdfgh 哈哈 手滑"),
  ("edit", "circle smaller 就行", "1.size=small"),
 ]),
 dict(c=["move", "corner-to-corner", "undo"], t=[
  ("draw", "small green square top-left", "white | square green small top-left"),
  ("edit", "对角 diagonal 移过去", "1.pos=bottom-right"),
  ("undo", "嗯... revert"),
  ("chat", "还是原来的好"),
 ]),
 dict(c=["replace-object", "swap-subject"], t=[
  ("draw", "yellow triangle 在 top, purple circle 在 bottom, black 背景", "black | triangle yellow large top | circle purple large bottom"),
  ("edit", "把 triangle 换成一个 small white star", "1.shape=star; 1.color=white; 1.size=small"),
 ]),
 dict(c=["child", "code-switch", "add"], t=[
  ("draw", "我要 red 的 big circle 像太阳 在 top-right", "white | circle red large top-right"),
  ("edit", "太阳要 yellow 的!", "1.color=yellow"),
  ("edit", "最下面中间加一个 green triangle 当 tree", "+triangle green large bottom"),
  ("chat", "haha 好好看"),
 ]),
 dict(c=["ask", "contradictory"], t=[
  ("draw", "purple square 在 center", "white | square purple large center"),
  ("ask", "make it small 但是 also bigger"),
  ("edit", "sorry, small", "1.size=small"),
 ]),
 dict(c=["numbered", "code-switch", "remove"], t=[
  ("draw", "1) red star top-left 2) green star top-right 3) blue star bottom", "white | star red large top-left | star green large top-right | star blue large bottom"),
  ("edit", "删掉第 2 个", "-2"),
  ("edit", "第 3 个, 就是 blue 的那个, 变 small", "2.size=small"),
 ]),
 dict(c=["wrapper", "question-chat"], t=[
  ("draw", "Can you 帮我画 a small white triangle 在 left, on a green 背景?", "green | triangle white small left"),
  ("chat", "它会一直保持这个角度吗 when I edit other things?"),
  ("edit", "ok 加一个 small white circle 在 right 试试", "+circle white small right"),
 ]),
 dict(c=["bg-and-object-same-msg", "two-edits"], t=[
  ("draw", "red circle, blue 背景, 放 bottom-left", "blue | circle red large bottom-left"),
  ("edit", "背景 white, circle 挪 center", "bg=white; 1.pos=center"),
 ]),
]
