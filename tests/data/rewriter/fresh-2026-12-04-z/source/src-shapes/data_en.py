DATA = [
(["reference", "move", "relative-reference"], [
 ("a red circle in the middle and a small blue square at the top right", "draw", "white:circle red large center,square blue small top-right"),
 ("move the square to the bottom left", "edit", "1.pos=bottom-left"),
 ("now put the circle where the square used to be", "edit", "0.pos=top-right")]),
(["typo", "size-words", "ack-chat"], [
 ("big yelow star pls", "draw", "white:star yellow large center"),
 ("make it tiny", "edit", "0.size=small"),
 ("ok nice", "chat")]),
(["background-anywhere", "swap-colours", "undo"], [
 ("On a black background, draw a white triangle at the bottom and an orange circle at the top.", "draw", "black:triangle white large bottom,circle orange large top"),
 ("swap the colours of the two", "edit", "0.colour=orange;1.colour=white"),
 ("undo that", "undo")]),
(["first-timer", "question-chat", "size-words"], [
 ("hi, I'm not sure how this works. can I get a green square?", "draw", "white:square green large center"),
 ("what size is that?", "chat"),
 ("can you make it smaller then", "edit", "0.size=small")]),
(["complaint-edit", "background-change", "size-words"], [
 ("purple star top left, small, and a big green circle bottom right, yellow background", "draw", "yellow:star purple small top-left,circle green large bottom-right"),
 ("the background's too loud, go with white", "edit", "bg=white"),
 ("hmm and the star is hard to see, bigger", "edit", "0.size=large")]),
(["ambiguous", "clarify-answer"], [
 ("two circles: a red one on the left and a blue one on the right", "draw", "white:circle red large left,circle blue large right"),
 ("make the circle green", "ask"),
 ("the left one", "edit", "0.colour=green")]),
(["remove", "colloquial-position"], [
 ("orange square up in the corner on the right, a black star down at the bottom in the middle", "draw", "white:square orange large top-right,star black large bottom"),
 ("lose the star", "edit", "-1"),
 ("and put the square smack in the middle", "edit", "0.pos=center")]),
(["attr-after-noun", "shape-change", "ack-chat"], [
 ("a triangle, blue, small, at the left", "draw", "white:triangle blue small left"),
 ("actually make it a star instead", "edit", "0.shape=star"),
 ("perfect thanks", "chat")]),
(["colour-change", "undo", "terse"], [
 ("red square center", "draw", "white:square red large center"),
 ("make it blue", "edit", "0.colour=blue"),
 ("now green", "edit", "0.colour=green"),
 ("no, go back", "undo")]),
(["self-correction", "add"], [
 ("a yellow circle at the top\u2014no wait, at the bottom\u2014on a purple background", "draw", "purple:circle yellow large bottom"),
 ("add a small white star in the top right corner", "edit", "+star white small top-right")]),
(["relative-position", "add", "move"], [
 ("a black square in the center and a small red circle to its left", "draw", "white:square black large center,circle red small left"),
 ("move the circle above the square", "edit", "1.pos=top"),
 ("and add a green triangle below the square", "edit", "+triangle green large bottom")]),
(["reference", "first-colour-better"], [
 ("an orange star in the middle", "draw", "white:star orange large center"),
 ("make it purple", "edit", "0.colour=purple"),
 ("hmm, the first colour was better", "edit", "0.colour=orange")]),
(["new-scene", "size-words"], [
 ("blue circle top left and yellow square bottom right", "draw", "white:circle blue large top-left,square yellow large bottom-right"),
 ("ok scrap that. start over: one big red triangle on a green background", "draw", "green:triangle red large center"),
 ("make the triangle small", "edit", "0.size=small")]),
(["bg-clash", "ambiguous", "background-change"], [
 ("a red circle", "draw", "white:circle red large center"),
 ("make the background red", "ask"),
 ("oh right, it would vanish. black background then", "edit", "bg=black")]),
(["terse", "abbreviation", "size-words", "move"], [
 ("green tri bottom-right, small", "draw", "white:triangle green small bottom-right"),
 ("bigger", "edit", "0.size=large"),
 ("move it up top left", "edit", "0.pos=top-left")]),
(["polite", "long-first", "remove", "shape-change", "ack-chat"], [
 ("Good morning! Could you please draw a large purple square in the upper left, a small orange circle in the centre, and a small white triangle in the lower right, all on a black background? Thank you so much.", "draw", "black:square purple large top-left,circle orange small center,triangle white small bottom-right"),
 ("Lovely. Would you mind removing the triangle?", "edit", "-2"),
 ("And could the circle be a star instead, please?", "edit", "1.shape=star"),
 ("Wonderful, that's exactly it.", "chat")]),
(["child", "out-of-vocab", "ambiguous", "add"], [
 ("i want a big big star its yellow", "draw", "white:star yellow large center"),
 ("and a moon", "ask"),
 ("a blue circle moon up in the corner. the right corner at the top", "edit", "+circle blue large top-right")]),
(["question-chat", "size-words", "both"], [
 ("small green circle at top, large red square at bottom", "draw", "white:circle green small top,square red large bottom"),
 ("which one is bigger?", "chat"),
 ("make them the same size, both big", "edit", "0.size=large")]),
(["it-reference", "add", "move"], [
 ("a blue star on the right", "draw", "white:star blue large right"),
 ("add a red square on the left", "edit", "+square red large left"),
 ("move it to the top", "edit", "1.pos=top")]),
(["vague-complaint", "ambiguous", "colour-change"], [
 ("a white circle on a blue background", "draw", "blue:circle white large center"),
 ("make it pop more", "ask"),
 ("ok, make the circle yellow then", "edit", "0.colour=yellow")]),
(["swap-positions", "undo"], [
 ("red star left, green star right", "draw", "white:star red large left,star green large right"),
 ("switch them around", "edit", "0.pos=right;1.pos=left"),
 ("undo", "undo")]),
(["add", "one-more", "inherit-attrs"], [
 ("a small black circle at the bottom-left", "draw", "white:circle black small bottom-left"),
 ("add a small black circle bottom-right too", "edit", "+circle black small bottom-right"),
 ("and one more in the top middle, but orange", "edit", "+circle orange small top")]),
(["remove", "keep-only", "colour-change"], [
 ("purple triangle top left, yellow circle center, blue square bottom right", "draw", "white:triangle purple large top-left,circle yellow large center,square blue large bottom-right"),
 ("get rid of everything except the circle", "edit", "-2;-0"),
 ("make the circle purple", "edit", "0.colour=purple")]),
(["background-change", "complaint-edit"], [
 ("a small orange square", "draw", "white:square orange small center"),
 ("put it on a dark background, black", "edit", "bg=black"),
 ("too dark, try blue", "edit", "bg=blue")]),
(["typo", "phone", "ack-chat"], [
 ("gren traingle top rigth plz", "draw", "white:triangle green large top-right"),
 ("mak it smal", "edit", "0.size=small"),
 ("thx", "chat")]),
(["relative-position", "add", "complaint-edit", "remove"], [
 ("a yellow square in the middle", "draw", "white:square yellow large center"),
 ("put a red circle right above it", "edit", "+circle red large top"),
 ("and a small blue star under the square", "edit", "+star blue small bottom"),
 ("the star looks weird, lose it", "edit", "-2")]),
(["undo", "background-change", "colour-change"], [
 ("black star top right on yellow", "draw", "yellow:star black large top-right"),
 ("make the background white", "edit", "bg=white"),
 ("nah undo", "undo"),
 ("make the star red instead", "edit", "0.colour=red")]),
(["question-chat", "shape-change"], [
 ("a large green circle at the left and a large green square at the right", "draw", "white:circle green large left,square green large right"),
 ("nice. what shapes can you do?", "chat"),
 ("change the square into a triangle", "edit", "1.shape=triangle")]),
(["multi-edit", "background-change"], [
 ("blue triangle center", "draw", "white:triangle blue large center"),
 ("make it red, small, and move it to the bottom left", "edit", "0.colour=red;0.size=small;0.pos=bottom-left"),
 ("and make the background yellow", "edit", "bg=yellow")]),
(["ambiguous", "clarify-answer", "size-words"], [
 ("a small red star at top-left and a small red circle at bottom-right", "draw", "white:star red small top-left,circle red small bottom-right"),
 ("make the red one bigger", "ask"),
 ("sorry, the star", "edit", "0.size=large")]),
(["colloquial-position", "move"], [
 ("a purple circle in the upper right corner and an orange triangle in the lower middle", "draw", "white:circle purple large top-right,triangle orange large bottom"),
 ("drop the circle down to the lower right", "edit", "0.pos=bottom-right")]),
(["like-before", "size-words"], [
 ("a small white square center on black", "draw", "black:square white small center"),
 ("make the square huge", "edit", "0.size=large"),
 ("hmm, small like before", "edit", "0.size=small")]),
(["same-but", "shape-change", "background-change", "version"], [
 ("green square left, yellow circle right, on purple", "draw", "purple:square green large left,circle yellow large right"),
 ("same thing but the square is a star", "edit", "0.shape=star"),
 ("perfect, now a version with a white background", "edit", "bg=white")]),
(["question-chat", "move"], [
 ("an orange triangle top, a blue circle bottom", "draw", "white:triangle orange large top,circle blue large bottom"),
 ("is the triangle pointing up?", "chat"),
 ("ok move the circle to the middle", "edit", "1.pos=center")]),
(["remove", "undo", "colour-reference"], [
 ("three stars: red at left, yellow in the center, green at right, all small", "draw", "white:star red small left,star yellow small center,star green small right"),
 ("remove the yellow one", "edit", "-1"),
 ("oops, bring it back", "undo")]),
(["over-limit", "ambiguous", "shape-change", "colour-change"], [
 ("red circle top-left, blue circle top-right, green circle bottom", "draw", "white:circle red large top-left,circle blue large top-right,circle green large bottom"),
 ("add a yellow square in the middle", "ask"),
 ("ok then turn the green circle into a yellow square", "edit", "2.shape=square;2.colour=yellow")]),
(["cell-clash", "ambiguous", "move", "two-edits"], [
 ("a blue square at the center and a red star at the top", "draw", "white:square blue large center,star red large top"),
 ("move the star to the center", "ask"),
 ("ok put the square at the bottom first, then the star in the center", "edit", "0.pos=bottom;1.pos=center")]),
(["british-spelling", "colour-change", "polite"], [
 ("Please draw a small black triangle in the centre on an orange background.", "draw", "orange:triangle black small center"),
 ("Cheers. Make it white.", "edit", "0.colour=white")]),
(["count-words", "both", "size-words"], [
 ("two small squares, purple on the left, green on the right", "draw", "white:square purple small left,square green small right"),
 ("make both of them big", "edit", "0.size=large;1.size=large")]),
(["relative-move", "move", "again"], [
 ("yellow star on the left, black background", "draw", "black:star yellow large left"),
 ("move it one spot to the right", "edit", "0.pos=center"),
 ("and again", "edit", "0.pos=right")]),
(["long-first", "self-correction", "add", "size-words"], [
 ("ok so I want a blue background, on it a big yellow circle top left like a sun, and a green triangle at the bottom like a hill, maybe small\u2014actually no, make the hill big", "draw", "blue:circle yellow large top-left,triangle green large bottom"),
 ("add a white star top right", "edit", "+star white large top-right"),
 ("make the star tiny", "edit", "2.size=small")]),
(["shape-change", "undo", "revert"], [
 ("an orange circle at the bottom right", "draw", "white:circle orange large bottom-right"),
 ("make it a square", "edit", "0.shape=square"),
 ("revert that", "undo")]),
(["question-chat", "it-after-question", "background-change"], [
 ("a purple square at top left and a small yellow circle at the bottom", "draw", "white:square purple large top-left,circle yellow small bottom"),
 ("is the background white?", "chat"),
 ("then make it green", "edit", "bg=green")]),
(["size-reference", "remove", "move"], [
 ("a large blue circle left, a small blue circle right", "draw", "white:circle blue large left,circle blue small right"),
 ("delete the small one", "edit", "-1"),
 ("and move the other one to the middle", "edit", "0.pos=center")]),
(["shape-synonym", "size-words"], [
 ("a red box in the bottom left corner and a blue ball in the top right corner", "draw", "white:square red large bottom-left,circle blue large top-right"),
 ("the ball should be smaller", "edit", "1.size=small")]),
(["background-synonym", "add"], [
 ("a white star on a blue background", "draw", "blue:star white large center"),
 ("backdrop black instead", "edit", "bg=black"),
 ("and a red circle at the top left, small", "edit", "+circle red small top-left")]),
(["add", "double-undo"], [
 ("green circle center", "draw", "white:circle green large center"),
 ("add red square top", "edit", "+square red large top"),
 ("add blue star bottom", "edit", "+star blue large bottom"),
 ("undo", "undo"),
 ("undo again", "undo")]),
(["invert", "two-edits", "terse"], [
 ("yellow square on black, bottom right, small", "draw", "black:square yellow small bottom-right"),
 ("invert it: black square on yellow", "edit", "0.colour=black;bg=yellow")]),
(["colloquial-position", "same-as", "ack-chat"], [
 ("a green star at the top in the middle and an orange square at the bottom in the middle", "draw", "white:star green large top,square orange large bottom"),
 ("make the square the same colour as the star", "edit", "1.colour=green"),
 ("thanks, looks good", "chat")]),
(["size-words", "two-edits", "question-chat"], [
 ("a huge purple triangle", "draw", "white:triangle purple large center"),
 ("can you make it into a star and make it orange", "edit", "0.shape=star;0.colour=orange"),
 ("what does it look like now?", "chat")]),
]
