# Mixed-language dialogues: (message, intent, must_contain, must_not_contain)
# Cross-language edits: the change is written in the prompt's language.
MIXED = [
# 1 classic: English prompt, Chinese edit
[("a golden retriever puppy on a blue knitted blanket by the fire, warm cozy living room", "draw",
  ["golden retriever puppy", "blue knitted blanket", "by the fire"], []),
 ("把毯子换成红色", "edit", ["red knitted blanket", "golden retriever puppy", "by the fire"], ["blue knitted blanket", "红色"]),
 ("把背景换成夜晚", "edit", ["red knitted blanket", "golden retriever puppy"], ["夜晚"])],
# 2 Chinese prompt, English edit
[("一个白色陶瓷咖啡杯放在木桌上，旁边有一本书和一副眼镜，清晨阳光", "draw",
  ["白色陶瓷咖啡杯", "木桌", "一副眼镜"], []),
 ("remove the glasses", "edit", ["白色陶瓷咖啡杯", "木桌"], ["一副眼镜", "glasses"]),
 ("make the cup black", "edit", ["黑色陶瓷咖啡杯", "木桌"], ["白色陶瓷", "black"])],
# 3 code-switcher prompt
[("帮我画一个 minimalist 的 app icon，一只 blue 的纸飞机，白色背景，flat design", "draw",
  ["app icon", "纸飞机", "flat design"], ["帮我画"]),
 ("纸飞机改成 orange", "edit", ["纸飞机", "app icon", "flat design"], ["blue"]),
 ("nice 这个可以", "chat", ["纸飞机", "app icon"], [])],
# 4 English prompt, Chinese remove
[("poster for a summer sale: a pink flamingo float in a turquoise swimming pool, a pair of sunglasses on the edge, bold bright colours", "draw",
  ["pink flamingo float", "turquoise swimming pool", "pair of sunglasses"], []),
 ("墨镜不要了", "edit", ["pink flamingo float", "turquoise swimming pool"], ["sunglasses", "墨镜"]),
 ("撤销一下", "undo", ["pair of sunglasses", "pink flamingo float"], [])],
# 5 Chinese prompt, English undo
[("一只穿宇航服的柴犬站在火星上，红色的沙丘，远处有地球", "draw",
  ["穿宇航服的柴犬", "火星", "红色的沙丘"], []),
 ("加一面小旗子", "edit", ["小旗子", "穿宇航服的柴犬", "红色的沙丘"], []),
 ("undo pls", "undo", ["穿宇航服的柴犬", "红色的沙丘"], ["小旗子"])],
# 6 English prompt, Chinese colour edit on car
[("a vintage yellow taxi parked outside a neon-lit noodle shop in the rain, cinematic, reflections on wet asphalt", "draw",
  ["vintage yellow taxi", "noodle shop", "wet asphalt"], []),
 ("出租车改成绿色", "edit", ["vintage green taxi", "noodle shop", "wet asphalt"], ["yellow taxi", "绿色"]),
 ("好看 thanks", "chat", ["vintage green taxi", "noodle shop"], [])],
# 7 ambiguous, mixed
[("two cats on a sofa, a grey cat on the left and a white cat on the right, soft afternoon light", "draw",
  ["grey cat", "white cat", "on a sofa"], []),
 ("把猫换成黑色", "ask", ["grey cat", "white cat"], []),
 ("左边那只", "edit", ["black cat", "white cat", "on a sofa"], ["grey cat"])],
# 8 Chinese prompt, English material edit
[("一张北欧风的餐桌，上面放着一个玻璃花瓶，插着几支白色的郁金香", "draw",
  ["北欧风的餐桌", "玻璃花瓶", "白色的郁金香"], []),
 ("tulips should be pink", "edit", ["粉色的郁金香", "玻璃花瓶", "北欧风的餐桌"], ["白色的郁金香", "pink"])],
# 9 English prompt, Chinese text change on sign
[("storefront illustration of a flower shop with a wooden sign that says 'BLOOM ROOM', buckets of roses outside, a bicycle leaning on the wall", "draw",
  ["flower shop", "wooden sign", "bloom room", "buckets of roses"], []),
 ("招牌上的字改成 'PETAL HOUSE'", "edit", ["petal house", "flower shop", "buckets of roses"], ["bloom room"]),
 ("把自行车去掉", "edit", ["petal house", "flower shop", "wooden sign"], ["bicycle", "自行车"])],
# 10 code-switch art director
[("book cover 要 dark academia 风格，一个 old library，烛光，一只黑猫坐在一摞书上", "draw",
  ["dark academia", "old library", "黑猫", "一摞书"], []),
 ("黑猫换成 white owl", "edit", ["white owl", "dark academia", "old library"], ["黑猫"]),
 ("这个 mood 对了", "chat", ["white owl", "old library"], [])],
# 11 English prompt, Chinese ask
[("hero image: a laptop on a desk next to a plant and a coffee mug, bright home office, clean and modern", "draw",
  ["laptop on a desk", "coffee mug", "bright home office"], []),
 ("换个颜色", "ask", ["laptop on a desk", "coffee mug"], []),
 ("mug 换成黄色", "edit", ["yellow coffee mug", "laptop on a desk", "bright home office"], ["黄色"])],
# 12 Chinese prompt English terse edits
[("中式婚礼请柬插画，一对穿红色喜服的新人，背景是金色的祥云图案，喜庆", "draw",
  ["红色喜服", "新人", "金色的祥云"], []),
 ("background gold -> silver", "edit", ["银色的祥云", "红色喜服"], ["金色的祥云", "silver"]),
 ("go back", "undo", ["金色的祥云", "红色喜服"], ["银色"])],
# 13 English prompt, Chinese time-of-day
[("a tiny island with a single palm tree and a hammock, crystal clear water, midday sun, travel ad", "draw",
  ["tiny island", "single palm tree", "a hammock", "crystal clear water"], []),
 ("改成日落", "edit", ["tiny island", "single palm tree", "a hammock"], ["midday sun", "日落"])],
# 14 mixed, new draw
[("帮我画个 pixel art 风格的小城堡，8-bit，绿色草地", "draw", ["pixel art", "小城堡", "绿色草地"], ["帮我画"]),
 ("ok now something totally different: a watercolor portrait of an old sailor with a pipe", "draw",
  ["watercolor portrait", "old sailor", "with a pipe"], ["小城堡", "pixel art"]),
 ("烟斗去掉", "edit", ["watercolor portrait", "old sailor"], ["pipe", "烟斗"])],
# 15 English food, Chinese add
[("a bowl of acai with sliced banana, granola and blueberries, top-down, white marble surface", "draw",
  ["bowl of acai", "sliced banana", "white marble surface"], []),
 ("加点草莓", "edit", ["bowl of acai", "sliced banana", "white marble surface"], ["草莓"]),
 ("大理石换成浅粉色", "edit", ["bowl of acai", "sliced banana"], ["white marble", "浅粉色"])],
# 16 Chinese interior English bigger
[("一间loft工作室，红砖墙，工业风吊灯，一张大木桌，墙上挂着几幅抽象画", "draw",
  ["loft工作室", "红砖墙", "工业风吊灯", "抽象画"], []),
 ("change the lamp", "ask", ["红砖墙", "工业风吊灯"], []),
 ("actually just remove the paintings", "edit", ["红砖墙", "工业风吊灯", "大木桌"], ["抽象画", "paintings"])],
# 17 English fashion, Chinese colour + undo
[("lookbook shot, a model in a sage green linen suit leaning on a white wall, harsh midday shadows, minimal", "draw",
  ["sage green linen suit", "white wall", "harsh midday shadows"], []),
 ("西装换成米色", "edit", ["linen suit", "white wall", "harsh midday shadows"], ["sage green", "米色"]),
 ("还是绿色的好", "undo", ["sage green linen suit", "white wall"], [])],
# 18 typo + mixed
[("a cute robot waterng plants on a balcony, 城市天际线 in the background, morning", "draw",
  ["cute robot", "on a balcony", "城市天际线"], []),
 ("robot 换成红色的", "edit", ["red robot", "on a balcony", "城市天际线"], ["cute robot"]),
 ("这是什么风格", "chat", ["red robot", "城市天际线"], [])],
]
