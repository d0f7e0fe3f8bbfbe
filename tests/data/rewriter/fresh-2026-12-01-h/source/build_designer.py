# Builds designer.jsonl. chat/ask turns given as (msg, intent) copy the previous turn's expectations.
import json
D = []
def d(lang, *turns): D.append((lang, turns))
C = "chat"; A = "ask"; E = "edit"; U = "undo"; W = "draw"

# ---------------- English ----------------
d("en", ("Could you draw a matte black coffee bag with a gold foil fox logo, standing on a walnut table, soft window light from the left, minimal Scandinavian style", W, ["matte black coffee bag", "gold foil fox logo", "walnut table"], ["could you draw"]),
 ("make the bag kraft paper instead of matte black", E, ["kraft paper coffee bag", "gold foil fox logo", "walnut table"], ["matte black"]),
 ("nice, sending this to the client", C))
d("en", ("hero image for a meditation app: a lone woman sitting cross-legged on a cliff above a misty valley at sunrise, pastel peach and lavender sky, lots of negative space on the right for text", W, ["woman sitting cross-legged", "misty valley", "pastel peach and lavender", "negative space"], []),
 ("sunset not sunrise", E, ["sunset", "misty valley", "woman sitting cross-legged"], ["sunrise"]),
 ("hmm no, put it back", U, ["at sunrise", "misty valley", "pastel peach and lavender"], ["sunset"]))
d("en", ("book cover, dark fantasy: a hooded figure holding a glowing blue lantern in a snowy pine forest, ravens circling overhead, title space at the top, painterly, muted teal palette", W, ["hooded figure", "glowing blue lantern", "snowy pine forest", "ravens circling overhead"], []),
 ("lantern should glow amber", E, ["glowing amber lantern", "hooded figure", "snowy pine forest"], ["glowing blue lantern"]),
 ("lose the ravens", E, ["glowing amber lantern", "hooded figure", "muted teal palette"], ["ravens"]))
d("en", ("full-body fashion lookbook photo of a model in an oversized camel wool coat, white turtleneck and wide-leg black trousers, walking on a concrete rooftop, overcast daylight, 35mm film grain", W, ["oversized camel wool coat", "white turtleneck", "wide-leg black trousers", "concrete rooftop"], []),
 ("swap the coat to a charcoal one", E, ["oversized charcoal wool coat", "white turtleneck", "concrete rooftop"], ["camel"]),
 ("and make the trousers cream", E, ["wide-leg cream trousers", "oversized charcoal wool coat", "white turtleneck"], ["black trousers", "camel"]),
 ("👌", C))
d("en", ("A cozy Japandi living room with a low oak sofa, a paper lantern floor lamp in the corner, a jute rug, a big window showing a rainy garden, warm evening light", W, ["Japandi living room", "low oak sofa", "paper lantern floor lamp", "jute rug"], []),
 ("add a bonsai on the side table", E, ["bonsai", "low oak sofa", "paper lantern floor lamp", "rainy garden"], []),
 ("no, undo", U, ["low oak sofa", "jute rug", "rainy garden"], ["bonsai"]))
d("en", ("overhead shot of a bowl of tonkotsu ramen with a soft-boiled egg, chashu pork, nori and scallions on a dark slate surface, chopsticks resting on the bowl, moody restaurant menu photography", W, ["tonkotsu ramen", "soft-boiled egg", "chashu pork", "dark slate surface"], []),
 ("camera at 45 degrees instead of overhead", E, ["45 degrees", "tonkotsu ramen", "soft-boiled egg", "dark slate surface"], ["overhead shot"]),
 ("take out the nori", E, ["45 degrees", "tonkotsu ramen", "chashu pork", "scallions"], ["nori"]))
d("en", ("game concept art of a floating steampunk city with brass airships docked at copper towers, a huge clockwork whale swimming through the clouds, golden hour, wide establishing shot", W, ["floating steampunk city", "brass airships", "copper towers", "clockwork whale"], []),
 ("whale -> giant mechanical squid", E, ["mechanical squid", "brass airships", "copper towers"], ["whale"]),
 ("what aspect ratio is this?", C))
d("en", ("children's book illustration, watercolor: a little fox in a yellow raincoat jumping in puddles, a red umbrella lying on the grass, gentle drizzle, soft pastel colors", W, ["little fox", "yellow raincoat", "red umbrella", "gentle drizzle"], []),
 ("make the raincoat green pls", E, ["green raincoat", "little fox", "red umbrella"], ["yellow raincoat"]),
 ("and the umbrella yellow", E, ["yellow umbrella", "green raincoat", "little fox"], ["red umbrella", "yellow raincoat"]))
d("en", ("billboard ad for an electric SUV: a silver SUV driving along a coastal highway, turquoise ocean on the left, cliffs on the right, bright midday sun, clean commercial look", W, ["silver SUV", "coastal highway", "turquoise ocean"], []),
 ("make the car red", E, ["red SUV", "coastal highway", "turquoise ocean"], ["silver SUV"]),
 ("make it night", E, ["night", "red SUV", "coastal highway"], ["midday sun"]))
d("en", ("flat vector logo of a hummingbird made of geometric triangles, teal and coral gradient, on a white background, no text", W, ["hummingbird", "geometric triangles", "teal and coral gradient"], []),
 ("change the bird to an owl", E, ["owl", "geometric triangles", "teal and coral gradient"], ["hummingbird"]),
 ("can you export that as svg?", C))
d("en", ("product photo of a glass perfume bottle with a rose gold cap on a pink marble pedestal, dried pampas grass behind, soft diffused studio light, shallow depth of field", W, ["glass perfume bottle", "rose gold cap", "pink marble pedestal", "pampas grass"], []),
 ("swap the marble to travertine", E, ["travertine pedestal", "rose gold cap", "pampas grass"], ["marble"]),
 ("make the cap silver", E, ["silver cap", "travertine pedestal", "glass perfume bottle"], ["rose gold cap"]),
 ("undo", U, ["rose gold cap", "travertine pedestal", "pampas grass"], ["silver cap"]))
d("en", ("a cozy corner bakery at dawn, chalkboard sign on the sidewalk reading \"FRESH BREAD\", warm light spilling from the windows, baskets of baguettes in the display", W, ["corner bakery", "chalkboard sign", "FRESH BREAD", "baskets of baguettes"], []),
 ("change the sign to say HOT CROISSANTS", E, ["HOT CROISSANTS", "corner bakery", "baskets of baguettes"], ["FRESH BREAD"]),
 ("ok", C))
d("en", ("neon cyberpunk alley, rain, a ramen stall with a red lantern, a girl in a yellow raincoat, reflections on wet asphalt, cinematic", W, ["cyberpunk alley", "ramen stall", "red lantern", "yellow raincoat"], []),
 ("blue lantern", E, ["blue lantern", "ramen stall", "yellow raincoat"], ["red lantern"]),
 ("no girl", E, ["blue lantern", "ramen stall", "wet asphalt"], ["yellow raincoat"]))
d("en", ("a flat lay of a skincare set: a white pump bottle, a white jar and a white tube on a sage green linen cloth, eucalyptus sprigs, soft shadows", W, ["white pump bottle", "white jar", "white tube", "sage green linen"], []),
 ("make it blue", A),
 ("the jar, I mean", E, ["blue jar", "white pump bottle", "white tube", "sage green linen"], ["white jar"]))
d("en", ("Hi there! Could you please create an illustration of a vintage red bicycle leaning against a pastel blue wall, with a basket full of sunflowers and a sleepy tabby cat on the seat? Thanks!", W, ["vintage red bicycle", "pastel blue wall", "basket full of sunflowers", "sleepy tabby cat"], ["could you please"]),
 ("Thank you! Would it be possible to replace the sunflowers with lavender?", E, ["lavender", "vintage red bicycle", "sleepy tabby cat"], ["sunflowers"]),
 ("Perfect, thank you so much.", C))
d("en", ("Please I need poster for jazz festival, a saxophone player silhouette on a orange sunset, big moon behind, retro 60s style, grainy texture", W, ["saxophone player silhouette", "orange sunset", "retro 60s style", "grainy texture"], []),
 ("The moon please more small", E, ["moon behind", "saxophone player silhouette", "retro 60s style"], ["big moon"]),
 ("and sunset change to purple", E, ["purple sunset", "saxophone player silhouette", "grainy texture"], ["orange sunset", "big moon"]))
d("en", ("skatebord deck design, a grinning skull wearing sunglases, tropical palm leafs around, hot pink and lime green, thick black outlines", W, ["grinning skull", "hot pink and lime green", "thick black outlines"], []),
 ("swap lime green for teal", E, ["hot pink and teal", "grinning skull", "thick black outlines"], ["lime green"]),
 ("remvoe the palm leafs", E, ["hot pink and teal", "grinning skull"], ["palm", "lime green"]))
d("en", ("exterior rendering of a modern concrete house cantilevered over a lake, floor-to-ceiling glass, larch wood cladding, autumn forest around, dusk with interior lights on", W, ["cantilevered over a lake", "floor-to-ceiling glass", "larch wood cladding", "autumn forest"], []),
 ("change the cladding to charred black timber", E, ["charred black timber", "cantilevered over a lake", "floor-to-ceiling glass"], ["larch"]),
 ("make it winter instead of autumn", E, ["winter forest", "charred black timber", "floor-to-ceiling glass"], ["autumn"]),
 ("go back one", U, ["autumn forest", "charred black timber", "cantilevered over a lake"], ["winter"]))
d("en", ("a stack of fluffy pancakes with blueberries and maple syrup dripping, a pat of butter on top, on a white plate, rustic wooden table, morning sunlight, brunch menu photo", W, ["fluffy pancakes", "blueberries", "maple syrup", "rustic wooden table"], []),
 ("strawberries instead of blueberries", E, ["strawberries", "maple syrup", "pat of butter"], ["blueberries"]),
 ("and put a cup of coffee in the background", E, ["cup of coffee", "strawberries", "rustic wooden table"], ["blueberries"]))
d("en", ("a friendly green dragon reading a book under a big oak tree, a family of rabbits listening, storybook style, warm afternoon light", W, ["friendly green dragon", "big oak tree", "family of rabbits"], []),
 ("dragon purple", E, ["friendly purple dragon", "big oak tree", "family of rabbits"], ["green dragon"]),
 ("is this ok for a book for 3 year olds?", C))
d("en", ("summer sale banner: a pair of white sneakers floating above a turquoise pool, splashes of water, palm shadows, bold text \"SUMMER SALE 30% OFF\" at the top", W, ["white sneakers", "turquoise pool", "SUMMER SALE 30% OFF"], []),
 ("text should say \"SUMMER SALE 50% OFF\"", E, ["SUMMER SALE 50% OFF", "white sneakers", "turquoise pool"], ["30% OFF"]),
 ("make the sneakers black", E, ["black sneakers", "turquoise pool", "50% OFF"], ["white sneakers", "30% OFF"]))
d("en", ("a lone lighthouse on a rocky cliff during a storm, huge waves crashing, lightning in the distance, dramatic dark clouds, oil painting", W, ["lone lighthouse", "rocky cliff", "huge waves crashing", "lightning in the distance"], []),
 ("calm it down - make the sea calm and remove the lightning", E, ["calm", "lone lighthouse", "rocky cliff", "oil painting"], ["lightning", "huge waves"]),
 ("undo that", U, ["huge waves crashing", "lightning in the distance", "lone lighthouse"], []))
d("en", ("close-up of a woman's hand wearing a chunky gold ring with an emerald stone, holding a champagne glass, blurred party lights, luxury jewelry campaign", W, ["chunky gold ring", "emerald stone", "champagne glass"], []),
 ("emerald → sapphire", E, ["sapphire", "chunky gold ring", "champagne glass"], ["emerald"]),
 ("silver ring not gold", E, ["chunky silver ring", "sapphire", "blurred party lights"], ["gold ring", "emerald"]))
d("en", ("minimal bathroom with a freestanding white bathtub, terrazzo floor, a round mirror, a eucalyptus plant in a ceramic pot, morning light through frosted glass", W, ["freestanding white bathtub", "terrazzo floor", "round mirror"], []),
 ("make the floor dark green tiles", E, ["dark green", "freestanding white bathtub", "round mirror"], ["terrazzo"]),
 ("can you make it feel more expensive?", A))
d("en", ("isometric pixel art of a tiny wizard tower on a floating island, waterfalls pouring off the edges, glowing purple crystals, night sky full of stars", W, ["tiny wizard tower", "floating island", "waterfalls", "glowing purple crystals"], []),
 ("remove the waterfalls", E, ["tiny wizard tower", "floating island", "glowing purple crystals"], ["waterfalls"]),
 ("crystals green", E, ["glowing green crystals", "tiny wizard tower", "floating island"], ["purple crystals", "waterfalls"]),
 ("ty", C))
d("en", ("a tall can of sparkling yuzu soda, condensation droplets, bright yellow label with a minimalist sun icon, on a mint green background, hard shadows", W, ["sparkling yuzu soda", "bright yellow label", "minimalist sun icon", "mint green background"], []),
 ("label in white pls, keep everything else", E, ["white label", "sparkling yuzu soda", "mint green background"], ["yellow label"]),
 ("background coral", E, ["coral background", "white label", "minimalist sun icon"], ["mint green"]))
d("en", ("two ceramic vases on a shelf, a tall blue one on the left and a short white one on the right, a dried olive branch in the tall one, soft side light", W, ["tall blue one", "short white one", "dried olive branch"], []),
 ("make it terracotta", A),
 ("the short one", E, ["short terracotta one", "tall blue one", "dried olive branch"], ["short white one"]))
d("en", ("website hero for a fintech startup: a 3D isometric phone with floating coins and charts, purple and electric blue gradient, glossy plastic material, clean studio background", W, ["isometric phone", "floating coins", "purple and electric blue", "glossy plastic"], []),
 ("material: frosted glass instead of glossy plastic", E, ["frosted glass", "isometric phone", "floating coins"], ["glossy plastic"]),
 ("remove the coins", E, ["frosted glass", "isometric phone", "purple and electric blue"], ["coins"]))
d("en", ("portrait of an elderly fisherman with a white beard and a yellow oilskin hat, weathered face, harbor behind him, shot on 85mm, Rembrandt lighting", W, ["elderly fisherman", "white beard", "yellow oilskin hat", "Rembrandt lighting"], []),
 ("hat should be navy", E, ["navy oilskin hat", "white beard", "Rembrandt lighting"], ["yellow oilskin"]),
 ("revert", U, ["yellow oilskin hat", "white beard", "weathered face"], ["navy"]))
d("en", ("draw a unicorn with a rainbow mane eating ice cream on the moon!!", W, ["unicorn with a rainbow mane", "eating ice cream", "on the moon"], ["draw a unicorn"]),
 ("make the ice cream chocolate", E, ["chocolate ice cream", "rainbow mane", "on the moon"], []),
 ("and add a puppy!!!", E, ["puppy", "chocolate ice cream", "rainbow mane"], []))
d("en", ("print ad for a luxury watch: a steel chronograph with a deep blue dial resting on black volcanic rock, splash of water frozen in motion, dramatic rim light", W, ["steel chronograph", "deep blue dial", "black volcanic rock"], []),
 ("dial green", E, ["deep green dial", "steel chronograph", "black volcanic rock"], ["blue dial"]),
 ("hmm, change it back", U, ["deep blue dial", "steel chronograph", "dramatic rim light"], ["green dial"]))
d("en", ("moody editorial still life: half-peeled mandarin, a crumpled linen napkin, an antique silver knife, on a dark brown wooden board, chiaroscuro lighting, Dutch golden age feel", W, ["half-peeled mandarin", "crumpled linen napkin", "antique silver knife", "chiaroscuro lighting"], []),
 ("the knife is too fussy, make it a simple wooden spoon", E, ["simple wooden spoon", "half-peeled mandarin", "crumpled linen napkin"], ["silver knife"]),
 ("also get the napkin out of there, it's cluttering the frame", E, ["simple wooden spoon", "half-peeled mandarin", "dark brown wooden board"], ["napkin", "silver knife"]))
d("en", ("a kids' bedroom with a bunk bed shaped like a pirate ship, a world map on the wall, a telescope by the window, navy and mustard color scheme", W, ["bunk bed", "pirate ship", "world map", "navy and mustard"], []),
 ("color scheme sage and blush pink instead", E, ["sage and blush pink", "pirate ship", "world map"], ["navy and mustard"]),
 ("can you add a dog bed?", E, ["dog bed", "sage and blush pink", "telescope"], ["navy and mustard"]))
d("en", ("character concept sheet of a desert nomad warrior, sand-colored robes, a curved bronze sword, a falcon on her shoulder, front and side view", W, ["desert nomad warrior", "sand-colored robes", "curved bronze sword", "falcon on her shoulder"], []),
 ("swap the falcon for a small fox", E, ["small fox", "desert nomad warrior", "curved bronze sword"], ["falcon"]),
 ("nah, keep the falcon", U, ["falcon on her shoulder", "curved bronze sword", "sand-colored robes"], ["small fox"]))
d("en", ("black and white street photo, Tokyo crossing, umbrellas, long exposure, high contrast", W, ["black and white street photo", "Tokyo crossing", "long exposure"], []),
 ("add one red umbrella", E, ["red umbrella", "Tokyo crossing", "long exposure"], []),
 ("👍", C))
d("en", ("minimal poster for a plant shop: a single monstera leaf in deep green on an off-white background, small serif text \"GREEN ROOM\" at the bottom", W, ["monstera leaf", "off-white background", "GREEN ROOM"], []),
 ("rename to \"LEAF & CO\"", E, ["LEAF & CO", "monstera leaf", "off-white background"], ["GREEN ROOM"]),
 ("move the text to the top", E, ["LEAF & CO", "at the top", "monstera leaf"], ["at the bottom", "GREEN ROOM"]))
d("en", ("an autumn picnic scene: a checkered red blanket, a wicker basket, apples, a thermos, two mugs of cocoa, maple trees with orange leaves", W, ["checkered red blanket", "wicker basket", "two mugs of cocoa", "maple trees"], []),
 ("make it warmer", A),
 ("warmer light, like late afternoon", E, ["late afternoon", "checkered red blanket", "wicker basket"], []))
d("en", ("quick: flat illustration, girl with laptop on a beanbag, cat beside her, plants, lilac bg", W, ["flat illustration", "girl with laptop", "beanbag", "cat beside her"], []),
 ("cat → dog", E, ["dog beside her", "girl with laptop", "beanbag"], ["cat beside her"]),
 ("bg yellow", E, ["yellow", "dog beside her", "girl with laptop"], ["lilac", "cat beside her"]))
d("en", ("a pair of wireless earbuds in an open white charging case, on a slab of grey concrete, shot from a low angle, crisp studio lighting", W, ["wireless earbuds", "white charging case", "grey concrete", "low angle"], []),
 ("top-down view instead", E, ["top-down view", "wireless earbuds", "grey concrete"], ["low angle"]),
 ("case black", E, ["black charging case", "top-down view", "wireless earbuds"], ["white charging case", "low angle"]))
d("en", ("romance novel cover: two silhouettes kissing under a cherry blossom tree, pink petals falling, a crescent moon, dreamy soft focus", W, ["two silhouettes kissing", "cherry blossom tree", "pink petals falling", "crescent moon"], []),
 ("make the moon full", E, ["full moon", "cherry blossom tree", "pink petals falling"], ["crescent moon"]),
 ("nice!!", C))
d("en", ("alpine lake at dawn with a wooden canoe tied to a dock, snow-capped peaks reflected in the water, mist on the surface, pine trees on both sides", W, ["alpine lake", "wooden canoe", "snow-capped peaks", "mist on the surface"], []),
 ("make it night with the milky way", E, ["milky way", "wooden canoe", "snow-capped peaks"], ["at dawn"]),
 ("and remove the mist", E, ["milky way", "wooden canoe", "pine trees"], ["mist", "at dawn"]))
d("en", ("a mascot logo for a burger joint: a smiling cartoon burger with arms giving a thumbs up, red and yellow, bold outline, retro diner style", W, ["smiling cartoon burger", "thumbs up", "retro diner style"], []),
 ("make it more fun", A),
 ("never mind, leave it as is", C))
d("en", ("streetwear lookbook: a skater in a baggy olive hoodie and ripped light-wash jeans, chunky white sneakers, graffiti wall behind, fisheye lens", W, ["baggy olive hoodie", "ripped light-wash jeans", "chunky white sneakers", "fisheye lens"], []),
 ("hoodie in lilac", E, ["baggy lilac hoodie", "ripped light-wash jeans", "graffiti wall"], ["olive hoodie"]),
 ("lose the fisheye, normal lens", E, ["baggy lilac hoodie", "graffiti wall", "chunky white sneakers"], ["fisheye", "olive hoodie"]))
d("en", ("a tall glass of iced matcha latte with a swirl of milk, boba pearls at the bottom, on a pale wooden counter, blurred café background, bright and airy", W, ["iced matcha latte", "swirl of milk", "boba pearls", "pale wooden counter"], []),
 ("no boba", E, ["iced matcha latte", "swirl of milk", "pale wooden counter"], ["boba"]),
 ("undo, bring the boba back", U, ["boba pearls", "iced matcha latte", "pale wooden counter"], []))
d("en", ("a startup office with exposed brick walls, long communal tables, Edison bulb pendants, a neon sign on the wall saying \"BUILD THINGS\", people working on laptops", W, ["exposed brick walls", "communal tables", "Edison bulb pendants", "BUILD THINGS"], []),
 ("neon sign should say \"SHIP IT\"", E, ["SHIP IT", "exposed brick walls", "Edison bulb pendants"], ["BUILD THINGS"]),
 ("make the neon pink", E, ["pink neon sign", "SHIP IT", "exposed brick walls"], ["BUILD THINGS"]))
d("en", ("editorial photo of a ballerina mid-leap in an empty warehouse, dust in shafts of light, pale pink tutu, black and white except the tutu", W, ["ballerina mid-leap", "empty warehouse", "pale pink tutu"], []),
 ("tutu red", E, ["red tutu", "empty warehouse", "shafts of light"], ["pink tutu"]),
 ("what's a good caption for this?", C))
d("en", ("concert poster for an indie band: a giant jellyfish floating over a desert highway at night, neon pink and cyan, halftone texture, band name \"SOFT ECHO\" in big letters", W, ["giant jellyfish", "desert highway", "neon pink and cyan", "SOFT ECHO"], []),
 ("band name is \"LOW TIDE\" now", E, ["LOW TIDE", "giant jellyfish", "desert highway"], ["SOFT ECHO"]),
 ("jellyfish smaller", E, ["jellyfish", "LOW TIDE", "desert highway", "halftone texture"], ["giant jellyfish", "SOFT ECHO"]))
d("en", ("lipstick packaging mockup: a gold bullet lipstick in a velvet burgundy case, surrounded by red rose petals, on a glossy black surface, luxurious", W, ["gold bullet lipstick", "velvet burgundy case", "red rose petals", "glossy black surface"], []),
 ("case in emerald velvet", E, ["emerald", "gold bullet lipstick", "red rose petals"], ["burgundy"]),
 ("petals white", E, ["white rose petals", "gold bullet lipstick", "glossy black surface"], ["red rose petals", "burgundy"]))
d("en", ("onboarding illustration for a budgeting app: a cheerful piggy bank wearing a tiny graduation cap, coins stacked beside it, flat style, soft blue and yellow", W, ["cheerful piggy bank", "tiny graduation cap", "coins stacked", "soft blue and yellow"], []),
 ("remove the cap", E, ["cheerful piggy bank", "coins stacked", "soft blue and yellow"], ["graduation cap"]),
 ("perfect, I'll do the next screen later", C))
d("en", ("a watercolor map of an imaginary island with a volcano, a small harbor town, and a sea serpent in the bay", W, ["watercolor map", "volcano", "small harbor town", "sea serpent"], []),
 ("actually, new image: a vintage travel poster of Lisbon with a yellow tram climbing a hill", W, ["vintage travel poster", "Lisbon", "yellow tram"], ["sea serpent", "volcano"]),
 ("go back to the island", U, ["sea serpent", "volcano", "small harbor town"], ["yellow tram"]))

# ---------------- Chinese ----------------
d("zh", ("请帮我画一只金毛幼犬趴在蓝色针织毯子上，旁边是壁炉，暖黄色的火光，温馨的冬夜氛围", W, ["金毛幼犬", "蓝色针织毯子", "壁炉", "暖黄色的火光"], ["请帮我画"]),
 ("把毯子换成红色", E, ["红色针织毯子", "金毛幼犬", "壁炉"], ["蓝色针织"]),
 ("好可爱，谢谢", C))
d("zh", ("一款茶叶礼盒包装设计，墨绿色硬纸盒，烫金的山水纹样，盒上放着一枝梅花，背景是浅米色，柔和的侧光", W, ["茶叶礼盒", "墨绿色硬纸盒", "烫金的山水纹样", "梅花"], []),
 ("盒子改成朱红色", E, ["朱红色硬纸盒", "烫金的山水纹样", "梅花"], ["墨绿色"]),
 ("梅花去掉", E, ["朱红色硬纸盒", "烫金的山水纹样", "浅米色"], ["梅花"]))
d("zh", ("APP首页横幅：一个女孩骑着自行车穿过开满向日葵的田野，清晨的阳光，扁平插画风格，右侧留白放文案", W, ["骑着自行车", "向日葵的田野", "清晨的阳光", "扁平插画风格"], []),
 ("换成傍晚", E, ["傍晚", "向日葵的田野", "扁平插画风格"], ["清晨"]),
 ("撤销", U, ["清晨的阳光", "向日葵的田野", "骑着自行车"], ["傍晚"]))
d("zh", ("科幻小说封面：一艘巨大的白色飞船悬停在红色沙漠上空，两个小小的人影站在沙丘上仰望，电影感，冷暖对比", W, ["巨大的白色飞船", "红色沙漠", "人影", "冷暖对比"], []),
 ("飞船改成黑色的", E, ["黑色飞船", "红色沙漠", "冷暖对比"], ["白色飞船"]),
 ("沙漠换成冰原", E, ["冰原", "黑色飞船", "冷暖对比"], ["沙漠", "白色飞船"]))
d("zh", ("时装画册：模特穿着米白色亚麻衬衫和卡其色阔腿裤，戴一顶草编帽，站在地中海白色小巷里，午后强烈的阳光", W, ["米白色亚麻衬衫", "卡其色阔腿裤", "草编帽", "地中海白色小巷"], []),
 ("衬衫换成天蓝色", E, ["天蓝色亚麻衬衫", "卡其色阔腿裤", "草编帽"], ["米白色亚麻"]),
 ("帽子不要了", E, ["天蓝色亚麻衬衫", "卡其色阔腿裤", "地中海白色小巷"], ["草编帽"]),
 ("可以", C))
d("zh", ("北欧风客厅，浅灰色布艺沙发，原木茶几，墙上挂着一幅抽象画，角落里有一盆琴叶榕，大窗户，午后阳光", W, ["北欧风客厅", "浅灰色布艺沙发", "原木茶几", "琴叶榕"], []),
 ("沙发改成焦糖色皮沙发", E, ["焦糖色皮沙发", "原木茶几", "琴叶榕"], ["浅灰色布艺"]),
 ("再加一只趴在地毯上的猫", E, ["地毯上的猫", "焦糖色皮沙发", "原木茶几"], ["浅灰色布艺"]))
d("zh", ("俯拍一碗红油抄手，撒着葱花和芝麻，旁边放着一双竹筷和一小碟醋，深色木桌，餐厅菜单摄影", W, ["红油抄手", "葱花和芝麻", "竹筷", "深色木桌"], []),
 ("改成45度角拍", E, ["45度", "红油抄手", "葱花和芝麻"], ["俯拍"]),
 ("醋碟拿掉", E, ["45度", "红油抄手", "竹筷"], ["醋"]))
d("zh", ("游戏场景原画：悬浮在云海之上的古代仙侠宫殿，白玉台阶，金色屋檐，仙鹤飞过，晨雾缭绕，史诗感", W, ["仙侠宫殿", "白玉台阶", "金色屋檐", "仙鹤"], []),
 ("仙鹤换成青龙", E, ["青龙", "白玉台阶", "金色屋檐"], ["仙鹤"]),
 ("这个风格能出4K吗", C))
d("zh", ("儿童绘本插画：一只穿黄色雨衣的小鸭子在水坑里跳，旁边有一把红色的伞，水彩风格，淡淡的颜色", W, ["黄色雨衣", "小鸭子", "红色的伞", "水彩风格"], []),
 ("雨衣换成绿色", E, ["绿色雨衣", "小鸭子", "红色的伞"], ["黄色雨衣"]),
 ("伞也换成黄色", E, ["黄色的伞", "绿色雨衣", "小鸭子"], ["红色的伞", "黄色雨衣"]))
d("zh", ("护肤品广告：一瓶透明玻璃精华液放在湿润的青苔石头上，背后是瀑布，水珠飞溅，清新自然", W, ["透明玻璃精华液", "青苔石头", "瀑布"], []),
 ("把瀑布去掉", E, ["透明玻璃精华液", "青苔石头", "清新自然"], ["瀑布"]),
 ("还原", U, ["瀑布", "透明玻璃精华液", "青苔石头"], []))
d("zh", ("极简线条logo：一只由单线条构成的猫头鹰，深蓝色，白色背景，不要文字", W, ["单线条", "猫头鹰", "深蓝色"], []),
 ("颜色改成金色", E, ["金色", "猫头鹰", "单线条"], ["深蓝色"]),
 ("好的", C))
d("zh", ("人像摄影：一位老奶奶坐在藤椅上织毛衣，红色毛线团掉在地上，窗边自然光，胶片质感", W, ["老奶奶", "藤椅", "红色毛线团", "胶片质感"], []),
 ("毛线团换成蓝色", E, ["蓝色毛线团", "老奶奶", "藤椅"], ["红色毛线团"]),
 ("算了，改回红色", E, ["红色毛线团", "老奶奶", "胶片质感"], ["蓝色毛线团"]))
d("zh", ("老街上的一家面馆，木质招牌上写着“老王面馆”，红灯笼挂在门口，傍晚，蒸汽从门口冒出来", W, ["木质招牌", "老王面馆", "红灯笼"], []),
 ("招牌改成“张记拉面”", E, ["张记拉面", "木质招牌", "红灯笼"], ["老王面馆"]),
 ("灯笼换成黄色", E, ["灯笼挂在门口", "张记拉面", "木质招牌"], ["红灯笼", "老王面馆"]))
d("zh", ("桌上放着一个白色马克杯、一个白色碗和一个白色盘子，亚麻桌布，早晨的阳光，日系生活感", W, ["白色马克杯", "白色碗", "白色盘子", "亚麻桌布"], []),
 ("把它换成黑色", A),
 ("碗", E, ["黑色碗", "白色马克杯", "白色盘子"], ["白色碗"]))
d("zh", ("您好，麻烦帮我画一张中秋海报：一轮金色的满月，下面是一只白兔抱着月饼，云纹装饰，深蓝色背景，谢谢", W, ["金色的满月", "白兔抱着月饼", "云纹装饰", "深蓝色背景"], ["麻烦帮我画"]),
 ("麻烦把背景换成酒红色，谢谢您", E, ["酒红色背景", "金色的满月", "白兔抱着月饼"], ["深蓝色背景"]),
 ("非常感谢", C))
d("zh", ("画个赛博朋克的城市夜景，下着雨，霓虹灯招牌，一个穿红色夹克的男人撑着透明雨伞，地面反光", W, ["赛博朋克", "霓虹灯招牌", "红色夹克", "透明雨伞"], ["画个"]),
 ("夹克换成黑的吧", E, ["夹克的男人", "透明雨伞", "霓虹灯招牌"], ["红色夹克"]),
 ("雨停了", E, ["霓虹灯招牌", "透明雨伞", "地面反光"], ["下着雨", "红色夹克"]))
d("zh", ("现代美术馆外观效果图，白色清水混凝土，大面积玻璃幕墙，前面有一片浅水池，黄昏，室内灯光亮起", W, ["现代美术馆", "白色清水混凝土", "玻璃幕墙", "浅水池"], []),
 ("混凝土改成红砖", E, ["红砖", "玻璃幕墙", "浅水池"], ["混凝土"]),
 ("改成白天", E, ["白天", "红砖", "玻璃幕墙"], ["黄昏"]),
 ("退回上一步", U, ["黄昏", "红砖", "浅水池"], ["白天"]))
d("zh", ("一盘糖醋排骨，酱汁浓郁发亮，撒着白芝麻，配一碗白米饭，青花瓷盘，暖色灯光，特写", W, ["糖醋排骨", "白芝麻", "白米饭", "青花瓷盘"], []),
 ("加一杯绿茶", E, ["绿茶", "糖醋排骨", "青花瓷盘"], []),
 ("米饭去掉", E, ["糖醋排骨", "绿茶", "青花瓷盘"], ["米饭"]))
d("zh", ("我要一只粉红色的恐龙在吃冰淇淋，在彩虹下面！！还要有好多气球", W, ["粉红色的恐龙", "吃冰淇淋", "彩虹", "气球"], []),
 ("恐龙要紫色的！", E, ["紫色的恐龙", "吃冰淇淋", "彩虹"], ["粉红色"]),
 ("气球不要了", E, ["紫色的恐龙", "吃冰淇淋", "彩虹"], ["气球", "粉红色"]))
d("zh", ("汽车广告：一辆银色轿车行驶在海边公路上，左边是蓝色大海，右边是悬崖，正午阳光，干净的商业质感", W, ["银色轿车", "海边公路", "蓝色大海", "正午阳光"], []),
 ("改成夜景", E, ["夜景", "银色轿车", "海边公路"], ["正午阳光"]),
 ("车改成红色", E, ["红色轿车", "夜景", "海边公路"], ["银色轿车", "正午阳光"]))
d("zh", ("珠宝广告特写：一只手戴着粗金戒指，镶着祖母绿宝石，手里拿着香槟杯，背景是模糊的派对灯光", W, ["粗金戒指", "祖母绿宝石", "香槟杯"], []),
 ("宝石换成红宝石", E, ["红宝石", "粗金戒指", "香槟杯"], ["祖母绿"]),
 ("嗯，换回去", U, ["祖母绿宝石", "粗金戒指", "香槟杯"], ["红宝石"]))
d("zh", ("儿童房设计，海盗船造型的上下铺，墙上贴着世界地图，窗边放着望远镜，藏青色和芥末黄配色", W, ["海盗船", "上下铺", "世界地图", "藏青色和芥末黄"], []),
 ("配色换成薄荷绿和浅粉", E, ["薄荷绿和浅粉", "海盗船", "世界地图"], ["藏青色和芥末黄"]),
 ("望远镜挪到床边", E, ["床边", "望远镜", "薄荷绿和浅粉"], ["窗边", "芥末黄"]))
d("zh", ("游戏角色设定：一位沙漠游牧女战士，沙色长袍，弯曲的青铜弯刀，肩上站着一只猎鹰，正面和侧面视图", W, ["沙漠游牧女战士", "沙色长袍", "青铜弯刀", "猎鹰"], []),
 ("猎鹰换成小狐狸", E, ["小狐狸", "沙色长袍", "青铜弯刀"], ["猎鹰"]),
 ("她的武器可以换成别的吗", A),
 ("换成长矛", E, ["长矛", "小狐狸", "沙色长袍"], ["青铜弯刀", "猎鹰"]))
d("zh", ("植物店极简海报：米白色背景上一片深绿色的龟背竹叶子，底部一行小字“绿房间”", W, ["米白色背景", "龟背竹", "绿房间"], []),
 ("文字改成“叶子商店”", E, ["叶子商店", "龟背竹", "米白色背景"], ["绿房间"]),
 ("把文字移到顶部", E, ["顶部", "叶子商店", "龟背竹"], ["底部", "绿房间"]))
d("zh", ("高山湖泊的清晨，一只木船拴在码头上，雪山倒映在湖面，湖面有薄雾，两侧是松树林", W, ["高山湖泊", "木船", "雪山倒映", "薄雾"], []),
 ("改成夜晚，加上银河", E, ["夜晚", "银河", "木船", "雪山倒映"], ["清晨"]),
 ("薄雾去掉", E, ["银河", "木船", "松树林"], ["薄雾", "清晨"]))
d("zh", ("秋日野餐场景：红白格子餐布，藤编野餐篮，几个苹果，一个保温壶，两杯热可可，枫树叶子是橙色的", W, ["红白格子餐布", "藤编野餐篮", "热可可", "枫树"], []),
 ("感觉不太对", A),
 ("把餐布换成蓝白格子", E, ["蓝白格子", "藤编野餐篮", "热可可"], ["红白格子"]))
d("zh", ("一副无线耳机放在打开的白色充电盒里，灰色水泥台面，低角度拍摄，棚拍光线干净利落", W, ["无线耳机", "白色充电盒", "灰色水泥台面", "低角度"], []),
 ("改成俯拍", E, ["俯拍", "无线耳机", "灰色水泥台面"], ["低角度"]),
 ("盒子黑色", E, ["黑色充电盒", "俯拍", "无线耳机"], ["白色充电盒", "低角度"]))
d("zh", ("言情小说封面：两个人的剪影在樱花树下拥吻，粉色花瓣飘落，一弯新月，梦幻柔焦", W, ["剪影", "樱花树", "粉色花瓣", "新月"], []),
 ("月亮改成满月", E, ["满月", "樱花树", "粉色花瓣"], ["新月"]),
 ("好美", C))
d("zh", ("等距像素风：漂浮小岛上的魔法师小塔，岛边有瀑布流下，发光的紫色水晶，满天星星的夜空", W, ["漂浮小岛", "魔法师小塔", "瀑布", "紫色水晶"], []),
 ("去掉瀑布", E, ["魔法师小塔", "紫色水晶", "漂浮小岛"], ["瀑布"]),
 ("水晶改成绿色", E, ["绿色水晶", "魔法师小塔", "漂浮小岛"], ["紫色水晶", "瀑布"]))
d("zh", ("一罐柚子气泡水，罐身有冷凝水珠，明黄色标签上有简约的太阳图案，薄荷绿背景，硬朗的阴影", W, ["柚子气泡水", "明黄色标签", "太阳图案", "薄荷绿背景"], []),
 ("标签改成白色", E, ["白色标签", "柚子气泡水", "薄荷绿背景"], ["明黄色标签"]),
 ("背景珊瑚色", E, ["珊瑚色背景", "白色标签", "太阳图案"], ["薄荷绿背景"]))
d("zh", ("书架上两个陶瓷花瓶，左边一个高的蓝色花瓶，右边一个矮的白色花瓶，高的那个里插着干橄榄枝", W, ["高的蓝色花瓶", "矮的白色花瓶", "干橄榄枝"], []),
 ("改成陶土色", A),
 ("矮的那个", E, ["矮的陶土色花瓶", "高的蓝色花瓶", "干橄榄枝"], ["矮的白色花瓶"]))
d("zh", ("金融科技官网首屏：一部3D等距手机，周围漂浮着金币和图表，紫色到电光蓝的渐变，亮面塑料材质", W, ["等距手机", "金币和图表", "电光蓝", "亮面塑料"], []),
 ("材质改成磨砂玻璃", E, ["磨砂玻璃", "等距手机", "金币和图表"], ["亮面塑料"]),
 ("金币删掉", E, ["磨砂玻璃", "图表", "等距手机"], ["金币", "亮面塑料"]))
d("zh", ("渔夫肖像：白胡子的老渔夫戴着黄色油布帽，饱经风霜的脸，身后是港口，85mm镜头，伦勃朗光", W, ["白胡子的老渔夫", "黄色油布帽", "伦勃朗光"], []),
 ("帽子改成藏青色", E, ["藏青色油布帽", "白胡子", "伦勃朗光"], ["黄色油布帽"]),
 ("撤回", U, ["黄色油布帽", "白胡子", "港口"], ["藏青色"]))
d("zh", ("奢华手表平面广告：钢制计时码表，深蓝色表盘，放在黑色火山岩上，定格的水花，强烈的轮廓光", W, ["钢制计时码表", "深蓝色表盘", "黑色火山岩"], []),
 ("表盘换成墨绿", E, ["墨绿", "钢制计时码表", "黑色火山岩"], ["深蓝色表盘"]),
 ("看起来高级吗", C))
d("zh", ("暗调静物：剥了一半的橘子、揉皱的亚麻餐巾、一把古董银刀，放在深棕色木板上，明暗对比强烈，荷兰黄金时代油画感", W, ["剥了一半的橘子", "亚麻餐巾", "古董银刀", "深棕色木板"], []),
 ("刀太花哨了，换成一把简单的木勺", E, ["木勺", "剥了一半的橘子", "亚麻餐巾"], ["古董银刀"]),
 ("餐巾也拿掉，太乱", E, ["木勺", "剥了一半的橘子", "深棕色木板"], ["餐巾", "古董银刀"]))
d("zh", ("黑白街拍，东京十字路口，雨伞，长曝光，高对比", W, ["黑白街拍", "东京十字路口", "长曝光"], []),
 ("加一把红色雨伞", E, ["红色雨伞", "东京十字路口", "长曝光"], []),
 ("👍", C))
d("zh", ("宠物食品包装：一只柯基犬坐着抬头看，旁边是一袋牛油果绿色的狗粮包装袋，浅灰背景，可爱的商业摄影", W, ["柯基", "牛油果绿色", "狗粮包装袋", "浅灰背景"], []),
 ("柯基换成柴犬", E, ["柴犬", "牛油果绿色", "浅灰背景"], ["柯基"]),
 ("包装袋换成橙色", E, ["橙色的狗粮包装袋", "柴犬", "浅灰背景"], ["牛油果绿", "柯基"]))
d("zh", ("咖啡馆室内：水磨石吧台，藤编吊灯，墙面刷成陶土色，窗边有一排绿植，一位咖啡师在拉花", W, ["水磨石吧台", "藤编吊灯", "陶土色", "咖啡师在拉花"], []),
 ("墙面改成奶油白", E, ["奶油白", "水磨石吧台", "藤编吊灯"], ["陶土色"]),
 ("吊灯换成黄铜的", E, ["黄铜", "奶油白", "水磨石吧台"], ["藤编吊灯", "陶土色"]))
d("zh", ("音乐节海报：一只巨大的水母漂浮在夜晚的沙漠公路上空，霓虹粉和青色，网点纹理，乐队名“软回声”用大字", W, ["巨大的水母", "沙漠公路", "霓虹粉和青色", "软回声"], []),
 ("乐队名改成“低潮”", E, ["低潮", "巨大的水母", "沙漠公路"], ["软回声"]),
 ("水母太大了", E, ["水母", "低潮", "沙漠公路", "网点纹理"], ["巨大的水母", "软回声"]))
d("zh", ("婚礼请柬插画：一对新人站在白色拱门下，拱门缠绕着白玫瑰和尤加利叶，背景是淡粉色的晚霞，水彩风", W, ["白色拱门", "白玫瑰", "尤加利叶", "淡粉色的晚霞"], []),
 ("玫瑰换成香槟色", E, ["香槟色", "白色拱门", "尤加利叶"], ["白玫瑰"]),
 ("好看，就这样", C))
d("zh", ("电商主图：一双白色运动鞋漂浮在蓝绿色泳池上方，水花四溅，棕榈叶投影，顶部粗体文字“夏日特惠 七折”", W, ["白色运动鞋", "蓝绿色泳池", "棕榈叶投影", "夏日特惠 七折"], []),
 ("文字改成“夏日特惠 五折”", E, ["夏日特惠 五折", "白色运动鞋", "蓝绿色泳池"], ["七折"]),
 ("鞋子改黑色", E, ["黑色运动鞋", "五折", "蓝绿色泳池"], ["白色运动鞋", "七折"]))
d("zh", ("一只戴着墨镜的橘猫躺在沙滩椅上，手里拿着椰子饮料，背后是热带海滩和落日，搞笑风格", W, ["戴着墨镜", "橘猫", "沙滩椅", "椰子饮料"], []),
 ("换成一只哈士奇", E, ["哈士奇", "墨镜", "沙滩椅", "椰子饮料"], ["橘猫"]),
 ("落日改成正午", E, ["正午", "哈士奇", "热带海滩"], ["落日", "橘猫"]),
 ("撤销", U, ["落日", "哈士奇", "椰子饮料"], ["正午"]))
d("zh", ("故宫风文创书签设计：红墙金瓦，一只御猫趴在屋檐上，雪花飘落，工笔画风格", W, ["红墙金瓦", "御猫", "雪花飘落", "工笔画风格"], []),
 ("猫改成黑色的", E, ["黑色", "御猫", "红墙金瓦"], []),
 ("雪花不要了", E, ["御猫", "红墙金瓦", "工笔画风格"], ["雪花"]))
d("zh", ("一张餐厅菜单封面：深绿色背景，金色的线描龙虾和柠檬，右下角有餐厅名字“海之味”", W, ["深绿色背景", "线描龙虾", "柠檬", "海之味"], []),
 ("大一点", A),
 ("龙虾大一点", E, ["龙虾", "柠檬", "海之味", "深绿色背景"], []))
d("zh", ("极简产品图：一块圆形的香皂放在浅灰色石头上，旁边有一支薰衣草，柔和的晨光", W, ["圆形的香皂", "浅灰色石头", "薰衣草", "柔和的晨光"], []),
 ("薰衣草换成迷迭香", E, ["迷迭香", "圆形的香皂", "浅灰色石头"], ["薰衣草"]),
 ("谢谢", C))
d("zh", ("国潮插画：一只穿着宇航服的熊猫坐在月亮上吃竹子，背景是祥云和星星，红金配色", W, ["穿着宇航服的熊猫", "吃竹子", "祥云", "红金配色"], []),
 ("配色改成蓝银", E, ["蓝银", "穿着宇航服的熊猫", "祥云"], ["红金"]),
 ("你觉得哪个配色好？", C))
d("zh", ("卧室软装效果：一张铺着白色床品的矮床，床头挂着一幅蓝色抽象画，床边一盏藤编落地灯，清晨的光", W, ["白色床品", "矮床", "蓝色抽象画", "藤编落地灯"], []),
 ("床品换成灰色", E, ["灰色床品", "蓝色抽象画", "藤编落地灯"], ["白色床品"]),
 ("落地灯挪到左边", E, ["左边", "藤编落地灯", "灰色床品"], ["白色床品"]))
d("zh", ("童话插图：森林里的蘑菇小屋，屋顶是红色带白点的，门口坐着一只刺猬在喝茶，萤火虫在飞", W, ["蘑菇小屋", "红色带白点", "刺猬在喝茶", "萤火虫"], []),
 ("屋顶换成蓝色", E, ["蓝色带白点", "蘑菇小屋", "刺猬在喝茶"], ["红色带白点"]),
 ("刺猬旁边加一只兔子", E, ["兔子", "蓝色带白点", "刺猬"], ["红色带白点"]))
d("zh", ("美食摄影：一杯冰美式，杯壁挂着水珠，放在浅木色桌上，背景是虚化的咖啡馆，明亮通透", W, ["冰美式", "杯壁挂着水珠", "浅木色桌", "虚化的咖啡馆"], []),
 ("换成热拿铁，有拉花", E, ["热拿铁", "浅木色桌", "虚化的咖啡馆"], ["冰美式"]),
 ("不行，撤销", U, ["冰美式", "浅木色桌", "虚化的咖啡馆"], ["热拿铁"]))
d("zh", ("水彩风格的奇幻岛屿地图，有一座火山、一个小港口小镇，海湾里有一条海蛇", W, ["奇幻岛屿地图", "火山", "小港口小镇", "海蛇"], []),
 ("重新画一张：复古旅游海报，里斯本的黄色有轨电车爬坡", W, ["复古旅游海报", "里斯本", "黄色有轨电车"], ["海蛇", "火山"]),
 ("还是回到岛屿那张", U, ["海蛇", "火山", "小港口小镇"], ["有轨电车"]))

# ---------------- Mixed (cross-language edits and 中英混写) ----------------
d("mixed", ("a golden retriever puppy sleeping on a blue knitted blanket by the fireplace, warm firelight, cozy winter evening", W, ["golden retriever puppy", "blue knitted blanket", "fireplace", "warm firelight"], []),
 ("把毯子换成红色", E, ["red knitted blanket", "golden retriever puppy", "fireplace"], ["blue knitted blanket"]),
 ("再把背景换成夜晚", E, ["night", "red knitted blanket", "golden retriever puppy"], ["evening", "blue knitted blanket"]))
d("mixed", ("一只白色的陶瓷马克杯放在原木桌上，旁边有一本打开的书和一副眼镜，窗外下着小雨，安静的早晨", W, ["白色的陶瓷马克杯", "原木桌", "打开的书", "眼镜"], []),
 ("make the mug black", E, ["黑色的陶瓷马克杯", "原木桌", "打开的书"], ["白色的陶瓷"]),
 ("remove the glasses", E, ["黑色的陶瓷马克杯", "打开的书", "下着小雨"], ["眼镜", "白色的陶瓷"]))
d("mixed", ("帮我画一个 minimalist 的 perfume bottle，放在 pink marble 台子上，soft light，背景 beige", W, ["perfume bottle", "pink marble", "soft light"], ["帮我画"]),
 ("marble 换成 travertine", E, ["pink travertine", "perfume bottle", "soft light"], ["marble"]),
 ("ok 很好", C))
d("mixed", ("flat lay of a cozy reading nook: a cream armchair, a chunky knit throw, a stack of vintage books, a steaming cup of tea, and a sleeping orange cat", W, ["cream armchair", "chunky knit throw", "vintage books", "sleeping orange cat"], []),
 ("猫去掉", E, ["cream armchair", "chunky knit throw", "vintage books"], ["orange cat"]),
 ("茶换成咖啡", E, ["cup of coffee", "cream armchair", "vintage books"], ["cup of tea", "orange cat"]))
d("mixed", ("秋天的京都街道，两侧是红色的枫叶，一位穿深蓝色和服的女子撑着油纸伞走过石板路", W, ["京都街道", "红色的枫叶", "深蓝色和服", "油纸伞"], []),
 ("kimono should be white", E, ["白色和服", "红色的枫叶", "油纸伞"], ["深蓝色和服"]),
 ("undo pls", U, ["深蓝色和服", "红色的枫叶", "石板路"], ["白色和服"]))
d("mixed", ("给我做个 app splash screen：一只 cute 的 astronaut 猫漂浮在 purple nebula 里，flat vector style", W, ["splash screen", "astronaut", "purple nebula", "flat vector style"], ["给我做个"]),
 ("nebula 换成 teal 的", E, ["teal nebula", "astronaut", "flat vector style"], ["purple nebula"]),
 ("astronaut 猫 → astronaut dog", E, ["astronaut dog", "teal nebula", "flat vector style"], ["astronaut 猫", "purple nebula"]))
d("mixed", ("storefront of a flower shop with a hand-painted sign reading \"BLOOM\", buckets of tulips on the sidewalk, striped awning, spring morning", W, ["flower shop", "hand-painted sign", "BLOOM", "buckets of tulips"], []),
 ("招牌改成 \"PETAL & STEM\"", E, ["PETAL & STEM", "buckets of tulips", "striped awning"], ["BLOOM"]),
 ("遮阳篷换成绿色条纹", E, ["green striped awning", "PETAL & STEM", "buckets of tulips"], ["BLOOM"]))
d("mixed", ("一张中式早餐桌：一碗豆浆，两根油条，一笼小笼包，一碟咸菜，竹编餐垫，晨光", W, ["豆浆", "油条", "小笼包", "竹编餐垫"], []),
 ("add a fried egg", E, ["煎蛋", "豆浆", "小笼包"], []),
 ("remove the pickles", E, ["煎蛋", "豆浆", "油条"], ["咸菜"]))
d("mixed", ("一个 luxury 的 hotel lobby，marble floor，巨大的 crystal chandelier，gold accents，evening 灯光", W, ["hotel lobby", "marble floor", "crystal chandelier", "gold accents"], []),
 ("gold 改成 brass", E, ["brass accents", "marble floor", "crystal chandelier"], ["gold accents"]),
 ("chandelier 去掉", E, ["brass accents", "marble floor", "hotel lobby"], ["chandelier", "gold accents"]))
d("mixed", ("two cats on a windowsill, a black cat on the left and a white cat on the right, potted succulents between them, rainy afternoon", W, ["black cat on the left", "white cat on the right", "potted succulents"], []),
 ("把猫换成橘色", A),
 ("左边那只", E, ["orange cat on the left", "white cat on the right", "potted succulents"], ["black cat"]))
d("mixed", ("电商产品图：一个奶白色的陶瓷香薰蜡烛放在大理石托盘上，旁边有干花，柔和的自然光", W, ["奶白色的陶瓷香薰蜡烛", "大理石托盘", "干花"], []),
 ("candle should be black", E, ["黑色的陶瓷香薰蜡烛", "大理石托盘", "干花"], ["奶白色"]),
 ("looks good, thx", C))
d("mixed", ("pls 画一个 retro poster, 一辆 yellow vespa 停在 Rome 的街头, 夕阳, grainy", W, ["retro poster", "yellow vespa", "Rome"], ["pls 画"]),
 ("vespa 换 mint green", E, ["mint green vespa", "retro poster", "Rome"], ["yellow vespa"]),
 ("undo 吧", U, ["yellow vespa", "retro poster", "Rome"], ["mint green vespa"]))
d("mixed", ("a bowl of acai topped with banana slices, blueberries, granola and coconut flakes, shot from directly above on a white marble counter", W, ["bowl of acai", "banana slices", "coconut flakes", "white marble counter"], []),
 ("改成侧面平视拍", E, ["bowl of acai", "banana slices", "white marble counter"], ["directly above"]),
 ("香蕉去掉", E, ["bowl of acai", "granola", "white marble counter"], ["banana", "directly above"]))
d("mixed", ("夜市小吃摊，招牌写着“阿婆鸡蛋仔”，暖黄色灯泡串，冒着热气，人群虚化", W, ["夜市小吃摊", "阿婆鸡蛋仔", "暖黄色灯泡串", "冒着热气"], []),
 ("change the sign to \"阿明臭豆腐\"", E, ["阿明臭豆腐", "暖黄色灯泡串", "冒着热气"], ["阿婆鸡蛋仔"]),
 ("thanks!", C))
d("mixed", ("lookbook 风格：model 穿 oversized 的 denim jacket，里面 white tee，下面 black 短裙，背景 brutalist 建筑", W, ["denim jacket", "white tee", "black 短裙", "brutalist"], []),
 ("短裙换成 cargo pants", E, ["cargo pants", "denim jacket", "white tee"], ["短裙"]),
 ("jacket 要 cropped 的", E, ["cropped", "cargo pants", "white tee"], ["短裙"]))
d("mixed", ("a modern kitchen with matte sage green cabinets, brass handles, a white quartz countertop and open oak shelves, morning light", W, ["sage green cabinets", "brass handles", "white quartz countertop", "open oak shelves"], []),
 ("台面上加一盆柠檬", E, ["lemons", "sage green cabinets", "brass handles"], []),
 ("柜子换成深蓝色", E, ["brass handles", "white quartz countertop", "lemons"], ["sage green cabinets"]))
d("mixed", ("古风插画：一位白衣侠客站在竹林中，手持长剑，落叶纷飞，水墨风格", W, ["白衣侠客", "竹林", "手持长剑", "水墨风格"], []),
 ("make the robe black", E, ["黑衣侠客", "竹林", "水墨风格"], ["白衣"]),
 ("nah undo", U, ["白衣侠客", "竹林", "手持长剑"], ["黑衣"]))
d("mixed", ("做一张 Black Friday banner：一个 red gift box，上面有 gold ribbon，背景 black，文字 \"UP TO 70% OFF\"", W, ["Black Friday banner", "red gift box", "gold ribbon", "UP TO 70% OFF"], ["做一张"]),
 ("文字改成 \"UP TO 80% OFF\"", E, ["UP TO 80% OFF", "red gift box", "gold ribbon"], ["70% OFF"]),
 ("ribbon 也换 silver", E, ["silver ribbon", "UP TO 80% OFF", "red gift box"], ["gold ribbon", "70% OFF"]))
d("mixed", ("a lone hiker with a red backpack on a mountain ridge at sunrise, sea of clouds below, wide cinematic shot", W, ["lone hiker", "red backpack", "mountain ridge", "sea of clouds"], []),
 ("改成黄昏", E, ["red backpack", "mountain ridge", "sea of clouds"], ["sunrise"]),
 ("背包换成黄色", E, ["yellow backpack", "mountain ridge", "sea of clouds"], ["red backpack", "sunrise"]))
d("mixed", ("一张 book cover，两个 characters 背对背站着，一个穿 red cloak，一个穿 blue cloak，背景是 burning city", W, ["book cover", "背对背", "red cloak", "blue cloak", "burning city"], []),
 ("把 cloak 换成 black", A),
 ("red 那个", E, ["black cloak", "blue cloak", "burning city"], ["red cloak"]))

def build():
    import extras
    add = extras.plan(D, 4, 90, lambda dl: dl[0], lambda dl: [t[1] for t in dl[1]], salt='designer')
    for i, (m, k) in add.items():
        D[i] = (D[i][0], tuple(D[i][1]) + ((m, k),))
    out, cnt = [], {}
    for lang, turns in D:
        cnt[lang] = cnt.get(lang, 0) + 1
        tl = []
        for t in turns:
            if len(t) == 2:
                msg, it = t
                if it in (C, A):
                    mc, mn = tl[-1]["must_contain"], tl[-1]["must_not_contain"]
                else:
                    assert it == U and len(tl) >= 2 and tl[-1]["intent"] in (E, W), t
                    mc, mn = tl[-2]["must_contain"], list(tl[-2]["must_not_contain"])
                    # the phrase the undone edit introduced must be gone again, if it is new words
                    new = tl[-1]["must_contain"][0]
                    seen = " ".join(x["message"] for x in tl[:-1]).lower()
                    if new.lower() not in seen and not any(new.lower() in p.lower() for p in mc):
                        mn = mn + [new]
            else:
                msg, it, mc, mn = t
            tl.append({"message": msg, "intent": it, "must_contain": list(mc), "must_not_contain": list(mn)})
        out.append({"id": "fresh8-designer-%s-%03d" % (lang, cnt[lang]), "lang": lang, "turns": tl})
    with open("/work/fresh-8/designer.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(cnt)
build()
