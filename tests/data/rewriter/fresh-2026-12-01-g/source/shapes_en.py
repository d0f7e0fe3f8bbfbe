EN = [
("en", "draw-default-size move colloquial-position", [
 ("red circle pls", "draw", "white | circle red large center"),
 ("shove it up to the top right corner", "edit", "white | circle red large top-right"),
]),
("en", "two-objects reference colour-change", [
 ("Could you draw a small blue square in the upper left and a big yellow star in the lower right?", "draw", "white | square blue small top-left | star yellow large bottom-right"),
 ("the star should be purple actually", "edit", "white | square blue small top-left | star purple large bottom-right"),
 ("perfect, thanks!", "chat", "="),
]),
("en", "background-anywhere undo", [
 ("green triangle, middle, on black", "draw", "black | triangle green large center"),
 ("background orange", "edit", "orange | triangle green large center"),
 ("nah go back", "undo", "<"),
]),
("en", "child add relative-position", [
 ("i want a big yelow star in the middle", "draw", "white | star yellow large center"),
 ("and a tiny red circle next to it on the left side", "edit", "white | star yellow large center | circle red small left"),
 ("and make the star purple cuz purple is my favrite", "edit", "white | star purple large center | circle red small left"),
]),
("en", "remove reference-by-colour", [
 ("Draw a large orange square at the top, a small green circle at the bottom left and a small blue triangle at the bottom right, white background.", "draw", "white | square orange large top | circle green small bottom-left | triangle blue small bottom-right"),
 ("Lose the green one.", "edit", "white | square orange large top | triangle blue small bottom-right"),
 ("Now shrink the square.", "edit", "white | square orange small top | triangle blue small bottom-right"),
]),
("en", "ambiguous ask", [
 ("two circles: a red one top-left, a blue one top-right, both small", "draw", "white | circle red small top-left | circle blue small top-right"),
 ("make the circle bigger", "ask", "="),
 ("the red one", "edit", "white | circle red large top-left | circle blue small top-right"),
]),
("en", "shape-change it-reference", [
 ("A purple star, please, on a yellow background.", "draw", "yellow | star purple large center"),
 ("Hmm, could it be a square instead?", "edit", "yellow | square purple large center"),
 ("Does a square look better than a star here, in your opinion?", "chat", "="),
]),
("en", "two-edits terse", [
 ("black square bottom small. bg white", "draw", "white | square black small bottom"),
 ("red, and center", "edit", "white | square red small center"),
]),
("en", "complaint-edit size-words", [
 ("huge blue circle in the centre on an orange background", "draw", "orange | circle blue large center"),
 ("ugh that's way too big, I wanted it tiny", "edit", "orange | circle blue small center"),
 ("ok better", "chat", "="),
]),
("en", "non-native add move", [
 ("Please draw for me one green star, it is small, it stay at left side.", "draw", "white | star green small left"),
 ("Also put one big red square to right side.", "edit", "white | star green small left | square red large right"),
 ("The star, move him to top-left please.", "edit", "white | star green small top-left | square red large right"),
]),
("en", "undo-after-edit two-edits", [
 ("a large white triangle in the middle on a blue background", "draw", "blue | triangle white large center"),
 ("make the triangle black and move it to the bottom", "edit", "blue | triangle black large bottom"),
 ("undo that", "undo", "<"),
 ("just make it black, leave it where it was", "edit", "blue | triangle black large center"),
]),
("en", "question-chat", [
 ("yellow circle on purple", "draw", "purple | circle yellow large center"),
 ("what shapes can you draw?", "chat", "="),
 ("cool, swap the circle for a star then", "edit", "purple | star yellow large center"),
]),
("en", "ambiguous-colour ask", [
 ("a red square on the left and a green circle on the right", "draw", "white | square red large left | circle green large right"),
 ("change the colour", "ask", "="),
 ("sorry - the square, make it orange", "edit", "white | square orange large left | circle green large right"),
]),
("en", "typo move", [
 ("smal blue triange top rigth", "draw", "white | triangle blue small top-right"),
 ("mvoe it to bottom lfet", "edit", "white | triangle blue small bottom-left"),
]),
("en", "art-director background-anywhere", [
 ("I need a single large black star dead centre. Background: yellow. No other elements.", "draw", "yellow | star black large center"),
 ("The yellow is too loud. Give me white behind it.", "edit", "white | star black large center"),
 ("Good. Now scale the star down.", "edit", "white | star black small center"),
]),
("en", "add remove", [
 ("orange circle top, small", "draw", "white | circle orange small top"),
 ("add a big purple square underneath it, in the middle", "edit", "white | circle orange small top | square purple large center"),
 ("actually get rid of the circle", "edit", "white | square purple large center"),
 ("wait no bring it back", "undo", "<"),
]),
("en", "attr-after-noun", [
 ("draw a star, colour green, size small, position bottom right, and a circle, colour red, size large, position top left", "draw", "white | star green small bottom-right | circle red large top-left"),
 ("circle: colour blue", "edit", "white | star green small bottom-right | circle blue large top-left"),
]),
("en", "ack-chat polite", [
 ("Hello! Would you mind drawing a small purple circle in the lower middle, please?", "draw", "white | circle purple small bottom"),
 ("That's lovely, thank you so much.", "chat", "="),
 ("Could I possibly have a green background?", "edit", "green | circle purple small bottom"),
]),
("en", "three-objects shape-change reference", [
 ("red triangle top left, yellow triangle top right, blue square bottom, all small, black bg", "draw", "black | triangle red small top-left | triangle yellow small top-right | square blue small bottom"),
 ("turn the yellow triangle into a circle", "edit", "black | triangle red small top-left | circle yellow small top-right | square blue small bottom"),
 ("and the square too", "edit", "black | triangle red small top-left | circle yellow small top-right | circle blue small bottom"),
]),
("en", "ambiguous-it ask", [
 ("a big green square on the left and a small orange star on the right", "draw", "white | square green large left | star orange small right"),
 ("put a red circle at the top", "edit", "white | square green large left | star orange small right | circle red large top"),
 ("make them all the same colour", "ask", "="),
]),
("en", "new-scene draw", [
 ("blue star, middle", "draw", "white | star blue large center"),
 ("ok forget that, start over: two small black squares, one top left one bottom right, on orange", "draw", "orange | square black small top-left | square black small bottom-right"),
]),
("en", "move relative-position", [
 ("A large red circle at the center and a small white square at the top, on a green background.", "draw", "green | circle red large center | square white small top"),
 ("Move the square one cell to the right.", "edit", "green | circle red large center | square white small top-right"),
 ("And the circle one down.", "edit", "green | circle red large bottom | square white small top-right"),
]),
("en", "phone lowercase size-words", [
 ("lil yellow triangle bottom middle", "draw", "white | triangle yellow small bottom"),
 ("make it chonky", "edit", "white | triangle yellow large bottom"),
 ("lol ty", "chat", "="),
]),
("en", "undo-chain complaint-edit", [
 ("purple square on white, top left, large", "draw", "white | square purple large top-left"),
 ("no no no, I said the top RIGHT", "edit", "white | square purple large top-right"),
 ("hmm, put it back where it was", "undo", "<"),
]),
("en", "swap-colours two-edits", [
 ("a red star on the left and a blue circle on the right, both large", "draw", "white | star red large left | circle blue large right"),
 ("swap their colours", "edit", "white | star blue large left | circle red large right"),
 ("and swap their places too", "edit", "white | star blue large right | circle red large left"),
]),
("en", "remove-last ask", [
 ("green circle", "draw", "white | circle green large center"),
 ("delete it", "ask", "="),
 ("I mean change it to a triangle, don't delete", "edit", "white | triangle green large center"),
]),
("en", "add-with-colour background-anywhere", [
 ("On a black background, a small orange circle in the top right.", "draw", "black | circle orange small top-right"),
 ("Add a white star bottom left, big.", "edit", "black | circle orange small top-right | star white large bottom-left"),
 ("And another star, yellow, small, top left.", "edit", "black | circle orange small top-right | star white large bottom-left | star yellow small top-left"),
]),
("en", "question-chat meta", [
 ("small red square right side", "draw", "white | square red small right"),
 ("why is the background white? I didn't pick one", "chat", "="),
 ("ok make it yellow then", "edit", "yellow | square red small right"),
]),
("en", "description-reference size", [
 ("large blue triangle top, small blue circle bottom, white bg", "draw", "white | triangle blue large top | circle blue small bottom"),
 ("make the small one large", "edit", "white | triangle blue large top | circle blue large bottom"),
 ("make the blue ones... hmm, make the one on top green", "edit", "white | triangle green large top | circle blue large bottom"),
]),
("en", "undo-after-add", [
 ("orange star center on purple", "draw", "purple | star orange large center"),
 ("add a green square top left, small", "edit", "purple | star orange large center | square green small top-left"),
 ("undo", "undo", "<"),
 ("thanks, that's what I wanted", "chat", "="),
]),
("en", "hurried-designer multi-edit", [
 ("3 shapes: red circle TL, yellow square T, blue star TR, all small, white bg", "draw", "white | circle red small top-left | square yellow small top | star blue small top-right"),
 ("move all of them down to the bottom row, same order", "edit", "white | circle red small bottom-left | square yellow small bottom | star blue small bottom-right"),
]),
("en", "conflict ask", [
 ("a small red triangle in the centre on a yellow background", "draw", "yellow | triangle red small center"),
 ("change the background to red", "ask", "="),
 ("ok then make the background green", "edit", "green | triangle red small center"),
]),
("en", "enlarge move", [
 ("tiny black circle bottom right corner pls", "draw", "white | circle black small bottom-right"),
 ("bigger and in the middle", "edit", "white | circle black large center"),
]),
("en", "vague ask", [
 ("a purple square on the left and a yellow circle on the right", "draw", "white | square purple large left | circle yellow large right"),
 ("make it look nicer", "ask", "="),
 ("fine, make the circle small", "edit", "white | square purple large left | circle yellow small right"),
]),
("en", "shape-change colour-change it-reference", [
 ("Can I get a big green star in the upper middle?", "draw", "white | star green large top"),
 ("Change it to a red square.", "edit", "white | square red large top"),
 ("Hmm, the star was better. Go back.", "undo", "<"),
]),
("en", "remove-by-position", [
 ("white circle top left, white square top right, white star bottom, all large, blue background", "draw", "blue | circle white large top-left | square white large top-right | star white large bottom"),
 ("remove the one at the top right", "edit", "blue | circle white large top-left | star white large bottom"),
 ("now make the bottom one orange", "edit", "blue | circle white large top-left | star orange large bottom"),
]),
("en", "ordinal-reference", [
 ("first a red square on the left, then a green triangle on the right", "draw", "white | square red large left | triangle green large right"),
 ("make the second one small", "edit", "white | square red large left | triangle green small right"),
 ("and the first one blue", "edit", "white | square blue large left | triangle green small right"),
]),
("en", "no-op-request chat", [
 ("a large yellow circle on a black background", "draw", "black | circle yellow large center"),
 ("is it in the middle?", "chat", "="),
 ("great, now add a small white star in the top right", "edit", "black | circle yellow large center | star white small top-right"),
]),
("en", "negation-edit", [
 ("a small green square in the top left and a small red circle in the bottom right", "draw", "white | square green small top-left | circle red small bottom-right"),
 ("the square shouldn't be green, make it orange", "edit", "white | square orange small top-left | circle red small bottom-right"),
 ("and not small either", "edit", "white | square orange large top-left | circle red small bottom-right"),
]),
("en", "move-to-occupied ask", [
 ("a blue circle at the center and a yellow star on the right, both small", "draw", "white | circle blue small center | star yellow small right"),
 ("move the circle to the right", "ask", "="),
 ("ok swap them instead", "edit", "white | circle blue small right | star yellow small center"),
]),
]
