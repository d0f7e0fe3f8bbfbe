# Hand-written code-switching (中英混写) dialogues. (classes, [(message, intent, scene), ...])
DIALOGS = [
(["code-switch", "wrapper", "ack-chat", "background-change"], [
  ("帮我画一个 red circle 在 top left", "draw", "white: circle red L tl"),
  ("nice 谢谢", "chat", "="),
  ("背景 change 成 black", "edit", "black: circle red L tl"),
]),
(["code-switch", "undo", "size-words"], [
  ("一个 blue square，放 center", "draw", "white: square blue L c"),
  ("make it 小一点", "edit", "white: square blue S c"),
  ("emm 还是 undo 吧", "undo", "<"),
]),
(["code-switch", "question-chat", "size-words"], [
  ("画个 yellow star, 背景 purple", "draw", "purple: star yellow L c"),
  ("这个 star 是 large 还是 small？", "chat", "="),
  ("ok 那 make it small", "edit", "purple: star yellow S c"),
]),
(["code-switch", "ambiguous", "colour"], [
  ("左边 green triangle，右边 green circle", "draw", "white: triangle green L l; circle green L r"),
  ("把 green 那个改成 orange", "ask", "="),
  ("triangle", "edit", "white: triangle orange L l; circle green L r"),
]),
(["code-switch", "ack-chat", "new-scene"], [
  ("draw 一个 black star 在右下角，small", "draw", "white: star black S br"),
  ("hmm 不错", "chat", "="),
  ("new one 吧：白色背景，top 一个 red square", "draw", "white: square red L t"),
]),
(["code-switch", "move", "colloquial-position", "ack-chat"], [
  ("给我一个 orange circle，在中间", "draw", "white: circle orange L c"),
  ("移到 bottom 那一排的最右边", "edit", "white: circle orange L br"),
  ("perfect 👍", "chat", "="),
]),
(["code-switch", "new-scene", "undo"], [
  ("purple background, 中间放一个 white triangle", "draw", "purple: triangle white L c"),
  ("重新来, a green square on the left and a red star on the right", "draw", "white: square green L l; star red L r"),
  ("no no 回到刚才那个 purple 的", "undo", "<"),
]),
(["code-switch", "colour-clash", "ambiguous", "two-edits"], [
  ("一个 black circle 在 top-right", "draw", "white: circle black L tr"),
  ("背景换成 black", "ask", "="),
  ("那 circle 换成 yellow，背景 black", "edit", "black: circle yellow L tr"),
]),
(["code-switch", "add", "question-chat"], [
  ("small red triangle 左上角", "draw", "white: triangle red S tl"),
  ("add 一个 big blue star 右下角", "edit", "white: triangle red S tl; star blue L br"),
  ("为啥 star 比 triangle 大这么多", "chat", "="),
]),
(["code-switch", "out-of-vocabulary", "ambiguous", "ack-chat"], [
  ("画一个 green square", "draw", "white: square green L c"),
  ("能不能 make it 一个 hexagon?", "ask", "="),
  ("那算了，keep it", "chat", "="),
]),
(["code-switch", "first-colour", "reference"], [
  ("a circle, 红色的, top", "draw", "white: circle red L t"),
  ("换 blue", "edit", "white: circle blue L t"),
  ("还是 red 好看，换回去", "edit", "white: circle red L t"),
  ("再放到 bottom-left", "edit", "white: circle red L bl"),
  ("thx 就这样", "chat", "="),
]),
(["code-switch", "typo", "background-change"], [
  ("画一个 yelow 的 tringle 在 midle", "draw", "white: triangle yellow L c"),
  ("bg 改 bleu", "edit", "blue: triangle yellow L c"),
]),
(["code-switch", "ambiguous", "vague"], [
  ("一个 white star on a black background", "draw", "black: star white L c"),
  ("改一下 color", "ask", "="),
  ("star 改 orange", "edit", "black: star orange L c"),
]),
(["code-switch", "remove", "ack-chat"], [
  ("top-left 一个 purple circle, bottom-right 一个 yellow square", "draw", "white: circle purple L tl; square yellow L br"),
  ("把 square 删了", "edit", "white: circle purple L tl"),
  ("ok 这样 clean 多了", "chat", "="),
]),
(["code-switch", "shape-change", "undo"], [
  ("一个 orange star 在 left", "draw", "white: star orange L l"),
  ("change 成 circle", "edit", "white: circle orange L l"),
  ("undo pls", "undo", "<"),
]),
(["code-switch", "question-chat", "ack-chat"], [
  ("draw a blue triangle 在右边", "draw", "white: triangle blue L r"),
  ("右边是 middle 那一排的吗？还是 top?", "chat", "="),
  ("ok 没事", "chat", "="),
]),
(["code-switch", "occupied-cell", "ambiguous", "move"], [
  ("center 一个 red square，top 一个 green star", "draw", "white: square red L c; star green L t"),
  ("把 star 放到 center", "ask", "="),
  ("那 star 放 bottom 吧", "edit", "white: square red L c; star green L b"),
]),
(["code-switch", "two-edits", "undo"], [
  ("yellow 背景, 一个 purple circle 在 left, small", "draw", "yellow: circle purple S l"),
  ("circle 变 big, 然后 move 到 right", "edit", "yellow: circle purple L r"),
  ("撤销一下", "undo", "<"),
]),
(["code-switch", "first-time-user", "ack-chat", "background-change"], [
  ("hi 第一次用，帮我画 a red star 吧", "draw", "white: star red L c"),
  ("哇 好快", "chat", "="),
  ("can I 换背景？比如 blue", "edit", "blue: star red L c"),
]),
(["code-switch", "too-many-objects", "ambiguous", "ack-chat"], [
  ("三个 shapes: red circle 左上, blue square 右上, green triangle 下面", "draw", "white: circle red L tl; square blue L tr; triangle green L b"),
  ("再加一个 black star", "ask", "="),
  ("ok 那就这样 fine", "chat", "="),
]),
(["code-switch", "complaint-edit", "size-words", "ack-chat"], [
  ("huge 的 black square 放中间，背景 orange", "draw", "orange: square black L c"),
  ("太大了 too much", "edit", "orange: square black S c"),
  ("好 that works", "chat", "="),
]),
(["code-switch", "it-reference", "move", "reference"], [
  ("画 a white circle 在 top-left，背景 green", "draw", "green: circle white L tl"),
  ("把 it 移到 bottom-right", "edit", "green: circle white L br"),
  ("再 move back", "edit", "green: circle white L tl"),
]),
(["code-switch", "ambiguous", "new-scene"], [
  ("small purple star 在 top", "draw", "white: star purple S t"),
  ("another one", "ask", "="),
  ("我是说 new picture：一个 yellow square on black", "draw", "black: square yellow L c"),
]),
(["code-switch", "remove", "undo"], [
  ("left 红色 circle, right 蓝色 triangle", "draw", "white: circle red L l; triangle blue L r"),
  ("remove the circle", "edit", "white: triangle blue L r"),
  ("哎呀 删错了 undo", "undo", "<"),
]),
(["code-switch", "question-chat", "ack-chat"], [
  ("给我画 a green star on purple background", "draw", "purple: star green L c"),
  ("what's the 背景 color code？", "chat", "="),
  ("cool, 谢谢", "chat", "="),
]),
(["code-switch", "add", "ack-chat"], [
  ("一个 blue circle, top-right, small", "draw", "white: circle blue S tr"),
  ("加个 red square 在 bottom-left, small too", "edit", "white: circle blue S tr; square red S bl"),
  ("looks like a flag lol", "chat", "="),
]),
(["code-switch", "ambiguous", "shape-change"], [
  ("一个 orange triangle 在中间", "draw", "white: triangle orange L c"),
  ("change the shape", "ask", "="),
  ("变 square", "edit", "white: square orange L c"),
]),
(["code-switch", "relative-position", "move"], [
  ("black 背景，white star 在 bottom-left", "draw", "black: star white L bl"),
  ("往上 move 一格", "edit", "black: star white L l"),
  ("再往右一格", "edit", "black: star white L c"),
]),
(["code-switch", "new-scene", "undo"], [
  ("一个 red square 在左边", "draw", "white: square red L l"),
  ("new picture: 一个 yellow circle on blue", "draw", "blue: circle yellow L c"),
  ("hmm 上一张比较好 go back", "undo", "<"),
]),
(["code-switch", "polite", "wrapper", "add"], [
  ("Could you please 画一个 small green circle at the bottom? 谢谢", "draw", "white: circle green S b"),
  ("thank you so much!", "chat", "="),
  ("能不能 also 加一个 purple star 在 top? 谢谢", "edit", "white: circle green S b; star purple L t"),
]),
(["code-switch", "ambiguous", "plural-reference"], [
  ("top-left 一个 yellow star，top-right 一个 yellow circle", "draw", "white: star yellow L tl; circle yellow L tr"),
  ("make the yellow one 红色", "ask", "="),
  ("both", "edit", "white: star red L tl; circle red L tr"),
]),
(["code-switch", "question-chat", "background-change"], [
  ("画一个 purple triangle，背景 yellow", "draw", "yellow: triangle purple L c"),
  ("你能画 gradient 吗", "chat", "="),
  ("ok 那背景 green", "edit", "green: triangle purple L c"),
]),
(["code-switch", "add", "undo"], [
  ("blue star 右下, small", "draw", "white: star blue S br"),
  ("加 orange circle 左上", "edit", "white: star blue S br; circle orange L tl"),
  ("不要 circle 了 undo", "undo", "<"),
]),
(["code-switch", "size-words", "ack-chat"], [
  ("tiny red circle 在 center", "draw", "white: circle red S c"),
  ("大一点点", "edit", "white: circle red L c"),
  ("nice", "chat", "="),
]),
(["code-switch", "ambiguous", "swap-positions"], [
  ("left 一个 black square，right 一个 white circle, background 红色", "draw", "red: square black L l; circle white L r"),
  ("换一下", "ask", "="),
  ("位置 swap 一下", "edit", "red: square black L r; circle white L l"),
]),
(["code-switch", "vague", "ambiguous", "colour"], [
  ("一个 green star on white", "draw", "white: star green L c"),
  ("不太 ok", "ask", "="),
  ("make it 蓝色", "edit", "white: star blue L c"),
]),
(["code-switch", "question-chat", "new-scene"], [
  ("画 two circles：top red, bottom blue", "draw", "white: circle red L t; circle blue L b"),
  ("这两个一样大吗", "chat", "="),
  ("ok, 换个新图：a black triangle on yellow", "draw", "yellow: triangle black L c"),
]),
(["code-switch", "question-chat", "ack-chat"], [
  ("一个 orange star 在 right", "draw", "white: star orange L r"),
  ("why 不是 center", "chat", "="),
  ("哦 对 我说了 right 哈哈", "chat", "="),
]),
(["code-switch", "remove-only-object", "ambiguous", "ack-chat"], [
  ("purple 背景, white square 中间", "draw", "purple: square white L c"),
  ("delete the square 吧", "ask", "="),
  ("那 leave it", "chat", "="),
]),
(["code-switch", "shape-change", "undo", "ack-chat"], [
  ("a blue circle 在 top-left, a red circle 在 bottom-right", "draw", "white: circle blue L tl; circle red L br"),
  ("把 blue 的变成 star", "edit", "white: star blue L tl; circle red L br"),
  ("undo 一下", "undo", "<"),
  ("ok 就这样 thanks", "chat", "="),
]),
(["code-switch", "terse", "undo"], [
  ("red square 左下", "draw", "white: square red L bl"),
  ("bg 黄", "edit", "yellow: square red L bl"),
  ("undo", "undo", "<"),
]),
(["code-switch", "ambiguous", "ack-chat"], [
  ("一个 white star, 背景 blue, 放 top", "draw", "blue: star white L t"),
  ("再来一个", "ask", "="),
  ("算了 no need", "chat", "="),
]),
(["code-switch", "add", "move", "two-edits"], [
  ("green circle 中间", "draw", "white: circle green L c"),
  ("加一个 black square 在 top-left, 然后把 circle 移到 bottom-right", "edit", "white: circle green L br; square black L tl"),
]),
(["code-switch", "question-chat", "ack-chat"], [
  ("画 a red triangle 和一个 blue triangle, red 在 left, blue 在 right", "draw", "white: triangle red L l; triangle blue L r"),
  ("三角形可以 rotate 吗？", "chat", "="),
  ("ok nvm", "chat", "="),
]),
(["code-switch", "complaint", "ambiguous", "background-change"], [
  ("a yellow circle on white 背景", "draw", "white: circle yellow L c"),
  ("yellow on white 看不清啊", "ask", "="),
  ("背景换成 black", "edit", "black: circle yellow L c"),
]),
(["code-switch", "new-scene", "undo"], [
  ("purple circle, top-right", "draw", "white: circle purple L tr"),
  ("new: green star 在 bottom-left", "draw", "white: star green L bl"),
  ("回去 previous 的", "undo", "<"),
]),
(["code-switch", "wrapper", "ack-chat"], [
  ("帮我画一个 big orange square 在 center, 背景 blue", "draw", "blue: square orange L c"),
  ("great, 就要这个", "chat", "="),
]),
(["code-switch", "ambiguous", "move"], [
  ("small black star 在 top-right", "draw", "white: star black S tr"),
  ("放到旁边", "ask", "="),
  ("放到 left 吧", "edit", "white: star black S l"),
]),
(["code-switch", "question-chat", "remove"], [
  ("draw 三个 small squares: red top-left, yellow center, blue bottom-right", "draw", "white: square red S tl; square yellow S c; square blue S br"),
  ("这是 diagonal 吗 哈哈", "chat", "="),
  ("把 yellow 的删掉", "edit", "white: square red S tl; square blue S br"),
]),
(["code-switch", "size-words", "undo"], [
  ("big white triangle, 黑色背景", "draw", "black: triangle white L c"),
  ("变 small", "edit", "black: triangle white S c"),
  ("hmm 还是 undo 吧，原来的好", "undo", "<"),
]),
]
