D=[
("zh","it-last reference",[
 ("画一个红色的圆","draw","white: circle red L c"),
 ("把它改成绿色","edit","white: circle green L c"),
 ("还是刚才的红色好看，改回去吧","edit","white: circle red L c")]),
("zh","wrapper polite add",[
 ("请帮我画一个蓝色的正方形，放在左上角，谢谢","draw","white: square blue L tl"),
 ("再在右下角加一个小的黄色星星","edit","white: square blue L tl; star yellow S br"),
 ("好的，谢谢！","chat","=")]),
("zh","background terse undo",[
 ("黑色背景，中间一个白色三角形","draw","black: triangle white L c"),
 ("背景换成紫色","edit","purple: triangle white L c"),
 ("撤销","undo","<")]),
("zh","size-words move",[
 ("一个大号的橙色星形在右边","draw","white: star orange L r"),
 ("小一点","edit","white: star orange S r"),
 ("挪到下面去","edit","white: star orange S b")]),
("zh","long-first complaint-edit",[
 ("我想要一张黄色背景的图：左上方一个小的红色圆形，正中间一个大的蓝色正方形，右下方一个小的绿色三角形。","draw","yellow: circle red S tl; square blue L c; triangle green S br"),
 ("中间那个方块太抢眼了，改小","edit","yellow: circle red S tl; square blue S c; triangle green S br"),
 ("这个黄色背景是不是有点刺眼？","chat","=")]),
("zh","ambiguous vague-edit",[
 ("画个紫色的方块","draw","white: square purple L c"),
 ("换个颜色","ask","="),
 ("橙色吧","edit","white: square orange L c")]),
("zh","ambiguous same-shape clarification",[
 ("左边一个红色圆形，右边一个黄色圆形","draw","white: circle red L l; circle yellow L r"),
 ("把那个圆去掉","ask","="),
 ("黄色的那个","edit","white: circle red L l")]),
("zh","shape-change undo",[
 ("下方画一个绿色的正方形","draw","white: square green L b"),
 ("改成星形","edit","white: star green L b"),
 ("不好看，回到上一步","undo","<")]),
("zh","colloquial-position add remove",[
 ("右上角来个小小的黑色星星","draw","white: star black S tr"),
 ("左下角再加个大的蓝色三角","edit","white: star black S tr; triangle blue L bl"),
 ("星星不要了","edit","white: triangle blue L bl")]),
("zh","question-chat background",[
 ("中央一个白色圆形，蓝色背景","draw","blue: circle white L c"),
 ("现在图里有几个形状？","chat","="),
 ("背景改成绿色","edit","green: circle white L c")]),
("zh","child add it-last",[
 ("我要一个大大的黄色星星！！","draw","white: star yellow L c"),
 ("星星旁边要一个红色的圆圆，在左边","edit","white: star yellow L c; circle red L l"),
 ("把它变小","edit","white: star yellow L c; circle red S l")]),
("zh","two-edits move",[
 ("上方一个紫色的三角形","draw","white: triangle purple L t"),
 ("把三角形改成红色，并且移到中间","edit","white: triangle red L c"),
 ("可以","chat","=")]),
("zh","colour-conflict ambiguous",[
 ("绿色背景上画一个黄色的正方形","draw","green: square yellow L c"),
 ("正方形改成绿色","ask","="),
 ("那背景换成黑色，正方形用绿色","edit","black: square green L c")]),
("zh","new-scene undo reference",[
 ("左侧画一个橙色的圆，右侧画一个蓝色的星形","draw","white: circle orange L l; star blue L r"),
 ("重新画一张：只要一个小的红色三角形在中间","draw","white: triangle red S c"),
 ("算了还是刚才那张好，撤回","undo","<")]),
("zh","remove relative-position add",[
 ("三个形状：左上一个黑色圆形，上方一个黑色正方形，右上一个黑色三角形，背景白色","draw","white: circle black L tl; square black L t; triangle black L tr"),
 ("中间那个方的删掉","edit","white: circle black L tl; triangle black L tr"),
 ("在圆的正下方加一个小的紫色星星","edit","white: circle black L tl; triangle black L tr; star purple S l")]),
("zh","typo size-words",[
 ("花一个蓝色的三角形","draw","white: triangle blue L c"),
 ("太大了","edit","white: triangle blue S c"),
 ("颜色再换成橙色","edit","white: triangle orange S c")]),
("zh","swap move",[
 ("左下一个红色正方形，右下一个绿色圆形，背景黄色","draw","yellow: square red L bl; circle green L br"),
 ("两个换一下位置","edit","yellow: square red L br; circle green L bl"),
 ("再撤销一下","undo","<")]),
("zh","ack-chat question-chat",[
 ("中间一个小的紫色星形","draw","white: star purple S c"),
 ("这个星星是五个角的吗？","chat","="),
 ("挺好的","chat","=")]),
("zh","ambiguous missing-position",[
 ("右边画一个蓝色的圆","draw","white: circle blue L r"),
 ("移动一下","ask","="),
 ("移到左上角","edit","white: circle blue L tl")]),
("zh","polite long-first two-edits",[
 ("麻烦画一下：紫色背景，左边一个大的白色三角形，右边一个小的黄色圆形。","draw","purple: triangle white L l; circle yellow S r"),
 ("圆形放大一点，三角形换成正方形","edit","purple: square white L l; circle yellow L r"),
 ("谢谢，效果不错","chat","=")]),
("zh","remove undo",[
 ("上面一个红色星星，下面一个蓝色正方形","draw","white: star red L t; square blue L b"),
 ("删掉红的","edit","white: square blue L b"),
 ("哎呀删错了，撤销","undo","<"),
 ("把蓝色的删掉","edit","white: star red L t")]),
("zh","shape-change it-last background",[
 ("画一个橙色的正方形，背景用黑色","draw","black: square orange L c"),
 ("把它变成圆","edit","black: circle orange L c"),
 ("背景改白","edit","white: circle orange L c")]),
("zh","add relative-position size-words",[
 ("中心位置一个绿色的三角形","draw","white: triangle green L c"),
 ("三角形右边加一个小号的红色正方形","edit","white: triangle green L c; square red S r"),
 ("三角形上面再加一个小号的蓝色圆","edit","white: triangle green L c; square red S r; circle blue S t")]),
("zh","complaint-edit colour",[
 ("左上角一个黄色圆形","draw","white: circle yellow L tl"),
 ("黄色在白底上看不清，换深一点的颜色","ask","="),
 ("紫色","edit","white: circle purple L tl")]),
("zh","move colloquial-position",[
 ("一个小的黑色三角在左下","draw","white: triangle black S bl"),
 ("往右挪到最右下角","edit","white: triangle black S br"),
 ("再往上挪一格","edit","white: triangle black S r")]),
]
