from build import D

# en-001 packaging
D("en",
  ("draw", "Product shot of a matte black coffee bag with a kraft paper label, sitting on a light oak counter, soft window light from the left, a few roasted beans scattered in front", None,
   ["matte black coffee bag", "kraft paper label", "light oak counter"], []),
  ("edit", "swap the oak for white marble", [("light oak counter", "white marble counter")],
   ["white marble counter", "matte black coffee bag", "roasted beans scattered"], ["oak"]),
  ("chat", "nice, that's the one the client will like", ["white marble counter", "kraft paper label"], ["oak"]),
)
# en-002 app hero, wrapper
D("en",
  ("draw", "could you draw a hero illustration for a meditation app: a woman sitting cross-legged on a floating cloud, pastel lavender sky, tiny stars around her, flat vector style",
   "a hero illustration for a meditation app: a woman sitting cross-legged on a floating cloud, pastel lavender sky, tiny stars around her, flat vector style",
   ["meditation app", "floating cloud", "pastel lavender sky", "flat vector style"], ["could you draw"]),
  ("edit", "make the sky peach instead", [("pastel lavender sky", "pastel peach sky")],
   ["pastel peach sky", "floating cloud", "tiny stars"], ["lavender"]),
  ("undo", "nah go back", ["pastel lavender sky", "tiny stars"], ["peach"]),
  ("edit", "lose the stars", [(", tiny stars around her", "")],
   ["pastel lavender sky", "floating cloud", "flat vector style"], ["tiny stars"]),
)
# en-003 terse book cover
D("en",
  ("draw", "book cover, gothic mystery, old manor house on a hill, one lit window, full moon, heavy fog, title space at top", None,
   ["gothic mystery", "old manor house", "one lit window", "heavy fog"], []),
  ("edit", "moon -> crescent", [("full moon", "crescent moon")],
   ["crescent moon", "old manor house", "heavy fog"], ["full moon"]),
  ("edit", "2 lit windows", [("one lit window", "two lit windows")],
   ["lit windows", "crescent moon", "gothic mystery"], ["one lit window"]),
)
# en-004 child
D("en",
  ("draw", "draw a purple dragon eating a big ice cream cone in the park", "a purple dragon eating a big ice cream cone in the park",
   ["purple dragon", "big ice cream cone", "in the park"], ["draw a purple"]),
  ("edit", "make him green!!! and give him a party hat", [("purple dragon", "green dragon"), (None, ", wearing a party hat")],
   ["green dragon", "party hat", "big ice cream cone"], ["purple dragon"]),
  ("chat", "haha he looks silly i love him", ["green dragon", "party hat"], ["purple"]),
)
# en-005 fashion lookbook, long
D("en",
  ("draw", "Fashion lookbook photo: a tall model in an oversized camel wool coat over a cream turtleneck, wide-leg charcoal trousers, white leather sneakers, walking across a cobblestone street in Paris, overcast morning, 35mm film look, slight grain", None,
   ["oversized camel wool coat", "cream turtleneck", "charcoal trousers", "cobblestone street"], []),
  ("edit", "coat in burgundy pls", [("camel wool coat", "burgundy wool coat")],
   ["burgundy wool coat", "cream turtleneck", "35mm film look"], ["camel"]),
  ("edit", "and switch the sneakers to black chelsea boots", [("white leather sneakers", "black chelsea boots")],
   ["black chelsea boots", "burgundy wool coat", "cobblestone street"], ["sneakers"]),
  ("chat", "which one would you send to the client, this or the camel one?", ["black chelsea boots", "burgundy wool coat"], ["sneakers"]),
)
# en-006 interior, complaint remove then add
D("en",
  ("draw", "Scandinavian living room interior, a grey linen sofa against a white wall, a round walnut coffee table, a large fiddle leaf fig in the corner, afternoon sun through sheer curtains", None,
   ["grey linen sofa", "round walnut coffee table", "fiddle leaf fig", "sheer curtains"], []),
  ("edit", "the plant looks weird, get rid of it", [(", a large fiddle leaf fig in the corner", "")],
   ["grey linen sofa", "round walnut coffee table", "sheer curtains"], ["fiddle leaf fig"]),
  ("edit", "put a brass floor lamp there instead", [(None, ", a brass floor lamp in the corner")],
   ["brass floor lamp", "grey linen sofa", "afternoon sun"], ["fiddle leaf"]),
)
# en-007 food menu
D("en",
  ("draw", "overhead shot of a bowl of ramen with a soft boiled egg, chashu pork, nori and spring onions, dark slate background, steam rising", None,
   ["bowl of ramen", "soft boiled egg", "chashu pork", "dark slate background"], []),
  ("edit", "less dark? like a light wood table instead of the slate", [("dark slate background", "light wood table")],
   ["light wood table", "soft boiled egg", "steam rising"], ["slate"]),
  ("undo", "ugh no, undo that", ["dark slate background", "chashu pork"], ["light wood"]),
)
# en-008 game concept art, self-correction referring back
D("en",
  ("draw", "Game concept art, a lone knight in rusted armor standing at the edge of a cliff, looking at a ruined castle across a misty valley, dramatic sunset, painterly style", None,
   ["lone knight", "rusted armor", "ruined castle", "misty valley"], []),
  ("edit", "make the armor shiny gold", [("rusted armor", "shiny gold armor")],
   ["shiny gold armor", "ruined castle", "painterly style"], ["rusted armor"]),
  ("edit", "actually keep the armor rusted like before, but add a red cape", [("shiny gold armor", "rusted armor and a red cape")],
   ["rusted armor", "red cape", "misty valley"], ["gold armor"]),
)
# en-009 ambiguous referent
D("en",
  ("draw", "Two cats on a windowsill, a fluffy ginger cat and a sleek black cat, rain on the glass, cozy warm lamp light inside", None,
   ["fluffy ginger cat", "sleek black cat", "rain on the glass"], []),
  ("ask", "make the cat white", ["fluffy ginger cat", "sleek black cat"], ["white cat"]),
  ("edit", "the black one", [("sleek black cat", "sleek white cat")],
   ["sleek white cat", "fluffy ginger cat", "warm lamp light"], ["black cat"]),
)
# en-010 logo, text change
D("en",
  ("draw", "minimal logo for a bakery called Crumb & Co, a wheat stalk inside a circle, warm brown on cream, flat, no gradients", None,
   ["crumb & co", "wheat stalk inside", "warm brown on cream"], []),
  ("edit", "change the name to Crumb Club", [("Crumb & Co", "Crumb Club")],
   ["crumb club", "wheat stalk inside", "no gradients"], ["crumb & co"]),
  ("chat", "is that font something I could actually license?", ["crumb club", "warm brown on cream"], ["crumb & co"]),
)
# en-011 phone typos ad
D("en",
  ("draw", "ad for running shoes, neon green shoe mid-air over a wet city street at night, motion blur, reflections, bold and energetic", None,
   ["running shoes", "neon green shoe", "wet city street", "motion blur"], []),
  ("edit", "make teh shoe orange", [("neon green shoe", "neon orange shoe")],
   ["neon orange shoe", "wet city street", "motion blur"], ["green shoe"]),
  ("edit", "and daytime pls", [("at night", "in daytime")],
   ["neon orange shoe", "wet city street", "bold and energetic"], ["at night"]),
)
# en-012 children's book
D("en",
  ("draw", "Children's book illustration of a little fox reading a book under a mushroom during a rainstorm, watercolor, soft colors", None,
   ["little fox reading", "under a mushroom", "during a rainstorm", "soft colors"], []),
  ("edit", "can the fox have a yellow raincoat", [("a little fox", "a little fox in a yellow raincoat")],
   ["yellow raincoat", "under a mushroom", "during a rainstorm"], []),
  ("edit", "swap the rainstorm for snowfall", [("rainstorm", "snowfall")],
   ["during a snowfall", "yellow raincoat", "under a mushroom"], ["rainstorm"]),
  ("undo", "undo", ["during a rainstorm", "yellow raincoat"], ["snowfall"]),
)
# en-013 architecture
D("en",
  ("draw", "exterior render of a modern two-story house with a flat roof, floor-to-ceiling windows, board-formed concrete walls, a reflecting pool in front, dusk, warm interior lights", None,
   ["flat roof", "board-formed concrete walls", "reflecting pool", "warm interior lights"], []),
  ("edit", "concrete -> charred timber cladding", [("board-formed concrete walls", "charred timber cladding")],
   ["charred timber cladding", "reflecting pool", "flat roof"], ["concrete"]),
  ("edit", "camera lower, worm's-eye view", [(None, ", worm's-eye view")],
   ["worm's-eye view", "charred timber cladding", "warm interior lights"], ["concrete"]),
)
# en-014 polite non-native
D("en",
  ("draw", "Hello, please can you make a photo of perfume bottle, glass with gold cap, on pink silk fabric, with soft shadows and some rose petals. Thank you very much",
   "a photo of perfume bottle, glass with gold cap, on pink silk fabric, with soft shadows and some rose petals",
   ["perfume bottle", "gold cap", "pink silk fabric", "rose petals"], ["thank you", "please can you"]),
  ("edit", "Sorry, the petals are too many, please remove them", [(" and some rose petals", "")],
   ["perfume bottle", "pink silk fabric", "soft shadows"], ["rose petals"]),
  ("edit", "And the silk, can be blue color? light blue", [("pink silk fabric", "light blue silk fabric")],
   ["light blue silk fabric", "gold cap", "soft shadows"], ["pink silk"]),
)
# en-015 poster text, then new picture
D("en",
  ("draw", "poster for a jazz night, saxophone player silhouette, deep blue and gold, art deco lines, text 'Blue Note Fridays'", None,
   ["saxophone player silhouette", "art deco lines", "blue note fridays"], []),
  ("edit", "text should say 'Blue Note Saturdays'", [("Blue Note Fridays", "Blue Note Saturdays")],
   ["blue note saturdays", "art deco lines", "deep blue and gold"], ["fridays"]),
  ("draw", "ok different thing. a flyer for a farmers market, hand-drawn vegetables, cheerful, green and yellow",
   "a flyer for a farmers market, hand-drawn vegetables, cheerful, green and yellow",
   ["farmers market", "hand-drawn vegetables", "green and yellow"], ["saxophone", "blue note", "different thing"]),
)
# en-016 reaction "too dark"
D("en",
  ("draw", "a cozy cabin interior at night, stone fireplace with a crackling fire, a plaid armchair, a sleeping golden retriever on a sheepskin rug", None,
   ["stone fireplace", "plaid armchair", "sleeping golden retriever", "sheepskin rug"], []),
  ("edit", "way too dark. make it a sunny afternoon instead of night", [("at night", "on a sunny afternoon")],
   ["sunny afternoon", "stone fireplace", "plaid armchair"], ["at night"]),
  ("edit", "perfect, now the dog should be a black lab", [("golden retriever", "black lab")],
   ["sleeping black lab", "sheepskin rug", "sunny afternoon"], ["golden retriever"]),
)
# en-017 question chat
D("en",
  ("draw", "isometric illustration of a tiny coffee shop on a floating island, pastel colors, little people inside, a bicycle parked outside", None,
   ["isometric illustration", "tiny coffee shop", "floating island", "bicycle parked outside"], []),
  ("chat", "what does isometric actually mean? just curious", ["isometric illustration", "bicycle parked outside"], []),
  ("edit", "ok make the bicycle a red scooter", [("a bicycle", "a red scooter")],
   ["red scooter parked outside", "tiny coffee shop", "floating island"], ["bicycle"]),
)
# en-018 "make it bigger" with several objects
D("en",
  ("draw", "flat lay of a skincare set: a white jar, a green glass dropper bottle and a bamboo comb on beige linen, top-down, soft daylight", None,
   ["white jar", "green glass dropper bottle", "bamboo comb", "beige linen"], []),
  ("ask", "make it bigger", ["white jar", "green glass dropper bottle", "bamboo comb"], []),
  ("edit", "hm never mind that, just remove the comb", [(" and a bamboo comb", "")],
   ["white jar", "green glass dropper bottle", "beige linen"], ["bamboo comb"]),
)
# en-019 "perfect, now a version at night"
D("en",
  ("draw", "a rooftop bar in Lisbon at golden hour, string lights, terracotta rooftops in the background, two cocktails on a small round table", None,
   ["rooftop bar in lisbon", "string lights", "terracotta rooftops", "two cocktails"], []),
  ("edit", "perfect, now a version at night", [("at golden hour", "at night")],
   ["at night", "string lights", "terracotta rooftops"], ["golden hour"]),
  ("edit", "cocktails -> two glasses of red wine", [("two cocktails", "two glasses of red wine")],
   ["two glasses of red wine", "at night", "small round table"], ["cocktails"]),
)
# en-020 "the first colour was better"
D("en",
  ("draw", "packaging for a lemon soda can, pale yellow can with a big illustrated lemon slice, bold sans serif logo, water droplets, studio lighting", None,
   ["pale yellow can", "illustrated lemon slice", "water droplets"], []),
  ("edit", "try a mint green can", [("pale yellow can", "mint green can")],
   ["mint green can", "illustrated lemon slice", "studio lighting"], ["pale yellow"]),
  ("edit", "hmm, or lilac?", [("mint green can", "lilac can")],
   ["lilac can", "water droplets", "bold sans serif logo"], ["mint green", "pale yellow"]),
  ("edit", "no the first colour was better", [("lilac can", "pale yellow can")],
   ["pale yellow can", "illustrated lemon slice", "studio lighting"], ["lilac", "mint green"]),
)
# en-021 web hero, swap positions
D("en",
  ("draw", "Website hero image for a SaaS product: a laptop on a desk showing a dashboard, a potted succulent on the left, a coffee mug on the right, clean bright office, shallow depth of field", None,
   ["showing a dashboard", "potted succulent on the left", "coffee mug on the right", "shallow depth of field"], []),
  ("edit", "swap the succulent and the mug", [("a potted succulent on the left, a coffee mug on the right", "a potted succulent on the right, a coffee mug on the left")],
   ["succulent on the right", "mug on the left", "shallow depth of field"], ["succulent on the left", "mug on the right"]),
  ("chat", "cool", ["succulent on the right", "mug on the left"], []),
)
# en-022 subject swap, undo
D("en",
  ("draw", "wildlife photo of a red fox in a snowy birch forest, early morning, soft blue light, shot on a telephoto lens", None,
   ["red fox", "snowy birch forest", "soft blue light", "telephoto lens"], []),
  ("edit", "can we try an arctic fox instead", [("a red fox", "an arctic fox")],
   ["arctic fox", "snowy birch forest", "soft blue light"], ["red fox"]),
  ("undo", "undo pls", ["red fox", "snowy birch forest"], ["arctic fox"]),
)
# en-023 sign text, then unclear
D("en",
  ("draw", "street food stall at night, neon sign reading 'DUMPLING KING', steam, wet pavement, cinematic", None,
   ["street food stall", "dumpling king", "wet pavement"], []),
  ("edit", "sign: 'NOODLE QUEEN'", [("DUMPLING KING", "NOODLE QUEEN")],
   ["noodle queen", "street food stall", "wet pavement"], ["dumpling king"]),
  ("ask", "and the other one too", ["noodle queen", "street food stall"], []),
)
# en-024 camera angle and material
D("en",
  ("draw", "a product photo of a pair of wireless earbuds in an open charging case, eye-level shot, on a concrete plinth, moody side lighting", None,
   ["wireless earbuds", "open charging case", "concrete plinth", "moody side lighting"], []),
  ("edit", "change eye-level to a low angle shot", [("eye-level shot", "low angle shot")],
   ["low angle shot", "concrete plinth", "wireless earbuds"], ["eye-level"]),
  ("edit", "plinth in terrazzo", [("concrete plinth", "terrazzo plinth")],
   ["terrazzo plinth", "low angle shot", "moody side lighting"], ["concrete"]),
)
# en-025 long children's spread, two edits in one
D("en",
  ("draw", "A whimsical children's book spread: a small brown bear and a white rabbit having a picnic on a hill, a checkered red blanket, a basket of strawberries, kites in the sky, gouache texture, warm spring light", None,
   ["small brown bear", "white rabbit", "checkered red blanket", "basket of strawberries"], []),
  ("edit", "make the blanket blue and swap strawberries for blueberries", [("checkered red blanket", "checkered blue blanket"), ("basket of strawberries", "basket of blueberries")],
   ["checkered blue blanket", "basket of blueberries", "small brown bear"], ["red blanket", "strawberries"]),
  ("chat", "my daughter is going to love this", ["checkered blue blanket", "basket of blueberries"], ["strawberries"]),
)
# en-026 vague "change it"
D("en",
  ("draw", "Moody still life, a ceramic vase with dried pampas grass and a brass candle holder on a dark walnut sideboard, low key lighting", None,
   ["ceramic vase", "dried pampas grass", "brass candle holder", "dark walnut sideboard"], []),
  ("ask", "can you change it?", ["ceramic vase", "brass candle holder"], []),
  ("edit", "the candle holder, make it silver", [("brass candle holder", "silver candle holder")],
   ["silver candle holder", "ceramic vase", "dark walnut sideboard"], ["brass"]),
)
# en-027 mid-message self-correction, revert
D("en",
  ("draw", "lookbook shot, model in a yellow raincoat and rubber boots, standing in a puddle, grey city backdrop, fun", None,
   ["yellow raincoat", "rubber boots", "grey city backdrop"], []),
  ("edit", "raincoat red - wait no, cobalt blue", [("yellow raincoat", "cobalt blue raincoat")],
   ["cobalt blue raincoat", "rubber boots", "standing in a puddle"], ["yellow raincoat", "red raincoat"]),
  ("undo", "revert", ["yellow raincoat", "rubber boots"], ["cobalt"]),
)
# en-028 bigger / smaller
D("en",
  ("draw", "menu photo of a tall stack of fluffy pancakes with maple syrup, a small pat of butter on top, fresh berries on the side, bright cafe table", None,
   ["fluffy pancakes", "maple syrup", "fresh berries on the side"], []),
  ("edit", "butter bigger, like a big pat", [("a small pat of butter", "a big pat of butter")],
   ["big pat of butter", "fluffy pancakes", "maple syrup"], ["small pat"]),
  ("edit", "and a short stack not a tall one", [("a tall stack", "a short stack")],
   ["short stack of fluffy pancakes", "big pat of butter", "bright cafe table"], ["tall stack"]),
)
# en-029 wrapper, question, edit
D("en",
  ("draw", "Please generate a cyberpunk alley, a vending machine glowing pink, a stray cat, rain, holographic ads overhead",
   "a cyberpunk alley, a vending machine glowing pink, a stray cat, rain, holographic ads overhead",
   ["cyberpunk alley", "vending machine glowing pink", "stray cat", "holographic ads"], ["please generate"]),
  ("chat", "how long did that take to render?", ["cyberpunk alley", "vending machine glowing pink"], []),
  ("edit", "vending machine glowing teal instead", [("glowing pink", "glowing teal")],
   ["vending machine glowing teal", "stray cat", "holographic ads"], ["glowing pink"]),
)
# en-030 logo add then remove
D("en",
  ("draw", "logo for a surf shop named Salt Line, a single wave line, navy on white, thin monoline style", None,
   ["surf shop named salt line", "single wave line", "navy on white", "monoline style"], []),
  ("edit", "add a small sun above the wave", [(None, ", a small sun above the wave")],
   ["small sun above the wave", "navy on white", "single wave line"], []),
  ("edit", "no, no sun. too busy", [(", a small sun above the wave", "")],
   ["single wave line", "navy on white", "monoline style"], ["sun"]),
)
# en-031 "like before"
D("en",
  ("draw", "portrait of an elderly fisherman with a white beard, knitted navy beanie, weathered face, harbor behind him, overcast light, 85mm", None,
   ["elderly fisherman", "white beard", "knitted navy beanie", "harbor behind him"], []),
  ("edit", "beanie in mustard", [("knitted navy beanie", "knitted mustard beanie")],
   ["knitted mustard beanie", "white beard", "weathered face"], ["navy beanie"]),
  ("edit", "and dramatic sunset light instead of overcast", [("overcast light", "dramatic sunset light")],
   ["dramatic sunset light", "knitted mustard beanie", "harbor behind him"], ["overcast"]),
  ("edit", "beanie like before pls, the navy", [("knitted mustard beanie", "knitted navy beanie")],
   ["knitted navy beanie", "dramatic sunset light", "elderly fisherman"], ["mustard"]),
)
# en-032 game icon, add label, undo
D("en",
  ("draw", "game item icon, a glowing blue potion bottle with a cork stopper, fantasy RPG style, dark background", None,
   ["glowing blue potion bottle", "cork stopper", "fantasy rpg style"], []),
  ("edit", "health potion version: red", [("glowing blue potion", "glowing red potion")],
   ["glowing red potion bottle", "cork stopper", "dark background"], ["blue potion"]),
  ("edit", "add a skull label", [(" with a cork stopper", " with a cork stopper and a skull label")],
   ["skull label", "glowing red potion bottle", "cork stopper"], []),
  ("undo", "undo the label", ["glowing red potion bottle", "cork stopper"], ["skull label"]),
)
# en-033 interior materials
D("en",
  ("draw", "minimalist bathroom, freestanding white bathtub, green zellige tile wall, black matte faucet, a small olive tree in a pot, morning light", None,
   ["freestanding white bathtub", "green zellige tile wall", "black matte faucet", "small olive tree"], []),
  ("edit", "tiles in terracotta", [("green zellige tile wall", "terracotta zellige tile wall")],
   ["terracotta zellige tile wall", "freestanding white bathtub", "black matte faucet"], ["green zellige"]),
  ("edit", "faucet brushed brass", [("black matte faucet", "brushed brass faucet")],
   ["brushed brass faucet", "terracotta zellige", "small olive tree"], ["black matte"]),
)
# en-034 tote mockup, then unclear
D("en",
  ("draw", "A tote bag mockup, natural canvas tote with a screen printed orange tiger, hanging on a wooden hook against a white brick wall", None,
   ["natural canvas tote", "screen printed orange tiger", "wooden hook", "white brick wall"], []),
  ("edit", "tiger in pink", [("orange tiger", "pink tiger")],
   ["screen printed pink tiger", "natural canvas tote", "white brick wall"], ["orange tiger"]),
  ("ask", "hmm maybe the other one", ["screen printed pink tiger", "wooden hook"], []),
)
# en-035 short prompt
D("en",
  ("draw", "a cup of matcha latte on a pink table, top view", None,
   ["matcha latte", "pink table", "top view"], []),
  ("edit", "add a croissant next to it", [(" on a pink table", " and a croissant on a pink table")],
   ["a croissant", "matcha latte", "pink table"], []),
  ("chat", "thx!!", ["a croissant", "matcha latte"], []),
)
# en-036 real estate ad
D("en",
  ("draw", "real estate ad, bright open-plan kitchen with a marble island, three pendant lights, oak cabinets, bowl of lemons on the counter", None,
   ["open-plan kitchen", "marble island", "three pendant lights", "bowl of lemons"], []),
  ("edit", "the lemons look odd, lose them", [(", bowl of lemons on the counter", "")],
   ["marble island", "oak cabinets", "three pendant lights"], ["lemons"]),
  ("edit", "two pendants not three", [("three pendant lights", "two pendant lights")],
   ["two pendant lights", "marble island", "oak cabinets"], ["three pendant"]),
)
