D = [
# 1 packaging, hurried designer
[("Could you draw a matte black coffee bag with a kraft paper label, single origin Ethiopia, shot on a light oak table, soft window light from the left",
  "draw", ["matte black coffee bag", "kraft paper label", "light oak table", "soft window light"], ["could you draw"]),
 ("label should be white not kraft", "edit", ["white paper label", "matte black coffee bag", "light oak table"], ["kraft paper label"]),
 ("hmm no, go back", "undo", ["kraft paper label", "matte black coffee bag"], ["white paper label"])],
# 2 children's book, polite
[("Hello! I'm making a picture book for my niece. A little hedgehog wearing a yellow raincoat, holding a red umbrella, walking through a puddle in an autumn forest, watercolor style please",
  "draw", ["little hedgehog", "yellow raincoat", "red umbrella", "autumn forest", "watercolor style"]),
 ("Oh that's lovely. Would it be possible to change the umbrella to a green leaf instead? Like he's using a big leaf as an umbrella",
  "edit", ["green leaf", "yellow raincoat", "little hedgehog", "autumn forest"], ["red umbrella"]),
 ("thank you so much, she's going to love it", "chat", ["yellow raincoat", "little hedgehog", "autumn forest"], ["red umbrella"])],
# 3 terse AD
[("hero image, fintech app. isometric city at dusk, glowing teal data lines between towers, navy sky, lots of negative space top right",
  "draw", ["isometric city at dusk", "glowing teal data lines", "navy sky", "negative space"]),
 ("teal -> magenta", "edit", ["glowing magenta data lines", "isometric city at dusk", "navy sky"], ["teal"]),
 ("lose the data lines entirely", "edit", ["isometric city at dusk", "navy sky", "negative space"], ["data lines"]),
 ("no. put them back", "undo", ["glowing magenta data lines", "navy sky"], [])],
# 4 phone typos
[("a red velvet cake on a marble stand, raspberies on top, pink backround, food photgraphy",
  "draw", ["red velvet cake", "marble stand", "pink backround"]),
 ("can u make the stand gold", "edit", ["gold stand", "red velvet cake", "pink backround"], ["marble stand"]),
 ("actualy wood, sorry", "edit", ["wood stand", "red velvet cake", "raspberies on top"], ["marble stand", "gold stand"])],
# 5 book cover, art director with opinions
[("Book cover for a Nordic noir thriller: a lone figure in a long dark coat standing on a frozen lake, a red lighthouse far behind, heavy fog, desaturated blue tones, title space at the top",
  "draw", ["long dark coat", "frozen lake", "red lighthouse", "heavy fog", "desaturated blue tones"]),
 ("The lighthouse is screaming for attention. Make it grey so the figure reads first.", "edit",
  ["grey lighthouse", "frozen lake", "long dark coat", "heavy fog"], ["red lighthouse"]),
 ("Better. Why does the fog look so flat though?", "chat", ["grey lighthouse", "heavy fog", "frozen lake"], ["red lighthouse"])],
# 6 first-time user, short
[("a fat grey cat sitting on a sofa by the window", "draw", ["grey cat sitting", "on a sofa", "by the window"]),
 ("how do i make the sofa yellow", "edit", ["yellow sofa", "grey cat sitting", "by the window"], [])],
# 7 interiors
[("Scandinavian living room, white walls, a light grey linen sofa, a round walnut coffee table, a fiddle leaf fig in the corner, large window with sheer curtains, morning sun",
  "draw", ["light grey linen sofa", "round walnut coffee table", "fiddle leaf fig", "sheer curtains", "morning sun"]),
 ("sofa in terracotta", "edit", ["terracotta linen sofa", "round walnut coffee table", "fiddle leaf fig"], ["light grey linen sofa"]),
 ("and swap the fig for a tall snake plant", "edit", ["tall snake plant", "terracotta linen sofa", "sheer curtains"], ["fiddle leaf fig"]),
 ("the first sofa colour was better tbh", "edit", ["light grey linen sofa", "tall snake plant", "round walnut coffee table"], ["terracotta linen sofa"])],
# 8 game concept art
[("Concept art: an abandoned dwarven forge carved into a mountain, rivers of molten gold, broken iron statues, a single torch burning, cinematic wide shot",
  "draw", ["abandoned dwarven forge", "molten gold", "broken iron statues", "single torch burning", "cinematic wide shot"]),
 ("make the statues bigger", "edit", ["iron statues", "abandoned dwarven forge", "molten gold"], []),
 ("hmm which one is the torch? I can't find it", "chat", ["single torch burning", "molten gold"], [])],
# 9 ambiguous change
[("product shot of two perfume bottles, one blue glass and one clear glass, on wet black slate, water droplets, dramatic rim light",
  "draw", ["two perfume bottles", "blue glass", "clear glass", "wet black slate", "dramatic rim light"]),
 ("make the bottle taller", "ask", ["blue glass", "clear glass", "wet black slate"], []),
 ("the clear one", "edit", ["clear glass", "blue glass", "wet black slate", "dramatic rim light"], [])],
# 10 sign text
[("A cozy ramen shop at night in a rainy Tokyo alley, neon sign that says \"NOODLE BAR\", steam from the kitchen window, puddles reflecting pink light",
  "draw", ["cozy ramen shop", "rainy tokyo alley", "noodle bar", "steam from the kitchen", "puddles reflecting pink light"]),
 ("change the sign to say RAMEN 24H", "edit", ["ramen 24h", "rainy tokyo alley", "puddles reflecting pink light"], ["noodle bar"])],
# 11 fashion lookbook, self-correction
[("fashion lookbook, model in an oversized camel wool coat over a black turtleneck, wide leg cream trousers, white studio backdrop, full body, soft shadow",
  "draw", ["oversized camel wool coat", "black turtleneck", "wide leg cream trousers", "white studio backdrop"]),
 ("turtleneck to navy — wait no, burgundy", "edit", ["burgundy turtleneck", "oversized camel wool coat", "wide leg cream trousers"], ["black turtleneck", "navy turtleneck"]),
 ("perfect, that's the one for page 3", "chat", ["burgundy turtleneck", "oversized camel wool coat"], ["black turtleneck", "navy turtleneck"])],
# 12 logo
[("minimal logo for a bakery called Little Crumb, a croissant drawn in one continuous line, warm brown on cream, flat vector",
  "draw", ["little crumb", "one continuous line", "warm brown on cream", "flat vector"]),
 ("what font would go with this?", "chat", ["little crumb", "one continuous line", "flat vector"]),
 ("try it in dark green on cream", "edit", ["dark green on cream", "little crumb", "one continuous line"], ["warm brown on cream"])],
# 13 landscape, reaction
[("misty pine valley at sunrise, a wooden cabin with smoke from the chimney, a winding river, a deer drinking at the water",
  "draw", ["misty pine valley", "wooden cabin", "winding river", "deer drinking"]),
 ("too busy. the deer has to go", "edit", ["misty pine valley", "wooden cabin", "winding river"], ["deer"]),
 ("and make it sunset instead of sunrise", "edit", ["at sunset", "wooden cabin", "winding river"], ["sunrise", "deer"])],
# 14 undo first thing
[("a vintage red bicycle leaning against a yellow wall, a basket of sunflowers on the front, late afternoon shadows",
  "draw", ["vintage red bicycle", "yellow wall", "basket of sunflowers", "late afternoon shadows"]),
 ("wall in mint green", "edit", ["mint green wall", "vintage red bicycle", "basket of sunflowers"], ["yellow wall"]),
 ("undo", "undo", ["yellow wall", "vintage red bicycle", "basket of sunflowers"], ["mint green wall"])],
# 15 ad, vague
[("billboard ad: a frosty can of lemon soda bursting out of crushed ice, lemon slices flying, bright sky blue background, bold and fun",
  "draw", ["frosty can of lemon soda", "crushed ice", "lemon slices flying", "sky blue background"]),
 ("can you make it pop more", "ask", ["frosty can of lemon soda", "crushed ice", "sky blue background"], []),
 ("ok, make the background hot pink", "edit", ["hot pink background", "frosty can of lemon soda", "crushed ice"], ["sky blue background"])],
# 16 child
[("draw a dinosaur eating ice cream!!! a green t-rex with a strawbery ice cream cone",
  "draw", ["green t-rex", "strawbery ice cream cone"], ["draw a dinosaur"]),
 ("now make him purple", "edit", ["purple t-rex", "strawbery ice cream cone", "dinosaur eating ice cream"], ["green t-rex"]),
 ("can he have a party hat", "edit", ["party hat", "purple t-rex", "strawbery ice cream cone"], ["green t-rex"])],
# 17 architecture
[("Exterior render of a two-storey concrete house with floor-to-ceiling glass, cantilevered upper floor, a reflecting pool in front, olive trees, overcast sky",
  "draw", ["two-storey concrete house", "floor-to-ceiling glass", "reflecting pool", "olive trees", "overcast sky"]),
 ("What angle is this shot from?", "chat", ["two-storey concrete house", "reflecting pool", "overcast sky"]),
 ("Replace the concrete with charred timber cladding.", "edit", ["charred timber", "floor-to-ceiling glass", "reflecting pool", "olive trees"], ["concrete house"]),
 ("ok undo the timber", "undo", ["two-storey concrete house", "reflecting pool", "olive trees"], ["charred timber"])],
# 18 food menu, non-native
[("For menu of my restaurant: one plate of pad thai with shrimps, peanuts and lime on side, banana leaf under the plate, top view",
  "draw", ["plate of pad thai", "with shrimps", "banana leaf", "top view"]),
 ("please shrimps change to chicken", "edit", ["with chicken", "plate of pad thai", "banana leaf"], ["shrimps"]),
 ("is good. more one with tofu please", "edit", ["with tofu", "plate of pad thai", "banana leaf", "top view"], ["shrimps", "with chicken"])],
# 19 photography brief, long
[("Photography brief: portrait of an elderly fisherman with a white beard, yellow oilskin jacket, standing on a harbour wall, stormy grey sea behind him, shot on 85mm, shallow depth of field, natural overcast light, honest and weathered, no smile",
  "draw", ["elderly fisherman", "white beard", "yellow oilskin jacket", "stormy grey sea", "shallow depth of field"]),
 ("jacket orange", "edit", ["orange oilskin jacket", "white beard", "stormy grey sea"], ["yellow oilskin jacket"]),
 ("nice. keep everything but give him a knitted wool hat", "edit", ["knitted wool hat", "orange oilskin jacket", "white beard", "harbour wall"], ["yellow oilskin jacket"])],
# 20 pronoun reference, multiple objects -> ask
[("flat illustration for a web banner: a woman watering plants on a balcony, a cat sleeping on a chair, a striped awning above, pastel colours",
  "draw", ["woman watering plants", "cat sleeping on a chair", "striped awning", "pastel colours"]),
 ("make it bigger", "ask", ["woman watering plants", "cat sleeping on a chair", "striped awning"], []),
 ("the cat, sorry", "edit", ["woman watering plants", "striped awning", "pastel colours"], [])],
# 21 short regular
[("neon tiger logo, electric blue lines on black", "draw", ["neon tiger logo", "electric blue lines", "on black"]),
 ("orange lines", "edit", ["orange lines", "neon tiger logo", "on black"], ["electric blue lines"]),
 ("back to blue", "edit", ["electric blue lines", "neon tiger logo", "on black"], ["orange lines"])],
# 22 new picture after finishing
[("a bowl of tomato soup with basil leaves and a swirl of cream on a rustic wooden board, cozy autumn mood",
  "draw", ["bowl of tomato soup", "basil leaves", "swirl of cream", "rustic wooden board"]),
 ("great, that's the soup done. next one: a stack of blueberry pancakes with maple syrup dripping, same wooden board",
  "draw", ["blueberry pancakes", "maple syrup dripping"], ["tomato soup", "basil leaves"])],
# 23 mood / lighting
[("a girl reading under a huge oak tree in a meadow, golden hour, dandelions floating, dreamy pastel anime style",
  "draw", ["girl reading", "huge oak tree", "golden hour", "dandelions floating", "dreamy pastel anime style"]),
 ("replace golden hour with a starry night sky", "edit", ["starry night sky", "huge oak tree", "dandelions floating"], ["golden hour"]),
 ("eh, the other one felt warmer. revert", "undo", ["golden hour", "huge oak tree", "girl reading"], ["starry night sky"])],
# 24 question then edit, camera
[("sneaker product shot, white leather low-top with a gum sole, floating above a concrete block, hard sunlight, eye level",
  "draw", ["white leather low-top", "gum sole", "concrete block", "hard sunlight", "eye level"]),
 ("does the shadow look right to you?", "chat", ["white leather low-top", "concrete block", "hard sunlight"]),
 ("let's go low angle instead of eye level", "edit", ["low angle", "white leather low-top", "gum sole", "concrete block"], ["eye level"])],
# 25 remove prop, "lose it"
[("flat lay for a stationery brand: a leather notebook, a brass fountain pen, a cup of black coffee, dried eucalyptus, on beige linen",
  "draw", ["leather notebook", "brass fountain pen", "cup of black coffee", "dried eucalyptus", "beige linen"]),
 ("the cup looks weird, lose it", "edit", ["leather notebook", "brass fountain pen", "dried eucalyptus", "beige linen"], ["cup of black coffee"]),
 ("add a wax seal stamp where the cup was", "edit", ["wax seal stamp", "leather notebook", "brass fountain pen"], ["cup of black coffee"])],
# 26 ambiguous colour (two items same colour)
[("poster for a jazz night: a saxophonist in a red suit, a red velvet curtain behind him, spotlight from above, art deco border, gold text JAZZ AT NINE",
  "draw", ["saxophonist in a red suit", "red velvet curtain", "art deco border", "jazz at nine"]),
 ("change the red to emerald", "ask", ["saxophonist in a red suit", "red velvet curtain", "jazz at nine"], []),
 ("just the curtain", "edit", ["emerald velvet curtain", "saxophonist in a red suit", "art deco border"], ["red velvet curtain"])],
# 27 mid-message correction + two edits
[("an astronaut sitting on a crescent moon fishing into a sea of clouds, pink and lavender sky, children's book illustration",
  "draw", ["astronaut sitting", "crescent moon", "sea of clouds", "pink and lavender sky", "children's book illustration"]),
 ("make the sky mint and lavender and give the astronaut a red scarf", "edit",
  ["mint and lavender sky", "red scarf", "sea of clouds"], ["pink and lavender sky"])],
# 28 undo after two edits -> only one step back
[("isometric game room: a tiny pixel bedroom with a bunk bed, a glowing CRT tv, a purple beanbag, posters on the walls",
  "draw", ["tiny pixel bedroom", "bunk bed", "glowing crt tv", "purple beanbag"]),
 ("beanbag yellow", "edit", ["yellow beanbag", "bunk bed", "glowing crt tv"], ["purple beanbag"]),
 ("remove the bunk bed", "edit", ["yellow beanbag", "glowing crt tv", "tiny pixel bedroom"], ["bunk bed"]),
 ("undo that last one", "undo", ["bunk bed", "yellow beanbag", "glowing crt tv"], ["purple beanbag"])],
# 29 chat about usage
[("App onboarding illustration: a smiling cartoon cloud carrying a stack of folders, soft gradient from peach to lilac, friendly rounded shapes",
  "draw", ["smiling cartoon cloud", "stack of folders", "peach to lilac", "friendly rounded shapes"]),
 ("can I use this commercially?", "chat", ["smiling cartoon cloud", "stack of folders", "peach to lilac"]),
 ("ok cool, swap the folders for a paper plane", "edit", ["paper plane", "smiling cartoon cloud", "peach to lilac"], ["stack of folders"])],
# 30 move
[("a still life of three pears and a blue ceramic jug on a windowsill, the jug on the right, oil painting",
  "draw", ["three pears", "blue ceramic jug", "on a windowsill", "oil painting"]),
 ("move the jug to the left", "edit", ["on the left", "blue ceramic jug", "three pears", "oil painting"], ["on the right"])],
# 31 swap subject
[("a corgi in a tiny astronaut suit floating inside a space station, earth visible through the window, playful 3d render",
  "draw", ["corgi in a tiny", "tiny astronaut suit", "space station", "earth visible", "playful 3d render"]),
 ("swap the corgi for a sloth", "edit", ["sloth in a tiny", "tiny astronaut suit", "space station", "playful 3d render"], ["corgi"]),
 ("lol perfect", "chat", ["sloth in a tiny", "space station"], ["corgi"])],
# 32 "like before" reference
[("a glass greenhouse cafe, hanging ferns, wrought iron chairs painted white, rain on the glass roof",
  "draw", ["glass greenhouse cafe", "hanging ferns", "wrought iron chairs", "rain on the glass roof"]),
 ("paint the chairs black", "edit", ["painted black", "hanging ferns", "glass greenhouse cafe"], ["painted white"]),
 ("and take out the rain", "edit", ["painted black", "hanging ferns", "wrought iron chairs"], ["rain on the glass roof"]),
 ("chairs white like before please", "edit", ["painted white", "hanging ferns", "glass greenhouse cafe"], ["painted black", "rain on the glass roof"])],
# 33 unclear fragment
[("skincare ad, a frosted glass serum bottle with a bamboo cap on a bed of white sand, pale sage background, clean and calm",
  "draw", ["frosted glass serum bottle", "bamboo cap", "white sand", "pale sage background"]),
 ("hmm. the thing", "ask", ["frosted glass serum bottle", "bamboo cap", "pale sage background"], []),
 ("sorry, I meant swap the sand for smooth river stones", "edit", ["smooth river stones", "frosted glass serum bottle", "bamboo cap", "pale sage background"], ["white sand"])],
# 34 size smaller
[("a giant jellyfish drifting over a sunken city, bioluminescent blue, tiny divers with flashlights, deep ocean darkness",
  "draw", ["giant jellyfish", "sunken city", "bioluminescent blue", "tiny divers with flashlights"]),
 ("take out the divers", "edit", ["giant jellyfish", "sunken city", "bioluminescent blue"], ["divers"]),
 ("actually i miss them, bring the divers back", "undo", ["tiny divers with flashlights", "giant jellyfish", "sunken city"], [])],
# 35 material change, polite AD
[("Please render a lounge chair in cognac leather with a brushed steel frame, placed in a white gallery space, a single beam of light across the floor",
  "draw", ["cognac leather", "brushed steel frame", "white gallery space", "single beam of light"]),
 ("Let's try the frame in matte black steel.", "edit", ["matte black steel frame", "cognac leather", "white gallery space"], ["brushed steel frame"]),
 ("And the leather in olive suede, if you would.", "edit", ["olive suede", "matte black steel frame", "white gallery space"], ["cognac leather", "brushed steel frame"])],
# 36 chat-only follow ups
[("a hand-drawn map of a fantasy island with a volcano in the north, a pirate cove in the south, sea serpents in the margins, parchment texture",
  "draw", ["fantasy island", "volcano in the north", "pirate cove in the south", "sea serpents", "parchment texture"]),
 ("how big can I print this?", "chat", ["fantasy island", "volcano in the north", "parchment texture"]),
 ("put a compass rose in the bottom corner", "edit", ["compass rose", "volcano in the north", "pirate cove in the south", "parchment texture"])],
]
