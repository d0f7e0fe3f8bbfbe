"""Round 35 on issue 14, designer edits, on sentences of our own (noticed in batch 31's rounds).

A thing added in Chinese with its place ("在路边加一只黑猫", "加一只黑猫在路边") to an English prompt is added in English
with its place where every word is known, and as "窗台上有一盆花" (the thing and the place, not the instruction) where a
word is not known."""

from __future__ import annotations

import pytest

from tests.dialogue import last_turn

ROAD = "a quiet country road at dusk with a red mailbox, watercolor"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("在路边加一只黑猫", "a black cat by the road"),
        ("加一只黑猫在路边", "a black cat by the road"),
        ("在邮箱旁边放一只小狗", "a small dog next to the mailbox"),
        ("桌上加只猫", "a cat on the table"),
    ],
)
def test_a_thing_added_in_chinese_with_its_place_is_added_in_english(message, added):
    assert last_turn([ROAD, message])[:2] == ("edit", f"{ROAD}, {added}")


def test_a_place_we_cannot_say_in_english_keeps_the_users_words_without_the_verb():
    assert last_turn([ROAD, "在窗台上放一盆花"])[1] == f"{ROAD}, 在窗台上有一盆花"


def test_a_chinese_prompt_keeps_the_place_in_chinese():
    assert last_turn(["乡间小路，黄昏，一个红色邮箱，水彩风格", "在路边加一只黑猫"])[1] == (
        "乡间小路，黄昏，一个红色邮箱，水彩风格，在路边有一只黑猫"
    )
