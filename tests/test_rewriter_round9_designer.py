"""Round 9 on issue 14, designer edits: mechanisms found missing by fresh batch 8 (phrasings of our own)."""

from __future__ import annotations

import pytest

from tests.dialogue import play_open as play


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        # an arrow says "this becomes that"
        ("a red bicycle leaning on a brick wall", "bicycle -> scooter", "a red scooter leaning on a brick wall"),
        (
            "a cat napping on a striped rug, a teal armchair behind",
            "teal → mustard",
            "a cat napping on a striped rug, a mustard armchair behind",
        ),
        # "swap X to a Y one": the same thing, Y
        (
            "a man in a navy wool suit on a train platform",
            "swap the suit to a grey one",
            "a man in a grey wool suit on a train platform",
        ),
        # "X change to Y" in a learner's word order; "please" inside the clause says nothing
        (
            "a lighthouse, ships, and sunset in the west",
            "and sunset change to pink",
            "a lighthouse, ships, and pink sunset in the west",
        ),
        (
            "a parrot on a branch, a big waterfall behind",
            "the waterfall please more small",
            "a parrot on a branch, a small waterfall behind",
        ),
        # "get X out of the picture" removes it; a misspelt verb is still the verb
        (
            "a tent under the stars, a campfire, a kettle on a rock",
            "get the kettle out of the picture",
            "a tent under the stars, a campfire, a rock",
        ),
        (
            "a tent under the stars, a campfire, a kettle on a rock",
            "remvoe the campfire",
            "a tent under the stars, a kettle on a rock",
        ),
        # one word for another, where it stands
        ("a portrait at sunrise, soft fog", "sunset not sunrise", "a portrait at sunset, soft fog"),
        # the colour of a glow; the phase of the moon
        (
            "a paper lantern glowing red in a dark alley",
            "lantern should glow gold",
            "a paper lantern glowing gold in a dark alley",
        ),
        (
            "a night sky over a lake with a crescent moon",
            "make the moon full",
            "a night sky over a lake with a full moon",
        ),
    ],
)
def test_english_edits_of_batch_8s_kinds(prompt, edit, after):
    _, rw = play([prompt, edit])
    assert rw.intent == "edit" and rw.prompt == after


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        (
            'a bakery window with a chalkboard sign reading "OPEN DAILY", croissants on trays',
            'the sign should say "CLOSED SUNDAY"',
            'a bakery window with a chalkboard sign reading "CLOSED SUNDAY", croissants on trays',
        ),
        (
            'a minimal poster with the words "NORTH STAR" at the top, a deer in snow',
            'rename to "SOUTH WIND"',
            'a minimal poster with the words "SOUTH WIND" at the top, a deer in snow',
        ),
        (
            'a shop front, shop name "BLOOM" painted above the door',
            'shop name is "PETAL" now',
            'a shop front, shop name "PETAL" painted above the door',
        ),
        (
            "音乐节海报：一只水母漂浮在沙漠上空，“软回声”用大字",
            "乐队名改成“低潮”",
            "音乐节海报:一只水母漂浮在沙漠上空，“低潮”用大字",
        ),
    ],
)
def test_the_words_on_a_sign_change_however_it_is_said(prompt, edit, after):
    _, rw = play([prompt, edit])
    assert rw.intent == "edit" and rw.prompt == after


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        # "也" says "this one too", it is not part of the name
        ("一只白色的猫和一只白色的狗坐在门口", "狗也改成黑色", "一只白色的猫和一只黑色的狗坐在门口"),
        # "X要Y的": X should be Y
        ("一只黄色的小鸭子在湖里游", "鸭子要绿色的！", "一只绿色的小鸭子在湖里游"),
        # a name found twice: the one with a colour before it is the thing
        ("汽车广告：一辆白色轿车停在山路上", "车改成蓝色", "汽车广告:一辆蓝色轿车停在山路上"),
        # what a wall is painted is its colour
        ("一间卧室，墙面刷成浅蓝色，木地板", "墙面改成米色", "一间卧室，墙面刷成米色，木地板"),
        # a colour goes after the measure word, not inside a two-character name
        ("一只御猫趴在屋檐上，飘着雪", "猫改成白色的", "一只白色御猫趴在屋檐上，飘着雪"),
        # an English colour in a Chinese edit of a mixed prompt; a Chinese noun as the new thing on an English one
        (
            "一个 white 瓷杯放在 wooden 桌上，teapot 在旁边",
            "teapot 换 black",
            "一个 white 瓷杯放在 wooden 桌上，black teapot 在旁边",
        ),
        ("a mug of tea on a windowsill, rain outside", "茶换成牛奶", "a mug of milk on a windowsill, rain outside"),
        # 一副 is a measure word: the glasses go, the computer stays
        ("书桌上放着一台电脑和一副眼镜，台灯亮着", "去掉眼镜", "书桌上放着一台电脑，台灯亮着"),
    ],
)
def test_chinese_and_mixed_edits_of_batch_8s_kinds(prompt, edit, after):
    _, rw = play([prompt, edit])
    assert rw.intent == "edit" and rw.prompt == after


@pytest.mark.parametrize(
    ("prompt", "edit", "after"),
    [
        # the camera's place is one phrase, and a new angle takes it
        (
            "a pair of earbuds in a white case, shot from a low angle, studio light",
            "top-down view instead",
            "a pair of earbuds in a white case, top-down view, studio light",
        ),
        ("一碗拉面，仰拍，暖色灯光", "改成俯拍", "一碗拉面，俯拍，暖色灯光"),
        # a night view is a time of day
        ("城市天际线，正午阳光，玻璃幕墙", "改成夜景", "城市天际线，玻璃幕墙，夜景"),
        # a size said without its verb
        (
            "a giant jellyfish over a desert road, neon colours",
            "jellyfish smaller",
            "a small jellyfish over a desert road, neon colours",
        ),
    ],
)
def test_angles_night_views_and_sizes(prompt, edit, after):
    _, rw = play([prompt, edit])
    assert rw.intent == "edit" and rw.prompt == after


@pytest.mark.parametrize(
    "message", ["nice, showing this to the team tomorrow", "kk", "我拿去给客户看看", "辛苦啦", "ok 先这样"]
)
def test_talk_about_the_work_is_chat(message):
    scene, rw = play(["a fox in a snowy forest at sunset", message])
    assert rw.intent == "chat" and scene.extras == ("a fox in a snowy forest at sunset",)


@pytest.mark.parametrize(
    "message",
    ["hmm not quite, fix it", "that's off, adjust it", "再改改", "换个感觉", "颜色调一调", "再 adjust 一下", "大一点"],
)
def test_a_wish_with_nothing_to_go_by_is_asked_about(message):
    scene, rw = play(["a fox in a snowy forest at sunset", message])
    assert (
        rw.intent == "chat"
        and rw.reply.endswith(("?", "？"))
        and scene.extras == ("a fox in a snowy forest at sunset",)
    )
