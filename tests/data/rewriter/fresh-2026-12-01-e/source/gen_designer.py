#!/usr/bin/env python3
"""Hand-written designer dialogues -> designer.jsonl (stdlib only)."""
import json
D = []
def d(lang, *turns):
    D.append((lang, [dict(message=m, intent=i, must_contain=mc, must_not_contain=mn) for (m, i, mc, mn) in turns]))

# ---------------- English ----------------
d("en",
  ("Could you draw a sage green ceramic teapot on a walnut dining table, soft morning light from a window on the left, shallow depth of field", "draw", ["sage green ceramic teapot", "walnut dining table", "soft morning light"], ["could you draw"]),
  ("make the teapot matte black", "edit", ["matte black ceramic teapot", "walnut dining table"], ["sage green"]),
  ("add a small white cup next to it", "edit", ["small white cup", "matte black ceramic teapot"], []),
  ("hmm no, undo that", "undo", ["matte black ceramic teapot", "walnut dining table"], ["small white cup"]))
d("en",
  ("a golden retriever puppy on a blue knitted blanket by the fireplace, cozy living room, warm lamplight", "draw", ["golden retriever puppy", "blue knitted blanket", "warm lamplight"], []),
  ("make the blanket red", "edit", ["red knitted blanket", "golden retriever puppy"], ["blue knitted blanket"]),
  ("love it!", "chat", ["red knitted blanket", "golden retriever puppy"], ["love it"]),
  ("swap the puppy for a grey tabby kitten", "edit", ["grey tabby kitten", "red knitted blanket"], ["golden retriever"]))
d("en",
  ("Poster for a summer music festival, bold retro typography with the title 'SUNSET BEATS', palm trees silhouetted against an orange gradient sky, 1970s style", "draw", ["summer music festival", "SUNSET BEATS", "palm trees silhouetted", "1970s style"], []),
  ("change the title to 'SUMMER SALE'", "edit", ["SUMMER SALE", "palm trees silhouetted", "1970s style"], ["SUNSET BEATS"]),
  ("drop the palm trees", "edit", ["SUMMER SALE", "orange gradient sky"], ["palm trees"]),
  ("actually put the palm trees back", "undo", ["palm trees silhouetted", "SUMMER SALE"], []))
d("en",
  ("misty mountain valley at sunrise with a thin waterfall, pine forest in the foreground, a wooden cabin with smoke from the chimney, cinematic wide shot", "draw", ["misty mountain valley", "thin waterfall", "wooden cabin", "cinematic wide shot"], []),
  ("remove the waterfall", "edit", ["misty mountain valley", "wooden cabin"], ["waterfall"]),
  ("change the sunrise to a starry night with a full moon", "edit", ["starry night", "full moon", "wooden cabin"], ["sunrise"]),
  ("perfect, thanks", "chat", ["starry night", "full moon", "wooden cabin"], ["perfect, thanks"]))
d("en",
  ("Scandinavian living room with a light oak floor, a cream bouclé sofa, a round jute rug and a tall fiddle leaf fig in the corner, bright overcast daylight", "draw", ["Scandinavian living room", "light oak floor", "cream bouclé sofa", "round jute rug", "tall fiddle leaf fig"], []),
  ("change the sofa to a rust velvet sofa", "edit", ["rust velvet sofa", "light oak floor", "round jute rug"], ["cream bouclé sofa"]),
  ("no plant please", "edit", ["rust velvet sofa", "round jute rug"], ["fiddle leaf fig"]),
  ("eh, go back, I want the plant", "undo", ["fiddle leaf fig", "rust velvet sofa"], []))
d("en",
  ("overhead shot of a bowl of tonkotsu ramen with a soft-boiled egg, chashu pork and scallions, on a dark slate table, steam rising", "draw", ["tonkotsu ramen", "soft-boiled egg", "dark slate table", "steam rising"], []),
  ("swap the slate table for a light bamboo mat", "edit", ["light bamboo mat", "tonkotsu ramen", "soft-boiled egg"], ["dark slate table"]),
  ("why does the egg look so orange?", "chat", ["light bamboo mat", "tonkotsu ramen", "soft-boiled egg"], []))
d("en",
  ("a cheerful elderly fisherman with a white beard and a yellow raincoat, standing on a wooden pier, Pixar-style 3D render", "draw", ["elderly fisherman", "white beard", "yellow raincoat", "wooden pier", "Pixar-style 3D render"], []),
  ("make the raincoat navy blue", "edit", ["navy blue raincoat", "white beard"], ["yellow raincoat"]),
  ("make it a watercolor illustration instead of 3D", "edit", ["watercolor illustration", "navy blue raincoat"], ["3D render"]),
  ("ugh, undo that", "undo", ["Pixar-style 3D render", "navy blue raincoat"], ["watercolor illustration"]))
d("en",
  ("product shot of a matte white wireless earbud case on a pastel pink background, soft studio lighting, reflection on a glossy acrylic surface", "draw", ["matte white wireless earbud case", "pastel pink background", "soft studio lighting"], []),
  ("change the background to mint green", "edit", ["mint green background", "matte white wireless earbud case"], ["pastel pink"]),
  ("add a few water droplets around the case", "edit", ["water droplets", "mint green background"], []))
d("en",
  ("A cozy independent bookshop on a rainy evening, seen from the street through a large fogged-up window; inside, warm tungsten lamps glow over tall shelves crammed with old hardcovers, a ginger cat sleeps on a stack of atlases by the till, an old man in a tweed jacket reads in a leather armchair, and the wet cobblestones outside reflect the shop's red neon sign that says 'OPEN LATE'. Moody, cinematic, 35mm film grain.", "draw",
   ["cozy independent bookshop", "ginger cat sleeps", "tweed jacket", "OPEN LATE", "35mm film grain"], []),
  ("swap the cat for a corgi", "edit", ["corgi sleeps", "tweed jacket", "OPEN LATE"], ["ginger cat"]),
  ("change the neon sign to say 'BOOKS & TEA'", "edit", ["BOOKS & TEA", "corgi sleeps", "35mm film grain"], ["OPEN LATE"]),
  ("remove the old man", "edit", ["BOOKS & TEA", "corgi sleeps"], ["old man", "tweed jacket"]))
d("en",
  ("illustration of a red fox curled up asleep in a snowy birch forest, flat vector style, limited palette", "draw", ["red fox curled up", "snowy birch forest", "flat vector style"], []),
  ("replace the snow with falling autumn leaves", "edit", ["falling autumn leaves", "red fox curled up", "flat vector style"], ["snowy"]),
  ("ok cool", "chat", ["falling autumn leaves", "red fox curled up"], []))
d("en",
  ("minimalist movie poster, a lone astronaut standing on a red desert dune, huge pale moon behind, title text 'LAST SIGNAL' at the bottom in thin sans-serif", "draw", ["minimalist movie poster", "lone astronaut", "red desert dune", "LAST SIGNAL"], []),
  ("change the title to 'FIRST LIGHT'", "edit", ["FIRST LIGHT", "lone astronaut", "red desert dune"], ["LAST SIGNAL"]),
  ("make the dune blue", "edit", ["blue desert dune", "FIRST LIGHT"], ["red desert dune"]),
  ("revert", "undo", ["red desert dune", "FIRST LIGHT"], ["blue desert dune"]))
d("en",
  ("a quiet Tokyo side street on a sunny afternoon, vending machines glowing, bicycles parked along the wall, anime background art", "draw", ["quiet Tokyo side street", "sunny afternoon", "vending machines glowing", "anime background art"], []),
  ("change the sunny afternoon to a rainy night", "edit", ["rainy night", "vending machines glowing"], ["sunny afternoon"]),
  ("no bicycles", "edit", ["rainy night", "anime background art"], ["bicycles"]))
d("en",
  ("Please draw a tiny kitchen with terracotta tiles, open shelves of mismatched ceramic bowls, a copper kettle on a gas stove, late afternoon sun", "draw", ["terracotta tiles", "mismatched ceramic bowls", "copper kettle", "late afternoon sun"], ["please draw"]),
  ("make the kettle stainless steel", "edit", ["stainless steel kettle", "terracotta tiles"], ["copper kettle"]),
  ("add a bunch of dried lavender on the windowsill", "edit", ["dried lavender", "stainless steel kettle"], []))
d("en",
  ("a young samurai girl with a short black bob and a crimson haori, holding a wooden practice sword, cherry blossoms drifting, ukiyo-e woodblock print style", "draw", ["young samurai girl", "short black bob", "crimson haori", "wooden practice sword", "ukiyo-e woodblock print"], []),
  ("change the haori to indigo", "edit", ["indigo haori", "short black bob"], ["crimson haori"]),
  ("drop the cherry blossoms", "edit", ["indigo haori", "ukiyo-e woodblock print"], ["cherry blossoms"]),
  ("looks great!", "chat", ["indigo haori", "ukiyo-e woodblock print"], []))
d("en",
  ("a stack of fluffy buttermilk pancakes with blueberries and maple syrup dripping down, on a white enamel plate, bright diner counter", "draw", ["fluffy buttermilk pancakes", "blueberries and maple syrup", "white enamel plate"], []),
  ("swap the blueberries for raspberries", "edit", ["raspberries and maple syrup", "white enamel plate"], ["blueberries"]),
  ("add a cup of black coffee beside the plate", "edit", ["cup of black coffee", "raspberries and maple syrup"], []),
  ("nah, undo the coffee", "undo", ["raspberries and maple syrup", "white enamel plate"], ["black coffee"]))
d("en",
  ("An aerial view of a winding turquoise river cutting through a dense autumn forest of red maples and yellow larches, with a narrow gravel road following the riverbank, a single white van parked at a bend, low clouds clinging to the distant hills, and soft diffused light after rain; ultra-detailed drone photography, 8k, natural colors.", "draw",
   ["winding turquoise river", "red maples and yellow larches", "single white van", "drone photography"], []),
  ("remove the van", "edit", ["winding turquoise river", "narrow gravel road"], ["white van"]),
  ("make it golden hour instead of after rain", "edit", ["golden hour", "winding turquoise river"], ["after rain"]))
d("en",
  ("a glass bottle of cold brew coffee with a kraft paper label, condensation droplets, on a concrete ledge, harsh midday sun, hard shadows", "draw", ["cold brew coffee", "kraft paper label", "concrete ledge", "harsh midday sun"], []),
  ("make it a can instead of a glass bottle", "edit", ["can of cold brew coffee", "kraft paper label"], ["glass bottle"]),
  ("soft overcast light instead of the harsh sun", "edit", ["soft overcast light", "can of cold brew coffee"], ["harsh midday sun"]),
  ("nice", "chat", ["soft overcast light", "can of cold brew coffee"], []))
d("en",
  ("children's book illustration of a little hedgehog carrying a red umbrella through a field of dandelions, gouache texture, gentle pastel colors", "draw", ["little hedgehog", "red umbrella", "field of dandelions", "gouache texture"], []),
  ("make the umbrella yellow", "edit", ["yellow umbrella", "little hedgehog"], ["red umbrella"]),
  ("add a tiny ladybug on top of the umbrella", "edit", ["tiny ladybug", "yellow umbrella"], []),
  ("undo", "undo", ["yellow umbrella", "little hedgehog"], ["tiny ladybug"]))
d("en",
  ("event poster for 'Night Market 2025', neon signs, steaming food stalls, a crowd of people, vertical layout, bold typography", "draw", ["Night Market 2025", "steaming food stalls", "crowd of people", "vertical layout"], []),
  ("no people", "edit", ["Night Market 2025", "steaming food stalls"], ["crowd of people"]),
  ("change the year to 2026", "edit", ["Night Market 2026", "steaming food stalls"], ["Night Market 2025"]))
d("en",
  ("portrait of an old lighthouse keeper in a grey wool sweater with a brass telescope, stormy sea behind him, oil painting, dramatic chiaroscuro", "draw", ["old lighthouse keeper", "grey wool sweater", "brass telescope", "stormy sea", "dramatic chiaroscuro"], []),
  ("make the sweater mustard yellow", "edit", ["mustard yellow wool sweater", "brass telescope"], ["grey wool sweater"]),
  ("what does chiaroscuro even mean?", "chat", ["mustard yellow wool sweater", "brass telescope"], []),
  ("change the stormy sea to a calm sea at dawn", "edit", ["calm sea at dawn", "mustard yellow wool sweater"], ["stormy sea"]))
d("en",
  ("a home office with a white oak standing desk, a green banker's lamp, floor-to-ceiling bookshelves and a large window with a city view at dusk", "draw", ["white oak standing desk", "green banker's lamp", "floor-to-ceiling bookshelves", "city view at dusk"], []),
  ("change the lamp to a brass arc lamp", "edit", ["brass arc lamp", "white oak standing desk"], ["green banker's lamp"]),
  ("remove the bookshelves", "edit", ["white oak standing desk", "brass arc lamp"], ["bookshelves"]),
  ("bring back the bookshelves", "undo", ["floor-to-ceiling bookshelves", "brass arc lamp"], []))
d("en",
  ("hi! I'd love an image of a lively street market in Marrakech, spice stalls with colorful pyramids of powder, hanging brass lanterns, photorealistic", "draw", ["street market in Marrakech", "spice stalls", "hanging brass lanterns"], ["I'd love an image"]),
  ("make it a watercolor painting", "edit", ["watercolor painting", "hanging brass lanterns"], ["photorealistic"]),
  ("thanks, that's lovely", "chat", ["watercolor painting", "hanging brass lanterns"], []))
d("en",
  ("a sleek electric motorcycle in glossy red paint, parked in an empty underground garage, blue neon strip lights, low angle", "draw", ["sleek electric motorcycle", "glossy red paint", "empty underground garage", "blue neon strip lights"], []),
  ("make the paint matte grey", "edit", ["matte grey paint", "empty underground garage"], ["glossy red"]),
  ("add a rider in a white helmet", "edit", ["white helmet", "matte grey paint"], []),
  ("no, go back, no rider", "undo", ["matte grey paint", "sleek electric motorcycle"], ["white helmet"]))
d("en",
  ("cute chibi wizard with a purple pointed hat and oversized round glasses, holding a glowing spellbook, sticker design, white border", "draw", ["cute chibi wizard", "purple pointed hat", "oversized round glasses", "glowing spellbook"], []),
  ("change the hat to teal", "edit", ["teal pointed hat", "glowing spellbook"], ["purple pointed hat"]),
  ("remove the glasses", "edit", ["teal pointed hat", "glowing spellbook"], ["round glasses"]))
d("en",
  ("a serene Japanese zen garden in autumn, raked white gravel, moss-covered stones, a red maple tree, soft morning fog", "draw", ["Japanese zen garden", "raked white gravel", "moss-covered stones", "red maple tree"], []),
  ("make it spring, with cherry blossoms instead of the maple", "edit", ["cherry blossoms", "raked white gravel", "moss-covered stones"], ["autumn", "red maple"]),
  ("perfect", "chat", ["cherry blossoms", "raked white gravel"], []))
d("en",
  ("Editorial fashion photo of a tall model in an oversized camel wool coat and white sneakers, walking across a zebra crossing in Seoul at blue hour, motion blur of taxis behind her, shot on a 50mm lens at f/1.8, shallow depth of field, soft film colors, candid street-style framing, vertical 4:5 crop for a magazine cover.", "draw",
   ["oversized camel wool coat", "white sneakers", "zebra crossing in Seoul", "blue hour", "50mm lens"], []),
  ("make the coat black leather", "edit", ["oversized black leather coat", "white sneakers", "zebra crossing in Seoul"], ["camel wool"]),
  ("drop the taxis", "edit", ["oversized black leather coat", "zebra crossing in Seoul"], ["taxis"]))
d("en",
  ("a bowl of fresh poke with salmon, avocado, edamame and pickled ginger, on a light linen tablecloth, top-down, bright natural light", "draw", ["fresh poke with salmon", "pickled ginger", "light linen tablecloth"], []),
  ("swap the salmon for tuna", "edit", ["poke with tuna", "pickled ginger", "light linen tablecloth"], ["salmon"]),
  ("ok that's the one", "chat", ["poke with tuna", "light linen tablecloth"], []))
d("en",
  ("a flat lay of a leather notebook, a fountain pen and a cup of espresso on a dark walnut desk, moody side lighting", "draw", ["leather notebook", "fountain pen", "cup of espresso", "dark walnut desk"], []),
  ("make the desk white marble", "edit", ["white marble desk", "fountain pen"], ["dark walnut"]),
  ("add a pair of reading glasses", "edit", ["reading glasses", "white marble desk"], []),
  ("take that back", "undo", ["white marble desk", "leather notebook"], ["reading glasses"]))
d("en",
  ("a fantasy castle on a floating island, waterfalls pouring off the edges into the clouds, dragons circling the towers, epic concept art", "draw", ["fantasy castle", "floating island", "dragons circling the towers", "epic concept art"], []),
  ("remove the waterfalls", "edit", ["fantasy castle", "floating island"], ["waterfalls"]),
  ("make the dragons golden", "edit", ["golden dragons", "floating island"], []))
d("en",
  ("a vintage travel poster of Lisbon, a yellow tram climbing a steep street, pastel buildings, the text 'VISIT LISBOA' at the top, screen print texture", "draw", ["vintage travel poster", "yellow tram climbing", "VISIT LISBOA", "screen print texture"], []),
  ("change the text to 'VISIT PORTO'", "edit", ["VISIT PORTO", "yellow tram climbing"], ["VISIT LISBOA"]),
  ("make the tram red", "edit", ["red tram climbing", "VISIT PORTO"], ["yellow tram"]))

# ---------------- Chinese ----------------
d("zh",
  ("请帮我画一张：一只橘猫趴在木质窗台上晒太阳，窗外是绿色的爬山虎，午后暖光，胶片质感", "draw", ["一只橘猫", "木质窗台", "绿色的爬山虎", "胶片质感"], ["请帮我画"]),
  ("把猫换成一只柴犬", "edit", ["一只柴犬", "木质窗台", "胶片质感"], ["橘猫"]),
  ("再加一个小小的毛线球", "edit", ["小小的毛线球", "一只柴犬"], []),
  ("撤销", "undo", ["一只柴犬", "木质窗台"], ["毛线球"]))
d("zh",
  ("一个白色陶瓷花瓶插着几枝干枯的芦苇，放在米色亚麻桌布上，极简风格，柔和的自然光", "draw", ["白色陶瓷花瓶", "干枯的芦苇", "米色亚麻桌布", "极简风格"], []),
  ("花瓶改成深蓝色", "edit", ["深蓝色陶瓷花瓶", "干枯的芦苇"], ["白色陶瓷花瓶"]),
  ("很好看", "chat", ["深蓝色陶瓷花瓶", "干枯的芦苇"], []))
d("zh",
  ("赛博朋克风格的城市夜景，霓虹灯招牌，湿漉漉的街道反射着灯光，一个穿黄色雨衣的少女撑着透明雨伞", "draw", ["赛博朋克风格", "霓虹灯招牌", "黄色雨衣", "透明雨伞"], []),
  ("雨衣换成红色", "edit", ["红色雨衣", "霓虹灯招牌"], ["黄色雨衣"]),
  ("去掉雨伞", "edit", ["红色雨衣", "霓虹灯招牌"], ["透明雨伞"]),
  ("还原", "undo", ["透明雨伞", "红色雨衣"], []))
d("zh",
  ("一碗热气腾腾的红烧牛肉面，上面有香菜和葱花，深色木桌，俯拍", "draw", ["红烧牛肉面", "香菜和葱花", "深色木桌"], []),
  ("不要香菜", "edit", ["红烧牛肉面", "深色木桌"], ["香菜"]),
  ("再加一个煎蛋", "edit", ["煎蛋", "红烧牛肉面"], []))
d("zh",
  ("夏季促销海报，标题写着“清凉一夏”，蓝色渐变背景，冰块和柠檬片飞溅，现代扁平设计", "draw", ["夏季促销海报", "清凉一夏", "蓝色渐变背景", "冰块和柠檬片"], []),
  ("标题改成“夏日狂欢”", "edit", ["夏日狂欢", "冰块和柠檬片"], ["清凉一夏"]),
  ("背景改成橙色渐变", "edit", ["橙色渐变背景", "夏日狂欢"], ["蓝色渐变"]),
  ("好的，谢谢", "chat", ["橙色渐变背景", "夏日狂欢"], []))
d("zh",
  ("麻烦帮我画一座江南水乡小镇，白墙黑瓦，石拱桥，乌篷船，春天的细雨，水墨画风格", "draw", ["江南水乡小镇", "白墙黑瓦", "石拱桥", "乌篷船", "水墨画风格"], ["麻烦帮我画"]),
  ("把春天的细雨改成冬天的大雪", "edit", ["冬天的大雪", "石拱桥"], ["春天的细雨"]),
  ("去掉乌篷船", "edit", ["冬天的大雪", "白墙黑瓦"], ["乌篷船"]))
d("zh",
  ("一位穿汉服的女孩站在竹林里，淡绿色的衣裙，手持团扇，清晨薄雾，古风插画", "draw", ["穿汉服的女孩", "淡绿色的衣裙", "手持团扇", "古风插画"], []),
  ("衣裙换成月白色", "edit", ["月白色的衣裙", "手持团扇"], ["淡绿色"]),
  ("扇子不要了", "edit", ["月白色的衣裙", "古风插画"], ["团扇"]),
  ("撤回", "undo", ["手持团扇", "月白色的衣裙"], []))
d("zh",
  ("北欧风格的卧室，浅灰色床品，原木床头柜，墙上挂着一幅抽象画，落地窗，阳光洒进来", "draw", ["北欧风格的卧室", "浅灰色床品", "原木床头柜", "抽象画"], []),
  ("床品换成雾霾蓝", "edit", ["雾霾蓝床品", "原木床头柜"], ["浅灰色床品"]),
  ("再加一盆龟背竹", "edit", ["龟背竹", "雾霾蓝床品"], []),
  ("不错不错", "chat", ["龟背竹", "雾霾蓝床品"], []))
d("zh",
  ("产品图：一瓶透明玻璃瓶装的玫瑰精油，瓶身贴着金色标签，背景是粉色丝绸，柔光", "draw", ["玫瑰精油", "金色标签", "粉色丝绸"], []),
  ("背景换成黑色大理石", "edit", ["黑色大理石", "玫瑰精油"], ["粉色丝绸"]),
  ("标签改成银色", "edit", ["银色标签", "黑色大理石"], ["金色标签"]))
d("zh",
  ("一只熊猫坐在雪地里吃竹子，卡通风格，圆滚滚的，背景是蓝天", "draw", ["熊猫坐在雪地里", "卡通风格", "背景是蓝天"], []),
  ("改成水彩风格", "edit", ["水彩风格", "熊猫坐在雪地里"], ["卡通风格"]),
  ("为什么熊猫看起来这么小？", "chat", ["水彩风格", "熊猫坐在雪地里"], []),
  ("背景改成夜晚的星空", "edit", ["夜晚的星空", "水彩风格"], ["蓝天"]))
d("zh",
  ("一个温馨的咖啡馆内景，午后的阳光透过百叶窗在木地板上投下条纹状的光影，吧台后面的咖啡师正在拉花，墙上挂满了黑白老照片，角落里有一架旧钢琴，靠窗的位置坐着一个正在看书的年轻人，桌上放着一杯拿铁和一块芝士蛋糕，整体色调偏暖，电影感构图，细节丰富，画面左侧留出一些空白方便排版，整体像一张独立杂志的跨页插图", "draw",
   ["温馨的咖啡馆", "百叶窗", "黑白老照片", "旧钢琴", "芝士蛋糕"], []),
  ("把芝士蛋糕换成提拉米苏", "edit", ["提拉米苏", "一杯拿铁", "旧钢琴"], ["芝士蛋糕"]),
  ("去掉钢琴", "edit", ["提拉米苏", "百叶窗"], ["旧钢琴"]),
  ("钢琴还是留着吧，撤销", "undo", ["旧钢琴", "提拉米苏"], []))
d("zh",
  ("中秋节海报，一轮金色满月，玉兔在桂花树下，标题“花好月圆”，红色和金色配色", "draw", ["中秋节海报", "金色满月", "桂花树", "花好月圆"], []),
  ("标题改成“月满中秋”", "edit", ["月满中秋", "金色满月"], ["花好月圆"]),
  ("去掉玉兔", "edit", ["月满中秋", "桂花树"], ["玉兔"]))
d("zh",
  ("能不能画一张图：一片金黄的麦田，远处有一座红色的谷仓，夏日傍晚，天空有粉紫色的晚霞", "draw", ["金黄的麦田", "红色的谷仓", "夏日傍晚", "粉紫色的晚霞"], ["能不能画"]),
  ("谷仓改成白色", "edit", ["白色的谷仓", "金黄的麦田"], ["红色的谷仓"]),
  ("完美", "chat", ["白色的谷仓", "金黄的麦田"], []))
d("zh",
  ("一个穿橙色宇航服的小男孩坐在月球上钓星星，儿童绘本风格，柔和的蜡笔质感", "draw", ["橙色宇航服", "小男孩", "钓星星", "儿童绘本风格"], []),
  ("宇航服换成白色", "edit", ["白色宇航服", "钓星星"], ["橙色宇航服"]),
  ("改成油画风格", "edit", ["油画风格", "白色宇航服"], ["儿童绘本风格"]),
  ("还是刚才的风格好", "undo", ["儿童绘本风格", "白色宇航服"], ["油画风格"]))
d("zh",
  ("极简风格的手表广告，黑色表盘，玫瑰金表壳，放在深灰色石板上，侧光", "draw", ["手表广告", "黑色表盘", "玫瑰金表壳", "深灰色石板"], []),
  ("表盘换成白色", "edit", ["白色表盘", "玫瑰金表壳"], ["黑色表盘"]),
  ("加一行文字“时间的艺术”", "edit", ["时间的艺术", "白色表盘"], []))
d("zh",
  ("古老的图书馆，高大的拱形书架，漂浮的蜡烛，一只猫头鹰站在梯子上，魔幻写实风格", "draw", ["古老的图书馆", "拱形书架", "漂浮的蜡烛", "猫头鹰"], []),
  ("把猫头鹰换成一只黑猫", "edit", ["一只黑猫", "拱形书架"], ["猫头鹰"]),
  ("去掉蜡烛", "edit", ["一只黑猫", "拱形书架"], ["漂浮的蜡烛"]),
  ("好的", "chat", ["一只黑猫", "拱形书架"], []))
d("zh",
  ("一盘色彩鲜艳的水果沙拉，有草莓、芒果和蓝莓，白色瓷盘，浅木色桌面，俯拍", "draw", ["水果沙拉", "草莓、芒果和蓝莓", "白色瓷盘", "浅木色桌面"], []),
  ("蓝莓换成猕猴桃", "edit", ["草莓、芒果和猕猴桃", "白色瓷盘"], ["蓝莓"]),
  ("瓷盘改成黑色", "edit", ["黑色瓷盘", "草莓、芒果和猕猴桃"], ["白色瓷盘"]))
d("zh",
  ("一辆复古的绿色甲壳虫汽车停在海边公路上，夕阳，棕榈树，胶片风", "draw", ["绿色甲壳虫", "海边公路", "棕榈树", "胶片风"], []),
  ("车改成天蓝色", "edit", ["天蓝色甲壳虫", "海边公路"], ["绿色甲壳虫"]),
  ("夕阳改成正午", "edit", ["正午", "天蓝色甲壳虫"], ["夕阳"]),
  ("退回上一步", "undo", ["夕阳", "天蓝色甲壳虫"], ["正午"]))
d("zh",
  ("一只金毛犬在秋天的公园里奔跑，满地落叶，逆光，动感抓拍", "draw", ["金毛犬", "秋天的公园", "满地落叶", "动感抓拍"], []),
  ("改成冬天", "edit", ["冬天的公园", "金毛犬"], ["秋天"]),
  ("太可爱了", "chat", ["冬天的公园", "金毛犬"], []))
d("zh",
  ("中式茶室，一张黑胡桃木茶桌，青瓷茶具，墙上挂着山水画，一扇圆形月洞窗", "draw", ["中式茶室", "黑胡桃木茶桌", "青瓷茶具", "山水画", "圆形月洞窗"], []),
  ("茶具换成白瓷的", "edit", ["白瓷茶具", "黑胡桃木茶桌"], ["青瓷茶具"]),
  ("去掉山水画", "edit", ["白瓷茶具", "圆形月洞窗"], ["山水画"]),
  ("山水画还是要的，还原一下", "undo", ["山水画", "白瓷茶具"], []))
d("zh",
  ("一个戴着红色围巾的雪人站在小木屋前，夜晚，窗户透出暖黄色的灯光，圣诞氛围", "draw", ["红色围巾", "雪人", "小木屋", "暖黄色的灯光", "圣诞氛围"], []),
  ("围巾改成蓝色", "edit", ["蓝色围巾", "小木屋"], ["红色围巾"]),
  ("再加一只小鹿", "edit", ["一只小鹿", "蓝色围巾"], []))
d("zh",
  ("游戏角色设计：一名精灵弓箭手，银色长发，墨绿色斗篷，手持木制长弓，全身立绘，白色背景", "draw", ["精灵弓箭手", "银色长发", "墨绿色斗篷", "木制长弓"], []),
  ("斗篷改成深红色", "edit", ["深红色斗篷", "银色长发"], ["墨绿色斗篷"]),
  ("长发改成黑色", "edit", ["黑色长发", "深红色斗篷"], ["银色长发"]),
  ("这个设计很棒", "chat", ["黑色长发", "深红色斗篷"], []))
d("zh",
  ("一张音乐节海报，主标题“山野音乐节”，远处是连绵的青山，前景是帐篷和篝火，复古丝网印刷风格", "draw", ["山野音乐节", "连绵的青山", "帐篷和篝火", "复古丝网印刷"], []),
  ("主标题改成“星河音乐节”", "edit", ["星河音乐节", "连绵的青山"], ["山野音乐节"]),
  ("不要篝火", "edit", ["星河音乐节", "连绵的青山"], ["篝火"]))
d("zh",
  ("清晨的海边灯塔，海浪拍打着礁石，天空是淡橙色，写实摄影风格", "draw", ["海边灯塔", "海浪拍打着礁石", "写实摄影风格"], []),
  ("改成暴风雨的夜晚", "edit", ["暴风雨", "海边灯塔"], ["清晨"]),
  ("算了，恢复刚才的版本", "undo", ["清晨的海边灯塔", "写实摄影风格"], ["暴风雨"]))
d("zh",
  ("一块切开的巧克力熔岩蛋糕，流出浓稠的巧克力酱，旁边有一球香草冰淇淋和几颗树莓", "draw", ["巧克力熔岩蛋糕", "香草冰淇淋", "几颗树莓"], []),
  ("把香草冰淇淋换成抹茶冰淇淋", "edit", ["抹茶冰淇淋", "巧克力熔岩蛋糕"], ["香草冰淇淋"]),
  ("去掉树莓", "edit", ["抹茶冰淇淋", "巧克力熔岩蛋糕"], ["树莓"]))
d("zh",
  ("科幻风格的太空站内部，白色的走廊，蓝色的指示灯，一个机器人在巡逻", "draw", ["太空站内部", "白色的走廊", "蓝色的指示灯", "机器人在巡逻"], []),
  ("指示灯改成红色", "edit", ["红色的指示灯", "白色的走廊"], ["蓝色的指示灯"]),
  ("把机器人换成一名宇航员", "edit", ["一名宇航员", "红色的指示灯"], ["机器人"]))
d("zh",
  ("一幅水彩风景画：薰衣草花田，远处有一栋石头小屋，夏天，晴空万里", "draw", ["水彩风景画", "薰衣草花田", "石头小屋", "晴空万里"], []),
  ("改成阴天", "edit", ["阴天", "薰衣草花田"], ["晴空万里"]),
  ("加一排白桦树", "edit", ["白桦树", "石头小屋"], []),
  ("撤销上一步", "undo", ["阴天", "薰衣草花田"], ["白桦树"]))
d("zh",
  ("电商主图：一双白色运动鞋悬浮在空中，背景是浅蓝色，周围有动感的线条", "draw", ["白色运动鞋", "悬浮在空中", "浅蓝色", "动感的线条"], []),
  ("鞋子改成黑色", "edit", ["黑色运动鞋", "动感的线条"], ["白色运动鞋"]),
  ("背景换成亮黄色", "edit", ["亮黄色", "黑色运动鞋"], ["浅蓝色"]))
d("zh",
  ("一个日式拉面店的门口，挂着红色灯笼和布帘，雪夜，行人匆匆走过", "draw", ["日式拉面店", "红色灯笼", "雪夜"], []),
  ("去掉路人", "edit", ["红色灯笼", "雪夜"], ["行人"]),
  ("灯笼改成白色", "edit", ["白色灯笼", "雪夜"], ["红色灯笼"]),
  ("很喜欢这张", "chat", ["白色灯笼", "雪夜"], []))
d("zh",
  ("一只蓝色的鲸鱼在云海中游动，梦幻风格，粉紫色的天空，星星点点", "draw", ["蓝色的鲸鱼", "云海", "梦幻风格", "粉紫色的天空"], []),
  ("鲸鱼改成金色", "edit", ["金色的鲸鱼", "粉紫色的天空"], ["蓝色的鲸鱼"]),
  ("为什么天空是粉色的？", "chat", ["金色的鲸鱼", "粉紫色的天空"], []))

# ---------------- mixed / cross-language edits ----------------
d("mixed",
  ("一只黑白边牧在草地上接飞盘，阳光明媚，高速快门抓拍", "draw", ["黑白边牧", "接飞盘", "阳光明媚", "高速快门"], []),
  ("remove the frisbee", "edit", ["黑白边牧", "高速快门"], ["飞盘"]),
  ("把阳光明媚改成 黄昏", "edit", ["黄昏", "黑白边牧"], ["阳光明媚"]))
d("mixed",
  ("a cozy reading nook with a mustard yellow armchair, a knitted throw blanket and a stack of books by a rainy window", "draw", ["cozy reading nook", "mustard yellow armchair", "knitted throw blanket", "rainy window"], []),
  ("把 armchair 改成 navy blue", "edit", ["navy blue armchair", "knitted throw blanket"], ["mustard yellow"]),
  ("去掉 blanket 吧", "edit", ["navy blue armchair", "rainy window"], ["knitted throw blanket"]),
  ("undo 一下", "undo", ["knitted throw blanket", "navy blue armchair"], []))
d("mixed",
  ("poster for a coffee shop opening, title 'GRAND OPENING', latte art heart, warm brown tones", "draw", ["coffee shop opening", "GRAND OPENING", "latte art heart", "warm brown tones"], []),
  ("标题改成 'NOW OPEN'", "edit", ["NOW OPEN", "latte art heart"], ["GRAND OPENING"]),
  ("好的 thanks", "chat", ["NOW OPEN", "latte art heart"], []))
d("mixed",
  ("一个 minimalist 的 logo，一只 origami crane，线条简洁，黑白配色", "draw", ["origami crane", "线条简洁", "黑白配色"], []),
  ("把 crane 换成 fox", "edit", ["origami fox", "黑白配色"], ["crane"]),
  ("加一点 gold accent", "edit", ["gold accent", "origami fox"], []))
d("mixed",
  ("a bento box with salmon onigiri, tamagoyaki and steamed broccoli, on a blue gingham cloth, soft daylight", "draw", ["bento box", "salmon onigiri", "steamed broccoli", "blue gingham cloth"], []),
  ("把 salmon 换成 tuna", "edit", ["tuna onigiri", "blue gingham cloth"], ["salmon"]),
  ("emm 还是 salmon 吧，undo", "undo", ["salmon onigiri", "blue gingham cloth"], ["tuna onigiri"]))
d("mixed",
  ("城市天际线 at golden hour，玻璃幕墙反射着夕阳，flat illustration style", "draw", ["at golden hour", "玻璃幕墙", "flat illustration style"], []),
  ("改成 at night，再加上 colorful fireworks", "edit", ["at night", "colorful fireworks", "玻璃幕墙"], ["golden hour"]),
  ("nice 很好看", "chat", ["at night", "colorful fireworks"], []))

out = []
cnt = {}
for lang, turns in D:
    cnt[lang] = cnt.get(lang, 0) + 1
    out.append({"id": "fresh5-designer-%s-%03d" % (lang, cnt[lang]), "lang": lang, "turns": turns})
with open("designer.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(cnt)
