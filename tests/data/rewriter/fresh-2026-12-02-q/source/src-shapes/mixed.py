D = [
(["code-switch", "colour-change"], [
 ("draw", "画一个 red circle 在中间", "white | circle red large center"),
 ("edit", "换成 blue 吧", "c0=blue"),
 ("chat", "nice 谢谢", ""),
]),
(["code-switch", "add"], [
 ("draw", "draw 一个黄色的 star, top left, small", "white | star yellow small top-left"),
 ("edit", "再加一个 green square 在 bottom right", "+square green large bottom-right"),
 ("chat", "ok 可以了", ""),
]),
(["code-switch", "undo"], [
 ("draw", "背景 black，中间一个 white triangle", "black | triangle white large center"),
 ("edit", "triangle 改成 orange", "c0=orange"),
 ("undo", "undo 一下", ""),
]),
(["code-switch", "ambiguous", "ask"], [
 ("draw", "左边一个 purple circle，右边一个 purple square", "white | circle purple large left | square purple large right"),
 ("ask", "把 purple 的那个变小", ""),
 ("edit", "circle 那个", "z0=small"),
]),
(["code-switch", "question-chat"], [
 ("draw", "一个 big orange square, 右上角", "white | square orange large top-right"),
 ("chat", "这个 canvas 是多大的？128吗", ""),
 ("chat", "ok got it", ""),
]),
(["code-switch", "move"], [
 ("draw", "a blue star 在左下角", "white | star blue large bottom-left"),
 ("edit", "move 到 center", "p0=center"),
 ("chat", "good", ""),
]),
(["code-switch", "remove"], [
 ("draw", "top 一个 red triangle, bottom 一个 yellow circle, 背景 purple", "purple | triangle red large top | circle yellow large bottom"),
 ("edit", "circle 不要了，delete", "-1"),
 ("undo", "哎呀 按错了 go back", ""),
]),
(["code-switch", "size-words"], [
 ("draw", "画个 tiny green circle 在右边", "white | circle green small right"),
 ("edit", "make it 大一点", "z0=large"),
]),
(["code-switch", "shape-change"], [
 ("draw", "一个 black square 在正中间，背景 yellow", "yellow | square black large center"),
 ("edit", "square 换成 star", "h0=star"),
 ("chat", "哈哈 cute", ""),
]),
(["code-switch", "background-anywhere"], [
 ("draw", "white circle in the middle, 背景用蓝色", "blue | circle white large center"),
 ("edit", "bg 换成 green", "bg=green"),
 ("undo", "还是 blue 好看，撤销", ""),
]),
(["code-switch", "ask", "max-objects"], [
 ("draw", "三个 shapes：左边 red circle，中间 blue square，右边 yellow triangle", "white | circle red large left | square blue large center | triangle yellow large right"),
 ("ask", "add 一个 black star 在上面", ""),
 ("chat", "哦 最多三个啊，那算了", ""),
]),
(["code-switch", "reference", "first-colour"], [
 ("draw", "draw a 橙色 triangle 在 top right", "white | triangle orange large top-right"),
 ("edit", "颜色 try red", "c0=red"),
 ("edit", "嗯 还是 original 的颜色吧", "c0=orange"),
]),
(["code-switch", "typo"], [
 ("draw", "画一个 puprle cirlce 在中间", "white | circle purple large center"),
 ("chat", "lol typo 但是你懂了", ""),
 ("edit", "改 smal", "z0=small"),
]),
(["code-switch", "relative-position", "add"], [
 ("draw", "middle 放一个 big red star", "white | star red large center"),
 ("edit", "star 的 above 加一个 small blue circle", "+circle blue small top"),
 ("chat", "perfect 👍", ""),
]),
(["code-switch", "complaint-edit", "too-dark"], [
 ("draw", "black background，一个 blue square 在 left", "black | square blue large left"),
 ("edit", "太 dark 了, square 换 yellow", "c0=yellow"),
 ("chat", "好多了 much better", ""),
]),
(["code-switch", "two-edits"], [
 ("draw", "右下角 small white star，背景 red", "red | star white small bottom-right"),
 ("edit", "star 挪到 top-left 然后 变 large", "p0=top-left;z0=large"),
]),
(["code-switch", "ask", "vague"], [
 ("draw", "一个 green triangle 在 bottom", "white | triangle green large bottom"),
 ("ask", "hmm 感觉不对", ""),
 ("edit", "颜色不对, make it purple", "c0=purple"),
]),
(["code-switch", "it"], [
 ("draw", "left 一个 orange circle，right 一个 black triangle", "white | circle orange large left | triangle black large right"),
 ("edit", "把 it 变成 red", "c1=red"),
 ("chat", "yes 是 triangle", ""),
]),
(["code-switch", "new-scene"], [
 ("draw", "画一个 yellow square", "white | square yellow large center"),
 ("draw", "nvm 重新画: a purple star at the top, 背景 orange", "orange | star purple large top"),
 ("chat", "这个好", ""),
]),
(["code-switch", "undo", "chained"], [
 ("draw", "blue circle 右上角, small", "white | circle blue small top-right"),
 ("edit", "变 square", "h0=square"),
 ("undo", "undo", ""),
 ("chat", "嗯 circle 好", ""),
]),
(["code-switch", "question-chat", "move"], [
 ("draw", "一个 red square 在 bottom-left corner", "white | square red large bottom-left"),
 ("chat", "能不能 rotate 它？", ""),
 ("edit", "ok 那 move 到 top-right 吧", "p0=top-right"),
]),
(["code-switch", "attr-after-noun"], [
 ("draw", "star 一个, green 的, small, 放 center, 背景 black", "black | star green small center"),
 ("chat", "ok", ""),
]),
(["code-switch", "swap", "move"], [
 ("draw", "上面 yellow circle，下面 red square", "white | circle yellow large top | square red large bottom"),
 ("edit", "swap 一下 两个的位置", "p0=bottom;p1=top"),
 ("undo", "no 还原", ""),
]),
(["code-switch", "polite", "add"], [
 ("draw", "Hi 你好, could you 画一个 white triangle 在中间, 背景 purple? thanks", "purple | triangle white large center"),
 ("edit", "Thank you! 能不能再加一个 small yellow star 在 top right?", "+star yellow small top-right"),
 ("chat", "太棒了 thanks a lot", ""),
]),
(["code-switch", "ambiguous", "ask", "move"], [
 ("draw", "中间 black circle, 小的", "white | circle black small center"),
 ("ask", "move 一下", ""),
 ("chat", "其实不用了 keep it", ""),
]),
(["code-switch", "remove", "add"], [
 ("draw", "left green square, right blue triangle, 背景 yellow", "yellow | square green large left | triangle blue large right"),
 ("edit", "remove square, 在 bottom 加一个 red circle", "-0;+circle red large bottom"),
]),
(["code-switch", "ack-chat"], [
 ("draw", "画一个 big orange star, 背景 blue", "blue | star orange large center"),
 ("chat", "wow 好看", ""),
 ("chat", "我给同事看看 brb", ""),
]),
(["code-switch", "like-before", "move"], [
 ("draw", "purple triangle 在 right", "white | triangle purple large right"),
 ("edit", "放 left", "p0=left"),
 ("edit", "算了 put it back where it was", "p0=right"),
]),
(["code-switch", "ask", "same-as-background"], [
 ("draw", "yellow 背景, 一个 red circle 在中间", "yellow | circle red large center"),
 ("ask", "circle 改成 yellow", ""),
 ("edit", "oh right, 那背景改 white, circle 再改 yellow", "bg=white;c0=yellow"),
]),
(["code-switch", "shape-change", "reference"], [
 ("draw", "top-left 一个 blue square, bottom-right 一个 green star", "white | square blue large top-left | star green large bottom-right"),
 ("edit", "blue 的那个 变 circle", "h0=circle"),
 ("chat", "对对", ""),
]),
(["code-switch", "question-chat"], [
 ("draw", "一个 small black triangle 在 top", "white | triangle black small top"),
 ("chat", "small 和 large 差多少？", ""),
 ("edit", "那 large 看看", "z0=large"),
]),
(["code-switch", "self-correction"], [
 ("draw", "画一个 green circle 在 left, wait 不是 left, 是 right", "white | circle green large right"),
 ("chat", "yes 就是这样", ""),
]),
(["code-switch", "colloquial-position", "add"], [
 ("draw", "一个 red star 在正中间", "white | star red large center"),
 ("edit", "左上角 corner 加一个 小的 blue 方块", "+square blue small top-left"),
 ("undo", "还是不加了 undo", ""),
]),
(["code-switch", "terse"], [
 ("draw", "bg 紫, 中 黄 circle", "purple | circle yellow large center"),
 ("edit", "circle → 小", "z0=small"),
]),
(["code-switch", "art-director", "complaint-edit"], [
 ("draw", "一个 large white square 在 center, 背景 orange", "orange | square white large center"),
 ("edit", "这个 orange 太 loud 了, 背景换 black", "bg=black"),
 ("chat", "ok this works", ""),
]),
(["code-switch", "unclear", "ask"], [
 ("draw", "a yellow triangle 在 bottom-right", "white | triangle yellow large bottom-right"),
 ("ask", "那个 thing 能不能 搞一下", ""),
 ("edit", "我意思是 颜色换 green", "c0=green"),
]),
(["code-switch", "remove", "undo"], [
 ("draw", "三个 circles: top-left red, top blue, top-right green", "white | circle red large top-left | circle blue large top | circle green large top-right"),
 ("edit", "去掉 middle 那个", "-1"),
 ("chat", "hmm", ""),
 ("undo", "还是 undo 吧", ""),
]),
(["code-switch", "perfect-now"], [
 ("draw", "blue star 在 left, 背景 white", "white | star blue large left"),
 ("edit", "perfect, 现在来一个 yellow 背景的 version", "bg=yellow"),
]),
(["code-switch", "two-edits", "colour-change"], [
 ("draw", "左边 black square, 右边 white circle, 背景 green", "green | square black large left | circle white large right"),
 ("edit", "square 变 red, circle 变 orange", "c0=red;c1=orange"),
 ("chat", "nice", ""),
]),
(["code-switch", "phone", "typo"], [
 ("draw", "画个 ornage trianlge 在 top", "white | triangle orange large top"),
 ("edit", "bg 换 blak", "bg=black"),
]),
(["code-switch", "question-chat", "ack-chat"], [
 ("draw", "一个 purple circle 在 bottom-left, small", "white | circle purple small bottom-left"),
 ("chat", "这个图可以商用吗 lol", ""),
 ("chat", "ok 就问问", ""),
]),
(["code-switch", "size-words", "reference"], [
 ("draw", "big red triangle 在 top-left, small yellow circle 在 bottom-right", "white | triangle red large top-left | circle yellow small bottom-right"),
 ("edit", "小的那个 make it big", "z1=large"),
]),
(["code-switch", "child"], [
 ("draw", "我要一个 pink... 没有 pink 吗? 那 purple 的 star!", "white | star purple large center"),
 ("chat", "好可爱 yay", ""),
 ("edit", "再要一个 yellow 的 star 在旁边, 右边", "+star yellow large right"),
]),
(["code-switch", "ask", "ambiguous"], [
 ("draw", "left 一个 blue triangle, right 一个 blue triangle, 背景 white", "white | triangle blue large left | triangle blue large right"),
 ("ask", "triangle 变 red", ""),
 ("edit", "right 那个", "c1=red"),
]),
(["code-switch", "non-native", "add"], [
 ("draw", "Draw me 一个 square, the colour is green, 在 middle", "white | square green large center"),
 ("edit", "and 一个 small black circle 在 square 的 right side", "+circle black small right"),
 ("chat", "thank you 很好", ""),
]),
(["code-switch", "undo", "background-anywhere"], [
 ("draw", "red star 在 center", "white | star red large center"),
 ("edit", "背景 black", "bg=black"),
 ("edit", "star 小一点", "z0=small"),
 ("undo", "撤回 size 那步", ""),
]),
(["code-switch", "move", "colloquial-position"], [
 ("draw", "一个 orange square 在 left 中间", "white | square orange large left"),
 ("edit", "往下 move 到 bottom-left", "p0=bottom-left"),
 ("chat", "👌", ""),
]),
(["code-switch", "wrapper", "long-first"], [
 ("draw", "请帮我 draw 一个 scene: 背景 purple, top-left 一个 small white circle, center 一个 large yellow star, bottom-right 一个 small green triangle", "purple | circle white small top-left | star yellow large center | triangle green small bottom-right"),
 ("chat", "nice, 跟我想的一样", ""),
 ("edit", "star 换 orange", "c1=orange"),
]),
(["code-switch", "question-chat", "shape-change"], [
 ("draw", "一个 black circle, 右上", "white | circle black large top-right"),
 ("chat", "有 heart 形状吗?", ""),
 ("edit", "没有啊, 那换 star 吧", "h0=star"),
]),
(["code-switch", "it", "size-words"], [
 ("draw", "bottom 一个 red square, top 一个 green circle", "white | square red large bottom | circle green large top"),
 ("edit", "make it 小", "z1=small"),
 ("chat", "wait 我想想", ""),
]),
]
