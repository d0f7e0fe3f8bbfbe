# Hand-written shapes dialogues in a compact notation; this script only expands it to JSONL.
# Scene: "bg: shape colour size pos | ..."; "=" means unchanged scene (chat/ask).
import json
D = {"en": [], "zh": [], "mixed": []}
def d(lang, classes, *turns): D[lang].append((classes, turns))

# ---------------- English ----------------
d("en", ["wrapper", "move"],
  ("can you draw a big red circle in the middle on a yellow background", "draw", "yellow: circle red large center"),
  ("move it to the top left", "edit", "yellow: circle red large top-left"))
d("en", ["add", "relative-position", "bg-abbrev"],
  ("blue square, top right, white bg", "draw", "white: square blue large top-right"),
  ("add a small green star right below it", "edit", "white: square blue large top-right | star green small right"))
d("en", ["complaint-edit", "size-words", "ack-chat"],
  ("I'd like a purple triangle at the bottom please, background black", "draw", "black: triangle purple large bottom"),
  ("hmm it's kind of huge, can it be tiny?", "edit", "black: triangle purple small bottom"),
  ("perfect thanks", "chat", "="))
d("en", ["undo", "colour"],
  ("orange star in the centre on a blue background", "draw", "blue: star orange large center"),
  ("make the star green", "edit", "blue: star green large center"),
  ("no, go back", "undo", "blue: star orange large center"))
d("en", ["two-edits", "background-anywhere", "default-background"],
  ("a small yellow circle top-left and a large black square bottom-right", "draw", "white: circle yellow small top-left | square black large bottom-right"),
  ("change the bg to purple and make the circle big", "edit", "purple: circle yellow large top-left | square black large bottom-right"))
d("en", ["typo", "remove"],
  ("red trinagle on the lft and a blue cirlce on the rigth, gren background", "draw", "green: triangle red large left | circle blue large right"),
  ("delete the cirlce", "edit", "green: triangle red large left"))
d("en", ["question-chat", "add"],
  ("draw a white star at the top on a black background", "draw", "black: star white large top"),
  ("how many points does the star have?", "chat", "="),
  ("ok add a small red square at the bottom-left", "edit", "black: star white large top | square red small bottom-left"))
d("en", ["ambiguous", "clarify"],
  ("two circles: a red one on the left and a blue one on the right, white background", "draw", "white: circle red large left | circle blue large right"),
  ("make the circle yellow", "ask", "="),
  ("the left one", "edit", "white: circle yellow large left | circle blue large right"))
d("en", ["shape-change", "reference"],
  ("large green square in the lower right corner, orange background", "draw", "orange: square green large bottom-right"),
  ("actually turn it into a triangle", "edit", "orange: triangle green large bottom-right"))
d("en", ["self-correction", "add"],
  ("a blue star at the top right, no wait, top left, on a white background", "draw", "white: star blue large top-left"),
  ("add a purple circle in the middle", "edit", "white: star blue large top-left | circle purple large center"))
d("en", ["undo", "colour", "terse"],
  ("yellow square, center, on black", "draw", "black: square yellow large center"),
  ("make it red", "edit", "black: square red large center"),
  ("now blue", "edit", "black: square blue large center"),
  ("undo", "undo", "black: square red large center"))
d("en", ["reference-earlier", "colour"],
  ("green circle top, purple background", "draw", "purple: circle green large top"),
  ("try orange", "edit", "purple: circle orange large top"),
  ("meh, the first colour was better", "edit", "purple: circle green large top"))
d("en", ["child", "typo", "add", "ack-chat"],
  ("i want a reely big yelow star at the top and the background blue like the sky", "draw", "blue: star yellow large top"),
  ("and a small red square at the bottom for the house", "edit", "blue: star yellow large top | square red small bottom"),
  ("yay!!", "chat", "="))
d("en", ["ask", "vague"],
  ("black circle on a white background", "draw", "white: circle black large center"),
  ("make it nicer", "ask", "="),
  ("ok, make it purple", "edit", "white: circle purple large center"))
d("en", ["move", "colloquial-position", "size-words"],
  ("orange triangle smack in the middle, green bg", "draw", "green: triangle orange large center"),
  ("scoot it down to the bottom-right corner", "edit", "green: triangle orange large bottom-right"),
  ("and shrink it a bit", "edit", "green: triangle orange small bottom-right"))
d("en", ["three-objects", "remove", "move", "reference"],
  ("red circle top-left, yellow star top-right, blue square bottom, all small, on a black background", "draw", "black: circle red small top-left | star yellow small top-right | square blue small bottom"),
  ("lose the star", "edit", "black: circle red small top-left | square blue small bottom"),
  ("put the square where the star was", "edit", "black: circle red small top-left | square blue small top-right"))
d("en", ["attr-after-noun", "size-words"],
  ("a circle, green, large, on the left; and a star, red, small, on the right. Background white.", "draw", "white: circle green large left | star red small right"),
  ("the star should be bigger", "edit", "white: circle green large left | star red large right"))
d("en", ["non-native", "size-words", "wrapper"],
  ("Please draw for me one triangle of blue colour at the up right, the background is yellow", "draw", "yellow: triangle blue large top-right"),
  ("Can you make him more small?", "edit", "yellow: triangle blue small top-right"))
d("en", ["background-conflict", "ask", "two-edits"],
  ("white square in the center on a red background", "draw", "red: square white large center"),
  ("now make the background white too", "ask", "="),
  ("oh right. then make the square black and the background white", "edit", "white: square black large center"))
d("en", ["new-scene"],
  ("purple star bottom-left, small, on orange", "draw", "orange: star purple small bottom-left"),
  ("ok scrap that. new one: a big blue circle in the middle on white", "draw", "white: circle blue large center"))
d("en", ["ack-chat", "add", "relative-position"],
  ("draw a yellow triangle on the right, purple background", "draw", "purple: triangle yellow large right"),
  ("nice, love it", "chat", "="),
  ("put a white circle on the opposite side", "edit", "purple: triangle yellow large right | circle white large left"))
d("en", ["undo", "remove"],
  ("green star at the center and a red circle at the top, blue background", "draw", "blue: star green large center | circle red large top"),
  ("remove the circle", "edit", "blue: star green large center"),
  ("wait bring it back", "undo", "blue: star green large center | circle red large top"))
d("en", ["relative-position", "move"],
  ("a black square on the left and an orange circle on the right, on a yellow background", "draw", "yellow: square black large left | circle orange large right"),
  ("move the circle up one", "edit", "yellow: square black large left | circle orange large top-right"),
  ("and the square down one", "edit", "yellow: square black large bottom-left | circle orange large top-right"))
d("en", ["swap", "move"],
  ("red star top-left, blue triangle bottom-right, white background", "draw", "white: star red large top-left | triangle blue large bottom-right"),
  ("swap them", "edit", "white: star red large bottom-right | triangle blue large top-left"))
d("en", ["question-chat", "terse", "size-words"],
  ("small purple circle, top, green bg", "draw", "green: circle purple small top"),
  ("is that the small size or the big one?", "chat", "="),
  ("make it large", "edit", "green: circle purple large top"))
d("en", ["colour-all", "undo", "three-objects"],
  ("three stars in a row across the middle: red on the left, white in the center, blue on the right, on black", "draw", "black: star red large left | star white large center | star blue large right"),
  ("make them all yellow", "edit", "black: star yellow large left | star yellow large center | star yellow large right"),
  ("undo that", "undo", "black: star red large left | star white large center | star blue large right"))
d("en", ["it-last-mentioned", "default-background"],
  ("a yellow circle top-left", "draw", "white: circle yellow large top-left"),
  ("add a green square bottom-right", "edit", "white: circle yellow large top-left | square green large bottom-right"),
  ("make it blue", "edit", "white: circle yellow large top-left | square blue large bottom-right"))
d("en", ["polite", "shape-change", "size-words", "ack-chat", "wrapper"],
  ("Hi! I'm new here. Could I get an orange square in the middle of a purple background?", "draw", "purple: square orange large center"),
  ("Great. Could it be a star instead, and smaller?", "edit", "purple: star orange small center"),
  ("thank you so much!", "chat", "="))
d("en", ["out-of-vocabulary", "ask", "relative-position"],
  ("blue circle center, white background", "draw", "white: circle blue large center"),
  ("add a hexagon next to it", "ask", "="),
  ("ok a triangle then, red, to its right", "edit", "white: circle blue large center | triangle red large right"))
d("en", ["too-many-objects", "ask", "replace"],
  ("red circle top-left, blue circle top-right, green circle bottom", "draw", "white: circle red large top-left | circle blue large top-right | circle green large bottom"),
  ("add a yellow star in the middle", "ask", "="),
  ("fine, drop the green one and put a yellow star in the middle", "edit", "white: circle red large top-left | circle blue large top-right | star yellow large center"))

# ---------------- Chinese ----------------
d("zh", ["wrapper", "move"],
  ("请帮我画一个红色的大圆，在中间，背景是黄色", "draw", "yellow: circle red large center"),
  ("把它挪到右下角", "edit", "yellow: circle red large bottom-right"))
d("zh", ["add", "same-as"],
  ("蓝色背景，左上角一个小的白色星星", "draw", "blue: star white small top-left"),
  ("右上角再加一个一样的", "edit", "blue: star white small top-left | star white small top-right"))
d("zh", ["complaint-edit", "size-words", "ack-chat"],
  ("画个绿色三角形，黑色背景", "draw", "black: triangle green large center"),
  ("太大了，小一点", "edit", "black: triangle green small center"),
  ("嗯可以", "chat", "="))
d("zh", ["undo", "colour"],
  ("紫色正方形放在左边，背景白色", "draw", "white: square purple large left"),
  ("改成橙色", "edit", "white: square orange large left"),
  ("撤销", "undo", "white: square purple large left"))
d("zh", ["two-edits", "background-anywhere"],
  ("中间一个大的蓝色圆形，下方一个小的红色正方形，背景是白色", "draw", "white: circle blue large center | square red small bottom"),
  ("背景换成黑色，圆形变成黄色", "edit", "black: circle yellow large center | square red small bottom"))
d("zh", ["remove", "reference"],
  ("左上方一个红色星形，右下方一个绿色圆，背景橙色", "draw", "orange: star red large top-left | circle green large bottom-right"),
  ("那个圆不要了", "edit", "orange: star red large top-left"))
d("zh", ["question-chat", "add"],
  ("画一个黄色的大星星在上面，背景紫色", "draw", "purple: star yellow large top"),
  ("这个星星是五个角的吗？", "chat", "="),
  ("好，在下面加一个小的白色方块", "edit", "purple: star yellow large top | square white small bottom"))
d("zh", ["ambiguous", "clarify", "shape-change"],
  ("左边一个红色三角形，右边一个蓝色三角形，白色背景", "draw", "white: triangle red large left | triangle blue large right"),
  ("把三角形改成圆的", "ask", "="),
  ("两个都改", "edit", "white: circle red large left | circle blue large right"))
d("zh", ["shape-change", "it-implicit"],
  ("橙色背景上右侧放一个大的黑色正方形", "draw", "orange: square black large right"),
  ("换成星形吧", "edit", "orange: star black large right"))
d("zh", ["self-correction", "add"],
  ("绿色圆形在左下角，哦不对，是右下角，背景蓝色", "draw", "blue: circle green large bottom-right"),
  ("再加一个紫色的小三角在左上", "edit", "blue: circle green large bottom-right | triangle purple small top-left"))
d("zh", ["reference-earlier", "colour"],
  ("中间放个白色方块，背景红色", "draw", "red: square white large center"),
  ("改成蓝色", "edit", "red: square blue large center"),
  ("还是刚才白色的好看", "edit", "red: square white large center"))
d("zh", ["child", "add", "relative-position"],
  ("我要一个好大好大的黄色星星！在中间！背景要黑黑的", "draw", "black: star yellow large center"),
  ("再来一个小小的红色圆圆在它上面", "edit", "black: star yellow large center | circle red small top"))
d("zh", ["ask", "vague", "move"],
  ("画个蓝色三角形，背景白的", "draw", "white: triangle blue large center"),
  ("感觉不太对，调一下", "ask", "="),
  ("往左边移", "edit", "white: triangle blue large left"))
d("zh", ["colloquial-position", "move", "relative-move"],
  ("紫色背景，正中间一个橙色圆", "draw", "purple: circle orange large center"),
  ("往上挪一格", "edit", "purple: circle orange large top"),
  ("再往右挪一格", "edit", "purple: circle orange large top-right"))
d("zh", ["three-objects", "remove", "size-words"],
  ("黑色背景，左上一个小红圆，中间一个小黄方块，右下一个小蓝三角", "draw", "black: circle red small top-left | square yellow small center | triangle blue small bottom-right"),
  ("中间那个删掉", "edit", "black: circle red small top-left | triangle blue small bottom-right"),
  ("把三角形放大", "edit", "black: circle red small top-left | triangle blue large bottom-right"))
d("zh", ["attr-after-noun", "size-words"],
  ("一个星形，绿色的，小号，放在下方；背景用黄色", "draw", "yellow: star green small bottom"),
  ("星星换成大号的", "edit", "yellow: star green large bottom"))
d("zh", ["background-conflict", "ask", "two-edits"],
  ("白色背景，右上角一个黑色圆", "draw", "white: circle black large top-right"),
  ("背景改成黑色", "ask", "="),
  ("那圆形改白色，背景黑色", "edit", "black: circle white large top-right"))
d("zh", ["new-scene"],
  ("左侧红色正方形，右侧绿色正方形，背景白色", "draw", "white: square red large left | square green large right"),
  ("重新画一张：蓝色背景，中间一个黄色的小星星", "draw", "blue: star yellow small center"))
d("zh", ["ack-chat", "add", "same-colour"],
  ("画一个紫色的三角形在下面，背景是橙色的", "draw", "orange: triangle purple large bottom"),
  ("好看！", "chat", "="),
  ("在上面加个同样颜色的圆", "edit", "orange: triangle purple large bottom | circle purple large top"))
d("zh", ["undo", "remove", "abbrev"],
  ("中间大红星，左边小蓝圆，白底", "draw", "white: star red large center | circle blue small left"),
  ("去掉星星", "edit", "white: circle blue small left"),
  ("算了，恢复吧", "undo", "white: star red large center | circle blue small left"))
d("zh", ["swap", "move"],
  ("左上黄色圆，右下紫色正方形，背景绿色", "draw", "green: circle yellow large top-left | square purple large bottom-right"),
  ("两个位置互换一下", "edit", "green: circle yellow large bottom-right | square purple large top-left"))
d("zh", ["it-last-mentioned", "size-words"],
  ("画一个白色大三角在左边，背景蓝色", "draw", "blue: triangle white large left"),
  ("右边再放一个红色方块", "edit", "blue: triangle white large left | square red large right"),
  ("它小一点", "edit", "blue: triangle white large left | square red small right"))
d("zh", ["colour-all", "size-words", "undo", "three-objects"],
  ("最上面一排放三个圆，从左到右红、绿、蓝，背景白色", "draw", "white: circle red large top-left | circle green large top | circle blue large top-right"),
  ("全部变小", "edit", "white: circle red small top-left | circle green small top | circle blue small top-right"),
  ("撤回", "undo", "white: circle red large top-left | circle green large top | circle blue large top-right"))
d("zh", ["out-of-vocabulary", "ask", "add"],
  ("黄色背景，中间一个黑色正方形", "draw", "yellow: square black large center"),
  ("加一个爱心", "ask", "="),
  ("那就加个红色的星星吧，放左下", "edit", "yellow: square black large center | star red large bottom-left"))
d("zh", ["polite", "shape-change"],
  ("您好，麻烦画一个橙色的圆，放在右边，背景紫色，谢谢", "draw", "purple: circle orange large right"),
  ("可以把圆换成正方形吗？颜色不变", "edit", "purple: square orange large right"))
d("zh", ["typo", "homophone", "add"],
  ("蓝色背景，做上角一个红色三角型", "draw", "blue: triangle red large top-left"),
  ("在又下角加个黄色星星", "edit", "blue: triangle red large top-left | star yellow large bottom-right"))
d("zh", ["terse", "size-words", "move"],
  ("绿底 白圆 中间", "draw", "green: circle white large center"),
  ("小", "edit", "green: circle white small center"),
  ("放左边", "edit", "green: circle white small left"))
d("zh", ["question-chat", "ack-chat"],
  ("画个红色正方形，背景黑色，放右上", "draw", "black: square red large top-right"),
  ("为什么正方形有点歪？", "chat", "="),
  ("没事，挺好的", "chat", "="))
d("zh", ["too-many-objects", "ask", "colour"],
  ("三个星星：左上红色、右上蓝色、下方绿色，背景白色", "draw", "white: star red large top-left | star blue large top-right | star green large bottom"),
  ("再加一个紫色的", "ask", "="),
  ("那把绿色的换成紫色", "edit", "white: star red large top-left | star blue large top-right | star purple large bottom"))
d("zh", ["relative-position", "move"],
  ("左边一个黄色的小三角形，右边一个黑色的大圆，背景橙色", "draw", "orange: triangle yellow small left | circle black large right"),
  ("把圆挪到三角形下面", "edit", "orange: triangle yellow small left | circle black large bottom-left"))

# ---------------- Mixed ----------------
d("mixed", ["code-switch", "move"],
  ("画一个 red circle 在 center，background 要 yellow", "draw", "yellow: circle red large center"),
  ("move 到 top-right", "edit", "yellow: circle red large top-right"))
d("mixed", ["code-switch", "add", "size-words"],
  ("blue square 放左下角, 背景 white", "draw", "white: square blue large bottom-left"),
  ("加一个 small 的 orange star 在右上", "edit", "white: square blue large bottom-left | star orange small top-right"))
d("mixed", ["complaint-edit", "size-words", "ack-chat"],
  ("一个 purple triangle, black bg", "draw", "black: triangle purple large center"),
  ("有点太 big 了, make it small", "edit", "black: triangle purple small center"),
  ("ok 完美", "chat", "="))
d("mixed", ["undo", "colour"],
  ("green star 在中间，bg 橙色", "draw", "orange: star green large center"),
  ("改成 blue", "edit", "orange: star blue large center"),
  ("undo 一下", "undo", "orange: star green large center"))
d("mixed", ["two-edits", "background-anywhere"],
  ("left 一个 white circle, right 一个 black square, 背景 red", "draw", "red: circle white large left | square black large right"),
  ("circle 变小, background 换 blue", "edit", "blue: circle white small left | square black large right"))
d("mixed", ["remove"],
  ("top-left 红色 star, bottom-right 黄色 circle, purple 背景", "draw", "purple: star red large top-left | circle yellow large bottom-right"),
  ("把 star 删了", "edit", "purple: circle yellow large bottom-right"))
d("mixed", ["question-chat", "add"],
  ("draw 一个黄色的 triangle 在 top, 背景 green", "draw", "green: triangle yellow large top"),
  ("这个 triangle 是 large 的吗?", "chat", "="),
  ("yes ok, 再加个 red circle 在 bottom", "edit", "green: triangle yellow large top | circle red large bottom"))
d("mixed", ["ambiguous", "clarify", "move"],
  ("两个 squares: 左边 orange, 右边 purple, white background", "draw", "white: square orange large left | square purple large right"),
  ("把 square 移到中间", "ask", "="),
  ("右边那个", "edit", "white: square orange large left | square purple large center"))
d("mixed", ["shape-change"],
  ("一个大大的 blue star 在 right, 背景 yellow", "draw", "yellow: star blue large right"),
  ("star 换成 circle", "edit", "yellow: circle blue large right"))
d("mixed", ["self-correction", "add"],
  ("black circle 在 top-left, 啊不, top-right, 背景 white", "draw", "white: circle black large top-right"),
  ("再来一个 green triangle 在 bottom-left", "edit", "white: circle black large top-right | triangle green large bottom-left"))
d("mixed", ["reference-earlier", "colour"],
  ("中间一个 red square, bg black", "draw", "black: square red large center"),
  ("try yellow", "edit", "black: square yellow large center"),
  ("还是 red 好, change back", "edit", "black: square red large center"))
d("mixed", ["it-last-mentioned", "size-words"],
  ("左上 white star, 右下 purple circle, 背景 orange", "draw", "orange: star white large top-left | circle purple large bottom-right"),
  ("make it small", "edit", "orange: star white large top-left | circle purple small bottom-right"))
d("mixed", ["ask", "vague", "add"],
  ("blue 背景, 中间 yellow circle", "draw", "blue: circle yellow large center"),
  ("感觉有点 boring, 改改", "ask", "="),
  ("加一个 small red star 在 top-left 吧", "edit", "blue: circle yellow large center | star red small top-left"))
d("mixed", ["colloquial-position", "move", "relative-move"],
  ("一个 green square 在正中间, bg purple", "draw", "purple: square green large center"),
  ("往下 move 一格", "edit", "purple: square green large bottom"),
  ("再往左一格", "edit", "purple: square green large bottom-left"))
d("mixed", ["three-objects", "remove", "size-words"],
  ("三个 small shapes on black: 左边 red circle, 中间 white triangle, 右边 yellow square", "draw", "black: circle red small left | triangle white small center | square yellow small right"),
  ("中间那个 remove 掉", "edit", "black: circle red small left | square yellow small right"),
  ("square 变 large", "edit", "black: circle red small left | square yellow large right"))
d("mixed", ["background-conflict", "ask", "two-edits"],
  ("yellow star 在 left, 背景 blue", "draw", "blue: star yellow large left"),
  ("bg 换成 yellow", "ask", "="),
  ("那就 star 改 black, 背景 yellow", "edit", "yellow: star black large left"))
d("mixed", ["new-scene"],
  ("red triangle 在下面, bg white", "draw", "white: triangle red large bottom"),
  ("new picture: 橙色 circle 在 top-left, purple 背景", "draw", "purple: circle orange large top-left"))
d("mixed", ["ack-chat", "add", "same-as"],
  ("画个 white square 在 right, green bg", "draw", "green: square white large right"),
  ("nice 👍", "chat", "="),
  ("左边也放一个 same 的", "edit", "green: square white large right | square white large left"))
d("mixed", ["undo", "remove"],
  ("中间 blue circle, 上方 small red star, 背景 yellow", "draw", "yellow: circle blue large center | star red small top"),
  ("remove circle", "edit", "yellow: star red small top"),
  ("不对 undo", "undo", "yellow: circle blue large center | star red small top"))
d("mixed", ["swap", "move"],
  ("top 一个 black triangle, bottom 一个 orange square, 背景 white", "draw", "white: triangle black large top | square orange large bottom"),
  ("上下 swap 一下", "edit", "white: triangle black large bottom | square orange large top"))
d("mixed", ["colour-all", "undo"],
  ("左下 red star, 右下 red circle, bg black", "draw", "black: star red large bottom-left | circle red large bottom-right"),
  ("全部 change 成 green", "edit", "black: star green large bottom-left | circle green large bottom-right"),
  ("back 一步", "undo", "black: star red large bottom-left | circle red large bottom-right"))
d("mixed", ["out-of-vocabulary", "ask", "add"],
  ("purple circle center, 白色 bg", "draw", "white: circle purple large center"),
  ("加个 arrow 指向它", "ask", "="),
  ("ok 那加个 small yellow triangle 在 left", "edit", "white: circle purple large center | triangle yellow small left"))
d("mixed", ["polite", "size-words", "wrapper"],
  ("Hi, 可以帮我画一个 small orange star 吗? 放 bottom-right, background purple please", "draw", "purple: star orange small bottom-right"),
  ("thanks! 能不能 bigger 一点?", "edit", "purple: star orange large bottom-right"))
d("mixed", ["typo", "add"],
  ("yelow circl 在左边, 背景 bleu", "draw", "blue: circle yellow large left"),
  ("加 gren square 右边", "edit", "blue: circle yellow large left | square green large right"))
d("mixed", ["terse", "size-words", "move"],
  ("red sq, 右上, bg 黄", "draw", "yellow: square red large top-right"),
  ("小", "edit", "yellow: square red small top-right"),
  ("→ 中间", "edit", "yellow: square red small center"))
d("mixed", ["question-chat", "background"],
  ("bottom-left 一个 white circle, background black", "draw", "black: circle white large bottom-left"),
  ("可以用 gradient 背景吗?", "chat", "="),
  ("ok 那 background 换 blue", "edit", "blue: circle white large bottom-left"))
d("mixed", ["too-many-objects", "ask", "replace"],
  ("top-left red, top-right blue, bottom green, 都是 small circles, bg white", "draw", "white: circle red small top-left | circle blue small top-right | circle green small bottom"),
  ("再 add 一个 purple star", "ask", "="),
  ("ok 把 blue circle 删掉, 在 center 加一个 small purple star", "edit", "white: circle red small top-left | circle green small bottom | star purple small center"))
d("mixed", ["shape-change", "size-words"],
  ("一个 big 的 green triangle, 中间, bg orange", "draw", "orange: triangle green large center"),
  ("变成 small square", "edit", "orange: square green small center"))
d("mixed", ["relative-position", "add"],
  ("left 一个 black star, 背景 white", "draw", "white: star black large left"),
  ("加一个 red circle 在它的右边", "edit", "white: star black large left | circle red large center"))
d("mixed", ["two-edits", "undo", "shape-change", "move"],
  ("purple 背景, top 一个 yellow square", "draw", "purple: square yellow large top"),
  ("square 变 star 并且 move 到 bottom", "edit", "purple: star yellow large bottom"),
  ("撤销 please", "undo", "purple: square yellow large top"))


# Follow-up turns added by hand to existing dialogues (appended in order).
X = {
 ("en", 1): [("is it exactly in the corner?", "chat", "="), ("undo", "undo", "yellow: circle red large center")],
 ("en", 2): [("looks good", "chat", "=")],
 ("en", 4): [("thx", "chat", "=")],
 ("en", 5): [("which one is bigger now?", "chat", "="), ("undo", "undo", "white: circle yellow small top-left | square black large bottom-right")],
 ("en", 6): [("wait undo", "undo", "green: triangle red large left | circle blue large right")],
 ("en", 9): [("cool", "chat", "=")],
 ("en", 10): [("is the star pointing up?", "chat", "=")],
 ("en", 12): [("make it pop", "ask", "=")],
 ("en", 14): [("ty", "chat", "=")],
 ("en", 15): [("undo", "undo", "green: triangle orange large bottom-right")],
 ("en", 17): [("nice", "chat", "="), ("undo", "undo", "white: circle green large left | star red small right")],
 ("en", 18): [("Thank you!", "chat", "=")],
 ("en", 20): [("go back to the star", "undo", "orange: star purple small bottom-left")],
 ("en", 23): [("undo", "undo", "yellow: square black large left | circle orange large top-right")],
 ("en", 24): [("haha nice", "chat", "="), ("move it", "ask", "=")],
 ("en", 26): [("much better", "chat", "=")],
 ("en", 27): [("hmm no, undo", "undo", "white: circle yellow large top-left | square green large bottom-right")],
 ("en", 29): [("thanks", "chat", "=")],
 ("en", 30): [("why can't I have four?", "chat", "=")],
 ("zh", 1): [("很好", "chat", "="), ("撤销", "undo", "yellow: circle red large center")],
 ("zh", 2): [("这两个一样大吗？", "chat", "=")],
 ("zh", 5): [("改颜色", "ask", "=")],
 ("zh", 6): [("撤销", "undo", "orange: star red large top-left | circle green large bottom-right")],
 ("zh", 9): [("可以", "chat", "=")],
 ("zh", 10): [("三角形尖朝哪边？", "chat", "=")],
 ("zh", 11): [("好", "chat", "=")],
 ("zh", 13): [("对了", "chat", "=")],
 ("zh", 16): [("好", "chat", "="), ("撤销", "undo", "yellow: star green small bottom")],
 ("zh", 18): [("回到上一张", "undo", "white: square red large left | square green large right")],
 ("zh", 20): [("谢谢", "chat", "=")],
 ("zh", 21): [("换个颜色", "ask", "=")],
 ("zh", 22): [("撤销", "undo", "blue: triangle white large left | square red large right")],
 ("zh", 25): [("谢谢！", "chat", "=")],
 ("zh", 26): [("嗯", "chat", "=")],
 ("zh", 27): [("撤销", "undo", "green: circle white small center")],
 ("zh", 29): [("为什么不能放四个？", "chat", "=")],
 ("zh", 30): [("好的", "chat", "=")],
 ("mixed", 1): [("nice", "chat", "="), ("undo", "undo", "yellow: circle red large center")],
 ("mixed", 2): [("ok 👌", "chat", "=")],
 ("mixed", 6): [("undo", "undo", "purple: star red large top-left | circle yellow large bottom-right")],
 ("mixed", 9): [("cool", "chat", "=")],
 ("mixed", 12): [("ok", "chat", "=")],
 ("mixed", 13): [("thx", "chat", "=")],
 ("mixed", 17): [("undo 回去", "undo", "white: triangle red large bottom")],
 ("mixed", 20): [("nice", "chat", "="), ("change color", "ask", "=")],
 ("mixed", 22): [("👍", "chat", "=")],
 ("mixed", 23): [("perfect", "chat", "=")],
 ("mixed", 24): [("colours 对吗?", "chat", "=")],
 ("mixed", 25): [("undo", "undo", "yellow: square red small top-right")],
 ("mixed", 28): [("ok 不错", "chat", "=")],
 ("mixed", 29): [("move 一下", "ask", "=")],
}
for (lang, idx), more in X.items():
    classes, turns = D[lang][idx - 1]
    add = []
    for m, it, _ in more:
        c = {"undo": "undo", "ask": "ask"}.get(it) or ("question-chat" if m.rstrip().endswith(("?", "？")) else "ack-chat")
        if c not in classes and c not in add: add.append(c)
    D[lang][idx - 1] = (classes + add, turns + tuple(more))

def scene(s, prev):
    if s == "=":
        return json.loads(json.dumps(prev))
    bg, objs = s.split(":", 1)
    return {"background": bg.strip(), "objects": [o.split() for o in objs.split("|")]}

out = []
for lang in ("en", "zh", "mixed"):
    for i, (classes, turns) in enumerate(D[lang], 1):
        prev, ts = None, []
        for msg, intent, s in turns:
            sc = scene(s, prev)
            ts.append({"message": msg, "intent": intent, "expected": sc})
            prev = sc
        out.append({"id": f"fresh13-shapes-{lang}-{i:03d}", "lang": lang, "classes": classes, "turns": ts})
with open("/work/fresh-13/shapes.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print({k: len(v) for k, v in D.items()})
