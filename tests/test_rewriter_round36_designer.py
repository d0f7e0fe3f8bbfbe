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
