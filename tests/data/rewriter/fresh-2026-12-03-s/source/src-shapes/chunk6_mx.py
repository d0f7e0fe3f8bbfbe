D=[
("mixed","question-chat two-turn",[
 ("画一个 blue star 在 top-left","draw","white: star blue L tl"),
 ("这个 star 有几个角？five?","chat","=")]),
("mixed","ambiguous add-missing-info",[
 ("中间一个 black square","draw","white: square black L c"),
 ("add 一个 circle","ask","="),
 ("red 的, small, 放 bottom-left","edit","white: square black L c; circle red S bl")]),
("mixed","five-turn undo ack-chat",[
 ("green background，right 一个 yellow triangle","draw","green: triangle yellow L r"),
 ("left 加一个 white circle","edit","green: triangle yellow L r; circle white L l"),
 ("circle 改 purple","edit","green: triangle yellow L r; circle purple L l"),
 ("emm 还是 white 好, undo","undo","<"),
 ("ok 就这样","chat","=")]),
("mixed","new-scene",[
 ("一个 orange circle, 中间","draw","white: circle orange L c"),
 ("重新来: purple background, 一个 small yellow square 在 top","draw","purple: square yellow S t"),
 ("nice 🙂","chat","=")]),
("mixed","occupied-cell ambiguous",[
 ("top 一个 red circle，center 一个 blue triangle","draw","white: circle red L t; triangle blue L c"),
 ("把 circle 移到 center","ask","="),
 ("那 swap 它们的位置吧","edit","white: circle red L c; triangle blue L t")]),
("mixed","too-many-objects",[
 ("left green star, center green circle, right green square","draw","white: star green L l; circle green L c; square green L r"),
 ("再加一个 red triangle at the top","ask","="),
 ("ok 那把 circle 换成 red triangle","edit","white: star green L l; triangle red L c; square green L r")]),
("mixed","question-chat chat-only",[
 ("bottom-right 一个 small purple circle","draw","white: circle purple S br"),
 ("可以画 hexagon 吗？","chat","="),
 ("ok never mind，thanks","chat","=")]),
("mixed","reference like-before",[
 ("一个 yellow square, black background","draw","black: square yellow L c"),
 ("background 换成 blue","edit","blue: square yellow L c"),
 ("还是 like before 的 black 吧","edit","black: square yellow L c")]),
("mixed","complaint-edit",[
 ("white background 上一个 small yellow star 在 center","draw","white: star yellow S c"),
 ("yellow 在白底上 看不清 😅 换个颜色","ask","="),
 ("black","edit","white: star black S c")]),
("mixed","remove-only-object",[
 ("a red triangle 在 left","draw","white: triangle red L l"),
 ("delete 它","ask","="),
 ("那就 move 它到 right 吧","edit","white: triangle red L r")]),
("mixed","two-edits size move",[
 ("一个 big green circle 在 top-right","draw","white: circle green L tr"),
 ("缩小 and 移到 bottom-left","edit","white: circle green S bl"),
 ("undo","undo","<")]),
("mixed","polite long-first",[
 ("Hi，麻烦帮我画：black background，top-left 一个 small white star，bottom-right 一个 small white star，center 一个 large orange circle。Thanks!","draw","black: star white S tl; star white S br; circle orange L c"),
 ("so pretty，谢谢","chat","=")]),
("mixed","ambiguous same-shape",[
 ("two stars: 左边 red，右边 blue","draw","white: star red L l; star blue L r"),
 ("make the star smaller","ask","="),
 ("blue 那个","edit","white: star red L l; star blue S r")]),
("mixed","undo new-scene",[
 ("top-left blue square，bottom-right orange triangle","draw","white: square blue L tl; triangle orange L br"),
 ("new picture：一个 white circle on red background","draw","red: circle white L c"),
 ("wait 回到上一张","undo","<")]),
("mixed","typo phone",[
 ("yelow circl 在中间 plz","draw","white: circle yellow L c"),
 ("bg 改 blakc","edit","black: circle yellow L c"),
 ("thx!!","chat","=")]),
("mixed","vague-edit ambiguous",[
 ("center 一个 purple square, right 一个 green triangle","draw","white: square purple L c; triangle green L r"),
 ("make it pop 一点","ask","="),
 ("background 换成 yellow","edit","yellow: square purple L c; triangle green L r")]),
("mixed","question-chat position",[
 ("a small orange star 在 bottom","draw","white: star orange S b"),
 ("为什么 star 是斜的？","chat","="),
 ("fine 就这样","chat","=")]),
("mixed","add relative-position two-turn",[
 ("中间一个 black triangle","draw","white: triangle black L c"),
 ("triangle 上面加一个 small red circle","edit","white: triangle black L c; circle red S t")]),
("mixed","five-turn shape-change undo",[
 ("a green square 在 bottom-left","draw","white: square green L bl"),
 ("变 circle","edit","white: circle green L bl"),
 ("变 star","edit","white: star green L bl"),
 ("undo 一步","undo","<"),
 ("circle 好，keep","chat","=")]),
("mixed","child add",[
 ("我要 big red star!!","draw","white: star red L c"),
 ("还要 blue moon... 不对，blue circle，在 top-right","edit","white: star red L c; circle blue L tr"),
 ("yay 好看","chat","=")]),
("mixed","colour-conflict background",[
 ("blue background，一个 white square 在 top","draw","blue: square white L t"),
 ("square 改成 blue","ask","="),
 ("那 background 换 white，square 换 blue","edit","white: square blue L t")]),
("mixed","swap-shape it-last",[
 ("left 一个 yellow triangle，right 一个 purple circle","draw","white: triangle yellow L l; circle purple L r"),
 ("把 triangle 换成 square","edit","white: square yellow L l; circle purple L r"),
 ("它 small 一点","edit","white: square yellow S l; circle purple L r")]),
("mixed","remove undo",[
 ("top red circle, 中间 green star, bottom blue square","draw","white: circle red L t; star green L c; square blue L b"),
 ("star 删掉","edit","white: circle red L t; square blue L b"),
 ("撤回 undo","undo","<")]),
("mixed","question-chat ack",[
 ("右下角 an orange square on black","draw","black: square orange L br"),
 ("这是 128×128 的吗？","chat","="),
 ("ok cool","chat","=")]),
("mixed","move colloquial-position",[
 ("一个 small white circle 在 upper right，purple 背景","draw","purple: circle white S tr"),
 ("move 到 lower left","edit","purple: circle white S bl"),
 ("再往 middle 挪","edit","purple: circle white S c")]),
]
