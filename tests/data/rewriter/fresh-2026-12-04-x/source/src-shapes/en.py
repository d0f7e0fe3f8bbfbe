D = [
("wrapper colour-change ack-chat", [
 ("can you draw a big red circle in the middle", "draw", "white|circle red large center"),
 ("make it blue", "edit", "circle.c=blue"),
 ("nice", "chat", ""),
]),
("attr-after-noun background-anywhere relative-position add undo", [
 ("a square, green, top left, on a yellow background", "draw", "yellow|square green large top-left"),
 ("put a small purple star next to it on the right", "edit", "+star purple small top"),
 ("undo that", "undo", ""),
]),
("typo size-words reference", [
 ("tiny blu triangle bottom right pls", "draw", "white|triangle blue small bottom-right"),
 ("bigger", "edit", "triangle.s=large"),
 ("hmm no, the small one was better", "edit", "triangle.s=small"),
]),
("swap move question-chat", [
 ("Draw a large orange star at the top and a small black square at the bottom, white background.", "draw", "white|star orange large top;square black small bottom"),
 ("swap them", "edit", "star.p=bottom;square.p=top"),
 ("wait what colour did I say for the square", "chat", ""),
]),
("background-anywhere size-words undo", [
 ("on black, a yellow circle", "draw", "black|circle yellow large center"),
 ("background purple instead", "edit", "bg=purple"),
 ("and shrink the circle", "edit", "circle.s=small"),
 ("go back one", "undo", ""),
]),
("ambiguous clarification", [
 ("two circles: a red one at the left and a blue one at the right", "draw", "white|circle red large left;circle blue large right"),
 ("make the circle green", "ask", ""),
 ("the left one", "edit", "red.c=green"),
]),
("first-time polite size-words ack-chat", [
 ("hi! I'm new here. could I get a purple triangle please? maybe with an orange background", "draw", "orange|triangle purple large center"),
 ("wow ok. can it be a bit smaller?", "edit", "triangle.s=small"),
 ("thank you!!", "chat", ""),
]),
("remove undo colloquial", [
 ("a green star in the top right corner, a red circle in the bottom left corner", "draw", "white|star green large top-right;circle red large bottom-left"),
 ("lose the circle", "edit", "-circle"),
 ("actually bring it back", "undo", ""),
]),
("shape-change reference", [
 ("yellow square, center, blue bg", "draw", "blue|square yellow large center"),
 ("turn it into a star", "edit", "square.sh=star"),
 ("now a circle", "edit", "star.sh=circle"),
 ("no, star was better", "edit", "circle.sh=star"),
]),
("complaint-edit add size-words", [
 ("big white circle on a black background", "draw", "black|circle white large center"),
 ("kinda boring. put a small red triangle up in the top left", "edit", "+triangle red small top-left"),
 ("the triangle's way too small, you can barely see it", "edit", "triangle.s=large"),
]),
("occupied-cell ambiguous relative-position add", [
 ("orange circle center and a green square on its right", "draw", "white|circle orange large center;square green large right"),
 ("add a blue star in the middle", "ask", ""),
 ("ok put it above the circle then", "edit", "+star blue large top"),
]),
("colour-equals-background ambiguous two-edits", [
 ("red star on white", "draw", "white|star red large center"),
 ("make the star white", "ask", ""),
 ("fine, make the background black and the star white", "edit", "bg=black;star.c=white"),
]),
("three-objects remove move", [
 ("three shapes in a row across the middle: a red circle on the left, a yellow square in the centre, a blue triangle on the right", "draw", "white|circle red large left;square yellow large center;triangle blue large right"),
 ("remove the middle one", "edit", "-square"),
 ("move the triangle to the center", "edit", "triangle.p=center"),
]),
("terse attr-after-noun add undo", [
 ("star green small top-left, bg orange", "draw", "orange|star green small top-left"),
 ("+ purple circle bottom-right, big", "edit", "+circle purple large bottom-right"),
 ("star -> black", "edit", "star.c=black"),
 ("undo", "undo", ""),
]),
("question-chat size-words", [
 ("please draw a small square, purple, at the bottom", "draw", "white|square purple small bottom"),
 ("is that the smallest size you have?", "chat", ""),
 ("ok make it big then", "edit", "square.s=large"),
]),
("self-correction relative-position add", [
 ("a blue circle at the top right, no wait, top left", "draw", "white|circle blue large top-left"),
 ("and a yellow star under it", "edit", "+star yellow large left"),
]),
("child typo add ack-chat", [
 ("i want a big yelow star like the sun and the sky is blue", "draw", "blue|star yellow large center"),
 ("now put a green triangle at the bottom its a tree", "edit", "+triangle green large bottom"),
 ("yaaay", "chat", ""),
]),
("reference colour-change", [
 ("orange square in the centre", "draw", "white|square orange large center"),
 ("make it purple", "edit", "square.c=purple"),
 ("hmm try red", "edit", "square.c=red"),
 ("the first colour was better", "edit", "square.c=orange"),
]),
("colloquial-position move background", [
 ("small black triangle in the upper right on a yellow background", "draw", "yellow|triangle black small top-right"),
 ("scoot it down to the lower right", "edit", "triangle.p=bottom-right"),
 ("and make the background white", "edit", "bg=white"),
]),
("new-scene ack-chat", [
 ("red circle center", "draw", "white|circle red large center"),
 ("ok scrap that. new one: a blue square top left and a green star bottom right, on black", "draw", "black|square blue large top-left;star green large bottom-right"),
 ("perfect", "chat", ""),
]),
("two-edits background", [
 ("A large purple star at the center, on an orange background.", "draw", "orange|star purple large center"),
 ("make it small and move it to the bottom left", "edit", "star.s=small;star.p=bottom-left"),
 ("also turn the background green", "edit", "bg=green"),
]),
("ambiguous missing-value", [
 ("a white triangle on a blue background", "draw", "blue|triangle white large center"),
 ("change the colour", "ask", ""),
 ("the triangle, to yellow", "edit", "triangle.c=yellow"),
]),
("typo phone size-words", [
 ("drw a gren circel top left and a red sqare bottom rigth", "draw", "white|circle green large top-left;square red large bottom-right"),
 ("mak the sqare smal", "edit", "square.s=small"),
]),
("polite add size-words undo", [
 ("Hello, would you mind drawing a large black star positioned at the bottom centre of the canvas, with a white background?", "draw", "white|star black large bottom"),
 ("Thank you. Could you please add a small orange circle at the top centre as well?", "edit", "+circle orange small top"),
 ("Lovely. Would it be possible to make the circle the same size as the star?", "edit", "circle.s=large"),
 ("Actually, I preferred it before. Please revert that.", "undo", ""),
]),
("remove shape-change reference", [
 ("blue square left, red square right", "draw", "white|square blue large left;square red large right"),
 ("delete the red one", "edit", "-red"),
 ("make the one that's left a circle", "edit", "square.sh=circle"),
]),
("question-chat size-words two-objects", [
 ("green circle small at the center and a big yellow triangle top right, on purple", "draw", "purple|circle green small center;triangle yellow large top-right"),
 ("why is the circle smaller than the triangle?", "chat", ""),
 ("ok make them both small", "edit", "triangle.s=small"),
]),
("add relative-position three-objects size-words", [
 ("just a red star", "draw", "white|star red large center"),
 ("add a blue star to its left", "edit", "+star blue large left"),
 ("and a yellow star on the right side of the red one", "edit", "+star yellow large right"),
 ("now they're all too big, make them small", "edit", "0.s=small;1.s=small;2.s=small"),
]),
("move colour-change undo", [
 ("purple circle top, orange background", "draw", "orange|circle purple large top"),
 ("move it to the bottom", "edit", "circle.p=bottom"),
 ("color it black", "edit", "circle.c=black"),
 ("undo", "undo", ""),
]),
("question-as-edit background", [
 ("yellow triangle at the bottom left", "draw", "white|triangle yellow large bottom-left"),
 ("can the background be something other than white? like black", "edit", "bg=black"),
]),
("vague-complaint ambiguous background", [
 ("red square in the middle, green background", "draw", "green|square red large center"),
 ("make it pop more", "ask", ""),
 ("idk, try a yellow background", "edit", "bg=yellow"),
]),
("size-words add reference", [
 ("HUGE orange star on blue", "draw", "blue|star orange large center"),
 ("now a tiny one of those in the top left corner too", "edit", "+star orange small top-left"),
 ("the tiny one should be white", "edit", "1.c=white"),
]),
("shape-synonyms colour-change", [
 ("a black box in the lower left and a purple ball in the upper right", "draw", "white|square black large bottom-left;circle purple large top-right"),
 ("make the ball orange", "edit", "circle.c=orange"),
]),
("relative-move size-words", [
 ("blue triangle in the center, small", "draw", "white|triangle blue small center"),
 ("push it one step to the left", "edit", "triangle.p=left"),
 ("and up one", "edit", "triangle.p=top-left"),
]),
("ack-chat swap-colours", [
 ("a yellow circle on the right and a red triangle on the left, black background", "draw", "black|circle yellow large right;triangle red large left"),
 ("looks good", "chat", ""),
 ("but swap their colours", "edit", "circle.c=red;triangle.c=yellow"),
]),
("remove empty-scene ambiguous replace", [
 ("green star top right and blue circle bottom left", "draw", "white|star green large top-right;circle blue large bottom-left"),
 ("get rid of the circle", "edit", "-circle"),
 ("and the star too", "ask", ""),
 ("oh right, then replace it with a red square in the middle", "edit", "-star;+square red large center"),
]),
("long-prompt colour-synonym remove shape-change", [
 ("Okay so what I'd like is a clean composition: a small white star up in the top-left corner, a big orange circle right in the middle, and a small green square down in the bottom-right corner, all on a dark blue background", "draw", "blue|star white small top-left;circle orange large center;square green small bottom-right"),
 ("drop the star", "edit", "-star"),
 ("the square could be a triangle", "edit", "square.sh=triangle"),
]),
("move reference", [
 ("red circle top left", "draw", "white|circle red large top-left"),
 ("move it to the bottom right", "edit", "circle.p=bottom-right"),
 ("hmm, put it back where it was", "edit", "circle.p=top-left"),
]),
("capability-question two-edits", [
 ("purple square at the top", "draw", "white|square purple large top"),
 ("can you do hearts?", "chat", ""),
 ("ok then a red star instead of the square", "edit", "square.c=red;square.sh=star"),
]),
("colour-synonym background", [
 ("a violet triangle at the centre on a white background", "draw", "white|triangle purple large center"),
 ("make the background lemon yellow", "edit", "bg=yellow"),
]),
("size-words shape-change reference", [
 ("a small green circle in the top right, a small red circle in the bottom left", "draw", "white|circle green small top-right;circle red small bottom-left"),
 ("make the green one bigger", "edit", "green.s=large"),
 ("and the other one a square", "edit", "red.sh=square"),
]),
("occupied-cell ambiguous swap", [
 ("yellow star left, purple triangle right, on black", "draw", "black|star yellow large left;triangle purple large right"),
 ("move the star to the right", "ask", ""),
 ("ok swap them then", "edit", "star.p=right;triangle.p=left"),
]),
("complaint-edit ack-chat", [
 ("black square center on orange", "draw", "orange|square black large center"),
 ("the black looks harsh, go with purple", "edit", "square.c=purple"),
 ("yes that's it", "chat", ""),
]),
("terse add three-objects undo", [
 ("blue circle", "draw", "white|circle blue large center"),
 ("add red triangle top", "edit", "+triangle red large top"),
 ("add green square bottom", "edit", "+square green large bottom"),
 ("undo", "undo", ""),
]),
("size-words all-objects", [
 ("an orange triangle at the top left and a blue star at the bottom", "draw", "white|triangle orange large top-left;star blue large bottom"),
 ("everything smaller please", "edit", "triangle.s=small;star.s=small"),
]),
("two-edits invert background", [
 ("white circle, black background, circle on the left", "draw", "black|circle white large left"),
 ("invert it - black circle, white background", "edit", "bg=white;circle.c=black"),
]),
("non-native move ack-chat", [
 ("Please you draw one star of color red, size little, at place of up right", "draw", "white|star red small top-right"),
 ("Now please the star go to down left", "edit", "star.p=bottom-left"),
 ("Is good, thank", "chat", ""),
]),
("ambiguous shape-change clarification", [
 ("a green square at the top and a yellow square at the bottom", "draw", "white|square green large top;square yellow large bottom"),
 ("turn the square into a circle", "ask", ""),
 ("the top one", "edit", "green.sh=circle"),
]),
("question-chat background", [
 ("draw a red circle on a orange background at the bottom right", "draw", "orange|circle red large bottom-right"),
 ("hard to see. is that red?", "chat", ""),
 ("make the bg white so it stands out", "edit", "bg=white"),
]),
("size-words add copy", [
 ("small purple triangle center", "draw", "white|triangle purple small center"),
 ("double the size", "edit", "triangle.s=large"),
 ("add a small one just like it to the right", "edit", "+triangle purple small right"),
]),
("undo double-undo", [
 ("yellow square top-left on blue", "draw", "blue|square yellow large top-left"),
 ("add a red circle at the bottom-right", "edit", "+circle red large bottom-right"),
 ("make the square green", "edit", "square.c=green"),
 ("undo", "undo", ""),
 ("undo again", "undo", ""),
]),
]
