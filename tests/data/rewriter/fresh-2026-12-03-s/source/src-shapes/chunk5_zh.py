D=[
("zh","question-chat two-turn",[
 ("画一个绿色的星星在左下角","draw","white: star green L bl"),
 ("这个是大号还是小号？","chat","=")]),
("zh","ambiguous add-missing-info",[
 ("中间一个红色正方形","draw","white: square red L c"),
 ("再加一个","ask","="),
 ("加一个小的蓝色圆形，放右上","edit","white: square red L c; circle blue S tr"),
 ("嗯不错","chat","=")]),
("zh","five-turn undo ack-chat",[
 ("黄色背景，上方一个黑色三角形","draw","yellow: triangle black L t"),
 ("下方加一个紫色的正方形","edit","yellow: triangle black L t; square purple L b"),
 ("正方形改成红色","edit","yellow: triangle black L t; square red L b"),
 ("不行，撤回","undo","<"),
 ("就这样吧，挺好","chat","=")]),
("zh","new-scene terse",[
 ("蓝圆 中间","draw","white: circle blue L c"),
 ("换一张：黑底，右侧一个小的橙色星形","draw","black: star orange S r"),
 ("好","chat","=")]),
("zh","self-correction attr-after-noun",[
 ("正方形一个，颜色紫色，位置右上……不对，左上","draw","white: square purple L tl"),
 ("对，就是这样","chat","=")]),
("zh","occupied-cell ambiguous",[
 ("左边一个黄色圆形，中间一个绿色三角形","draw","white: circle yellow L l; triangle green L c"),
 ("把圆移到中间","ask","="),
 ("那就把圆移到上方","edit","white: circle yellow L t; triangle green L c")]),
("zh","too-many-objects ambiguous",[
 ("左上红色星星，右上蓝色星星，下方黄色星星","draw","white: star red L tl; star blue L tr; star yellow L b"),
 ("再来一个绿色的星星","ask","="),
 ("那把黄色那颗改成绿色","edit","white: star red L tl; star blue L tr; star green L b")]),
("zh","remove-only-object ambiguous",[
 ("一个小的白色三角形，背景蓝色","draw","blue: triangle white S c"),
 ("删掉三角形","ask","="),
 ("那换成一个白色的圆吧","edit","blue: circle white S c")]),
("zh","complaint-edit background",[
 ("红色背景上画一个橙色的圆","draw","red: circle orange L c"),
 ("颜色太接近了，看着好难受","ask","="),
 ("背景改成白色","edit","white: circle orange L c")]),
("zh","question-chat chat-only",[
 ("右下角一个黑色正方形","draw","white: square black L br"),
 ("你能画哪些形状？","chat","="),
 ("能画心形吗？","chat","="),
 ("那把正方形换成星形","edit","white: star black L br")]),
("zh","reference like-before",[
 ("中间一个蓝色三角形","draw","white: triangle blue L c"),
 ("换成黄色","edit","white: triangle yellow L c"),
 ("还是用一开始那个颜色","edit","white: triangle blue L c")]),
("zh","child add",[
 ("我要画一个紫色的大星星！","draw","white: star purple L c"),
 ("还要一个小小的红色圆圆在上面","edit","white: star purple L c; circle red S t"),
 ("哇好看！","chat","=")]),
("zh","two-edits background size",[
 ("左侧一个绿色正方形","draw","white: square green L l"),
 ("背景换成黑色，正方形缩小","edit","black: square green S l"),
 ("撤销","undo","<")]),
("zh","swap-shape it-last",[
 ("上面一个橙色的圆，下面一个蓝色的方块","draw","white: circle orange L t; square blue L b"),
 ("把方块变成三角形","edit","white: circle orange L t; triangle blue L b"),
 ("它再小一点","edit","white: circle orange L t; triangle blue S b")]),
("zh","polite long-first",[
 ("您好，请帮我画一张图：白色背景，左上角一个小的黑色圆形，右上角一个小的黑色正方形，正下方一个大的红色三角形。谢谢！","draw","white: circle black S tl; square black S tr; triangle red L b"),
 ("非常好，谢谢您","chat","=")]),
("zh","ambiguous same-shape",[
 ("左下一个绿色三角形，右下一个紫色三角形","draw","white: triangle green L bl; triangle purple L br"),
 ("三角形改小","ask","="),
 ("紫色那个","edit","white: triangle green L bl; triangle purple S br")]),
("zh","undo new-scene",[
 ("一个红色的正方形在中间，背景黄色","draw","yellow: square red L c"),
 ("重新画：一个白色的星形，黑色背景，放在右上角","draw","black: star white L tr"),
 ("还是上一张好，撤销","undo","<")]),
("zh","move colloquial-position",[
 ("左上角画一个小的蓝色圆","draw","white: circle blue S tl"),
 ("挪到正中央","edit","white: circle blue S c"),
 ("现在是在正中间了吗？","chat","=")]),
("zh","typo phone",[
 ("蓝色背景 黄色的三角型 右边","draw","blue: triangle yellow L r"),
 ("改成小号de","edit","blue: triangle yellow S r"),
 ("ok了","chat","=")]),
("zh","vague-edit ambiguous",[
 ("中间一个紫色圆形，右边一个橙色星形","draw","white: circle purple L c; star orange L r"),
 ("调整一下","ask","="),
 ("星星放到左边","edit","white: circle purple L c; star orange L l")]),
("zh","remove undo reference",[
 ("上方一个黑色圆形，左侧一个绿色正方形，右侧一个红色三角形","draw","white: circle black L t; square green L l; triangle red L r"),
 ("去掉黑色的","edit","white: square green L l; triangle red L r"),
 ("那个黑圆还是留着吧，撤销","undo","<")]),
("zh","colour-conflict background",[
 ("白色的正方形，在下方，背景紫色","draw","purple: square white L b"),
 ("背景改成白色","ask","="),
 ("那正方形也改成紫色","edit","white: square purple L b")]),
("zh","question-chat position",[
 ("一个黄色星星，小号，放在右下","draw","white: star yellow S br"),
 ("为什么星星有点歪？","chat","="),
 ("没事，就这样","chat","=")]),
("zh","add relative-position two-turn",[
 ("中间一个红色的圆","draw","white: circle red L c"),
 ("在圆的左边加一个小的蓝色星形","edit","white: circle red L c; star blue S l")]),
("zh","five-turn shape-change undo",[
 ("一个橙色的三角形，在上方","draw","white: triangle orange L t"),
 ("改成圆形","edit","white: circle orange L t"),
 ("改成正方形","edit","white: square orange L t"),
 ("撤销一步","undo","<"),
 ("好，就要圆的","chat","=")]),
]
