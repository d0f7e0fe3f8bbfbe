# Hand-written Chinese dialogues. (classes, [(message, intent, scene), ...])
DIALOGS = [
(["wrapper", "move", "ack-chat"], [
  ("请帮我画一个红色的圆", "draw", "white: circle red L c"),
  ("把它移到左上角", "edit", "white: circle red L tl"),
  ("谢谢！", "chat", "="),
]),
(["attr-after-noun", "add"], [
  ("画个三角形，蓝色的，小一点，放在右下角", "draw", "white: triangle blue S br"),
  ("再在左上角加一个黄色的大星星", "edit", "white: triangle blue S br; star yellow L tl"),
]),
(["background-change", "undo"], [
  ("黑色背景，中间一个白色的正方形", "draw", "black: square white L c"),
  ("背景换成绿色", "edit", "green: square white L c"),
  ("还是刚才那个好，撤回吧", "undo", "<"),
]),
(["complaint-edit", "size-words", "ack-chat"], [
  ("左边画一个小的紫色圆形", "draw", "white: circle purple S l"),
  ("太小了看不清", "edit", "white: circle purple L l"),
  ("嗯，这样可以", "chat", "="),
]),
(["ambiguous", "colour"], [
  ("上面一个红色星星，下面一个绿色星星", "draw", "white: star red L t; star green L b"),
  ("把那个星星改成蓝色", "ask", "="),
  ("下面那个", "edit", "white: star red L t; star blue L b"),
]),
(["shape-change", "reference"], [
  ("画一个橙色的方块", "draw", "white: square orange L c"),
  ("改成三角形", "edit", "white: triangle orange L c"),
  ("再改回方块吧", "edit", "white: square orange L c"),
]),
(["child", "background-change", "add"], [
  ("我要一个大大的黄色圆圆在上面，当太阳", "draw", "white: circle yellow L t"),
  ("天空要蓝色的", "edit", "blue: circle yellow L t"),
  ("下面再画一个绿色的三角形当小树，小小的", "edit", "blue: circle yellow L t; triangle green S b"),
]),
(["remove", "three-objects", "colour"], [
  ("左上红色圆形，中间蓝色正方形，右下黄色三角形", "draw", "white: circle red L tl; square blue L c; triangle yellow L br"),
  ("中间那个不要了", "edit", "white: circle red L tl; triangle yellow L br"),
  ("三角形换成黑色", "edit", "white: circle red L tl; triangle black L br"),
]),
(["question-chat", "size-words"], [
  ("画一颗紫色的星星，放在右上角", "draw", "white: star purple L tr"),
  ("这个星星是五个角的吗？", "chat", "="),
  ("好的，再小一号", "edit", "white: star purple S tr"),
]),
(["terse", "size-words", "background-change"], [
  ("绿色圆形 中间", "draw", "white: circle green L c"),
  ("改小点", "edit", "white: circle green S c"),
  ("背景黑", "edit", "black: circle green S c"),
]),
(["typo", "add"], [
  ("画一个兰色的园形在左边", "draw", "white: circle blue L l"),
  ("再加个红色的正方行在右边", "edit", "white: circle blue L l; square red L r"),
]),
(["new-scene", "undo"], [
  ("白色背景上一个黑色三角形", "draw", "white: triangle black L c"),
  ("重新画：黄色背景，左下角一个紫色小方块，右上角一个红色大圆", "draw", "yellow: square purple S bl; circle red L tr"),
  ("算了，回到上一张", "undo", "<"),
]),
(["occupied-cell", "ambiguous", "move"], [
  ("中间一个蓝色的星星，右边一个橙色的圆", "draw", "white: star blue L c; circle orange L r"),
  ("把圆移到中间", "ask", "="),
  ("那把星星挪到左边，圆放中间", "edit", "white: star blue L l; circle orange L c"),
]),
(["colour-clash", "ambiguous", "two-edits"], [
  ("红色背景上画一个黄色的圆", "draw", "red: circle yellow L c"),
  ("圆改成红色", "ask", "="),
  ("哦对，那背景换成白色，圆改成红色", "edit", "white: circle red L c"),
]),
(["reference", "first-colour"], [
  ("画一个三角形，绿色", "draw", "white: triangle green L c"),
  ("换成橙色看看", "edit", "white: triangle orange L c"),
  ("再试试紫色", "edit", "white: triangle purple L c"),
  ("还是第一次那个颜色好看", "edit", "white: triangle green L c"),
  ("好，就这样", "chat", "="),
]),
(["polite", "relative-position"], [
  ("您好，麻烦画一个黑色的小星星，放在正下方，谢谢", "draw", "white: star black S b"),
  ("麻烦再往上挪一格", "edit", "white: star black S c"),
]),
(["self-correction", "add"], [
  ("画一个红色的，不对，蓝色的正方形，在右上角", "draw", "white: square blue L tr"),
  ("左下角再来个小的红色圆", "edit", "white: square blue L tr; circle red S bl"),
]),
(["too-many-objects", "ambiguous", "colour"], [
  ("三个圆：左边红色，中间黄色，右边绿色", "draw", "white: circle red L l; circle yellow L c; circle green L r"),
  ("再加一个蓝色的圆在上面", "ask", "="),
  ("那就把中间黄色的改成蓝色", "edit", "white: circle red L l; circle blue L c; circle green L r"),
]),
(["ack-chat", "background-change"], [
  ("紫色背景，中央放一个大的白色星形", "draw", "purple: star white L c"),
  ("好看！", "chat", "="),
  ("能不能背景再深一点，黑色", "edit", "black: star white L c"),
]),
(["relative-position", "move"], [
  ("左上角一个橙色的三角形", "draw", "white: triangle orange L tl"),
  ("往右移一格", "edit", "white: triangle orange L t"),
  ("再往下一格", "edit", "white: triangle orange L c"),
]),
(["two-edits", "size-words"], [
  ("上方一个小的蓝色圆形，下方一个大的红色正方形", "draw", "white: circle blue S t; square red L b"),
  ("圆变大，正方形变成绿色", "edit", "white: circle blue L t; square green L b"),
]),
(["vague", "ambiguous", "background-change"], [
  ("画个黄色的星星", "draw", "white: star yellow L c"),
  ("感觉不太对劲，改改", "ask", "="),
  ("背景换成蓝色试试", "edit", "blue: star yellow L c"),
]),
(["swap-positions", "ack-chat"], [
  ("左边一个黑色正方形，右边一个白色圆形，背景是橙色", "draw", "orange: square black L l; circle white L r"),
  ("两个换一下位置", "edit", "orange: square black L r; circle white L l"),
  ("嗯嗯", "chat", "="),
]),
(["undo", "size-words", "terse"], [
  ("右下角一个大的紫色三角", "draw", "white: triangle purple L br"),
  ("缩小", "edit", "white: triangle purple S br"),
  ("撤销", "undo", "<"),
]),
(["it-reference", "add", "size-words"], [
  ("画一个绿色的正方形在上面", "draw", "white: square green L t"),
  ("底下加一个红色的星星，把它弄小一点", "edit", "white: square green L t; star red S b"),
]),
(["long-first-prompt", "remove", "colour"], [
  ("我想要这样一张图：背景是蓝色的，左上角放一颗小小的黄色星星，右上角再放一颗小的白色星星，画面正下方放一个大的橙色圆形。", "draw", "blue: star yellow S tl; star white S tr; circle orange L b"),
  ("把白色那颗星星去掉", "edit", "blue: star yellow S tl; circle orange L b"),
  ("圆形改成红色的", "edit", "blue: star yellow S tl; circle red L b"),
]),
(["question-chat", "colour"], [
  ("画一个红色三角形在左下", "draw", "white: triangle red L bl"),
  ("你能画几种颜色？", "chat", "="),
  ("那换成紫色", "edit", "white: triangle purple L bl"),
]),
(["remove-only-object", "ambiguous", "shape-change"], [
  ("中间一个蓝色的正方形", "draw", "white: square blue L c"),
  ("删掉", "ask", "="),
  ("算了，不删了，改成圆的吧", "edit", "white: circle blue L c"),
]),
(["out-of-vocabulary", "ambiguous"], [
  ("画一个黄色的圆", "draw", "white: circle yellow L c"),
  ("改成粉红色", "ask", "="),
  ("那就橙色", "edit", "white: circle orange L c"),
]),
(["reference-by-colour", "size-words"], [
  ("左边黄色正方形，右边紫色三角形，都是小的", "draw", "white: square yellow S l; triangle purple S r"),
  ("紫色的那个变大", "edit", "white: square yellow S l; triangle purple L r"),
  ("黄色的也一样大", "edit", "white: square yellow L l; triangle purple L r"),
]),
(["new-scene", "move"], [
  ("一个黑色的星星", "draw", "white: star black L c"),
  ("换一张新的：红色背景，中间一个白色三角形", "draw", "red: triangle white L c"),
  ("三角形放到右上角", "edit", "red: triangle white L tr"),
]),
(["colloquial-position", "add"], [
  ("在最顶上正中间画一个绿色的圆圈", "draw", "white: circle green L t"),
  ("再在它正下面，画布最底下，放一个蓝色方块", "edit", "white: circle green L t; square blue L b"),
]),
(["undo", "add"], [
  ("橙色背景，中间一个黑色圆", "draw", "orange: circle black L c"),
  ("加一个白色的星星在左上角", "edit", "orange: circle black L c; star white L tl"),
  ("不要了，撤销", "undo", "<"),
  ("在右下角加一个白色的星星吧", "edit", "orange: circle black L c; star white L br"),
]),
(["question-chat", "background-change"], [
  ("右边放一个大的红色正方形", "draw", "white: square red L r"),
  ("为什么背景是白的？", "chat", "="),
  ("哦，那改成黄色背景", "edit", "yellow: square red L r"),
]),
(["plural-reference", "colour"], [
  ("上面一个蓝色的圆，下面一个蓝色的三角形", "draw", "white: circle blue L t; triangle blue L b"),
  ("都改成红色", "edit", "white: circle red L t; triangle red L b"),
]),
(["ambiguous", "size-words"], [
  ("左上角一个小的绿色星星，右下角一个小的紫色圆", "draw", "white: star green S tl; circle purple S br"),
  ("把那个放大一点", "ask", "="),
  ("星星", "edit", "white: star green L tl; circle purple S br"),
]),
(["move", "self-correction"], [
  ("画一个小的白色正方形，黑色背景", "draw", "black: square white S c"),
  ("放到右上角去", "edit", "black: square white S tr"),
  ("不对，是左上角", "edit", "black: square white S tl"),
]),
(["shape-change", "three-edits"], [
  ("红色圆形在中央", "draw", "white: circle red L c"),
  ("把圆换成星形，颜色换成黄色，背景换成紫色", "edit", "purple: star yellow L c"),
]),
(["ack-chat", "add"], [
  ("帮忙画个蓝色背景上的橙色三角形，放左下角", "draw", "blue: triangle orange L bl"),
  ("挺好的，我截个图", "chat", "="),
  ("再来个右上角的小白圆", "edit", "blue: triangle orange L bl; circle white S tr"),
]),
(["complaint-edit", "remove", "ack-chat"], [
  ("三个形状：左边红色正方形，中间黄色星星，右边绿色三角形", "draw", "white: square red L l; star yellow L c; triangle green L r"),
  ("太挤了，去掉中间那个", "edit", "white: square red L l; triangle green L r"),
  ("好多了", "chat", "="),
]),
(["size-words", "background-change"], [
  ("画一个超大的紫色正方形", "draw", "white: square purple L c"),
  ("小一号", "edit", "white: square purple S c"),
  ("背景换黄色", "edit", "yellow: square purple S c"),
]),
(["traditional-chars", "background-change"], [
  ("畫一個紅色的三角形在右邊", "draw", "white: triangle red L r"),
  ("背景改成黑色", "edit", "black: triangle red L r"),
]),
(["reference", "move"], [
  ("一个蓝色的星星在上方", "draw", "white: star blue L t"),
  ("移到下方", "edit", "white: star blue L b"),
  ("还是放回原来的位置吧", "edit", "white: star blue L t"),
]),
(["ambiguous", "move"], [
  ("左下角一个红色的小圆", "draw", "white: circle red S bl"),
  ("挪一下", "ask", "="),
  ("挪到右下角", "edit", "white: circle red S br"),
]),
(["add", "three-objects", "plural-reference"], [
  ("黄色背景，左边一个黑色圆", "draw", "yellow: circle black L l"),
  ("中间加一个黑色正方形", "edit", "yellow: circle black L l; square black L c"),
  ("右边再加一个黑色三角形", "edit", "yellow: circle black L l; square black L c; triangle black L r"),
  ("全都变小", "edit", "yellow: circle black S l; square black S c; triangle black S r"),
  ("不行，太小了，撤销", "undo", "<"),
]),
(["undo", "question-chat"], [
  ("画一个绿色的星星在右下角", "draw", "white: star green L br"),
  ("变成蓝色", "edit", "white: star blue L br"),
  ("撤回一步", "undo", "<"),
  ("现在是什么颜色？", "chat", "="),
]),
(["replace", "shape-change"], [
  ("中间一个红色正方形，上面一个小的黄色圆", "draw", "white: square red L c; circle yellow S t"),
  ("把正方形换成一个绿色的三角形", "edit", "white: triangle green L c; circle yellow S t"),
]),
(["terse", "add", "background-change"], [
  ("紫星 左上 小", "draw", "white: star purple S tl"),
  ("加 橙圆 右下 大", "edit", "white: star purple S tl; circle orange L br"),
  ("背景黑", "edit", "black: star purple S tl; circle orange L br"),
]),
(["ack-chat", "new-scene"], [
  ("给我画一个黑色的圆形，放在画面中心，背景用黄色", "draw", "yellow: circle black L c"),
  ("像个黑洞哈哈", "chat", "="),
  ("再画一张：白底，右边一个蓝色方块", "draw", "white: square blue L r"),
]),
(["colloquial-position", "move"], [
  ("在画面靠左的位置放一个橙色的星星", "draw", "white: star orange L l"),
  ("往上挪到角上", "edit", "white: star orange L tl"),
]),
]
