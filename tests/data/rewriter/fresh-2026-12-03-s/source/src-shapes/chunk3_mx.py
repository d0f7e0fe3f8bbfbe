D=[
("mixed","code-switch it-last",[
 ("画一个red circle在中间","draw","white: circle red L c"),
 ("make it 蓝色","edit","white: circle blue L c"),
 ("nice 谢谢","chat","=")]),
("mixed","code-switch background add",[
 ("black background, 左上角一个 yellow star","draw","black: star yellow L tl"),
 ("再加一个 small white square 在 bottom right","edit","black: star yellow L tl; square white S br"),
 ("square 改成 circle","edit","black: star yellow L tl; circle white S br")]),
("mixed","undo code-switch",[
 ("一个 green triangle, top 的位置","draw","white: triangle green L t"),
 ("移到 bottom","edit","white: triangle green L b"),
 ("undo 一下","undo","<")]),
("mixed","size-words code-switch",[
 ("画个 big purple 正方形 on the right","draw","white: square purple L r"),
 ("小一点 please","edit","white: square purple S r"),
 ("背景 change 成 yellow","edit","yellow: square purple S r")]),
("mixed","ambiguous vague-edit",[
 ("orange star 在中间，背景 blue","draw","blue: star orange L c"),
 ("感觉不太对，change it","ask","="),
 ("换成 triangle 吧","edit","blue: triangle orange L c")]),
("mixed","long-first remove code-switch",[
 ("帮我画三个 shapes：top-left 一个 red square，center 一个 yellow circle，bottom-right 一个 small blue triangle，白色背景","draw","white: square red L tl; circle yellow L c; triangle blue S br"),
 ("把 circle 删了","edit","white: square red L tl; triangle blue S br"),
 ("is the triangle small? 看起来有点大","chat","=")]),
("mixed","ambiguous same-colour",[
 ("左边 green circle，右边 green star","draw","white: circle green L l; star green L r"),
 ("把 green 的那个改成红色","ask","="),
 ("the star","edit","white: circle green L l; star red L r")]),
("mixed","shape-change undo",[
 ("a black square 在右上角","draw","white: square black L tr"),
 ("变成 star","edit","white: star black L tr"),
 ("嗯… go back","undo","<")]),
("mixed","add relative-position",[
 ("中间画一个 purple triangle","draw","white: triangle purple L c"),
 ("triangle 左边加一个 orange circle","edit","white: triangle purple L c; circle orange L l"),
 ("circle 小一点","edit","white: triangle purple L c; circle orange S l")]),
("mixed","question-chat code-switch",[
 ("yellow 背景上一个 black circle","draw","yellow: circle black L c"),
 ("这个 circle 是 large 还是 small？","chat","="),
 ("ok make it small","edit","yellow: circle black S c")]),
("mixed","two-edits code-switch",[
 ("blue square, 下面","draw","white: square blue L b"),
 ("改成红色, and move it to the top-left","edit","white: square red L tl"),
 ("perfect 👍","chat","=")]),
("mixed","colour-conflict ambiguous",[
 ("red 背景，中间 white star","draw","red: star white L c"),
 ("背景改成 white","ask","="),
 ("那 star 变成 black，背景 white","edit","white: star black L c")]),
("mixed","typo code-switch move",[
 ("画一个 oragne 的三角形 at top rigth","draw","white: triangle orange L tr"),
 ("移到 lft","edit","white: triangle orange L l"),
 ("谢啦","chat","=")]),
("mixed","new-scene undo",[
 ("左上 red star, 右下 blue square","draw","white: star red L tl; square blue L br"),
 ("new one: 一个 green circle on black","draw","black: circle green L c"),
 ("no no 还是要之前那个","undo","<")]),
("mixed","add-two size-words",[
 ("a small white triangle 在中间, purple background","draw","purple: triangle white S c"),
 ("左边加 yellow circle, 右边加 yellow square","edit","purple: triangle white S c; circle yellow L l; square yellow L r"),
 ("all small 吧","edit","purple: triangle white S c; circle yellow S l; square yellow S r")]),
("mixed","remove undo code-switch",[
 ("top 一个 orange circle，bottom 一个 green star","draw","white: circle orange L t; star green L b"),
 ("去掉 star","edit","white: circle orange L t"),
 ("undo 撤销","undo","<"),
 ("star 改成 small 就好","edit","white: circle orange L t; star green S b")]),
("mixed","background move code-switch",[
 ("一个 black triangle 在 bottom-left","draw","white: triangle black L bl"),
 ("background 换 green","edit","green: triangle black L bl"),
 ("triangle 放到 center","edit","green: triangle black L c")]),
("mixed","swap code-switch",[
 ("left: blue circle；right: red triangle","draw","white: circle blue L l; triangle red L r"),
 ("两个 swap 一下位置","edit","white: circle blue L r; triangle red L l"),
 ("good","chat","=")]),
("mixed","ambiguous missing-value",[
 ("center 一个 yellow square","draw","white: square yellow L c"),
 ("改一下 size","edit","white: square yellow S c"),
 ("换个 shape","ask","="),
 ("circle","edit","white: circle yellow S c")]),
("mixed","it-last add",[
 ("右上角 a purple star","draw","white: star purple L tr"),
 ("左下角加个 blue circle","edit","white: star purple L tr; circle blue L bl"),
 ("把它变成 orange","edit","white: star purple L tr; circle orange L bl")]),
("mixed","reference code-switch",[
 ("a red square 中间","draw","white: square red L c"),
 ("颜色换成 green","edit","white: square green L c"),
 ("再换 blue","edit","white: square blue L c"),
 ("还是 first colour 好，换回去","edit","white: square red L c")]),
("mixed","polite wrapper",[
 ("Hello，可以帮我画一个 small orange circle 在 top 吗？","draw","white: circle orange S t"),
 ("background 可以是 black 吗","edit","black: circle orange S t"),
 ("thank you so much 🙏","chat","=")]),
("mixed","complaint-edit size-words",[
 ("white background, a tiny green star 在 bottom-right","draw","white: star green S br"),
 ("太小了看不见 lol","edit","white: star green L br"),
 ("移到 center","edit","white: star green L c")]),
("mixed","add remove three-objects",[
 ("top-left black circle, top-right black square","draw","white: circle black L tl; square black L tr"),
 ("bottom 再加一个 red triangle","edit","white: circle black L tl; square black L tr; triangle red L b"),
 ("circle 去掉","edit","white: square black L tr; triangle red L b")]),
("mixed","shape-change it-last",[
 ("a blue triangle 左侧","draw","white: triangle blue L l"),
 ("把它换成 square","edit","white: square blue L l"),
 ("再加一个 small yellow star 在 square 右边","edit","white: square blue L l; star yellow S c")]),
]
