EN = [
(["reference", "colour", "back-reference"], [
 ("a big red circle in the middle", "draw", "white: red circle large center"),
 ("make it blue", "edit", "white: blue circle large center"),
 ("hmm actually the red was better", "edit", "white: red circle large center")]),
(["move", "undo", "background-anywhere"], [
 ("draw a small yellow star top left and a large green square bottom right on a black background", "draw", "black: yellow star small top-left; green square large bottom-right"),
 ("move the star over to the top right corner", "edit", "black: yellow star small top-right; green square large bottom-right"),
 ("undo", "undo")]),
(["first-timer", "question-chat", "size-words", "colloquial-position"], [
 ("hi! can u draw a purple triangle", "draw", "white: purple triangle large center"),
 ("what kind of triangle is that?", "chat"),
 ("cool. make it tiny and stick it down in the lower left", "edit", "white: purple triangle small bottom-left")]),
(["terse", "shape-change", "background", "ack-chat"], [
 ("orange bg, white circle center, small black star top right", "draw", "orange: white circle large center; black star small top-right"),
 ("swap the circle for a square", "edit", "orange: white square large center; black star small top-right"),
 ("bg blue pls", "edit", "blue: white square large center; black star small top-right"),
 ("perfect thanks", "chat")]),
(["ordinal", "ambiguous", "clarify", "shape-change"], [
 ("A green star, a red star and a blue star in a row across the middle, left to right.", "draw", "white: green star large left; red star large center; blue star large right"),
 ("make the middle one small", "edit", "white: green star large left; red star small center; blue star large right"),
 ("turn one of the stars into a circle", "ask"),
 ("the green one", "edit", "white: green circle large left; red star small center; blue star large right")]),
(["complaint-edit", "add", "relative-position"], [
 ("blue square", "draw", "white: blue square large center"),
 ("too big", "edit", "white: blue square small center"),
 ("now put a yellow circle to the right of it", "edit", "white: blue square small center; yellow circle large right")]),
(["polite", "background", "undo"], [
 ("Please draw a black triangle at the bottom on a yellow background.", "draw", "yellow: black triangle large bottom"),
 ("Could you make the background white instead? Thank you.", "edit", "white: black triangle large bottom"),
 ("Hmm, no, please go back to how it was", "undo")]),
(["ambiguous", "clarify", "colour"], [
 ("red circle top-left, red square top-right", "draw", "white: red circle large top-left; red square large top-right"),
 ("make the red one green", "ask"),
 ("the square", "edit", "white: red circle large top-left; green square large top-right")]),
(["question-chat", "two-edits", "background"], [
 ("draw me a huge orange star", "draw", "white: orange star large center"),
 ("does it have five points?", "chat"),
 ("make the background purple and the star yellow", "edit", "purple: yellow star large center")]),
(["rule-conflict", "ambiguous", "two-edits"], [
 ("a white circle on black", "draw", "black: white circle large center"),
 ("make the background white", "ask"),
 ("oh right. ok then make the circle red and the background white", "edit", "white: red circle large center")]),
(["remove", "move", "undo"], [
 ("small green triangle bottom right, big blue circle top left", "draw", "white: green triangle small bottom-right; blue circle large top-left"),
 ("get rid of the circle", "edit", "white: green triangle small bottom-right"),
 ("and move the triangle to the centre", "edit", "white: green triangle small center"),
 ("undo that", "undo")]),
(["swap-positions", "ack-chat", "colloquial-position"], [
 ("Draw a purple square in the top middle and an orange circle in the bottom middle.", "draw", "white: purple square large top; orange circle large bottom"),
 ("flip them", "edit", "white: purple square large bottom; orange circle large top"),
 ("nice", "chat")]),
(["typo", "size-words", "add"], [
 ("yelow star midle", "draw", "white: yellow star large center"),
 ("mak it smal", "edit", "white: yellow star small center"),
 ("ad a blak circle top rite", "edit", "white: yellow star small center; black circle large top-right")]),
(["add", "relative-position", "ordinal", "question-chat"], [
 ("a red triangle", "draw", "white: red triangle large center"),
 ("put a second triangle next to it on the left, blue", "edit", "white: red triangle large center; blue triangle large left"),
 ("make the first one small", "edit", "white: red triangle small center; blue triangle large left"),
 ("what colour is the background right now?", "chat")]),
(["long-prompt", "remove", "add", "undo"], [
 ("Could you create a scene with a green background, a yellow circle in the upper left, a white square in the lower right, and a small red star in the middle?", "draw", "green: yellow circle large top-left; white square large bottom-right; red star small center"),
 ("remove the star", "edit", "green: yellow circle large top-left; white square large bottom-right"),
 ("add a purple triangle at the top right", "edit", "green: yellow circle large top-left; white square large bottom-right; purple triangle large top-right"),
 ("undo", "undo")]),
(["ambiguous", "clarify", "move"], [
 ("blue circle on the left", "draw", "white: blue circle large left"),
 ("move it", "ask"),
 ("to the right side", "edit", "white: blue circle large right")]),
(["complaint-edit", "colour", "back-reference"], [
 ("a black star on an orange background please", "draw", "orange: black star large center"),
 ("the star feels too heavy, make it smaller", "edit", "orange: black star small center"),
 ("and make it white", "edit", "orange: white star small center"),
 ("actually no, black was fine", "edit", "orange: black star small center")]),
(["attr-list", "add", "background", "terse"], [
 ("Square, red, big, bottom left.", "draw", "white: red square large bottom-left"),
 ("Triangle, green, small, top right.", "edit", "white: red square large bottom-left; green triangle small top-right"),
 ("Circle, blue, centre.", "edit", "white: red square large bottom-left; green triangle small top-right; blue circle large center"),
 ("Background yellow.", "edit", "yellow: red square large bottom-left; green triangle small top-right; blue circle large center")]),
(["metaphor", "background-anywhere", "add"], [
 ("draw a yellow circle like a sun in the top right corner", "draw", "white: yellow circle large top-right"),
 ("make the sky blue", "edit", "blue: yellow circle large top-right"),
 ("add a small green triangle at the bottom, like a tree", "edit", "blue: yellow circle large top-right; green triangle small bottom")]),
(["plural-edit", "shape-change", "reference"], [
 ("two circles, red on the left, orange on the right", "draw", "white: red circle large left; orange circle large right"),
 ("make them both small", "edit", "white: red circle small left; orange circle small right"),
 ("the left one should be a star", "edit", "white: red star small left; orange circle small right")]),
(["undo", "ack-chat"], [
 ("purple star at the bottom", "draw", "white: purple star large bottom"),
 ("make it green", "edit", "white: green star large bottom"),
 ("undo", "undo"),
 ("ok keep it purple. thanks!", "chat")]),
(["relative-position", "move", "question-chat"], [
 ("a green square in the centre with a small white circle above it, on a black background", "draw", "black: green square large center; white circle small top"),
 ("the circle should be below the square, not above", "edit", "black: green square large center; white circle small bottom"),
 ("does the circle touch the square?", "chat")]),
(["self-correction", "relative-position", "shape-change"], [
 ("I want a blue triangle at top left... no wait, top right", "draw", "white: blue triangle large top-right"),
 ("and a red one under it", "edit", "white: blue triangle large top-right; red triangle large right"),
 ("make the red one a circle", "edit", "white: blue triangle large top-right; red circle large right")]),
(["ambiguous", "clarify", "colour"], [
 ("big orange square", "draw", "white: orange square large center"),
 ("change the colour", "ask"),
 ("sorry, to purple", "edit", "white: purple square large center")]),
(["rule-conflict", "ambiguous", "two-edits"], [
 ("draw a yellow star on a blue background", "draw", "blue: yellow star large center"),
 ("make the background yellow", "ask"),
 ("fine, make the star white then, and the bg yellow", "edit", "yellow: white star large center")]),
(["reference", "colour", "undo"], [
 ("Small red circle in the top left corner, small red circle in the bottom right corner.", "draw", "white: red circle small top-left; red circle small bottom-right"),
 ("Make the top one blue.", "edit", "white: blue circle small top-left; red circle small bottom-right"),
 ("Now the other one blue too", "edit", "white: blue circle small top-left; blue circle small bottom-right"),
 ("undo", "undo")]),
(["remove", "two-removes", "move", "reference"], [
 ("a green circle, a green square and a green triangle, left, center, right", "draw", "white: green circle large left; green square large center; green triangle large right"),
 ("remove the square and the triangle", "edit", "white: green circle large left"),
 ("move it to the middle", "edit", "white: green circle large center")]),
(["terse", "complaint-edit", "question-chat"], [
 ("black bg. white star top. that's it", "draw", "black: white star large top"),
 ("too high, bring it down to the middle", "edit", "black: white star large center"),
 ("is that already the biggest size it comes in?", "chat")]),
(["ambiguous", "new-or-add", "clarify"], [
 ("draw a red square", "draw", "white: red square large center"),
 ("now a blue circle", "ask"),
 ("add it, top left", "edit", "white: red square large center; blue circle large top-left")]),
(["swap-colours", "new-scene", "wrapper"], [
 ("hey could you please draw a small orange triangle on the left and a large purple star on the right, background white", "draw", "white: orange triangle small left; purple star large right"),
 ("swap their colours", "edit", "white: purple triangle small left; orange star large right"),
 ("start over: just one big black circle in the middle", "draw", "white: black circle large center")]),
]
