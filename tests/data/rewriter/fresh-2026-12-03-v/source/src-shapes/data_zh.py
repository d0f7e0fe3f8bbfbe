ZH = [
("move it-reference ack-chat", [
    ("画一个红色的大圆，放中间", "draw", "white | circle red L c"),
    ("把它挪到右上角去", "edit", "@c pos=tr"),
    ("嗯嗯可以", "chat", None)]),
("background-first size-words undo", [
    ("黄色背景，上面画个小的蓝色五角星", "draw", "yellow | star blue S t"),
    ("星星大一点", "edit", "@t size=L"),
    ("算了，撤销吧", "undo", None)]),
("long-first shape-change question-chat", [
    ("我想要一张黑色背景的图：左上角放一个大的白色正方形，正中间放一个小的橙色三角形，右下角再放一个大号的紫色圆形。", "draw",
     "black | square white L tl | triangle orange S c | circle purple L br"),
    ("中间那个三角换成星星，颜色别动", "edit", "@c shape=star"),
    ("左上角的方块改成绿色", "edit", "@tl color=green"),
    ("现在右下角是什么图形？", "chat", None)]),
("homophone-typo size-words", [
    ("左边一个篮色三角形，右边一个红色正放形", "draw", "white | triangle blue L l | square red L r"),
    ("方形小一点", "edit", "@r size=S"),
    ("谢谢", "chat", None)]),
("child reduplication background add", [
    ("我要一个大大的黄色星星！！", "draw", "white | star yellow L c"),
    ("背景要蓝蓝的像天空", "edit", "bg=blue"),
    ("星星左边再加一个白色的小圆圆", "edit", "+ circle white S l"),
    ("耶耶耶", "chat", None)]),
("ambiguous clarification size-words", [
    ("左上角一个红圆，右下角一个绿圆，白底", "draw", "white | circle red L tl | circle green L br"),
    ("把圆缩小", "ask", None),
    ("绿的那个", "edit", "@br size=S")]),
("terse background size-words undo", [
    ("紫色方块 正中", "draw", "white | square purple L c"),
    ("底色橙", "edit", "bg=orange"),
    ("改小", "edit", "@c size=S"),
    ("撤回", "undo", None)]),
("complaint-edit remove add reference", [
    ("白色背景，底部一个大的黑色三角形，顶部一个小的红色圆", "draw", "white | triangle black L b | circle red S t"),
    ("三角形看着太压抑了，删了吧", "edit", "- b"),
    ("在三角形原来的位置放个黄色五角星", "edit", "+ star yellow L b")]),
("reference earlier-colour colour-change", [
    ("中间一个绿色的圆", "draw", "white | circle green L c"),
    ("换成蓝色", "edit", "@c color=blue"),
    ("不对不对，要橙色", "edit", "@c color=orange"),
    ("哎还是最开始那个颜色好", "edit", "@c color=green")]),
("question-chat size-words", [
    ("紫色背景，左上角白色星形，右下角黑色正方形", "draw", "purple | star white L tl | square black L br"),
    ("这两个哪个大？", "chat", None),
    ("把星星弄小", "edit", "@tl size=S"),
    ("现在画面里一共几个东西？", "chat", None)]),
("new-scene ack-chat", [
    ("左边红色三角形，右边蓝色三角形", "draw", "white | triangle red L l | triangle blue L r"),
    ("不要了，重新来：黑底上一个大黄圆", "draw", "black | circle yellow L c"),
    ("完美", "chat", None)]),
("self-correction add", [
    ("右上角一个绿色正方形，哦不对，是左上角", "draw", "white | square green L tl"),
    ("再加一个小红星在下面……右下角吧", "edit", "+ star red S br")]),
("polite wrapper move ack-chat", [
    ("您好，麻烦帮我画一个小的橙色圆形，放在右上角，背景用蓝色，谢谢！", "draw", "blue | circle orange S tr"),
    ("很好看。能不能麻烦把它挪到左下角？", "edit", "@tr pos=bl"),
    ("谢谢您，就是我想要的效果。", "chat", None)]),
("two-edits background undo", [
    ("中间大蓝方块", "draw", "white | square blue L c"),
    ("变红，然后往左挪", "edit", "@c color=red pos=l"),
    ("背景也顺便换成黄的", "edit", "bg=yellow"),
    ("退回上一步", "undo", None)]),
("attr-after-noun shape-change emoji-chat", [
    ("画个圆，绿色，小号，左下角；再画个三角，紫色，大号，右上角", "draw", "white | circle green S bl | triangle purple L tr"),
    ("三角 → 正方形", "edit", "@tr shape=square"),
    ("\U0001F44C", "chat", None)]),
("relative-position add", [
    ("正中央一个黄色星星", "draw", "white | star yellow L c"),
    ("在它正上方放一个红色圆", "edit", "+ circle red L t"),
    ("星星下面再来个小的蓝色方块", "edit", "+ square blue S b")]),
("ambiguous clarification colour-change", [
    ("中间一个橙色三角形", "draw", "white | triangle orange L c"),
    ("换个颜色", "ask", None),
    ("紫色吧", "edit", "@c color=purple")]),
("traditional-chinese colour-change move", [
    ("畫一個黑色的大圓，放在正中間，白色背景", "draw", "white | circle black L c"),
    ("圓改成綠色", "edit", "@c color=green"),
    ("再移到右邊", "edit", "@c pos=r")]),
("conflict background ask", [
    ("白底上一个红色正方形", "draw", "white | square red L c"),
    ("背景改成红色", "ask", None),
    ("哦对，会看不见，那就黑色背景", "edit", "bg=black")]),
("homophone-typo size-words colour-change", [
    ("篮色圆形左上角，小的黄涩星星右下角", "draw", "white | circle blue L tl | star yellow S br"),
    ("星星变大", "edit", "@br size=L"),
    ("圆改红色", "edit", "@tl color=red")]),
("remove undo-phrase", [
    ("白色背景，上方绿色圆，中间黑色方块，下方橙色星星", "draw", "white | circle green L t | square black L c | star orange L b"),
    ("把中间那个删掉", "edit", "- c"),
    ("还是放回去吧", "undo", None)]),
("size-words add ack-chat", [
    ("右上角画一个很小很小的紫色三角", "draw", "white | triangle purple S tr"),
    ("正中间再来一个大的黑圆", "edit", "+ circle black L c"),
    ("哈哈不错", "chat", None)]),
("shape-change two-edits", [
    ("绿色背景上一个大的红色星星", "draw", "green | star red L c"),
    ("能换成三角形吗", "edit", "@c shape=triangle"),
    ("还是星星吧，不过改成黄色", "edit", "@c shape=star color=yellow")]),
("question-chat move", [
    ("一个蓝色正方形", "draw", "white | square blue L c"),
    ("它在正中间吗？", "chat", None),
    ("放到左上角", "edit", "@c pos=tl")]),
("add undo", [
    ("黑色背景，上方一个白色圆", "draw", "black | circle white L t"),
    ("左下角加个小的红色三角形", "edit", "+ triangle red S bl"),
    ("右下角加个橙色方块", "edit", "+ square orange L br"),
    ("刚加的那个不要了，撤销", "undo", None)]),
("size-words swap two-edits", [
    ("中间一个超大的绿色星星，左上角一个迷你蓝色圆", "draw", "white | star green L c | circle blue S tl"),
    ("把它们俩的大小对调一下", "edit", "@c size=S; @tl size=L"),
    ("很棒", "chat", None)]),
("background-anywhere undo", [
    ("背景用黄色。右边黑色三角，左边红色圆", "draw", "yellow | triangle black L r | circle red L l"),
    ("背景换白色", "edit", "bg=white"),
    ("不行，改回去", "undo", None)]),
("it-reference shape-change size-words", [
    ("下方一个小的橙色正方形", "draw", "white | square orange S b"),
    ("把它变成圆形", "edit", "@b shape=circle"),
    ("再大一点", "edit", "@b size=L")]),
("art-director complaint-edit move ack-chat", [
    ("中间放一个大蓝圆，白底。左上角一个小黄星。别的都不要。", "draw", "white | circle blue L c | star yellow S tl"),
    ("星星跟圆抢戏了，改成紫色", "edit", "@tl color=purple"),
    ("好一点了。圆往右挪", "edit", "@c pos=r"),
    ("可以，就这样定了", "chat", None)]),
("ambiguous vague clarification", [
    ("蓝色背景，中间一个红色三角形", "draw", "blue | triangle red L c"),
    ("弄得高级一点", "ask", None),
    ("那三角形改成白色试试", "edit", "@c color=white")]),
("version-edit background shape-change", [
    ("左边黄色圆，右边紫色方块", "draw", "white | circle yellow L l | square purple L r"),
    ("不错，再来一版黑色背景的", "edit", "bg=black"),
    ("方块换成星星", "edit", "@r shape=star")]),
("relative-move ack-chat", [
    ("中间一个小的绿色三角形", "draw", "white | triangle green S c"),
    ("往上移", "edit", "@c pos=t"),
    ("再往左一点", "edit", "@t pos=tl"),
    ("行了", "chat", None)]),
("ambiguous remove clarification", [
    ("左上角蓝色星星，右上角蓝色圆，下方红色方块", "draw", "white | star blue L tl | circle blue L tr | square red L b"),
    ("把蓝色的去掉", "ask", None),
    ("我说的是圆", "edit", "- tr")]),
("capability-question shape-change", [
    ("中间一个黑色圆", "draw", "white | circle black L c"),
    ("能画六边形吗？", "chat", None),
    ("那换成星形吧", "edit", "@c shape=star")]),
("new-scene undo", [
    ("左上角红色圆，右下角绿色方块", "draw", "white | circle red L tl | square green L br"),
    ("新画一张：紫色背景上一个白色三角形", "draw", "purple | triangle white L c"),
    ("等等，还是刚才那张吧", "undo", None)]),
("terse colour-change size-words", [
    ("来个大的橙色星星", "draw", "white | star orange L c"),
    ("变紫", "edit", "@c color=purple"),
    ("再小点", "edit", "@c size=S")]),
("reference like-before colour-change", [
    ("左上角红色正方形，右下角蓝色圆", "draw", "white | square red L tl | circle blue L br"),
    ("正方形改黄色", "edit", "@tl color=yellow"),
    ("圆也黄色", "edit", "@br color=yellow"),
    ("方块还是改回红色吧，跟之前一样", "edit", "@tl color=red")]),
("emoji add ack-chat", [
    ("黑底，右上角一个黄色星星⭐", "draw", "black | star yellow L tr"),
    ("左下角加个小红圆", "edit", "+ circle red S bl"),
    ("谢啦", "chat", None)]),
("swap-positions background-first", [
    ("背景绿色。底部中间一个白色正方形，顶部中间一个黑色星星，都要小的", "draw", "green | square white S b | star black S t"),
    ("两个换个位置", "edit", "@b pos=t; @t pos=b"),
    ("好，谢谢", "chat", None)]),
("over-capacity ask remove add", [
    ("左上角红色圆，右上角蓝色方块，下方绿色三角，白色背景", "draw", "white | circle red L tl | square blue L tr | triangle green L b"),
    ("中间再加个黄色星星", "ask", None),
    ("那把三角去掉，星星放中间", "edit", "- b; + star yellow L c")]),
("question-chat background", [
    ("橙色背景上一个紫色圆", "draw", "orange | circle purple L c"),
    ("背景现在是什么颜色来着？", "chat", None),
    ("那背景换成白色", "edit", "bg=white")]),
("size-words move", [
    ("简单点：一个大的黑色方块，正中间", "draw", "white | square black L c"),
    ("缩小", "edit", "@c size=S"),
    ("挪到右下角", "edit", "@c pos=br")]),
("same-shape reference undo", [
    ("蓝色背景，左边一个红色星星，右边也一个红色星星", "draw", "blue | star red L l | star red L r"),
    ("左边的星星改成黄色", "edit", "@l color=yellow"),
    ("另一个改绿色", "edit", "@r color=green"),
    ("撤销", "undo", None)]),
("add remove size-reference", [
    ("黑色背景，左上角一个白色小圆", "draw", "black | circle white S tl"),
    ("右下角加一个白色大圆", "edit", "+ circle white L br"),
    ("删掉小的", "edit", "- tl"),
    ("酷", "chat", None)]),
("wrapper complaint-edit background", [
    ("帮我画个橙色三角形在中间", "draw", "white | triangle orange L c"),
    ("太大了，改小", "edit", "@c size=S"),
    ("背景紫色", "edit", "bg=purple")]),
("both-reference colour-change move", [
    ("紫色背景，左边黄色圆，右边黄色方块", "draw", "purple | circle yellow L l | square yellow L r"),
    ("两个都改成红色", "edit", "@l color=red; @r color=red"),
    ("圆放到上面去", "edit", "@l pos=t")]),
("question-chat shape-change", [
    ("白底，上方一个蓝色三角形，别的不要", "draw", "white | triangle blue L t"),
    ("你画的是啥？", "chat", None),
    ("改成正方形", "edit", "@t shape=square")]),
("remove move size-words ack-chat", [
    ("黑色背景，左下角小的绿色星星，右上角大的绿色星星", "draw", "black | star green S bl | star green L tr"),
    ("去掉大的那个", "edit", "- tr"),
    ("剩下那个移到中间", "edit", "@bl pos=c"),
    ("再变大", "edit", "@c size=L"),
    ("完美", "chat", None)]),
("ambiguous underspecified-add clarification", [
    ("白色画布正中间一个大的橙色圆", "draw", "white | circle orange L c"),
    ("加个星星", "ask", None),
    ("黑色的，小的，放左上角", "edit", "+ star black S tl")]),
]

# Second pass: drop the zh dialogues that ran closest to the English ones, add scenes of their own.
_DROP = {4, 7, 10, 14, 16, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 41, 42, 44, 46}
ZH_NEW = [
("relative-move multi-step ack-chat", [
    ("在画面右下角放个小小的红色三角，其他地方空着，背景黑色", "draw", "black | triangle red S br"),
    ("三角形往上挪，挪到右边中间", "edit", "@br pos=r"),
    ("再往左，到正中间", "edit", "@r pos=c"),
    ("好了好了", "chat", None)]),
("three-objects shape-change size-words undo", [
    ("画三个图形：左边绿色方块，中间白色星星，右边绿色方块，背景蓝色", "draw", "blue | square green L l | star white L c | square green L r"),
    ("两边的方块都换成圆", "edit", "@l shape=circle; @r shape=circle"),
    ("中间的星星缩小", "edit", "@c size=S"),
    ("撤销", "undo", None)]),
("parent-for-child move add ack-chat", [
    ("我家孩子想要一个紫色的大星星", "draw", "white | star purple L c"),
    ("他说要放在左上角", "edit", "@c pos=tl"),
    ("还要一个橙色的圆在右下角", "edit", "+ circle orange L br"),
    ("他很开心，谢谢你", "chat", None)]),
("stand-in size-words add", [
    ("底色黑，顶部居中一个黄色圆当月亮", "draw", "black | circle yellow L t"),
    ("月亮小一点", "edit", "@t size=S"),
    ("加一颗白色的小星星在左上角", "edit", "+ star white S tl"),
    ("右上角再来一颗，也是白色小的", "edit", "+ star white S tr")]),
("swap-colours undo", [
    ("红色正方形在左边，蓝色三角形在右边", "draw", "white | square red L l | triangle blue L r"),
    ("两个的颜色对调", "edit", "@l color=blue; @r color=red"),
    ("嗯……还是撤销吧", "undo", None)]),
("question-chat colour-change", [
    ("一个绿色圆，左下角，小的", "draw", "white | circle green S bl"),
    ("这个是什么绿？挺好看的", "chat", None),
    ("不过还是换成黄色吧", "edit", "@bl color=yellow")]),
("two-edits background reference", [
    ("黄色背景，中间一个黑色的大三角形", "draw", "yellow | triangle black L c"),
    ("三角换成正方形，顺便变成红色", "edit", "@c shape=square color=red"),
    ("背景也改成白色", "edit", "bg=white"),
    ("不不不，背景还是要黄色", "edit", "bg=yellow")]),
("remove colour-change", [
    ("左上一个蓝圆、右上一个蓝圆、中间一个红方块", "draw", "white | circle blue L tl | circle blue L tr | square red L c"),
    ("上面两个圆都删掉", "edit", "- tl; - tr"),
    ("方块换成紫色", "edit", "@c color=purple")]),
("minimal size-words ack-chat", [
    ("我想要一张极简的图，白底，一颗小小的黑色星星放在正中间", "draw", "white | star black S c"),
    ("好看！不过再放大一点", "edit", "@c size=L"),
    ("嗯这样就行", "chat", None)]),
("ambiguous clarification colour-change wrapper", [
    ("能不能画一个橙色的圆在左边，然后右边放一个同样颜色的三角形", "draw", "white | circle orange L l | triangle orange L r"),
    ("三角形颜色改一下", "ask", None),
    ("蓝色", "edit", "@r color=blue")]),
("move earlier-position reference", [
    ("绿色背景，右上角白色圆", "draw", "green | circle white L tr"),
    ("把圆换到左下角", "edit", "@tr pos=bl"),
    ("还是刚才的位置好", "edit", "@bl pos=tr")]),
("conflict ask two-edits", [
    ("中间一个紫色星星，背景黄色", "draw", "yellow | star purple L c"),
    ("星星改成黄色", "ask", None),
    ("那背景换成黑色，星星黄色", "edit", "bg=black; @c color=yellow")]),
("position-reference size-words ack-chat", [
    ("两个图形：上方一个红色圆形，下方一个红色正方形", "draw", "white | circle red L t | square red L b"),
    ("上面那个变小", "edit", "@t size=S"),
    ("下面那个也是", "edit", "@b size=S"),
    ("谢了", "chat", None)]),
("question-chat shape-change", [
    ("画一个大号蓝色星星在左侧", "draw", "white | star blue L l"),
    ("这个星星是几个角的？", "chat", None),
    ("换成三角形吧", "edit", "@l shape=triangle")]),
("wrapper colour-change undo", [
    ("给我来张图：黑色背景，右边一个绿色三角，左边一个橙色圆", "draw", "black | triangle green L r | circle orange L l"),
    ("圆变成白色", "edit", "@l color=white"),
    ("撤销", "undo", None)]),
("move size-words ack-chat", [
    ("左下角一个小的白色方块，背景紫色", "draw", "purple | square white S bl"),
    ("方块往右移，移到底部中间", "edit", "@bl pos=b"),
    ("然后变大", "edit", "@b size=L"),
    ("ok", "chat", None)]),
("traditional-chinese background size-words", [
    ("正中一個紅色三角形", "draw", "white | triangle red L c"),
    ("背景換成藍色", "edit", "bg=blue"),
    ("三角形縮小一點", "edit", "@c size=S")]),
("ambiguous clarification both-reference", [
    ("右侧一个黄色的三角，左侧一个黄色的圆", "draw", "white | triangle yellow L r | circle yellow L l"),
    ("把黄色的改成绿色", "ask", None),
    ("都改", "edit", "@r color=green; @l color=green")]),
("relative-position add ack-chat", [
    ("底部放个大的橙色五角星，背景白", "draw", "white | star orange L b"),
    ("星星上面加一个小的紫色方块", "edit", "+ square purple S c"),
    ("完美，谢谢！", "chat", None)]),
("typo-ish new-scene undo", [
    ("左边一个紫色的三脚形，右边一个黄色的园", "draw", "white | triangle purple L l | circle yellow L r"),
    ("换张新的：蓝底，中间一个白色方块", "draw", "blue | square white L c"),
    ("刚才那张比较好，回去", "undo", None)]),
]
ZH = [d for i, d in enumerate(ZH, 1) if i not in _DROP] + ZH_NEW
