from common import t
D = []
D.append([
 t("a golden retriever puppy on a blue knitted blanket by the fire", "draw", ["golden retriever puppy", "blue knitted blanket", "by the fire"]),
 t("把毯子换成红色", "edit", ["red knitted blanket", "golden retriever puppy", "by the fire"], ["blue knitted blanket", "红色"]),
 t("把背景换成夜晚", "edit", ["night", "red knitted blanket", "golden retriever puppy"], ["blue knitted blanket", "夜晚"]),
])
D.append([
 t("一张米色的布艺沙发，旁边有一盏黄铜落地灯，浅灰色的墙", "draw", ["米色的布艺沙发", "黄铜落地灯", "浅灰色的墙"]),
 t("make the sofa green", "edit", ["绿色的布艺沙发", "黄铜落地灯", "浅灰色的墙"], ["米色", "green"]),
 t("remove the lamp", "edit", ["绿色的布艺沙发", "浅灰色的墙"], ["落地灯", "lamp"]),
])
D.append([
 t("帮我画一个 minimalist 的 logo，一只 fox 的侧脸，orange and white，flat design", "draw", ["minimalist", "logo", "fox", "orange and white", "flat design"], ["帮我画"]),
 t("fox 换成 owl", "edit", ["owl", "orange and white", "flat design"], ["fox"]),
 t("颜色 change to navy and gold 吧", "edit", ["navy and gold", "owl", "flat design"], ["orange and white"]),
])
D.append([
 t("Product shot of a glass bottle of cold brew coffee with ice cubes and a sprig of mint, on a wet black stone, splash of water, dark moody lighting", "draw",
   ["cold brew coffee", "ice cubes", "sprig of mint", "wet black stone"]),
 t("薄荷去掉", "edit", ["cold brew coffee", "ice cubes", "wet black stone"], ["mint", "薄荷"]),
 t("冰块多一点", "edit", ["ice cubes", "cold brew coffee", "wet black stone"], ["mint"]),
 t("撤销", "undo", ["ice cubes", "cold brew coffee", "wet black stone"], ["mint"]),
])
D.append([
 t("中式茶馆室内，红木桌椅，墙上挂着一幅山水画，窗外是竹子，暖色灯光", "draw", ["中式茶馆", "红木桌椅", "山水画", "窗外是竹子"]),
 t("add a red lantern hanging from the ceiling", "edit", ["灯笼", "红木桌椅", "山水画"], ["lantern"]),
 t("looks nice! what dynasty style is this?", "chat", ["灯笼", "红木桌椅", "山水画"]),
 t("undo the lantern", "undo", ["红木桌椅", "山水画", "窗外是竹子"], ["灯笼", "lantern"]),
])
D.append([
 t("hero banner for 电商 618 sale, 一个巨大的购物袋 exploding with confetti, red and gold, 3D render, 右边留白", "draw",
   ["618 sale", "巨大的购物袋", "confetti", "red and gold", "3d render"]),
 t("confetti 改成 gold coins", "edit", ["gold coins", "购物袋", "red and gold"], ["confetti"]),
 t("购物袋 smaller 一点", "edit", ["购物袋", "gold coins", "3d render"], ["巨大的购物袋", "confetti"]),
])
D.append([
 t("a cozy bookstore window display at night with a hand-lettered sign saying 'New Arrivals', stacks of books and fairy lights", "draw",
   ["bookstore window display", "hand-lettered sign", "new arrivals", "fairy lights"]),
 t("招牌上的字改成 'Staff Picks'", "edit", ["staff picks", "hand-lettered sign", "fairy lights"], ["new arrivals"]),
 t("灯再暖一点", "edit", ["fairy lights", "staff picks", "stacks of books"], ["new arrivals"]),
])
D.append([
 t("一个蓝色的陶瓷花瓶和一个蓝色的玻璃碗，放在木桌上，侧光，静物摄影", "draw", ["蓝色的陶瓷花瓶", "蓝色的玻璃碗", "木桌", "静物摄影"]),
 t("make the blue one yellow", "ask", ["蓝色的陶瓷花瓶", "蓝色的玻璃碗"], ["黄色", "yellow"]),
 t("the vase", "edit", ["黄色的陶瓷花瓶", "蓝色的玻璃碗", "木桌"], ["蓝色的陶瓷花瓶", "yellow"]),
])
D.append([
 t("Aerial photo of a winding coastal road along turquoise water, a red convertible driving, cliffs, midday sun", "draw",
   ["winding coastal road", "turquoise water", "red convertible", "midday sun"]),
 t("换成黄昏", "edit", ["winding coastal road", "red convertible", "turquoise water"], ["midday", "黄昏"]),
 t("车改成白色的", "edit", ["white convertible", "winding coastal road", "turquoise water"], ["red convertible", "白色"]),
])
D.append([
 t("帮我生成一张 book cover，题目是 'Quiet Rivers'，一个女孩坐在小船上，周围是 lotus，soft pastel watercolor", "draw",
   ["book cover", "quiet rivers", "女孩坐在小船上", "lotus", "soft pastel watercolor"], ["帮我生成"]),
 t("这个字体叫什么？", "chat", ["quiet rivers", "女孩坐在小船上", "lotus"]),
 t("title 改成 'Still Waters'", "edit", ["still waters", "女孩坐在小船上", "lotus"], ["quiet rivers"]),
])
D.append([
 t("flat vector illustration for a fintech landing page, a young woman holding a giant phone with a rising chart, purple and teal palette, plenty of white space", "draw",
   ["fintech landing page", "young woman", "giant phone", "rising chart", "purple and teal palette"]),
 t("女生换成男生", "edit", ["giant phone", "rising chart", "purple and teal palette"], ["woman", "男生"]),
 t("算了 还是女生吧", "undo", ["young woman", "giant phone", "purple and teal palette"], ["young man"]),
])
D.append([
 t("一只柴犬穿着黄色雨衣站在水坑里，下雨的街道，日系插画", "draw", ["柴犬", "黄色雨衣", "水坑", "日系插画"]),
 t("raincoat blu pls", "edit", ["蓝色雨衣", "柴犬", "水坑"], ["黄色雨衣", "blu"]),
 t("thx!! 👍", "chat", ["蓝色雨衣", "柴犬", "日系插画"], ["黄色雨衣"]),
])
D.append([
 t("卧室 interior，japandi style，低矮的木床，linen bedding in oatmeal，一盏纸灯笼 pendant lamp", "draw",
   ["japandi style", "低矮的木床", "linen bedding", "oatmeal", "纸灯笼"]),
 t("bedding 换成 sage green", "edit", ["sage green", "低矮的木床", "纸灯笼"], ["oatmeal"]),
 t("再加一个 bonsai 在床头柜上", "edit", ["bonsai", "sage green", "低矮的木床"], ["oatmeal"]),
])
D.append([
 t("a vintage diner at night, red leather booths, a jukebox, a waitress in a mint uniform, neon sign outside", "draw",
   ["vintage diner", "red leather booths", "jukebox", "mint uniform"]),
 t("换一下", "ask", ["vintage diner", "red leather booths", "jukebox", "mint uniform"]),
 t("jukebox 去掉", "edit", ["vintage diner", "red leather booths", "mint uniform"], ["jukebox", "去掉"]),
])
D.append([
 t("一张月饼的产品图，月饼切开露出咸蛋黄，放在青花瓷盘上，深红色背景，中秋氛围", "draw", ["月饼", "咸蛋黄", "青花瓷盘", "深红色背景"]),
 t("background to dark navy", "edit", ["青花瓷盘", "咸蛋黄", "中秋氛围"], ["深红色背景", "navy"]),
 t("new one: a lantern festival poster, lots of floating lanterns over a river, 国潮 style", "draw",
   ["lantern festival poster", "floating lanterns", "国潮"], ["月饼", "青花瓷盘", "new one"]),
])
D.append([
 t("a poster for a jazz night: a silhouette of a saxophone player on the left, a big yellow full moon on the right, deep blue background, art deco lettering 'Blue Note Nights'", "draw",
   ["saxophone player", "yellow full moon", "deep blue background", "art deco lettering", "blue note nights"]),
 t("月亮小一点", "edit", ["yellow full moon", "saxophone player", "blue note nights"], ["big yellow", "月亮"]),
 t("萨克斯手放到中间", "edit", ["saxophone player", "yellow full moon", "deep blue background"], ["player on the left", "萨克斯"]),
])
D.append([
 t("极简风的台灯产品图，白色金属灯罩，橡木底座，米色背景，柔和的阴影", "draw", ["台灯", "白色金属灯罩", "橡木底座", "米色背景"]),
 t("make the shade black", "edit", ["黑色金属灯罩", "橡木底座", "米色背景"], ["白色金属灯罩", "black"]),
 t("go back", "undo", ["白色金属灯罩", "橡木底座", "米色背景"], ["黑色"]),
])
D.append([
 t("lookbook 照片，model 穿 oversized 白衬衫 + 高腰牛仔裤，站在 concrete 楼梯上，golden hour", "draw",
   ["lookbook", "oversized", "白衬衫", "高腰牛仔裤", "golden hour"]),
 t("衬衫换成 black", "edit", ["高腰牛仔裤", "golden hour", "oversized"], ["白衬衫"]),
 t("nice，这个适合做封面吗", "chat", ["高腰牛仔裤", "golden hour"], ["白衬衫"]),
])
