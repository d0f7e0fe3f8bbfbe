# Mixed-language designer dialogues (code-switching, cross-language edits).
# Each turn: (message, intent, must_contain "a|b", must_not_contain "a|b")
D = [
# 001 English prompt, Chinese colour edit -> written in English
[("a corgi wearing a tiny yellow raincoat splashing in a puddle, city street, overcast, cinematic", "draw", "corgi wearing|tiny yellow raincoat|splashing in a puddle|city street", ""),
 ("把雨衣换成红色", "edit", "tiny red raincoat|splashing in a puddle|city street", "yellow raincoat"),
 ("好看！", "chat", "tiny red raincoat|city street", "yellow raincoat")],
# 002 Chinese prompt with English words
[("帮我画一个 minimalist 风格的 logo，品牌叫 Moonbrew，一个弯月形状的咖啡杯，navy 和金色", "draw", "minimalist 风格|品牌叫 Moonbrew|弯月形状的咖啡杯", "帮我画"),
 ("金色换成 silver", "edit", "品牌叫 Moonbrew|弯月形状的咖啡杯", "金色"),
 ("undo", "undo", "金色|品牌叫 Moonbrew", "")],
# 003 English prompt, Chinese remove
[("flat lay of a skincare set: a frosted glass serum bottle, a white jar of cream, a jade roller and eucalyptus leaves on a light grey stone surface", "draw", "frosted glass serum bottle|white jar of cream|jade roller|eucalyptus leaves", ""),
 ("去掉那个 jade roller", "edit", "frosted glass serum bottle|white jar of cream|eucalyptus leaves", "jade roller"),
 ("石头换成 pink marble", "edit", "pink marble|frosted glass serum bottle|eucalyptus leaves", "light grey stone")],
# 004 Chinese prompt, English edit -> written in Chinese
[("一间日式茶室，榻榻米地面，纸拉门半开，门外是枯山水庭院，一只黑色铁壶放在矮桌上", "draw", "榻榻米地面|纸拉门半开|枯山水庭院|黑色铁壶", ""),
 ("make the kettle red", "edit", "红色铁壶|榻榻米地面|枯山水庭院", "黑色铁壶"),
 ("nice, 就这样", "chat", "红色铁壶|纸拉门半开", "黑色铁壶")],
# 005 code-switcher designer
[("做一个 app 的 hero image，一个女生戴着耳机坐在窗台上，窗外是 sunset 的城市天际线，整体 pastel 色调", "draw", "hero image|戴着耳机|坐在窗台上|城市天际线", ""),
 ("sunset 改成 night，城市亮灯", "edit", "戴着耳机|坐在窗台上|城市天际线", "sunset"),
 ("耳机颜色呢？看不清", "chat", "戴着耳机|城市天际线", "sunset")],
# 006 English prompt, Chinese ask
[("a poster with a giant red strawberry and a small green pear on a cream background, retro screen print style", "draw", "giant red strawberry|small green pear|cream background|retro screen print", ""),
 ("把这个改大一点", "ask", "giant red strawberry|small green pear|cream background", ""),
 ("pear. 梨大一点", "edit", "green pear|giant red strawberry|cream background|retro screen print", "small green pear")],
# 007 English prompt, Chinese material edit
[("interior render of a kitchen with white marble countertops, light oak cabinets, a row of copper pendant lamps and a bowl of lemons on the island", "draw", "white marble countertops|light oak cabinets|copper pendant lamps|bowl of lemons", ""),
 ("吊灯换成黑色的", "edit", "black pendant lamps|white marble countertops|light oak cabinets", "copper pendant lamps"),
 ("柠檬拿掉", "edit", "black pendant lamps|white marble countertops", "bowl of lemons"),
 ("撤销", "undo", "bowl of lemons|black pendant lamps", "copper pendant lamps")],
# 008 Chinese prompt, English add
[("儿童绘本，一只小兔子在森林里的树洞门口种胡萝卜，水彩画风，暖色调", "draw", "小兔子|树洞门口|种胡萝卜|水彩画风", ""),
 ("add a little bird on the tree", "edit", "小鸟|小兔子|树洞门口|种胡萝卜", ""),
 ("bird 要蓝色的", "edit", "蓝色|小鸟|小兔子|水彩画风", "")],
# 009 English prompt, Chinese text edit on sign
[("neon sign on a brick wall that says 'OPEN LATE', pink and blue glow, rainy night, reflections on wet pavement", "draw", "neon sign|brick wall|OPEN LATE|wet pavement", ""),
 ("字改成 'NO SLEEP'", "edit", "NO SLEEP|neon sign|brick wall|wet pavement", "OPEN LATE"),
 ("这个字体是什么风格", "chat", "NO SLEEP|neon sign", "OPEN LATE")],
# 010 Chinese prompt, English swap subject
[("古风游戏角色立绘，一位白衣剑客站在竹林中，手持长剑，衣袂飘飘，背景有薄雾", "draw", "白衣剑客|竹林|手持长剑|衣袂飘飘", ""),
 ("change the sword to a fan", "edit", "白衣剑客|竹林|衣袂飘飘", "长剑"),
 ("hmm go back", "undo", "手持长剑|白衣剑客", "")],
# 011 English food, Chinese lighting / angle
[("menu photo of a stack of fluffy pancakes with blueberries and maple syrup dripping, a pat of butter on top, white plate, marble table", "draw", "fluffy pancakes|pancakes with blueberries|maple syrup dripping|pat of butter", ""),
 ("蓝莓换成草莓", "edit", "pancakes with strawberries|maple syrup dripping|pat of butter", "blueberries"),
 ("thx 很好", "chat", "pancakes with strawberries|pat of butter", "blueberries")],
# 012 Chinese fashion, English colour
[("时装 lookbook，模特穿一件 oversized 的驼色大衣，内搭黑色高领毛衣，走在巴黎街头，阴天，胶片感", "draw", "时装 lookbook|驼色大衣|黑色高领毛衣|巴黎街头|胶片感", ""),
 ("make the coat navy", "edit", "黑色高领毛衣|巴黎街头|胶片感", "驼色大衣"),
 ("毛衣 also white", "edit", "白色高领毛衣|巴黎街头|时装 lookbook", "黑色高领毛衣|驼色大衣")],
# 013 English book cover, Chinese title change keeps English title? -> user gives new English title
[("thriller book cover, a lone red door in a foggy field, title 'THE LAST ROOM' in white serif at the top", "draw", "lone red door|foggy field|THE LAST ROOM", ""),
 ("书名换成 'NOBODY HOME'", "edit", "NOBODY HOME|lone red door|foggy field", "THE LAST ROOM"),
 ("门换成蓝色", "edit", "lone blue door|NOBODY HOME|foggy field", "red door")],
# 014 ambiguous in mixed
[("一个 black 的保温杯和一个白色的便当盒放在 wooden 餐垫上，product shot，soft light", "draw", "保温杯|便当盒|product shot", ""),
 ("换成 green", "ask", "保温杯|便当盒|product shot", ""),
 ("便当盒 green", "edit", "保温杯|product shot", "白色的便当盒")],
# 015 English architecture, Chinese time of day
[("exterior of a glass pavilion in a pine forest, thin steel columns, reflections of trees in the glass, foggy morning", "draw", "glass pavilion|pine forest|thin steel columns|reflections of trees", ""),
 ("改成雪天", "edit", "glass pavilion|pine forest|thin steel columns", ""),
 ("再撤回", "undo", "glass pavilion|foggy morning", "")],
# 016 code-switching kid / phone
[("画一只 cute 的恐龙在 skateboard 上，背景是游乐场，卡通风格", "draw", "恐龙|skateboard 上|游乐场|卡通风格", ""),
 ("恐龙要 orange 色", "edit", "恐龙|skateboard 上|游乐场|卡通风格", ""),
 ("thank u 超棒", "chat", "skateboard 上|游乐场", "")],
# 017 English packaging, Chinese palette
[("packaging design for a chocolate bar, kraft paper wrapper with a deep blue band, illustration of a cacao pod, the brand name 'NOIR 72%' in gold foil", "draw", "kraft paper wrapper|deep blue band|cacao pod|NOIR 72%", ""),
 ("蓝色的带子改成深绿色", "edit", "deep green band|kraft paper wrapper|cacao pod|NOIR 72%", "deep blue band"),
 ("第一个颜色更好", "edit", "deep blue band|kraft paper wrapper|NOIR 72%", "deep green band")],
# 018 Chinese interior, English remove & new draw
[("北欧风卧室，白色床品，床头一盏藤编吊灯，墙上挂着一幅抽象画，窗边一把米色单人椅", "draw", "白色床品|藤编吊灯|抽象画|米色单人椅", ""),
 ("remove the painting", "edit", "白色床品|藤编吊灯|米色单人椅", "抽象画"),
 ("ok now something new: a kids room with a bunk bed shaped like a pirate ship", "draw", "bunk bed|pirate ship", "藤编吊灯|米色单人椅")],
]
