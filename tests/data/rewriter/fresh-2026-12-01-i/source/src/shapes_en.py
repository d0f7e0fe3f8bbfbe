D = [
 (["reference", "ambiguous", "two-similar"], [
  ("two red circles, a big one top left and a small one bottom right, white bg", "draw", "white: red large circle top-left, red small circle bottom-right"),
  ("make the circle blue", "ask", None),
  ("the little one", "edit", "white: red large circle top-left, blue small circle bottom-right"),
 ]),
 (["size-words", "reference", "two-similar"], [
  ("Big yellow star up top, tiny yellow star bottom left. Background black.", "draw", "black: yellow large star top, yellow small star bottom-left"),
  ("shrink the big star", "edit", "black: yellow small star top, yellow small star bottom-left"),
  ("now make the one at the top orange", "edit", "black: orange small star top, yellow small star bottom-left"),
 ]),
 (["ambiguous", "two-similar", "remove"], [
  ("green square on the left, another green square on the right, purple background pls", "draw", "purple: green large square left, green large square right"),
  ("delete the square", "ask", None),
  ("sorry, the right one", "edit", "purple: green large square left"),
 ]),
 (["undo", "complaint-edit"], [
  ("a large blue triangle centered on yellow", "draw", "yellow: blue large triangle center"),
  ("ugh no, it should be a star not a triangle", "edit", "yellow: blue large star center"),
  ("hmm actually go back", "undo", None),
 ]),
 (["ack-chat", "add", "relative-position"], [
  ("draw me a small black circle in the middle", "draw", "white: black small circle center"),
  ("nice", "chat", None),
  ("put a red square right above it, small too", "edit", "white: black small circle center, red small square top"),
 ]),
 (["question-chat", "background-anywhere"], [
  ("orange background. On it: a large white star in the bottom right corner.", "draw", "orange: white large star bottom-right"),
  ("what colours can you do?", "chat", None),
  ("ok then swap the background to green", "edit", "green: white large star bottom-right"),
 ]),
 (["typo", "move"], [
  ("a smal purpel circel top rigth", "draw", "white: purple small circle top-right"),
  ("mvoe it to the botom", "edit", "white: purple small circle bottom"),
 ]),
 (["two-edits", "reference-by-colour"], [
  ("red square top-left, blue square top-right, both large, on white", "draw", "white: red large square top-left, blue large square top-right"),
  ("make the red one small and turn the blue one into a circle", "edit", "white: red small square top-left, blue large circle top-right"),
  ("perfect thanks!", "chat", None),
 ]),
 (["ambiguous", "it-reference", "two-similar"], [
  ("Two triangles: a black one at the bottom left and a black one at the bottom right. White background, both small.", "draw", "white: black small triangle bottom-left, black small triangle bottom-right"),
  ("make it bigger", "ask", None),
  ("both of them", "edit", "white: black large triangle bottom-left, black large triangle bottom-right"),
 ]),
 (["colloquial-position", "move"], [
  ("a big green circle kinda in the upper left", "draw", "white: green large circle top-left"),
  ("scoot it over to the middle of the top edge", "edit", "white: green large circle top"),
  ("and now dead centre", "edit", "white: green large circle center"),
 ]),
 (["shape-change", "reference", "two-similar"], [
  ("a big star and a small star, both blue, big one on the left, small one on the right, on a yellow background", "draw", "yellow: blue large star left, blue small star right"),
  ("turn the small star into a square", "edit", "yellow: blue large star left, blue small square right"),
  ("and the star red", "edit", "yellow: red large star left, blue small square right"),
  ("undo that last bit", "undo", None),
 ]),
 (["wrapper", "add", "three-objects"], [
  ("Could you please draw a large orange triangle at the top for me?", "draw", "white: orange large triangle top"),
  ("Would you also add a small purple circle bottom left and a small purple circle bottom right?", "edit", "white: orange large triangle top, purple small circle bottom-left, purple small circle bottom-right"),
  ("Make the circle on the left green, please.", "edit", "white: orange large triangle top, green small circle bottom-left, purple small circle bottom-right"),
 ]),
 (["ambiguous", "colour-clash"], [
  ("a white square center on black", "draw", "black: white large square center"),
  ("white background instead pls", "ask", None),
 ]),
 (["remove", "reference-by-position"], [
  ("three circles in a row across the middle: red left, yellow center, green right. all small. blue background", "draw", "blue: red small circle left, yellow small circle center, green small circle right"),
  ("get rid of the middle one", "edit", "blue: red small circle left, green small circle right"),
  ("and the one on the right too", "edit", "blue: red small circle left"),
 ]),
 (["new-scene", "draw-after-edit"], [
  ("big purple star bottom", "draw", "white: purple large star bottom"),
  ("make the background yellow", "edit", "yellow: purple large star bottom"),
  ("ok scrap that, start over: one small red triangle top-right on a white background", "draw", "white: red small triangle top-right"),
 ]),
 (["terse"], [
  ("blue circle. center. big.", "draw", "white: blue large circle center"),
  ("smaller", "edit", "white: blue small circle center"),
  ("left", "edit", "white: blue small circle left"),
  ("undo", "undo", None),
 ]),
 (["attr-after-noun", "two-similar"], [
  ("a square, orange, large, at the top left; and a square, orange, small, at the bottom right. background: purple", "draw", "purple: orange large square top-left, orange small square bottom-right"),
  ("change the orange square to black", "ask", None),
  ("the large one", "edit", "purple: black large square top-left, orange small square bottom-right"),
 ]),
 (["relative-position", "move"], [
  ("a small yellow star on the left and a large red circle on the right, black background", "draw", "black: yellow small star left, large red circle right"),
  ("move the star directly under the circle", "edit", "black: yellow small star bottom-right, large red circle right"),
 ]),
 (["question-chat", "ambiguous"], [
  ("Draw a large green triangle at the top left and a large green triangle at the top right.", "draw", "white: green large triangle top-left, green large triangle top-right"),
  ("can you make one of them look different?", "ask", None),
  ("never mind, leave it as is", "chat", None),
 ]),
 (["swap-positions", "move"], [
  ("red circle top, blue square bottom, both large, white bg", "draw", "white: red large circle top, blue large square bottom"),
  ("swap them", "edit", "white: red large circle bottom, blue large square top"),
 ]),
 (["complaint-edit", "size-words"], [
  ("a huge black star in the middle on an orange background", "draw", "orange: black large star center"),
  ("that's way too big, tiny please", "edit", "orange: black small star center"),
  ("hmm nope, looked better before", "undo", None),
 ]),
 (["ambiguous", "two-similar", "reference-by-size"], [
  ("a big circle and a small circle, both white, on green. big at the center, small at top-right", "draw", "green: white large circle center, white small circle top-right"),
  ("make the circle purple", "ask", None),
  ("the bigger", "edit", "green: purple large circle center, white small circle top-right"),
  ("also the little one yellow", "edit", "green: purple large circle center, yellow small circle top-right"),
 ]),
 (["polite", "background-anywhere"], [
  ("Hello! I'd love a small red square at the bottom left, and if possible a blue background.", "draw", "blue: red small square bottom-left"),
  ("Thank you. Could the background be white instead, and the square moved to the top-right?", "edit", "white: red small square top-right"),
 ]),
 (["child", "add"], [
  ("i want a BIG yellow sun circle in the top corner on the right side", "draw", "white: yellow large circle top-right"),
  ("and a green triangle for a tree at the bottom left big one", "edit", "white: yellow large circle top-right, green large triangle bottom-left"),
  ("make the sky blue", "edit", "blue: yellow large circle top-right, green large triangle bottom-left"),
 ]),
 (["ambiguous", "mutual-reference"], [
  ("a small blue star at the top and a small blue star at the bottom on white", "draw", "white: blue small star top, blue small star bottom"),
  ("move the star to the center", "ask", None),
  ("the top one", "edit", "white: blue small star center, blue small star bottom"),
 ]),
 (["shape-change", "it-reference"], [
  ("a large purple circle at the left on yellow", "draw", "yellow: purple large circle left"),
  ("add a small black square at the right", "edit", "yellow: purple large circle left, black small square right"),
  ("make it a triangle", "edit", "yellow: purple large circle left, black small triangle right"),
 ]),
 (["non-native", "move"], [
  ("please draw one green star, size is small, place is down-left, background is white", "draw", "white: green small star bottom-left"),
  ("now please the star go to up-right", "edit", "white: green small star top-right"),
  ("ok it is good", "chat", None),
 ]),
 (["ambiguous", "remove", "reference-by-colour"], [
  ("a red circle top-left, a red square top-right, a blue circle bottom, all large, white background", "draw", "white: red large circle top-left, red large square top-right, blue large circle bottom"),
  ("remove the red one", "ask", None),
  ("the red circle", "edit", "white: red large square top-right, blue large circle bottom"),
 ]),
 (["undo", "two-edits"], [
  ("large orange square center, black background", "draw", "black: orange large square center"),
  ("make it small and put it at the bottom right", "edit", "black: orange small square bottom-right"),
  ("turn it green", "edit", "black: green small square bottom-right"),
  ("undo", "undo", None),
 ]),
 (["background-anywhere", "colloquial-position"], [
  ("on a purple canvas, a small white triangle smack in the middle and a large yellow circle way up in the left corner", "draw", "purple: white small triangle center, yellow large circle top-left"),
  ("bump the triangle down a row", "edit", "purple: white small triangle bottom, yellow large circle top-left"),
 ]),
]
