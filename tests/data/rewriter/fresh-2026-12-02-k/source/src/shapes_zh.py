ZH = [
(["reference", "colour", "back-reference"], [
 ("来个大大的绿色圆圈，正中央", "draw", "white: green circle large center"),
 ("颜色换成橙的", "edit", "white: orange circle large center"),
 ("还是一开始的绿色顺眼", "edit", "white: green circle large center")]),
(["move", "undo", "background-anywhere"], [
 ("紫色背景，左下角一个小的白色星星，右上角一个大的黄色方块", "draw", "purple: white star small bottom-left; yellow square large top-right"),
 ("星星挪到左上角去", "edit", "purple: white star small top-left; yellow square large top-right"),
 ("撤销", "undo")]),
(["first-timer", "question-chat", "size-words"], [
 ("第一次用，不太会说……画一个蓝色的三角可以吗", "draw", "white: blue triangle large center"),
 ("它现在算大的还是小的？", "chat"),
 ("弄小点，放右下角那儿", "edit", "white: blue triangle small bottom-right")]),
(["terse", "shape-change", "background", "ack-chat"], [
 ("黄底，正中一个黑色圆，左上角小红星", "draw", "yellow: black circle large center; red star small top-left"),
 ("圆换成方的", "edit", "yellow: black square large center; red star small top-left"),
 ("底色换绿", "edit", "green: black square large center; red star small top-left"),
 ("完美，谢谢", "chat")]),
(["ordinal", "ambiguous", "clarify", "shape-change"], [
 ("顶上一排三个圆：左边红，中间黄，右边紫", "draw", "white: red circle large top-left; yellow circle large top; purple circle large top-right"),
 ("中间那个小一点", "edit", "white: red circle large top-left; yellow circle small top; purple circle large top-right"),
 ("把其中一个改成三角形", "ask"),
 ("最右边那个", "edit", "white: red circle large top-left; yellow circle small top; purple triangle large top-right")]),
(["complaint-edit", "add", "relative-position"], [
 ("红色方块", "draw", "white: red square large center"),
 ("太大了吧", "edit", "white: red square small center"),
 ("它左边加个蓝圆", "edit", "white: red square small center; blue circle large left")]),
(["polite", "background", "undo"], [
 ("请在黑色背景的上方画一个橙色三角形。", "draw", "black: orange triangle large top"),
 ("能否把背景换成蓝色？谢谢", "edit", "blue: orange triangle large top"),
 ("嗯……还是退回上一步吧", "undo")]),
(["ambiguous", "clarify", "colour"], [
 ("左下一个蓝圆，右下一个蓝色三角", "draw", "white: blue circle large bottom-left; blue triangle large bottom-right"),
 ("把蓝色的那个改成黄色", "ask"),
 ("三角那个", "edit", "white: blue circle large bottom-left; yellow triangle large bottom-right")]),
(["question-chat", "two-edits", "background"], [
 ("画一颗超级大的紫色星星！", "draw", "white: purple star large center"),
 ("星星有几个角？", "chat"),
 ("背景弄成黑色，星星弄成白色", "edit", "black: white star large center")]),
(["rule-conflict", "ambiguous", "two-edits"], [
 ("红底黄圆", "draw", "red: yellow circle large center"),
 ("背景换成黄色", "ask"),
 ("哦对，那把圆改成蓝色，背景黄色", "edit", "yellow: blue circle large center")]),
(["remove", "move", "undo"], [
 ("右上角一个小橙色三角，左下角一个大绿色方块", "draw", "white: orange triangle small top-right; green square large bottom-left"),
 ("方块不要了", "edit", "white: orange triangle small top-right"),
 ("三角挪到正中间", "edit", "white: orange triangle small center"),
 ("撤回", "undo")]),
(["swap-positions", "ack-chat"], [
 ("左边一个黄色正方形，右边一个紫色圆形", "draw", "white: yellow square large left; purple circle large right"),
 ("俩调换一下", "edit", "white: yellow square large right; purple circle large left"),
 ("不错不错", "chat")]),
(["typo", "homophone", "add"], [
 ("画个红色星星再中间", "draw", "white: red star large center"),
 ("变小一点", "edit", "white: red star small center"),
 ("左下角家一个绿色园", "edit", "white: red star small center; green circle large bottom-left")]),
(["add", "relative-position", "ordinal", "question-chat"], [
 ("一个黑色三角形", "draw", "white: black triangle large center"),
 ("在它上面再放一个橙色的三角形", "edit", "white: black triangle large center; orange triangle large top"),
 ("第一个改小", "edit", "white: black triangle small center; orange triangle large top"),
 ("现在背景是什么颜色？", "chat")]),
(["long-prompt", "remove", "add", "undo"], [
 ("请帮我画一张图：蓝色背景，左上角一个白色圆形，右下角一个黄色正方形，正中间再放一个小小的红色星星", "draw", "blue: white circle large top-left; yellow square large bottom-right; red star small center"),
 ("去掉星星", "edit", "blue: white circle large top-left; yellow square large bottom-right"),
 ("左下角加一个绿色三角形", "edit", "blue: white circle large top-left; yellow square large bottom-right; green triangle large bottom-left"),
 ("撤销", "undo")]),
(["ambiguous", "clarify", "move"], [
 ("下方一个紫色方块", "draw", "white: purple square large bottom"),
 ("动一动它", "ask"),
 ("移到最上面", "edit", "white: purple square large top")]),
(["complaint-edit", "colour", "back-reference"], [
 ("绿色背景上一个白色星星", "draw", "green: white star large center"),
 ("星星太抢眼了，小一点", "edit", "green: white star small center"),
 ("再改成黑色", "edit", "green: black star small center"),
 ("算了，还是白色吧", "edit", "green: white star small center")]),
(["attr-list", "add", "background", "terse"], [
 ("右下，蓝，大，圆", "draw", "white: blue circle large bottom-right"),
 ("左上，橙，小，星", "edit", "white: blue circle large bottom-right; orange star small top-left"),
 ("中间，红，三角", "edit", "white: blue circle large bottom-right; orange star small top-left; red triangle large center"),
 ("背景黑色", "edit", "black: blue circle large bottom-right; orange star small top-left; red triangle large center")]),
(["metaphor", "background-anywhere", "add"], [
 ("黑色背景，左上角画一个白色的圆，像月亮一样", "draw", "black: white circle large top-left"),
 ("天空改成紫色", "edit", "purple: white circle large top-left"),
 ("右下加个小的黄色星星", "edit", "purple: white circle large top-left; yellow star small bottom-right")]),
(["plural-edit", "shape-change", "reference"], [
 ("两个方块，上面绿色，下面蓝色", "draw", "white: green square large top; blue square large bottom"),
 ("都缩小", "edit", "white: green square small top; blue square small bottom"),
 ("下面那个换成星形", "edit", "white: green square small top; blue star small bottom")]),
(["undo", "ack-chat"], [
 ("右边一个黄色三角形", "draw", "white: yellow triangle large right"),
 ("变成红的", "edit", "white: red triangle large right"),
 ("撤销", "undo"),
 ("好的，就黄色吧，谢谢！", "chat")]),
(["relative-position", "move", "question-chat"], [
 ("白色背景，中央一个红色方块，方块左边一个小黑圆", "draw", "white: red square large center; black circle small left"),
 ("圆应该在方块右边，不是左边", "edit", "white: red square large center; black circle small right"),
 ("圆和方块挨着吗？", "chat")]),
(["self-correction", "relative-position", "shape-change"], [
 ("我要一个绿色三角形在左下……不对，右下", "draw", "white: green triangle large bottom-right"),
 ("它上面再来一个紫的", "edit", "white: green triangle large bottom-right; purple triangle large right"),
 ("紫的那个改成方块", "edit", "white: green triangle large bottom-right; purple square large right")]),
(["ambiguous", "clarify", "colour"], [
 ("大号的黄色圆", "draw", "white: yellow circle large center"),
 ("颜色不太对", "ask"),
 ("换成蓝色吧", "edit", "white: blue circle large center")]),
(["rule-conflict", "ambiguous", "two-edits"], [
 ("橙色背景上画一个黑色三角形", "draw", "orange: black triangle large center"),
 ("背景改成黑色", "ask"),
 ("那三角形改白色，背景黑色", "edit", "black: white triangle large center")]),
(["reference", "colour", "undo"], [
 ("右上角一个小绿星，左下角一个小绿星", "draw", "white: green star small top-right; green star small bottom-left"),
 ("下面那个改成红色", "edit", "white: green star small top-right; red star small bottom-left"),
 ("另一个也改成红的", "edit", "white: red star small top-right; red star small bottom-left"),
 ("撤销", "undo")]),
(["remove", "two-removes", "move", "reference"], [
 ("上中下分别是蓝色圆、蓝色方块、蓝色三角", "draw", "white: blue circle large top; blue square large center; blue triangle large bottom"),
 ("圆和三角都删掉", "edit", "white: blue square large center"),
 ("把它挪到右上角", "edit", "white: blue square large top-right")]),
(["terse", "complaint-edit", "question-chat"], [
 ("黑底，下方黄色星星，就这样", "draw", "black: yellow star large bottom"),
 ("太靠下了，往上挪一格", "edit", "black: yellow star large center"),
 ("这已经是最大的尺寸了吗？", "chat")]),
(["ambiguous", "new-or-add", "clarify"], [
 ("画一个紫色正方形", "draw", "white: purple square large center"),
 ("现在画个橙色圆", "ask"),
 ("加上去就行，放右上角", "edit", "white: purple square large center; orange circle large top-right")]),
(["swap-colours", "new-scene", "wrapper"], [
 ("麻烦画一下：左上一个小的红色方块，右下一个大的蓝色圆，白色背景", "draw", "white: red square small top-left; blue circle large bottom-right"),
 ("它们的颜色互换", "edit", "white: blue square small top-left; red circle large bottom-right"),
 ("重新来：中间一个大的绿色星星就好", "draw", "white: green star large center")]),
]
