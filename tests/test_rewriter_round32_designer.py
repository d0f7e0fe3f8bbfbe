"""Round 32 on issue 14, designer edits, on sentences of our own.

A complaint or a doubt no rule reads ("too many leaves, get rid of them", "hmm not sure about the lamp") changes
nothing and asks, instead of being written into the prompt or taken for praise; a change the prompt already says
("make the cat green" on "a green cat", "把猫改成绿色" on "一只绿色的猫") changes nothing and says so, and never
swaps the thing for the colour."""

from __future__ import annotations

import pytest

from core import messages
from tests.dialogue import last_turn, unchanged_reply

CAT = "a cat sleeping on a windowsill with rain outside, cozy, warm lamp light"


@pytest.mark.parametrize(
    "message",
    [
        "too many leaves, get rid of them",
        "hmm not sure about the lamp",
        "i don't like the rain",
        "the lamp looks weird",
    ],
)
def test_an_unread_complaint_changes_nothing_and_asks(message):
    reply = unchanged_reply([CAT, message])
    assert reply is not None
    assert reply != messages.text("reply_ack", "en")


@pytest.mark.parametrize(
    ("dialogue", "lang"),
    [
        (["a green cat on a sofa", "make the cat green"], "en"),
        (["a man with short black hair in a cafe", "make his hair black"], "en"),
        (["一只绿色的猫在沙发上", "把猫改成绿色"], "zh"),
        (["一只绿色的猫，在沙发上", "把猫改成绿色"], "zh"),
    ],
)
def test_a_change_already_made_changes_nothing_and_says_so(dialogue, lang):
    assert unchanged_reply(dialogue) == messages.text("reply_already_so", lang)


def test_the_same_change_on_another_colour_is_still_made():
    assert last_turn(["一只白色的猫在沙发上", "把猫改成绿色"])[:2] == ("edit", "一只绿色的猫在沙发上")
    assert last_turn(["a white cat on a sofa", "make the cat green"])[:2] == ("edit", "a green cat on a sofa")
