# Hand-written designer dialogues; this script only expands the compact tuples to JSONL.
# Turn: (message, intent, must_contain, must_not_contain)
import json
D = {"en": [], "zh": [], "mixed": []}
def d(lang, *turns): D[lang].append(turns)

# ---------------- English ----------------
d("en",
  ("Could you draw a matte black coffee bag with a kraft paper label, standing on a marble countertop, soft morning light from the left", "draw",
   ["matte black coffee bag", "kraft paper label", "marble countertop", "soft morning light"], ["could you draw"]),
  ("make the bag white", "edit", ["matte white coffee bag", "kraft paper label", "marble countertop"], ["matte black"]),
  ("swap the marble for a walnut wood countertop", "edit", ["walnut wood countertop", "matte white coffee bag", "soft morning light"], ["marble"]))
d("en",
  ("hero image for a meditation app: a lone figure sitting cross-legged on a cliff edge at sunrise, pastel pink and lavender sky, minimal flat illustration style", "draw",
   ["sitting cross-legged", "cliff edge at sunrise", "pastel pink and lavender sky", "flat illustration"], []),
  ("make it sunset instead", "edit", ["cliff edge at sunset", "pastel pink and lavender sky", "sitting cross-legged"], ["sunrise"]),
  ("undo", "undo", ["cliff edge at sunrise", "pastel pink and lavender sky"], ["sunset"]))
d("en",
  ("book cover for a fantasy novel: a red dragon coiled around a crumbling stone tower, stormy sky, leave title space at the top", "draw",
   ["red dragon", "crumbling stone tower", "stormy sky", "title space"], []),
  ("the dragon should be emerald green", "edit", ["emerald green dragon", "crumbling stone tower", "stormy sky"], ["red dragon"]),
  ("love it", "chat", ["emerald green dragon", "crumbling stone tower"], ["red dragon"]))
d("en",
  ("a bowl of tonkotsu ramen with a soft boiled egg, chashu pork and scallions, overhead shot, dark slate background", "draw",
   ["tonkotsu ramen", "soft boiled egg", "chashu pork", "dark slate background"], []),
  ("remove the scallions", "edit", ["soft boiled egg", "chashu pork", "dark slate background"], ["scallions"]),
  ("hmm actually could we get a 45 degree angle instead of overhead", "edit", ["45 degree angle", "tonkotsu ramen", "chashu pork"], ["overhead"]))
d("en",
  ("fashion lookbook photo, a tall model in an oversized camel wool coat and white sneakers walking down a rainy Paris street, 35mm film look", "draw",
   ["oversized camel wool coat", "white sneakers", "rainy Paris street", "35mm film"], []),
  ("coat in charcoal", "edit", ["oversized charcoal wool coat", "white sneakers", "rainy Paris street"], ["camel"]),
  ("and make the street dry, it's the spring collection", "edit", ["dry Paris street", "oversized charcoal wool coat", "35mm film"], ["rainy"]))
d("en",
  ("Scandinavian living room with a light grey sofa, oak coffee table, a monstera plant in the corner and large windows, afternoon sun", "draw",
   ["light grey sofa", "oak coffee table", "monstera plant", "large windows"], []),
  ("lose the plant", "edit", ["light grey sofa", "oak coffee table", "large windows"], ["monstera"]),
  ("hm no, put it back", "undo", ["monstera plant", "light grey sofa"], []))
d("en",
  ("game concept art of a floating island village with wooden windmills and rope bridges, waterfalls pouring off the edges, golden hour", "draw",
   ["floating island village", "wooden windmills", "rope bridges", "waterfalls"], []),
  ("remove the waterfalls", "edit", ["wooden windmills", "rope bridges", "golden hour"], ["waterfall"]),
  ("make it night", "edit", ["night", "wooden windmills", "floating island village"], ["golden hour"]))
d("en",
  ("children's book illustration: a small hedgehog wearing a yellow raincoat, carrying an umbrella through a puddle, watercolor", "draw",
   ["small hedgehog", "yellow raincoat", "umbrella", "watercolor"], []),
  ("the raincoat blue pls", "edit", ["blue raincoat", "small hedgehog", "watercolor"], ["yellow raincoat"]),
  ("what animal would you pair with him as a friend?", "chat", ["blue raincoat", "small hedgehog"], ["yellow raincoat"]))
d("en",
  ("billboard ad for a sparkling water brand: a frosted glass bottle with lime slices and ice splashing around it, bright turquoise background, product centered", "draw",
   ["frosted glass bottle", "lime slices", "bright turquoise background"], []),
  ("too busy. get rid of the ice", "edit", ["frosted glass bottle", "lime slices", "bright turquoise background"], ["and ice"]),
  ("background coral instead", "edit", ["bright coral background", "frosted glass bottle", "lime slices"], ["turquoise"]))
d("en",
  ("a minimalist logo of a fox head made of geometric triangles, orange on white", "draw",
   ["fox head", "geometric triangles", "orange on white"], []),
  ("make the fox an owl", "edit", ["owl head", "geometric triangles", "orange on white"], ["fox"]))
d("en",
  ("Product photo of a silver wristwatch on a black leather strap, lying on wet black sand, dramatic rim light, macro lens", "draw",
   ["silver wristwatch", "black leather strap", "wet black sand", "dramatic rim light"], []),
  ("strap brown", "edit", ["brown leather strap", "silver wristwatch", "wet black sand", "dramatic rim light"], ["black leather strap"]))
d("en",
  ("exterior render of a modern concrete house with floor-to-ceiling glass, an infinity pool in front, surrounded by pine forest, overcast sky", "draw",
   ["modern concrete house", "floor-to-ceiling glass", "infinity pool", "pine forest"], []),
  ("is the pool too big in this one?", "chat", ["modern concrete house", "infinity pool"], []),
  ("whatever, swap the concrete for white stucco", "edit", ["white stucco", "infinity pool", "pine forest", "overcast sky"], ["concrete"]))
d("en",
  ("poster, jazz festival, saxophone player silhouette agianst a big orange moon, deep navy sky, retro screenprint", "draw",
   ["saxophone player silhouette", "big orange moon", "deep navy sky", "retro screenprint"], []),
  ("moon yellow", "edit", ["big yellow moon", "saxophone player silhouette", "deep navy sky"], ["orange moon"]),
  ("navy -> black", "edit", ["deep black sky", "big yellow moon", "retro screenprint"], ["navy"]))
d("en",
  ("two cats on a windowsill, a ginger tabby and a black cat, rain on the glass, cozy lamp light", "draw",
   ["ginger tabby", "black cat", "rain on the glass", "cozy lamp light"], []),
  ("make the cat white", "ask", ["ginger tabby", "black cat"], []),
  ("the black one", "edit", ["white cat", "ginger tabby", "rain on the glass"], ["black cat"]))
d("en",
  ("luxury perfume ad: a faceted crystal bottle on a pedestal of black marble, gold accents, moody low-key lighting, a single red rose beside it", "draw",
   ["faceted crystal bottle", "black marble", "gold accents", "red rose"], []),
  ("The rose is a cliché. Replace it with a sprig of lavender.", "edit", ["sprig of lavender", "faceted crystal bottle", "black marble"], ["rose"]),
  ("Better. Pedestal in white marble.", "edit", ["white marble", "sprig of lavender", "gold accents"], ["black marble"]))
d("en",
  ("I want picture of one old man fishing on small boat in lake, morning fog, mountains behind, chinese ink painting style", "draw",
   ["old man fishing", "small boat", "morning fog", "ink painting"], ["i want picture"]),
  ("please change boat to bamboo raft", "edit", ["bamboo raft", "old man fishing", "morning fog"], ["boat"]))
d("en",
  ("a ceramic mug with a glossy teal glaze on a linen napkin, steam rising, cafe table by the window", "draw",
   ["ceramic mug", "glossy teal glaze", "linen napkin", "steam rising"], []),
  ("try mustard yellow glaze", "edit", ["glossy mustard yellow glaze", "linen napkin", "steam rising"], ["teal"]),
  ("no the first colour was better", "edit", ["glossy teal glaze", "linen napkin", "cafe table"], ["mustard"]))
d("en",
  ("a red fox in snow", "draw", ["red fox in snow"], []),
  ("make it night", "edit", ["red fox in snow", "night"], []),
  ("add a full moon", "edit", ["full moon", "red fox", "night"], []))
d("en",
  ("street photo of a tiny corner bakery with a hand-painted sign that says 'Rosie's Bread', striped awning, bicycles parked outside", "draw",
   ["tiny corner bakery", "hand-painted sign", "Rosie's Bread", "striped awning"], []),
  ("change the sign to say 'Crumb & Co'", "edit", ["Crumb & Co", "hand-painted sign", "striped awning", "bicycles parked outside"], ["Rosie's Bread"]))
d("en",
  ("watercolor map of an imaginary coastal town, pastel houses, a lighthouse on the cliff", "draw",
   ["watercolor map", "pastel houses", "lighthouse on the cliff"], []),
  ("new idea: a cyberpunk alley at night with neon signs and steam vents", "draw", ["cyberpunk alley", "neon signs", "steam vents"], ["lighthouse", "pastel houses"]),
  ("nah go back to the map", "undo", ["lighthouse on the cliff", "pastel houses"], ["cyberpunk"]))
d("en",
  ("draw a dinosaur eating ice cream on the moon!!!", "draw", ["dinosaur eating ice cream", "on the moon"], ["draw a"]),
  ("make the dinosaur PURPLE", "edit", ["purple dinosaur", "eating ice cream", "on the moon"], []),
  ("and give him a party hat", "edit", ["party hat", "purple dinosaur", "on the moon"], []))
d("en",
  ("portrait of a golden retriever wearing a knitted scarf, sitting in autumn leaves, shallow depth of field", "draw",
   ["golden retriever", "knitted scarf", "autumn leaves", "shallow depth of field"], []),
  ("swap the dog for a tabby cat", "edit", ["tabby cat", "knitted scarf", "autumn leaves"], ["golden retriever"]))
d("en",
  ("Hello! Please could you make an illustration of a cozy reading nook with a green velvet armchair, a stack of books and a brass floor lamp?", "draw",
   ["cozy reading nook", "green velvet armchair", "stack of books", "brass floor lamp"], ["please could you"]),
  ("Thank you, this is lovely.", "chat", ["green velvet armchair", "brass floor lamp"], []),
  ("Would you mind making the armchair mustard?", "edit", ["mustard velvet armchair", "stack of books", "brass floor lamp"], ["green velvet"]))
d("en",
  ("sneaker product shot, white leather high-tops with gum soles floating above a concrete floor, eye-level angle, studio lighting", "draw",
   ["white leather high-tops", "gum soles", "concrete floor", "eye-level angle"], []),
  ("low angle", "edit", ["low angle", "white leather high-tops", "gum soles"], ["eye-level"]))
d("en",
  ("flat lay of a breakfast spread: croissants, orange juice, berries in a ceramic bowl, white tablecloth", "draw",
   ["croissants", "orange juice", "berries in a ceramic bowl", "white tablecloth"], []),
  ("make it pop more", "ask", ["croissants", "white tablecloth"], []),
  ("ok just add a vase of tulips", "edit", ["vase of tulips", "croissants", "orange juice"], []))
d("en",
  ("isometric illustration of a small home office with a standing desk, dual monitors, a cat sleeping on the chair, and a window with a city view", "draw",
   ["standing desk", "dual monitors", "cat sleeping on the chair", "city view"], []),
  ("no cat", "edit", ["standing desk", "dual monitors", "city view"], ["cat sleeping"]),
  ("can you do dusk light?", "edit", ["dusk", "standing desk", "dual monitors"], []))
d("en",
  ("poster: a lone astronaut standing on the left, a giant ringed planet on the right, black starfield, bold sans-serif title at the bottom", "draw",
   ["astronaut standing on the left", "ringed planet on the right", "black starfield"], []),
  ("flip them, astronaut right and planet left", "edit", ["astronaut standing on the right", "ringed planet on the left", "black starfield"], ["astronaut standing on the left"]))
d("en",
  ("moody still life of pears and a pewter jug on a dark wooden table, Dutch Golden Age painting style", "draw",
   ["pears", "pewter jug", "dark wooden table", "dutch golden age"], []),
  ("add a lit candle", "edit", ["lit candle", "pewter jug", "dark wooden table"], []),
  ("undo", "undo", ["pewter jug", "dark wooden table"], ["candle"]))
d("en",
  ("iso room, gaming setup, rgb keyboard, purple neon", "draw", ["gaming setup", "rgb keyboard", "purple neon"], []),
  ("neon -> teal", "edit", ["teal neon", "rgb keyboard"], ["purple neon"]),
  ("+ plants", "edit", ["plants", "rgb keyboard", "teal neon"], []))
d("en",
  ("a vintage red convertible, sorry, a mint green convertible, parked by a beach diner, 1950s americana", "draw",
   ["mint green convertible", "beach diner", "1950s americana"], ["red convertible"]),
  ("put a surfboard in the back seat", "edit", ["surfboard", "mint green convertible", "beach diner"], []))
d("en",
  ("render of a pendant lamp with a hammered copper shade hanging over a kitchen island with a white quartz top", "draw",
   ["pendant lamp", "hammered copper shade", "kitchen island", "white quartz top"], []),
  ("shade in brushed brass", "edit", ["brass shade", "kitchen island", "white quartz top"], ["copper"]))
d("en",
  ("landing page hero: a friendly robot waving from behind a laptop, soft gradient background from peach to lilac, 3D clay style", "draw",
   ["friendly robot", "behind a laptop", "peach to lilac", "3d clay style"], []),
  ("what size would this be for a website banner?", "chat", ["friendly robot", "peach to lilac"], []),
  ("ok have the robot hold a coffee cup instead of waving", "edit", ["coffee cup", "friendly robot", "peach to lilac", "3d clay style"], ["waving"]))
d("en",
  ("Cover for a cookbook called 'Salt & Smoke': a cast iron skillet with seared steak and rosemary on a rough wooden board, coarse sea salt scattered, wisps of smoke, dark rustic background, warm side light, title in cream serif lettering at the top", "draw",
   ["Salt & Smoke", "cast iron skillet", "seared steak and rosemary", "coarse sea salt", "cream serif lettering"], []),
  ("replace the steak with grilled salmon", "edit", ["grilled salmon", "cast iron skillet", "rosemary", "wisps of smoke"], ["steak"]),
  ("title should read 'Fire & Fish' now", "edit", ["Fire & Fish", "grilled salmon", "cream serif lettering"], ["Salt & Smoke"]),
  ("the first title was better actually", "edit", ["Salt & Smoke", "grilled salmon", "cast iron skillet"], ["Fire & Fish"]))
d("en",
  ("sunflower field w a red barn far away, big fluffy clouds", "draw", ["sunflower field", "red barn", "fluffy clouds"], []),
  ("clouds stormy", "edit", ["stormy clouds", "sunflower field", "red barn"], ["fluffy"]))
d("en",
  ("bathroom interior with terrazzo floor, a freestanding white tub, brass fixtures and a big arched window", "draw",
   ["terrazzo floor", "freestanding white tub", "brass fixtures", "arched window"], []),
  ("black tub and chrome fixtures", "edit", ["freestanding black tub", "chrome fixtures", "terrazzo floor", "arched window"], ["white tub", "brass fixtures"]))
d("en",
  ("two drinks on a cafe table, a small espresso cup and a tall latte cup, morning sunlight", "draw",
   ["small espresso cup", "tall latte cup", "morning sunlight"], []),
  ("the cup looks weird, lose it", "ask", ["small espresso cup", "tall latte cup"], []),
  ("the espresso one", "edit", ["tall latte cup", "morning sunlight"], ["espresso"]))
d("en",
  ("a lighthouse on a rocky island, crashing waves, overcast, oil painting", "draw",
   ["lighthouse on a rocky island", "crashing waves", "oil painting"], []),
  ("perfect, now a version at night", "edit", ["lighthouse on a rocky island", "crashing waves", "night", "oil painting"], []))
d("en",
  ("flat lay for a summer lookbook: a straw bucket hat, white linen shirt, tortoiseshell sunglasses and leather sandals on pale sand", "draw",
   ["straw bucket hat", "white linen shirt", "tortoiseshell sunglasses", "leather sandals"], []),
  ("switch the sandals for espadrilles", "edit", ["espadrilles", "straw bucket hat", "white linen shirt", "pale sand"], ["sandals"]))
d("en",
  ("character concept: an elderly dwarf blacksmith with a braided white beard, leather apron, holding a glowing hammer, forge in the background", "draw",
   ["dwarf blacksmith", "braided white beard", "leather apron", "glowing hammer"], []),
  ("beard red", "edit", ["braided red beard", "leather apron", "glowing hammer"], ["white beard"]),
  ("and the hammer shouldn't glow", "edit", ["holding a hammer", "braided red beard", "leather apron"], ["glowing"]))
d("en",
  ("a bear and a rabbit having a picnic under an oak tree, checkered red blanket, storybook gouache", "draw",
   ["bear and a rabbit", "oak tree", "checkered red blanket", "gouache"], []),
  ("blanket blue", "edit", ["checkered blue blanket", "oak tree", "gouache"], ["red blanket"]),
  ("add a little bird on a branch", "edit", ["little bird", "checkered blue blanket", "oak tree"], []),
  ("undo", "undo", ["checkered blue blanket", "oak tree"], ["little bird"]))
d("en",
  ("macro shot of a dewdrop on a spider web at dawn, bokeh background", "draw", ["dewdrop", "spider web at dawn", "bokeh background"], []),
  ("wow how did it get the reflections so right", "chat", ["dewdrop", "spider web at dawn"], []))
d("en",
  ("minimal concert poster, a single electric guitar in neon pink on black, text 'NIGHT SHIFT' in big condensed type", "draw",
   ["electric guitar", "neon pink on black", "NIGHT SHIFT", "condensed type"], []),
  ("text should say DAY SHIFT", "edit", ["DAY SHIFT", "electric guitar", "neon pink"], ["NIGHT SHIFT"]),
  ("and black -> white then", "edit", ["neon pink on white", "DAY SHIFT", "electric guitar"], ["on black"]))
d("en",
  ("aerial view of a brutalist library on a hill, surrounded by autumn trees, late afternoon light", "draw",
   ["brutalist library", "on a hill", "autumn trees"], []),
  ("winter. snow everywhere", "edit", ["snow", "brutalist library", "on a hill"], ["autumn"]))
d("en",
  ("a bouquet of peonies and eucalyptus in a clear glass vase on a pink table", "draw",
   ["peonies and eucalyptus", "clear glass vase", "pink table"], []),
  ("make it pink", "ask", ["clear glass vase", "pink table"], []),
  ("the vase, sorry", "edit", ["pink glass vase", "peonies and eucalyptus", "pink table"], ["clear glass vase"]))
d("en",
  ("web banner for a bike shop: a commuter bike leaning on a brick wall, text 'Ride to work' in white, golden morning light", "draw",
   ["commuter bike", "brick wall", "Ride to work", "golden morning light"], []),
  ("drop the text", "edit", ["commuter bike", "brick wall", "golden morning light"], ["Ride to work"]))
d("en",
  ("a tiny paper boat floating in a puddle that reflects a city skyline", "draw", ["tiny paper boat", "puddle", "city skyline"], []),
  ("make the boat huge", "edit", ["huge paper boat", "puddle", "city skyline"], ["tiny paper boat"]))
d("en",
  ("menu photo: three tacos al pastor with pineapple and cilantro on a blue ceramic plate, lime wedges, bright daylight", "draw",
   ["tacos al pastor", "pineapple and cilantro", "blue ceramic plate", "lime wedges"], []),
  ("plate in terracotta", "edit", ["terracotta ceramic plate", "tacos al pastor", "lime wedges"], ["blue ceramic"]),
  ("cool thx", "chat", ["terracotta ceramic plate", "tacos al pastor"], ["blue ceramic"]))
d("en",
  ("a city bus stop in the rain, people with umbrellas, photorealistic", "draw", ["bus stop in the rain", "people with umbrellas", "photorealistic"], []),
  ("do it as pixel art instead", "edit", ["pixel art", "bus stop in the rain", "people with umbrellas"], ["photorealistic"]))
d("en",
  ("product render of wireless earbuds in a matte white case on a pastel blue pedestal, soft shadows", "draw",
   ["wireless earbuds", "matte white case", "pastel blue pedestal", "soft shadows"], []),
  ("case black", "edit", ["matte black case", "pastel blue pedestal"], ["matte white"]),
  ("pedestal pastel yellow", "edit", ["pastel yellow pedestal", "matte black case", "wireless earbuds"], ["pastel blue"]),
  ("undo", "undo", ["pastel blue pedestal", "matte black case"], ["pastel yellow"]))
d("en",
  ("a cozy cabin interior with a crackling fireplace, a sleeping dog on a rug, snow outside the window, warm amber light", "draw",
   ["cozy cabin interior", "crackling fireplace", "sleeping dog", "warm amber light"], []),
  ("the dog looks weird, lose it", "edit", ["crackling fireplace", "snow outside the window", "warm amber light"], ["dog"]))

# ---------------- Chinese (different subjects, not translations) ----------------
d("zh",
  ("请帮我画一个中秋月饼礼盒，深红色烫金盒面，上面是玉兔和桂花图案，旁边摆着一壶茶", "draw",
   ["中秋月饼礼盒", "深红色烫金盒面", "玉兔和桂花图案", "一壶茶"], ["请帮我画"]),
  ("盒面改成墨蓝色", "edit", ["墨蓝色烫金盒面", "玉兔和桂花图案", "一壶茶"], ["深红色"]),
  ("茶壶去掉吧", "edit", ["墨蓝色烫金盒面", "玉兔和桂花图案"], ["一壶茶"]))
d("zh",
  ("奶茶店新品海报，一杯芋泥波波奶茶，杯壁挂着紫色芋泥，背景是奶油黄，右上角写“秋天的第一杯”", "draw",
   ["芋泥波波奶茶", "紫色芋泥", "奶油黄", "秋天的第一杯"], []),
  ("文案换成“今天也要甜甜的”", "edit", ["今天也要甜甜的", "芋泥波波奶茶", "奶油黄"], ["秋天的第一杯"]),
  ("背景太淡了，换成橘红色", "edit", ["橘红色", "今天也要甜甜的", "芋泥波波奶茶"], ["奶油黄"]))
d("zh",
  ("国潮风插画，一只舞狮在霓虹灯下的老街跳跃，红金配色，剪纸质感", "draw",
   ["国潮风插画", "舞狮", "霓虹灯下的老街", "剪纸质感"], []),
  ("红金配色改成青绿配色", "edit", ["青绿配色", "舞狮", "剪纸质感"], ["红金配色"]))
d("zh",
  ("武侠游戏原画：竹林里一个白衣剑客，手持长剑，落叶纷飞，远处有薄雾", "draw",
   ["竹林", "白衣剑客", "手持长剑", "落叶纷飞"], []),
  ("剑客改成黑衣", "edit", ["黑衣剑客", "竹林", "手持长剑"], ["白衣"]),
  ("不对，撤销", "undo", ["白衣剑客", "竹林"], ["黑衣"]))
d("zh",
  ("大理民宿房间效果图，白墙，原木床架，床上铺扎染蓝的床品，落地窗外能看到洱海", "draw",
   ["原木床架", "扎染蓝的床品", "落地窗", "洱海"], []),
  ("床品换成米色亚麻的", "edit", ["米色亚麻", "原木床架", "洱海"], ["扎染蓝"]),
  ("嗯这个舒服", "chat", ["米色亚麻", "原木床架"], ["扎染蓝"]))
d("zh",
  ("汉服画册：一位姑娘穿着月白色齐胸襦裙，手执团扇，站在苏州园林的月洞门前", "draw",
   ["月白色齐胸襦裙", "手执团扇", "苏州园林", "月洞门"], []),
  ("团扇换成油纸伞", "edit", ["油纸伞", "月白色齐胸襦裙", "月洞门"], ["团扇"]))
d("zh",
  ("火锅店菜单封面，一口九宫格红汤锅，热气腾腾，周围摆着毛肚、鸭血、黄喉，深色背景", "draw",
   ["九宫格红汤锅", "热气腾腾", "毛肚", "深色背景"], []),
  ("改成鸳鸯锅", "edit", ["鸳鸯锅", "热气腾腾", "毛肚"], ["九宫格"]),
  ("鸭血去掉", "edit", ["鸳鸯锅", "毛肚", "黄喉"], ["鸭血"]))
d("zh",
  ("绘本：一只大熊猫在雪地里堆雪人，戴着红色毛线帽，彩铅风格", "draw",
   ["大熊猫", "堆雪人", "红色毛线帽", "彩铅风格"], []),
  ("帽子改成绿色", "edit", ["绿色毛线帽", "大熊猫", "彩铅风格"], ["红色毛线帽"]),
  ("这个颜色不太对", "ask", ["绿色毛线帽", "大熊猫"], []),
  ("算了，就这样吧，谢谢", "chat", ["绿色毛线帽", "大熊猫"], []))
d("zh",
  ("茶饮品牌logo，一片茶叶和一轮弯月组合，极简线条，墨绿色", "draw",
   ["一片茶叶", "一轮弯月", "极简线条", "墨绿色"], []),
  ("弯月换成山峰", "edit", ["山峰", "一片茶叶", "墨绿色"], ["弯月"]))
d("zh",
  ("婚纱摄影样片，新娘穿缎面鱼尾婚纱站在海边礁石上，逆光，黄昏，裙摆被风吹起", "draw",
   ["缎面鱼尾婚纱", "海边礁石", "逆光", "裙摆被风吹起"], []),
  ("换成清晨", "edit", ["清晨", "缎面鱼尾婚纱", "海边礁石"], ["黄昏"]))
d("zh",
  ("新中式客厅，胡桃木罗汉床，墙上挂一幅水墨荷花，地上是米色羊毛地毯，暖光", "draw",
   ["胡桃木罗汉床", "水墨荷花", "米色羊毛地毯", "暖光"], []),
  ("荷花画换成一幅山水", "edit", ["山水", "胡桃木罗汉床", "米色羊毛地毯"], ["荷花"]),
  ("再加一个青瓷花瓶", "edit", ["青瓷花瓶", "山水", "胡桃木罗汉床"], []))
d("zh",
  ("重庆洪崖洞夜景，灯火通明的吊脚楼，江面上有倒影，长曝光", "draw",
   ["洪崖洞夜景", "吊脚楼", "江面上有倒影", "长曝光"], []),
  ("改成白天", "edit", ["白天", "吊脚楼", "长曝光"], ["夜景"]))
d("zh",
  ("敦煌风插画，一位飞天仙女手持琵琶在云间飞舞，飘带是石青色的，壁画质感", "draw",
   ["飞天仙女", "手持琵琶", "石青色", "壁画质感"], []),
  ("飘带换成朱砂红", "edit", ["朱砂红", "飞天仙女", "手持琵琶"], ["石青色"]),
  ("琵琶换成箜篌", "edit", ["箜篌", "朱砂红", "壁画质感"], ["琵琶"]))
d("zh",
  ("电商主图：一个磨砂黑保温杯，立在灰色岩石上，旁边有几片松针，冷色调", "draw",
   ["磨砂黑保温杯", "灰色岩石", "松针", "冷色调"], []),
  ("杯子换成奶白色", "edit", ["奶白", "保温杯", "灰色岩石", "松针"], ["磨砂黑"]))
d("zh",
  ("悬疑小说封面，雨夜里一盏昏黄的路灯，路灯下站着一个撑黑伞的背影，书名留白在上方", "draw",
   ["雨夜", "昏黄的路灯", "撑黑伞的背影", "书名留白"], []),
  ("伞换成红色的", "edit", ["红伞", "雨夜", "昏黄的路灯"], ["黑伞"]),
  ("还是黑伞吧，红的太跳了", "edit", ["撑黑伞的背影", "雨夜"], ["红伞"]))
d("zh",
  ("宠物零食广告，一只柯基蹲坐着盯着一块鸡肉干，口水快流下来了，背景浅蓝色", "draw",
   ["柯基", "鸡肉干", "背景浅蓝色"], []),
  ("柯基换成哈士奇", "edit", ["哈士奇", "鸡肉干", "背景浅蓝色"], ["柯基"]))
d("zh",
  ("江南水乡，白墙黑瓦，小桥流水，一条乌篷船划过，春天，柳树发芽", "draw",
   ["白墙黑瓦", "小桥流水", "乌篷船", "柳树发芽"], []),
  ("改成下雪的冬天", "edit", ["冬天", "白墙黑瓦", "乌篷船"], ["春天"]),
  ("撤回", "undo", ["春天", "乌篷船", "小桥流水"], ["冬天"]))
d("zh",
  ("春节海报，一只胖乎乎的金色小龙抱着大红灯笼，背景是烟花，喜庆", "draw",
   ["金色小龙", "大红灯笼", "烟花", "喜庆"], []),
  ("灯笼换成福袋", "edit", ["福袋", "金色小龙", "烟花"], ["灯笼"]),
  ("好的，就这版", "chat", ["福袋", "金色小龙"], ["灯笼"]))
d("zh",
  ("咖啡外带杯包装设计，牛皮纸杯身，印着一只简笔画的刺猬，杯套是橄榄绿", "draw",
   ["牛皮纸杯身", "简笔画的刺猬", "橄榄绿"], []),
  ("刺猬换成松鼠", "edit", ["简笔画的松鼠", "牛皮纸杯身", "橄榄绿"], ["刺猬"]))
d("zh",
  ("手机壳图案设计，透明壳上散落着小雏菊和蝴蝶，清新风", "draw", ["透明壳", "小雏菊和蝴蝶", "清新风"], []),
  ("蝴蝶不要", "edit", ["小雏菊", "透明壳", "清新风"], ["蝴蝶"]))
d("zh",
  ("儿童房效果图，淡黄色墙面，云朵形状的书架，一张小木床，地上铺着彩虹地毯", "draw",
   ["淡黄色墙面", "云朵形状的书架", "小木床", "彩虹地毯"], []),
  ("墙面改成薄荷绿", "edit", ["薄荷绿", "云朵形状的书架", "彩虹地毯"], ["淡黄色"]))
d("zh",
  ("露营场景，草地上一顶米色帐篷，前面摆着折叠桌和马灯，远处是雪山，星空", "draw",
   ["米色帐篷", "折叠桌", "马灯", "雪山"], []),
  ("那个东西去掉", "ask", ["米色帐篷", "马灯"], []),
  ("马灯", "edit", ["米色帐篷", "折叠桌", "雪山"], ["马灯"]))
d("zh",
  ("机甲概念设计，一台橙白配色的重型机甲单膝跪地，背后是废墟城市，工业风", "draw",
   ["橙白配色", "重型机甲", "单膝跪地", "废墟城市"], []),
  ("配色换成黑金", "edit", ["黑金配色", "重型机甲", "废墟城市"], ["橙白"]),
  ("让它站起来", "edit", ["重型机甲", "黑金配色", "废墟城市"], ["单膝跪地"]))
d("zh",
  ("花店门头照片，木质招牌写着“小满花事”，门口堆满绣球和洋桔梗", "draw",
   ["木质招牌", "小满花事", "绣球和洋桔梗"], []),
  ("招牌文字改成“半日闲”", "edit", ["半日闲", "木质招牌", "绣球和洋桔梗"], ["小满花事"]))
d("zh",
  ("香薰蜡烛产品图，琥珀色玻璃罐，烛火微微摇曳，旁边放着干橙片和肉桂棒，米白背景", "draw",
   ["琥珀色玻璃罐", "干橙片和肉桂棒", "米白背景"], []),
  ("玻璃罐换成哑光黑陶罐", "edit", ["哑光黑陶罐", "干橙片和肉桂棒", "米白背景"], ["琥珀色玻璃罐"]),
  ("撤销", "undo", ["琥珀色玻璃罐", "干橙片和肉桂棒"], ["黑陶罐"]))
d("zh",
  ("白酒包装，白瓷瓶身，瓶上是青花山水，配红色丝带封口", "draw", ["白瓷瓶身", "青花山水", "红色丝带"], []),
  ("丝带改成金色", "edit", ["金色丝带", "白瓷瓶身", "青花山水"], ["红色丝带"]))
d("zh",
  ("滑雪场海报，一个滑雪者从雪坡上飞跃而下，溅起雪雾，天空湛蓝，扁平插画", "draw",
   ["滑雪者", "溅起雪雾", "天空湛蓝", "扁平插画"], []),
  ("换成单板滑雪者", "edit", ["单板滑雪者", "溅起雪雾", "天空湛蓝"], []),
  ("天空改成黄昏的粉紫色", "edit", ["粉紫色", "单板滑雪者", "扁平插画"], ["湛蓝"]))
d("zh",
  ("故宫雪景，红墙金瓦上积着白雪，一只黑猫蹲在墙头", "draw", ["故宫雪景", "红墙金瓦", "黑猫蹲在墙头"], []),
  ("黑猫换成橘猫", "edit", ["橘猫蹲在墙头", "红墙金瓦"], ["黑猫"]))
d("zh",
  ("猫咖室内，很多猫爬架，落地窗，几只猫在晒太阳，日系清新", "draw", ["猫咖", "猫爬架", "落地窗", "晒太阳"], []),
  ("这几只猫是什么品种？", "chat", ["猫爬架", "落地窗"], []))
d("zh",
  ("烘焙店菜单，一块切开的草莓奶油蛋糕，草莓很多，白色餐盘，俯拍", "draw",
   ["草莓奶油蛋糕", "白色餐盘", "俯拍"], []),
  ("草莓换成芒果", "edit", ["芒果奶油蛋糕", "白色餐盘", "俯拍"], ["草莓"]))
d("zh",
  ("中秋插画，一家人在院子里赏月，石桌上摆着月饼和柚子，桂花树，暖黄色调", "draw",
   ["院子里赏月", "月饼和柚子", "桂花树", "暖黄色调"], []),
  ("柚子换成石榴", "edit", ["月饼和石榴", "桂花树", "暖黄色调"], ["柚子"]),
  ("加一只兔子灯笼", "edit", ["兔子灯笼", "月饼和石榴", "桂花树"], []))
d("zh",
  ("口红电商图，三支口红并排，膏体是豆沙色、正红色和枫叶棕，放在大理石台上", "draw",
   ["三支口红", "豆沙色", "正红色", "枫叶棕"], []),
  ("正红色换成番茄红", "edit", ["番茄红", "豆沙色", "枫叶棕"], ["正红色"]))
d("zh",
  ("汽车广告：一辆银色SUV行驶在沙漠公路上，扬起尘土，夕阳", "draw", ["银色SUV", "沙漠公路", "扬起尘土", "夕阳"], []),
  ("车身改成哑光军绿", "edit", ["哑光军绿", "沙漠公路", "扬起尘土"], ["银色"]),
  ("不太好看，返回上一步", "undo", ["银色SUV", "沙漠公路"], ["军绿"]))
d("zh",
  ("高校图书馆阅览室，挑高的书墙，长木桌，绿色台灯，有几个学生在看书", "draw",
   ["挑高的书墙", "长木桌", "绿色台灯"], []),
  ("台灯换成黄铜的", "edit", ["黄铜台灯", "挑高的书墙", "长木桌"], ["绿色台灯"]))
d("zh",
  ("少女漫画风，樱花树下一个穿水手服的女孩回头微笑，花瓣飘落", "draw", ["樱花树下", "水手服", "回头微笑", "花瓣飘落"], []),
  ("水手服换成毛衣", "edit", ["毛衣", "樱花树下", "回头微笑"], ["水手服"]),
  ("这个风格好看", "chat", ["毛衣", "樱花树下"], ["水手服"]))
d("zh",
  ("科普插画：霸王龙和三角龙在蕨类森林里对峙，火山在远处冒烟", "draw", ["霸王龙和三角龙", "蕨类森林", "火山"], []),
  ("火山不要了", "edit", ["霸王龙和三角龙", "蕨类森林"], ["火山"]))
d("zh",
  ("运动品牌广告，一个女跑者在城市天桥上冲刺，穿荧光绿跑鞋，动态模糊", "draw",
   ["女跑者", "城市天桥", "荧光绿跑鞋", "动态模糊"], []),
  ("跑鞋改成白色", "edit", ["白色跑鞋", "女跑者", "城市天桥"], ["荧光绿"]))
d("zh",
  ("日料菜单，一盘三文鱼寿司拼盘，黑色石板上，旁边有一小撮芥末和姜片", "draw",
   ["三文鱼寿司拼盘", "黑色石板", "芥末和姜片"], []),
  ("三文鱼换成金枪鱼", "edit", ["金枪鱼寿司拼盘", "黑色石板"], ["三文鱼"]),
  ("石板换成木托盘", "edit", ["木托盘", "金枪鱼寿司拼盘", "芥末和姜片"], ["石板"]))
d("zh",
  ("夜宵海报 麻辣小龙虾 一大盆 红油 啤酒 霓虹字“今晚不减肥”", "draw", ["麻辣小龙虾", "啤酒", "今晚不减肥"], []),
  ("字改成“吃饱再说”", "edit", ["吃饱再说", "麻辣小龙虾", "啤酒"], ["今晚不减肥"]))
d("zh",
  ("一只穿宇航服的小熊猫漂浮在太空里，怀里抱着一根竹子，背后是地球", "draw", ["宇航服", "小熊猫", "一根竹子", "地球"], []),
  ("背后换成月球", "edit", ["月球", "小熊猫", "一根竹子"], ["地球"]))
d("zh",
  ("齐白石风格的水墨虾，三只虾，留白很多，落款印章", "draw", ["水墨虾", "三只虾", "留白", "落款印章"], []),
  ("改成五只", "edit", ["五只虾", "水墨虾", "落款印章"], ["三只虾"]))
d("zh",
  ("苗族刺绣纹样，靛蓝底布上用彩色丝线绣着蝴蝶和鱼，细节丰富", "draw", ["苗族刺绣", "靛蓝底布", "蝴蝶和鱼"], []),
  ("底布换成黑色", "edit", ["黑色底布", "苗族刺绣", "蝴蝶和鱼"], ["靛蓝"]))
d("zh",
  ("老上海月份牌风格海报，一位烫卷发的旗袍女子倚着留声机，手里拿着香烟", "draw",
   ["月份牌风格", "旗袍女子", "留声机"], []),
  ("香烟去掉，换成一把折扇", "edit", ["折扇", "旗袍女子", "留声机"], ["香烟"]))
d("zh",
  ("健身App启动页，一个人在晨光中做瑜伽，剪影，渐变橙色背景", "draw", ["晨光", "做瑜伽", "剪影", "渐变橙色背景"], []),
  ("瑜伽换成跳绳", "edit", ["跳绳", "剪影", "渐变橙色背景"], ["瑜伽"]),
  ("背景换紫色渐变", "edit", ["紫色", "跳绳", "剪影"], ["橙色"]))
d("zh",
  ("帮我把我家狗画成油画肖像，是一只白色的比熊，戴着蓝色领结，坐在丝绒椅子上", "draw",
   ["油画肖像", "白色的比熊", "蓝色领结", "丝绒椅子"], ["帮我把"]),
  ("领结改成红色格子的", "edit", ["红色格子", "白色的比熊", "丝绒椅子"], ["蓝色领结"]))
d("zh",
  ("潮玩盲盒设计，一个戴恐龙头套的小孩，手里拿着气球，糖果色，3D渲染", "draw",
   ["恐龙头套", "拿着气球", "糖果色", "3D渲染"], []),
  ("气球换成棒棒糖", "edit", ["棒棒糖", "恐龙头套", "糖果色"], ["气球"]),
  ("还是气球好", "edit", ["气球", "恐龙头套", "3D渲染"], ["棒棒糖"]))
d("zh",
  ("福建山间茶园，层层梯田，采茶女戴着斗笠，清晨雾气", "draw", ["山间茶园", "层层梯田", "戴着斗笠", "清晨雾气"], []),
  ("雾去掉，改成晴天", "edit", ["晴天", "层层梯田", "戴着斗笠"], ["雾气"]))
d("zh",
  ("面馆招牌设计，黑底白字“老王牛肉面”，旁边画一碗冒热气的面", "draw", ["黑底白字", "老王牛肉面", "冒热气的面"], []),
  ("改一下，招牌要红底金字", "edit", ["红底金字", "老王牛肉面", "冒热气的面"], ["黑底白字"]))
d("zh",
  ("极光下的冰岛黑沙滩，一块块浮冰，绿色极光，长曝光", "draw", ["黑沙滩", "浮冰", "绿色极光", "长曝光"], []),
  ("极光改成紫色", "edit", ["紫色极光", "黑沙滩", "浮冰"], ["绿色极光"]),
  ("撤销", "undo", ["绿色极光", "黑沙滩"], ["紫色极光"]))
d("zh",
  ("书店咖啡角，深绿色墙面，复古皮沙发，书架上满满的书，下午的阳光斜射进来", "draw",
   ["深绿色墙面", "复古皮沙发", "下午的阳光"], []),
  ("感觉哪里怪怪的，说不上来", "ask", ["深绿色墙面", "复古皮沙发"], []),
  ("墙面换酒红", "edit", ["酒红", "复古皮沙发", "下午的阳光"], ["深绿色"]))

# ---------------- Mixed (中英混写) ----------------
d("mixed",
  ("帮我画一个 frosted glass 的 serum bottle，放在 white marble 上，soft daylight，极简", "draw",
   ["serum bottle", "white marble", "soft daylight"], ["帮我画"]),
  ("marble 换成 travertine", "edit", ["travertine", "serum bottle", "soft daylight"], ["marble"]))
d("mixed",
  ("App onboarding 插画，一个女孩坐在 giant coffee cup 里看书，pastel 配色，flat style", "draw",
   ["giant coffee cup", "pastel", "flat style"], []),
  ("把 coffee cup 换成 teacup", "edit", ["teacup", "pastel", "flat style"], ["coffee cup"]),
  ("ok nice 就这个", "chat", ["teacup", "flat style"], ["coffee cup"]))
d("mixed",
  ("a cozy ramen shop at night, 门口挂着红灯笼, rain on the street, anime style", "draw",
   ["cozy ramen shop", "红灯笼", "rain on the street", "anime style"], []),
  ("灯笼改成 blue", "edit", ["灯笼", "cozy ramen shop", "rain on the street"], ["红灯笼"]))
d("mixed",
  ("book cover: 一只 white crane 飞过 misty mountains, 水墨风, title 在 bottom", "draw",
   ["white crane", "misty mountains", "水墨风"], []),
  ("crane 改成两只", "edit", ["两只", "white crane", "misty mountains"], ["一只"]),
  ("undo 吧 一只更好", "undo", ["white crane", "misty mountains", "水墨风"], ["两只"]))
d("mixed",
  ("产品图 wireless headphones, 颜色 sage green, 放在 concrete block 上, hard shadow", "draw",
   ["wireless headphones", "sage green", "concrete block", "hard shadow"], []),
  ("颜色换 cream", "edit", ["cream", "wireless headphones", "concrete block"], ["sage green"]))
d("mixed",
  ("interior: japandi bedroom, 低矮的 platform bed, linen bedding, 一盏 paper lantern", "draw",
   ["japandi bedroom", "platform bed", "linen bedding", "paper lantern"], []),
  ("lantern 去掉", "edit", ["japandi bedroom", "platform bed", "linen bedding"], ["lantern"]),
  ("加一个 bonsai 在窗边", "edit", ["bonsai", "platform bed", "linen bedding"], []))
d("mixed",
  ("game concept art, 一个 samurai cat 穿 red armor, 站在樱花树下, dramatic lighting", "draw",
   ["samurai cat", "red armor", "dramatic lighting"], []),
  ("armor 改 black 吧", "edit", ["black armor", "samurai cat", "dramatic lighting"], ["red armor"]))
d("mixed",
  ("菜单 photo: avocado toast with poached egg, 撒 chili flakes, 木板上, morning light", "draw",
   ["avocado toast", "poached egg", "chili flakes", "morning light"], []),
  ("egg 不要了", "edit", ["avocado toast", "chili flakes", "morning light"], ["poached egg"]),
  ("这个光是 natural light 吗?", "chat", ["avocado toast", "chili flakes"], ["poached egg"]))
d("mixed",
  ("logo 设计: a hummingbird made of 渐变 lines, purple to teal, 白底", "draw", ["hummingbird", "purple to teal"], []),
  ("purple to teal 改成 orange to pink", "edit", ["orange to pink", "hummingbird"], ["purple to teal"]))
d("mixed",
  ("fashion shot, model 穿一件 oversized denim jacket, 背景是 graffiti wall, street style", "draw",
   ["oversized denim jacket", "graffiti wall", "street style"], []),
  ("jacket 改成 leather 的", "edit", ["oversized leather jacket", "graffiti wall", "street style"], ["denim"]))
d("mixed",
  ("poster with the words 'SUMMER SALE', a striped beach ball and heart-shaped sunglasses on a bright yellow background", "draw",
   ["SUMMER SALE", "striped beach ball", "heart-shaped sunglasses", "bright yellow background"], []),
  ("把背景换成薄荷绿", "edit", ["mint green background", "SUMMER SALE", "striped beach ball"], ["yellow"]),
  ("文字换成 'LAST CHANCE'", "edit", ["LAST CHANCE", "striped beach ball", "mint green background"], ["SUMMER SALE"]))
d("mixed",
  ("a corgi astronaut 在月球上插一面 blue flag, 3D cartoon, 背景 earth rising", "draw",
   ["corgi astronaut", "blue flag", "3D cartoon", "earth rising"], []),
  ("那个颜色换一下", "ask", ["corgi astronaut", "earth rising"], []),
  ("flag 换成 red", "edit", ["red flag", "corgi astronaut", "3D cartoon"], ["blue flag"]))
d("mixed",
  ("建筑 render: a glass tea house 在湖中间, 木头 deck 连接岸边, foggy morning", "draw",
   ["glass tea house", "deck", "foggy morning"], []),
  ("改成 sunny afternoon", "edit", ["sunny afternoon", "glass tea house", "deck"], ["foggy morning"]))
d("mixed",
  ("儿童绘本 style: a little fox 在 autumn forest 捡蘑菇, warm colors", "draw",
   ["little fox", "autumn forest", "捡蘑菇", "warm colors"], []),
  ("fox 换成 raccoon", "edit", ["little raccoon", "autumn forest", "warm colors"], ["fox"]),
  ("undo", "undo", ["little fox", "autumn forest"], ["raccoon"]))
d("mixed",
  ("packaging: 巧克力 bar 包装, dark brown wrapper, gold foil 字写 'Noir 72%'", "draw",
   ["dark brown wrapper", "gold foil", "Noir 72%"], []),
  ("72 改成 85", "edit", ["Noir 85%", "dark brown wrapper", "gold foil"], ["72%"]))
d("mixed",
  ("hero banner for a travel app: a red hot air balloon drifting over Cappadocia at sunrise, many balloons in the distance", "draw",
   ["red hot air balloon", "Cappadocia at sunrise", "balloons in the distance"], []),
  ("改成日落", "edit", ["sunset", "red hot air balloon", "balloons in the distance"], ["sunrise"]),
  ("热气球换成黄色", "edit", ["yellow hot air balloon", "sunset", "Cappadocia"], ["red hot air balloon"]))
d("mixed",
  ("photography brief: a bottle of olive oil with rosemary and garlic on rustic linen, hard side light", "draw",
   ["bottle of olive oil", "rosemary", "garlic", "rustic linen"], []),
  ("把大蒜去掉，加几颗樱桃番茄", "edit", ["cherry tomatoes", "bottle of olive oil", "rustic linen"], ["garlic"]))
d("mixed",
  ("画一个 cyberpunk 风的 street food stall, neon sign 写 '深夜食堂', 下雨", "draw",
   ["street food stall", "neon sign", "深夜食堂"], ["画一个"]),
  ("sign 上改写 'Midnight Noodles'", "edit", ["Midnight Noodles", "street food stall", "neon sign"], ["深夜食堂"]))
d("mixed",
  ("a minimalist living room, 一张 cognac leather sofa, white walls, 一幅 abstract painting", "draw",
   ["cognac leather sofa", "white walls", "abstract painting"], []),
  ("sofa 换成 boucle 的 cream color", "edit", ["cream boucle sofa", "white walls", "abstract painting"], ["cognac leather"]),
  ("emm 还是 leather 好", "edit", ["cognac leather sofa", "white walls"], ["boucle"]))
d("mixed",
  ("ad: 一双 running shoes splash 进 water, high speed photo, blue gradient 背景", "draw",
   ["running shoes", "high speed photo", "blue gradient"], []),
  ("这个 shoes 是什么牌子?", "chat", ["running shoes", "high speed photo"], []),
  ("背景换 black", "edit", ["black gradient", "running shoes", "high speed photo"], ["blue gradient"]))


# Follow-up turns added by hand (appended). "=" for chat/ask keeps the previous turn's phrases.
S = "="
X = {
 ("en", 1): [("is that bag recyclable looking enough? lol", "chat", S)],
 ("en", 2): [("ok that's the one, thanks", "chat", S)],
 ("en", 3): [("what font would go with this?", "chat", S)],
 ("en", 4): [("undo", "undo", (["overhead shot", "soft boiled egg", "chashu pork"], ["45 degree", "scallions"]))],
 ("en", 5): [("make it moodier", "ask", S)],
 ("en", 6): [("why is the sofa a bit blue-ish?", "chat", S)],
 ("en", 7): [("go back", "undo", (["golden hour", "wooden windmills", "rope bridges"], ["waterfall"]))],
 ("en", 8): [("change him", "ask", S)],
 ("en", 9): [("nice. is coral on-brand for summer?", "chat", S)],
 ("en", 10): [("cute", "chat", S), ("can you make it more modern", "ask", S)],
 ("en", 11): [("how would it look on a dark web page?", "chat", S), ("undo", "undo", (["black leather strap", "silver wristwatch", "wet black sand"], ["brown leather strap"]))],
 ("en", 12): [("looks like a magazine shot, great", "chat", S)],
 ("en", 13): [("hmm not sure about the black. undo", "undo", (["deep navy sky", "big yellow moon", "retro screenprint"], ["deep black sky"]))],
 ("en", 14): [("aww", "chat", S)],
 ("en", 15): [("What would this cost to shoot for real?", "chat", S)],
 ("en", 16): [("thank you very much", "chat", S), ("the colour feel wrong", "ask", S)],
 ("en", 17): [("yes perfect", "chat", S)],
 ("en", 18): [("undo the moon", "undo", (["red fox in snow", "night"], ["full moon"]))],
 ("en", 19): [("is the sign legible at small sizes?", "chat", S), ("change the bikes", "ask", S)],
 ("en", 20): [("thanks", "chat", S)],
 ("en", 21): [("hahaha he looks so happy", "chat", S)],
 ("en", 22): [("that cat is adorable", "chat", S), ("undo", "undo", (["golden retriever", "knitted scarf", "autumn leaves"], ["tabby cat"]))],
 ("en", 23): [("Perfect, thank you again!", "chat", S)],
 ("en", 24): [("make it more dramatic", "ask", S), ("too low, go back", "undo", (["eye-level angle", "white leather high-tops"], ["low angle"]))],
 ("en", 25): [("what's the best aspect ratio for instagram?", "chat", S)],
 ("en", 26): [("hmm undo", "undo", (["standing desk", "dual monitors", "city view"], ["dusk", "cat sleeping"]))],
 ("en", 27): [("does the title fit?", "chat", S), ("bigger", "ask", S)],
 ("en", 28): [("the pears look real, nice", "chat", S)],
 ("en", 29): [("gg", "chat", S)],
 ("en", 30): [("lol perfect", "chat", S), ("can we change the color", "ask", S)],
 ("en", 31): [("what finish is that exactly?", "chat", S), ("undo that", "undo", (["hammered copper shade", "white quartz top"], ["brass"]))],
 ("en", 32): [("great, thanks", "chat", S)],
 ("en", 34): [("why is the barn so small", "chat", S), ("undo", "undo", (["fluffy clouds", "red barn", "sunflower field"], ["stormy"]))],
 ("en", 35): [("is that chrome or nickel?", "chat", S), ("revert", "undo", (["freestanding white tub", "brass fixtures", "terrazzo floor"], ["black tub", "chrome"]))],
 ("en", 36): [("thx", "chat", S)],
 ("en", 37): [("gorgeous", "chat", S), ("undo", "undo", (["lighthouse on a rocky island", "overcast"], ["night"]))],
 ("en", 38): [("does this read as summer?", "chat", S), ("swap it", "ask", S)],
 ("en", 39): [("love the beard", "chat", S)],
 ("en", 41): [("thanks!", "chat", S)],
 ("en", 42): [("make it pop", "ask", S)],
 ("en", 43): [("is it still readable as a library?", "chat", S), ("back to autumn", "undo", (["autumn trees", "brutalist library"], ["snow"]))],
 ("en", 44): [("much better", "chat", S)],
 ("en", 45): [("hmm, can you change it", "ask", S), ("no wait, I liked the text, bring it back", "undo", (["Ride to work", "commuter bike", "brick wall"], []))],
 ("en", 46): [("haha cute", "chat", S), ("undo", "undo", (["tiny paper boat", "puddle"], ["huge"]))],
 ("en", 47): [("put it back", "undo", (["blue ceramic plate", "tacos al pastor"], ["terracotta"]))],
 ("en", 48): [("how many people are in it?", "chat", S), ("change it", "ask", S)],
 ("en", 50): [("better. what else could go on the rug?", "chat", S), ("ok bring the dog back", "undo", (["sleeping dog", "crackling fireplace"], []))],
 ("zh", 1): [("这个礼盒挺高级的", "chat", S)],
 ("zh", 2): [("撤销", "undo", (["奶油黄", "今天也要甜甜的"], ["橘红色"]))],
 ("zh", 3): [("这个配色好清爽", "chat", S), ("改一下", "ask", S)],
 ("zh", 4): [("好的", "chat", S)],
 ("zh", 5): [("换个颜色", "ask", S)],
 ("zh", 6): [("伞是什么颜色的？", "chat", S), ("撤销", "undo", (["手执团扇", "月白色齐胸襦裙"], ["油纸伞"]))],
 ("zh", 7): [("谢谢，可以了", "chat", S)],
 ("zh", 9): [("挺好", "chat", S), ("再改改", "ask", S)],
 ("zh", 10): [("婚纱的褶皱很漂亮", "chat", S), ("还是黄昏好看，退回去", "undo", (["黄昏", "缎面鱼尾婚纱"], ["清晨"]))],
 ("zh", 11): [("花瓶放在哪里了？", "chat", S)],
 ("zh", 12): [("哇", "chat", S), ("再加点东西", "ask", S)],
 ("zh", 13): [("完美", "chat", S)],
 ("zh", 14): [("质感不错", "chat", S), ("撤回", "undo", (["磨砂黑保温杯", "灰色岩石"], ["奶白"]))],
 ("zh", 15): [("就这样，谢谢", "chat", S)],
 ("zh", 16): [("哈哈好可爱", "chat", S), ("换个狗", "ask", S)],
 ("zh", 17): [("这张能做成明信片吗？", "chat", S)],
 ("zh", 18): [("福袋上写个字", "ask", S)],
 ("zh", 19): [("撤销", "undo", (["简笔画的刺猬", "牛皮纸杯身"], ["松鼠"])), ("好吧还是刺猬", "chat", S)],
 ("zh", 20): [("这样清爽多了", "chat", S)],
 ("zh", 21): [("床的位置能调一下吗", "ask", S), ("算了不用", "chat", S)],
 ("zh", 22): [("现在挺好的", "chat", S)],
 ("zh", 23): [("撤销", "undo", (["单膝跪地", "黑金配色"], []))],
 ("zh", 24): [("字体是什么？", "chat", S), ("颜色换一下", "ask", S)],
 ("zh", 25): [("嗯，还是这个好", "chat", S)],
 ("zh", 26): [("不错", "chat", S), ("撤销", "undo", (["红色丝带", "白瓷瓶身"], ["金色丝带"]))],
 ("zh", 27): [("好看", "chat", S)],
 ("zh", 28): [("哈哈这只猫好胖", "chat", S), ("撤销", "undo", (["黑猫蹲在墙头", "红墙金瓦"], ["橘猫"]))],
 ("zh", 29): [("好的谢谢", "chat", S)],
 ("zh", 30): [("看起来好好吃", "chat", S), ("再换一个", "ask", S)],
 ("zh", 31): [("撤销", "undo", (["月饼和石榴", "桂花树"], ["兔子灯笼"]))],
 ("zh", 32): [("番茄红和正红有什么区别？", "chat", S)],
 ("zh", 33): [("还行", "chat", S)],
 ("zh", 34): [("灯光够亮吗", "chat", S), ("嗯", "chat", S)],
 ("zh", 35): [("裙子也换一下", "ask", S)],
 ("zh", 36): [("三角龙的角画得不错", "chat", S), ("火山还是加回来吧", "undo", (["火山", "霸王龙和三角龙"], []))],
 ("zh", 37): [("跑者是亚洲人吗？", "chat", S), ("撤销", "undo", (["荧光绿跑鞋", "女跑者"], ["白色跑鞋"]))],
 ("zh", 38): [("可以了", "chat", S)],
 ("zh", 39): [("哈哈哈", "chat", S), ("字体换一下", "ask", S)],
 ("zh", 40): [("好萌", "chat", S), ("撤回", "undo", (["地球", "小熊猫"], ["月球"]))],
 ("zh", 41): [("这几只虾有没有齐白石的感觉？", "chat", S)],
 ("zh", 42): [("纹样很精致", "chat", S), ("撤销", "undo", (["靛蓝底布", "蝴蝶和鱼"], ["黑色底布"]))],
 ("zh", 43): [("这个风格叫什么？", "chat", S), ("换一下", "ask", S)],
 ("zh", 44): [("撤销", "undo", (["跳绳", "渐变橙色背景"], ["紫色"]))],
 ("zh", 45): [("好像！太像我家的了", "chat", S), ("撤销", "undo", (["蓝色领结", "白色的比熊"], ["红色格子"]))],
 ("zh", 46): [("谢谢", "chat", S)],
 ("zh", 47): [("晴天更像宣传照", "chat", S)],
 ("zh", 48): [("好看多了", "chat", S), ("再大一点", "ask", S)],
 ("zh", 49): [("这张可以做壁纸", "chat", S)],
 ("zh", 50): [("好", "chat", S)],
 ("mixed", 1): [("nice 质感很好", "chat", S), ("undo", "undo", (["white marble", "serum bottle"], ["travertine"]))],
 ("mixed", 2): [("背景换一下", "ask", S)],
 ("mixed", 3): [("这个 vibe 对了", "chat", S), ("再 cozy 一点", "ask", S)],
 ("mixed", 4): [("thx", "chat", S)],
 ("mixed", 5): [("cream 好看", "chat", S), ("undo 一下", "undo", (["sage green", "wireless headphones"], ["cream"]))],
 ("mixed", 6): [("perfect 谢谢", "chat", S)],
 ("mixed", 7): [("猫猫好帅", "chat", S), ("undo", "undo", (["red armor", "samurai cat"], ["black armor"]))],
 ("mixed", 8): [("再加点什么", "ask", S)],
 ("mixed", 9): [("nice", "chat", S), ("还是原来的 gradient 好, undo", "undo", (["purple to teal", "hummingbird"], ["orange to pink"]))],
 ("mixed", 10): [("这个 jacket 有 texture 吗?", "chat", S)],
 ("mixed", 11): [("nice", "chat", S)],
 ("mixed", 12): [("ok good", "chat", S)],
 ("mixed", 13): [("这个光 nice", "chat", S), ("undo", "undo", (["foggy morning", "glass tea house"], ["sunny afternoon"]))],
 ("mixed", 14): [("raccoon 其实也挺可爱", "chat", S)],
 ("mixed", 15): [("包装很 premium", "chat", S), ("撤销", "undo", (["Noir 72%", "dark brown wrapper"], ["85%"]))],
 ("mixed", 16): [("颜色 adjust 一下", "ask", S)],
 ("mixed", 17): [("看起来很 fresh", "chat", S)],
 ("mixed", 18): [("neon 颜色对吗?", "chat", S), ("undo", "undo", (["深夜食堂", "street food stall"], ["Midnight Noodles"]))],
 ("mixed", 19): [("ok 定了", "chat", S)],
 ("mixed", 20): [("undo", "undo", (["blue gradient", "running shoes"], ["black gradient"]))],
}
for (lang, idx), more in X.items():
    turns = list(D[lang][idx - 1])
    for m, it, st in more:
        mc, mn = (list(turns[-1][2]), list(turns[-1][3])) if st == S else st
        turns.append((m, it, mc, mn))
    D[lang][idx - 1] = tuple(turns)

out = []
for lang in ("en", "zh", "mixed"):
    for i, turns in enumerate(D[lang], 1):
        ts = [{"message": m, "intent": it, "must_contain": mc, "must_not_contain": mn} for m, it, mc, mn in turns]
        out.append({"id": f"fresh13-designer-{lang}-{i:03d}", "lang": lang, "turns": ts})
with open("/work/fresh-13/designer.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print({k: len(v) for k, v in D.items()})
