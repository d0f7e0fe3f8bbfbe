# 中文对话
D = [
(["wrapper", "colour-edit"], [
 ("请帮我画一个绿色的大圆形，放在中间，背景白色", "draw", "= white; green circle center"),
 ("把圆换成橙色吧", "edit", "0 orange"),
 ("好的，谢谢", "chat", ""),
]),
(["terse", "add"], [
 ("黑底，右上角一个黄色星星", "draw", "= black; yellow star top-right"),
 ("左下再来个小的白色方块", "edit", "+ white square small bottom-left"),
]),
(["complaint-edit", "size-words", "undo"], [
 ("紫色背景，中间一个红色三角形", "draw", "= purple; red triangle center"),
 ("三角太大了，缩小一点", "edit", "0 small"),
 ("算了，还是刚才那样好", "undo", ""),
]),
(["ambiguous", "ask"], [
 ("白色背景，左边一个蓝色圆，右边也一个蓝色圆", "draw", "= white; blue circle left; blue circle right"),
 ("把那个圆改成黄色", "ask", ""),
 ("右边那个", "edit", "1 yellow"),
]),
(["child", "star"], [
 ("我要一个大大的黄色星星！背景是蓝色的", "draw", "= blue; yellow star center"),
 ("再加一个小红星星在上面", "edit", "+ red star small top"),
 ("哇好漂亮", "chat", ""),
]),
(["remove", "reference"], [
 ("橙色背景上，左上方有一个大的黑色正方形，右下方有一个小的白色圆形", "draw", "= orange; black square top-left; white circle small bottom-right"),
 ("把方块去掉", "edit", "- 0"),
 ("圆放大", "edit", "0 large"),
]),
(["background-anywhere", "two-edits"], [
 ("画个紫色方块", "draw", "= white; purple square center"),
 ("背景改成黄色，方块挪到右边", "edit", "bg yellow; 0 right"),
]),
(["question-chat"], [
 ("下方画一个绿色三角形，黑色背景", "draw", "= black; green triangle bottom"),
 ("这个三角形为什么是歪的？", "chat", ""),
 ("没事，把它变成正方形吧", "edit", "0 square"),
]),
(["max-objects", "ask"], [
 ("白底，左边红圆，中间橙色方块，右边紫色三角，都小一点", "draw", "= white; red circle small left; orange square small center; purple triangle small right"),
 ("再加个绿色星星", "ask", ""),
 ("那把中间的方块换成绿色星星", "edit", "1 green star"),
]),
(["shape-change", "it"], [
 ("红色背景，左上角放一个白色的圆", "draw", "= red; white circle top-left"),
 ("把它变成星形", "edit", "0 star"),
 ("撤销", "undo", ""),
]),
(["move", "colloquial-position"], [
 ("一个蓝色的小三角，放在右下角，背景白色", "draw", "= white; blue triangle small bottom-right"),
 ("往左挪一格", "edit", "0 bottom"),
 ("再往上挪一格", "edit", "0 center"),
]),
(["first-colour-better", "reference-back"], [
 ("中间一个黄色正方形，背景黑色", "draw", "= black; yellow square center"),
 ("换个颜色，试试红色", "edit", "0 red"),
 ("再试试蓝色", "edit", "0 blue"),
 ("还是最开始的黄色好看，改回去", "edit", "0 yellow"),
]),
(["new-scene", "draw"], [
 ("绿色背景，中间一个白色星形", "draw", "= green; white star center"),
 ("换一张新的：黄色背景，上方一个黑色圆，下方一个紫色方块", "draw", "= yellow; black circle top; purple square bottom"),
]),
(["typo-homophone", "colour-edit"], [
 ("画一个兰色的圆行在中间，白色被景", "draw", "= white; blue circle center"),
 ("改成红色", "edit", "0 red"),
]),
(["polite", "add", "relative-position"], [
 ("您好，麻烦画一个大的橙色圆形在画面中央，背景用紫色，谢谢。", "draw", "= purple; orange circle center"),
 ("麻烦在圆的正上方加一个小的白色三角形。", "edit", "+ white triangle small top"),
 ("再在圆的右边加一个黄色正方形，辛苦了。", "edit", "+ yellow square right"),
]),
(["ask", "missing-value"], [
 ("左侧一个黑色三角形，背景橙色", "draw", "= orange; black triangle left"),
 ("换一下", "ask", ""),
 ("我是说换成圆形", "edit", "0 circle"),
]),
(["ask", "impossible-colour"], [
 ("白色背景，右上角一个红色方块", "draw", "= white; red square top-right"),
 ("方块改成白色", "ask", ""),
 ("那就黑色吧", "edit", "0 black"),
]),
(["remove", "undo"], [
 ("蓝色背景，左边黄色星星，右边白色圆形", "draw", "= blue; yellow star left; white circle right"),
 ("星星不要了", "edit", "- 0"),
 ("啊不对，星星还是留着", "undo", ""),
 ("把圆删掉", "edit", "- 1"),
]),
(["three-objects", "reference"], [
 ("黑色背景，左上一个小红圆，中间一个大黄色三角，右下一个小绿色方块", "draw", "= black; red circle small top-left; yellow triangle center; green square small bottom-right"),
 ("红的那个改成紫色", "edit", "0 purple"),
 ("三角形变小", "edit", "1 small"),
 ("不错", "chat", ""),
]),
(["attr-after-noun"], [
 ("星形，橙色，大号，放左下。背景：绿色", "draw", "= green; orange star bottom-left"),
 ("背景黑色", "edit", "bg black"),
]),
(["question-chat", "chat"], [
 ("一个白色的圆，背景紫色", "draw", "= purple; white circle center"),
 ("你能画几种颜色？", "chat", ""),
 ("那换成橙色", "edit", "0 orange"),
]),
(["it", "two-edits"], [
 ("先在上方画一个红色正方形，再在下方画一个蓝色圆形，白底", "draw", "= white; red square top; blue circle bottom"),
 ("把它变小然后换成绿色", "edit", "1 small green"),
]),
(["short", "terse", "undo"], [
 ("黄圆", "draw", "= white; yellow circle center"),
 ("黑底", "edit", "bg black"),
 ("小", "edit", "0 small"),
 ("回退", "undo", ""),
]),
(["move", "swap"], [
 ("左边紫色方块，右边橙色三角，背景白色", "draw", "= white; purple square left; orange triangle right"),
 ("两个换个位置", "edit", "0 right; 1 left"),
]),
(["shape-change", "both"], [
 ("红色背景，上方一个小白色三角，下方一个小黑色三角", "draw", "= red; white triangle small top; black triangle small bottom"),
 ("都改成星星", "edit", "0 star; 1 star"),
 ("上面那颗放大", "edit", "0 large"),
]),
(["ask", "unknown-shape"], [
 ("中间画一个绿色的方块，背景黄色", "draw", "= yellow; green square center"),
 ("改成六边形", "ask", ""),
 ("那三角形吧", "edit", "0 triangle"),
]),
(["long-first", "three-objects"], [
 ("我在做一个小测试，想要一张蓝色背景的图：左上角放一个大的黄色圆形，正中间一个小的白色星形，右下角再放一个大的橙色正方形。麻烦了！", "draw", "= blue; yellow circle top-left; white star small center; orange square bottom-right"),
 ("橙色和黄色有点撞，把方块改成紫色", "edit", "2 purple"),
 ("挺好的，就这样", "chat", ""),
]),
(["complaint-edit", "contrast"], [
 ("黄色背景，中间一个白色圆", "draw", "= yellow; white circle center"),
 ("根本看不清，圆换成黑的", "edit", "0 black"),
]),
(["relative-position", "add"], [
 ("左下角一个红色星形，背景白色", "draw", "= white; red star bottom-left"),
 ("在星星右边加一个蓝色的圆", "edit", "+ blue circle bottom"),
 ("再在圆上面加个绿色三角", "edit", "+ green triangle center"),
]),
(["ask", "occupied-cell"], [
 ("上方一个橙色圆，中间一个紫色方块，白底", "draw", "= white; orange circle top; purple square center"),
 ("把圆移到中间", "ask", ""),
 ("那把方块先挪到下面，再把圆放中间", "edit", "1 bottom; 0 center"),
]),
(["non-native-style", "colour-edit"], [
 ("我想要画星星一个，颜色黑，大的，位置中间，背景的颜色是橙", "draw", "= orange; black star center"),
 ("星星颜色要白的", "edit", "0 white"),
]),
(["redraw", "draw", "undo"], [
 ("紫色背景，右侧一个黄色方块", "draw", "= purple; yellow square right"),
 ("重新来，白色背景中间一个红色三角", "draw", "= white; red triangle center"),
 ("还是上一张好，退回去", "undo", ""),
]),
(["remove", "ask", "empty-scene"], [
 ("中间一个黑色圆形，白色背景", "draw", "= white; black circle center"),
 ("把圆删了", "ask", ""),
 ("那换成小的橙色圆", "edit", "0 small orange"),
]),
(["size-words", "shape-change"], [
 ("右上角一个小小的绿色圆，黑色背景", "draw", "= black; green circle small top-right"),
 ("大一点", "edit", "0 large"),
 ("换成方块", "edit", "0 square"),
 ("还是圆吧，撤回", "undo", ""),
]),
(["question-chat", "position-chat"], [
 ("白色背景，左上一个蓝色三角，右下一个红色三角", "draw", "= white; blue triangle top-left; red triangle bottom-right"),
 ("这两个一样大吗？", "chat", ""),
 ("把蓝色的缩小", "edit", "0 small"),
]),
(["chat", "praise", "add"], [
 ("黑色背景上方画一个黄色的圆，像月亮", "draw", "= black; yellow circle top"),
 ("好有感觉", "chat", ""),
 ("左下角加一颗小白星", "edit", "+ white star small bottom-left"),
]),
(["colloquial-position", "center-synonym"], [
 ("正当中放个红色方块，底色用绿", "draw", "= green; red square center"),
 ("挪到最上面中间", "edit", "0 top"),
]),
(["ask", "vague"], [
 ("白底，左侧一个紫色星形", "draw", "= white; purple star left"),
 ("弄得高级一点", "ask", ""),
 ("背景换成黑色就行", "edit", "bg black"),
]),
(["reference", "colour-description", "remove"], [
 ("绿色背景，上方红色圆，中间白色圆，下方黄色圆，都小号", "draw", "= green; red circle small top; white circle small center; yellow circle small bottom"),
 ("白的那个删掉", "edit", "- 1"),
 ("黄的变成星星", "edit", "1 star"),
]),
(["undo", "after-add"], [
 ("橙色背景，中间一个蓝色正方形", "draw", "= orange; blue square center"),
 ("右上加一个黑色三角", "edit", "+ black triangle top-right"),
 ("不要这个三角，撤销", "undo", ""),
]),
(["two-edits", "background-anywhere"], [
 ("下方一个白色星形，红底", "draw", "= red; white star bottom"),
 ("星星改黄色，底色改蓝色", "edit", "0 yellow; bg blue"),
 ("好", "chat", ""),
]),
(["self-correction", "move"], [
 ("左侧一个橙色圆形，白底", "draw", "= white; orange circle left"),
 ("移到右上，不对，移到右下", "edit", "0 bottom-right"),
]),
(["phone-typo", "pinyin-slip"], [
 ("hei色背景 中间黄色三角xing", "draw", "= black; yellow triangle center"),
 ("变xiao一点", "edit", "0 small"),
]),
(["question-chat", "undo"], [
 ("白底，左边一个红方块，右边一个蓝星星", "draw", "= white; red square left; blue star right"),
 ("方块改成紫色", "edit", "0 purple"),
 ("星星是五个角的吗", "chat", ""),
 ("把星星挪到上面", "edit", "1 top"),
 ("撤销上一步", "undo", ""),
]),
(["shape-change", "reference"], [
 ("紫色背景，左下一个小白色方块，右上一个大黄色圆", "draw", "= purple; white square small bottom-left; yellow circle top-right"),
 ("白色那个改成三角形", "edit", "0 triangle"),
 ("黄色那个改成星形", "edit", "1 star"),
]),
(["ask", "ambiguous-move"], [
 ("黑色背景，左边一个绿色三角，右边一个绿色方块", "draw", "= black; green triangle left; green square right"),
 ("把绿色的移到上面", "ask", ""),
 ("三角那个", "edit", "0 top"),
]),
(["add", "size-words"], [
 ("中间画一个大号的蓝色星星，背景黄色", "draw", "= yellow; blue star center"),
 ("左上角加一个小号的红色圆", "edit", "+ red circle small top-left"),
 ("红圆也换成大号", "edit", "1 large"),
]),
(["wrapper", "chat-thanks"], [
 ("帮我生成一张图：白色背景，下方一个黑色的圆形", "draw", "= white; black circle bottom"),
 ("谢啦", "chat", ""),
]),
(["draw", "new-scene", "colour-edit"], [
 ("右侧放一个红色星星，背景紫色", "draw", "= purple; red star right"),
 ("星星改成橙色", "edit", "0 orange"),
 ("背景再亮一点，用黄色", "edit", "bg yellow"),
 ("橙色在黄色上不明显，星星还是红色吧", "edit", "0 red"),
]),
(["ask", "which-one"], [
 ("白底，上方一个橙色方块，下方一个橙色三角", "draw", "= white; orange square top; orange triangle bottom"),
 ("把橙色的改成绿色", "ask", ""),
 ("两个都改", "edit", "0 green; 1 green"),
]),
]

TAILS = [
 ("可以了，就这张", "chat", ""),
 ("不行，退回上一步", "undo", ""),
 ("现在画面里一共有几个图形？", "chat", ""),
 ("嗯嗯", "chat", ""),
 ("刚才那版更好，撤一下", "undo", ""),
 ("这个配色叫什么风格啊", "chat", ""),
 ("返回", "undo", ""),
 ("太棒了！", "chat", ""),
 ("图形的位置是完全居中的吗？", "chat", ""),
 ("改坏了，恢复到上一张", "undo", ""),
 ("行吧", "chat", ""),
 ("你是怎么判断颜色的？", "chat", ""),
 ("上一步不要了", "undo", ""),
 ("今天先到这儿，谢谢", "chat", ""),
 ("圆的边缘是不是有点锯齿？", "chat", ""),
 ("还原", "undo", ""),
 ("收到", "chat", ""),
 ("最多能放几个图形？", "chat", ""),
 ("撤回刚才的修改", "undo", ""),
 ("挺可爱的", "chat", ""),
]
