# Source for designer.jsonl (File 2). Run: python3 make_designer.py > designer.jsonl
# chat/ask turns with contain=None copy the previous turn's lists.
import json, sys
D = []
def d(lang, *turns): D.append((lang, turns))
E, C, A, U, W = "edit", "chat", "ask", "undo", "draw"

# ---------------- EN ----------------
d("en",
 ("Product shot of a kraft paper coffee bag with a minimalist black label, standing on a light oak table, soft morning window light from the left, shallow depth of field", W,
  ["kraft paper coffee bag","minimalist black label","light oak table","soft morning window light"], []),
 ("label should be terracotta not black", E, ["minimalist terracotta label","kraft paper coffee bag","light oak table"], ["black label"]),
 ("hmm no, go back", U, ["minimalist black label","kraft paper coffee bag"], ["terracotta label"]))
d("en",
 ("could you draw a hero image for a meditation app: a woman sitting cross-legged on a cliff above a misty valley at sunrise, pastel pink and lavender sky, lots of empty space on the right for text", W,
  ["sitting cross-legged","misty valley","at sunrise","pastel pink and lavender sky","empty space on the right"], ["could you draw"]),
 ("make it sunset instead", E, ["at sunset","misty valley","sitting cross-legged"], ["at sunrise"]),
 ("what's the best aspect ratio for a hero banner?", C, None, None),
 ("swap the woman for an older man", E, ["older man","at sunset","misty valley"], ["a woman"]))
d("en",
 ("book cover, YA fantasy. a girl with a lantern walking into a dark forest of giant blue mushrooms, fireflies, title space at the top", W,
  ["girl with a lantern","dark forest","giant blue mushrooms","title space"], []),
 ("mushrooms purple pls", E, ["giant purple mushrooms","girl with a lantern","title space"], ["blue mushrooms"]),
 ("the first colour was better tbh", E, ["giant blue mushrooms","dark forest","girl with a lantern"], ["purple mushrooms"]))
d("en",
 ("Fashion lookbook photo: a model in an oversized camel wool coat and white sneakers, walking across a zebra crossing in Tokyo, overcast daylight, 35mm film look", W,
  ["oversized camel wool coat","white sneakers","zebra crossing","overcast daylight","35mm film look"], []),
 ("coat in charcoal", E, ["oversized charcoal wool coat","white sneakers","zebra crossing"], ["camel wool"]),
 ("and lose the sneakers, black leather boots instead", E, ["black leather boots","charcoal wool coat","35mm film look"], ["white sneakers"]))
d("en",
 ("Scandinavian living room, white walls, a grey linen sofa, a round walnut coffee table, a monstera plant in the corner, large window with afternoon sun", W,
  ["grey linen sofa","round walnut coffee table","monstera plant","afternoon sun"], []),
 ("remove the plant", E, ["grey linen sofa","round walnut coffee table","afternoon sun"], ["monstera"]),
 ("and make the sofa dark green velvet", E, ["dark green velvet sofa","round walnut coffee table","afternoon sun"], ["grey linen","monstera"]))
d("en",
 ("overhead shot of a bowl of ramen with a soft-boiled egg, chashu pork, green onions and nori, on a dark slate surface, chopsticks resting on the bowl", W,
  ["bowl of ramen","soft-boiled egg","chashu pork","dark slate surface"], []),
 ("can you add a small dish of gyoza next to it", E, ["small dish of gyoza","bowl of ramen","dark slate surface"], []),
 ("perfect thanks!!", C, None, None))
d("en",
 ("Concept art of a floating steampunk city with brass airships, copper domes and tangled pipes, stormy clouds below, golden hour light, painterly style", W,
  ["floating steampunk city","brass airships","copper domes","golden hour light","painterly style"], []),
 ("make it night", E, ["night","brass airships","copper domes","painterly style"], ["golden hour"]),
 ("undo that", U, ["golden hour light","brass airships","copper domes"], ["night"]))
d("en",
 ("kids book illustration, a little hedgehog wearing a red scarf, sharing an apple with a rabbit under a big oak tree, watercolor, soft and warm", W,
  ["little hedgehog","red scarf","with a rabbit","under a big oak tree","watercolor"], []),
 ("scarf yellow", E, ["yellow scarf","little hedgehog","big oak tree"], ["red scarf"]),
 ("can the rabbit be a squirrel", E, ["with a squirrel","yellow scarf","watercolor"], ["rabbit"]),
 ("no wait, undo that, keep the rabbit", U, ["with a rabbit","yellow scarf","little hedgehog"], ["squirrel"]))
d("en",
 ("Ad for a sparkling water brand: a slim aluminium can with lime slices and ice cubes, splashing water, bright turquoise background, high-speed photography", W,
  ["slim aluminium can","lime slices","ice cubes","bright turquoise background","high-speed photography"], []),
 ("change the lime to grapefruit", E, ["grapefruit slices","slim aluminium can","bright turquoise background"], ["lime slices"]),
 ("background coral", E, ["bright coral background","grapefruit slices","slim aluminium can"], ["turquoise"]))
d("en",
 ("logo for a bakery called Rye & Shine, a simple line drawing of a wheat stalk inside a circle, warm brown on cream", W,
  ["rye & shine","simple line drawing","wheat stalk inside a circle","warm brown on cream"], []),
 ("change the name to Rise & Shine", E, ["rise & shine","wheat stalk","warm brown on cream"], ["rye & shine"]),
 ("what font would pair with this?", C, None, None))
d("en",
 ("golden retriever puppy on a blue blanket by the fire", W, ["golden retriever puppy","blue blanket","by the fire"], []),
 ("make the blanket red", E, ["red blanket","golden retriever puppy","by the fire"], ["blue blanket"]),
 ("too much, make it smaller", A, None, None))
d("en",
 ("Exterior render of a modern concrete house on a hillside, floor-to-ceiling glass windows, an infinity pool in front, pine trees around, dusk with warm interior lights", W,
  ["modern concrete house","floor-to-ceiling glass windows","infinity pool","pine trees"], []),
 ("the pool looks weird, lose it", E, ["modern concrete house","pine trees","floor-to-ceiling glass windows"], ["infinity pool"]),
 ("change concrete to timber", E, ["modern timber house","pine trees","floor-to-ceiling glass windows"], ["concrete house","infinity pool"]))
d("en",
 ("please make picture of one cat sleeping on the laptop keyboard, orange tabby cat, the office is dark only screen light", W,
  ["orange tabby cat","laptop keyboard","screen light"], ["make picture of"]),
 ("cat is more big please", E, ["orange tabby cat","laptop keyboard","screen light"], []),
 ("and is possible put a coffee cup near", E, ["coffee cup","orange tabby cat","laptop keyboard"], []))
d("en",
 ("Flat vector illustration, a delivery scooter rider with a green helmet zooming through a city street, isometric buildings, teal and mustard palette", W,
  ["flat vector illustration","green helmet","isometric buildings","teal and mustard palette"], []),
 ("helmet orange", E, ["orange helmet","isometric buildings","teal and mustard palette"], ["green helmet"]),
 ("undo", U, ["green helmet","isometric buildings","delivery scooter rider"], ["orange helmet"]),
 ("ok, now new one: same style, a bike courier crossing a bridge", W, ["bike courier","crossing a bridge"], ["delivery scooter"]))
d("en",
 ("A cozy café interior with a barista behind a wooden counter, a chalkboard menu that says DAILY BREW, hanging Edison bulbs, rainy window", W,
  ["barista behind a wooden counter","chalkboard menu","daily brew","hanging edison bulbs","rainy window"], []),
 ("change the sign to OPEN LATE", E, ["open late","chalkboard menu","hanging edison bulbs"], ["daily brew"]),
 ("redo it", A, None, None))
d("en",
 ("Hi! Would you mind drawing a vintage travel poster of Lisbon: a yellow tram climbing a steep cobblestone street, terracotta rooftops, the river in the distance, bold flat colours, the word LISBOA at the bottom", W,
  ["vintage travel poster","yellow tram","steep cobblestone street","terracotta rooftops","word lisboa"], ["would you mind"]),
 ("Lovely. Could we make the tram red, like the old ones?", E, ["red tram","terracotta rooftops","word lisboa"], ["yellow tram"]),
 ("And please replace LISBOA with PORTO", E, ["word porto","red tram","steep cobblestone street"], ["lisboa"]))
d("en",
 ("a ceramic vase with dried pampas grass on a beige linen tablecloth, minimal, soft shadws", W,
  ["ceramic vase","dried pampas grass","beige linen tablecloth"], []),
 ("tablecloth shld be white", E, ["white linen tablecloth","ceramic vase","dried pampas grass"], ["beige linen"]),
 ("wait whats pampas grass actually", C, None, None))
d("en",
 ("Isometric game level: a tiny island with a lighthouse, a wooden dock, two palm trees, crystal clear water, low poly style", W,
  ["tiny island","with a lighthouse","wooden dock","two palm trees","crystal clear water","low poly style"], []),
 ("make the water dark and stormy", E, ["dark and stormy water","with a lighthouse","wooden dock"], ["crystal clear water"]),
 ("add a pirate ship near the dock", E, ["pirate ship","dark and stormy water","with a lighthouse"], []),
 ("water like before though", E, ["crystal clear water","pirate ship","with a lighthouse"], ["stormy"]))
d("en",
 ("draw a dinosaur that is purple and it is eating ice cream on the moon!!!", W, ["eating ice cream","on the moon"], ["draw a"]),
 ("and a rocket!!! a big red one", E, ["red rocket","eating ice cream","on the moon"], []),
 ("why is the dinosaur sad", C, None, None))
d("en",
 ("studio product photo of wireless earbuds in an open white charging case, on a glossy black acrylic surface with reflections, rim lighting, front view", W,
  ["wireless earbuds","open white charging case","glossy black acrylic surface","rim lighting","front view"], []),
 ("shoot it from a low angle instead", E, ["low angle","wireless earbuds","rim lighting"], ["front view"]),
 ("case in matte navy", E, ["matte navy charging case","low angle","glossy black acrylic surface"], ["white charging case"]))
d("en",
 ("A watercolor map of an imaginary kingdom with mountains in the north, a river running through the middle, a castle on a hill and a dragon circling above", W,
  ["watercolor map","imaginary kingdom","mountains in the north","castle on a hill","dragon circling above"], []),
 ("make the dragon green — no, gold", E, ["gold dragon","castle on a hill","watercolor map"], ["green dragon"]),
 ("remove the river", E, ["gold dragon","mountains in the north","castle on a hill"], ["river running"]))
d("en",
 ("Poster for a jazz night: a silhouette of a saxophone player against a big orange moon, deep blue night sky, Art Deco border, text 'BLUE NOTE FRIDAYS'", W,
  ["saxophone player","big orange moon","deep blue night sky","art deco border","blue note fridays"], []),
 ("text should say SATURDAYS not fridays", E, ["blue note saturdays","saxophone player","art deco border"], ["fridays"]),
 ("moon smaller", E, ["orange moon","blue note saturdays","deep blue night sky"], ["big orange moon"]))
d("en",
 ("Editorial photo of a chef plating a dessert, close-up of hands with tweezers placing edible flowers on a chocolate tart, moody low-key lighting", W,
  ["chef plating a dessert","edible flowers","chocolate tart","moody low-key lighting"], []),
 ("is this the kind of thing you'd see in a Michelin guide?", C, None, None),
 ("swap the chocolate tart for a lemon tart", E, ["lemon tart","edible flowers","moody low-key lighting"], ["chocolate tart"]))
d("en",
 ("can you make a flat icon of a paper airplane, white on a sky blue rounded square", W,
  ["flat icon","paper airplane","sky blue rounded square"], ["can you make"]),
 ("great. new image: a flat icon of a speech bubble, same colours", W, ["speech bubble","flat icon"], ["paper airplane"]),
 ("undo, I want the plane back", U, ["paper airplane","sky blue rounded square","flat icon"], ["speech bubble"]))
d("en",
 ("Minimal desk setup photo: a silver laptop in the center, a ceramic mug of coffee on the left, a small succulent on the right, light grey background, top-down", W,
  ["silver laptop","ceramic mug of coffee","small succulent","light grey background","top-down"], []),
 ("put the mug on the right and the succulent on the left", E,
  ["coffee on the right","succulent on the left","silver laptop","light grey background"], ["coffee on the left","succulent on the right"]),
 ("nice", C, None, None))
d("en",
 ("Moody portrait of an old fisherman in a yellow raincoat, weathered face, harbour in the background, dim overcast light", W,
  ["old fisherman","yellow raincoat","weathered face","harbour in the background"], []),
 ("too dark", E, ["old fisherman","yellow raincoat","weathered face"], []),
 ("raincoat red", E, ["red raincoat","old fisherman","harbour in the background"], ["yellow raincoat"]))
d("en",
 ("3D render of a cute robot mascot, white plastic body, blue glowing eyes, holding a tiny wrench, pastel gradient background", W,
  ["cute robot mascot","white plastic body","blue glowing eyes","tiny wrench","pastel gradient background"], []),
 ("eyes pink, wrench -> paintbrush", E, ["pink glowing eyes","tiny paintbrush","white plastic body"], ["blue glowing","wrench"]),
 ("how many polygons is this lol", C, None, None))
d("en",
 ("Book cover for a thriller: a lone figure standing in a long red corridor, a single bulb overhead, a door slightly open at the end", W,
  ["lone figure","long red corridor","single bulb overhead","slightly open"], []),
 ("change the colour", A, None, None),
 ("the corridor, make it green", E, ["long green corridor","lone figure","single bulb overhead"], ["red corridor"]))
d("en",
 ("Lookbook shot: a woman in a flowing emerald silk dress on a sand dune at golden hour, wind in her hair, editorial, full body", W,
  ["flowing emerald silk dress","sand dune","golden hour","full body"], []),
 ("silk dress to linen", E, ["emerald linen dress","sand dune","golden hour"], ["silk dress"]),
 ("and move her to a rocky beach", E, ["rocky beach","emerald linen dress","golden hour"], ["sand dune"]))
d("en",
 ("Menu photo, burger with two beef patties, melted cheddar, pickles and brioche bun, fries on the side, wooden board, bright and appetizing", W,
  ["two beef patties","melted cheddar","brioche bun","fries on the side","wooden board"], []),
 ("swap fries for onion rings", E, ["onion rings on the side","two beef patties","wooden board"], ["fries"]),
 ("make it vegetarian, mushroom patties", E, ["two mushroom patties","melted cheddar","onion rings"], ["beef patties"]))
d("en",
 ("Character concept sheet for a desert nomad warrior: tall woman with dark skin, wrapped in layered sand-coloured cloth, a curved bronze sword on her back, a falcon perched on her left arm, silver jewelry, sun-bleached braids, standing pose against a plain light background, digital painting, front and side views", W,
  ["desert nomad warrior","layered sand-coloured cloth","curved bronze sword","perched on her left arm","silver jewelry","front and side views"], []),
 ("sword should be steel", E, ["curved steel sword","falcon perched","silver jewelry"], ["bronze sword"]),
 ("actually drop the falcon", E, ["curved steel sword","silver jewelry","desert nomad warrior"], ["falcon"]),
 ("undo", U, ["perched on her left arm","curved steel sword","silver jewelry"], ["bronze sword"]))
d("en",
 ("Website hero for a fintech startup, abstract 3D glass shapes floating on a deep purple gradient, soft glow, clean and premium", W,
  ["abstract 3d glass shapes","deep purple gradient","soft glow","clean and premium"], []),
 ("feels too dark, make the gradient lighter purple", E, ["purple gradient","abstract 3d glass shapes","soft glow"], ["deep purple"]),
 ("perfect, now a version in teal", E, ["teal gradient","abstract 3d glass shapes","soft glow"], ["purple gradient"]))
d("en",
 ("A still life with a red apple and a red pear on a white plate, linen napkin, soft window light, oil painting", W,
  ["red apple","red pear","white plate","linen napkin","oil painting"], []),
 ("make the red one green", A, None, None),
 ("the pear", E, ["green pear","red apple","white plate"], ["red pear"]))
d("en",
 ("Bedroom interior, a low platform bed with white sheets, terracotta accent wall, rattan pendant lamp, morning light, boho style", W,
  ["low platform bed","white sheets","terracotta accent wall","rattan pendant lamp","boho style"], []),
 ("accent wall sage green", E, ["sage green accent wall","rattan pendant lamp","white sheets"], ["terracotta accent"]),
 ("hmm no. previous was better", U, ["terracotta accent wall","rattan pendant lamp","white sheets"], ["sage green"]))
d("en",
 ("Billboard ad: a smiling golden retriever wearing sunglasses in a red convertible driving along a coastal road, bright summer day, slogan 'Road Trip Ready'", W,
  ["smiling golden retriever","wearing sunglasses","red convertible","coastal road","road trip ready"], []),
 ("make the dog a corgi", E, ["smiling corgi","red convertible","road trip ready"], ["golden retriever"]),
 ("can you make the car bigger in the frame", E, ["red convertible","smiling corgi","coastal road"], []))
d("en",
 ("Photo of a misty pine forest at dawn with a narrow dirt path and a lone hiker in a red jacket, cinematic", W,
  ["misty pine forest","at dawn","narrow dirt path","lone hiker","red jacket"], []),
 ("which lens would you use for this?", C, None, None),
 ("make the jacket orange", E, ["orange jacket","misty pine forest","at dawn"], ["red jacket"]))

# ---------------- ZH ----------------
d("zh",
 ("请帮我画一只金毛小狗趴在蓝色的针织毯上，旁边是壁炉，暖黄色灯光", W, ["金毛小狗","蓝色的针织毯","壁炉","暖黄色灯光"], ["请帮我画"]),
 ("把毯子换成红色", E, ["红色的针织毯","金毛小狗","壁炉"], ["蓝色的针织毯"]),
 ("把背景换成夜晚", E, ["夜晚","红色的针织毯","金毛小狗"], []))
d("zh",
 ("茶叶包装设计，一个墨绿色的圆柱形铁罐，罐身上有金色的山水线描，放在米色的麻布上，柔和的侧光", W,
  ["茶叶包装设计","墨绿色的圆柱形","金色的山水线描","米色的麻布","柔和的侧光"], []),
 ("罐子改成酒红色", E, ["酒红色的圆柱形","金色的山水线描","米色的麻布"], ["墨绿色"]),
 ("撤回", U, ["墨绿色的圆柱形","金色的山水线描","米色的麻布"], ["酒红色"]))
d("zh",
 ("做一张健身App的首页主图：一个穿黑色运动背心的女生在城市天台上跳绳，清晨，逆光，右边留白放文字", W,
  ["黑色运动背心","城市天台","跳绳","清晨","右边留白"], []),
 ("改成傍晚", E, ["傍晚","黑色运动背心","城市天台"], ["清晨"]),
 ("背心换成荧光绿", E, ["荧光绿运动背心","傍晚","跳绳"], ["黑色运动背心"]))
d("zh",
 ("科幻小说封面，一个宇航员独自站在红色的沙漠星球上，天空中有两个月亮，远处有废弃的基地", W,
  ["科幻小说封面","宇航员","红色的沙漠星球","两个月亮","废弃的基地"], []),
 ("月亮改成三个", E, ["三个月亮","宇航员","废弃的基地"], ["两个月亮"]),
 ("这个风格叫什么", C, None, None))
d("zh",
 ("服装画册：模特穿一件白色亚麻衬衫和卡其色阔腿裤，站在地中海风格的白墙前，午后强烈阳光，影子很硬", W,
  ["白色亚麻衬衫","卡其色阔腿裤","地中海风格","午后强烈阳光"], []),
 ("裤子换成牛仔的", E, ["牛仔阔腿裤","白色亚麻衬衫","地中海风格"], ["卡其色阔腿裤"]),
 ("衬衫也换个颜色", A, None, None),
 ("浅蓝色", E, ["浅蓝色亚麻衬衫","牛仔阔腿裤","地中海风格"], ["白色亚麻衬衫"]))
d("zh",
 ("帮我生成一个日式客厅，榻榻米地板，矮木桌上放着一套茶具，推拉纸门，窗外是竹林", W,
  ["日式客厅","榻榻米地板","矮木桌","一套茶具","推拉纸门","竹林"], ["帮我生成"]),
 ("把茶具去掉", E, ["矮木桌","推拉纸门","竹林"], ["茶具"]),
 ("窗外换成下雪的庭院", E, ["下雪的庭院","矮木桌","榻榻米地板"], ["竹林","茶具"]))
d("zh",
 ("菜单图：一碗红油抄手，撒了葱花和芝麻，白瓷碗，深色木桌，俯拍", W, ["红油抄手","葱花和芝麻","白瓷碗","深色木桌","俯拍"], []),
 ("旁边加一杯冰豆浆", E, ["冰豆浆","红油抄手","白瓷碗"], []),
 ("看着很好吃！谢谢", C, None, None))
d("zh",
 ("游戏概念图：悬浮在云海上的仙侠宫殿，白玉台阶，金色屋顶，仙鹤环绕，黄昏，国风厚涂", W,
  ["仙侠宫殿","白玉台阶","金色屋顶","仙鹤环绕","国风厚涂"], []),
 ("屋顶改成青色", E, ["青色屋顶","白玉台阶","仙鹤环绕"], ["金色屋顶"]),
 ("仙鹤去掉", E, ["青色屋顶","白玉台阶","国风厚涂"], ["仙鹤"]),
 ("屋顶还是最开始的金色吧", E, ["金色屋顶","白玉台阶","国风厚涂"], ["青色屋顶","仙鹤"]))
d("zh",
 ("儿童绘本插画，一只小熊穿着黄色雨衣在雨里踩水坑，旁边有一只青蛙，水彩风格", W, ["小熊","黄色雨衣","踩水坑","一只青蛙","水彩风格"], []),
 ("雨衣红色", E, ["红色雨衣","踩水坑","一只青蛙"], ["黄色雨衣"]),
 ("撤销", U, ["黄色雨衣","踩水坑","一只青蛙"], ["红色雨衣"]))
d("zh",
 ("中秋节海报，一轮巨大的圆月，玉兔坐在桂花树下，深蓝色夜空，上面写着“月满人团圆”", W,
  ["中秋节海报","巨大的圆月","玉兔","桂花树下","深蓝色夜空","月满人团圆"], []),
 ("字改成“花好月圆”", E, ["花好月圆","巨大的圆月","桂花树下"], ["月满人团圆"]),
 ("月亮小一点", E, ["圆月","花好月圆","玉兔"], ["巨大的圆月"]))
d("zh",
 ("给一家咖啡店设计logo，名字叫“山间”，一座简单的山形线条加一个咖啡杯，黑白配色，极简", W, ["山间","山形线条","咖啡杯","黑白配色","极简"], []),
 ("名字改成“林间”", E, ["林间","山形线条","咖啡杯"], ["山间"]),
 ("配色换成墨绿和米白", E, ["墨绿和米白","林间","山形线条"], ["黑白配色"]))
d("zh",
 ("建筑效果图：湖边的一栋玻璃幕墙美术馆，倒映在水面上，周围是枫树，秋天，阴天柔光", W,
  ["玻璃幕墙美术馆","倒映在水面上","枫树","秋天","阴天柔光"], []),
 ("改成冬天，树上有雪", E, ["冬天","玻璃幕墙美术馆","倒映在水面上"], ["秋天"]),
 ("这个角度有点平，换成鸟瞰", E, ["鸟瞰","玻璃幕墙美术馆","冬天"], ["秋天"]))
d("zh",
 ("帮我化一个粉色的草莓蛋糕，上面有奶油和蓝莓，放在木质转盘上", W, ["粉色的草莓蛋糕","奶油和蓝莓","木质转盘"], ["帮我化"]),
 ("蓝莓换成树梅", E, ["粉色的草莓蛋糕","奶油和","木质转盘"], ["蓝莓"]),
 ("再加几根蜡烛", E, ["蜡烛","粉色的草莓蛋糕","木质转盘"], ["蓝莓"]))
d("zh",
 ("产品图：一只白色陶瓷马克杯和一个黑色保温杯并排放在灰色水泥台面上，自然光", W, ["白色陶瓷马克杯","黑色保温杯","灰色水泥台面","自然光"], []),
 ("杯子换个颜色", A, None, None),
 ("马克杯，换成雾霾蓝", E, ["雾霾蓝陶瓷马克杯","黑色保温杯","灰色水泥台面"], ["白色陶瓷马克杯"]))
d("zh",
 ("赛博朋克街道，霓虹招牌，下雨，地面反光，一个撑透明雨伞的女孩背影", W, ["赛博朋克街道","霓虹招牌","地面反光","透明雨伞","女孩背影"], []),
 ("伞红色", E, ["红色雨伞","赛博朋克街道","霓虹招牌"], ["透明雨伞"]),
 ("招牌上的字写“拉面”", E, ["拉面","红色雨伞","地面反光"], []),
 ("不要了，回到上一步", U, ["红色雨伞","霓虹招牌","地面反光"], ["拉面"]))
d("zh",
 ("请画一张复古旅行海报：桂林山水，漓江上有一条竹筏，撑竹筏的渔夫戴着斗笠，身边站着两只鸬鹚，远处是层层叠叠的喀斯特山峰，清晨的薄雾，平涂色块，暖橙和青绿配色，底部写“桂林”两个大字", W,
  ["复古旅行海报","桂林山水","一条竹筏","戴着斗笠","两只鸬鹚","喀斯特山峰","清晨的薄雾","暖橙和青绿配色"], ["请画一张"]),
 ("鸬鹚去掉一只", E, ["一只鸬鹚","一条竹筏","喀斯特山峰"], ["两只鸬鹚"]),
 ("薄雾再浓一点", E, ["一只鸬鹚","戴着斗笠","桂林山水"], ["两只鸬鹚"]))
d("zh",
 ("一张极简的室内摄影：白色墙面，一把黑色的Y形椅，旁边一盏落地灯，木地板，午后斜阳", W, ["白色墙面","黑色的y形椅","落地灯","木地板","午后斜阳"], []),
 ("Y形椅是谁设计的？", C, None, None),
 ("椅子换成原木色", E, ["原木色的y形椅","落地灯","午后斜阳"], ["黑色的y形椅"]))
d("zh",
 ("桌面静物：左边放一本打开的书，右边一杯拿铁，中间一副圆框眼镜，暖色调，俯拍", W, ["打开的书","拿铁","圆框眼镜","暖色调","俯拍"], []),
 ("书和拿铁换个位置", E, ["打开的书","拿铁","圆框眼镜","暖色调"], ["左边放一本","右边一杯拿铁"]),
 ("不错", C, None, None))
d("zh",
 ("动物摄影：一只雪豹趴在积雪的岩石上，背景是模糊的雪山，长焦镜头，冷色调", W, ["一只雪豹","积雪的岩石","模糊的雪山","长焦镜头","冷色调"], []),
 ("雪豹换成赤狐", E, ["一只赤狐","积雪的岩石","长焦镜头"], ["雪豹"]),
 ("再换回来吧", U, ["一只雪豹","积雪的岩石","长焦镜头"], ["赤狐"]))
d("zh",
 ("能不能画一张防晒霜广告，一支橙色的防晒霜管立在沙滩上，背景是碧蓝的海和椰子树，阳光很强", W,
  ["防晒霜广告","橙色的防晒霜管","沙滩上","碧蓝的海","椰子树"], ["能不能画"]),
 ("椰子树不要", E, ["橙色的防晒霜管","碧蓝的海","沙滩上"], ["椰子树"]),
 ("管子改成白色", E, ["白色的防晒霜管","碧蓝的海","沙滩上"], ["橙色的防晒霜管","椰子树"]))
d("zh",
 ("我要一只会飞的粉红色大象，在彩虹上面，还有好多星星", W, ["粉红色大象","彩虹上面","好多星星"], []),
 ("大象再大一点！！", E, ["粉红色大象","彩虹上面","好多星星"], []),
 ("它为什么会飞呀", C, None, None))
d("zh",
 ("人像摄影：一位老奶奶坐在藤椅上织毛衣，窗边自然光，暖色调，胶片质感", W, ["老奶奶","藤椅","织毛衣","窗边自然光","暖色调","胶片质感"], []),
 ("太暖了，改成冷色调", E, ["冷色调","老奶奶","藤椅"], ["暖色调"]),
 ("撤回", U, ["暖色调","织毛衣","窗边自然光"], ["冷色调"]))
d("zh",
 ("饮料瓶包装：透明玻璃瓶装的柠檬气泡水，瓶身贴着黄色标签，标签上写“夏日柠檬”，背景浅黄色", W,
  ["透明玻璃瓶","柠檬气泡水","黄色标签","夏日柠檬","背景浅黄色"], []),
 ("口味改成西柚，标签也跟着改", E, ["西柚气泡水","夏日西柚","透明玻璃瓶"], ["柠檬"]),
 ("标签颜色也换，粉色", E, ["粉色标签","西柚气泡水","透明玻璃瓶"], ["黄色标签","柠檬"]))
d("zh",
 ("水墨风格的山水画，一叶扁舟在江上，远山淡淡，留白很多", W, ["水墨风格","一叶扁舟","远山淡淡","留白很多"], []),
 ("重新来", A, None, None),
 ("就是再画一张一样的，换个构图", W, ["水墨风格","一叶扁舟","远山淡淡"], []))
d("zh",
 ("官网首页横幅：一个漂浮的白色智能音箱，周围环绕着声波光带，深紫到深蓝的渐变背景，科技感", W,
  ["白色智能音箱","声波光带","深紫到深蓝的渐变","科技感"], []),
 ("音箱改成黑色", E, ["黑色智能音箱","声波光带","科技感"], ["白色智能音箱"]),
 ("光带改成金色", E, ["金色","黑色智能音箱","深紫到深蓝的渐变"], ["白色智能音箱"]))
d("zh",
 ("北欧风儿童房，浅粉色墙面，白色木床，床上有一只大兔子玩偶，墙上挂着星星串灯", W,
  ["北欧风儿童房","浅粉色墙面","白色木床","大兔子玩偶","星星串灯"], []),
 ("墙改成薄荷绿", E, ["薄荷绿墙面","白色木床","星星串灯"], ["浅粉色墙面"]),
 ("兔子换成恐龙", E, ["大恐龙玩偶","薄荷绿墙面","白色木床"], ["兔子"]),
 ("还是第一次的墙色好", E, ["浅粉色墙面","大恐龙玩偶","白色木床"], ["薄荷绿","兔子"]))
d("zh",
 ("俯拍一份日式早餐：烤三文鱼、味噌汤、白米饭和玉子烧，放在黑色托盘上，旁边一双木筷", W,
  ["烤三文鱼","味噌汤","白米饭","玉子烧","黑色托盘","木筷"], []),
 ("三文鱼换成鳗鱼", E, ["烤鳗鱼","味噌汤","黑色托盘"], ["三文鱼"]),
 ("这是几人份？", C, None, None))
d("zh",
 ("游戏角色设定：一个穿红色斗篷的少年剑客，背着一把长剑，白发，站在竹林里，二次元风格", W,
  ["红色斗篷","少年剑客","一把长剑","白发","竹林","二次元风格"], []),
 ("斗篷黑色，头发改成黑色", E, ["黑色斗篷","少年剑客","一把长剑"], ["红色斗篷","白发"]),
 ("背景换成樱花林", E, ["樱花林","黑色斗篷","少年剑客"], ["竹林"]))
d("zh",
 ("一只橘猫和一只黑猫坐在窗台上看雨，室内暖光，插画风", W, ["一只橘猫","一只黑猫","窗台","看雨","插画风"], []),
 ("让它睡着", A, None, None),
 ("橘猫", E, ["睡着","一只黑猫","窗台"], []))
d("zh",
 ("徽派民居，白墙黑瓦，马头墙，门前一条小河，石拱桥，春天油菜花，写实摄影", W, ["徽派民居","白墙黑瓦","马头墙","石拱桥","油菜花","写实摄影"], []),
 ("去掉石拱桥", E, ["白墙黑瓦","马头墙","油菜花"], ["石拱桥"]),
 ("改成傍晚，家家户户点着灯", E, ["傍晚","白墙黑瓦","马头墙"], ["石拱桥"]))
d("zh",
 ("您好，麻烦帮我画一张读书App的开屏图：一个女孩坐在巨大的书本上，书页变成海浪，月亮挂在空中，梦幻蓝紫色", W,
  ["开屏图","坐在巨大的书本上","书页变成海浪","月亮挂在空中","梦幻蓝紫色"], ["麻烦帮我画","您好"]),
 ("谢谢！能把月亮换成太阳吗", E, ["太阳挂在空中","书页变成海浪","梦幻蓝紫色"], ["月亮"]),
 ("不好意思，还是月亮吧", U, ["月亮挂在空中","书页变成海浪","梦幻蓝紫色"], ["太阳"]))
d("zh",
 ("珠宝广告：一条珍珠项链搭在黑色丝绒展示架上，顶光，背景纯黑，奢华感", W, ["珍珠项链","黑色丝绒展示架","顶光","背景纯黑","奢华感"], []),
 ("珍珠换成祖母绿", E, ["祖母绿项链","黑色丝绒展示架","背景纯黑"], ["珍珠"]),
 ("展示架改成白色大理石", E, ["白色大理石展示架","祖母绿项链","背景纯黑"], ["黑色丝绒","珍珠"]))
d("zh",
 ("三只小鸭子在池塘里游泳，荷叶，夏天，卡通", W, ["三只小鸭子","池塘","荷叶","夏天","卡通"], []),
 ("两只", E, ["两只小鸭子","荷叶","卡通"], ["三只小鸭子"]),
 ("可以", C, None, None))
d("zh",
 ("悬疑小说封面：雨夜，一辆老式黑色轿车停在路灯下，车窗里隐约有个人影，整体暗红色调，标题写《无声之夜》", W,
  ["悬疑小说封面","雨夜","老式黑色轿车","路灯下","暗红色调","无声之夜"], []),
 ("书名改成《第七个证人》", E, ["第七个证人","老式黑色轿车","路灯下"], ["无声之夜"]),
 ("车子是什么牌子的", C, None, None),
 ("车改成白色", E, ["老式白色轿车","第七个证人","暗红色调"], ["黑色轿车","无声之夜"]))
d("zh",
 ("草原上的蒙古包，远处有一群白马在奔跑，蓝天白云，广角", W, ["蒙古包","一群白马","蓝天白云","广角"], []),
 ("白马换成骆驼", E, ["一群骆驼","蒙古包","蓝天白云"], ["白马"]),
 ("加一条小河", E, ["小河","一群骆驼","蒙古包"], ["白马"]))
d("zh",
 ("画一个红色的消防车玩具，木头做的，放在白色背景上，电商主图", W, ["红色的消防车玩具","木头做的","白色背景","电商主图"], ["画一个"]),
 ("改成蓝色，哦不，黄色", E, ["黄色的消防车玩具","木头做的","电商主图"], ["红色的消防车","蓝色的消防车"]))

# ---------------- MIXED ----------------
d("mixed",
 ("a golden retriever puppy on a blue knitted blanket by the fireplace, warm cozy light", W, ["golden retriever puppy","blue knitted blanket","by the fireplace"], []),
 ("把毯子换成红色", E, ["red knitted blanket","golden retriever puppy","by the fireplace"], ["blue knitted blanket","红色"]),
 ("把背景换成夜晚", E, ["night","red knitted blanket","golden retriever puppy"], ["夜晚"]))
d("mixed",
 ("帮我画一个 cozy reading nook，一张 velvet armchair，旁边有 warm floor lamp，书架 full of old books，rainy window", W,
  ["cozy reading nook","velvet armchair","warm floor lamp","rainy window"], ["帮我画"]),
 ("armchair 换成 mustard yellow 的", E, ["mustard yellow velvet armchair","warm floor lamp","rainy window"], []),
 ("nice 谢啦", C, None, None))
d("mixed",
 ("电商主图：一双白色帆布鞋放在浅灰色的台阶上，旁边有一盆小绿植，柔光", W, ["白色帆布鞋","浅灰色的台阶","一盆小绿植","柔光"], []),
 ("make the shoes black", E, ["黑色帆布鞋","浅灰色的台阶","一盆小绿植"], ["白色帆布鞋","black"]),
 ("remove the plant", E, ["黑色帆布鞋","浅灰色的台阶","柔光"], ["绿植"]))
d("mixed",
 ("做一张 landing page 的 hero image，一个 astronaut 在 neon 色的 planet 上 skateboarding，背景是 deep space，风格 retro 80s", W,
  ["landing page","astronaut","skateboarding","deep space","retro 80s"], []),
 ("planet 改成 pink", E, ["pink","astronaut","retro 80s"], ["neon 色"]),
 ("还原", U, ["neon","astronaut","deep space"], ["pink"]))
d("mixed",
 ("Studio shot of a matte black perfume bottle with a gold cap on a marble pedestal, soft pink backdrop, dramatic side light", W,
  ["matte black perfume bottle","gold cap","marble pedestal","soft pink backdrop","dramatic side light"], []),
 ("瓶盖换成银色", E, ["silver cap","matte black perfume bottle","marble pedestal"], ["gold cap","银色"]),
 ("背景换成浅蓝", E, ["light blue backdrop","silver cap","marble pedestal"], ["pink backdrop","浅蓝"]))
d("mixed",
 ("一张火锅店的海报：红油锅底冒着热气，周围摆满毛肚、虾滑和青菜，标题写“今晚吃火锅”", W, ["火锅店的海报","红油锅底","毛肚","虾滑","今晚吃火锅"], []),
 ("change the title to 一起涮", E, ["一起涮","红油锅底","虾滑"], ["今晚吃火锅"]),
 ("add some beer bottles", E, ["啤酒","红油锅底","一起涮"], ["beer"]))
d("mixed",
 ("给我 generate 一个 logo，一只 minimalist 的 fox head，orange 和 white，geometric lines", W, ["fox head","geometric lines","minimalist"], ["给我"]),
 ("fox 换成 owl", E, ["owl head","geometric lines","minimalist"], ["fox"]),
 ("颜色呢？换成 navy", A, None, None),
 ("orange 那个", E, ["navy","owl head","geometric lines"], ["orange"]))
d("mixed",
 ("Editorial interior photo of a Japandi kitchen with light oak cabinets, a concrete island, three paper pendant lamps and a bowl of lemons", W,
  ["japandi kitchen","light oak cabinets","concrete island","three paper pendant lamps","bowl of lemons"], []),
 ("这个风格和北欧风有什么区别？", C, None, None),
 ("柠檬去掉", E, ["light oak cabinets","concrete island","three paper pendant lamps"], ["lemons"]))
d("mixed",
 ("绘本插画：小女孩牵着一只巨大的白色狐狸走过秋天的森林，落叶满地，温暖的光", W, ["小女孩","巨大的白色狐狸","秋天的森林","落叶满地"], []),
 ("狐狸改成橙色", E, ["巨大的橙色狐狸","秋天的森林","小女孩"], ["白色狐狸"]),
 ("undo pls", U, ["巨大的白色狐狸","落叶满地","秋天的森林"], ["橙色狐狸"]))
d("mixed",
 ("一个 street style 的 photo，男生穿 oversized 黑色 hoodie 和 cargo pants，站在 graffiti wall 前面", W,
  ["street style","oversized","hoodie","cargo pants","graffiti wall"], []),
 ("hoodie 改白色", E, ["白色","hoodie","cargo pants","graffiti wall"], ["黑色"]),
 ("wall 上的字写 NO LIMITS", E, ["no limits","graffiti wall","cargo pants"], ["黑色"]))
d("mixed",
 ("Top-down flat lay of a picnic: a red gingham blanket, a wicker basket, strawberries, a baguette, and a bottle of rosé, sunny park grass", W,
  ["red gingham blanket","wicker basket","strawberries","a baguette","bottle of rosé"], []),
 ("把酒拿掉", E, ["red gingham blanket","wicker basket","strawberries"], ["rosé"]),
 ("算了还是放回去", U, ["bottle of rosé","wicker basket","red gingham blanket"], []))
d("mixed",
 ("建筑摄影：上海外滩的夜景，黄浦江上有游船，对岸的陆家嘴灯火通明，长曝光", W, ["外滩的夜景","黄浦江","游船","陆家嘴","长曝光"], []),
 ("love it, how long should the exposure be irl?", C, None, None),
 ("make it daytime", E, ["黄浦江","陆家嘴","游船"], ["夜景","daytime"]))
d("mixed",
 ("Poster for a tennis tournament: a player mid-serve on the left, a huge yellow tennis ball on the right, clay court orange background, bold sans-serif title 'SPRING OPEN'", W,
  ["player mid-serve","huge yellow tennis ball","clay court orange background","spring open"], []),
 ("球再小一点", E, ["yellow tennis ball","player mid-serve","spring open"], ["huge yellow"]),
 ("标题改成 SUMMER OPEN", E, ["summer open","yellow tennis ball","player mid-serve"], ["spring open"]))
d("mixed",
 ("帮我出一张 book cover，主题是 ocean，一条 blue whale 在 deep sea 里，上面有一艘小船", W, ["book cover","blue whale","deep sea","小船"], []),
 ("whale 改成 humpback... 不对，orca", E, ["orca","deep sea","小船"], ["blue whale","humpback"]))
d("mixed",
 ("Children's book spread: two kids building a sandcastle at the beach, a red bucket and a green shovel, seagulls, crayon texture", W,
  ["two kids","building a sandcastle","red bucket","green shovel","crayon texture"], []),
 ("把那个换成蓝色", A, None, None),
 ("桶", E, ["blue bucket","green shovel","building a sandcastle"], ["red bucket","蓝色"]))
d("mixed",
 ("游戏场景：废土风格的加油站，生锈的皮卡车，风沙，夕阳，远处有风力发电机", W, ["废土风格","加油站","生锈的皮卡车","夕阳","风力发电机"], []),
 ("lose the truck", E, ["废土风格","加油站","风力发电机"], ["皮卡车"]),
 ("now night, with neon sign on the gas station", E, ["霓虹","加油站","风力发电机"], ["夕阳","皮卡车","neon sign"]))
d("mixed",
 ("menu photo，一杯 iced matcha latte，透明杯，分层很明显，旁边有 a croissant，木桌，morning light", W,
  ["iced matcha latte","透明杯","分层很明显","croissant","morning light"], []),
 ("latte 换成 iced americano", E, ["iced americano","透明杯","croissant"], ["matcha latte"]),
 ("no wait 还是 matcha", U, ["iced matcha latte","透明杯","croissant"], ["americano"]))
d("mixed",
 ("Moodboard style photo of a hotel lobby: emerald green velvet sofas, brass floor lamps, a huge arched window, black and white checkered marble floor", W,
  ["emerald green velvet sofas","brass floor lamps","huge arched window","checkered marble floor"], []),
 ("沙发换成奶油色", E, ["cream velvet sofas","brass floor lamps","checkered marble floor"], ["emerald green velvet","奶油色"]),
 ("很好，就这样", C, None, None))


# Appended closing turns (chat/undo), keyed by id; undo lists are derived from the state two turns back.
EXTRA = {
 "en-003": ("ok that's the one. roughly what colour code are the mushrooms?", C),
 "en-004": ("nah boots don't work, undo", U),
 "en-005": ("love it 😍", C),
 "en-009": ("back", U),
 "en-012": ("does timber even make sense for a hillside house?", C),
 "en-013": ("thank you very much, is beautiful", C),
 "en-016": ("Wonderful, thank you so much.", C),
 "en-020": ("ctrl+z", U),
 "en-021": ("where is the castle exactly, north or south?", C),
 "en-022": ("no, the big moon was better. revert", U),
 "en-023": ("much better", C),
 "en-026": ("hmm red's too loud, take that back", U),
 "en-028": ("great, that's what I meant", C),
 "en-029": ("scratch the beach", U),
 "en-030": ("would vegan cheese look any different?", C),
 "en-032": ("perfect, sending to the client", C),
 "en-033": ("👍", C),
 "en-035": ("eh no, the car was fine before", U),
 "en-036": ("is this 16:9?", C),
 "zh-001": ("太可爱了", C),
 "zh-003": ("荧光绿太扎眼了，撤回", U),
 "zh-006": ("雪景好美，谢谢", C),
 "zh-010": ("还是大的好，退回上一步", U),
 "zh-011": ("这个配色适合做杯套吗", C),
 "zh-012": ("鸟瞰是不是看不清玻璃反光了？", C),
 "zh-013": ("蜡烛不要了，撤销", U),
 "zh-014": ("好看", C),
 "zh-016": ("这张可以用来印明信片吗", C),
 "zh-017": ("算了，上一步吧", U),
 "zh-020": ("白色更干净，就它了", C),
 "zh-023": ("粉色不行，恢复", U),
 "zh-025": ("完美", C),
 "zh-028": ("背景撤销一下", U),
 "zh-030": ("这是哪里的村子？", C),
 "zh-032": ("好，收工", C),
 "zh-035": ("撤回上一步", U),
 "zh-036": ("黄色的看起来像出租车哈哈", C),
 "mixed-001": ("so cute 好喜欢", C),
 "mixed-003": ("plant 还是留着吧，undo", U),
 "mixed-005": ("这个 backdrop 的颜色叫什么？", C),
 "mixed-006": ("啤酒不要了 undo", U),
 "mixed-008": ("looks great 谢谢", C),
 "mixed-010": ("nice, very 街头 vibe", C),
 "mixed-012": ("hmm 白天没感觉，还是 undo 吧", U),
 "mixed-013": ("perfect 就这个", C),
 "mixed-014": ("orca 好酷", C),
 "mixed-015": ("thx 就是这样", C),
 "mixed-016": ("霓虹有点俗 go back one step", U),
}

def build():
    counters = {}
    out = []
    for lang, turns in D:
        counters[lang] = counters.get(lang, 0) + 1
        did = "fresh26-designer-%s-%03d" % (lang, counters[lang])
        tl = []
        for msg, intent, mc, mn in turns:
            if mc is None:
                mc, mn = list(tl[-1]["must_contain"]), list(tl[-1]["must_not_contain"])
            tl.append({"message": msg, "intent": intent, "must_contain": mc, "must_not_contain": mn})
        key = did.split("designer-")[1]
        if key in EXTRA:
            msg, intent = EXTRA[key]
            if intent == U:
                rest, last = tl[-2], tl[-1]
                said = " ".join(t["message"].lower() for t in tl[:-1])
                # restored state: its phrases, plus what the undone edit removed (if typed before it)
                rl = [x.lower() for x in rest["must_contain"]]
                mc = list(rest["must_contain"]) + [p for p in last["must_not_contain"]
                      if p.lower() in said and p not in rest["must_not_contain"]
                      and not any(p.lower() in q for q in rl)]
                # gone again: phrases the undone edit introduced (not typed before it), plus what was already gone
                mn = [p for p in last["must_contain"] if p.lower() not in said
                      and not any(p.lower() in q or q in p.lower() for q in rl)] + \
                     [p for p in rest["must_not_contain"] if not any(p.lower() in q.lower() for q in mc)]
                mn = list(dict.fromkeys(mn))
            else:
                mc, mn = list(tl[-1]["must_contain"]), list(tl[-1]["must_not_contain"])
            tl.append({"message": msg, "intent": intent, "must_contain": mc, "must_not_contain": mn})
        out.append({"id": did, "lang": lang, "turns": tl})
    return out

if __name__ == "__main__":
    for o in build():
        sys.stdout.write(json.dumps(o, ensure_ascii=False) + "\n")
