# Shapes dialogues. T(message, intent, scene). scene: "bg: shape colour size pos; ..."
# None = keep previous scene (chat/ask); "U" = undo (scene before the previous turn).
def T(m, i, s=None):
    return (m, i, s)

EN = [
 (["reference", "move", "pronoun-it"], [
  T("draw a big red circle in the middle", "draw", "white: circle red large center"),
  T("now slide it over to the left", "edit", "white: circle red large left")]),
 (["shape-change", "undo", "ack-chat", "background-anywhere"], [
  T("hey can you make me a tiny blue star up in the top right corner and a yellow square bottom left, black background", "draw", "black: star blue small top-right; square yellow large bottom-left"),
  T("swap the square for a triangle", "edit", "black: star blue small top-right; triangle yellow large bottom-left"),
  T("undo that", "undo", "U"),
  T("cool thanks", "chat")]),
 (["ambiguous", "clarify-answer", "reference"], [
  T("two green circles, one top-left one bottom-right, plus a small purple star in the center", "draw", "white: circle green large top-left; circle green large bottom-right; star purple small center"),
  T("make the circle orange", "ask"),
  T("the one in the top left", "edit", "white: circle orange large top-left; circle green large bottom-right; star purple small center")]),
 (["attr-after-noun", "background-anywhere", "question-chat"], [
  T("square, orange, small, top. background purple pls", "draw", "purple: square orange small top"),
  T("background -> white", "edit", "white: square orange small top"),
  T("whats the difference between small and large here?", "chat")]),
 (["typo", "size-words", "add"], [
  T("drwa a yelow triangel on blu backgroud", "draw", "blue: triangle yellow large center"),
  T("make it smal", "edit", "blue: triangle yellow small center"),
  T("and put a red cirlce top left", "edit", "blue: triangle yellow small center; circle red large top-left")]),
 (["complaint-edit", "move", "ack-chat"], [
  T("A large black star at the bottom, on a white background.", "draw", "white: star black large bottom"),
  T("no, I said the star should be at the top, not the bottom", "edit", "white: star black large top"),
  T("ok better", "chat")]),
 (["remove", "undo"], [
  T("red square on the left, blue circle on the right, green triangle in the middle", "draw", "white: square red large left; circle blue large right; triangle green large center"),
  T("get rid of the circle", "edit", "white: square red large left; triangle green large center"),
  T("and the triangle too actually", "edit", "white: square red large left"),
  T("undo", "undo", "U")]),
 (["two-edits", "size-words", "background-change"], [
  T("one big white circle centered on a black bg", "draw", "black: circle white large center"),
  T("make it red and shrink it", "edit", "black: circle red small center"),
  T("also bg to yellow", "edit", "yellow: circle red small center")]),
 (["relative-position", "add"], [
  T("a small green square in the center", "draw", "white: square green small center"),
  T("put a blue star directly above it", "edit", "white: square green small center; star blue large top"),
  T("and a purple circle to the left of the square", "edit", "white: square green small center; star blue large top; circle purple large left")]),
 (["ambiguous", "clarify-answer", "ack-chat"], [
  T("small red star top left and small red star bottom right", "draw", "white: star red small top-left; star red small bottom-right"),
  T("make one of them yellow", "ask"),
  T("the bottom right one", "edit", "white: star red small top-left; star yellow small bottom-right"),
  T("perfect", "chat")]),
 (["wrapper", "question-chat", "add", "two-adds"], [
  T("can I get an orange triangle at the bottom left, please?", "draw", "white: triangle orange large bottom-left"),
  T("how many shapes can one picture have?", "chat"),
  T("ok then add a black square top right and a blue circle at the top", "edit", "white: triangle orange large bottom-left; square black large top-right; circle blue large top")]),
 (["size-words", "add", "move", "undo"], [
  T("huge purple square in the middle", "draw", "white: square purple large center"),
  T("put a little yellow star in the top-left corner", "edit", "white: square purple large center; star yellow small top-left"),
  T("move the square down to the bottom", "edit", "white: square purple large bottom; star yellow small top-left"),
  T("go back", "undo", "U")]),
 (["new-scene", "undo-after-draw"], [
  T("blue circle", "draw", "white: circle blue large center"),
  T("start over: a green star on an orange background, bottom right", "draw", "orange: star green large bottom-right"),
  T("hmm no, undo", "undo", "U")]),
 (["colloquial-position", "move", "size-words"], [
  T("stick a yellow star in the upper right and a black circle lower left", "draw", "white: star yellow large top-right; circle black large bottom-left"),
  T("push the circle over to the middle", "edit", "white: star yellow large top-right; circle black large center"),
  T("make the star tiny", "edit", "white: star yellow small top-right; circle black large center")]),
 (["reference-by-colour", "shape-change"], [
  T("a red circle top, a blue circle bottom, on yellow", "draw", "yellow: circle red large top; circle blue large bottom"),
  T("turn the blue one into a square", "edit", "yellow: circle red large top; square blue large bottom"),
  T("and the red one into a star", "edit", "yellow: star red large top; square blue large bottom")]),
 (["polite", "ack-chat", "colour-change"], [
  T("Please draw a small black triangle on the right side, white background.", "draw", "white: triangle black small right"),
  T("lovely, that's exactly what I wanted", "chat"),
  T("now make the triangle green", "edit", "white: triangle green small right")]),
 (["vague-ask", "colour-change"], [
  T("orange star in the centre, purple background", "draw", "purple: star orange large center"),
  T("hmm something's off, change it", "ask"),
  T("make the star white", "edit", "purple: star white large center")]),
 (["occupied-cell", "ask", "swap"], [
  T("green circle left, red square right", "draw", "white: circle green large left; square red large right"),
  T("move the circle to the right", "ask"),
  T("swap them", "edit", "white: circle green large right; square red large left")]),
 (["size-words", "undo", "same-colour-objects"], [
  T("a tiny white square top left, a huge white star bottom right on a blue bg", "draw", "blue: square white small top-left; star white large bottom-right"),
  T("make the square huge too", "edit", "blue: square white large top-left; star white large bottom-right"),
  T("and the star tiny", "edit", "blue: square white large top-left; star white small bottom-right"),
  T("undo", "undo", "U")]),
 (["remove", "add"], [
  T("three shapes: red circle top-left, yellow square top, green star top-right", "draw", "white: circle red large top-left; square yellow large top; star green large top-right"),
  T("delete the square", "edit", "white: circle red large top-left; star green large top-right"),
  T("put a blue triangle at the bottom", "edit", "white: circle red large top-left; star green large top-right; triangle blue large bottom")]),
 (["wrapper", "colour-synonym", "question-chat"], [
  T("Could you please draw me a large yellow circle at the bottom right on a black background? Thanks!", "draw", "black: circle yellow large bottom-right"),
  T("thanks! can you also make the background dark blue", "edit", "blue: circle yellow large bottom-right"),
  T("what colours do you support?", "chat")]),
 (["ordinal-reference", "size-words", "colour-change"], [
  T("red star left, blue star center, green star right", "draw", "white: star red large left; star blue large center; star green large right"),
  T("make the middle one small", "edit", "white: star red large left; star blue small center; star green large right"),
  T("and the left one purple", "edit", "white: star purple large left; star blue small center; star green large right")]),
 (["pronoun-it", "add", "move"], [
  T("black square center on white", "draw", "white: square black large center"),
  T("add a small orange circle in the bottom-left corner", "edit", "white: square black large center; circle orange small bottom-left"),
  T("make it red", "edit", "white: square black large center; circle red small bottom-left"),
  T("now move it up to the top left", "edit", "white: square black large center; circle red small top-left")]),
 (["terse", "undo", "background-change"], [
  T("purple triangle, top", "draw", "white: triangle purple large top"),
  T("smaller", "edit", "white: triangle purple small top"),
  T("green bg", "edit", "green: triangle purple small top"),
  T("undo", "undo", "U")]),
 (["two-edits", "shape-swap", "ack-chat"], [
  T("a big blue square at the left and a small yellow circle on the right", "draw", "white: square blue large left; circle yellow small right"),
  T("make the square a circle and the circle a square", "edit", "white: circle blue large left; square yellow small right"),
  T("lol ok", "chat")]),
 (["child", "unsupported-colour", "ask"], [
  T("i want a big red star!!! in the middle", "draw", "white: star red large center"),
  T("now make it rainbow", "ask"),
  T("ok then yellow", "edit", "white: star yellow large center")]),
 (["non-native", "size-words", "add"], [
  T("please make one circle of green colour in the up left, and background is the black", "draw", "black: circle green large top-left"),
  T("the circle I want more small", "edit", "black: circle green small top-left"),
  T("also put one white square in down right", "edit", "black: circle green small top-left; square white large bottom-right")]),
 (["colloquial-position", "move", "colour-change"], [
  T("orange square on the right middle, blue triangle on bottom middle", "draw", "white: square orange large right; triangle blue large bottom"),
  T("move the triangle to the top middle", "edit", "white: square orange large right; triangle blue large top"),
  T("and recolor the square black", "edit", "white: square black large right; triangle blue large top")]),
 (["the-other-one", "shape-change", "size-words"], [
  T("a white circle top left and a white circle bottom right on a red background", "draw", "red: circle white large top-left; circle white large bottom-right"),
  T("make the bottom right one a star", "edit", "red: circle white large top-left; star white large bottom-right"),
  T("now make the other one small", "edit", "red: circle white small top-left; star white large bottom-right")]),
 (["two-edits", "undo", "question-chat"], [
  T("small green triangle center", "draw", "white: triangle green small center"),
  T("make it large and blue", "edit", "white: triangle blue large center"),
  T("actually no, revert", "undo", "U"),
  T("can it be at a slight angle?", "chat")]),
]
