D = [
 dict(c=["traffic-light", "three-objects", "remove", "ack-chat"], t=[
  ("draw", "画个红绿灯：上面红圆，中间黄圆，下面绿圆，背景黑色", "black | circle red large top | circle yellow large center | circle green large bottom"),
  ("edit", "黄灯不要", "-2"),
  ("chat", "嗯，像个只有红绿的灯"),
 ]),
 dict(c=["flag-like", "size-words", "ack-chat"], t=[
  ("draw", "红色底，左上角一颗小小的黄色五角星", "red | star yellow small top-left"),
  ("edit", "星星再大一点", "1.size=large"),
  ("chat", "哈哈有点像某国国旗"),
 ]),
 dict(c=["one-cell-move", "terse"], t=[
  ("draw", "左侧蓝色方形", "white | square blue large left"),
  ("edit", "往右一格", "1.pos=center"),
 ]),
 dict(c=["ask", "vague-warm"], t=[
  ("draw", "中间放一个紫色的圆，背景白色", "white | circle purple large center"),
  ("ask", "颜色调暖一点"),
  ("edit", "那就橙色", "1.color=orange"),
  ("chat", "可以"),
 ]),
 dict(c=["all-same-colour-change", "three-objects"], t=[
  ("draw", "左上红三角，正中绿方块，右下蓝星星", "white | triangle red large top-left | square green large center | star blue large bottom-right"),
  ("edit", "三个统一成黑色", "1.color=black; 2.color=black; 3.color=black"),
 ]),
 dict(c=["remove-last-added", "add"], t=[
  ("draw", "一个大的橙色三角形放在上方", "white | triangle orange large top"),
  ("edit", "下方加一个小的紫色圆", "+circle purple small bottom"),
  ("edit", "把最后加的那个删了", "-2"),
 ]),
 dict(c=["undo", "earlier-position"], t=[
  ("draw", "右下角一个绿色的正方形", "white | square green large bottom-right"),
  ("edit", "移到左上", "1.pos=top-left"),
  ("undo", "上一步的位置更好，退回去"),
 ]),
 dict(c=["invert", "two-edits"], t=[
  ("draw", "黄色背景上一个蓝色圆形", "yellow | circle blue large center"),
  ("edit", "背景色和圆的颜色对调", "bg=blue; 1.color=yellow"),
  ("chat", "对比还挺强的"),
 ]),
 dict(c=["it-reference", "last-mentioned"], t=[
  ("draw", "左边一个白色三角形，右边一个黑色星形，背景红色", "red | triangle white large left | star black large right"),
  ("edit", "把它改小", "2.size=small"),
 ]),
 dict(c=["synonyms", "shape-change"], t=[
  ("draw", "画一个绿色的方形，放中心", "white | square green large center"),
  ("edit", "换成五角星", "1.shape=star"),
  ("edit", "颜色不变，放到右侧", "1.pos=right"),
 ]),
 dict(c=["relative-move", "colloquial-position"], t=[
  ("draw", "左边一个黄色三角，右边一个蓝色圆", "white | triangle yellow large left | circle blue large right"),
  ("edit", "左边那个往上走", "1.pos=top-left"),
  ("chat", "好的"),
 ]),
 dict(c=["ask", "which-shape"], t=[
  ("draw", "橙色背景，中间一个白色圆", "orange | circle white large center"),
  ("ask", "换一个形状"),
  ("edit", "三角形", "1.shape=triangle"),
 ]),
 dict(c=["question-chat", "export"], t=[
  ("draw", "小的黑色正方形，放在正下方", "white | square black small bottom"),
  ("chat", "这个能导出成PNG吗？"),
  ("chat", "好的我自己截图"),
 ]),
 dict(c=["swap-sizes", "two-edits"], t=[
  ("draw", "左上一个大的红色星星，右下一个小的绿色星星", "white | star red large top-left | star green small bottom-right"),
  ("edit", "大的变小，小的变大", "1.size=small; 2.size=large"),
 ]),
 dict(c=["ask", "vague-move"], t=[
  ("draw", "左上角一个蓝色小三角", "white | triangle blue small top-left"),
  ("ask", "往中间靠一点"),
  ("edit", "直接放正中间", "1.pos=center"),
 ]),
 dict(c=["numbered-list", "background"], t=[
  ("draw", "一、背景用绿色；二、左下角放个大白圆；三、右上角放个小黄方块", "green | circle white large bottom-left | square yellow small top-right"),
  ("edit", "第二点改一下，白圆换成黑圆", "1.color=black"),
  ("chat", "这样就好"),
 ]),
 dict(c=["traditional-chinese", "add"], t=[
  ("draw", "畫一個藍色的圓形在右上角", "white | circle blue large top-right"),
  ("edit", "再加一個紅色的小三角形在左下角", "+triangle red small bottom-left"),
 ]),
 dict(c=["elderly", "polite", "question-chat"], t=[
  ("draw", "小伙子，帮我画个大红圆圈，放中间就行", "white | circle red large center"),
  ("chat", "这个能打印出来吗"),
  ("edit", "那背景弄成黄的，喜庆一点", "bg=yellow"),
 ]),
 dict(c=["cantonese", "colloquial"], t=[
  ("draw", "整个黄色嘅星星喺左边，要大嘅", "white | star yellow large left"),
  ("edit", "背景转做紫色", "bg=purple"),
  ("chat", "正！"),
 ]),
 dict(c=["ask", "delete-all", "draw-again"], t=[
  ("draw", "上方一个橙色方块，下方一个蓝色星", "white | square orange large top | star blue large bottom"),
  ("ask", "全部删掉"),
  ("draw", "那重来：黑底，右侧一个绿色三角形", "black | triangle green large right"),
 ]),
 dict(c=["twin", "add"], t=[
  ("draw", "左边放一个小白星，背景蓝色", "blue | star white small left"),
  ("edit", "右边再来一个一样的", "+star white small right"),
  ("edit", "中间也来一个，但是要大的", "+star white large center"),
 ]),
 dict(c=["reference", "earlier-colour"], t=[
  ("draw", "一个蓝色三角形，在上方", "white | triangle blue large top"),
  ("edit", "试试绿色", "1.color=green"),
  ("edit", "还是刚才那个蓝色顺眼，换回来", "1.color=blue"),
 ]),
 dict(c=["two-attrs-one-edit"], t=[
  ("draw", "右下一个大黄圆", "white | circle yellow large bottom-right"),
  ("edit", "把它变成小的紫色的", "1.size=small; 1.color=purple"),
 ]),
 dict(c=["swap-positions", "ack-chat"], t=[
  ("draw", "左边红方块，右边黑三角，白底", "white | square red large left | triangle black large right"),
  ("edit", "左边那个和右边那个交换", "1.pos=right; 2.pos=left"),
  ("chat", "对，就是这样"),
 ]),
 dict(c=["question-chat", "geometry"], t=[
  ("draw", "中间一个大的绿色三角形", "white | triangle green large center"),
  ("chat", "这个三角形是等边的吗？"),
  ("chat", "为啥看起来有点歪"),
 ]),
 dict(c=["move", "three-objects"], t=[
  ("draw", "黑色背景，左上白圆，中间白方块，右上白三角", "black | circle white large top-left | square white large center | triangle white large top-right"),
  ("edit", "中间那个往下移", "2.pos=bottom"),
 ]),
 dict(c=["relative-position", "move"], t=[
  ("draw", "中间一个红色圆，右上一个黄色星", "white | circle red large center | star yellow large top-right"),
  ("edit", "把星星放到圆的左边", "2.pos=left"),
 ]),
 dict(c=["undo", "two-undos"], t=[
  ("draw", "紫色背景，中间一个黄方块", "purple | square yellow large center"),
  ("edit", "方块变成圆", "1.shape=circle"),
  ("edit", "再缩小", "1.size=small"),
  ("undo", "撤销"),
  ("undo", "再撤一次"),
 ]),
 dict(c=["question-chat", "colour-name"], t=[
  ("draw", "一个橙色的星星放右侧", "white | star orange large right"),
  ("chat", "这个颜色算橙还是算黄？"),
 ]),
 dict(c=["ask", "impossible-colour-clash"], t=[
  ("draw", "左上一个黑色方块，右下一个红色圆", "white | square black large top-left | circle red large bottom-right"),
  ("ask", "背景换成黑色"),
  ("edit", "那方块改白色，背景再换黑", "1.color=white; bg=black"),
 ]),
 dict(c=["remove-background", "defaults"], t=[
  ("draw", "绿色底色，中间一个红色小三角", "green | triangle red small center"),
  ("edit", "不要背景色了", "bg=white"),
 ]),
 dict(c=["ask", "night", "unknown-word"], t=[
  ("draw", "下方一个黄色的圆，像月亮，背景蓝色", "blue | circle yellow large bottom"),
  ("ask", "换成夜晚的感觉"),
  ("edit", "背景黑色，月亮挪到右上", "bg=black; 1.pos=top-right"),
 ]),
 dict(c=["grid-words", "position-synonym"], t=[
  ("draw", "九宫格第一行第三格放一个小绿方块", "white | square green small top-right"),
  ("edit", "挪到第三行第一格", "1.pos=bottom-left"),
 ]),
 dict(c=["colloquial-position", "size-words"], t=[
  ("draw", "靠右放一个大号的紫色三角", "white | triangle purple large right"),
  ("edit", "弄成小号", "1.size=small"),
  ("undo", "撤回，大号好"),
 ]),
 dict(c=["typo", "shape-change"], t=[
  ("draw", "中间一个蓝色正方型", "white | square blue large center"),
  ("edit", "改成三脚形", "1.shape=triangle"),
 ]),
 dict(c=["ask", "reset-ambiguous"], t=[
  ("draw", "右侧一个红色星星", "white | star red large right"),
  ("edit", "改成圆", "1.shape=circle"),
  ("edit", "背景换绿", "bg=green"),
  ("ask", "恢复原样"),
  ("undo", "撤回最后一步就行"),
 ]),
 dict(c=["ask", "vague-add"], t=[
  ("draw", "上方一个小的白色星星，背景紫色", "purple | star white small top"),
  ("ask", "再来一个"),
  ("edit", "一样的星星，放下方", "+star white small bottom"),
 ]),
 dict(c=["complaint-edit", "size-words"], t=[
  ("draw", "左下角一个很小的黑色星星", "white | star black small bottom-left"),
  ("edit", "星星太小了，根本看不清", "1.size=large"),
  ("chat", "现在能看清了"),
 ]),
 dict(c=["two-edits", "remove", "colour-change"], t=[
  ("draw", "右上一个黄色三角，左下一个蓝色方块", "white | triangle yellow large top-right | square blue large bottom-left"),
  ("edit", "右上那个改成绿色，左下那个删掉", "1.color=green; -2"),
 ]),
 dict(c=["question-chat", "spacing"], t=[
  ("draw", "上面一个橙色圆，下面一个橙色方块", "white | circle orange large top | square orange large bottom"),
  ("chat", "两个图形之间的距离能调吗？"),
  ("edit", "不能的话就把方块放到右边", "2.pos=right"),
 ]),
 dict(c=["new-scene", "draw-again"], t=[
  ("draw", "中央一个大的白色方块，黑色底", "black | square white large center"),
  ("chat", "好的，这张可以了"),
  ("draw", "下一张：左上一个红色小圆，右下一个蓝色小圆", "white | circle red small top-left | circle blue small bottom-right"),
 ]),
 dict(c=["wrapper", "formal", "add"], t=[
  ("draw", "请为我绘制：白色背景，正上方一个大的紫色圆形。", "white | circle purple large top"),
  ("edit", "请在正下方补充一个大的紫色三角形。", "+triangle purple large bottom"),
  ("chat", "谢谢，辛苦了。"),
 ]),
 dict(c=["student", "question-chat"], t=[
  ("draw", "老师让画的：左侧一个红三角，右侧一个绿三角", "white | triangle red large left | triangle green large right"),
  ("chat", "这两个是全等的吗"),
  ("edit", "把绿的改小，演示一下相似", "2.size=small"),
 ]),
 dict(c=["reaction", "complaint-edit", "colour-change"], t=[
  ("draw", "黄色背景，中间一个白色星星", "yellow | star white large center"),
  ("edit", "白的在黄底上几乎看不见，星星换成黑色", "1.color=black"),
 ]),
 dict(c=["shape-change", "attr-after-noun"], t=[
  ("draw", "圆形一个，颜色要绿的，位置左下", "white | circle green large bottom-left"),
  ("edit", "形状换方的", "1.shape=square"),
  ("undo", "不要，撤"),
 ]),
 dict(c=["ask", "clash-colour-object"], t=[
  ("draw", "白色背景，右上角一个黑色圆形", "white | circle black large top-right"),
  ("ask", "把黑色换成白色"),
  ("edit", "我的意思是圆变白色，那背景顺手换成蓝的吧", "1.color=white; bg=blue"),
 ]),
 dict(c=["hurried", "two-objects", "add"], t=[
  ("draw", "蓝圆左上 红星右下", "white | circle blue large top-left | star red large bottom-right"),
  ("edit", "+黄三角 正中 小", "+triangle yellow small center"),
 ]),
 dict(c=["reference", "the-other-one"], t=[
  ("draw", "上方一个大的黑色三角，下方一个小的黑色三角，背景橙色", "orange | triangle black large top | triangle black small bottom"),
  ("edit", "小的那个变紫色", "2.color=purple"),
  ("edit", "另一个也一样", "1.color=purple"),
 ]),
 dict(c=["question-chat", "default-size"], t=[
  ("draw", "画一个红色正方形在右下角", "white | square red large bottom-right"),
  ("chat", "我没说大小，你默认画的是大的吗？"),
  ("edit", "改小号吧", "1.size=small"),
 ]),
 dict(c=["move", "ack-chat", "center-synonym"], t=[
  ("draw", "左上一个小橙色三角，背景黑", "black | triangle orange small top-left"),
  ("edit", "放到正中心", "1.pos=center"),
  ("chat", "可以了，谢谢"),
 ]),
]
