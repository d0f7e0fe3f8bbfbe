D = [
(["add", "colloquial-position"], [
 ("a red circle in the middle please", "draw", "white | circle red L c"),
 ("now put a little blue square up in the top left corner", "edit", "white | circle red L c; square blue S tl"),
 ("nice", "chat"),
]),
(["reference", "recolour", "it"], [
 ("Draw a big yellow star on a black background.", "draw", "black | star yellow L c"),
 ("make it orange", "edit", "black | star orange L c"),
 ("hmm no, the first colour was better", "edit", "black | star yellow L c"),
]),
(["undo", "remove"], [
 ("green triangle bottom left, purple circle top right, white bg", "draw", "white | triangle green L bl; circle purple L tr"),
 ("actually remove the circle, it's too much", "edit", "white | triangle green L bl"),
 ("undo", "undo"),
]),
(["size-words", "shape-change"], [
 ("can you draw a tiny blue star at the top", "draw", "white | star blue S t"),
 ("make it huge", "edit", "white | star blue L t"),
 ("actually turn the star into a circle", "edit", "white | circle blue L t"),
 ("👍", "chat"),
]),
(["ambiguous", "ask"], [
 ("Two circles: a red one top-left and a blue one bottom-right, plus a yellow triangle in the centre. Background black.", "draw", "black | circle red L tl; circle blue L br; triangle yellow L c"),
 ("make the circle green", "ask"),
 ("the blue one", "edit", "black | circle red L tl; circle green L br; triangle yellow L c"),
]),
(["background-anywhere", "attr-after-noun"], [
 ("star, purple, small, lower right. background: yellow", "draw", "yellow | star purple S br"),
 ("background green now", "edit", "green | star purple S br"),
]),
(["move", "relative-position"], [
 ("I'd like a black square in the middle and a red triangle directly above it", "draw", "white | square black L c; triangle red L t"),
 ("move the square to the bottom", "edit", "white | square black L b; triangle red L t"),
 ("perfect thanks!", "chat"),
]),
(["typo", "add"], [
 ("blu circel top rigth", "draw", "white | circle blue L tr"),
 ("ad a yelow star botom left smal", "edit", "white | circle blue L tr; star yellow S bl"),
 ("and make teh backround black", "edit", "black | circle blue L tr; star yellow S bl"),
]),
(["wrapper", "polite"], [
 ("Hello! Could you please draw me a small green circle on the left side? Thank you so much.", "draw", "white | circle green S l"),
 ("Would it be possible to make it a bit larger?", "edit", "white | circle green L l"),
 ("Thank you, that looks lovely.", "chat"),
]),
(["two-edits"], [
 ("yellow triangle centre, blue bg", "draw", "blue | triangle yellow L c"),
 ("make it red and move it to the top right", "edit", "blue | triangle red L tr"),
 ("also small", "edit", "blue | triangle red S tr"),
]),
(["new-scene", "draw-after-edit"], [
 ("red square top left", "draw", "white | square red L tl"),
 ("make it blue", "edit", "white | square blue L tl"),
 ("ok start over: one orange circle in the middle, green background", "draw", "green | circle orange L c"),
]),
(["child", "colloquial-position"], [
 ("i want a big yelow sun circle in the top corner on the right", "draw", "white | circle yellow L tr"),
 ("and a green triangle at the bottom like a tree", "edit", "white | circle yellow L tr; triangle green L b"),
 ("can the sky be blue", "edit", "blue | circle yellow L tr; triangle green L b"),
 ("yay", "chat"),
]),
(["undo", "shape-change"], [
 ("white star bottom right, small, black background", "draw", "black | star white S br"),
 ("turn it into a triangle", "edit", "black | triangle white S br"),
 ("no go back", "undo"),
 ("make it bigger instead", "edit", "black | star white L br"),
]),
(["ambiguous", "ask", "colour-clash"], [
 ("red circle in the centre", "draw", "white | circle red L c"),
 ("make the background red", "ask"),
 ("oh right, make it orange then", "edit", "orange | circle red L c"),
]),
(["remove", "reference"], [
 ("A small blue triangle at the top, a large green square at the bottom left and a small red star at the right, all on a yellow background", "draw", "yellow | triangle blue S t; square green L bl; star red S r"),
 ("lose the square", "edit", "yellow | triangle blue S t; star red S r"),
 ("and the red one", "edit", "yellow | triangle blue S t"),
]),
(["move", "colloquial-position"], [
 ("black circle, upper left", "draw", "white | circle black L tl"),
 ("slide it over to the right", "edit", "white | circle black L tr"),
 ("now drop it all the way down", "edit", "white | circle black L br"),
]),
(["question-chat", "ack-chat"], [
 ("draw a green star at the bottom", "draw", "white | star green L b"),
 ("what colours can I use?", "chat"),
 ("ok purple background", "edit", "purple | star green L b"),
]),
(["non-native", "add"], [
 ("Please draw one square of orange colour, it is small and it stay at left bottom", "draw", "white | square orange S bl"),
 ("Now I want add one circle blue at the top middle, big one", "edit", "white | square orange S bl; circle blue L t"),
]),
(["terse", "recolour"], [
 ("purple tri, center", "draw", "white | triangle purple L c"),
 ("green", "edit", "white | triangle green L c"),
 ("bg black", "edit", "black | triangle green L c"),
 ("undo", "undo"),
]),
(["self-correction"], [
 ("a red square on the left, no wait, on the right", "draw", "white | square red L r"),
 ("add a blue circle on the left", "edit", "white | square red L r; circle blue L l"),
]),
(["ambiguous", "ask", "vague"], [
 ("yellow star top left and orange circle bottom right, black background", "draw", "black | star yellow L tl; circle orange L br"),
 ("change it", "ask"),
 ("sorry, I meant change the star to green", "edit", "black | star green L tl; circle orange L br"),
]),
(["size-words", "reference"], [
 ("huge blue circle at the top and a tiny red circle at the bottom", "draw", "white | circle blue L t; circle red S b"),
 ("make the small one big too", "edit", "white | circle blue L t; circle red L b"),
 ("looks good", "chat"),
]),
(["swap", "move"], [
 ("green square left, yellow triangle right, on purple", "draw", "purple | square green L l; triangle yellow L r"),
 ("swap them", "edit", "purple | square green L r; triangle yellow L l"),
]),
(["undo", "reference", "like-before"], [
 ("orange star in the centre", "draw", "white | star orange L c"),
 ("make the background blue", "edit", "blue | star orange L c"),
 ("actually, background back to white like before", "edit", "white | star orange L c"),
 ("and add a small black square top right", "edit", "white | star orange L c; square black S tr"),
]),
(["wrapper", "long-prompt"], [
 ("hey so I'm testing this thing out, could you make me a picture with a large red triangle at the top left, a small yellow circle right in the middle, and a large blue square down at the bottom right? keep the background white", "draw", "white | triangle red L tl; circle yellow S c; square blue L br"),
 ("the circle looks weird, lose it", "edit", "white | triangle red L tl; square blue L br"),
 ("put it back", "undo"),
]),
(["ask", "full-grid"], [
 ("three shapes: red circle top, blue star center, green square bottom", "draw", "white | circle red L t; star blue L c; square green L b"),
 ("add a purple triangle on the left", "ask"),
 ("ok then replace the star with a purple triangle", "edit", "white | circle red L t; triangle purple L c; square green L b"),
]),
(["colloquial-position", "move"], [
 ("a white circle smack in the middle, black backdrop", "draw", "black | circle white L c"),
 ("nudge it up", "edit", "black | circle white L t"),
 ("and make it yellow", "edit", "black | circle yellow L t"),
]),
(["question-chat", "revert-by-edit"], [
 ("blue square top right and an orange triangle bottom left", "draw", "white | square blue L tr; triangle orange L bl"),
 ("make the triangle small", "edit", "white | square blue L tr; triangle orange S bl"),
 ("is the triangle the smallest size possible?", "chat"),
 ("hmm then make it big again, I liked it big", "edit", "white | square blue L tr; triangle orange L bl"),
]),
(["shape-change", "two-edits"], [
 ("yellow circle bottom right, tiny", "draw", "white | circle yellow S br"),
 ("make it a star and give it a dark background, black", "edit", "black | star yellow S br"),
]),
(["phone", "typo", "terse"], [
 ("grn star mid", "draw", "white | star green L c"),
 ("bg yello", "edit", "yellow | star green L c"),
 ("+ red sq top", "edit", "yellow | star green L c; square red L t"),
]),
(["remove", "ask", "last-object"], [
 ("purple circle on the right, on orange", "draw", "orange | circle purple L r"),
 ("remove it", "ask"),
 ("ok never mind, keep it and just make it small", "edit", "orange | circle purple S r"),
]),
(["art-director", "recolour", "background-anywhere"], [
 ("Square, large, red, dead centre. Put it on a blue field.", "draw", "blue | square red L c"),
 ("The red is fighting the blue. Go yellow on the square.", "edit", "blue | square yellow L c"),
 ("Better. Ship it.", "chat"),
]),
(["add", "relative-position"], [
 ("a black star on the left", "draw", "white | star black L l"),
 ("put a red circle right next to it, on its right", "edit", "white | star black L l; circle red L c"),
 ("and a small one of those circles below the star, blue", "edit", "white | star black L l; circle red L c; circle blue S bl"),
]),
(["undo", "undo-after-two-edits"], [
 ("green circle top left", "draw", "white | circle green L tl"),
 ("add a yellow square bottom right", "edit", "white | circle green L tl; square yellow L br"),
 ("make the square purple", "edit", "white | circle green L tl; square purple L br"),
 ("nah undo", "undo"),
]),
(["it-reference", "move"], [
 ("a small orange triangle at the bottom and a large blue circle at the top", "draw", "white | triangle orange S b; circle blue L t"),
 ("move it to the center", "edit", "white | triangle orange S b; circle blue L c"),
]),
(["ack-chat", "draw"], [
 ("purple star, yellow background, bottom left", "draw", "yellow | star purple L bl"),
 ("lol that's cute", "chat"),
 ("now draw something different: two white squares, one top left one bottom right, on black", "draw", "black | square white L tl; square white L br"),
]),
(["shape-change", "reference"], [
 ("blue circle left, red circle right", "draw", "white | circle blue L l; circle red L r"),
 ("make the red circle a square", "edit", "white | circle blue L l; square red L r"),
 ("and the other one a star", "edit", "white | star blue L l; square red L r"),
]),
(["ambiguous", "ask", "size"], [
 ("a large green triangle in the top right", "draw", "white | triangle green L tr"),
 ("make it medium", "ask"),
 ("small then", "edit", "white | triangle green S tr"),
]),
(["colloquial-position", "lower-upper"], [
 ("yellow square lower left, red star upper right, black background", "draw", "black | square yellow L bl; star red L tr"),
 ("flip them so the star is lower left and the square upper right", "edit", "black | square yellow L tr; star red L bl"),
]),
(["remove", "add", "two-edits"], [
 ("orange circle center and a blue triangle at the top", "draw", "white | circle orange L c; triangle blue L t"),
 ("get rid of the triangle and put a green star at the bottom instead", "edit", "white | circle orange L c; star green L b"),
 ("love it", "chat"),
]),
(["background-anywhere", "wrapper"], [
 ("On a green background, please draw a large white star at the top left.", "draw", "green | star white L tl"),
 ("switch the background to blue but keep everything else", "edit", "blue | star white L tl"),
 ("undo pls", "undo"),
]),
(["size-words", "small-to-large"], [
 ("a small red star bottom right and a small blue star top left", "draw", "white | star red S br; star blue S tl"),
 ("both bigger please", "edit", "white | star red L br; star blue L tl"),
]),
(["move", "reference", "the-red-one"], [
 ("red square top, yellow circle bottom, purple background", "draw", "purple | square red L t; circle yellow L b"),
 ("move the red one to the left", "edit", "purple | square red L l; circle yellow L b"),
 ("and the yellow one to the right", "edit", "purple | square red L l; circle yellow L r"),
 ("go back one", "undo"),
]),
(["draw", "replace-scene"], [
 ("yellow circle top left, black bg", "draw", "black | circle yellow L tl"),
 ("new picture: a red star bottom and a white square top, on blue", "draw", "blue | star red L b; square white L t"),
 ("make the square small", "edit", "blue | star red L b; square white S t"),
]),
(["ask", "vague-style"], [
 ("a green square top right and a yellow star bottom left", "draw", "white | square green L tr; star yellow L bl"),
 ("can you make it pop more?", "ask"),
 ("I mean a black background", "edit", "black | square green L tr; star yellow L bl"),
]),
(["same-size-as", "reference"], [
 ("small purple circle on the left and a large orange triangle on the right", "draw", "white | circle purple S l; triangle orange L r"),
 ("make the triangle the same size as the circle", "edit", "white | circle purple S l; triangle orange S r"),
 ("what did I just change?", "chat"),
]),
(["mirror", "move"], [
 ("red star top left, blue background", "draw", "blue | star red L tl"),
 ("mirror it so it's on the other side", "edit", "blue | star red L tr"),
 ("👍👍", "chat"),
]),
(["ask", "colour-clash", "match"], [
 ("white circle center, on green", "draw", "green | circle white L c"),
 ("make the background match the circle", "ask"),
 ("ok skip that. add a small black triangle at the bottom", "edit", "green | circle white L c; triangle black S b"),
]),
(["revert-to-first"], [
 ("blue triangle at the top", "draw", "white | triangle blue L t"),
 ("make it yellow", "edit", "white | triangle yellow L t"),
 ("now a star", "edit", "white | star yellow L t"),
 ("honestly the very first one was best, go back to that", "edit", "white | triangle blue L t"),
]),
(["question-chat", "position"], [
 ("orange square at the bottom right and a black circle at the top", "draw", "white | square orange L br; circle black L t"),
 ("is the circle exactly centered horizontally?", "chat"),
 ("cool. put the circle in the top left instead", "edit", "white | square orange L br; circle black L tl"),
 ("undo that", "undo"),
]),
]
