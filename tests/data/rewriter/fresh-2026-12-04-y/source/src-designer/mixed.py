# Mixed-language dialogues (cross-language edits and 中英混写). (message, intent, must_contain, must_not_contain)
M = [
[("a golden retriever puppy on a blue knitted blanket by the fireplace, warm cozy light", "draw",
  ["golden retriever puppy", "blue knitted blanket", "by the fireplace"], []),
 ("把毯子换成红色", "edit", ["red knitted blanket", "golden retriever puppy", "by the fireplace"], ["blue knitted blanket"]),
 ("perfect 谢谢", "chat", ["red knitted blanket", "golden retriever puppy", "warm cozy light"], ["blue knitted blanket"])],

[("一只白色的猫咪坐在红色的沙发上，午后阳光", "draw",
  ["白色的猫咪", "红色的沙发", "午后阳光"], []),
 ("make the sofa green", "edit", ["绿色的沙发", "白色的猫咪", "午后阳光"], ["红色的沙发"]),
 ("undo", "undo", ["红色的沙发", "白色的猫咪"], ["绿色的沙发"])],

[("帮我做一个 hero image，一个 minimalist 的 workspace，白色桌子上放着 laptop 和一杯 coffee，soft natural light", "draw",
  ["minimalist 的 workspace", "白色桌子上放着", "soft natural light"], ["帮我做一个"]),
 ("coffee 换成 matcha", "edit", ["一杯 matcha", "白色桌子上放着", "soft natural light"], ["coffee"]),
 ("nice 就这样", "chat", ["一杯 matcha", "minimalist 的 workspace"], ["coffee"])],

[("Poster for a ramen pop-up: a steaming bowl of tonkotsu ramen, red paper lanterns, bold Japanese-style typography reading RAMEN NIGHT", "draw",
  ["steaming bowl of tonkotsu ramen", "red paper lanterns", "RAMEN NIGHT"], []),
 ("标题改成 NOODLE NIGHT", "edit", ["NOODLE NIGHT", "tonkotsu ramen", "red paper lanterns"], ["RAMEN NIGHT"]),
 ("灯笼去掉", "edit", ["NOODLE NIGHT", "steaming bowl of tonkotsu ramen", "Japanese-style typography"], ["paper lanterns", "RAMEN NIGHT"])],

[("做一张 product shot：黑色哑光的保温杯，放在 concrete 台面上，背景 soft grey，侧光", "draw",
  ["黑色哑光的保温杯", "concrete 台面", "soft grey", "侧光"], []),
 ("杯子改成 sage green", "edit", ["sage green", "concrete 台面", "soft grey"], ["黑色哑光"]),
 ("侧光改成 top light", "edit", ["top light", "sage green", "concrete 台面"], ["侧光"])],

[("isometric 3D illustration of a tiny greenhouse full of succulents, pastel colours, soft shadows", "draw",
  ["tiny greenhouse", "full of succulents", "pastel colours", "soft shadows"], []),
 ("这个是用什么软件做的？", "chat", ["tiny greenhouse", "full of succulents", "pastel colours"], []),
 ("pastel colours 换成 earthy tones", "edit", ["earthy tones", "tiny greenhouse", "full of succulents"], ["pastel colours"])],

[("一个复古的红色电话亭，伦敦街头，下雨天，行人撑着伞", "draw",
  ["复古的红色电话亭", "伦敦街头", "下雨天", "行人撑着伞"], []),
 ("change the phone booth to blue", "edit", ["复古的蓝色电话亭", "伦敦街头", "下雨天"], ["红色电话亭"]),
 ("go back", "undo", ["复古的红色电话亭", "伦敦街头", "行人撑着伞"], ["蓝色电话亭"])],

[("pls 帮我画一个 banner：秋季新品上市，一件焦糖色的针织毛衣平铺在木地板上，旁边有落叶和一杯热可可", "draw",
  ["秋季新品上市", "焦糖色的针织毛衣", "木地板", "落叶和一杯热可可"], ["帮我画"]),
 ("毛衣换成奶白色", "edit", ["奶白色的针织毛衣", "木地板", "落叶"], ["焦糖色"]),
 ("remove 热可可", "edit", ["奶白色的针织毛衣", "落叶", "木地板"], ["热可可"])],

[("an astronaut riding a white horse across a desert of pink sand, surreal, 35mm", "draw",
  ["astronaut riding a white horse", "desert of pink sand"], []),
 ("马换成黑色", "edit", ["black horse", "desert of pink sand", "astronaut riding"], ["white horse"]),
 ("沙子改成蓝色", "edit", ["blue sand", "black horse", "astronaut riding"], ["pink sand", "white horse"])],

[("一只柯基和一只哈士奇在草地上奔跑，蓝天白云", "draw",
  ["一只柯基", "一只哈士奇", "草地上奔跑", "蓝天白云"], []),
 ("remove the dog", "ask", ["一只柯基", "一只哈士奇", "蓝天白云"], []),
 ("the husky", "edit", ["一只柯基", "蓝天白云", "草地上奔跑"], ["哈士奇"])],

[("我要一个 mid-century modern 风格的书房，walnut 书桌，绿色的台灯，墙上是一整面书架", "draw",
  ["mid-century modern", "walnut 书桌", "绿色的台灯", "一整面书架"], ["我要"]),
 ("台灯换成黄色的", "edit", ["黄色的台灯", "walnut 书桌", "一整面书架"], ["绿色的台灯"]),
 ("hmm 上一个颜色更好", "undo", ["绿色的台灯", "walnut 书桌", "mid-century modern"], ["黄色的台灯"])],

[("a flat lay of stationery: a kraft notebook, a brass fountain pen, washi tape rolls, and a small succulent, top-down, soft daylight", "draw",
  ["kraft notebook", "brass fountain pen", "washi tape rolls", "small succulent"], []),
 ("把钢笔去掉", "edit", ["kraft notebook", "washi tape rolls", "small succulent"], ["fountain pen"]),
 ("算了撤销", "undo", ["brass fountain pen", "kraft notebook", "washi tape rolls"], [])],

[("Could you 画一个 logo for my yoga studio, 名字叫 Still Water, 一个 lotus 在 circle 里, line art, teal", "draw",
  ["Still Water", "line art", "lotus 在 circle 里"], ["could you"]),
 ("名字改成 Quiet Tide", "edit", ["Quiet Tide", "line art", "lotus 在 circle 里"], ["Still Water"]),
 ("looks good 谢谢", "chat", ["Quiet Tide", "line art"], ["Still Water"])],

[("一个穿黄色雨衣的小男孩在水坑里跳，雨天的街道，绘本风格", "draw",
  ["黄色雨衣的小男孩", "水坑里跳", "雨天的街道", "绘本风格"], []),
 ("the raincoat should be red", "edit", ["红色雨衣", "水坑里跳", "绘本风格"], ["黄色雨衣"]),
 ("add red rain boots too", "edit", ["雨靴", "红色雨衣", "水坑里跳"], ["黄色雨衣"])],

[("A cozy cabin kitchen at breakfast time, cast iron pan with pancakes, a jar of maple syrup, checkered curtains, morning light", "draw",
  ["cozy cabin kitchen", "cast iron pan with pancakes", "jar of maple syrup", "checkered curtains"], []),
 ("pancakes 换成 waffles", "edit", ["cast iron pan with waffles", "jar of maple syrup", "checkered curtains"], ["pancakes"]),
 ("这个 syrup 罐子好好看", "chat", ["cast iron pan with waffles", "jar of maple syrup"], ["pancakes"])],

[("a watercolor illustration of two hot air balloons, a striped red one and a yellow one, floating over green hills", "draw",
  ["two hot air balloons", "striped red one", "yellow one", "green hills"], []),
 ("把气球换成蓝色", "ask", ["striped red one", "yellow one", "green hills"], []),
 ("黄色那个", "edit", ["blue one", "striped red one", "green hills"], ["yellow one"])],

[("电商主图：一双白色的 running shoes 放在反光的黑色台面上，背景有 neon 蓝色光线，科技感", "draw",
  ["白色的 running shoes", "反光的黑色台面", "蓝色光线", "科技感"], []),
 ("neon 改成粉色", "edit", ["粉色光线", "白色的 running shoes", "科技感"], ["蓝色光线"]),
 ("新的一张：一个 smart watch 特写，深色背景", "draw", ["smart watch 特写", "深色背景"], ["running shoes", "粉色光线"])],

[("Travel poster: Kyoto pagoda at sunset with cherry blossoms in the foreground, vintage screen-print style, limited palette of red, cream and navy", "draw",
  ["Kyoto pagoda at sunset", "cherry blossoms in the foreground", "vintage screen-print style", "red, cream and navy"], []),
 ("樱花换成红枫叶", "edit", ["maple leaves", "Kyoto pagoda", "vintage screen-print style"], ["cherry blossoms"]),
 ("撤销", "undo", ["cherry blossoms in the foreground", "Kyoto pagoda", "red, cream and navy"], ["maple"])],
]
