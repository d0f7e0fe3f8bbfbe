# Hand-written English shapes dialogues.
# Each dialogue: (classes, [(message, intent, scene), ...])
# scene: "background: colour shape size position, ..." ; "=" means unchanged (chat/ask).
D = [
("wrapper,size-words,default-size", [
 ("hi! could you draw me a red circle please", "draw", "white: red circle large center"),
 ("can you make it a bit smaller", "edit", "white: red circle small center"),
 ("thanks, that's nice", "chat", "="),
]),
("colloquial-position,add,two-objects", [
 ("blue square up in the top left corner, big", "draw", "white: blue square large top-left"),
 ("and a little yellow star down in the bottom right", "edit", "white: blue square large top-left, yellow star small bottom-right"),
 ("make the background black", "edit", "black: blue square large top-left, yellow star small bottom-right"),
]),
("typo,phone", [
 ("grren triangle in the midle", "draw", "white: green triangle large center"),
 ("make it purpel", "edit", "white: purple triangle large center"),
 ("undo that", "undo", "white: green triangle large center"),
 ("ok keep it green. wht shape is that exactly?", "chat", "="),
]),
("background-anywhere,attr-after-noun", [
 ("on an orange background, a star, black, small, top right", "draw", "orange: black star small top-right"),
 ("move the star to the bottom left", "edit", "orange: black star small bottom-left"),
]),
("remove,three-objects", [
 ("three things: a red circle top left, a green square in the middle, and a blue triangle bottom right. white background", "draw", "white: red circle large top-left, green square large center, blue triangle large bottom-right"),
 ("lose the square", "edit", "white: red circle large top-left, blue triangle large bottom-right"),
 ("good. now make the circle small", "edit", "white: red circle small top-left, blue triangle large bottom-right"),
 ("is the triangle big or small?", "chat", "="),
]),
("ambiguous,ask", [
 ("two circles please, a red one on the left and a blue one on the right", "draw", "white: red circle large left, blue circle large right"),
 ("make the circle yellow", "ask", "="),
 ("the left one", "edit", "white: yellow circle large left, blue circle large right"),
]),
("shape-change,reference", [
 ("purple square, center, yellow background", "draw", "yellow: purple square large center"),
 ("actually make it a star instead", "edit", "yellow: purple star large center"),
 ("hmm no, the square was better", "edit", "yellow: purple square large center"),
]),
("complaint-edit,size-words", [
 ("a tiny white star in the middle on a blue background", "draw", "blue: white star small center"),
 ("I can barely see it, way too small", "edit", "blue: white star large center"),
 ("perfect", "chat", "="),
]),
("relative-position,add", [
 ("green circle in the center", "draw", "white: green circle large center"),
 ("put a small red square right above it", "edit", "white: green circle large center, red square small top"),
 ("and a small red square below the circle too", "edit", "white: green circle large center, red square small top, red square small bottom"),
]),
("self-correction", [
 ("draw a blue triangle at the top... no wait, at the bottom", "draw", "white: blue triangle large bottom"),
 ("make it orange", "edit", "white: orange triangle large bottom"),
]),
("two-edits,one-message", [
 ("a big yellow circle top right and a small black square bottom left, on white", "draw", "white: yellow circle large top-right, black square small bottom-left"),
 ("swap the colours of the two", "edit", "white: black circle large top-right, yellow square small bottom-left"),
 ("and make the square big and move it to the center", "edit", "white: black circle large top-right, yellow square large center"),
]),
("undo,remove", [
 ("red star on the left, blue circle on the right, green background", "draw", "green: red star large left, blue circle large right"),
 ("delete the star", "edit", "green: blue circle large right"),
 ("wait no bring it back", "undo", "green: red star large left, blue circle large right"),
]),
("question-chat", [
 ("can you draw an orange square", "draw", "white: orange square large center"),
 ("what colours can you do?", "chat", "="),
 ("cool, make the background purple then", "edit", "purple: orange square large center"),
]),
("terse,move", [
 ("black circle, white bg", "draw", "white: black circle large center"),
 ("left", "edit", "white: black circle large left"),
 ("smaller", "edit", "white: black circle small left"),
 ("up a row", "edit", "white: black circle small top-left"),
]),
("child,colloquial", [
 ("i want a big big yellow star like the sun", "draw", "white: yellow star large center"),
 ("can the sky be blue", "edit", "blue: yellow star large center"),
 ("yay!! now a little red circle in the corner at the bottom on the right side", "edit", "blue: yellow star large center, red circle small bottom-right"),
 ("i love it", "chat", "="),
]),
("ambiguous,move-without-target", [
 ("a green square top left and a red triangle bottom right", "draw", "white: green square large top-left, red triangle large bottom-right"),
 ("move it", "ask", "="),
 ("move the triangle to the top right", "edit", "white: green square large top-left, red triangle large top-right"),
]),
("reference,it-last-mentioned", [
 ("purple circle at the bottom", "draw", "white: purple circle large bottom"),
 ("add a small orange star at the top", "edit", "white: purple circle large bottom, orange star small top"),
 ("make it green", "edit", "white: purple circle large bottom, green star small top"),
]),
("new-scene,draw-again", [
 ("yellow triangle on black", "draw", "black: yellow triangle large center"),
 ("nice. ok start over: two white circles, one top left, one bottom right, red background", "draw", "red: white circle large top-left, white circle large bottom-right"),
 ("make the bottom right one small", "edit", "red: white circle large top-left, white circle small bottom-right"),
]),
("polite,long", [
 ("Hello, I'd like a simple picture please: a large blue star in the centre of a yellow background, nothing else.", "draw", "yellow: blue star large center"),
 ("Thank you. Could you now add a small green circle in the upper left corner?", "edit", "yellow: blue star large center, green circle small top-left"),
 ("Lovely. Would you mind making the star purple instead of blue?", "edit", "yellow: purple star large center, green circle small top-left"),
 ("That's all, thank you very much.", "chat", "="),
]),
("background-change,conflict-avoidance", [
 ("white square in the middle of a black background", "draw", "black: white square large center"),
 ("change the backdrop to green", "edit", "green: white square large center"),
 ("hmm go back", "undo", "black: white square large center"),
]),
("shape-change,named-by-colour", [
 ("red circle top, blue circle bottom", "draw", "white: red circle large top, blue circle large bottom"),
 ("turn the red one into a triangle", "edit", "white: red triangle large top, blue circle large bottom"),
 ("and the blue one into a square", "edit", "white: red triangle large top, blue square large bottom"),
]),
("size-words,huge", [
 ("huge orange circle", "draw", "white: orange circle large center"),
 ("add a tiny purple star on its right", "edit", "white: orange circle large center, purple star small right"),
 ("make the star huge too", "edit", "white: orange circle large center, purple star large right"),
]),
("ambiguous,vague-colour", [
 ("green star, center, on white", "draw", "white: green star large center"),
 ("change the colour", "ask", "="),
 ("sorry, blue", "edit", "white: blue star large center"),
]),
("remove,last-object-kept", [
 ("yellow square left, yellow circle right, blue background", "draw", "blue: yellow square large left, yellow circle large right"),
 ("remove the circle", "edit", "blue: yellow square large left"),
 ("move the square to the middle", "edit", "blue: yellow square large center"),
]),
("reaction,too-dark", [
 ("black triangle on a purple background", "draw", "purple: black triangle large center"),
 ("too dark overall, make the background yellow", "edit", "yellow: black triangle large center"),
 ("better", "chat", "="),
]),
("move,colloquial-position", [
 ("small red circle, dead center", "draw", "white: red circle small center"),
 ("shove it over to the right edge", "edit", "white: red circle small right"),
 ("now drop it to the bottom corner on that side", "edit", "white: red circle small bottom-right"),
]),
("add,third-object", [
 ("a blue square at top left and a green triangle at top right", "draw", "white: blue square large top-left, green triangle large top-right"),
 ("add a red star in the bottom middle", "edit", "white: blue square large top-left, green triangle large top-right, red star large bottom"),
 ("make all three small", "edit", "white: blue square small top-left, green triangle small top-right, red star small bottom"),
]),
("undo,after-two-edits", [
 ("orange star at the top left on black", "draw", "black: orange star large top-left"),
 ("make it white", "edit", "black: white star large top-left"),
 ("and small", "edit", "black: white star small top-left"),
 ("undo", "undo", "black: white star large top-left"),
]),
("question-chat,position", [
 ("purple triangle bottom left, white circle top right, green background", "draw", "green: purple triangle large bottom-left, white circle large top-right"),
 ("where is the circle?", "chat", "="),
 ("put it in the centre instead", "edit", "green: purple triangle large bottom-left, white circle large center"),
]),
("non-native", [
 ("please make one circle of colour blue, big, in the middle of picture", "draw", "white: blue circle large center"),
 ("now the circle become red please", "edit", "white: red circle large center"),
 ("and put also one small black square on the left side", "edit", "white: red circle large center, black square small left"),
]),
("shape-change,all", [
 ("two stars: yellow at the left, orange at the right, purple background", "draw", "purple: yellow star large left, orange star large right"),
 ("make them both circles", "edit", "purple: yellow circle large left, orange circle large right"),
 ("the left one was better as a star", "edit", "purple: yellow star large left, orange circle large right"),
]),
("hurried,two-edits", [
 ("red sq top right blk bg", "draw", "black: red square large top-right"),
 ("smaller + move bottom left", "edit", "black: red square small bottom-left"),
]),
("ambiguous,it-with-two", [
 ("a blue circle on the left and a blue square on the right, white background", "draw", "white: blue circle large left, blue square large right"),
 ("make the blue one green", "ask", "="),
 ("both of them actually", "edit", "white: green circle large left, green square large right"),
]),
("reference,earlier-turn", [
 ("green circle in the middle", "draw", "white: green circle large center"),
 ("make it yellow", "edit", "white: yellow circle large center"),
 ("now orange", "edit", "white: orange circle large center"),
 ("go back to the first colour", "edit", "white: green circle large center"),
]),
("add,relative-position,left-of", [
 ("a white star on the right side, blue background", "draw", "blue: white star large right"),
 ("put a small yellow circle to the left of the star", "edit", "blue: white star large right, yellow circle small center"),
]),
("remove,all-but-one", [
 ("red circle top left, red square top, red triangle top right", "draw", "white: red circle large top-left, red square large top, red triangle large top-right"),
 ("too busy. keep only the square", "edit", "white: red square large top"),
 ("and bring it down to the middle", "edit", "white: red square large center"),
]),
("chat,compliment,then-edit", [
 ("draw a purple star", "draw", "white: purple star large center"),
 ("wow that was fast", "chat", "="),
 ("can you rotate it? nah never mind, just make it black", "edit", "white: black star large center"),
]),
("background-anywhere,trailing", [
 ("small green triangle at the bottom, and make the whole background orange", "draw", "orange: green triangle small bottom"),
 ("actually a white background", "edit", "white: green triangle small bottom"),
]),
("ambiguous,unclear-message", [
 ("blue square center on yellow", "draw", "yellow: blue square large center"),
 ("do the thing from before", "ask", "="),
 ("never mind, make it a circle", "edit", "yellow: blue circle large center"),
]),
("move,swap-positions", [
 ("black star top left, white circle bottom right, red background", "draw", "red: black star large top-left, white circle large bottom-right"),
 ("swap them", "edit", "red: black star large bottom-right, white circle large top-left"),
 ("undo pls", "undo", "red: black star large top-left, white circle large bottom-right"),
]),
("size-words,the-big-one", [
 ("a large green square on the left and a small green square on the right", "draw", "white: green square large left, green square small right"),
 ("make the big one blue", "edit", "white: blue square large left, green square small right"),
 ("and the small one purple", "edit", "white: blue square large left, purple square small right"),
]),
("undo,after-draw-new", [
 ("yellow circle top right", "draw", "white: yellow circle large top-right"),
 ("add a blue triangle bottom left", "edit", "white: yellow circle large top-right, blue triangle large bottom-left"),
 ("hm, scratch that last one", "undo", "white: yellow circle large top-right"),
 ("make the circle small", "edit", "white: yellow circle small top-right"),
]),
("art-director,opinionated", [
 ("Start with a bold red triangle, centered, on black. Big.", "draw", "black: red triangle large center"),
 ("The red is fighting with the black. Go orange.", "edit", "black: orange triangle large center"),
 ("Needs a counterweight: small white circle, upper right.", "edit", "black: orange triangle large center, white circle small top-right"),
 ("Good. Ship it.", "chat", "="),
]),
("move,one-cell", [
 ("orange square in the middle on a blue background", "draw", "blue: orange square large center"),
 ("nudge it up", "edit", "blue: orange square large top"),
 ("a bit more to the left", "edit", "blue: orange square large top-left"),
]),
("question-chat,capabilities", [
 ("a red star in the middle please", "draw", "white: red star large center"),
 ("can you do hearts too?", "chat", "="),
 ("ok then turn the star into a circle", "edit", "white: red circle large center"),
]),
("shape-change,colour-change,two-edits", [
 ("a yellow triangle at the bottom right", "draw", "white: yellow triangle large bottom-right"),
 ("make it a green circle", "edit", "white: green circle large bottom-right"),
 ("and put a small purple star at the top left", "edit", "white: green circle large bottom-right, purple star small top-left"),
]),
("ambiguous,which-corner", [
 ("white square on a green background", "draw", "green: white square large center"),
 ("put it in the corner", "ask", "="),
 ("top left corner", "edit", "green: white square large top-left"),
]),
("typo,add", [
 ("blu circel top left", "draw", "white: blue circle large top-left"),
 ("ad a smal red star botom right", "edit", "white: blue circle large top-left, red star small bottom-right"),
 ("thx", "chat", "="),
]),
("remove,add,replace", [
 ("purple circle on the left, orange square on the right", "draw", "white: purple circle large left, orange square large right"),
 ("replace the square with a black triangle", "edit", "white: purple circle large left, black triangle large right"),
 ("make the background yellow", "edit", "yellow: purple circle large left, black triangle large right"),
]),
("complaint-edit,reference-by-description,remove", [
 ("a small orange circle bottom left, a big purple square top right and a white star in the middle, green background", "draw", "green: orange circle small bottom-left, purple square large top-right, white star large center"),
 ("the purple thing looks too heavy, shrink it", "edit", "green: orange circle small bottom-left, purple square small top-right, white star large center"),
 ("and get rid of the little orange one", "edit", "green: purple square small top-right, white star large center"),
 ("lovely", "chat", "="),
]),
]

# Extra closing turns (chat / ask / undo), appended to the dialogue with that 1-based number.
# "U" = undo: the scene before the previous turn.
EXTRA = {
 2: [("looks like a night sky lol", "chat", "=")],
 4: [("nah, put it back where it was", "undo", "U")],
 6: [("great, thats what i meant", "chat", "=")],
 9: [("too many squares, undo the last one", "undo", "U")],
 10: [("why is it so big?", "chat", "=")],
 11: [("hmm something feels off, can you fix it", "ask", "=")],
 13: [("does purple go with orange? honest opinion", "chat", "=")],
 16: [("👍", "chat", "=")],
 17: [("no no, i meant the circle. undo", "undo", "U")],
 18: [("is that as small as it gets?", "chat", "=")],
 21: [("neat", "chat", "=")],
 23: [("yes that's the one", "chat", "=")],
 24: [("ugh, it was better on the left. undo", "undo", "U")],
 26: [("hmm too far. undo", "undo", "U")],
 27: [("why do they look like confetti haha", "chat", "=")],
 29: [("undo, I liked it in the corner", "undo", "U")],
 30: [("it look good now, thank you", "chat", "=")],
 32: [("and the other one too", "ask", "=")],
 35: [("is the circle touching the star? looks close", "chat", "=")],
 36: [("is this centred exactly?", "chat", "=")],
 38: [("ok", "chat", "=")],
 41: [("wait undo that, purple clashes", "undo", "U")],
 44: [("great thanks", "chat", "=")],
 46: [("make them match", "ask", "=")],
 49: [("nice, that's a fun one", "chat", "=")],
}
for _k, _v in EXTRA.items():
    _c, _t = D[_k - 1]
    _t.extend(_v)
    for _m, _it, _s in _v:
        _tag = {"undo": "undo", "ask": "ambiguous"}.get(_it) or ("question-chat" if "?" in _m or "？" in _m or "吗" in _m else "ack-chat")
        if _tag not in [x.strip() for x in _c.split(",")]:
            _c += "," + _tag
    D[_k - 1] = (_c, _t)
