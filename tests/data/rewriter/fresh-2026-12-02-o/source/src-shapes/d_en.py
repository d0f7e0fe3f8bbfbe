D = [
 dict(c=["first-time", "defaults", "ack-chat", "color-change"], t=[
  ("draw", "hi! i've never used this before. can i just get a red circle?", "white | circle red large center"),
  ("chat", "oh nice that was fast"),
  ("edit", "could it be green instead", "1.color=green"),
 ]),
 dict(c=["terse", "two-objects", "move"], t=[
  ("draw", "blue square left, yellow star right", "white | square blue large left | star yellow large right"),
  ("edit", "star -> top right", "2.pos=top-right"),
 ]),
 dict(c=["long-first-prompt", "three-objects", "background-anywhere", "remove"], t=[
  ("draw", "OK so I want three things on a black background: a small white star up in the top left corner, a big orange circle right in the middle, and a small purple triangle down at the bottom right", "black | star white small top-left | circle orange large center | triangle purple small bottom-right"),
  ("edit", "actually the triangle is too much, take it out", "-3"),
  ("chat", "yeah that's cleaner"),
 ]),
 dict(c=["complaint-edit", "size-words"], t=[
  ("draw", "a yellow triangle on a blue background", "blue | triangle yellow large center"),
  ("edit", "hmm it's kind of huge. tone it down", "1.size=small"),
  ("undo", "no wait, the big one was better, go back"),
 ]),
 dict(c=["typo", "phone", "add"], t=[
  ("draw", "grren sqaure pls", "white | square green large center"),
  ("edit", "add a smal red cirle in teh top left", "+circle red small top-left"),
  ("edit", "and make teh square go right", "1.pos=right"),
 ]),
 dict(c=["question-chat", "reference"], t=[
  ("draw", "Draw a small black star in the center and a large red square at the bottom.", "white | star black small center | square red large bottom"),
  ("chat", "How many colours can I use in total?"),
  ("edit", "Cool. Make the star the same red as the square.", "1.color=red"),
 ]),
 dict(c=["child", "shape-change"], t=[
  ("draw", "i want a purple star!!! a big one", "white | star purple large center"),
  ("edit", "now turn it into a circle like a ball", "1.shape=circle"),
  ("chat", "yay"),
  ("edit", "can the ball be orange like a basketball", "1.color=orange"),
 ]),
 dict(c=["ambiguous", "ask", "two-circles"], t=[
  ("draw", "two circles: a red one top left and a blue one bottom right", "white | circle red large top-left | circle blue large bottom-right"),
  ("ask", "make the circle smaller"),
  ("edit", "the blue one", "2.size=small"),
 ]),
 dict(c=["self-correction", "background"], t=[
  ("draw", "an orange square on green, no wait, on purple", "purple | square orange large center"),
  ("edit", "background back to green please, i changed my mind again", "bg=green"),
 ]),
 dict(c=["art-director", "two-edits", "move", "size-words"], t=[
  ("draw", "Large blue circle, top centre. Small yellow square, bottom centre. White ground.", "white | circle blue large top | square yellow small bottom"),
  ("edit", "The hierarchy is off. Swap their sizes — the square should dominate.", "1.size=small; 2.size=large"),
  ("edit", "And push the circle into the top-right corner.", "1.pos=top-right"),
 ]),
 dict(c=["undo", "remove"], t=[
  ("draw", "a green triangle on the left, a red star on the right, yellow background", "yellow | triangle green large left | star red large right"),
  ("edit", "get rid of the star", "-2"),
  ("undo", "undo that"),
  ("chat", "ok thanks, I'll keep both"),
 ]),
 dict(c=["relative-position", "add"], t=[
  ("draw", "put a big black circle in the middle", "white | circle black large center"),
  ("edit", "now a small blue triangle directly above it", "+triangle blue small top"),
  ("edit", "and a small blue triangle directly below it too", "+triangle blue small bottom"),
 ]),
 dict(c=["non-native", "attr-after-noun"], t=[
  ("draw", "please I want one square color blue, size small, position top-left", "white | square blue small top-left"),
  ("edit", "also one star color yellow size big position in middle", "+star yellow large center"),
  ("edit", "background put black please", "bg=black"),
 ]),
 dict(c=["polite", "question-chat"], t=[
  ("draw", "Good morning! Would you be so kind as to draw a large white triangle on a red background?", "red | triangle white large center"),
  ("chat", "Thank you. Is the triangle exactly in the centre, or slightly off?"),
  ("edit", "I see. Could you move it to the lower left, please?", "1.pos=bottom-left"),
 ]),
 dict(c=["new-scene", "draw-again"], t=[
  ("draw", "small orange star, top right", "white | star orange small top-right"),
  ("draw", "nah start over. purple square bottom left and green circle center, on black", "black | square purple large bottom-left | circle green large center"),
  ("edit", "green circle tiny", "2.size=small"),
 ]),
 dict(c=["reference", "earlier-turn"], t=[
  ("draw", "red triangle in the middle", "white | triangle red large center"),
  ("edit", "try blue", "1.color=blue"),
  ("edit", "hmm try yellow", "1.color=yellow"),
  ("edit", "no, the first colour was better honestly", "1.color=red"),
 ]),
 dict(c=["ask", "vague"], t=[
  ("draw", "a blue star on an orange background", "orange | star blue large center"),
  ("ask", "make it pop more"),
  ("edit", "ok then just make the background black", "bg=black"),
 ]),
 dict(c=["colloquial-position", "move"], t=[
  ("draw", "a small green circle somewhere up in the corner, the left one", "white | circle green small top-left"),
  ("edit", "slide it all the way across to the other corner", "1.pos=top-right"),
 ]),
 dict(c=["remove", "three-objects", "reference"], t=[
  ("draw", "a red circle at top left, a yellow circle at top right and a blue square at the bottom", "white | circle red large top-left | circle yellow large top-right | square blue large bottom"),
  ("edit", "remove the yellow one", "-2"),
  ("edit", "now the red one goes where the yellow one was", "1.pos=top-right"),
 ]),
 dict(c=["hurried", "two-edits"], t=[
  ("draw", "black sq center purple bg", "purple | square black large center"),
  ("edit", "make it a star + small", "1.shape=star; 1.size=small"),
  ("undo", "undo"),
 ]),
 dict(c=["background-anywhere", "colour-conflict"], t=[
  ("draw", "white circle on a black background, pretty big", "black | circle white large center"),
  ("edit", "change the background to yellow", "bg=yellow"),
  ("chat", "looks like an egg lol"),
 ]),
 dict(c=["ask", "impossible-colour-clash"], t=[
  ("draw", "a red star on a green background", "green | star red large center"),
  ("ask", "make the background red too"),
  ("edit", "ah right it'd vanish. make the background blue then", "bg=blue"),
 ]),
 dict(c=["size-words", "huge"], t=[
  ("draw", "a tiny yellow triangle in the bottom right corner", "white | triangle yellow small bottom-right"),
  ("edit", "HUGE. make it huge", "1.size=large"),
 ]),
 dict(c=["shape-change", "it-reference"], t=[
  ("draw", "an orange circle on the left and a purple square on the right", "white | circle orange large left | square purple large right"),
  ("edit", "make the square a triangle", "2.shape=triangle"),
  ("edit", "and make it small", "2.size=small"),
 ]),
 dict(c=["question-chat", "ack-chat"], t=[
  ("draw", "green star top, red star bottom", "white | star green large top | star red large bottom"),
  ("chat", "why are the stars tilted a bit?"),
  ("chat", "ok fine, I like it"),
 ]),
 dict(c=["undo", "double-change"], t=[
  ("draw", "a blue triangle at the top left on a white background", "white | triangle blue large top-left"),
  ("edit", "add a black circle bottom right", "+circle black large bottom-right"),
  ("edit", "and a red square in the center", "+square red large center"),
  ("undo", "take back the last thing"),
  ("edit", "make the circle small", "2.size=small"),
 ]),
 dict(c=["designer-speak", "move", "layout"], t=[
  ("draw", "Let's do a diagonal: large purple circle top-left, large purple circle center, large purple circle bottom-right. Background orange.", "orange | circle purple large top-left | circle purple large center | circle purple large bottom-right"),
  ("edit", "Break the symmetry — drop the middle one down to the bottom centre.", "2.pos=bottom"),
 ]),
 dict(c=["ask", "unknown-referent"], t=[
  ("draw", "a yellow square in the middle", "white | square yellow large center"),
  ("ask", "change the green thing to blue"),
  ("chat", "oh sorry, wrong tab. never mind"),
 ]),
 dict(c=["count-edit", "add"], t=[
  ("draw", "one small red star on the right", "white | star red small right"),
  ("edit", "give it a twin on the left, same everything", "+star red small left"),
  ("edit", "now make the background black, stars stay red", "bg=black"),
 ]),
 dict(c=["negation", "remove"], t=[
  ("draw", "green square top, blue circle left, orange triangle right", "white | square green large top | circle blue large left | triangle orange large right"),
  ("edit", "I don't want the circle anymore", "-2"),
  ("chat", "good"),
 ]),
 dict(c=["lowercase-no-punct", "colour-change"], t=[
  ("draw", "purple star big in the middle on yellow", "yellow | star purple large center"),
  ("edit", "purple is a bit much go with blue", "1.color=blue"),
  ("edit", "background white", "bg=white"),
 ]),
 dict(c=["upper-lower-synonyms", "move"], t=[
  ("draw", "small black triangle, upper right", "white | triangle black small top-right"),
  ("edit", "move it to the lower left", "1.pos=bottom-left"),
  ("undo", "no, upper right was right. revert"),
 ]),
 dict(c=["teacher", "question-chat", "add"], t=[
  ("draw", "For my class: draw a large red circle on the left and a large blue square on the right.", "white | circle red large left | square blue large right"),
  ("chat", "Which one is bigger, or are they the same size?"),
  ("edit", "Now add a small yellow triangle in between them for the kids to count.", "+triangle yellow small center"),
 ]),
 dict(c=["swap-positions", "two-edits"], t=[
  ("draw", "orange square top-left and green star bottom-right", "white | square orange large top-left | star green large bottom-right"),
  ("edit", "swap them", "1.pos=bottom-right; 2.pos=top-left"),
 ]),
 dict(c=["complaint-edit", "background", "ask"], t=[
  ("draw", "white star on a blue background", "blue | star white large center"),
  ("ask", "too dark"),
  ("edit", "the blue behind it. go yellow", "bg=yellow"),
 ]),
 dict(c=["shape-and-colour-in-one", "reference"], t=[
  ("draw", "a big yellow circle at the top and a small black square at the bottom left", "white | circle yellow large top | square black small bottom-left"),
  ("edit", "the black one should be a purple star", "2.shape=star; 2.color=purple"),
  ("chat", "love it"),
 ]),
 dict(c=["ask", "vague-move"], t=[
  ("draw", "a red square on the right", "white | square red large right"),
  ("ask", "move it a bit"),
  ("edit", "to the centre", "1.pos=center"),
 ]),
 dict(c=["wrapper", "polite", "add"], t=[
  ("draw", "Hey, could you please draw me a small orange triangle at the bottom?", "white | triangle orange small bottom"),
  ("edit", "Would you mind adding a large green circle at the top?", "+circle green large top"),
  ("undo", "Actually, please undo that last addition."),
 ]),
 dict(c=["reference", "like-before"], t=[
  ("draw", "blue star left, black background", "black | star blue large left"),
  ("edit", "background red", "bg=red"),
  ("edit", "hmm put the background like before", "bg=black"),
 ]),
 dict(c=["three-objects", "remove-all-but-one"], t=[
  ("draw", "a small white circle top, a small white square center, a small white triangle bottom, all on black", "black | circle white small top | square white small center | triangle white small bottom"),
  ("edit", "keep only the square", "-3; -1"),
  ("edit", "and make it big", "1.size=large"),
 ]),
 dict(c=["ask", "new-or-edit-ambiguous"], t=[
  ("draw", "a green triangle in the middle", "white | triangle green large center"),
  ("ask", "a blue circle"),
  ("edit", "add it, at the top left, keep the triangle", "+circle blue large top-left"),
 ]),
 dict(c=["question-chat", "meta"], t=[
  ("draw", "yellow star, small, top middle", "white | star yellow small top"),
  ("chat", "can you do gradients?"),
  ("chat", "ok what about a pink star then, is pink a thing?"),
  ("edit", "fine, go purple", "1.color=purple"),
 ]),
 dict(c=["typo", "move", "size-words"], t=[
  ("draw", "big ornage circle bottm left", "white | circle orange large bottom-left"),
  ("edit", "mvoe it to the rigth side, middle height", "1.pos=right"),
  ("edit", "smaller pls", "1.size=small"),
 ]),
 dict(c=["undo", "after-draw"], t=[
  ("draw", "red circle center on blue", "blue | circle red large center"),
  ("draw", "new picture: black square top right on yellow", "yellow | square black large top-right"),
  ("undo", "oops, bring back the previous picture"),
 ]),
 dict(c=["gamer", "colloquial", "add"], t=[
  ("draw", "yo gimme a purple triangle, chunky, dead center", "white | triangle purple large center"),
  ("edit", "slap a lil green star in the top right", "+star green small top-right"),
  ("chat", "sick"),
 ]),
 dict(c=["all-same-colour-change"], t=[
  ("draw", "two red squares, one on the left and one on the right, white background", "white | square red large left | square red large right"),
  ("edit", "make both of them blue", "1.color=blue; 2.color=blue"),
 ]),
 dict(c=["ask", "which-one"], t=[
  ("draw", "a small green star at the top left and a small green star at the bottom right", "white | star green small top-left | star green small bottom-right"),
  ("ask", "make the star yellow"),
  ("edit", "sorry - the one at the top", "1.color=yellow"),
 ]),
 dict(c=["background-first", "attr-order"], t=[
  ("draw", "Background: purple. Object: circle, yellow, small, bottom-right.", "purple | circle yellow small bottom-right"),
  ("edit", "Object 2: square, white, large, top-left.", "+square white large top-left"),
  ("edit", "Remove object 1.", "-1"),
 ]),
 dict(c=["reaction", "shape-change", "complaint-edit"], t=[
  ("draw", "a black star on the right, an orange square on the left", "white | star black large right | square orange large left"),
  ("edit", "the square looks boring, lose the corners", "2.shape=circle"),
  ("chat", "better"),
 ]),
 dict(c=["center-synonym", "move", "undo"], t=[
  ("draw", "small blue square at the bottom", "white | square blue small bottom"),
  ("edit", "centre it", "1.pos=center"),
  ("edit", "then make the background orange", "bg=orange"),
  ("undo", "undo the background"),
 ]),
]

# extra follow-up turns (kept separate so the base dialogues stay readable)
EXTRA = {
  2: [("chat", "does the star keep its wonky angle when it moves?")],
  6: [("chat", "are those exactly the same red now")],
  9: [("undo", "ugh, purple looked better, go back one")],
  13: [("chat", "that's it, thanks!")],
  14: [("chat", "That's lovely, thank you so much.")],
  16: [("chat", "ok that's the one")],
  18: [("chat", "ha, exactly where i wanted it")],
  23: [("undo", "eh, undo. the tiny one had charm")],
  24: [("undo", "nope, revert that last one")],
  27: [("chat", "what do you call that kind of layout?")],
  30: [("undo", "hmm, bring the circle back actually")],
  33: [("ask", "and nudge the triangle a bit to the side")],
  34: [("undo", "hm no. put them back where they were")],
  38: [("chat", "thanks, that's what I meant")],
  40: [("undo", "wait, undo, I want to see it small again")],
  43: [("chat", "how do i save this?")],
  45: [("chat", "cheers")],
  46: [("ask", "and one of them green"), ("edit", "the right one", "2.color=green")],
  47: [("edit", "make the other one match", "2.color=yellow")],
}
for _i, _turns in EXTRA.items():
    D[_i - 1]["t"] = D[_i - 1]["t"] + _turns
