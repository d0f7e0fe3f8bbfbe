# Builds shapes.jsonl. Scenes are written as "bg | shape colour size pos | ...".
# draw/edit turns give a scene; chat/ask keep the scene; undo pops one step of history.
import json
D = []
def d(lang, classes, turns):
    D.append((lang, classes, turns))

def parse(s):
    parts = [p.strip() for p in s.split('|')]
    return {"background": parts[0], "objects": [p.split() for p in parts[1:]]}

# ---------------- English ----------------
d("en", ["reference", "move", "ack-chat"], [
 ("a big red circle in the middle, white background", "draw", "white | circle red large center"),
 ("move it to the top left", "edit", "white | circle red large top-left"),
 ("perfect, thanks", "chat", None)])
d("en", ["default-size", "add", "background", "undo"], [
 ("draw a green triangle", "draw", "white | triangle green large center"),
 ("add a small yellow star in the bottom right corner", "edit", "white | triangle green large center | star yellow small bottom-right"),
 ("now make the background black", "edit", "black | triangle green large center | star yellow small bottom-right"),
 ("undo that", "undo", None)])
d("en", ["typo", "add", "colour-change"], [
 ("pls draw a blu squre top rite, smal", "draw", "white | square blue small top-right"),
 ("and a purpel circle botom left, big", "edit", "white | square blue small top-right | circle purple large bottom-left"),
 ("actualy make the squre orange", "edit", "white | square orange small top-right | circle purple large bottom-left")])
d("en", ["ambiguous", "clarify", "size-words"], [
 ("two stars: a red one at the top left and a blue one at the bottom right, both small, on yellow", "draw", "yellow | star red small top-left | star blue small bottom-right"),
 ("make the star bigger", "ask", None),
 ("the red one", "edit", "yellow | star red large top-left | star blue small bottom-right")])
d("en", ["complaint-edit", "size-words", "ack-chat"], [
 ("I want a huge purple triangle on a green background", "draw", "green | triangle purple large center"),
 ("ugh no, that's way too big, tiny please", "edit", "green | triangle purple small center"),
 ("better", "chat", None)])
d("en", ["attr-after-noun", "shape-change", "question-chat"], [
 ("a square, orange, small, at the left, and a circle, blue, large, at the right", "draw", "white | square orange small left | circle blue large right"),
 ("turn the square into a star", "edit", "white | star orange small left | circle blue large right"),
 ("what shapes can you draw?", "chat", None),
 ("ok swap the circle for a triangle", "edit", "white | star orange small left | triangle blue large right")])
d("en", ["wrapper", "remove", "undo", "three-objects"], [
 ("Could you please draw a black circle at the top, a red square in the center and a green star at the bottom? All large, white background.", "draw", "white | circle black large top | square red large center | star green large bottom"),
 ("remove the square", "edit", "white | circle black large top | star green large bottom"),
 ("hmm, bring it back", "undo", None),
 ("thanks!", "chat", None)])
d("en", ["relative-position", "add"], [
 ("a small yellow circle in the center on a blue background", "draw", "blue | circle yellow small center"),
 ("put a red triangle right above it", "edit", "blue | circle yellow small center | triangle red large top"),
 ("and a white star directly below the circle, small", "edit", "blue | circle yellow small center | triangle red large top | star white small bottom")])
d("en", ["colloquial-position", "move"], [
 ("stick a green square in the upper right corner", "draw", "white | square green large top-right"),
 ("now slide it down to the lower right", "edit", "white | square green large bottom-right"),
 ("kinda want it dead center actually", "edit", "white | square green large center")])
d("en", ["two-edits", "background"], [
 ("draw a large blue star at the left and a small red circle at the right, on an orange background", "draw", "orange | star blue large left | circle red small right"),
 ("make the star purple and the circle big", "edit", "orange | star purple large left | circle red large right"),
 ("and change the background to white", "edit", "white | star purple large left | circle red large right")])
d("en", ["terse", "question-chat", "colour-change"], [
 ("red triangle, bottom-left, small.", "draw", "white | triangle red small bottom-left"),
 ("nice. is it possible to rotate things?", "chat", None),
 ("ok then just make it yellow", "edit", "white | triangle yellow small bottom-left")])
d("en", ["ambiguous", "clarify", "reference-by-colour"], [
 ("a black square at the top right and a black circle at the bottom left, both large, on a white background", "draw", "white | square black large top-right | circle black large bottom-left"),
 ("make the black one red", "ask", None),
 ("sorry, I meant the square", "edit", "white | square red large top-right | circle black large bottom-left")])
d("en", ["child", "typo", "background-synonym", "ack-chat"], [
 ("i want a big yellow sun circle in the top rite!!", "draw", "white | circle yellow large top-right"),
 ("and a blue star!!! little one. in the midle", "edit", "white | circle yellow large top-right | star blue small center"),
 ("make the sky black for nite time", "edit", "black | circle yellow large top-right | star blue small center"),
 ("yay", "chat", None)])
d("en", ["non-native", "move", "add"], [
 ("Please make for me one circle of green colour, it is small, position is center.", "draw", "white | circle green small center"),
 ("Now I want the circle go to the right side.", "edit", "white | circle green small right"),
 ("Also put one big star purple on left side.", "edit", "white | circle green small right | star purple large left")])
d("en", ["remove", "undo", "colour-change"], [
 ("orange star top left, small, and a blue square bottom right, large, background yellow", "draw", "yellow | star orange small top-left | square blue large bottom-right"),
 ("delete the star", "edit", "yellow | square blue large bottom-right"),
 ("wait no, undo", "undo", None),
 ("make the star green instead", "edit", "yellow | star green small top-left | square blue large bottom-right")])
d("en", ["terse", "background", "size-words", "move"], [
 ("circle. purple. big. center.", "draw", "white | circle purple large center"),
 ("bg yellow", "edit", "yellow | circle purple large center"),
 ("smaller", "edit", "yellow | circle purple small center"),
 ("left", "edit", "yellow | circle purple small left")])
d("en", ["background-anywhere", "colour-change"], [
 ("on a black background, put a small white circle at the top and a large red star at the bottom", "draw", "black | circle white small top | star red large bottom"),
 ("the star should be orange", "edit", "black | circle white small top | star orange large bottom")])
d("en", ["shape-change", "reference", "undo"], [
 ("draw a red square", "draw", "white | square red large center"),
 ("actually make it a circle", "edit", "white | circle red large center"),
 ("and make it blue", "edit", "white | circle blue large center"),
 ("hmm go back", "undo", None)])
d("en", ["occupied-cell", "ambiguous", "add"], [
 ("a large green circle in the center, white background", "draw", "white | circle green large center"),
 ("add a red star in the center too", "ask", None),
 ("ok put the star at the top right then, small", "edit", "white | circle green large center | star red small top-right")])
d("en", ["object-limit", "ambiguous", "remove", "add"], [
 ("three small shapes on a blue background: a red circle at the top left, a yellow square at the top, a white triangle at the top right", "draw", "blue | circle red small top-left | square yellow small top | triangle white small top-right"),
 ("add a green star at the bottom", "ask", None),
 ("fine, remove the square and add the green star at the bottom, small", "edit", "blue | circle red small top-left | triangle white small top-right | star green small bottom")])
d("en", ["relative-move", "colloquial"], [
 ("a big black triangle on the left, orange background", "draw", "orange | triangle black large left"),
 ("move it one cell to the right", "edit", "orange | triangle black large center"),
 ("and one more", "edit", "orange | triangle black large right")])
d("en", ["background-conflict", "ambiguous", "background"], [
 ("a small white star in the middle on a purple background", "draw", "purple | star white small center"),
 ("make the background white", "ask", None),
 ("oh right. make the background black then", "edit", "black | star white small center")])
d("en", ["wrapper", "polite", "size-words", "ack-chat"], [
 ("Hi! Would you mind drawing a large orange circle at the bottom left and a small green triangle at the top right? Thank you so much.", "draw", "white | circle orange large bottom-left | triangle green small top-right"),
 ("Lovely. Could you perhaps make the triangle a bit bigger?", "edit", "white | circle orange large bottom-left | triangle green large top-right"),
 ("Thank you, that's all for now.", "chat", None)])
d("en", ["swap", "move", "undo"], [
 ("blue circle left, red square right, both small, white bg", "draw", "white | circle blue small left | square red small right"),
 ("swap them", "edit", "white | circle blue small right | square red small left"),
 ("undo", "undo", None)])
d("en", ["reference-by-colour", "size-words", "two-turn-edits"], [
 ("a yellow star at the top and a green circle at the bottom, both large, on a black background", "draw", "black | star yellow large top | circle green large bottom"),
 ("make the green one small", "edit", "black | star yellow large top | circle green small bottom"),
 ("and the yellow one red", "edit", "black | star red large top | circle green small bottom")])
d("en", ["new-scene", "colour-change"], [
 ("a red circle in the center", "draw", "white | circle red large center"),
 ("start over: a blue square at the top left and a yellow triangle at the bottom right, both small, on a green background", "draw", "green | square blue small top-left | triangle yellow small bottom-right"),
 ("make the triangle white", "edit", "green | square blue small top-left | triangle white small bottom-right")])
d("en", ["question-chat", "size-words", "ack-chat"], [
 ("draw a purple square at the top, large", "draw", "white | square purple large top"),
 ("what's the difference between small and large here?", "chat", None),
 ("ok make it small then", "edit", "white | square purple small top"),
 ("cool", "chat", None)])
d("en", ["it-last-mentioned", "move", "colour-change"], [
 ("a red star top-left and a blue circle bottom-right, both big", "draw", "white | star red large top-left | circle blue large bottom-right"),
 ("move it to the center", "edit", "white | star red large top-left | circle blue large center"),
 ("now make the star orange", "edit", "white | star orange large top-left | circle blue large center")])
d("en", ["remove-all-but", "background"], [
 ("three large shapes on white: a black square at the left, a red circle in the center, a blue triangle at the right", "draw", "white | square black large left | circle red large center | triangle blue large right"),
 ("get rid of everything except the circle", "edit", "white | circle red large center"),
 ("make the background yellow", "edit", "yellow | circle red large center")])
d("en", ["vague", "ambiguous", "two-edits"], [
 ("a green triangle, small, at the bottom", "draw", "white | triangle green small bottom"),
 ("make it look nicer", "ask", None),
 ("bigger and purple", "edit", "white | triangle purple large bottom")])

# ---------------- Chinese ----------------
d("zh", ["reference", "move", "ack-chat"], [
 ("画一个红色的大圆形，放在中间，白色背景", "draw", "white | circle red large center"),
 ("把它移到右下角", "edit", "white | circle red large bottom-right"),
 ("好的，谢谢", "chat", None)])
d("zh", ["wrapper", "default-size", "add", "background", "undo"], [
 ("请帮我画一个蓝色三角形", "draw", "white | triangle blue large center"),
 ("在左上角加一个小的黄色星星", "edit", "white | triangle blue large center | star yellow small top-left"),
 ("背景换成黑色", "edit", "black | triangle blue large center | star yellow small top-left"),
 ("撤销", "undo", None)])
d("zh", ["ambiguous", "clarify", "size-words"], [
 ("黄色背景，左边一个小红圆，右边一个小蓝圆", "draw", "yellow | circle red small left | circle blue small right"),
 ("把圆变大", "ask", None),
 ("左边那个", "edit", "yellow | circle red large left | circle blue small right")])
d("zh", ["colloquial-position", "move", "synonym"], [
 ("来个绿色方块，右上角，大号的", "draw", "white | square green large top-right"),
 ("往下挪到右下", "edit", "white | square green large bottom-right"),
 ("算了还是放中间吧", "edit", "white | square green large center")])
d("zh", ["shape-change", "colour-change"], [
 ("画一个紫色的星形，小的，在上方", "draw", "white | star purple small top"),
 ("把星星改成正方形", "edit", "white | square purple small top"),
 ("颜色改成橙色", "edit", "white | square orange small top")])
d("zh", ["caption-style", "remove", "undo", "ack-chat"], [
 ("白色背景上，左上方有一个大的黑色圆形，中间有一个小的红色三角形，右下方有一个大的绿色正方形", "draw", "white | circle black large top-left | triangle red small center | square green large bottom-right"),
 ("把三角去掉", "edit", "white | circle black large top-left | square green large bottom-right"),
 ("还是加回来吧", "undo", None),
 ("嗯，这样就行", "chat", None)])
d("zh", ["relative-position", "add"], [
 ("蓝色背景中间放一个小的白色圆形", "draw", "blue | circle white small center"),
 ("在它左边加一个黄色的大三角形", "edit", "blue | circle white small center | triangle yellow large left"),
 ("圆的正上方再放一个红色小星星", "edit", "blue | circle white small center | triangle yellow large left | star red small top")])
d("zh", ["child", "background-synonym", "size-words", "ack-chat"], [
 ("我要一个大大的黄色星星在中间！！", "draw", "white | star yellow large center"),
 ("背景要黑黑的，像晚上", "edit", "black | star yellow large center"),
 ("星星变小一点点", "edit", "black | star yellow small center"),
 ("好漂亮", "chat", None)])
d("zh", ["two-edits", "background"], [
 ("橙色背景，左侧一个大的蓝色正方形，右侧一个小的紫色圆形", "draw", "orange | square blue large left | circle purple small right"),
 ("正方形改成绿色，圆形改成大的", "edit", "orange | square green large left | circle purple large right"),
 ("背景改成白色", "edit", "white | square green large left | circle purple large right")])
d("zh", ["question-chat", "shape-change"], [
 ("画个红色小三角，左下角", "draw", "white | triangle red small bottom-left"),
 ("你能画六边形吗？", "chat", None),
 ("那把三角形换成星形吧", "edit", "white | star red small bottom-left")])
d("zh", ["complaint-edit", "size-words", "move"], [
 ("画一个大的黑色正方形，在中间", "draw", "white | square black large center"),
 ("太大了，小一点", "edit", "white | square black small center"),
 ("还是太靠中间了，放到左上", "edit", "white | square black small top-left")])
d("zh", ["vague", "ambiguous", "clarify"], [
 ("白色背景，上方一个大的红色星形", "draw", "white | star red large top"),
 ("换个颜色", "ask", None),
 ("蓝色", "edit", "white | star blue large top")])
d("zh", ["terse", "background", "move", "size-words"], [
 ("绿圆 中间 大", "draw", "white | circle green large center"),
 ("背景黄", "edit", "yellow | circle green large center"),
 ("移右", "edit", "yellow | circle green large right"),
 ("变小", "edit", "yellow | circle green small right")])
d("zh", ["background-anywhere", "colour-change"], [
 ("在紫色的背景上，右上角画一个小的黄色圆，左下角画一个大的白色三角形", "draw", "purple | circle yellow small top-right | triangle white large bottom-left"),
 ("三角形换成橙色", "edit", "purple | circle yellow small top-right | triangle orange large bottom-left")])
d("zh", ["it-last-mentioned", "colour-change", "move"], [
 ("左边放一个大的红色正方形，右边放一个大的蓝色星形", "draw", "white | square red large left | star blue large right"),
 ("把它变成绿色", "edit", "white | square red large left | star green large right"),
 ("正方形移到上方", "edit", "white | square red large top | star green large right")])
d("zh", ["object-limit", "ambiguous", "remove", "add"], [
 ("三个小图形，黑色背景：左上红色圆形，上方黄色正方形，右上白色三角形", "draw", "black | circle red small top-left | square yellow small top | triangle white small top-right"),
 ("再在下方加一个绿色星星", "ask", None),
 ("那就把正方形删了，再加那个绿色星星，小的", "edit", "black | circle red small top-left | triangle white small top-right | star green small bottom")])
d("zh", ["occupied-cell", "ambiguous", "add"], [
 ("中间一个大的蓝色圆形", "draw", "white | circle blue large center"),
 ("中间再加一个红色三角形", "ask", None),
 ("那放在左侧吧，小的", "edit", "white | circle blue large center | triangle red small left")])
d("zh", ["background-conflict", "ambiguous", "background"], [
 ("黑色背景，中间一个小的白色星形", "draw", "black | star white small center"),
 ("背景改成白色", "ask", None),
 ("那改成蓝色背景", "edit", "blue | star white small center")])
d("zh", ["swap", "undo"], [
 ("左边一个小的黄色三角形，右边一个小的紫色正方形", "draw", "white | triangle yellow small left | square purple small right"),
 ("两个换个位置", "edit", "white | triangle yellow small right | square purple small left"),
 ("撤回", "undo", None)])
d("zh", ["new-scene", "size-words"], [
 ("画一个绿色的大圆", "draw", "white | circle green large center"),
 ("重新画：左上一个小的红色星形，右下一个小的蓝色正方形，黄色背景", "draw", "yellow | star red small top-left | square blue small bottom-right"),
 ("星形改成大的", "edit", "yellow | star red large top-left | square blue small bottom-right")])
d("zh", ["attr-after-noun", "add", "colour-change"], [
 ("一个三角形，颜色是橙色，尺寸小，放在右侧", "draw", "white | triangle orange small right"),
 ("再来一个圆形，颜色黑色，大号，放在左侧", "edit", "white | triangle orange small right | circle black large left"),
 ("三角形改成紫色", "edit", "white | triangle purple small right | circle black large left")])
d("zh", ["wrapper", "polite", "size-words", "ack-chat"], [
 ("您好，麻烦帮我画一个蓝色的小正方形，放在下方，谢谢！", "draw", "white | square blue small bottom"),
 ("可以把它放大一点吗？", "edit", "white | square blue large bottom"),
 ("太好了，谢谢您", "chat", None)])
d("zh", ["reference-by-colour", "shape-change", "move"], [
 ("白色背景，上方一个大的红色三角形，下方一个大的绿色圆形", "draw", "white | triangle red large top | circle green large bottom"),
 ("把红色的那个变成星形", "edit", "white | star red large top | circle green large bottom"),
 ("绿色的那个移到右下角", "edit", "white | star red large top | circle green large bottom-right")])
d("zh", ["remove-all-but", "synonym", "background"], [
 ("左侧黑色大方块，中间黄色小圆，右侧蓝色大星星，白色背景", "draw", "white | square black large left | circle yellow small center | star blue large right"),
 ("只留下中间那个，其他都删掉", "edit", "white | circle yellow small center"),
 ("背景改成紫色", "edit", "purple | circle yellow small center")])
d("zh", ["relative-move", "move"], [
 ("橙色背景，左上角一个小的白色圆形", "draw", "orange | circle white small top-left"),
 ("往右移一格", "edit", "orange | circle white small top"),
 ("再往下移一格", "edit", "orange | circle white small center")])
d("zh", ["vague", "ambiguous", "two-edits"], [
 ("画一个紫色的大星星在左侧", "draw", "white | star purple large left"),
 ("改一下", "ask", None),
 ("改成小的黄色的", "edit", "white | star yellow small left")])
d("zh", ["shape-change", "undo", "colour-change"], [
 ("画一个红色圆形", "draw", "white | circle red large center"),
 ("变成方块", "edit", "white | square red large center"),
 ("不好看，撤销", "undo", None),
 ("那就变成蓝色的吧", "edit", "white | circle blue large center")])
d("zh", ["synonym", "remove", "ack-chat"], [
 ("中央一个大的绿色三角，上面一个小的红色圆，下面一个小的蓝色方块", "draw", "white | triangle green large center | circle red small top | square blue small bottom"),
 ("把上面那个去掉", "edit", "white | triangle green large center | square blue small bottom"),
 ("谢谢", "chat", None)])
d("zh", ["it-last-mentioned", "add", "size-words"], [
 ("黄色背景，右下角一个大的黑色星形", "draw", "yellow | star black large bottom-right"),
 ("左上角加一个小的红色圆形", "edit", "yellow | star black large bottom-right | circle red small top-left"),
 ("把它变大", "edit", "yellow | star black large bottom-right | circle red large top-left")])
d("zh", ["two-edits", "partial-revert", "ack-chat"], [
 ("蓝色背景，左侧一个大的橙色圆形，右侧一个小的白色正方形", "draw", "blue | circle orange large left | square white small right"),
 ("把圆形改成三角形，再把正方形移到下方", "edit", "blue | triangle orange large left | square white small bottom"),
 ("第二个改动不要了，正方形放回右侧", "edit", "blue | triangle orange large left | square white small right"),
 ("好", "chat", None)])

# ---------------- Mixed ----------------
d("mixed", ["code-switch", "move", "ack-chat"], [
 ("画一个red circle，大的，放center", "draw", "white | circle red large center"),
 ("move到top-left", "edit", "white | circle red large top-left"),
 ("nice 谢谢", "chat", None)])
d("mixed", ["wrapper", "background", "add", "undo"], [
 ("帮我draw一个small blue star在右下角", "draw", "white | star blue small bottom-right"),
 ("background换成yellow", "edit", "yellow | star blue small bottom-right"),
 ("再add一个green triangle在左上，large", "edit", "yellow | star blue small bottom-right | triangle green large top-left"),
 ("undo一下", "undo", None)])
d("mixed", ["colour-change", "size-words"], [
 ("white背景，left一个big black square，right一个small red circle", "draw", "white | square black large left | circle red small right"),
 ("把square变成purple", "edit", "white | square purple large left | circle red small right"),
 ("circle也变big", "edit", "white | square purple large left | circle red large right")])
d("mixed", ["ambiguous", "clarify", "shape-change", "both"], [
 ("两个triangle：top一个orange的，bottom一个green的，都small", "draw", "white | triangle orange small top | triangle green small bottom"),
 ("把triangle换成star", "ask", None),
 ("both，两个都换", "edit", "white | star orange small top | star green small bottom")])
d("mixed", ["reference", "size-words", "colour-change"], [
 ("draw 一个大的黄色圆形 in the middle", "draw", "white | circle yellow large center"),
 ("make it 小一点", "edit", "white | circle yellow small center"),
 ("颜色 change to 红色", "edit", "white | circle red small center")])
d("mixed", ["background-first", "move", "add"], [
 ("紫色 background, 中间放一个 white star, large", "draw", "purple | star white large center"),
 ("star 往 left 挪", "edit", "purple | star white large left"),
 ("再加个 yellow circle 在 right，small 的", "edit", "purple | star white large left | circle yellow small right")])
d("mixed", ["question-chat", "colour-change"], [
 ("一个 blue square，top-right，small", "draw", "white | square blue small top-right"),
 ("这个 model 能画 gradient 吗?", "chat", None),
 ("ok 那 square 改 orange", "edit", "white | square orange small top-right")])
d("mixed", ["remove", "undo", "size-words", "three-objects"], [
 ("三个 shapes: 左上 red circle, 中间 green square, 右下 blue triangle, 全部 large", "draw", "white | circle red large top-left | square green large center | triangle blue large bottom-right"),
 ("delete 中间那个", "edit", "white | circle red large top-left | triangle blue large bottom-right"),
 ("oops 撤销", "undo", None),
 ("把 green square 改成 small", "edit", "white | circle red large top-left | square green small center | triangle blue large bottom-right")])
d("mixed", ["typo", "background", "size-words"], [
 ("pls 画个 grren triangel 在 botom", "draw", "white | triangle green large bottom"),
 ("bg 换 blakc", "edit", "black | triangle green large bottom"),
 ("triangel 变 smal", "edit", "black | triangle green small bottom")])
d("mixed", ["terse", "background", "move", "size-words"], [
 ("star 黄 大 中", "draw", "white | star yellow large center"),
 ("bg blue", "edit", "blue | star yellow large center"),
 ("移到 top-right", "edit", "blue | star yellow large top-right"),
 ("small", "edit", "blue | star yellow small top-right")])
d("mixed", ["it-last-mentioned", "shape-change", "colour-change"], [
 ("left 一个 large orange triangle, right 一个 large purple circle", "draw", "white | triangle orange large left | circle purple large right"),
 ("把 it 变成 square", "edit", "white | triangle orange large left | square purple large right"),
 ("triangle 改 yellow", "edit", "white | triangle yellow large left | square purple large right")])
d("mixed", ["complaint-edit", "size-words", "colour-change"], [
 ("画个 huge 红色 square 在中间", "draw", "white | square red large center"),
 ("too big 了，要 tiny 的", "edit", "white | square red small center"),
 ("颜色也不对，要 green", "edit", "white | square green small center")])
d("mixed", ["background-conflict", "ambiguous", "two-edits"], [
 ("yellow 背景, 中间一个 small black circle", "draw", "yellow | circle black small center"),
 ("background 换成 black", "ask", None),
 ("那 circle 改成 white 再换 black 背景", "edit", "black | circle white small center")])
d("mixed", ["object-limit", "ambiguous", "remove", "add"], [
 ("red circle 左上, blue circle 右上, green circle 下方, all small, white bg", "draw", "white | circle red small top-left | circle blue small top-right | circle green small bottom"),
 ("再加一个 yellow star 在中间", "ask", None),
 ("ok 那把 green circle 删掉，在中间加 yellow star，small", "edit", "white | circle red small top-left | circle blue small top-right | star yellow small center")])
d("mixed", ["occupied-cell", "ambiguous", "add"], [
 ("bottom-left 一个 large white triangle，背景 purple", "draw", "purple | triangle white large bottom-left"),
 ("bottom-left 再放一个 red star", "ask", None),
 ("放 bottom-right 吧, small", "edit", "purple | triangle white large bottom-left | star red small bottom-right")])
d("mixed", ["swap", "ack-chat", "emoji"], [
 ("top 一个 small orange star, bottom 一个 small blue square", "draw", "white | star orange small top | square blue small bottom"),
 ("swap 一下位置", "edit", "white | star orange small bottom | square blue small top"),
 ("perfect 👍", "chat", None)])
d("mixed", ["new-scene", "size-words"], [
 ("一个 purple triangle, center", "draw", "white | triangle purple large center"),
 ("重来，new picture: 左边 yellow circle 右边 black star，都 large，背景 green", "draw", "green | circle yellow large left | star black large right"),
 ("star 改 small", "edit", "green | circle yellow large left | star black small right")])
d("mixed", ["vague", "ambiguous", "colour-change"], [
 ("画个 green square, top-left, large", "draw", "white | square green large top-left"),
 ("make it pop 一点", "ask", None),
 ("换成 red 就好", "edit", "white | square red large top-left")])
d("mixed", ["wrapper", "polite", "move", "ack-chat"], [
 ("Hello，请 draw 一个 small yellow triangle at the top-right，谢谢", "draw", "white | triangle yellow small top-right"),
 ("Could you 把它 move 到 left？", "edit", "white | triangle yellow small left"),
 ("Thanks 非常感谢", "chat", None)])
d("mixed", ["colloquial-position", "move"], [
 ("右上角 corner 放个 big blue circle", "draw", "white | circle blue large top-right"),
 ("挪到 lower left", "edit", "white | circle blue large bottom-left"),
 ("middle 吧还是", "edit", "white | circle blue large center")])
d("mixed", ["reference-by-colour", "size-words", "move"], [
 ("orange 背景, 左侧 white square, 右侧 black triangle, 都 small", "draw", "orange | square white small left | triangle black small right"),
 ("white 那个变 large", "edit", "orange | square white large left | triangle black small right"),
 ("black 那个 move 到 top", "edit", "orange | square white large left | triangle black small top")])
d("mixed", ["relative-move", "move"], [
 ("一个 large red star 在 center, 背景 black", "draw", "black | star red large center"),
 ("往 left 挪一格", "edit", "black | star red large left"),
 ("再往 up 一格", "edit", "black | star red large top-left")])
d("mixed", ["two-edits", "undo"], [
 ("画 a small green circle at the top, and 一个 large purple square at the bottom", "draw", "white | circle green small top | square purple large bottom"),
 ("circle 变 yellow, square 变 small", "edit", "white | circle yellow small top | square purple small bottom"),
 ("undo", "undo", None)])
d("mixed", ["remove-all-but", "reference", "size-words"], [
 ("white bg: 左上 black star, 右上 red star, 下方 blue star, all large", "draw", "white | star black large top-left | star red large top-right | star blue large bottom"),
 ("只 keep red 的那个", "edit", "white | star red large top-right"),
 ("make it small", "edit", "white | star red small top-right")])
d("mixed", ["shape-change", "undo"], [
 ("一个 orange 的 circle 在 right, small", "draw", "white | circle orange small right"),
 ("变 triangle", "edit", "white | triangle orange small right"),
 ("不要了 undo", "undo", None),
 ("改成 star 吧", "edit", "white | star orange small right")])
d("mixed", ["non-native", "background", "add"], [
 ("I want one 蓝色 square big size at the bottom-right please", "draw", "white | square blue large bottom-right"),
 ("Now background 要 red", "edit", "red | square blue large bottom-right"),
 ("And put one small 白色 circle top-left", "edit", "red | square blue large bottom-right | circle white small top-left")])
d("mixed", ["ambiguous", "clarify", "reference-by-colour"], [
 ("左边一个 large yellow square，右边一个 large yellow circle，背景 blue", "draw", "blue | square yellow large left | circle yellow large right"),
 ("把 yellow 的那个改成 green", "ask", None),
 ("square", "edit", "blue | square green large left | circle yellow large right")])
d("mixed", ["ack-chat", "question-chat", "add"], [
 ("画一个 small purple star 在 top", "draw", "white | star purple small top"),
 ("好看! 这个是 128x128 的吗?", "chat", None),
 ("ok 再加一个 orange circle 在 bottom, large", "edit", "white | star purple small top | circle orange large bottom")])
d("mixed", ["background-anywhere", "colour-change"], [
 ("center 一个 large black triangle, 背景要 yellow 的, 然后 top-left 一个 small red square", "draw", "yellow | triangle black large center | square red small top-left"),
 ("triangle 换 white", "edit", "yellow | triangle white large center | square red small top-left")])
d("mixed", ["it-last-mentioned", "add", "move", "size-words"], [
 ("右侧一个 small green star", "draw", "white | star green small right"),
 ("左侧加一个 big red circle", "edit", "white | star green small right | circle red large left"),
 ("把它 move 到 top", "edit", "white | star green small right | circle red large top"),
 ("star 也 large", "edit", "white | star green large right | circle red large top")])

def build():
    import extras
    add = extras.plan(D, 5, 60, lambda dl: dl[0], lambda dl: [t[1] for t in dl[2]])
    for i, (m, k) in add.items():
        D[i] = (D[i][0], D[i][1] + (["ack-chat"] if k == "chat" and "ack-chat" not in D[i][1] else ["undo"] if k == "undo" and "undo" not in D[i][1] else ["vague"] if k == "ask" and "vague" not in D[i][1] else []), list(D[i][2]) + [(m, k, None)])
    out = []
    counters = {}
    for lang, classes, turns in D:
        counters[lang] = counters.get(lang, 0) + 1
        hist = []
        tl = []
        for msg, intent, sc in turns:
            if intent in ("draw", "edit"):
                scene = parse(sc)
                hist.append(scene)
            elif intent == "undo":
                assert len(hist) >= 2
                hist.pop()
                scene = hist[-1]
            else:
                assert sc is None
                scene = hist[-1]
            tl.append({"message": msg, "intent": intent, "expected": json.loads(json.dumps(scene))})
        out.append({"id": "fresh8-shapes-%s-%03d" % (lang, counters[lang]), "lang": lang,
                    "classes": classes, "turns": tl})
    with open("/work/fresh-8/shapes.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(counters)
build()
