DATA = [
(["wrapper", "colour-change", "ack-chat"], [
 ("请帮我画一个红色的圆形，放在中间", "draw", "white:circle red large center"),
 ("改成蓝色吧", "edit", "0.colour=blue"),
 ("好的，谢谢", "chat")]),
(["background-anywhere", "question-chat", "undo"], [
 ("黑色背景，左上角一个小的黄色星星，右下角一个大的白色方块", "draw", "black:star yellow small top-left,square white large bottom-right"),
 ("星星是五角的吗？", "chat"),
 ("把方块挪到中间", "edit", "1.pos=center"),
 ("撤销", "undo")]),
(["ambiguous", "clarify-answer"], [
 ("左边一个绿色三角形，右边一个紫色三角形", "draw", "white:triangle green large left,triangle purple large right"),
 ("把三角形变小", "ask"),
 ("右边那个", "edit", "1.size=small")]),
(["it-reference", "remove", "ack-chat"], [
 ("画个橙色的圆在中间，再在它上方放一个小的蓝色正方形", "draw", "white:circle orange large center,square blue small top"),
 ("不要它了", "edit", "-1"),
 ("嗯，这样干净多了", "chat")]),
(["colloquial", "size-words", "typo"], [
 ("来个大号紫色星形在右上", "draw", "white:star purple large top-right"),
 ("太大了，小一点", "edit", "0.size=small"),
 ("这是最小的了吗？", "chat")]),
(["child", "add", "ack-chat"], [
 ("我要一个黄色的大太阳圆圆 在天上 上面", "draw", "white:circle yellow large top"),
 ("还要一个绿色的三角形当小山 在下面", "edit", "+triangle green large bottom"),
 ("哇好看！", "chat")]),
(["background-change", "complaint-edit", "undo"], [
 ("白底，中间一个黑色方块", "draw", "white:square black large center"),
 ("背景换成黄色", "edit", "bg=yellow"),
 ("不好看，换回去", "undo"),
 ("那就试试蓝色背景", "edit", "bg=blue")]),
(["polite", "long-first", "remove"], [
 ("您好，麻烦画一下：紫色背景上，左下方一个小的白色圆形，中间一个大的黄色星形，右上方一个小的橙色三角形。谢谢！", "draw", "purple:circle white small bottom-left,star yellow large center,triangle orange small top-right"),
 ("请把三角形去掉", "edit", "-2"),
 ("谢谢，辛苦了", "chat")]),
(["shape-change", "that-one-reference"], [
 ("左侧红色正方形，右侧蓝色圆形", "draw", "white:square red large left,circle blue large right"),
 ("那个圆换成星星", "edit", "1.shape=star"),
 ("现在右边是什么形状？", "chat")]),
(["swap-positions", "two-edits"], [
 ("上面一个绿色星形，下面一个红色圆形", "draw", "white:star green large top,circle red large bottom"),
 ("两个换一下位置", "edit", "0.pos=bottom;1.pos=top"),
 ("行", "chat")]),
(["bg-clash", "ambiguous"], [
 ("蓝色方块，小的，放左上角", "draw", "white:square blue small top-left"),
 ("背景改成蓝色", "ask"),
 ("哦那方块改成白色，背景蓝色", "edit", "0.colour=white;bg=blue")]),
(["first-colour-better", "colour-change"], [
 ("中间画一个绿色三角", "draw", "white:triangle green large center"),
 ("换个颜色，紫色", "edit", "0.colour=purple"),
 ("还是刚才的绿色好", "edit", "0.colour=green")]),
(["new-scene", "question-chat"], [
 ("右下角一个小的黑色圆", "draw", "white:circle black small bottom-right"),
 ("重新来：橙色背景，中央一个白色星星", "draw", "orange:star white large center"),
 ("这个星星有多大？", "chat")]),
(["vague-complaint", "ambiguous", "size-words"], [
 ("一个红色的圆形和一个黄色的方块，圆在左边，方块在右边", "draw", "white:circle red large left,square yellow large right"),
 ("感觉怪怪的", "ask"),
 ("方块小一点吧", "edit", "1.size=small")]),
(["over-limit", "ambiguous", "remove", "add"], [
 ("左上红星，中间蓝圆，右下绿方块", "draw", "white:star red large top-left,circle blue large center,square green large bottom-right"),
 ("再加一个黄色三角形在右上", "ask"),
 ("那先把红星删掉，再加黄色三角形在右上", "edit", "-0;+triangle yellow large top-right")]),
(["move", "relative-position"], [
 ("中间一个紫色正方形", "draw", "white:square purple large center"),
 ("在它左边加个小的橙色圆", "edit", "+circle orange small left"),
 ("圆再往上挪一格", "edit", "1.pos=top-left")]),
(["terse", "undo", "double-undo"], [
 ("黄星 黑底", "draw", "black:star yellow large center"),
 ("变小", "edit", "0.size=small"),
 ("放右边", "edit", "0.pos=right"),
 ("撤回", "undo"),
 ("再撤回一次", "undo")]),
(["cell-clash", "ambiguous", "move"], [
 ("中间大的白色三角形，上方小的红色圆形，绿色背景", "draw", "green:triangle white large center,circle red small top"),
 ("把圆放到中间", "ask"),
 ("那三角形放到下面去，圆放中间", "edit", "0.pos=bottom;1.pos=center")]),
(["question-chat", "chat-only"], [
 ("画一个蓝色的星形在左下", "draw", "white:star blue large bottom-left"),
 ("你能画别的形状吗？比如心形？", "chat"),
 ("好吧，那就这样", "chat")]),
(["attr-after-noun", "colour-change"], [
 ("一个圆形，橙色的，小的，在右侧", "draw", "white:circle orange small right"),
 ("颜色改成黑色的", "edit", "0.colour=black")]),
(["multi-edit", "it-reference"], [
 ("画一个红色正方形", "draw", "white:square red large center"),
 ("把它变成小的绿色三角形，放到左上", "edit", "0.shape=triangle;0.colour=green;0.size=small;0.pos=top-left"),
 ("不对，撤销", "undo")]),
(["add", "both", "size-words"], [
 ("左边一个小的紫色圆，右边一个小的紫色星", "draw", "white:circle purple small left,star purple small right"),
 ("两个都放大", "edit", "0.size=large;1.size=large"),
 ("再在下面加一个紫色方块", "edit", "+square purple large bottom")]),
(["self-correction", "background-anywhere"], [
 ("画个绿色的星星在右上，不对，左上，背景要黑的", "draw", "black:star green large top-left"),
 ("嗯就是这个", "chat")]),
(["colour-reference", "remove", "undo"], [
 ("三个圆：左边红的，中间黄的，右边蓝的", "draw", "white:circle red large left,circle yellow large center,circle blue large right"),
 ("把黄的删了", "edit", "-1"),
 ("算了还是留着", "undo"),
 ("把黄的变小就行", "edit", "1.size=small")]),
(["background-change", "question-chat"], [
 ("白色的方块放在中间，背景紫色", "draw", "purple:square white large center"),
 ("背景能换成黑色吗", "edit", "bg=black"),
 ("现在是什么颜色的背景？", "chat")]),
(["non-native", "position-synonym"], [
 ("我想要一个三角形 黄色 在下面的中心", "draw", "white:triangle yellow large bottom"),
 ("三角形去上面中心", "edit", "0.pos=top")]),
(["same-as", "colour-change", "ack-chat"], [
 ("左下一个蓝色圆形，右上一个红色正方形", "draw", "white:circle blue large bottom-left,square red large top-right"),
 ("方块颜色和圆一样", "edit", "1.colour=blue"),
 ("可以", "chat")]),
(["vague", "ambiguous", "shape-change"], [
 ("中间一个黑色星形，黄色背景", "draw", "yellow:star black large center"),
 ("换一个", "ask"),
 ("换成圆形", "edit", "0.shape=circle")]),
(["relative-move", "move"], [
 ("左边放一个小的白色方块，背景是红色", "draw", "red:square white small left"),
 ("往右移一格", "edit", "0.pos=center"),
 ("再往下一格", "edit", "0.pos=bottom")]),
(["add", "it-reference", "size-words"], [
 ("一个大的绿色圆形在左上", "draw", "white:circle green large top-left"),
 ("右下也来一个，橙色的", "edit", "+circle orange large bottom-right"),
 ("它小一点", "edit", "1.size=small")]),
(["undo", "ack-chat", "remove"], [
 ("画一个紫色三角形在上面，一个蓝色星形在下面", "draw", "white:triangle purple large top,star blue large bottom"),
 ("去掉星形", "edit", "-1"),
 ("撤销一下", "undo"),
 ("嗯还是两个好", "chat")]),
(["new-scene", "wrapper"], [
 ("能不能帮我画一个黑色的小圆，放在正中间", "draw", "white:circle black small center"),
 ("换一张新的：蓝色背景，右侧一个大的黄色正方形，左侧一个小的白色三角形", "draw", "blue:square yellow large right,triangle white small left")]),
(["ambiguous", "position-vague"], [
 ("右上一个橙色星星", "draw", "white:star orange large top-right"),
 ("挪一下", "ask"),
 ("挪到左下", "edit", "0.pos=bottom-left")]),
(["question-chat", "colour-change"], [
 ("绿色背景上面中间有个红色圆", "draw", "green:circle red large center"),
 ("红配绿会不会很土？", "chat"),
 ("那圆改成白色", "edit", "0.colour=white")]),
(["shape-synonym", "remove"], [
 ("左边一个红色方块，中间一个蓝色三角，右边一个黄色星星", "draw", "white:square red large left,triangle blue large center,star yellow large right"),
 ("中间那个不要了", "edit", "-1"),
 ("好了", "chat")]),
(["long-first", "self-correction", "size-words"], [
 ("我想做一张图，背景是橙色的，左上角有一个大的紫色圆形，右下角有一个小的黑色星星，呃，星星也要大的", "draw", "orange:circle purple large top-left,star black large bottom-right"),
 ("圆形缩小", "edit", "0.size=small"),
 ("恢复上一步", "undo")]),
(["chat-only", "question-chat"], [
 ("一个白色的三角形，黑色背景", "draw", "black:triangle white large center"),
 ("这个三角形是正的还是歪的？", "chat"),
 ("好的明白了", "chat")]),
(["both", "colour-change", "background-change"], [
 ("上方小的红方块，下方小的红圆", "draw", "white:square red small top,circle red small bottom"),
 ("都改成黄色，背景改成黑色", "edit", "0.colour=yellow;1.colour=yellow;bg=black")]),
(["terse", "typo"], [
 ("蓝圆 左下 小", "draw", "white:circle blue small bottom-left"),
 ("改成星", "edit", "0.shape=star"),
 ("ok", "chat")]),
(["first-timer", "question-chat", "move"], [
 ("第一次用，随便画个绿色的正方形试试", "draw", "white:square green large center"),
 ("能把它放到角落里吗？", "ask"),
 ("右下角", "edit", "0.pos=bottom-right")]),
(["like-before", "colour-change", "background-change"], [
 ("黄色背景，中间一个蓝色星星", "draw", "yellow:star blue large center"),
 ("背景换成白色", "edit", "bg=white"),
 ("还是像之前那样黄色背景吧", "edit", "bg=yellow")]),
(["complaint-edit", "remove", "add"], [
 ("左上一个黑色三角形，右上一个黑色圆形", "draw", "white:triangle black large top-left,circle black large top-right"),
 ("圆形看着别扭，删了", "edit", "-1"),
 ("在下方加个橙色的小星星", "edit", "+star orange small bottom")]),
(["shape-change", "undo", "ack-chat"], [
 ("中间大的紫色三角形", "draw", "white:triangle purple large center"),
 ("变成方的", "edit", "0.shape=square"),
 ("退回去", "undo"),
 ("对就这样", "chat")]),
(["relative-position", "add"], [
 ("下方一个绿色圆形", "draw", "white:circle green large bottom"),
 ("在圆的正上方放一个红色的小三角", "edit", "+triangle red small center")]),
(["ambiguous", "clarify-answer", "colour-change"], [
 ("两颗星星，左上一颗白的，右下一颗白的，蓝色背景", "draw", "blue:star white large top-left,star white large bottom-right"),
 ("星星改成黄色", "ask"),
 ("两颗都改", "edit", "0.colour=yellow;1.colour=yellow")]),
(["size-words", "question-chat"], [
 ("一个超大的橙色方块", "draw", "white:square orange large center"),
 ("能再大一点吗", "chat"),
 ("那就缩小吧", "edit", "0.size=small")]),
(["background-anywhere", "move", "undo"], [
 ("在左侧画一个黄色圆形，背景用紫色", "draw", "purple:circle yellow large left"),
 ("移到右侧", "edit", "0.pos=right"),
 ("算了撤销", "undo")]),
(["it-reference", "add", "two-edits"], [
 ("一个小的黑色正方形在上方", "draw", "white:square black small top"),
 ("下面再来一个红色圆", "edit", "+circle red large bottom"),
 ("把它变成星形并改成绿色", "edit", "1.shape=star;1.colour=green")]),
(["colloquial", "ack-chat", "question-chat"], [
 ("整一个蓝色大星星放正中央", "draw", "white:star blue large center"),
 ("牛", "chat"),
 ("背景是啥颜色", "chat")]),
(["phone", "typo", "remove", "undo"], [
 ("左边红色园 右边黄色三角型", "draw", "white:circle red large left,triangle yellow large right"),
 ("删掉园", "edit", "-0"),
 ("误操作了 撤回", "undo")]),
]
