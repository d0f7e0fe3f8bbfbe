d("mixed",
 ("a golden retriever puppy on a blue knitted blanket by the fireplace, warm cozy light", "draw",
  ["golden retriever puppy", "blue knitted blanket", "by the fireplace", "warm cozy light"], []),
 ("把毯子换成红色", "edit", ["red knitted blanket", "golden retriever puppy", "by the fireplace"], ["blue knitted blanket", "红色"]),
 ("把背景换成夜晚", "edit", ["night", "red knitted blanket", "golden retriever puppy"], ["夜晚"]))
d("mixed",
 ("帮我做一张 app splash screen，一个 astronaut 漂浮在太空里，背景是 deep navy，周围有很多小星星", "draw",
  ["splash screen", "astronaut", "deep navy", "小星星"], ["帮我做"]),
 ("astronaut 换成一只猫", "edit", ["deep navy", "小星星", "splash screen"], ["astronaut"]),
 ("nice 这个可以", "chat", ["deep navy", "小星星"], ["astronaut"]))
d("mixed",
 ("一个白色陶瓷花瓶，插着几支向日葵，放在亚麻桌布上，极简风格", "draw", ["白色陶瓷花瓶", "几支向日葵", "亚麻桌布上", "极简风格"], []),
 ("make the vase black", "edit", ["黑色陶瓷花瓶", "几支向日葵", "亚麻桌布上"], ["白色陶瓷花瓶", "black"]),
 ("and sunflowers -> tulips", "edit", ["几支郁金香", "黑色陶瓷花瓶", "极简风格"], ["向日葵", "tulips"]))
d("mixed",
 ("poster for a jazz night, a saxophone player silhouette, smoky bar, deep red and gold colors, art deco border", "draw",
  ["jazz night", "saxophone player silhouette", "smoky bar", "deep red and gold", "art deco border"], []),
 ("border 去掉吧", "edit", ["saxophone player silhouette", "smoky bar", "deep red and gold"], ["art deco border"]),
 ("还原", "undo", ["art deco border", "saxophone player silhouette", "smoky bar"], []))
d("mixed",
 ("Could you draw 一个 cozy 的书房, lots of bookshelves, a green desk lamp, 窗外在下雪", "draw",
  ["bookshelves", "green desk lamp", "窗外在下雪"], ["could you draw"]),
 ("lamp 改成 brass 的", "edit", ["brass desk lamp", "bookshelves", "窗外在下雪"], ["green desk lamp"]),
 ("这是什么风格?", "chat", ["brass desk lamp", "bookshelves"], []))
d("mixed",
 ("product shot of wireless earbuds in a glossy white charging case, floating over a pale blue background, soft shadows", "draw",
  ["wireless earbuds", "glossy white charging case", "pale blue background", "soft shadows"], []),
 ("充电盒改成磨砂黑", "edit", ["matte black charging case", "wireless earbuds", "pale blue background"], ["glossy white", "磨砂"]),
 ("背景也换成黑色", "edit", ["black background", "matte black charging case", "soft shadows"], ["pale blue"]))
d("mixed",
 ("一个儿童绘本封面，一只小狐狸提着灯笼走在雪夜的村庄里，暖黄色的灯光，水彩风格，标题“小狐狸回家”", "draw",
  ["儿童绘本封面", "小狐狸提着灯笼", "雪夜的村庄", "暖黄色的灯光", "水彩风格", "小狐狸回家"], []),
 ("title change to 狐狸的灯笼", "edit", ["狐狸的灯笼", "小狐狸提着灯笼", "水彩风格"], ["小狐狸回家"]),
 ("undo that", "undo", ["小狐狸回家", "水彩风格", "雪夜的村庄"], ["狐狸的灯笼"]))
d("mixed",
 ("isometric game map, a small island with a windmill, a wooden pier and palm trees, bright cartoon style", "draw",
  ["isometric game map", "small island", "windmill", "wooden pier", "palm trees", "bright cartoon style"], []),
 ("风车放大一点", "edit", ["windmill", "wooden pier", "palm trees"], ["风车"]),
 ("再加一艘小帆船 near the pier", "edit", ["sailboat", "wooden pier", "palm trees"], ["帆船"]))
d("mixed",
 ("帮我画个 banner，summer sale，橙色和粉色，几个 beach balls 和一副墨镜", "draw", ["banner", "summer sale", "beach balls", "墨镜"], ["帮我画"]),
 ("换个颜色", "ask", ["summer sale", "beach balls", "墨镜", "粉色"], []),
 ("粉色换成蓝绿色", "edit", ["蓝绿色", "summer sale", "beach balls"], ["粉色"]))
