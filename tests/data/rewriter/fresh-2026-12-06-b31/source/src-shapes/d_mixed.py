D = [
(["code-switch", "add"], [
 ("画一个 red circle 在中间", "draw", "white | circle red L c"),
 ("再加一个 small blue square 在左上", "edit", "white | circle red L c; square blue S tl"),
 ("ok 不错", "chat"),
]),
(["code-switch", "recolour", "like-before"], [
 ("black background, 中间一个大的 yellow star", "draw", "black | star yellow L c"),
 ("把 star 改成 orange", "edit", "black | star orange L c"),
 ("emm 还是 yellow 好看，换回去", "edit", "black | star yellow L c"),
]),
(["undo", "remove"], [
 ("左下 green triangle，右上 purple circle", "draw", "white | triangle green L bl; circle purple L tr"),
 ("remove 那个圆", "edit", "white | triangle green L bl"),
 ("undo 一下", "undo"),
]),
(["size-words", "code-switch"], [
 ("top 放一个 tiny 蓝色星星", "draw", "white | star blue S t"),
 ("make it 大一点", "edit", "white | star blue L t"),
 ("再变成 circle", "edit", "white | circle blue L t"),
]),
(["ambiguous", "ask"], [
 ("左上 red circle，右下 blue circle，中间 yellow triangle，bg black", "draw", "black | circle red L tl; circle blue L br; triangle yellow L c"),
 ("circle 改成 green", "ask"),
 ("右下的 that one", "edit", "black | circle red L tl; circle green L br; triangle yellow L c"),
]),
(["move", "relative-position"], [
 ("中间 black square，它上面放个 red triangle", "draw", "white | square black L c; triangle red L t"),
 ("square 移到 bottom", "edit", "white | square black L b; triangle red L t"),
 ("perfect 谢谢", "chat"),
]),
(["typo", "pinyin-ish"], [
 ("右上一个 bule 圆", "draw", "white | circle blue L tr"),
 ("加一个 yelow 小星星 在左下", "edit", "white | circle blue L tr; star yellow S bl"),
 ("backgroud 黑色", "edit", "black | circle blue L tr; star yellow S bl"),
]),
(["wrapper", "polite"], [
 ("Hi，可以帮我画一个 small green circle 在左边吗？谢谢", "draw", "white | circle green S l"),
 ("could you 把它放大一点?", "edit", "white | circle green L l"),
 ("thanks，很好", "chat"),
]),
(["two-edits"], [
 ("蓝色 bg，center 一个黄色 triangle", "draw", "blue | triangle yellow L c"),
 ("改 red 然后 move to 右上角", "edit", "blue | triangle red L tr"),
 ("再小一点 pls", "edit", "blue | triangle red S tr"),
 ("undo", "undo"),
]),
(["child", "code-switch"], [
 ("我要一个 big yellow sun 圆圆的 在右上角", "draw", "white | circle yellow L tr"),
 ("下面放一个 green triangle 当 tree", "edit", "white | circle yellow L tr; triangle green L b"),
 ("sky 要 blue 的", "edit", "blue | circle yellow L tr; triangle green L b"),
]),
(["undo", "shape-change"], [
 ("black 底，右下一个小 white star", "draw", "black | star white S br"),
 ("turn 它 into 三角形", "edit", "black | triangle white S br"),
 ("no no 退回去", "undo"),
 ("star 变大 instead", "edit", "black | star white L br"),
]),
(["ambiguous", "ask", "colour-clash"], [
 ("center 一个 red circle", "draw", "white | circle red L c"),
 ("背景也 red", "ask"),
 ("oh 对，那 orange 背景", "edit", "orange | circle red L c"),
]),
(["remove", "reference"], [
 ("yellow 背景：top 一个小 blue triangle，bottom-left 一个大 green square，right 一个小 red star", "draw", "yellow | triangle blue S t; square green L bl; star red S r"),
 ("square 不要了", "edit", "yellow | triangle blue S t; star red S r"),
 ("red 那个也 delete", "edit", "yellow | triangle blue S t"),
 ("undo，red star 留着", "undo"),
]),
(["move", "colloquial-position"], [
 ("black circle 左上角", "draw", "white | circle black L tl"),
 ("往右 slide 到最右", "edit", "white | circle black L tr"),
 ("再 drop 到最下面", "edit", "white | circle black L br"),
]),
(["non-native", "add"], [
 ("please draw 一个 orange 的 square, small, 在 left bottom", "draw", "white | square orange S bl"),
 ("now add 一个 big blue circle 在 top middle", "edit", "white | square orange S bl; circle blue L t"),
]),
(["terse"], [
 ("紫 tri 中间", "draw", "white | triangle purple L c"),
 ("green", "edit", "white | triangle green L c"),
 ("bg 黑", "edit", "black | triangle green L c"),
 ("撤销", "undo"),
]),
(["ambiguous", "ask", "vague"], [
 ("black bg, 左上 yellow star, 右下 orange circle", "draw", "black | star yellow L tl; circle orange L br"),
 ("change 一下", "ask"),
 ("sorry, star 换成 green", "edit", "black | star green L tl; circle orange L br"),
]),
(["swap", "move"], [
 ("purple 背景，左 green square，右 yellow triangle", "draw", "purple | square green L l; triangle yellow L r"),
 ("swap 一下位置", "edit", "purple | square green L r; triangle yellow L l"),
 ("哈哈 ok", "chat"),
]),
(["long-prompt", "wrapper"], [
 ("hey 我在试这个 tool，帮我画：左上角一个 large red triangle，正中间一个 small yellow circle，右下角一个 large blue square，背景 white 就好", "draw", "white | triangle red L tl; circle yellow S c; square blue L br"),
 ("中间的 circle 看着 weird，去掉", "edit", "white | triangle red L tl; square blue L br"),
 ("put it back 吧", "undo"),
]),
(["ask", "full-grid"], [
 ("top 红色 circle，center 蓝色 star，bottom 绿色 square", "draw", "white | circle red L t; star blue L c; square green L b"),
 ("left 再加一个 purple triangle", "ask"),
 ("那把 star 换成 purple triangle", "edit", "white | circle red L t; triangle purple L c; square green L b"),
]),
(["question-chat", "ack-chat"], [
 ("右上 blue square，左下 orange triangle", "draw", "white | square blue L tr; triangle orange L bl"),
 ("triangle 能再小吗?", "chat"),
 ("ok 那 make it small", "edit", "white | square blue L tr; triangle orange S bl"),
]),
(["shape-change", "two-edits"], [
 ("右下 tiny yellow circle", "draw", "white | circle yellow S br"),
 ("变成 star，背景 black", "edit", "black | star yellow S br"),
]),
(["phone", "terse"], [
 ("grn 星星 中间", "draw", "white | star green L c"),
 ("bg 黄", "edit", "yellow | star green L c"),
 ("+ red 方块 top", "edit", "yellow | star green L c; square red L t"),
 ("撤", "undo"),
]),
(["art-director", "recolour"], [
 ("Square, large, red, 正中。Blue field.", "draw", "blue | square red L c"),
 ("红和蓝在打架。Square 换 yellow。", "edit", "blue | square yellow L c"),
 ("Better，就这版", "chat"),
]),
(["add", "relative-position"], [
 ("left 一个 black star", "draw", "white | star black L l"),
 ("它右边紧挨着放个 red circle", "edit", "white | star black L l; circle red L c"),
 ("star 下面再来个小 blue circle", "edit", "white | star black L l; circle red L c; circle blue S bl"),
]),
(["undo"], [
 ("左上 green circle", "draw", "white | circle green L tl"),
 ("右下 add 一个 yellow square", "edit", "white | circle green L tl; square yellow L br"),
 ("square 改 purple", "edit", "white | circle green L tl; square purple L br"),
 ("nah 撤销", "undo"),
]),
(["ack-chat", "draw"], [
 ("yellow 背景，左下 purple star", "draw", "yellow | star purple L bl"),
 ("lol 好可爱", "chat"),
 ("换一张：black 背景，左上和右下各一个 white square", "draw", "black | square white L tl; square white L br"),
]),
(["shape-change", "reference"], [
 ("左 blue circle，右 red circle", "draw", "white | circle blue L l; circle red L r"),
 ("red circle 变 square", "edit", "white | circle blue L l; square red L r"),
 ("另一个 star", "edit", "white | star blue L l; square red L r"),
]),
(["remove", "add", "two-edits"], [
 ("中间 orange circle，top 一个 blue triangle", "draw", "white | circle orange L c; triangle blue L t"),
 ("去掉 triangle，bottom 放个 green star", "edit", "white | circle orange L c; star green L b"),
 ("love it 喜欢", "chat"),
]),
(["background-anywhere", "wrapper"], [
 ("Green 背景上，please 画一个 large white star 在左上", "draw", "green | star white L tl"),
 ("background 换 blue，其他 keep", "edit", "blue | star white L tl"),
 ("undo pls", "undo"),
]),
(["ask", "unsupported"], [
 ("center 黑色 triangle", "draw", "white | triangle black L c"),
 ("改成 hexagon", "ask"),
 ("fine，正方形", "edit", "white | square black L c"),
]),
(["move", "reference"], [
 ("purple bg，上面 red square，下面 yellow circle", "draw", "purple | square red L t; circle yellow L b"),
 ("red 的 move 到 left", "edit", "purple | square red L l; circle yellow L b"),
 ("yellow 的去 right", "edit", "purple | square red L l; circle yellow L r"),
 ("go back 一步", "undo"),
]),
(["draw", "replace-scene"], [
 ("black bg 左上 yellow circle", "draw", "black | circle yellow L tl"),
 ("new picture: 蓝色背景，bottom 红色 star，top 白色 square", "draw", "blue | star red L b; square white L t"),
 ("square 小一点", "edit", "blue | star red L b; square white S t"),
]),
(["colloquial-position", "lower-upper"], [
 ("lower left 黄色方块，upper right 红色星星，黑底", "draw", "black | square yellow L bl; star red L tr"),
 ("两个 flip 一下", "edit", "black | square yellow L tr; star red L bl"),
 ("好多了 much better", "chat"),
]),
(["add", "three-objects"], [
 ("left 红色 circle", "draw", "white | circle red L l"),
 ("中间 add 黄色 circle", "edit", "white | circle red L l; circle yellow L c"),
 ("right 再加 green circle，像 traffic light", "edit", "white | circle red L l; circle yellow L c; circle green L r"),
]),
(["background-anywhere", "move"], [
 ("一个 tiny white square 在左下，整个 background 紫色", "draw", "purple | square white S bl"),
 ("square 放到右上", "edit", "purple | square white S tr"),
 ("能 bigger 点吗", "edit", "purple | square white L tr"),
]),
(["reference-by-size", "code-switch"], [
 ("左上 big red circle，右边 small green triangle", "draw", "white | circle red L tl; triangle green S r"),
 ("大的那个 move 到右下", "edit", "white | circle red L br; triangle green S r"),
 ("hmm 其实原来那样更好", "undo"),
]),
(["copy-attributes", "add"], [
 ("center 一个 small orange star", "draw", "white | star orange S c"),
 ("duplicate 一个放 right", "edit", "white | star orange S c; star orange S r"),
 ("nice 就这样", "chat"),
]),
(["recolour-all", "plural"], [
 ("yellow bg，top blue square，bottom purple circle", "draw", "yellow | square blue L t; circle purple L b"),
 ("all red 全部", "edit", "yellow | square red L t; circle red L b"),
 ("too much 红色 lol 撤销", "undo"),
]),
(["same-colour-as"], [
 ("left 绿色 square, right 黑色 triangle", "draw", "white | square green L l; triangle black L r"),
 ("triangle 用 same colour as the square", "edit", "white | square green L l; triangle green L r"),
 ("两个都 small", "edit", "white | square green S l; triangle green S r"),
]),
(["ask", "vague-background"], [
 ("blue 背景，右上 white circle", "draw", "blue | circle white L tr"),
 ("不喜欢这个 background", "ask"),
 ("purple 吧", "edit", "purple | circle white L tr"),
]),
(["revert-to-first"], [
 ("bottom 一个 yellow triangle", "draw", "white | triangle yellow L b"),
 ("bg blue", "edit", "blue | triangle yellow L b"),
 ("triangle → star", "edit", "blue | star yellow L b"),
 ("回到 first version 吧，最开始那个", "edit", "white | triangle yellow L b"),
]),
(["ask", "remove-all"], [
 ("左上 red star，右下 blue star", "draw", "white | star red L tl; star blue L br"),
 ("clear everything", "ask"),
 ("ok 只删 blue 的", "edit", "white | star red L tl"),
]),
(["swap-colours"], [
 ("green bg，left white circle，center black square，right yellow triangle", "draw", "green | circle white L l; square black L c; triangle yellow L r"),
 ("square 和 triangle 的颜色 swap 一下", "edit", "green | circle white L l; square yellow L c; triangle black L r"),
 ("完美 👌", "chat"),
]),
(["night-metaphor"], [
 ("top 一个小小的 yellow circle 当 moon", "draw", "white | circle yellow S t"),
 ("背景 black 像 night", "edit", "black | circle yellow S t"),
 ("左下加个 tiny white star", "edit", "black | circle yellow S t; star white S bl"),
]),
(["ask", "vague-shape"], [
 ("中间 purple square", "draw", "white | square purple L c"),
 ("换个 shape", "ask"),
 ("circle", "edit", "white | circle purple L c"),
 ("谢啦", "chat"),
]),
(["ask", "occupied-cell"], [
 ("center green star，左上 black circle", "draw", "white | star green L c; circle black L tl"),
 ("circle 移到 center", "ask"),
 ("那 star 去 right，circle 去中间", "edit", "white | star green L r; circle black L c"),
]),
(["question-chat", "size"], [
 ("右下 large red square", "draw", "white | square red L br"),
 ("large 和 small 差多少?", "chat"),
 ("试试 small", "edit", "white | square red S br"),
 ("no, large 好", "undo"),
]),
(["plural", "size-words"], [
 ("top blue circle，bottom blue triangle，right red square", "draw", "white | circle blue L t; triangle blue L b; square red L r"),
 ("blue 的都缩小", "edit", "white | circle blue S t; triangle blue S b; square red L r"),
 ("red 那个呢? 为什么没变", "chat"),
]),
(["ask", "ambiguous-it"], [
 ("左边 orange circle，右边 orange square", "draw", "white | circle orange L l; square orange L r"),
 ("the orange one 换 blue", "ask"),
 ("两个都换", "edit", "white | circle blue L l; square blue L r"),
]),
]
