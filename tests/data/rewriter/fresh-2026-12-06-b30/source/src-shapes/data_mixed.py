# Hand-written mixed / code-switched (中英混写) shapes dialogues. Same format as data_en.py.
D = [
("wrapper,code-switch,default-size,size-words", [
 ("帮我画一个 blue circle", "draw", "white: blue circle large center"),
 ("make it 小一点", "edit", "white: blue circle small center"),
 ("nice 谢谢", "chat", "="),
]),
("background-anywhere,attr-after-noun", [
 ("star 一个, yellow, 放在 top right, 背景 purple", "draw", "purple: yellow star large top-right"),
 ("background 换成 black 吧", "edit", "black: yellow star large top-right"),
 ("ok 可以了", "chat", "="),
]),
("complaint-edit,size-words,huge", [
 ("中间一个 huge red square", "draw", "white: red square large center"),
 ("太 big 了，压迫感好强", "edit", "white: red square small center"),
 ("嗯 better", "chat", "="),
]),
("two-edits,one-message", [
 ("左下 green triangle, 右上 white circle, 背景 blue", "draw", "blue: green triangle large bottom-left, white circle large top-right"),
 ("triangle 改成 orange，circle 改成 small", "edit", "blue: orange triangle large bottom-left, white circle small top-right"),
]),
("undo,remove", [
 ("black bg, 左边一个 red star, 中间一个 yellow square", "draw", "black: red star large left, yellow square large center"),
 ("把 star 删了", "edit", "black: yellow square large center"),
 ("emmm 还是 undo 吧", "undo", "black: red star large left, yellow square large center"),
]),
("reference,pronoun,it-last-mentioned,add", [
 ("画个 purple triangle 在 bottom", "draw", "white: purple triangle large bottom"),
 ("top 再加一个 small green circle", "edit", "white: purple triangle large bottom, green circle small top"),
 ("把它改成 star", "edit", "white: purple triangle large bottom, green star small top"),
]),
("reference,by-colour,move", [
 ("top-left 一个 orange circle，bottom-right 一个 blue square, white 背景", "draw", "white: orange circle large top-left, blue square large bottom-right"),
 ("那个 orange 的挪到 center", "edit", "white: orange circle large center, blue square large bottom-right"),
 ("方块也 small 一点", "edit", "white: orange circle large center, blue square small bottom-right"),
]),
("new-scene,draw-again,reference", [
 ("green star 在中间", "draw", "white: green star large center"),
 ("OK 换一张新的：red 背景，两个 white square，左上和右下", "draw", "red: white square large top-left, white square large bottom-right"),
 ("左上那个 change 成 circle", "edit", "red: white circle large top-left, white square large bottom-right"),
]),
("ambiguous,ask,same-shape", [
 ("两个 triangle：left 一个 yellow, right 一个 black", "draw", "white: yellow triangle large left, black triangle large right"),
 ("triangle 改成 red", "ask", "="),
 ("the black one", "edit", "white: yellow triangle large left, red triangle large right"),
]),
("ack-chat,move,colloquial-position", [
 ("一个 big white circle on a black background", "draw", "black: white circle large center"),
 ("哇 looks like the moon", "chat", "="),
 ("can you 把它放到 top right? 像月亮挂在天上那样", "edit", "black: white circle large top-right"),
]),
("typo,phone,undo,background", [
 ("yelow sqaure 在左上", "draw", "white: yellow square large top-left"),
 ("bg 换 bule", "edit", "blue: yellow square large top-left"),
 ("撤销", "undo", "white: yellow square large top-left"),
]),
("colloquial-position,move,one-cell", [
 ("一个 small purple star, 就放 middle", "draw", "white: purple star small center"),
 ("往 upper left 的角落挪一下", "edit", "white: purple star small top-left"),
 ("再往下一格", "edit", "white: purple star small left"),
]),
("size-words,tiny,terse", [
 ("tiny 的 green circle 在右下角 pls", "draw", "white: green circle small bottom-right"),
 ("放大 放大", "edit", "white: green circle large bottom-right"),
]),
("add,relative-position,third-object", [
 ("center 放个 blue star，背景 yellow", "draw", "yellow: blue star large center"),
 ("star 左边加一个 small red circle", "edit", "yellow: blue star large center, red circle small left"),
 ("右边也来一个一样的", "edit", "yellow: blue star large center, red circle small left, red circle small right"),
]),
("complaint-edit,background", [
 ("white star on a yellow 背景, 中间", "draw", "yellow: white star large center"),
 ("看不太清，contrast 太低了，背景换 purple", "edit", "purple: white star large center"),
 ("nice 清楚多了", "chat", "="),
]),
("self-correction,shape-change,reference-earlier", [
 ("画一个 orange square 在 top... 不对 是 bottom", "draw", "white: orange square large bottom"),
 ("square 换成 triangle", "edit", "white: orange triangle large bottom"),
 ("hmm 还是 square 好", "edit", "white: orange square large bottom"),
]),
("remove,three-objects,ack-chat", [
 ("三个 shapes: red circle 在 left, green square 在 center, blue star 在 right", "draw", "white: red circle large left, green square large center, blue star large right"),
 ("中间那个 get rid of", "edit", "white: red circle large left, blue star large right"),
 ("star 改成 small", "edit", "white: red circle large left, blue star small right"),
 ("perfect 👍", "chat", "="),
]),
("undo,after-two-edits", [
 ("black triangle 在 top-right, 背景 orange", "draw", "orange: black triangle large top-right"),
 ("make it 白色的", "edit", "orange: white triangle large top-right"),
 ("再 small 一点", "edit", "orange: white triangle small top-right"),
 ("undo 一下", "undo", "orange: white triangle large top-right"),
]),
("ambiguous,vague-edit", [
 ("green square center, white bg", "draw", "white: green square large center"),
 ("改一下 好吗", "ask", "="),
 ("就 color 吧, 改 red", "edit", "white: red square large center"),
]),
("question-chat,capabilities,shape-change", [
 ("画个 red triangle", "draw", "white: red triangle large center"),
 ("你能画 hexagon 吗？", "chat", "="),
 ("ok 那 triangle 改成 star", "edit", "white: red star large center"),
]),
("move,swap-positions", [
 ("左上 yellow circle, 右下 purple square", "draw", "white: yellow circle large top-left, purple square large bottom-right"),
 ("两个 swap 一下位置", "edit", "white: yellow circle large bottom-right, purple square large top-left"),
 ("嗯 this works", "chat", "="),
]),
("two-edits,background,add", [
 ("blue circle 在 left", "draw", "white: blue circle large left"),
 ("背景 green，然后 right 加一个 small yellow star", "edit", "green: blue circle large left, yellow star small right"),
 ("谢啦", "chat", "="),
]),
("reference,earlier-turn,colour-change", [
 ("中间一个 purple circle", "draw", "white: purple circle large center"),
 ("换 blue", "edit", "white: blue circle large center"),
 ("换 orange 试试", "edit", "white: orange circle large center"),
 ("还是 blue 那个好看", "edit", "white: blue circle large center"),
]),
("complaint-edit,remove,by-colour", [
 ("red star 左上, black circle 中间, white square 右下, 背景 green", "draw", "green: red star large top-left, black circle large center, white square large bottom-right"),
 ("too crowded 了，那个 black 的拿掉", "edit", "green: red star large top-left, white square large bottom-right"),
]),
("wrapper,polite,add", [
 ("Hi，可以帮我画一个 large yellow triangle 吗？在 bottom-left，背景 blue please", "draw", "blue: yellow triangle large bottom-left"),
 ("Thank you! 能再加一个 small white circle 在 top-right 吗", "edit", "blue: yellow triangle large bottom-left, white circle small top-right"),
 ("完美 thanks a lot", "chat", "="),
]),
("attr-after-noun,size-words,add", [
 ("circle, 红色, 大号, top", "draw", "white: red circle large top"),
 ("再加: square, 黑色, 小号, bottom", "edit", "white: red circle large top, black square small bottom"),
]),
("move,one-cell,background-anywhere", [
 ("orange star 在 center，purple 背景", "draw", "purple: orange star large center"),
 ("move right 一格", "edit", "purple: orange star large right"),
 ("再往上一点", "edit", "purple: orange star large top-right"),
]),
("shape-change,all,reference-by-position", [
 ("top 一个 green circle, bottom 一个 green circle", "draw", "white: green circle large top, green circle large bottom"),
 ("两个都变成 squares", "edit", "white: green square large top, green square large bottom"),
 ("上面那个 back to circle", "edit", "white: green circle large top, green square large bottom"),
]),
("ambiguous,same-shape,size-words", [
 ("left red square, right blue square, 背景 yellow", "draw", "yellow: red square large left, blue square large right"),
 ("把 square 改小", "ask", "="),
 ("两个都要", "edit", "yellow: red square small left, blue square small right"),
]),
("hurried,terse,abbreviation", [
 ("blk circle 右上 wht bg", "draw", "white: black circle large top-right"),
 ("小", "edit", "white: black circle small top-right"),
 ("左下", "edit", "white: black circle small bottom-left"),
]),
("child,out-of-vocabulary-colour,add", [
 ("我想要一个 pink 的 star... 没有 pink 吗？那 purple 的 star!", "draw", "white: purple star large center"),
 ("旁边再放一个 small yellow circle, 在 right", "edit", "white: purple star large center, yellow circle small right"),
 ("yayyy 好看", "chat", "="),
]),
("background-anywhere,leading,add", [
 ("背景 black。一个 white triangle 在 bottom-right，小的", "draw", "black: white triangle small bottom-right"),
 ("再加一个 big red circle 在 top-left", "edit", "black: white triangle small bottom-right, red circle large top-left"),
 ("circle 换成 orange", "edit", "black: white triangle small bottom-right, orange circle large top-left"),
]),
("undo,after-add,then-edit", [
 ("blue square 中间，background white", "draw", "white: blue square large center"),
 ("上面加一个 small green star", "edit", "white: blue square large center, green star small top"),
 ("不要这个 star 了, undo", "undo", "white: blue square large center"),
 ("square 改 purple", "edit", "white: purple square large center"),
]),
("relative-position,below,add", [
 ("top 中间一个 red triangle", "draw", "white: red triangle large top"),
 ("它下面放一个 small blue circle", "edit", "white: red triangle large top, blue circle small center"),
 ("circle 再下面放一个 small blue square", "edit", "white: red triangle large top, blue circle small center, blue square small bottom"),
]),
("non-native,code-switch", [
 ("please draw 一个 green 的 square, in the 左边", "draw", "white: green square large left"),
 ("color change to 黄色 please", "edit", "white: yellow square large left"),
 ("good 谢谢你", "chat", "="),
]),
("two-edits,move-and-resize", [
 ("big white star top-left, 背景 red", "draw", "red: white star large top-left"),
 ("star 变小然后挪到 bottom-right", "edit", "red: white star small bottom-right"),
 ("背景换成 blue", "edit", "blue: white star small bottom-right"),
]),
("question-chat,size,pronoun", [
 ("左下 orange circle, 右上 black square, 背景 white", "draw", "white: orange circle large bottom-left, black square large top-right"),
 ("square 现在是 large 还是 small?", "chat", "="),
 ("把它 shrink 一下", "edit", "white: orange circle large bottom-left, black square small top-right"),
]),
("replace,shape-and-colour", [
 ("left purple triangle, right green circle", "draw", "white: purple triangle large left, green circle large right"),
 ("circle 换成一个 red star", "edit", "white: purple triangle large left, red star large right"),
]),
("complaint-edit,move", [
 ("yellow star 在 center, blue background", "draw", "blue: yellow star large center"),
 ("太居中了 boring，放到 bottom-left 去", "edit", "blue: yellow star large bottom-left"),
]),
("new-scene,after-chat,ack-chat", [
 ("一个 black square, 左上", "draw", "white: black square large top-left"),
 ("ok 这个不错", "chat", "="),
 ("new picture: 绿色背景上一个 white circle 在 center", "draw", "green: white circle large center"),
]),
("ambiguous,which-corner", [
 ("purple circle on orange 背景", "draw", "orange: purple circle large center"),
 ("move to 角落", "ask", "="),
 ("右下 corner", "edit", "orange: purple circle large bottom-right"),
]),
("typo,add", [
 ("gren star top rihgt", "draw", "white: green star large top-right"),
 ("左下再加个 smal 红色 circle", "edit", "white: green star large top-right, red circle small bottom-left"),
]),
("reference,the-big-one,size-words,shape-change", [
 ("左边 big orange square，右边 small orange square", "draw", "white: orange square large left, orange square small right"),
 ("小的那个 make it blue", "edit", "white: orange square large left, blue square small right"),
 ("big one 改成 circle", "edit", "white: orange circle large left, blue square small right"),
]),
("art-director,opinionated,complaint-edit", [
 ("black bg，中间一个 big yellow circle，要很 bold", "draw", "black: yellow circle large center"),
 ("too 平了，加一个 small red triangle 在 top-left 做 accent", "edit", "black: yellow circle large center, red triangle small top-left"),
 ("circle 太抢了，缩小", "edit", "black: yellow circle small center, red triangle small top-left"),
 ("OK lock it 定稿", "chat", "="),
]),
("move,colloquial-position", [
 ("small blue triangle 在 dead center", "draw", "white: blue triangle small center"),
 ("推到最上面 top edge", "edit", "white: blue triangle small top"),
 ("再靠 left 一点，贴角", "edit", "white: blue triangle small top-left"),
]),
("undo,background,shape-change", [
 ("red circle center 背景 yellow", "draw", "yellow: red circle large center"),
 ("背景换 black", "edit", "black: red circle large center"),
 ("回到上一步 pls", "undo", "yellow: red circle large center"),
 ("那 circle 改成 star 吧", "edit", "yellow: red star large center"),
]),
("add,remove,two-edits", [
 ("top-left white square, bottom-right white triangle, 背景 purple", "draw", "purple: white square large top-left, white triangle large bottom-right"),
 ("把 square 去掉，center 加一个 orange star", "edit", "purple: white triangle large bottom-right, orange star large center"),
]),
("synonyms,shape-words", [
 ("一个红色的方块 and 一个 blue 三角, 方块 left, 三角 right", "draw", "white: red square large left, blue triangle large right"),
 ("三角 变 circle", "edit", "white: red square large left, blue circle large right"),
]),
("ack-chat,background,colour-change", [
 ("中央一个 large green star", "draw", "white: green star large center"),
 ("背景 change to 紫色", "edit", "purple: green star large center"),
 ("嗯 looks ok", "chat", "="),
 ("star 改成 white 吧", "edit", "purple: white star large center"),
]),
("size-words,huge-tiny,background-anywhere", [
 ("一个 HUGE black circle on the left, 右边一个 tiny white star, 背景 orange", "draw", "orange: black circle large left, white star small right"),
 ("star 再大点", "edit", "orange: black circle large left, white star large right"),
 ("circle 弄 tiny", "edit", "orange: black circle small left, white star large right"),
]),
]

# Extra closing turns (chat / ask / undo), appended to the dialogue with that 1-based number.
# "U" = undo: the scene before the previous turn.
EXTRA = {
 4: [("nice 配色不错", "chat", "=")],
 6: [("不对 我说的是 triangle，undo", "undo", "U")],
 7: [("ok 👌", "chat", "=")],
 8: [("另一个也 change 一下", "ask", "=")],
 9: [("对 that's it", "chat", "=")],
 12: [("不对 太低了, undo", "undo", "U")],
 13: [("ok good 这样刚好", "chat", "=")],
 14: [("haha 像一张 face", "chat", "=")],
 16: [("嗯 square 确实 better", "chat", "=")],
 19: [("ok 就这样", "chat", "=")],
 24: [("emm 还是放回来吧 undo", "undo", "U")],
 26: [("谢谢 nice", "chat", "=")],
 27: [("undo，刚才 right 那个位置更好", "undo", "U")],
 28: [("那另一个呢？", "ask", "=")],
 29: [("两个都 small 了吗? 看起来差不多", "chat", "=")],
 30: [("👍👍", "chat", "=")],
 32: [("orange 比 red 好多了 honestly", "chat", "=")],
 34: [("太挤了 undo 一下", "undo", "U")],
 36: [("blue 背景 nice", "chat", "=")],
 37: [("good 就要这样", "chat", "=")],
 38: [("emm red star 不好看，undo", "undo", "U")],
 39: [("ok 这样有 tension 了", "chat", "=")],
 41: [("perfect 谢了", "chat", "=")],
 42: [("lol typo 但你懂我意思", "chat", "=")],
 43: [("不对 undo, 还是 square", "undo", "U")],
 45: [("好 done", "chat", "=")],
 47: [("酷 cool", "chat", "=")],
 48: [("还是三角吧, 撤销", "undo", "U")],
 50: [("对比感有了 nice", "chat", "=")],
}
for _k, _v in EXTRA.items():
    _c, _t = D[_k - 1]
    _t.extend(_v)
    for _m, _it, _s in _v:
        _tag = {"undo": "undo", "ask": "ambiguous"}.get(_it) or ("question-chat" if "?" in _m or "？" in _m or "吗" in _m else "ack-chat")
        if _tag not in [x.strip() for x in _c.split(",")]:
            _c += "," + _tag
    D[_k - 1] = (_c, _t)
