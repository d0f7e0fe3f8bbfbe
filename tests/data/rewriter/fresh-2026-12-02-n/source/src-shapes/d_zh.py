DIALOGS = [
(["defaults", "colour-change", "ack-chat"], [
 ("帮我整一个蓝色的三角", "draw", "white: triangle blue large center"),
 ("不错", "chat", None),
 ("颜色调成橙的", "edit", "triangle.colour=orange")]),
(["colloquial-position", "multi-object", "question-chat"], [
 ("左上角搞个大红星，右下角搞个小绿圆", "draw", "white: star red large top-left; circle green small bottom-right"),
 ("绿圆是在右下吗？我这边看着有点偏", "chat", None),
 ("行吧，那就挪到正下方", "edit", "circle.pos=bottom")]),
(["background-anywhere", "undo"], [
 ("来个紫色的底，正中间放一个黄色的正方形", "draw", "purple: square yellow large center"),
 ("底色改成绿色", "edit", "bg=green"),
 ("不好看，回到上一步", "undo", None),
 ("嗯，紫色的好", "chat", None)]),
(["wrapper", "polite", "size-words"], [
 ("您好，可以帮我画一个小号的黑色圆形吗？放在右上角就好。", "draw", "white: circle black small top-right"),
 ("能不能稍微大一点？", "edit", "circle.size=large"),
 ("谢谢您！", "chat", None)]),
(["attr-after-noun", "shape-change"], [
 ("正方形一个，红的，大的，放左边", "draw", "white: square red large left"),
 ("形状换成三角", "edit", "square.shape=triangle")]),
(["ask", "missing-value"], [
 ("中间一个绿色的星星，黑色背景", "draw", "black: star green large center"),
 ("挪一下", "ask", None),
 ("挪到左下角", "edit", "star.pos=bottom-left")]),
(["two-circles", "ambiguous", "ask"], [
 ("上面一个黄圆，下面也一个黄圆，都小一点", "draw", "white: circle yellow small top; circle yellow small bottom"),
 ("把那个圆变成红色", "ask", None),
 ("上面的", "edit", "0.colour=red")]),
(["reference-earlier-turn", "colour"], [
 ("右侧一个蓝色方块", "draw", "white: square blue large right"),
 ("换个绿色看看", "edit", "square.colour=green"),
 ("刚才那个蓝的好看，换回来", "edit", "square.colour=blue")]),
(["child", "add", "ack-chat"], [
 ("我要画星星！黄色的！", "draw", "white: star yellow large center"),
 ("旁边右边再来一个红色的小星星", "edit", "+star red small right"),
 ("哈哈好可爱", "chat", None)]),
(["remove", "reference-by-colour"], [
 ("左上紫色三角，右上橙色圆，正下方黑色方块", "draw", "white: triangle purple large top-left; circle orange large top-right; square black large bottom"),
 ("橙色那个不要了", "edit", "-orange"),
 ("好的，就这样", "chat", None)]),
(["complaint-edit", "colour-change"], [
 ("在黄色背景上画一个白色的圆", "draw", "yellow: circle white large center"),
 ("白的在黄底上太糊了，圆换成蓝色", "edit", "circle.colour=blue")]),
(["relative-position", "add"], [
 ("左边中间一个红色三角形", "draw", "white: triangle red large left"),
 ("三角形右边紧挨着放一个小的蓝色方块", "edit", "+square blue small center")]),
(["question-chat", "background"], [
 ("一个橙色的星星在正上方，背景蓝色", "draw", "blue: star orange large top"),
 ("现在背景是什么颜色来着？", "chat", None),
 ("哦对，那换成黑色", "edit", "bg=black")]),
(["undo", "remove"], [
 ("中间一个大绿方块，右下一个小紫星", "draw", "white: square green large center; star purple small bottom-right"),
 ("星星删了", "edit", "-star"),
 ("等下，还是留着吧，撤销", "undo", None)]),
(["new-scene", "background-default"], [
 ("黑色背景，右上角一个白色三角", "draw", "black: triangle white large top-right"),
 ("这张不要了，重新画一个：左下角一个红色的圆", "draw", "white: circle red large bottom-left")]),
(["self-correction", "multi-object"], [
 ("左上角一个蓝色圆，右上角一个……不，是正下方，一个黄色方块", "draw", "white: circle blue large top-left; square yellow large bottom"),
 ("方块再小一点", "edit", "square.size=small")]),
(["terse", "shape-change"], [
 ("绿三角 右下", "draw", "white: triangle green large bottom-right"),
 ("换圆", "edit", "triangle.shape=circle"),
 ("换星", "edit", "circle.shape=star"),
 ("就这个", "chat", None)]),
(["limit", "ask"], [
 ("左上红方块，右上蓝方块，下方绿方块", "draw", "white: square red large top-left; square blue large top-right; square green large bottom"),
 ("正中间再放一个黄色的圆", "ask", None),
 ("那把绿色方块去掉，再在中间放黄圆", "edit", "-green; +circle yellow large center")]),
(["background-colour-clash", "ask"], [
 ("蓝色背景，中间一个红色圆", "draw", "blue: circle red large center"),
 ("背景换成红色", "ask", None),
 ("那圆改成白色，背景红色", "edit", "circle.colour=white; bg=red")]),
(["conflict-cell", "ask"], [
 ("右侧一个橙色星，中间一个紫色三角", "draw", "white: star orange large right; triangle purple large center"),
 ("星星往左挪一格", "ask", None),
 ("那三角挪到上面去，星星再挪", "edit", "triangle.pos=top; star.pos=center")]),
(["swap"], [
 ("上方黑色圆形，下方白色星形，黄色背景", "draw", "yellow: circle black large top; star white large bottom"),
 ("上下换一下", "edit", "circle.pos=bottom; star.pos=top")]),
(["typo", "homophone"], [
 ("又上角一个红色的三脚形", "draw", "white: triangle red large top-right"),
 ("颜色改成兰色", "edit", "triangle.colour=blue")]),
(["it-reference", "size-words"], [
 ("左边一个紫色方块，右边一个橙色的圆", "draw", "white: square purple large left; circle orange large right"),
 ("把它缩小", "edit", "circle.size=small"),
 ("可以了", "chat", None)]),
(["question-chat", "count"], [
 ("三个星星，左上、正中、右下，颜色分别是红、黄、蓝", "draw", "white: star red large top-left; star yellow large center; star blue large bottom-right"),
 ("你画了几个？", "chat", None),
 ("中间那个换成绿色", "edit", "yellow.colour=green")]),
(["vague", "ask"], [
 ("黑底，中间一个大红圆", "draw", "black: circle red large center"),
 ("感觉差点意思", "ask", None),
 ("背景换成黄色试试", "edit", "bg=yellow")]),
(["move", "colloquial-position"], [
 ("一个黄色的三角形", "draw", "white: triangle yellow large center"),
 ("放到最顶上中间", "edit", "triangle.pos=top"),
 ("再放到左上角那个格子里", "edit", "triangle.pos=top-left")]),
(["undo", "two-edits"], [
 ("白色背景，下方一个蓝色星星", "draw", "white: star blue large bottom"),
 ("星星变小，颜色改成紫色", "edit", "star.size=small; star.colour=purple"),
 ("不要这个改动，撤回", "undo", None),
 ("只变小就行", "edit", "star.size=small")]),
(["art-director", "complaint-edit"], [
 ("绿色底，左上大黑方块，右下小白圆，要很干净", "draw", "green: square black large top-left; circle white small bottom-right"),
 ("方块太压了，缩小", "edit", "square.size=small"),
 ("白圆放大一档", "edit", "circle.size=large"),
 ("行，定稿", "chat", None)]),
(["question-chat", "capability"], [
 ("画一个红色正方形在正中央", "draw", "white: square red large center"),
 ("能画渐变色吗？", "chat", None),
 ("不能的话就橙色吧", "edit", "square.colour=orange")]),
(["remove", "last-object", "ask"], [
 ("左下一个小的蓝色三角", "draw", "white: triangle blue small bottom-left"),
 ("清空", "ask", None),
 ("算了，不清了", "chat", None)]),
(["add", "background-anywhere"], [
 ("黄色背景，左上角一个小黑星", "draw", "yellow: star black small top-left"),
 ("右上角也来一个一样的", "edit", "+star black small top-right")]),
(["unclear-reference", "ask"], [
 ("左边红色方块，右边红色三角", "draw", "white: square red large left; triangle red large right"),
 ("红色的那个放大……哦它们都是大的，那缩小吧", "ask", None),
 ("都缩小", "edit", "0.size=small; 1.size=small")]),
(["directional", "move"], [
 ("右上角一个小紫圆", "draw", "white: circle purple small top-right"),
 ("往下走一格", "edit", "circle.pos=right"),
 ("再往下走一格", "edit", "circle.pos=bottom-right"),
 ("然后往左走两格", "edit", "circle.pos=bottom-left")]),
(["shape-change", "reference-by-position"], [
 ("上方橙色圆，左侧橙色圆，右侧橙色圆", "draw", "white: circle orange large top; circle orange large left; circle orange large right"),
 ("上面那个改成星星", "edit", "0.shape=star"),
 ("左边那个改成方块", "edit", "1.shape=square")]),
(["ack-chat", "question-chat"], [
 ("黑色背景，右下一个黄色三角", "draw", "black: triangle yellow large bottom-right"),
 ("好看", "chat", None),
 ("三角是不是歪了一点？", "chat", None),
 ("没事，保持原样", "chat", None)]),
(["new-scene", "draw-after-edit"], [
 ("中间一个蓝圆", "draw", "white: circle blue large center"),
 ("蓝圆改绿", "edit", "circle.colour=green"),
 ("换一张新图，红色背景，上方一个白色方块", "draw", "red: square white large top")]),
(["long-first-prompt", "wrapper"], [
 ("请帮我画一张图：背景用橙色；左上角放一个大的紫色星形；正中间放一个小的黑色圆形；右下角放一个大的白色三角形。画好告诉我一声。", "draw", "orange: star purple large top-left; circle black small center; triangle white large bottom-right"),
 ("中间那个圆换成蓝色", "edit", "circle.colour=blue"),
 ("收到，很好", "chat", None)]),
(["undo", "after-add"], [
 ("左侧一个红色星星", "draw", "white: star red large left"),
 ("右侧加一个小的黄色正方形", "edit", "+square yellow small right"),
 ("不想要方块了，撤销上一步", "undo", None)]),
(["ambiguous", "draw-vs-add", "ask"], [
 ("正中间一个紫色三角形", "draw", "white: triangle purple large center"),
 ("画一个黄色的圆", "ask", None),
 ("重新画，不要三角了", "draw", "white: circle yellow large center")]),
(["two-edits", "move", "colour"], [
 ("左上一个黑色三角，右下一个黑色星星", "draw", "white: triangle black large top-left; star black large bottom-right"),
 ("三角改成红的，星星挪到左下", "edit", "triangle.colour=red; star.pos=bottom-left")]),
(["non-native", "size-words"], [
 ("画一个圆，颜色是绿，位置左下，大小是小", "draw", "white: circle green small bottom-left"),
 ("大小是大", "edit", "circle.size=large")]),
(["reference-earlier-turn", "size-position"], [
 ("上方一个小的白色方块，背景蓝色", "draw", "blue: square white small top"),
 ("挪到中间，变大", "edit", "square.pos=center; square.size=large"),
 ("位置还是原来的好，大小保持", "edit", "square.pos=top")]),
(["question-chat", "position"], [
 ("左边一个红圆，右边一个蓝方块", "draw", "white: circle red large left; square blue large right"),
 ("方块在圆的哪边？", "chat", None),
 ("那把方块放到圆的上面", "edit", "square.pos=top-left")]),
(["complaint-edit", "remove"], [
 ("左上黄色星，中间绿色三角，右下紫色圆", "draw", "white: star yellow large top-left; triangle green large center; circle purple large bottom-right"),
 ("太乱了，中间那个三角拿掉", "edit", "-triangle"),
 ("清爽多了", "chat", None)]),
(["phone", "typo"], [
 ("黑被景 白园 中间", "draw", "black: circle white large center"),
 ("园变校", "edit", "circle.size=small")]),
(["undo", "background", "chat-after"], [
 ("右下一个红色的正方形，黄色的底", "draw", "yellow: square red large bottom-right"),
 ("背景白色", "edit", "bg=white"),
 ("撤销", "undo", None),
 ("对，黄色更有感觉", "chat", None)]),
(["add", "relative-position"], [
 ("正下方一个橙色方块", "draw", "white: square orange large bottom"),
 ("方块正上面，也就是中间，放一个小的黑色三角", "edit", "+triangle black small center")]),
(["shape-change", "colour", "two-edits"], [
 ("左侧一个紫色圆", "draw", "white: circle purple large left"),
 ("圆改成星星，颜色改成黄色", "edit", "circle.shape=star; star.colour=yellow")]),
(["question-chat", "ask", "mixed-intents"], [
 ("蓝底，上方一个白星，下方一个黄圆", "draw", "blue: star white large top; circle yellow large bottom"),
 ("把它换个颜色", "ask", None),
 ("圆换成红色", "edit", "circle.colour=red"),
 ("现在好看多了吧？", "chat", None)]),
(["undo", "ask", "vague-undo"], [
 ("上方一个绿色圆，下方一个红色星星", "draw", "white: circle green large top; star red large bottom"),
 ("圆改成黑色", "edit", "circle.colour=black"),
 ("星星也改成黑色", "edit", "star.colour=black"),
 ("刚才那步不要", "undo", None),
 ("好，这样对比更明显", "chat", None)]),
]
