"""Round 21 on issue 14, designer edits: batch 18 and 19 leftovers, on sentences of our own.

A colour said again more exactly as its own clause ("make the cabinet blue, navy blue", "换成绿色，墨绿色") is
the colour meant; a metal's name before a material ("gold foil", "silver mesh") is one material and takes the
place of the material run it replaces ("kraft paper label" -> "gold foil label"), however it is worded
("X not Y", "X, not Y", "X instead of Y", "gold foil label instead of kraft")."""

from __future__ import annotations

import pytest

from tests.dialogue import last_turn

KITCHEN = "please make picture of one modern kitchen, white cabinet, island with marble top"
BAG = "a matte black coffee bag with a kraft paper label, next to a white ceramic cup"
GOLD_BAG = "a matte black coffee bag with a gold foil label, next to a white ceramic cup"


@pytest.mark.parametrize(
    ("dialogue", "prompt_after", "reply"),
    [
        (
            [KITCHEN, "cabinet i want in green colour, sage green"],
            "one modern kitchen, sage green cabinet, island with marble top",
            "Made the cabinet sage green.",
        ),
        (
            [KITCHEN, "make the cabinet blue, navy blue"],
            "one modern kitchen, navy blue cabinet, island with marble top",
            "Made the cabinet navy blue.",
        ),
        (
            ["一间现代厨房，白色橱柜，大理石台面", "橱柜换成绿色，墨绿色"],
            "一间现代厨房，墨绿色橱柜，大理石台面",
            "已把橱柜改成墨绿色。",
        ),
        # the same colour said twice is said once
        (
            ["一间现代厨房，白色橱柜，大理石台面", "橱柜换成绿色，绿色的"],
            "一间现代厨房，绿色橱柜，大理石台面",
            "已把橱柜改成绿色。",
        ),
        ([BAG, "make the label gold foil"], GOLD_BAG, "Made the label gold foil."),
        ([BAG, "label should be gold foil not kraft"], GOLD_BAG, "Made the label gold foil."),
        ([BAG, "the label should be gold foil, not kraft paper"], GOLD_BAG, "Made the label gold foil."),
        ([BAG, "make the label gold foil instead of kraft paper"], GOLD_BAG, "Made the label gold foil."),
        ([BAG, "gold foil label instead of kraft"], GOLD_BAG, "Made the label gold foil."),
    ],
)
def test_exact_colours_and_metal_materials_replace_what_they_name(dialogue, prompt_after, reply):
    assert last_turn(dialogue) == ("edit", prompt_after, reply)


def test_a_finish_still_changes_alone():
    intent, prompt, _ = last_turn([BAG, "make the bag glossy instead of matte"])
    assert (intent, prompt) == (
        "edit",
        "a glossy black coffee bag with a kraft paper label, next to a white ceramic cup",
    )
