import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "designer.jsonl")


def T(message, intent, mc=(), mnc=()):
    return {"message": message, "intent": intent, "must_contain": list(mc), "must_not_contain": list(mnc)}


def chat(message):
    return T(message, "chat")


EN = [
    [T("Could you please do a product shot of a sage green ceramic teapot on a walnut dining table, soft morning light from a window on the left, shallow depth of field",
       "draw", ["sage green ceramic teapot", "walnut dining table", "soft morning light"], ["could you please"]),
     T("make the teapot matte black", "edit", ["matte black ceramic teapot", "walnut dining table", "shallow depth of field"], ["sage green"]),
     T("add a small white porcelain cup next to it", "edit", ["small white porcelain cup", "matte black ceramic teapot"]),
     chat("perfect, thanks")],

    [T("A golden retriever puppy sleeping on a blue knitted blanket in front of a crackling fireplace, warm cozy living room, photorealistic, 35mm film look",
       "draw", ["golden retriever puppy", "blue knitted blanket", "crackling fireplace"]),
     T("make the blanket red", "edit", ["red knitted blanket", "golden retriever puppy", "crackling fireplace"], ["blue knitted blanket"]),
     T("put it back", "undo", ["blue knitted blanket", "golden retriever puppy"], ["red knitted blanket"])],

    [T("Wide landscape photo of an autumn forest with a winding dirt road, orange and yellow leaves, low morning fog between the trees, shot at golden hour",
       "draw", ["autumn forest", "winding dirt road", "low morning fog"]),
     T("make it winter instead", "edit", ["winter forest", "winding dirt road"], ["autumn forest"]),
     T("add a red pickup truck on the road", "edit", ["red pickup truck", "winter forest"])],

    [T("Minimalist concert poster with the text \"NIGHT SHIFT\" in bold white letters, a neon pink saxophone in the center, dark navy background, 1980s synthwave style",
       "draw", ["NIGHT SHIFT", "neon pink saxophone", "dark navy background"]),
     T("change the text to LATE SHIFT", "edit", ["LATE SHIFT", "neon pink saxophone"], ["NIGHT SHIFT"]),
     T("make the background deep purple", "edit", ["deep purple background", "LATE SHIFT"], ["dark navy background"])],

    [T("Scandinavian living room interior with a light grey linen sofa, an oak coffee table, a tall fiddle leaf fig in the corner, large windows, overcast daylight",
       "draw", ["light grey linen sofa", "oak coffee table", "fiddle leaf fig"]),
     T("remove the plant", "edit", ["light grey linen sofa", "oak coffee table"], ["fiddle leaf fig"]),
     T("swap the sofa for a mustard yellow velvet armchair", "edit", ["mustard yellow velvet armchair", "oak coffee table"], ["linen sofa"]),
     chat("nice")],

    [T("Overhead food photography of a bowl of tonkotsu ramen with a soft-boiled egg, sliced chashu pork and green onions, on a dark slate surface, chopsticks resting on the bowl",
       "draw", ["tonkotsu ramen", "soft-boiled egg", "dark slate surface"]),
     T("no chopsticks please", "edit", ["tonkotsu ramen", "dark slate surface"], ["chopsticks"]),
     chat("what lens would you shoot this with?")],

    [T("Character illustration of an elderly wizard with a long silver beard, wearing a midnight blue robe with embroidered stars, holding a glowing wooden staff, fantasy concept art",
       "draw", ["elderly wizard", "long silver beard", "midnight blue robe", "glowing wooden staff"]),
     T("make the robe emerald green", "edit", ["emerald green robe", "long silver beard"], ["midnight blue robe"]),
     T("give him a black cat on his shoulder", "edit", ["black cat", "emerald green robe"]),
     T("undo the cat", "undo", ["emerald green robe", "elderly wizard"], ["black cat"])],

    [T("A quiet harbor town at sunset, colorful wooden houses along the water, small fishing boats tied to the pier, seagulls overhead, oil painting style",
       "draw", ["quiet harbor town", "colorful wooden houses", "small fishing boats", "oil painting style"]),
     T("change it to night, with the windows lit", "edit", ["night", "colorful wooden houses", "small fishing boats"], ["sunset"]),
     chat("good")],

    [T("Studio product shot of a white leather sneaker floating against a pastel orange backdrop, soft shadows, crisp details on the stitching, commercial advertising photography",
       "draw", ["white leather sneaker", "pastel orange backdrop", "soft shadows"]),
     T("make the backdrop mint green", "edit", ["mint green backdrop", "white leather sneaker"], ["orange"]),
     T("and add a few water droplets on the shoe", "edit", ["water droplets", "white leather sneaker", "mint green backdrop"])],

    [T("hi! I'd love an illustration of a red fox curled up under a birch tree in a snowy meadow, flat vector style with a limited colour palette",
       "draw", ["red fox", "birch tree", "snowy meadow", "flat vector style"], ["I'd love"]),
     T("make the fox an arctic fox", "edit", ["arctic fox", "birch tree", "snowy meadow"], ["red fox"]),
     T("change the style to watercolor", "edit", ["watercolor", "arctic fox"], ["flat vector style"])],

    [T("Cozy corner café interior, exposed brick walls, a barista pouring latte art, warm Edison bulbs hanging from the ceiling, rainy street visible through the window",
       "draw", ["exposed brick walls", "barista pouring latte art", "warm Edison bulbs", "rainy street"]),
     T("make it sunny outside instead of rainy", "edit", ["sunny street", "exposed brick walls"], ["rainy"]),
     chat("thanks, that works"),
     T("actually go back to the rain", "edit", ["rainy street", "exposed brick walls"], ["sunny"])],

    [T("Cinematic shot of a vintage cherry red convertible parked on a coastal highway, palm trees, late afternoon sun, lens flare, shot on an anamorphic lens",
       "draw", ["vintage cherry red convertible", "coastal highway", "palm trees"]),
     T("make the car baby blue", "edit", ["baby blue convertible", "coastal highway"], ["cherry red"]),
     T("remove the palm trees", "edit", ["baby blue convertible", "coastal highway"], ["palm trees"])],

    [T("Book cover design for a mystery novel titled \"The Silent Orchard\", a lone apple tree under a full moon, muted teal and gold colours, elegant serif typography",
       "draw", ["The Silent Orchard", "lone apple tree", "full moon", "elegant serif typography"]),
     T("change the title to The Hollow Orchard", "edit", ["The Hollow Orchard", "lone apple tree"], ["The Silent Orchard"]),
     T("make the moon a crescent moon", "edit", ["crescent moon", "The Hollow Orchard"], ["full moon"])],

    [T("Portrait photo of a young woman with curly auburn hair wearing a mustard yellow turtleneck, sitting in a sunlit library, bokeh background, 85mm lens",
       "draw", ["curly auburn hair", "mustard yellow turtleneck", "sunlit library"]),
     T("make the turtleneck navy", "edit", ["navy turtleneck", "curly auburn hair"], ["mustard yellow"]),
     T("add round tortoiseshell glasses", "edit", ["round tortoiseshell glasses", "navy turtleneck"]),
     chat("love it!")],

    [T("isometric 3d render of a tiny floating island with a lighthouse, a small red-roofed cottage and a waterfall pouring off the edge, soft pastel colours",
       "draw", ["tiny floating island", "lighthouse", "small red-roofed cottage", "waterfall"]),
     T("no lighthouse", "edit", ["small red-roofed cottage", "waterfall"], ["lighthouse"]),
     T("bring it back", "undo", ["lighthouse", "small red-roofed cottage", "tiny floating island"])],

    [T("Close-up of a stack of fluffy buttermilk pancakes with fresh blueberries and maple syrup dripping down the sides, on a white ceramic plate, bright natural light",
       "draw", ["fluffy buttermilk pancakes", "fresh blueberries", "maple syrup", "white ceramic plate"]),
     T("swap the blueberries for strawberries", "edit", ["fresh strawberries", "fluffy buttermilk pancakes"], ["blueberries"]),
     T("make the plate black", "edit", ["black ceramic plate", "fresh strawberries"], ["white ceramic plate"])],

    [T("Concept art of a massive spaceship hangar with a sleek silver starfighter in the foreground, engineers in orange jumpsuits, volumetric light beams, hard science fiction",
       "draw", ["sleek silver starfighter", "orange jumpsuits", "volumetric light beams"]),
     T("the starfighter should be matte black", "edit", ["matte black starfighter", "orange jumpsuits"], ["silver starfighter"]),
     chat("what aspect ratio is best for this?")],

    [T("Japanese zen garden in spring, raked white gravel, moss-covered stones, a small red wooden bridge over a koi pond, cherry blossoms falling",
       "draw", ["raked white gravel", "moss-covered stones", "small red wooden bridge", "koi pond"]),
     T("make it autumn", "edit", ["autumn", "koi pond", "small red wooden bridge"], ["spring"]),
     T("and add a stone lantern next to the pond", "edit", ["stone lantern", "koi pond"])],

    [T("Retro travel poster for Lisbon with the words \"VISIT LISBON\" at the top, a yellow tram climbing a steep street, terracotta rooftops, bold flat colours",
       "draw", ["VISIT LISBON", "yellow tram", "terracotta rooftops"]),
     T("make the tram red", "edit", ["red tram", "terracotta rooftops", "VISIT LISBON"], ["yellow tram"]),
     chat("perfect")],

    [T("A fluffy grey Persian cat sitting on a velvet emerald cushion beside a rain-streaked window, moody afternoon light, painterly realism",
       "draw", ["fluffy grey Persian cat", "velvet emerald cushion", "rain-streaked window"]),
     T("make the cat white", "edit", ["fluffy white Persian cat", "velvet emerald cushion"], ["grey Persian cat"]),
     T("change the cushion to burgundy", "edit", ["velvet burgundy cushion", "fluffy white Persian cat"], ["emerald cushion"]),
     T("undo that", "undo", ["velvet emerald cushion", "fluffy white Persian cat"], ["burgundy"])],

    [T("Exterior photo of a modern concrete house on a cliff overlooking the ocean, floor-to-ceiling glass windows, infinity pool, dramatic stormy sky, architectural photography",
       "draw", ["modern concrete house", "floor-to-ceiling glass windows", "infinity pool", "dramatic stormy sky"]),
     T("replace the stormy sky with a clear blue sky", "edit", ["clear blue sky", "modern concrete house"], ["stormy"]),
     T("remove the pool", "edit", ["modern concrete house", "clear blue sky"], ["infinity pool"])],

    [T("Children's book illustration of a little girl in a yellow raincoat jumping into a puddle, a smiling frog watching from a lily pad, soft gouache textures",
       "draw", ["little girl", "yellow raincoat", "smiling frog", "soft gouache textures"]),
     T("make the raincoat red", "edit", ["red raincoat", "smiling frog"], ["yellow raincoat"]),
     chat("love this 😍"),
     T("add a rainbow in the sky", "edit", ["rainbow", "red raincoat", "smiling frog"])],

    [T("Luxury wristwatch with a rose gold case and a dark green dial, resting on black marble, dramatic side lighting, high-end jewelry advertisement",
       "draw", ["rose gold case", "dark green dial", "black marble"]),
     T("make the dial white", "edit", ["white dial", "rose gold case"], ["green dial"]),
     T("swap the marble for a piece of driftwood", "edit", ["driftwood", "rose gold case", "white dial"], ["black marble"])],

    [T("Panoramic view of snowy alpine peaks reflected in a still mountain lake, a small wooden cabin on the shore, pink sunrise clouds, ultra-detailed landscape photography",
       "draw", ["snowy alpine peaks", "still mountain lake", "small wooden cabin", "pink sunrise clouds"]),
     T("add a canoe on the lake", "edit", ["canoe", "small wooden cabin"]),
     T("make it sunset", "edit", ["sunset", "small wooden cabin", "canoe"], ["sunrise"])],

    [T("Cute cartoon robot with a round teal body and big glowing eyes, holding a bunch of balloons, standing in a busy city park, Pixar-like 3D style",
       "draw", ["cute cartoon robot", "round teal body", "big glowing eyes", "bunch of balloons"]),
     T("make its body orange", "edit", ["round orange body", "big glowing eyes"], ["teal"]),
     T("take away the balloons", "edit", ["round orange body", "cute cartoon robot"], ["balloons"]),
     chat("thanks!")],

    [T("Still life of white peonies in a blue glass vase on a linen tablecloth, a few fallen petals, soft window light, Dutch golden age painting style",
       "draw", ["white peonies", "blue glass vase", "linen tablecloth"]),
     T("change the peonies to sunflowers", "edit", ["sunflowers", "blue glass vase"], ["peonies"]),
     T("make the vase clear glass", "edit", ["clear glass vase", "sunflowers"], ["blue glass vase"])],

    [T("Flat logo design of a mountain goat head inside a circle, two colours only, forest green and cream, clean geometric lines, white background",
       "draw", ["mountain goat head", "forest green and cream", "clean geometric lines"]),
     T("use navy and cream instead", "edit", ["navy and cream", "mountain goat head"], ["forest green"]),
     chat("great, that's the one")],

    [T("Busy Tokyo street at night in the rain, neon signs reflecting on wet asphalt, people with transparent umbrellas, cinematic cyberpunk mood",
       "draw", ["Tokyo street", "neon signs", "transparent umbrellas"]),
     T("make it daytime, no rain", "edit", ["daytime", "Tokyo street"], ["at night", "in the rain"]),
     T("hmm, undo", "undo", ["at night", "in the rain", "neon signs"], ["daytime"])],

    [T("Elegant perfume bottle made of faceted amber glass with a gold cap, standing on a mirror surface surrounded by dried orange slices and cinnamon sticks",
       "draw", ["faceted amber glass", "gold cap", "dried orange slices", "cinnamon sticks"]),
     T("get rid of the cinnamon sticks", "edit", ["faceted amber glass", "dried orange slices"], ["cinnamon sticks"]),
     T("make the cap silver", "edit", ["silver cap", "faceted amber glass"], ["gold cap"])],

    [T("Anime-style illustration of a teenage boy with spiky black hair and a red scarf, riding a bicycle along a seaside road in summer, bright cel shading",
       "draw", ["spiky black hair", "red scarf", "seaside road", "bright cel shading"]),
     T("change summer to winter", "edit", ["winter", "red scarf", "seaside road"], ["summer"]),
     T("give him a green scarf instead", "edit", ["green scarf", "spiky black hair"], ["red scarf"])],

    [T("Rustic bakery display with golden croissants, a round sourdough loaf and cinnamon rolls on wooden shelves, chalkboard menu in the background, warm morning light",
       "draw", ["golden croissants", "round sourdough loaf", "cinnamon rolls", "chalkboard menu"]),
     T("remove the chalkboard", "edit", ["golden croissants", "round sourdough loaf"], ["chalkboard"]),
     T("add a glass jar of honey", "edit", ["glass jar of honey", "golden croissants"])],

    [T("Minimal bedroom with white walls, a low platform bed with beige linen sheets, a rattan pendant lamp, a single monstera plant, soft afternoon light",
       "draw", ["white walls", "low platform bed", "beige linen sheets", "rattan pendant lamp"]),
     T("make the walls sage green", "edit", ["sage green walls", "low platform bed"], ["white walls"]),
     chat("okay"),
     T("and switch the sheets to terracotta", "edit", ["terracotta linen sheets", "sage green walls"], ["beige linen sheets"])],

    [T("Wildlife photo of a snowy owl perched on a weathered fence post in a frosty field at dawn, telephoto lens, shallow depth of field",
       "draw", ["snowy owl", "weathered fence post", "frosty field", "at dawn"]),
     T("change the owl to a barn owl", "edit", ["barn owl", "weathered fence post"], ["snowy owl"]),
     T("make it dusk", "edit", ["at dusk", "barn owl"], ["at dawn"])],

    [T("Pixel art sprite sheet of a knight in silver armor with a blue cape, idle, walk and attack poses, transparent background, 16-bit style",
       "draw", ["knight in silver armor", "blue cape", "16-bit style"]),
     T("cape should be crimson", "edit", ["crimson cape", "knight in silver armor"], ["blue cape"]),
     T("undo", "undo", ["blue cape", "knight in silver armor"], ["crimson cape"])],

    [T("Moody bar photography of a smoked old fashioned cocktail in a crystal tumbler with a large ice cube and an orange peel, dark walnut bar counter, candlelight",
       "draw", ["smoked old fashioned cocktail", "crystal tumbler", "large ice cube", "dark walnut bar counter"]),
     T("swap the orange peel for a cherry", "edit", ["cherry", "crystal tumbler"], ["orange peel"]),
     chat("looks great, thank you")],

    [T("Please generate a wooden toy train with red, yellow and blue carriages on a circular track, on a fluffy white rug in a sunny nursery",
       "draw", ["wooden toy train", "circular track", "fluffy white rug", "sunny nursery"], ["please generate"]),
     T("make the rug grey", "edit", ["fluffy grey rug", "wooden toy train"], ["white rug"]),
     T("could you add a teddy bear next to the track", "edit", ["teddy bear", "wooden toy train", "fluffy grey rug"], ["could you"])],

    [T("Editorial fashion photo of a model in an oversized camel wool coat walking across a zebra crossing in Paris, overcast sky, muted tones, candid street style",
       "draw", ["oversized camel wool coat", "zebra crossing", "overcast sky"]),
     T("make the coat bright red", "edit", ["bright red wool coat", "zebra crossing"], ["camel"]),
     T("add a black leather handbag", "edit", ["black leather handbag", "bright red wool coat"])],
]

ZH = [
    [T("请帮我画一张产品图：一个白色陶瓷马克杯放在浅木色桌面上，旁边有一本打开的书，清晨的柔和阳光",
       "draw", ["白色陶瓷马克杯", "浅木色桌面", "打开的书"], ["请帮我"]),
     T("把马克杯改成黑色", "edit", ["黑色陶瓷马克杯", "浅木色桌面"], ["白色陶瓷马克杯"]),
     chat("不错")],

    [T("一只橘猫趴在窗台上晒太阳，窗外是下雪的城市街道，温暖的室内灯光，写实摄影风格",
       "draw", ["橘猫", "窗台", "下雪的城市街道", "写实摄影风格"]),
     T("换成一只黑猫", "edit", ["黑猫", "窗台", "下雪的城市街道"], ["橘猫"]),
     T("撤销", "undo", ["橘猫", "窗台"], ["黑猫"])],

    [T("秋天的江南水乡，白墙黑瓦的老房子，石拱桥下有一条乌篷船，水面倒影清晰，水彩画风格",
       "draw", ["秋天的江南水乡", "白墙黑瓦", "石拱桥", "乌篷船", "水彩画风格"]),
     T("把季节改成春天", "edit", ["春天的江南水乡", "石拱桥"], ["秋天"]),
     T("风格改成油画", "edit", ["油画", "春天的江南水乡"], ["水彩画"])],

    [T("一张中秋节海报，上方写着“月满人团圆”五个大字，中间是一轮金色的圆月，下面有兔子和桂花，国潮插画风格",
       "draw", ["月满人团圆", "金色的圆月", "兔子", "桂花", "国潮插画风格"]),
     T("把文字改成“花好月圆”", "edit", ["花好月圆", "金色的圆月"], ["月满人团圆"]),
     T("圆月改成银色的", "edit", ["银色的圆月", "花好月圆"], ["金色的圆月"])],

    [T("现代简约风格的客厅，一张深灰色的布艺沙发，一张圆形大理石茶几，墙上挂着一幅抽象画，落地窗外是城市夜景",
       "draw", ["深灰色的布艺沙发", "圆形大理石茶几", "抽象画", "城市夜景"]),
     T("沙发换成奶白色的", "edit", ["奶白色的布艺沙发", "圆形大理石茶几"], ["深灰色"]),
     T("把墙上的画去掉", "edit", ["奶白色的布艺沙发", "圆形大理石茶几"], ["抽象画"]),
     chat("好的，谢谢")],

    [T("俯拍一碗红油牛肉面，上面铺着大块牛肉和香菜，旁边放着一双竹筷子，深色木桌背景，美食摄影",
       "draw", ["红油牛肉面", "大块牛肉", "香菜", "深色木桌"]),
     T("不要香菜", "edit", ["红油牛肉面", "大块牛肉"], ["香菜"]),
     T("再加一杯冰镇酸梅汤", "edit", ["冰镇酸梅汤", "红油牛肉面"])],

    [T("一位身穿红色汉服的少女站在桃花林中，手里拿着一把油纸伞，微风吹起长发，唯美古风插画",
       "draw", ["红色汉服", "少女", "桃花林", "油纸伞", "古风插画"]),
     T("汉服改成淡蓝色", "edit", ["淡蓝色汉服", "桃花林"], ["红色汉服"]),
     T("把伞去掉吧", "edit", ["淡蓝色汉服", "桃花林"], ["油纸伞"]),
     T("还是把伞加回来", "undo", ["油纸伞", "淡蓝色汉服", "桃花林"])],

    [T("黄昏时分的草原，一群马在河边饮水，远处是连绵的雪山，天空布满晚霞，电影感宽幅构图",
       "draw", ["草原", "一群马", "连绵的雪山", "电影感宽幅构图"]),
     T("改成清晨", "edit", ["清晨", "一群马", "连绵的雪山"], ["黄昏"]),
     chat("很好")],

    [T("一瓶透明玻璃瓶装的柠檬气泡水，瓶身挂满水珠，背景是明亮的黄色，周围散落着柠檬片和冰块，广告摄影",
       "draw", ["柠檬气泡水", "透明玻璃瓶", "水珠", "柠檬片和冰块"]),
     T("背景换成薄荷绿", "edit", ["薄荷绿", "柠檬气泡水"], ["明亮的黄色"]),
     T("把冰块去掉", "edit", ["柠檬片", "柠檬气泡水"], ["冰块"])],

    [T("赛博朋克风格的重庆夜景，层层叠叠的高楼，霓虹灯招牌闪烁，轻轨从楼中穿过，雨后湿漉漉的街道",
       "draw", ["赛博朋克风格", "重庆夜景", "霓虹灯招牌", "轻轨"]),
     T("风格改成吉卜力动画风格", "edit", ["吉卜力动画风格", "重庆夜景", "轻轨"], ["赛博朋克"]),
     T("撤回", "undo", ["赛博朋克风格", "重庆夜景"], ["吉卜力"])],

    [T("一只柯基犬穿着黄色雨衣在公园的草地上奔跑，背景有模糊的树木，阳光明媚，高速快门抓拍",
       "draw", ["柯基犬", "黄色雨衣", "公园的草地", "高速快门抓拍"]),
     T("雨衣改成红色", "edit", ["红色雨衣", "柯基犬"], ["黄色雨衣"]),
     T("加一个飞盘", "edit", ["飞盘", "柯基犬", "红色雨衣"]),
     chat("太可爱了")],

    [T("为一家咖啡店设计标志：一个简洁的咖啡杯图形，杯口冒着热气，配色为深棕色和米色，扁平风格，白色背景",
       "draw", ["咖啡杯图形", "深棕色和米色", "扁平风格"]),
     T("配色改成墨绿色和米色", "edit", ["墨绿色和米色", "咖啡杯图形"], ["深棕色"]),
     chat("就用这个")],

    [T("一座建在悬崖边的现代玻璃别墅，外墙是白色混凝土，门前有一个无边泳池，远处是蔚蓝的大海，建筑摄影",
       "draw", ["现代玻璃别墅", "白色混凝土", "无边泳池", "蔚蓝的大海"]),
     T("把泳池去掉", "edit", ["现代玻璃别墅", "蔚蓝的大海"], ["无边泳池"]),
     T("时间改成夜晚，室内亮着灯", "edit", ["夜晚", "现代玻璃别墅", "白色混凝土"])],

    [T("一块奶油蛋糕放在白色瓷盘上，蛋糕顶部点缀着新鲜草莓和薄荷叶，背景是粉色的桌布，日系清新风格",
       "draw", ["奶油蛋糕", "白色瓷盘", "新鲜草莓", "薄荷叶", "粉色的桌布"]),
     T("把草莓换成蓝莓", "edit", ["新鲜蓝莓", "奶油蛋糕", "白色瓷盘"], ["草莓"]),
     T("桌布改成浅蓝色的", "edit", ["浅蓝色的桌布", "白色瓷盘"], ["粉色的桌布"])],

    [T("儿童绘本插画：一只小熊背着红色书包走在森林小路上，路边开满野花，远处有一座蘑菇形状的小房子，温暖的色调",
       "draw", ["小熊", "红色书包", "森林小路", "蘑菇形状的小房子"]),
     T("书包换成绿色", "edit", ["绿色书包", "小熊"], ["红色书包"]),
     chat("谢谢")],

    [T("一位戴着黑框眼镜的中年男士，穿着灰色西装，坐在老式书房的皮椅上，窗外光线柔和，伦勃朗式布光肖像",
       "draw", ["黑框眼镜", "中年男士", "灰色西装", "皮椅", "伦勃朗式布光"]),
     T("西装换成藏青色", "edit", ["藏青色西装", "黑框眼镜"], ["灰色西装"]),
     T("去掉眼镜", "edit", ["藏青色西装", "中年男士"], ["黑框眼镜"]),
     T("撤销刚才那一步", "undo", ["黑框眼镜", "藏青色西装"])],

    [T("冬天的北海道小镇，积雪覆盖的红色屋顶，街边亮着暖黄色的路灯，一列小火车缓缓驶过，日本动画风格",
       "draw", ["冬天的北海道小镇", "红色屋顶", "暖黄色的路灯", "小火车"]),
     T("改成夏天", "edit", ["夏天的北海道小镇", "小火车"], ["冬天"]),
     chat("好看")],

    [T("一枚镶嵌着蓝宝石的铂金戒指，放在黑色丝绒首饰盒里，微距镜头，聚光灯照明，奢华珠宝广告",
       "draw", ["蓝宝石", "铂金戒指", "黑色丝绒首饰盒", "微距镜头"]),
     T("把蓝宝石换成祖母绿", "edit", ["祖母绿", "铂金戒指"], ["蓝宝石"]),
     T("首饰盒改成酒红色", "edit", ["酒红色丝绒首饰盒", "祖母绿"], ["黑色丝绒首饰盒"])],

    [T("一名穿着白色宇航服的宇航员站在火星红色的沙丘上，远处有一个圆顶基地，天空中挂着两颗卫星，电影级科幻画面",
       "draw", ["白色宇航服", "宇航员", "红色的沙丘", "圆顶基地"]),
     T("宇航服改成橙色", "edit", ["橙色宇航服", "圆顶基地"], ["白色宇航服"]),
     T("加一辆火星车在宇航员旁边", "edit", ["火星车", "橙色宇航服"]),
     T("不要火星车了，撤销", "undo", ["橙色宇航服", "圆顶基地"], ["火星车"])],

    [T("麻烦生成一张茶室的照片：竹制茶席上摆着一套青瓷茶具，旁边有一枝插在陶罐里的梅花，窗外是竹林，禅意氛围",
       "draw", ["竹制茶席", "青瓷茶具", "陶罐", "梅花", "竹林"], ["麻烦生成"]),
     T("梅花换成兰花", "edit", ["兰花", "青瓷茶具"], ["梅花"]),
     T("茶具改成白瓷的", "edit", ["白瓷茶具", "兰花"], ["青瓷茶具"])],

    [T("夜市里的烤串摊，炭火冒着烟，摊主正在翻烤羊肉串，头顶挂着红灯笼，周围人来人往，纪实摄影风格",
       "draw", ["烤串摊", "炭火", "羊肉串", "红灯笼", "纪实摄影风格"]),
     T("把红灯笼换成霓虹灯牌", "edit", ["霓虹灯牌", "羊肉串"], ["红灯笼"]),
     chat("可以")],

    [T("一盆龟背竹放在白色的陶瓷花盆里，摆在浅灰色的墙角，旁边是一张藤编小凳，自然光，北欧家居摄影",
       "draw", ["龟背竹", "白色的陶瓷花盆", "浅灰色的墙角", "藤编小凳"]),
     T("花盆换成黑色的", "edit", ["黑色的陶瓷花盆", "龟背竹"], ["白色的陶瓷花盆"]),
     T("把凳子去掉", "edit", ["黑色的陶瓷花盆", "龟背竹"], ["藤编小凳"])],

    [T("游戏角色设计：一名精灵弓箭手，银白色长发，穿着墨绿色皮甲，背着一把雕花长弓，站在古老的森林里，正面全身像",
       "draw", ["精灵弓箭手", "银白色长发", "墨绿色皮甲", "雕花长弓"]),
     T("皮甲改成深红色", "edit", ["深红色皮甲", "银白色长发"], ["墨绿色皮甲"]),
     T("头发改成黑色", "edit", ["黑色长发", "深红色皮甲"], ["银白色长发"]),
     T("头发还是银白色好看，撤销", "undo", ["银白色长发", "深红色皮甲"], ["黑色长发"])],

    [T("夏日海滩，细白的沙滩上插着一把彩色条纹遮阳伞，旁边放着一双人字拖和一个冰镇西瓜，海水清澈见底",
       "draw", ["细白的沙滩", "彩色条纹遮阳伞", "人字拖", "冰镇西瓜"]),
     T("把西瓜换成椰子", "edit", ["椰子", "彩色条纹遮阳伞"], ["西瓜"]),
     T("改成日落时分", "edit", ["日落", "彩色条纹遮阳伞", "人字拖"])],

    [T("健身房开业海报，大标题“燃脂开启”，一个肌肉线条明显的运动员在举杠铃，背景是黑色和荧光绿撞色，动感强烈",
       "draw", ["燃脂开启", "举杠铃", "黑色和荧光绿"]),
     T("标题改成“马上行动”", "edit", ["马上行动", "举杠铃"], ["燃脂开启"]),
     T("荧光绿换成橙色", "edit", ["黑色和橙色", "马上行动"], ["荧光绿"])],

    [T("一辆银色的电动跑车停在沙漠公路上，车身反射着夕阳，远处有仙人掌和红色岩石，汽车广告大片质感",
       "draw", ["银色的电动跑车", "沙漠公路", "仙人掌", "红色岩石"]),
     T("车改成亮黄色", "edit", ["亮黄色的电动跑车", "沙漠公路"], ["银色的电动跑车"]),
     chat("好的")],

    [T("帮我画一个温馨的儿童房，浅粉色的墙面，一张白色小床，床上放着一只毛绒兔子，窗边挂着星星串灯",
       "draw", ["浅粉色的墙面", "白色小床", "毛绒兔子", "星星串灯"], ["帮我画"]),
     T("墙面改成浅蓝色", "edit", ["浅蓝色的墙面", "白色小床"], ["浅粉色"]),
     T("兔子换成小熊", "edit", ["毛绒小熊", "浅蓝色的墙面"], ["毛绒兔子"])],

    [T("一幅水墨山水画，远山层叠，山间云雾缭绕，一叶扁舟漂在江面上，船上坐着一位垂钓的老翁，留白构图",
       "draw", ["水墨山水画", "云雾缭绕", "一叶扁舟", "垂钓的老翁"]),
     T("加一行题字“江天一色”", "edit", ["江天一色", "水墨山水画"]),
     T("撤销", "undo", ["水墨山水画", "垂钓的老翁"], ["江天一色"])],

    [T("一只金毛小狗趴在壁炉前的蓝色毛毯上，炉火正旺，暖色调的客厅，写实摄影",
       "draw", ["金毛小狗", "壁炉", "蓝色毛毯", "暖色调的客厅"]),
     T("把毯子改成红色", "edit", ["红色毛毯", "金毛小狗"], ["蓝色毛毯"]),
     T("把背景换成夜晚", "edit", ["夜晚", "金毛小狗", "红色毛毯"]),
     chat("好的")],
]


def main():
    out = []
    for lang, ds in (("en", EN), ("zh", ZH)):
        for i, turns in enumerate(ds, 1):
            out.append({"id": "fresh4-designer-%s-%03d" % (lang, i), "lang": lang, "turns": turns})
    with open(OUT, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", len(out), "dialogues to", OUT)


if __name__ == "__main__":
    main()
