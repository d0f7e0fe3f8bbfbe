"""Round 36 on issue 14, designer edits, on sentences of our own (noticed in batch 32's and 33's rounds)."""

from __future__ import annotations

import pytest

from tests.dialogue import last_turn

NOOK = "a cozy reading nook with a velvet armchair"


@pytest.mark.parametrize("message", ["right", "yup", "true", "fair enough", "makes sense", "alright"])
def test_a_bare_word_of_assent_changes_nothing(message):
    # "right" used to be added to the prompt as a word
    assert last_turn([NOOK, message])[:2] == ("chat", "")


def test_the_logos_colour_pair_takes_the_new_colour_of_its_mark():
    assert last_turn(["a flat vector fox logo, orange on white, minimal", "make the fox teal"])[:2] == (
        "edit",
        "a flat vector fox logo, teal on white, minimal",
    )


@pytest.mark.parametrize(
    ("prompt", "edited"),
    [
        ("一幅水墨画，山间小屋旁开着白梅", "一幅水墨画，山间小屋旁开着红梅"),
        ("一幅水墨画，山间小屋旁开着白梅，远处有桃花", "一幅水墨画，山间小屋旁开着红梅，远处有桃花"),
    ],
)
def test_a_flower_named_with_its_hua_finds_the_one_character_the_prompt_uses(prompt, edited):
    assert last_turn([prompt, "梅花改成红梅"])[:2] == ("edit", edited)


COVER = "book cover, thriller, title text 'NORTH' in big white serif letters at the top"


@pytest.mark.parametrize("message", ["letters gold not white", "the letters gold, not white"])
def test_a_colour_said_against_the_old_one_without_a_verb(message):
    assert (
        last_turn([COVER, message])[1]
        == "book cover, thriller, title text 'NORTH' in big gold serif letters at the top"
    )


NEON = "neon sign 'OPEN 24H' on a brick wall, rainy night"


@pytest.mark.parametrize("message", ["sign says LATE NIGHT now", "sign says 'LATE NIGHT' now"])
def test_what_the_sign_says_now_replaces_its_words(message):
    # "NIGHT" used to be read as the time of day: "rainy sign says LATE NIGHT now"
    assert last_turn([NEON, message])[1] == "neon sign 'LATE NIGHT' on a brick wall, rainy night"


def test_a_quoted_tagline_after_another_edit_replaces_the_old_one():
    prompt = "billboard: red sports car on a coastal road, sunset, tagline 'FEEL EVERY CURVE'"
    assert last_turn([prompt, "car silver, tagline 'BUILT FOR THE COAST'"])[1] == (
        "billboard: silver sports car on a coastal road, sunset, tagline 'BUILT FOR THE COAST'"
    )


def test_a_labelled_change_everywhere():
    prompt = "a tall can of lime sparkling water with condensation droplets, sliced limes and ice cubes around it"
    assert last_turn([prompt, "flavour change: grapefruit instead of lime, everywhere"])[1] == (
        "a tall can of grapefruit sparkling water with condensation droplets, sliced grapefruits and ice cubes around it"
    )


def test_a_new_thing_for_the_first_word_of_a_stalk_takes_the_stalk():
    prompt = "a line drawing of a wheat stalk inside a circle, dark brown on cream"
    assert last_turn([prompt, "can the wheat be a croissant instead"])[1] == (
        "a line drawing of a croissant inside a circle, dark brown on cream"
    )
    assert last_turn([prompt, "make the wheat barley"])[1] == (
        "a line drawing of a barley stalk inside a circle, dark brown on cream"
    )


def test_can_there_be_a_thing_adds_it():
    prompt = "a rocket ship with a smiling face flying past saturn, cartoon"
    assert last_turn([prompt, "can there be an alien waving from the window"])[:2] == (
        "edit",
        f"{prompt}, an alien waving from the window",
    )


def test_too_dark_on_a_dark_tone_brightens_the_tone():
    assert last_turn(["一杯拿铁放在窗台上，外面在下雨，氛围感，暗调", "太暗了"])[1] == (
        "一杯拿铁放在窗台上，外面在下雨，氛围感，亮调"
    )


@pytest.mark.parametrize("message", ["换成柯基", "换成一只柯基"])
def test_a_creature_named_alone_takes_the_one_creatures_place(message):
    assert last_turn(["一只橘猫蹲在一篮秋天的苹果里，果园背景，浅景深", message])[1] == (
        "一只柯基蹲在一篮秋天的苹果里，果园背景，浅景深"
    )


def test_something_completely_different_in_chinese_is_a_new_picture():
    intent, prompt = last_turn(
        ["扁平插画，一个人骑自行车沿着运河，前景是郁金香", "换个完全不同的：雪山下的小木屋，烟囱冒着烟"]
    )[:2]
    assert (intent, prompt) == ("draw", "雪山下的小木屋，烟囱冒着烟")


def test_a_new_title_and_a_colour_for_the_letters_in_one_message():
    prompt = "悬疑小说封面，黑色礁石上一座孤独的灯塔，顶部是白色衬线大字“最后的信号”"
    assert last_turn([prompt, "书名改成“沉默以北”，字换成金色"])[1] == (
        "悬疑小说封面，黑色礁石上一座孤独的灯塔，顶部是金色衬线大字“沉默以北”"
    )


@pytest.mark.parametrize(("prompt", "edited"), [("App 启动页，马卡龙配色，右边留白", "App 启动页，莫兰迪配色，右边留白"),
                                                ("海报，薄荷绿和珊瑚橙配色", "海报，莫兰迪配色")])  # fmt: skip
def test_a_named_palette_replaces_the_old_one(prompt, edited):
    assert last_turn([prompt, "配色换成莫兰迪色"])[1] == edited


@pytest.mark.parametrize("message", ["太可爱了！请问蘑菇可以画成红色带白点的吗？", "蘑菇改成红色带白点的"])
def test_a_pattern_asked_politely_after_praise_goes_before_the_thing(message):
    assert last_turn(["一只刺猬在大蘑菇下面看书，水彩风格", message])[:2] == (
        "edit",
        "一只刺猬在红色带白点的大蘑菇下面看书，水彩风格",
    )


RAMEN = "一碗日式拉面，有溏心蛋、两片叉烧、葱花和海苔，黑色石板桌面，俯拍"


def test_a_removed_list_item_goes_whole():
    # "有溏心两片叉烧" was left when 蛋 went
    assert last_turn([RAMEN, "蛋看着怪怪的，拿掉"])[1] == "一碗日式拉面，有两片叉烧、葱花和海苔，黑色石板桌面，俯拍"


def test_a_count_raised_to():
    assert last_turn([RAMEN, "叉烧加到四片"])[1] == "一碗日式拉面，有溏心蛋、四片叉烧、葱花和海苔，黑色石板桌面，俯拍"


def test_na_zou_removes_after_a_complaint():
    prompt = "俯拍一双手揉面团，旁边有擀面杖和一小碗面粉，自然光"
    assert last_turn([prompt, "太乱了，把擀面杖拿走"])[1] == "俯拍一双手揉面团，旁边有一小碗面粉，自然光"


def test_change_the_colours_with_no_colour_asks():
    intent, prompt, reply = last_turn(["模特穿红色真丝吊带裙配黑色皮夹克，站在小巷里", "颜色换一下"])[:3]
    assert (intent, prompt) == ("chat", "") and "？" in reply


def test_a_word_known_only_by_its_ending_is_not_translated_when_added():
    prompt = "a glass jar of honey on a linen cloth"
    assert last_turn([prompt, "加几朵薰衣草"])[1] == f"{prompt}, some lavender"  # it was "a few grass"


def test_a_chinese_name_for_the_case_of_the_earbuds():
    prompt = "product photo of white wireless earbuds in an open charging case, on a glossy black surface"
    assert last_turn([prompt, "耳机盒子换成黑色"])[1] == (
        "product photo of white wireless earbuds in a black open charging case, on a glossy black surface"
    )


TEMPLE = "游戏场景概念图：森林里的一座废弃神庙，一束阳光从树冠间照下来，神庙门口有一尊石狮子"


def test_an_english_add_with_a_posture_and_a_place_in_chinese():
    assert last_turn([TEMPLE, "add a small fox sitting by the lion"])[1].endswith("，一只小狐狸坐在狮子旁边")


def test_two_english_words_for_one_thing_of_a_chinese_prompt():
    assert "一束金色阳光" in last_turn([TEMPLE, "make the light beam golden"])[1]
