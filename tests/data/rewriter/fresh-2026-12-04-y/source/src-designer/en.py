# English dialogues. Each turn: (message, intent, must_contain, must_not_contain)
E = [
[("kraft paper coffee bag on a marble counter, matte black label, soft morning window light, a few roasted beans scattered around", "draw",
  ["kraft paper coffee bag", "matte black label", "soft morning window light", "marble counter"], []),
 ("make the label white instead", "edit", ["matte white label", "kraft paper coffee bag", "marble counter"], ["matte black label"]),
 ("lose the beans", "edit", ["matte white label", "soft morning window light", "kraft paper coffee bag"], ["roasted beans"])],

[("Hi! Could you draw a little fox reading a book under a big oak tree, watercolor style?", "draw",
  ["little fox reading a book", "big oak tree", "watercolor style"], ["could you draw"]),
 ("aww love it. is the fox supposed to have a scarf or is that his fur?", "chat", ["little fox reading a book", "big oak tree", "watercolor style"], []),
 ("give him a yellow scarf", "edit", ["yellow scarf", "little fox", "big oak tree", "watercolor style"], [])],

[("Book cover, thriller: a lone figure in a trench coat standing on a rain-slicked bridge at night, city lights blurred behind, teal and orange palette, title space at the top", "draw",
  ["figure in a trench coat", "rain-slicked bridge", "teal and orange palette", "city lights blurred"], []),
 ("The palette is too cinematic-cliché. Go monochrome blue palette.", "edit", ["monochrome blue palette", "rain-slicked bridge", "trench coat"], ["teal and orange"]),
 ("ugh no. go back, the teal and orange was better", "undo", ["teal and orange palette", "lone figure", "rain-slicked bridge"], ["monochrome blue"])],

[("overhead shot of a bowl of ramen, soft boiled egg, chashu pork, nori, green onions, dark wooden table", "draw",
  ["bowl of ramen", "soft boiled egg", "chashu pork", "dark wooden table"], []),
 ("ad a small dish of kimchi on the side plz", "edit", ["small dish of kimchi", "bowl of ramen", "chashu pork", "dark wooden table"], []),
 ("egg looks weird, lose it", "edit", ["small dish of kimchi", "chashu pork", "bowl of ramen"], ["soft boiled egg"])],

[("Exterior render of a two-storey timber house with floor-to-ceiling windows, set in a pine forest, overcast afternoon, shot from a low angle", "draw",
  ["two-storey timber house", "floor-to-ceiling windows", "pine forest", "low angle"], []),
 ("make it dusk, with the interior lights on", "edit", ["interior lights on", "timber house", "pine forest"], ["overcast afternoon"]),
 ("what lens would this be, like a 24mm?", "chat", ["interior lights on", "timber house", "pine forest"], []),
 ("ok shoot it at eye level instead of the low angle", "edit", ["at eye level", "timber house", "interior lights on"], ["low angle"])],

[("minimal logo for a bakery called Crumb & Co, a wheat stalk inside a circle, flat vector, warm brown on cream", "draw",
  ["Crumb & Co", "wheat stalk inside a circle", "flat vector", "warm brown on cream"], []),
 ("change the name to Crumb House", "edit", ["Crumb House", "wheat stalk", "flat vector"], ["Crumb & Co"]),
 ("undo", "undo", ["Crumb & Co", "wheat stalk", "warm brown on cream"], ["Crumb House"])],

[("Game concept art: a floating sky island with a ruined stone temple, waterfalls pouring off the edges into clouds, tiny airships circling, golden hour light, painterly style, wide establishing shot, lots of atmospheric haze", "draw",
  ["floating sky island", "ruined stone temple", "tiny airships circling", "painterly style", "atmospheric haze"], []),
 ("remove the waterfall stuff", "edit", ["ruined stone temple", "tiny airships", "golden hour light"], ["waterfalls"]),
 ("and the temple should be overgrown with vines", "edit", ["overgrown with vines", "ruined stone temple", "floating sky island"], ["waterfalls"])],

[("product shot of two perfume bottles, one tall pink glass bottle and one short amber bottle, on a silk cloth, soft studio lighting", "draw",
  ["tall pink glass bottle", "short amber bottle", "silk cloth", "soft studio lighting"], []),
 ("make the bottle gold", "ask", ["tall pink glass bottle", "short amber bottle", "silk cloth"], []),
 ("the short one", "edit", ["short gold bottle", "tall pink glass bottle", "silk cloth"], ["amber bottle"])],

[("fashion lookbook photo, model in an oversized camel wool coat and white sneakers, walking across a zebra crossing in Tokyo, overcast, 35mm film look", "draw",
  ["oversized camel wool coat", "white sneakers", "zebra crossing", "35mm film look"], []),
 ("swap the coat for a navy one", "edit", ["oversized navy wool coat", "white sneakers", "35mm film look"], ["camel"]),
 ("perfect. now the same thing at night with neon signs", "edit", ["neon signs", "navy wool coat", "zebra crossing"], ["camel"])],

[("a purple dragon eating a big strawberry ice cream on the moon!!", "draw",
  ["purple dragon", "strawberry ice cream", "on the moon"], []),
 ("make him green no wait make him orange", "edit", ["orange dragon", "strawberry ice cream", "on the moon"], ["purple dragon", "green dragon"]),
 ("can he have a party hat", "edit", ["party hat", "orange dragon", "on the moon"], ["purple dragon"])],

[("hero image for a fintech landing page: abstract flowing ribbons in deep indigo and mint green, glassy 3D, lots of negative space on the left for headline text", "draw",
  ["abstract flowing ribbons", "deep indigo and mint green", "glassy 3D", "negative space on the left"], []),
 ("negative space on the right instead, we flipped the layout", "edit", ["negative space on the right", "flowing ribbons", "glassy 3D"], ["on the left"]),
 ("looks great thanks", "chat", ["negative space on the right", "flowing ribbons", "deep indigo and mint green"], [])],

[("Scandinavian living room, light oak floor, a grey linen sofa, a round jute rug, large monstera plant in the corner, afternoon sun through sheer curtains", "draw",
  ["light oak floor", "grey linen sofa", "round jute rug", "monstera plant"], []),
 ("sofa in terracotta velvet please", "edit", ["terracotta velvet sofa", "light oak floor", "round jute rug"], ["grey linen"]),
 ("and get rid of the plant", "edit", ["terracotta velvet sofa", "sheer curtains", "round jute rug"], ["monstera"]),
 ("hmm the corner looks empty now, bring the plant back", "undo", ["monstera plant", "terracotta velvet sofa", "light oak floor"], ["grey linen"])],

[("energy drink can, splash of water, neon green, black background, dramatic rim light", "draw",
  ["energy drink can", "splash of water", "black background", "dramatic rim light"], []),
 ("bg white", "edit", ["white background", "energy drink can", "rim light"], ["black background"]),
 ("replace the splash with ice cubes", "edit", ["ice cubes", "energy drink can", "white background"], ["splash of water", "black background"])],

[("Good morning! I'd like a portrait of an elderly fisherman with a white beard, wearing a yellow raincoat, on a harbour dock, moody grey sky, shallow depth of field. Thank you!", "draw",
  ["elderly fisherman", "white beard", "yellow raincoat", "harbour dock", "shallow depth of field"], ["good morning", "thank you"]),
 ("Would it be possible to make the sky a little brighter, perhaps a soft sunrise?", "edit", ["soft sunrise", "yellow raincoat", "white beard"], ["moody grey sky"]),
 ("Lovely. What does shallow depth of field mean exactly?", "chat", ["soft sunrise", "yellow raincoat", "shallow depth of field"], [])],

[("please make picture: cat sit on windowsill, outside is snowing, inside warm lamp, cozy feeling, cat is ginger colour", "draw",
  ["on windowsill", "warm lamp", "cozy feeling", "ginger colour"], ["please make picture"]),
 ("cat change to black colour", "edit", ["black colour", "on windowsill", "warm lamp"], ["ginger"]),
 ("and snow change to heavy rain", "edit", ["heavy rain", "black colour", "warm lamp"], ["snowing"])],

[("a bowl of fresh strawberries on a white linen tablecloth, natural daylight, top-down view", "draw",
  ["bowl of fresh strawberries", "white linen tablecloth", "top-down view"], []),
 ("ok new one: a glass of iced matcha latte on a concrete ledge, harsh summer shadows", "draw",
  ["iced matcha latte", "concrete ledge", "harsh summer shadows"], ["strawberries", "linen tablecloth"]),
 ("give it a paper straw", "edit", ["paper straw", "iced matcha latte", "concrete ledge"], ["strawberries"])],

[("poster for a jazz night: a saxophone player silhouette on the left, big full moon on the right, deep blue and gold, art deco lettering that says BLUE NOTE FRIDAYS", "draw",
  ["saxophone player silhouette", "big full moon", "art deco lettering", "BLUE NOTE FRIDAYS"], []),
 ("text should say BLUE NOTE SATURDAYS", "edit", ["BLUE NOTE SATURDAYS", "saxophone player silhouette", "art deco lettering"], ["FRIDAYS"]),
 ("make the moon smaller", "edit", ["small full moon", "BLUE NOTE SATURDAYS", "saxophone player"], ["big full moon"])],

[("cozy bookstore interior at night, warm string lights, stacks of old books, a sleeping tabby cat on the counter", "draw",
  ["cozy bookstore interior", "warm string lights", "stacks of old books", "sleeping tabby cat"], []),
 ("make it better", "ask", ["cozy bookstore interior", "warm string lights", "sleeping tabby cat"], []),
 ("sorry, I meant add a rainy window behind the counter", "edit", ["rainy window", "sleeping tabby cat", "stacks of old books"], [])],

[("studio product shot of a white leather high-top sneaker with a red side stripe, floating, soft shadow below, pastel peach background", "draw",
  ["white leather high-top sneaker", "red side stripe", "soft shadow below", "pastel peach background"], []),
 ("stripe in forest green", "edit", ["forest green side stripe", "white leather high-top", "pastel peach background"], ["red side stripe"]),
 ("bg to lilac", "edit", ["pastel lilac background", "forest green side stripe", "white leather high-top"], ["peach"]),
 ("nah undo that", "undo", ["pastel peach background", "forest green side stripe"], ["lilac"])],

[("isometric illustration of a tiny coffee shop on a street corner, pastel colours, a bicycle parked outside, people sitting at outdoor tables", "draw",
  ["isometric illustration", "tiny coffee shop", "bicycle parked outside", "outdoor tables"], []),
 ("how many people did you put in there?", "chat", ["tiny coffee shop", "bicycle parked outside", "outdoor tables"], []),
 ("replce the bicycle with a red scooter", "edit", ["red scooter", "tiny coffee shop", "outdoor tables"], ["bicycle"])],

[("landscape photo of a lavender field in Provence with a stone farmhouse in the distance, sunset, wide angle", "draw",
  ["lavender field in Provence", "stone farmhouse", "wide angle"], []),
 ("make it a foggy night, no sorry, a foggy morning", "edit", ["foggy morning", "lavender field", "stone farmhouse"], ["sunset", "foggy night"])],

[("Children's book spread: a small hedgehog in a knitted red hat carrying a basket of apples through an autumn forest, mushrooms along the path, soft gouache texture, friendly and warm", "draw",
  ["small hedgehog", "knitted red hat", "basket of apples", "autumn forest", "soft gouache texture"], []),
 ("the hat should be blue", "edit", ["knitted blue hat", "basket of apples", "autumn forest"], ["red hat"]),
 ("also apples -> pears", "edit", ["basket of pears", "knitted blue hat", "soft gouache texture"], ["apples", "red hat"])],

[("app onboarding illustration: a person meditating on a cloud, flat style, lavender and soft coral palette", "draw",
  ["person meditating on a cloud", "flat style", "lavender and soft coral palette"], []),
 ("try a mint and navy palette", "edit", ["mint and navy palette", "person meditating", "flat style"], ["lavender and soft coral"]),
 ("hmm the first colours were better", "undo", ["lavender and soft coral palette", "person meditating on a cloud"], ["mint and navy"]),
 ("keep those. make the cloud a crescent moon", "edit", ["crescent moon", "lavender and soft coral palette", "flat style"], ["on a cloud", "mint and navy"])],

[("packaging mockup: a tall tin of jasmine green tea, sage green with gold foil botanical illustrations, standing next to a ceramic teacup on a bamboo mat", "draw",
  ["tin of jasmine green tea", "gold foil botanical illustrations", "ceramic teacup", "bamboo mat"], []),
 ("what's written on the tin? I can't read it", "chat", ["tin of jasmine green tea", "ceramic teacup", "bamboo mat"], []),
 ("swap the bamboo mat for a slate board", "edit", ["slate board", "tall tin of jasmine", "ceramic teacup"], ["bamboo mat"])],

[("menu photo: margherita pizza, wood-fired, charred crust, fresh basil, on a rustic board, dark moody", "draw",
  ["margherita pizza", "charred crust", "fresh basil", "rustic board"], []),
 ("no basil", "edit", ["margherita pizza", "charred crust", "rustic board"], ["fresh basil"]),
 ("could u put something on top, idk, something sweet?", "ask", ["margherita pizza", "charred crust", "rustic board"], ["fresh basil"])],

[("aerial drone shot of a modern concrete museum on a cliff above the sea, brutalist, stormy sky", "draw",
  ["aerial drone shot", "modern concrete museum", "cliff above the sea", "stormy sky"], []),
 ("calm sunny sky instead", "edit", ["calm sunny sky", "concrete museum", "cliff above the sea"], ["stormy sky"]),
 ("undo", "undo", ["stormy sky", "modern concrete museum", "aerial drone shot"], ["calm sunny"])],

[("still life: a blue ceramic vase with white tulips, a lemon, and a second smaller vase with dried eucalyptus, on a wooden stool against a plaster wall", "draw",
  ["blue ceramic vase", "white tulips", "dried eucalyptus", "plaster wall"], []),
 ("remove the vase", "ask", ["blue ceramic vase", "white tulips", "dried eucalyptus"], []),
 ("the small one with the eucalyptus", "edit", ["blue ceramic vase", "white tulips", "plaster wall"], ["eucalyptus"])],

[("Photo of a lighthouse on a rocky coast, late afternoon", "draw", ["lighthouse on a rocky coast", "late afternoon"], []),
 ("more dramatic, crashing waves", "edit", ["crashing waves", "lighthouse on a rocky coast", "late afternoon"], []),
 ("love it", "chat", ["crashing waves", "lighthouse on a rocky coast"], [])],

[("a corgi wearing sunglasses sitting in a pink convertible, beach road, palm trees, retro 80s poster style", "draw",
  ["wearing sunglasses", "pink convertible", "palm trees", "retro 80s poster style"], []),
 ("swap the corgi for a golden retriever", "edit", ["golden retriever", "pink convertible", "palm trees"], ["corgi"]),
 ("thx", "chat", ["golden retriever", "pink convertible", "retro 80s poster style"], ["corgi"])],

[("book cover for a cookbook called Salt & Smoke, a cast iron skillet with a seared steak, rosemary, flakes of salt, dark slate background, title in bold serif", "draw",
  ["Salt & Smoke", "cast iron skillet", "seared steak", "dark slate background", "bold serif"], []),
 ("can we try a different title?", "ask", ["Salt & Smoke", "cast iron skillet", "seared steak"], []),
 ("Fire & Salt", "edit", ["Fire & Salt", "cast iron skillet", "seared steak"], ["Salt & Smoke"])],

[("a red vintage typewriter on a wooden desk with a cup of black coffee and crumpled paper, warm lamplight, film grain", "draw",
  ["red vintage typewriter", "wooden desk", "cup of black coffee", "crumpled paper"], []),
 ("typewriter mint green please", "edit", ["mint green vintage typewriter", "wooden desk", "cup of black coffee"], ["red vintage"]),
 ("remove the crumpled paper", "edit", ["mint green vintage typewriter", "cup of black coffee", "warm lamplight"], ["crumpled paper"]),
 ("back one step", "undo", ["crumpled paper", "mint green vintage typewriter", "wooden desk"], ["red vintage"])],

[("can you do a flat illustration of a mountain cabin in winter with smoke from the chimney", "draw",
  ["flat illustration", "mountain cabin in winter", "smoke from the chimney"], ["can you do"]),
 ("nice. start over: a tropical beach hut at sunset, hammock between two palms", "draw",
  ["tropical beach hut", "hammock between two palms"], ["mountain cabin", "chimney"])],

[("product banner: a wireless earbud case open on the left side, earbuds floating above it, gradient background from teal to purple, clean tech look", "draw",
  ["wireless earbud case", "on the left side", "from teal to purple", "clean tech look"], []),
 ("move teh case to the right side", "edit", ["on the right side", "wireless earbud case", "clean tech look"], ["on the left side"]),
 ("gradient orange to pink now", "edit", ["orange to pink", "wireless earbud case", "on the right side"], ["teal to purple"])],

[("a marble bust of a Roman emperor in a museum, dramatic side lighting, black backdrop", "draw",
  ["marble bust", "Roman emperor", "dramatic side lighting", "black backdrop"], []),
 ("make the bust bronze", "edit", ["bronze bust", "Roman emperor", "black backdrop"], ["marble bust"]),
 ("why is there a crack on the nose?", "chat", ["bronze bust", "Roman emperor", "dramatic side lighting"], ["marble bust"])],

[("watercolor map of a fantasy kingdom with a castle, a winding river, and a dark forest in the north", "draw",
  ["watercolor map", "fantasy kingdom", "winding river", "dark forest in the north"], []),
 ("add a red dragon flying over the castle", "edit", ["red dragon", "winding river", "watercolor map"], [])],

[("Mood board style shot: beige linen shirt folded on a stone bench, dried palm leaf, gold ring, harsh sunlight with long shadows", "draw",
  ["beige linen shirt", "stone bench", "dried palm leaf", "gold ring"], []),
 ("ring silver", "edit", ["silver ring", "beige linen shirt", "stone bench"], ["gold ring"]),
 ("and a pair of sunglasses next to the shirt", "edit", ["pair of sunglasses", "silver ring", "beige linen shirt"], ["gold ring"])],
]
