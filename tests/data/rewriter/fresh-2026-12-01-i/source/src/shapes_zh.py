D = [
 (["reference", "ambiguous", "two-similar"], [
  ("画两个红色圆形，左上一个大的，右下一个小的，白色背景", "draw", "white: red large circle top-left, red small circle bottom-right"),
  ("把圆改成蓝色", "ask", None),
  ("小的那个", "edit", "white: red large circle top-left, blue small circle bottom-right"),
 ]),
 (["size-words", "two-similar"], [
  ("黑色背景，上方一个大号黄色星星，左下一个小号黄色星星", "draw", "black: yellow large star top, yellow small star bottom-left"),
  ("大的那颗星缩小一点", "edit", "black: yellow small star top, yellow small star bottom-left"),
  ("上面那颗换成橙色", "edit", "black: orange small star top, yellow small star bottom-left"),
 ]),
 (["ambiguous", "remove", "two-similar"], [
  ("紫色背景，左边和右边各放一个绿色的大方块", "draw", "purple: green large square left, green large square right"),
  ("删掉方块", "ask", None),
  ("右边那个", "edit", "purple: green large square left"),
 ]),
 (["undo", "complaint-edit"], [
  ("黄色背景中间一个大的蓝色三角形", "draw", "yellow: blue large triangle center"),
  ("不对，我要的是星形不是三角形", "edit", "yellow: blue large star center"),
  ("算了还是撤回吧", "undo", None),
 ]),
 (["ack-chat", "add", "relative-position"], [
  ("中间画一个小的黑色圆", "draw", "white: black small circle center"),
  ("不错", "chat", None),
  ("在它正上方加一个小的红色正方形", "edit", "white: black small circle center, red small square top"),
 ]),
 (["question-chat", "background-anywhere"], [
  ("背景橙色，右下角一个大的白色星形", "draw", "orange: white large star bottom-right"),
  ("你能画几种形状？", "chat", None),
  ("那把背景换成绿色", "edit", "green: white large star bottom-right"),
 ]),
 (["typo", "move"], [
  ("右上画个小的紫色园", "draw", "white: purple small circle top-right"),
  ("把它移到下放", "edit", "white: purple small circle bottom"),
 ]),
 (["two-edits", "reference-by-colour"], [
  ("白底，左上一个大的红色正方形，右上一个大的蓝色正方形", "draw", "white: red large square top-left, blue large square top-right"),
  ("红的改小，蓝的变成圆形", "edit", "white: red small square top-left, blue large circle top-right"),
  ("完美，谢谢！", "chat", None),
 ]),
 (["ambiguous", "it-reference", "two-similar"], [
  ("白色背景，左下和右下各一个小的黑色三角", "draw", "white: black small triangle bottom-left, black small triangle bottom-right"),
  ("把它变大", "ask", None),
  ("两个都要", "edit", "white: black large triangle bottom-left, black large triangle bottom-right"),
 ]),
 (["colloquial-position", "move"], [
  ("左上角那块放一个大绿圆", "draw", "white: green large circle top-left"),
  ("往右挪一格", "edit", "white: green large circle top"),
  ("再放到正中央", "edit", "white: green large circle center"),
 ]),
 (["shape-change", "two-similar", "undo"], [
  ("黄色背景，左侧一个大的蓝色星形，右侧一个小的蓝色星形", "draw", "yellow: blue large star left, blue small star right"),
  ("小星星变成正方形", "edit", "yellow: blue large star left, blue small square right"),
  ("星星改成红色", "edit", "yellow: red large star left, blue small square right"),
  ("撤销上一步", "undo", None),
 ]),
 (["wrapper", "add", "three-objects"], [
  ("麻烦帮我画一个大的橙色三角形，放在上方", "draw", "white: orange large triangle top"),
  ("再请在左下和右下各加一个小的紫色圆形", "edit", "white: orange large triangle top, purple small circle bottom-left, purple small circle bottom-right"),
  ("左边那个圆改成绿色，谢谢", "edit", "white: orange large triangle top, green small circle bottom-left, purple small circle bottom-right"),
 ]),
 (["ambiguous", "colour-clash"], [
  ("黑色背景，中间一个大的白色方块", "draw", "black: white large square center"),
  ("背景也改成白色", "ask", None),
 ]),
 (["remove", "reference-by-position"], [
  ("蓝色背景，中间一排三个小圆：左边红色，中间黄色，右边绿色", "draw", "blue: red small circle left, yellow small circle center, green small circle right"),
  ("去掉中间那个", "edit", "blue: red small circle left, green small circle right"),
  ("右边的也不要了", "edit", "blue: red small circle left"),
 ]),
 (["new-scene"], [
  ("下方一个大的紫色星星", "draw", "white: purple large star bottom"),
  ("背景改黄色", "edit", "yellow: purple large star bottom"),
  ("重新来：白色背景，右上角一个小的红色三角形", "draw", "white: red small triangle top-right"),
 ]),
 (["terse"], [
  ("蓝圆，大，中间", "draw", "white: blue large circle center"),
  ("小一点", "edit", "white: blue small circle center"),
  ("放左边", "edit", "white: blue small circle left"),
  ("撤销", "undo", None),
 ]),
 (["attr-after-noun", "two-similar"], [
  ("正方形，橙色，大号，左上；正方形，橙色，小号，右下；背景紫色", "draw", "purple: orange large square top-left, orange small square bottom-right"),
  ("把橙色方块改成黑色", "ask", None),
  ("大号那个", "edit", "purple: black large square top-left, orange small square bottom-right"),
 ]),
 (["relative-position", "move"], [
  ("黑色背景，左侧一个小的黄色星星，右侧一个大的红色圆形", "draw", "black: yellow small star left, red large circle right"),
  ("把星星挪到圆的正下方", "edit", "black: yellow small star bottom-right, red large circle right"),
 ]),
 (["ambiguous", "question-chat"], [
  ("左上和右上各画一个大的绿色三角形", "draw", "white: green large triangle top-left, green large triangle top-right"),
  ("把三角形往下移", "ask", None),
  ("为什么要问我？", "chat", None),
 ]),
 (["swap-positions"], [
  ("白底，上方一个大的红圆，下方一个大的蓝色正方形", "draw", "white: red large circle top, blue large square bottom"),
  ("两个换个位置", "edit", "white: red large circle bottom, blue large square top"),
 ]),
 (["complaint-edit", "size-words", "undo"], [
  ("橙色背景正中间一个超大的黑色星形", "draw", "orange: black large star center"),
  ("太大了吧，改成小的", "edit", "orange: black small star center"),
  ("嗯……还是刚才那样好，退回去", "undo", None),
 ]),
 (["ambiguous", "reference-by-size", "two-similar"], [
  ("绿色背景，中间一个大的白色圆，右上一个小的白色圆", "draw", "green: white large circle center, white small circle top-right"),
  ("圆改紫色", "ask", None),
  ("大的", "edit", "green: purple large circle center, white small circle top-right"),
  ("小的改黄色", "edit", "green: purple large circle center, yellow small circle top-right"),
 ]),
 (["polite", "background-anywhere", "two-edits"], [
  ("您好，想请您在左下角画一个小的红色正方形，背景用蓝色", "draw", "blue: red small square bottom-left"),
  ("谢谢！能不能背景换回白色，方块挪到右上角？", "edit", "white: red small square top-right"),
 ]),
 (["child", "add"], [
  ("我要一个大大的黄色太阳圆圆在右上角", "draw", "white: yellow large circle top-right"),
  ("左下角再画一个大的绿色三角形当小树", "edit", "white: yellow large circle top-right, green large triangle bottom-left"),
  ("天空要蓝色的", "edit", "blue: yellow large circle top-right, green large triangle bottom-left"),
 ]),
 (["ambiguous", "move", "two-similar"], [
  ("白色背景，上方和下方各一个小的蓝色星形", "draw", "white: blue small star top, blue small star bottom"),
  ("星星放到中间", "ask", None),
  ("上面那颗", "edit", "white: blue small star center, blue small star bottom"),
 ]),
 (["shape-change", "it-reference"], [
  ("黄色背景，左边一个大的紫色圆形", "draw", "yellow: purple large circle left"),
  ("右边加个小黑方块", "edit", "yellow: purple large circle left, black small square right"),
  ("把它改成三角形", "edit", "yellow: purple large circle left, black small triangle right"),
 ]),
 (["colloquial-position", "move"], [
  ("在画面靠下偏左的格子放一个小的绿色星星", "draw", "white: green small star bottom-left"),
  ("挪到对角那个角", "edit", "white: green small star top-right"),
  ("行，就这样", "chat", None),
 ]),
 (["ambiguous", "remove", "reference-by-colour"], [
  ("白色背景：左上大红圆，右上大红方块，下方大蓝圆", "draw", "white: red large circle top-left, red large square top-right, blue large circle bottom"),
  ("把红色的删了", "ask", None),
  ("红色的圆", "edit", "white: red large square top-right, blue large circle bottom"),
 ]),
 (["undo", "two-edits"], [
  ("黑底，中央一个大的橙色正方形", "draw", "black: orange large square center"),
  ("改小，放右下", "edit", "black: orange small square bottom-right"),
  ("变绿", "edit", "black: green small square bottom-right"),
  ("上一步撤回", "undo", None),
 ]),
 (["background-anywhere", "move"], [
  ("画一个小的白色三角形在正中间，一个大的黄色圆在左上，背景要紫色", "draw", "purple: white small triangle center, yellow large circle top-left"),
  ("三角形往下挪一格", "edit", "purple: white small triangle bottom, yellow large circle top-left"),
 ]),
]
