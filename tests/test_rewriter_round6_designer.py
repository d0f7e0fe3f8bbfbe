"""Round 6 on issue 14, designer edits: mechanisms found missing by fresh batch 5 (phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import play_open as play


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        # what a removed thing stood against stays
        (
            "a movie still, two cypress trees silhouetted against a violet dusk sky, wide shot",
            "remove the cypress trees",
            "a movie still, a violet dusk sky, wide shot",
        ),
        # the words that named a thing go with it: "a paper cup" -> "a mug", "the cold light" -> "warm light"
        (
            "a paper cup of hot cocoa with marshmallows on a wooden bench",
            "make it a mug instead of a paper cup",
            "a mug of hot cocoa with marshmallows on a wooden bench",
        ),
        (
            "a greenhouse interior, cold fluorescent light, rows of seedlings",
            "warm lamp light instead of the cold light",
            "a greenhouse interior, warm lamp light, rows of seedlings",
        ),
        # a tone word before a material was its colour
        (
            "a flat lay of film cameras on a light oak table",
            "make the table black slate",
            "a flat lay of film cameras on a black slate table",
        ),
        (
            "a pour-over coffee set, a brass kettle on a tray",
            "make the kettle stainless steel",
            "a pour-over coffee set, a stainless steel kettle on a tray",
        ),
        # what a sign says is its text
        (
            "a ramen shop at night, a paper lantern that says 'OPEN', steam",
            "change the lantern to say 'SOLD OUT'",
            "a ramen shop at night, a paper lantern that says 'SOLD OUT', steam",
        ),
        # a style word alone is a style phrase
        (
            "a koi pond in a zen garden, stone lanterns, hyperrealistic",
            "make it an ink wash painting",
            "a koi pond in a zen garden, stone lanterns, an ink wash painting",
        ),
        # "so", "now" at the start are words, not the start of "soft", "nowhere"
        (
            "a harbour at noon, harsh sunlight, fishing boats",
            "soft diffused light instead of the harsh sunlight",
            "a harbour at noon, soft diffused light, fishing boats",
        ),
        # a thing only named by its adjective
        (
            "a misty pine valley at dawn, a wooden bridge",
            "replace the mist with light rain",
            "a pine valley at dawn, a wooden bridge, light rain",
        ),
        # the year in a title
        (
            "a retro flyer for 'Summer Jam 1998', cassette tapes, halftone print",
            "change the year to 1999",
            "a retro flyer for 'Summer Jam 1999', cassette tapes, halftone print",
        ),
    ],
)
def test_english_designer_edits(prompt, edit, after):
    _, rw = play([prompt, edit])
    assert rw.intent == "edit"
    assert rw.prompt == after


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        # any short colour name ending in 色 recolours
        ("一位撑伞的姑娘，藕荷色的旗袍，江南雨巷", "旗袍换成湖蓝色", "一位撑伞的姑娘，湖蓝色的旗袍，江南雨巷"),
        # what someone holds or catches goes, they stay
        ("一个穿蓝色校服的男孩举着红色气球，操场", "去掉气球", "一个穿蓝色校服的男孩，操场"),
        ("一只柴犬在沙滩上叼飞盘，海浪，夏天", "去掉飞盘", "一只柴犬在沙滩上，海浪，夏天"),
        # something removed from a place: the place stays
        ("元宵节海报，一只白猫在灯笼下，红色背景", "去掉白猫", "元宵节海报，灯笼下，红色背景"),
        # 主标题 is a title
        (
            "电影海报，主标题“长夜”，一盏路灯，胶片颗粒",
            "主标题改成“破晓”",
            "电影海报，主标题“破晓”，一盏路灯，胶片颗粒",
        ),
    ],
)
def test_chinese_designer_edits(prompt, edit, after):
    _, rw = play([prompt, edit])
    assert rw.intent == "edit"
    assert rw.prompt == after


def test_english_names_in_a_chinese_sentence_and_the_other_way_round():
    _, rw = play(
        ["a sunny patio with a striped deck chair, a straw hat and a pitcher of lemonade", "去掉 straw hat 吧"]
    )
    assert rw.prompt == "a sunny patio with a striped deck chair, a pitcher of lemonade"

    _, rw = play(["一个男孩在公园里放风筝，春天，草地", "remove the kite"])
    assert rw.prompt == "一个男孩在公园里，春天，草地"


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        # comparatives change the word they come from, or its opposite
        (
            "a long wool coat on a hanger, studio light",
            "make the coat shorter",
            "a short wool coat on a hanger, studio light",
        ),
        (
            "a vintage typewriter with old keys, desk lamp",
            "make the keys newer",
            "a vintage typewriter with new keys, desk lamp",
        ),
        # a material or colour named as the target is the word replaced
        ("a tall linen curtain by an open window", "change linen to velvet", "a tall velvet curtain by an open window"),
        # "it" with a colour: the paint if there is one, else the main subject
        (
            "a vintage scooter parked in an alley, glossy red paint",
            "paint it matte green",
            "a vintage scooter parked in an alley, matte green paint",
        ),
        (
            "a paper boat floating on a puddle, reflections",
            "make it yellow",
            "a yellow paper boat floating on a puddle, reflections",
        ),
        # "put it on/in …": the main subject's place changes
        (
            "a red bicycle in a garage, morning light",
            "put it on a beach instead",
            "a red bicycle on a beach, morning light",
        ),
        # "turn it into a … in winter": the thing and the season, each where it is said
        (
            "a quiet lake in autumn, a rowing boat",
            "turn it into a frozen lake in winter",
            "a frozen lake in winter, a rowing boat",
        ),
        # the colours of the picture, named as such
        (
            "a festival flyer in orange and navy, bold shapes",
            "change the colours to green and gold",
            "a festival flyer in green and gold, bold shapes",
        ),
        (
            "a sunny plaza with tourists taking photos, pigeons, fountain",
            "remove all the tourists",
            "a sunny plaza, pigeons, fountain",
        ),
    ],
)
def test_more_english_designer_edits(prompt, edit, after):
    _, rw = play([prompt, edit])
    assert rw.intent == "edit"
    assert rw.prompt == after


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        ("一盏台灯放在书桌上，旁边有一摞旧书，暖色调", "把旧书去掉", "一盏台灯放在书桌上，暖色调"),
        ("一只白猫趴在窗台上，午后阳光", "背景改成星空", "一只白猫趴在窗台上，午后阳光，星空背景"),
        (
            "a wizard in a long blue robe holding a staff",
            "把长袍改成深红色",
            "a wizard in a long dark red robe holding a staff",
        ),
    ],
)
def test_more_chinese_designer_edits(prompt, edit, after):
    _, rw = play([prompt, edit])
    assert rw.intent == "edit"
    assert rw.prompt == after


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        # a leading "<style> illustration of" is the style
        (
            "pencil sketch of an old bridge over a canal, morning fog",
            "make it a charcoal drawing",
            "a charcoal drawing of an old bridge over a canal, morning fog",
        ),
        # a state word replaces its opposite
        (
            "a ferry crossing a rough sea at dusk, gulls",
            "make the sea calm",
            "a ferry crossing a calm sea at dusk, gulls",
        ),
        # "X, not Y" is X instead of Y
        ("a wooden stool by a brick wall", "the stool should be metal, not wooden", "a metal stool by a brick wall"),
        # a complaint names what "it" is
        (
            "a linen sofa, grey rug, white walls, plants",
            "the grey rug is too dull, make it mustard yellow",
            "a linen sofa, mustard yellow rug, white walls, plants",
        ),
        # the same thing again, with its own words
        (
            "a tabby kitten and a large black dog on a porch",
            "make the dog a small spotted dog",
            "a tabby kitten and a small spotted dog on a porch",
        ),
    ],
)
def test_round_six_english(prompt, edit, after):
    _, rw = play([prompt, edit])
    assert rw.intent == "edit"
    assert rw.prompt == after


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        ("一张木质长椅放在湖边，秋天的落叶", "长椅改成铁艺的", "一张铁艺长椅放在湖边，秋天的落叶"),
        ("一个陶瓷茶杯放在桌上，清晨", "茶杯改成玻璃的", "一个玻璃茶杯放在桌上，清晨"),
        ("白色墙面前的一盆龟背竹，极简", "白色墙面太单调了，换成雾霾蓝", "雾霾蓝墙面前的一盆龟背竹，极简"),
        ("一碗白粥，旁边放一碟咸菜，木桌", "咸菜也去掉", "一碗白粥，木桌"),
        ("模特穿着黑色丝绒长裙，影棚灯光", "长裙换成宝石蓝", "模特穿着宝石蓝丝绒长裙，影棚灯光"),
    ],
)
def test_round_six_chinese(prompt, edit, after):
    _, rw = play([prompt, edit])
    assert rw.intent == "edit"
    assert rw.prompt == after


def test_a_time_or_season_said_in_the_other_language_is_written_in_the_prompts():
    _, rw = play(["a puppy asleep by a fireplace, cozy winter evening, soft light", "把背景换成夜晚"])
    assert (rw.prompt, rw.reply) == ("a puppy asleep by a fireplace, cozy winter night, soft light", "已改成了夜晚。")
    _, rw = play(["夜晚的城市天际线，霓虹灯", "make it morning"])
    assert (rw.prompt, rw.reply) == ("清晨的城市天际线，霓虹灯", "Made it morning.")
