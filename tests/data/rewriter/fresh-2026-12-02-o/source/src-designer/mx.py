D = [
# 1 English prompt, Chinese edit
[("a golden retriever puppy on a blue knitted blanket by the fire, warm cozy lighting", "draw",
  ["golden retriever puppy", "blue knitted blanket", "by the fire"]),
 ("把毯子换成红色", "edit", ["red knitted blanket", "golden retriever puppy", "by the fire"], ["blue knitted blanket"]),
 ("把背景换成夜晚", "edit", ["red knitted blanket", "golden retriever puppy", "by the fire"], ["blue knitted blanket"])],
# 2 Chinese prompt, English edit
[("一张米色布艺沙发放在落地窗前，旁边一盏黑色落地灯，地上铺着羊毛地毯", "draw", ["米色布艺沙发", "落地窗", "黑色落地灯", "羊毛地毯"]),
 ("make the sofa green", "edit", ["绿色布艺沙发", "黑色落地灯", "羊毛地毯"], ["米色布艺沙发"]),
 ("undo", "undo", ["米色布艺沙发", "黑色落地灯"], ["绿色布艺沙发"])],
# 3 中英混写 prompt
[("帮我做一个 hero image，一个 minimalist 的 skincare bottle，放在 pale pink 的 background 上，soft shadow", "draw",
  ["hero image", "skincare bottle", "pale pink", "soft shadow"], ["帮我做"]),
 ("bottle 改成 frosted glass 的", "edit", ["frosted glass", "pale pink", "soft shadow"]),
 ("nice 就这样", "chat", ["frosted glass", "pale pink", "soft shadow"])],
# 4 English prompt, Chinese removal
[("a picnic scene in a sunny park: a red gingham blanket, a wicker basket, a bottle of rosé, a bowl of cherries, a sleeping beagle", "draw",
  ["red gingham blanket", "wicker basket", "bottle of rosé", "bowl of cherries", "sleeping beagle"]),
 ("狗去掉", "edit", ["red gingham blanket", "wicker basket", "bowl of cherries"], ["sleeping beagle"]),
 ("再把酒拿掉", "edit", ["red gingham blanket", "wicker basket", "bowl of cherries"], ["rosé", "beagle"])],
# 5 Chinese prompt, English text change
[("奶茶店招牌，木质招牌上写着“半糖”，旁边挂着一串小灯泡，暖色夜景", "draw", ["奶茶店招牌", "木质招牌", "半糖", "小灯泡"]),
 ("change the sign text to 三分糖", "edit", ["三分糖", "木质招牌", "小灯泡"], ["半糖"])],
# 6 code-switch, ambiguous
[("poster 上有两个人物，左边一个穿 red hoodie 的男生，右边一个穿 red dress 的女生，city rooftop at sunset", "draw",
  ["red hoodie", "red dress", "city rooftop at sunset"]),
 ("red 换成 blue", "ask", ["red hoodie", "red dress", "city rooftop at sunset"]),
 ("只换男生的", "edit", ["blue hoodie", "red dress", "city rooftop at sunset"], ["red hoodie"])],
# 7 English prompt, Chinese material edit
[("product photo of a ceramic white teapot with a bamboo handle on a linen tablecloth, soft morning light", "draw",
  ["ceramic white teapot", "bamboo handle", "linen tablecloth", "soft morning light"]),
 ("把手换成黄铜的", "edit", ["brass handle", "ceramic white teapot", "linen tablecloth"], ["bamboo handle"]),
 ("这个茶壶是什么风格的", "chat", ["brass handle", "ceramic white teapot"], ["bamboo handle"])],
# 8 Chinese prompt, English add
[("一个小男孩在海边堆沙堡，蓝天白云，蜡笔画风格", "draw", ["小男孩", "堆沙堡", "蓝天白云", "蜡笔画风格"]),
 ("add a red bucket next to him", "edit", ["小男孩", "堆沙堡", "蜡笔画风格"]),
 ("perfect!", "chat", ["小男孩", "堆沙堡", "蓝天白云"])],
# 9 mixed, AD terse
[("game key art: 一个 samurai 站在樱花树下，背后是 blood red moon，cinematic", "draw",
  ["game key art", "一个 samurai", "樱花树下", "blood red moon"]),
 ("moon 改成 pale silver", "edit", ["pale silver moon", "一个 samurai", "樱花树下"], ["blood red moon"]),
 ("回退", "undo", ["blood red moon", "一个 samurai"], ["pale silver moon"])],
# 10 English prompt, Chinese size edit
[("a tiny lighthouse on a rocky island in the middle of a stormy sea, huge waves crashing, dark dramatic sky", "draw",
  ["tiny lighthouse", "rocky island", "stormy sea", "dark dramatic sky"]),
 ("灯塔大一点", "edit", ["rocky island", "stormy sea", "huge waves crashing"], ["tiny lighthouse"]),
 ("ok 现在 waves 小一点", "edit", ["rocky island", "stormy sea", "dark dramatic sky"], ["tiny lighthouse"])],
# 11 Chinese prompt, English colour on a sign + remove
[("一家花店的门面，绿色的木门，门口摆满了郁金香和绣球花，橱窗上写着“花语”", "draw", ["绿色的木门", "郁金香和绣球花", "花语"]),
 ("door should be yellow", "edit", ["黄色的木门", "郁金香", "花语"], ["绿色的木门"]),
 ("remove the hydrangeas", "edit", ["黄色的木门", "郁金香", "花语"], ["绣球花"])],
# 12 mixed wrapper, food
[("can you 画一份 brunch：two poached eggs on sourdough toast，avocado slices，一杯 flat white，top view", "draw",
  ["two poached eggs", "sourdough toast", "avocado slices", "flat white", "top view"], ["can you"]),
 ("avocado 换成 smoked salmon", "edit", ["smoked salmon", "two poached eggs", "sourdough toast", "flat white"], ["avocado"]),
 ("这个配色 OK 吗，会不会太单调", "chat", ["smoked salmon", "two poached eggs", "flat white"], ["avocado"])],
# 13 English prompt, Chinese camera/time edit
[("a red vintage convertible parked on a coastal road at noon, palm trees, turquoise ocean", "draw",
  ["red vintage convertible", "coastal road", "at noon", "palm trees", "turquoise ocean"]),
 ("换成黄昏", "edit", ["red vintage convertible", "coastal road", "palm trees"], ["at noon"]),
 ("车改成白色的", "edit", ["white vintage convertible", "coastal road", "palm trees"], ["red vintage convertible", "at noon"])],
# 14 ask in mixed
[("一个 cozy reading nook，靠窗的 window seat，上面放着 knitted pillows 和一本打开的书，rainy day outside", "draw",
  ["reading nook", "window seat", "knitted pillows", "rainy day outside"]),
 ("那个换掉", "ask", ["reading nook", "window seat", "knitted pillows"]),
 ("pillows 换成 velvet 的", "edit", ["velvet pillows", "window seat", "rainy day outside"], ["knitted pillows"])],
# 15 Chinese prompt, English subject swap
[("一只熊猫坐在竹林里吃竹子，水墨画风格，留白很多", "draw", ["熊猫", "竹林", "吃竹子", "水墨画风格"]),
 ("what if it was a red panda instead", "edit", ["小熊猫", "竹林", "水墨画风格"], ["一只熊猫"])],
# 16 English prompt, mixed edit
[("fashion editorial: a model in a silver sequin gown on a spiral staircase, dramatic chiaroscuro lighting, black and white photo", "draw",
  ["silver sequin gown", "spiral staircase", "chiaroscuro lighting", "black and white photo"]),
 ("gown 换成 gold 的", "edit", ["gold sequin gown", "spiral staircase", "chiaroscuro lighting"], ["silver sequin gown"]),
 ("哈 black and white 看不出金色啊，算了撤回", "undo", ["silver sequin gown", "spiral staircase"], ["gold sequin gown"])],
# 17 Chinese prompt, English move
[("桌面俯拍：中间一台笔记本电脑，左上角一杯拿铁，右下角一盆小仙人掌", "draw", ["笔记本电脑", "一杯拿铁", "一盆小仙人掌"]),
 ("move the latte to the top right", "edit", ["右上角", "一杯拿铁", "笔记本电脑", "一盆小仙人掌"], ["左上角一杯拿铁"]),
 ("thx", "chat", ["右上角", "一杯拿铁", "笔记本电脑", "一盆小仙人掌"], ["左上角一杯拿铁"])],
# 18 English logo, Chinese palette
[("logo for a hiking club called Ridgeline, a mountain silhouette inside a circle, orange and charcoal, flat vector", "draw",
  ["called ridgeline", "mountain silhouette", "orange and charcoal", "flat vector"]),
 ("配色换成森林绿和米白", "edit", ["called ridgeline", "mountain silhouette", "flat vector"], ["orange and charcoal"]),
 ("第一个配色更好", "edit", ["orange and charcoal", "called ridgeline", "mountain silhouette"], [])],
]
