# English designer dialogues. Each turn: (message, intent, must_contain "a|b", must_not_contain "a|b")
D = [
# 001 packaging, colour edit, undo
[("Product shot of a matte black coffee bag with a kraft paper label, sitting on a concrete countertop next to a ceramic pour-over dripper, soft morning window light",
  "draw", "matte black coffee bag|kraft paper label|concrete countertop|ceramic pour-over dripper", ""),
 ("make the bag matte green instead", "edit", "matte green coffee bag|kraft paper label|concrete countertop", "matte black coffee bag"),
 ("nah. back", "undo", "matte black coffee bag|ceramic pour-over dripper", "matte green coffee bag")],
# 002 hero image, wrapper, remove prop
[("Could you draw a hero image for a meditation app: a woman sitting cross-legged on a wooden dock over a misty lake, pine trees in the distance, pastel pink sky",
  "draw", "wooden dock|misty lake|pine trees|pastel pink sky", "could you draw"),
 ("lose the pine trees, they make it busy", "edit", "wooden dock|misty lake|pastel pink sky", "pine trees"),
 ("perfect, thanks!", "chat", "wooden dock|misty lake", "pine trees")],
# 003 book cover, text on sign
[("fantasy book cover, a lone knight standing before a ruined castle gate, a glowing blue sword in his hand, ravens circling overhead, the title 'THE ASHEN CROWN' in gold letters at the top",
  "draw", "lone knight|ruined castle gate|glowing blue sword|ravens circling overhead|THE ASHEN CROWN", ""),
 ("change the title to THE IRON CROWN", "edit", "THE IRON CROWN|lone knight|glowing blue sword", "THE ASHEN CROWN"),
 ("and make the sword glow red", "edit", "glowing red sword|THE IRON CROWN|ruined castle gate", "glowing blue sword"),
 ("hm, the blue was better actually", "edit", "glowing blue sword|THE IRON CROWN|ravens circling overhead", "glowing red sword")],
# 004 short prompt, terse regular
[("red sneaker floating mid air, white studio bg, soft shadow underneath", "draw", "red sneaker|soft shadow underneath", ""),
 ("yellow", "ask", "red sneaker", ""),
 ("the sneaker. yellow sneaker", "edit", "yellow sneaker|soft shadow underneath", "red sneaker")],
# 005 interior, material edit
[("Scandinavian living room interior, light oak floor, a grey linen sofa with two mustard cushions, a round marble coffee table, large window with sheer curtains, afternoon sun",
  "draw", "light oak floor|grey linen sofa|two mustard cushions|round marble coffee table|sheer curtains", ""),
 ("can the coffee table be walnut instead of marble", "edit", "round walnut coffee table|grey linen sofa|light oak floor", "marble"),
 ("what kind of lighting is this supposed to be?", "chat", "round walnut coffee table|sheer curtains", "marble"),
 ("swap the sofa to a green velvet one", "edit", "green velvet sofa|round walnut coffee table|two mustard cushions", "grey linen sofa")],
# 006 food menu, adding prop
[("overhead shot of a bowl of ramen with a soft boiled egg, sliced chashu pork and spring onions, on a dark slate table, chopsticks resting on the bowl",
  "draw", "bowl of ramen|soft boiled egg|sliced chashu pork|dark slate table", ""),
 ("add a small glass of iced tea on the left", "edit", "glass of iced tea|bowl of ramen|soft boiled egg|dark slate table", ""),
 ("brighter please, it's too dark", "edit", "bowl of ramen|glass of iced tea|soft boiled egg", "")],
# 007 child user, animals
[("draw a purple dragon eating a pizza on the moon", "draw", "purple dragon|eating a pizza|on the moon", ""),
 ("make the dragon pink!!!", "edit", "pink dragon|eating a pizza|on the moon", "purple dragon"),
 ("now give him a party hat", "edit", "pink dragon|party hat|on the moon", "purple dragon"),
 ("undo the hat", "undo", "pink dragon|eating a pizza", "party hat")],
# 008 fashion lookbook, swap subject garment
[("fashion lookbook photo, a model in an oversized camel wool coat and black turtleneck walking down a cobblestone street in Paris, overcast daylight, 35mm film look",
  "draw", "oversized camel wool coat|black turtleneck|cobblestone street|35mm film look", ""),
 ("replace the turtleneck with a white silk shirt", "edit", "white silk shirt|oversized camel wool coat|cobblestone street", "black turtleneck"),
 ("coat in navy pls", "edit", "oversized navy wool coat|white silk shirt|35mm film look", "camel")],
# 009 game concept art, time of day
[("game concept art of a floating market town built on giant lily pads, wooden stalls with paper lanterns, merchants in straw hats, at sunset",
  "draw", "floating market town|giant lily pads|paper lanterns|straw hats", ""),
 ("make it night", "edit", "floating market town|paper lanterns|giant lily pads", "at sunset"),
 ("cool. and a new one: same town but seen from above, in winter, snow on the lily pads", "draw", "lily pads", "")],
# 010 logo
[("minimal logo for a bakery called Crumb & Co, a line drawing of a croissant inside a circle, dark brown on cream background",
  "draw", "Crumb & Co|line drawing of a croissant|cream background", ""),
 ("i meant Crumb and Co, no ampersand", "edit", "Crumb and Co|line drawing of a croissant|cream background", "Crumb & Co"),
 ("can you make it a muffin rather than croissant", "edit", "line drawing of a muffin|Crumb and Co|cream background", "croissant")],
# 011 ask: ambiguous "change colour"
[("a blue vintage car parked in front of a yellow diner with a red neon sign saying OPEN, 1950s americana, golden hour",
  "draw", "blue vintage car|yellow diner|red neon sign|saying OPEN", ""),
 ("change the colour", "ask", "blue vintage car|yellow diner|red neon sign", ""),
 ("the car, make it mint green", "edit", "mint green vintage car|yellow diner|red neon sign", "blue vintage car")],
# 012 non-native speaker, architecture
[("please i want a modern house with big glass wall, on the hill, there is a swimming pool in front, evening, the lights inside are on",
  "draw", "modern house|big glass wall|swimming pool", ""),
 ("pool is not need, remove it please", "edit", "modern house|big glass wall", "swimming pool"),
 ("oh sorry i want the pool back", "undo", "swimming pool|modern house", "")],
# 013 ad, long prompt
[("billboard ad for a sparkling water brand: a tall glass bottle of lime sparkling water bursting out of a splash of water, sliced limes and mint leaves flying around it, bright turquoise background, high-speed photography, crisp droplets, the slogan 'Stay Fresh' in bold white sans-serif at the bottom",
  "draw", "lime sparkling water|sliced limes|mint leaves|bright turquoise background|Stay Fresh", ""),
 ("flavour change: grapefruit. the bottle and the fruit", "edit", "grapefruit sparkling water|bright turquoise background|mint leaves|Stay Fresh", "lime sparkling water|sliced limes"),
 ("background more like coral pink", "edit", "coral pink background|grapefruit sparkling water|Stay Fresh", "turquoise")],
# 014 photography brief, camera angle
[("low angle shot of a skateboarder mid-ollie over a concrete stair set, fisheye lens, blue sky, late afternoon",
  "draw", "skateboarder mid-ollie|concrete stair set|fisheye lens|blue sky", ""),
 ("actually shoot it from the side, no fisheye", "edit", "skateboarder mid-ollie|concrete stair set|blue sky", "fisheye lens|low angle shot"),
 ("which one do you think reads better for a poster?", "chat", "skateboarder mid-ollie|concrete stair set", "fisheye lens")],
# 015 children's book, size
[("children's book illustration, watercolor, a tiny hedgehog holding a red umbrella walking through a field of giant sunflowers in the rain",
  "draw", "tiny hedgehog|red umbrella|giant sunflowers|children's book illustration", ""),
 ("umbrella bigger, like huge, covering him completely", "edit", "tiny hedgehog|giant sunflowers|children's book illustration", ""),
 ("and yellow, not red", "edit", "yellow umbrella|tiny hedgehog|giant sunflowers", "red umbrella")],
# 016 typo phone user
[("a cozy cafe interor with exposed brick walls, hanging edison bulbs and a barista making latte art", "draw", "exposed brick walls|hanging edison bulbs|latte art", ""),
 ("remve the bulbs", "edit", "exposed brick walls|latte art", "edison bulbs"),
 ("wait no undo tht", "undo", "hanging edison bulbs|exposed brick walls", "")],
# 017 "the first colour was better" reference back
[("flat vector illustration of a fox sitting under an orange maple tree, autumn leaves falling, minimal style",
  "draw", "flat vector illustration|orange maple tree|autumn leaves falling", ""),
 ("make the tree crimson", "edit", "crimson maple tree|flat vector illustration|autumn leaves falling", "orange maple tree"),
 ("try golden", "edit", "golden maple tree|flat vector illustration", "crimson maple tree"),
 ("ugh the first colour was better, go with that", "edit", "orange maple tree|flat vector illustration|autumn leaves falling", "golden maple tree|crimson maple tree")],
# 018 self-correction mid-message
[("a ceramic vase with dried pampas grass on a beige linen tablecloth, minimalist, soft shadows",
  "draw", "ceramic vase|dried pampas grass|beige linen tablecloth|soft shadows", ""),
 ("make the tablecloth sage green, no wait, terracotta", "edit", "terracotta linen tablecloth|ceramic vase|dried pampas grass", "beige linen tablecloth|sage green")],
# 019 question about the picture
[("isometric 3d illustration of a small office desk with a laptop, a potted cactus and a coffee mug, pastel colors", "draw", "isometric 3d illustration|potted cactus|coffee mug|pastel colors", ""),
 ("is that a cactus or a succulent?", "chat", "potted cactus|coffee mug", ""),
 ("make it a succulent then", "edit", "potted succulent|coffee mug|isometric 3d illustration", "potted cactus")],
# 020 moving things
[("poster for a jazz night: a saxophone player silhouetted on the left, a huge full moon on the right, deep navy background, art deco border",
  "draw", "saxophone player|huge full moon|deep navy background|art deco border", ""),
 ("move the moon behind the player", "edit", "saxophone player|huge full moon|deep navy background|art deco border", ""),
 ("put the date '12 MAY' at the bottom", "edit", "12 MAY|saxophone player|art deco border", "")],
# 021 polite art director, lighting
[("Hi! I'd love an editorial photo of a perfume bottle made of frosted glass on a wet black stone, dramatic side lighting, dark moody background, tiny water droplets",
  "draw", "frosted glass|wet black stone|dramatic side lighting|water droplets", "I'd love"),
 ("Could the lighting be softer and warmer, please? More like candlelight.", "edit", "perfume bottle|frosted glass|wet black stone", "dramatic side lighting"),
 ("Lovely, thank you so much.", "chat", "frosted glass|wet black stone", "dramatic side lighting")],
# 022 "it" ambiguity -> ask
[("a black cat and a white dog sleeping together on a red sofa", "draw", "black cat|white dog|red sofa", ""),
 ("make it grey", "ask", "black cat|white dog|red sofa", ""),
 ("the sofa", "edit", "grey sofa|black cat|white dog", "red sofa")],
# 023 new draw after chat
[("cyberpunk alley at night, neon signs in japanese, rain puddles reflecting pink and cyan light, a food cart with steam rising",
  "draw", "cyberpunk alley|neon signs|rain puddles|food cart", ""),
 ("sick", "chat", "cyberpunk alley|food cart", ""),
 ("ok new picture: a sunny mediterranean harbour with white boats and blue doors", "draw", "mediterranean harbour|white boats|blue doors", "cyberpunk alley|food cart")],
# 024 remove text
[("cafe menu board illustration, chalk on blackboard, drawings of croissants and coffee cups, the words 'TODAY'S SPECIAL: PUMPKIN LATTE' in the middle",
  "draw", "chalk on blackboard|drawings of croissants|PUMPKIN LATTE", ""),
 ("change pumpkin latte to chai latte", "edit", "CHAI LATTE|chalk on blackboard|drawings of croissants", "PUMPKIN LATTE"),
 ("and drop the croissants", "edit", "CHAI LATTE|chalk on blackboard|coffee cups", "croissants")],
# 025 undo twice
[("a wooden rowboat on a calm alpine lake, snowy peaks, reflection in the water, clear morning", "draw", "wooden rowboat|calm alpine lake|snowy peaks", ""),
 ("make the boat red", "edit", "red wooden rowboat|calm alpine lake|snowy peaks", ""),
 ("add a fisherman in it", "edit", "a fisherman|red wooden rowboat|snowy peaks", ""),
 ("undo", "undo", "red wooden rowboat|calm alpine lake", "fisherman")],
# 026 sizes
[("app onboarding illustration, a giant smartphone with a tiny person climbing a ladder up its side, flat colors, purple and teal palette",
  "draw", "giant smartphone|tiny person|climbing a ladder|purple and teal palette", ""),
 ("palette should be orange and teal", "edit", "orange and teal palette|giant smartphone|tiny person", "purple and teal"),
 ("what's the little guy holding?", "chat", "giant smartphone|orange and teal palette", "")],
# 027 ambiguous "remove that"
[("still life of a wicker basket with lemons and a glass jug of milk, a striped blue towel, a loaf of sourdough bread, rustic wooden table",
  "draw", "wicker basket with lemons|glass jug of milk|striped blue towel|loaf of sourdough bread", ""),
 ("remove that thing", "ask", "wicker basket with lemons|glass jug of milk|loaf of sourdough bread", ""),
 ("the towel", "edit", "wicker basket with lemons|glass jug of milk|loaf of sourdough bread", "striped blue towel")],
# 028 fast regular: multiple edits in one message
[("product shot, white wireless earbuds in an open charging case, on pale pink silk fabric, soft studio lighting", "draw", "white wireless earbuds|open charging case|pale pink silk fabric|soft studio lighting", ""),
 ("black earbuds, grey silk", "edit", "black wireless earbuds|grey silk fabric|open charging case", "white wireless earbuds|pink"),
 ("yes", "chat", "black wireless earbuds|open charging case", "white wireless earbuds")],
# 029 interior, add and material
[("bathroom interior with green zellige tiles, a freestanding white bathtub, brass taps, a round mirror and a big monstera plant in the corner",
  "draw", "green zellige tiles|freestanding white bathtub|brass taps|round mirror|monstera plant", ""),
 ("taps in matte black", "edit", "matte black|green zellige tiles|freestanding white bathtub", "brass taps"),
 ("the plant looks weird, lose it", "edit", "matte black|green zellige tiles|round mirror", "monstera plant")],
# 030 book cover romance, mood
[("romance novel cover, two silhouettes under a single umbrella on a rainy london street, bokeh city lights, melancholic mood, title 'Under the Same Sky'",
  "draw", "two silhouettes|single umbrella|rainy london street|Under the Same Sky", ""),
 ("mood should be hopeful, not melancholic", "edit", "hopeful mood|two silhouettes|Under the Same Sky", "melancholic"),
 ("undo that", "undo", "melancholic mood|single umbrella", "hopeful")],
# 031 short, chat question
[("watercolor map of a fantasy island with a volcano", "draw", "watercolor map|fantasy island|with a volcano", ""),
 ("nice, is this free to use commercially?", "chat", "watercolor map|fantasy island", ""),
 ("add a sea serpent near the coast", "edit", "sea serpent|watercolor map|with a volcano", "")],
# 032 swap subject animal
[("portrait of a barn owl perched on a mossy branch, dark forest background, rim light, ultra detailed feathers",
  "draw", "barn owl|mossy branch|dark forest background|rim light", ""),
 ("swap the owl for a red squirrel", "edit", "red squirrel|mossy branch|dark forest background|rim light", "barn owl"),
 ("the owl was better honestly", "edit", "barn owl|mossy branch|rim light", "red squirrel")],
# 033 cross-check sign text
[("storefront of a tiny flower shop in Tokyo, wooden facade, buckets of tulips outside, a hand-painted sign reading 'HANA FLOWERS'", "draw", "tiny flower shop|wooden facade|buckets of tulips|HANA FLOWERS", ""),
 ("sign should say BLOOM STUDIO", "edit", "BLOOM STUDIO|tiny flower shop|buckets of tulips", "HANA"),
 ("tulips to peonies", "edit", "buckets of peonies|BLOOM STUDIO|wooden facade", "tulips")],
# 034 ask: vague
[("a studio photo of a leather handbag in cognac brown with gold hardware on a plinth, beige backdrop", "draw", "leather handbag|cognac brown|gold hardware|beige backdrop", ""),
 ("make it better", "ask", "leather handbag|gold hardware|beige backdrop", ""),
 ("hardware silver", "edit", "silver hardware|leather handbag|beige backdrop", "gold hardware")],
# 035 game concept, add characters, undo
[("top-down game map of a dungeon level, stone corridors, a treasure chest in the center room, torches on the walls, pixel art", "draw", "stone corridors|treasure chest|torches on the walls|pixel art", ""),
 ("put a sleeping dragon next to the chest", "edit", "sleeping dragon|treasure chest|pixel art", ""),
 ("meh revert", "undo", "treasure chest|stone corridors", "sleeping dragon")],
# 036 long detailed web hero
[("Website hero banner for an outdoor gear brand: a hiker in a bright orange rain jacket standing on a rocky ridge, looking at a valley full of low clouds, early sunrise, wide panoramic shot, lots of empty sky on the right for the headline",
  "draw", "bright orange rain jacket|rocky ridge|low clouds|wide panoramic shot", ""),
 ("jacket yellow", "edit", "bright yellow rain jacket|rocky ridge|low clouds", "orange rain jacket"),
 ("and the headline space should be on the left", "edit", "bright yellow rain jacket|rocky ridge|empty sky on the left", "on the right"),
 ("great, that's the one", "chat", "bright yellow rain jacket|empty sky on the left", "orange rain jacket")],
]
