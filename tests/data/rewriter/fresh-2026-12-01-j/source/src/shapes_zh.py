from shapes_data import T
ZH = [
 (["reference", "move", "pronoun-it"], [
  T("画一个红色的大圆，放在中间", "draw", "white: circle red large center"),
  T("把它挪到右边去", "edit", "white: circle red large right")]),
 (["shape-change", "undo", "ack-chat", "background-anywhere"], [
  T("黑色背景，右上角一个小的蓝色星星，左下角一个黄色方块", "draw", "black: star blue small top-right; square yellow large bottom-left"),
  T("方块换成三角形", "edit", "black: star blue small top-right; triangle yellow large bottom-left"),
  T("撤销", "undo", "U"),
  T("好的谢谢", "chat")]),
 (["ambiguous", "clarify-answer"], [
  T("画两个绿色的圆，一个在左上，一个在右下，中间再放一个紫色的小星星", "draw", "white: circle green large top-left; circle green large bottom-right; star purple small center"),
  T("把圆改成橙色", "ask"),
  T("右下那个", "edit", "white: circle green large top-left; circle orange large bottom-right; star purple small center")]),
 (["attr-after-noun", "background-anywhere", "question-chat"], [
  T("正方形，橙色，小号，放上面。背景紫色", "draw", "purple: square orange small top"),
  T("背景改回白色", "edit", "white: square orange small top"),
  T("大号和小号差多少？", "chat")]),
 (["typo", "size-words", "add"], [
  T("画一个黄色的三角行，蓝色背景", "draw", "blue: triangle yellow large center"),
  T("把它变小一点", "edit", "blue: triangle yellow small center"),
  T("左上再加个红色的园", "edit", "blue: triangle yellow small center; circle red large top-left")]),
 (["complaint-edit", "move", "ack-chat"], [
  T("白色背景上，下方有一个大的黑色星形", "draw", "white: star black large bottom"),
  T("不对，我说的是星星要在上面，不是下面", "edit", "white: star black large top"),
  T("嗯这样好多了", "chat")]),
 (["remove", "undo"], [
  T("左边红色方块，右边蓝色圆，中间绿色三角", "draw", "white: square red large left; circle blue large right; triangle green large center"),
  T("把圆去掉", "edit", "white: square red large left; triangle green large center"),
  T("三角也删了吧", "edit", "white: square red large left"),
  T("撤销", "undo", "U")]),
 (["two-edits", "size-words", "background-change"], [
  T("黑色背景正中间画一个白色大圆", "draw", "black: circle white large center"),
  T("改成红色，再缩小一点", "edit", "black: circle red small center"),
  T("背景换成黄色", "edit", "yellow: circle red small center")]),
 (["relative-position", "add"], [
  T("中间一个小的绿色正方形", "draw", "white: square green small center"),
  T("在它正下方放一个蓝色星星", "edit", "white: square green small center; star blue large bottom"),
  T("方块右边再加一个紫色的圆", "edit", "white: square green small center; star blue large bottom; circle purple large right")]),
 (["ambiguous", "clarify-answer", "ack-chat"], [
  T("左上一个红色小星星，右下也一个红色小星星", "draw", "white: star red small top-left; star red small bottom-right"),
  T("把其中一个改成黄色", "ask"),
  T("左上那个", "edit", "white: star yellow small top-left; star red small bottom-right"),
  T("完美", "chat")]),
 (["wrapper", "question-chat", "two-adds"], [
  T("麻烦在左下角画个橙色三角形", "draw", "white: triangle orange large bottom-left"),
  T("一张图最多能放几个形状？", "chat"),
  T("那再在右上加一个黑色正方形，上方加一个蓝色圆形", "edit", "white: triangle orange large bottom-left; square black large top-right; circle blue large top")]),
 (["size-words", "add", "move", "undo"], [
  T("中间一个超大的紫色方块", "draw", "white: square purple large center"),
  T("左上角放一个黄色的小星星", "edit", "white: square purple large center; star yellow small top-left"),
  T("把方块挪到最下面", "edit", "white: square purple large bottom; star yellow small top-left"),
  T("退回上一步", "undo", "U")]),
 (["new-scene", "undo-after-draw"], [
  T("一个蓝色的圆", "draw", "white: circle blue large center"),
  T("重新来：橙色背景，右下角一个绿色的星星", "draw", "orange: star green large bottom-right"),
  T("算了，撤回", "undo", "U")]),
 (["colloquial-position", "move", "size-words"], [
  T("右上角来个黄星星，左下角来个黑色圆圈", "draw", "white: star yellow large top-right; circle black large bottom-left"),
  T("把圆往中间挪", "edit", "white: star yellow large top-right; circle black large center"),
  T("星星弄小点", "edit", "white: star yellow small top-right; circle black large center")]),
 (["reference-by-colour", "shape-change"], [
  T("黄色背景，上面一个红色圆，下面一个蓝色圆", "draw", "yellow: circle red large top; circle blue large bottom"),
  T("蓝的那个变成正方形", "edit", "yellow: circle red large top; square blue large bottom"),
  T("红的变成星星", "edit", "yellow: star red large top; square blue large bottom")]),
 (["polite", "ack-chat", "colour-change"], [
  T("请在右侧画一个小的黑色三角形，白底", "draw", "white: triangle black small right"),
  T("太棒了，就是我想要的", "chat"),
  T("现在把三角形改成绿色", "edit", "white: triangle green small right")]),
 (["vague-ask", "colour-change"], [
  T("紫色背景中间一个橙色星星", "draw", "purple: star orange large center"),
  T("感觉哪里不对，改一下吧", "ask"),
  T("星星换成白色", "edit", "purple: star white large center")]),
 (["occupied-cell", "ask", "swap"], [
  T("左边绿色圆，右边红色正方形", "draw", "white: circle green large left; square red large right"),
  T("把圆移到右边", "ask"),
  T("两个交换一下位置", "edit", "white: circle green large right; square red large left")]),
 (["size-words", "undo", "same-colour-objects"], [
  T("蓝色背景，左上一个很小的白色正方形，右下一个很大的白色星星", "draw", "blue: square white small top-left; star white large bottom-right"),
  T("正方形也要大的", "edit", "blue: square white large top-left; star white large bottom-right"),
  T("星星改小", "edit", "blue: square white large top-left; star white small bottom-right"),
  T("撤销", "undo", "U")]),
 (["remove", "add"], [
  T("三个形状：左下红色圆，下方黄色方块，右下绿色星星", "draw", "white: circle red large bottom-left; square yellow large bottom; star green large bottom-right"),
  T("删掉方块", "edit", "white: circle red large bottom-left; star green large bottom-right"),
  T("在上方加一个蓝色三角", "edit", "white: circle red large bottom-left; star green large bottom-right; triangle blue large top")]),
 (["wrapper", "colour-synonym", "question-chat"], [
  T("你好，能帮我在黑色背景的右下角画一个大的黄色圆形吗？谢谢", "draw", "black: circle yellow large bottom-right"),
  T("背景换成深蓝色", "edit", "blue: circle yellow large bottom-right"),
  T("支持哪些颜色？", "chat")]),
 (["ordinal-reference", "size-words", "colour-change"], [
  T("左边红星，中间蓝星，右边绿星", "draw", "white: star red large left; star blue large center; star green large right"),
  T("中间那个改小", "edit", "white: star red large left; star blue small center; star green large right"),
  T("右边那个换成紫色", "edit", "white: star red large left; star blue small center; star purple large right")]),
 (["pronoun-it", "add", "move"], [
  T("白底中间一个黑色方块", "draw", "white: square black large center"),
  T("左下角加一个橙色小圆", "edit", "white: square black large center; circle orange small bottom-left"),
  T("把它改成红色", "edit", "white: square black large center; circle red small bottom-left"),
  T("再把它挪到左上", "edit", "white: square black large center; circle red small top-left")]),
 (["terse", "undo", "background-change"], [
  T("紫色三角，上方", "draw", "white: triangle purple large top"),
  T("小点", "edit", "white: triangle purple small top"),
  T("绿底", "edit", "green: triangle purple small top"),
  T("撤销", "undo", "U")]),
 (["two-edits", "shape-swap", "ack-chat"], [
  T("左边一个大的蓝色正方形，右边一个小的黄色圆", "draw", "white: square blue large left; circle yellow small right"),
  T("方的变圆的，圆的变方的", "edit", "white: circle blue large left; square yellow small right"),
  T("哈哈可以", "chat")]),
 (["child", "unsupported-colour", "ask"], [
  T("我要一个大大的红色星星！！放中间", "draw", "white: star red large center"),
  T("变成彩虹色", "ask"),
  T("那就黄色吧", "edit", "white: star yellow large center")]),
 (["colloquial", "size-words", "add"], [
  T("左上角放个绿色的圆，背景黑的", "draw", "black: circle green large top-left"),
  T("圆再小一号", "edit", "black: circle green small top-left"),
  T("右下再来个白色方块", "edit", "black: circle green small top-left; square white large bottom-right")]),
 (["colloquial-position", "move", "colour-change"], [
  T("右边中间一个橙色正方形，底部中间一个蓝色三角", "draw", "white: square orange large right; triangle blue large bottom"),
  T("三角挪到顶部中间", "edit", "white: square orange large right; triangle blue large top"),
  T("方块改成黑色", "edit", "white: square black large right; triangle blue large top")]),
 (["the-other-one", "shape-change", "size-words"], [
  T("红色背景，左上和右下各一个白色圆形", "draw", "red: circle white large top-left; circle white large bottom-right"),
  T("右下那个变成星星", "edit", "red: circle white large top-left; star white large bottom-right"),
  T("另一个改小", "edit", "red: circle white small top-left; star white large bottom-right")]),
 (["two-edits", "undo", "question-chat"], [
  T("中间画一个小的绿色三角", "draw", "white: triangle green small center"),
  T("改成大的蓝色", "edit", "white: triangle blue large center"),
  T("不要了，恢复原来的", "undo", "U"),
  T("能不能稍微转一点角度？", "chat")]),
]
