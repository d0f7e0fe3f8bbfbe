EN = [
("move reference ack-chat", [
    ("a big red circle in the middle", "draw", "white | circle red L c"),
    ("move it to the top right", "edit", "@c pos=tr"),
    ("nice", "chat", None)]),
("size-words undo background-anywhere", [
    ("draw a small blue star on a yellow background", "draw", "yellow | star blue S c"),
    ("make it bigger pls", "edit", "@c size=L"),
    ("hmm no, undo", "undo", None)]),
("long-first shape-change question-chat", [
    ("I'd like a black background with three things: a large white square at the top left, a small orange triangle right in the center, and a large purple circle down in the bottom right corner.", "draw",
     "black | square white L tl | triangle orange S c | circle purple L br"),
    ("swap the triangle for a star, same colour", "edit", "@c shape=star"),
    ("and the square should be green", "edit", "@tl color=green"),
    ("what's in the bottom right?", "chat", None)]),
("typo size-words ack-chat", [
    ("gren triangle top left and a red sqaure bottom rigth", "draw", "white | triangle green L tl | square red L br"),
    ("make teh square smal", "edit", "@br size=S"),
    ("thx", "chat", None)]),
("child background add relative-position", [
    ("can u draw a star its yellow and BIG", "draw", "white | star yellow L c"),
    ("now make the backround blue like the sky", "edit", "bg=blue"),
    ("put a little white circle next to it on the left side", "edit", "+ circle white S l"),
    ("yayyy", "chat", None)]),
("ambiguous clarification size-words", [
    ("two circles: a red one top-left and a blue one bottom-right, white bg", "draw", "white | circle red L tl | circle blue L br"),
    ("make the circle smaller", "ask", None),
    ("the red one", "edit", "@tl size=S")]),
("terse background size-words undo", [
    ("purple square, center", "draw", "white | square purple L c"),
    ("orange bg", "edit", "bg=orange"),
    ("smaller", "edit", "@c size=S"),
    ("undo", "undo", None)]),
("complaint-edit remove add reference", [
    ("a large black triangle at the bottom and a small red circle at the top, on white", "draw", "white | triangle black L b | circle red S t"),
    ("the triangle looks way too heavy, lose it", "edit", "- b"),
    ("put a yellow star where the triangle used to be", "edit", "+ star yellow L b")]),
("reference earlier-colour colour-change", [
    ("green circle in the centre", "draw", "white | circle green L c"),
    ("make it blue", "edit", "@c color=blue"),
    ("no, orange", "edit", "@c color=orange"),
    ("ugh the first colour was better", "edit", "@c color=green")]),
("question-chat size-words", [
    ("a white star at the top left and a black square at the bottom right on a purple background", "draw", "purple | star white L tl | square black L br"),
    ("which one is bigger?", "chat", None),
    ("make the star small", "edit", "@tl size=S"),
    ("ok how many shapes are there now?", "chat", None)]),
("new-scene ack-chat", [
    ("red triangle on the left, blue triangle on the right", "draw", "white | triangle red L l | triangle blue L r"),
    ("ok scrap that. start over: one big yellow circle on black", "draw", "black | circle yellow L c"),
    ("perfect", "chat", None)]),
("self-correction add", [
    ("put a green square top right \u2014 no wait, top left", "draw", "white | square green L tl"),
    ("and a small red star at the bottom... right. bottom right", "edit", "+ star red S br")]),
("polite wrapper move ack-chat", [
    ("Hello! Could you please draw a small orange circle in the upper right corner, on a blue background? Thank you so much.", "draw", "blue | circle orange S tr"),
    ("Lovely. Would you mind moving it down to the lower left?", "edit", "@tr pos=bl"),
    ("Thank you, that's exactly what I wanted.", "chat", None)]),
("two-edits background undo", [
    ("big blue square middle", "draw", "white | square blue L c"),
    ("make it red and shove it left", "edit", "@c color=red pos=l"),
    ("also turn the bg yellow", "edit", "bg=yellow"),
    ("go back one step", "undo", None)]),
("attr-after-noun shape-change emoji-chat", [
    ("a circle, green, small, bottom left corner; and a triangle, purple, large, top right", "draw", "white | circle green S bl | triangle purple L tr"),
    ("triangle -> square", "edit", "@tr shape=square"),
    ("\U0001F44D", "chat", None)]),
("relative-position add", [
    ("yellow star in the middle", "draw", "white | star yellow L c"),
    ("put a red circle right above it", "edit", "+ circle red L t"),
    ("and a blue square under the star, a small one", "edit", "+ square blue S b")]),
("ambiguous clarification colour-change", [
    ("an orange triangle in the middle", "draw", "white | triangle orange L c"),
    ("change the colour", "ask", None),
    ("to purple i mean", "edit", "@c color=purple")]),
("non-native colour-change move", [
    ("please make picture with one black circle, big, on the middle, background is white", "draw", "white | circle black L c"),
    ("circle color change to green please", "edit", "@c color=green"),
    ("and it put to right side", "edit", "@c pos=r")]),
("conflict background ask", [
    ("red square on a white background", "draw", "white | square red L c"),
    ("make the background red", "ask", None),
    ("oh right lol. black then", "edit", "bg=black")]),
("typo phone size-words colour-change", [
    ("blu circle top left n a small yelow star bottom right", "draw", "white | circle blue L tl | star yellow S br"),
    ("star biger", "edit", "@br size=L"),
    ("k now circel red", "edit", "@tl color=red")]),
("remove undo-phrase", [
    ("three shapes: green circle top, black square center, orange star bottom. white background", "draw", "white | circle green L t | square black L c | star orange L b"),
    ("remove the middle one", "edit", "- c"),
    ("actually put it back", "undo", None)]),
("colloquial-position size-words add", [
    ("a tiny purple triangle way up in the corner, top right", "draw", "white | triangle purple S tr"),
    ("now stick a big black circle smack in the middle", "edit", "+ circle black L c"),
    ("lol good", "chat", None)]),
("shape-change reference two-edits", [
    ("a large star in red on a green background", "draw", "green | star red L c"),
    ("Can it be a triangle instead?", "edit", "@c shape=triangle"),
    ("nah, star again but yellow this time", "edit", "@c shape=star color=yellow")]),
("question-chat move", [
    ("a blue square", "draw", "white | square blue L c"),
    ("is it centered?", "chat", None),
    ("put it top-left", "edit", "@c pos=tl")]),
("add undo", [
    ("white circle on black, at the top", "draw", "black | circle white L t"),
    ("add a small red triangle bottom left", "edit", "+ triangle red S bl"),
    ("add an orange square bottom right", "edit", "+ square orange L br"),
    ("undo that last one", "undo", None)]),
("size-words swap two-edits", [
    ("a huge green star in the center and a tiny blue circle top left", "draw", "white | star green L c | circle blue S tl"),
    ("swap their sizes", "edit", "@c size=S; @tl size=L"),
    ("great", "chat", None)]),
("background-anywhere undo", [
    ("on yellow, please draw a black triangle on the right and a red circle on the left", "draw", "yellow | triangle black L r | circle red L l"),
    ("background -> white", "edit", "bg=white"),
    ("nope, revert", "undo", None)]),
("it-reference shape-change size-words", [
    ("small orange square, bottom", "draw", "white | square orange S b"),
    ("turn it into a circle", "edit", "@b shape=circle"),
    ("and make it big", "edit", "@b size=L")]),
("art-director complaint-edit move ack-chat", [
    ("Center a large blue circle on white. Top-left, a small yellow star. Nothing else.", "draw", "white | circle blue L c | star yellow S tl"),
    ("The star is fighting the circle. Make it purple.", "edit", "@tl color=purple"),
    ("Better. Now push the circle to the right.", "edit", "@c pos=r"),
    ("Good. Leave it.", "chat", None)]),
("ambiguous vague clarification", [
    ("red triangle in the middle on blue", "draw", "blue | triangle red L c"),
    ("make it nicer", "ask", None),
    ("idk... make the triangle green?", "edit", "@c color=green")]),
("version-edit background shape-change", [
    ("a yellow circle on the left and a purple square on the right", "draw", "white | circle yellow L l | square purple L r"),
    ("perfect, now a version on a black background", "edit", "bg=black"),
    ("and the square a star", "edit", "@r shape=star")]),
("relative-move ack-chat", [
    ("green triangle, center, small", "draw", "white | triangle green S c"),
    ("move it up", "edit", "@c pos=t"),
    ("more to the left", "edit", "@t pos=tl"),
    ("ok that's good", "chat", None)]),
("ambiguous remove clarification", [
    ("blue star top left, blue circle top right, red square at the bottom", "draw", "white | star blue L tl | circle blue L tr | square red L b"),
    ("remove the blue one", "ask", None),
    ("the circle", "edit", "- tr")]),
("capability-question shape-change", [
    ("black circle in the middle", "draw", "white | circle black L c"),
    ("can you do hexagons?", "chat", None),
    ("ok then a star instead", "edit", "@c shape=star")]),
("new-scene undo", [
    ("red circle top left, green square bottom right", "draw", "white | circle red L tl | square green L br"),
    ("new picture: a single white triangle on purple", "draw", "purple | triangle white L c"),
    ("wait no bring back the previous one", "undo", None)]),
("shouting colour-change size-words", [
    ("DRAW A BIG ORANGE STAR", "draw", "white | star orange L c"),
    ("NOW MAKE IT PURPLE", "edit", "@c color=purple"),
    ("AND SMALL", "edit", "@c size=S")]),
("reference like-before colour-change", [
    ("a red square top left and a blue circle bottom right", "draw", "white | square red L tl | circle blue L br"),
    ("make the square yellow", "edit", "@tl color=yellow"),
    ("circle yellow too", "edit", "@br color=yellow"),
    ("actually square back to red like before", "edit", "@tl color=red")]),
("emoji shorthand add ack-chat", [
    ("yellow \u2b50 on black, top right", "draw", "black | star yellow L tr"),
    ("+ small red circle bottom left", "edit", "+ circle red S bl"),
    ("ty", "chat", None)]),
("swap-positions attr-after-noun background-first", [
    ("The background should be green. On it, a white square in the lower middle and a black star at the upper middle, both small.", "draw", "green | square white S b | star black S t"),
    ("flip them", "edit", "@b pos=t; @t pos=b"),
    ("nice, thanks", "chat", None)]),
("over-capacity ask remove add", [
    ("circle red top-left, square blue top-right, triangle green bottom, white background", "draw", "white | circle red L tl | square blue L tr | triangle green L b"),
    ("add a yellow star in the center", "ask", None),
    ("ok drop the triangle and put the star in the center", "edit", "- b; + star yellow L c")]),
("question-chat that-reference background", [
    ("a purple circle on an orange background", "draw", "orange | circle purple L c"),
    ("what colour is the background again?", "chat", None),
    ("make that white", "edit", "bg=white")]),
("size-words move", [
    ("Make me something simple: a black square, big, dead center.", "draw", "white | square black L c"),
    ("shrink it", "edit", "@c size=S"),
    ("move it to the bottom right corner", "edit", "@c pos=br")]),
("same-shape reference undo", [
    ("I want a red star at the left and a red star at the right on a blue background", "draw", "blue | star red L l | star red L r"),
    ("make the left star yellow", "edit", "@l color=yellow"),
    ("and the other one green", "edit", "@r color=green"),
    ("undo", "undo", None)]),
("add remove size-reference", [
    ("small white circle in the top left corner on black", "draw", "black | circle white S tl"),
    ("add a big white circle in the bottom right", "edit", "+ circle white L br"),
    ("delete the small one", "edit", "- tl"),
    ("cool", "chat", None)]),
("complaint-edit size-words background", [
    ("draw a triangle thats orange in the middle pls", "draw", "white | triangle orange L c"),
    ("ummm its kinda huge, make it smaller", "edit", "@c size=S"),
    ("background purple", "edit", "bg=purple")]),
("both-reference colour-change move", [
    ("yellow circle left, yellow square right, on purple", "draw", "purple | circle yellow L l | square yellow L r"),
    ("make them both red", "edit", "@l color=red; @r color=red"),
    ("the circle should go up top", "edit", "@l pos=t")]),
("question-chat shape-change", [
    ("a blue triangle at the top and nothing else, white bg", "draw", "white | triangle blue L t"),
    ("hm can you tell me what you drew?", "chat", None),
    ("ok make it a square", "edit", "@t shape=square")]),
("remove move size-words ack-chat", [
    ("green star, bottom left, small; green star, top right, big; background black", "draw", "black | star green S bl | star green L tr"),
    ("remove the big star", "edit", "- tr"),
    ("move the other to center", "edit", "@bl pos=c"),
    ("now make it large", "edit", "@c size=L"),
    ("perfect, that's it", "chat", None)]),
("add undo size-words", [
    ("white bg, red triangle top-left", "draw", "white | triangle red L tl"),
    ("add a blue triangle at the right", "edit", "+ triangle blue L r"),
    ("nah, undo that", "undo", None),
    ("and make the red one smaller", "edit", "@tl size=S")]),
("ambiguous underspecified-add clarification", [
    ("a large orange circle in the centre of a white canvas", "draw", "white | circle orange L c"),
    ("add a star", "ask", None),
    ("a black one, top left, small", "edit", "+ star black S tl")]),
]
