D = [
(["first-time", "colour-change"], [
 ("draw", "你好，帮我画一个红色的圆", "white | circle red large center"),
 ("edit", "能换成绿色吗", "c0=green"),
 ("chat", "好的谢谢", ""),
]),
(["terse", "size-words"], [
 ("draw", "黑底，中间一个小黄星", "black | star yellow small center"),
 ("edit", "大一点", "z0=large"),
]),
(["wrapper", "long-first"], [
 ("draw", "请帮我画一张图：蓝色背景，左上角放一个小的白色圆形，正中间一个大的黄色三角形，右下角一个小的红色正方形。", "blue | circle white small top-left | triangle yellow large center | square red small bottom-right"),
 ("chat", "三角形有点歪，是故意的吗？", ""),
 ("edit", "那把三角形换成圆", "h1=circle"),
]),
(["undo", "colour-change"], [
 ("draw", "画个紫色方块，在右边", "white | square purple large right"),
 ("edit", "改成橙色", "c0=orange"),
 ("undo", "撤销", ""),
 ("chat", "嗯还是紫色好看", ""),
]),
(["ambiguous", "ask"], [
 ("draw", "左边一个红色星星，右边一个蓝色星星，都小一点", "white | star red small left | star blue small right"),
 ("ask", "把星星变大", ""),
 ("edit", "两个都要", "z0=large;z1=large"),
]),
(["move", "colloquial-position"], [
 ("draw", "一个绿色三角形在左下角", "white | triangle green large bottom-left"),
 ("edit", "挪到最上面中间", "p0=top"),
]),
(["add", "relative-position"], [
 ("draw", "中间放一个大的黑色圆", "white | circle black large center"),
 ("edit", "在它左边加个小的红色方块", "+square red small left"),
 ("edit", "右边再加一个小的蓝色三角", "+triangle blue small right"),
 ("chat", "完美", ""),
]),
(["remove", "complaint-edit"], [
 ("draw", "黄色背景，上面一个紫色圆形，下面一个黑色星形", "yellow | circle purple large top | star black large bottom"),
 ("edit", "星星太丑了，去掉", "-1"),
]),
(["question-chat"], [
 ("draw", "画一个白色的正方形，背景是黑色", "black | square white large center"),
 ("chat", "这个能导出成PNG吗？", ""),
 ("chat", "好吧，我先截图", ""),
]),
(["typo", "homophone"], [
 ("draw", "画一个兰色的园，在右上角", "white | circle blue large top-right"),
 ("edit", "变成小的", "z0=small"),
]),
(["shape-change", "reference"], [
 ("draw", "中间一个大大的橙色五角星，绿色背景", "green | star orange large center"),
 ("edit", "换成三角形试试", "h0=triangle"),
 ("edit", "还是刚才的星星好", "h0=star"),
]),
(["two-edits", "background-anywhere"], [
 ("draw", "红色圆形在左侧，蓝色方块在右侧", "white | circle red large left | square blue large right"),
 ("edit", "背景换成黄色，圆形缩小", "bg=yellow;z0=small"),
 ("undo", "不对，退回去", ""),
]),
(["it", "reference"], [
 ("draw", "上方一个黑色的三角形，下方一个白色的圆，背景紫色", "purple | triangle black large top | circle white large bottom"),
 ("edit", "把它改成橙色", "c1=orange"),
]),
(["ambiguous", "ask", "move"], [
 ("draw", "正中间一个小的绿色方块", "white | square green small center"),
 ("ask", "往旁边挪一下", ""),
 ("edit", "往左", "p0=left"),
]),
(["child", "add"], [
 ("draw", "我要画一个大大的黄色太阳，就是黄色的圆，在左上角", "white | circle yellow large top-left"),
 ("edit", "再画一个蓝色的三角形当房子，放在下面中间", "+triangle blue large bottom"),
 ("chat", "好看！", ""),
 ("edit", "太阳要小一点", "z0=small"),
]),
(["polite", "colour-change"], [
 ("draw", "麻烦您画一个小的紫色三角形，放在右下角，谢谢", "white | triangle purple small bottom-right"),
 ("edit", "不好意思，能麻烦改成红色吗", "c0=red"),
 ("chat", "太感谢了", ""),
]),
(["undo", "remove"], [
 ("draw", "左上红色圆，右上绿色圆，正下方蓝色圆", "white | circle red large top-left | circle green large top-right | circle blue large bottom"),
 ("edit", "删掉绿色的", "-1"),
 ("undo", "算了，恢复吧", ""),
]),
(["new-scene"], [
 ("draw", "画一个黑色的星星在中间", "white | star black large center"),
 ("draw", "重新来，画一个橙色的正方形在左边，背景蓝色", "blue | square orange large left"),
 ("chat", "嗯，这个可以", ""),
]),
(["ask", "same-as-background"], [
 ("draw", "黑色背景，中间一个大的白色三角形", "black | triangle white large center"),
 ("ask", "三角形改成黑色", ""),
 ("chat", "哦对，那就不改了", ""),
]),
(["question-chat", "move"], [
 ("draw", "小的红色星星，右边", "white | star red small right"),
 ("chat", "为什么星星是歪的？", ""),
 ("edit", "没事，放到中间吧", "p0=center"),
]),
(["too-dark", "complaint-edit"], [
 ("draw", "黑色背景上一个紫色的大圆", "black | circle purple large center"),
 ("edit", "太暗了看不清，圆换成黄色", "c0=yellow"),
 ("chat", "清楚多了", ""),
]),
(["attr-after-noun", "add"], [
 ("draw", "一个圆，蓝色的，小号，左上角", "white | circle blue small top-left"),
 ("edit", "加个方块，红的，大号，右下角", "+square red large bottom-right"),
]),
(["swap", "move"], [
 ("draw", "左边一个绿色方块，右边一个黄色三角", "white | square green large left | triangle yellow large right"),
 ("edit", "两个换一下位置", "p0=right;p1=left"),
 ("chat", "好", ""),
]),
(["ask", "max-objects"], [
 ("draw", "画三个小星星：左上红色，中间黄色，右下蓝色", "white | star red small top-left | star yellow small center | star blue small bottom-right"),
 ("ask", "再加一个绿色的圆", ""),
 ("edit", "那就把中间的星星换成绿色的圆", "h1=circle;c1=green"),
]),
(["first-colour", "reference"], [
 ("draw", "上面画个橙色三角形", "white | triangle orange large top"),
 ("edit", "换紫色", "c0=purple"),
 ("edit", "再换成蓝色看看", "c0=blue"),
 ("edit", "还是第一个颜色好，改回去", "c0=orange"),
]),
(["ack-chat", "terse"], [
 ("draw", "白底 黑方块 中间", "white | square black large center"),
 ("chat", "ok", ""),
 ("edit", "方块变小", "z0=small"),
]),
(["self-correction"], [
 ("draw", "画一个绿色的圆在左下角，哦不，是右下角", "white | circle green large bottom-right"),
 ("chat", "对，就是这样", ""),
]),
(["shape-change", "two-edits"], [
 ("draw", "紫色背景，正中央一个大的白色正方形", "purple | square white large center"),
 ("edit", "正方形换成星星，颜色换成黄色", "h0=star;c0=yellow"),
 ("undo", "撤回上一步", ""),
]),
(["remove", "add"], [
 ("draw", "左边红色三角，右边黑色圆", "white | triangle red large left | circle black large right"),
 ("edit", "把三角形去掉，在上方加一个绿色的小星星", "-0;+star green small top"),
 ("chat", "可以", ""),
]),
(["question-chat", "ack-chat"], [
 ("draw", "画一个小小的橙色圆圈在正上方，背景绿色", "green | circle orange small top"),
 ("chat", "这个是什么模型画的？", ""),
 ("chat", "好的，了解了", ""),
 ("edit", "圆圈再大点", "z0=large"),
]),
(["non-native", "add"], [
 ("draw", "我想要一个蓝色的方形，大的，在中心的位置", "white | square blue large center"),
 ("edit", "然后在方形的下边放一个红色圆，小的", "+circle red small bottom"),
]),
(["ambiguous", "ask", "colour-change"], [
 ("draw", "左上一个红方块，右下一个蓝圆，背景黄色", "yellow | square red large top-left | circle blue large bottom-right"),
 ("ask", "颜色换一下", ""),
 ("edit", "我是说两个互换颜色", "c0=blue;c1=red"),
]),
(["like-before", "move"], [
 ("draw", "一个黄色星星在左边", "white | star yellow large left"),
 ("edit", "移到右上角", "p0=top-right"),
 ("edit", "还是放回原来的位置吧", "p0=left"),
]),
(["background-anywhere", "terse"], [
 ("draw", "红色圆 中间 背景蓝", "blue | circle red large center"),
 ("edit", "背景白", "bg=white"),
 ("edit", "背景黑", "bg=black"),
 ("undo", "上一个好", ""),
]),
(["perfect-now", "background-anywhere"], [
 ("draw", "画一个大的白色三角形，在下方，背景橙色", "orange | triangle white large bottom"),
 ("edit", "很好，现在来一个紫色背景的版本", "bg=purple"),
]),
(["reference", "size-words"], [
 ("draw", "左边一个大的绿色圆，右边一个小的紫色圆", "white | circle green large left | circle purple small right"),
 ("edit", "小的那个也变大", "z1=large"),
 ("chat", "嗯嗯", ""),
]),
(["ask", "vague"], [
 ("draw", "中间一个黑色的方块", "white | square black large center"),
 ("ask", "改一下，不太满意", ""),
 ("edit", "换成红色的", "c0=red"),
]),
(["colloquial-position", "add"], [
 ("draw", "一个小的蓝色星星放在最左上角", "white | star blue small top-left"),
 ("edit", "对角那边也放一个，红色的", "+star red small bottom-right"),
]),
(["undo", "chained"], [
 ("draw", "黄色方块在上面", "white | square yellow large top"),
 ("edit", "变成圆", "h0=circle"),
 ("edit", "挪到下面", "p0=bottom"),
 ("undo", "返回上一步", ""),
 ("chat", "对，就是这个", ""),
]),
(["question-chat"], [
 ("draw", "画两个东西：左下角一个橙色三角形，右上角一个绿色正方形", "white | triangle orange large bottom-left | square green large top-right"),
 ("chat", "最多能画几个形状？", ""),
 ("edit", "那再加一个紫色的圆在中间", "+circle purple large center"),
]),
(["remove", "undo"], [
 ("draw", "蓝色背景，左边白色圆，中间黄色星，右边红色方块", "blue | circle white large left | star yellow large center | square red large right"),
 ("edit", "中间那个不要了", "-1"),
 ("undo", "我后悔了，加回来", ""),
]),
(["phone", "typo"], [
 ("draw", "花一个红色三角型 在中间", "white | triangle red large center"),
 ("edit", "小一點", "z0=small"),
]),
(["traditional-chars", "colour-change"], [
 ("draw", "畫一個藍色的大圓形，放在左側", "white | circle blue large left"),
 ("edit", "顏色改成紫色", "c0=purple"),
]),
(["ack-chat", "move"], [
 ("draw", "黑色背景，右下角一个小的白色星星", "black | star white small bottom-right"),
 ("chat", "挺好看的", ""),
 ("edit", "星星移到正中间", "p0=center"),
]),
(["relative-position", "add"], [
 ("draw", "左上角画一个绿色的三角形", "white | triangle green large top-left"),
 ("edit", "在三角形正下面加一个黄色的小圆", "+circle yellow small left"),
 ("chat", "好了就这样", ""),
]),
(["art-director", "complaint-edit"], [
 ("draw", "中间一个大的红色方块，背景橙色", "orange | square red large center"),
 ("edit", "红配橙太闷了，背景直接换白", "bg=white"),
 ("edit", "方块太抢眼，缩小", "z0=small"),
]),
(["ask", "unclear"], [
 ("draw", "画一个紫色星星", "white | star purple large center"),
 ("ask", "那个呢", ""),
 ("chat", "没事，随便问问", ""),
]),
(["shape-change", "it"], [
 ("draw", "下方一个小的黑色圆", "white | circle black small bottom"),
 ("edit", "把它变成正方形", "h0=square"),
]),
(["two-edits", "move", "colour-change"], [
 ("draw", "左上一个黄色圆，右下一个蓝色三角形，背景黑色", "black | circle yellow large top-left | triangle blue large bottom-right"),
 ("edit", "圆挪到右上，三角形改成绿色", "p0=top-right;c1=green"),
 ("chat", "不错", ""),
]),
(["size-words", "reference", "remove"], [
 ("draw", "右边一个大号黑色三角形，左边一个小号黄色方块", "white | triangle black large right | square yellow small left"),
 ("edit", "把大的那个删了", "-0"),
 ("edit", "方块放中间，变大", "p0=center;z0=large"),
]),
]
