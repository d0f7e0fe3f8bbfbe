DIALOGS = [
(["defaults", "colour-change", "ack-chat"], [
 ("a red circle", "draw", "white: circle red large center"),
 ("hmm make it blue", "edit", "circle.colour=blue"),
 ("nice, thanks!", "chat", None)]),
(["multi-object", "move", "colloquial-position"], [
 ("Can you draw a big yellow star in the upper left corner and a small green square down in the bottom right corner?", "draw", "white: star yellow large top-left; square green small bottom-right"),
 ("slide the square over to the left edge, same height", "edit", "square.pos=bottom-left")]),
(["background-anywhere", "size-words", "undo"], [
 ("on a black background, a tiny white triangle in the middle", "draw", "black: triangle white small center"),
 ("make the triangle huge", "edit", "triangle.size=large"),
 ("no, undo that", "undo", None),
 ("actually turn it orange instead", "edit", "triangle.colour=orange")]),
(["typo", "add", "relative-position"], [
 ("purpel sqaure top rihgt pls", "draw", "white: square purple large top-right"),
 ("add a small red cirlce just to the left of it", "edit", "+circle red small top")]),
(["attr-after-noun", "remove"], [
 ("circle, blue, small, top left. star, orange, big, bottom right. triangle, black, small, center.", "draw", "white: circle blue small top-left; star orange large bottom-right; triangle black small center"),
 ("get rid of the triangle", "edit", "-triangle"),
 ("and the circle too", "edit", "-circle")]),
(["question-chat", "colour-change"], [
 ("Green square on a yellow background please.", "draw", "yellow: square green large center"),
 ("what colours can I use?", "chat", None),
 ("ok then purple", "edit", "square.colour=purple")]),
(["ambiguous", "ask", "two-circles"], [
 ("two red circles, one top left one top right", "draw", "white: circle red large top-left; circle red large top-right"),
 ("make the circle smaller", "ask", None),
 ("the one on the right", "edit", "1.size=small")]),
(["wrapper", "polite", "background-change"], [
 ("Hello! Would you mind drawing me a small orange star at the very top, in the middle?", "draw", "white: star orange small top"),
 ("Lovely. Could the background be blue, if it's not too much trouble?", "edit", "bg=blue"),
 ("Thank you so much, that's exactly what I wanted.", "chat", None)]),
(["shape-change", "reference"], [
 ("big black square center", "draw", "white: square black large center"),
 ("turn it into a star", "edit", "square.shape=star"),
 ("hmm, the square looked better, put it back to a square", "edit", "star.shape=square")]),
(["two-edits", "move", "size-words"], [
 ("red triangle on the left and a blue circle on the right, both big, on white", "draw", "white: triangle red large left; circle blue large right"),
 ("shrink the circle and move it to the bottom", "edit", "circle.size=small; circle.pos=bottom")]),
(["complaint-edit", "background-change"], [
 ("a yellow circle at the bottom left on a white background", "draw", "white: circle yellow large bottom-left"),
 ("ugh I can barely see it, make the background darker - black", "edit", "bg=black")]),
(["child", "add", "multi-turn"], [
 ("i want a green star!!!", "draw", "white: star green large center"),
 ("and a purple one on top of it", "edit", "+star purple large top"),
 ("and a little red square at the bottom", "edit", "+square red small bottom"),
 ("yay", "chat", None)]),
(["ask", "missing-value"], [
 ("an orange square top left and a blue triangle bottom right", "draw", "white: square orange large top-left; triangle blue large bottom-right"),
 ("change the colour", "ask", None),
 ("the triangle, make it green", "edit", "triangle.colour=green")]),
(["undo", "remove"], [
 ("Three shapes: a small red star top, a large green circle center, a small blue square bottom.", "draw", "white: star red small top; circle green large center; square blue small bottom"),
 ("delete the middle one", "edit", "-circle"),
 ("wait no bring it back", "undo", None)]),
(["relative-position", "move"], [
 ("purple circle in the centre", "draw", "white: circle purple large center"),
 ("move it up one", "edit", "circle.pos=top"),
 ("now one to the right", "edit", "circle.pos=top-right")]),
(["new-scene", "draw-after-edit"], [
 ("a white star on black", "draw", "black: star white large center"),
 ("make the star yellow", "edit", "star.colour=yellow"),
 ("ok start over. new picture: just a small red triangle bottom right", "draw", "white: triangle red small bottom-right")]),
(["self-correction", "colour"], [
 ("a blue square, no wait, a blue circle, in the top right", "draw", "white: circle blue large top-right"),
 ("make it bigger- oh it's already big. make it green then", "edit", "circle.colour=green")]),
(["reference-by-colour", "size-words"], [
 ("a red square on the left, a yellow triangle in the middle and a green circle on the right, all small, on a purple background", "draw", "purple: square red small left; triangle yellow small center; circle green small right"),
 ("make the yellow one large", "edit", "yellow.size=large"),
 ("and the red one too", "edit", "red.size=large")]),
(["question-chat", "it-reference"], [
 ("draw a small black triangle at the top", "draw", "white: triangle black small top"),
 ("is that triangle small or large?", "chat", None),
 ("make it large", "edit", "triangle.size=large")]),
(["terse", "multi-edit"], [
 ("star red center", "draw", "white: star red large center"),
 ("bg yellow", "edit", "bg=yellow"),
 ("star small", "edit", "star.size=small"),
 ("star -> top left", "edit", "star.pos=top-left")]),
(["ask", "conflict-cell"], [
 ("blue circle top left, orange square center", "draw", "white: circle blue large top-left; square orange large center"),
 ("put the circle in the center", "ask", None),
 ("swap them then", "edit", "circle.pos=center; square.pos=top-left")]),
(["swap", "move"], [
 ("green triangle at the bottom left and a red star at the top right", "draw", "white: triangle green large bottom-left; star red large top-right"),
 ("switch their places", "edit", "triangle.pos=top-right; star.pos=bottom-left")]),
(["non-native", "add"], [
 ("please make one yellow square big in middle, background is blue", "draw", "blue: square yellow large center"),
 ("also put small white circle in the corner of up left", "edit", "+circle white small top-left")]),
(["background-colour-clash", "ask"], [
 ("a red star on a white background", "draw", "white: star red large center"),
 ("make the star white", "ask", None),
 ("fine, make the background black and the star white", "edit", "bg=black; star.colour=white")]),
(["reference-earlier-turn", "colour"], [
 ("an orange circle top", "draw", "white: circle orange large top"),
 ("try purple", "edit", "circle.colour=purple"),
 ("hmm, try blue", "edit", "circle.colour=blue"),
 ("nah the first colour was better", "edit", "circle.colour=orange")]),
(["remove", "ask", "last-object"], [
 ("small green square in the bottom right corner", "draw", "white: square green small bottom-right"),
 ("remove the square", "ask", None),
 ("ok keep it but make it a circle", "edit", "square.shape=circle")]),
(["undo", "double-change"], [
 ("a large blue triangle on a yellow background, left side", "draw", "yellow: triangle blue large left"),
 ("make it a small red star on the right", "edit", "triangle.shape=star; star.colour=red; star.size=small; star.pos=right"),
 ("undo", "undo", None)]),
(["phone", "typo", "move"], [
 ("blk circle tp left n a wht star btm rt on red bg", "draw", "red: circle black large top-left; star white large bottom-right"),
 ("mve star to centre", "edit", "star.pos=center")]),
(["question-chat", "count"], [
 ("a small yellow circle top left, small yellow circle top right, and a big black square at the bottom", "draw", "white: circle yellow small top-left; circle yellow small top-right; square black large bottom"),
 ("how many shapes are there now?", "chat", None),
 ("make the square purple", "edit", "square.colour=purple")]),
(["add", "limit", "ask"], [
 ("red circle left, blue circle center, green circle right", "draw", "white: circle red large left; circle blue large center; circle green large right"),
 ("add a yellow star at the top", "ask", None),
 ("ok replace the blue circle with a yellow star then", "edit", "blue.shape=star; star.colour=yellow")]),
(["art-director", "background-change", "complaint-edit"], [
 ("I need a single, large orange triangle dead centre on a black field. Nothing else.", "draw", "black: triangle orange large center"),
 ("Too loud. Swap the black for a purple background.", "edit", "bg=purple"),
 ("Better. Leave it.", "chat", None)]),
(["size-words", "tiny-huge"], [
 ("a tiny blue star at the top right and a huge green square at the bottom left", "draw", "white: star blue small top-right; square green large bottom-left"),
 ("make the star huge too", "edit", "star.size=large"),
 ("and the square tiny", "edit", "square.size=small")]),
(["vague", "ask"], [
 ("a yellow square in the middle on blue", "draw", "blue: square yellow large center"),
 ("make it look nicer", "ask", None),
 ("ok, make it a star", "edit", "square.shape=star")]),
(["move", "colloquial-position"], [
 ("one red circle", "draw", "white: circle red large center"),
 ("push it all the way down to the bottom right corner", "edit", "circle.pos=bottom-right"),
 ("now halfway up, along the right side", "edit", "circle.pos=right")]),
(["remove", "reference-by-position"], [
 ("a black star top left, a red star top right, a blue star bottom", "draw", "white: star black large top-left; star red large top-right; star blue large bottom"),
 ("lose the one at the bottom", "edit", "-blue"),
 ("perfect", "chat", None)]),
(["it-reference", "last-mentioned"], [
 ("a green circle on the left and a small orange triangle on the right", "draw", "white: circle green large left; triangle orange small right"),
 ("make it purple", "edit", "triangle.colour=purple")]),
(["undo", "background"], [
 ("white square on a blue background, bottom", "draw", "blue: square white large bottom"),
 ("background red", "edit", "bg=red"),
 ("go back", "undo", None),
 ("ok and make the square small", "edit", "square.size=small")]),
(["question-chat", "no-change"], [
 ("draw a purple triangle at the top left", "draw", "white: triangle purple large top-left"),
 ("why is it tilted a bit?", "chat", None),
 ("whatever, move it to the center", "edit", "triangle.pos=center")]),
(["add", "relative-position"], [
 ("a blue square in the middle", "draw", "white: square blue large center"),
 ("put a small yellow star right above it", "edit", "+star yellow small top"),
 ("and a small red circle below it", "edit", "+circle red small bottom")]),
(["ambiguous", "draw-vs-add", "ask"], [
 ("orange circle center", "draw", "white: circle orange large center"),
 ("now a green square", "ask", None),
 ("add it, at the top right", "edit", "+square green large top-right")]),
(["shape-change", "all-objects"], [
 ("two small black squares, one on the left and one on the right, yellow background", "draw", "yellow: square black small left; square black small right"),
 ("make both of them circles", "edit", "0.shape=circle; 1.shape=circle")]),
(["wrapper", "long-first-prompt"], [
 ("Hi there, I'm making a test card for a slide. Could you please draw a large red circle in the top-left cell, a small white star in the middle, and a large blue triangle in the bottom-right cell, all on a black background? Thanks a lot.", "draw", "black: circle red large top-left; star white small center; triangle blue large bottom-right"),
 ("The star is too small, make it large.", "edit", "star.size=large"),
 ("Great, that's the one.", "chat", None)]),
(["colour-change", "reference-by-colour", "two-edits"], [
 ("red square top, green triangle bottom", "draw", "white: square red large top; triangle green large bottom"),
 ("make the red one green and the green one red", "edit", "square.colour=green; triangle.colour=red")]),
(["undo", "after-remove"], [
 ("a yellow star top right and a purple circle bottom left on white", "draw", "white: star yellow large top-right; circle purple large bottom-left"),
 ("remove the star", "edit", "-star"),
 ("oops, undo", "undo", None),
 ("remove the circle instead", "edit", "-circle")]),
(["move", "directional"], [
 ("small green triangle bottom center", "draw", "white: triangle green small bottom"),
 ("nudge it left", "edit", "triangle.pos=bottom-left"),
 ("and up two", "edit", "triangle.pos=top-left")]),
(["background-anywhere", "attr-after-noun"], [
 ("background: orange. shape: star. colour: blue. size: small. where: right.", "draw", "orange: star blue small right"),
 ("colour: white", "edit", "star.colour=white")]),
(["question-chat", "capability"], [
 ("a big green circle", "draw", "white: circle green large center"),
 ("can you do hexagons?", "chat", None),
 ("ok, a square then, same colour", "edit", "circle.shape=square")]),
(["ask", "unclear-reference"], [
 ("a blue triangle top left and a blue square top right", "draw", "white: triangle blue large top-left; square blue large top-right"),
 ("make the blue one red", "ask", None),
 ("sorry, the square", "edit", "square.colour=red")]),
(["complaint-edit", "size"], [
 ("purple star in the middle on yellow", "draw", "yellow: star purple large center"),
 ("way too big, it's shouting", "edit", "star.size=small"),
 ("perfect now", "chat", None)]),
(["add", "remove", "two-edits"], [
 ("a black circle top and a red square bottom", "draw", "white: circle black large top; square red large bottom"),
 ("drop the square and put a small green star on the left instead", "edit", "-square; +star green small left")]),
]
