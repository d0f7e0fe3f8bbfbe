D = [
("wrapper basic", [
 ("帮我画一个红色的圆", "draw", "white: circle red large center"),
 ("挪到右上角去", "edit", "white: circle red large top-right"),
 ("这样就行了", "chat", "="),
]),
("two-objects measure-words", [
 ("一红一蓝两个正方形，红的在左边，蓝的在右边", "draw", "white: square red large left, square blue large right"),
 ("蓝的那个改小一点", "edit", "white: square red large left, square blue small right"),
 ("嗯，可以", "chat", "="),
]),
("homophone-typo", [
 ("画个兰色的园形，背景黄色", "draw", "yellow: circle blue large center"),
 ("园形换成三角行", "edit", "yellow: triangle blue large center"),
]),
("undo colloquial", [
 ("黑色背景，中间一个白色的星星", "draw", "black: star white large center"),
 ("星星换成黄色", "edit", "black: star yellow large center"),
 ("算了，还是刚才那样吧", "undo", "<"),
]),
("ambiguous which-one", [
 ("左上角一个绿色三角形，右下角一个紫色三角形", "draw", "white: triangle green large top-left, triangle purple large bottom-right"),
 ("把三角形去掉", "ask", "="),
 ("绿色的那个", "edit", "white: triangle purple large bottom-right"),
]),
("question-chat", [
 ("画一个橙色的正方形", "draw", "white: square orange large center"),
 ("你能画哪些颜色？", "chat", "="),
 ("那换成紫色吧", "edit", "white: square purple large center"),
]),
("relative-position", [
 ("正中间放一个小的黄色圆", "draw", "white: circle yellow small center"),
 ("往下挪一格", "edit", "white: circle yellow small bottom"),
 ("再往左一点", "edit", "white: circle yellow small bottom-left"),
]),
("add three-objects", [
 ("蓝色背景上，左边一个大的白色正方形", "draw", "blue: square white large left"),
 ("右边再加个红色的星星", "edit", "blue: square white large left, star red large right"),
 ("上方再来一个小的黄色圆形", "edit", "blue: square white large left, star red large right, circle yellow small top"),
]),
("complaint-edit background", [
 ("紫色的星形在左下方", "draw", "white: star purple large bottom-left"),
 ("背景太白了，刺眼，换成黑色", "edit", "black: star purple large bottom-left"),
 ("好多了", "chat", "="),
]),
("two-edits one-message", [
 ("画一个大的绿色正方形，放在上面", "draw", "white: square green large top"),
 ("改成圆的，颜色换成橙色", "edit", "white: circle orange large top"),
 ("撤销", "undo", "<"),
]),
("elderly polite", [
 ("你好，麻烦帮我画一个红颜色的三角形，谢谢", "draw", "white: triangle red large center"),
 ("画得很好，谢谢你", "chat", "="),
 ("能不能把它放到左边去", "edit", "white: triangle red large left"),
]),
("remove reference-by-shape", [
 ("左边红圆，中间蓝方块，右边绿三角，白底", "draw", "white: circle red large left, square blue large center, triangle green large right"),
 ("方块不要了", "edit", "white: circle red large left, triangle green large right"),
 ("三角也删掉", "edit", "white: circle red large left"),
]),
("new-scene default-background", [
 ("黄色底，一个黑色的小星星在右下", "draw", "yellow: star black small bottom-right"),
 ("重新画一张：一个蓝色的大圆", "draw", "white: circle blue large center"),
 ("现在背景是什么颜色？", "chat", "="),
]),
("undo after-remove", [
 ("上面一个橙色圆，下面一个紫色正方形", "draw", "white: circle orange large top, square purple large bottom"),
 ("把圆删了", "edit", "white: square purple large bottom"),
 ("撤销", "undo", "<"),
 ("把圆改成小的", "edit", "white: circle orange small top, square purple large bottom"),
]),
("ambiguous vague", [
 ("绿色背景，中间一个白色三角形", "draw", "green: triangle white large center"),
 ("感觉不太对，改一下", "ask", "="),
 ("三角形换成红色的", "edit", "green: triangle red large center"),
]),
("size-words colloquial", [
 ("来个超大的紫色方块", "draw", "white: square purple large center"),
 ("缩小点", "edit", "white: square purple small center"),
 ("还是大的好看，再放大", "edit", "white: square purple large center"),
]),
("child", [
 ("我要一个黄色的星星！！", "draw", "white: star yellow large center"),
 ("星星旁边要有一个小红圆，在右边", "edit", "white: star yellow large center, circle red small right"),
 ("哇好漂亮", "chat", "="),
]),
("swap-positions", [
 ("左上一个蓝色圆，右下一个橙色三角，背景黑色", "draw", "black: circle blue large top-left, triangle orange large bottom-right"),
 ("两个换个位置", "edit", "black: circle blue large bottom-right, triangle orange large top-left"),
]),
("question-chat position", [
 ("左侧一个小的绿色星形，右侧一个大的红色正方形", "draw", "white: star green small left, square red large right"),
 ("哪个大？", "chat", "="),
 ("把星星也变大", "edit", "white: star green large left, square red large right"),
]),
("shape-change it-reference", [
 ("白色背景，下方一个黑色的圆", "draw", "white: circle black large bottom"),
 ("把它变成星星", "edit", "white: star black large bottom"),
 ("再把它挪到中间", "edit", "white: star black large center"),
]),
("reference-back", [
 ("蓝色的三角形", "draw", "white: triangle blue large center"),
 ("换成绿色", "edit", "white: triangle green large center"),
 ("换成黄色试试", "edit", "white: triangle yellow large center"),
 ("还是第一次的颜色好", "edit", "white: triangle blue large center"),
]),
("ambiguous which-corner", [
 ("一个红色的正方形，背景紫色", "draw", "purple: square red large center"),
 ("放到角落里", "ask", "="),
 ("右上角", "edit", "purple: square red large top-right"),
]),
("terse", [
 ("黑底 白圆 小 左上", "draw", "black: circle white small top-left"),
 ("加 黄方 大 右下", "edit", "black: circle white small top-left, square yellow large bottom-right"),
]),
("self-correction", [
 ("画一个橙色的星星在左边，不对，在右边", "draw", "white: star orange large right"),
 ("背景换成蓝色，哦不，绿色", "edit", "green: star orange large right"),
]),
("remove-and-add", [
 ("中间一个紫色圆，背景黄色", "draw", "yellow: circle purple large center"),
 ("不要圆了，换一个红色的小三角形放在下方", "edit", "yellow: triangle red small bottom"),
]),
("undo move", [
 ("右侧一个大的蓝色星形", "draw", "white: star blue large right"),
 ("挪到左下角", "edit", "white: star blue large bottom-left"),
 ("撤回一步", "undo", "<"),
 ("好，就这样", "chat", "="),
]),
("reference-by-colour", [
 ("上方一个红色圆，左下一个红色正方形，右下一个绿色星形", "draw", "white: circle red large top, square red large bottom-left, star green large bottom-right"),
 ("绿的那个换成黑色", "edit", "white: circle red large top, square red large bottom-left, star black large bottom-right"),
 ("把红的变小", "ask", "="),
 ("都变小吧", "edit", "white: circle red small top, square red small bottom-left, star black large bottom-right"),
]),
("background-anywhere", [
 ("在紫色背景的正中央画一个白色正方形", "draw", "purple: square white large center"),
 ("底色改成橙色", "edit", "orange: square white large center"),
]),
("long-first-prompt", [
 ("请画一幅图：背景是黑色的，左上角有一个小的黄色星星，正中间有一个大的蓝色圆形，右下角有一个小的红色三角形", "draw", "black: star yellow small top-left, circle blue large center, triangle red small bottom-right"),
 ("圆形太大了，压住画面了，改小", "edit", "black: star yellow small top-left, circle blue small center, triangle red small bottom-right"),
 ("星星换成白色", "edit", "black: star white small top-left, circle blue small center, triangle red small bottom-right"),
]),
("colour-synonym", [
 ("画个红红的大圆圈", "draw", "white: circle red large center"),
 ("颜色深一点，换成紫的", "edit", "white: circle purple large center"),
 ("嗯，不错", "chat", "="),
]),
("question-chat", [
 ("左边一个黄色三角，右边一个黄色方块，蓝色背景", "draw", "blue: triangle yellow large left, square yellow large right"),
 ("现在一共几个图形？", "chat", "="),
 ("中间再加一个吧，橙色的圆", "edit", "blue: triangle yellow large left, square yellow large right, circle orange large center"),
]),
("move colloquial-position", [
 ("一个绿色的小方块，靠最上面", "draw", "white: square green small top"),
 ("挪到最底下", "edit", "white: square green small bottom"),
 ("不对不对，撤回", "undo", "<"),
]),
("undo shape-change", [
 ("橙色背景上一个黑色三角形，在中心", "draw", "orange: triangle black large center"),
 ("变成正方形", "edit", "orange: square black large center"),
 ("不好看，退回去", "undo", "<"),
]),
("ambiguous it-unclear", [
 ("上面一个白色星星，下面一个蓝色圆，背景黑色", "draw", "black: star white large top, circle blue large bottom"),
 ("换个颜色", "ask", "="),
 ("星星换成黄色", "edit", "black: star yellow large top, circle blue large bottom"),
]),
("add reference-relative", [
 ("左边一个红色的大圆", "draw", "white: circle red large left"),
 ("在它右边放一个绿色的小星星", "edit", "white: circle red large left, star green small center"),
]),
("remove keep-only", [
 ("左上黄圆，上方橙方块，右上紫三角", "draw", "white: circle yellow large top-left, square orange large top, triangle purple large top-right"),
 ("只留中间那个", "edit", "white: square orange large top"),
 ("把它挪到正中间", "edit", "white: square orange large center"),
]),
("complaint-edit size", [
 ("下方一个小的红色星形，背景白色", "draw", "white: star red small bottom"),
 ("太小了，都看不清", "edit", "white: star red large bottom"),
]),
("two-edits background-and-object", [
 ("一个蓝色正方形放在右下角", "draw", "white: square blue large bottom-right"),
 ("背景换黄色，方块换成小的", "edit", "yellow: square blue small bottom-right"),
 ("谢了", "chat", "="),
]),
("student formal", [
 ("请生成：白色背景，左侧为大号绿色圆形，右侧为小号黑色正方形。", "draw", "white: circle green large left, square black small right"),
 ("将正方形的颜色修改为紫色。", "edit", "white: circle green large left, square purple small right"),
 ("将圆形移动至左上方。", "edit", "white: circle green large top-left, square purple small right"),
]),
("undo add", [
 ("黑色背景上画一个橙色的圆，放中间", "draw", "black: circle orange large center"),
 ("左下加个小白三角", "edit", "black: circle orange large center, triangle white small bottom-left"),
 ("还是不要了，撤销吧", "undo", "<"),
]),
("question-chat meaning", [
 ("右上一个蓝色三角形", "draw", "white: triangle blue large top-right"),
 ("这个三角形是不是有点歪？", "chat", "="),
 ("换成圆吧，圆不会歪", "edit", "white: circle blue large top-right"),
]),
("shape-change colloquial", [
 ("画颗紫色的星星，在左边", "draw", "white: star purple large left"),
 ("星星改成方的", "edit", "white: square purple large left"),
]),
("reference demonstrative", [
 ("左边一个橙色三角，右边一个蓝色正方形，黑色背景", "draw", "black: triangle orange large left, square blue large right"),
 ("那个方块变成小的", "edit", "black: triangle orange large left, square blue small right"),
 ("那个三角放到上面去", "edit", "black: triangle orange large top, square blue small right"),
]),
("move two-edits", [
 ("左下角一个黄色的大三角形，背景紫色", "draw", "purple: triangle yellow large bottom-left"),
 ("挪到右上角，顺便变小", "edit", "purple: triangle yellow small top-right"),
]),
("remove undo", [
 ("中间一个红色星星，左边一个蓝色圆，右边一个绿色方块", "draw", "white: star red large center, circle blue large left, square green large right"),
 ("把星星去掉", "edit", "white: circle blue large left, square green large right"),
 ("撤销刚才的删除", "undo", "<"),
]),
("size-words 大号小号 add", [
 ("一个小号的橙色正方形，在上方，背景蓝色", "draw", "blue: square orange small top"),
 ("换成大号", "edit", "blue: square orange large top"),
 ("再加一个小号的白色圆在下方", "edit", "blue: square orange large top, circle white small bottom"),
]),
("question-chat new-scene", [
 ("画一个黑色的三角形在中间", "draw", "white: triangle black large center"),
 ("这个能导出吗？", "chat", "="),
 ("再画一张新的：红色背景，一个黄色的星星在右下角", "draw", "red: star yellow large bottom-right"),
]),
("ambiguous same-colour", [
 ("左边一个紫色圆，右边一个紫色星星", "draw", "white: circle purple large left, star purple large right"),
 ("把紫色的换成橙色", "ask", "="),
 ("两个都换", "edit", "white: circle orange large left, star orange large right"),
]),
("move relative-position", [
 ("右上一个小的绿色圆", "draw", "white: circle green small top-right"),
 ("挪到中心去", "edit", "white: circle green small center"),
 ("再往上一格", "edit", "white: circle green small top"),
]),
("undo two-edits", [
 ("白色背景，左上一个黑色方块，右下一个红色圆", "draw", "white: square black large top-left, circle red large bottom-right"),
 ("方块改成蓝色，圆改成星星", "edit", "white: square blue large top-left, star red large bottom-right"),
 ("撤销", "undo", "<"),
]),
]
