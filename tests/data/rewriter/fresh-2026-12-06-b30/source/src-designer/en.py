# Hand-written English designer dialogues. Each turn: (message, intent, must_contain, must_not_contain)
D = [
 [("Could you draw a golden retriever puppy asleep on a blue knitted blanket next to a crackling fireplace, warm cozy light", "draw",
   ["golden retriever puppy", "blue knitted blanket", "crackling fireplace"], ["could you draw"]),
  ("make the blanket red", "edit", ["red knitted blanket", "golden retriever puppy", "crackling fireplace"], ["blue knitted blanket"]),
  ("aww perfect", "chat", ["red knitted blanket", "golden retriever puppy"], [])],

 [("matte black aluminium water bottle on a wet slate rock, mountain lake behind, morning mist, product shot for an outdoor brand", "draw",
   ["matte black aluminium water bottle", "wet slate rock", "morning mist"], []),
  ("swap the mist for golden hour sun", "edit", ["golden hour sun", "matte black aluminium water bottle", "wet slate rock"], ["morning mist"]),
  ("hmm no go back", "undo", ["morning mist", "wet slate rock"], ["golden hour sun"])],

 [("book cover: a lone lighthouse on a cliff during a violent storm, huge waves, one lit window, title space at the top, painterly style", "draw",
   ["lone lighthouse", "violent storm", "one lit window", "painterly style"], []),
  ("lose the waves", "edit", ["lone lighthouse", "violent storm", "one lit window"], ["huge waves"]),
  ("is there enough room at the top for the title?", "chat", ["lone lighthouse", "one lit window"], [])],

 [("hero image for a meditation app. soft pastel gradient sky, a woman sitting cross-legged on a floating island, small waterfall pouring off the edge", "draw",
   ["soft pastel gradient sky", "floating island", "small waterfall"], []),
  ("remove the waterfall", "edit", ["floating island", "soft pastel gradient sky", "cross-legged"], ["waterfall"]),
  ("now make it night", "edit", ["night", "floating island", "cross-legged"], ["waterfall"])],

 [("a bowl of ramen with a soft boiled egg, chashu pork and green onions, steam rising, dark wooden counter, overhead shot for a menu", "draw",
   ["bowl of ramen", "soft boiled egg", "chashu pork", "dark wooden counter"], []),
  ("too dark, brighten it up", "edit", ["bowl of ramen", "soft boiled egg", "chashu pork"], []),],

 [("minimalist living room with a white linen sofa, a round oak coffee table and a tall fiddle leaf fig in the corner, scandinavian, daylight", "draw",
   ["white linen sofa", "round oak coffee table", "fiddle leaf fig"], []),
  ("sofa in green velvet instead of white linen", "edit", ["green velvet sofa", "round oak coffee table", "fiddle leaf fig"], ["white linen sofa"]),
  ("and the table should be marble", "edit", ["round marble coffee table", "green velvet sofa", "fiddle leaf fig"], ["oak coffee table"]),
  ("actually the oak was nicer, keep the velvet tho", "edit", ["round oak coffee table", "green velvet sofa"], ["marble coffee table"])],

 [("pls draw a cute red fox wearing a yellow raincoat holding a tiny umbrella, childrens book watercolor", "draw",
   ["red fox", "yellow raincoat", "tiny umbrella"], ["pls draw"]),
  ("what does the fox look like right now", "chat", ["red fox", "yellow raincoat"], []),
  ("make the raincoat purple", "edit", ["purple raincoat", "red fox", "tiny umbrella"], ["yellow raincoat"])],

 [("Poster for a jazz night. A saxophone player in silhouette under a single blue spotlight, smoky club, art deco border, text 'BLUE NOTE FRIDAYS' on a neon sign", "draw",
   ["saxophone player", "single blue spotlight", "art deco border", "BLUE NOTE FRIDAYS"], []),
  ("change the sign to say 'LATE SET SATURDAYS'", "edit", ["LATE SET SATURDAYS", "saxophone player", "art deco border"], ["BLUE NOTE FRIDAYS"]),
  ("spotlight red", "edit", ["single red spotlight", "LATE SET SATURDAYS", "saxophone player"], ["blue spotlight"])],

 [("a white ceramic coffee mug on a marble countertop with a croissant beside it, soft window light", "draw",
   ["white ceramic coffee mug", "marble countertop", "croissant"], []),
  ("the croissant looks weird, lose it", "edit", ["white ceramic coffee mug", "marble countertop", "soft window light"], ["croissant"]),
  ("undo", "undo", ["croissant", "white ceramic coffee mug"], [])],

 [("Fashion lookbook shot: model in an oversized camel wool coat and white sneakers walking across a rainy crosswalk in Tokyo at dusk, shot on 35mm", "draw",
   ["oversized camel wool coat", "white sneakers", "rainy crosswalk", "shot on 35mm"], []),
  ("coat in charcoal", "edit", ["oversized charcoal wool coat", "white sneakers", "rainy crosswalk"], ["camel wool coat"]),
  ("can u make it a bit more moody", "edit", ["oversized charcoal wool coat", "white sneakers", "rainy crosswalk"], [])],

 [("game concept art, a ruined desert temple half buried in sand, giant stone statue of a jackal, two suns in the sky", "draw",
   ["ruined desert temple", "giant stone statue", "two suns"], []),
  ("make the statue a lion not a jackal", "edit", ["lion", "ruined desert temple", "two suns"], ["jackal"]),
  ("three suns", "edit", ["three suns", "lion", "ruined desert temple"], ["two suns"])],

 [("logo idea - a simple orange hummingbird made of geometric shapes on a white background", "draw",
   ["orange hummingbird", "geometric shapes", "white background"], []),
  ("hummingbird teal pls", "edit", ["teal hummingbird", "geometric shapes", "white background"], ["orange hummingbird"]),
  ("hmm i liked the first colour better", "edit", ["orange hummingbird", "geometric shapes"], ["teal hummingbird"])],

 [("A tiny cottage with a thatched roof in a field of lavender, bicycle leaning on the fence", "draw",
   ["tiny cottage", "thatched roof", "field of lavender", "bicycle"], []),
  ("can you move the bicycle to the left side", "edit", ["bicycle", "left", "thatched roof", "field of lavender"], []),
  ("thanks thats great", "chat", ["bicycle", "field of lavender"], [])],

 [("draw me a dragon, something cool for my sons birthday card", "draw", ["dragon"], ["draw me"]),
  ("a green one with big wings", "edit", ["green", "dragon", "big wings"], []),
  ("flying over a castle", "edit", ["dragon", "big wings", "castle"], [])],

 [("skincare packaging: frosted glass serum bottle with a rose gold dropper on a pink silk cloth, scattered rose petals, high key studio lighting", "draw",
   ["frosted glass serum bottle", "rose gold dropper", "pink silk cloth", "rose petals"], []),
  ("get rid of the petals, too busy", "edit", ["frosted glass serum bottle", "rose gold dropper", "pink silk cloth"], ["rose petals"]),
  ("cloth in sage green", "edit", ["sage green silk cloth", "frosted glass serum bottle", "rose gold dropper"], ["pink silk cloth", "rose petals"])],

 [("An astronaut riding a horse on the moon, earth in the sky, photorealistic", "draw",
   ["astronaut riding a horse", "on the moon", "photorealistic"], []),
  ("change it", "ask", ["astronaut riding a horse", "on the moon"], []),
  ("make the horse a zebra", "edit", ["astronaut riding a zebra", "on the moon", "photorealistic"], ["riding a horse"])],

 [("modern glass house on a cliff over the ocean, cantilevered deck, infinity pool, sunset, architectural photography, wide angle", "draw",
   ["modern glass house", "cantilevered deck", "infinity pool", "architectural photography"], []),
  ("camera lower, like from the beach looking up", "edit", ["modern glass house", "cantilevered deck", "infinity pool"], []),
  ("sunrise instead of sunset", "edit", ["sunrise", "modern glass house", "infinity pool"], ["sunset"])],

 [("hey! i need a banner for a bakery: a stack of blueberry pancakes with maple syrup dripping, fresh blueberries on top, rustic wooden table", "draw",
   ["blueberry pancakes", "maple syrup", "rustic wooden table"], []),
  ("strawberries instead of blueberries", "edit", ["strawberry pancakes", "fresh strawberries", "maple syrup", "rustic wooden table"], ["blueberr"]),
  ("go back one", "undo", ["blueberry pancakes", "fresh blueberries", "maple syrup"], ["strawberr"])],

 [("a knight in silver armor standing in a snowy forest, holding a red banner", "draw",
   ["knight in silver armor", "snowy forest", "red banner"], []),
  ("armor gold", "edit", ["knight in gold armor", "snowy forest", "red banner"], ["silver armor"]),
  ("banner also gold? no wait, make the banner black", "edit", ["black banner", "knight in gold armor", "snowy forest"], ["red banner", "gold banner"])],

 [("ad for running shoes - neon orange sneaker mid-air above a cracked asphalt road, dust explosion, dramatic low angle, dark background", "draw",
   ["neon orange sneaker", "cracked asphalt road", "dust explosion", "dramatic low angle"], []),
  ("why is it so dark", "chat", ["neon orange sneaker", "dark background"], []),
  ("ok make the background white", "edit", ["white background", "neon orange sneaker", "dust explosion"], ["dark background"])],

 [("I would like an illustration of an old man fishing from a small wooden boat on a calm lake at dawn, with a heron standing in the reeds. Muted colours, japanese woodblock print style please", "draw",
   ["old man fishing", "small wooden boat", "calm lake", "heron", "japanese woodblock print"], []),
  ("Could you remove the heron, please?", "edit", ["old man fishing", "small wooden boat", "japanese woodblock print"], ["heron"]),
  ("Thank you, that's lovely.", "chat", ["old man fishing", "small wooden boat"], ["heron"])],

 [("cyberpunk street food stall at night, a vendor selling dumplings under pink neon, rain puddles reflecting signs", "draw",
   ["cyberpunk street food stall", "dumplings", "pink neon", "rain puddles"], []),
  ("neon green", "edit", ["green neon", "dumplings", "rain puddles"], ["pink neon"]),
  ("and make the dumplings tacos", "edit", ["tacos", "green neon", "rain puddles"], ["dumplings"]),
  ("undo that", "undo", ["dumplings", "green neon"], ["tacos"])],

 [("a red vintage convertible parked on a coastal road, palm trees, 70s film look", "draw",
   ["red vintage convertible", "coastal road", "palm trees", "70s film look"], []),
  ("make it blue", "edit", ["blue vintage convertible", "coastal road", "palm trees"], ["red vintage convertible"]),
  ("bigger", "ask", ["blue vintage convertible", "palm trees"], [])],

 [("kids book page: a little girl with curly hair and a yellow dress feeding ducks at a pond, big friendly sun", "draw",
   ["little girl with curly hair", "yellow dress", "feeding ducks", "big friendly sun"], []),
  ("can the ducks be swans", "edit", ["feeding swans", "yellow dress", "big friendly sun"], ["ducks"]),
  ("and shes got a red balloon", "edit", ["red balloon", "feeding swans", "yellow dress"], ["ducks"])],

 [("wine label art: a single black grape vine curling around a gold moon, elegant, flat vector, cream background", "draw",
   ["black grape vine", "gold moon", "flat vector", "cream background"], []),
  ("is this vector enough to print?", "chat", ["black grape vine", "gold moon"], []),
  ("moon silver", "edit", ["silver moon", "black grape vine", "cream background"], ["gold moon"])],

 [("product shot, wireless earbuds in an open white charging case on a concrete pedestal, a monstera leaf casting shadow", "draw",
   ["wireless earbuds", "white charging case", "concrete pedestal", "monstera leaf"], []),
  ("take out the leaf", "edit", ["wireless earbuds", "white charging case", "concrete pedestal"], ["monstera leaf"]),
  ("put it back", "undo", ["monstera leaf", "concrete pedestal"], [])],

 [("a cozy reading nook with a window seat, rain on the glass, stack of books, a sleeping tabby cat, warm lamp", "draw",
   ["cozy reading nook", "window seat", "stack of books", "sleeping tabby cat"], []),
  ("cat should be black", "edit", ["sleeping black cat", "window seat", "stack of books"], ["tabby"]),
  ("ok now same thing but sunny, no rain", "edit", ["sleeping black cat", "window seat", "stack of books"], ["rain on the glass"])],

 [("portrait of a samurai in red lacquered armor, cherry blossoms falling, ink wash style", "draw",
   ["samurai", "red lacquered armor", "cherry blossoms", "ink wash style"], []),
  ("the blossoms - more or less of them? idk, what do you think", "chat", ["samurai", "cherry blossoms"], []),
  ("fine, make the armor dark blue", "edit", ["dark blue lacquered armor", "samurai", "cherry blossoms"], ["red lacquered armor"])],

 [("Create an image of a rooftop bar in New York at sunset, string lights, people with cocktails, Empire State Building in the distance", "draw",
   ["rooftop bar", "string lights", "Empire State Building"], ["create an image of"]),
  ("replace the Empire State Building with the Chrysler Building", "edit", ["Chrysler Building", "rooftop bar", "string lights"], ["Empire State"]),],

 [("isometric 3d illustration of a tiny island with a windmill, a red barn and sheep, bright blue sea", "draw",
   ["isometric 3d illustration", "windmill", "red barn", "sheep"], []),
  ("barn yellow and remove the sheep", "edit", ["yellow barn", "windmill", "bright blue sea"], ["red barn", "sheep"]),
  ("perfect, exactly what i wanted", "chat", ["yellow barn", "windmill"], ["sheep"])],

 [("a chocolate lava cake on a black slate plate, raspberry coulis, dusting of powdered sugar, fine dining, macro", "draw",
   ["chocolate lava cake", "black slate plate", "raspberry coulis", "powdered sugar"], []),
  ("coulis -> mango", "edit", ["mango coulis", "chocolate lava cake", "black slate plate"], ["raspberry coulis"]),
  ("add a sprig of mint", "edit", ["sprig of mint", "mango coulis", "chocolate lava cake"], ["raspberry"])],

 [("teh owl sitting on a brnach at nite, full moon behind, realistc", "draw",
   ["owl", "full moon"], []),
  ("make teh moon orange", "edit", ["orange", "moon", "owl"], []),
  ("undo plz", "undo", ["full moon", "owl"], ["orange"])],

 [("Editorial illustration of a businessman juggling glowing lightbulbs on a tightrope above a city, flat colours, navy and mustard palette", "draw",
   ["businessman juggling", "glowing lightbulbs", "tightrope", "navy and mustard palette"], []),
  ("make it a businesswoman", "edit", ["businesswoman juggling", "glowing lightbulbs", "tightrope"], ["businessman"]),
  ("palette teal and coral instead", "edit", ["teal and coral palette", "businesswoman juggling", "tightrope"], ["navy and mustard"])],

 [("sneaker drop poster with a huge chrome sneaker floating over a pink desert, retro 80s grid, text that says 'DROP 04'", "draw",
   ["chrome sneaker", "pink desert", "retro 80s grid", "DROP 04"], []),
  ("make the text DROP 05", "edit", ["DROP 05", "chrome sneaker", "pink desert"], ["DROP 04"]),
  ("what font is that", "chat", ["DROP 05", "chrome sneaker"], [])],

 [("a rustic kitchen with copper pots hanging above a big farmhouse sink, basket of lemons on the counter", "draw",
   ["copper pots", "farmhouse sink", "basket of lemons"], []),
  ("limes instead of lemons", "edit", ["basket of limes", "copper pots", "farmhouse sink"], ["lemons"]),
  ("no, lemons again", "edit", ["basket of lemons", "copper pots", "farmhouse sink"], ["limes"])],

 [("mountain landscape with a turquoise glacial lake, pine trees and a small red canoe on the shore, overcast sky", "draw",
   ["turquoise glacial lake", "pine trees", "small red canoe", "overcast sky"], []),
  ("make it look less boring", "ask", ["turquoise glacial lake", "small red canoe"], []),
  ("ok fine, clear blue sky then", "edit", ["clear blue sky", "turquoise glacial lake", "small red canoe"], ["overcast sky"])],
]
