MX = [
("mixed", "code-switch draw move", [
 ("画一个 red circle 在 top left", "draw", "white | circle red large top-left"),
 ("move 到中间", "edit", "white | circle red large center"),
]),
("mixed", "language-switch colour-change", [
 ("a small blue star at the bottom", "draw", "white | star blue small bottom"),
 ("改成黄色", "edit", "white | star yellow small bottom"),
 ("nice 👍", "chat", "="),
]),
("mixed", "code-switch background-anywhere", [
 ("background 用 black, 然后中间放个 big white square", "draw", "black | square white large center"),
 ("square 换成 triangle", "edit", "black | triangle white large center"),
 ("undo 一下", "undo", "<"),
]),
("mixed", "wish-form-edit it-reference", [
 ("左边 a green circle, 右边 a purple square", "draw", "white | circle green large left | square purple large right"),
 ("hmm 我希望那个 circle 是 orange 的", "edit", "white | circle orange large left | square purple large right"),
 ("and make it small", "edit", "white | circle orange small left | square purple large right"),
]),
("mixed", "question-form-edit", [
 ("yellow triangle 在 top right, 小一点的", "draw", "white | triangle yellow small top-right"),
 ("can the triangle 大一点?", "edit", "white | triangle yellow large top-right"),
]),
("mixed", "add it-after-add", [
 ("一个红色的 star in the center", "draw", "white | star red large center"),
 ("add a blue square 在左下", "edit", "white | star red large center | square blue large bottom-left"),
 ("把它变小", "edit", "white | star red large center | square blue small bottom-left"),
]),
("mixed", "remove-two", [
 ("three small shapes: 红色圆 top-left, 绿色三角 top, 蓝色方块 top-right", "draw", "white | circle red small top-left | triangle green small top | square blue small top-right"),
 ("只留中间那个, delete the other two", "edit", "white | triangle green small top"),
 ("ok 谢啦", "chat", "="),
]),
("mixed", "background-and-object-one-message", [
 ("black square, middle, 背景 yellow", "draw", "yellow | square black large center"),
 ("背景 purple and square 变 white", "edit", "purple | square white large center"),
]),
("mixed", "ambiguous ask", [
 ("two stars: 一个 orange 在 left, 一个 green 在 right", "draw", "white | star orange large left | star green large right"),
 ("把 star 改成 circle", "ask", "="),
 ("both of them", "edit", "white | circle orange large left | circle green large right"),
]),
("mixed", "typo code-switch", [
 ("purpel circel 右下角 small", "draw", "white | circle purple small bottom-right"),
 ("moev to 左上", "edit", "white | circle purple small top-left"),
]),
("mixed", "chat-question undo", [
 ("a large orange square on a blue background", "draw", "blue | square orange large center"),
 ("把 square 移到 bottom right", "edit", "blue | square orange large bottom-right"),
 ("撤销 pls", "undo", "<"),
 ("这样就 OK 了, 你会画 hexagon 吗?", "chat", "="),
]),
("mixed", "shape-change colour-change", [
 ("上面画一个 small white star, 背景 green", "draw", "green | star white small top"),
 ("star → red triangle", "edit", "green | triangle red small top"),
]),
("mixed", "relative-position add", [
 ("center 一个大的 purple circle", "draw", "white | circle purple large center"),
 ("在它正上方加一个 small yellow square", "edit", "white | circle purple large center | square yellow small top"),
 ("再在 circle 右边 add an orange star, small", "edit", "white | circle purple large center | square yellow small top | star orange small right"),
]),
("mixed", "complaint-edit", [
 ("green triangle bottom left 小号", "draw", "white | triangle green small bottom-left"),
 ("不是这个颜色, I said... 算了, 就改 blue 吧", "edit", "white | triangle blue small bottom-left"),
]),
("mixed", "vague ask", [
 ("左上 red square, 右下 black circle", "draw", "white | square red large top-left | circle black large bottom-right"),
 ("change it", "ask", "="),
 ("the circle, 换成 green", "edit", "white | square red large top-left | circle green large bottom-right"),
]),
("mixed", "size-all two-edits", [
 ("small red circle left, small blue circle right, 白色背景", "draw", "white | circle red small left | circle blue small right"),
 ("全部 make big", "edit", "white | circle red large left | circle blue large right"),
 ("and 背景 black", "edit", "black | circle red large left | circle blue large right"),
]),
("mixed", "polite code-switch ack-chat", [
 ("Hi~ 可以帮我画一个 yellow star 吗? 放 top 就好, thanks!", "draw", "white | star yellow large top"),
 ("好可爱 thank u", "chat", "="),
 ("could you 把它放到 bottom?", "edit", "white | star yellow large bottom"),
]),
("mixed", "new-scene", [
 ("orange circle center", "draw", "white | circle orange large center"),
 ("start over 吧: 紫色背景, 右上一个小的 white triangle", "draw", "purple | triangle white small top-right"),
 ("perfect", "chat", "="),
]),
("mixed", "move relative-direction", [
 ("a small green square in the middle", "draw", "white | square green small center"),
 ("往左一格", "edit", "white | square green small left"),
 ("再往上一格", "edit", "white | square green small top-left"),
]),
("mixed", "undo-after-remove", [
 ("blue star top, red circle bottom, 都 small", "draw", "white | star blue small top | circle red small bottom"),
 ("remove 那个 star", "edit", "white | circle red small bottom"),
 ("不对 undo", "undo", "<"),
 ("把 circle 去掉才对", "edit", "white | star blue small top"),
]),
("mixed", "conflict ask", [
 ("白底, 中间一个 large white circle? no wait, 黑底 white circle", "draw", "black | circle white large center"),
 ("背景改 white", "ask", "="),
 ("ok 那 circle 改 red, 背景 white", "edit", "white | circle red large center"),
]),
("mixed", "colloquial-position", [
 ("put a lil orange triangle 在最底下正中", "draw", "white | triangle orange small bottom"),
 ("往右边角落挪", "edit", "white | triangle orange small bottom-right"),
]),
("mixed", "shape-name-synonym", [
 ("一个蓝色方块 at the left side, 一个黄色圆圆 on the right", "draw", "white | square blue large left | circle yellow large right"),
 ("方块 → 星星", "edit", "white | star blue large left | circle yellow large right"),
 ("嗯, 圆圆也 small 一点", "edit", "white | star blue large left | circle yellow small right"),
]),
("mixed", "question-chat", [
 ("a big purple triangle 在中心 on orange", "draw", "orange | triangle purple large center"),
 ("triangle 是不是有点歪?", "chat", "="),
 ("ok whatever, 换成 square", "edit", "orange | square purple large center"),
]),
("mixed", "move-all", [
 ("red star 左上, green circle 左下, both small", "draw", "white | star red small top-left | circle green small bottom-left"),
 ("把它们都移到右边那一列, same rows", "edit", "white | star red small top-right | circle green small bottom-right"),
]),
("mixed", "ambiguous-it ask", [
 ("a small black square at the top and a small black circle at the bottom", "draw", "white | square black small top | circle black small bottom"),
 ("把黑色的那个变成 red", "ask", "="),
 ("上面那个", "edit", "white | square red small top | circle black small bottom"),
]),
("mixed", "hurried multi-edit", [
 ("yellow bg, blue circle TL, 小", "draw", "yellow | circle blue small top-left"),
 ("circle 大, 放 BR, 颜色 purple", "edit", "yellow | circle purple large bottom-right"),
 ("undo", "undo", "<"),
]),
("mixed", "add-third shape-change", [
 ("左边 orange square 右边 orange star, 都大", "draw", "white | square orange large left | star orange large right"),
 ("add 一个 small green circle 在 top", "edit", "white | square orange large left | star orange large right | circle green small top"),
 ("star 换成 triangle", "edit", "white | square orange large left | triangle orange large right | circle green small top"),
]),
("mixed", "remove-last ask", [
 ("一个 white star, black bg", "draw", "black | star white large center"),
 ("清空", "ask", "="),
 ("ok 那就换成 white circle", "edit", "black | circle white large center"),
]),
("mixed", "ack-chat edit-after-chat", [
 ("a small red triangle top-right, a large blue square bottom-left", "draw", "white | triangle red small top-right | square blue large bottom-left"),
 ("哇 nice", "chat", "="),
 ("triangle 也 large", "edit", "white | triangle red large top-right | square blue large bottom-left"),
]),
("mixed", "non-native code-switch", [
 ("Please 画 one green circle, small size, at right.", "draw", "white | circle green small right"),
 ("Color change to 紫色 please.", "edit", "white | circle purple small right"),
 ("And position is 左边.", "edit", "white | circle purple small left"),
]),
("mixed", "background-only edit", [
 ("中间 big yellow square, 背景 blue", "draw", "blue | square yellow large center"),
 ("bg → 红色", "edit", "red | square yellow large center"),
 ("bg → black", "edit", "black | square yellow large center"),
]),
("mixed", "swap-positions", [
 ("green triangle top, purple circle bottom", "draw", "white | triangle green large top | circle purple large bottom"),
 ("上下 swap 一下", "edit", "white | triangle green large bottom | circle purple large top"),
]),
("mixed", "undo-then-different-edit", [
 ("一个 orange star at the bottom-left, 小的", "draw", "white | star orange small bottom-left"),
 ("make it 蓝色", "edit", "white | star blue small bottom-left"),
 ("no, 回到上一步", "undo", "<"),
 ("改成 red instead", "edit", "white | star red small bottom-left"),
]),
("mixed", "vague-size ask", [
 ("red circle left, blue circle right, 白底", "draw", "white | circle red large left | circle blue large right"),
 ("一大一小", "ask", "="),
 ("left one 大, right one 小", "edit", "white | circle red large left | circle blue small right"),
]),
("mixed", "colour-name-as-reference after-change", [
 ("green star top-left, yellow square bottom-right, 都 large, 背景 purple", "draw", "purple | star green large top-left | square yellow large bottom-right"),
 ("star 变 orange", "edit", "purple | star orange large top-left | square yellow large bottom-right"),
 ("把 orange 的那个移到 center", "edit", "purple | star orange large center | square yellow large bottom-right"),
 ("再把黄色那个变小 pls", "edit", "purple | star orange large center | square yellow small bottom-right"),
]),
("mixed", "chat-only-turn", [
 ("a big black triangle in the middle, 橙色背景", "draw", "orange | triangle black large center"),
 ("这个 app 是怎么做的?", "chat", "="),
 ("anyway, 加个 small white circle 在 top-left", "edit", "orange | triangle black large center | circle white small top-left"),
]),
("mixed", "reference-by-shape", [
 ("purple square top-left, yellow star top-right, 都 small, 背景 black", "draw", "black | square purple small top-left | star yellow small top-right"),
 ("星星 go to the bottom", "edit", "black | square purple small top-left | star yellow small bottom"),
 ("方块 big", "edit", "black | square purple large top-left | star yellow small bottom"),
]),
("mixed", "same-colour-as", [
 ("a large red square in the center", "draw", "white | square red large center"),
 ("add 一个 star 在 top-right, 颜色跟 square 一样, small", "edit", "white | square red large center | star red small top-right"),
 ("square 改 green", "edit", "white | square green large center | star red small top-right"),
]),
("mixed", "ask-then-clarify", [
 ("左边一个 blue circle, 右边一个 yellow square", "draw", "white | circle blue large left | square yellow large right"),
 ("make them 一样大", "ask", "="),
 ("都 small", "edit", "white | circle blue small left | square yellow small right"),
]),
]
