# English dialogues: (classes, [(message, intent, ops), ...])
D = [
(["wrapper", "colour-edit", "ack-chat"], [
 ("hi! could you draw me a big red circle in the middle please", "draw", "= white; red circle center"),
 ("ooh nice. can it be purple instead", "edit", "0 purple"),
 ("perfect thank you!!", "chat", ""),
]),
(["terse", "add", "move"], [
 ("blue square top left, yellow bg", "draw", "= yellow; blue square top-left"),
 ("+ small black star bottom right", "edit", "+ black star small bottom-right"),
 ("square -> center", "edit", "0 center"),
]),
(["complaint-edit", "size-words", "undo"], [
 ("A green triangle on a black background.", "draw", "= black; green triangle center"),
 ("it's way too big, it's eating the whole picture", "edit", "0 small"),
 ("hmm no, actually it looked better before", "undo", ""),
]),
(["two-objects", "remove", "reference"], [
 ("Draw an orange star on the left and a white circle on the right, background blue.", "draw", "= blue; orange star left; white circle right"),
 ("lose the circle", "edit", "- 1"),
 ("and make the star tiny", "edit", "0 small"),
 ("what colour is the background again?", "chat", ""),
]),
(["child", "typo", "colour-edit"], [
 ("i want a yelow star on purpel", "draw", "= purple; yellow star center"),
 ("make it a red star now pleese", "edit", "0 red"),
]),
(["ambiguous", "ask"], [
 ("two red circles, one top left one bottom right, white background", "draw", "= white; red circle top-left; red circle bottom-right"),
 ("make the circle blue", "ask", ""),
 ("the one at the bottom", "edit", "1 blue"),
]),
(["background-anywhere", "attr-after-noun"], [
 ("On an orange background, a square, black, small, at the bottom.", "draw", "= orange; black square small bottom"),
 ("background green now", "edit", "bg green"),
 ("and the square white", "edit", "0 white"),
]),
(["question-chat", "shape-change"], [
 ("a purple circle, centred, on white", "draw", "= white; purple circle center"),
 ("is that a circle or an oval? looks a bit squished on my screen", "chat", ""),
 ("whatever, turn it into a triangle", "edit", "0 triangle"),
]),
(["polite", "add", "relative-position"], [
 ("Good morning. I'd like a large blue square in the centre on a yellow background, please.", "draw", "= yellow; blue square center"),
 ("Thank you. Could you also place a small red circle directly above the square?", "edit", "+ red circle small top"),
 ("Lovely. And one more: a green star just below it.", "edit", "+ green star bottom"),
]),
(["max-objects", "ask"], [
 ("red star top left, orange star top, yellow star top right, all small, black background", "draw", "= black; red star small top-left; orange star small top; yellow star small top-right"),
 ("add a green one too", "ask", ""),
 ("ok forget it, replace the orange one with green then", "edit", "1 green"),
]),
(["new-scene", "draw-after-draw"], [
 ("white circle on black", "draw", "= black; white circle center"),
 ("cool. now something totally different: a yellow triangle bottom left and a blue square top right on a red background", "draw", "= red; yellow triangle bottom-left; blue square top-right"),
 ("go back", "undo", ""),
]),
(["reference", "it", "two-edits"], [
 ("Let's start with a small orange square on the right. Background purple.", "draw", "= purple; orange square small right"),
 ("make it big and move it to the left", "edit", "0 large left"),
]),
(["non-native", "colour-edit"], [
 ("Please you draw one star of color green, big, in center of picture, the background is white", "draw", "= white; green star center"),
 ("Now the star I want in blue color", "edit", "0 blue"),
 ("It is good. Background can be yellow?", "edit", "bg yellow"),
]),
(["self-correction", "move"], [
 ("black triangle top right on white", "draw", "= white; black triangle top-right"),
 ("move it to the bottom left, no wait, bottom right", "edit", "0 bottom-right"),
]),
(["first-colour-better", "reference-back"], [
 ("a red square in the middle on a white background", "draw", "= white; red square center"),
 ("try orange", "edit", "0 orange"),
 ("hmm, try purple", "edit", "0 purple"),
 ("nah the first colour was better", "edit", "0 red"),
]),
(["ack-chat", "undo"], [
 ("blue circle bottom, small, on green", "draw", "= green; blue circle small bottom"),
 ("add a yellow star top", "edit", "+ yellow star top"),
 ("hm", "chat", ""),
 ("actually take the star back out", "edit", "- 1"),
]),
(["colloquial-position", "add"], [
 ("big yellow circle up in the corner, top right one, sky blue bg", "draw", "= blue; yellow circle top-right"),
 ("stick a small white star down in the opposite corner", "edit", "+ white star small bottom-left"),
]),
(["ask", "vague"], [
 ("a green square at the center, orange background", "draw", "= orange; green square center"),
 ("make it pop more", "ask", ""),
 ("sorry, I mean make the background black", "edit", "bg black"),
]),
(["shape-change", "size-words"], [
 ("tiny red triangle, center, white bg", "draw", "= white; red triangle small center"),
 ("huge instead", "edit", "0 large"),
 ("and make it a star", "edit", "0 star"),
 ("undo that last one", "undo", ""),
]),
(["three-objects", "remove", "reference"], [
 ("Three shapes on black: a white circle top left, a red square center, a yellow triangle bottom right.", "draw", "= black; white circle top-left; red square center; yellow triangle bottom-right"),
 ("remove the red one", "edit", "- 1"),
 ("swap the circle to orange", "edit", "0 orange"),
]),
(["question-chat", "chat"], [
 ("purple star, top", "draw", "= white; purple star top"),
 ("what shapes can you do besides stars?", "chat", ""),
 ("ok give me a square instead", "edit", "0 square"),
]),
(["phone-typo", "move"], [
 ("grren cirlce on whitw", "draw", "= white; green circle center"),
 ("mvoe it lft", "edit", "0 left"),
 ("thx", "chat", ""),
]),
(["art-director", "two-edits", "background-anywhere"], [
 ("I want a single large black square, dead centre, on a yellow field.", "draw", "= yellow; black square center"),
 ("No. The black is too heavy. Make it purple, and drop the field to white.", "edit", "0 purple; bg white"),
 ("Better. Shrink it.", "edit", "0 small"),
]),
(["undo-twice-separated", "undo"], [
 ("orange triangle left, blue circle right, white background", "draw", "= white; orange triangle left; blue circle right"),
 ("make the circle black", "edit", "1 black"),
 ("undo", "undo", ""),
 ("make the triangle small", "edit", "0 small"),
]),
(["relative-position", "add"], [
 ("a red star at the bottom, on blue", "draw", "= blue; red star bottom"),
 ("now put a white square right above the star", "edit", "+ white square center"),
 ("and a yellow circle to the left of the square", "edit", "+ yellow circle left"),
]),
(["ask", "missing-value"], [
 ("green circle, top left, black background", "draw", "= black; green circle top-left"),
 ("change the colour", "ask", ""),
 ("to orange", "edit", "0 orange"),
]),
(["whole-scene-swap", "reference"], [
 ("small yellow square top, small blue square bottom, red background", "draw", "= red; yellow square small top; blue square small bottom"),
 ("turn both squares into circles", "edit", "0 circle; 1 circle"),
]),
(["complaint-edit", "colour-clash"], [
 ("a white star on a yellow background", "draw", "= yellow; white star center"),
 ("i can barely see the star lol, make it black", "edit", "0 black"),
]),
(["ask", "impossible-colour"], [
 ("blue square center on white", "draw", "= white; blue square center"),
 ("make the background blue too", "ask", ""),
 ("ok then make the background orange", "edit", "bg orange"),
]),
(["move", "occupied-cell", "ask"], [
 ("red circle left and green triangle right, white bg", "draw", "= white; red circle left; green triangle right"),
 ("put the circle where the triangle is", "ask", ""),
 ("fine, swap them", "edit", "0 right; 1 left"),
]),
(["long-first", "three-objects"], [
 ("Hey, so for a little test poster I need three things on a plain black background: a big orange star in the top left, a small white circle right in the middle, and a big purple square in the bottom right corner. Thanks!", "draw", "= black; orange star top-left; white circle small center; purple square bottom-right"),
 ("the purple is too dark on black, go green", "edit", "2 green"),
 ("looks great", "chat", ""),
]),
(["short", "terse"], [
 ("red star", "draw", "= white; red star center"),
 ("blue bg", "edit", "bg blue"),
 ("smaller", "edit", "0 small"),
 ("back", "undo", ""),
]),
(["it", "reference-last-mentioned"], [
 ("first a yellow circle on the left, then a black triangle at the top right, white background", "draw", "= white; yellow circle left; black triangle top-right"),
 ("make it red", "edit", "1 red"),
]),
(["redraw", "draw"], [
 ("purple square bottom left on yellow", "draw", "= yellow; purple square bottom-left"),
 ("start over: just a single green star in the middle, white background", "draw", "= white; green star center"),
 ("yes that's it", "chat", ""),
]),
(["attr-after-noun", "size-words"], [
 ("circle, blue, huge, top right. background: orange", "draw", "= orange; blue circle top-right"),
 ("add square, white, tiny, bottom left", "edit", "+ white square small bottom-left"),
 ("square bigger", "edit", "1 large"),
]),
(["question-chat", "undo"], [
 ("black circle top, white square bottom, red background", "draw", "= red; black circle top; white square bottom"),
 ("make the square yellow", "edit", "1 yellow"),
 ("why does the square look slightly tilted?", "chat", ""),
 ("ok. make the circle small", "edit", "0 small"),
 ("ugh, undo", "undo", ""),
]),
(["ambiguous", "ask", "two-triangles"], [
 ("two green triangles, left and right, on purple", "draw", "= purple; green triangle left; green triangle right"),
 ("make the triangle yellow", "ask", ""),
 ("both of them", "edit", "0 yellow; 1 yellow"),
]),
(["move", "colloquial-position"], [
 ("an orange circle, bottom right, white background", "draw", "= white; orange circle bottom-right"),
 ("scoot it up one", "edit", "0 right"),
 ("and one more up", "edit", "0 top-right"),
]),
(["shape-change", "reference"], [
 ("small red square top left and large blue star bottom right on a white background", "draw", "= white; red square small top-left; blue star bottom-right"),
 ("the red thing should be a triangle", "edit", "0 triangle"),
 ("the star should be a circle", "edit", "1 circle"),
]),
(["remove", "ask", "empty-scene"], [
 ("a green circle in the center on white", "draw", "= white; green circle center"),
 ("delete it", "ask", ""),
 ("ok then just make it small instead", "edit", "0 small"),
]),
(["chat", "praise"], [
 ("Draw a yellow star on a black background, top centre.", "draw", "= black; yellow star top"),
 ("This looks like a night sky, love it", "chat", ""),
 ("add a small white circle at the top left like a moon", "edit", "+ white circle small top-left"),
]),
(["undo", "after-remove"], [
 ("blue triangle top left, red triangle top right, yellow bg", "draw", "= yellow; blue triangle top-left; red triangle top-right"),
 ("remove the blue triangle", "edit", "- 0"),
 ("wait no put it back", "undo", ""),
]),
(["background-anywhere", "two-edits"], [
 ("purple circle center", "draw", "= white; purple circle center"),
 ("make the bg black and the circle white", "edit", "bg black; 0 white"),
]),
(["reference", "colour-description"], [
 ("a white star on the left, an orange star on the right, a black star in the middle, all small, green background", "draw", "= green; white star small left; orange star small right; black star small center"),
 ("the orange one bigger", "edit", "1 large"),
 ("and get rid of the white one", "edit", "- 0"),
]),
(["hurried", "typo", "add"], [
 ("sq red center blk bg", "draw", "= black; red square center"),
 ("add yelow circ top", "edit", "+ yellow circle top"),
]),
(["question-chat", "size"], [
 ("a large blue circle top left on white", "draw", "= white; blue circle top-left"),
 ("how big can shapes get here?", "chat", ""),
 ("ok make it the small size", "edit", "0 small"),
]),
(["move", "center-synonym"], [
 ("Orange square in the lower left, white background", "draw", "= white; orange square bottom-left"),
 ("shift it to the middle", "edit", "0 center"),
 ("now make the background purple", "edit", "bg purple"),
]),
(["ask", "unknown-shape"], [
 ("a red circle on yellow", "draw", "= yellow; red circle center"),
 ("turn it into a heart", "ask", ""),
 ("a star then", "edit", "0 star"),
]),
(["draw", "new-scene", "undo"], [
 ("green square top, blue bg", "draw", "= blue; green square top"),
 ("make it orange", "edit", "0 orange"),
 ("nope, go back to the green", "undo", ""),
 ("and put it at the bottom", "edit", "0 bottom"),
]),
(["chat", "question-chat", "colour-edit"], [
 ("can u do a black star on orange, bottom left corner", "draw", "= orange; black star bottom-left"),
 ("does it have 5 points or 6?", "chat", ""),
 ("cool, make it white and smaller", "edit", "0 white small"),
]),
]

# extra closing turns, appended (in order) to dialogues that end on an edit and have < 5 turns
TAILS = [
 ("great, that's the one", "chat", ""),
 ("hmm revert that", "undo", ""),
 ("is the shape exactly in the middle of its cell or a bit off?", "chat", ""),
 ("ok cool, saving this", "chat", ""),
 ("nope. previous version", "undo", ""),
 ("what would you call this colour combo?", "chat", ""),
 ("ctrl+z", "undo", ""),
 ("love it!!", "chat", ""),
 ("can you tell me what's in the picture right now?", "chat", ""),
 ("meh, take that last change back", "undo", ""),
 ("fine", "chat", ""),
 ("does this count as a minimalist composition? just curious", "chat", ""),
 ("scratch that, go one step back", "undo", ""),
 ("thanks, that's all for today", "chat", ""),
 ("why is the triangle pointing up and not sideways?", "chat", ""),
 ("i liked the one before better", "undo", ""),
 ("ok", "chat", ""),
 ("how many more shapes could I fit in?", "chat", ""),
 ("revert pls", "undo", ""),
 ("sweet", "chat", ""),
]
