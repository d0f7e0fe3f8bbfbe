# Mixed-language dialogues (code-switching, or an edit in the other language than the prompt).
D = []
def d(*turns): D.append(list(turns))

d(("帮我画一个 coffee shop 的 logo，一只 minimalist 的猫坐在咖啡杯里，黑白线条", "draw",
   ["coffee shop", "猫坐在咖啡杯里", "黑白线条"], ["帮我画"]),
  ("把猫换成一只狗吧, the cat looks off", "edit", ["狗坐在咖啡杯里", "coffee shop", "黑白线条"], ["猫坐在"]),
  ("nice, keep it", "chat", ["狗坐在咖啡杯里", "黑白线条"], ["猫坐在"]))

d(("a cozy reading nook with a green velvet armchair, a floor lamp, and a tall bookshelf full of books, warm evening light", "draw",
   ["cozy reading nook", "green velvet armchair", "tall bookshelf", "warm evening light"], []),
  ("把椅子换成芥末黄", "edit", ["mustard yellow velvet armchair", "tall bookshelf", "warm evening light"], ["green velvet armchair"]),
  ("lamp 也不要了", "edit", ["mustard yellow velvet armchair", "tall bookshelf", "cozy reading nook"], ["floor lamp"]))

d(("一个白色陶瓷花瓶，插着几枝干花，放在浅灰色背景前，极简产品摄影", "draw",
   ["白色陶瓷花瓶", "几枝干花", "浅灰色背景", "极简产品摄影"], []),
  ("make the vase black", "edit", ["黑色陶瓷花瓶", "几枝干花", "极简产品摄影"], ["白色陶瓷花瓶"]),
  ("undo", "undo", ["白色陶瓷花瓶", "浅灰色背景"], ["黑色陶瓷花瓶"]))

d(("做一张 app 的 onboarding 插画，一个女生在用手机点外卖，flat style，主色调是 orange", "draw",
   ["onboarding 插画", "用手机点外卖", "flat style", "主色调是 orange"], []),
  ("主色调换成 purple", "edit", ["主色调是 purple", "用手机点外卖", "flat style"], ["orange"]),
  ("女生换成男生", "edit", ["男生在用手机", "主色调是 purple", "onboarding 插画"], ["女生"]))

d(("a poster for a ramen shop, 大字写着“一番拉面”, red and black, bold brush strokes", "draw",
   ["poster for a ramen shop", "一番拉面", "red and black", "bold brush strokes"], []),
  ("change the text to 深夜食堂", "edit", ["深夜食堂", "ramen shop", "bold brush strokes"], ["一番拉面"]),
  ("red and black → red and white", "edit", ["red and white", "深夜食堂", "bold brush strokes"], ["red and black"]))

d(("画一个 cyberpunk 风格的城市夜景，很多 neon signs，下着雨，一个穿 yellow jacket 的骑手", "draw",
   ["cyberpunk 风格", "城市夜景", "neon signs", "yellow jacket"], ["画一个"]),
  ("jacket 换成 red", "edit", ["red jacket", "neon signs", "城市夜景"], ["yellow jacket"]),
  ("雨停了", "edit", ["red jacket", "neon signs", "城市夜景"], ["下着雨"]))

d(("studio shot of a pair of white running shoes floating mid-air, pastel blue background, dramatic shadow below", "draw",
   ["white running shoes", "floating mid-air", "pastel blue background", "dramatic shadow below"], []),
  ("背景改成淡黄色", "edit", ["yellow background", "white running shoes", "floating mid-air"], ["blue background"]),
  ("鞋子改成黑色", "edit", ["black running shoes", "yellow background", "dramatic shadow below"], ["white running shoes"]))

d(("一碗热腾腾的番茄汤，旁边放着烤面包片，红格子桌布，温馨的秋日氛围", "draw",
   ["番茄汤", "烤面包片", "红格子桌布", "秋日氛围"], []),
  ("remove the bread", "edit", ["番茄汤", "红格子桌布", "秋日氛围"], ["烤面包片"]),
  ("add some basil on top", "edit", ["罗勒", "番茄汤", "红格子桌布"], ["烤面包片"]))

d(("Hero image for our SaaS landing page, 一个团队在 whiteboard 前讨论，isometric 3D，配色 blue 和 white", "draw",
   ["SaaS landing page", "whiteboard 前讨论", "isometric 3D", "blue 和 white"], []),
  ("whiteboard 换成 big screen", "edit", ["big screen 前讨论", "isometric 3D", "SaaS landing page"], ["whiteboard"]),
  ("looks good 👍", "chat", ["big screen", "isometric 3D"], ["whiteboard"]))

d(("a watercolor illustration of a hot air balloon over lavender fields, soft morning haze, a small village in the distance", "draw",
   ["watercolor illustration", "hot air balloon", "lavender fields", "small village"], []),
  ("热气球改成红色的", "edit", ["red hot air balloon", "lavender fields", "soft morning haze"], []),
  ("把村庄去掉", "edit", ["red hot air balloon", "lavender fields", "soft morning haze"], ["small village"]))

d(("logo 设计：一只 origami 风格的仙鹤，金色线条，黑色背景，要 elegant 一点", "draw",
   ["origami 风格的仙鹤", "金色线条", "黑色背景"], []),
  ("background 换成 deep green", "edit", ["绿色背景", "金色线条", "仙鹤"], ["黑色背景"]),
  ("线条换成银色的", "edit", ["银色线条", "绿色背景", "仙鹤"], ["金色线条"]))

d(("两个杯子放在桌上，左边是蓝色马克杯，右边是白色玻璃杯，晨光，生活感摄影", "draw",
   ["蓝色马克杯", "白色玻璃杯", "生活感摄影"], []),
  ("make it pink", "ask", ["蓝色马克杯", "白色玻璃杯", "生活感摄影"], []),
  ("the mug", "edit", ["粉色马克杯", "白色玻璃杯", "生活感摄影"], ["蓝色马克杯"]))

d(("a cute 3D clay style 小恐龙 holding a balloon, pastel colors, blind box toy style", "draw",
   ["3D clay style", "holding a balloon", "blind box toy style"], []),
  ("balloon 换成 ice cream cone", "edit", ["ice cream cone", "3D clay style", "blind box toy style"], ["balloon"]),
  ("撤回", "undo", ["holding a balloon", "3D clay style"], ["ice cream cone"]))

d(("帮我做个 book cover，一个女孩站在巨大的 moon 前面，silhouette，标题 'The Quiet Sea'", "draw",
   ["book cover", "一个女孩站在", "The Quiet Sea"], ["帮我做个"]),
  ("title 改成 'Salt and Stars'", "edit", ["Salt and Stars", "book cover", "一个女孩站在"], ["The Quiet Sea"]),
  ("moon 改成 sun", "edit", ["Salt and Stars", "book cover", "一个女孩站在"], ["moon"]))

d(("a bento box lunch, 有寿司、玉子烧和西兰花, top view, natural light, light wood table", "draw",
   ["bento box lunch", "玉子烧", "top view", "light wood table"], []),
  ("西兰花去掉", "edit", ["bento box lunch", "玉子烧", "light wood table"], ["西兰花"]),
  ("table 换成 dark wood", "edit", ["dark wood table", "bento box lunch", "top view"], ["light wood table"]))

d(("minimal poster of a single red tulip in a clear glass vase, off-white background, lots of negative space, Swiss design", "draw",
   ["single red tulip", "clear glass vase", "off-white background", "Swiss design"], []),
  ("郁金香换成黄色", "edit", ["yellow tulip", "clear glass vase", "Swiss design"], ["red tulip"]),
  ("这种风格适合做什么？", "chat", ["yellow tulip", "clear glass vase"], ["red tulip"]))

d(("室内设计效果图，loft 风格，exposed brick wall，黑色铁艺楼梯，大面积落地窗，afternoon light", "draw",
   ["loft 风格", "exposed brick wall", "黑色铁艺楼梯", "落地窗"], []),
  ("楼梯 change to wood", "edit", ["exposed brick wall", "落地窗", "afternoon light"], ["铁艺楼梯"]),
  ("再加一个 Chesterfield sofa", "edit", ["Chesterfield sofa", "exposed brick wall", "落地窗"], ["铁艺楼梯"]))

d(('Instagram ad for a sunscreen: a yellow tube of sunscreen on hot sand, a striped beach towel, sunglasses, harsh summer sun, bold typography saying "SPF 50"', "draw",
   ["yellow tube of sunscreen", "striped beach towel", "harsh summer sun", "SPF 50"], []),
  ("墨镜不要了", "edit", ["yellow tube of sunscreen", "striped beach towel", "SPF 50"], ["sunglasses"]),
  ("文字改成 SUMMER READY", "edit", ["SUMMER READY", "yellow tube of sunscreen", "striped beach towel"], ["SPF 50"]),
  ("嗯 这版可以", "chat", ["SUMMER READY", "striped beach towel"], ["sunglasses"]))

# Second pass: follow-ups after the picture comes back.
def more(n, *turns): D[n - 1].extend(turns)

more(1, ("这个 logo 能用在杯套上吗", "chat", ["狗坐在咖啡杯里", "coffee shop"], ["猫坐在"]))
more(2, ("undo", "undo", ["floor lamp", "mustard yellow velvet armchair"], ["green velvet armchair"]))
more(3, ("thanks, 这个背景很干净", "chat", ["白色陶瓷花瓶", "浅灰色背景"], ["黑色陶瓷花瓶"]))
more(4, ("这个 style 叫什么？memphis 吗", "chat", ["男生在用手机", "flat style"], ["女生"]))
more(5, ("hmm 撤回", "undo", ["red and black", "深夜食堂"], ["red and white"]))
more(6, ("looks sick, 可以导出 4K 吗", "chat", ["red jacket", "neon signs"], ["yellow jacket"]))
more(7, ("make it pop", "ask", ["black running shoes", "yellow background"], ["white running shoes"]))
more(8, ("perfect 谢谢", "chat", ["罗勒", "番茄汤"], ["烤面包片"]))
more(10, ("村庄还是加回来吧, undo", "undo", ["small village", "red hot air balloon"], []))
more(11, ("这个可以做 favicon 吗？", "chat", ["银色线条", "仙鹤"], ["金色线条"]))
more(14, ("font 用 serif 会好看吗", "chat", ["Salt and Stars", "book cover"], ["The Quiet Sea"]))
more(15, ("改回去", "undo", ["light wood table", "bento box lunch"], ["dark wood table"]))
more(16, ("ok 撤回 tulip 的颜色", "undo", ["single red tulip", "clear glass vase"], ["yellow tulip"]))
more(17, ("撤回 sofa", "undo", ["exposed brick wall", "落地窗"], ["Chesterfield sofa", "铁艺楼梯"]))
