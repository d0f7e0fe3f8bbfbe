from lib import D, draw, edit, chat, ask, undo

# 1 English prompt, Chinese edits
D("mixed",
  draw("a tabby cat sleeping on a green velvet armchair next to a tall window, afternoon sun, dust motes in the light, film photo",
       mc=["tabby cat sleeping", "green velvet armchair", "tall window", "dust motes in the light"]),
  edit("把扶手椅换成黄色", [("green velvet armchair", "yellow velvet armchair")],
       mc=["yellow velvet armchair", "tabby cat sleeping", "tall window"], mnc=["green velvet", "黄色"]),
  edit("再加一盆绿植在窗边", [("+", "a potted plant by the window")],
       mc=["yellow velvet armchair", "tabby cat sleeping", "film photo"], mnc=["绿植"]),
)

# 2 Chinese prompt, English edit
D("mixed",
  draw("古风庭院，红色灯笼挂在屋檐下，一棵开花的桃树，青石板路，细雨",
       mc=["古风庭院", "红色灯笼", "开花的桃树", "青石板路"]),
  edit("make the lanterns blue", [("红色灯笼", "蓝色灯笼")],
       mc=["蓝色灯笼", "开花的桃树", "青石板路"], mnc=["红色灯笼", "blue"]),
  undo("undo pls", mc=["红色灯笼", "古风庭院"], mnc=["蓝色灯笼"]),
)

# 3 code-switcher prompt with wrapper
D("mixed",
  draw("帮我画一个 app 的 hero banner，一个 astronaut 坐在 pastel pink 的云朵上看书，很 dreamy 的感觉",
       prompt="一个 app 的 hero banner，一个 astronaut 坐在 pastel pink 的云朵上看书，很 dreamy 的感觉",
       mc=["hero banner", "一个 astronaut", "pastel pink 的云朵", "很 dreamy 的感觉"], mnc=["帮我画"]),
  edit("云朵颜色换成 lavender", [("pastel pink 的云朵", "lavender 的云朵")],
       mc=["lavender 的云朵", "astronaut 坐在", "hero banner"], mnc=["pastel pink"]),
  chat("nice 这个颜色对了"),
)

# 4 English prompt, Chinese removal
D("mixed",
  draw("editorial food shot: a slice of lemon tart with torched meringue, a sprig of mint, a silver fork, on a pale blue linen napkin",
       mc=["slice of lemon tart", "torched meringue", "silver fork", "pale blue linen napkin"]),
  edit("叉子不要", [(", a silver fork", "")],
       mc=["slice of lemon tart", "sprig of mint", "pale blue linen napkin"], mnc=["silver fork", "叉子"]),
  edit("餐巾换成白色的", [("pale blue linen napkin", "white linen napkin")],
       mc=["white linen napkin", "torched meringue", "sprig of mint"], mnc=["pale blue", "白色"]),
)

# 5 Chinglish regular, terse
D("mixed",
  draw("poster 一张，black background，中间一个 glowing 的红色圆环，下面写 'NO SIGNAL'",
       mc=["black background", "glowing 的红色圆环", "NO SIGNAL"]),
  edit("圆环 change to 蓝色", [("红色圆环", "蓝色圆环")],
       mc=["蓝色圆环", "black background", "NO SIGNAL"], mnc=["红色圆环"]),
  edit("字改成 'LOST'", [("'NO SIGNAL'", "'LOST'")],
       mc=["下面写 'LOST'", "蓝色圆环", "black background"], mnc=["NO SIGNAL"]),
)

# 6 Chinese prompt, English chat + ambiguous ask
D("mixed",
  draw("一个穿黄色雨衣的小女孩在雨中撑着透明伞，街道两边是便利店，日系动画风格",
       mc=["黄色雨衣的小女孩", "透明伞", "便利店", "日系动画风格"]),
  chat("wow this is so Ghibli"),
  ask("can u make it more... you know"),
)

# 7 English prompt, Chinese time-of-day + move
D("mixed",
  draw("a red vintage convertible parked on a coastal road, palm trees, ocean on the left, clear afternoon sky, retro 80s postcard look",
       mc=["red vintage convertible", "coastal road", "palm trees", "ocean on the left", "retro 80s postcard"]),
  edit("把海放到右边", [("ocean on the left", "ocean on the right")],
       mc=["ocean on the right", "red vintage convertible", "palm trees"], mnc=["ocean on the left"]),
  edit("车改成白色", [("red vintage convertible", "white vintage convertible")],
       mc=["white vintage convertible", "ocean on the right", "coastal road"], mnc=["red vintage"]),
  undo("撤销上一步", mc=["red vintage convertible", "ocean on the right"], mnc=["white vintage"]),
)

# 8 Chinese prompt, English swap subject
D("mixed",
  draw("一只白色的猫头鹰站在图书馆的书架上，周围漂浮着发光的书页，魔幻现实主义，暖黄色调",
       mc=["白色的猫头鹰", "图书馆的书架", "发光的书页", "暖黄色调"]),
  edit("swap the owl for a black cat", [("一只白色的猫头鹰", "一只黑猫")],
       mc=["发光的书页", "暖黄色调", "图书馆的书架"], mnc=["猫头鹰", "black cat"]),
)

# 9 code-switch product shot
D("mixed",
  draw("skincare 产品图，一瓶 frosted glass 的精华液，放在湿润的苔藓上，soft morning light，极简",
       mc=["skincare 产品图", "frosted glass 的精华液", "湿润的苔藓", "soft morning light"]),
  edit("苔藓换成 white sand", [("湿润的苔藓", "white sand")],
       mc=["frosted glass 的精华液", "soft morning light", "skincare 产品图"], mnc=["苔藓"]),
  ask("另一个呢？"),
)

# 10 English long prompt, Chinese edit of a sign
D("mixed",
  draw("A cozy bookstore window display in winter: stacks of hardcovers, a small paper-cut snowflake garland, warm fairy lights, a hand-lettered sign saying 'Stories for Cold Nights', snow falling outside, shot from the sidewalk",
       mc=["bookstore window display", "paper-cut snowflake garland", "warm fairy lights", "Stories for Cold Nights", "snow falling outside"]),
  edit("牌子上的字改成 'Books & Cocoa'", [("'Stories for Cold Nights'", "'Books & Cocoa'")],
       mc=["Books & Cocoa", "warm fairy lights", "snow falling outside"], mnc=["Stories for Cold Nights"]),
  chat("好看！"),
)

# 11 English prompt, Chinese colour palette edit
D("mixed",
  draw("flat vector illustration for a fintech landing page, two people high-fiving over a giant credit card, orange and navy palette, lots of white space",
       mc=["flat vector illustration", "two people high-fiving", "giant credit card", "orange and navy palette"]),
  edit("配色改成绿色和黑色", [("orange and navy palette", "green and black palette")],
       mc=["green and black palette", "two people high-fiving", "giant credit card"], mnc=["orange and navy", "绿色"]),
  undo("不行 还是原来的配色", mc=["orange and navy palette", "giant credit card"], mnc=["green and black"]),
)

# 12 Chinese prompt with English terms, English removal
D("mixed",
  draw("赛车游戏的 key art，一辆橙色跑车在山路上漂移，轮胎冒烟，背后是夕阳和山脉，cinematic wide shot",
       mc=["key art", "橙色跑车", "在山路上漂移", "轮胎冒烟", "cinematic wide shot"]),
  edit("remove the smoke", [("，轮胎冒烟", "")],
       mc=["橙色跑车", "在山路上漂移", "cinematic wide shot"], mnc=["冒烟", "smoke"]),
  edit("跑车 make it purple", [("橙色跑车", "紫色跑车")],
       mc=["紫色跑车", "在山路上漂移", "夕阳和山脉"], mnc=["橙色跑车", "purple"]),
)

# 13 non-native English + Chinese
D("mixed",
  draw("a bride in white dress stand in 花园 with many roses, soft light, wedding photo",
       mc=["bride in white dress", "花园", "many roses", "wedding photo"]),
  edit("roses 改成 peonies", [("many roses", "many peonies")],
       mc=["many peonies", "bride in white dress", "wedding photo"], mnc=["roses"]),
  chat("我很喜欢 thank you"),
)

# 14 English prompt, mixed edit message
D("mixed",
  draw("a kids' cereal box front: a cartoon tiger surfing a wave of milk, bright yellow box, chunky bubble letters 'CRUNCH WAVE', sparkles",
       mc=["kids' cereal box", "cartoon tiger surfing", "bright yellow box", "CRUNCH WAVE"]),
  edit("老虎换成 panda 吧", [("a cartoon tiger", "a cartoon panda")],
       mc=["cartoon panda surfing", "bright yellow box", "CRUNCH WAVE"], mnc=["tiger"]),
  edit("盒子换成 blue", [("bright yellow box", "bright blue box")],
       mc=["bright blue box", "cartoon panda surfing", "CRUNCH WAVE"], mnc=["yellow box"]),
)

# 15 Chinese prompt, English lighting edit
D("mixed",
  draw("一间日式小酒馆的吧台，木质柜台上摆着清酒和烤串，暖黄色灯笼照明，老板在后面烤东西",
       mc=["日式小酒馆的吧台", "清酒和烤串", "暖黄色灯笼照明", "老板在后面烤东西"]),
  edit("lose the guy in the back", [("，老板在后面烤东西", "")],
       mc=["日式小酒馆的吧台", "清酒和烤串", "暖黄色灯笼照明"], mnc=["老板"]),
  undo("wait bring him back, 撤回", mc=["老板在后面烤东西", "清酒和烤串"]),
)

# 16 code-switch architecture
D("mixed",
  draw("一栋 brutalist 风格的图书馆，清水混凝土，巨大的 cantilever 悬挑，前面有一片 reflecting pool，阴天",
       mc=["brutalist 风格的图书馆", "清水混凝土", "cantilever 悬挑", "reflecting pool"]),
  edit("阴天 → golden hour", [("阴天", "golden hour")],
       mc=["清水混凝土", "reflecting pool", "cantilever 悬挑"], mnc=["阴天"]),
  chat("golden hour 下混凝土的质感出来了"),
)

# 17 English prompt, Chinese size edit
D("mixed",
  draw("a tiny astronaut standing next to a giant glowing jellyfish floating above a desert at night, surreal, lots of stars",
       mc=["tiny astronaut", "glowing jellyfish", "above a desert at night", "lots of stars"]),
  edit("水母太大了，小一点", [("a giant glowing jellyfish", "a glowing jellyfish")],
       mc=["glowing jellyfish", "tiny astronaut", "lots of stars"], mnc=["giant glowing jellyfish"]),
  ask("那个也是"),
)

# 18 Chinese prompt, English new picture
D("mixed",
  draw("请画一张中秋月饼礼盒的包装，深蓝色底，金色兔子和月亮图案，烫金工艺",
       prompt="一张中秋月饼礼盒的包装，深蓝色底，金色兔子和月亮图案，烫金工艺",
       mc=["中秋月饼礼盒", "深蓝色底", "金色兔子和月亮", "烫金工艺"], mnc=["请画"]),
  edit("底色 change 成 burgundy", [("深蓝色底", "酒红色底")],
       mc=["金色兔子和月亮", "烫金工艺", "中秋月饼礼盒"], mnc=["深蓝色底"]),
  draw("ok now a totally new one: a minimalist tea tin, matte white, single green leaf icon",
       prompt="a minimalist tea tin, matte white, single green leaf icon",
       mc=["minimalist tea tin", "matte white", "single green leaf icon"], mnc=["月饼", "ok now a totally new one"]),
)
