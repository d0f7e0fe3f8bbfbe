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


def test_two_changes_said_without_a_verb_are_both_made():
    tin = "tea tin packaging, a tin with chamomile flowers, label says 'Night Owl'"
    assert last_turn([tin, "label text to 'Early Bird' and the flowers to peppermint leaves"])[1] == (
        "tea tin packaging, a tin with peppermint leaves, label says 'Early Bird'"
    )


def test_a_reason_after_the_edit_is_not_added():
    assert last_turn(["客厅，灰色沙发，一盆绿萝，有狗", "狗去掉吧 怕吵"])[1] == "客厅，灰色沙发，一盆绿萝"


@pytest.mark.parametrize(
    ("prompt", "message", "edited"),
    [
        ("a fox in a blue bow tie, studio portrait", "领结换成黄色", "a fox in a yellow bow tie, studio portrait"),
        ("a perfume bottle on a beige backdrop", "背景换成白色", "a perfume bottle on a white backdrop"),
    ],
)
def test_a_chinese_name_finds_the_english_word_the_prompt_uses(prompt, message, edited):
    assert last_turn([prompt, message])[1] == edited


def test_same_thing_said_after_an_edit_is_kept_not_added():
    assert last_turn(["a red barn in a wheat field at noon", "make it dusk, same barn"])[1].count("same barn") == 0


def test_a_gradient_said_again_in_english_in_a_chinese_frame():
    assert last_turn(["海报背景，渐变 teal to navy，中间一行标题", "渐变换成 red to gold"])[:3] == (
        "edit",
        "海报背景，渐变 red to gold，中间一行标题",
        "已把渐变换成red to gold。",
    )


@pytest.mark.parametrize(
    ("message", "left"),
    [
        ("the lighthouse isn't on this coast lol, take it out", "a rocky coast at dawn, a small boat, watercolor"),
        ("the boat doesn't belong here, remove it", "a rocky coast at dawn, a lighthouse, watercolor"),
    ],
)
def test_a_thing_said_not_to_belong_is_what_it_means(message, left):
    assert last_turn(["a rocky coast at dawn, a lighthouse, a small boat, watercolor", message])[:2] == ("edit", left)


FOX = "a fox in a blue bow tie facing left, a lamp on the right, studio portrait"


@pytest.mark.parametrize("remark", ["hmm not right", "that's not right", "nope, still wrong", "感觉不对"])
def test_not_right_changes_nothing_and_asks_never_approves(remark):
    intent, prompt, reply = last_turn([FOX, remark])[:3]
    assert (intent, prompt) == ("chat", "")
    assert reply in (
        "I did not understand what to change. Which part of the picture, and how?",
        "我没看懂要怎么改。可以说说要改哪一部分、改成什么吗？",
    )


@pytest.mark.parametrize("message", ["flip it horizontally", "mirror the image", "ok flip it", "左右翻转一下"])
def test_a_mirrored_picture_trades_the_sides_the_prompt_names(message):
    assert last_turn([FOX, message])[:2] == (
        "edit",
        "a fox in a blue bow tie facing right, a lamp on the left, studio portrait",
    )


def test_a_chinese_prompt_mirrored_trades_its_sides():
    assert last_turn(["卧室，左边一盏台灯，窗户朝右", "水平翻转"])[1:3] == (
        "卧室，右边一盏台灯，窗户朝左",
        "已把画面左右翻转：描述里的左右已对调。",
    )


def test_mirroring_a_prompt_with_no_side_changes_nothing_and_says_why():
    intent, prompt, reply = last_turn(["a fox in a blue bow tie, studio portrait", "flip it"])[:3]
    assert (intent, prompt) == ("chat", "")
    assert reply.startswith("The description says nothing about left or right")


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("the bowls should be glazed green stoneware", "glazed green stoneware"),
        ("make the bowls matte white porcelain", "matte white porcelain"),
    ],
)
def test_a_new_look_keeps_the_users_word_order(message, said):
    assert last_turn(["a table set with terracotta bowls and linen napkins", message])[1] == (
        f"a table set with {said} bowls and linen napkins"
    )


def test_another_kind_of_thing_takes_the_whole_counted_phrase():
    assert last_turn(["书房，墙上挂一幅抽象画，一张木桌", "把画换成一面镜子"])[1] == "书房，墙上挂一面镜子，一张木桌"


def test_the_same_kind_of_thing_keeps_how_it_is_drawn():
    assert last_turn(["儿童绘本，一只简笔海龟在沙滩上", "海龟换成一只蜗牛"])[1] == "儿童绘本，一只简笔蜗牛在沙滩上"


def test_a_new_thing_after_a_removal_in_the_same_message_is_added():
    assert last_turn(["书房，墙上挂一幅抽象画，一张木桌", "画去掉，换一面镜子"])[1] == "书房，一张木桌，一面镜子"


def test_another_version_with_a_value_is_that_change():
    assert last_turn(["口红广告，正红色口红，金属外壳", "再来一版豆沙色口红"])[1] == "口红广告，豆沙色口红，金属外壳"


@pytest.mark.parametrize(
    ("prompt", "added"),
    [
        ("a samurai in a bamboo forest, ink wash style", "a samurai in a bamboo forest, ink wash style, night, moon"),
        ("竹林里的武士，水墨风格", "竹林里的武士，水墨风格，晚上，月亮"),
    ],
)
def test_there_is_a_thing_said_after_an_edit_adds_it(prompt, added):
    assert last_turn([prompt, "改成晚上，有月亮"])[1] == added


def test_a_bit_after_an_edit_is_not_a_thing_to_add():
    assert "有点" not in last_turn(["竹林里的武士，水墨风格", "改成晚上，有点暗"])[1]
