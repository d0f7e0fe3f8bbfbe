d("en",
 ("a bowl of ramen with a soft boiled egg, chashu pork, nori and green onions, steam rising, dark moody food photography", "draw",
  ["bowl of ramen", "soft boiled egg", "chashu pork", "steam rising", "dark moody food photography"], []),
 ("what lens would a photographer use for this?", "chat", ["bowl of ramen", "soft boiled egg", "steam rising"], []),
 ("ok lose the nori", "edit", ["soft boiled egg", "chashu pork", "green onions"], ["nori"]))
d("en",
 ("flat illustration of a delivery scooter rider in a yellow jacket, city skyline behind, for an onboarding screen", "draw",
  ["delivery scooter rider", "yellow jacket", "city skyline behind", "onboarding screen"], []),
 ("do another one", "ask", ["delivery scooter rider", "yellow jacket"], []),
 ("same picture, just change the jacket to red", "edit", ["red jacket", "delivery scooter rider", "city skyline behind"], ["yellow jacket"]))
d("en",
 ("A vintage travel poster of the Amalfi coast, pastel houses stacked on the cliffs, a red vespa in the foreground, bold text 'AMALFI' at the bottom, 1950s screen print look", "draw",
  ["vintage travel poster", "Amalfi coast", "pastel houses", "red vespa in the foreground", "1950s screen print"], []),
 ("love it", "chat", ["red vespa", "pastel houses"], []),
 ("put POSITANO instead of AMALFI on the text", "edit", ["POSITANO", "Amalfi coast", "red vespa in the foreground"], []),
 ("hmm no, revert", "undo", ["Amalfi coast", "red vespa", "pastel houses"], ["POSITANO"]))
d("en",
 ("iso room, gamer setup, rgb keyboard, two monitors, neon purple", "draw", ["gamer setup", "rgb keyboard", "two monitors", "neon purple"], []),
 ("3 monitors", "edit", ["monitors", "rgb keyboard", "neon purple"], ["two monitors"]),
 ("cat on desk", "edit", ["cat", "rgb keyboard", "neon purple"], ["two monitors"]))
d("en",
 ("children's book illustration: a little girl with a yellow umbrella jumping in puddles, rainy village street, gouache", "draw",
  ["little girl with a yellow umbrella", "jumping in puddles", "rainy village street", "gouache"], []),
 ("thanks! can I use this commercially?", "chat", ["yellow umbrella", "gouache"], []),
 ("next page: the same girl drying off by a fireplace with her cat", "draw", ["drying off by a fireplace", "with her cat"], ["jumping in puddles"]))
d("en",
 ("a flat lay of a leather notebook, a fountain pen and a brass compass on an old map", "draw",
  ["flat lay", "leather notebook", "fountain pen", "brass compass", "old map"], []),
 ("remove that", "ask", ["leather notebook", "fountain pen", "brass compass"], []),
 ("the pen", "edit", ["leather notebook", "brass compass", "old map"], ["fountain pen"]))
d("en",
 ("please make picture of one modern kitchen, white cabinet, island with marble top, three pendant lamp on top, big window with garden view", "draw",
  ["modern kitchen", "white cabinet", "marble top", "pendant lamp", "garden view"], ["please make picture"]),
 ("cabinet i want in green colour, sage green", "edit", ["sage green cabinet", "marble top", "garden view"], ["white cabinet"]),
 ("very nice, thank you", "chat", ["sage green cabinet", "marble top"], []))
d("en",
 ("a ceramic mug with a hand-painted blue wave pattern on a linen napkin, morning light", "draw",
  ["ceramic mug", "hand-painted blue wave pattern", "linen napkin", "morning light"], []),
 ("make the waves green, no wait, orange actually", "edit", ["orange wave pattern", "ceramic mug", "linen napkin"], ["blue wave", "green wave"]),
 ("undo", "undo", ["blue wave pattern", "ceramic mug", "linen napkin"], ["orange wave"]))
d("en",
 ("Hero illustration for a travel booking website: a red seaplane landing on a turquoise lagoon, overwater bungalows on stilts, a few palm trees, puffy clouds, warm afternoon light, clean semi-flat style with subtle grain, leave the top third empty for the headline", "draw",
  ["red seaplane", "turquoise lagoon", "overwater bungalows on stilts", "puffy clouds", "subtle grain", "top third empty"], []),
 ("the plane should be white with a red stripe", "edit", ["red stripe", "turquoise lagoon", "overwater bungalows"], ["a red seaplane"]),
 ("why does the lagoon look green to me", "chat", ["turquoise lagoon", "red stripe"], []))
d("en",
 ("a neon sign that says OPEN LATE in the rainy window of a noodle shop, night, reflections on wet glass", "draw",
  ["neon sign", "OPEN LATE", "noodle shop", "reflections on wet glass"], []),
 ("chnage the sign txt to OPEN 24H", "edit", ["OPEN 24H", "noodle shop", "wet glass"], ["OPEN LATE"]),
 ("lol perfect", "chat", ["OPEN 24H", "noodle shop"], []))
d("en",
 ("watercolor botanical illustration of a lemon branch with two lemons and white blossoms", "draw",
  ["watercolor botanical illustration", "lemon branch", "two lemons", "white blossoms"], []),
 ("new picture: a pencil sketch of a fig tree in a terracotta pot", "draw", ["sketch of a fig tree", "terracotta pot"], ["lemon"]),
 ("nope, go back to the lemons", "undo", ["lemon branch", "two lemons", "white blossoms"], ["fig tree"]))
d("en",
 ("Packshot of a perfume bottle, faceted glass, amber liquid, black cap, sitting on wet black stone with water droplets, dramatic rim light", "draw",
  ["perfume bottle", "faceted glass", "amber liquid", "black cap", "wet black stone", "dramatic rim light"], []),
 ("The cap reads cheap. Make it brushed gold.", "edit", ["brushed gold cap", "faceted glass", "amber liquid"], ["black cap"]),
 ("And the stone: go with white marble instead, still wet.", "edit", ["white marble", "brushed gold cap", "dramatic rim light"], ["black stone"]),
 ("Good. Which one would you print for the window display, this or the first?", "chat", ["white marble", "brushed gold cap"], []))
d("en",
 ("cozy cabin interior at night, stone fireplace, a reading chair with a plaid throw, dim candlelight", "draw",
  ["cozy cabin interior", "stone fireplace", "reading chair", "plaid throw", "candlelight"], []),
 ("too dark, cant see anything", "edit", ["stone fireplace", "plaid throw", "reading chair"], []),
 ("better", "chat", ["stone fireplace", "plaid throw"], []))
d("en",
 ("a fox sleeping curled up in autumn leaves, soft focus, golden hour", "draw", ["fox sleeping curled up", "autumn leaves", "soft focus", "golden hour"], []),
 ("can you do the other one", "ask", ["fox sleeping", "autumn leaves"], []),
 ("sorry wrong chat", "chat", ["fox sleeping", "autumn leaves", "golden hour"], []))
d("en",
 ("a poster for a coffee shop opening, a large takeaway cup on the left, the words GRAND OPENING on the right, brown and cream palette", "draw",
  ["coffee shop opening", "takeaway cup on the left", "GRAND OPENING on the right", "brown and cream palette"], []),
 ("swap them, cup on the right and text on the left", "edit", ["cup on the right", "GRAND OPENING on the left", "brown and cream"], ["cup on the left"]),
 ("undo", "undo", ["takeaway cup on the left", "GRAND OPENING on the right"], ["cup on the right"]))
d("en",
 ("sunflower field, one red tractor, summer afternoon, painterly", "draw", ["sunflower field", "red tractor", "summer afternoon", "painterly"], []),
 ("what's the aspect ratio of this", "chat", ["sunflower field", "red tractor"], []),
 ("make it winter", "edit", ["winter", "red tractor", "painterly"], ["summer"]))
d("en",
 ("game concept art of a floating sky temple, white stone arches, waterfalls pouring off the edges into clouds, giant koi flying around it, soft morning haze", "draw",
  ["floating sky temple", "white stone arches", "waterfalls pouring off the edges", "giant koi", "soft morning haze"], []),
 ("remove the waterfalls", "edit", ["floating sky temple", "giant koi", "white stone arches"], ["waterfall"]),
 ("ok and now a totally new one: an underground mushroom village lit by glowworms", "draw", ["underground mushroom village", "lit by glowworms"], ["sky temple", "koi"]))
d("en",
 ("i want a dragon thats purple and it has a crown and its flying over a castle", "draw", ["dragon", "purple", "crown", "flying over a castle"], ["i want"]),
 ("can the dragon breathe fire", "edit", ["fire", "crown", "flying over a castle"], []),
 ("undo the fire its scary", "undo", ["dragon", "crown", "flying over a castle"], ["fire"]))
d("en",
 ("fashion editorial: two models in matching burgundy velvet suits on a brutalist concrete staircase, harsh noon sun, strong shadows, 35mm film", "draw",
  ["two models", "burgundy velvet suits", "brutalist concrete staircase", "harsh noon sun", "35mm film"], []),
 ("suits in emerald", "edit", ["emerald velvet suits", "brutalist concrete staircase", "35mm film"], ["burgundy"]),
 ("the first colour was better tbh", "undo", ["burgundy velvet suits", "brutalist concrete staircase", "harsh noon sun"], ["emerald"]))
d("en",
 ("Mockup of a kraft paper shopping bag with a black rope handle and a small round logo sticker, standing on a wooden floor, neutral background", "draw",
  ["kraft paper shopping bag", "black rope handle", "round logo sticker", "wooden floor", "neutral background"], []),
 ("can the logo say 'Hana Bakery'", "edit", ["Hana Bakery", "kraft paper shopping bag", "black rope handle"], []),
 ("do you store my images somewhere?", "chat", ["Hana Bakery", "kraft paper shopping bag"], []))
d("en",
 ("a red-brick townhouse with a black front door and a blue bike parked outside, spring, cherry blossoms", "draw",
  ["red-brick townhouse", "black front door", "blue bike parked outside", "cherry blossoms"], []),
 ("make it red", "ask", ["black front door", "blue bike", "red-brick townhouse"], []),
 ("the door", "edit", ["red front door", "blue bike parked outside", "cherry blossoms"], ["black front door"]))
