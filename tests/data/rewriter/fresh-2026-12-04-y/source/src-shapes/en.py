D = [
("move reference", [
 ("a red circle please", "draw", "white: circle red large center"),
 ("can you shove it up into the top left corner", "edit", "white: circle red large top-left"),
 ("great, exactly what I wanted", "chat", "="),
]),
("size-words two-objects add", [
 ("tiny blue star top right, big yellow square bottom left, black background", "draw", "black: star blue small top-right, square yellow large bottom-left"),
 ("ok add a green circle in the middle", "edit", "black: star blue small top-right, square yellow large bottom-left, circle green large center"),
 ("nice", "chat", "="),
]),
("complaint-edit size", [
 ("Draw a purple triangle on an orange background.", "draw", "orange: triangle purple large center"),
 ("hmm it's too big, it looks cramped", "edit", "orange: triangle purple small center"),
 ("better. thanks!", "chat", "="),
]),
("undo colour", [
 ("green square, centre", "draw", "white: square green large center"),
 ("make it blue", "edit", "white: square blue large center"),
 ("nah go back", "undo", "<"),
]),
("ambiguous two-same-shape", [
 ("two circles: a red one on the left and a blue one on the right", "draw", "white: circle red large left, circle blue large right"),
 ("make the circle smaller", "ask", "="),
 ("the blue one", "edit", "white: circle red large left, circle blue small right"),
]),
("background-change typo", [
 ("a yelow star in the middel", "draw", "white: star yellow large center"),
 ("backgrund black pls", "edit", "black: star yellow large center"),
 ("hmm prefer it how it was, undo", "undo", "<"),
]),
("shape-change reference", [
 ("I'd like a large orange square at the bottom right and a small white circle at the top left, on a purple background.", "draw", "purple: square orange large bottom-right, circle white small top-left"),
 ("Actually, could the square be a triangle instead?", "edit", "purple: triangle orange large bottom-right, circle white small top-left"),
 ("And the circle should be a star.", "edit", "purple: triangle orange large bottom-right, star white small top-left"),
]),
("question-chat", [
 ("red triangle on blue", "draw", "blue: triangle red large center"),
 ("what shapes can you actually draw?", "chat", "="),
 ("ok then make it a star", "edit", "blue: star red large center"),
]),
("remove complaint-edit", [
 ("black circle top left, green square bottom right, yellow star center", "draw", "white: circle black large top-left, square green large bottom-right, star yellow large center"),
 ("the square looks weird, lose it", "edit", "white: circle black large top-left, star yellow large center"),
 ("perfect", "chat", "="),
]),
("relative-position move", [
 ("a small blue triangle in the center", "draw", "white: triangle blue small center"),
 ("move it up a bit", "edit", "white: triangle blue small top"),
 ("and to the right", "edit", "white: triangle blue small top-right"),
]),
("two-edits one-message", [
 ("purple star, bottom middle, on yellow", "draw", "yellow: star purple large bottom"),
 ("make it green and small", "edit", "yellow: star green small bottom"),
]),
("new-scene draw-after-edit", [
 ("an orange circle at the top", "draw", "white: circle orange large top"),
 ("make it red", "edit", "white: circle red large top"),
 ("ok new picture. a black square on a white background, lower right", "draw", "white: square black large bottom-right"),
]),
("undo add", [
 ("a green triangle on the left and a red circle on the right, blue background", "draw", "blue: triangle green large left, circle red large right"),
 ("add a small yellow star at the top", "edit", "blue: triangle green large left, circle red large right, star yellow small top"),
 ("undo that", "undo", "<"),
 ("put the star at the bottom instead", "edit", "blue: triangle green large left, circle red large right, star yellow small bottom"),
]),
("wrapper polite", [
 ("Hello! Could you please draw me a large purple square in the middle of a white canvas?", "draw", "white: square purple large center"),
 ("Thank you so much, that's lovely.", "chat", "="),
 ("Would it be possible to change the background to orange?", "edit", "orange: square purple large center"),
]),
("ambiguous vague", [
 ("blue circle", "draw", "white: circle blue large center"),
 ("make it nicer", "ask", "="),
 ("like, make it yellow on a black background", "edit", "black: circle yellow large center"),
]),
("colloquial-position attr-after-noun", [
 ("a star, red, small, up in the right hand corner", "draw", "white: star red small top-right"),
 ("and a square, green, big, down in the bottom left", "edit", "white: star red small top-right, square green large bottom-left"),
]),
("reference-by-colour", [
 ("yellow circle top left, yellow square top right, blue triangle bottom, black bg", "draw", "black: circle yellow large top-left, square yellow large top-right, triangle blue large bottom"),
 ("turn the blue one purple", "edit", "black: circle yellow large top-left, square yellow large top-right, triangle purple large bottom"),
 ("make the yellow one red", "ask", "="),
]),
("child simple", [
 ("i want a big green star!!!", "draw", "white: star green large center"),
 ("now make it purple", "edit", "white: star purple large center"),
 ("can it have a friend? a little orange circle next to it on the left", "edit", "white: star purple large center, circle orange small left"),
]),
("terse size", [
 ("sq red sm center", "draw", "white: square red small center"),
 ("bigger", "edit", "white: square red large center"),
 ("why is the square not centred exactly?", "chat", "="),
]),
("self-correction", [
 ("a blue square in the top right, no wait, top left", "draw", "white: square blue large top-left"),
 ("and make the background yellow — sorry, I mean orange", "edit", "orange: square blue large top-left"),
]),
("undo two-turns", [
 ("white triangle on a black background", "draw", "black: triangle white large center"),
 ("move it to the bottom right", "edit", "black: triangle white large bottom-right"),
 ("make it small", "edit", "black: triangle white small bottom-right"),
 ("undo", "undo", "<"),
]),
("remove-and-add", [
 ("red circle left, blue circle right", "draw", "white: circle red large left, circle blue large right"),
 ("get rid of the red one and put a green square at the top instead", "edit", "white: circle blue large right, square green large top"),
]),
("question-chat colour", [
 ("a small orange star in the bottom left corner on a blue background", "draw", "blue: star orange small bottom-left"),
 ("what colour is the background right now?", "chat", "="),
 ("change that to green", "edit", "green: star orange small bottom-left"),
]),
("move swap-positions", [
 ("a black square at the top and a purple circle at the bottom, on white", "draw", "white: square black large top, circle purple large bottom"),
 ("swap them", "edit", "white: square black large bottom, circle purple large top"),
 ("what if i make them both stars", "ask", "="),
]),
("reference-back first-colour", [
 ("green triangle", "draw", "white: triangle green large center"),
 ("make it orange", "edit", "white: triangle orange large center"),
 ("hmm, try blue", "edit", "white: triangle blue large center"),
 ("no, the first colour was better", "edit", "white: triangle green large center"),
]),
("non-native", [
 ("please draw one circle of color purple, size small, it stay on right side", "draw", "white: circle purple small right"),
 ("also one square yellow big on the left side please", "edit", "white: circle purple small right, square yellow large left"),
 ("the background make it black", "edit", "black: circle purple small right, square yellow large left"),
]),
("phone typo", [
 ("blue staar top rigth", "draw", "white: star blue large top-right"),
 ("make it smal", "edit", "white: star blue small top-right"),
 ("thx", "chat", "="),
]),
("shape-change it-reference", [
 ("a large red square at the center on a yellow background", "draw", "yellow: square red large center"),
 ("turn it into a circle", "edit", "yellow: circle red large center"),
 ("hmm no, undo", "undo", "<"),
]),
("add third-object", [
 ("orange triangle top-left and green circle bottom-right", "draw", "white: triangle orange large top-left, circle green large bottom-right"),
 ("drop a little black star in the centre", "edit", "white: triangle orange large top-left, circle green large bottom-right, star black small center"),
 ("and make the triangle small too", "edit", "white: triangle orange small top-left, circle green large bottom-right, star black small center"),
]),
("ambiguous which-corner", [
 ("a yellow square on a purple background", "draw", "purple: square yellow large center"),
 ("move it into a corner", "ask", "="),
 ("bottom left", "edit", "purple: square yellow large bottom-left"),
]),
("art-director opinion", [
 ("Start with a large blue circle dead centre on white. Keep it simple.", "draw", "white: circle blue large center"),
 ("It's too cold. Warm it up — make the circle orange.", "edit", "white: circle orange large center"),
 ("Good. Now it needs tension: a small black triangle at the top right.", "edit", "white: circle orange large center, triangle black small top-right"),
 ("Yes. That's the one.", "chat", "="),
]),
("background-anywhere", [
 ("on a green background, a white star at the top", "draw", "green: star white large top"),
 ("put a red square under it, bottom middle", "edit", "green: star white large top, square red large bottom"),
]),
("remove undo", [
 ("purple circle left, orange star center, blue square right", "draw", "white: circle purple large left, star orange large center, square blue large right"),
 ("delete the star", "edit", "white: circle purple large left, square blue large right"),
 ("wait bring it back", "undo", "<"),
]),
("relative-position move", [
 ("small green square bottom left", "draw", "white: square green small bottom-left"),
 ("move it one step to the right", "edit", "white: square green small bottom"),
 ("and up one", "edit", "white: square green small center"),
]),
("question-chat size", [
 ("huge red star on black", "draw", "black: star red large center"),
 ("is that as big as it gets?", "chat", "="),
 ("ok fine, then shrink it and put it top left", "edit", "black: star red small top-left"),
]),
("new-scene multi-object", [
 ("A small yellow circle in the top-left, a large blue triangle in the center, and a small red square in the bottom-right, all on a white background.", "draw", "white: circle yellow small top-left, triangle blue large center, square red small bottom-right"),
 ("Make everything on it purple except the triangle.", "edit", "white: circle purple small top-left, triangle blue large center, square purple small bottom-right"),
]),
("colour-clash ask", [
 ("a red circle in the middle", "draw", "white: circle red large center"),
 ("make the background red", "ask", "="),
 ("oh right. make the background black then", "edit", "black: circle red large center"),
]),
("reference last-mentioned", [
 ("blue square top, yellow circle bottom, on white", "draw", "white: square blue large top, circle yellow large bottom"),
 ("make the circle green", "edit", "white: square blue large top, circle green large bottom"),
 ("and make it small", "edit", "white: square blue large top, circle green small bottom"),
]),
("ack-chat undo", [
 ("orange star", "draw", "white: star orange large center"),
 ("make the background blue", "edit", "blue: star orange large center"),
 ("lol that looks like a sheriff badge", "chat", "="),
 ("make it a triangle", "edit", "blue: triangle orange large center"),
 ("no undo that", "undo", "<"),
]),
("move colloquial-position", [
 ("a black circle and a green star. circle on the far left, star on the far right", "draw", "white: circle black large left, star green large right"),
 ("push the star up to the top right corner", "edit", "white: circle black large left, star green large top-right"),
]),
("size-words tiny", [
 ("teeny tiny purple triangle, smack in the middle, yellow bg", "draw", "yellow: triangle purple small center"),
 ("now make it massive", "edit", "yellow: triangle purple large center"),
]),
("shape-change colour two-edits", [
 ("small white square at the bottom on a blue background", "draw", "blue: square white small bottom"),
 ("replace it with a big yellow star", "edit", "blue: star yellow large bottom"),
]),
("ambiguous which-one", [
 ("red circle top-left, blue circle top, green circle top-right", "draw", "white: circle red large top-left, circle blue large top, circle green large top-right"),
 ("turn one of them black", "ask", "="),
 ("the green one, top right", "edit", "white: circle red large top-left, circle blue large top, circle black large top-right"),
]),
("undo move", [
 ("a large green triangle on the right on an orange background", "draw", "orange: triangle green large right"),
 ("move it to the left", "edit", "orange: triangle green large left"),
 ("nope, put it back", "undo", "<"),
 ("thanks", "chat", "="),
]),
("wrapper long", [
 ("hey so I'm testing this thing, can you make a picture with a yellow star in the top right and a blue circle in the bottom left, small ones, on a black background", "draw", "black: star yellow small top-right, circle blue small bottom-left"),
 ("cool. make the star big", "edit", "black: star yellow large top-right, circle blue small bottom-left"),
]),
("remove all-but-one", [
 ("orange square left, purple square center, green square right", "draw", "white: square orange large left, square purple large center, square green large right"),
 ("keep only the purple one", "edit", "white: square purple large center"),
]),
("question-chat position", [
 ("a small red triangle top left and a small blue triangle bottom right", "draw", "white: triangle red small top-left, triangle blue small bottom-right"),
 ("which one is on top?", "chat", "="),
 ("make the red one large", "edit", "white: triangle red large top-left, triangle blue small bottom-right"),
]),
("background default new-draw", [
 ("yellow circle on purple", "draw", "purple: circle yellow large center"),
 ("start over: just a black star", "draw", "white: star black large center"),
]),
("two-edits move size", [
 ("a large blue square at the top left, white background", "draw", "white: square blue large top-left"),
 ("shrink it and move it to the bottom right", "edit", "white: square blue small bottom-right"),
 ("also add a big red circle at the top left where it used to be", "edit", "white: square blue small bottom-right, circle red large top-left"),
]),
("ack-chat terse", [
 ("grn circ, mid, blk bg", "draw", "black: circle green large center"),
 ("k", "chat", "="),
 ("now orng", "edit", "black: circle orange large center"),
]),
]
