D = [
(["wrapper", "add"], [
 ("请帮我画一个绿色的三角形，放在正中间", "draw", "white: triangle green large center"),
 ("在左上角再放一颗小小的红色星星", "edit", "white: triangle green large center, star red small top-left"),
 ("嗯嗯可以", "chat")]),
(["background-anywhere", "terse"], [
 ("紫底，黄圆，右下", "draw", "purple: circle yellow large bottom-right"),
 ("底色换黑", "edit", "black: circle yellow large bottom-right")]),
(["question-chat", "size-words"], [
 ("在橙色的背景上画一个蓝色的正方形", "draw", "orange: square blue large center"),
 ("我没说大小，你默认画的是大的吗？", "chat"),
 ("那改成小号的", "edit", "orange: square blue small center")]),
(["undo", "colour"], [
 ("画个白色的星星，背景用红色", "draw", "red: star white large center"),
 ("星星换成黄色", "edit", "red: star yellow large center"),
 ("不好看，退回上一步", "undo")]),
(["ambiguous", "two-same-shape", "ask"], [
 ("白色背景，上方一个红色正方形，下方一个蓝色正方形", "draw", "white: square red large top, square blue large bottom"),
 ("把方块挪到左边", "ask"),
 ("上面那个", "edit", "white: square red large left, square blue large bottom")]),
(["attr-after-noun", "shape-change"], [
 ("圆形，黑色，小的，右上角", "draw", "white: circle black small top-right"),
 ("还是换成五角星吧", "edit", "white: star black small top-right")]),
(["child", "colloquial-position", "add"], [
 ("我要画一个大大的黄色太阳圆圈在最上面", "draw", "white: circle yellow large top"),
 ("还要一个绿色的三角形当小山，放在最下面", "edit", "white: circle yellow large top, triangle green large bottom"),
 ("天空要是蓝色的！", "edit", "blue: circle yellow large top, triangle green large bottom")]),
(["two-edits", "move"], [
 ("黄色背景，左下角一个紫色大圆，右上角一个黑色小方块", "draw", "yellow: circle purple large bottom-left, square black small top-right"),
 ("圆变小，方块变大", "edit", "yellow: circle purple small bottom-left, square black large top-right")]),
(["remove", "complaint-edit"], [
 ("蓝色背景，左边白色圆形，中间橙色三角，右边白色星星", "draw", "blue: circle white large left, triangle orange large center, star white large right"),
 ("中间那个三角有点碍眼，删了吧", "edit", "blue: circle white large left, star white large right"),
 ("现在看着舒服多了", "chat")]),
(["reference", "earlier-turn", "background-anywhere"], [
 ("绿色背景，中间一个红色五角星", "draw", "green: star red large center"),
 ("背景换成蓝的看看", "edit", "blue: star red large center"),
 ("再换成黑的", "edit", "black: star red large center"),
 ("还是最开始的绿色背景好", "edit", "green: star red large center")]),
(["relative-position", "add"], [
 ("右上角一个橙色小三角形", "draw", "white: triangle orange small top-right"),
 ("在它正下方加一个蓝色的圆", "edit", "white: triangle orange small top-right, circle blue large right")]),
(["elderly", "polite", "wrapper"], [
 ("你好，我想请你画一张图，白色的底，中间画一个红颜色的圆，大一点的，谢谢你", "draw", "white: circle red large center"),
 ("画得很好。请问能不能把圆的颜色改成绿色的", "edit", "white: circle green large center"),
 ("好的谢谢", "chat")]),
(["terse", "undo", "move"], [
 ("黑星 左侧", "draw", "white: star black large left"),
 ("右侧", "edit", "white: star black large right"),
 ("撤回", "undo")]),
(["ask", "vague"], [
 ("左上一个红色方块，右下一个绿色圆", "draw", "white: square red large top-left, circle green large bottom-right"),
 ("把那个换个形状", "ask"),
 ("方块，换成星星", "edit", "white: star red large top-left, circle green large bottom-right")]),
(["move", "self-correction"], [
 ("紫色背景上一个白色正方形", "draw", "purple: square white large center"),
 ("放到左下角，不对，右下角", "edit", "purple: square white large bottom-right")]),
(["new-scene", "draw-after-edit"], [
 ("画一个橙色圆形", "draw", "white: circle orange large center"),
 ("圆往上移", "edit", "white: circle orange large top"),
 ("换个新的吧：黄色背景，左边一个黑色三角形，右边一个黑色星星", "draw", "yellow: triangle black large left, star black large right")]),
(["question-chat", "three-objects"], [
 ("黑色背景，上方红圆，中间黄圆，下方绿圆，像红绿灯那样", "draw", "black: circle red large top, circle yellow large center, circle green large bottom"),
 ("这三个圆是不是一样大？", "chat"),
 ("对，全部弄成小的", "edit", "black: circle red small top, circle yellow small center, circle green small bottom")]),
(["remove", "undo"], [
 ("左边一个蓝色星形，右边一个紫色三角形，橙色背景", "draw", "orange: star blue large left, triangle purple large right"),
 ("把星星去掉", "edit", "orange: triangle purple large right"),
 ("哎呀删错了，恢复", "undo"),
 ("我要删的是三角形", "edit", "orange: star blue large left")]),
(["polite", "background-anywhere"], [
 ("麻烦画一个小小的绿色正方形，放在最下面中间的位置，背景要白色的", "draw", "white: square green small bottom"),
 ("能把背景换成淡一点的……黄色可以吗", "edit", "yellow: square green small bottom")]),
(["colour-conflict", "ask"], [
 ("红色背景，中间一个黄色星星", "draw", "red: star yellow large center"),
 ("星星也改成红色", "ask"),
 ("哦那会看不见，那就换成白色", "edit", "red: star white large center")]),
(["typo", "pinyin-typo", "shape-change"], [
 ("画一个蓝色的园形在左上角", "draw", "white: circle blue large top-left"),
 ("改成三角型", "edit", "white: triangle blue large top-left")]),
(["add", "relative-position"], [
 ("左下一个红色小圆，右下一个红色小方块", "draw", "white: circle red small bottom-left, square red small bottom-right"),
 ("两个中间加一个紫色星星", "edit", "white: circle red small bottom-left, square red small bottom-right, star purple large bottom"),
 ("星星跟它们一样小", "edit", "white: circle red small bottom-left, square red small bottom-right, star purple small bottom")]),
(["ack-chat", "undo", "size-words"], [
 ("绿底白三角，小号，靠上", "draw", "green: triangle white small top"),
 ("挺好", "chat"),
 ("三角形放大", "edit", "green: triangle white large top"),
 ("还是小的好，撤销吧", "undo")]),
(["swap-positions"], [
 ("上面一个黑色圆，下面一个橙色方块", "draw", "white: circle black large top, square orange large bottom"),
 ("上下对调一下", "edit", "white: circle black large bottom, square orange large top")]),
(["step-move", "relative-position"], [
 ("右上角一个紫色的小星星", "draw", "white: star purple small top-right"),
 ("往左挪一格", "edit", "white: star purple small top"),
 ("再往下挪一格", "edit", "white: star purple small center")]),
(["phone", "terse", "add"], [
 ("蓝底 中间 白色大星", "draw", "blue: star white large center"),
 ("左上加个黄色小圆", "edit", "blue: star white large center, circle yellow small top-left"),
 ("右下加个黄色小方", "edit", "blue: star white large center, circle yellow small top-left, square yellow small bottom-right")]),
(["question-chat", "colour"], [
 ("白色背景，左边一个紫色圆，右边一个绿色三角", "draw", "white: circle purple large left, triangle green large right"),
 ("左边那个是什么颜色来着？", "chat"),
 ("改成橙色吧", "edit", "white: circle orange large left, triangle green large right")]),
(["ask", "off-world-colour"], [
 ("黑色背景上一个白色三角形", "draw", "black: triangle white large center"),
 ("三角形改成粉色的", "ask"),
 ("没有粉色啊，那红色", "edit", "black: triangle red large center")]),
(["recolour-all", "background-anywhere"], [
 ("黄色背景，左上蓝色星星，右上蓝色圆，下方蓝色方块", "draw", "yellow: star blue large top-left, circle blue large top-right, square blue large bottom"),
 ("所有图形都换成黑色", "edit", "yellow: star black large top-left, circle black large top-right, square black large bottom")]),
(["remove", "two-removals"], [
 ("紫色背景，左边黄色圆，中间白色方块，右边橙色三角", "draw", "purple: circle yellow large left, square white large center, triangle orange large right"),
 ("只留中间的方块，其他都不要", "edit", "purple: square white large center")]),
(["art-director", "two-edits"], [
 ("构图：左上角大号黑色正方形，右下角小号红色圆形，白底。", "draw", "white: square black large top-left, circle red small bottom-right"),
 ("对角线太死板了。圆挪到右上，方块挪到左下。", "edit", "white: square black large bottom-left, circle red small top-right"),
 ("行，先这样", "chat")]),
(["ack-chat", "question-chat"], [
 ("画一个橙色的小圆在下面", "draw", "white: circle orange small bottom"),
 ("这个圆为什么在下面正中间啊", "chat"),
 ("哦我自己说的下面，没事了", "chat")]),
(["ask", "ambiguous", "colour"], [
 ("左侧绿色星星，右侧绿色圆形，黑色背景", "draw", "black: star green large left, circle green large right"),
 ("把绿色的换成黄色", "ask"),
 ("两个都换", "edit", "black: star yellow large left, circle yellow large right")]),
(["shape-change", "it-reference"], [
 ("红色背景，左下角一个白色大三角形", "draw", "red: triangle white large bottom-left"),
 ("把它变成圆", "edit", "red: circle white large bottom-left"),
 ("再缩小一点", "edit", "red: circle white small bottom-left")]),
(["long-first", "colour", "move"], [
 ("我想要这样一张图：背景是蓝色的，左上角放一个小的黄色星星，正中间放一个大的白色圆形，右下角再放一个小的橙色三角形，其他什么都不要。", "draw", "blue: star yellow small top-left, circle white large center, triangle orange small bottom-right"),
 ("星星挪到右上角", "edit", "blue: star yellow small top-right, circle white large center, triangle orange small bottom-right"),
 ("三角形改成绿色", "edit", "blue: star yellow small top-right, circle white large center, triangle green small bottom-right")]),
(["colloquial-position", "move"], [
 ("一个黑色方块，靠左边放", "draw", "white: square black large left"),
 ("往最顶上挪", "edit", "white: square black large top-left")]),
(["question-chat", "capability"], [
 ("白底红色三角形", "draw", "white: triangle red large center"),
 ("能画得更大吗，占满整个画面那种", "chat"),
 ("好吧，那把背景改成黄色", "edit", "yellow: triangle red large center")]),
(["undo", "add"], [
 ("中间一个紫色正方形", "draw", "white: square purple large center"),
 ("左边加一个紫色圆", "edit", "white: square purple large center, circle purple large left"),
 ("撤销", "undo"),
 ("在右边加一个橙色圆", "edit", "white: square purple large center, circle orange large right")]),
(["size-words", "reference"], [
 ("左上角一个迷你的白色星星，右下角一个大号黑色三角，背景绿色", "draw", "green: star white small top-left, triangle black large bottom-right"),
 ("两个大小换一下", "edit", "green: star white large top-left, triangle black small bottom-right")]),
(["ask", "vague", "complaint-edit"], [
 ("黄底，中间一个白色圆", "draw", "yellow: circle white large center"),
 ("看不太清楚", "ask"),
 ("那把圆改成黑色", "edit", "yellow: circle black large center")]),
(["ask", "occupied-cell"], [
 ("左上红色星星，中间蓝色方块", "draw", "white: star red large top-left, square blue large center"),
 ("把星星移到中间", "ask"),
 ("那就把方块删了，星星移过去", "edit", "white: star red large center")]),
(["non-native", "word-order"], [
 ("我要画 三角形 紫色的 在 右边 小的 背景 黄色", "draw", "yellow: triangle purple small right"),
 ("还要 圆形 红色 在 左边 大的", "edit", "yellow: triangle purple small right, circle red large left")]),
(["replace", "shape-change", "colour"], [
 ("绿色背景中间一个黄色方块", "draw", "green: square yellow large center"),
 ("把方块换成一个红色的三角形", "edit", "green: triangle red large center")]),
(["traditional-chars", "add"], [
 ("畫一個藍色的大圓形，放在左邊", "draw", "white: circle blue large left"),
 ("右邊再加一個黃色的小星星", "edit", "white: circle blue large left, star yellow small right"),
 ("背景換成黑色", "edit", "black: circle blue large left, star yellow small right")]),
(["background-anywhere", "colour"], [
 ("左上角黑色圆，右下角黑色方块，都画在橙色背景上", "draw", "orange: circle black large top-left, square black large bottom-right"),
 ("方块改白色", "edit", "orange: circle black large top-left, square white large bottom-right"),
 ("背景换成紫色", "edit", "purple: circle black large top-left, square white large bottom-right")]),
(["self-correction", "two-edits"], [
 ("中间一个红色三角形", "draw", "white: triangle red large center"),
 ("改成蓝色…算了还是绿色吧，然后放小一点", "edit", "white: triangle green small center")]),
(["reference", "like-before"], [
 ("黑色背景，右边一个白色星星", "draw", "black: star white large right"),
 ("星星换成圆", "edit", "black: circle white large right"),
 ("圆移到中间", "edit", "black: circle white large center"),
 ("还是换回星星，位置不动", "edit", "black: star white large center")]),
(["add", "copy-reference"], [
 ("左边一个小的橙色圆", "draw", "white: circle orange small left"),
 ("右边也来一个一模一样的", "edit", "white: circle orange small left, circle orange small right"),
 ("右边那个改成蓝色", "edit", "white: circle orange small left, circle blue small right")]),
(["ask", "too-many-objects"], [
 ("左上绿方块，右上紫三角，下方黄星星", "draw", "white: square green large top-left, triangle purple large top-right, star yellow large bottom"),
 ("中间再来一个红圆", "ask"),
 ("那把紫三角换成红圆", "edit", "white: square green large top-left, circle red large top-right, star yellow large bottom")]),
(["undo", "question-chat"], [
 ("蓝色背景，中间一个橙色星星", "draw", "blue: star orange large center"),
 ("星星变小", "edit", "blue: star orange small center"),
 ("刚才那个大的是多大来着？", "chat"),
 ("还是大的好看，撤销", "undo")]),
]
