d("mixed",
 ("给我来个 moodboard 风格的图，earthy tones，陶罐、干花、亚麻布，natural light", "draw",
  ["moodboard", "earthy tones", "陶罐", "干花", "亚麻布", "natural light"], ["给我来个"]),
 ("what does earthy tones mean exactly?", "chat", ["earthy tones", "干花", "陶罐"], []),
 ("干花 remove 掉", "edit", ["陶罐", "亚麻布", "earthy tones"], ["干花"]))
d("mixed",
 ("a minimalist bottle of olive oil with a hand-drawn olive branch label, on a rustic stone table, Mediterranean sunlight", "draw",
  ["bottle of olive oil", "hand-drawn olive branch label", "rustic stone table", "Mediterranean sunlight"], []),
 ("label 改成 black and gold", "edit", ["black and gold", "bottle of olive oil", "rustic stone table"], []),
 ("撤销一下", "undo", ["hand-drawn olive branch label", "rustic stone table", "Mediterranean sunlight"], ["black and gold"]))
d("mixed",
 ("海报：一个宇航员坐在月球上钓鱼，鱼线垂向地球，深蓝色的宇宙，复古科幻风", "draw",
  ["宇航员", "坐在月球上钓鱼", "鱼线垂向地球", "深蓝色的宇宙", "复古科幻风"], []),
 ("change the color", "ask", ["深蓝色的宇宙", "坐在月球上钓鱼"], []),
 ("宇宙换成紫色", "edit", ["紫色的宇宙", "坐在月球上钓鱼", "复古科幻风"], ["深蓝色"]))
d("mixed",
 ("cover art for a lo-fi playlist: a girl with headphones studying at a desk by a window, rainy evening, a sleeping cat on the windowsill, soft anime style", "draw",
  ["lo-fi playlist", "girl with headphones", "studying at a desk", "rainy evening", "sleeping cat on the windowsill", "soft anime style"], []),
 ("这个氛围太好了", "chat", ["girl with headphones", "soft anime style", "sleeping cat"], []),
 ("猫换成一只小狗", "edit", ["on the windowsill", "girl with headphones", "rainy evening"], ["cat", "小狗"]))
d("mixed",
 ("一个露营场景，橙色帐篷，篝火，满天星空，远处的雪山", "draw", ["露营场景", "橙色帐篷", "篝火", "星空", "远处的雪山"], []),
 ("帐篷换成绿色", "edit", ["绿色帐篷", "篝火", "星空"], ["橙色帐篷"]),
 ("go back", "undo", ["橙色帐篷", "篝火", "远处的雪山"], ["绿色帐篷"]))
d("mixed",
 ("画一个 cyberpunk 风格的 ramen stall，霓虹灯，rainy night，一个 robot 老板在煮面", "draw",
  ["cyberpunk", "ramen stall", "霓虹灯", "rainy night", "robot"], ["画一个"]),
 ("ok 下一张，completely new：一个 sunny 的 beach bar", "draw", ["beach bar"], ["ramen stall", "robot"]),
 ("hmm 还是上一张好，回去", "undo", ["ramen stall", "rainy night", "robot"], ["beach bar"]))
d("mixed",
 ("storefront of a small flower shop, mint green facade, a wooden sign reading 'BLOOM & CO', buckets of tulips on the sidewalk", "draw",
  ["small flower shop", "mint green facade", "BLOOM & CO", "buckets of tulips"], []),
 ("招牌上的字改成 PETAL HOUSE", "edit", ["PETAL HOUSE", "mint green facade", "buckets of tulips"], ["BLOOM & CO"]),
 ("门面颜色换成奶油色", "edit", ["cream facade", "PETAL HOUSE", "buckets of tulips"], ["mint green", "奶油色"]))
d("mixed",
 ("一张汉堡的广告图，双层牛肉芝士汉堡，芝士融化流下来，黑色背景，一束顶光", "draw",
  ["汉堡的广告图", "双层牛肉芝士汉堡", "芝士融化流下来", "黑色背景", "一束顶光"], []),
 ("is this good enough for a menu board?", "chat", ["双层牛肉芝士汉堡", "黑色背景"], []),
 ("加个薯条 on the side", "edit", ["薯条", "双层牛肉芝士汉堡", "黑色背景"], []))
d("mixed",
 ("a tiny red mushroom house and a blue mailbox in a mossy forest, storybook style", "draw",
  ["tiny red mushroom house", "blue mailbox", "mossy forest", "storybook style"], []),
 ("大一点", "ask", ["tiny red mushroom house", "blue mailbox", "mossy forest"], []),
 ("信箱", "edit", ["blue mailbox", "mushroom house", "mossy forest"], ["信箱"]))
