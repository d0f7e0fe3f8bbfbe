"""Round 12 on issue 14, designer edits: mechanisms batch 10's leftovers showed missing (phrasings of our own).

A word that stands for the same kind of thing replaces its kin where the prompt says it (a race, a breed, a
medium, a gender), in the prompt's language; an English addition to a Chinese prompt is written in Chinese or
asked about; a verbless "表盘绿色" before another clause is read, not dropped."""

from __future__ import annotations

import pytest

from tests.dialogue import play_open as play

ELF = "character concept sheet, a female elf archer with silver hair, green leather armor, a longbow, white background"
FOX = "children's book illustration, a little fox in a yellow raincoat jumping in puddles, watercolor style"


@pytest.mark.parametrize(
    ("prompt", "edit", "prompt_after"),
    [
        (ELF, "make her a dwarf instead",
         "character concept sheet, a female dwarf archer with silver hair, green leather armor, a longbow, white background"),
        ("角色设定图，银发精灵女弓箭手，绿色皮甲，长弓", "换成矮人", "角色设定图，银发矮人女弓箭手，绿色皮甲，长弓"),
        (FOX, "let's go gouache then",
         "children's book illustration, a little fox in a yellow raincoat jumping in puddles, gouache style"),
        ("儿童绘本插画，一只穿黄色雨衣的小狐狸在水坑里跳，水彩风格", "那就彩铅吧", "儿童绘本插画，一只穿黄色雨衣的小狐狸在水坑里跳，彩铅风格"),
        ("一个在阳台上浇花的可爱机器人，像素风", "换成3D渲染风格", "一个在阳台上浇花的可爱机器人，3D渲染风格"),
        ("宠物粮包装，狗粮袋正面印着一只开心的比格犬，棚拍光", "swap the beagle for a corgi", "宠物粮包装，狗粮袋正面印着一只开心的柯基，棚拍光"),
        ("理财App插画，一个微笑的年轻男人在给小植物浇水", "男的换成女的", "理财App插画，一个微笑的年轻女人在给小植物浇水"),
    ],
)  # fmt: skip
def test_one_member_of_a_set_replaces_its_kin_where_the_prompt_says_it(prompt, edit, prompt_after):
    _, rw = play([prompt, edit])
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


def test_a_medium_named_with_a_style_word_leaves_a_texture_alone_and_takes_the_style_phrase():
    prompt = "一个穿橙色宇航服的小男孩坐在月球上钓星星，儿童绘本风格，柔和的蜡笔质感"
    _, rw = play([prompt, "改成油画风格"])
    assert "油画风格" in rw.prompt and "儿童绘本风格" not in rw.prompt and "蜡笔质感" in rw.prompt


def test_two_members_of_the_set_in_the_prompt_are_not_guessed_between_and_the_answer_gets_the_edit():
    dialogue = ["a beagle and a corgi on a lawn, sunny", "make it a husky"]
    _, rw = play(dialogue)
    assert (rw.intent, rw.reply) == ("chat", "Which one do you mean: the beagle or the corgi?")
    _, rw = play([*dialogue, "the corgi"])
    assert (rw.intent, rw.prompt) == ("edit", "a beagle and a husky on a lawn, sunny")


@pytest.mark.parametrize(
    ("prompt", "edit", "prompt_after"),
    [
        ("北欧风客厅，灰色亚麻沙发，圆形洞石茶几，午后阳光", "茶几换成黑色大理石的", "北欧风客厅，灰色亚麻沙发，圆形黑色大理石茶几，午后阳光"),
        ("书店橱窗，窗台上睡着一只橘猫，挂着串灯", "make the cat black pls", "书店橱窗，窗台上睡着一只黑猫，挂着串灯"),
        ("手表广告，银色计时码表，蓝色表盘，游艇栏杆，黄金时刻", "表盘绿色，夜晚", "手表广告，银色计时码表，绿色表盘，游艇栏杆，夜晚"),
        ("日式卧室，墨绿色亚麻床品，竹帘", "add a small rug", "日式卧室，墨绿色亚麻床品，竹帘，一块小地毯"),
        ("菜单主图，木铲上的玛格丽特披萨，新鲜罗勒", "add black olives", "菜单主图，木铲上的玛格丽特披萨，新鲜罗勒，黑橄榄"),
        ("书店橱窗，窗台上一只猫，小黑板上写着「新书到店」", "change the chalkboard text to 盘点暂停营业",
         "书店橱窗，窗台上一只猫，小黑板上写着「盘点暂停营业」"),
        ('a flower shop, a big sign above the door reading "OPEN" and a small chalkboard reading "TULIPS"',
         "change the chalkboard text to SALE",
         'a flower shop, a big sign above the door reading "OPEN" and a small chalkboard reading "SALE"'),
        ("a tea house in the mountains, black wooden bridge, spring with cherry blossom", "and season change to autumn",
         "a tea house in the mountains, black wooden bridge, autumn with cherry blossom"),
    ],
)  # fmt: skip
def test_edits_batch_10_left_unread(prompt, edit, prompt_after):
    _, rw = play([prompt, edit])
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


def test_an_english_addition_with_no_chinese_here_is_asked_about_not_pasted():
    _, rw = play(["菜单主图，木铲上的玛格丽特披萨，新鲜罗勒", "add a flux capacitor"])
    assert rw.intent == "chat" and "flux capacitor" in rw.reply and rw.reply.endswith("?")


def test_a_colour_it_already_has_changes_nothing_and_garbles_nothing():
    _, rw = play(["日式卧室，墨绿色亚麻床品，竹帘", "make the bedding dark green"])
    assert (rw.intent, rw.reply) == ("chat", "The bedding is already dark green, so nothing changed.")


# Round 13, after batch 11's first sight: words said around an edit, complaints that name the thing, values put back.
@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["a woman on a mossy rock, misty pine forest, soft morning light", "perfect, now a version at night"],
         "a woman on a mossy rock, misty pine forest, soft night light"),
        (["冥想App插图，湖边的木栈道，远处是雪山，清晨", "很好，再来一个晚上的版本"], "冥想App插图，湖边的木栈道，远处是雪山，晚上"),
        (["a jazz poster, a saxophone player, gold lettering", "sorry - change the gold to silver"],
         "a jazz poster, a saxophone player, silver lettering"),
        (["a frosted glass perfume bottle, surrounded by white peonies, pink backdrop", "the peonies look fake, swap for white roses"],
         "a frosted glass perfume bottle, surrounded by white roses, pink backdrop"),
        (["磨砂玻璃香水瓶，周围是白色牡丹，浅粉色背景", "牡丹看起来很假，换成白玫瑰"], "磨砂玻璃香水瓶，周围是白玫瑰，浅粉色背景"),
        (["一碗牛肉面，上面有香菜和溏心蛋，深色木桌", "溏心蛋看着怪怪的，去掉吧"], "一碗牛肉面，上面有香菜，深色木桌"),
        (["等距3D房间，电竞桌，椅子上一只猫", "猫不要"], "等距3D房间，电竞桌，椅子"),
        (["月饼礼盒产品图，深红色礼盒，旁边摆两块月饼和一壶茶，暖光", "茶壶去掉"], "月饼礼盒产品图，深红色礼盒，旁边摆两块月饼，暖光"),
        (["月饼礼盒产品图，旁边摆一壶茶和两块月饼", "remove the teapot"], "月饼礼盒产品图，旁边摆两块月饼"),
        (["a chocolate cake with strawberries on top, on a white plate", "the strawberry change to raspberry please"],
         "a chocolate cake with raspberries on top, on a white plate"),
        (["a chocolate cake, on a white plate", "good. the plate make black"], "a chocolate cake, on a black plate"),
        (["a logo for a coffee shop called Bean There, a line drawing of a cup", "change the name to Daily Grind"],
         "a logo for a coffee shop called Daily Grind, a line drawing of a cup"),
        (["科幻小说封面，漂浮的城市，标题《云端之城》", "标题改成《天空尽头》"], "科幻小说封面，漂浮的城市，标题《天空尽头》"),
        (["奶茶杯，杯身印着熊猫图案，暖色灯光", "make the panda a cat"], "奶茶杯，杯身印着猫图案，暖色灯光"),
        (["a bowl of hotpot, lamb slices, tofu, on a round table", "去掉豆腐"], "a bowl of hotpot, lamb slices, on a round table"),
        (["窗台上睡着一只猫，暖暖的午后", "要黑猫"], "窗台上睡着一只黑猫，暖暖的午后"),
        (["一条龙盘绕在水晶塔上，紫色闪电", "让它喷火"], "一条龙盘绕在水晶塔上，紫色闪电，喷火"),
        (["新中式客厅，米色墙面，水墨画挂在沙发后面", "add a floor lamp next to the sofa"],
         "新中式客厅，米色墙面，水墨画挂在沙发后面，沙发旁边一个落地灯"),
    ],
)  # fmt: skip
def test_edits_batch_11_showed_unread(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["modern kitchen, dark green cabinets, brass handles", "make the cabinets navy", "no wait, the green was nicer"],
         "modern kitchen, dark green cabinets, brass handles"),
        (["现代厨房，墨绿色橱柜，黄铜把手", "橱柜换成藏青色", "不对，还是墨绿色好看"], "现代厨房，墨绿色橱柜，黄铜把手"),
        (["a shop called Bean There, a cup, cream paper", "change the name to Daily Grind", "nah the first name was better"],
         "a shop called Bean There, a cup, cream paper"),
    ],
)  # fmt: skip
def test_a_value_asked_back_is_the_one_an_earlier_prompt_had(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


def test_a_value_asked_back_that_no_earlier_prompt_had_adds_nothing():
    _, rw = play(["modern kitchen, navy cabinets", "no wait, the green was nicer"])
    assert "green" not in (rw.prompt or "")


# Round 14: two of a kind told apart by "one blue and one green", things named alone, offered colours.
def test_a_pair_told_apart_by_one_and_one_asks_which_and_the_answer_edits_that_one():
    dialogue = ["two mugs on a wooden table, one blue and one green, soft morning light", "make the mug red"]
    _, rw = play(dialogue)
    assert (rw.intent, rw.reply) == ("chat", "Which one do you mean: the blue one or the green one?")
    _, rw = play([*dialogue, "the blue one"])
    assert rw.prompt == "two mugs on a wooden table, one red and one green, soft morning light"
    _, rw = play(["木桌上两个马克杯，一个蓝色一个绿色，早晨的光", "把马克杯改成红色"])
    assert rw.reply == "你指的是哪一个：蓝色的那个还是绿色的那个？"
    _, rw = play(["木桌上两个马克杯，一个蓝色一个绿色，早晨的光", "把马克杯改成红色", "蓝色那个"])
    assert rw.prompt == "木桌上两个马克杯，一个红色一个绿色，早晨的光"


def test_two_things_said_one_after_the_other_are_both_found():
    dialogue = ["a ginger cat and a grey cat curled up on a velvet sofa", "把猫换成狗"]
    _, rw = play(dialogue)
    assert rw.intent == "chat" and "a ginger cat" in rw.reply and "a grey cat" in rw.reply
    _, rw = play([*dialogue, "only the grey one"])
    assert rw.prompt == "a ginger cat and a grey dog curled up on a velvet sofa"


@pytest.mark.parametrize(
    ("prompt", "message", "reply"),
    [
        ("a tiny hummingbird next to a red hibiscus flower, macro photography", "the bird", "What should change about the bird?"),
        ("一只小小的蜂鸟在红色扶桑花旁边，微距摄影", "鸟", "鸟要怎么改？"),
    ],
)  # fmt: skip
def test_a_thing_named_alone_adds_nothing_and_asks_what_to_change(prompt, message, reply):
    _, rw = play([prompt, message])
    assert (rw.intent, rw.reply) == ("chat", reply)


@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["a sleek electric scooter in glossy mint green, parked on a city street", "try matte black"],
         "a sleek electric scooter in matte black, parked on a city street"),
        (["一辆亮面薄荷绿的电动滑板车，停在城市街道上", "换成亮面橙色试试"], "一辆亮面橙色的电动滑板车，停在城市街道上"),
        (["a woman sitting cross-legged on a mossy rock, misty pine forest", "remove the woman, just the rock"],
         "a mossy rock, misty pine forest"),
        (["a watercolor map of an island with a volcano and a harbor town", "edit this one, just turn the volcano into a giant tree"],
         "a watercolor map of an island with a giant tree and a harbor town"),
        (["书封设计，一座漂浮在紫色星云中的白色空间站", "再来点小行星"], "书封设计，一座漂浮在紫色星云中的白色空间站，小行星"),
        (["一个蓝色马克杯，木桌", "把蓝色的马克杯改成红色"], "一个红色马克杯，木桌"),
    ],
)  # fmt: skip
def test_edits_batch_11_showed_unread_round_14(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["a sleepy cat on a sunny windowsill", "black cat"], "a sleepy black cat on a sunny windowsill"),
        (["a tabby cat on a cushion", "make the cat black"], "a black cat on a cushion"),  # batch 30: the coat goes
        (["a coffee cup on a table", "make the cup blue"], "a blue coffee cup on a table"),
        (["game concept art，一个 cyberpunk 的 street market，霓虹灯 pink and cyan，下雨", "rain 不要了"],
         "game concept art，一个 cyberpunk 的 street market，霓虹灯 pink and cyan"),
        (["一张雪豹在雪山上的海报", "后面加一轮满月"], "一张雪豹在雪山上的海报，一轮满月在后面"),
        (["a food truck, hand-painted sign reading 'TACO LOCO', string lights", "sign: TACO TUESDAY"],
         "a food truck, hand-painted sign reading 'TACO TUESDAY', string lights"),
        (["isometric 3d room, purple neon, rgb keyboard", "neon teal"], "isometric 3d room, teal neon, rgb keyboard"),
    ],
)  # fmt: skip
def test_edits_batch_11_showed_unread_round_15(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


@pytest.mark.parametrize(
    ("message", "prompt"),
    [
        ("a poster of a tiger in the jungle, no wait, a snow leopard in the mountains, bold graphic style",
         "a poster of a snow leopard in the mountains, bold graphic style"),
        ("a tiger in the jungle, no wait, a snow leopard in the mountains", "a snow leopard in the mountains"),
        ("一张老虎在丛林里的海报，不对，是雪豹在雪山上，大胆的平面风格", "雪豹在雪山上，大胆的平面风格"),
    ],
)  # fmt: skip
def test_a_first_message_that_corrects_itself_keeps_the_correction(message, prompt):
    _, rw = play([message])
    assert (rw.intent, rw.prompt) == ("draw", prompt)


# Round 16: prompts written in both languages keep the user's words in the language said.
@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (['海报 for 音乐节，giant 的 sunflower 在 desert 里，白天，文字 "SUNDAZE 2025"', "改成 night，加 fireworks"],
         '海报 for 音乐节，giant 的 sunflower 在 desert 里，night，文字 "SUNDAZE 2025"，fireworks'),
        (["children's book，一只 tiny 的 dragon 在 teacup 里睡觉，粉色 blanket，soft pastel", "blanket 换成 mint green 的"],
         "children's book，一只 tiny 的 dragon 在 teacup 里睡觉，mint green blanket，soft pastel"),
        (["fashion 广告，一双 red satin 高跟鞋放在 marble 台阶上", "颜色改成 black"], "fashion 广告，一双 black satin 高跟鞋放在 marble 台阶上"),
        (["ad for 电动牙刷，背景 light blue，clean 科技感", "背景 dark navy"], "ad for 电动牙刷，背景 dark navy，clean 科技感"),
    ],
)  # fmt: skip
def test_a_prompt_in_both_languages_takes_values_as_said(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


def test_an_open_world_dialogue_never_reaches_a_shapes_cell_it_does_not_have():
    # a place answer is tried on the shapes grid; open-world subjects have no cell, and nothing may crash
    turns = [
        "2.5D等距插画，雪林里一间小木屋，烟囱冒烟",
        "换一张新的：等距风格的海岛灯塔，晴天，有海鸥",
        "灯塔加上红白条纹",
        "挪一挪",
    ]
    _, rw = play(turns)
    assert rw.intent == "chat" and rw.reply.endswith("？")


@pytest.mark.parametrize(
    ("turns", "intent", "prompt_after"),
    [
        (["a cozy cabin in a snowy forest, smoke from the chimney", "new one: a lighthouse on a rocky island, seagulls"],
         "draw", "a lighthouse on a rocky island, seagulls"),
        (["等距风格的海岛灯塔，晴天，有海鸥", "灯塔加上红白条纹"], "edit", "等距风格的海岛灯塔，晴天，有海鸥，灯塔有红白条纹"),
        (["卧室，一张矮床，一盏藤编落地灯", "落地灯挪到左边"], "edit", "卧室，一张矮床，一盏藤编落地灯，落地灯在左边"),
    ],
)  # fmt: skip
def test_new_one_and_chinese_gives_and_moves(turns, intent, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == (intent, prompt_after)


@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["a latte with latte art on the left, a croissant on the right, wooden table", "swap them, croissant left latte right"],
         "a latte with latte art on the right, a croissant on the left, wooden table"),
        (["咖啡店banner，左边一杯拉花拿铁，右边一个可颂", "把拿铁和可颂换个位置"], "咖啡店banner，右边一杯拉花拿铁，左边一个可颂"),
        (["a latte on the left, a croissant on the right", "swap the latte for a mocha"], "a mocha on the left, a croissant on the right"),
    ],
)  # fmt: skip
def test_two_things_trade_places_by_their_side_words(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["a glass house on a cliff，俯瞰大海，dusk，warm lights", "把它改成 morning"], "a glass house on a cliff，俯瞰大海，morning，warm lights"),
        (["App splash screen，一个 astronaut 坐在 crescent moon 上钓鱼", "宇航员换成一只 cat"], "App splash screen，一个 cat 坐在 crescent moon 上钓鱼"),
        (["lookbook，模特穿 oversized 白衬衫 + 黑色 leather skirt", "skirt 换成 denim 的"], "lookbook，模特穿 oversized 白衬衫 + 黑色 denim skirt"),
        (["architecture render，一个 timber cabin 在 fjord 边上，极光，snow", "去掉 aurora，换成 full moon"],
         "architecture render，一个 timber cabin 在 fjord 边上，full moon，snow"),
        (["game concept art，一个 cyberpunk 的夜市，下雨，一个穿 red hoodie 的女孩", "hoodie 改成 yellow，然后雨停"],
         "game concept art，一个 cyberpunk 的夜市，一个穿 yellow hoodie 的女孩"),
    ],
)  # fmt: skip
def test_a_prompt_in_both_languages_round_17(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


HUMMINGBIRD = "a tiny hummingbird next to a red hibiscus flower, macro photography"


def test_make_it_bigger_resizes_the_main_subject():
    _, rw = play([HUMMINGBIRD, "make it bigger"])
    assert (rw.intent, rw.prompt) == ("edit", "a big hummingbird next to a red hibiscus flower, macro photography")


@pytest.mark.parametrize(
    ("prompt", "message"),
    [
        (HUMMINGBIRD, "make that one different"),
        (HUMMINGBIRD, "make it more... you know"),
        (HUMMINGBIRD, "now a desert one"),
        ("窗台上睡着一只黑猫，暖暖的午后", "再来一个"),
        ("窗台上睡着一只黑猫，暖暖的午后", "换个别的"),
        ("窗台上睡着一只黑猫，暖暖的午后", "再来一个 version"),
    ],
)  # fmt: skip
def test_a_request_that_says_no_value_adds_nothing_and_asks(prompt, message):
    _, rw = play([prompt, message])
    assert rw.intent == "chat" and rw.reply.endswith(("?", "？"))


@pytest.mark.parametrize("message", ["哇", "好，就保留这个", "对对对就是这个"])
def test_praise_and_keeping_it_change_nothing(message):
    _, rw = play(["窗台上睡着一只黑猫，暖暖的午后", message])
    assert (rw.intent, rw.reply) == ("chat", "好的，画面保持不变。")


# Round 18, after batch 12's first sight.
@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["sci-fi book cover, a space station, title at the top, author name at the bottom",
          "put the title at the bottom and the author name at the top"],
         "sci-fi book cover, a space station, title at the bottom, author name at the top"),
        (["tea tin packaging, art deco pattern, black and gold", "+ peacock"], "tea tin packaging, art deco pattern, black and gold, peacock"),
        (["tea tin packaging, black and gold, a peacock", "- peacock"], "tea tin packaging, black and gold"),
        (["茶叶罐包装，黑金配色，一只孔雀", "孔雀还是不要了"], "茶叶罐包装，黑金配色"),
        (["movie poster, a big astronaut on the left and the title text on the right", "flip it: astronaut right, text left"],
         "movie poster, a big astronaut on the right and the title text on the left"),
        (["watercolor illustration of a fox in a snowy forest", "make the fox a wolf, no wait, a husky"],
         "watercolor illustration of a husky in a snowy forest"),
        (["a red kite over a green hill", "make the kite blue, no wait, yellow"], "a yellow kite over a green hill"),
        (["一只红色的风筝飞在山坡上", "风筝改成蓝色，不对，黄色"], "一只黄色的风筝飞在山坡上"),
        (["a red cabin with a red door", "make it blue", "the door, sorry"], "a red cabin with a blue door"),
        (["山里的小木屋，红色的门", "改成蓝色", "门"], "山里的小木屋，蓝色的门"),
        (["concept art of a desert outpost, hazy teal sky", "perfect. now the same thing at night"],
         "concept art of a desert outpost, hazy teal sky, night"),
        (["画册大片，模特站在沙丘上，黄金时刻", "完美，再来一版蓝调时刻的"], "画册大片，模特站在沙丘上，蓝调时刻"),
        (["时装画册，白色亚麻衬衫配卡其色阔腿裤", "裤子来个黑色的"], "时装画册，白色亚麻衬衫配黑色阔腿裤"),
        (["an electric SUV on a coastal highway, car in pearl white", "car in midnight blue"],
         "an electric SUV on a coastal highway, car in midnight blue"),
        (["fashion shot，model 穿 oversized denim jacket 和 white tee", "denim jacket 换成 leather jacket"],
         "fashion shot，model 穿 oversized leather jacket 和 white tee"),
        (["咖啡店logo，一只猫头鹰，棕色", "颜色换成深绿", "第一版的颜色更好"], "咖啡店logo，一只猫头鹰，棕色"),
        (["儿童节海报，小朋友在滑梯上玩，天上飘着气球", "气球换成风筝", "嗯……还是气球好"], "儿童节海报，小朋友在滑梯上玩，天上飘着气球"),
        (["游戏场景，一座魔法师塔楼，塔楼前有一个种着南瓜的小花园", "南瓜不要了"], "游戏场景，一座魔法师塔楼，塔楼前小花园"),
        (["画册大片，模特穿着祖母绿丝绸长裙", "裙子换成象牙白"], "画册大片，模特穿着象牙白丝绸长裙"),
    ],
)  # fmt: skip
def test_edits_batch_12_showed_unread(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


def test_a_colour_with_no_thing_named_and_no_colour_to_take_its_place_asks_which_part():
    _, rw = play(["山里的小木屋，红色的门，烟囱冒着烟", "改成蓝色"])
    assert (rw.intent, rw.reply) == ("chat", "要把哪一部分改成蓝色？")


def test_a_noun_first_in_chinese_is_not_taken_for_the_draw_verb():
    _, rw = play(["画册大片，模特站在沙丘上"])
    assert rw.prompt == "画册大片，模特站在沙丘上"


@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["an onboarding illustration, a rider on a green scooter", "scooter orange to match our brand"],
         "an onboarding illustration, a rider on an orange scooter"),
        (["black and white street photo of a man with an umbrella", "can you make it colour but keep everything else"],
         "colour street photo of a man with an umbrella"),
        (["外卖App插画，骑绿色电动车的外卖小哥", "电动车换成我们品牌的橙色"], "外卖App插画，骑橙色电动车的外卖小哥"),
    ],
)  # fmt: skip
def test_words_about_the_brand_and_the_rest_are_not_the_edit(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


def test_talk_about_the_work_is_still_a_remark():
    _, rw = play(["a red fox in the snow", "love it, sending to my client"])
    assert rw.intent == "chat"


@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["人像摄影，一位老奶奶坐在藤椅上织毛衣，红色毛线团掉在地上", "毛线团换成蓝色", "算了，改回红色"],
         "人像摄影，一位老奶奶坐在藤椅上织毛衣，红色毛线团掉在地上"),
        (["夜晚，礁石岛上一座孤零零的灯塔，海浪汹涌", "海面改成风平浪静"], "夜晚，礁石岛上一座孤零零的灯塔，风平浪静"),
        (["an ad for an electric SUV: a silver SUV on a coastal highway", "make the car red"],
         "an ad for an electric SUV: a red SUV on a coastal highway"),
        (["一个sage green的陶瓷马克杯，放在walnut木桌上", "make the mug 奶油白"], "一个奶油白的陶瓷马克杯，放在walnut木桌上"),
    ],
)  # fmt: skip
def test_edits_older_batches_left_round_19(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


# Round 20: questions in form that ask for a change or a picture; questions that are no undo; answers in the user's words.
@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["a sleek electric scooter in glossy mint green, on a city street", "glossy orange?"],
         "a sleek electric scooter in glossy orange, on a city street"),
        (["a skincare set: amber glass bottles on pink terrazzo", "terrazzo in green?"], "a skincare set: amber glass bottles on green terrazzo"),
        (["一辆亮面薄荷绿的电动滑板车，停在城市街道上", "哑光黑呢"], "一辆哑光黑的电动滑板车，停在城市街道上"),
        (["a ceramic vase with a white glaze, dried pampas grass", "what if the vase was glass"],
         "a glass vase with a white glaze, dried pampas grass"),
        (["a little hedgehog in a red raincoat, watercolor", "can he have a frog friend next to him?"],
         "a little hedgehog in a red raincoat, watercolor, a frog friend next to him"),
        (["a skincare set on pink terrazzo", "terrazzo in green?", "nope, the first colour was better"], "a skincare set on pink terrazzo"),
    ],
)  # fmt: skip
def test_a_question_that_offers_a_change_is_the_change(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


def test_asked_to_draw_with_a_question_and_a_colon_draws_what_follows():
    message = "能帮我做一张图吗：黄昏时分一家温馨的书店门面，门口挂着木牌写着「第一章」"
    _, rw = play([message])
    assert (rw.intent, rw.prompt) == ("draw", "黄昏时分一家温馨的书店门面，门口挂着木牌写着「第一章」")


def test_a_yes_no_question_about_before_is_no_undo_and_the_answer_says_the_prompt():
    _, rw = play(["a ceramic vase, dried pampas grass", "make the vase blue", "is this the same seed as before?"])
    assert (rw.intent, rw.reply) == ("chat", "The picture is: a blue ceramic vase, dried pampas grass.")
    _, rw = play(["雪地里的一只红狐狸", "画面里有什么？"])
    assert (rw.intent, rw.reply) == ("chat", "现在的画面是：雪地里的一只红狐狸。")


# Round 21, after batch 13's first sight.
@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["street photo of a bakery with a hand-painted sign that says 'Rosie's Bread', striped awning",
          "change the sign to say 'Crumb & Co'"],
         "street photo of a bakery with a hand-painted sign that says 'Crumb & Co', striped awning"),
        (["一个 cyberpunk 风的 street food stall，neon sign 写着 '深夜食堂'，下雨", "sign 上改写 'Midnight Noodles'"],
         "一个 cyberpunk 风的 street food stall，neon sign 写着 'Midnight Noodles'，下雨"),
        (["口红电商图，三支口红并排，膏体是豆沙色、正红色和枫叶棕", "正红色换成番茄红"], "口红电商图，三支口红并排，膏体是豆沙色、番茄红和枫叶棕"),
        (["故宫雪景，红墙金瓦，一只黑猫蹲在墙头", "黑猫换成橘猫"], "故宫雪景，红墙金瓦，一只橘猫蹲在墙头"),
        (["an elderly dwarf blacksmith, holding a glowing hammer, forge in the background", "and the hammer shouldn't glow"],
         "an elderly dwarf blacksmith, holding a hammer, forge in the background"),
        (["a reading nook with a green velvet armchair", "Would you mind making the armchair mustard?"],
         "a reading nook with a mustard velvet armchair"),
        (["a home office with a standing desk, noon light", "can you do dusk light?"], "a home office with a standing desk, dusk light"),
        (["a bus stop in the rain, people with umbrellas, photorealistic", "do it as pixel art instead"],
         "a bus stop in the rain, people with umbrellas, pixel art"),
        (["a model in a wool coat walking down a rainy Paris street, 35mm film look", "and make the street dry, it's the spring collection"],
         "a model in a wool coat walking down a dry Paris street, 35mm film look"),
        (["a bottle of olive oil with rosemary and garlic on rustic linen", "把大蒜去掉，加几颗樱桃番茄"],
         "a bottle of olive oil with rosemary on rustic linen, a few cherry tomatoes"),
        (["a minimalist living room，一张 cognac leather sofa，white walls", "sofa 换成 boucle 的 cream color"],
         "a minimalist living room，一张 cream boucle sofa，white walls"),
        (["book cover: 一只 white crane 飞过 misty mountains，水墨风", "crane 改成两只"], "book cover: 两只 white crane 飞过 misty mountains，水墨风"),
        (["ad: running shoes splash 进 water，blue gradient 背景", "背景换 black"], "ad: running shoes splash 进 water，black gradient 背景"),
        (["a sunflower field, a red barn, big fluffy clouds", "clouds stormy"], "a sunflower field, a red barn, big stormy clouds"),
        (["a bathroom, a freestanding white tub, brass fixtures", "black tub and chrome fixtures"],
         "a bathroom, a freestanding black tub, chrome fixtures"),
    ],
)  # fmt: skip
def test_edits_batch_13_showed_unread(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


def test_do_you_think_is_a_question_not_a_style():
    _, rw = play(["a fox in a raincoat, watercolor style", "do you think watercolor or gouache works better for kids?"])
    assert rw.intent == "chat"


@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["滑雪场海报，溅起雪雾，湛蓝的天空，扁平插画", "天空改成黄昏的粉紫色"], "滑雪场海报，溅起雪雾，黄昏的粉紫色天空，扁平插画"),
        (["健身App启动页，剪影，渐变橙色背景", "背景换紫色渐变"], "健身App启动页，剪影，渐变紫色背景"),
        (["面馆招牌设计，黑底白字“老王牛肉面”", "改一下，招牌要红底金字"], "面馆招牌设计，红底金字“老王牛肉面”"),
        (["a minimalist living room，一张 cognac leather sofa，white walls", "sofa 换成 boucle 的 cream color", "emm 还是 leather 好"],
         "a minimalist living room，一张 cognac leather sofa，white walls"),
    ],
)  # fmt: skip
def test_edits_batch_13_showed_unread_round_22(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


@pytest.mark.parametrize(
    "message",
    ["that cat is adorable", "the pears look real, nice", "gg", "这个配色好清爽", "这样清爽多了", "嗯，还是这个好", "纹样很精致",
     "这个 vibe 对了", "猫猫好帅"],
)  # fmt: skip
def test_praise_of_the_picture_changes_nothing(message):
    _, rw = play(["a cozy room, a cat on a rug, pears in a bowl", message])
    assert rw.intent == "chat" and not rw.reply.endswith(("?", "？"))


@pytest.mark.parametrize("message", ["make it moodier", "再 cozy 一点", "再加点东西", "再加点什么", "福袋上写个字"])
def test_a_change_with_nothing_to_make_it_by_asks(message):
    _, rw = play(["春节海报，一只猫抱着福袋，红色背景", message])
    assert rw.intent == "chat" and rw.reply.endswith(("?", "？"))


def test_new_idea_starts_a_new_picture():
    _, rw = play(["a cozy room", "new idea: a cyberpunk alley at night with neon signs"])
    assert (rw.intent, rw.prompt) == ("draw", "a cyberpunk alley at night with neon signs")


@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["a cottage with a red roof by a lake", "roof teal?"], "a cottage with a teal roof by a lake"),
        (["a perfume bottle on a blush pink background", "blush pink is too sweet, do sage"], "a perfume bottle on a sage background"),
        (["一瓶香水放在粉色背景上", "粉色太甜了，换成鼠尾草绿"], "一瓶香水放在鼠尾草绿背景上"),
    ],
)  # fmt: skip
def test_a_colour_complained_of_takes_the_value_offered(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


def test_a_yes_no_question_about_a_colour_stays_a_question():
    _, rw = play(["a red fox in the snow", "is it red?"])
    assert rw.intent == "chat"


@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["a rustic table with a roast chicken and a bottle of red wine, candlelight", "Thank you! Could the wine be white instead?"],
         "a rustic table with a roast chicken and a bottle of white wine, candlelight"),
        (["a perfume bottle on a pink marble pedestal", "swap the marble to travertine"], "a perfume bottle on a pink travertine pedestal"),
        (["a ceramic vase with dried pampas grass, beige wall, soft window light from the left", "move the light to the right"],
         "a ceramic vase with dried pampas grass, beige wall, soft window light from the right"),
        (["陶瓷花瓶插着干芦苇，米色墙面，左侧柔和窗光", "光从右边来"], "陶瓷花瓶插着干芦苇，米色墙面，右侧柔和窗光"),
    ],
)  # fmt: skip
def test_a_colour_word_that_names_the_thing_and_where_the_light_comes_from(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


@pytest.mark.parametrize(
    ("turns", "prompt_after"),
    [
        (["滑雪场海报，一个滑雪者飞跃而下，天空湛蓝，扁平插画", "天空改成黄昏的粉紫色"], "滑雪场海报，一个滑雪者飞跃而下，黄昏的粉紫色天空，扁平插画"),
        (["悬疑小说封面，路灯下站着一个撑黑伞的背影", "伞换成红色的", "还是黑伞吧，红的太跳了"], "悬疑小说封面，路灯下站着一个撑黑伞的背影"),
    ],
)  # fmt: skip
def test_a_colour_said_after_the_thing_and_a_value_asked_back_with_a_reason(turns, prompt_after):
    _, rw = play(turns)
    assert (rw.intent, rw.prompt) == ("edit", prompt_after)


def test_a_thing_replaced_is_replaced_wherever_the_prompt_names_it():
    _, rw = play(["烘焙店菜单，一块切开的草莓奶油蛋糕，草莓很多，白色餐盘", "草莓换成芒果"])
    assert (rw.intent, rw.prompt) == ("edit", "烘焙店菜单，一块切开的芒果奶油蛋糕，芒果很多，白色餐盘")
