# Hand-written Chinese shapes dialogues. Same format as data_en.py.
D = [
("wrapper,default-size", [
 ("请帮我画一个红色的圆", "draw", "white: red circle large center"),
 ("把它改小一点", "edit", "white: red circle small center"),
 ("好的谢谢", "chat", "="),
]),
("colloquial-position,add", [
 ("左上角放一个蓝色的大方块", "draw", "white: blue square large top-left"),
 ("右下角再加个小的黄色星星", "edit", "white: blue square large top-left, yellow star small bottom-right"),
 ("背景换成黑色", "edit", "black: blue square large top-left, yellow star small bottom-right"),
]),
("background-anywhere,attr-after-noun", [
 ("橙色背景，中间一个三角形，绿色的，小号", "draw", "orange: green triangle small center"),
 ("三角形挪到右边去", "edit", "orange: green triangle small right"),
 ("撤销", "undo", "orange: green triangle small center"),
]),
("remove,three-objects", [
 ("画三个东西：左上一个红色圆形，中间一个绿色正方形，右下一个蓝色三角形", "draw", "white: red circle large top-left, green square large center, blue triangle large bottom-right"),
 ("中间那个方块不要了", "edit", "white: red circle large top-left, blue triangle large bottom-right"),
 ("圆改成小的", "edit", "white: red circle small top-left, blue triangle large bottom-right"),
]),
("ambiguous,ask", [
 ("左边一个红色圆，右边一个蓝色圆", "draw", "white: red circle large left, blue circle large right"),
 ("把圆改成黄色", "ask", "="),
 ("右边那个", "edit", "white: red circle large left, yellow circle large right"),
]),
("shape-change,reference", [
 ("黄色背景上画一个紫色正方形", "draw", "yellow: purple square large center"),
 ("换成星形试试", "edit", "yellow: purple star large center"),
 ("还是刚才的方块好看", "edit", "yellow: purple square large center"),
]),
("complaint-edit,size-words", [
 ("蓝色背景，中间一个小小的白色星星", "draw", "blue: white star small center"),
 ("太小了看不清", "edit", "blue: white star large center"),
 ("嗯这样可以", "chat", "="),
]),
("relative-position,add", [
 ("中间画个绿色的圆", "draw", "white: green circle large center"),
 ("在它上面放一个小的红色正方形", "edit", "white: green circle large center, red square small top"),
 ("圆的下面也放一个一样的", "edit", "white: green circle large center, red square small top, red square small bottom"),
]),
("self-correction", [
 ("画一个蓝色三角形在上面，不对，在下面", "draw", "white: blue triangle large bottom"),
 ("颜色换成橙色", "edit", "white: orange triangle large bottom"),
]),
("two-edits,one-message", [
 ("白底，右上一个大的黄色圆，左下一个小的黑色方块", "draw", "white: yellow circle large top-right, black square small bottom-left"),
 ("两个的颜色互换一下", "edit", "white: black circle large top-right, yellow square small bottom-left"),
 ("方块变大，再挪到中间", "edit", "white: black circle large top-right, yellow square large center"),
]),
("undo,remove", [
 ("绿色背景，左侧红色星形，右侧蓝色圆形", "draw", "green: red star large left, blue circle large right"),
 ("把星星删掉", "edit", "green: blue circle large right"),
 ("哎呀不对，恢复一下", "undo", "green: red star large left, blue circle large right"),
]),
("question-chat", [
 ("能画个橙色的正方形吗", "draw", "white: orange square large center"),
 ("你都能画哪些颜色？", "chat", "="),
 ("那背景改成紫色吧", "edit", "purple: orange square large center"),
]),
("terse,move", [
 ("黑色圆，白底", "draw", "white: black circle large center"),
 ("往左", "edit", "white: black circle large left"),
 ("小一点", "edit", "white: black circle small left"),
 ("再往上", "edit", "white: black circle small top-left"),
]),
("child,colloquial", [
 ("我要画一个超级大的黄色星星，像太阳一样", "draw", "white: yellow star large center"),
 ("天空要蓝色的", "edit", "blue: yellow star large center"),
 ("右下角再放一个小小的红色圆圆", "edit", "blue: yellow star large center, red circle small bottom-right"),
 ("好漂亮！", "chat", "="),
]),
("ambiguous,move-without-target", [
 ("左上绿色方块，右下红色三角", "draw", "white: green square large top-left, red triangle large bottom-right"),
 ("挪一下", "ask", "="),
 ("三角形挪到右上", "edit", "white: green square large top-left, red triangle large top-right"),
]),
("reference,it-last-mentioned", [
 ("下方画一个紫色的圆", "draw", "white: purple circle large bottom"),
 ("上方加一个小的橙色星形", "edit", "white: purple circle large bottom, orange star small top"),
 ("把它变成绿色", "edit", "white: purple circle large bottom, green star small top"),
]),
("new-scene,draw-again", [
 ("黑色背景上一个黄色三角形", "draw", "black: yellow triangle large center"),
 ("不错。重新来一张：红色背景，左上和右下各一个白色的圆", "draw", "red: white circle large top-left, white circle large bottom-right"),
 ("右下那个改小", "edit", "red: white circle large top-left, white circle small bottom-right"),
]),
("polite,long", [
 ("您好，麻烦帮我画一张简单的图：黄色背景，正中央一个大的蓝色星形，别的都不要。", "draw", "yellow: blue star large center"),
 ("谢谢！能不能在左上角再加一个小的绿色圆形？", "edit", "yellow: blue star large center, green circle small top-left"),
 ("辛苦了，星形能换成紫色吗？", "edit", "yellow: purple star large center, green circle small top-left"),
 ("就这样，非常感谢", "chat", "="),
]),
("background-change,undo", [
 ("黑色背景中间一个白色正方形", "draw", "black: white square large center"),
 ("底色换成绿的", "edit", "green: white square large center"),
 ("还是回到上一步吧", "undo", "black: white square large center"),
]),
("shape-change,named-by-colour", [
 ("上面一个红色圆，下面一个蓝色圆", "draw", "white: red circle large top, blue circle large bottom"),
 ("红的那个变成三角形", "edit", "white: red triangle large top, blue circle large bottom"),
 ("蓝的变成正方形", "edit", "white: red triangle large top, blue square large bottom"),
]),
("size-words,add", [
 ("一个很大的橙色圆形", "draw", "white: orange circle large center"),
 ("它右边加一个小的紫色星星", "edit", "white: orange circle large center, purple star small right"),
 ("星星也弄大", "edit", "white: orange circle large center, purple star large right"),
]),
("ambiguous,vague-colour", [
 ("白色背景，中间绿色星形", "draw", "white: green star large center"),
 ("换个颜色", "ask", "="),
 ("蓝色吧", "edit", "white: blue star large center"),
]),
("reaction,too-dark", [
 ("紫色背景上画一个黑色三角形", "draw", "purple: black triangle large center"),
 ("整体太暗了，背景换成黄色", "edit", "yellow: black triangle large center"),
 ("好多了", "chat", "="),
]),
("move,colloquial-position", [
 ("正中间一个小的红色圆", "draw", "white: red circle small center"),
 ("把它推到最右边", "edit", "white: red circle small right"),
 ("再往下挪到角上", "edit", "white: red circle small bottom-right"),
]),
("add,third-object,all", [
 ("左上蓝色正方形，右上绿色三角形", "draw", "white: blue square large top-left, green triangle large top-right"),
 ("底部中间加一个红色星形", "edit", "white: blue square large top-left, green triangle large top-right, red star large bottom"),
 ("三个都改成小号", "edit", "white: blue square small top-left, green triangle small top-right, red star small bottom"),
]),
("undo,after-two-edits", [
 ("黑底，左上角一个橙色星星", "draw", "black: orange star large top-left"),
 ("改成白色", "edit", "black: white star large top-left"),
 ("再小一点", "edit", "black: white star small top-left"),
 ("撤回", "undo", "black: white star large top-left"),
]),
("question-chat,position", [
 ("绿色背景，左下紫色三角形，右上白色圆形", "draw", "green: purple triangle large bottom-left, white circle large top-right"),
 ("圆现在在哪个位置？", "chat", "="),
 ("把它放到中央", "edit", "green: purple triangle large bottom-left, white circle large center"),
]),
("typo,pinyin-input", [
 ("画一个蓝色的园在中间", "draw", "white: blue circle large center"),
 ("换成红色的把", "edit", "white: red circle large center"),
 ("左边再加个小的黑色方快", "edit", "white: red circle large center, black square small left"),
]),
("shape-change,all", [
 ("紫色背景，左边黄色星星，右边橙色星星", "draw", "purple: yellow star large left, orange star large right"),
 ("两个都换成圆", "edit", "purple: yellow circle large left, orange circle large right"),
 ("左边那个还是星星好", "edit", "purple: yellow star large left, orange circle large right"),
]),
("hurried,two-edits", [
 ("黑底右上红方块", "draw", "black: red square large top-right"),
 ("缩小+移到左下", "edit", "black: red square small bottom-left"),
]),
("ambiguous,same-colour", [
 ("白色背景，左边蓝色圆，右边蓝色正方形", "draw", "white: blue circle large left, blue square large right"),
 ("把蓝色的那个改成绿色", "ask", "="),
 ("两个都改", "edit", "white: green circle large left, green square large right"),
]),
("reference,earlier-turn", [
 ("中间一个绿色圆", "draw", "white: green circle large center"),
 ("换成黄色", "edit", "white: yellow circle large center"),
 ("再换成橙色", "edit", "white: orange circle large center"),
 ("算了，还是最开始那个颜色", "edit", "white: green circle large center"),
]),
("add,relative-position,left-of", [
 ("蓝色背景，右侧一个白色星形", "draw", "blue: white star large right"),
 ("星星左边放个小的黄色圆", "edit", "blue: white star large right, yellow circle small center"),
]),
("remove,all-but-one", [
 ("上面一排：左上红色圆，正上红色方块，右上红色三角", "draw", "white: red circle large top-left, red square large top, red triangle large top-right"),
 ("太满了，只留方块", "edit", "white: red square large top"),
 ("方块挪到中间", "edit", "white: red square large center"),
]),
("chat,then-edit", [
 ("画个紫色星星", "draw", "white: purple star large center"),
 ("哇好快", "chat", "="),
 ("能转一下吗？算了，直接改成黑色吧", "edit", "white: black star large center"),
]),
("background-anywhere,trailing", [
 ("下方一个小的绿色三角形，整个背景弄成橙色", "draw", "orange: green triangle small bottom"),
 ("背景还是白的吧", "edit", "white: green triangle small bottom"),
]),
("ambiguous,unclear-message", [
 ("黄色背景中间蓝色方块", "draw", "yellow: blue square large center"),
 ("按之前那样弄", "ask", "="),
 ("算了，改成圆形", "edit", "yellow: blue circle large center"),
]),
("move,swap-positions", [
 ("红色背景，左上黑色星形，右下白色圆形", "draw", "red: black star large top-left, white circle large bottom-right"),
 ("两个位置对调", "edit", "red: black star large bottom-right, white circle large top-left"),
 ("撤销一下", "undo", "red: black star large top-left, white circle large bottom-right"),
]),
("size-words,the-big-one", [
 ("左边一个大的绿色方块，右边一个小的绿色方块", "draw", "white: green square large left, green square small right"),
 ("大的那个改成蓝色", "edit", "white: blue square large left, green square small right"),
 ("小的改紫色", "edit", "white: blue square large left, purple square small right"),
]),
("undo,then-edit", [
 ("右上角黄色圆", "draw", "white: yellow circle large top-right"),
 ("左下加一个蓝色三角形", "edit", "white: yellow circle large top-right, blue triangle large bottom-left"),
 ("刚才那步不要了", "undo", "white: yellow circle large top-right"),
 ("圆改小", "edit", "white: yellow circle small top-right"),
]),
("art-director,opinionated", [
 ("先来一个黑底，正中一个大的红色三角形，要醒目。", "draw", "black: red triangle large center"),
 ("红和黑太冲了，换橙色。", "edit", "black: orange triangle large center"),
 ("右上角压一个小白圆，平衡一下。", "edit", "black: orange triangle large center, white circle small top-right"),
 ("可以，定稿。", "chat", "="),
]),
("move,one-cell", [
 ("蓝色背景中间一个橙色正方形", "draw", "blue: orange square large center"),
 ("往上挪一格", "edit", "blue: orange square large top"),
 ("再往左一格", "edit", "blue: orange square large top-left"),
]),
("question-chat,capabilities", [
 ("中间画个红色星形", "draw", "white: red star large center"),
 ("能画爱心吗？", "chat", "="),
 ("那把星星换成圆形", "edit", "white: red circle large center"),
]),
("shape-change,colour-change", [
 ("右下角一个黄色三角形", "draw", "white: yellow triangle large bottom-right"),
 ("改成绿色的圆", "edit", "white: green circle large bottom-right"),
 ("左上角加个小的紫色星星", "edit", "white: green circle large bottom-right, purple star small top-left"),
]),
("ambiguous,which-corner", [
 ("绿色背景上一个白色方块", "draw", "green: white square large center"),
 ("放到角落里", "ask", "="),
 ("左上角", "edit", "green: white square large top-left"),
]),
("remove,replace", [
 ("左边紫色圆，右边橙色方块", "draw", "white: purple circle large left, orange square large right"),
 ("方块换成黑色三角形", "edit", "white: purple circle large left, black triangle large right"),
 ("背景改黄色", "edit", "yellow: purple circle large left, black triangle large right"),
]),
("classifier-words,colloquial", [
 ("来个绿的三角，放左下", "draw", "white: green triangle large bottom-left"),
 ("再整个红圆圆在右上", "edit", "white: green triangle large bottom-left, red circle large top-right"),
 ("红圆圆小一号", "edit", "white: green triangle large bottom-left, red circle small top-right"),
]),
("undo,shape-change", [
 ("白底中间一个黑色正方形", "draw", "white: black square large center"),
 ("变成三角", "edit", "white: black triangle large center"),
 ("不好看，退回去", "undo", "white: black square large center"),
 ("那就改成蓝色", "edit", "white: blue square large center"),
]),
("question-chat,size", [
 ("左边一个大的橙色星星，右边一个小的蓝色三角", "draw", "white: orange star large left, blue triangle small right"),
 ("这两个哪个大？", "chat", "="),
 ("三角也要大的", "edit", "white: orange star large left, blue triangle large right"),
]),
("background-only,move", [
 ("黄色的圆，放在下面，背景用紫色", "draw", "purple: yellow circle large bottom"),
 ("背景换成蓝色", "edit", "blue: yellow circle large bottom"),
 ("圆往上提到中间", "edit", "blue: yellow circle large center"),
]),
]

# Extra closing turns (chat / ask / undo), appended to the dialogue with that 1-based number.
# "U" = undo: the scene before the previous turn.
EXTRA = {
 2: [("有点像夜空", "chat", "=")],
 4: [("还是大的好，撤销", "undo", "U")],
 5: [("对，就是这个意思", "chat", "=")],
 8: [("方块太多了，把刚才那步撤了", "undo", "U")],
 9: [("为什么这么大？", "chat", "=")],
 10: [("感觉哪里不对，帮我调一下", "ask", "=")],
 12: [("紫色配橙色好看吗？说实话", "chat", "=")],
 15: [("👍", "chat", "=")],
 16: [("不是，我说的是圆。撤回", "undo", "U")],
 17: [("这是最小的了吗", "chat", "=")],
 20: [("可以", "chat", "=")],
 22: [("对对就是这个", "chat", "=")],
 24: [("太靠边了，退一步", "undo", "U")],
 25: [("哈哈像撒了一地彩纸", "chat", "=")],
 27: [("撤销，还是在角上好", "undo", "U")],
 30: [("另一个也一样", "ask", "=")],
 33: [("圆和星星挨得好近啊", "chat", "=")],
 36: [("行", "chat", "=")],
 39: [("等下撤销，紫色不搭", "undo", "U")],
 42: [("好的谢谢", "chat", "=")],
 44: [("让它们统一一下", "ask", "=")],
 46: [("不错不错", "chat", "=")],
 47: [("红圆圆好可爱", "chat", "=")],
 49: [("现在两个一样大了吧？", "chat", "=")],
 50: [("算了还是放下面，撤销", "undo", "U")],
}
for _k, _v in EXTRA.items():
    _c, _t = D[_k - 1]
    _t.extend(_v)
    for _m, _it, _s in _v:
        _tag = {"undo": "undo", "ask": "ambiguous"}.get(_it) or ("question-chat" if "?" in _m or "？" in _m or "吗" in _m else "ack-chat")
        if _tag not in [x.strip() for x in _c.split(",")]:
            _c += "," + _tag
    D[_k - 1] = (_c, _t)
