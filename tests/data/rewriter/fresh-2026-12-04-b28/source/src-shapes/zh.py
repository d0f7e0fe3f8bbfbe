from core import N, S, A, R, B, U, C, Q

ZH = [
    (["size-words", "move"], [
        ("画一个红色的圆，大一点，放中间", N("white", "circle red large center")),
        ("往右上角挪过去", S(0, pos="top-right")),
    ]),
    (["wrapper", "add", "ack-chat"], [
        ("请帮我画一下：黄色背景上一颗小小的蓝色星星", N("yellow", "star blue small center")),
        ("不错！左下角再加一个绿色的方块", A("square green large bottom-left")),
        ("好的谢谢啦", C),
    ]),
    (["colloquial", "colour-change"], [
        ("整一个紫三角，黑底的", N("black", "triangle purple large center")),
        ("颜色弄成橙的", S(0, colour="orange")),
        ("嗯……还是黄的吧", S(0, colour="yellow")),
    ]),
    (["remove", "undo"], [
        ("蓝色背景，上面一个大的橙色圆形，下面一个小的白色正方形",
         N("blue", "circle orange large top", "square white small bottom")),
        ("下面那个方的删了", R(1)),
        ("诶还是留着吧，恢复一下", U),
    ]),
    (["complaint-edit", "background-change"], [
        ("白色底，中间放个绿色星形", N("white", "star green large center")),
        ("背景太白了刺眼，换个深色的，黑色吧", B("black")),
        ("星星也缩小一点", S(0, size="small")),
    ]),
    (["question-chat"], [
        ("红色正方形，紫色背景，放在正中间", N("purple", "square red large center")),
        ("能画渐变吗？", C),
        ("好吧那就这样", C),
    ]),
    (["three-objects", "reference"], [
        ("来三个：左上角红色圆，正中间黄色三角，右下角蓝色方块，背景黑色",
         N("black", "circle red large top-left", "triangle yellow large center", "square blue large bottom-right")),
        ("中间那个换成星星", S(1, shape="star")),
        ("左上那个改成白色", S(0, colour="white")),
        ("完美👍", C),
    ]),
    (["ambiguous", "ask"], [
        ("白底，左边一个小红圆，右边一个小蓝圆", N("white", "circle red small left", "circle blue small right")),
        ("把圆改成三角形", Q),
        ("蓝的", S(1, shape="triangle")),
    ]),
    (["colloquial-position", "move"], [
        ("橙色背景，靠右上的位置放一个小黑三角", N("orange", "triangle black small top-right")),
        ("往下放，放到最底下那一排的右边", S(0, pos="bottom-right")),
    ]),
    (["new-scene"], [
        ("蓝底，一颗白色五角星", N("blue", "star white large center")),
        ("好，换一张：黑色背景，最上面中间一个大的黄色圆", N("black", "circle yellow large top")),
        ("圆改成红色", S(0, colour="red")),
    ]),
    (["two-edits", "background-anywhere"], [
        ("左侧一个小号紫色方块，右侧一个大号绿色圆", N("white", "square purple small left", "circle green large right")),
        ("底色换成红的，方块放大", [B("red"), S(0, size="large")]),
    ]),
    (["reference-back", "colour-change"], [
        ("中间一个蓝色的三角形", N("white", "triangle blue large center")),
        ("换个颜色，绿色看看", S(0, colour="green")),
        ("再试下紫色", S(0, colour="purple")),
        ("还是第一版的颜色好，改回去", S(0, colour="blue")),
    ]),
    (["child", "add"], [
        ("我要画一个大大的黄色太阳！圆圆的！在最上面！", N("white", "circle yellow large top")),
        ("下面画一棵小树，用绿色的小三角形", A("triangle green small bottom")),
        ("天要是蓝色的哦", B("blue")),
        ("哈哈好看", C),
    ]),
    (["attr-after-noun"], [
        ("形状：星形；颜色：红色；大小：小；位置：左下；背景：绿色", N("green", "star red small bottom-left")),
        ("位置改成正中", S(0, pos="center")),
    ]),
    (["undo", "shape-change"], [
        ("白底，顶部中间一个橙色方块", N("white", "square orange large top")),
        ("方块改成圆", S(0, shape="circle")),
        ("不行，回到上一版", U),
        ("三角形呢", S(0, shape="triangle")),
    ]),
    (["remove", "three-objects"], [
        ("白底，左上大黑圆，中间小红星，右下大蓝三角",
         N("white", "circle black large top-left", "star red small center", "triangle blue large bottom-right")),
        ("中间的星星拿掉", R(1)),
        ("黑圆变成紫色", S(0, colour="purple")),
    ]),
    (["terse"], [
        ("紫底黄方", N("purple", "square yellow large center")),
        ("缩小", S(0, size="small")),
        ("放右上", S(0, pos="top-right")),
        ("左下加白圆", A("circle white large bottom-left")),
    ]),
    (["self-correction"], [
        ("黑底，一个绿色圆形在右边……啊不是，在左边；再加一个小的橙色星星放右上角",
         N("black", "circle green large left", "star orange small top-right")),
        ("星星做大一点", S(1, size="large")),
    ]),
    (["question-chat", "ambiguous"], [
        ("黄底，下方红三角，上方蓝方块", N("yellow", "triangle red large bottom", "square blue large top")),
        ("为什么都这么大", C),
        ("把它改小", Q),
        ("三角", S(0, size="small")),
    ]),
    (["polite", "background-change"], [
        ("你好，想麻烦你画一张图：橙色的背景，中间是一个白色的圆形。谢谢！", N("orange", "circle white large center")),
        ("请问可以把背景改成绿色吗？", B("green")),
        ("太好了，辛苦啦", C),
    ]),
    (["swap-positions"], [
        ("左蓝星，右红圆，白底", N("white", "star blue large left", "circle red large right")),
        ("左右对调", [S(0, pos="right"), S(1, pos="left")]),
    ]),
    (["it-reference", "add"], [
        ("左下角放一个黑色的小正方形", N("white", "square black small bottom-left")),
        ("右上角再来个大黄星", A("star yellow large top-right")),
        ("它换成橙色", S(1, colour="orange")),
    ]),
    (["undo", "complaint-edit"], [
        ("黑色背景，中央一个紫色星形", N("black", "star purple large center")),
        ("紫配黑看不清，星星改白色", S(0, colour="white")),
        ("不行太亮了，撤回", U),
        ("那就背景换黄色", B("yellow")),
    ]),
    (["measure-word", "size-words"], [
        ("上面一个小绿圆，下面一个大红方", N("white", "circle green small top", "square red large bottom")),
        ("大红方换成蓝色", S(1, colour="blue")),
    ]),
    (["typo", "add"], [
        ("左上角蓝色园形", N("white", "circle blue large top-left")),
        ("右下角加个红色三脚形", A("triangle red large bottom-right")),
        ("中间再加颗小黄星", A("star yellow small center")),
    ]),
    (["remove", "question-chat"], [
        ("白色背景，左边一个橙色三角，右边一个紫色圆", N("white", "triangle orange large left", "circle purple large right")),
        ("现在一共几个图形？", C),
        ("把三角去掉", R(0)),
    ]),
    (["art-director", "two-edits"], [
        ("黑底，正中一个大红星，要干净利落，不要别的元素", N("black", "star red large center")),
        ("红配黑太闷了。星星改黄色，压到最底下", S(0, colour="yellow", pos="bottom")),
        ("OK，定稿", C),
    ]),
    (["shape-change", "reference"], [
        ("右上角绿色正方形，左下角蓝色正方形，白底", N("white", "square green large top-right", "square blue large bottom-left")),
        ("绿色的那个变成圆", S(0, shape="circle")),
        ("另一个变成三角", S(1, shape="triangle")),
    ]),
    (["ambiguous", "ask", "move"], [
        ("蓝色背景，正中心一个黄色星形", N("blue", "star yellow large center")),
        ("位置换一下", Q),
        ("放左边去", S(0, pos="left")),
    ]),
    (["perfect-then-variant"], [
        ("紫色背景，左上角一个小白三角", N("purple", "triangle white small top-left")),
        ("很好，再出一版黑底的", B("black")),
    ]),
    (["size-words", "swap"], [
        ("绿底，右下角一个巨大的橙色圆", N("green", "circle orange large bottom-right")),
        ("左上角加一个迷你的黑色星星", A("star black small top-left")),
        ("俩大小反过来", [S(0, size="small"), S(1, size="large")]),
    ]),
    (["undo", "add"], [
        ("白底，左边一个红色正方形", N("white", "square red large left")),
        ("右边加一个蓝色圆", A("circle blue large right")),
        ("算了不加了，撤销", U),
    ]),
    (["colloquial-position", "upper-lower"], [
        ("黄色背景，左上方一个紫色圆，右下方一个绿色三角形", N("yellow", "circle purple large top-left", "triangle green large bottom-right")),
        ("圆放到左下方", S(0, pos="bottom-left")),
        ("三角放到右上方", S(1, pos="top-right")),
    ]),
    (["remove", "ambiguous"], [
        ("白底，上面一个小红星，下面一个小蓝星，中间一个大黑方块",
         N("white", "star red small top", "star blue small bottom", "square black large center")),
        ("去掉一个星星", Q),
        ("红的那个", R(0)),
    ]),
    (["relative-position", "add"], [
        ("黑色背景，左侧一个黄色圆形", N("black", "circle yellow large left")),
        ("在圆的正下方放一个小白方块", A("square white small bottom-left")),
    ]),
    (["first-time", "question-chat"], [
        ("第一次用，能画小猫吗？不能的话就画个红色的圆放中间", N("white", "circle red large center")),
        ("所以只能画几何图形？", C),
        ("那把它换成星星，颜色不变", S(0, shape="star")),
    ]),
    (["two-edits", "background-change"], [
        ("蓝底，右上角橙色星星，左下角橙色圆", N("blue", "star orange large top-right", "circle orange large bottom-left")),
        ("两个都换成白色，背景换成黑色", [S(0, colour="white"), S(1, colour="white"), B("black")]),
    ]),
    (["complaint-edit", "move"], [
        ("白色背景，左下角一个小的绿色三角形", N("white", "triangle green small bottom-left")),
        ("缩在角落里都看不见了，挪到中间，再放大", S(0, pos="center", size="large")),
    ]),
    (["hurried", "shape-change"], [
        ("急 红底黑圆 居中", N("red", "circle black large center")),
        ("圆→星", S(0, shape="star")),
        ("右下角再来个小白方", A("square white small bottom-right")),
    ]),
    (["undo", "colour-change"], [
        ("绿色背景，右边一个小的黄色三角形，左边一个大的白色方块", N("green", "triangle yellow small right", "square white large left")),
        ("两个都改成黑色", [S(0, colour="black"), S(1, colour="black")]),
        ("好丑，上一步", U),
        ("只把三角改成黑色", S(0, colour="black")),
    ]),
    (["ack-chat", "background-anywhere"], [
        ("右下角一个小白星，左上角一个大紫圆，整个背景用橙色",
         N("orange", "star white small bottom-right", "circle purple large top-left")),
        ("可以可以，有那味儿了", C),
        ("星星往上挪到右上角", S(0, pos="top-right")),
    ]),
    (["restart", "new-scene"], [
        ("白底，左边红星，右边蓝星", N("white", "star red large left", "star blue large right")),
        ("全部重来。黑底，只要一个绿色圆", N("black", "circle green large center")),
        ("小一号", S(0, size="small")),
    ]),
    (["middle-synonym", "add", "remove"], [
        ("画布中心放一个橙色的方块，背景紫色", N("purple", "square orange large center")),
        ("上面加个小黄星，下面加个小白三角", [A("star yellow small top"), A("triangle white small bottom")]),
        ("方块不要了，别的不动", R(0)),
    ]),
    (["remove", "undo", "three-objects"], [
        ("黑底，左上白圆，右上红三角，下方黄星星",
         N("black", "circle white large top-left", "triangle red large top-right", "star yellow large bottom")),
        ("白圆和红三角都删了", [R(0), R(0)]),
        ("删多了，撤回", U),
        ("只删三角", R(1)),
    ]),
    (["question-chat", "size-words"], [
        ("橙色背景，上方一个蓝色的圆，小号", N("orange", "circle blue small top")),
        ("小号和大号差多少？", C),
        ("那还是换大号吧", S(0, size="large")),
    ]),
    (["ambiguous", "self-correction"], [
        ("白色背景中间一个绿色星形", N("white", "star green large center")),
        ("背景改成跟星星一样的颜色", Q),
        ("我的意思是背景绿色，星星改成白的……不对，星星改成黄色", [B("green"), S(0, colour="yellow")]),
    ]),
    (["move", "relative-position"], [
        ("黑底，左边红色圆，右边蓝色方块", N("black", "circle red large left", "square blue large right")),
        ("方块往下挪一格", S(1, pos="bottom-right")),
        ("圆往上挪一格", S(0, pos="top-left")),
        ("嗯，对角线的感觉对了", C),
    ]),
    (["shape-change", "size-words"], [
        ("帮我弄个黄底的图，右侧中间一个紫色大三角", N("yellow", "triangle purple large right")),
        ("三角换成方的，顺便小一号", S(0, shape="square", size="small")),
    ]),
    (["long-first", "three-objects"], [
        ("我想要这样一张图：背景是蓝色的，左上角有一个大的白色星形，右侧中间那一格放一个小的橙色圆形，最下面正中间再放一个大的黑色三角形",
         N("blue", "star white large top-left", "circle orange small right", "triangle black large bottom")),
        ("三角形有点压画面，改小", S(2, size="small")),
        ("好的谢谢", C),
    ]),
    (["undo", "move", "background-change"], [
        ("白底，下方中间一个黄色方块", N("white", "square yellow large bottom")),
        ("黄色在白底上太淡了，背景换成蓝的", B("blue")),
        ("方块移到左上", S(0, pos="top-left")),
        ("位置还是刚才的好，撤回", U),
    ]),
]
