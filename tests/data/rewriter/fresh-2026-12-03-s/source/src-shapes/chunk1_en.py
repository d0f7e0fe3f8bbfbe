D=[
("en","reference it-last",[
 ("a red circle","draw","white: circle red L c"),
 ("make it blue","edit","white: circle blue L c"),
 ("actually the first colour was better","edit","white: circle red L c")]),
("en","wrapper question-chat size-words polite",[
 ("Hi! I'm new here. Could you draw me a small yellow star in the top right corner, please?","draw","white: star yellow S tr"),
 ("what does 'small' mean exactly, how big is that?","chat","="),
 ("ok make it big then","edit","white: star yellow L tr")]),
("en","terse background undo",[
 ("green square on black bg, top left. also an orange triangle bottom right","draw","black: square green L tl; triangle orange L br"),
 ("swap bg to white","edit","white: square green L tl; triangle orange L br"),
 ("undo","undo","<")]),
("en","typo size-words move",[
 ("blue triangel in the midle pls","draw","white: triangle blue L c"),
 ("smaler","edit","white: triangle blue S c"),
 ("and mvoe it to the left","edit","white: triangle blue S l")]),
("en","long-first complaint-edit ack-chat",[
 ("Draw a purple star at the top, a red circle at the bottom-left and a yellow square at the bottom-right, all of them small, on a blue background.","draw","blue: star purple S t; circle red S bl; square yellow S br"),
 ("The square looks a bit lost down there. Make it large.","edit","blue: star purple S t; circle red S bl; square yellow L br"),
 ("Perfect, thanks!","chat","=")]),
("en","ambiguous vague-edit two-edits",[
 ("a black circle","draw","white: circle black L c"),
 ("make it nicer","ask","="),
 ("sorry, I mean make it orange and small","edit","white: circle orange S c")]),
("en","ambiguous clarification same-shape",[
 ("red square top-left, blue square bottom-right","draw","white: square red L tl; square blue L br"),
 ("make the square green","ask","="),
 ("the blue one","edit","white: square red L tl; square green L br")]),
("en","add remove question-chat white-object",[
 ("Can I get a big white star on a purple background","draw","purple: star white L c"),
 ("add a small yellow circle in the top left","edit","purple: star white L c; circle yellow S tl"),
 ("hmm no, take the circle away","edit","purple: star white L c"),
 ("is the star exactly centered?","chat","=")]),
("en","shape-change undo colloquial",[
 ("orange triangle on the right, green circle on the left","draw","white: triangle orange L r; circle green L l"),
 ("turn the triangle into a star","edit","white: star orange L r; circle green L l"),
 ("too many pointy bits lol, go back","undo","<")]),
("en","colloquial-position background add size-words",[
 ("a tiny blue square in the lower right","draw","white: square blue S br"),
 ("background yellow","edit","yellow: square blue S br"),
 ("put a red triangle upper left too","edit","yellow: square blue S br; triangle red L tl"),
 ("make it tiny too","edit","yellow: square blue S br; triangle red S tl")]),
("en","new-scene undo reference",[
 ("Start with a yellow circle in the middle on a black background.","draw","black: circle yellow L c"),
 ("Now a new picture: just a green star, small, at the bottom.","draw","white: star green S b"),
 ("no wait, I liked the first one better. back","undo","<")]),
("en","swap move wrapper",[
 ("Hey could you make a red star at the top right and a blue circle at the bottom left? white background is fine","draw","white: star red L tr; circle blue L bl"),
 ("switch their places","edit","white: star red L bl; circle blue L tr"),
 ("cool","chat","=")]),
("en","complaint-edit background size-words",[
 ("purple square, small, center","draw","white: square purple S c"),
 ("why is it so small? make it bigger","edit","white: square purple L c"),
 ("and the background black","edit","black: square purple L c")]),
("en","long-first remove add reference",[
 ("I'd like three shapes: a red circle at the top left, a green triangle in the centre and a blue star at the bottom right. Make the star small.","draw","white: circle red L tl; triangle green L c; star blue S br"),
 ("remove the red one","edit","white: triangle green L c; star blue S br"),
 ("add a yellow square where the circle was","edit","white: triangle green L c; star blue S br; square yellow L tl")]),
("en","move question-chat reference background",[
 ("one black triangle, top","draw","white: triangle black L t"),
 ("move it down to the bottom","edit","white: triangle black L b"),
 ("what colour is the background?","chat","="),
 ("make that orange","edit","orange: triangle black L b")]),
("en","colour-conflict ambiguous two-edits",[
 ("blue circle, yellow bg","draw","yellow: circle blue L c"),
 ("make the circle yellow","ask","="),
 ("ok then make the background white and the circle yellow","edit","white: circle yellow L c")]),
("en","terse bare-colour ack-chat",[
 ("draw a green star","draw","white: star green L c"),
 ("nah, red star","edit","white: star red L c"),
 ("ty","chat","=")]),
("en","polite add two-edits undo",[
 ("Please draw a large orange square on the left side and a small purple circle on the right side, on a green background.","draw","green: square orange L l; circle purple S r"),
 ("Could you also add a white triangle at the top?","edit","green: square orange L l; circle purple S r; triangle white L t"),
 ("Actually make that triangle small, and put it at the bottom instead","edit","green: square orange L l; circle purple S r; triangle white S b"),
 ("undo that","undo","<")]),
("en","complaint ambiguous background",[
 ("yellow star top left","draw","white: star yellow L tl"),
 ("hmm it's hard to see on white. darker background?","ask","="),
 ("navy-ish, so blue","edit","blue: star yellow L tl")]),
("en","ambiguous same-colour clarification",[
 ("a red circle in the center and a red square in the top right","draw","white: circle red L c; square red L tr"),
 ("make the red one blue","ask","="),
 ("sorry, the square","edit","white: circle red L c; square blue L tr")]),
("en","two-edits move add question-chat",[
 ("big black star in the middle of a white page","draw","white: star black L c"),
 ("shrink the star and slide it to the top-left corner","edit","white: star black S tl"),
 ("now add a big orange circle in the bottom right","edit","white: star black S tl; circle orange L br"),
 ("nice. how many shapes can I have max?","chat","=")]),
("en","shape-change self-correction reference",[
 ("a green circle","draw","white: circle green L c"),
 ("make it a square","edit","white: square green L c"),
 ("no, a triangle","edit","white: triangle green L c"),
 ("ok back to the circle like the very first one","edit","white: circle green L c")]),
("en","add-two remove",[
 ("blue background with a small white circle at the bottom","draw","blue: circle white S b"),
 ("add a yellow star at top right and a red square at top left","edit","blue: circle white S b; star yellow L tr; square red L tl"),
 ("delete the star","edit","blue: circle white S b; square red L tl")]),
("en","child relative-position undo",[
 ("My kid wants a purple triangle!! big one","draw","white: triangle purple L c"),
 ("she says put an orange star on the right of it","edit","white: triangle purple L c; star orange L r"),
 ("and now she wants the triangle orange too","edit","white: triangle orange L c; star orange L r"),
 ("undo, she changed her mind","undo","<")]),
("en","relative-position move add wrapper",[
 ("Could you draw a yellow square on a black background, at the bottom-left?","draw","black: square yellow L bl"),
 ("put it in the top right","edit","black: square yellow L tr"),
 ("and add a green circle right below it","edit","black: square yellow L tr; circle green L r"),
 ("make the circle smaller","edit","black: square yellow L tr; circle green S r")]),
]
