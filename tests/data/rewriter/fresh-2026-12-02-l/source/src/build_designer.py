# Hand-written designer dialogues. Each turn: (message, intent, must_contain, must_not_contain)
import json
D = []
def d(lang, *turns):
    D.append((lang, turns))
def t(m, i, must, nots=()):
    return (m, i, list(must), list(nots))
# ---------------- English ----------------
d("en",
  t("Could you draw a matte black coffee bag with a kraft paper label, sitting on a concrete counter, soft morning light from the left", "draw",
    ["matte black coffee bag", "kraft paper label", "concrete counter"], ["could you draw"]),
  t("make the bag sage green", "edit", ["sage green coffee bag", "kraft paper label", "concrete counter"], ["black coffee bag"]),
  t("hmm no, undo that, the black reads more premium", "undo", ["matte black coffee bag", "kraft paper label"], ["sage green"]))
d("en",
  t("hero image for a meditation app: a woman sitting cross-legged on a floating rock above clouds, pastel purple sky, minimal, lots of negative space on the right for text", "draw",
    ["floating rock above clouds", "pastel purple sky", "negative space on the right"]),
  t("swap the woman for an old man", "edit", ["old man sitting cross-legged", "floating rock", "pastel purple sky"], ["woman sitting"]),
  t("does that leave enough room for a two-line headline?", "chat", ["old man sitting cross-legged", "negative space on the right"], ["woman sitting"]))
d("en",
  t("book cover, gothic mystery novel, a lone lighthouse on a cliff at dusk, crows circling, title space at top", "draw",
    ["lone lighthouse on a cliff", "crows circling", "title space at top"]),
  t("remove the crows", "edit", ["lone lighthouse", "on a cliff at dusk", "title space at top"], ["crows"]),
  t("and the lighthouse should be red and white striped", "edit", ["striped lighthouse", "on a cliff at dusk", "title space at top"], ["crows"]))
d("en",
  t("fashion lookbook photo, model in an oversized camel wool coat and white sneakers, standing on a rainy Tokyo street at night, neon reflections, 35mm film look", "draw",
    ["oversized camel wool coat", "white sneakers", "rainy Tokyo street", "35mm film look"]),
  t("coat in charcoal instead", "edit", ["oversized charcoal wool coat", "white sneakers", "neon reflections"], ["camel wool coat"]),
  t("sneakers black too", "edit", ["black sneakers", "charcoal wool coat", "rainy Tokyo street"], ["white sneakers"]),
  t("is this gonna be too dark for the printed catalogue?", "chat", ["black sneakers", "charcoal wool coat"], ["white sneakers"]))
d("en",
  t("scandinavian living room, light oak floor, a grey linen sofa, a round white coffee table, big window with sheer curtains, afternoon sun", "draw",
    ["light oak floor", "grey linen sofa", "round white coffee table", "sheer curtains"]),
  t("sofa in terracotta", "edit", ["terracotta linen sofa", "light oak floor", "round white coffee table"], ["grey linen sofa"]),
  t("add a monstera plant in the corner", "edit", ["monstera plant", "terracotta linen sofa", "sheer curtains"]),
  t("eh, undo the plant", "undo", ["terracotta linen sofa", "light oak floor"], ["monstera"]))
d("en",
  t("overhead shot of a bowl of tonkotsu ramen with a soft boiled egg, chashu pork, nori and green onions, dark wooden table", "draw",
    ["tonkotsu ramen", "soft boiled egg", "chashu pork", "dark wooden table"]),
  t("lose the nori", "edit", ["soft boiled egg", "chashu pork", "green onions", "dark wooden table"], ["nori"]))
d("en",
  t("concept art of a desert outpost built into the ribcage of a giant fossil, merchants with camels, hazy orange sky, painterly", "draw",
    ["desert outpost", "ribcage of a giant fossil", "merchants with camels", "hazy orange sky"]),
  t("sky teal", "edit", ["hazy teal sky", "ribcage of a giant fossil", "merchants with camels"], ["orange sky"]),
  t("perfect. now the same thing at night", "edit", ["ribcage of a giant fossil", "merchants with camels", "night"]))
d("en",
  t("a little hedgehog wearing a yellow raincoat jumping in puddles, watercolor, children's book illustration", "draw",
    ["little hedgehog", "yellow raincoat", "jumping in puddles"]),
  t("make the raincoat red", "edit", ["red raincoat", "little hedgehog", "jumping in puddles"], ["yellow raincoat"]),
  t("can he have a frog friend next to him?", "edit", ["frog friend", "red raincoat", "jumping in puddles"], ["yellow raincoat"]))
d("en",
  t("billboard ad for an electric SUV driving along a coastal highway at sunset, cliffs and ocean, car in pearl white", "draw",
    ["electric SUV", "coastal highway at sunset", "pearl white"]),
  t("car in midnight blue", "edit", ["midnight blue", "electric SUV", "coastal highway at sunset"], ["pearl white"]),
  t("love it", "chat", ["midnight blue", "coastal highway"], ["pearl white"]))
d("en",
  t("minimal logo of a fox head made from geometric triangles, orange on a cream background, flat vector", "draw",
    ["fox head", "geometric triangles", "cream background", "flat vector"]),
  t("navy background instead of the cream", "edit", ["navy background", "fox head", "geometric triangles"], ["cream background"]),
  t("undo", "undo", ["cream background", "fox head"], ["navy background"]))
d("en",
  t("product photo of a glass perfume bottle with a gold cap on a wet black stone, water droplets, dramatic rim light", "draw",
    ["glass perfume bottle", "gold cap", "wet black stone", "dramatic rim light"]),
  t("the cap should be silver", "edit", ["silver cap", "glass perfume bottle", "dramatic rim light"], ["gold cap"]),
  t("also make the stone white marble", "edit", ["white marble", "silver cap", "water droplets"], ["black stone", "gold cap"]))
d("en",
  t("a cat on a windowsill", "draw", ["cat on a windowsill"]),
  t("orange tabby", "edit", ["orange tabby", "on a windowsill"]),
  t("what time of day is it supposed to be in this?", "chat", ["orange tabby", "on a windowsill"]))
d("en",
  t("retro travel poster for Lisbon, yellow tram climbing a steep street, terracotta rooftops, bold flat colors, text 'LISBOA' at the bottom", "draw",
    ["yellow tram", "terracotta rooftops", "bold flat colors", "LISBOA"]),
  t("change the text to PORTO", "edit", ["PORTO", "yellow tram", "terracotta rooftops"], ["LISBOA"]))
d("en",
  t("a modern kitchen with white cabinets and a marble island, brass pendant lights", "draw",
    ["white cabinets", "marble island", "brass pendant lights"]),
  t("make it warmer", "ask", ["white cabinets", "marble island", "brass pendant lights"]),
  t("warmer light, like golden hour coming through", "edit", ["golden hour", "white cabinets", "marble island"]))
d("en",
  t("pls draw a vintge red bicycle leaning on a brick wall w/ flowers in the basket", "draw",
    ["leaning on a brick wall", "flowers in the basket"], ["pls draw"]),
  t("make the bike mint grean", "edit", ["mint", "leaning on a brick wall", "flowers in the basket"], ["red bicycle"]))
d("en",
  t("exterior render of a two-storey concrete house with floor-to-ceiling windows, cantilevered roof, surrounded by pine forest, overcast day", "draw",
    ["two-storey concrete house", "floor-to-ceiling windows", "cantilevered roof", "overcast day"]),
  t("change overcast to a snowy winter day", "edit", ["snowy winter day", "cantilevered roof", "pine forest"], ["overcast"]),
  t("camera lower, looking up at the house", "edit", ["looking up", "snowy winter day", "cantilevered roof"], ["overcast"]))
d("en",
  t("sneaker ad, white sneaker floating, pink background, splash of paint", "draw",
    ["white sneaker floating", "pink background", "splash of paint"]),
  t("blue bg", "edit", ["blue background", "white sneaker floating", "splash of paint"], ["pink background"]),
  t("undo", "undo", ["pink background", "white sneaker floating"], ["blue background"]))
d("en",
  t("hero banner for a bakery website: croissants and pain au chocolat on a linen cloth, flour dusted, warm window light, shallow depth of field", "draw",
    ["croissants and pain au chocolat", "linen cloth", "warm window light"]),
  t("add a cup of coffee on the left", "edit", ["cup of coffee", "croissants and pain au chocolat", "linen cloth"]),
  t("the cup looks weird, lose it", "edit", ["croissants and pain au chocolat", "linen cloth", "warm window light"], ["cup of coffee"]))
d("en",
  t("watercolor illustration of a fox in a snowy forest", "draw", ["watercolor illustration", "fox in a snowy forest"]),
  t("make the fox a wolf, no wait, a husky", "edit", ["husky in a snowy forest", "watercolor illustration"], ["fox", "wolf"]))
d("en",
  t("flat lay of a skincare set: three amber glass bottles with white pumps on pink terrazzo", "draw",
    ["three amber glass bottles", "white pumps", "pink terrazzo"]),
  t("terrazzo in green?", "edit", ["green terrazzo", "amber glass bottles", "white pumps"], ["pink terrazzo"]),
  t("nope, the first colour was better", "edit", ["pink terrazzo", "amber glass bottles"], ["green terrazzo"]))
d("en",
  t("isometric game asset, a cozy wizard tower with a spiral staircase, glowing blue crystals on the roof, moss on the stones, small garden with pumpkins, soft pastel palette, clean outlines", "draw",
    ["cozy wizard tower", "spiral staircase", "glowing blue crystals", "moss on the stones", "soft pastel palette"]),
  t("crystals purple", "edit", ["glowing purple crystals", "spiral staircase", "moss on the stones"], ["blue crystals"]),
  t("and drop the pumpkins", "edit", ["small garden", "glowing purple crystals", "clean outlines"], ["pumpkins"]))
d("en",
  t("a bowl of pho with fresh basil and lime, steam rising, top-down", "draw", ["bowl of pho", "fresh basil and lime", "steam rising"]),
  t("quick q, what's the difference between top-down and flat lay?", "chat", ["bowl of pho", "fresh basil and lime"]),
  t("ok add chopsticks resting on the bowl", "edit", ["chopsticks resting", "bowl of pho", "steam rising"]))
d("en",
  t("Good morning! Could you please create an illustration of a red fox reading a book under an oak tree, autumn leaves falling?", "draw",
    ["red fox reading a book", "under an oak tree", "autumn leaves falling"], ["could you please create", "good morning"]),
  t("Thank you! Could the fox be grey instead?", "edit", ["grey fox reading a book", "under an oak tree", "autumn leaves falling"], ["red fox"]))
d("en",
  t("studio portrait of a golden retriever wearing a tiny knitted beanie, seamless teal backdrop", "draw",
    ["golden retriever", "tiny knitted beanie", "seamless teal backdrop"]),
  t("swap the dog for a corgi", "edit", ["corgi wearing", "tiny knitted beanie", "seamless teal backdrop"], ["golden retriever"]),
  t("beanie mustard yellow", "edit", ["mustard yellow knitted beanie", "corgi", "seamless teal backdrop"], ["golden retriever"]))
d("en",
  t("packaging for an oat milk carton, pastel blue, cartoon cow on the front, clouds pattern", "draw",
    ["oat milk carton", "pastel blue", "cartoon cow on the front", "clouds pattern"]),
  t("cow -> cartoon goat", "edit", ["cartoon goat", "oat milk carton", "clouds pattern"], ["cow"]),
  t("undo", "undo", ["cartoon cow", "oat milk carton"], ["goat"]),
  t("ok thx, that's the one", "chat", ["cartoon cow", "clouds pattern"], ["goat"]))
d("en",
  t("a picnic scene with a red checkered blanket, a wicker basket, two glasses of lemonade and a dog", "draw",
    ["red checkered blanket", "wicker basket", "two glasses of lemonade"]),
  t("remove the glass", "ask", ["red checkered blanket", "two glasses of lemonade"]),
  t("both of them", "edit", ["red checkered blanket", "wicker basket", "a dog"], ["lemonade"]))
d("en",
  t("movie poster with a big astronaut on the left and the title text on the right, deep space background with a purple nebula", "draw",
    ["astronaut on the left", "title text on the right", "purple nebula"]),
  t("flip it: astronaut right, text left", "edit", ["astronaut on the right", "text on the left", "purple nebula"], ["astronaut on the left"]))
d("en",
  t("moody portrait of a jazz saxophonist in a smoky bar, blue spotlight, 85mm", "draw",
    ["jazz saxophonist", "smoky bar", "blue spotlight"]),
  t("spotlight amber", "edit", ["amber spotlight", "jazz saxophonist", "smoky bar"], ["blue spotlight"]))
d("en",
  t("cheerful flat illustration of people doing yoga in a park, sunny, bright greens and yellows", "draw",
    ["doing yoga in a park", "bright greens and yellows"]),
  t("make it sunset instead of sunny", "edit", ["sunset", "doing yoga in a park"], ["sunny"]))
d("en",
  t("wordmark logo 'Bloom & Co' in an elegant serif, dusty rose, with a small leaf above the o", "draw",
    ["Bloom & Co", "elegant serif", "dusty rose"]),
  t("change the name to Bloom Studio", "edit", ["Bloom Studio", "elegant serif", "dusty rose", "small leaf"], ["Bloom & Co"]))
d("en",
  t("neon sign that says OPEN", "draw", ["neon sign", "OPEN"]),
  t("make it say CLOSED", "edit", ["neon sign", "CLOSED"], ["says OPEN"]),
  t("lol perfect", "chat", ["neon sign", "CLOSED"], ["says OPEN"]))
d("en",
  t("cozy reading nook with a green velvet armchair, a floor lamp, built-in bookshelves, rainy window", "draw",
    ["green velvet armchair", "floor lamp", "built-in bookshelves", "rainy window"]),
  t("what if the armchair was leather", "ask", ["green velvet armchair", "rainy window"]),
  t("yes do it, brown leather", "edit", ["brown leather armchair", "floor lamp", "built-in bookshelves"], ["green velvet"]))
d("en",
  t("menu photo of a margherita pizza on a wooden peel, fresh basil, blistered crust, wood-fired oven in the background", "draw",
    ["margherita pizza", "wooden peel", "fresh basil", "blistered crust"]),
  t("swap basil for arugula", "edit", ["fresh arugula", "margherita pizza", "blistered crust"], ["basil"]),
  t("undo, basil is more classic", "undo", ["fresh basil", "margherita pizza"], ["arugula"]))
d("en",
  t("lookbook shot of a model in a flowing emerald silk dress on a sand dune at golden hour", "draw",
    ["flowing emerald silk dress", "sand dune", "golden hour"]),
  t("dress in ivory", "edit", ["flowing ivory silk dress", "sand dune", "golden hour"], ["emerald"]),
  t("perfect, now a version at blue hour", "edit", ["flowing ivory silk dress", "sand dune", "blue hour"], ["golden hour", "emerald"]))
d("en",
  t("social ad for iced matcha latte, tall glass with ice cubes, green gradient background, condensation on the glass", "draw",
    ["iced matcha latte", "tall glass with ice cubes", "green gradient background"]),
  t("background should be a peach gradient", "edit", ["peach gradient background", "iced matcha latte", "condensation on the glass"], ["green gradient"]))
d("en",
  t("a friendly dragon teaching baby dinosaurs to read, classroom, crayon style", "draw",
    ["friendly dragon", "baby dinosaurs", "crayon style"]),
  t("colored pencil style instead", "edit", ["colored pencil style", "friendly dragon", "baby dinosaurs"], ["crayon"]))
d("en",
  t("hotel lobby with a double-height ceiling, terrazzo floor, a huge brass chandelier, palm trees in planters", "draw",
    ["double-height ceiling", "terrazzo floor", "huge brass chandelier", "palm trees in planters"]),
  t("the chandelier is too much, lose it", "edit", ["double-height ceiling", "terrazzo floor", "palm trees in planters"], ["chandelier"]),
  t("actually bring it back", "undo", ["huge brass chandelier", "terrazzo floor"]))
d("en",
  t("pixel art of a knight fighting a slime in a dungeon, torches on the walls", "draw",
    ["pixel art", "knight fighting a slime", "torches on the walls"]),
  t("slime -> skeleton", "edit", ["knight fighting a skeleton", "torches on the walls"], ["slime"]),
  t("is this 16-bit or 8-bit looking?", "chat", ["knight fighting a skeleton", "pixel art"], ["slime"]))
d("en",
  t("lifestyle shot of hands holding a ceramic mug of hot chocolate with marshmallows, knitted sweater sleeves, cozy", "draw",
    ["ceramic mug of hot chocolate", "marshmallows", "knitted sweater sleeves"]),
  t("mug in speckled blue", "edit", ["speckled blue ceramic mug", "marshmallows", "knitted sweater sleeves"]))
d("en",
  t("I want picture of one old man fishing on small boat in lake, morning fog, very calm feeling", "draw",
    ["old man fishing", "small boat", "morning fog", "very calm feeling"]),
  t("please no fog, make clear sky", "edit", ["old man fishing", "clear sky", "very calm feeling"], ["fog"]))
d("en",
  t("sci-fi book cover, a colossal ring-shaped space station orbiting a red giant star, tiny shuttle in the foreground, title at the top, author name at the bottom", "draw",
    ["ring-shaped space station", "red giant star", "tiny shuttle in the foreground", "title at the top"]),
  t("star blue instead of red", "edit", ["blue giant star", "ring-shaped space station", "tiny shuttle"], ["red giant"]),
  t("put the title at the bottom and the author name at the top", "edit", ["title at the bottom", "author name at the top", "blue giant star"], ["title at the top"]))
d("en",
  t("tea tin packaging, art deco pattern, black and gold", "draw", ["tea tin packaging", "art deco pattern", "black and gold"]),
  t("+ peacock", "edit", ["peacock", "art deco pattern", "black and gold"]),
  t("- peacock", "edit", ["tea tin packaging", "art deco pattern", "black and gold"], ["peacock"]))
d("en",
  t("SaaS landing hero, 3D isometric illustration of a laptop with floating charts and a coffee cup, soft blue and white palette", "draw",
    ["3D isometric illustration", "floating charts", "coffee cup", "soft blue and white palette"]),
  t("the coffee cup looks odd, remove", "edit", ["floating charts", "3D isometric illustration", "soft blue and white palette"], ["coffee cup"]),
  t("palette: coral and white", "edit", ["coral and white palette", "floating charts"], ["blue and white", "coffee cup"]))
d("en",
  t("black and white street photo of a man with an umbrella crossing a zebra crossing in the rain, high contrast", "draw",
    ["black and white street photo", "man with an umbrella", "zebra crossing", "high contrast"]),
  t("can you make it colour but keep everything else", "edit", ["man with an umbrella", "zebra crossing", "in the rain"], ["black and white"]))
d("en",
  t("cupcake with pink frosting and sprinkles on a mint plate", "draw", ["pink frosting and sprinkles", "mint plate"]),
  t("frosting chocolate", "edit", ["chocolate frosting", "mint plate"], ["pink frosting"]),
  t("sprinkles gold", "edit", ["gold sprinkles", "chocolate frosting", "mint plate"]),
  t("undo", "undo", ["chocolate frosting", "mint plate"], ["gold sprinkles", "pink frosting"]))
d("en",
  t("a bonsai tree on a stone slab, japanese minimalism, grey background", "draw", ["bonsai tree", "stone slab", "grey background"]),
  t("how many edits can I do on one image?", "chat", ["bonsai tree", "grey background"]),
  t("make the background beige", "edit", ["beige background", "bonsai tree", "stone slab"], ["grey background"]))
d("en",
  t("a cabin in the mountains with a red door", "draw", ["cabin in the mountains", "red door"]),
  t("make it blue", "ask", ["cabin in the mountains", "red door"]),
  t("the door, sorry", "edit", ["blue door", "cabin in the mountains"], ["red door"]))
d("en",
  t("print ad for a luxury watch: close up of a steel chronograph with a green dial on a man's wrist, he wears a navy suit, blurred yacht harbour behind, late afternoon sun, elegant serif headline space on the left", "draw",
    ["steel chronograph", "green dial", "navy suit", "blurred yacht harbour", "headline space on the left"]),
  t("dial black", "edit", ["black dial", "steel chronograph", "blurred yacht harbour"], ["green dial"]),
  t("and the suit charcoal grey. keep the rest", "edit", ["charcoal grey suit", "black dial", "late afternoon sun"], ["navy suit", "green dial"]))
d("en",
  t("a bunny and a turtle having a tea party under a mushroom, storybook style", "draw", ["bunny and a turtle", "tea party under a mushroom", "storybook style"]),
  t("the turtle should be wearing a little hat", "edit", ["little hat", "tea party under a mushroom", "storybook style"]),
  t("thanks!! my kid loves it", "chat", ["little hat", "tea party"]))
d("en",
  t("app onboarding illustration, a smiling delivery rider on a green scooter carrying a pizza box, simple shapes, white background", "draw",
    ["delivery rider", "green scooter", "pizza box", "white background"]),
  t("scooter orange to match our brand", "edit", ["orange scooter", "delivery rider", "pizza box"], ["green scooter"]),
  t("swap the pizza box for a paper grocery bag", "edit", ["paper grocery bag", "orange scooter", "white background"], ["pizza box"]))
# ---------------- Chinese ----------------
d("zh",
  t("请帮我画一只橘猫趴在蓝色针织毯子上，旁边是壁炉，暖黄的灯光", "draw", ["橘猫", "蓝色针织毯子", "壁炉"], ["请帮我画"]),
  t("毯子换成红色", "edit", ["红色针织毯子", "橘猫", "壁炉"], ["蓝色针织毯子"]),
  t("把背景换成夜晚", "edit", ["夜晚", "红色针织毯子", "橘猫"], ["蓝色针织毯子"]))
d("zh",
  t("一款茶叶礼盒包装，墨绿色盒子，烫金山水纹样，放在木质茶台上，侧光", "draw", ["茶叶礼盒包装", "墨绿色盒子", "烫金山水纹样", "木质茶台"]),
  t("盒子改成酒红色看看", "edit", ["酒红色盒子", "烫金山水纹样", "木质茶台"], ["墨绿色盒子"]),
  t("不行，撤销", "undo", ["墨绿色盒子", "烫金山水纹样"], ["酒红色"]))
d("zh",
  t("健身App首页插画：一个女孩在晨光中沿着河边跑步，远处是城市天际线，配色清新", "draw", ["健身App首页插画", "晨光中", "城市天际线", "配色清新"]),
  t("女孩换成一个中年大叔", "edit", ["中年大叔", "城市天际线", "配色清新"], ["女孩"]))
d("zh",
  t("科幻小说封面，一座漂浮在云海上的古老城市，天上挂着巨大的月亮，冷色调", "draw", ["漂浮在云海上", "古老城市", "巨大的月亮", "冷色调"]),
  t("月亮去掉", "edit", ["漂浮在云海上", "古老城市", "冷色调"], ["月亮"]),
  t("封面上能放得下书名吗", "chat", ["漂浮在云海上", "古老城市"], ["月亮"]))
d("zh",
  t("时装画册，模特穿白色亚麻衬衫配卡其色阔腿裤，站在海边礁石上，阴天", "draw", ["白色亚麻衬衫", "卡其色阔腿裤", "海边礁石", "阴天"]),
  t("裤子来个黑色的", "edit", ["黑色阔腿裤", "白色亚麻衬衫", "海边礁石"], ["卡其色阔腿裤"]),
  t("整体太灰了，改成晴天", "edit", ["晴天", "黑色阔腿裤", "白色亚麻衬衫"], ["阴天"]))
d("zh",
  t("日式原木风卧室，榻榻米，纸灯笼，窗外一片竹林", "draw", ["日式原木风卧室", "榻榻米", "纸灯笼", "竹林"]),
  t("角落放一盆绿植", "edit", ["绿植", "榻榻米", "纸灯笼"]),
  t("撤销", "undo", ["榻榻米", "纸灯笼", "竹林"], ["绿植"]))
d("zh",
  t("菜单用图，一碗红烧牛肉面，上面撒着香菜和葱花，木桌，俯拍", "draw", ["红烧牛肉面", "香菜", "葱花", "俯拍"]),
  t("不要香菜！", "edit", ["红烧牛肉面", "葱花", "俯拍"], ["香菜"]))
d("zh",
  t("游戏概念图，废土风格的加油站，旁边停着一辆锈迹斑斑的卡车，黄昏，沙尘暴快来了", "draw", ["废土风格的加油站", "锈迹斑斑的卡车", "黄昏", "沙尘暴"]),
  t("卡车换成摩托车", "edit", ["锈迹斑斑的摩托车", "废土风格的加油站"], ["卡车"]),
  t("黄昏改成深夜", "edit", ["深夜", "锈迹斑斑的摩托车", "沙尘暴"], ["黄昏"]))
d("zh",
  t("儿童绘本插画，一只小熊在森林里采蘑菇，水彩风", "draw", ["儿童绘本插画", "小熊", "采蘑菇", "水彩"]),
  t("小熊换成小兔子", "edit", ["小兔子", "采蘑菇", "水彩"], ["小熊"]),
  t("好可爱！！", "chat", ["小兔子", "采蘑菇"], ["小熊"]))
d("zh",
  t("口红广告，一支正红色口红立在黑色镜面上，倒影清晰，要有高级感", "draw", ["正红色口红", "黑色镜面", "倒影清晰", "高级感"]),
  t("口红颜色改成豆沙色", "edit", ["豆沙色口红", "黑色镜面", "倒影清晰"], ["正红色"]),
  t("镜面换成白色大理石", "edit", ["白色大理石", "豆沙色口红", "倒影清晰"], ["黑色镜面", "正红色"]))
d("zh",
  t("咖啡店logo，一只猫头鹰抱着咖啡杯，线条简洁，棕色", "draw", ["咖啡店logo", "猫头鹰抱着咖啡杯", "线条简洁", "棕色"]),
  t("棕色改成深绿", "edit", ["深绿", "猫头鹰抱着咖啡杯", "线条简洁"], ["棕色"]),
  t("第一版的颜色更好", "edit", ["棕色", "猫头鹰抱着咖啡杯"], ["深绿"]))
d("zh",
  t("产品摄影，一瓶精华液放在湿润的青苔上，柔和顶光，浅景深", "draw", ["精华液", "湿润的青苔", "柔和顶光", "浅景深"]),
  t("青苔换成鹅卵石", "edit", ["鹅卵石", "精华液", "柔和顶光"], ["青苔"]))
d("zh",
  t("一只柴犬", "draw", ["柴犬"]),
  t("给它戴上墨镜", "edit", ["柴犬", "墨镜"]),
  t("这是啥品种啊", "chat", ["柴犬", "墨镜"]))
d("zh",
  t("音乐节海报，霓虹风格，一把燃烧的吉他，紫粉渐变背景，标题写着“夏日狂欢”", "draw", ["音乐节海报", "燃烧的吉他", "紫粉渐变背景", "夏日狂欢"]),
  t("标题改成“秋日狂欢”", "edit", ["秋日狂欢", "燃烧的吉他", "紫粉渐变背景"], ["夏日狂欢"]))
d("zh",
  t("客厅效果图，灰色布艺沙发，胡桃木茶几，白色墙面，大落地窗", "draw", ["灰色布艺沙发", "胡桃木茶几", "白色墙面"]),
  t("换个颜色吧", "ask", ["灰色布艺沙发", "胡桃木茶几", "白色墙面"]),
  t("沙发换成墨绿色", "edit", ["墨绿色布艺沙发", "胡桃木茶几", "白色墙面"], ["灰色布艺沙发"]))
d("zh",
  t("帮我化一个雨中的红色电话停，伦敦街头", "draw", ["雨中", "伦敦街头"]),
  t("电话亭改成蓝色的", "edit", ["蓝色", "雨中", "伦敦街头"], ["红色"]))
d("zh",
  t("现代美术馆外观，白色曲面墙，倒映在水池里，清晨薄雾", "draw", ["现代美术馆外观", "白色曲面墙", "倒映在水池里", "清晨薄雾"]),
  t("加几个行人，显得有尺度感", "edit", ["行人", "白色曲面墙", "清晨薄雾"]),
  t("视角压低一点，仰拍", "edit", ["仰拍", "白色曲面墙", "行人"]))
d("zh",
  t("烘焙店网站横幅，刚出炉的面包摆在亚麻布上，暖色窗光，浅景深", "draw", ["刚出炉的面包", "亚麻布", "暖色窗光"]),
  t("左边加一杯拿铁", "edit", ["拿铁", "刚出炉的面包", "亚麻布"]),
  t("杯子看着怪怪的，去掉吧", "edit", ["刚出炉的面包", "亚麻布", "暖色窗光"], ["拿铁"]))
d("zh",
  t("水墨画，一只白鹤站在荷塘里", "draw", ["水墨画", "白鹤", "荷塘"]),
  t("白鹤改成……算了，改成两只白鹤", "edit", ["两只白鹤", "荷塘", "水墨画"], ["一只白鹤"]))
d("zh",
  t("护肤品平铺图：三个琥珀色玻璃瓶放在粉色水磨石上", "draw", ["琥珀色玻璃瓶", "粉色水磨石"]),
  t("水磨石改绿色", "edit", ["绿色水磨石", "琥珀色玻璃瓶"], ["粉色水磨石"]),
  t("还是第一个颜色好", "edit", ["粉色水磨石", "琥珀色玻璃瓶"], ["绿色水磨石"]))
d("zh",
  t("等距视角游戏场景，一座温馨的魔法师塔楼，螺旋楼梯，屋顶有发光的蓝色水晶，石头上长着青苔，小花园里种着南瓜，柔和的马卡龙配色，干净的描边", "draw",
    ["魔法师塔楼", "螺旋楼梯", "发光的蓝色水晶", "马卡龙配色"]),
  t("水晶改成紫色", "edit", ["发光的紫色水晶", "螺旋楼梯", "马卡龙配色"], ["蓝色水晶"]),
  t("南瓜不要了", "edit", ["小花园", "发光的紫色水晶", "螺旋楼梯"], ["南瓜"]))
d("zh",
  t("菜单封面图，一锅红油九宫格火锅，旁边摆着毛肚、鸭肠和肥牛卷，热气升腾，暗色背景", "draw", ["九宫格火锅", "毛肚", "肥牛卷", "暗色背景"]),
  t("鸭肠拿掉，换成虾滑", "edit", ["虾滑", "毛肚", "肥牛卷"], ["鸭肠"]),
  t("锅的颜色会不会太红了", "chat", ["虾滑", "九宫格火锅"], ["鸭肠"]))
d("zh",
  t("您好，麻烦画一只红色的狐狸坐在橡树下看书，秋叶飘落", "draw", ["红色的狐狸", "橡树下", "秋叶飘落"], ["麻烦画"]),
  t("可以把狐狸换成灰色的吗？谢谢", "edit", ["灰色的狐狸", "橡树下", "秋叶飘落"], ["红色的狐狸"]))
d("zh",
  t("影棚人像，一只金毛戴着毛线帽，青绿色背景", "draw", ["金毛", "毛线帽", "青绿色背景"]),
  t("金毛换成柯基", "edit", ["柯基", "毛线帽", "青绿色背景"], ["金毛"]),
  t("帽子芥末黄", "edit", ["芥末黄", "柯基", "青绿色背景"], ["金毛"]))
d("zh",
  t("汉服写真，女子穿淡青色齐胸襦裙，手持团扇，站在江南园林的回廊里，细雨", "draw", ["淡青色齐胸襦裙", "手持团扇", "江南园林", "细雨"]),
  t("团扇换成油纸伞", "edit", ["油纸伞", "淡青色齐胸襦裙", "江南园林"], ["团扇"]),
  t("襦裙改成藕粉色", "edit", ["藕粉色齐胸襦裙", "油纸伞", "细雨"], ["淡青色"]),
  t("撤销", "undo", ["淡青色齐胸襦裙", "油纸伞"], ["藕粉色"]))
d("zh",
  t("野餐场景，红白格子桌布，藤编篮子，两杯柠檬水，一只小狗趴着", "draw", ["红白格子桌布", "藤编篮子", "两杯柠檬水"]),
  t("把杯子拿掉一个", "ask", ["红白格子桌布", "两杯柠檬水"]),
  t("左边那杯", "edit", ["红白格子桌布", "藤编篮子", "柠檬水"], ["两杯柠檬水"]))
d("zh",
  t("电影海报，宇航员在左边，片名在右边，深空背景，紫色星云", "draw", ["宇航员在左边", "片名在右边", "紫色星云"]),
  t("宇航员和片名换个位置", "edit", ["宇航员在右边", "片名在左边", "紫色星云"], ["宇航员在左边"]))
d("zh",
  t("爵士乐手在烟雾缭绕的酒吧里吹萨克斯，蓝色聚光灯，85mm", "draw", ["爵士乐手", "烟雾缭绕的酒吧", "蓝色聚光灯"]),
  t("聚光灯换成琥珀色", "edit", ["琥珀色聚光灯", "爵士乐手", "烟雾缭绕的酒吧"], ["蓝色聚光灯"]))
d("zh",
  t("扁平插画，一群人在公园里做瑜伽，阳光明媚，明亮的绿色和黄色", "draw", ["扁平插画", "在公园里做瑜伽", "阳光明媚"]),
  t("改成傍晚的感觉", "edit", ["傍晚", "在公园里做瑜伽", "扁平插画"]))
d("zh",
  t("字标logo，“花间集”三个字，优雅的衬线字体，豆沙粉", "draw", ["花间集", "衬线字体", "豆沙粉"]),
  t("名字改成“花间堂”", "edit", ["花间堂", "衬线字体", "豆沙粉"], ["花间集"]))
d("zh",
  t("奶茶店门头效果图，招牌上写“一口甜”，奶白色外墙，门口放两盆橄榄树", "draw", ["奶茶店门头", "一口甜", "奶白色外墙", "橄榄树"]),
  t("招牌改成“半糖主义”", "edit", ["半糖主义", "奶白色外墙", "橄榄树"], ["一口甜"]),
  t("哈哈这名字不错吧", "chat", ["半糖主义", "奶白色外墙"], ["一口甜"]))
d("zh",
  t("二次元游戏角色立绘，银发少女剑士，红色披风，手持长剑，背景是燃烧的城堡", "draw", ["银发少女剑士", "红色披风", "手持长剑", "燃烧的城堡"]),
  t("披风改黑色，背景不要火了", "edit", ["黑色披风", "银发少女剑士", "城堡"], ["红色披风", "燃烧"]),
  t("她看起来几岁？", "chat", ["黑色披风", "银发少女剑士"], ["红色披风"]))
d("zh",
  t("房地产广告，江景高层住宅，落地窗外是夜晚的城市灯光，室内一张米色沙发，一位女士端着红酒站在窗边", "draw", ["江景高层住宅", "夜晚的城市灯光", "米色沙发", "女士端着红酒"]),
  t("人去掉", "edit", ["江景高层住宅", "米色沙发", "夜晚的城市灯光"], ["女士"]),
  t("沙发换成深灰色", "edit", ["深灰色沙发", "落地窗", "夜晚的城市灯光"], ["米色沙发", "女士"]))
d("zh",
  t("画册大片，模特穿着飘逸的祖母绿丝绸长裙站在沙丘上，黄金时刻", "draw", ["祖母绿丝绸长裙", "沙丘", "黄金时刻"]),
  t("裙子换成象牙白", "edit", ["象牙白丝绸长裙", "沙丘", "黄金时刻"], ["祖母绿"]),
  t("完美，再来一版蓝调时刻的", "edit", ["象牙白丝绸长裙", "沙丘", "蓝调时刻"], ["黄金时刻"]))
d("zh",
  t("冰抹茶拿铁社交媒体广告，高玻璃杯里装满冰块，绿色渐变背景，杯壁挂着水珠", "draw", ["冰抹茶拿铁", "高玻璃杯", "绿色渐变背景", "杯壁挂着水珠"]),
  t("背景改成蜜桃色渐变", "edit", ["蜜桃色渐变背景", "冰抹茶拿铁", "杯壁挂着水珠"], ["绿色渐变"]))
d("zh",
  t("一只友善的恐龙老师在教小恐龙认字，教室里，蜡笔画风格", "draw", ["恐龙老师", "小恐龙认字", "蜡笔画风格"]),
  t("改成彩铅风格", "edit", ["彩铅风格", "恐龙老师", "小恐龙认字"], ["蜡笔画"]))
d("zh",
  t("六一儿童节海报，一群小朋友在彩虹滑梯上玩，天上飘着气球，卡通风格，明亮的色彩", "draw", ["六一儿童节海报", "彩虹滑梯", "气球", "卡通风格"]),
  t("气球换成风筝", "edit", ["风筝", "彩虹滑梯", "卡通风格"], ["气球"]),
  t("嗯……还是气球好", "edit", ["气球", "彩虹滑梯", "卡通风格"], ["风筝"]))
d("zh",
  t("电商主图，一台白色的空气炸锅，旁边摆着炸好的鸡翅和薯条，浅灰背景，左上角留白放卖点文字", "draw", ["白色的空气炸锅", "鸡翅和薯条", "浅灰背景", "左上角留白"]),
  t("锅换成黑色", "edit", ["黑色的空气炸锅", "鸡翅和薯条", "浅灰背景"], ["白色的空气炸锅"]),
  t("为啥鸡翅看着像没熟", "chat", ["黑色的空气炸锅", "鸡翅和薯条"], ["白色的空气炸锅"]))
d("zh",
  t("生活方式摄影，双手捧着一杯热可可，上面漂着棉花糖，毛衣袖子，很温馨", "draw", ["双手捧着", "热可可", "棉花糖", "毛衣袖子"]),
  t("用一个蓝色陶瓷杯装", "edit", ["蓝色陶瓷杯", "热可可", "棉花糖"]))
d("zh",
  t("来张图 一个老爷爷在湖上小船里钓鱼 早上有雾 很安静那种", "draw", ["老爷爷", "钓鱼", "很安静"], ["来张图"]),
  t("雾不要了", "edit", ["老爷爷", "钓鱼", "很安静"], ["有雾"]))
d("zh",
  t("科幻书封，一个巨大的环形空间站绕着一颗红色的巨星运转，前景有一艘小飞船，书名在上方，作者名在下方", "draw",
    ["环形空间站", "红色的巨星", "小飞船", "书名在上方"]),
  t("巨星改成蓝色的", "edit", ["蓝色的巨星", "环形空间站", "小飞船"], ["红色的巨星"]))
d("zh",
  t("茶叶罐包装，装饰艺术风格纹样，黑金配色", "draw", ["茶叶罐包装", "装饰艺术风格", "黑金配色"]),
  t("加一只孔雀", "edit", ["孔雀", "装饰艺术风格", "黑金配色"]),
  t("孔雀还是不要了", "edit", ["茶叶罐包装", "装饰艺术风格", "黑金配色"], ["孔雀"]))
d("zh",
  t("SaaS官网首屏，3D等距插画，笔记本电脑周围漂浮着图表和一杯咖啡，蓝白配色", "draw", ["3D等距插画", "笔记本电脑", "漂浮着图表", "蓝白配色"]),
  t("咖啡去掉", "edit", ["3D等距插画", "漂浮着图表", "蓝白配色"], ["咖啡"]))
d("zh",
  t("黑白街拍，一个撑伞的男人在雨中过斑马线，高反差", "draw", ["黑白街拍", "撑伞的男人", "斑马线", "高反差"]),
  t("改成彩色的，其他别动", "edit", ["撑伞的男人", "斑马线", "雨中"], ["黑白"]))
d("zh",
  t("散文集封面，一扇老木窗，窗台上放着一只搪瓷杯，窗外是麦田，午后的光，留白多一点", "draw", ["散文集封面", "老木窗", "搪瓷杯", "麦田"]),
  t("麦田换成油菜花田", "edit", ["油菜花田", "老木窗", "搪瓷杯"], ["麦田"]),
  t("撤销", "undo", ["麦田", "老木窗", "搪瓷杯"], ["油菜花"]))
d("zh",
  t("婚礼请柬插画，两只白鸽衔着一根橄榄枝，周围是香槟色玫瑰，烫金边框", "draw", ["两只白鸽", "橄榄枝", "香槟色玫瑰", "烫金边框"]),
  t("玫瑰换成白色的芍药", "edit", ["白色的芍药", "两只白鸽", "烫金边框"], ["香槟色玫瑰"]),
  t("边框能不能改成银色？", "edit", ["银色边框", "白色的芍药", "两只白鸽"], ["烫金"]))
d("zh",
  t("山里的小木屋，红色的门，烟囱冒着烟", "draw", ["山里的小木屋", "红色的门", "烟囱冒着烟"]),
  t("把它改成蓝色", "ask", ["小木屋", "红色的门"]),
  t("门", "edit", ["蓝色的门", "山里的小木屋", "烟囱冒着烟"], ["红色的门"]))
d("zh",
  t("奢侈品手表平面广告：特写一只钢制计时码表，绿色表盘，戴在男士手腕上，他穿着藏青色西装，背景是虚化的游艇码头，午后阳光，左侧留出标题位置", "draw",
    ["钢制计时码表", "绿色表盘", "藏青色西装", "游艇码头"]),
  t("表盘改成黑色", "edit", ["黑色表盘", "钢制计时码表", "游艇码头"], ["绿色表盘"]),
  t("西装换成炭灰色，其他保持", "edit", ["炭灰色西装", "黑色表盘", "午后阳光"], ["藏青色西装"]))
d("zh",
  t("中秋节海报，一轮圆月，玉兔捣药，祥云点缀，红金配色", "draw", ["中秋节海报", "一轮圆月", "玉兔捣药", "红金配色"]),
  t("祥云去掉，太满了", "edit", ["一轮圆月", "玉兔捣药", "红金配色"], ["祥云"]),
  t("红金改成蓝金", "edit", ["蓝金配色", "一轮圆月", "玉兔捣药"], ["红金配色"]))
d("zh",
  t("外卖App引导页插画，骑绿色电动车的外卖小哥，拎着披萨盒，简单几何形状，白底", "draw", ["外卖小哥", "绿色电动车", "披萨盒"]),
  t("电动车换成我们品牌的橙色", "edit", ["橙色电动车", "外卖小哥", "披萨盒"], ["绿色电动车"]),
  t("嗯这个好，谢啦", "chat", ["橙色电动车", "外卖小哥"], ["绿色电动车"]))
# ---------------- Mixed (中英混写 / cross-language edits) ----------------
d("mixed",
  t("a cozy cafe interior with exposed brick walls, a green espresso machine, hanging edison bulbs", "draw",
    ["exposed brick walls", "green espresso machine", "hanging edison bulbs"]),
  t("把咖啡机换成红色", "edit", ["red espresso machine", "exposed brick walls", "hanging edison bulbs"], ["green espresso machine"]))
d("mixed",
  t("一只穿着宇航服的柴犬漂浮在太空中，背景里有地球", "draw", ["穿着宇航服的柴犬", "漂浮在太空中", "地球"]),
  t("make the spacesuit orange", "edit", ["橙色宇航服", "柴犬", "漂浮在太空中"]),
  t("cute 哈哈", "chat", ["橙色宇航服", "柴犬"]))
d("mixed",
  t("帮我画一个 hero image：一个女孩坐在 floating island 上看书，pastel 配色", "draw", ["hero image", "floating island", "pastel"], ["帮我画"]),
  t("floating island 下面加一个 waterfall", "edit", ["waterfall", "floating island", "pastel"]),
  t("waterfall 还是去掉吧", "edit", ["floating island", "pastel"], ["waterfall"]))
d("mixed",
  t("poster for a 咖啡节, latte art heart, warm brown tones, text 'Coffee Week' at the top", "draw",
    ["latte art heart", "warm brown tones", "Coffee Week"]),
  t("text 改成 'Latte Week'", "edit", ["Latte Week", "latte art heart", "warm brown tones"], ["Coffee Week"]))
d("mixed",
  t("a red vintage car parked in front of a pastel pink motel, 50s americana, harsh midday sun", "draw",
    ["red vintage car", "pastel pink motel", "50s americana"]),
  t("车换成蓝色的 please", "edit", ["blue vintage car", "pastel pink motel", "harsh midday sun"], ["red vintage car"]),
  t("undo 吧", "undo", ["red vintage car", "pastel pink motel"], ["blue vintage car"]))
d("mixed",
  t("中式庭院，月洞门，竹子，石灯笼，下雪", "draw", ["中式庭院", "月洞门", "石灯笼", "下雪"]),
  t("remove the bamboo", "edit", ["月洞门", "石灯笼", "下雪"], ["竹子"]),
  t("snow -> rain pls", "edit", ["下雨", "月洞门", "石灯笼"], ["下雪", "竹子"]))
d("mixed",
  t("logo design: 一个 mountain 和 sun 的 line icon, navy blue, 干净简洁", "draw", ["line icon", "navy blue"]),
  t("navy 换成 forest green", "edit", ["forest green", "line icon"], ["navy blue"]))
d("mixed",
  t("game concept art, 赛博朋克 city at night, flying cars, neon signs written in Chinese, rain", "draw",
    ["city at night", "flying cars", "neon signs"]),
  t("改成白天试试", "edit", ["flying cars", "neon signs"], ["at night"]),
  t("hmm 还是晚上好, undo", "undo", ["city at night", "flying cars"]))
d("mixed",
  t("一张 food photo：牛油果吐司，上面有 poached egg 和 chili flakes，marble table", "draw",
    ["牛油果吐司", "poached egg", "chili flakes", "marble table"]),
  t("egg 去掉", "edit", ["牛油果吐司", "chili flakes", "marble table"], ["poached egg"]))
d("mixed",
  t("kid's book illustration of a penguin ice skating 在冰湖上, wearing a red scarf", "draw",
    ["penguin ice skating", "red scarf"]),
  t("scarf 换 yellow", "edit", ["yellow scarf", "penguin ice skating"], ["red scarf"]),
  t("可爱 thanks!", "chat", ["yellow scarf", "penguin ice skating"], ["red scarf"]))
d("mixed",
  t("fashion shot, model 穿 oversized denim jacket 和 white tee, 纯白背景, editorial lighting", "draw",
    ["oversized denim jacket", "white tee", "editorial lighting"]),
  t("denim jacket 换成 leather jacket", "edit", ["oversized leather jacket", "white tee", "editorial lighting"], ["denim jacket"]))
d("mixed",
  t("interior render: 北欧风 kitchen, white cabinets, 木质 countertop, big window", "draw",
    ["white cabinets", "countertop", "big window"]),
  t("cabinets 改 sage green", "edit", ["sage green cabinets", "countertop", "big window"], ["white cabinets"]),
  t("undo undo", "undo", ["white cabinets", "big window"], ["sage green"]))
d("mixed",
  t("a bottle of craft IPA on a bar counter, condensation, warm bokeh lights", "draw",
    ["craft IPA", "bar counter", "warm bokeh lights"]),
  t("能不能更 moody 一点", "ask", ["craft IPA", "bar counter", "warm bokeh lights"]),
  t("就是 darker lighting, 别的都不动", "edit", ["darker", "craft IPA", "bar counter"]))
d("mixed",
  t("a lighthouse at sunset", "draw", ["lighthouse at sunset"]),
  t("加几只 seagulls", "edit", ["seagulls", "lighthouse at sunset"]))
d("mixed",
  t("请画 a bowl of malatang with lots of chili oil, top view, 红色桌布", "draw",
    ["bowl of malatang", "chili oil", "top view"], ["请画"]),
  t("chili oil 少放点, just a little chili oil", "edit", ["a little chili oil", "bowl of malatang", "top view"], ["lots of chili oil"]))
d("mixed",
  t("book cover for a wuxia novel: a swordsman standing on top of bamboo, misty mountains, 书名竖排在右边", "draw",
    ["wuxia novel", "swordsman standing", "misty mountains"]),
  t("swordsman 换成 swordswoman", "edit", ["swordswoman", "misty mountains"], ["swordsman"]))
d("mixed",
  t("ad for wireless earbuds, white earbuds floating above a water splash, 蓝色背景", "draw",
    ["wireless earbuds", "white earbuds floating", "water splash"]),
  t("去掉 water splash", "edit", ["wireless earbuds", "white earbuds floating"], ["water splash"]))
d("mixed",
  t("a watercolor map of a fantasy island with a volcano, a harbor town and a dragon flying over the sea", "draw",
    ["watercolor map", "fantasy island", "harbor town", "dragon flying"]),
  t("把龙删掉", "edit", ["watercolor map", "harbor town", "volcano"], ["dragon"]),
  t("火山改成雪山", "edit", ["mountain", "harbor town", "watercolor map"], ["volcano", "dragon"]))
d("mixed",
  t("一间复古理发店，红白条纹灯柱，皮质理发椅，黑白格子地板", "draw", ["复古理发店", "红白条纹灯柱", "皮质理发椅", "黑白格子地板"]),
  t("make the barber chairs green leather", "edit", ["绿色皮质理发椅", "红白条纹灯柱", "黑白格子地板"]))
d("mixed",
  t("photo brief: a ceramic teapot on linen, soft side light, 浅景深", "draw", ["ceramic teapot", "on linen", "side light"]),
  t("teapot 什么颜色比较好?", "chat", ["ceramic teapot", "on linen"]),
  t("那就 celadon 吧", "edit", ["celadon", "ceramic teapot", "on linen"]))

# Extra follow-up turns appended by hand. K = prompt unchanged (copy the previous turn's lists).
K = None
def k(m, i): return (m, i, K, K)
EXTRA = {
 "en-002": [k("maybe make it a bit different?", "ask")],
 "en-003": [k("and make it pop", "ask")],
 "en-006": [k("is the egg jammy? looks hard boiled to me", "chat"), k("make it look better", "ask")],
 "en-007": [k("what resolution is this rendering at?", "chat")],
 "en-008": [k("aww", "chat")],
 "en-011": [t("undo the marble", "undo", ["wet black stone", "silver cap", "glass perfume bottle"], ["marble", "gold cap"])],
 "en-012": [k("make it cuter", "ask")],
 "en-013": [t("actually undo, client wants Lisbon", "undo", ["LISBOA", "yellow tram", "terracotta rooftops"], ["PORTO"]), k("the tram looks a bit small but fine", "chat")],
 "en-014": [k("exactly, thanks", "chat")],
 "en-015": [k("omg cute", "chat")],
 "en-016": [k("what lens would a photographer use for this?", "chat")],
 "en-017": [k("which one do you think was better?", "chat")],
 "en-018": [k("ok thanks, that works", "chat")],
 "en-019": [k("does a husky read as too wolfy?", "chat"), k("change the animal again", "ask")],
 "en-020": [k("good", "chat")],
 "en-021": [k("can we try another palette", "ask")],
 "en-022": [t("undo", "undo", ["bowl of pho", "fresh basil and lime", "steam rising"], ["chopsticks"])],
 "en-023": [k("Lovely, thank you so much.", "chat")],
 "en-024": [t("undo the beanie colour", "undo", ["corgi wearing", "tiny knitted beanie", "seamless teal backdrop"], ["mustard yellow", "golden retriever"])],
 "en-026": [k("thx", "chat")],
 "en-027": [t("hmm undo, left was better", "undo", ["astronaut on the left", "title text on the right", "purple nebula"], ["astronaut on the right"])],
 "en-028": [k("change the lights", "ask"), k("nvm it's good as is", "chat")],
 "en-029": [k("nice vibe. can you make it less busy?", "ask")],
 "en-030": [k("client approved \U0001F389", "chat")],
 "en-031": [k("wait can neon signs be in chinese characters?", "chat")],
 "en-032": [k("thanks", "chat")],
 "en-033": [k("what's arugula called in the UK again?", "chat")],
 "en-034": [k("which one should go on the cover?", "chat")],
 "en-035": [t("undo pls", "undo", ["green gradient background", "iced matcha latte", "condensation on the glass"], ["peach gradient"])],
 "en-036": [k("why does the dragon have five fingers lol", "chat")],
 "en-039": [t("go back", "undo", ["ceramic mug of hot chocolate", "marshmallows", "knitted sweater sleeves"], ["speckled blue"]), k("what is that glaze called anyway, speckled stoneware?", "chat")],
 "en-040": [k("thank you, is good", "chat")],
 "en-041": [t("undo", "undo", ["title at the top", "author name at the bottom", "blue giant star"], ["title at the bottom", "red giant"])],
 "en-042": [k("lol ok", "chat")],
 "en-043": [t("undo", "undo", ["soft blue and white palette", "floating charts"], ["coral", "coffee cup"])],
 "en-044": [t("hmm it lost the mood. undo", "undo", ["black and white street photo", "man with an umbrella", "zebra crossing"])],
 "en-046": [k("thanks", "chat")],
 "en-047": [k("and the roof?", "ask")],
 "en-048": [k("perfect, sending to the client", "chat")],
 "en-050": [t("undo that", "undo", ["pizza box", "orange scooter", "delivery rider"], ["paper grocery bag"])],
 "zh-001": [k("挺好", "chat")],
 "zh-003": [t("大叔看着有点累哈哈，撤销吧", "undo", ["女孩", "城市天际线", "配色清新"], ["中年大叔"])],
 "zh-005": [t("撤销", "undo", ["阴天", "黑色阔腿裤", "白色亚麻衬衫"], ["晴天"])],
 "zh-007": [k("这样就对了", "chat")],
 "zh-008": [k("这张能当主视觉吗？", "chat")],
 "zh-010": [k("再高级一点", "ask")],
 "zh-012": [k("鹅卵石是什么颜色的？", "chat"), k("改改光", "ask")],
 "zh-014": [t("撤销", "undo", ["夏日狂欢", "燃烧的吉他", "紫粉渐变背景"], ["秋日狂欢"])],
 "zh-016": [k("好看", "chat")],
 "zh-017": [t("撤销仰拍", "undo", ["白色曲面墙", "行人", "清晨薄雾"], ["仰拍"])],
 "zh-018": [k("行", "chat")],
 "zh-019": [t("两只有点挤，撤销吧", "undo", ["一只白鹤", "荷塘", "水墨画"], ["两只白鹤"])],
 "zh-020": [k("就它了", "chat")],
 "zh-021": [t("撤销", "undo", ["南瓜", "发光的紫色水晶", "螺旋楼梯"], ["蓝色水晶"])],
 "zh-023": [k("太好了，谢谢您", "chat")],
 "zh-024": [k("哈哈柯基好萌", "chat")],
 "zh-026": [k("谢谢", "chat")],
 "zh-027": [k("再调整一下", "ask")],
 "zh-028": [t("回退", "undo", ["蓝色聚光灯", "爵士乐手", "烟雾缭绕的酒吧"], ["琥珀色"])],
 "zh-029": [t("撤销吧", "undo", ["阳光明媚", "在公园里做瑜伽"], ["傍晚"])],
 "zh-030": [k("客户很满意", "chat")],
 "zh-034": [k("哪张更适合做封面？", "chat")],
 "zh-035": [k("这个渐变能不能再柔和点？算了，就这样", "chat")],
 "zh-036": [k("彩铅和蜡笔有啥区别", "chat")],
 "zh-039": [t("撤销", "undo", ["热可可", "棉花糖", "双手捧着"], ["蓝色陶瓷杯"])],
 "zh-040": [k("好，就这样", "chat")],
 "zh-041": [t("太冷了，回到上一步", "undo", ["红色的巨星", "环形空间站", "小飞船"], ["蓝色的巨星"])],
 "zh-042": [k("嗯", "chat")],
 "zh-043": [k("笔记本是什么牌子的？", "chat")],
 "zh-044": [t("不对，撤销", "undo", ["黑白街拍", "撑伞的男人", "斑马线"])],
 "zh-047": [k("窗户也改一下", "ask")],
 "zh-048": [k("完美", "chat")],
 "zh-049": [t("撤销", "undo", ["红金配色", "玉兔捣药", "一轮圆月"], ["蓝金配色", "祥云"])],
 "mixed-001": [k("nice 谢谢", "chat"), k("再 warm 一点?", "ask")],
 "mixed-004": [t("undo", "undo", ["Coffee Week", "latte art heart", "warm brown tones"], ["Latte Week"])],
 "mixed-006": [t("撤销", "undo", ["下雪", "月洞门", "石灯笼"], ["下雨", "竹子"])],
 "mixed-007": [k("这个 green 会不会太暗", "chat")],
 "mixed-009": [t("撤销 undo", "undo", ["poached egg", "牛油果吐司", "chili flakes"])],
 "mixed-011": [k("这件 jacket 是什么 brand 的感觉?", "chat")],
 "mixed-014": [k("good \U0001F44D", "chat"), k("再加点东西", "ask")],
 "mixed-015": [k("看着好辣 haha", "chat")],
 "mixed-016": [t("undo 吧", "undo", ["swordsman standing", "misty mountains", "wuxia novel"], ["swordswoman"])],
 "mixed-017": [k("ok 这样 clean 多了", "chat")],
 "mixed-018": [t("undo", "undo", ["volcano", "harbor town", "watercolor map"], ["dragon"])],
 "mixed-019": [t("撤销 pls", "undo", ["皮质理发椅", "红白条纹灯柱", "黑白格子地板"], ["绿色皮质理发椅"])],
 "mixed-020": [k("nice 就这个", "chat")],
}

def expand(turns):
    out = []
    for m, i, mc, mn in turns:
        if mc is None:
            mc, mn = out[-1]["must_contain"], out[-1]["must_not_contain"]
        out.append({"message": m, "intent": i, "must_contain": list(mc), "must_not_contain": list(mn)})
    return out

def main():
    cnt = {}
    with open("designer.jsonl", "w", encoding="utf-8") as f:
        for lang, turns in D:
            cnt[lang] = cnt.get(lang, 0) + 1
            f.write(json.dumps({"id": "fresh12-designer-%s-%03d" % (lang, cnt[lang]), "lang": lang,
                "turns": expand(list(turns) + EXTRA.get("%s-%03d" % (lang, cnt[lang]), []))}, ensure_ascii=False) + "\n")
    print(cnt)
main()
