D = [
("wrapper colour-change ack-chat", [
 ("帮我画一个绿色的三角形，放中间", "draw", "white|triangle green large center"),
 ("颜色换成橙色的", "edit", "triangle.c=orange"),
 ("嗯不错", "chat", ""),
]),
("background-anywhere relative-position add undo", [
 ("紫色背景，右上角放一个黄色的圆", "draw", "purple|circle yellow large top-right"),
 ("在它左边加一个小的白色正方形", "edit", "+square white small top"),
 ("撤销", "undo", ""),
]),
("size-words reference", [
 ("左下角来个小星星，红色的", "draw", "white|star red small bottom-left"),
 ("大一点", "edit", "star.s=large"),
 ("算了，还是刚才小的好看", "edit", "star.s=small"),
]),
("swap question-chat", [
 ("左边一个黑色的大三角形，右边一个蓝色的小圆形，白色背景", "draw", "white|triangle black large left;circle blue small right"),
 ("两个换一下位置", "edit", "triangle.p=right;circle.p=left"),
 ("现在圆在哪边？", "chat", ""),
]),
("background-anywhere size-words undo", [
 ("画个白色的正方形，黑底", "draw", "black|square white large center"),
 ("底色改成绿色", "edit", "bg=green"),
 ("方块缩小点", "edit", "square.s=small"),
 ("回到上一步", "undo", ""),
]),
("ambiguous clarification", [
 ("上面一个红色星星，下面一个紫色星星", "draw", "white|star red large top;star purple large bottom"),
 ("把星星改成黄色", "ask", ""),
 ("下面那个", "edit", "purple.c=yellow"),
]),
("first-time polite size-words", [
 ("你好，我是第一次用这个～能帮我画一个蓝色的圆吗？背景想要黄色", "draw", "yellow|circle blue large center"),
 ("哇好厉害，可以把它变小一点吗", "edit", "circle.s=small"),
 ("谢谢你！！", "chat", ""),
]),
("remove undo", [
 ("左上角一个橙色方块，右下角一个绿色三角", "draw", "white|square orange large top-left;triangle green large bottom-right"),
 ("三角不要了", "edit", "-triangle"),
 ("诶还是加回来吧", "undo", ""),
]),
("shape-change reference", [
 ("红色背景，正中间一个白色圆形", "draw", "red|circle white large center"),
 ("改成三角形", "edit", "circle.sh=triangle"),
 ("再换成正方形看看", "edit", "triangle.sh=square"),
 ("不行，还是三角形好", "edit", "square.sh=triangle"),
]),
("complaint-edit add size-words", [
 ("黄色背景上一个大的黑色星星", "draw", "yellow|star black large center"),
 ("有点空，右下角加个小的蓝色圆", "edit", "+circle blue small bottom-right"),
 ("圆太小了看不清", "edit", "circle.s=large"),
]),
("occupied-cell ambiguous relative-position", [
 ("中间一个紫色三角形，左边一个红色正方形", "draw", "white|triangle purple large center;square red large left"),
 ("在中间加个绿色圆", "ask", ""),
 ("那放三角形下面吧", "edit", "+circle green large bottom"),
]),
("colour-equals-background ambiguous two-edits", [
 ("黑色背景，上方一个黄色圆", "draw", "black|circle yellow large top"),
 ("圆改成黑色", "ask", ""),
 ("哦对，那背景换成白色，圆改黑色", "edit", "bg=white;circle.c=black"),
]),
("three-objects remove move", [
 ("竖着排三个：上面一个蓝色圆，中间一个橙色星星，下面一个绿色正方形", "draw", "white|circle blue large top;star orange large center;square green large bottom"),
 ("中间的删掉", "edit", "-star"),
 ("把正方形挪到中间", "edit", "square.p=center"),
]),
("terse add undo", [
 ("三角 紫 小 右上 背景黄", "draw", "yellow|triangle purple small top-right"),
 ("加 红圆 左下 大", "edit", "+circle red large bottom-left"),
 ("三角改绿", "edit", "triangle.c=green"),
 ("撤回", "undo", ""),
]),
("question-chat size-words", [
 ("请画一个小的橙色圆形，放在左侧", "draw", "white|circle orange small left"),
 ("只有大和小两种尺寸吗？", "chat", ""),
 ("那改成大的吧", "edit", "circle.s=large"),
]),
("self-correction relative-position add", [
 ("一个红色方块在右下，不对，在右上", "draw", "white|square red large top-right"),
 ("它下面再放一个蓝色的三角形", "edit", "+triangle blue large right"),
]),
("child add ack-chat", [
 ("我要画一个大大的绿色圆圆，天空是蓝色的", "draw", "blue|circle green large center"),
 ("上面还要一个黄色的小星星", "edit", "+star yellow small top"),
 ("好耶！", "chat", ""),
]),
("reference colour-change", [
 ("中央放一个蓝色三角形", "draw", "white|triangle blue large center"),
 ("换成红色", "edit", "triangle.c=red"),
 ("试一下紫色", "edit", "triangle.c=purple"),
 ("还是最开始那个颜色好", "edit", "triangle.c=blue"),
]),
("colloquial-position move background", [
 ("橙色背景，左上角一个小的白色星形", "draw", "orange|star white small top-left"),
 ("把它挪到左下角", "edit", "star.p=bottom-left"),
 ("背景换成紫色", "edit", "bg=purple"),
]),
("new-scene ack-chat", [
 ("画一个黄色正方形", "draw", "white|square yellow large center"),
 ("不要了，重新画一张：左边一个红色圆，右边一个黑色三角，绿色背景", "draw", "green|circle red large left;triangle black large right"),
 ("完美", "chat", ""),
]),
("two-edits background", [
 ("蓝色背景，中间一个大的橙色正方形", "draw", "blue|square orange large center"),
 ("把它变小，然后挪到右上角", "edit", "square.s=small;square.p=top-right"),
 ("背景也换一下，换黑色", "edit", "bg=black"),
]),
("ambiguous missing-value", [
 ("绿色背景上画一个白色的圆", "draw", "green|circle white large center"),
 ("换个颜色吧", "ask", ""),
 ("圆换成红色", "edit", "circle.c=red"),
]),
("typo homophone size-words", [
 ("花一个紫色园形在右上，黄色正方行在左下", "draw", "white|circle purple large top-right;square yellow large bottom-left"),
 ("正方型改小", "edit", "square.s=small"),
]),
("polite add size-words undo", [
 ("您好，麻烦在画布上方正中画一个大的绿色星形，背景白色就好，谢谢", "draw", "white|star green large top"),
 ("谢谢。能否在下方再加一个小的红色三角形？", "edit", "+triangle red small bottom"),
 ("能不能把三角形调成和星形一样大？", "edit", "triangle.s=large"),
 ("还是刚才那样好，麻烦撤销一下", "undo", ""),
]),
("remove shape-change", [
 ("上方一个黄色圆，下方一个蓝色圆", "draw", "white|circle yellow large top;circle blue large bottom"),
 ("删掉黄的", "edit", "-yellow"),
 ("剩下那个改成星星", "edit", "circle.sh=star"),
]),
("question-chat size-words", [
 ("黑色背景，中间一个小的红色方块，左上一个大的白色圆", "draw", "black|square red small center;circle white large top-left"),
 ("为什么方块比圆小？", "chat", ""),
 ("那都改成大的", "edit", "square.s=large"),
]),
("add relative-position three-objects size-words", [
 ("就画一个紫色正方形", "draw", "white|square purple large center"),
 ("在它上面加一个橙色正方形", "edit", "+square orange large top"),
 ("紫色那个下面再加一个绿色正方形", "edit", "+square green large bottom"),
 ("都太大了，全部改小", "edit", "0.s=small;1.s=small;2.s=small"),
]),
("move colour-change undo", [
 ("红色背景，右侧一个黄色星星", "draw", "red|star yellow large right"),
 ("移到左侧", "edit", "star.p=left"),
 ("颜色改成白的", "edit", "star.c=white"),
 ("撤销", "undo", ""),
]),
("question-as-edit background", [
 ("右下角一个黑色三角形", "draw", "white|triangle black large bottom-right"),
 ("背景能不能不是白的？换成橙色吧", "edit", "bg=orange"),
]),
("vague-complaint ambiguous", [
 ("紫色背景中间一个黄色圆", "draw", "purple|circle yellow large center"),
 ("感觉不太对，改改", "ask", ""),
 ("嗯…背景换成蓝色试试", "edit", "bg=blue"),
]),
("size-words add reference", [
 ("绿底上一个超大的红色三角形", "draw", "green|triangle red large center"),
 ("右上角再来一个一样的，小号的", "edit", "+triangle red small top-right"),
 ("小的那个改成黄色", "edit", "1.c=yellow"),
]),
("shape-synonyms colour-change", [
 ("左上一个蓝色方块，右下一个橙色的球", "draw", "white|square blue large top-left;circle orange large bottom-right"),
 ("球改成紫色", "edit", "circle.c=purple"),
]),
("relative-move size-words", [
 ("中间一个小的黄色正方形", "draw", "white|square yellow small center"),
 ("往右挪一格", "edit", "square.p=right"),
 ("再往下一格", "edit", "square.p=bottom-right"),
]),
("ack-chat swap-colours", [
 ("白色背景，上方一个绿色星星，下方一个紫色圆", "draw", "white|star green large top;circle purple large bottom"),
 ("挺好的", "chat", ""),
 ("不过把它俩的颜色对调一下", "edit", "star.c=purple;circle.c=green"),
]),
("remove empty-scene ambiguous replace", [
 ("左上一个红三角，右下一个蓝方块", "draw", "white|triangle red large top-left;square blue large bottom-right"),
 ("三角删了", "edit", "-triangle"),
 ("方块也删了", "ask", ""),
 ("哦那把方块换成中间一个黄色的星星", "edit", "-square;+star yellow large center"),
]),
("long-prompt colour-synonym remove shape-change", [
 ("我想要一个简洁一点的构图：右上角一颗小小的白色星星，正中间一个大的红色圆，左下角一个小的黄色正方形，背景用深紫色", "draw", "purple|star white small top-right;circle red large center;square yellow small bottom-left"),
 ("星星拿掉", "edit", "-star"),
 ("正方形换成三角形", "edit", "square.sh=triangle"),
]),
("move reference", [
 ("右上角一个绿色圆", "draw", "white|circle green large top-right"),
 ("挪到左下角", "edit", "circle.p=bottom-left"),
 ("嗯…还是放回原来的位置吧", "edit", "circle.p=top-right"),
]),
("capability-question two-edits", [
 ("下方一个橙色三角形", "draw", "white|triangle orange large bottom"),
 ("可以画爱心吗？", "chat", ""),
 ("那就把三角形换成蓝色的圆", "edit", "triangle.c=blue;triangle.sh=circle"),
]),
("colour-synonym background", [
 ("正中一个天蓝色的星星，白色背景", "draw", "white|star blue large center"),
 ("背景改成草绿色", "edit", "bg=green"),
]),
("size-words shape-change reference", [
 ("左上一个小的紫色三角，右下一个小的橙色三角", "draw", "white|triangle purple small top-left;triangle orange small bottom-right"),
 ("紫的放大", "edit", "purple.s=large"),
 ("另一个换成圆", "edit", "orange.sh=circle"),
]),
("occupied-cell ambiguous swap", [
 ("蓝色背景，上方一个白色正方形，下方一个黄色三角形", "draw", "blue|square white large top;triangle yellow large bottom"),
 ("把正方形挪到下方", "ask", ""),
 ("那就交换一下位置", "edit", "square.p=bottom;triangle.p=top"),
]),
("complaint-edit ack-chat", [
 ("绿色背景，中间一个红色圆", "draw", "green|circle red large center"),
 ("红配绿太土了，圆换成白色", "edit", "circle.c=white"),
 ("对，就是这个感觉", "chat", ""),
]),
("terse add three-objects undo", [
 ("红方块", "draw", "white|square red large center"),
 ("左边加个黄圆", "edit", "+circle yellow large left"),
 ("右边加个黑星", "edit", "+star black large right"),
 ("撤销", "undo", ""),
]),
("size-words all-objects", [
 ("右上一个蓝色星形，左侧一个绿色圆形", "draw", "white|star blue large top-right;circle green large left"),
 ("全部缩小一号", "edit", "star.s=small;circle.s=small"),
]),
("two-edits invert background", [
 ("白色背景，右侧一个黑色三角形", "draw", "white|triangle black large right"),
 ("反过来：白色三角，黑色背景", "edit", "bg=black;triangle.c=white"),
]),
("child move ack-chat", [
 ("画个小红星星在右上角", "draw", "white|star red small top-right"),
 ("星星跑到下面中间去", "edit", "star.p=bottom"),
 ("哈哈好玩", "chat", ""),
]),
("ambiguous shape-change clarification", [
 ("左边一个橙色圆，右边一个紫色圆", "draw", "white|circle orange large left;circle purple large right"),
 ("把圆变成正方形", "ask", ""),
 ("右边那个", "edit", "purple.sh=square"),
]),
("question-chat background", [
 ("左下角一个黄色的圆，背景白色", "draw", "white|circle yellow large bottom-left"),
 ("看不太清，这是黄色吗？", "chat", ""),
 ("背景换成黑色吧，显眼一点", "edit", "bg=black"),
]),
("size-words add copy", [
 ("中间一个小的绿色星星", "draw", "white|star green small center"),
 ("放大", "edit", "star.s=large"),
 ("左边再加一个一模一样的小星星", "edit", "+star green small left"),
]),
("undo double-undo", [
 ("橙色背景，右下一个蓝色三角形", "draw", "orange|triangle blue large bottom-right"),
 ("左上加一个白色圆", "edit", "+circle white large top-left"),
 ("三角形改成紫色", "edit", "triangle.c=purple"),
 ("撤销", "undo", ""),
 ("再撤销一次", "undo", ""),
]),
]
