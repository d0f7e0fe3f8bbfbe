"""Round 8 on issue 14, designer edits: mechanisms found missing by fresh batch 7 (phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import play_open as play


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        # an edit said without its verb: the thing, then its new colour, material or number
        (
            "a tabby cat asleep on a green velvet armchair, rainy window",
            "armchair mustard",
            "a tabby cat asleep on a mustard velvet armchair, rainy window",
        ),
        (
            "a vintage bicycle leaning on a brick wall, a wicker basket with tulips",
            "Basket: black",
            "a vintage bicycle leaning on a brick wall, a black wicker basket with tulips",
        ),
        (
            "a linen shirt on a hanger, white background",
            "shirt in dusty rose",
            "a dusty rose linen shirt on a hanger, white background",
        ),
        (
            "a cabin by a frozen lake, two red canoes on the shore",
            "four canoes",
            "a cabin by a frozen lake, four red canoes on the shore",
        ),
        # the thing named again with new words
        (
            "a lighthouse on a cliff, a grey stormy sky, crashing waves",
            "a pink sky",
            "a lighthouse on a cliff, a pink stormy sky, crashing waves",
        ),
        (
            "a ceramic teapot, a blue cup beside it, morning light",
            "yellow cup",
            "a ceramic teapot, a yellow cup beside it, morning light",
        ),
        # "X, not Y": Y goes, X's new words take its place
        (
            "a leather wallet with a gold zipper on a marble desk",
            "silver zipper, not gold",
            "a leather wallet with a silver zipper on a marble desk",
        ),
        # the thing named alone, then what to do to it
        (
            "a bowl of oranges on a checkered tablecloth, a glass jug",
            "the jug, make it amber",
            "a bowl of oranges on a checkered tablecloth, an amber glass jug",
        ),
        (
            "a red kite above a green hill, a boy running",
            "the kite. navy.",
            "a navy kite above a green hill, a boy running",
        ),
        # a spaced dash ends a clause; "get rid of" is a second edit
        (
            "a desk with a laptop, a potted cactus, a coffee mug",
            "the mug red — and get rid of the cactus",
            "a desk with a laptop, a red coffee mug",
        ),
        # opposites among a thing's words; a word it already has changes nothing else
        (
            "a girl with short curly hair in a yellow raincoat",
            "her hair should be long",
            "a girl with long curly hair in a yellow raincoat",
        ),
        # a colour of a material, not the material replaced
        (
            "a brown leather satchel on a wooden bench",
            "Leather: burgundy",
            "a burgundy leather satchel on a wooden bench",
        ),
        # the place said alone in its own phrase
        (
            "a bottle of olive oil, on a rustic wooden table, soft daylight",
            "put it on a slate countertop instead",
            "a bottle of olive oil, on a slate countertop, soft daylight",
        ),
    ],
)
def test_english_edits_without_the_usual_verbs(prompt, edit, after):
    _, rw = play([prompt, edit])
    assert rw.intent == "edit" and rw.prompt == after


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        # 改/换 straight before a colour; the thing, then its colour
        ("一只白色的猫趴在木地板上，午后阳光", "猫改灰色", "一只灰色的猫趴在木地板上，午后阳光"),
        ("一辆黄色的出租车停在街角，下着小雨", "出租车绿色的", "一辆绿色的出租车停在街角，下着小雨"),
        ("一个戴着黄色帽子的小孩在放风筝", "帽子蓝的", "一个戴着蓝色帽子的小孩在放风筝"),
        ("一只粉色的金鱼在玻璃鱼缸里", "鱼缸：绿色", "一只粉色的金鱼在绿色玻璃鱼缸里"),
        # a colour said as one (蓝色的) is the thing's, not a hue inside a name (金刚)
        ("一只蓝色的金刚鹦鹉站在树枝上", "鹦鹉黄色", "一只黄色的金刚鹦鹉站在树枝上"),
        # a compound noun kept whole; a pattern of colours keeps its 的
        ("桌上放着一把竹编扇子和一只油纸伞", "伞改成蓝色", "桌上放着一把竹编扇子和一只蓝色油纸伞"),
        ("一座白色的风车在花田里", "风车换成蓝白条纹的", "一座蓝白条纹的风车在花田里"),
        # what was removed stood in a place; the place stays
        ("森林里的小木屋，烟囱冒着烟", "把小木屋去掉", "森林，烟囱冒着烟"),
        # "别下雨", "雨停了": the rain goes
        ("古镇的石板路，下着小雨，红灯笼", "别下雨了", "古镇的石板路，红灯笼"),
    ],
)
def test_chinese_edits_without_the_usual_verbs(prompt, edit, after):
    _, rw = play([prompt, edit])
    assert rw.intent == "edit" and rw.prompt == after


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        # the thing named in the other language; the colour written in the prompt's
        (
            "a knitted blanket on a sofa, a sleeping corgi",
            "把毯子换成绿色",
            "a green knitted blanket on a sofa, a sleeping corgi",
        ),
        ("a yellow raincoat on a hook, wet boots below", "雨衣改蓝色", "a blue raincoat on a hook, wet boots below"),
        ("一只橙色的柯基坐在草地上", "corgi 改成白色", "一只白色的柯基坐在草地上"),
        ("一盏红色的灯笼挂在门口", "lantern 换金色", "一盏金色的灯笼挂在门口"),
        ("a study with a green desk lamp and old books", "lamp 换红色", "a study with a red desk lamp and old books"),
        ("an orange kitten in a cardboard box", "小猫，黑色的", "a black kitten in a cardboard box"),
        ("蓝色的背景上一只白色的运动鞋", "background pink", "粉色的背景上一只白色的运动鞋"),
        ("a tea set with cups and books on a tray", "去掉那些书", "a tea set with cups on a tray"),
    ],
)
def test_edits_across_languages(prompt, edit, after):
    _, rw = play([prompt, edit])
    assert rw.intent == "edit" and rw.prompt == after


@pytest.mark.parametrize(
    "message",
    [
        "gorgeous, ship it",
        "ok keeping the sunset, thx",
        "the client approved 🎉",
        "哈哈太可爱了",
        "先不改了",
        "这版效果绝了，谢谢",
    ],
)
def test_remarks_change_nothing(message):
    _, first = play(["a fox in a snowy forest at sunset"])
    _, rw = play(["a fox in a snowy forest at sunset", message])
    assert rw.intent == "chat" and "Added" not in rw.reply and "加上" not in rw.reply
    assert first.prompt == "a fox in a snowy forest at sunset"


@pytest.mark.parametrize(
    "message",
    ["change the colour", "can you change the fox too", "make it look better", "换个颜色", "改一下", "再 change 一下"],
)
def test_an_edit_with_nothing_to_edit_by_is_asked_about(message):
    scene, rw = play(["a fox in a snowy forest at sunset", message])
    assert rw.intent == "chat" and rw.reply.endswith(("?", "？"))
    assert scene.extras == ("a fox in a snowy forest at sunset",)


def test_a_first_message_with_a_few_flowers_is_drawn_not_answered():
    """ "旁边有几朵黄色的小花" says there are a few flowers; with no picture yet it is not "how many?"."""
    _, rw = play(["一只白兔坐在草地上，旁边有几朵黄色的小花，绘本风格"])
    assert rw.intent == "draw" and rw.prompt == "一只白兔坐在草地上，旁边有几朵黄色的小花，绘本风格"


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        ("a fox in a snowy forest at sunset", "change the sky pink", "a fox in a snowy forest at sunset, pink sky"),
        (
            "a fox in a snowy forest, soft golden light",
            "tweak the light warmer",
            "a fox in a snowy forest, warm soft golden light",
        ),
        ("a fox in a snowy forest at sunset", "change the fox white", "a white fox in a snowy forest at sunset"),
    ],
)
def test_a_value_at_the_end_is_not_vague(prompt, edit, after):
    """ "change the sky pink" names its value without "to": an edit, not a question."""
    _, rw = play([prompt, edit])
    assert rw.intent == "edit" and rw.prompt == after
