ZH = [
("zh", "draw-default move colloquial-position", [
 ("画个红色的圆", "draw", "white | circle red large center"),
 ("挪到右上角去", "edit", "white | circle red large top-right"),
]),
("zh", "two-objects reference colour-change", [
 ("左上角一个小的蓝色方块，右下角一个大的黄色星星", "draw", "white | square blue small top-left | star yellow large bottom-right"),
 ("星星改成紫色吧", "edit", "white | square blue small top-left | star purple large bottom-right"),
 ("好的谢谢", "chat", "="),
]),
("zh", "background-anywhere undo", [
 ("黑色背景，中间一个绿色三角形", "draw", "black | triangle green large center"),
 ("背景换成橙色", "edit", "orange | triangle green large center"),
 ("算了，还是刚才那样", "undo", "<"),
]),
("zh", "child add relative-position", [
 ("我要一个大大的黄色星星在中间！", "draw", "white | star yellow large center"),
 ("再在它左边放一个小小的红色圆圆", "edit", "white | star yellow large center | circle red small left"),
 ("星星变成紫色的，我最喜欢紫色", "edit", "white | star purple large center | circle red small left"),
]),
("zh", "remove reference-by-colour", [
 ("白色背景：上方一个大的橙色正方形，左下一个小的绿色圆形，右下一个小的蓝色三角形。", "draw", "white | square orange large top | circle green small bottom-left | triangle blue small bottom-right"),
 ("把绿色那个去掉", "edit", "white | square orange large top | triangle blue small bottom-right"),
 ("方块缩小一点", "edit", "white | square orange small top | triangle blue small bottom-right"),
]),
("zh", "ambiguous ask", [
 ("两个小圆：红的在左上，蓝的在右上", "draw", "white | circle red small top-left | circle blue small top-right"),
 ("把圆变大", "ask", "="),
 ("红的那个", "edit", "white | circle red large top-left | circle blue small top-right"),
]),
("zh", "shape-change it-reference", [
 ("麻烦画一个紫色的星形，背景用黄色", "draw", "yellow | star purple large center"),
 ("能不能把它换成正方形？", "edit", "yellow | square purple large center"),
 ("你觉得方的好看还是星星好看？", "chat", "="),
]),
("zh", "two-edits terse", [
 ("下方 小 黑色方块", "draw", "white | square black small bottom"),
 ("改红，放中间", "edit", "white | square red small center"),
]),
("zh", "complaint-edit size-words", [
 ("橙色背景，中间一个超大的蓝色圆", "draw", "orange | circle blue large center"),
 ("太大了太大了，我要小的", "edit", "orange | circle blue small center"),
 ("嗯这样好多了", "chat", "="),
]),
("zh", "add move", [
 ("左边画一个小的绿色星星", "draw", "white | star green small left"),
 ("右边再加个大号红色正方形", "edit", "white | star green small left | square red large right"),
 ("星星挪到左上", "edit", "white | star green small top-left | square red large right"),
]),
("zh", "undo two-edits", [
 ("蓝色背景上画一个大的白色三角形，放在中央", "draw", "blue | triangle white large center"),
 ("三角形改成黑色，顺便移到下面", "edit", "blue | triangle black large bottom"),
 ("撤销", "undo", "<"),
 ("只改颜色就行，位置别动", "edit", "blue | triangle black large center"),
]),
("zh", "question-chat", [
 ("紫色底，黄色圆", "draw", "purple | circle yellow large center"),
 ("你能画哪些形状啊？", "chat", "="),
 ("那把圆换成星星", "edit", "purple | star yellow large center"),
]),
("zh", "ambiguous-colour ask", [
 ("左边红色正方形，右边绿色圆形", "draw", "white | square red large left | circle green large right"),
 ("换个颜色", "ask", "="),
 ("方块，换成橙色", "edit", "white | square orange large left | circle green large right"),
]),
("zh", "typo move", [
 ("右上脚一个小的蓝色三脚形", "draw", "white | triangle blue small top-right"),
 ("移到左下脚", "edit", "white | triangle blue small bottom-left"),
]),
("zh", "art-director background-anywhere", [
 ("只要一个大的黑色星形，正中间，黄色背景，别的都不要。", "draw", "yellow | star black large center"),
 ("黄色太跳了，背景改白。", "edit", "white | star black large center"),
 ("可以。星星再小一号。", "edit", "white | star black small center"),
]),
("zh", "add remove undo", [
 ("上面画个小的橙色圆", "draw", "white | circle orange small top"),
 ("在它下面中间加一个大的紫色方块", "edit", "white | circle orange small top | square purple large center"),
 ("圆不要了", "edit", "white | square purple large center"),
 ("哎还是把圆留着吧", "undo", "<"),
]),
("zh", "attr-after-noun", [
 ("星形，绿色，小号，右下；圆形，红色，大号，左上", "draw", "white | star green small bottom-right | circle red large top-left"),
 ("圆形：蓝色", "edit", "white | star green small bottom-right | circle blue large top-left"),
]),
("zh", "ack-chat polite", [
 ("您好，请帮我在下方画一个小的紫色圆形，谢谢！", "draw", "white | circle purple small bottom"),
 ("太好看了，辛苦啦", "chat", "="),
 ("背景可以换成绿色吗？", "edit", "green | circle purple small bottom"),
]),
("zh", "three-objects shape-change", [
 ("黑底，左上红色小三角，右上黄色小三角，下方蓝色小方块", "draw", "black | triangle red small top-left | triangle yellow small top-right | square blue small bottom"),
 ("黄色三角变成圆", "edit", "black | triangle red small top-left | circle yellow small top-right | square blue small bottom"),
 ("方块也变成圆", "edit", "black | triangle red small top-left | circle yellow small top-right | circle blue small bottom"),
]),
("zh", "ambiguous ask add", [
 ("左边一个大的绿色正方形，右边一个小的橙色星星", "draw", "white | square green large left | star orange small right"),
 ("上方加个红色圆", "edit", "white | square green large left | star orange small right | circle red large top"),
 ("把它们都改成一个颜色", "ask", "="),
]),
("zh", "new-scene", [
 ("中间一个蓝色星星", "draw", "white | star blue large center"),
 ("重新来：橙色背景，左上和右下各一个小的黑色正方形", "draw", "orange | square black small top-left | square black small bottom-right"),
]),
("zh", "relative-position move", [
 ("绿色背景，中间一个大的红色圆，上方一个小的白色方块", "draw", "green | circle red large center | square white small top"),
 ("方块往右挪一格", "edit", "green | circle red large center | square white small top-right"),
 ("圆往下挪一格", "edit", "green | circle red large bottom | square white small top-right"),
]),
("zh", "colloquial size-words", [
 ("底下中间来个小黄三角", "draw", "white | triangle yellow small bottom"),
 ("整大点", "edit", "white | triangle yellow large bottom"),
 ("哈哈可以", "chat", "="),
]),
("zh", "complaint-edit undo", [
 ("白底，左上一个大的紫色方块", "draw", "white | square purple large top-left"),
 ("不对，我说的是右上！", "edit", "white | square purple large top-right"),
 ("嗯…还是放回去吧", "undo", "<"),
]),
("zh", "swap two-edits", [
 ("左边一个红色星星，右边一个蓝色圆，都要大的", "draw", "white | star red large left | circle blue large right"),
 ("两个的颜色互换一下", "edit", "white | star blue large left | circle red large right"),
 ("位置也对调", "edit", "white | star blue large right | circle red large left"),
]),
("zh", "remove-last ask", [
 ("画一个绿色圆形", "draw", "white | circle green large center"),
 ("删掉", "ask", "="),
 ("我是说把它改成三角形，不是删", "edit", "white | triangle green large center"),
]),
("zh", "add background-anywhere", [
 ("在黑色的背景上，右上角放一个小小的橙色圆", "draw", "black | circle orange small top-right"),
 ("左下加个白色大星星", "edit", "black | circle orange small top-right | star white large bottom-left"),
 ("左上再来一个黄色的小星星", "edit", "black | circle orange small top-right | star white large bottom-left | star yellow small top-left"),
]),
("zh", "question-chat meta", [
 ("右边一个小的红色正方形", "draw", "white | square red small right"),
 ("背景为什么是白的？我没说啊", "chat", "="),
 ("那就改成黄色", "edit", "yellow | square red small right"),
]),
("zh", "description-reference size", [
 ("白底，上方大的蓝色三角形，下方小的蓝色圆形", "draw", "white | triangle blue large top | circle blue small bottom"),
 ("小的那个变大", "edit", "white | triangle blue large top | circle blue large bottom"),
 ("上面那个改成绿色", "edit", "white | triangle green large top | circle blue large bottom"),
]),
("zh", "undo-after-add", [
 ("紫色背景中间一个橙色星形", "draw", "purple | star orange large center"),
 ("左上加一个小的绿色方块", "edit", "purple | star orange large center | square green small top-left"),
 ("撤回上一步", "undo", "<"),
 ("对，就这样", "chat", "="),
]),
("zh", "multi-move", [
 ("白底三个小图形：左上红圆，上方黄方块，右上蓝星星", "draw", "white | circle red small top-left | square yellow small top | star blue small top-right"),
 ("全部挪到最下面一排，顺序不变", "edit", "white | circle red small bottom-left | square yellow small bottom | star blue small bottom-right"),
]),
("zh", "conflict ask", [
 ("黄色背景，中间一个小的红色三角形", "draw", "yellow | triangle red small center"),
 ("背景改成红色", "ask", "="),
 ("那背景用绿色", "edit", "green | triangle red small center"),
]),
("zh", "enlarge move", [
 ("右下角一个小黑圆", "draw", "white | circle black small bottom-right"),
 ("变大，放中心", "edit", "white | circle black large center"),
]),
("zh", "vague ask", [
 ("左边紫色正方形，右边黄色圆形", "draw", "white | square purple large left | circle yellow large right"),
 ("弄得好看点", "ask", "="),
 ("行吧，圆改小", "edit", "white | square purple large left | circle yellow small right"),
]),
("zh", "shape-change undo", [
 ("上方画一个大的绿色星星", "draw", "white | star green large top"),
 ("改成红色正方形", "edit", "white | square red large top"),
 ("还是星星好，退回去", "undo", "<"),
]),
("zh", "remove-by-position", [
 ("蓝色背景，左上白色圆形，右上白色正方形，下方白色星形，都是大的", "draw", "blue | circle white large top-left | square white large top-right | star white large bottom"),
 ("把右上那个删了", "edit", "blue | circle white large top-left | star white large bottom"),
 ("下面那个换成橙色", "edit", "blue | circle white large top-left | star orange large bottom"),
]),
("zh", "ordinal-reference", [
 ("先画左边一个红色方块，再画右边一个绿色三角", "draw", "white | square red large left | triangle green large right"),
 ("第二个改小", "edit", "white | square red large left | triangle green small right"),
 ("第一个改成蓝色", "edit", "white | square blue large left | triangle green small right"),
]),
("zh", "question-chat add", [
 ("黑色背景，一个大的黄色圆", "draw", "black | circle yellow large center"),
 ("它是在正中间吗", "chat", "="),
 ("好，右上角再加一个白色小星星", "edit", "black | circle yellow large center | star white small top-right"),
]),
("zh", "negation-edit", [
 ("左上一个小的绿色方块，右下一个小的红色圆", "draw", "white | square green small top-left | circle red small bottom-right"),
 ("方块别用绿色，换橙色", "edit", "white | square orange small top-left | circle red small bottom-right"),
 ("也别那么小", "edit", "white | square orange large top-left | circle red small bottom-right"),
]),
("zh", "move-to-occupied ask", [
 ("中间一个小蓝圆，右边一个小黄星", "draw", "white | circle blue small center | star yellow small right"),
 ("把圆移到右边", "ask", "="),
 ("那就两个换个位置", "edit", "white | circle blue small right | star yellow small center"),
]),
]
