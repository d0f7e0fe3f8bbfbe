D = [
(["wrapper", "add", "size-words"], [
 ("hi! could you draw me a big red circle in the middle please", "draw", "white: circle red large center"),
 ("now add a little blue star in the bottom right corner", "edit", "white: circle red large center, star blue small bottom-right")]),
(["typo", "background-anywhere", "attr-after-noun"], [
 ("yelow backgrond, grene triangle top left, small", "draw", "yellow: triangle green small top-left"),
 ("make the bg purple", "edit", "purple: triangle green small top-left")]),
(["question-chat", "move", "it-reference"], [
 ("A black square on an orange background.", "draw", "orange: square black large center"),
 ("is that square meant to be the big size or the small one?", "chat"),
 ("ok. move it to the top right", "edit", "orange: square black large top-right")]),
(["undo", "colour", "terse"], [
 ("blue star", "draw", "white: star blue large center"),
 ("red instead", "edit", "white: star red large center"),
 ("nah go back", "undo")]),
(["ambiguous", "two-same-shape", "ask", "size-words"], [
 ("two circles on black - a yellow one on the left and a green one on the right", "draw", "black: circle yellow large left, circle green large right"),
 ("make the circle smaller", "ask"),
 ("the green one", "edit", "black: circle yellow large left, circle green small right")]),
(["attr-after-noun", "shape-change", "colloquial-position"], [
 ("triangle, purple, small, bottom middle", "draw", "white: triangle purple small bottom"),
 ("actually can it be a square", "edit", "white: square purple small bottom")]),
(["child", "colloquial-position", "ack-chat", "size-words"], [
 ("i want a star thats orange and a circle thats blue!! the star goes up top and the circle goes down at the bottom", "draw", "white: star orange large top, circle blue large bottom"),
 ("can the circle be tiny tiny", "edit", "white: star orange large top, circle blue small bottom"),
 ("yaaay its so cute", "chat")]),
(["two-edits", "polite", "move"], [
 ("Please draw a large white circle at top-left and a small black triangle at the center, on a blue background.", "draw", "blue: circle white large top-left, triangle black small center"),
 ("Could you turn the triangle red and push it over to the right?", "edit", "blue: circle white large top-left, triangle red small right")]),
(["remove", "complaint-edit", "ack-chat"], [
 ("green background, yellow star top-right, red square bottom-left, purple circle center", "draw", "green: star yellow large top-right, square red large bottom-left, circle purple large center"),
 ("too busy. lose the square", "edit", "green: star yellow large top-right, circle purple large center"),
 ("better", "chat")]),
(["reference", "earlier-turn", "colour"], [
 ("orange triangle on white", "draw", "white: triangle orange large center"),
 ("try it in blue", "edit", "white: triangle blue large center"),
 ("hmm. green?", "edit", "white: triangle green large center"),
 ("honestly the first colour was the best, go with that", "edit", "white: triangle orange large center")]),
(["relative-position", "add"], [
 ("small black circle on the left side", "draw", "white: circle black small left"),
 ("put a red star right beside it, to its right", "edit", "white: circle black small left, star red large center")]),
(["non-native", "size-words", "background-anywhere"], [
 ("Please I want one square of color blue, very big, in the center of the picture, the fond must be yellow", "draw", "yellow: square blue large center"),
 ("The square more little please", "edit", "yellow: square blue small center")]),
(["terse", "undo", "size-words"], [
 ("red star, top", "draw", "white: star red large top"),
 ("blue bg", "edit", "blue: star red large top"),
 ("smaller", "edit", "blue: star red small top"),
 ("undo", "undo")]),
(["ask", "vague", "colour"], [
 ("purple circle bottom right and orange square top left", "draw", "white: circle purple large bottom-right, square orange large top-left"),
 ("change the colour", "ask"),
 ("sorry - the square, make it green", "edit", "white: circle purple large bottom-right, square green large top-left")]),
(["move", "corner-words", "self-correction"], [
 ("a big yellow triangle on a black background", "draw", "black: triangle yellow large center"),
 ("shove it into the lower left corner", "edit", "black: triangle yellow large bottom-left"),
 ("wait no, upper right", "edit", "black: triangle yellow large top-right")]),
(["new-scene", "shape-change"], [
 ("blue circle in the centre", "draw", "white: circle blue large center"),
 ("make it a star", "edit", "white: star blue large center"),
 ("ok scrap that and start over: just one red square on green", "draw", "green: square red large center")]),
(["question-chat", "three-objects", "size-words"], [
 ("draw three stars in a row across the middle: red on the left, white in the center, blue on the right. background black.", "draw", "black: star red large left, star white large center, star blue large right"),
 ("why do they look slightly tilted?", "chat"),
 ("fine whatever. make the white one small", "edit", "black: star red large left, star white small center, star blue large right")]),
(["remove", "undo", "colour-reference"], [
 ("orange circle top left, green triangle bottom right", "draw", "white: circle orange large top-left, triangle green large bottom-right"),
 ("get rid of the green one", "edit", "white: circle orange large top-left"),
 ("hmm put it back", "undo")]),
(["polite", "background-anywhere", "wrapper"], [
 ("Good morning. Could I have a small purple star placed at the top, please, over a yellow background? Thank you.", "draw", "yellow: star purple small top"),
 ("Lovely. Would you mind changing the background to white?", "edit", "white: star purple small top")]),
(["colour-conflict", "ask", "background-anywhere"], [
 ("a white square in the middle, on a black background", "draw", "black: square white large center"),
 ("now make the background white too", "ask"),
 ("oh right it would disappear lol. red bg then", "edit", "red: square white large center")]),
(["typo", "shape-change"], [
 ("draw a big green cirlce at the rigth", "draw", "white: circle green large right"),
 ("make it a triangel", "edit", "white: triangle green large right")]),
(["add", "relative-position", "size-words"], [
 ("Red circle top-left, blue circle top-right, white background.", "draw", "white: circle red large top-left, circle blue large top-right"),
 ("Add a yellow star between them", "edit", "white: circle red large top-left, circle blue large top-right, star yellow large top"),
 ("star's too big, shrink it", "edit", "white: circle red large top-left, circle blue large top-right, star yellow small top")]),
(["ack-chat", "undo", "size-words"], [
 ("black triangle on orange background, small, at the bottom", "draw", "orange: triangle black small bottom"),
 ("nice", "chat"),
 ("make it huge", "edit", "orange: triangle black large bottom"),
 ("no no undo that", "undo")]),
(["swap-positions", "move"], [
 ("green square on the left, purple circle on the right", "draw", "white: square green large left, circle purple large right"),
 ("swap them around", "edit", "white: square green large right, circle purple large left")]),
(["relative-position", "move", "step-move"], [
 ("a small red star in the bottom left", "draw", "white: star red small bottom-left"),
 ("move it up one", "edit", "white: star red small left"),
 ("and one more step to the right", "edit", "white: star red small center")]),
(["phone", "typo", "add"], [
 ("blu square top rite on yello", "draw", "yellow: square blue large top-right"),
 ("n a red circle bottom left pls", "edit", "yellow: square blue large top-right, circle red large bottom-left")]),
(["question-chat", "count", "colour"], [
 ("draw a white circle, a white square and a white triangle on a purple background: circle top-left, square center, triangle bottom-right", "draw", "purple: circle white large top-left, square white large center, triangle white large bottom-right"),
 ("how many shapes did you put in", "chat"),
 ("make the square black", "edit", "purple: circle white large top-left, square black large center, triangle white large bottom-right")]),
(["ask", "off-world-shape", "add"], [
 ("orange star in the center, blue background", "draw", "blue: star orange large center"),
 ("add a hexagon next to it", "ask"),
 ("ah ok. a white square on the left then", "edit", "blue: star orange large center, square white large left")]),
(["recolour-all", "two-same-shape"], [
 ("small yellow circle left, small yellow square right, on black", "draw", "black: circle yellow small left, square yellow small right"),
 ("make everything red", "edit", "black: circle red small left, square red small right")]),
(["remove", "two-removals", "undo"], [
 ("a green star at top left, a red triangle at center, a blue circle at bottom right", "draw", "white: star green large top-left, triangle red large center, circle blue large bottom-right"),
 ("delete the star and the circle", "edit", "white: triangle red large center"),
 ("hmm, undo", "undo")]),
(["art-director", "two-edits", "background-anywhere"], [
 ("Let's start simple: one large black circle, dead centre, white ground.", "draw", "white: circle black large center"),
 ("Too heavy. Drop it to small and shift it to the lower right.", "edit", "white: circle black small bottom-right"),
 ("Good. Now give me a yellow background.", "edit", "yellow: circle black small bottom-right")]),
(["attr-after-noun", "ack-chat", "terse"], [
 ("triangle red small top-right background green", "draw", "green: triangle red small top-right"),
 ("thanks, that's exactly it", "chat")]),
(["ask", "ambiguous", "colour"], [
 ("blue square top, orange star bottom", "draw", "white: square blue large top, star orange large bottom"),
 ("make one of them purple", "ask"),
 ("the square", "edit", "white: square purple large top, star orange large bottom")]),
(["shape-change", "it-reference", "colour"], [
 ("big orange square bottom-right, black background", "draw", "black: square orange large bottom-right"),
 ("turn the square into a star", "edit", "black: star orange large bottom-right"),
 ("and make it white", "edit", "black: star white large bottom-right")]),
(["long-first", "colour", "remove"], [
 ("OK so what I need is: background purple. In the top left corner a small white star. Right in the middle a large yellow circle. Bottom right, a small green triangle. That's it.", "draw", "purple: star white small top-left, circle yellow large center, triangle green small bottom-right"),
 ("the triangle should be orange not green", "edit", "purple: star white small top-left, circle yellow large center, triangle orange small bottom-right"),
 ("and lose the star", "edit", "purple: circle yellow large center, triangle orange small bottom-right")]),
(["colloquial-position", "move", "add"], [
 ("put a red circle smack in the middle", "draw", "white: circle red large center"),
 ("scoot it over to the left edge", "edit", "white: circle red large left"),
 ("little blue square up in the top-right corner too", "edit", "white: circle red large left, square blue small top-right")]),
(["question-chat", "background-anywhere"], [
 ("a purple triangle on a white background", "draw", "white: triangle purple large center"),
 ("what colour would go well with purple as the background?", "chat"),
 ("ok try yellow", "edit", "yellow: triangle purple large center")]),
(["undo", "add", "replace-after-undo"], [
 ("black star top right, white bg", "draw", "white: star black large top-right"),
 ("add a red square bottom left", "edit", "white: star black large top-right, square red large bottom-left"),
 ("undo", "undo"),
 ("add a green square bottom left instead", "edit", "white: star black large top-right, square green large bottom-left")]),
(["size-words", "huge-tiny", "reference"], [
 ("tiny orange circle top-left and a huge blue triangle bottom-right", "draw", "white: circle orange small top-left, triangle blue large bottom-right"),
 ("make the tiny one huge too", "edit", "white: circle orange large top-left, triangle blue large bottom-right")]),
(["ask", "vague", "complaint-edit"], [
 ("green circle center on black", "draw", "black: circle green large center"),
 ("make it pop more", "ask"),
 ("brighter colour i mean. yellow", "edit", "black: circle yellow large center")]),
(["ask", "occupied-cell", "swap-positions"], [
 ("red square on the left, blue square in the middle", "draw", "white: square red large left, square blue large center"),
 ("move the red one to the middle", "ask"),
 ("oh right that's taken. just swap them", "edit", "white: square red large center, square blue large left")]),
(["non-native", "attr-after-noun", "add"], [
 ("Draw star yellow on background blue, star is small and in down right", "draw", "blue: star yellow small bottom-right"),
 ("Now add circle white, big, in up left", "edit", "blue: star yellow small bottom-right, circle white large top-left")]),
(["replace", "shape-change", "colour"], [
 ("purple square center, orange background", "draw", "orange: square purple large center"),
 ("replace the square with a white circle", "edit", "orange: circle white large center")]),
(["question-chat", "capability", "colour"], [
 ("a small black triangle", "draw", "white: triangle black small center"),
 ("can you do hexagons btw?", "chat"),
 ("ok then just make the triangle green", "edit", "white: triangle green small center")]),
(["background-anywhere", "colour", "two-same-colour"], [
 ("blue star at top-left, blue circle at bottom-right, all on yellow", "draw", "yellow: star blue large top-left, circle blue large bottom-right"),
 ("background to black please", "edit", "black: star blue large top-left, circle blue large bottom-right"),
 ("and the circle goes red", "edit", "black: star blue large top-left, circle red large bottom-right")]),
(["self-correction", "add"], [
 ("a red circle in the top left, no wait, top right", "draw", "white: circle red large top-right"),
 ("and a small green square at the bottom... left. bottom left.", "edit", "white: circle red large top-right, square green small bottom-left")]),
(["reference", "like-before", "shape-change"], [
 ("white circle center on blue", "draw", "blue: circle white large center"),
 ("background orange", "edit", "orange: circle white large center"),
 ("make it a star", "edit", "orange: star white large center"),
 ("keep the star but the background like before, blue", "edit", "blue: star white large center")]),
(["add", "copy-reference", "three-objects"], [
 ("small red triangle top", "draw", "white: triangle red small top"),
 ("add the same thing at the bottom", "edit", "white: triangle red small top, triangle red small bottom"),
 ("and one in the center, but purple", "edit", "white: triangle red small top, triangle red small bottom, triangle purple small center")]),
(["ask", "too-many-objects", "remove", "add"], [
 ("three circles, top-left red, top-right blue, bottom green, black background", "draw", "black: circle red large top-left, circle blue large top-right, circle green large bottom"),
 ("add a yellow star in the middle", "ask"),
 ("ok remove the green one first and then add the star", "edit", "black: circle red large top-left, circle blue large top-right, star yellow large center")]),
(["undo", "two-edits"], [
 ("orange triangle left, purple star right", "draw", "white: triangle orange large left, star purple large right"),
 ("make the triangle blue and the star small", "edit", "white: triangle blue large left, star purple small right"),
 ("undo", "undo"),
 ("just the star small then", "edit", "white: triangle orange large left, star purple small right")]),
]
