"""Round 5 on issue 14: designer edits found missing by fresh batch 4 (one test per mechanism, phrasings of our
own, so that these are not batch 4's lines)."""

from __future__ import annotations

import pytest

from tests.dialogue import play_open as play


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        # "no X" removes X; politeness after an edit is not part of it
        (
            "a bowl of pho with basil, lime wedges and chopsticks, on a marble counter",
            "no lime wedges please",
            "a bowl of pho with basil, chopsticks, on a marble counter",
        ),
        (
            "a lonely lighthouse at night in the fog, crashing waves",
            "no fog",
            "a lonely lighthouse at night, crashing waves",
        ),
        (
            "a crowded fish market with vendors shouting prices, ice trays, morning light",
            "no vendors",
            "a crowded fish market, ice trays, morning light",
        ),
        # "instead" says nothing about the edit
        (
            "a quiet beach in summer, turquoise water",
            "make it autumn instead",
            "a quiet beach in autumn, turquoise water",
        ),
        (
            "a knight with a blue shield in a castle",
            "give him a silver shield instead",
            "a knight with a silver shield in a castle",
        ),
        # "at night" -> "in the daytime", the place word kept
        ("a neon diner at night, wet pavement", "make it daytime", "a neon diner in the daytime, wet pavement"),
        # new words for quoted or capitalised text go where the old ones were
        (
            'a bakery sign that reads "FRESH BREAD", chalkboard style',
            "change the text to WARM CROISSANTS",
            'a bakery sign that reads "WARM CROISSANTS", chalkboard style',
        ),
        (
            "a movie poster titled LAST TRAIN in red letters, foggy platform",
            "change the title to FIRST LIGHT",
            "a movie poster titled FIRST LIGHT in red letters, foggy platform",
        ),
        (
            'a gym poster with the text "GO HARD" in bold letters, a kettlebell',
            "remove the text",
            "a gym poster, a kettlebell",
        ),
        # a colour for a sign is not new words on it
        (
            "a neon sign that says OPEN in a dark window",
            "make the sign blue",
            "a blue neon sign that says OPEN in a dark window",
        ),
        # clear glass has no colour: it takes the colour word's place
        ("a green glass bottle on a windowsill", "make the bottle clear glass", "a clear glass bottle on a windowsill"),
        # a new thing named whole takes the old one's words; size and mood stay
        ("a fluffy persian cat on a velvet cushion", "swap the cat for a beagle", "a beagle on a velvet cushion"),
        ("a small wooden rowboat on a misty lake", "make the rowboat a canoe", "a small canoe on a misty lake"),
        ("an astronaut riding a horse on mars", "make the horse a unicorn", "an astronaut riding a unicorn on mars"),
        # one verb, two edits
        (
            "a boy in a red hoodie holding a yellow kite, windy hill",
            "make his hoodie grey and the kite orange",
            "a boy in a grey hoodie holding an orange kite, windy hill",
        ),
        # style words inside a phrase about something else
        (
            "pixel-art style scene of a castle on a hill, sunset",
            "make it watercolor",
            "watercolor scene of a castle on a hill, sunset",
        ),
        # a sky every picture has, said now
        ("a desert highway with a lone motel", "make the sky pink", "a desert highway with a lone motel, pink sky"),
    ],
)
def test_english_designer_edits(prompt, edit, after):
    scene, rw = play([prompt, edit])
    assert rw.intent == "edit"
    assert rw.prompt == after


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        # no target: the thing of that kind is replaced
        ("一只白色的兔子蹲在草地上，春天的早晨", "换成一只灰色的狐狸", "一只灰色的狐狸蹲在草地上，春天的早晨"),
        # what is said of a thing ("X是…", "X为…") changes
        ("一杯冰美式，背景是浅灰色的水泥墙，极简风格", "背景换成奶油色", "一杯冰美式，背景是奶油色的水泥墙，极简风格"),
        ("一瓶香水，背景是明亮的橙色，广告摄影", "背景换成薄荷绿", "一瓶香水，背景是薄荷绿，广告摄影"),
        ("一只橘猫趴在沙发上，午后阳光", "换成一只黑猫", "一只黑猫趴在沙发上，午后阳光"),
        (
            "茶叶包装设计，配色为墨绿色和金色，中式花纹",
            "配色改成藏青色和银色",
            "茶叶包装设计，配色为藏青色和银色，中式花纹",
        ),
        ("一只风筝在天上飞，风筝是红色的蝴蝶形状", "风筝改成紫色", "一只风筝在天上飞，风筝是紫色的蝴蝶形状"),
        # a colour named as the target is the word replaced
        ("音乐节海报，紫色和荧光黄的渐变背景", "荧光黄换成橙色", "音乐节海报，紫色和橙色的渐变背景"),
        # the style words change, what they are the style of stays
        ("水墨风格的江南小镇，小桥流水，细雨", "风格改成油画风格", "油画风格的江南小镇，小桥流水，细雨"),
        # "让天空…": 让 is not part of the name
        ("一片麦田，远处有风车，夏天的傍晚", "让天空变成粉色", "一片麦田，远处有风车，夏天的傍晚，粉色的天空"),
        # "几个路人走过" describes, it does not ask how many
        ("老街的石板路，几个路人走过，灯笼", "去掉路人", "老街的石板路，灯笼"),
    ],
)
def test_chinese_designer_edits(prompt, edit, after):
    scene, rw = play([prompt, edit])
    assert rw.intent == "edit"
    assert rw.prompt == after


def test_an_edit_in_the_other_language_finds_the_thing_and_keeps_the_prompts_language():
    _, rw = play(["雪山脚下的湖泊，湖面倒映着星空，极光", "make the aurora green"])
    assert (rw.prompt, rw.reply) == ("雪山脚下的湖泊，湖面倒映着星空，绿色极光", "Made the aurora green.")

    _, rw = play(["a red pickup truck parked by a barn, autumn, film photo", "把车改成白色"])
    assert (rw.prompt, rw.reply) == ("a white pickup truck parked by a barn, autumn, film photo", "已把车改成白色。")

    _, rw = play(["a quiet street with a blue car and a bakery", "去掉车"])
    assert rw.prompt == "a quiet street with a bakery"


def test_a_chinese_description_with_a_count_word_is_a_picture_not_a_question():
    _, rw = play(["城市街头的咖啡馆门口，几个路人走过，秋天的梧桐树"])
    assert rw.intent == "draw"
    assert rw.prompt == "城市街头的咖啡馆门口，几个路人走过，秋天的梧桐树"
    _, rw = play(["一只猫在窗台上", "画面里有几个人？"])
    assert rw.intent == "chat"
