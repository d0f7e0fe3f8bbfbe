from build import D

# mixed-001 English prompt, Chinese edit (cross-language)
D("mixed",
  ("draw", "a golden retriever puppy on a blue knitted blanket by the fireplace, warm cozy light", None,
   ["golden retriever puppy", "blue knitted blanket", "by the fireplace"], []),
  ("edit", "把毯子换成红色", [("blue knitted blanket", "red knitted blanket")],
   ["red knitted blanket", "golden retriever puppy", "by the fireplace"], ["blue knitted", "毯子"]),
  ("chat", "好可爱啊", ["red knitted blanket", "golden retriever puppy"], ["blue knitted"]),
)
# mixed-002 code-switched prompt, English colour edit, undo
D("mixed",
  ("draw", "帮我画一个 cozy 的 reading nook，窗边有一张 beige 的懒人沙发，一盏 warm 的台灯，很多书", "一个 cozy 的 reading nook，窗边有一张 beige 的懒人沙发，一盏 warm 的台灯，很多书",
   ["reading nook", "懒人沙发", "很多书"], ["帮我画"]),
  ("edit", "沙发换成 sage green", [("beige", "sage green")],
   ["sage green", "reading nook", "懒人沙发"], ["beige"]),
  ("undo", "undo 一下", ["reading nook", "懒人沙发"], ["sage green"]),
)
# mixed-003 English prompt, Chinese edit, then unclear
D("mixed",
  ("draw", "Packaging for a honey jar: hexagonal glass jar, black lid, a hand-drawn bee on a cream label, on a rustic wooden table", None,
   ["hexagonal glass jar", "black lid", "hand-drawn bee", "cream label"], []),
  ("edit", "盖子换成白色的", [("black lid", "white lid")],
   ["white lid", "hexagonal glass jar", "cream label"], ["black lid"]),
  ("ask", "这个再弄一下", ["white lid", "hand-drawn bee"], []),
)
# mixed-004 Chinese prompt, English edits
D("mixed",
  ("draw", "一张火锅店的海报，红色的铜锅冒着热气，周围摆满毛肚、肥牛和蔬菜，背景是深红色，中文大字“热辣滚烫”", None,
   ["红色的铜锅", "毛肚、肥牛和蔬菜", "背景是深红色", "热辣滚烫"], []),
  ("edit", "change the text to 越辣越爽", [("热辣滚烫", "越辣越爽")],
   ["越辣越爽", "红色的铜锅", "毛肚、肥牛和蔬菜"], ["热辣滚烫"]),
  ("edit", "background black pls", [("背景是深红色", "背景是黑色")],
   ["背景是黑色", "越辣越爽", "红色的铜锅"], ["深红色", "black"]),
)
# mixed-005 code-switching designer
D("mixed",
  ("draw", "app 的 onboarding illustration，一个女孩坐在巨大的手机上，周围是 floating 的 chat bubbles，配色 coral 和 navy", None,
   ["onboarding illustration", "一个女孩", "chat bubbles", "巨大的手机"], []),
  ("edit", "把 coral 换成 mint", [("coral", "mint")],
   ["mint 和 navy", "chat bubbles", "一个女孩"], ["coral"]),
  ("edit", "女孩换成一个男生", [("一个女孩", "一个男生")],
   ["一个男生", "mint 和 navy", "onboarding illustration"], ["一个女孩"]),
)
# mixed-006 English prompt, code-switched edit, Chinese undo
D("mixed",
  ("draw", "cinematic shot of a lighthouse on a rocky coast during a storm, huge waves crashing, beam of light cutting through the rain", None,
   ["lighthouse on a rocky coast", "during a storm", "huge waves crashing", "beam of light"], []),
  ("edit", "storm 改成 calm sunny day", [("during a storm", "on a calm sunny day")],
   ["calm sunny day", "lighthouse on a rocky coast", "beam of light"], ["storm"]),
  ("undo", "还是撤回吧，风暴那张更有感觉", ["during a storm", "huge waves crashing"], ["calm sunny day"]),
)
# mixed-007 English prompt, Chinese palette edit, chat
D("mixed",
  ("draw", "flat illustration for a fintech landing page, a man watering a plant that grows coins, green and white palette, lots of whitespace", None,
   ["fintech landing page", "watering a plant", "grows coins", "green and white palette"], []),
  ("edit", "配色换成蓝色和白色", [("green and white palette", "blue and white palette")],
   ["blue and white palette", "grows coins", "lots of whitespace"], ["green and white"]),
  ("chat", "这个 style 叫什么", ["blue and white palette", "grows coins"], []),
)
# mixed-008 Chinese prompt, English edits
D("mixed",
  ("draw", "一张书籍封面，一只白色的鲸鱼在夜空中游动，下面是沉睡的小镇，深蓝色调，书名《夜航》", None,
   ["白色的鲸鱼", "在夜空中游动", "沉睡的小镇", "夜航"], []),
  ("edit", "make the whale orange", [("白色的鲸鱼", "橙色的鲸鱼")],
   ["橙色的鲸鱼", "沉睡的小镇", "深蓝色调"], ["白色的鲸鱼", "orange"]),
  ("edit", "title -> 《鲸落》", [("夜航", "鲸落")],
   ["鲸落", "橙色的鲸鱼", "在夜空中游动"], ["夜航"]),
)
# mixed-009 English prompt, ambiguous Chinese edit, clarified
D("mixed",
  ("draw", "Instagram ad for a candle brand, two candles, a tall amber candle on the left and a short white candle on the right, dried orange slices, cinnamon sticks, cozy autumn vibe", None,
   ["tall amber candle", "short white candle", "dried orange slices", "cinnamon sticks"], []),
  ("ask", "蜡烛换成绿色", ["tall amber candle", "short white candle"], ["green candle"]),
  ("edit", "左边那根", [("tall amber candle", "tall green candle")],
   ["tall green candle", "short white candle", "cinnamon sticks"], ["amber"]),
)
# mixed-010 code-switched product shot
D("mixed",
  ("draw", "生成一张 product shot：一支口红，rose gold 的外壳，放在粉色丝绸上，soft light，极简", "product shot：一支口红，rose gold 的外壳，放在粉色丝绸上，soft light，极简",
   ["一支口红", "rose gold", "粉色丝绸上", "soft light"], ["生成一张"]),
  ("edit", "外壳改成银色", [("rose gold 的外壳", "银色的外壳")],
   ["一支口红", "粉色丝绸上", "soft light"], ["rose gold"]),
  ("chat", "nice，就用这个", ["一支口红", "粉色丝绸上"], ["rose gold"]),
)
# mixed-011 English poster, Chinese edits, undo
D("mixed",
  ("draw", "A poster for a summer music festival, a giant sun setting over the ocean, palm tree silhouettes, retro 80s gradient from orange to pink, bold title 'SUNWAVE 2025'", None,
   ["giant sun setting", "palm tree silhouettes", "retro 80s gradient", "sunwave 2025"], []),
  ("edit", "标题改成 SUNWAVE 2026", [("SUNWAVE 2025", "SUNWAVE 2026")],
   ["sunwave 2026", "palm tree silhouettes", "giant sun setting"], ["2025"]),
  ("edit", "棕榈树去掉", [(", palm tree silhouettes", "")],
   ["giant sun setting", "sunwave 2026", "retro 80s gradient"], ["palm tree"]),
  ("undo", "撤销", ["palm tree silhouettes", "sunwave 2026"], []),
)
# mixed-012 Chinese prompt, English remove / undo / chat
D("mixed",
  ("draw", "一张餐厅菜单的配图，一份牛排配烤芦笋和土豆泥，木质砧板，昏暗的烛光氛围", None,
   ["一份牛排", "烤芦笋和土豆泥", "木质砧板", "昏暗的烛光氛围"], []),
  ("edit", "remove the asparagus", [("配烤芦笋和土豆泥", "配土豆泥")],
   ["一份牛排", "土豆泥", "木质砧板"], ["芦笋", "asparagus"]),
  ("undo", "undo", ["烤芦笋和土豆泥", "一份牛排"], []),
  ("chat", "ok that's fine, thanks", ["烤芦笋和土豆泥", "木质砧板"], []),
)
# mixed-013 中英混写 hero banner
D("mixed",
  ("draw", "帮我出一张 hero banner，一个 astronaut 坐在月球上钓鱼，鱼线垂向地球，插画风，紫色和蓝色的渐变背景", "hero banner，一个 astronaut 坐在月球上钓鱼，鱼线垂向地球，插画风，紫色和蓝色的渐变背景",
   ["hero banner", "坐在月球上钓鱼", "鱼线垂向地球", "渐变背景"], ["帮我出一张"]),
  ("edit", "astronaut 换成一只猫", [("一个 astronaut", "一只猫")],
   ["一只猫", "坐在月球上钓鱼", "渐变背景"], ["astronaut"]),
  ("edit", "背景改成粉色和橙色的渐变", [("紫色和蓝色的渐变背景", "粉色和橙色的渐变背景")],
   ["粉色和橙色", "一只猫", "坐在月球上钓鱼"], ["紫色和蓝色"]),
)
# mixed-014 English prompt, Chinese question and removal
D("mixed",
  ("draw", "top-down photo of a breakfast table: avocado toast, two soft boiled eggs, a glass of orange juice, a small vase with tulips, white linen tablecloth", None,
   ["avocado toast", "two soft boiled eggs", "glass of orange juice", "white linen tablecloth"], []),
  ("chat", "这张图的光线是从哪边来的？", ["avocado toast", "small vase with tulips"], []),
  ("edit", "郁金香去掉", [(", a small vase with tulips", "")],
   ["avocado toast", "white linen tablecloth", "two soft boiled eggs"], ["tulips"]),
)
# mixed-015 English interior, Chinese count edit, code-switched colour edit
D("mixed",
  ("draw", "interior render of a boutique hotel lobby, terrazzo floor, a curved green velvet sofa, three globe pendant lights, tall arched windows", None,
   ["terrazzo floor", "curved green velvet sofa", "three globe pendant lights", "tall arched windows"], []),
  ("edit", "吊灯改成五个", [("three globe pendant lights", "five globe pendant lights")],
   ["five globe pendant lights", "curved green velvet sofa", "terrazzo floor"], ["three globe"]),
  ("edit", "sofa 换成 burnt orange", [("green velvet sofa", "burnt orange velvet sofa")],
   ["burnt orange velvet sofa", "five globe pendant lights", "tall arched windows"], ["green velvet"]),
)
# mixed-016 Chinese garden, English time edit, unclear
D("mixed",
  ("draw", "一座日式庭院，石灯笼旁边有一棵红色枫树，小池塘里有几条锦鲤，白天，宁静", None,
   ["石灯笼", "红色枫树", "几条锦鲤", "日式庭院"], []),
  ("edit", "change daytime to night", [("白天", "夜晚")],
   ["石灯笼", "红色枫树", "几条锦鲤"], ["白天", "night"]),
  ("ask", "hmm the other way", ["石灯笼", "红色枫树"], []),
)
# mixed-017 code-switched logo with typo-ish wrapper
D("mixed",
  ("draw", "pls draw 一个 minimalist logo for 咖啡店 called Moonbean, a crescent moon shaped like a coffee bean, black on white", "一个 minimalist logo for 咖啡店 called Moonbean, a crescent moon shaped like a coffee bean, black on white",
   ["called moonbean", "crescent moon shaped", "like a coffee bean", "black on white"], ["pls draw"]),
  ("edit", "改成 white on black", [("black on white", "white on black")],
   ["white on black", "crescent moon shaped", "called moonbean"], ["black on white"]),
  ("chat", "完美 👍", ["white on black", "called moonbean"], []),
)
# mixed-018 English picture book, Chinese colour edits, undo
D("mixed",
  ("draw", "children's book illustration, a little girl in a yellow dress flying a red kite on a windy hill, sheep in the background, crayon texture", None,
   ["yellow dress", "red kite", "windy hill", "crayon texture"], []),
  ("edit", "风筝换成蓝色的", [("red kite", "blue kite")],
   ["blue kite", "yellow dress", "windy hill"], ["red kite"]),
  ("edit", "裙子换成绿色", [("yellow dress", "green dress")],
   ["green dress", "blue kite", "crayon texture"], ["yellow dress"]),
  ("undo", "撤销上一步", ["yellow dress", "blue kite"], ["green dress"]),
)
