# Hand-written mixed-language dialogues (中英混写 / cross-language edits).
# An edit in the other language is written in the prompt's language.
D = [
 [("a golden retriever puppy on a blue knitted blanket by the fire, cozy evening", "draw",
   ["golden retriever puppy", "blue knitted blanket", "by the fire"], []),
  ("把毯子换成红色", "edit", ["red knitted blanket", "golden retriever puppy", "by the fire"], ["blue knitted blanket", "红色"]),
  ("把背景换成夜晚", "edit", ["red knitted blanket", "golden retriever puppy", "night"], ["blue knitted blanket"])],

 [("帮我画一个 minimalist 的咖啡品牌 logo，一只白色的猫头鹰站在咖啡杯上，黑色背景", "draw",
   ["minimalist", "白色的猫头鹰", "咖啡杯", "黑色背景"], ["帮我画"]),
  ("owl 改成橙色", "edit", ["橙色的猫头鹰", "咖啡杯", "黑色背景"], ["白色的猫头鹰"]),
  ("nice 就这样", "chat", ["橙色的猫头鹰", "咖啡杯"], [])],

 [("product shot of a glass teapot with blooming jasmine tea inside, bamboo mat, soft side light", "draw",
   ["glass teapot", "blooming jasmine tea", "bamboo mat", "soft side light"], []),
  ("竹垫去掉", "edit", ["glass teapot", "blooming jasmine tea", "soft side light"], ["bamboo mat"]),
  ("undo 一下", "undo", ["bamboo mat", "glass teapot"], [])],

 [("一个穿 hoodie 的男生站在天台上，城市夜景，neon 灯光，赛博朋克", "draw",
   ["hoodie", "天台", "城市夜景", "赛博朋克"], []),
  ("hoodie 换成 leather jacket", "edit", ["leather jacket", "天台", "城市夜景"], ["hoodie"]),
  ("这个 lighting 有点太紫了吧？", "chat", ["leather jacket", "城市夜景"], [])],

 [("Book cover, a girl reading under a giant mushroom in an enchanted forest, fireflies, dreamy watercolor", "draw",
   ["giant mushroom", "enchanted forest", "fireflies", "dreamy watercolor"], []),
  ("蘑菇改成红色带白点的", "edit", ["red", "mushroom", "enchanted forest", "fireflies"], ["红色"]),
  ("萤火虫不要了", "edit", ["mushroom", "enchanted forest", "dreamy watercolor"], ["fireflies"])],

 [("海报：一杯冰美式，ice cubes 在里面，背景是 summer beach，写着“SUMMER BREW”", "draw",
   ["冰美式", "ice cubes", "summer beach", "SUMMER BREW"], []),
  ("文字改成 COLD BREW DAYS", "edit", ["COLD BREW DAYS", "冰美式", "summer beach"], ["SUMMER BREW"]),
  ("背景 beach 改成山里", "edit", ["COLD BREW DAYS", "冰美式", "ice cubes"], ["beach"])],

 [("a red panda eating bamboo in a misty forest, national geographic style", "draw",
   ["red panda", "eating bamboo", "misty forest"], []),
  ("雾太多了，去掉", "edit", ["red panda", "eating bamboo", "national geographic"], ["misty"]),
  ("再加一条小溪", "edit", ["red panda", "eating bamboo", "national geographic"], ["misty"])],

 [("卧室 interior，king size 的床，米色床品，木地板，一盏 brass 落地灯", "draw",
   ["king size", "米色床品", "木地板", "落地灯"], []),
  ("床品 change to 深灰色", "edit", ["深灰色床品", "木地板", "落地灯"], ["米色床品"]),
  ("灯移到左边 pls", "edit", ["落地灯", "深灰色床品", "木地板"], ["米色床品"])],

 [("Fashion shot, model in a white silk slip dress on a Santorini rooftop, blue domes behind, harsh noon sun", "draw",
   ["white silk slip dress", "Santorini rooftop", "blue domes", "harsh noon sun"], []),
  ("裙子改成黑色", "edit", ["black silk slip dress", "Santorini rooftop", "blue domes"], ["white silk slip dress", "黑色"]),
  ("改成日落", "edit", ["black silk slip dress", "sunset", "blue domes"], ["noon"])],

 [("帮我画个 game 里的 boss，一只巨大的石头 golem，身上长满青苔，站在山洞里", "draw",
   ["golem", "青苔", "山洞"], ["帮我画个"]),
  ("眼睛 glowing 蓝色", "edit", ["golem", "青苔", "山洞"], []),
  ("第一版好，回去", "undo", ["golem", "青苔", "山洞"], [])],

 [("Sushi platter on a black lacquer tray, salmon nigiri, tuna rolls, wasabi and pickled ginger, top-down", "draw",
   ["black lacquer tray", "salmon nigiri", "tuna rolls", "pickled ginger"], []),
  ("姜片拿掉", "edit", ["black lacquer tray", "salmon nigiri", "tuna rolls"], ["pickled ginger"]),
  ("tray 改成木头的", "edit", ["wooden tray", "salmon nigiri", "tuna rolls"], ["black lacquer tray", "pickled ginger"])],

 [("儿童绘本风格，一只小熊在 picnic，红白格子的野餐布，蜂蜜罐，sunny day", "draw",
   ["小熊", "picnic", "红白格子的野餐布", "蜂蜜罐"], []),
  ("野餐布换成 blue and white", "edit", ["蓝白格子的野餐布", "小熊", "蜂蜜罐"], ["红白格子"]),
  ("这只熊叫什么名字好呢 haha", "chat", ["蓝白格子的野餐布", "小熊"], [])],

 [("landing page hero: a laptop on a clean desk with a succulent and a cup of matcha latte, pastel green tones", "draw",
   ["laptop on a clean desk", "succulent", "matcha latte", "pastel green tones"], []),
  ("多肉删掉吧 looks messy", "edit", ["laptop on a clean desk", "matcha latte", "pastel green tones"], ["succulent"]),
  ("matcha 改成 black coffee", "edit", ["black coffee", "laptop on a clean desk", "pastel green tones"], ["matcha latte", "succulent"])],

 [("一个 vintage 风格的旅行海报，富士山，樱花，前面一辆红色的小火车", "draw",
   ["vintage", "富士山", "樱花", "红色的小火车"], []),
  ("train 改成绿色的", "edit", ["绿色的小火车", "富士山", "樱花"], ["红色的小火车"]),
  ("make it 冬天", "edit", ["冬天", "富士山", "绿色的小火车"], ["红色的小火车"])],

 [("Architectural render of a wooden cabin in a pine forest, big glass windows, smoke from the chimney, snowy", "draw",
   ["wooden cabin", "pine forest", "big glass windows", "chimney"], []),
  ("烟囱的烟去掉", "edit", ["wooden cabin", "pine forest", "big glass windows"], ["smoke"]),
  ("改成秋天，no snow", "edit", ["autumn", "wooden cabin", "big glass windows"], ["snowy", "smoke"])],

 [("画一个 flat illustration，一位女医生穿白大褂拿着 iPad，蓝色背景", "draw",
   ["flat illustration", "女医生", "白大褂", "蓝色背景"], ["画一个"]),
  ("background 改成薄荷绿", "edit", ["薄荷绿背景", "女医生", "白大褂"], ["蓝色背景"]),
  ("她旁边加一个 stethoscope", "edit", ["女医生", "白大褂", "薄荷绿背景"], ["蓝色背景"])],

 [("a luxury watch with a navy blue dial on a leather strap, resting on dark velvet, dramatic rim light", "draw",
   ["luxury watch", "navy blue dial", "leather strap", "dramatic rim light"], []),
  ("表盘改成绿色", "edit", ["green dial", "leather strap", "dark velvet"], ["navy blue dial", "绿色"]),
  ("再大一点", "ask", ["green dial", "leather strap"], [])],

 [("生日派对邀请卡，彩色气球，一个三层的 birthday cake，上面写着 Happy 5th Birthday Mia", "draw",
   ["彩色气球", "birthday cake", "Happy 5th Birthday Mia"], []),
  ("名字写错了，是 Maya 不是 Mia", "edit", ["Happy 5th Birthday Maya", "彩色气球", "birthday cake"], ["Birthday Mia"]),
  ("perfect 谢啦", "chat", ["Happy 5th Birthday Maya", "彩色气球"], [])],
]
