# Hand-written shapes dialogues in a compact notation, expanded to JSONL.
# scene string: "bg|shape colour size pos, ..." ; size L/S ; pos tl t tr l c r bl b br
# None as scene: chat/ask keep previous scene, undo restores the scene before the previous turn.
import json
P = dict(tl="top-left", t="top", tr="top-right", l="left", c="center", r="right",
         bl="bottom-left", b="bottom", br="bottom-right")
Z = dict(L="large", S="small")
def sc(s):
    bg, objs = s.split("|")
    out = []
    for o in objs.split(","):
        sh, co, si, po = o.split()
        out.append([sh, co, Z[si], P[po]])
    return {"background": bg.strip(), "objects": out}
D = []
def d(lang, classes, *turns):
    D.append((lang, classes, turns))
# ---------------- English ----------------
d("en", ["size-words", "undo"],
  ("Draw a red circle.", "draw", "white|circle red L c"),
  ("make it smaller", "edit", "white|circle red S c"),
  ("actually no, put it back how it was", "undo", None))
d("en", ["colloquial-position", "size-words", "ack-chat", "typo"],
  ("hi! can u make a blue star in the top left and a yellow square bottom right", "draw", "white|star blue L tl, square yellow L br"),
  ("the square should be lil", "edit", "white|star blue L tl, square yellow S br"),
  ("nice ty", "chat", None))
d("en", ["background-anywhere", "reference", "terse"],
  ("green triangle, big, middle, on black", "draw", "black|triangle green L c"),
  ("bg purple", "edit", "purple|triangle green L c"),
  ("hmm the black was better", "edit", "black|triangle green L c"))
d("en", ["polite", "add", "question-chat"],
  ("I'd like a small orange circle on the right, please.", "draw", "white|circle orange S r"),
  ("Could you also put a purple square on the left side?", "edit", "white|circle orange S r, square purple L l"),
  ("Thank you. Why did the square come out bigger than the circle?", "chat", None))
d("en", ["swap", "undo"],
  ("red star top, blue circle bottom", "draw", "white|star red L t, circle blue L b"),
  ("swap them", "edit", "white|star red L b, circle blue L t"),
  ("no wait undo", "undo", None))
d("en", ["move", "shape-change", "pronoun"],
  ("a yellow triangle in the lower left corner on a blue background", "draw", "blue|triangle yellow L bl"),
  ("move it up to the upper right", "edit", "blue|triangle yellow L tr"),
  ("now turn it into a star", "edit", "blue|star yellow L tr"))
d("en", ["ambiguous", "relative-position", "add"],
  ("Make a black square in the center", "draw", "white|square black L c"),
  ("add something next to it", "ask", None),
  ("oh, a tiny red circle to the right of it", "edit", "white|square black L c, circle red S r"))
d("en", ["terse", "size-words"],
  ("circle. green. top right. tiny.", "draw", "white|circle green S tr"),
  ("huge", "edit", "white|circle green L tr"))
d("en", ["remove", "size-words", "ack-chat"],
  ("three stars: red top left, white center, blue bottom right, black background", "draw", "black|star red L tl, star white L c, star blue L br"),
  ("get rid of the white one", "edit", "black|star red L tl, star blue L br"),
  ("make the stars small", "edit", "black|star red S tl, star blue S br"),
  ("perfect!!", "chat", None))
d("en", ["ambiguous", "clarification"],
  ("a big purple square on the left and a small purple circle on the right", "draw", "white|square purple L l, circle purple S r"),
  ("make it orange", "ask", None),
  ("the circle", "edit", "white|square purple L l, circle orange S r"))
d("en", ["typo", "add"],
  ("draw a yelow sqare in teh midle", "draw", "white|square yellow L c"),
  ("ad a blu triangel on top", "edit", "white|square yellow L c, triangle blue L t"))
d("en", ["question-chat", "background-anywhere", "undo"],
  ("Please draw an orange star at the bottom on a green background.", "draw", "green|star orange L b"),
  ("Is that a star or a flower? Looks a bit fat", "chat", None),
  ("ok whatever, make the background white", "edit", "white|star orange L b"),
  ("undo", "undo", None))
d("en", ["self-correction", "size-words"],
  ("a red circle left, a green square right", "draw", "white|circle red L l, square green L r"),
  ("make the circle green too, and the square red - no, leave the square as it is", "edit", "white|circle green L l, square green L r"),
  ("square a bit smaller", "edit", "white|circle green L l, square green S r"))
d("en", ["ambiguous", "colour-conflict"],
  ("blue background with a white circle in the top middle", "draw", "blue|circle white L t"),
  ("make the background white", "ask", None),
  ("oh right. then the circle black, background white", "edit", "white|circle black L t"))
d("en", ["reference", "remove", "formal"],
  ("A large triangle, red, positioned in the bottom right corner.", "draw", "white|triangle red L br"),
  ("Now a second one, same colour, top left, small.", "edit", "white|triangle red L br, triangle red S tl"),
  ("Remove the first triangle.", "edit", "white|triangle red S tl"))
d("en", ["colloquial-position", "move"],
  ("purple star center", "draw", "white|star purple L c"),
  ("bit lower", "edit", "white|star purple L b"),
  ("and a bit to the left", "edit", "white|star purple L bl"))
d("en", ["move", "reference"],
  ("draw a green circle in the middle", "draw", "white|circle green L c"),
  ("shift it right", "edit", "white|circle green L r"),
  ("meh, where it was first looked better", "edit", "white|circle green L c"))
d("en", ["limit", "ambiguous", "replace"],
  ("yellow square top left, orange circle top right, red triangle at the bottom", "draw", "white|square yellow L tl, circle orange L tr, triangle red L b"),
  ("add a blue star in the middle", "ask", None),
  ("ok then swap the triangle out for a blue star in the middle", "edit", "white|square yellow L tl, circle orange L tr, star blue L c"))
d("en", ["question-chat", "shape-change"],
  ("can you draw me a small black triangle at the right on an orange background", "draw", "orange|triangle black S r"),
  ("cool. can it do hexagons?", "chat", None),
  ("ok make it a square then", "edit", "orange|square black S r"))
d("en", ["size-words", "undo", "plural"],
  ("Circle red top-left. Square blue top-right.", "draw", "white|circle red L tl, square blue L tr"),
  ("both smaller", "edit", "white|circle red S tl, square blue S tr"),
  ("undo pls", "undo", None))
d("en", ["complaint-edit", "add", "colour"],
  ("big white star on a black background in the centre", "draw", "black|star white L c"),
  ("its kinda plain. add a small yellow circle bottom left", "edit", "black|star white L c, circle yellow S bl"),
  ("and the star yellow as well", "edit", "black|star yellow L c, circle yellow S bl"))
d("en", ["two-edits", "move", "add"],
  ("a blue square", "draw", "white|square blue L c"),
  ("make the blue one red", "edit", "white|square red L c"),
  ("move the square up to the top and put a blue circle where it used to be", "edit", "white|square red L t, circle blue L c"))
d("en", ["ambiguous", "clarification"],
  ("i want a green star on the bottom left and another green star on the top right", "draw", "white|star green L bl, star green L tr"),
  ("make the star orange", "ask", None),
  ("the bottom one", "edit", "white|star orange L bl, star green L tr"))
d("en", ["swap-colours", "undo"],
  ("Triangle, purple, left. Circle, yellow, right. Background black.", "draw", "black|triangle purple L l, circle yellow L r"),
  ("Switch the colours", "edit", "black|triangle yellow L l, circle purple L r"),
  ("hmm no go back", "undo", None))
d("en", ["colour-conflict", "ambiguous", "pronoun"],
  ("draw a red circle with a yellow background", "draw", "yellow|circle red L c"),
  ("make the background red", "ask", None),
  ("fine, make it green then", "edit", "green|circle red L c"))
d("en", ["add", "question-chat", "casual"],
  ("small blue circle in the top left corner", "draw", "white|circle blue S tl"),
  ("it looks lonely lol, give it a friend. small orange circle bottom right", "edit", "white|circle blue S tl, circle orange S br"),
  ("are they the same size?", "chat", None))
d("en", ["two-edits", "shape-change", "ack-chat"],
  ("Render a scene: black background, large red square on the left, small white triangle in the center", "draw", "black|square red L l, triangle white S c"),
  ("Change the square into a circle and make the triangle large", "edit", "black|circle red L l, triangle white L c"),
  ("Thanks, that's exactly it.", "chat", None))
d("en", ["replace", "undo"],
  ("a yellow star please", "draw", "white|star yellow L c"),
  ("lose the star, draw a purple square instead", "edit", "white|square purple L c"),
  ("undo", "undo", None))
d("en", ["relative-position", "move"],
  ("orange triangle top-right and a green circle right below it", "draw", "white|triangle orange L tr, circle green L r"),
  ("move the circle so it sits to the left of the triangle", "edit", "white|triangle orange L tr, circle green L t"))
d("en", ["self-correction", "background-anywhere", "size-words"],
  ("white square centre, blue bg", "draw", "blue|square white L c"),
  ("smaller pls", "edit", "blue|square white S c"),
  ("and change the bg to... purple. no, black", "edit", "black|square white S c"))
# ---------------- Chinese ----------------
d("zh", ["wrapper", "size-words", "undo"],
  ("帮我画一个红色的圆", "draw", "white|circle red L c"),
  ("缩小一点", "edit", "white|circle red S c"),
  ("撤销", "undo", None))
d("zh", ["size-words", "copy", "colour"],
  ("画面右下角来个小小的紫色五角星，背景黄色", "draw", "yellow|star purple S br"),
  ("再来一个一模一样的放左上", "edit", "yellow|star purple S br, star purple S tl"),
  ("左上那个换成绿的", "edit", "yellow|star purple S br, star green S tl"))
d("zh", ["background-anywhere", "reference"],
  ("黑色背景，正中间一个大大的白色三角形", "draw", "black|triangle white L c"),
  ("底色改成紫色试试", "edit", "purple|triangle white L c"),
  ("还是刚才的黑色好，换回去吧", "edit", "black|triangle white L c"))
d("zh", ["child", "add", "question-chat", "size-words"],
  ("我想要一个大大的红色圆圈圈在右上角，像太阳一样！", "draw", "white|circle red L tr"),
  ("最下面中间画个绿色三角形当小山", "edit", "white|circle red L tr, triangle green L b"),
  ("太阳是不是太大了呀", "chat", None),
  ("那变小小的", "edit", "white|circle red S tr, triangle green L b"))
d("zh", ["swap", "undo", "background-anywhere"],
  ("左侧放一个白色正方形，右侧放一个白色圆形，底色黑色", "draw", "black|square white L l, circle white L r"),
  ("让正方形和圆形交换位置", "edit", "black|square white L r, circle white L l"),
  ("撤销", "undo", None))
d("zh", ["move", "shape-change", "pronoun"],
  ("蓝色背景，左下角有一个黄色三角", "draw", "blue|triangle yellow L bl"),
  ("把它挪到右上角去", "edit", "blue|triangle yellow L tr"),
  ("变成星形", "edit", "blue|star yellow L tr"))
d("zh", ["ambiguous", "add"],
  ("中间画一个黑色的正方形", "draw", "white|square black L c"),
  ("旁边再加点东西吧", "ask", None),
  ("右边加个小的红色圆", "edit", "white|square black L c, circle red S r"))
d("zh", ["terse", "size-words"],
  ("绿 圆 右上 小", "draw", "white|circle green S tr"),
  ("大号的", "edit", "white|circle green L tr"))
d("zh", ["remove", "move", "plural", "ack-chat"],
  ("三个形状排成一排：左边蓝色三角，中间黄色圆，右边红色方块", "draw", "white|triangle blue L l, circle yellow L c, square red L r"),
  ("中间那个去掉", "edit", "white|triangle blue L l, square red L r"),
  ("两边的都往上移一格", "edit", "white|triangle blue L tl, square red L tr"),
  ("漂亮", "chat", None))
d("zh", ["ambiguous", "clarification"],
  ("左边一个大的紫色方块，右边一个小的紫色圆", "draw", "white|square purple L l, circle purple S r"),
  ("把它涂成橙色", "ask", None),
  ("圆", "edit", "white|square purple L l, circle orange S r"))
d("zh", ["typo", "add"],
  ("画一个黄色的正方型在中见", "draw", "white|square yellow L c"),
  ("上面加一个蓝色三角型", "edit", "white|square yellow L c, triangle blue L t"))
d("zh", ["question-chat", "background-anywhere", "undo"],
  ("绿色背景，最下面画一个橙色的五角星", "draw", "green|star orange L b"),
  ("这个星星是五个角的吗？", "chat", None),
  ("嗯，背景换成白的", "edit", "white|star orange L b"),
  ("撤回", "undo", None))
d("zh", ["self-correction"],
  ("左边红色圆，右边绿色方块", "draw", "white|circle red L l, square green L r"),
  ("圆也改成绿色……哦不对，是方块改成红色", "edit", "white|circle red L l, square red L r"))
d("zh", ["colour-conflict", "ambiguous", "background-anywhere"],
  ("白色的星星放在上面，背景用紫色", "draw", "purple|star white L t"),
  ("把底色改成白", "ask", None),
  ("那星星改成紫色，背景白色", "edit", "white|star purple L t"))
d("zh", ["reference", "remove"],
  ("右下角一个大的红色三角形", "draw", "white|triangle red L br"),
  ("左上角再来一个同样颜色的小三角形", "edit", "white|triangle red L br, triangle red S tl"),
  ("把第一个三角形删掉", "edit", "white|triangle red S tl"))
d("zh", ["colloquial-position", "move"],
  ("紫色星星放中心", "draw", "white|star purple L c"),
  ("往下挪挪", "edit", "white|star purple L b"),
  ("再往左边靠一点", "edit", "white|star purple L bl"))
d("zh", ["polite", "move", "reference"],
  ("您好，请在画面中央画一个绿色的圆形，谢谢", "draw", "white|circle green L c"),
  ("麻烦移到右侧", "edit", "white|circle green L r"),
  ("不好意思，还是原来的位置比较好", "edit", "white|circle green L c"))
d("zh", ["limit", "ambiguous", "add"],
  ("一个橙色的方块在左上，一个黑色的圆在右下", "draw", "white|square orange L tl, circle black L br"),
  ("再加一个橙色方块和一个黑色圆，放另外两个角", "ask", None),
  ("那只加一个橙色方块，放右上", "edit", "white|square orange L tl, circle black L br, square orange L tr"))
d("zh", ["question-chat", "shape-change"],
  ("橙色背景，右边一个小的黑色三角形", "draw", "orange|triangle black S r"),
  ("能画六边形吗？", "chat", None),
  ("那把它改成正方形", "edit", "orange|square black S r"))
d("zh", ["two-edits", "partial-revert", "reference"],
  ("中央一个小号的绿色三角，背景蓝色", "draw", "blue|triangle green S c"),
  ("三角形改成大号的，再变成红色", "edit", "blue|triangle red L c"),
  ("颜色退回去，大小不变", "edit", "blue|triangle green L c"))
d("zh", ["complaint-edit", "add", "colour"],
  ("黑色背景中央一个大白星", "draw", "black|star white L c"),
  ("有点单调，左下加个小黄圆", "edit", "black|star white L c, circle yellow S bl"),
  ("星星也改黄色", "edit", "black|star yellow L c, circle yellow S bl"))
d("zh", ["two-edits", "move", "add"],
  ("一个蓝色方块", "draw", "white|square blue L c"),
  ("把方块挪到上面，原来的地方放一个红色的圆", "edit", "white|square blue L t, circle red L c"),
  ("圆小一点", "edit", "white|square blue L t, circle red S c"))
d("zh", ["ambiguous", "clarification"],
  ("左下和右上各一个绿色星星", "draw", "white|star green L bl, star green L tr"),
  ("星星改成橙色", "ask", None),
  ("下面那颗", "edit", "white|star orange L bl, star green L tr"))
d("zh", ["complaint-edit", "size-words", "reference"],
  ("请画：左下角黄色圆，右上角蓝色星", "draw", "white|circle yellow L bl, star blue L tr"),
  ("星星太大了", "edit", "white|circle yellow L bl, star blue S tr"),
  ("圆也跟它一样小", "edit", "white|circle yellow S bl, star blue S tr"))
d("zh", ["colour-conflict", "ambiguous", "pronoun"],
  ("黄色背景上画一个红色圆形", "draw", "yellow|circle red L c"),
  ("背景改红色", "ask", None),
  ("那就绿色吧", "edit", "green|circle red L c"))
d("zh", ["shape-change", "question-chat", "pronoun"],
  ("黑色背景上，上方中间放一个红色正方形", "draw", "black|square red L t"),
  ("把它变成三角形", "edit", "black|triangle red L t"),
  ("背景会不会太暗了？", "chat", None))
d("zh", ["add", "two-edits", "move"],
  ("下面放个黄色圆", "draw", "white|circle yellow L b"),
  ("左上角加个黑色的小方块，右上角加个黑色的小三角", "edit", "white|circle yellow L b, square black S tl, triangle black S tr"),
  ("黄色的圆往上挪到正中间", "edit", "white|circle yellow L c, square black S tl, triangle black S tr"))
d("zh", ["replace", "undo"],
  ("画颗黄色星星", "draw", "white|star yellow L c"),
  ("不要星星了，换成紫色方块", "edit", "white|square purple L c"),
  ("还是星星吧，撤销", "undo", None))
d("zh", ["relative-position", "move"],
  ("右上角一个橙色三角形，它正下方一个绿色的圆", "draw", "white|triangle orange L tr, circle green L r"),
  ("把圆移到三角形左边", "edit", "white|triangle orange L tr, circle green L t"))
d("zh", ["self-correction", "background-anywhere", "size-words"],
  ("蓝底白方块，居中", "draw", "blue|square white L c"),
  ("小一点", "edit", "blue|square white S c"),
  ("背景换成……紫色，不，黑色", "edit", "black|square white S c"))
# ---------------- Mixed (中英混写) ----------------
d("mixed", ["code-switch", "move"],
  ("画一个red circle在top left", "draw", "white|circle red L tl"),
  ("把它move到center", "edit", "white|circle red L c"))
d("mixed", ["code-switch", "background-anywhere", "ack-chat"],
  ("background 要 black，中间放一个 yellow star", "draw", "black|star yellow L c"),
  ("nice, 就这样", "chat", None))
d("mixed", ["code-switch", "add", "size-words"],
  ("一个blue square在左边", "draw", "white|square blue L l"),
  ("右边add一个small green triangle", "edit", "white|square blue L l, triangle green S r"),
  ("triangle再big一点", "edit", "white|square blue L l, triangle green L r"))
d("mixed", ["code-switch", "undo", "remove"],
  ("purple 背景, white circle 右下, orange square 左上", "draw", "purple|circle white L br, square orange L tl"),
  ("remove 那个 square", "edit", "purple|circle white L br"),
  ("oops 撤销 undo", "undo", None))
d("mixed", ["code-switch", "ambiguous", "clarification"],
  ("两个 star，一个 red 在 top，一个 blue 在 bottom", "draw", "white|star red L t, star blue L b"),
  ("把 star 变小", "ask", None),
  ("都变小 both", "edit", "white|star red S t, star blue S b"))
d("mixed", ["code-switch", "shape-change"],
  ("中间一个 orange triangle", "draw", "white|triangle orange L c"),
  ("改成 circle 吧", "edit", "white|circle orange L c"),
  ("hmm 还是 triangle 好", "edit", "white|triangle orange L c"))
d("mixed", ["code-switch", "colour-conflict", "ambiguous"],
  ("green background, 一个 white square 在右上角", "draw", "green|square white L tr"),
  ("square 改成 green", "ask", None),
  ("哦那 background 改 black", "edit", "black|square white L tr"))
d("mixed", ["code-switch", "question-chat"],
  ("small yellow circle, bottom-left, 黑色背景", "draw", "black|circle yellow S bl"),
  ("这个 circle 是 small 还是 large?", "chat", None))
d("mixed", ["code-switch", "two-edits"],
  ("左边 red square，右边 blue circle", "draw", "white|square red L l, circle blue L r"),
  ("square 改 purple，circle 移到 top", "edit", "white|square purple L l, circle blue L t"),
  ("perfect 谢谢", "chat", None))
d("mixed", ["code-switch", "limit", "ambiguous"],
  ("三个 circle: red top-left, green top-right, blue bottom", "draw", "white|circle red L tl, circle green L tr, circle blue L b"),
  ("再加一个 yellow 的 in the center", "ask", None),
  ("ok 那 remove 掉 blue 的，yellow 放 center", "edit", "white|circle red L tl, circle green L tr, circle yellow L c"))
d("mixed", ["code-switch", "typo", "colloquial-position"],
  ("draw一个 pruple star 在中问", "draw", "white|star purple L c"),
  ("往 up 一点", "edit", "white|star purple L t"))
d("mixed", ["code-switch", "replace", "undo"],
  ("white bg, 一个大的 black triangle 在 right", "draw", "white|triangle black L r"),
  ("换成一个 small red star", "edit", "white|star red S r"),
  ("不对，undo", "undo", None),
  ("triangle 改成 red 就好", "edit", "white|triangle red L r"))
d("mixed", ["code-switch", "background-anywhere"],
  ("orange 的 circle 放在 bottom right，背景用 blue", "draw", "blue|circle orange L br"),
  ("bg 换成 yellow", "edit", "yellow|circle orange L br"))
d("mixed", ["code-switch", "relative-position", "add", "colour-conflict"],
  ("a red square 在 center", "draw", "white|square red L c"),
  ("在它上面 add a small white star", "ask", None),
  ("oh 白色看不见? 那就 black star", "edit", "white|square red L c, star black S t"))
d("mixed", ["code-switch", "move", "reference"],
  ("green triangle 左下角", "draw", "white|triangle green L bl"),
  ("move to 右下", "edit", "white|triangle green L br"),
  ("还是 first position 好", "edit", "white|triangle green L bl"))
d("mixed", ["code-switch", "size-words", "pronoun"],
  ("tiny blue circle 在 top-right，还有一个 huge yellow square 在 bottom-left", "draw", "white|circle blue S tr, square yellow L bl"),
  ("把 tiny 的那个也变 huge", "edit", "white|circle blue L tr, square yellow L bl"))
d("mixed", ["code-switch", "ack-chat", "question-chat"],
  ("黑底 white star right side", "draw", "black|star white L r"),
  ("cool 这个是几个角?", "chat", None),
  ("ok 换成 orange", "edit", "black|star orange L r"))
d("mixed", ["code-switch", "remove", "undo"],
  ("left purple circle, right purple square, top purple triangle", "draw", "white|circle purple L l, square purple L r, triangle purple L t"),
  ("去掉 triangle", "edit", "white|circle purple L l, square purple L r"),
  ("再去掉 square", "edit", "white|circle purple L l"),
  ("undo 一下", "undo", None))
d("mixed", ["code-switch", "shape-change", "colour"],
  ("画个 square, red, 在中间", "draw", "white|square red L c"),
  ("变 star，颜色 yellow", "edit", "white|star yellow L c"))
d("mixed", ["code-switch", "complaint-edit"],
  ("small green star 在 left", "draw", "white|star green S l"),
  ("太小了 too small", "edit", "white|star green L l"),
  ("good", "chat", None))
d("mixed", ["code-switch", "self-correction"],
  ("一个 blue circle 在 top-left, 不不, top-right", "draw", "white|circle blue L tr"),
  ("再加个 red square at bottom-left", "edit", "white|circle blue L tr, square red L bl"))
d("mixed", ["code-switch", "background-anywhere", "two-edits"],
  ("yellow triangle bottom，red circle top，背景 purple", "draw", "purple|triangle yellow L b, circle red L t"),
  ("背景改 white 然后 circle 改 small", "edit", "white|triangle yellow L b, circle red S t"))
d("mixed", ["code-switch", "ambiguous", "swap"],
  ("左上 black square，右下 white circle，背景 orange", "draw", "orange|square black L tl, circle white L br"),
  ("把它们 switch 一下", "ask", None),
  ("switch positions", "edit", "orange|square black L br, circle white L tl"))
d("mixed", ["code-switch", "move", "colloquial-position"],
  ("center 一个大 orange star", "draw", "white|star orange L c"),
  ("往 left 挪", "edit", "white|star orange L l"),
  ("再 down 一点", "edit", "white|star orange L bl"))
d("mixed", ["code-switch", "add", "relative-position"],
  ("一个 green circle at the top", "draw", "white|circle green L t"),
  ("它下面 put a blue square", "edit", "white|circle green L t, square blue L c"),
  ("square 右边再一个 small red triangle", "edit", "white|circle green L t, square blue L c, triangle red S r"))
d("mixed", ["code-switch", "undo", "colour"],
  ("black bg 中间 red circle", "draw", "black|circle red L c"),
  ("color 换 blue", "edit", "black|circle blue L c"),
  ("撤销 pls", "undo", None))
d("mixed", ["code-switch", "question-chat", "size-words"],
  ("一个 small purple triangle 在 bottom-right", "draw", "white|triangle purple S br"),
  ("能不能 medium size?", "chat", None),
  ("那就 large 吧", "edit", "white|triangle purple L br"))
d("mixed", ["code-switch", "wrapper"],
  ("can you 帮我画 a white square on a green 背景, 放在 top-left", "draw", "green|square white L tl"),
  ("square 换成 circle thx", "edit", "green|circle white L tl"))
d("mixed", ["code-switch", "remove", "add"],
  ("top-left yellow star, bottom-right blue star", "draw", "white|star yellow L tl, star blue L br"),
  ("yellow 的删掉, 加一个 black circle in the middle", "edit", "white|star blue L br, circle black L c"))
d("mixed", ["code-switch", "reference", "colour"],
  ("一个 orange square 在 right", "draw", "white|square orange L r"),
  ("改 green", "edit", "white|square green L r"),
  ("改 purple", "edit", "white|square purple L r"),
  ("还是 first color 好看", "edit", "white|square orange L r"))

# Extra follow-up turns (reactions, questions, unclear asks, undos), appended by hand per dialogue.
EXTRA = {
 "en-003": [("wait, is white the default bg?", "chat", None)],
 "en-006": [("hmm go back one", "undo", None)],
 "en-007": [("is the circle touching the square or is there a gap", "chat", None)],
 "en-008": [("make it pop more", "ask", None)],
 "en-010": [("\U0001F44D", "chat", None)],
 "en-011": [("is the triangle realy blue? looks purple on my screen", "chat", None)],
 "en-013": [("undo that last one", "undo", None)],
 "en-015": [("Which one did you delete, just to confirm?", "chat", None)],
 "en-016": [("nah undo", "undo", None)],
 "en-017": [("cool thanks", "chat", None)],
 "en-018": [("can I ever have four shapes?", "chat", None)],
 "en-019": [("great", "chat", None)],
 "en-021": [("make it nicer somehow", "ask", None)],
 "en-022": [("undo", "undo", None)],
 "en-025": [("why couldn't it be red though?", "chat", None)],
 "en-029": [("where exactly is the circle now?", "chat", None), ("move it next to the other one", "ask", None)],
 "en-030": [("k", "chat", None)],
 "zh-003": [("默认背景是白色的吗？", "chat", None)],
 "zh-006": [("退回上一步", "undo", None)],
 "zh-008": [("让它好看点", "ask", None)],
 "zh-010": [("嗯嗯", "chat", None)],
 "zh-011": [("三角形是蓝色的吗，我这看着像紫色", "chat", None)],
 "zh-013": [("撤销", "undo", None)],
 "zh-015": [("刚才删的是哪个？", "chat", None)],
 "zh-016": [("不行，撤回", "undo", None)],
 "zh-017": [("好的，谢谢", "chat", None)],
 "zh-019": [("不错", "chat", None)],
 "zh-021": [("再改改", "ask", None)],
 "zh-022": [("撤销", "undo", None)],
 "zh-025": [("为什么不能用红色", "chat", None)],
 "zh-029": [("现在圆在哪儿？", "chat", None), ("把它也换个颜色", "ask", None)],
 "zh-030": [("行", "chat", None)],
 "mixed-001": [("nice 谢谢", "chat", None)],
 "mixed-002": [("可以再 add 点什么吗? 随便", "ask", None)],
 "mixed-003": [("undo", "undo", None)],
 "mixed-006": [("ok 就这个", "chat", None)],
 "mixed-008": [("make it bigger? 还是算了, keep it", "chat", None)],
 "mixed-011": [("撤销 undo", "undo", None)],
 "mixed-013": [("why 不能 two circles 在同一个格子?", "chat", None)],
 "mixed-015": [("thx", "chat", None)],
 "mixed-016": [("现在两个都 huge 了吗?", "chat", None)],
 "mixed-019": [("undo 一下", "undo", None)],
 "mixed-021": [("这个 square 是 large 吗", "chat", None)],
 "mixed-022": [("换个 colour", "ask", None)],
 "mixed-024": [("撤销", "undo", None)],
 "mixed-028": [("good good", "chat", None)],
 "mixed-029": [("撤回", "undo", None)],
}

def main():
    cnt = {}
    with open("shapes.jsonl", "w", encoding="utf-8") as f:
        for lang, classes, turns in D:
            cnt[lang] = cnt.get(lang, 0) + 1
            hist = []  # scenes after each turn
            out = []
            for msg, intent, s in list(turns) + EXTRA.get('%s-%03d' % (lang, cnt[lang]), []):
                if s is None:
                    if intent == "undo":
                        scene = hist[-2]
                    else:
                        scene = hist[-1]
                else:
                    scene = sc(s)
                hist.append(scene)
                out.append({"message": msg, "intent": intent, "expected": scene})
            f.write(json.dumps({"id": "fresh12-shapes-%s-%03d" % (lang, cnt[lang]), "lang": lang,
                                "classes": classes, "turns": out}, ensure_ascii=False) + "\n")
    print(cnt)
main()
