"""Round 34 on issue 14, designer edits, on sentences of our own (batch 31 found them misread).

"ok forget that, new one: …" starts a new picture; "哦不对" takes back the value said just before it; 顺便 leads an
edit without becoming part of it; a straw hat named in Chinese on an English prompt is the same hat; "它们换一下位置"
swaps the two sides; a new light source takes the old one's word; "him" is the creature a "that is" clause colours;
and the user's own "a umbrella" is not corrected when another word changes."""

from __future__ import annotations

import pytest

from tests.dialogue import last_turn


@pytest.mark.parametrize("lead", ["ok forget that, new one:", "never mind, new one:", "scrap that, new one:"])
def test_forget_that_new_one_is_a_new_picture(lead):
    assert last_turn(["a windmill on a hill at noon", f"{lead} a paper boat on a puddle"])[:2] == (
        "draw",
        "a paper boat on a puddle",
    )


def test_a_value_taken_back_with_oh_no_wait_gives_the_later_one():
    assert last_turn(["窗台上的白色花瓶，清晨", "花瓶换成红色，哦不对，蓝色"])[:2] == ("edit", "窗台上的蓝色花瓶，清晨")


def test_by_the_way_leads_an_edit():
    assert last_turn(["山顶的小木屋，中午", "顺带改成黄昏"])[:2] == ("edit", "山顶的小木屋，黄昏")


def test_a_straw_hat_named_in_chinese_is_removed_from_an_english_prompt():
    assert last_turn(["a scarecrow with a straw hat in a cornfield", "草帽不要了"])[1] == "a scarecrow in a cornfield"


def test_two_things_said_as_the_two_trade_places():
    assert last_turn(["产品图，左边一罐茶叶，右边一只茶杯，灰色背景", "它们换一下位置"])[1] == (
        "产品图，右边一罐茶叶，左边一只茶杯，灰色背景"
    )


@pytest.mark.parametrize("message", ["lamplight instead", "make it lamplight"])
def test_a_new_light_source_takes_the_old_ones_word(message):
    assert last_turn(["a sleeping cat on a windowsill, warm sunlight, film grain", message])[1] == (
        "a sleeping cat on a windowsill, warm lamplight, film grain"
    )


def test_him_is_the_creature_a_that_clause_describes_and_its_colour_changes_there():
    assert last_turn(["a robot that is silver and it is watering a cactus", "make him gold"])[1] == (
        "a robot that is gold and it is watering a cactus"
    )


def test_the_users_own_article_stays_when_another_word_changes():
    assert last_turn(["a fox holding a umbrella in the rain", "make the fox white"])[1] == (
        "a white fox holding a umbrella in the rain"
    )


def test_change_of_topic_in_chinese_is_a_new_picture():
    assert last_turn(["水彩风格的江南水乡，小桥流水", "换个题目吧，画一只在雪地里的狐狸，油画风格"])[:2] == (
        "draw",
        "一只在雪地里的狐狸，油画风格",
    )


def test_a_thing_added_in_chinese_to_an_english_prompt_is_added_in_english():
    assert (
        last_turn(["a frog on a lotus leaf, ink painting", "加一只蜻蜓"])[1]
        == "a frog on a lotus leaf, ink painting, a dragonfly"
    )


def test_an_english_outline_for_a_chinese_prompt_is_said_in_chinese():
    assert last_turn(["一个圆形的木质托盘，上面放着茶杯", "托盘改成 oval"])[1] == "一个椭圆形的木质托盘，上面放着茶杯"


@pytest.mark.parametrize("message", ["只要一只风筝", "留一只风筝就行"])
def test_a_count_said_before_the_thing(message):
    assert last_turn(["海边的沙滩，天上飞着三只风筝，黄昏", message])[1] == "海边的沙滩，天上飞着一只风筝，黄昏"


def test_the_weather_outside_the_window_changes_not_the_window():
    assert last_turn(["一间小厨房，木质餐桌，窗外下着雪", "窗外改成晴天"])[1] == "一间小厨房，木质餐桌，窗外晴天"


def test_an_earlier_colour_of_a_thing_put_back_in_chinese():
    dialogue = ["一位女孩穿着红色连衣裙站在麦田里", "连衣裙换成蓝色", "还是红色的连衣裙好看"]
    assert last_turn(dialogue)[1] == "一位女孩穿着红色连衣裙站在麦田里"
    assert last_turn(["a boy with a green kite on a hill", "kite 改成橙色", "还是绿色吧"])[1] == (
        "a boy with a green kite on a hill"
    )
