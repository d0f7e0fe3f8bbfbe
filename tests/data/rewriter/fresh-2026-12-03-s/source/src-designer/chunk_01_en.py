d("en",
 ("Could you draw a matte black coffee bag with a kraft paper label, sitting on a concrete counter next to a white ceramic cup, soft morning light", "draw",
  ["matte black coffee bag", "kraft paper label", "concrete counter", "white ceramic cup", "soft morning light"], ["could you draw"]),
 ("label should be gold foil not kraft", "edit", ["gold foil label", "matte black coffee bag", "white ceramic cup"], ["kraft paper"]),
 ("hmm go back", "undo", ["kraft paper label", "matte black coffee bag", "concrete counter"], ["gold foil"]))
d("en",
 ("hero image for a fintech app, a young woman holding a phone and smiling, pastel purple gradient background, flat vector style", "draw",
  ["fintech app", "young woman holding a phone", "pastel purple gradient", "flat vector style"], []),
 ("can u make the gradient teal instead", "edit", ["pastel teal gradient", "young woman holding a phone", "flat vector style"], ["purple"]),
 ("what font would go with this?", "chat", ["pastel teal gradient", "flat vector style"], []))
d("en",
 ("book cover, a lighthouse on a cliff during a storm, huge waves, a single lit window, title text 'THE LAST KEEPER' at the top, moody oil painting", "draw",
  ["lighthouse on a cliff", "huge waves", "single lit window", "THE LAST KEEPER", "moody oil painting"], []),
 ("change the title to THE SALT KEEPER", "edit", ["THE SALT KEEPER", "lighthouse on a cliff", "huge waves"], ["THE LAST KEEPER"]),
 ("and lose the window light", "edit", ["lighthouse on a cliff", "THE SALT KEEPER", "moody oil painting"], ["lit window"]),
 ("no wait put it back", "undo", ["single lit window", "THE SALT KEEPER", "huge waves"], ["THE LAST KEEPER"]))
d("en",
 ("lookbook shot, model in an oversized camel coat and white sneakers walking down a rainy street in tokyo, shallow depth of feild", "draw",
  ["oversized camel coat", "white sneakers", "rainy street in tokyo"], []),
 ("coat in olive pls", "edit", ["oversized olive coat", "white sneakers", "rainy street in tokyo"], ["camel"]),
 ("sneakrs black too", "edit", ["black sneakers", "oversized olive coat", "rainy street"], ["white sneakers"]))
d("en",
 ("Scandinavian living room with a light oak floor, a grey linen sofa, a round white coffee table and a big fiddle leaf fig in the corner, afternoon sun through sheer curtains", "draw",
  ["light oak floor", "grey linen sofa", "round white coffee table", "big fiddle leaf fig", "sheer curtains"], []),
 ("swap the sofa for a cognac leather one", "edit", ["cognac leather sofa", "light oak floor", "fiddle leaf fig"], ["grey linen sofa"]),
 ("is the plant too big for the room in your opinion", "chat", ["cognac leather sofa", "big fiddle leaf fig"], []),
 ("ok make it smaller then", "edit", ["small fiddle leaf fig", "cognac leather sofa", "round white coffee table"], ["big fiddle leaf fig"]))
d("en",
 ("margherita pizza on a wooden board, top view", "draw", ["margherita pizza", "wooden board", "top view"], []),
 ("add a glass of red wine next to it", "edit", ["glass of red wine", "margherita pizza", "wooden board"], []),
 ("actually do it at a 45 degree angle", "edit", ["45 degree angle", "glass of red wine", "margherita pizza"], ["top view"]))
d("en",
 ("Concept art for a fantasy RPG: a dwarf blacksmith in a cavern forge, glowing molten metal, chains hanging from the ceiling, his beard braided with copper rings, warm orange light against cold blue shadows, painterly, wide shot", "draw",
  ["dwarf blacksmith", "cavern forge", "glowing molten metal", "braided with copper rings", "cold blue shadows"], []),
 ("the rings should be silver", "edit", ["silver rings", "dwarf blacksmith", "cavern forge"], ["copper rings"]),
 ("also close-up instead of wide", "edit", ["close-up", "silver rings", "glowing molten metal"], ["wide shot"]))
d("en",
 ("draw a bunny with a red balloon in a garden", "draw", ["bunny with a red balloon", "in a garden"], ["draw a bunny"]),
 ("i want the balloon to be BLUE!!", "edit", ["bunny with a blue balloon", "in a garden"], ["red balloon"]),
 ("and a puppy too", "edit", ["puppy", "bunny with a blue balloon", "in a garden"], []),
 ("the puppy is so cute", "chat", ["puppy", "blue balloon"], []))
d("en",
 ("billboard ad for a sparkling lemon soda, a frosty can on ice cubes, yellow background, big splash, text 'STAY ZESTY'", "draw",
  ["sparkling lemon soda", "frosty can", "ice cubes", "yellow background", "STAY ZESTY"], []),
 ("make the background lime green", "edit", ["lime green background", "frosty can", "STAY ZESTY"], ["yellow background"]),
 ("or try orange", "edit", ["orange background", "frosty can", "ice cubes"], ["lime green", "yellow background"]),
 ("nah the first colour was better", "edit", ["yellow background", "sparkling lemon soda", "STAY ZESTY"], ["orange background", "lime green"]))
d("en",
 ("logo: minimalist fox head, geometric lines, orange on white", "draw", ["minimalist fox head", "geometric lines", "orange on white"], []),
 ("owl instead of fox", "edit", ["minimalist owl head", "geometric lines", "orange on white"], ["fox"]),
 ("undo", "undo", ["minimalist fox head", "geometric lines"], ["owl"]))
d("en",
 ("Hello! Could you please create a product photo of a rose gold wristwatch on a slab of white marble, with a sprig of eucalyptus beside it and soft diffused studio lighting? Thank you so much!", "draw",
  ["rose gold wristwatch", "slab of white marble", "sprig of eucalyptus", "soft diffused studio lighting"], ["could you please", "thank you"]),
 ("Lovely. Would it be possible to replace the eucalyptus with a few dried lavender stems?", "edit", ["dried lavender stems", "rose gold wristwatch", "white marble"], ["eucalyptus"]),
 ("Thank you, that's exactly what I had in mind.", "chat", ["dried lavender stems", "rose gold wristwatch"], []))
d("en",
 ("modern concrete villa on a hillside, cantilevered terrace, infinity pool, sunset, olive trees", "draw",
  ["modern concrete villa", "cantilevered terrace", "infinity pool", "olive trees"], []),
 ("perfect, now a version at night", "edit", ["night", "modern concrete villa", "infinity pool"], ["sunset"]),
 ("lights on inside the house", "edit", ["lights on", "night", "cantilevered terrace"], ["sunset"]))
d("en",
 ("a cat and a dog sitting on a red sofa, cozy living room, watercolor", "draw", ["cat and a dog", "red sofa", "cozy living room", "watercolor"], []),
 ("make it bigger", "ask", ["cat and a dog", "red sofa", "watercolor"], []),
 ("the dog I mean", "edit", ["big", "red sofa", "cozy living room"], []))
d("en",
 ("Landing page hero for a meditation app: a calm lake at dawn, mist over the water, a lone wooden dock, a woman sitting cross-legged at the end of the dock, muted sage and peach palette, lots of empty space on the left for the headline", "draw",
  ["calm lake at dawn", "mist over the water", "lone wooden dock", "sitting cross-legged", "muted sage and peach palette", "empty space on the left"], []),
 ("can we swap peach for lavender", "edit", ["muted sage and lavender palette", "calm lake at dawn", "lone wooden dock"], ["peach"]),
 ("remove the mist", "edit", ["calm lake at dawn", "lone wooden dock", "sage and lavender"], ["mist over the water"]))
d("en",
 ("a red vintage bicycle leaning against a yellow wall, film photo", "draw", ["red vintage bicycle", "yellow wall", "film photo"], []),
 ("cool. now something totally different: a stack of pancakes with blueberries and maple syrup on a diner table", "draw",
  ["stack of pancakes", "blueberries and maple syrup", "diner table"], ["bicycle", "yellow wall"]),
 ("syrup dripping down the sides", "edit", ["dripping down the sides", "stack of pancakes", "diner table"], ["bicycle"]))
