DIALOGUES = [
("zh", ["long-first", "three-objects"], [
  ("我想要一张简单的图：背景是浅一点的黄色就行，左上角放一个大的蓝色正方形，正中间一个小的红色星星，右下角再来一个绿色三角形，大一点", "draw",
   "yellow; square blue large top-left; star red small center; triangle green large bottom-right"),
  ("跟我想的一模一样", "chat"),
  ("三角形改成紫色", "edit", "triangle colour purple"),
]),
("zh", ["same-as-reference", "colour-change"], [
  ("左边红色圆形，右边蓝色正方形", "draw", "white; circle red large left; square blue large right"),
  ("正方形的颜色跟圆一样", "edit", "square colour red"),
]),
("zh", ["same-size", "size-words"], [
  ("黑色背景，上方一个大绿星，下方一个小橙圆", "draw", "black; star green large top; circle orange small bottom"),
  ("圆弄得跟星星一样大", "edit", "circle size large"),
  ("酷", "chat"),
]),
("zh", ["where-it-was", "remove", "move"], [
  ("左上黄色圆，右下紫色三角形", "draw", "white; circle yellow large top-left; triangle purple large bottom-right"),
  ("把圆删了，三角形放到圆原来的位置", "edit", "- circle, triangle pos top-left"),
]),
("zh", ["question-chat", "defaults"], [
  ("就一个黑色星星", "draw", "white; star black large center"),
  ("为什么默认这么大？我没说大小啊", "chat"),
  ("那改成小的", "edit", "star size small"),
]),
("zh", ["new-scene", "ack-chat"], [
  ("红色背景，中间一个白色方块", "draw", "red; square white large center"),
  ("太喜欢了", "chat"),
  ("再画个全新的：蓝色背景，右上黄色星星，左下橙色圆", "draw",
   "blue; star yellow large top-right; circle orange large bottom-left"),
  ("谢啦", "chat"),
]),
("zh", ["ordinal-reference", "remove"], [
  ("中间一排三个：左边红方块，中间绿圆，右边蓝三角", "draw",
   "white; square red large left; circle green large center; triangle blue large right"),
  ("第一个去掉", "edit", "- square"),
  ("最后一个变小", "edit", "triangle size small"),
]),
("zh", ["ask", "missing-value"], [
  ("黑色背景，下方一个橙色三角形", "draw", "black; triangle orange large bottom"),
  ("换个形状", "ask"),
  ("圆形", "edit", "triangle shape circle"),
]),
("zh", ["undo", "five-turns", "reference-back"], [
  ("中间一个绿色正方形", "draw", "white; square green large center"),
  ("改黄色", "edit", "square colour yellow"),
  ("再小一点", "edit", "square size small"),
  ("撤销", "undo"),
  ("还是绿色好，改回绿色", "edit", "square colour green"),
]),
("zh", ["size-adjective-ref", "reference"], [
  ("白底，左边一个大紫圆，右边一个小紫圆", "draw", "white; circle purple large left; circle purple small right"),
  ("小的那个改成橙色", "edit", "right colour orange"),
  ("大的那个放到上面", "edit", "left pos top"),
]),
("zh", ["occupied-cell", "ask"], [
  ("左上蓝色星星，右下红色圆", "draw", "white; star blue large top-left; circle red large bottom-right"),
  ("把星星放到圆那儿", "ask"),
  ("那它俩对调吧", "edit", "star pos bottom-right, circle pos top-left"),
]),
("zh", ["vague", "ask", "chat"], [
  ("紫色背景，右上一个白三角", "draw", "purple; triangle white large top-right"),
  ("总觉得哪里怪怪的", "ask"),
  ("没事，先这样", "chat"),
]),
("zh", ["capability", "question-chat"], [
  ("下方画一个蓝色圆", "draw", "white; circle blue large bottom"),
  ("能做渐变色吗？", "chat"),
  ("好吧，那背景换黄色", "edit", "bg yellow"),
]),
("zh", ["hurried", "multi-edit"], [
  ("红方块 中间 黑底", "draw", "black; square red large center"),
  ("改成星星 黄色 右上 小的", "edit", "square shape star, 0 colour yellow, 0 pos top-right, 0 size small"),
  ("好的", "chat"),
]),
("zh", ["undo-draw", "new-scene"], [
  ("橙色背景，左边绿色三角形", "draw", "orange; triangle green large left"),
  ("新图：白色背景中间一个黑色圆", "draw", "white; circle black large center"),
  ("等下，我还要刚才三角形那张，撤回", "undo"),
]),
("zh", ["add", "relative-position", "question-chat"], [
  ("右上角一个黄色方块", "draw", "white; square yellow large top-right"),
  ("在它正下方放个小蓝圆", "edit", "+ circle blue small right"),
  ("圆是不是比方块小？", "chat"),
]),
("zh", ["conflict", "ask"], [
  ("绿色背景，中间黑色星星", "draw", "green; star black large center"),
  ("星星改成绿色", "ask"),
  ("行吧，星星绿色，背景白色", "edit", "star colour green, bg white"),
]),
("zh", ["colloquial-position", "move"], [
  ("蓝底，正当中一个橙色圆", "draw", "blue; circle orange large center"),
  ("一直推到最右边", "edit", "circle pos right"),
  ("再往上顶到角落", "edit", "circle pos top-right"),
]),
("zh", ["polite", "question-chat"], [
  ("早上好！请在白色背景的左上角画一个小的绿色星星", "draw", "white; star green small top-left"),
  ("星星是贴着角落还是稍微往里一点？", "chat"),
  ("明白了，谢谢。可以把它改成红色吗？", "edit", "star colour red"),
]),
("zh", ["typo", "add"], [
  ("左下角蓝色三脚形", "draw", "white; triangle blue large bottom-left"),
  ("右上角加个红色放块", "edit", "+ square red large top-right"),
  ("好的好的", "chat"),
]),
("zh", ["over-limit", "ask"], [
  ("上方红圆，左侧蓝方块，右侧绿星", "draw", "white; circle red large top; square blue large left; star green large right"),
  ("下方再加个黄三角", "ask"),
  ("那把圆删了，下方加黄色三角形", "edit", "- circle, + triangle yellow large bottom"),
]),
("zh", ["background-change", "ack-chat"], [
  ("橙色背景中央放一颗黑色的星", "draw", "orange; star black large center"),
  ("背景换成蓝色的", "edit", "bg blue"),
  ("现在好看多了，谢谢", "chat"),
]),
("zh", ["shape-change", "both", "undo"], [
  ("两个圆：左上红色，右下黄色", "draw", "white; circle red large top-left; circle yellow large bottom-right"),
  ("都变成正方形", "edit", "0 shape square, 1 shape square"),
  ("撤回", "undo"),
]),
("zh", ["add", "remove", "it-reference"], [
  ("黑底，右侧紫色三角", "draw", "black; triangle purple large right"),
  ("左侧加个白色圆", "edit", "+ circle white large left"),
  ("还是把它去掉吧", "edit", "- circle"),
]),
("zh", ["colour-question", "question-chat"], [
  ("黄色背景，上面橙色方块，下面红色圆", "draw", "yellow; square orange large top; circle red large bottom"),
  ("哪个是橙色的？我屏幕看不太清", "chat"),
  ("把圆改成蓝色，好区分一点", "edit", "circle colour blue"),
]),
]
