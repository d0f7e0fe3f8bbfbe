D=[
("en","question-chat two-turn",[
 ("an orange circle at the top left on a purple background","draw","purple: circle orange L tl"),
 ("is that orange or more like yellow? looks yellowish on my screen","chat","=")]),
("en","ambiguous first-timer",[
 ("draw a blue star","draw","white: star blue L c"),
 ("can u make another one","ask","="),
 ("i mean add a second star, red, bottom right","edit","white: star blue L c; star red L br"),
 ("what's the difference between edit and new picture here?","chat","=")]),
("en","five-turn add remove undo ack-chat",[
 ("green triangle, lower left","draw","white: triangle green L bl"),
 ("add a yellow circle lower right","edit","white: triangle green L bl; circle yellow L br"),
 ("and a black square up top","edit","white: triangle green L bl; circle yellow L br; square black L t"),
 ("hmm too busy. undo","undo","<"),
 ("yeah that's better","chat","=")]),
("en","new-scene terse",[
 ("red star center","draw","white: star red L c"),
 ("new: purple circle small top right, black bg","draw","black: circle purple S tr"),
 ("ok","chat","=")]),
("en","attr-after-noun self-correction",[
 ("a square, blue, big, on the right — no, on the left","draw","white: square blue L l"),
 ("perfect","chat","=")]),
("en","ambiguous missing-position add",[
 ("a yellow circle in the center","draw","white: circle yellow L c"),
 ("add a star","ask","="),
 ("a small black one in the top right","edit","white: circle yellow L c; star black S tr")]),
("en","art-director two-edits complaint-edit",[
 ("Give me a large white triangle centered on a black background. Clean, nothing else.","draw","black: triangle white L c"),
 ("The white is too harsh against black. Switch the background to blue.","edit","blue: triangle white L c"),
 ("Better. Now drop the triangle to the bottom row, and make it small.","edit","blue: triangle white S b"),
 ("Hm. Revert that last one.","undo","<")]),
("en","chat-greeting",[
 ("hi can you draw a green square in the top left","draw","white: square green L tl"),
 ("how do I download this?","chat","="),
 ("ok and can you move it to the middle","edit","white: square green L c")]),
("en","too-many-objects ambiguous",[
 ("red circle left, blue circle center, yellow circle right","draw","white: circle red L l; circle blue L c; circle yellow L r"),
 ("add a green circle too","ask","="),
 ("fine, replace the yellow one with a green one","edit","white: circle red L l; circle blue L c; circle green L r")]),
("en","occupied-cell ambiguous",[
 ("a purple star at the top and an orange square at the bottom","draw","white: star purple L t; square orange L b"),
 ("move the star to the bottom","ask","="),
 ("oh right. put the star in the center then","edit","white: star purple L c; square orange L b")]),
("en","phone typo size-words",[
 ("smal red trianlge top","draw","white: triangle red S t"),
 ("bigr","edit","white: triangle red L t"),
 ("thx","chat","=")]),
("en","subject-swap two-turn",[
 ("a black circle bottom right, white background","draw","white: circle black L br"),
 ("actually you know what, make a yellow star instead, same spot","edit","white: star yellow L br")]),
("en","question-chat undo",[
 ("blue square left, red triangle right, yellow bg","draw","yellow: square blue L l; triangle red L r"),
 ("make the triangle purple","edit","yellow: square blue L l; triangle purple L r"),
 ("why does purple look so dark?","chat","="),
 ("whatever, undo the purple","edit","yellow: square blue L l; triangle red L r")]),
("en","reference like-before",[
 ("white background, small green star at the top left","draw","white: star green S tl"),
 ("make the background black","edit","black: star green S tl"),
 ("now orange","edit","orange: star green S tl"),
 ("hmm no, black like before","edit","black: star green S tl")]),
("en","ack-chat question-chat",[
 ("Draw one large purple circle in the middle.","draw","white: circle purple L c"),
 ("That's lovely.","chat","="),
 ("Could it also be done with a gradient?","chat","=")]),
("en","ambiguous vague-move",[
 ("an orange triangle in the top right corner","draw","white: triangle orange L tr"),
 ("move it a bit","ask","="),
 ("to the centre","edit","white: triangle orange L c")]),
("en","shape-change all-objects",[
 ("two red squares: one top-left, one bottom-right","draw","white: square red L tl; square red L br"),
 ("turn both into circles","edit","white: circle red L tl; circle red L br"),
 ("great","chat","=")]),
("en","non-native wrapper",[
 ("please I want picture with one yellow star big in middle and background is black","draw","black: star yellow L c"),
 ("can you to put also one small white circle in up left?","edit","black: star yellow L c; circle white S tl"),
 ("thank you very much","chat","=")]),
("en","ambiguous it-unclear-colour",[
 ("blue circle top, blue square bottom","draw","white: circle blue L t; square blue L b"),
 ("change the blue one to green","ask","="),
 ("both of them","edit","white: circle green L t; square green L b")]),
("en","five-turn reference first-colour",[
 ("one star, red, large, centered","draw","white: star red L c"),
 ("try it in blue","edit","white: star blue L c"),
 ("and in green?","edit","white: star green L c"),
 ("hmm, which of those did I start with?","chat","="),
 ("go back to that first colour","edit","white: star red L c")]),
("en","remove-last-object ambiguous",[
 ("a small black square in the center","draw","white: square black S c"),
 ("remove it","ask","="),
 ("nevermind, just make it yellow","edit","white: square yellow S c")]),
("en","new-scene two-turn",[
 ("green circle left, orange star right","draw","white: circle green L l; star orange L r"),
 ("scrap that, start over with a single purple triangle at the bottom","draw","white: triangle purple L b")]),
("en","background-anywhere move",[
 ("put a white square in the top right and make the whole background red","draw","red: square white L tr"),
 ("drag the square down to the bottom right","edit","red: square white L br"),
 ("yes","chat","=")]),
("en","hurried two-edits",[
 ("yellow triangle center, blue star top-left, small","draw","white: triangle yellow L c; star blue S tl"),
 ("star -> bottom-right, triangle -> red","edit","white: triangle red L c; star blue S br"),
 ("undo","undo","<")]),
("en","question-chat chat-only",[
 ("a big orange square on the left, on a green background","draw","green: square orange L l"),
 ("what shapes do you know?","chat","="),
 ("and which colours?","chat","="),
 ("ok swap the square for a star","edit","green: star orange L l")]),
]
