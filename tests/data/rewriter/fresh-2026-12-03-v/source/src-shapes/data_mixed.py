MIXED = [
("code-switch move ack-chat", [
    ("画一个 big red circle 在中间", "draw", "white | circle red L c"),
    ("把它 move 到 left", "edit", "@c pos=l"),
    ("ok 不错", "chat", None)]),
("wrapper background-anywhere size-words", [
    ("帮我 draw 一个 blue square, top right, 背景 black", "draw", "black | square blue L tr"),
    ("size 改 small", "edit", "@tr size=S"),
    ("nice 谢谢", "chat", None)]),
("background-first shape-change undo", [
    ("背景 yellow，左下角 green triangle，右上角 purple star，都 small 一点", "draw", "yellow | triangle green S bl | star purple S tr"),
    ("triangle 换成 circle", "edit", "@bl shape=circle"),
    ("undo 一下", "undo", None)]),
("complaint-edit size-words add", [
    ("一个 orange star, center", "draw", "white | star orange L c"),
    ("它 too big 了", "edit", "@c size=S"),
    ("再 add 一个 black circle at the top", "edit", "+ circle black L t")]),
("shape-change question-chat", [
    ("a white square on 紫色背景", "draw", "purple | square white L c"),
    ("change 那个 square 成 triangle", "edit", "@c shape=triangle"),
    ("这个 triangle 是 white 的吗？", "chat", None)]),
("ambiguous clarification colour-change", [
    ("红色 circle 左上, 蓝色 circle 右下, white bg", "draw", "white | circle red L tl | circle blue L br"),
    ("make 那个圆 green", "ask", None),
    ("右下的那个", "edit", "@br color=green")]),
("both-reference colour-change undo", [
    ("left 一个 yellow square, right 一个 yellow triangle, background blue", "draw", "blue | square yellow L l | triangle yellow L r"),
    ("两个都 change to red", "edit", "@l color=red; @r color=red"),
    ("算了 undo", "undo", None)]),
("remove undo shortcut", [
    ("draw 三个 shape: 上面 red circle, 中间 green square, 下面 blue star", "draw", "white | circle red L t | square green L c | star blue L b"),
    ("delete 中间那个", "edit", "- c"),
    ("ctrl z", "undo", None)]),
("move ack-chat background-anywhere", [
    ("一个小的 black star 在 bottom right, 背景 orange", "draw", "orange | star black S br"),
    ("move 到 top left 吧", "edit", "@br pos=tl"),
    ("好 perfect", "chat", None)]),
("relative-position add colour-change", [
    ("purple 背景 + 一个大 white circle", "draw", "purple | circle white L c"),
    ("加一个 small yellow star 在它右边", "edit", "+ star yellow S r"),
    ("star 换成 orange", "edit", "@r color=orange")]),
("pinyin size-words", [
    ("hong se circle zai zhong jian pls", "draw", "white | circle red L c"),
    ("ok now bian xiao yi dian", "edit", "@c size=S"),
    ("hao de, 谢啦", "chat", None)]),
("wrapper background size-words", [
    ("Can you 画 a small green triangle on black? 放 center 就好", "draw", "black | triangle green S c"),
    ("bg 换 white", "edit", "bg=white"),
    ("triangle 再 big 一点", "edit", "@c size=L")]),
("swap-positions ack-chat", [
    ("一个 blue circle at the top-left and 一个 red square at the bottom-right", "draw", "white | circle blue L tl | square red L br"),
    ("swap 一下位置", "edit", "@tl pos=br; @br pos=tl"),
    ("谢谢 bro", "chat", None)]),
("shape-change add undo", [
    ("yellow 背景，center 放一个 black square", "draw", "yellow | square black L c"),
    ("square 改成 star, 颜色不变", "edit", "@c shape=star"),
    ("再加个 small red triangle 在 bottom left", "edit", "+ triangle red S bl"),
    ("undo 上一步", "undo", None)]),
("two-edits move size-words", [
    ("给我一个 purple triangle, small, 右边", "draw", "white | triangle purple S r"),
    ("放到中间 and make it large", "edit", "@r pos=c size=L"),
    ("ok 可以了", "chat", None)]),
("remove move", [
    ("left 红 star，right 绿 star，white 背景", "draw", "white | star red L l | star green L r"),
    ("red 那个 remove 掉", "edit", "- l"),
    ("剩下的 move 到 center", "edit", "@r pos=c")]),
("conflict ask two-edits background", [
    ("background 要 green, 上面放一个 white circle", "draw", "green | circle white L t"),
    ("background 改 white", "ask", None),
    ("那 circle 改 black, 然后 background white", "edit", "@t color=black; bg=white")]),
("question-chat identity shape-change", [
    ("draw an orange square in the middle pls", "draw", "white | square orange L c"),
    ("这是 square 吗 看起来有点歪", "chat", None),
    ("ok 换成 circle", "edit", "@c shape=circle")]),
("ambiguous clarification both-reference", [
    ("top 一个 blue triangle，bottom 一个 blue triangle", "draw", "white | triangle blue L t | triangle blue L b"),
    ("把 triangle 改成 yellow", "ask", None),
    ("两个都改", "edit", "@t color=yellow; @b color=yellow")]),
("stand-in add ack-chat", [
    ("一个 star，yellow 的，在 top-right，背景 black", "draw", "black | star yellow L tr"),
    ("加一个 small white circle 在 left, 当 moon 用", "edit", "+ circle white S l"),
    ("哈哈 cute", "chat", None)]),
("move relative-move ack-chat", [
    ("red square 左上角, green circle 右上角, 背景 yellow", "draw", "yellow | square red L tl | circle green L tr"),
    ("把 square 往下 move 到 bottom-left", "edit", "@tl pos=bl"),
    ("circle 也往下", "edit", "@tr pos=br"),
    ("好的 thx", "chat", None)]),
("size-words colour-change earlier-colour", [
    ("小 blue star center", "draw", "white | star blue S c"),
    ("bigger!", "edit", "@c size=L"),
    ("color 换 purple", "edit", "@c color=purple"),
    ("no wait, 刚才的 blue 更好", "edit", "@c color=blue")]),
("move undo background-anywhere", [
    ("I want 一个 black circle on 白色 background, bottom", "draw", "white | circle black L b"),
    ("上移到 center", "edit", "@b pos=c"),
    ("undo", "undo", None)]),
("size-words shape-change", [
    ("draw 两个 squares: 左边 orange, 右边 purple", "draw", "white | square orange L l | square purple L r"),
    ("orange 那个 small 一点", "edit", "@l size=S"),
    ("purple 那个变 circle", "edit", "@r shape=circle")]),
("background colour-change ack-chat", [
    ("一个 green triangle 在 middle, 背景 red", "draw", "red | triangle green L c"),
    ("背景 change 成 blue", "edit", "bg=blue"),
    ("triangle 呢 改 yellow", "edit", "@c color=yellow"),
    ("perfect 就这样", "chat", None)]),
("question-chat colour-change", [
    ("Make 一个 white star 在 top, bg 是 black", "draw", "black | star white L t"),
    ("what 颜色 is the star?", "chat", None),
    ("改成 red", "edit", "@t color=red")]),
("add remove size-reference", [
    ("右下角 yellow circle 小号", "draw", "white | circle yellow S br"),
    ("再加 yellow circle 大号 在 top-left", "edit", "+ circle yellow L tl"),
    ("把小的那个删了", "edit", "- br")]),
("undo then-edit both-reference size-words", [
    ("a red triangle 在 left, a blue square 在 right, 背景 white", "draw", "white | triangle red L l | square blue L r"),
    ("把它们都 make small", "edit", "@l size=S; @r size=S"),
    ("undo", "undo", None),
    ("只把 square 变小", "edit", "@r size=S")]),
("greeting wrapper ack-chat", [
    ("嗨 can you draw something? 一个 purple circle 吧, center", "draw", "white | circle purple L c"),
    ("looks good 谢谢", "chat", None)]),
("attr-after-noun size-words shape-change", [
    ("circle orange, top-right; star green small, bottom-left; bg 白", "draw", "white | circle orange L tr | star green S bl"),
    ("star 放大", "edit", "@bl size=L"),
    ("circle 改 square", "edit", "@tr shape=square")]),
("ambiguous vague clarification", [
    ("中间一个 black triangle, 背景 yellow", "draw", "yellow | triangle black L c"),
    ("change it", "ask", None),
    ("change to 红色", "edit", "@c color=red")]),
("move add undo", [
    ("left 一个 big white square on a black bg", "draw", "black | square white L l"),
    ("move it 到 right", "edit", "@l pos=r"),
    ("再加一个 small white star 在 left", "edit", "+ star white S l"),
    ("撤销 last step", "undo", None)]),
("move colour-change", [
    ("blue star 在 top-left，yellow star 在 bottom-right，purple 背景", "draw", "purple | star blue L tl | star yellow L br"),
    ("把 yellow 那个 移到 center", "edit", "@br pos=c"),
    ("blue 的 change 成 green", "edit", "@tl color=green")]),
("background add relative-position", [
    ("一个红圆 at the center pls", "draw", "white | circle red L c"),
    ("背景 make it black", "edit", "bg=black"),
    ("good, 再来个 green square 在下面", "edit", "+ square green L b")]),
("new-scene undo", [
    ("orange circle 在 left", "draw", "white | circle orange L l"),
    ("换一个新的: blue background, yellow star center", "draw", "blue | star yellow L c"),
    ("回到上一张", "undo", None)]),
("long-first shape-change remove ack-chat", [
    ("我想要 three shapes: red circle top-left, white triangle center, red square bottom-right, 背景 blue", "draw", "blue | circle red L tl | triangle white L c | square red L br"),
    ("中间那个 triangle 改 star", "edit", "@c shape=star"),
    ("删掉 red square", "edit", "- br"),
    ("nice", "chat", None)]),
("question-chat size-words", [
    ("small green circle 放在 top", "draw", "white | circle green S t"),
    ("它现在是 small 吗", "chat", None),
    ("ok make it large", "edit", "@t size=L")]),
("two-edits undo background-anywhere", [
    ("一个 purple square，bottom-left，背景 orange", "draw", "orange | square purple L bl"),
    ("move 到 top-right 然后改成 black", "edit", "@bl pos=tr color=black"),
    ("nope 撤销", "undo", None)]),
("relative-position add size-words", [
    ("Please 帮我画 a yellow triangle 在 right 边", "draw", "white | triangle yellow L r"),
    ("再 add 一个 red circle 在它左边", "edit", "+ circle red L c"),
    ("triangle 小一点", "edit", "@r size=S")]),
("ambiguous clarification colour-change three-objects", [
    ("center 一个 blue circle，top-left 一个 blue square，top-right 一个 blue triangle", "draw", "white | circle blue L c | square blue L tl | triangle blue L tr"),
    ("make the blue one red", "ask", None),
    ("the square 啦", "edit", "@tl color=red")]),
("form-style move size-words", [
    ("一个 black star，size small，position center，background white", "draw", "white | star black S c"),
    ("position 改 bottom-right", "edit", "@c pos=br"),
    ("size 改 large", "edit", "@br size=L")]),
("ambiguous vague add", [
    ("画 a green square 在中间", "draw", "white | square green L c"),
    ("太 boring 了 加点东西", "ask", None),
    ("ok 加一个 orange star 在 top-right", "edit", "+ star orange L tr")]),
("swap-positions background ack-chat", [
    ("an orange triangle 在下面 and a purple circle 在上面", "draw", "white | triangle orange L b | circle purple L t"),
    ("circle 跟 triangle 换位置", "edit", "@t pos=b; @b pos=t"),
    ("背景变 black", "edit", "bg=black"),
    ("看起来不错 thx", "chat", None)]),
("self-correction shape-change ack-chat", [
    ("yellow bg 上一个 big red square", "draw", "yellow | square red L c"),
    ("把 square 改成 triangle... 哦不, circle", "edit", "@c shape=circle"),
    ("good", "chat", None)]),
("add remove two-adds", [
    ("一个 white circle in the middle, 背景 green", "draw", "green | circle white L c"),
    ("再加 two stars: red 在 left, blue 在 right", "edit", "+ star red L l; + star blue L r"),
    ("太满了, 删掉 blue star", "edit", "- r")]),
("correction move ack-chat", [
    ("bottom-left 放一个 small black triangle", "draw", "white | triangle black S bl"),
    ("hmm 不对, 我要的是 bottom-right", "edit", "@bl pos=br"),
    ("ok 对了", "chat", None)]),
("both-reference size-words", [
    ("red circle + blue circle, left and right, 背景 yellow", "draw", "yellow | circle red L l | circle blue L r"),
    ("两个 circle 都变 small", "edit", "@l size=S; @r size=S"),
    ("blue 那个还是变回大的", "edit", "@r size=L")]),
("conflict ask two-edits", [
    ("一个 orange square 在 top", "draw", "white | square orange L t"),
    ("背景改成 orange", "ask", None),
    ("那 square 先改 white, 再换 orange 背景", "edit", "@t color=white; bg=orange")]),
("like-before move undo", [
    ("draw green star 在 center, 背景 purple", "draw", "purple | star green L c"),
    ("像刚才那样 but star 放 left", "edit", "@c pos=l"),
    ("撤销", "undo", None)]),
("two-edits size-words emoji-chat", [
    ("一个 big 黄色 circle 在 top-right，一个 small 蓝色 triangle 在 bottom-left", "draw", "white | circle yellow L tr | triangle blue S bl"),
    ("circle 的 size 改小, triangle 改大", "edit", "@tr size=S; @bl size=L"),
    ("ok cool \U0001F44D", "chat", None)]),
]
