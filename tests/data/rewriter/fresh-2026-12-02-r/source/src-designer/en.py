from lib import D, draw, edit, chat, ask, undo

# 1 packaging, hurried designer
D("en",
  draw("matte black coffee bag with a kraft paper label, single origin Ethiopia, studio shot on a light grey seamless backdrop, soft top light",
       mc=["matte black coffee bag", "kraft paper label", "light grey seamless backdrop", "soft top light"]),
  edit("bag -> deep green", [("matte black coffee bag", "matte deep green coffee bag")],
       mc=["deep green coffee bag", "kraft paper label", "soft top light"], mnc=["matte black"]),
  edit("add a few roasted beans scattered in front", [("+", "a few roasted beans scattered in front")],
       mc=["roasted beans scattered", "deep green coffee bag", "light grey seamless backdrop"]),
)

# 2 children's book, polite first-timer with wrapper
D("en",
  draw("Hi! Could you please draw a little fox reading a book under a mushroom, watercolor style, for a children's book page?",
       prompt="a little fox reading a book under a mushroom, watercolor style, for a children's book page",
       mc=["little fox reading a book", "under a mushroom", "watercolor style"], mnc=["could you please draw", "hi!"]),
  chat("oh that's lovely, thank you!!"),
  edit("could the mushroom be red with white spots?", [("under a mushroom", "under a red mushroom with white spots")],
       mc=["red mushroom with white spots", "little fox reading a book", "watercolor style"]),
  edit("and make the fox a rabbit instead please", [("little fox", "little rabbit")],
       mc=["little rabbit reading a book", "red mushroom with white spots", "watercolor style"], mnc=["fox"]),
)

# 3 app hero image, terse, undo
D("en",
  draw("hero image for a budgeting app: isometric 3D phone floating above a pastel purple gradient, coins and a pie chart orbiting it, clean, lots of negative space on the left",
       mc=["isometric 3D phone", "pastel purple gradient", "coins and a pie chart", "negative space on the left"]),
  edit("gradient teal", [("pastel purple gradient", "pastel teal gradient")],
       mc=["teal gradient", "isometric 3D phone", "coins and a pie chart"], mnc=["purple"]),
  undo("nah go back",
       mc=["pastel purple gradient", "isometric 3D phone"], mnc=["teal"]),
)

# 4 book cover, art director with opinions, long prompt
D("en",
  draw("Book cover for a literary thriller called 'The Salt House': a lone white clapboard house on a cliff above a grey churning sea, one lit window, heavy fog rolling in, desaturated palette, the title in a thin serif at the top, author name at the bottom, 2:3 portrait",
       mc=["lone white clapboard house", "grey churning sea", "one lit window", "heavy fog rolling in", "thin serif at the top"]),
  edit("The fog is doing nothing for me. Kill it.", [(", heavy fog rolling in", "")],
       mc=["lone white clapboard house", "one lit window", "desaturated palette"], mnc=["fog"]),
  edit("and the window should be warm amber, not just 'lit'", [("one lit window", "one warm amber window")],
       mc=["warm amber", "grey churning sea", "desaturated palette"]),
  chat("better. what aspect ratio is this rendering at?"),
)

# 5 food menu, typo phone user
D("en",
  draw("overhead shot of a bowl of ramen with a soft boiled egg, chashu pork, nori and spring onions on a dark slate table",
       mc=["bowl of ramen", "soft boiled egg", "chashu pork", "dark slate table"]),
  edit("cna you take the nori out", [("chashu pork, nori and spring onions", "chashu pork and spring onions")],
       mc=["spring onions", "soft boiled egg", "dark slate table"], mnc=["nori"]),
  edit("table shoud be light wood", [("dark slate table", "light wood table")],
       mc=["light wood table", "bowl of ramen", "soft boiled egg"], mnc=["dark slate"]),
)

# 6 ambiguous: "make it brighter" with two readings -> ask
D("en",
  draw("a neon sign that says OPEN in pink above the door of a tiny record shop at night, rain on the pavement, reflections",
       mc=["neon sign that says OPEN", "tiny record shop", "rain on the pavement"]),
  ask("brighter",),
  edit("I meant the sign, make it hot pink", [("in pink", "in hot pink")],
       mc=["hot pink", "neon sign that says OPEN", "tiny record shop", "at night"]),
)

# 7 change text on a sign
D("en",
  draw("a chalkboard sign outside a bakery reading 'Fresh Croissants Today', morning sun, flower pots beside it, cobblestone street",
       mc=["chalkboard sign", "Fresh Croissants Today", "flower pots beside it", "cobblestone street"]),
  chat("does the model handle lettering well in general?"),
  edit("change the sign text to 'Sourdough Saturday'", [("'Fresh Croissants Today'", "'Sourdough Saturday'")],
       mc=["Sourdough Saturday", "chalkboard sign", "cobblestone street"], mnc=["Fresh Croissants Today"]),
  undo("actually the croissant one was better, undo",
       mc=["Fresh Croissants Today", "flower pots beside it"], mnc=["Sourdough Saturday"]),
)

# 8 fashion lookbook, camera angle
D("en",
  draw("fashion lookbook photo, model in an oversized camel wool coat and white sneakers, walking across a concrete plaza, eye-level shot, overcast daylight",
       mc=["oversized camel wool coat", "white sneakers", "concrete plaza", "eye-level shot", "overcast daylight"]),
  edit("shoot it from a low angle instead", [("eye-level shot", "low angle shot")],
       mc=["low angle", "oversized camel wool coat", "concrete plaza"], mnc=["eye-level"]),
  edit("swap the sneakers for black chelsea boots", [("white sneakers", "black chelsea boots")],
       mc=["black chelsea boots", "camel wool coat", "low angle"], mnc=["sneakers"]),
)

# 9 non-native speaker, interior
D("en",
  draw("please make living room scandinavian style, big window, grey sofa, wood floor, many plants, afternoon light",
       prompt="living room scandinavian style, big window, grey sofa, wood floor, many plants, afternoon light",
       mc=["living room scandinavian style", "big window", "grey sofa", "many plants"], mnc=["please make"]),
  edit("sofa I want is more green color, like olive", [("grey sofa", "olive green sofa")],
       mc=["big window", "wood floor", "many plants"], mnc=["grey sofa"]),
  ask("is possible to change it?"),
)

# 10 game concept art, long, new picture mid-dialogue
D("en",
  draw("game concept art, a floating island city with brass airships docked at wooden piers, waterfalls spilling off the edges into clouds, warm sunset light, painterly, wide establishing shot",
       mc=["floating island city", "brass airships", "wooden piers", "waterfalls spilling off", "wide establishing shot"]),
  edit("remove the waterfalls", [(", waterfalls spilling off the edges into clouds", "")],
       mc=["floating island city", "brass airships", "warm sunset light"], mnc=["waterfalls"]),
  draw("ok different thing: an underground mushroom market lit by glowing lanterns, crowded stalls, same painterly style",
       prompt="an underground mushroom market lit by glowing lanterns, crowded stalls, same painterly style",
       mc=["underground mushroom market", "glowing lanterns", "crowded stalls"], mnc=["floating island", "airships"]),
)

# 11 logo, short prompt
D("en",
  draw("minimal logo, a hummingbird made of three overlapping circles, flat navy on white",
       mc=["minimal logo", "hummingbird made of three", "flat navy on white"]),
  edit("navy -> coral", [("flat navy", "flat coral")],
       mc=["flat coral on white", "hummingbird made of three"], mnc=["navy"]),
  edit("hmm the first colour was better", [("flat coral", "flat navy")],
       mc=["flat navy on white", "minimal logo"], mnc=["coral"]),
)

# 12 photography brief, lighting
D("en",
  draw("product photography brief: a glass perfume bottle with a gold cap on a wet black stone, harsh side lighting, dark moody background, droplets on the glass",
       mc=["glass perfume bottle", "gold cap", "wet black stone", "harsh side lighting", "droplets on the glass"]),
  edit("lighting: soft diffused please, harsh is too commercial", [("harsh side lighting", "soft diffused lighting")],
       mc=["soft diffused", "gold cap", "wet black stone"], mnc=["harsh side lighting"]),
  chat("nice, that's the one"),
)

# 13 child
D("en",
  draw("a dinosaur eating ice cream in space and there are rockets",
       mc=["dinosaur eating ice cream", "in space", "there are rockets"]),
  edit("make the dinosor PURPLE", [("a dinosaur", "a purple dinosaur")],
       mc=["purple dinosaur eating ice cream", "in space"]),
  edit("and hes wearing a party hat", [("+", "wearing a party hat")],
       mc=["party hat", "purple dinosaur", "in space"]),
  edit("the hat GREEN", [("a party hat", "a green party hat")],
       mc=["green party hat", "purple dinosaur eating"]),
)

# 14 question about the picture
D("en",
  draw("cozy reading nook in an attic, slanted ceiling, a yellow armchair, knitted throw, stack of books, rain on the skylight",
       mc=["reading nook in an attic", "yellow armchair", "knitted throw", "rain on the skylight"]),
  chat("why is the armchair so small compared to the books?"),
  edit("fine, make the armchair oversized", [("a yellow armchair", "an oversized yellow armchair")],
       mc=["oversized yellow armchair", "knitted throw", "slanted ceiling"]),
)

# 15 ad, self-correction mid message
D("en",
  draw("billboard ad for an electric scooter, a woman riding through a city street at dusk, motion blur, bold headline 'Ride Quiet' on the right",
       mc=["electric scooter", "city street at dusk", "motion blur", "Ride Quiet"]),
  edit("make her jacket red, no wait, yellow", [("a woman riding", "a woman in a yellow jacket riding")],
       mc=["yellow jacket", "city street at dusk", "Ride Quiet"], mnc=["red jacket"]),
  edit("headline: 'Ride Loud'. lol jk keep it, just move it to the left", [("on the right", "on the left")],
       mc=["Ride Quiet", "on the left", "motion blur"], mnc=["Ride Loud", "on the right"]),
)

# 16 architecture, material change
D("en",
  draw("modern two-storey house with a board-formed concrete facade, floor-to-ceiling glass, flat roof, reflecting pool in front, pine forest behind, dusk",
       mc=["board-formed concrete facade", "floor-to-ceiling glass", "reflecting pool", "pine forest behind"]),
  edit("try charred timber cladding instead of the concrete", [("a board-formed concrete facade", "a charred timber cladding facade")],
       mc=["charred timber cladding", "reflecting pool", "flat roof"], mnc=["concrete"]),
  undo("undo"  , mc=["board-formed concrete facade", "reflecting pool"], mnc=["charred timber"]),
  edit("ok then keep concrete but lose the pool", [(", reflecting pool in front", "")],
       mc=["board-formed concrete facade", "pine forest behind", "flat roof"], mnc=["reflecting pool"]),
)

# 17 terse regular
D("en",
  draw("studio shot, red sneaker floating, white bg, hard shadow",
       mc=["red sneaker floating", "white bg", "hard shadow"]),
  edit("no shadow", [(", hard shadow", "")],
       mc=["red sneaker floating", "white bg"], mnc=["hard shadow"]),
)

# 18 ambiguous "it" with two objects
D("en",
  draw("a ceramic teapot and a glass teacup on a linen tablecloth, morning window light, steam rising",
       mc=["ceramic teapot", "glass teacup", "linen tablecloth", "steam rising"]),
  ask("make it blue"),
  edit("hmm, good question. the teapot I guess", [("a ceramic teapot", "a blue ceramic teapot")],
       mc=["blue ceramic teapot", "glass teacup", "linen tablecloth"], mnc=["blue glass teacup"]),
)

# 19 moving things
D("en",
  draw("a poster for a jazz night: a saxophone player silhouette on the left, a big orange moon on the right, deep indigo sky, retro screen print texture",
       mc=["saxophone player silhouette", "big orange moon", "deep indigo sky", "retro screen print texture"]),
  edit("swap them - moon left, player right", [("silhouette on the left", "silhouette on the right"), ("moon on the right", "moon on the left")],
       mc=["silhouette on the right", "moon on the left", "deep indigo sky"], mnc=["silhouette on the left", "moon on the right"]),
  chat("perfect"),
)

# 20 pet portrait, reaction "too dark"
D("en",
  draw("portrait of a black labrador sitting in a dim library, oil painting, dramatic chiaroscuro",
       mc=["black labrador", "dim library", "oil painting", "dramatic chiaroscuro"]),
  edit("too dark. brighter library", [("dim library", "bright library")],
       mc=["black labrador", "oil painting", "dramatic chiaroscuro"], mnc=["dim library"]),
  undo("hm no, the first was moodier, go back", mc=["dim library", "black labrador"], mnc=["bright library"]),
)

# 21 landscape, add props, long
D("en",
  draw("a mountain lake at sunrise, mirror-still water, a red canoe pulled up on the pebble shore, snow-capped peaks, thin mist over the water, shot on 35mm film",
       mc=["mountain lake at sunrise", "red canoe", "pebble shore", "snow-capped peaks", "shot on 35mm film"]),
  edit("add a small wooden dock on the right", [("+", "a small wooden dock on the right")],
       mc=["small wooden dock", "red canoe", "snow-capped peaks"]),
  edit("canoe yellow", [("a red canoe", "a yellow canoe")],
       mc=["yellow canoe", "small wooden dock", "pebble shore"], mnc=["red canoe"]),
  chat("is it possible to get this in 4k?"),
)

# 22 "perfect, now a version at night"
D("en",
  draw("a food truck selling tacos in a parking lot at noon, string lights, a hand-painted menu board, people queuing",
       mc=["food truck selling tacos", "string lights", "hand-painted menu board", "people queuing"]),
  edit("perfect, now a version at night", [("at noon", "at night")],
       mc=["at night", "food truck selling tacos", "string lights"], mnc=["at noon"]),
)

# 23 social media ad, swap subject
D("en",
  draw("instagram ad square: a corgi in a tiny raincoat jumping into a puddle, bright yellow raincoat, rainy city sidewalk, playful",
       mc=["tiny raincoat", "jumping into a puddle", "bright yellow raincoat", "rainy city sidewalk"]),
  ask("hmm make it less"),
  edit("can we do a cat instead of the corgi", [("a corgi", "a cat")],
       mc=["cat in a tiny raincoat", "bright yellow raincoat", "rainy city sidewalk"], mnc=["corgi"]),
  undo("you know what, go back to the dog", mc=["corgi in a tiny raincoat", "bright yellow raincoat"], mnc=["a cat"]),
)

# 24 wine label packaging
D("en",
  draw("could you draw a wine label for a pinot noir: engraved illustration of a heron among reeds, cream paper, burgundy ink, the name 'Marsh Hollow' in small caps",
       prompt="a wine label for a pinot noir: engraved illustration of a heron among reeds, cream paper, burgundy ink, the name 'Marsh Hollow' in small caps",
       mc=["label for a pinot noir", "heron among reeds", "burgundy ink", "Marsh Hollow"], mnc=["could you draw"]),
  edit("Rename it 'Heron Creek'", [("'Marsh Hollow'", "'Heron Creek'")],
       mc=["Heron Creek", "heron among reeds", "cream paper"], mnc=["Marsh Hollow"]),
  edit("ink: dark green", [("burgundy ink", "dark green ink")],
       mc=["dark green ink", "Heron Creek", "engraved illustration"], mnc=["burgundy"]),
)

# 25 web hero, mood
D("en",
  draw("website hero for a meditation retreat, a woman sitting cross-legged on a wooden deck over a misty valley, calm, muted earth tones, early morning",
       mc=["sitting cross-legged", "wooden deck", "misty valley", "muted earth tones", "early morning"]),
  chat("thoughts on adding text later in figma vs in the image?"),
  edit("warmer tones, not muted", [("muted earth tones", "warm earth tones")],
       mc=["earth tones", "misty valley", "wooden deck"], mnc=["muted earth tones"]),
)

# 26 making something smaller
D("en",
  draw("a huge full moon behind a lighthouse on a rocky island, calm sea, long exposure, cool blue palette",
       mc=["lighthouse on a rocky island", "calm sea", "long exposure", "cool blue palette"]),
  edit("the moon is way too big, smaller pls", [("a huge full moon", "a small full moon")],
       mc=["full moon", "lighthouse on a rocky island", "cool blue palette"], mnc=["huge full moon"]),
)

# 27 "the cup looks weird, lose it"
D("en",
  draw("flat lay of a home office desk: laptop, a ceramic mug of coffee, a notebook with a pen, succulents, on a white oak desk, top-down",
       mc=["home office desk", "notebook with a pen", "white oak desk"]),
  edit("the cup looks weird, lose it", [(" a ceramic mug of coffee,", "")],
       mc=["notebook with a pen", "white oak desk", "home office desk"], mnc=["ceramic mug", "coffee"]),
  edit("and put a pair of headphones there instead", [("laptop,", "laptop, a pair of headphones,")],
       mc=["pair of headphones", "notebook with a pen", "white oak desk"], mnc=["ceramic mug"]),
)

# 28 chat about capability then draw
D("en",
  draw("an isometric low-poly island with a tiny lighthouse, palm trees and a dock, pastel colours, for a mobile game loading screen",
       mc=["isometric low-poly island", "tiny lighthouse", "palm trees and a dock", "pastel colours"]),
  chat("can I export this as png with transparent background?"),
  ask("do the other one"),
)

# 29 fashion, material
D("en",
  draw("close-up of a leather handbag with gold hardware on a marble counter, soft window light, luxury editorial",
       mc=["leather handbag", "gold hardware", "marble counter", "luxury editorial"]),
  edit("make the bag suede", [("a leather handbag", "a suede handbag")],
       mc=["suede handbag", "gold hardware", "marble counter"], mnc=["leather handbag"]),
  edit("silver hardware too", [("gold hardware", "silver hardware")],
       mc=["silver hardware", "suede handbag", "soft window light"], mnc=["gold hardware"]),
  undo("undo that last one", mc=["gold hardware", "suede handbag"], mnc=["silver hardware"]),
)

# 30 children's book, two edits in one message
D("en",
  draw("a bear and a small owl having a picnic in a sunny meadow, checkered blanket, jam sandwiches, gouache illustration",
       mc=["bear and a small owl", "sunny meadow", "checkered blanket", "jam sandwiches", "gouache illustration"]),
  edit("make the meadow snowy and give them hot cocoa instead of sandwiches", [("sunny meadow", "snowy meadow"), ("jam sandwiches", "hot cocoa")],
       mc=["snowy meadow", "hot cocoa", "checkered blanket", "gouache illustration"], mnc=["sunny meadow", "sandwiches"]),
)

# 31 short / vague first, then ask
D("en",
  draw("cyberpunk street food stall, rainy night, neon, steam rising",
       mc=["cyberpunk street food stall", "rainy night"]),
  ask("more"),
  edit("more neon I mean, add pink and cyan neon signs", [("neon", "pink and cyan neon signs")],
       mc=["pink and cyan neon signs", "cyberpunk street food stall", "rainy night"]),
)

# 32 interior, camera angle + refer back
D("en",
  draw("minimal japanese tea room, tatami mats, a single ikebana arrangement in the alcove, paper shoji screens, shot from a low seated perspective",
       mc=["japanese tea room", "tatami mats", "ikebana arrangement", "shoji screens", "low seated perspective"]),
  edit("bird's-eye view instead", [("shot from a low seated perspective", "shot from a bird's-eye view")],
       mc=["bird's-eye view", "tatami mats", "ikebana arrangement"], mnc=["low seated perspective"]),
  edit("hmm, the angle from before was better actually", [("shot from a bird's-eye view", "shot from a low seated perspective")],
       mc=["low seated perspective", "shoji screens"], mnc=["bird's-eye"]),
)

# 33 food menu, add prop
D("en",
  draw("a stack of three buttermilk pancakes with blueberries and maple syrup dripping, diner counter, 45 degree angle, shallow depth of field",
       mc=["three buttermilk pancakes", "blueberries and maple syrup", "diner counter", "shallow depth of field"]),
  edit("put a pat of butter on top", [("+", "a pat of butter on top")],
       mc=["pat of butter on top", "three buttermilk pancakes", "diner counter"]),
  edit("strawberries not blueberries", [("blueberries", "strawberries")],
       mc=["strawberries and maple syrup", "pat of butter on top"], mnc=["blueberries"]),
)

# 34 logo, chat ack
D("en",
  draw("logo for a bike repair shop called 'Spoke & Gear', a wrench crossed with a bicycle chain inside a circle, vintage badge style, two colours",
       mc=["Spoke & Gear", "wrench crossed with a bicycle", "vintage badge style"]),
  chat("love it"),
  chat("what fonts would pair with this?"),
)

# 35 game concept, swap subject
D("en",
  draw("character concept, a dwarven blacksmith with a braided red beard, leather apron, holding a glowing hammer, forge in background, front view turnaround sheet",
       mc=["dwarven blacksmith", "braided red beard", "leather apron", "glowing hammer", "turnaround sheet"]),
  edit("beard white, he's older", [("braided red beard", "braided white beard")],
       mc=["braided white beard", "leather apron", "glowing hammer"], mnc=["red beard"]),
  edit("and make the hammer an axe", [("glowing hammer", "glowing axe")],
       mc=["glowing axe", "braided white beard", "forge in background"], mnc=["hammer"]),
)

# 36 real-estate photography, undo after new draw
D("en",
  draw("real estate photo of a sunlit kitchen, white shaker cabinets, brass fixtures, a bowl of lemons on the island, wide angle",
       mc=["sunlit kitchen", "white shaker cabinets", "brass fixtures", "bowl of lemons"]),
  draw("now a bathroom, white subway tiles, brass fixtures, clawfoot tub",
       prompt="a bathroom, white subway tiles, brass fixtures, clawfoot tub",
       mc=["white subway tiles", "clawfoot tub", "brass fixtures"], mnc=["bowl of lemons", "shaker cabinets"]),
  undo("wait no bring the kitchen back", mc=["sunlit kitchen", "bowl of lemons"], mnc=["subway tiles", "clawfoot tub"]),
)
