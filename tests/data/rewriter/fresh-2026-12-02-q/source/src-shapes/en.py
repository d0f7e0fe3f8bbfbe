D = [
(["first-time", "colour-change"], [
 ("draw", "hi! um can you make a red circle please", "white | circle red large center"),
 ("edit", "oh nice. can it be blue instead", "c0=blue"),
]),
(["terse", "size-words", "add"], [
 ("draw", "small yellow star, middle, black bg", "black | star yellow small center"),
 ("edit", "+ big green square top left", "+square green large top-left"),
 ("chat", "k thx", ""),
]),
(["complaint-edit", "background-anywhere"], [
 ("draw", "Draw a large orange triangle in the centre on a purple background.", "purple | triangle orange large center"),
 ("edit", "hmm the purple is too much, go with white behind it", "bg=white"),
 ("chat", "better. what colour is the triangle exactly? looks a bit brown on my screen", ""),
]),
(["reference", "undo"], [
 ("draw", "a blue square at the top right and a red star at the bottom left", "white | square blue large top-right | star red large bottom-left"),
 ("edit", "make the star purple", "c1=purple"),
 ("undo", "no wait, put it back how it was", ""),
]),
(["typo", "move"], [
 ("draw", "gren cirlce on the left, smal", "white | circle green small left"),
 ("edit", "mvoe it to the rigth", "p0=right"),
]),
(["move", "relative-position", "add"], [
 ("draw", "one big black circle in the middle please", "white | circle black large center"),
 ("edit", "add a little red triangle right above it", "+triangle red small top"),
 ("edit", "and a yellow star just below the circle, also small", "+star yellow small bottom"),
]),
(["ambiguous", "ask"], [
 ("draw", "two circles: a red one top-left and a blue one bottom-right, both small", "white | circle red small top-left | circle blue small bottom-right"),
 ("ask", "make the circle bigger", ""),
 ("edit", "the blue one", "z1=large"),
]),
(["shape-change", "reference"], [
 ("draw", "A large purple star at the center, yellow background.", "yellow | star purple large center"),
 ("edit", "actually I want that as a square", "h0=square"),
 ("edit", "hmm no, the star looked better. star again", "h0=star"),
]),
(["remove", "complaint-edit"], [
 ("draw", "red square top left, green triangle top right, blue circle bottom", "white | square red large top-left | triangle green large top-right | circle blue large bottom"),
 ("edit", "the triangle looks weird, lose it", "-1"),
 ("chat", "ok that's cleaner", ""),
 ("edit", "make the circle small", "z1=small"),
]),
(["two-edits", "background-anywhere"], [
 ("draw", "white circle, large, centered, on black", "black | circle white large center"),
 ("edit", "make the background blue and the circle a bit smaller", "bg=blue;z0=small"),
]),
(["question-chat"], [
 ("draw", "draw a small orange square at the bottom right", "white | square orange small bottom-right"),
 ("chat", "why is it so far in the corner?", ""),
 ("edit", "ok move it to the middle then", "p0=center"),
]),
(["self-correction", "draw"], [
 ("draw", "a green star top left — sorry, top RIGHT — and a purple circle on the left", "white | star green large top-right | circle purple large left"),
 ("edit", "star should be tiny", "z0=small"),
]),
(["new-scene", "draw"], [
 ("draw", "big yellow circle middle", "white | circle yellow large center"),
 ("draw", "ok scrap that. new one: a black triangle at the bottom on an orange background", "orange | triangle black large bottom"),
 ("edit", "triangle bigger? no wait it's already big. make it red then", "c0=red"),
]),
(["child", "add", "colloquial-position"], [
 ("draw", "i want a puple star!!! a big one", "white | star purple large center"),
 ("edit", "now put a sun in the corner up top on the left. a yellow circle is the sun", "+circle yellow large top-left"),
 ("edit", "make the sun little", "z1=small"),
 ("chat", "yay", ""),
]),
(["polite", "colour-change", "reference"], [
 ("draw", "Could you please draw a small blue triangle in the lower left corner and a large red square in the upper right corner? Thank you.", "white | triangle blue small bottom-left | square red large top-right"),
 ("edit", "Lovely. Would you mind making the square the same colour as the triangle?", "c1=blue"),
 ("undo", "On second thought, please undo that.", ""),
]),
(["attr-after-noun", "move"], [
 ("draw", "a square, green, big, placed at the top", "white | square green large top"),
 ("edit", "square to bottom", "p0=bottom"),
]),
(["ambiguous", "ask", "colour-change"], [
 ("draw", "orange star on the right and a white circle in the center, blue background", "blue | star orange large right | circle white large center"),
 ("ask", "change the colour", ""),
 ("edit", "the star -> yellow", "c0=yellow"),
]),
(["reference", "first-colour"], [
 ("draw", "red circle top", "white | circle red large top"),
 ("edit", "green", "c0=green"),
 ("edit", "hmm try purple", "c0=purple"),
 ("edit", "nah the first colour was better", "c0=red"),
]),
(["add", "remove", "swap-subject"], [
 ("draw", "a small black star in the middle on a yellow background", "yellow | star black small center"),
 ("edit", "replace the star with a red circle, same size, same spot", "h0=circle;c0=red"),
 ("edit", "add a green square on the left side", "+square green large left"),
]),
(["undo", "terse"], [
 ("draw", "blue triangle left, orange circle right", "white | triangle blue large left | circle orange large right"),
 ("edit", "delete circle", "-1"),
 ("undo", "undo", ""),
 ("chat", "ty", ""),
]),
(["phone", "typo", "two-edits"], [
 ("draw", "purple sqaure bottom left and yelow star top right pls", "white | square purple large bottom-left | star yellow large top-right"),
 ("edit", "make both smal", "z0=small;z1=small"),
 ("edit", "n bg black", "bg=black"),
]),
(["non-native", "add"], [
 ("draw", "Please to draw one circle of color green, size big, in the center of picture.", "white | circle green large center"),
 ("edit", "Now I want also one triangle red small in the up of the circle.", "+triangle red small top"),
]),
(["question-chat", "ack-chat"], [
 ("draw", "a huge blue star, bottom right, on white", "white | star blue large bottom-right"),
 ("chat", "how many points does the star have?", ""),
 ("chat", "cool, looks good", ""),
]),
(["move", "relative-position"], [
 ("draw", "a red square in the centre and a small yellow circle to its right", "white | square red large center | circle yellow small right"),
 ("edit", "swap them", "p0=right;p1=center"),
]),
(["art-director", "background-anywhere", "complaint-edit"], [
 ("draw", "Let's start simple: one large green triangle, dead centre, on an orange field.", "orange | triangle green large center"),
 ("edit", "The orange is fighting the green. Go black.", "bg=black"),
 ("edit", "Better. Now the triangle reads too heavy — knock it down to small.", "z0=small"),
 ("chat", "That's the one.", ""),
]),
(["ambiguous", "ask", "move"], [
 ("draw", "a purple circle in the middle", "white | circle purple large center"),
 ("ask", "move it", ""),
 ("edit", "top left", "p0=top-left"),
]),
(["remove", "undo"], [
 ("draw", "three shapes: a red star top-left, a green star top, a blue star top-right, all small", "white | star red small top-left | star green small top | star blue small top-right"),
 ("edit", "get rid of the middle one", "-1"),
 ("undo", "oops, bring it back", ""),
 ("edit", "remove the blue one instead", "-2"),
]),
(["shape-change", "colloquial-position"], [
 ("draw", "a yellow triangle down at the bottom on a purple background", "purple | triangle yellow large bottom"),
 ("edit", "turn it into a circle", "h0=circle"),
]),
(["reference", "it"], [
 ("draw", "a black square on the left and a white star on the right, green background", "green | square black large left | star white large right"),
 ("edit", "make it red", "c1=red"),
 ("chat", "yes, I meant the star, thanks", ""),
]),
(["add", "relative-position", "size-words"], [
 ("draw", "tiny orange circle top right", "white | circle orange small top-right"),
 ("edit", "put a massive blue square directly underneath it", "+square blue large right"),
]),
(["new-scene", "perfect-now"], [
 ("draw", "a red star in the middle on a white background", "white | star red large center"),
 ("edit", "perfect, now a version with a black background", "bg=black"),
]),
(["too-dark", "complaint-edit"], [
 ("draw", "purple square center on black", "black | square purple large center"),
 ("edit", "too dark, can barely see it. make the square yellow", "c0=yellow"),
]),
(["two-edits", "move", "colour-change"], [
 ("draw", "a large green circle at the bottom left and a small red triangle at the top right", "white | circle green large bottom-left | triangle red small top-right"),
 ("edit", "move the circle up to the top left and make the triangle orange", "p0=top-left;c1=orange"),
 ("edit", "also the bg, make it blue", "bg=blue"),
]),
(["ask", "max-objects"], [
 ("draw", "red circle top left, blue circle top, green circle top right", "white | circle red large top-left | circle blue large top | circle green large top-right"),
 ("ask", "add a yellow star", ""),
 ("edit", "ok replace the green circle with a yellow star then", "h2=star;c2=yellow"),
]),
(["remove", "question-chat"], [
 ("draw", "a white triangle at the top and a white square at the bottom, purple background", "purple | triangle white large top | square white large bottom"),
 ("chat", "can I have more than three shapes?", ""),
 ("edit", "fine, drop the square", "-1"),
]),
(["size-words", "reference"], [
 ("draw", "a big orange star on the left and a little green circle on the right", "white | star orange large left | circle green small right"),
 ("edit", "make the little one big too", "z1=large"),
 ("edit", "and shrink the star", "z0=small"),
]),
(["undo", "chained"], [
 ("draw", "blue square center", "white | square blue large center"),
 ("edit", "make it a triangle", "h0=triangle"),
 ("edit", "now red", "c0=red"),
 ("undo", "go back one", ""),
]),
(["wrapper", "long-first"], [
 ("draw", "Hey Inkturn, for a quick test I'd like a picture with a yellow background, a small black circle up in the top left corner, a large red square in the very middle, and a small blue triangle down in the bottom right corner.", "yellow | circle black small top-left | square red large center | triangle blue small bottom-right"),
 ("edit", "looks great. just make the square purple", "c1=purple"),
]),
(["move", "colloquial-position"], [
 ("draw", "green star, small, upper right", "white | star green small top-right"),
 ("edit", "slide it over to the left edge, middle height", "p0=left"),
]),
(["ask", "same-as-background"], [
 ("draw", "a white circle on a blue background", "blue | circle white large center"),
 ("ask", "make the circle blue", ""),
 ("edit", "oh right. ok make the background white and the circle blue", "bg=white;c0=blue"),
]),
(["add", "remove", "shape-change"], [
 ("draw", "a red triangle top, a red square bottom", "white | triangle red large top | square red large bottom"),
 ("edit", "remove the top one and add a black star on the right", "-0;+star black large right"),
 ("edit", "the square should be a circle", "h0=circle"),
]),
(["ack-chat", "question-chat"], [
 ("draw", "orange circle on a green bg, bottom middle, small", "green | circle orange small bottom"),
 ("chat", "nice!! is this made by AI?", ""),
 ("edit", "make it large", "z0=large"),
]),
(["terse", "background-anywhere"], [
 ("draw", "bg purple. yellow star center.", "purple | star yellow large center"),
 ("edit", "bg orange", "bg=orange"),
 ("edit", "star black", "c0=black"),
]),
(["reference", "like-before"], [
 ("draw", "a blue circle on the right", "white | circle blue large right"),
 ("edit", "move it to the left", "p0=left"),
 ("edit", "hmm put it where it was before", "p0=right"),
]),
(["ambiguous", "ask", "reference"], [
 ("draw", "two triangles, a green one at the top left and a green one at the bottom right", "white | triangle green large top-left | triangle green large bottom-right"),
 ("ask", "make the green triangle yellow", ""),
 ("edit", "the top one", "c0=yellow"),
]),
(["shape-change", "two-edits"], [
 ("draw", "a large black square in the center on a white background", "white | square black large center"),
 ("edit", "change the square to a star and make it red", "h0=star;c0=red"),
 ("chat", "exactly what I wanted", ""),
]),
(["undo", "remove"], [
 ("draw", "a small purple circle bottom left and a big orange triangle top right on a black background", "black | circle purple small bottom-left | triangle orange large top-right"),
 ("edit", "remove the circle", "-0"),
 ("undo", "actually no, undo", ""),
 ("edit", "ok just make the circle white", "c0=white"),
]),
(["add", "colloquial-position"], [
 ("draw", "a yellow square smack in the middle", "white | square yellow large center"),
 ("edit", "stick a small red star in the bottom corner on the right", "+star red small bottom-right"),
 ("edit", "and a small blue circle in the opposite corner", "+circle blue small top-left"),
]),
(["question-chat", "move"], [
 ("draw", "green triangle, top left, small, on orange", "orange | triangle green small top-left"),
 ("chat", "what's the grid like, 3 by 3?", ""),
 ("edit", "then put it in the bottom-middle cell", "p0=bottom"),
]),
(["self-correction", "colour-change"], [
 ("draw", "a big white star in the center on a black background", "black | star white large center"),
 ("edit", "make the star red, no, orange", "c0=orange"),
]),
]
