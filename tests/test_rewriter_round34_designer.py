"""Round 34 on issue 14, designer edits, on sentences of our own (batch 31 found them misread).

"ok forget that, new one: …" starts a new picture; "哦不对" takes back the value said just before it; 顺便 leads an
edit without becoming part of it; a straw hat named in Chinese on an English prompt is the same hat."""

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
