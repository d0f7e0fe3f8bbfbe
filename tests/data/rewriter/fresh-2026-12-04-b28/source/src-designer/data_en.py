# English designer dialogues. Each dialogue: list of (message, intent, must_contain, must_not_contain)
EN = [
# 1 packaging, colour edit + undo
[("Could you draw a matte black coffee bag with a kraft paper label, standing on a light oak table, soft window light from the left, minimal product shot", "draw",
  ["matte black coffee bag", "kraft paper label", "light oak table"], ["could you draw"]),
 ("make the bag forest green", "edit", ["matte forest green coffee bag", "kraft paper label", "light oak table"], ["matte black coffee bag"]),
 ("hmm no, go back", "undo", ["matte black coffee bag", "kraft paper label"], ["forest green"])],
# 2 hero image, add prop, chat
[("hero image for a meditation app: a woman sitting cross-legged on a cliff above a misty valley at sunrise, pastel sky, lots of negative space on the right for text", "draw",
  ["misty valley", "pastel sky", "negative space"], []),
 ("add a small tea cup next to her", "edit", ["small tea cup", "misty valley", "pastel sky"], []),
 ("nice. is the sky gradient ok for white text on top?", "chat", ["small tea cup", "pastel sky", "misty valley"], [])],
# 3 book cover, text on sign
[("book cover, fantasy novel. a lone lighthouse on a black rock in a stormy sea, a sign on the door that says 'KEEPER WANTED', dramatic teal and orange colour grading", "draw",
  ["lone lighthouse", "stormy sea", "keeper wanted"], []),
 ("change the sign to say 'NO RETURN'", "edit", ["no return", "lone lighthouse", "stormy sea"], ["keeper wanted"]),
 ("actually the first text was better", "undo", ["keeper wanted", "lone lighthouse"], ["no return"])],
# 4 terse regular, food
[("ramen bowl, top down, soft boiled egg, chashu, scallions, dark slate background", "draw",
  ["ramen bowl", "soft boiled egg", "dark slate background"], []),
 ("lose the scallions", "edit", ["ramen bowl", "soft boiled egg", "dark slate background"], ["scallions"]),
 ("slate -> white marble", "edit", ["white marble", "ramen bowl", "soft boiled egg"], ["slate"])],
# 5 fashion lookbook, material
[("fashion lookbook photo, a model in an oversized camel wool coat and white sneakers walking across a zebra crossing in Tokyo, overcast daylight, 35mm film look", "draw",
  ["camel wool coat", "white sneakers", "zebra crossing", "35mm film look"], []),
 ("coat in leather instead of wool", "edit", ["camel leather coat", "white sneakers", "zebra crossing"], ["camel wool coat"]),
 ("and the sneakers black pls", "edit", ["black sneakers", "camel leather coat", "zebra crossing"], ["white sneakers"])],
# 6 child, children's book
[("draw a purple dragon eating a big birthday cake in a garden", "draw",
  ["purple dragon", "birthday cake", "in a garden"], ["draw a purple"]),
 ("can the dragon be green", "edit", ["green dragon", "birthday cake", "in a garden"], ["purple dragon"]),
 ("why does he have only three fingers", "chat", ["green dragon", "birthday cake"], [])],
# 7 interior, ambiguous
[("Scandinavian living room, white walls, a grey linen sofa, a round walnut coffee table, two potted fiddle leaf figs, afternoon sun through tall windows", "draw",
  ["grey linen sofa", "round walnut coffee table", "fiddle leaf figs"], []),
 ("make it darker", "ask", ["grey linen sofa", "white walls", "round walnut coffee table"], []),
 ("I mean the walls, dark green walls", "edit", ["dark green walls", "grey linen sofa", "round walnut coffee table"], ["white walls"])],
# 8 game concept art, swap subject
[("game concept art, a rusty mech standing in a flooded city street at dusk, neon signs reflecting in the water, heavy rain", "draw",
  ["rusty mech", "flooded city street", "neon signs"], []),
 ("swap the mech for a giant robot snail", "edit", ["giant robot snail", "flooded city street", "neon signs"], ["rusty mech"]),
 ("lol perfect", "chat", ["giant robot snail", "neon signs"], [])],
# 9 logo, polite
[("Hello! Could you please make a flat vector logo of a fox head made of simple geometric shapes, orange and white, on a dark navy background? Thank you!", "draw",
  ["flat vector logo", "fox head", "geometric shapes", "dark navy background"], ["could you please"]),
 ("Thanks, could the background be cream instead of navy please?", "edit", ["cream background", "fox head", "flat vector logo"], ["dark navy background"])],
# 10 typo phone user
[("a cozy cabin in snowy forrest at nigth, warm light in the windows, smoke from chimney", "draw",
  ["cozy cabin", "warm light", "smoke from chimney"], []),
 ("add a deer in frnt of the cabin", "edit", ["a deer", "cozy cabin", "warm light"], []),
 ("undo that", "undo", ["cozy cabin", "warm light"], ["deer"])],
# 11 ad, camera angle
[("ad for running shoes: a neon yellow running shoe splashing through a puddle, low angle close-up, frozen water droplets, black studio background", "draw",
  ["neon yellow running shoe", "low angle close-up", "water droplets"], []),
 ("hmm, try a top-down view instead of the low angle", "edit", ["neon yellow running shoe", "water droplets", "black studio background"], ["low angle"]),
 ("what lens would that be in real life?", "chat", ["neon yellow running shoe", "water droplets"], [])],
# 12 architecture, new draw
[("modern concrete villa on a hillside with a cantilevered infinity pool, olive trees, mediterranean sea in the distance, golden hour", "draw",
  ["concrete villa", "infinity pool", "olive trees"], []),
 ("ok new one: a tiny wooden tea house in a bamboo forest, morning fog", "draw",
  ["wooden tea house", "bamboo forest", "morning fog"], ["concrete villa", "infinity pool"]),
 ("make the fog thicker", "edit", ["wooden tea house", "bamboo forest"], ["concrete villa"])],
# 13 photography brief, long
[("Photography brief: portrait of an elderly fisherman with a white beard, wearing a yellow raincoat, holding a coiled rope, on a wooden pier, shallow depth of field, overcast sky, muted colours, shot on medium format, serious expression, looking slightly off camera", "draw",
  ["elderly fisherman", "white beard", "yellow raincoat", "wooden pier", "coiled rope"], []),
 ("raincoat red", "edit", ["red raincoat", "white beard", "wooden pier"], ["yellow raincoat"]),
 ("and make him smile a bit", "edit", ["red raincoat", "elderly fisherman", "wooden pier"], ["serious expression"]),
 ("no keep him serious, undo the smile", "undo", ["serious expression", "red raincoat"], ["yellow raincoat"])],
# 14 menu food, reaction remove
[("menu photo: a stack of three fluffy pancakes with blueberries and maple syrup, a mint sprig, a ceramic cup of coffee in the back, bright morning light", "draw",
  ["fluffy pancakes", "maple syrup", "ceramic cup of coffee"], []),
 ("the cup looks weird, lose it", "edit", ["fluffy pancakes", "maple syrup", "mint sprig"], ["cup of coffee"])],
# 15 non-native speaker
[("please make picture of one cat orange sleeping on the piano black, room is old style", "draw",
  ["one cat orange", "sleeping on the piano", "old style"], ["please make picture"]),
 ("cat should be more white, not orange", "edit", ["sleeping on the piano", "old style"], ["cat orange"]),
 ("is good now thank you", "chat", ["sleeping on the piano", "old style"], [])],
# 16 poster, mood
[("concert poster, a saxophone player silhouette under a single spotlight, smoky jazz club, deep blue and gold, text 'MIDNIGHT SESSIONS' at the top", "draw",
  ["saxophone player silhouette", "smoky jazz club", "midnight sessions"], []),
 ("change MIDNIGHT SESSIONS to LATE NIGHT JAZZ", "edit", ["late night jazz", "saxophone player silhouette", "smoky jazz club"], ["midnight sessions"]),
 ("deep blue and gold -> deep red and gold", "edit", ["deep red and gold", "late night jazz", "smoky jazz club"], ["deep blue"])],
# 17 ambiguous two objects
[("still life: a red apple and a green pear on a linen tablecloth next to a glass jug, painterly, soft north light", "draw",
  ["red apple", "green pear", "linen tablecloth", "glass jug"], []),
 ("make the fruit yellow", "ask", ["red apple", "green pear", "glass jug"], []),
 ("just the pear", "edit", ["yellow pear", "red apple", "glass jug"], ["green pear"])],
# 18 move
[("product shot, a white ceramic vase with dried pampas grass on the left side of a beige pedestal, a brass candle holder on the right, terracotta backdrop", "draw",
  ["white ceramic vase", "dried pampas grass", "brass candle holder", "terracotta backdrop"], []),
 ("swap their places, vase on the right, candle holder left", "edit", ["white ceramic vase", "brass candle holder", "terracotta backdrop"], []),
 ("what's pampas grass exactly?", "chat", ["white ceramic vase", "brass candle holder"], [])],
# 19 hurried designer, bigger
[("app splash: cute astronaut floating with a balloon shaped like a planet, pastel purple space, small stars", "draw",
  ["cute astronaut", "pastel purple space", "small stars"], []),
 ("balloon bigger", "edit", ["cute astronaut", "pastel purple space"], []),
 ("purple->mint", "edit", ["pastel mint space", "cute astronaut"], ["pastel purple"])],
# 20 correction mid-message
[("a red double decker bus on a london street in the rain, people with umbrellas", "draw",
  ["red double decker bus", "london street", "with umbrellas"], []),
 ("make the umbrellas yellow, no wait, transparent", "edit", ["transparent umbrellas", "red double decker bus", "london street"], ["yellow umbrellas"])],
# 21 question about picture then edit
[("watercolor illustration of a hedgehog reading a book under a mushroom, autumn leaves around, soft warm palette", "draw",
  ["watercolor illustration", "hedgehog reading a book", "autumn leaves"], []),
 ("what book is he reading?", "chat", ["hedgehog reading a book", "autumn leaves"], []),
 ("give him little round glasses", "edit", ["round glasses", "hedgehog reading a book", "autumn leaves"], [])],
# 22 perfect, now night
[("street food stall in bangkok, vendor grilling satay, smoke, colourful plastic stools, late afternoon", "draw",
  ["street food stall", "grilling satay", "plastic stools"], []),
 ("perfect, now a version at night", "edit", ["street food stall", "grilling satay", "plastic stools"], ["late afternoon"])],
# 23 ambiguous "it"
[("a golden retriever puppy on a blue knitted blanket by the fireplace, a wicker basket of pinecones beside it", "draw",
  ["golden retriever puppy", "blue knitted blanket", "wicker basket of pinecones"], []),
 ("make it red", "ask", ["blue knitted blanket", "golden retriever puppy"], ["red knitted blanket"]),
 ("the blanket", "edit", ["red knitted blanket", "golden retriever puppy", "wicker basket"], ["blue knitted blanket"])],
# 24 lighting
[("perfume bottle, faceted glass, rose gold cap, on wet black stone, harsh top light, water drops", "draw",
  ["faceted glass", "rose gold cap", "wet black stone"], []),
 ("softer light pls, its too harsh", "edit", ["faceted glass", "rose gold cap", "wet black stone"], ["harsh top light"]),
 ("too dark now", "edit", ["rose gold cap", "wet black stone"], ["harsh top light"])],
# 25 art director opinions, long
[("I want a billboard: a glass of iced lemonade with mint leaves, condensation on the glass, a slice of lemon on the rim, against a saturated sky blue background, hard shadows, summer vibe, leave the top third empty for the headline", "draw",
  ["iced lemonade", "mint leaves", "sky blue background", "hard shadows"], []),
 ("swap the lemon for lime", "edit", ["slice of lime", "iced lemonade", "mint leaves"], ["slice of lemon"]),
 ("hard shadows are too much, remove them", "edit", ["slice of lime", "iced lemonade", "sky blue background"], ["hard shadows"]),
 ("no, bring the shadows back", "undo", ["hard shadows", "slice of lime", "iced lemonade"], [])],
# 26 short first prompt
[("owl logo, line art, single weight stroke, for an indie bookshop", "draw", ["owl logo", "line art"], []),
 ("add a crescent moon behind the owl", "edit", ["crescent moon", "owl logo", "line art"], [])],
# 27 undo then different edit
[("a knight in silver armor riding a white horse through a field of sunflowers", "draw",
  ["silver armor", "white horse", "field of sunflowers"], []),
 ("horse black", "edit", ["black horse", "silver armor", "field of sunflowers"], ["white horse"]),
 ("undo", "undo", ["white horse", "silver armor"], ["black horse"]),
 ("make the armor gold instead", "edit", ["gold armor", "white horse", "field of sunflowers"], ["silver armor"])],
# 28 smaller
[("a huge hot air balloon with red and white stripes over cappadocia at dawn, fairy chimneys below", "draw",
  ["hot air balloon", "red and white stripes", "fairy chimneys"], []),
 ("balloon should be smaller, far away", "edit", ["hot air balloon", "red and white stripes", "fairy chimneys"], ["huge hot air balloon"])],
# 29 ask vague
[("website header, abstract flowing gradient waves in coral and lavender, glossy 3d look", "draw",
  ["gradient waves", "coral and lavender", "glossy 3d look"], []),
 ("can you change it", "ask", ["coral and lavender", "gradient waves"], []),
 ("the colours, coral and lavender to teal and lime", "edit", ["teal and lime", "gradient waves", "glossy 3d look"], ["coral and lavender"])],
# 30 children's book, add then remove
[("children's book page, a little girl in a yellow raincoat jumping into a puddle, a small brown dog next to her, rainy village street", "draw",
  ["yellow raincoat", "small brown dog", "rainy village street"], []),
 ("add a rainbow in the sky", "edit", ["rainbow in the sky", "yellow raincoat", "small brown dog"], []),
 ("take the dog out", "edit", ["rainbow in the sky", "yellow raincoat", "rainy village street"], ["small brown dog"])],
# 31 phone, caps
[("SNEAKER on floating platform, vaporwave, pink and cyan grid floor, palm trees", "draw",
  ["floating platform", "cyan grid floor", "palm trees"], []),
 ("no palm trees", "edit", ["floating platform", "cyan grid floor"], ["palm trees"]),
 ("how many colours is that", "chat", ["floating platform", "cyan grid floor"], ["palm trees"])],
# 32 texture / material
[("a minimalist chair made of bent plywood in a white gallery space, one soft shadow", "draw",
  ["bent plywood", "white gallery space", "soft shadow"], []),
 ("same chair but in brushed aluminium", "edit", ["brushed aluminium", "white gallery space", "soft shadow"], ["bent plywood"])],
# 33 refer back earlier turn
[("a vintage red convertible parked by a beach diner, 1950s style, sunny", "draw",
  ["vintage red convertible", "beach diner", "1950s style"], []),
 ("make the car mint green", "edit", ["vintage mint green convertible", "beach diner"], ["red convertible"]),
 ("hmm make it baby blue", "edit", ["vintage baby blue convertible", "beach diner"], ["mint green"]),
 ("nah the first colour was better", "edit", ["vintage red convertible", "beach diner", "1950s style"], ["baby blue"])],
# 34 chat greeting then draw
[("hi, what kind of things can you draw?", "chat", [], []),
 ("ok try a bowl of pho with fresh basil and lime wedges on a wooden table", "draw",
  ["bowl of pho", "fresh basil", "lime wedges"], ["ok try"])],
# 35 ambiguous remove
[("cafe interior with two hanging pendant lamps, a marble counter, a neon sign that says 'OPEN LATE', and a potted monstera", "draw",
  ["pendant lamps", "marble counter", "potted monstera"], []),
 ("remove the lamp", "ask", ["pendant lamps", "marble counter"], []),
 ("never mind, change the neon sign to say 'SORRY CLOSED'", "edit", ["sorry closed", "marble counter", "potted monstera"], ["open late"])],
# 36 camera + mood
[("wide shot of a lone hiker on a ridge, snowy peaks, clear blue sky, cheerful mood", "draw",
  ["lone hiker", "snowy peaks", "clear blue sky"], []),
 ("make it moody, like a storm is coming", "edit", ["lone hiker", "snowy peaks"], ["clear blue sky", "cheerful mood"]),
 ("closer shot of the hiker", "edit", ["lone hiker", "snowy peaks"], ["wide shot"])],
]
