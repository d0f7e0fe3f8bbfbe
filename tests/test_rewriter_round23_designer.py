"""Round 23 on issue 14, designer edits: what fresh batch 21 showed missing, on sentences of our own.

A flavour word changes as a word ("peach juice" -> "lime juice"), a fruit stays a fruit when tinted; moves without "the"
("to bottom left corner", "the left third"); "X colour -> Y"; "title is now …"; a sign's name; a reason after an edit
("they're taking over") adds nothing; "lighter"; "3/4 view" is a camera angle; "now in navy" is the main thing's colour
(not the "photo" it is a photo of); a new thing keeps how the old one looked ("glowing") and says a word once; removals
across languages; a Chinese material with its colour replaces both; a colour said as its own phrase; a greeting before
a request is part of the wrapper."""

from __future__ import annotations

import pytest

from tests.dialogue import last_turn


@pytest.mark.parametrize(
    ("dialogue", "prompt_after"),
    [
        (["做个 poster，一只橘猫趴在窗台上"], "poster，一只橘猫趴在窗台上"),
        (
            ["a small dog and a big cat on a sofa", "make the dog bigger than the cat"],
            "a big dog and a big cat on a sofa",
        ),
        (
            ["a tall glass of iced tea on a table", "make the glass much bigger in frame"],
            "a big glass of iced tea on a table",
        ),
        (
            ["a wizard holding a glowing staff, dark tower behind him", "can the staff be a sword?"],
            "a wizard holding a glowing sword, dark tower behind him",
        ),
        (
            ["a bottle of sparkling peach juice on a beach towel", "change peach to lime"],
            "a bottle of sparkling lime juice on a beach towel",
        ),
        (
            ["a bottle of sparkling peach juice on a beach towel", "change peach to mango - no wait, watermelon"],
            "a bottle of sparkling watermelon juice on a beach towel",
        ),
        (["a peach on a white plate", "make the peach red"], "a red peach on a white plate"),
        (
            ["poster of a lighthouse on a cliff at dusk", "move the lighthouse to the left third"],
            "poster of a lighthouse at the left third on a cliff at dusk",
        ),
        (
            ["a cup of tea on a wooden table", "move the cup to bottom left corner"],
            "a cup of tea at bottom left corner on a wooden table",
        ),
        (["a cup of tea on a wooden table", "table colour -> pale grey"], "a cup of tea on a pale grey wooden table"),
        (
            ["海报：一只狐狸站在雪地里，标题《冬眠》放在底部", "标题移到顶部"],
            "海报:一只狐狸站在雪地里，标题《冬眠》放在顶部",
        ),
        (
            ["movie poster, a knight on a hill, title IRON DAWN at the top", "title is now STEEL DUSK"],
            "movie poster, a knight on a hill, title STEEL DUSK at the top",
        ),
        (
            ["a bakery storefront, red awning with the name PETIT FOUR in gold letters", "招牌上的字改成 LE PAIN"],
            "a bakery storefront, red awning with the name LE PAIN in gold letters",
        ),
        (
            ["a field of giant sunflowers under a blue sky", "make the sunflowers smaller, they're taking over"],
            "a field of small sunflowers under a blue sky",
        ),
        (["a misty forest at dawn", "make the forest lighter"], "a light misty forest at dawn"),
        (
            ["product photo of a grey wool scarf on a white table, front view", "3/4 view"],
            "product photo of a grey wool scarf on a white table, 3/4 view",
        ),
        (
            ["product photo of a grey wool scarf on a white table, front view", "now in navy"],
            "product photo of a navy wool scarf on a white table, front view",
        ),
        (["a cheerful cartoon robot waving", "swap the robot for a cartoon bear"], "a cheerful cartoon bear waving"),
        (["一碗拉面，叉烧，溏心蛋，香菜，木桌", "no coriander"], "一碗拉面，叉烧，溏心蛋，木桌"),
        (
            ["a bowl of soup with basil and a dried palm leaf on the side", "去掉棕榈叶"],
            "a bowl of soup with basil on the side",
        ),
        (["卧室，白色布艺床头，灰色地毯", "床头换成墨绿色丝绒的"], "卧室，墨绿色丝绒床头，灰色地毯"),
        (["卧室，白色布艺床头，灰色地毯", "床头换成皮的"], "卧室，白色皮床头，灰色地毯"),
        (["你好，麻烦帮我画一幅荷花，白色的，旁边有一只蜻蜓", "把荷花改成粉色的"], "一幅荷花，粉色的，旁边有一只蜻蜓"),
    ],
)
def test_designer_turn_keeps_the_words_and_changes_what_was_asked(dialogue: list[str], prompt_after: str) -> None:
    intent, prompt, _ = last_turn(dialogue)
    assert intent == ("draw" if len(dialogue) == 1 else "edit")
    assert prompt == prompt_after
