from common import t
D = []
D.append([
 t("Product shot of a matte black coffee bag with a kraft paper label, on a light oak counter, soft morning light from the left, a few roasted beans scattered in front", "draw",
   ["matte black coffee bag", "kraft paper label", "light oak counter", "soft morning light"]),
 t("make the bag sage green", "edit", ["sage green coffee bag", "kraft paper label", "light oak counter"], ["black coffee bag"]),
 t("and lose the beans", "edit", ["sage green coffee bag", "kraft paper label"], ["beans"]),
])
D.append([
 t("dog on beach at sunset, golden retreiver, running thru waves", "draw", ["dog on beach", "at sunset", "waves"]),
 t("make it sunrise insted", "edit", ["sunrise", "dog on beach", "waves"], ["sunset"]),
 t("thx looks great", "chat", ["sunrise", "dog on beach"], ["sunset"]),
])
D.append([
 t("Could you draw a book cover for a fantasy novel: a lone lighthouse on a cliff during a storm, huge waves crashing below, title 'The Salt Keeper' in gold serif letters at the top", "draw",
   ["lone lighthouse", "on a cliff", "during a storm", "the salt keeper", "gold serif letters"], ["could you draw"]),
 t("change the title to 'The Tide Keeper'", "edit", ["the tide keeper", "lone lighthouse", "gold serif letters"], ["salt keeper"]),
 t("try 'The Storm Keeper'", "edit", ["the storm keeper", "lone lighthouse", "huge waves"], ["tide keeper", "salt keeper"]),
 t("nah, the first title was better", "edit", ["the salt keeper", "lone lighthouse", "gold serif letters"], ["storm keeper", "tide keeper"]),
])
D.append([
 t("Scandinavian living room, white walls, a grey linen sofa, a round walnut coffee table, a monstera plant in the corner, big window with afternoon light", "draw",
   ["scandinavian living room", "grey linen sofa", "round walnut coffee table", "monstera plant"]),
 t("swap the monstera for a fiddle leaf fig", "edit", ["fiddle leaf fig", "grey linen sofa", "round walnut coffee table"], ["monstera"]),
 t("what kind of rug would go with this?", "chat", ["fiddle leaf fig", "grey linen sofa"], ["monstera"]),
 t("ok add a jute rug under the table", "edit", ["jute rug", "fiddle leaf fig", "grey linen sofa"], ["monstera"]),
])
D.append([
 t("overhead shot of a bowl of ramen with a soft boiled egg, chashu pork, scallions and nori, dark slate background", "draw",
   ["bowl of ramen", "soft boiled egg", "chashu pork", "dark slate background"]),
 t("too dark", "edit", ["bowl of ramen", "soft boiled egg", "chashu pork"]),
 t("remove the nori", "edit", ["bowl of ramen", "chashu pork", "scallions"], ["nori"]),
])
D.append([
 t("draw a purple dragon eating ice cream in a park", "draw", ["purple dragon", "eating ice cream", "in a park"], ["draw"]),
 t("make him bigger!!! and give him a party hat", "edit", ["purple dragon", "party hat", "eating ice cream"]),
 t("undo", "undo", ["purple dragon", "eating ice cream", "in a park"], ["party hat"]),
])
D.append([
 t("Hero image for a meditation app: a woman sitting cross-legged on a floating rock above clouds, pastel pink and lavender sky, flat vector style, lots of empty space on the right for text", "draw",
   ["meditation app", "sitting cross-legged", "floating rock", "pastel pink and lavender sky", "flat vector style"]),
 t("make the sky mint and peach instead", "edit", ["mint and peach", "floating rock", "flat vector style"], ["pink and lavender"]),
 t("move the empty space to the left", "edit", ["empty space on the left", "mint and peach", "flat vector style"], ["on the right"]),
])
D.append([
 t("Fashion lookbook photo, model in an oversized camel wool coat and white sneakers walking across a crosswalk in Tokyo, overcast day, 35mm film look", "draw",
   ["oversized camel wool coat", "white sneakers", "in tokyo", "35mm film look"]),
 t("coat in burgundy pls", "edit", ["burgundy wool coat", "white sneakers", "35mm film look"], ["camel"]),
 t("and make it rain", "edit", ["rain", "burgundy wool coat", "white sneakers"]),
 t("no wait, go back, no rain", "undo", ["burgundy wool coat", "overcast day", "white sneakers"], ["rain"]),
])
D.append([
 t("minimal logo for a bakery called Crumb & Co, a wheat stalk inside a circle, brown on cream, thin line art", "draw",
   ["crumb & co", "wheat stalk", "inside a circle", "thin line art"]),
 t("can the circle be a hexagon", "edit", ["inside a hexagon", "wheat stalk", "crumb & co"], ["circle"]),
 t("is the font serif or sans?", "chat", ["inside a hexagon", "wheat stalk"], ["circle"]),
])
D.append([
 t("game concept art, a ruined desert temple half buried in sand, giant stone statue of a jackal, two moons in a teal sky, painterly", "draw",
   ["ruined desert temple", "half buried in sand", "stone statue of a jackal", "two moons", "teal sky"]),
 t("replace the jackal with a falcon", "edit", ["stone statue of a falcon", "ruined desert temple", "two moons"], ["jackal"]),
 t("make it one moon", "edit", ["stone statue of a falcon", "teal sky", "moon"], ["two moons"]),
])
D.append([
 t("ad for running shoes, a neon orange sneaker mid-air splashing through a puddle, black background, high-speed photography, dramatic rim light", "draw",
   ["neon orange sneaker", "splashing through a puddle", "black background", "dramatic rim light"]),
 t("make the sneaker electric blue", "edit", ["electric blue sneaker", "black background", "dramatic rim light"], ["neon orange"]),
 t("hm, which one looked better honestly?", "chat", ["electric blue sneaker", "black background"], ["neon orange"]),
 t("put the tagline 'Run Louder' at the bottom in white bold letters", "edit", ["run louder", "electric blue sneaker", "black background"]),
])
D.append([
 t("exterior of a modern concrete house on a hillside, floor-to-ceiling glass, infinity pool, at dusk with warm interior lights", "draw",
   ["modern concrete house", "on a hillside", "floor-to-ceiling glass", "infinity pool", "at dusk"]),
 t("make the concrete a dark timber cladding", "edit", ["dark timber", "on a hillside", "infinity pool"], ["concrete"]),
 t("lets try it in winter with snow", "edit", ["snow", "dark timber", "at dusk"]),
])
D.append([
 t("a cozy reading nook with a mustard velvet armchair, a mustard throw pillow on a window seat, a stack of books and a brass floor lamp", "draw",
   ["mustard velvet armchair", "mustard throw pillow", "brass floor lamp"]),
 t("make the mustard one teal", "ask", ["mustard velvet armchair", "mustard throw pillow"], ["teal"]),
 t("the armchair", "edit", ["teal velvet armchair", "mustard throw pillow", "brass floor lamp"], ["mustard velvet armchair"]),
])
D.append([
 t("Hello! I'd like a photograph of a ceramic teapot with steam rising, on a linen tablecloth, beside a small vase of dried lavender, shot at 50mm with shallow depth of field, please.", "draw",
   ["ceramic teapot", "steam rising", "linen tablecloth", "dried lavender", "shallow depth of field"], ["hello", "i'd like"]),
 t("Could you please make the teapot a deep cobalt blue glaze?", "edit", ["cobalt blue", "ceramic teapot", "dried lavender"], ["could you"]),
 t("Thank you, that's lovely.", "chat", ["cobalt blue", "ceramic teapot"]),
])
D.append([
 t("a red vintage bicycle leaning against a yellow wall, flower basket on the front", "draw", ["red vintage bicycle", "yellow wall", "flower basket"]),
 t("change the wall to pink, no, sorry, light blue", "edit", ["light blue wall", "red vintage bicycle", "flower basket"], ["pink", "yellow wall"]),
 t("and the basket full of sunflowers", "edit", ["sunflowers", "light blue wall", "red vintage bicycle"]),
])
D.append([
 t("watercolor illustration of a fox in a snowy forest, children's book style", "draw", ["watercolor illustration", "fox in a snowy forest", "children's book style"]),
 t("cute. give the fox a red scarf", "edit", ["red scarf", "snowy forest", "watercolor illustration"]),
 t("ok new picture: a bear cub fishing in a river, same watercolor style", "draw", ["bear cub", "fishing in a river", "watercolor"], ["fox", "red scarf", "snowy forest"]),
])
D.append([
 t("neon sign 'OPEN 24H' on a brick wall, rainy night, reflections", "draw", ["neon sign", "open 24h", "brick wall", "rainy night"]),
 t("text -> 'CLOSED'", "edit", ["closed", "neon sign", "brick wall", "rainy night"], ["open 24h"]),
 t("pink neon", "edit", ["pink neon", "closed", "brick wall"], ["open 24h"]),
])
D.append([
 t("a still life of lemons and a glass carafe of water on a blue tiled table, Mediterranean summer light", "draw",
   ["lemons", "glass carafe", "blue tiled table", "mediterranean summer light"]),
 t("why does the carafe look bent?", "chat", ["lemons", "glass carafe", "blue tiled table"]),
 t("the carafe looks weird, lose it", "edit", ["lemons", "blue tiled table", "mediterranean summer light"], ["carafe"]),
 t("and make the lemons oranges", "edit", ["oranges", "blue tiled table", "mediterranean summer light"], ["lemons", "carafe"]),
])
D.append([
 t("please make picture of one cat sleeping on laptop keyboard, the cat is grey tabby, office at night", "draw",
   ["grey tabby", "laptop keyboard", "office at night"], ["please make picture"]),
 t("the cat more small please", "edit", ["grey tabby", "laptop keyboard", "office at night"]),
 t("now is morning", "edit", ["morning", "grey tabby", "laptop keyboard"], ["at night"]),
])
D.append([
 t("flat lay of a skincare set: frosted glass serum bottle, white jar of cream, eucalyptus sprigs, on a pale pink background", "draw",
   ["frosted glass serum bottle", "white jar of cream", "eucalyptus sprigs", "pale pink background"]),
 t("change background to terracotta", "edit", ["terracotta background", "frosted glass serum bottle", "eucalyptus sprigs"], ["pale pink background"]),
 t("ugh no, undo", "undo", ["pale pink background", "frosted glass serum bottle"], ["terracotta"]),
 t("try sand beige", "edit", ["sand beige background", "frosted glass serum bottle", "white jar of cream"], ["pale pink background", "terracotta"]),
])
D.append([
 t("Character concept sheet of a young female airship mechanic, goggles on her forehead, oil-stained leather apron, brass prosthetic left arm, short copper hair, holding a wrench, standing on a wooden deck, steampunk, full body, front view, clean grey background", "draw",
   ["airship mechanic", "oil-stained leather apron", "brass prosthetic left arm", "short copper hair", "clean grey background"]),
 t("hair -> long braided black", "edit", ["long braided black hair", "brass prosthetic left arm", "holding a wrench"], ["short copper hair"]),
 t("give her a side view instead of front", "edit", ["side view", "long braided black hair", "leather apron"], ["front view"]),
])
D.append([
 t("a coffee shop interior with a chalkboard menu and a neon sign that says 'brew', exposed brick, hanging Edison bulbs", "draw",
   ["chalkboard menu", "neon sign", "brew", "exposed brick", "edison bulbs"]),
 t("change the text to 'roast'", "edit", ["roast", "neon sign", "chalkboard menu", "exposed brick"], ["brew"]),
 t("something's off", "ask", ["roast", "neon sign", "chalkboard menu"], ["brew"]),
])
D.append([
 t("a mountain lake at sunrise with a wooden canoe, pine trees, mist on the water and a waterfall in the distance", "draw",
   ["mountain lake", "wooden canoe", "pine trees", "mist on the water", "waterfall"]),
 t("remove the waterfall", "edit", ["mountain lake", "wooden canoe", "mist on the water"], ["waterfall"]),
 t("add a deer drinking at the shore", "edit", ["deer drinking", "wooden canoe", "pine trees"], ["waterfall"]),
 t("perfect, now a version at night", "edit", ["night", "deer drinking", "wooden canoe"], ["sunrise", "waterfall"]),
])
D.append([
 t("retro travel poster for Lisbon, yellow tram going up a steep street, terracotta rooftops, bold sans serif text 'LISBOA' at the bottom, limited palette", "draw",
   ["retro travel poster", "yellow tram", "steep street", "terracotta rooftops", "lisboa"]),
 t("make the tram bigger and more centered", "edit", ["yellow tram", "terracotta rooftops", "lisboa"]),
 t("text to PORTO", "edit", ["porto", "yellow tram", "terracotta rooftops"], ["lisboa"]),
])
D.append([
 t("product photo of a pair of wireless earbuds in an open white charging case on a concrete surface, studio lighting", "draw",
   ["wireless earbuds", "white charging case", "concrete surface", "studio lighting"]),
 t("make it a top-down shot", "edit", ["top-down", "wireless earbuds", "concrete surface"]),
 t("and the case black", "edit", ["black charging case", "wireless earbuds", "top-down"], ["white charging case"]),
])
D.append([
 t("wedding invitation illustration, eucalyptus wreath in watercolor around the names 'Ana & Tom', ivory paper", "draw",
   ["eucalyptus wreath", "ana & tom", "ivory paper"]),
 t("do you think gold foil would work here?", "chat", ["eucalyptus wreath", "ivory paper"], ["gold foil"]),
 t("ok add gold foil accents", "edit", ["gold foil accents", "eucalyptus wreath", "ana & tom"]),
 t("names are wrong lol it's 'Ana & Tomás'", "edit", ["ana & tomás", "eucalyptus wreath", "gold foil accents"]),
])
D.append([
 t("moody portrait of an old fisherman with a white beard, yellow raincoat, harbor in the background, overcast", "draw",
   ["old fisherman", "white beard", "yellow raincoat", "harbor in the background"]),
 t("less moody, more cheerful, sunny day", "edit", ["sunny", "old fisherman", "yellow raincoat"], ["overcast"]),
 t("make the raincoat red, the beard stays", "edit", ["red raincoat", "white beard", "old fisherman"], ["yellow raincoat"]),
])
D.append([
 t("i want a unicorn with rainbow hair on a cloud", "draw", ["unicorn", "rainbow hair", "on a cloud"], ["i want"]),
 t("can it have wings", "edit", ["wings", "unicorn", "rainbow hair"]),
 t("and a cat frend", "edit", ["cat", "wings", "rainbow hair"]),
 t("take away the wings", "edit", ["unicorn", "rainbow hair", "cat"], ["wings"]),
])
D.append([
 t("two mugs on a kitchen counter, a white mug on the left and a black mug on the right, morning light", "draw",
   ["white mug on the left", "black mug on the right", "kitchen counter"]),
 t("swap the colours", "edit", ["black mug on the left", "white mug on the right", "kitchen counter"], ["white mug on the left", "black mug on the right"]),
 t("make the mug bigger", "ask", ["black mug on the left", "white mug on the right"]),
 t("the one on the right", "edit", ["white mug on the right", "black mug on the left", "kitchen counter"]),
])
D.append([
 t("isometric 3d illustration of a tiny home office, desk with a laptop, a cactus, a bookshelf, warm lamp light, soft pastel colours", "draw",
   ["isometric 3d illustration", "tiny home office", "a cactus", "bookshelf", "soft pastel colours"]),
 t("cactus->succulent, add a cat on the desk, lamp off", "edit", ["succulent", "cat", "bookshelf", "isometric 3d illustration"], ["cactus"]),
 t("revert", "undo", ["a cactus", "warm lamp light", "tiny home office"], ["succulent"]),
])
D.append([
 t("storefront of a small flower shop with a wooden sign reading 'Bloom', buckets of tulips on the sidewalk, a bicycle parked on the right", "draw",
   ["flower shop", "wooden sign", "bloom", "buckets of tulips", "parked on the right"]),
 t("move the bike to the left side", "edit", ["left", "wooden sign", "buckets of tulips"], ["parked on the right"]),
 t("sign should read 'Petal' now", "edit", ["petal", "wooden sign", "buckets of tulips"], ["bloom"]),
])
D.append([
 t("a luxury perfume bottle made of clear glass with a gold cap, on a black marble plinth, dramatic spotlight, water ripples reflected", "draw",
   ["clear glass", "gold cap", "black marble plinth", "dramatic spotlight"]),
 t("frosted glass instead of clear", "edit", ["frosted glass", "gold cap", "black marble plinth"], ["clear glass"]),
 t("what would be the best aspect ratio for instagram?", "chat", ["frosted glass", "gold cap"], ["clear glass"]),
 t("cap in rose gold", "edit", ["rose gold cap", "frosted glass", "black marble plinth"], ["clear glass"]),
])
D.append([
 t("a little cactus in a pot on a windowsill", "draw", ["cactus in a pot", "on a windowsill"]),
 t("pot terracotta", "edit", ["terracotta pot", "cactus"]),
 t("cactus flowering, pink flowers", "edit", ["pink flowers", "terracotta pot", "on a windowsill"]),
])
D.append([
 t("Menu photo for a brunch cafe: avocado toast on sourdough topped with a poached egg and chili flakes, a flat white in a blue ceramic cup beside it, on a white marble table, bright natural window light, 45 degree angle", "draw",
   ["avocado toast on sourdough", "poached egg", "chili flakes", "blue ceramic cup", "white marble table", "45 degree angle"]),
 t("the cup looks weird, lose it", "edit", ["avocado toast on sourdough", "poached egg", "white marble table"], ["blue ceramic cup", "flat white"]),
 t("add a glass of orange juice instead", "edit", ["glass of orange juice", "poached egg", "white marble table"], ["blue ceramic cup"]),
 t("undo that", "undo", ["avocado toast on sourdough", "white marble table"], ["orange juice", "blue ceramic cup"]),
])
D.append([
 t("a minimalist poster of a single red hot air balloon over a beige desert, lots of negative space", "draw",
   ["red hot air balloon", "beige desert", "negative space"]),
 t("make it like the other one I did last week", "ask", ["red hot air balloon", "beige desert", "negative space"]),
 t("never mind. make the balloon striped red and white", "edit", ["striped red and white", "hot air balloon", "beige desert"]),
])
D.append([
 t("Editorial illustration for an article on remote work: a man working on a laptop in a hammock between two palm trees, bold flat colours, coral and navy palette, grain texture", "draw",
   ["remote work", "laptop in a hammock", "two palm trees", "coral and navy palette", "grain texture"]),
 t("Palette is too safe. Go acid green and navy.", "edit", ["acid green and navy", "laptop in a hammock", "grain texture"], ["coral"]),
 t("No. Coral was right. Put it back.", "undo", ["coral and navy palette", "laptop in a hammock"], ["acid green"]),
 t("Make the man a woman.", "edit", ["woman", "laptop in a hammock", "coral and navy palette"], ["a man working"]),
])
