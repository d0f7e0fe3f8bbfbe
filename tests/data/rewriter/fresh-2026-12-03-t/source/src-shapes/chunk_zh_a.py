DIALOGUES = [
("zh", ["first-timer", "defaults", "question-chat"], [
  ("你好，帮我画一个红色的圆", "draw", "white; circle red large center"),
  ("背景是什么颜色的？", "chat"),
  ("那换成黑色背景", "edit", "bg black"),
]),
("zh", ["relative-move", "undo"], [
  ("左上角放一个黄色的星星，背景深一点，用蓝色", "draw", "blue; star yellow large top-left"),
  ("往右挪一格", "edit", "star pos top"),
  ("再往下挪一格", "edit", "star pos center"),
  ("上一步撤掉", "undo"),
]),
("zh", ["new-scene", "ack-chat"], [
  ("画个绿色三角形在下面", "draw", "white; triangle green large bottom"),
  ("可以", "chat"),
  ("再画一张新的：橙色背景，中心一个紫色的小方块", "draw", "orange; square purple small center"),
]),
("zh", ["synonyms", "size-words"], [
  ("中央放一个大号的蓝色方块", "draw", "white; square blue large center"),
  ("改成小号", "edit", "square size small"),
  ("嗯嗯", "chat"),
]),
("zh", ["question-chat", "colour-question"], [
  ("白底，左边一个红色圆，右边一个绿色星星", "draw", "white; circle red large left; star green large right"),
  ("星星是什么颜色来着？", "chat"),
  ("哦那换成紫色", "edit", "star colour purple"),
]),
("zh", ["ask", "missing-value"], [
  ("黑色背景，中间一个黄色三角形", "draw", "black; triangle yellow large center"),
  ("换个颜色", "ask"),
  ("绿色吧", "edit", "triangle colour green"),
]),
("zh", ["colloquial", "size-words"], [
  ("给我整一个迷你的红色星星，放右下角", "draw", "white; star red small bottom-right"),
  ("搞大点", "edit", "star size large"),
  ("好嘞", "chat"),
]),
("zh", ["remove", "undo", "five-turns"], [
  ("左边黄色方块，中间蓝色圆，右边红色三角，背景白色", "draw",
   "white; square yellow large left; circle blue large center; triangle red large right"),
  ("中间那个不要", "edit", "- circle"),
  ("右边那个也删掉", "edit", "- triangle"),
  ("哎呀删多了，撤回一步", "undo"),
  ("行，就这样", "chat"),
]),
("zh", ["shape-change", "synonyms"], [
  ("上面一个橙色的圆圈，下面一个黑色的方块", "draw", "white; circle orange large top; square black large bottom"),
  ("上面那个改成三角", "edit", "circle shape triangle"),
]),
("zh", ["background-only", "question-chat"], [
  ("紫色的背景上，右上角画个白色小星星", "draw", "purple; star white small top-right"),
  ("你觉得背景用什么颜色更好看？", "chat"),
  ("那就听你的，用黑色", "edit", "bg black"),
]),
("zh", ["move", "diagonal"], [
  ("左下角一个绿色的圆", "draw", "white; circle green large bottom-left"),
  ("挪到对角那边去", "edit", "circle pos top-right"),
]),
("zh", ["draw-after-chat", "new-scene"], [
  ("中间一个蓝色星星", "draw", "white; star blue large center"),
  ("挺好的，谢谢", "chat"),
  ("再来一张，换成红色背景，左上一个黄色的圆，右下一个白色的三角形", "draw",
   "red; circle yellow large top-left; triangle white large bottom-right"),
  ("三角形小一点", "edit", "triangle size small"),
]),
("zh", ["ambiguous", "ask", "remove"], [
  ("左上一个红色方块，右下一个红色圆", "draw", "white; square red large top-left; circle red large bottom-right"),
  ("把红色的删掉", "ask"),
  ("删方块", "edit", "- square"),
]),
("zh", ["child", "add"], [
  ("我要画一个黄色的大星星在天上面", "draw", "white; star yellow large top"),
  ("下面再画个绿色的方块当房子", "edit", "+ square green large bottom"),
  ("房子要变成红色的", "edit", "square colour red"),
  ("妈妈你看！", "chat"),
]),
("zh", ["undo-then-new-edit", "background-change"], [
  ("白色背景，右边一个黑色的大三角形", "draw", "white; triangle black large right"),
  ("背景改成黄色", "edit", "bg yellow"),
  ("不好看，撤销", "undo"),
  ("三角形改成蓝色吧", "edit", "triangle colour blue"),
]),
("zh", ["attr-after-noun", "add"], [
  ("画一个圆，绿色，小的，左边", "draw", "white; circle green small left"),
  ("再来个星星，橙色，大的，右边", "edit", "+ star orange large right"),
]),
("zh", ["ask", "vague"], [
  ("蓝色背景，中间一个白色的圆", "draw", "blue; circle white large center"),
  ("感觉不太对", "ask"),
  ("没事了，挺好", "chat"),
]),
("zh", ["two-edits", "three-objects"], [
  ("上方红色星星，左下蓝色方块，右下绿色圆", "draw",
   "white; star red large top; square blue large bottom-left; circle green large bottom-right"),
  ("星星变小，圆变成黄色", "edit", "star size small, circle colour yellow"),
  ("好", "chat"),
]),
("zh", ["reference-back", "colour-change"], [
  ("橙色背景，中间黑色方块", "draw", "orange; square black large center"),
  ("方块换白色", "edit", "square colour white"),
  ("还是刚才那个黑色好", "edit", "square colour black"),
]),
("zh", ["question-chat", "capability"], [
  ("画个紫色三角形", "draw", "white; triangle purple large center"),
  ("能画心形吗？", "chat"),
  ("那画成星星", "edit", "triangle shape star"),
]),
("zh", ["occupied-cell", "ask"], [
  ("左边一个绿色星星，中间一个红色方块", "draw", "white; star green large left; square red large center"),
  ("星星放到中间", "ask"),
  ("放右边就行", "edit", "star pos right"),
]),
("zh", ["typo", "homophone"], [
  ("画一个兰色的园在左上角", "draw", "white; circle blue large top-left"),
  ("换成黄涩", "edit", "circle colour yellow"),
]),
("zh", ["move", "synonyms"], [
  ("右侧放一个大的橙色星形，背景黑色", "draw", "black; star orange large right"),
  ("移到左侧", "edit", "star pos left"),
  ("再移到中心", "edit", "star pos center"),
  ("撤回", "undo"),
]),
("zh", ["conflict", "ask"], [
  ("绿色背景上，下方一个黄色的小圆", "draw", "green; circle yellow small bottom"),
  ("把圆改成绿色", "ask"),
  ("那背景换成白色，圆改绿色", "edit", "bg white, circle colour green"),
]),
("zh", ["terse", "add", "remove"], [
  ("黑圆 左上", "draw", "white; circle black large top-left"),
  ("加 红星 右下", "edit", "+ star red large bottom-right"),
  ("去掉黑圆", "edit", "- circle"),
]),
]
