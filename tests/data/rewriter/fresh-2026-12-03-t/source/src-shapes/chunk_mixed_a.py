DIALOGUES = [
("mixed", ["code-switch", "colour-change", "ack-chat"], [
  ("帮我画一个 red circle 在中间", "draw", "white; circle red large center"),
  ("nice~", "chat"),
  ("换成 blue 吧", "edit", "circle colour blue"),
]),
("mixed", ["code-switch", "move", "undo"], [
  ("black background, 左上角 a big yellow star", "draw", "black; star yellow large top-left"),
  ("star 挪到 bottom right", "edit", "star pos bottom-right"),
  ("emm 还是 undo 吧", "undo"),
]),
("mixed", ["size-words", "add"], [
  ("一个 small 绿色 square on the right side", "draw", "white; square green small right"),
  ("再加一个 big 紫色 circle 在 left", "edit", "+ circle purple large left"),
  ("nice 谢谢", "chat"),
]),
("mixed", ["background-anywhere", "two-edits"], [
  ("orange 三角形 at the top, 背景 blue", "draw", "blue; triangle orange large top"),
  ("三角形 change to 黄色 and 放到 center", "edit", "triangle colour yellow, triangle pos center"),
]),
("mixed", ["ambiguous", "ask", "reference"], [
  ("two stars，left 一个 red，right 一个 green", "draw", "white; star red large left; star green large right"),
  ("make the star 小一点", "ask"),
  ("green 那个", "edit", "green size small"),
]),
("mixed", ["remove", "terse"], [
  ("白底 blue circle top, black square bottom", "draw", "white; circle blue large top; square black large bottom"),
  ("去掉 square", "edit", "- square"),
  ("good", "chat"),
]),
("mixed", ["shape-change", "it-reference"], [
  ("purple 背景, 中间一个 white 的 triangle", "draw", "purple; triangle white large center"),
  ("把它 change 成 star", "edit", "triangle shape star"),
  ("perfect 就这样", "chat"),
]),
("mixed", ["typo", "code-switch"], [
  ("画个 yelow 的 cirlce 在 top-rigth", "draw", "white; circle yellow large top-right"),
  ("smal 一点", "edit", "circle size small"),
]),
("mixed", ["new-scene", "draw-after-edit"], [
  ("center 一个 red square", "draw", "white; square red large center"),
  ("make it 绿色", "edit", "square colour green"),
  ("ok 重新来: 黑色背景, top-left 白色 circle, bottom-right 黄色 triangle", "draw",
   "black; circle white large top-left; triangle yellow large bottom-right"),
]),
("mixed", ["question-chat", "size-question"], [
  ("左下角 a small blue triangle, 背景 yellow", "draw", "yellow; triangle blue small bottom-left"),
  ("这个 triangle 是 small 还是 large?", "chat"),
  ("ok 改成 large", "edit", "triangle size large"),
]),
("mixed", ["reference-back", "colour-change"], [
  ("green star 中间, white bg", "draw", "white; star green large center"),
  ("换 red", "edit", "star colour red"),
  ("再换 blue", "edit", "star colour blue"),
  ("hmm 还是 red 好看, go back to red", "edit", "star colour red"),
]),
("mixed", ["three-objects", "remove", "undo", "five-turns"], [
  ("top-left 红色 circle, top-right 蓝色 square, bottom 绿色 star", "draw",
   "white; circle red large top-left; square blue large top-right; star green large bottom"),
  ("delete 那个 square", "edit", "- square"),
  ("撤销 undo", "undo"),
  ("delete 红色的 instead", "edit", "- red"),
  ("ok good", "chat"),
]),
("mixed", ["vague", "ask"], [
  ("黑色背景 一个 orange circle", "draw", "black; circle orange large center"),
  ("感觉 not quite right", "ask"),
  ("make it 小的 and 放右上", "edit", "circle size small, circle pos top-right"),
]),
("mixed", ["relative-position", "add"], [
  ("a blue square 在 bottom", "draw", "white; square blue large bottom"),
  ("square 上面 put a small 红色 star", "edit", "+ star red small center"),
]),
("mixed", ["conflict", "ask"], [
  ("yellow 背景, 左边 red triangle, 右边 black circle", "draw",
   "yellow; triangle red large left; circle black large right"),
  ("背景改成 red", "ask"),
  ("那 triangle 改成 white, 背景 red", "edit", "triangle colour white, bg red"),
]),
("mixed", ["swap", "move", "undo"], [
  ("left 一个 purple star, right 一个 orange square", "draw",
   "white; star purple large left; square orange large right"),
  ("两个 swap 一下位置", "edit", "star pos right, square pos left"),
  ("再 undo", "undo"),
]),
("mixed", ["child", "add"], [
  ("我要 big red star!!", "draw", "white; star red large center"),
  ("还要 a yellow 太阳, 就是一个 circle, 放右上角", "edit", "+ circle yellow large top-right"),
  ("哇哇哇 好看", "chat"),
]),
("mixed", ["polite", "wrapper", "background-change"], [
  ("Hi，麻烦 draw 一个 green triangle 在 bottom-left，背景 black please", "draw",
   "black; triangle green large bottom-left"),
  ("thanks！背景能换成 white 吗", "edit", "bg white"),
  ("很好 thank you", "chat"),
]),
("mixed", ["occupied-cell", "ask"], [
  ("中间一个 blue circle, top 一个 yellow square", "draw", "white; circle blue large center; square yellow large top"),
  ("square 挪到 center", "ask"),
  ("ok 放 bottom 吧", "edit", "square pos bottom"),
]),
("mixed", ["question-chat", "capability"], [
  ("orange bg, 左上 small purple circle, 右下 small black star", "draw",
   "orange; circle purple small top-left; star black small bottom-right"),
  ("最多能放几个 shapes?", "chat"),
  ("ok 那中间再加一个 white square", "edit", "+ square white large center"),
]),
("mixed", ["remove", "complaint-edit"], [
  ("左边 white star, 右边 green circle, 背景 blue", "draw", "blue; star white large left; circle green large right"),
  ("那个 circle 好丑 lose it", "edit", "- circle"),
  ("star move 到 center", "edit", "star pos center"),
]),
("mixed", ["first-timer", "question-chat"], [
  ("这是什么 app? 随便画个 purple square 看看", "draw", "white; square purple large center"),
  ("can I change colours?", "chat"),
  ("那试试 orange", "edit", "square colour orange"),
]),
("mixed", ["undo", "background-change"], [
  ("red circle top, 背景 yellow", "draw", "yellow; circle red large top"),
  ("背景 green", "edit", "bg green"),
  ("undo 一下", "undo"),
  ("背景 purple", "edit", "bg purple"),
]),
("mixed", ["terse", "move", "new-scene"], [
  ("blue 三角 右上", "draw", "white; triangle blue large top-right"),
  ("左下", "edit", "triangle pos bottom-left"),
  ("再画一个新的 black star 中间, 白底", "draw", "white; star black large center"),
]),
("mixed", ["self-correction", "two-objects"], [
  ("左边 green circle, 右边 red square, 哦不, red star", "draw",
   "white; circle green large left; star red large right"),
  ("ok 对了", "chat"),
]),
]
