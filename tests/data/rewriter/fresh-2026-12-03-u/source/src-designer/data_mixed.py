# Hand-written mixed-language designer dialogues (cross-language edits and 中英混写).
# Each turn: (message, intent, must_contain, must_not_contain)
MIXED = [
# 001 English prompt, Chinese edits
[("a golden retriever puppy on a blue knitted blanket by the fire, cozy evening, soft warm light", "draw",
  ["golden retriever puppy", "blue knitted blanket", "by the fire", "cozy evening"], []),
 ("把毯子换成红色", "edit", ["red knitted blanket", "golden retriever puppy", "by the fire"], ["blue knitted blanket", "红色"]),
 ("再加一只小猫睡在旁边", "edit", ["golden retriever puppy", "red knitted blanket", "by the fire"], ["小猫"]),
 ("撤销", "undo", ["golden retriever puppy", "red knitted blanket", "by the fire"], [])],
# 002 code-switch, onboarding illustration
[("帮我做一张 app onboarding 的插画，一个小女孩骑着 rocket 飞向月亮，flat style，紫色和粉色", "draw",
  ["app onboarding", "小女孩", "rocket", "飞向月亮", "flat style", "紫色和粉色"], ["帮我做一张"]),
 ("rocket 换成 hot air balloon", "edit", ["hot air balloon", "小女孩", "flat style"], ["rocket"]),
 ("color 改成 blue and orange", "edit", ["blue and orange", "hot air balloon", "小女孩"], ["紫色和粉色"]),
 ("nice 这个可以直接给 dev 用", "chat", ["blue and orange", "hot air balloon", "小女孩"], [])],
# 003 Chinese prompt, English edit
[("一只白色的猫头鹰站在树枝上，满月，深蓝夜空，剪纸风格", "draw",
  ["白色的猫头鹰", "树枝上", "满月", "深蓝夜空", "剪纸风格"], []),
 ("make the owl brown", "edit", ["棕色的猫头鹰", "满月", "剪纸风格"], ["白色的猫头鹰", "brown"]),
 ("undo", "undo", ["白色的猫头鹰", "满月", "剪纸风格"], ["棕色"]),
 ("nice, 就这个", "chat", ["白色的猫头鹰", "满月", "剪纸风格"], [])],
# 004 English packaging prompt, Chinese edits
[("Packaging mockup: a matte white skincare tube with a sage green cap, minimal black typography, lying on a bed of white sand with a dried palm leaf, soft shadows", "draw",
  ["matte white skincare tube", "sage green cap", "minimal black typography", "white sand", "dried palm leaf"], []),
 ("盖子改成金色", "edit", ["gold", "matte white skincare tube", "dried palm leaf"], ["sage green cap", "金色"]),
 ("去掉棕榈叶", "edit", ["matte white skincare tube", "white sand", "minimal black typography"], ["palm leaf", "棕榈叶"]),
 ("这个 mockup 能出高清吗", "chat", ["matte white skincare tube", "white sand", "minimal black typography"], [])],
# 005 code-switch banner
[("做个 banner，主视觉是一杯 iced matcha latte，背景 pastel green，旁边放几片 mint leaves，留出右边写 copy", "draw",
  ["iced matcha latte", "pastel green", "mint leaves"], []),
 ("背景换 cream 色", "edit", ["cream", "iced matcha latte", "mint leaves"], ["pastel green"]),
 ("mint leaves 不要了", "edit", ["iced matcha latte", "cream"], ["mint leaves"]),
 ("undo 一下, 还是要 mint leaves", "undo", ["mint leaves", "iced matcha latte", "cream"], [])],
# 006 Chinese prompt, English edits
[("一座红色的灯塔在悬崖上，海浪拍打礁石，暴风雨，油画质感", "draw",
  ["红色的灯塔", "悬崖上", "海浪拍打礁石", "暴风雨", "油画质感"], []),
 ("make it calm and sunny", "edit", ["红色的灯塔", "悬崖上", "油画质感"], ["暴风雨", "sunny"]),
 ("lighthouse white pls", "edit", ["白色的灯塔", "悬崖上", "油画质感"], ["红色的灯塔", "white"]),
 ("nice 这个可以当壁纸", "chat", ["白色的灯塔", "悬崖上", "油画质感"], [])],
# 007 English prompt, mixed chat and edit
[("a tiny isometric coffee shop on a street corner, warm lights, a bicycle parked outside, pastel colors, 3D render", "draw",
  ["tiny isometric coffee shop", "street corner", "bicycle parked outside", "pastel colors", "3D render"], []),
 ("这个好可爱 haha 可以用在我们的 landing page", "chat", ["tiny isometric coffee shop", "bicycle parked outside", "pastel colors"], []),
 ("自行车换成 scooter", "edit", ["scooter parked outside", "tiny isometric coffee shop", "pastel colors"], ["bicycle", "自行车"])],
# 008 English food shot, Chinese remove + undo
[("Editorial food shot: a slice of basque cheesecake with a burnt top on a speckled ceramic plate, a fork beside it, linen napkin, moody side light", "draw",
  ["basque cheesecake", "burnt top", "speckled ceramic plate", "linen napkin", "moody side light"], []),
 ("叉子去掉", "edit", ["basque cheesecake", "speckled ceramic plate", "linen napkin"], ["fork", "叉子"]),
 ("撤销一下", "undo", ["a fork beside it", "basque cheesecake", "linen napkin"], [])],
# 009 code-switch lookbook
[("lookbook 照片，model 穿 oversized 西装外套，颜色是 beige，配白色 T 恤，背景是 concrete wall，自然光", "draw",
  ["lookbook", "西装外套", "beige", "concrete wall", "自然光"], []),
 ("外套换成 black", "edit", ["black", "西装外套", "concrete wall"], ["beige"]),
 ("再来一张 full body 的", "edit", ["full body", "西装外套", "concrete wall"], []),
 ("颜色再 adjust 一下", "ask", ["full body", "西装外套", "concrete wall"], [])],
# 010 code-switch logo, ambiguous swap
[("画一个 minimal logo：一只狐狸的头，几何线条，orange 和 navy 两个颜色", "draw",
  ["minimal logo", "狐狸的头", "几何线条", "navy"], ["画一个"]),
 ("可以 swap 一下吗", "ask", ["minimal logo", "狐狸的头", "几何线条"], []),
 ("我意思是 orange 和 navy 对调", "edit", ["minimal logo", "狐狸的头", "几何线条"], [])],
# 011 Chinese food prompt, English edits
[("一碗热腾腾的牛肉面，大块牛肉，香菜，辣油，红色的碗，面馆的木桌上，特写", "draw",
  ["热腾腾的牛肉面", "大块牛肉", "香菜", "红色的碗", "面馆的木桌"], []),
 ("no coriander", "edit", ["热腾腾的牛肉面", "大块牛肉", "红色的碗"], ["香菜", "coriander"]),
 ("bowl -> white", "edit", ["白色的碗", "大块牛肉", "面馆的木桌"], ["红色的碗"]),
 ("perfect, 就这个", "chat", ["白色的碗", "大块牛肉", "面馆的木桌"], [])],
# 012 code-switch game art, undo
[("game concept art，一个 cyberpunk 忍者站在屋顶，背后是巨大的 hologram 锦鲤，下雨，neon pink 和 cyan", "draw",
  ["game concept art", "忍者站在屋顶", "hologram", "锦鲤", "neon pink"], []),
 ("锦鲤换成 dragon", "edit", ["dragon", "忍者站在屋顶", "neon pink"], ["锦鲤"]),
 ("ok 回退", "undo", ["锦鲤", "忍者站在屋顶", "neon pink"], ["dragon"]),
 ("这个 vibe 对了", "chat", ["锦鲤", "忍者站在屋顶", "neon pink"], [])],
# 013 English map prompt, Chinese chat and edit
[("A hand-drawn map of a fantasy island for a children's book: a volcano in the north, a pirate ship in the bay, palm trees, a treasure chest marked with a red X, parchment texture", "draw",
  ["fantasy island", "volcano in the north", "pirate ship in the bay", "treasure chest", "parchment texture"], []),
 ("船上的旗子是什么图案？", "chat", ["volcano in the north", "pirate ship in the bay", "treasure chest"], []),
 ("把海盗船换成一艘小帆船", "edit", ["sailboat", "volcano in the north", "treasure chest"], ["pirate ship", "帆船"])],
# 014 code-switch SaaS hero
[("SaaS 官网 hero image：一个 3D 的 glass 质感的 dashboard 浮在空中，周围有小图标，深色背景，purple glow", "draw",
  ["hero image", "dashboard", "深色背景", "purple glow"], []),
 ("glow 改成 teal", "edit", ["teal glow", "dashboard", "深色背景"], ["purple glow"]),
 ("背景 light 一点, 用白色", "edit", ["白色背景", "teal glow", "dashboard"], ["深色背景"]),
 ("undo, 还是 dark 的好", "undo", ["深色背景", "teal glow", "dashboard"], ["白色背景"])],
# 015 Chinese bedroom, English edit
[("卧室，灰粉色的墙，一张藤编床头的大床，白色床品，床头柜上有一盏蘑菇台灯，傍晚的光", "draw",
  ["灰粉色的墙", "藤编床头", "白色床品", "蘑菇台灯", "傍晚的光"], []),
 ("sheets in olive green", "edit", ["橄榄绿", "藤编床头", "蘑菇台灯"], ["白色床品", "olive"]),
 ("perfect thx", "chat", ["橄榄绿", "藤编床头", "蘑菇台灯"], [])],
# 016 code-switch kid
[("我要一只 T-rex 在玩 skateboard，戴着墨镜，背景是 sunset 海滩，cartoon 风格", "draw",
  ["T-rex", "skateboard", "戴着墨镜", "海滩", "cartoon"], []),
 ("skateboard 换成 surfboard!!", "edit", ["surfboard", "T-rex", "戴着墨镜"], ["skateboard"]),
 ("墨镜是什么颜色", "chat", ["surfboard", "T-rex", "戴着墨镜"], [])],
# 017 English street photo, Chinese text edit
[("street photo of a small flower shop in Paris, green awning with the name FLEURS DE LUNE in white letters, buckets of tulips on the sidewalk, morning", "draw",
  ["small flower shop", "green awning", "FLEURS DE LUNE", "white letters", "buckets of tulips"], []),
 ("招牌上的字改成 MAISON ROSE", "edit", ["MAISON ROSE", "green awning", "buckets of tulips"], ["FLEURS DE LUNE"]),
 ("郁金香换成向日葵", "edit", ["buckets of sunflowers", "MAISON ROSE", "green awning"], ["tulips", "向日葵"]),
 ("这个 font 是什么", "chat", ["buckets of sunflowers", "MAISON ROSE", "green awning"], [])],
# 018 code-switch villa, ask, undo
[("帮我 render 一个 modern 的 villa，白色外墙，infinity pool，周围是 palm trees，黄昏，cinematic", "draw",
  ["villa", "白色外墙", "infinity pool", "palm trees", "黄昏"], ["帮我"]),
 ("改一下颜色", "ask", ["白色外墙", "infinity pool", "palm trees"], []),
 ("外墙改成 dark grey", "edit", ["dark grey", "infinity pool", "palm trees"], ["白色外墙"]),
 ("undo", "undo", ["白色外墙", "infinity pool", "palm trees"], ["dark grey"])],
]
