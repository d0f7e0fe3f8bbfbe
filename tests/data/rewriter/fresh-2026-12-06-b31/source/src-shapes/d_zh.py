D = [
(["add", "colloquial-position"], [
 ("画一个红色的圆，放中间", "draw", "white | circle red L c"),
 ("左上角再加个小的蓝色方块", "edit", "white | circle red L c; square blue S tl"),
 ("好看", "chat"),
]),
(["it-reference", "recolour"], [
 ("黑色背景，中间一个大号的黄色星星", "draw", "black | star yellow L c"),
 ("把它改成橙色", "edit", "black | star orange L c"),
 ("算了还是原来的颜色好", "edit", "black | star yellow L c"),
]),
(["undo", "remove"], [
 ("左下角一个绿色三角形，右上角一个紫色圆形", "draw", "white | triangle green L bl; circle purple L tr"),
 ("把圆去掉", "edit", "white | triangle green L bl"),
 ("撤销", "undo"),
]),
(["size-words"], [
 ("上面画一个小小的蓝色星形", "draw", "white | star blue S t"),
 ("放大一点", "edit", "white | star blue L t"),
 ("嗯，可以", "chat"),
]),
(["ambiguous", "ask"], [
 ("左上一个红色圆形，右下一个蓝色圆形，中间一个黄色三角形，背景黑色", "draw", "black | circle red L tl; circle blue L br; triangle yellow L c"),
 ("把圆改成绿色", "ask"),
 ("右下那个", "edit", "black | circle red L tl; circle green L br; triangle yellow L c"),
]),
(["move", "relative-position"], [
 ("中间画一个黑色正方形，正上方放一个红色三角", "draw", "white | square black L c; triangle red L t"),
 ("把方块挪到最下面", "edit", "white | square black L b; triangle red L t"),
 ("完美，谢谢", "chat"),
]),
(["typo", "homophone"], [
 ("右上画一个兰色的园", "draw", "white | circle blue L tr"),
 ("左下再加一个小的黄色星星", "edit", "white | circle blue L tr; star yellow S bl"),
 ("背景换成黑的", "edit", "black | circle blue L tr; star yellow S bl"),
]),
(["wrapper", "polite"], [
 ("您好，麻烦帮我画一个小的绿色圆形，放在左边，谢谢！", "draw", "white | circle green S l"),
 ("能不能稍微画大一点？", "edit", "white | circle green L l"),
 ("非常感谢，很好看。", "chat"),
]),
(["two-edits"], [
 ("蓝色背景，中央一个黄色三角形", "draw", "blue | triangle yellow L c"),
 ("改成红色，然后移到右上角", "edit", "blue | triangle red L tr"),
 ("撤回上一步", "undo"),
]),
(["child"], [
 ("我要画一个大大的黄色太阳圆圆在右上角", "draw", "white | circle yellow L tr"),
 ("下面放一个绿色的三角形当大树", "edit", "white | circle yellow L tr; triangle green L b"),
 ("天空要蓝色的", "edit", "blue | circle yellow L tr; triangle green L b"),
 ("耶！", "chat"),
]),
(["undo", "shape-change"], [
 ("黑底，右下角一个小的白色星形", "draw", "black | star white S br"),
 ("把它变成三角形", "edit", "black | triangle white S br"),
 ("不要了，退回去", "undo"),
 ("那就把星星变大", "edit", "black | star white L br"),
]),
(["ambiguous", "ask", "colour-clash"], [
 ("中心画一个红色圆形", "draw", "white | circle red L c"),
 ("背景也改成红色", "ask"),
 ("哦对，那背景用橙色", "edit", "orange | circle red L c"),
]),
(["move", "colloquial-position"], [
 ("左上角，黑色的圆", "draw", "white | circle black L tl"),
 ("往右挪，挪到最右边", "edit", "white | circle black L tr"),
 ("再往下移到底", "edit", "white | circle black L br"),
 ("不对，撤销", "undo"),
]),
(["terse"], [
 ("紫三角 中间", "draw", "white | triangle purple L c"),
 ("绿", "edit", "white | triangle green L c"),
 ("背景黑", "edit", "black | triangle green L c"),
 ("撤销", "undo"),
]),
(["ambiguous", "ask", "vague"], [
 ("黑色背景，左上黄色星星，右下橙色圆", "draw", "black | star yellow L tl; circle orange L br"),
 ("改一下", "ask"),
 ("把星星改成绿色", "edit", "black | star green L tl; circle orange L br"),
]),
(["swap", "move"], [
 ("紫色背景，左边绿色方块，右边黄色三角", "draw", "purple | square green L l; triangle yellow L r"),
 ("两个换一下位置", "edit", "purple | square green L r; triangle yellow L l"),
 ("还是刚才那样好，撤销", "undo"),
]),
(["long-prompt", "wrapper"], [
 ("请帮我画一张图：左上角放一个大的红色三角形，正中间一个小的黄色圆形，右下角一个大的蓝色正方形，背景保持白色就行", "draw", "white | triangle red L tl; circle yellow S c; square blue L br"),
 ("中间那个圆看着怪怪的，去掉吧", "edit", "white | triangle red L tl; square blue L br"),
 ("还是放回来吧", "undo"),
]),
(["ask", "full-grid"], [
 ("上方红色圆形，中间蓝色星形，下方绿色正方形", "draw", "white | circle red L t; star blue L c; square green L b"),
 ("左边再加一个紫色三角形", "ask"),
 ("那就把星星换成紫色三角形", "edit", "white | circle red L t; triangle purple L c; square green L b"),
]),
(["question-chat", "ack-chat"], [
 ("右上一个蓝色正方形，左下一个橙色三角形", "draw", "white | square blue L tr; triangle orange L bl"),
 ("三角形是最小的尺寸吗？", "chat"),
 ("那就让它小一号", "edit", "white | square blue L tr; triangle orange S bl"),
]),
(["shape-change", "two-edits"], [
 ("右下角一个很小的黄色圆", "draw", "white | circle yellow S br"),
 ("改成星星，背景黑色", "edit", "black | star yellow S br"),
 ("好了", "chat"),
]),
(["add", "relative-position"], [
 ("左边一个黑色星星", "draw", "white | star black L l"),
 ("在它右边紧挨着放一个红色的圆", "edit", "white | star black L l; circle red L c"),
 ("星星下面再放一个小的蓝色圆", "edit", "white | star black L l; circle red L c; circle blue S bl"),
]),
(["undo"], [
 ("左上一个绿色圆形", "draw", "white | circle green L tl"),
 ("右下加一个黄色方块", "edit", "white | circle green L tl; square yellow L br"),
 ("方块改成紫色", "edit", "white | circle green L tl; square purple L br"),
 ("还是撤销吧", "undo"),
]),
(["ack-chat", "draw"], [
 ("黄色背景，左下紫色星星", "draw", "yellow | star purple L bl"),
 ("哈哈挺可爱", "chat"),
 ("换一张：黑色背景，左上和右下各一个白色正方形", "draw", "black | square white L tl; square white L br"),
]),
(["shape-change", "reference"], [
 ("左边蓝色圆，右边红色圆", "draw", "white | circle blue L l; circle red L r"),
 ("红色的圆变成方块", "edit", "white | circle blue L l; square red L r"),
 ("另一个变成星星", "edit", "white | star blue L l; square red L r"),
]),
(["remove", "add", "two-edits"], [
 ("中间一个橙色圆形，上方一个蓝色三角形", "draw", "white | circle orange L c; triangle blue L t"),
 ("三角形去掉，下方改放一个绿色星星", "edit", "white | circle orange L c; star green L b"),
 ("喜欢", "chat"),
]),
(["ask", "unsupported"], [
 ("中间一个黑色三角形", "draw", "white | triangle black L c"),
 ("改成六边形", "ask"),
 ("好吧，那就正方形", "edit", "white | square black L c"),
]),
(["move", "reference"], [
 ("紫色背景，上面红色方块，下面黄色圆", "draw", "purple | square red L t; circle yellow L b"),
 ("红的移到左边", "edit", "purple | square red L l; circle yellow L b"),
 ("黄的移到右边", "edit", "purple | square red L l; circle yellow L r"),
 ("退一步", "undo"),
]),
(["self-correction", "recolour"], [
 ("右边一个绿色三角形", "draw", "white | triangle green L r"),
 ("改成蓝色……不，紫色", "edit", "white | triangle purple L r"),
 ("好的就这样", "chat"),
]),
(["draw", "replace-scene"], [
 ("黑色背景，左上黄色圆", "draw", "black | circle yellow L tl"),
 ("新画一张：蓝色背景，下方红色星星，上方白色方块", "draw", "blue | star red L b; square white L t"),
 ("方块小一点", "edit", "blue | star red L b; square white S t"),
]),
(["colloquial-position", "synonym"], [
 ("左下方放一个大号黄色方块，右上方放一个红色星星，背景黑色", "draw", "black | square yellow L bl; star red L tr"),
 ("星星和方块对调", "edit", "black | square yellow L tr; star red L bl"),
 ("这样好多了", "chat"),
]),
(["classifier", "wrapper"], [
 ("帮我画个绿底的图，上面一颗白色的星星", "draw", "green | star white L t"),
 ("底色换成蓝的，别的别动", "edit", "blue | star white L t"),
 ("撤销一下", "undo"),
]),
(["question-chat", "ask"], [
 ("中间放个橙色三角", "draw", "white | triangle orange L c"),
 ("能画渐变色吗？", "chat"),
 ("那换个颜色", "ask"),
 ("黑色", "edit", "white | triangle black L c"),
]),
(["add", "three-objects"], [
 ("左边红色圆", "draw", "white | circle red L l"),
 ("中间加个黄色圆", "edit", "white | circle red L l; circle yellow L c"),
 ("右边再加个绿色圆，像红绿灯那样", "edit", "white | circle red L l; circle yellow L c; circle green L r"),
 ("哈哈像红绿灯", "chat"),
]),
(["shape-change", "colloquial"], [
 ("下面一个紫色方方的", "draw", "white | square purple L b"),
 ("变成圆的", "edit", "white | circle purple L b"),
 ("还是方的好，撤销", "undo"),
]),
(["remove", "ack-chat"], [
 ("左上蓝色星星，右上蓝色三角，背景黄色", "draw", "yellow | star blue L tl; triangle blue L tr"),
 ("嗯……", "chat"),
 ("三角删了", "edit", "yellow | star blue L tl"),
]),
(["background-anywhere", "move"], [
 ("一个小小的白色方块在左下，整个背景是紫色的", "draw", "purple | square white S bl"),
 ("把方块放到右上", "edit", "purple | square white S tr"),
 ("它能再大点吗", "edit", "purple | square white L tr"),
]),
(["reference-by-size", "move"], [
 ("左上角一个大的红色圆，右边一个小的绿色三角形", "draw", "white | circle red L tl; triangle green S r"),
 ("把大的那个挪到右下角", "edit", "white | circle red L br; triangle green S r"),
 ("圆和三角哪个更大？", "chat"),
]),
(["copy-attributes", "add"], [
 ("中间画一颗小的橙色星星", "draw", "white | star orange S c"),
 ("再来一个一模一样的，放在右边", "edit", "white | star orange S c; star orange S r"),
 ("左边也来一个", "edit", "white | star orange S c; star orange S r; star orange S l"),
 ("太多了，撤销", "undo"),
]),
(["recolour-all", "plural"], [
 ("黄色背景，上方一个蓝色方块，下方一个紫色圆", "draw", "yellow | square blue L t; circle purple L b"),
 ("全部改成红色", "edit", "yellow | square red L t; circle red L b"),
 ("嗯，红色有点扎眼", "chat"),
 ("还是改回去", "edit", "yellow | square blue L t; circle purple L b"),
]),
(["same-colour-as", "reference"], [
 ("左边一个绿色正方形，右边一个黑色三角形", "draw", "white | square green L l; triangle black L r"),
 ("三角形换成和方块一样的颜色", "edit", "white | square green L l; triangle green L r"),
]),
(["ask", "vague-background"], [
 ("蓝色背景，右上一个白色圆", "draw", "blue | circle white L tr"),
 ("不要这个底色", "ask"),
 ("换成紫色", "edit", "purple | circle white L tr"),
 ("好多了", "chat"),
]),
(["revert-to-first", "reference"], [
 ("下方一个黄色三角形", "draw", "white | triangle yellow L b"),
 ("变成蓝色", "edit", "white | triangle blue L b"),
 ("三角形改成星星", "edit", "white | star blue L b"),
 ("还是第一张最好，恢复成最开始那样", "edit", "white | triangle yellow L b"),
]),
(["ask", "remove-all"], [
 ("左上红色星星，右下蓝色星星", "draw", "white | star red L tl; star blue L br"),
 ("全部删掉", "ask"),
 ("那只删右下那个吧", "edit", "white | star red L tl"),
]),
(["swap-colours", "reference-by-position"], [
 ("绿色背景，左边一个白色圆，中间一个黑色方块，右边一个黄色三角", "draw", "green | circle white L l; square black L c; triangle yellow L r"),
 ("中间那个和右边那个换一下颜色", "edit", "green | circle white L l; square yellow L c; triangle black L r"),
 ("最左边的缩小", "edit", "green | circle white S l; square yellow L c; triangle black L r"),
]),
(["night-metaphor", "background"], [
 ("正上方一个小的黄色圆，当作月亮", "draw", "white | circle yellow S t"),
 ("背景弄成黑色，像晚上一样", "edit", "black | circle yellow S t"),
 ("再在左下加一颗白色小星星", "edit", "black | circle yellow S t; star white S bl"),
 ("好美", "chat"),
]),
(["ask", "vague-shape"], [
 ("中间一个紫色正方形", "draw", "white | square purple L c"),
 ("换个形状吧", "ask"),
 ("圆形", "edit", "white | circle purple L c"),
]),
(["shape-keep-colour", "it-reference"], [
 ("右下角画一个大的橙色三角", "draw", "white | triangle orange L br"),
 ("换成圆，颜色不变", "edit", "white | circle orange L br"),
 ("它再往左边挪一格", "edit", "white | circle orange L b"),
]),
(["plural", "size-words"], [
 ("上面一个蓝色的圆，下面一个蓝色的三角，右边一个红色的方块", "draw", "white | circle blue L t; triangle blue L b; square red L r"),
 ("蓝色的都变小", "edit", "white | circle blue S t; triangle blue S b; square red L r"),
 ("为什么方块没变？", "chat"),
]),
(["ask", "occupied-cell"], [
 ("中间一个绿色星星，左上一个黑色圆", "draw", "white | star green L c; circle black L tl"),
 ("把圆移到中间", "ask"),
 ("那星星挪到右边，圆放中间", "edit", "white | star green L r; circle black L c"),
]),
(["elderly", "verbose"], [
 ("我不太会用这个。我想要一个红颜色的方块，放在画的正中间，背景就白的", "draw", "white | square red L c"),
 ("这个方块可以变成小一点的吗", "edit", "white | square red S c"),
 ("好的，谢谢你", "chat"),
]),
]
