# Hand-written English dialogues. (classes, [(message, intent, scene), ...])
DIALOGS = [
(["wrapper", "move", "size-words"], [
  ("hi! could you draw me a red circle please", "draw", "white: circle red L c"),
  ("cool. can you move it up to the top right corner", "edit", "white: circle red L tr"),
  ("and make it small", "edit", "white: circle red S tr"),
]),
(["add", "undo", "attr-after-noun"], [
  ("blue square, bottom left, small", "draw", "white: square blue S bl"),
  ("add a big yellow star in the middle", "edit", "white: square blue S bl; star yellow L c"),
  ("ok now undo that", "undo", "<"),
]),
(["background-anywhere", "attr-after-noun", "question-chat"], [
  ("on a black background, a triangle, green, huge, right in the centre", "draw", "black: triangle green L c"),
  ("swap the background to purple", "edit", "purple: triangle green L c"),
  ("what shape is that again?", "chat", "="),
]),
(["complaint-edit", "size-words", "ack-chat"], [
  ("draw a tiny orange star at the top", "draw", "white: star orange S t"),
  ("hmm it's way too small, I can barely see it", "edit", "white: star orange L t"),
  ("better. thanks", "chat", "="),
]),
(["typo", "remove"], [
  ("a purpel circle top left and a yelow square bottom rigth", "draw", "white: circle purple L tl; square yellow L br"),
  ("get rid of teh circle", "edit", "white: square yellow L br"),
]),
(["ambiguous", "size-words"], [
  ("two circles: red on the left, blue on the right, both small", "draw", "white: circle red S l; circle blue S r"),
  ("make the circle bigger", "ask", "="),
  ("the blue one", "edit", "white: circle red S l; circle blue L r"),
]),
(["shape-change", "reference"], [
  ("Draw a large green square in the centre of a yellow background.", "draw", "yellow: square green L c"),
  ("Actually, can it be a star instead?", "edit", "yellow: star green L c"),
  ("and back to a square like before", "edit", "yellow: square green L c"),
]),
(["two-edits", "move"], [
  ("red triangle top-left, small. black circle bottom-right, large. orange background.", "draw", "orange: triangle red S tl; circle black L br"),
  ("make the triangle blue and move the circle to the bottom left", "edit", "orange: triangle blue S tl; circle black L bl"),
]),
(["new-scene", "undo"], [
  ("one white star in the middle, background black", "draw", "black: star white L c"),
  ("ok scrap that, start over: a yellow circle on a blue background", "draw", "blue: circle yellow L c"),
  ("no wait, go back to the star", "undo", "<"),
]),
(["question-chat", "move"], [
  ("Please draw a small purple square at the bottom.", "draw", "white: square purple S b"),
  ("is the square exactly in the middle of the bottom row?", "chat", "="),
  ("ok then nudge it to the bottom right instead", "edit", "white: square purple S br"),
]),
(["relative-position", "move"], [
  ("big blue circle on the left side", "draw", "white: circle blue L l"),
  ("move it one spot to the right", "edit", "white: circle blue L c"),
  ("one more", "edit", "white: circle blue L r"),
]),
(["add", "three-objects", "ack-chat"], [
  ("a red star top left", "draw", "white: star red L tl"),
  ("plus a green triangle top right", "edit", "white: star red L tl; triangle green L tr"),
  ("and a small blue square dead centre", "edit", "white: star red L tl; triangle green L tr; square blue S c"),
  ("perfect", "chat", "="),
]),
(["child", "background-change", "add"], [
  ("i want a big yellow sun circle in the sky at the top", "draw", "white: circle yellow L t"),
  ("and the sky should be blue!!", "edit", "blue: circle yellow L t"),
  ("now put a green triangle at the bottom like a tree", "edit", "blue: circle yellow L t; triangle green L b"),
]),
(["ambiguous", "colour-clash"], [
  ("orange square in the middle", "draw", "white: square orange L c"),
  ("make the background orange", "ask", "="),
  ("oh right, then make the background black", "edit", "black: square orange L c"),
]),
(["reference", "first-colour"], [
  ("a red circle", "draw", "white: circle red L c"),
  ("make it blue", "edit", "white: circle blue L c"),
  ("hmm, green?", "edit", "white: circle green L c"),
  ("nah the first colour was better", "edit", "white: circle red L c"),
  ("ok and drop it down to the bottom edge", "edit", "white: circle red L b"),
]),
(["self-correction", "add"], [
  ("draw a blue star, no sorry, a blue triangle, at the top left", "draw", "white: triangle blue L tl"),
  ("and a small black circle at the bottom right", "edit", "white: triangle blue L tl; circle black S br"),
]),
(["remove", "it-reference", "size-words"], [
  ("Yellow background. Purple circle at the top, small. Red square at the bottom, large.", "draw", "yellow: circle purple S t; square red L b"),
  ("lose the square", "edit", "yellow: circle purple S t"),
  ("make it big", "edit", "yellow: circle purple L t"),
]),
(["terse", "undo"], [
  ("green square, center", "draw", "white: square green L c"),
  ("smaller", "edit", "white: square green S c"),
  ("red bg", "edit", "red: square green S c"),
  ("undo", "undo", "<"),
]),
(["polite", "move", "colloquial-position"], [
  ("Good morning! Would you mind drawing an orange circle at the lower left, please?", "draw", "white: circle orange L bl"),
  ("Thank you. Could you move it to the upper right?", "edit", "white: circle orange L tr"),
]),
(["non-native", "attr-after-noun", "background-change"], [
  ("please make one star of color black, size small, position on right", "draw", "white: star black S r"),
  ("also put square color red in the left, size big", "edit", "white: star black S r; square red L l"),
  ("change background to the yellow", "edit", "yellow: star black S r; square red L l"),
]),
(["question-chat", "size-words", "two-objects-one-edit"], [
  ("draw three shapes: a red circle at top-left, a blue square at center, a green star at bottom-right", "draw", "white: circle red L tl; square blue L c; star green L br"),
  ("why are they all the same size?", "chat", "="),
  ("ok make the star and the circle small", "edit", "white: circle red S tl; square blue L c; star green S br"),
]),
(["ambiguous", "vague"], [
  ("a purple triangle in the middle", "draw", "white: triangle purple L c"),
  ("make it pop more", "ask", "="),
  ("like, make the background black", "edit", "black: triangle purple L c"),
]),
(["shape-change", "two-edits"], [
  ("a big white circle on a green background", "draw", "green: circle white L c"),
  ("turn the circle into a star and make it yellow", "edit", "green: star yellow L c"),
]),
(["remove", "ambiguous"], [
  ("red star left, red circle right", "draw", "white: star red L l; circle red L r"),
  ("delete the red one", "ask", "="),
  ("the star, sorry", "edit", "white: circle red L r"),
]),
(["move", "colloquial-position"], [
  ("small black square up in the top corner on the left", "draw", "white: square black S tl"),
  ("drag it down to the bottom middle", "edit", "white: square black S b"),
]),
(["new-scene", "reference"], [
  ("blue circle, top right", "draw", "white: circle blue L tr"),
  ("now a new picture: a yellow star on a purple background", "draw", "purple: star yellow L c"),
  ("give the star the same blue as the circle had", "edit", "purple: star blue L c"),
]),
(["too-many-objects", "ambiguous", "replace"], [
  ("three small squares: red top-left, green top, blue top-right", "draw", "white: square red S tl; square green S t; square blue S tr"),
  ("add a yellow one at the bottom", "ask", "="),
  ("fine, replace the green one with a small yellow circle then", "edit", "white: square red S tl; circle yellow S t; square blue S tr"),
]),
(["size-words", "move"], [
  ("HUGE red triangle", "draw", "white: triangle red L c"),
  ("ok shrink it way down", "edit", "white: triangle red S c"),
  ("put it in the bottom right", "edit", "white: triangle red S br"),
]),
(["typo", "terse", "ack-chat"], [
  ("blu circl in midle pls", "draw", "white: circle blue L c"),
  ("mak bg blak", "edit", "black: circle blue L c"),
  ("thx", "chat", "="),
]),
(["undo", "colour", "size-words"], [
  ("a green star at the top left and an orange circle at the bottom right", "draw", "white: star green L tl; circle orange L br"),
  ("make the star purple", "edit", "white: star purple L tl; circle orange L br"),
  ("actually undo", "undo", "<"),
  ("make the circle small", "edit", "white: star green L tl; circle orange S br"),
  ("looks good, thanks!", "chat", "="),
]),
(["swap-positions", "move"], [
  ("yellow square on the left, blue triangle on the right, black background", "draw", "black: square yellow L l; triangle blue L r"),
  ("swap them", "edit", "black: square yellow L r; triangle blue L l"),
]),
(["question-chat", "add"], [
  ("draw a red circle at the top and a white star at the bottom on a blue background", "draw", "blue: circle red L t; star white L b"),
  ("how many shapes can you fit at most?", "chat", "="),
  ("ok add a small yellow square on the left then", "edit", "blue: circle red L t; star white L b; square yellow S l"),
]),
(["art-director", "size-words", "move", "reference"], [
  ("Let's do a single large orange star, centred, on a deep purple background.", "draw", "purple: star orange L c"),
  ("The star feels heavy. Take it down a size.", "edit", "purple: star orange S c"),
  ("And push it to the top right, more dynamic.", "edit", "purple: star orange S tr"),
  ("Hmm no, I preferred it centred.", "edit", "purple: star orange S c"),
]),
(["occupied-cell", "ambiguous", "swap-positions"], [
  ("a red circle at the center and a blue square at the top", "draw", "white: circle red L c; square blue L t"),
  ("move the square to the middle", "ask", "="),
  ("swap them then", "edit", "white: circle red L t; square blue L c"),
]),
(["remove-only-object", "ambiguous", "shape-change"], [
  ("a black triangle on a white background", "draw", "white: triangle black L c"),
  ("remove the triangle", "ask", "="),
  ("ok, then make it a small green circle instead", "edit", "white: circle green S c"),
]),
(["background-anywhere", "size-words"], [
  ("small star, yellow, bottom-left. background: black. also a large white square at the top-right.", "draw", "black: star yellow S bl; square white L tr"),
  ("make the star as big as the square", "edit", "black: star yellow L bl; square white L tr"),
]),
(["ack-chat", "colour"], [
  ("Draw a green circle on an orange background", "draw", "orange: circle green L c"),
  ("lol it looks like a pea on a pumpkin", "chat", "="),
  ("haha ok make it a purple circle", "edit", "orange: circle purple L c"),
]),
(["reference-by-colour", "move"], [
  ("purple square top left, yellow circle top right, green triangle bottom", "draw", "white: square purple L tl; circle yellow L tr; triangle green L b"),
  ("make the yellow one black", "edit", "white: square purple L tl; circle black L tr; triangle green L b"),
  ("and move the purple thing to the bottom left", "edit", "white: square purple L bl; circle black L tr; triangle green L b"),
]),
(["undo", "complaint-edit", "background-change"], [
  ("a big red star in the middle", "draw", "white: star red L c"),
  ("background green", "edit", "green: star red L c"),
  ("ugh, that's ugly, go back", "undo", "<"),
]),
(["new-scene", "size-words", "reference"], [
  ("small blue circle at the left", "draw", "white: circle blue S l"),
  ("new one: three triangles, red top, yellow center, black bottom, all small", "draw", "white: triangle red S t; triangle yellow S c; triangle black S b"),
  ("make the middle triangle big", "edit", "white: triangle red S t; triangle yellow L c; triangle black S b"),
]),
(["it-reference", "add", "two-edits"], [
  ("orange circle at the top left", "draw", "white: circle orange L tl"),
  ("add a blue star at the bottom right and make it small", "edit", "white: circle orange L tl; star blue S br"),
]),
(["out-of-vocabulary", "ambiguous"], [
  ("a yellow triangle on white", "draw", "white: triangle yellow L c"),
  ("can you do it in pink?", "ask", "="),
  ("ok purple then", "edit", "white: triangle purple L c"),
]),
(["relative-position", "move"], [
  ("a small red square at the bottom right and a small blue circle at the top left", "draw", "white: square red S br; circle blue S tl"),
  ("move the square up one row", "edit", "white: square red S r; circle blue S tl"),
  ("and the circle down one", "edit", "white: square red S r; circle blue S l"),
]),
(["long-first-prompt", "colour", "remove"], [
  ("Okay so here's what I'm after: a black background, and on it three shapes: a large yellow star in the top left corner, a small white circle right in the middle, and a large red triangle in the bottom right corner. Thanks!", "draw", "black: star yellow L tl; circle white S c; triangle red L br"),
  ("make the circle orange", "edit", "black: star yellow L tl; circle orange S c; triangle red L br"),
  ("remove the triangle", "edit", "black: star yellow L tl; circle orange S c"),
]),
(["ack-chat", "background-change"], [
  ("green square at the top right", "draw", "white: square green L tr"),
  ("nice, that's exactly what I wanted", "chat", "="),
  ("can I get the same thing but on a blue background", "edit", "blue: square green L tr"),
]),
(["out-of-vocabulary", "ambiguous", "shape-change"], [
  ("a blue circle in the center", "draw", "white: circle blue L c"),
  ("make it a heart", "ask", "="),
  ("then a star", "edit", "white: star blue L c"),
]),
(["size-words", "swap-sizes"], [
  ("teeny tiny purple star bottom left and a massive orange square top right", "draw", "white: star purple S bl; square orange L tr"),
  ("flip the sizes", "edit", "white: star purple L bl; square orange S tr"),
]),
(["add", "undo"], [
  ("white circle on red background", "draw", "red: circle white L c"),
  ("add a black square at the top", "edit", "red: circle white L c; square black L t"),
  ("and a yellow star at the bottom", "edit", "red: circle white L c; square black L t; star yellow L b"),
  ("undo", "undo", "<"),
]),
(["colour", "plural-reference", "question-chat"], [
  ("a red square left and a red circle right", "draw", "white: square red L l; circle red L r"),
  ("make both of them green", "edit", "white: square green L l; circle green L r"),
  ("is green the same shade for both?", "chat", "="),
]),
(["move", "background-change"], [
  ("a yellow star on a purple background, top right", "draw", "purple: star yellow L tr"),
  ("center it", "edit", "purple: star yellow L c"),
  ("and make the background black", "edit", "black: star yellow L c"),
]),
]
