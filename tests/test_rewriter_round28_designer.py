"""Round 28 on issue 14, designer edits, on sentences of our own.

A colour said after its noun ("…, the cat is ginger colour") changes where it is said; snow and rain replace each
other ("the snow, change to heavy rain"); a Chinese thing named in an English remove ("remove 热可可") on a mixed
prompt; a second edit offered politely ("…, perhaps a soft sunrise?"); "draw me a …" with a picture there is asked
about (a new picture, or added to this one?) and the answer is followed; "draw a kite too" is an add."""

from __future__ import annotations

import pytest

from core import messages
from tests.dialogue import last_turn, unchanged_reply

CAT = "cat sit on windowsill, outside is snowing, inside warm lamp, the cat is ginger colour"
FISHER = "portrait of an old fisherman, yellow raincoat, moody grey sky, shallow depth of field"
BANNER = "秋季 banner，一件针织毛衣平铺在木地板上，旁边有落叶和一杯热可可"
BEACH = "a dog on a beach, sunset"


@pytest.mark.parametrize(
    ("dialogue", "prompt_after"),
    [
        ([CAT, "cat change to black colour"],
         "cat sit on windowsill, outside is snowing, inside warm lamp, the cat is black colour"),
        ([CAT, "and snow change to heavy rain"],
         "cat sit on windowsill, outside is heavy rain, inside warm lamp, the cat is ginger colour"),
        (["a cabin on a hill, raining, pine trees", "make it snowing"], "a cabin on a hill, snowing, pine trees"),
        ([BANNER, "remove 热可可"], "秋季 banner，一件针织毛衣平铺在木地板上，旁边有落叶"),
        ([FISHER, "could you make the sky brighter, perhaps a soft sunrise?"],
         "portrait of an old fisherman, yellow raincoat, bright grey sky, shallow depth of field, a soft sunrise"),
        ([BEACH, "draw a red kite in the sky too"], "a dog on a beach, sunset, a red kite in the sky"),
        ([BEACH, "draw a cat next to it"], "a dog on a beach, sunset, a cat next to it"),
    ],
)  # fmt: skip
def test_the_edit_is_read_and_only_it_changes(dialogue, prompt_after):
    intent, prompt, _ = last_turn(dialogue)
    assert (intent, prompt) == ("edit", prompt_after)


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("please draw me a cat on a sofa", "en"),
        ("could you draw a lighthouse at night?", "en"),
        ("画一只猫在沙发上", "zh"),
    ],
)
def test_draw_me_with_a_picture_there_asks_before_anything_changes(message, lang):
    assert unchanged_reply([BEACH, message]) == messages.text("ask_add_or_new", lang)


@pytest.mark.parametrize(
    ("answer", "intent", "prompt"),
    [
        ("a new one", "draw", "a cat on a sofa"),
        ("start a new picture", "draw", "a cat on a sofa"),
        ("add it", "edit", "a dog on a beach, sunset, a cat on a sofa"),
        ("add it to this one", "edit", "a dog on a beach, sunset, a cat on a sofa"),
    ],
)
def test_the_answer_to_new_or_added_is_followed(answer, intent, prompt):
    assert last_turn([BEACH, "please draw me a cat on a sofa", answer])[:2] == (intent, prompt)


def test_the_answer_in_chinese_draws_the_chinese_request_anew():
    assert last_turn(["一只狗在海边", "画一只猫在沙发上", "重新画一张"])[:2] == ("draw", "一只猫在沙发上")


CAFE = "a cozy cafe, a chalkboard menu that says DAILY BREW, hanging bulbs"
ISLAND = "an island, crystal clear water, palm trees"
LOOK = "a woman in an emerald dress on a sand dune at golden hour, wind in her hair"
HERO = "landing page hero, glass shapes floating on a deep purple gradient, soft glow"


@pytest.mark.parametrize(
    ("dialogue", "prompt_after"),
    [
        ([CAFE, "change the sign to OPEN LATE"], "a cozy cafe, a chalkboard menu that says OPEN LATE, hanging bulbs"),
        ([CAFE, "make the chalkboard say OPEN LATE"], "a cozy cafe, a chalkboard menu that says OPEN LATE, hanging bulbs"),
        (["gig poster, neon lights, text 'LIVE ON MONDAYS'", "the text should say FRIDAYS not mondays"],
         "gig poster, neon lights, text 'LIVE ON FRIDAYS'"),
        (["a glass vase on a grey linen runner", "runner shld be white"], "a glass vase on a white linen runner"),
        (["a dog asleep on a rug", "dog is more small please"], "a small dog asleep on a rug"),
        (["a dog asleep on a rug", "and is possible put a ball near the rug"],
         "a dog asleep on a rug, a ball near the rug"),
        ([ISLAND, "make the water dark and stormy"], "an island, dark and stormy water, palm trees"),
        ([ISLAND, "make the water dark and stormy", "add a pirate ship", "water like before though"],
         "an island, crystal clear water, palm trees, a pirate ship"),
        ([ISLAND, "make the water dark and stormy", "add a pirate ship", "make the water like it was before"],
         "an island, crystal clear water, palm trees, a pirate ship"),
        (["a dog on a beach", "add a kite! a red one"], "a dog on a beach, a red kite"),
        ([LOOK, "and move her to a rocky beach"],
         "a woman in an emerald dress on a rocky beach at golden hour, wind in her hair"),
        ([LOOK, "move her to a pine forest"],
         "a woman in an emerald dress in a pine forest at golden hour, wind in her hair"),
        ([LOOK, "put her on a rooftop"], "a woman in an emerald dress on a rooftop at golden hour, wind in her hair"),
        (["a dog on a beach, a red kite", "scratch the kite"], "a dog on a beach"),
        ([HERO, "make the gradient lighter purple"],
         "landing page hero, glass shapes floating on a light purple gradient, soft glow"),
        ([HERO, "make it teal"], "landing page hero, glass shapes floating on a deep teal gradient, soft glow"),
        ([HERO, "great, now a version in orange"],
         "landing page hero, glass shapes floating on a deep orange gradient, soft glow"),
        (["menu photo, a burger with two beef patties, fries", "mushroom patties"],
         "menu photo, a burger with two mushroom patties, fries"),
        (["ad, a can on a bright turquoise background", "background coral"], "ad, a can on a bright coral background"),
        (["ad, a can on a bright turquoise background", "background white"], "ad, a can on a white background"),
    ],
)  # fmt: skip
def test_batch_26_classes_on_our_own_sentences(dialogue, prompt_after):
    intent, prompt, _ = last_turn(dialogue)
    assert (intent, prompt) == ("edit", prompt_after)


ROOM = "北欧风书房，浅灰色墙面，白色书桌，墙上挂着一幅画"


@pytest.mark.parametrize(
    ("dialogue", "prompt_after"),
    [
        (["a black cat asleep on a stack of books, candlelight", "hmm try a grey tabby"],
         "a grey tabby cat asleep on a stack of books, candlelight"),
        (["soup on a dark slate table, steam", "make the table white marble"], "soup on a white marble table, steam"),
        (["ad for a hatchback driving along a coastal road at dusk", "switch it to a snowy mountain pass road"],
         "ad for a hatchback driving on a snowy mountain pass road at dusk"),
        (["a businessman asleep in his chair, grey tones", "make him a woman"],
         "a businesswoman asleep in her chair, grey tones"),
        (["poster, teal and olive palette", "palette: swap olive for coral"], "poster, teal and coral palette"),
        (["a bakery front, blue awning, bikes outside", "the awning is yellow, not blue"],
         "a bakery front, yellow awning, bikes outside"),
        (["a fox in a dark forest, eerie mood", "less scary, more playful mood"], "a fox in a dark forest, playful mood"),
        (["app splash, gradient from coral to gold", "the gradient. coral to teal instead"],
         "app splash, gradient from coral to teal"),
        (["a sofa, a wool throw in mustard yellow, a lamp", "throw in sage green instead"],
         "a sofa, a wool throw in sage green, a lamp"),
        (["火锅海报，辣椒和花椒散落在桌上，暗红色背景", "no chili on the table please"], "火锅海报，花椒散落在桌上，暗红色背景"),
        (["一只柯基在草地上", "add a blue scarf on the corgi"], "一只柯基在草地上，柯基戴着一条蓝围巾"),
        (["a street photo, 男生穿 oversized 黑色 hoodie", "hoodie 改白色"], "a street photo，男生穿 oversized 白色 hoodie"),
        (["手机壳图案，一只蓝色鲸鱼，波浪线", "鲸鱼 color 改成珊瑚色"], "手机壳图案，一只珊瑚色鲸鱼，波浪线"),
        (["包装，瓶身贴着黄色标签，浅黄色背景", "标签颜色也换，粉色"], "包装，瓶身贴着粉色标签，浅黄色背景"),
        (["一只恐龙在开火车，火车是绿色的，恐龙戴着帽子", "帽子是红色的"], "一只恐龙在开火车，火车是绿色的，恐龙戴着红色帽子"),
        (["一位剑客站在悬崖边，背后是翻滚的云海和一轮血红的夕阳", "夕阳去掉"], "一位剑客站在悬崖边，背后是翻滚的云海"),
        (["一个女孩放风筝，风筝是红色的蝴蝶", "风筝该成蓝色的把"], "一个女孩放风筝，风筝是蓝色的蝴蝶"),
        (["中秋海报，整体是深蓝和金色调", "谢谢！能不能把深蓝换成暗红色？"], "中秋海报，整体是暗红色和金色调"),
        (["人像，一位老爷爷在院子里，正午的强光，纪实风格", "光线改成傍晚的暖光"], "人像，一位老爷爷在院子里，傍晚的暖光，纪实风格"),
        (["人像，一位老爷爷在院子里，纪实风格", "那就试试黑白"], "人像，一位老爷爷在院子里，纪实风格，黑白"),
        (["恐怖游戏海报，医院走廊，阴森压抑", "氛围改成温馨一点"], "恐怖游戏海报，医院走廊，温馨"),
        (["一条珍珠项链搭在黑色丝绒展示架上", "展示架改成白色大理石"], "一条珍珠项链搭在白色大理石展示架上"),
        (["一条珍珠项链，黑色背景", "珍珠换成祖母绿"], "一条祖母绿项链，黑色背景"),
        (["客厅，一张灰色布艺沙发，木地板", "沙发换成棕色皮革"], "客厅，一张棕色皮革沙发，木地板"),
        (["街道，一个撑透明雨伞的女孩", "伞红色"], "街道，一个撑透明红色雨伞的女孩"),
        ([ROOM, "墙改成薄荷绿", "书桌换成橡木的", "还是第一次的墙色好"], "北欧风书房，浅灰色墙面，白色橡木书桌，墙上挂着一幅画"),
        ([ROOM, "墙改成薄荷绿", "墙改成米黄色", "墙还是最开始的浅灰色吧"], ROOM),
        (["插画，一个男孩在看书，暖黄色调", "色调换成冷蓝色", "色调还是像之前那样吧"], "插画，一个男孩在看书，暖黄色调"),
    ],
)  # fmt: skip
def test_batch_27_classes_on_our_own_sentences(dialogue, prompt_after):
    intent, prompt, _ = last_turn(dialogue)
    assert (intent, prompt) == ("edit", prompt_after)


@pytest.mark.parametrize(
    "message",
    ["ok now a totally new one for the same client: a tin of tea on a shelf", "new one pls：一罐茶叶放在架子上"],
)
def test_a_new_one_said_with_more_words_before_the_colon_is_a_new_picture(message):
    intent, prompt, _ = last_turn([BEACH, message])
    assert intent == "draw" and "dog" not in prompt and "sunset" not in prompt


@pytest.mark.parametrize(
    ("dialogue", "prompt_after"),
    [
        (["lookbook, a model in a long grey wool coat, city street", "coat in cashmere instead of wool"],
         "lookbook, a model in a long grey cashmere coat, city street"),
        (["gig poster, teal and silver, bold type", "teal and silver -> orange and silver"],
         "gig poster, orange and silver, bold type"),
        (["请柬插画，背景是金色的花纹，喜庆", "background gold -> red"], "请柬插画，背景是红色的花纹，喜庆"),
        (["a stool made of pale oak in a bare studio, one shadow", "same stool but in black steel"],
         "a stool made of black steel in a bare studio, one shadow"),
        (["a climber on a cliff, blue sky, cheerful mood", "make it moody"], "a climber on a cliff, blue sky, moody"),
        (["a climber on a cliff, clear blue sky", "make it dramatic, like a storm is coming"],
         "a climber on a cliff, stormy sky, dramatic"),
        (["wide shot of a surfer on a wave, sunset", "closer shot of the surfer"], "close-up of a surfer on a wave, sunset"),
        (["portrait of an old baker, flour on his apron, serious expression", "make him smile a bit"],
         "portrait of an old baker, flour on his apron, a slight smile"),
        (["台灯，白色陶瓷灯座，亚麻灯罩", "灯座改成黄铜材质"], "台灯，黄铜灯座，亚麻灯罩"),
        (["a watercolor of an old sailor with a pipe, sea breeze", "烟斗去掉"], "a watercolor of an old sailor, sea breeze"),
        (["loft，红砖墙，墙上挂着几幅抽象画", "remove the paintings"], "loft，红砖墙"),
        (["product shot: a candle jar on a tray, warm tungsten light", "灯光 cooler 一点"],
         "product shot: a candle jar on a tray, cool tungsten light"),
        (["a bottle of gin on a bar, a copper jigger, low key lighting", "把铜量酒器去掉"],
         "a bottle of gin on a bar, low key lighting"),
    ],
)  # fmt: skip
def test_batch_28_classes_on_our_own_sentences(dialogue, prompt_after):
    intent, prompt, _ = last_turn(dialogue)
    assert (intent, prompt) == ("edit", prompt_after)


def test_a_general_chinese_word_for_two_things_asks_which_and_the_answer_is_followed():
    desk = "桌上有一个白色马克杯和一个蓝色马克杯，清晨"
    assert unchanged_reply([desk, "把杯子换成红色"]) is not None
    assert last_turn([desk, "把杯子换成红色", "蓝色那个"])[:2] == ("edit", "桌上有一个白色马克杯和一个红色马克杯，清晨")


@pytest.mark.parametrize(
    ("dialogue", "prompt_after"),
    [
        (["studio portrait of an old tailor with a white moustache, tape measure, 85mm", "black and white"],
         "studio portrait of an old tailor with a white moustache, tape measure, 85mm, black and white"),
        (["a poster, a trumpet player against a big orange moon, deco style", "moon's too orange, go for a pale yellow"],
         "a poster, a trumpet player against a big pale yellow moon, deco style"),
        (["cover art, a lone lighthouse on a rocky island, grey sea", "lose the island, just the lighthouse in the water"],
         "cover art, a lone lighthouse, grey sea, in the water"),
        (["一个 cozy 的书房，一张 walnut 书桌，一盏台灯", "书桌换成 white oak"], "一个 cozy 的书房，一张 white oak 书桌，一盏台灯"),
        (["a cereal box with a cartoon astronaut monkey on the front", "make the monkey a penguin"],
         "a cereal box with a cartoon astronaut penguin on the front"),
        (["a bartender pouring red wine into a glass, barrels behind, candlelight",
          "No. The barrels are boring. Lose them and give me a brick wall."],
         "a bartender pouring red wine into a glass, candlelight, a brick wall"),
        (["a bartender pouring red wine into a glass, candlelight", "Better. Make it white wine."],
         "a bartender pouring white wine into a glass, candlelight"),
        (["a cat asleep on a sofa", "mak the cat grey"], "a grey cat asleep on a sofa"),
        (["a tiny office, a cat on a chair", "replace the cat w a dog"], "a tiny office, a dog on a chair"),
        (["a picture book page, a small fox in a raincoat", "can it be a bunny"], "a picture book page, a small bunny in a raincoat"),
        (["ramen with a soft egg, sliced pork, scallions", "no pork, make it tofu"], "ramen with a soft egg, sliced tofu, scallions"),
        (["a loft bedroom, low bed, soft evening light", "morning light instead of evening"],
         "a loft bedroom, low bed, soft morning light"),
        (["饮料海报，一瓶青柠味汽水，绿色背景", "改成西柚味"], "饮料海报，一瓶西柚味汽水，绿色背景"),
        (["a bathroom with a freestanding white bathtub, terrazzo floor", "浴缸换成黑色的"],
         "a bathroom with a freestanding black bathtub, terrazzo floor"),
    ],
)  # fmt: skip
def test_batch_29_classes_on_our_own_sentences(dialogue, prompt_after):
    intent, prompt, _ = last_turn(dialogue)
    assert (intent, prompt) == ("edit", prompt_after)


def test_make_for_me_a_picture_of_and_thank_you_very_much_are_wrappers():
    first = "Hello, please can you make for me a picture of a blue bus on a bridge, rainy evening"
    assert last_turn([first])[:2] == ("draw", "a blue bus on a bridge, rainy evening")
    edit = "Thank you very much! It is possible to make the bus yellow?"
    assert last_turn([first, edit])[:2] == ("edit", "a yellow bus on a bridge, rainy evening")
