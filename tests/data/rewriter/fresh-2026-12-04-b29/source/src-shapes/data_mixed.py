# 中英混写 dialogues
D = [
(["code-switch", "colour-edit"], [
 ("帮我画一个 red star 在 top left，background 用 black", "draw", "= black; red star top-left"),
 ("star 换成 yellow", "edit", "0 yellow"),
]),
(["code-switch", "add", "ack-chat"], [
 ("white background，中间一个 big blue circle", "draw", "= white; blue circle center"),
 ("右下角 add 一个 small orange triangle", "edit", "+ orange triangle small bottom-right"),
 ("nice 👍", "chat", ""),
]),
(["ask", "ambiguous"], [
 ("两个 square，一个 purple 在 left，一个 purple 在 right，bg yellow", "draw", "= yellow; purple square left; purple square right"),
 ("把 square 改成 green", "ask", ""),
 ("left 那个", "edit", "0 green"),
]),
(["size-words", "undo"], [
 ("一个 tiny 的 green star，放 bottom，背景 purple", "draw", "= purple; green star small bottom"),
 ("make it 大一点", "edit", "0 large"),
 ("emm 还是 undo 吧", "undo", ""),
]),
(["english-scene-zh-edit"], [
 ("an orange square at the top right on a white background", "draw", "= white; orange square top-right"),
 ("把它移到左下角", "edit", "0 bottom-left"),
 ("再加一个黑色的小圆在 center", "edit", "+ black circle small center"),
]),
(["zh-scene-en-edit"], [
 ("蓝色背景，左边一个白色三角形", "draw", "= blue; white triangle left"),
 ("make the triangle red", "edit", "0 red"),
 ("and add a yellow star on the right", "edit", "+ yellow star right"),
]),
(["remove", "reference"], [
 ("black bg，上面 white circle，下面 red square", "draw", "= black; white circle top; red square bottom"),
 ("circle 不要了", "edit", "- 0"),
 ("square 放到 middle", "edit", "0 center"),
]),
(["max-objects", "ask"], [
 ("三个 small circles：left 红色，center 橙色，right 黄色，背景 blue", "draw", "= blue; red circle small left; orange circle small center; yellow circle small right"),
 ("再 add 一个 white one 在 top", "ask", ""),
 ("ok 那就把 center 的那个换成 white", "edit", "1 white"),
]),
(["shape-change", "it"], [
 ("画个 purple 的 triangle，白底", "draw", "= white; purple triangle center"),
 ("把 it 变成 square", "edit", "0 square"),
 ("good 就这样", "chat", ""),
]),
(["first-colour-better"], [
 ("green bg，右上一个 black star", "draw", "= green; black star top-right"),
 ("star 试试 white", "edit", "0 white"),
 ("再试 orange", "edit", "0 orange"),
 ("还是 first 那个 black 好", "edit", "0 black"),
]),
(["question-chat"], [
 ("a yellow circle 在中间, background 红色", "draw", "= red; yellow circle center"),
 ("这个 circle 是 large 还是 small 啊？", "chat", ""),
 ("改 small", "edit", "0 small"),
]),
(["move", "colloquial-position"], [
 ("白色 background, 左上 corner 放一个 blue square", "draw", "= white; blue square top-left"),
 ("往右 move 一格", "edit", "0 top"),
 ("再往下一格", "edit", "0 center"),
]),
(["two-edits", "background-anywhere"], [
 ("orange star, center, 背景黑色", "draw", "= black; orange star center"),
 ("bg 换 white，star 换 purple", "edit", "bg white; 0 purple"),
]),
(["ask", "missing-value"], [
 ("一个 green triangle 在 bottom right，黄色 background", "draw", "= yellow; green triangle bottom-right"),
 ("change 一下 size 和 position", "ask", ""),
 ("small，放到 top left", "edit", "0 small top-left"),
]),
(["typo", "code-switch"], [
 ("画一个 purpel 的 cirlce 在 rigth，背景 white", "draw", "= white; purple circle right"),
 ("颜色 chagne 成 blue", "edit", "0 blue"),
]),
(["undo", "after-add"], [
 ("背景 orange，center 一个 white square", "draw", "= orange; white square center"),
 ("top 加个 black circle", "edit", "+ black circle top"),
 ("hmm 不好看, go back", "undo", ""),
 ("那 square 改成 black", "edit", "0 black"),
]),
(["long-first", "three-objects"], [
 ("Hi～ 我想要一个 test image：black background，top left 一个 large white star，center 一个 small red circle，bottom right 一个 large yellow triangle，thanks！", "draw", "= black; white star top-left; red circle small center; yellow triangle bottom-right"),
 ("triangle 改成 green", "edit", "2 green"),
 ("star 缩小 please", "edit", "0 small"),
 ("perfect 完美", "chat", ""),
]),
(["ask", "impossible-colour"], [
 ("purple background，下面一个 yellow square", "draw", "= purple; yellow square bottom"),
 ("background 也改 yellow", "ask", ""),
 ("那就 background 改 green 好了", "edit", "bg green"),
]),
(["relative-position", "add"], [
 ("一个 red triangle 在 center，white bg", "draw", "= white; red triangle center"),
 ("在 triangle 左边放一个 blue star", "edit", "+ blue star left"),
 ("star 下面再来一个 small orange circle", "edit", "+ orange circle small bottom-left"),
]),
(["draw", "new-scene"], [
 ("yellow bg，left 一个 black circle", "draw", "= yellow; black circle left"),
 ("new one：蓝色背景，bottom 一个 white star", "draw", "= blue; white star bottom"),
 ("回到上一张", "undo", ""),
]),
(["shape-change", "both"], [
 ("top 一个 small red square, bottom 一个 small red square，背景白色", "draw", "= white; red square small top; red square small bottom"),
 ("两个都 change 成 circle", "edit", "0 circle; 1 circle"),
]),
(["complaint-edit"], [
 ("white bg 上一个 yellow star 在 center", "draw", "= white; yellow star center"),
 ("yellow 太淡了看不清，换个深色的，black 吧", "edit", "0 black"),
]),
(["ask", "unknown-shape"], [
 ("一个 orange circle，右下，背景 purple", "draw", "= purple; orange circle bottom-right"),
 ("变成 diamond 形状", "ask", ""),
 ("那 square 也行", "edit", "0 square"),
]),
(["reference", "colour-description"], [
 ("green background: left 白色 triangle, center 黑色 triangle, right 黄色 triangle", "draw", "= green; white triangle left; black triangle center; yellow triangle right"),
 ("黑色那个 delete", "edit", "- 1"),
 ("white 那个改 red", "edit", "0 red"),
]),
(["terse", "short"], [
 ("blue 圆", "draw", "= white; blue circle center"),
 ("小", "edit", "0 small"),
 ("bg 黑", "edit", "bg black"),
]),
(["question-chat", "undo"], [
 ("red bg，左下一个 white star，右上一个 black square", "draw", "= red; white star bottom-left; black square top-right"),
 ("square 变 small", "edit", "1 small"),
 ("为什么 star 有点 tilted？", "chat", ""),
 ("star 改 yellow", "edit", "0 yellow"),
 ("undo 一下", "undo", ""),
]),
(["self-correction", "move"], [
 ("一个 green square 在 top right，背景 white", "draw", "= white; green square top-right"),
 ("移到 left... 不对，移到 bottom", "edit", "0 bottom"),
]),
(["ask", "vague"], [
 ("center 放一个 purple star，orange 背景", "draw", "= orange; purple star center"),
 ("make it more 有 vibe 一点", "ask", ""),
 ("就 background 换 black 吧", "edit", "bg black"),
]),
(["remove", "ask", "empty-scene"], [
 ("一个 black triangle，白底", "draw", "= white; black triangle center"),
 ("remove 掉", "ask", ""),
 ("ok 那换成 blue", "edit", "0 blue"),
]),
(["swap", "move"], [
 ("top 一个 yellow circle，bottom 一个 purple star，white 背景", "draw", "= white; yellow circle top; purple star bottom"),
 ("两个 swap 一下位置", "edit", "0 bottom; 1 top"),
 ("ok 可以", "chat", ""),
]),
(["polite", "add"], [
 ("你好，请画一个 large green circle，放在 center，background 用 yellow，谢谢", "draw", "= yellow; green circle center"),
 ("可以在 right 加一个 small red square 吗？", "edit", "+ red square small right"),
]),
(["attr-after-noun"], [
 ("square，blue，small，top。背景：white", "draw", "= white; blue square small top"),
 ("再来 circle，orange，large，bottom", "edit", "+ orange circle bottom"),
 ("circle 改 star", "edit", "1 star"),
]),
(["it", "reference-last"], [
 ("先画 left 一个 white square，再画 right 一个 orange triangle，背景 black", "draw", "= black; white square left; orange triangle right"),
 ("把它 make smaller", "edit", "1 small"),
]),
(["ask", "occupied-cell"], [
 ("white bg，center 一个 red star，top 一个 blue circle", "draw", "= white; red star center; blue circle top"),
 ("把 circle 放到 center", "ask", ""),
 ("那 star 移到 bottom，circle 放 center", "edit", "0 bottom; 1 center"),
]),
(["english-scene-zh-edit", "background"], [
 ("a big purple triangle bottom left on a yellow background", "draw", "= yellow; purple triangle bottom-left"),
 ("背景改成白色", "edit", "bg white"),
 ("再往上移一格", "edit", "0 left"),
]),
(["zh-scene-en-edit", "shape-change"], [
 ("黑色背景，右侧一个橙色的大圆", "draw", "= black; orange circle right"),
 ("turn it into a star", "edit", "0 star"),
 ("undo pls", "undo", ""),
]),
(["ack-chat", "praise"], [
 ("white bg，中间 one black star，small", "draw", "= white; black star small center"),
 ("哈哈 cute", "chat", ""),
 ("再加 yellow circle 在 top right", "edit", "+ yellow circle top-right"),
]),
(["size-words", "two-edits"], [
 ("huge 的 red square 在 left，bg green", "draw", "= green; red square left"),
 ("变 tiny，然后 move 到 right", "edit", "0 small right"),
]),
(["question-chat", "chat"], [
 ("一个 white circle 在 bottom left，背景 blue", "draw", "= blue; white circle bottom-left"),
 ("可以画 gradient 背景吗？", "chat", ""),
 ("ok 那 purple 背景", "edit", "bg purple"),
]),
(["redraw", "draw"], [
 ("orange bg, 上方一个 blue triangle", "draw", "= orange; blue triangle top"),
 ("重画：black 背景，center 一个 white square，right 一个 red star", "draw", "= black; white square center; red star right"),
 ("square 改 yellow", "edit", "0 yellow"),
]),
(["ask", "ambiguous-move"], [
 ("yellow bg，top left 一个 black circle，bottom right 一个 black triangle", "draw", "= yellow; black circle top-left; black triangle bottom-right"),
 ("black 的那个 move 到 center", "ask", ""),
 ("triangle", "edit", "1 center"),
]),
(["remove", "undo"], [
 ("left 一个 orange star，right 一个 green circle，white bg", "draw", "= white; orange star left; green circle right"),
 ("delete star", "edit", "- 0"),
 ("诶不对 star 要留着，撤销", "undo", ""),
]),
(["phone-typo", "code-switch"], [
 ("yelow squre 中间 哦 背景 bleu", "draw", "= blue; yellow square center"),
 ("变 samll", "edit", "0 small"),
 ("ok 谢", "chat", ""),
]),
(["move", "center-synonym"], [
 ("一个 red circle 在 bottom right，背景 black", "draw", "= black; red circle bottom-right"),
 ("放回 middle", "edit", "0 center"),
 ("circle 换 white", "edit", "0 white"),
]),
(["three-objects", "reference"], [
 ("purple 背景：top left 小 white star，top right 小 yellow star，bottom 大 orange circle", "draw", "= purple; white star small top-left; yellow star small top-right; orange circle bottom"),
 ("yellow star 改 green", "edit", "1 green"),
 ("circle 缩小", "edit", "2 small"),
]),
(["undo", "first-edit"], [
 ("green square top，背景 white", "draw", "= white; green square top"),
 ("改 triangle", "edit", "0 triangle"),
 ("不要，back", "undo", ""),
 ("改 red 就好", "edit", "0 red"),
]),
(["chat", "thanks"], [
 ("请 draw 一个 blue star 在右边，白色 background", "draw", "= white; blue star right"),
 ("thx 辛苦啦", "chat", ""),
]),
(["ask", "which-one"], [
 ("black bg，left 一个 white square，right 一个 white star", "draw", "= black; white square left; white star right"),
 ("white 的改 orange", "ask", ""),
 ("all of them 都改", "edit", "0 orange; 1 orange"),
]),
(["wrapper", "size"], [
 ("could you 帮我画 a small purple circle 在 top right，背景 yellow", "draw", "= yellow; purple circle small top-right"),
 ("big 一点", "edit", "0 large"),
 ("再 add 一个 small red triangle 在 bottom left", "edit", "+ red triangle small bottom-left"),
]),
(["background-anywhere", "colour-edit"], [
 ("背景 green 的，bottom right 放一个 big white triangle", "draw", "= green; white triangle bottom-right"),
 ("triangle 颜色 too bright 了，改 purple", "edit", "0 purple"),
 ("background 再换 orange", "edit", "bg orange"),
]),
]

TAILS = [
 ("ok 就这个 final 了", "chat", ""),
 ("不对 revert 一下", "undo", ""),
 ("现在 canvas 上有几个 shape？", "chat", ""),
 ("nice 啊", "chat", ""),
 ("上一个 version 好，back", "undo", ""),
 ("这个 color combo 好看吗？你觉得", "chat", ""),
 ("ctrl z 一下", "undo", ""),
 ("love 这个!", "chat", ""),
 ("shape 是在 cell 正中间吗？", "chat", ""),
 ("改错了 undo 上一步", "undo", ""),
 ("fine 吧", "chat", ""),
 ("你的 palette 有几种颜色？", "chat", ""),
 ("last change 不要了", "undo", ""),
 ("thanks 今天先这样", "chat", ""),
 ("为什么 rotation 每次都不一样？", "chat", ""),
 ("回到 previous 那张", "undo", ""),
 ("收到 ok", "chat", ""),
 ("max 能放几个 objects？", "chat", ""),
 ("revert 回去吧", "undo", ""),
 ("好 cute", "chat", ""),
]
