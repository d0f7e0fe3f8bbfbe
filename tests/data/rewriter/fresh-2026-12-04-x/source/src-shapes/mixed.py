D = [
("code-switch colour-change ack-chat", [
 ("画一个 red circle 在中间", "draw", "white|circle red large center"),
 ("改成 green", "edit", "circle.c=green"),
 ("ok 可以", "chat", ""),
]),
("code-switch background-anywhere add", [
 ("background 要 black，左上角一个 yellow star", "draw", "black|star yellow large top-left"),
 ("右下角 add 一个 small white square", "edit", "+square white small bottom-right"),
 ("undo 一下", "undo", ""),
]),
("code-switch size-words", [
 ("一个 tiny 的 purple triangle，放 top right", "draw", "white|triangle purple small top-right"),
 ("bigger 一点", "edit", "triangle.s=large"),
]),
("language-switch swap", [
 ("a blue square on the left and an orange circle on the right", "draw", "white|square blue large left;circle orange large right"),
 ("把它们换个位置", "edit", "square.p=right;circle.p=left"),
 ("nice 谢啦", "chat", ""),
]),
("code-switch corner-ambiguous", [
 ("黄色背景，中间一个 blue star", "draw", "yellow|star blue large center"),
 ("把 star 放到角落里", "ask", ""),
 ("bottom left 那个角", "edit", "star.p=bottom-left"),
]),
("language-switch ambiguous clarification", [
 ("两个三角形，左上 red，右下 green", "draw", "white|triangle red large top-left;triangle green large bottom-right"),
 ("make the triangle purple", "ask", ""),
 ("右下那个", "edit", "green.c=purple"),
]),
("code-switch first-time polite", [
 ("hello~ 我想试试，能画个 orange 的正方形吗，背景 blue", "draw", "blue|square orange large center"),
 ("can u make it smaller pls", "edit", "square.s=small"),
 ("thx!!", "chat", ""),
]),
("code-switch remove undo", [
 ("top 一个 black circle，bottom 一个 red star", "draw", "white|circle black large top;star red large bottom"),
 ("circle 删掉", "edit", "-circle"),
 ("emm 还是 bring it back 吧", "undo", ""),
]),
("code-switch shape-change reference", [
 ("绿色 background，中间 a white square", "draw", "green|square white large center"),
 ("变成 triangle", "edit", "square.sh=triangle"),
 ("换 star 试试", "edit", "triangle.sh=star"),
 ("还是 triangle 好看", "edit", "star.sh=triangle"),
]),
("code-switch complaint-edit add", [
 ("purple 背景，一个大的 yellow circle", "draw", "purple|circle yellow large center"),
 ("太 empty 了，top right 加一个 small green triangle", "edit", "+triangle green small top-right"),
 ("triangle 太小了 can't see it", "edit", "triangle.s=large"),
]),
("code-switch occupied-cell relative-position", [
 ("a red star at the center, 左边一个 blue circle", "draw", "white|star red large center;circle blue large left"),
 ("center 再加一个 yellow square", "ask", ""),
 ("那放 star 的右边", "edit", "+square yellow large right"),
]),
("code-switch colour-equals-background two-edits", [
 ("white 背景，右侧一个 orange triangle", "draw", "white|triangle orange large right"),
 ("triangle 改成 white", "ask", ""),
 ("ok 那 background 换 black，triangle 换 white", "edit", "bg=black;triangle.c=white"),
]),
("language-switch three-objects remove move", [
 ("three things on the top row: green circle top-left, black square top, yellow star top-right", "draw", "white|circle green large top-left;square black large top;star yellow large top-right"),
 ("中间那个去掉", "edit", "-square"),
 ("star 挪到正中间", "edit", "star.p=center"),
]),
("terse code-switch add undo", [
 ("sq 红 small 左下", "draw", "white|square red small bottom-left"),
 ("+ 蓝 circle 右上", "edit", "+circle blue large top-right"),
 ("bg 黄", "edit", "bg=yellow"),
 ("撤", "undo", ""),
]),
("code-switch question-chat", [
 ("一个 small 的 green star 在 bottom", "draw", "white|star green small bottom"),
 ("这个是 small 吗？看起来还挺大", "chat", ""),
 ("ok 改成 large 吧", "edit", "star.s=large"),
]),
("code-switch self-correction", [
 ("一个 purple circle 在 left，不对 right", "draw", "white|circle purple large right"),
 ("它上面再加一个 orange square", "edit", "+square orange large top-right"),
]),
("child code-switch add", [
 ("我要一个 big 的 red 圆，像苹果", "draw", "white|circle red large center"),
 ("下面加个 green 的 small 三角", "edit", "+triangle green small bottom"),
 ("好看 yay", "chat", ""),
]),
("language-switch reference colour-change", [
 ("a yellow triangle in the middle", "draw", "white|triangle yellow large center"),
 ("换成紫色", "edit", "triangle.c=purple"),
 ("hmm try blue", "edit", "triangle.c=blue"),
 ("还是第一个 colour 好", "edit", "triangle.c=yellow"),
]),
("code-switch colloquial-position move background", [
 ("blue 背景，右下角一个小小的 yellow star", "draw", "blue|star yellow small bottom-right"),
 ("把它 move 到左上角", "edit", "star.p=top-left"),
 ("bg 换成 red", "edit", "bg=red"),
]),
("code-switch new-scene", [
 ("一个 black triangle", "draw", "white|triangle black large center"),
 ("重来 start over：top left 橙色圆，bottom right 紫色方块，background green", "draw", "green|circle orange large top-left;square purple large bottom-right"),
 ("perfect 就这样", "chat", ""),
]),
("code-switch two-edits", [
 ("orange 背景上一个 big blue circle", "draw", "orange|circle blue large center"),
 ("make it small 然后放到 top", "edit", "circle.s=small;circle.p=top"),
 ("背景 also 换成 white", "edit", "bg=white"),
]),
("code-switch ambiguous missing-value", [
 ("black background，一个 red square", "draw", "black|square red large center"),
 ("change 一下颜色", "ask", ""),
 ("square 换 orange", "edit", "square.c=orange"),
]),
("typo code-switch", [
 ("画一个 yelow 的 cirlce 在左上 and 一个 purpel triangel 在右下", "draw", "white|circle yellow large top-left;triangle purple large bottom-right"),
 ("triangel 改小", "edit", "triangle.s=small"),
]),
("polite code-switch add undo", [
 ("您好，请帮我画一个 large 的 blue star，放在 left，背景 white", "draw", "white|star blue large left"),
 ("谢谢～ could you also add a small red circle on the right?", "edit", "+circle red small right"),
 ("能不能把 circle 也调成 large？", "edit", "circle.s=large"),
 ("sorry 还是之前的好，please undo", "undo", ""),
]),
("language-switch remove shape-change", [
 ("green square at the top, green circle at the bottom, on black", "draw", "black|square green large top;circle green large bottom"),
 ("square 删了", "edit", "-square"),
 ("circle 改成 star", "edit", "circle.sh=star"),
]),
("code-switch question-chat", [
 ("yellow 背景，left 一个 small black star，right 一个 large red triangle", "draw", "yellow|star black small left;triangle red large right"),
 ("star 为什么这么小？", "chat", ""),
 ("哦我说的 small。那 make both small", "edit", "triangle.s=small"),
]),
("code-switch add relative-position three-objects", [
 ("一个 orange star 在 center", "draw", "white|star orange large center"),
 ("它上面加个 blue star", "edit", "+star blue large top"),
 ("orange star 下面再来个 purple star", "edit", "+star purple large bottom"),
 ("all 改成 small", "edit", "0.s=small;1.s=small;2.s=small"),
]),
("code-switch move colour-change undo", [
 ("green 背景，左边一个 white circle", "draw", "green|circle white large left"),
 ("move 到 right", "edit", "circle.p=right"),
 ("color 改成 yellow", "edit", "circle.c=yellow"),
 ("undo", "undo", ""),
]),
("language-switch background", [
 ("a purple square at the bottom left", "draw", "white|square purple large bottom-left"),
 ("背景可以换个颜色吗？orange 吧", "edit", "bg=orange"),
]),
("code-switch vague-complaint ambiguous", [
 ("blue 背景中间一个 orange triangle", "draw", "blue|triangle orange large center"),
 ("感觉 a bit off，fix it", "ask", ""),
 ("算了 就把 background 换成 black", "edit", "bg=black"),
]),
("code-switch size-words add reference", [
 ("一个 huge 的 white star，bg purple", "draw", "purple|star white large center"),
 ("右下再加一个 same 的 but tiny", "edit", "+star white small bottom-right"),
 ("tiny 那个改 yellow", "edit", "1.c=yellow"),
]),
("code-switch shape-synonyms", [
 ("左下一个 red 方块，右上一个 blue ball", "draw", "white|square red large bottom-left;circle blue large top-right"),
 ("ball 改成 green", "edit", "circle.c=green"),
]),
("code-switch relative-move", [
 ("一个 small black square 在 center", "draw", "white|square black small center"),
 ("往 up 挪一格", "edit", "square.p=top"),
 ("再往 left 一格", "edit", "square.p=top-left"),
]),
("code-switch ack-chat swap-colours", [
 ("上面一个 red circle，下面一个 blue square，背景 yellow", "draw", "yellow|circle red large top;square blue large bottom"),
 ("不错 looks good", "chat", ""),
 ("but 把两个颜色 swap 一下", "edit", "circle.c=blue;square.c=red"),
]),
("code-switch remove empty-scene replace", [
 ("right 一个 orange star，left 一个 purple circle", "draw", "white|star orange large right;circle purple large left"),
 ("remove 那个 circle", "edit", "-circle"),
 ("star 也 remove", "ask", ""),
 ("ok 那 star 换成 center 一个 green triangle", "edit", "-star;+triangle green large center"),
]),
("long-prompt code-switch remove shape-change", [
 ("我想要这样的 layout：top-left 一个 small 的 yellow circle，center 一个 big 的 black star，bottom-right 一个 small red square，background 用 light green 浅绿色", "draw", "green|circle yellow small top-left;star black large center;square red small bottom-right"),
 ("circle 不要了", "edit", "-circle"),
 ("square 换成 triangle", "edit", "square.sh=triangle"),
]),
("code-switch move reference", [
 ("bottom right 一个 purple triangle", "draw", "white|triangle purple large bottom-right"),
 ("move 到 top left", "edit", "triangle.p=top-left"),
 ("emm put it back 原来的位置", "edit", "triangle.p=bottom-right"),
]),
("code-switch capability-question", [
 ("一个 blue circle 在 top", "draw", "white|circle blue large top"),
 ("能画 hexagon 吗？", "chat", ""),
 ("ok 那把 circle 换成 red square", "edit", "circle.c=red;circle.sh=square"),
]),
("code-switch colour-synonym", [
 ("中间一个 navy blue 的 triangle，背景 white", "draw", "white|triangle blue large center"),
 ("背景换成 sunny yellow", "edit", "bg=yellow"),
]),
("code-switch size-words reference", [
 ("左下一个 small 红 star，右上一个 small 黄 star", "draw", "white|star red small bottom-left;star yellow small top-right"),
 ("红的 bigger", "edit", "red.s=large"),
 ("黄的那个 change 成 circle", "edit", "yellow.sh=circle"),
]),
("code-switch occupied-cell swap", [
 ("black 背景，top 一个 orange square，center 一个 white triangle", "draw", "black|square orange large top;triangle white large center"),
 ("square 挪到 center", "ask", ""),
 ("那 swap 它们", "edit", "square.p=center;triangle.p=top"),
]),
("code-switch complaint-edit", [
 ("yellow 背景，中间 a white star", "draw", "yellow|star white large center"),
 ("white on yellow 看不清，star 换 purple", "edit", "star.c=purple"),
 ("yes 就是这个", "chat", ""),
]),
("terse code-switch three-objects undo", [
 ("green tri", "draw", "white|triangle green large center"),
 ("加 red circle 左", "edit", "+circle red large left"),
 ("加 blue sq 右", "edit", "+square blue large right"),
 ("undo", "undo", ""),
]),
("code-switch size-words all-objects", [
 ("top-left 一个 purple star，bottom-right 一个 orange circle", "draw", "white|star purple large top-left;circle orange large bottom-right"),
 ("全部 smaller", "edit", "star.s=small;circle.s=small"),
]),
("code-switch invert", [
 ("black 背景，一个 white square 在 top-right", "draw", "black|square white large top-right"),
 ("反转 colors：white background，black square", "edit", "bg=white;square.c=black"),
]),
("non-native code-switch move", [
 ("please draw 一个 red triangle, little size, 在 left 的 up", "draw", "white|triangle red small top-left"),
 ("now triangle go to 右边 down", "edit", "triangle.p=bottom-right"),
 ("good 谢谢", "chat", ""),
]),
("code-switch ambiguous shape-change", [
 ("left 一个 blue square，right 一个 yellow square", "draw", "white|square blue large left;square yellow large right"),
 ("square 变 circle", "ask", ""),
 ("left 那个", "edit", "blue.sh=circle"),
]),
("code-switch question-chat background", [
 ("top-right 一个 green circle，背景 blue", "draw", "blue|circle green large top-right"),
 ("这个 green 是不是有点暗？", "chat", ""),
 ("背景换 white 吧 more contrast", "edit", "bg=white"),
]),
("code-switch size-words add copy", [
 ("一个 small yellow square 在中间", "draw", "white|square yellow small center"),
 ("make it large", "edit", "square.s=large"),
 ("右边再加一个 same 的 small square", "edit", "+square yellow small right"),
]),
("code-switch double-undo", [
 ("purple 背景，top 一个 yellow triangle", "draw", "purple|triangle yellow large top"),
 ("bottom 加一个 white circle", "edit", "+circle white large bottom"),
 ("triangle 改成 green", "edit", "triangle.c=green"),
 ("undo", "undo", ""),
 ("再 undo 一次", "undo", ""),
]),
]
