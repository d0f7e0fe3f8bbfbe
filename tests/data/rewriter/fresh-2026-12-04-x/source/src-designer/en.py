# English dialogues, hand-written. Each dialogue: list of (message, intent, must_contain, must_not_contain)
D = []
def d(*turns): D.append(list(turns))

d(("Product shot of a matte black coffee bag with a kraft paper label, standing on a light oak table, soft window light from the left, a few roasted beans scattered in front", "draw",
   ["matte black coffee bag", "kraft paper label", "light oak table"], []),
  ("beans look messy, lose them", "edit", ["matte black coffee bag", "light oak table", "soft window light"], ["roasted beans"]),
  ("can u make the bag matte green instead", "edit", ["matte green coffee bag", "kraft paper label", "light oak table"], ["matte black coffee bag"]))

d(("A book cover for a cozy mystery novel: a ginger cat sitting on a stack of old books in a cluttered bookshop, rain on the window, space for the title at the top", "draw",
   ["ginger cat", "stack of old books", "cluttered bookshop", "rain on the window"], []),
  ("what font would go with this?", "chat", ["ginger cat", "cluttered bookshop"], []),
  ("swap the ginger cat for a black cat", "edit", ["black cat", "stack of old books", "rain on the window"], ["ginger cat"]))

d(("hero image for a meditation app, a woman sitting cross-legged on a cliff above a misty valley at sunrise, pastel palette, lots of negative space on the right", "draw",
   ["sitting cross-legged", "misty valley at sunrise", "pastel palette"], []),
  ("change sunrise to dusk", "edit", ["misty valley at dusk", "pastel palette", "sitting cross-legged"], ["sunrise"]),
  ("no go back, sunrise was better", "undo", ["misty valley at sunrise", "pastel palette"], ["dusk"]))

d(("Fashion lookbook photo, a tall model in an oversized camel wool coat and white sneakers, walking across a zebra crossing in Tokyo, overcast day, 35mm film look", "draw",
   ["oversized camel wool coat", "white sneakers", "zebra crossing in Tokyo", "35mm film look"], []),
  ("coat in charcoal pls", "edit", ["oversized charcoal wool coat", "white sneakers", "zebra crossing"], ["camel wool coat"]),
  ("and sneakers -> black leather boots", "edit", ["black leather boots", "oversized charcoal wool coat", "35mm film look"], ["white sneakers"]),
  ("love it", "chat", ["black leather boots", "oversized charcoal wool coat"], ["white sneakers"]))

d(("living room interior, scandinavian style, light grey sofa, a round walnut coffee table, a big monstera plant in the corner, large windows, afternoon sun", "draw",
   ["scandinavian style", "light grey sofa", "round walnut coffee table", "monstera plant"], []),
  ("make that one green", "ask", ["light grey sofa", "round walnut coffee table", "afternoon sun"], []),
  ("sorry, the sofa i mean. dark green velvet", "edit", ["dark green velvet sofa", "round walnut coffee table", "monstera plant"], ["light grey sofa"]))

d(("overhead shot of a bowl of ramen with a soft boiled egg, sliced chashu pork and spring onions, dark slate background, steam rising", "draw",
   ["bowl of ramen", "soft boiled egg", "sliced chashu pork", "dark slate background"], []),
  ("add chopsticks resting on the bowl", "edit", ["chopsticks resting on", "soft boiled egg", "dark slate background"], []),
  ("is the egg supposed to be runny in this one?", "chat", ["soft boiled egg", "chopsticks resting on"], []))

d(("a children's book illustration of a little fox in a yellow raincoat jumping in puddles, watercolor, soft edges", "draw",
   ["little fox", "yellow raincoat", "jumping in puddles"], []),
  ("raincoat should be red like in chapter one", "edit", ["red raincoat", "little fox", "jumping in puddles"], ["yellow raincoat"]),
  ("actually the yellow was nicer, go back", "undo", ["yellow raincoat", "little fox"], ["red raincoat"]))

d(("minimal logo of a mountain and a rising sun inside a circle, flat vector, two colours navy and orange", "draw",
   ["rising sun", "inside a circle", "flat vector", "navy and orange"], []),
  ("replace the sun with a crescent moon", "edit", ["crescent moon", "inside a circle", "flat vector"], ["rising sun"]),
  ("navy and orange -> navy and gold", "edit", ["navy and gold", "crescent moon", "flat vector"], ["navy and orange"]))

d(("Game concept art: an abandoned space station overgrown with glowing blue moss, a lone astronaut holding a lantern, wide angle, cinematic", "draw",
   ["abandoned space station", "glowing blue moss", "lone astronaut"], []),
  ("moss glowing pink insted", "edit", ["glowing pink moss", "lone astronaut", "abandoned space station"], ["glowing blue moss"]),
  ("new one: a desert village carved into canyon walls at noon, game concept art", "draw", ["desert village", "canyon walls"], ["astronaut", "space station", "new one"]))

d(("Ad for a summer lemonade: a tall glass of pink lemonade with ice and mint on a poolside table, bright midday sun, turquoise water behind", "draw",
   ["glass of pink lemonade", "poolside table", "bright midday sun", "turquoise water"], []),
  ("the sun's too harsh, make it soft late afternoon light", "edit", ["soft late afternoon light", "pink lemonade", "poolside table"], ["midday sun"]))

d(("Photograph a pair of tan leather hiking boots on a mossy rock beside a mountain stream, shallow depth of field, morning fog", "draw",
   ["tan leather hiking boots", "mossy rock", "mountain stream", "shallow depth of field"], []),
  ("shoot it from a low angle", "edit", ["low angle", "tan leather hiking boots", "mossy rock"], []),
  ("what lens would that be, like a 35mm?", "chat", ["low angle", "tan leather hiking boots"], []))

d(('Poster for a jazz night: a saxophone player silhouetted against a deep purple background, the words "BLUE NOTE FRIDAYS" in bold art deco letters at the bottom', "draw",
   ["saxophone player", "deep purple background", "BLUE NOTE FRIDAYS", "art deco letters"], []),
  ('change the text to "JAZZ AT THE PIER"', "edit", ["JAZZ AT THE PIER", "saxophone player", "deep purple background"], ["BLUE NOTE FRIDAYS"]),
  ("background deep teal", "edit", ["deep teal background", "JAZZ AT THE PIER", "art deco letters"], ["deep purple background"]))

d(("red sports car on a wet street under neon signs at night, low angle", "draw",
   ["red sports car", "wet street", "neon signs"], []),
  ("car yellow", "edit", ["yellow sports car", "wet street", "neon signs"], ["red sports car"]),
  ("undo", "undo", ["red sports car", "wet street"], ["yellow sports car"]))

d(("Please to make picture of wooden cabin near lake, many pine tree around, snow on roof, smoke from chimney, evening", "draw",
   ["wooden cabin", "pine tree", "snow on roof", "smoke from chimney"], ["please to make picture"]),
  ("the lake, can be frozen?", "edit", ["frozen lake", "snow on roof", "smoke from chimney"], []),
  ("very nice thank you", "chat", ["frozen lake", "wooden cabin"], []))

d(("exterior render of a two storey concrete house with floor to ceiling windows, flat roof, an infinity pool in front, surrounded by olive trees, dusk, warm interior lights", "draw",
   ["concrete house", "floor to ceiling windows", "infinity pool", "olive trees"], []),
  ("remove the pool", "edit", ["concrete house", "olive trees", "flat roof"], ["infinity pool"]),
  ("put a wooden deck where the pool was", "edit", ["wooden deck", "olive trees", "concrete house"], ["infinity pool"]))

d(("Hello! Could you please create an illustration of a hedgehog having a tea party with a rabbit under a big mushroom, storybook style, soft pastel colours? Thank you!", "draw",
   ["hedgehog having a tea party", "storybook style", "soft pastel colours"], ["could you please", "thank you"]),
  ("Would it be possible to give the rabbit a little blue waistcoat?", "edit", ["little blue waistcoat", "hedgehog having a tea party", "storybook style"], []),
  ("Lovely. Could the mushroom be red with white spots?", "edit", ["with white spots", "little blue waistcoat", "storybook style"], []))

d(("a bowl of fresh strawberries on a white marble counter, bright kitchen, morning light, shot from above", "draw",
   ["bowl of fresh strawberries", "white marble counter", "bright kitchen"], []),
  ("swap the counter for dark wood pls", "edit", ["dark wood counter", "bowl of fresh strawberries", "morning light"], ["white marble counter"]),
  ("wait whats the light source here", "chat", ["dark wood counter", "morning light"], []))

d(("isometric cozy bedroom, pixel art, purple lamp, a cat on the bed, rain outside", "draw",
   ["isometric cozy bedroom", "pixel art", "purple lamp", "cat on the bed"], []),
  ("lamp orange", "edit", ["orange lamp", "cat on the bed", "pixel art"], ["purple lamp"]),
  ("cat off", "edit", ["orange lamp", "isometric cozy bedroom", "pixel art"], ["cat on the bed"]),
  ("nah put it back", "undo", ["cat on the bed", "orange lamp"], ["purple lamp"]))

d(("skincare packaging: a frosted glass serum bottle with a rose gold cap on a pale pink background, a few rose petals, soft shadows", "draw",
   ["frosted glass serum bottle", "rose gold cap", "pale pink background"], []),
  ("make the cap silver - no wait, gold, plain gold", "edit", ["gold cap", "frosted glass serum bottle", "pale pink background"], ["rose gold", "silver cap"]),
  ("can you make the petals white", "edit", ["white rose petals", "gold cap", "pale pink background"], []))

d(("Editorial photo, a chef in a white apron plating a dessert in a busy restaurant kitchen, motion blur on the staff behind, tungsten lighting, shot on a 50mm", "draw",
   ["chef in a white apron", "plating a dessert", "busy restaurant kitchen", "tungsten lighting"], []),
  ("No. The apron should be black denim, white is so 2015.", "edit", ["black denim apron", "busy restaurant kitchen", "tungsten lighting"], ["white apron"]),
  ("And lose the motion blur, I want everything crisp.", "edit", ["black denim apron", "tungsten lighting", "plating a dessert"], ["motion blur"]),
  ("Better.", "chat", ["black denim apron", "busy restaurant kitchen"], ["motion blur"]))

d(("logo for a bakery called Little Crumb, a wheat stalk and a rolling pin crossed, brown and cream, hand drawn style", "draw",
   ["Little Crumb", "wheat stalk", "rolling pin", "brown and cream"], []),
  ("make it blue and white", "edit", ["blue and white", "Little Crumb", "wheat stalk"], ["brown and cream"]),
  ("hmm the first colours were better", "undo", ["brown and cream", "Little Crumb"], ["blue and white"]))

d(("a lighthouse on a rocky cliff during a storm, huge waves crashing, dramatic clouds, oil painting style", "draw",
   ["lighthouse on a rocky cliff", "huge waves crashing", "oil painting style"], []),
  ("is this style ok to use for a print I sell?", "chat", ["lighthouse on a rocky cliff", "oil painting style"], []),
  ("make it a calm sunny day instead of a storm", "edit", ["calm sunny day", "rocky cliff", "oil painting style"], ["storm"]))

d(("a watercolor map of a fantasy island with a volcano in the middle, little villages on the coast, a sea serpent in the water", "draw",
   ["fantasy island", "volcano in the middle", "little villages on the coast", "sea serpent"], []),
  ("remove the sea serpent", "edit", ["fantasy island", "volcano in the middle", "little villages"], ["sea serpent"]),
  ("ok start over: a treasure chest half buried on a sandy beach, watercolor", "draw", ["treasure chest", "sandy beach"], ["volcano", "fantasy island", "start over"]))

d(("draw a unicorn with a rainbow mane eating ice cream on a cloud", "draw",
   ["unicorn with a rainbow mane", "eating ice cream", "on a cloud"], ["draw a unicorn"]),
  ("make the ice cream chocolate!!", "edit", ["chocolate ice cream", "rainbow mane", "on a cloud"], []),
  ("and give it a party hat", "edit", ["party hat", "chocolate ice cream", "rainbow mane"], []),
  ("why is it so cute", "chat", ["party hat", "chocolate ice cream"], []))

d(("website hero banner for a fintech startup, abstract 3D glass shapes floating over a gradient from deep blue to violet, clean, lots of empty space on the left for text", "draw",
   ["abstract 3D glass shapes", "deep blue to violet", "empty space on the left"], []),
  ("gradient from deep blue to emerald green instead", "edit", ["deep blue to emerald green", "abstract 3D glass shapes", "empty space on the left"], ["to violet"]),
  ("move the empty space to the right side", "edit", ["empty space on the right", "abstract 3D glass shapes", "deep blue to emerald green"], ["empty space on the left"]))

d(("two puppies, a black one and a white one, playing tug of war with a red rope toy on green grass", "draw",
   ["two puppies", "a black one", "tug of war", "red rope toy"], []),
  ("make it brown", "ask", ["a black one", "a white one", "red rope toy"], []),
  ("the white puppy i mean", "edit", ["and a brown one", "a black one", "red rope toy"], ["a white one"]))

d(("streetwear lookbook, a young man in a red hoodie and baggy cargo pants leaning on a graffiti wall, flash photography, night", "draw",
   ["red hoodie", "baggy cargo pants", "graffiti wall", "flash photography"], []),
  ("hoodie in lime green, pants stay", "edit", ["lime green hoodie", "baggy cargo pants", "graffiti wall"], ["red hoodie"]),
  ("add a skateboard under his arm", "edit", ["skateboard under his arm", "lime green hoodie", "flash photography"], []))

d(("menu photo of a margherita pizza on a wooden peel, fresh basil, bubbling mozzarella, dark rustic background, side light", "draw",
   ["margherita pizza", "wooden peel", "bubbling mozzarella", "dark rustic background"], []),
  ("the peel looks weird, lose it", "edit", ["margherita pizza", "fresh basil", "dark rustic background"], ["wooden peel"]),
  ("perfect, now a version from above", "edit", ["from above", "margherita pizza", "bubbling mozzarella"], ["wooden peel"]))

d(("I want picture: old man fishing on small boat, morning mist on river, chinese ink painting style", "draw",
   ["old man fishing", "small boat", "morning mist on river", "chinese ink painting style"], ["I want picture"]),
  ("can put a crane bird flying at top?", "edit", ["crane bird flying", "old man fishing", "morning mist on river"], []),
  ("no, remove bird, before was better", "undo", ["old man fishing", "small boat"], ["crane bird"]))

d(("a minimalist bathroom with a freestanding white bathtub, terrazzo floor, a brass floor lamp, eucalyptus in a vase, soft morning light", "draw",
   ["freestanding white bathtub", "terrazzo floor", "brass floor lamp", "eucalyptus in a vase"], []),
  ("terrazzo -> black slate", "edit", ["black slate floor", "freestanding white bathtub", "brass floor lamp"], ["terrazzo"]),
  ("and the lamp in matte black too", "edit", ["matte black floor lamp", "black slate floor", "eucalyptus in a vase"], ["brass floor lamp"]))

d(("character design sheet of a dwarf blacksmith with a braided red beard, leather apron, holding a glowing hammer, front and side view", "draw",
   ["dwarf blacksmith", "braided red beard", "leather apron", "glowing hammer"], []),
  ("beard white, he's older", "edit", ["braided white beard", "leather apron", "glowing hammer"], ["red beard"]),
  ("hammer -> axe", "edit", ["glowing axe", "braided white beard", "dwarf blacksmith"], ["glowing hammer"]))

d(('a cozy coffee shop storefront at night with a chalkboard sign that says "OPEN LATE", warm light spilling onto the sidewalk, rain', "draw",
   ["coffee shop storefront", "chalkboard sign", "OPEN LATE", "spilling onto the sidewalk"], []),
  ("sign should say FRESH CROISSANTS", "edit", ["FRESH CROISSANTS", "coffee shop storefront", "chalkboard sign"], ["OPEN LATE"]),
  ("hmm, what time of day does this look like to you", "chat", ["FRESH CROISSANTS", "coffee shop storefront"], ["OPEN LATE"]))

d(("Photo brief: a ceramic pour-over coffee set on a linen cloth, steam from the kettle, a single croissant on a small plate, hard morning sun through blinds casting stripes, muted earth tones, 85mm, f/2", "draw",
   ["ceramic pour-over coffee set", "linen cloth", "single croissant", "muted earth tones"], []),
  ("swap the croissant for a slice of banana bread", "edit", ["slice of banana bread", "linen cloth", "ceramic pour-over"], ["croissant"]),
  ("move the plate to the left of the kettle", "edit", ["left of the kettle", "slice of banana bread", "muted earth tones"], []))

d(("a koi pond in a japanese garden with a red wooden bridge, maple trees in autumn, a stone lantern", "draw",
   ["koi pond", "red wooden bridge", "maple trees in autumn", "stone lantern"], []),
  ("bridge green", "edit", ["green wooden bridge", "koi pond", "stone lantern"], ["red wooden bridge"]),
  ("undo that", "undo", ["red wooden bridge", "koi pond"], ["green wooden bridge"]),
  ("remove the stone lantern then", "edit", ["red wooden bridge", "koi pond", "maple trees in autumn"], ["stone lantern"]))

d(("a rainy city street in Paris, a woman with a yellow umbrella crossing the road, impressionist painting, melancholic mood", "draw",
   ["rainy city street", "yellow umbrella", "impressionist painting", "melancholic mood"], []),
  ("change the mood to joyful", "edit", ["joyful mood", "yellow umbrella", "impressionist painting"], ["melancholic"]),
  ("and the umbrella should be red", "edit", ["red umbrella", "joyful mood", "rainy city street"], ["yellow umbrella"]))

d(("a product shot of wireless earbuds in an open white charging case on a glossy black surface, reflections, studio lighting", "draw",
   ["wireless earbuds", "white charging case", "glossy black surface", "studio lighting"], []),
  ("case in black too", "edit", ["black charging case", "wireless earbuds", "glossy black surface"], ["white charging case"]),
  ("hmm thats a lot of black. what do you think, grey or white?", "chat", ["black charging case", "wireless earbuds"], []))

# Second pass: follow-up turns users send after the picture comes back (questions, thanks, undo, vague asks).
def more(n, *turns): D[n - 1].extend(turns)
def swap(n, k, turn): D[n - 1][k - 1] = turn

more(1, ("what paper stock would this be, uncoated?", "chat", ["matte green coffee bag", "kraft paper label"], ["matte black coffee bag"]))
more(2, ("undo, ginger was fine", "undo", ["ginger cat", "stack of old books"], ["black cat"]))
more(3, ("ok thanks. how do i download this?", "chat", ["misty valley at sunrise", "pastel palette"], ["dusk"]))
more(6, ("can u undo the chopsticks", "undo", ["soft boiled egg", "dark slate background"], ["chopsticks resting"]))
more(7, ("thanks!! can i get it in poster size?", "chat", ["yellow raincoat", "little fox"], ["red raincoat"]))
more(8, ("could you make it pop more", "ask", ["navy and gold", "crescent moon", "flat vector"], ["rising sun"]))
more(10, ("is that mint or basil on top?", "chat", ["pink lemonade", "soft late afternoon light"], ["midday sun"]))
more(11, ("hm, make it nicer", "ask", ["low angle", "tan leather hiking boots", "mossy rock"], []))
more(12, ("print-ready? what resolution is this", "chat", ["JAZZ AT THE PIER", "deep teal background"], ["BLUE NOTE FRIDAYS"]))
more(13, ("ok. are the signs readable or just blobs?", "chat", ["red sports car", "neon signs"], ["yellow sports car"]))
more(15, ("hmm, go back one", "undo", ["concrete house", "olive trees"], ["wooden deck", "infinity pool"]))
more(16, ("Thank you so much, this is perfect for my niece's birthday card!", "chat", ["with white spots", "little blue waistcoat"], []))
more(17, ("nvm, whatever it is it's good", "chat", ["dark wood counter", "bowl of fresh strawberries"], ["white marble counter"]))
swap(19, 3, ("does the cap read as gold or brass to you?", "chat", ["gold cap", "frosted glass serum bottle"], ["rose gold"]))
more(21, ("is this a vector?", "chat", ["brown and cream", "Little Crumb"], ["blue and white"]))
more(23, ("whats in the chest", "chat", ["treasure chest", "sandy beach"], ["volcano"]))
more(25, ("make it bigger", "ask", ["abstract 3D glass shapes", "empty space on the right"], ["empty space on the left"]))
more(27, ("meh. undo the skateboard", "undo", ["lime green hoodie", "baggy cargo pants"], ["skateboard"]))
more(28, ("what's the aspect ratio on this", "chat", ["from above", "margherita pizza"], ["wooden peel"]))
more(30, ("undo", "undo", ["brass floor lamp", "black slate floor"], ["matte black floor lamp"]))
swap(31, 3, ("lol what would you name this guy", "chat", ["braided white beard", "glowing hammer"], ["red beard"]))
more(33, ("undo the move", "undo", ["slice of banana bread", "linen cloth"], ["left of the kettle"]))
swap(34, 4, ("is a stone lantern normal in these gardens?", "chat", ["stone lantern", "red wooden bridge"], ["green wooden bridge"]))
swap(35, 3, ("does joyful clash with the rain? be honest", "chat", ["joyful mood", "yellow umbrella"], ["melancholic"]))
