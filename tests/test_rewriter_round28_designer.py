"""Round 28 on issue 14, designer edits, on sentences of our own.

A colour said after its noun ("…, the cat is ginger colour") changes where it is said; snow and rain replace each
other ("the snow, change to heavy rain"); a Chinese thing named in an English remove ("remove 热可可") on a mixed
prompt; a second edit offered politely ("…, perhaps a soft sunrise?"); "draw me a …" with a picture there is asked
about (a new picture, or added to this one?) and the answer is followed; "draw a kite too" is an add."""

from __future__ import annotations

import pytest

from core import messages
from tests.dialogue import last_turn, unchanged_reply

CAT = "cat sit on windowsill, outside is snowing, inside warm lamp, the cat is ginger colour"
FISHER = "portrait of an old fisherman, yellow raincoat, moody grey sky, shallow depth of field"
BANNER = "秋季 banner，一件针织毛衣平铺在木地板上，旁边有落叶和一杯热可可"
BEACH = "a dog on a beach, sunset"


@pytest.mark.parametrize(
    ("dialogue", "prompt_after"),
    [
        ([CAT, "cat change to black colour"],
         "cat sit on windowsill, outside is snowing, inside warm lamp, the cat is black colour"),
        ([CAT, "and snow change to heavy rain"],
         "cat sit on windowsill, outside is heavy rain, inside warm lamp, the cat is ginger colour"),
        (["a cabin on a hill, raining, pine trees", "make it snowing"], "a cabin on a hill, snowing, pine trees"),
        ([BANNER, "remove 热可可"], "秋季 banner，一件针织毛衣平铺在木地板上，旁边有落叶"),
        ([FISHER, "could you make the sky brighter, perhaps a soft sunrise?"],
         "portrait of an old fisherman, yellow raincoat, bright grey sky, shallow depth of field, a soft sunrise"),
        ([BEACH, "draw a red kite in the sky too"], "a dog on a beach, sunset, a red kite in the sky"),
        ([BEACH, "draw a cat next to it"], "a dog on a beach, sunset, a cat next to it"),
    ],
)  # fmt: skip
def test_the_edit_is_read_and_only_it_changes(dialogue, prompt_after):
    intent, prompt, _ = last_turn(dialogue)
    assert (intent, prompt) == ("edit", prompt_after)


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("please draw me a cat on a sofa", "en"),
        ("could you draw a lighthouse at night?", "en"),
        ("画一只猫在沙发上", "zh"),
    ],
)
def test_draw_me_with_a_picture_there_asks_before_anything_changes(message, lang):
    assert unchanged_reply([BEACH, message]) == messages.text("ask_add_or_new", lang)


@pytest.mark.parametrize(
    ("answer", "intent", "prompt"),
    [
        ("a new one", "draw", "a cat on a sofa"),
        ("start a new picture", "draw", "a cat on a sofa"),
        ("add it", "edit", "a dog on a beach, sunset, a cat on a sofa"),
        ("add it to this one", "edit", "a dog on a beach, sunset, a cat on a sofa"),
    ],
)
def test_the_answer_to_new_or_added_is_followed(answer, intent, prompt):
    assert last_turn([BEACH, "please draw me a cat on a sofa", answer])[:2] == (intent, prompt)


def test_the_answer_in_chinese_draws_the_chinese_request_anew():
    assert last_turn(["一只狗在海边", "画一只猫在沙发上", "重新画一张"])[:2] == ("draw", "一只猫在沙发上")


CAFE = "a cozy cafe, a chalkboard menu that says DAILY BREW, hanging bulbs"
ISLAND = "an island, crystal clear water, palm trees"
LOOK = "a woman in an emerald dress on a sand dune at golden hour, wind in her hair"
HERO = "landing page hero, glass shapes floating on a deep purple gradient, soft glow"


@pytest.mark.parametrize(
    ("dialogue", "prompt_after"),
    [
        ([CAFE, "change the sign to OPEN LATE"], "a cozy cafe, a chalkboard menu that says OPEN LATE, hanging bulbs"),
        ([CAFE, "make the chalkboard say OPEN LATE"], "a cozy cafe, a chalkboard menu that says OPEN LATE, hanging bulbs"),
        (["gig poster, neon lights, text 'LIVE ON MONDAYS'", "the text should say FRIDAYS not mondays"],
         "gig poster, neon lights, text 'LIVE ON FRIDAYS'"),
        (["a glass vase on a grey linen runner", "runner shld be white"], "a glass vase on a white linen runner"),
        (["a dog asleep on a rug", "dog is more small please"], "a small dog asleep on a rug"),
        (["a dog asleep on a rug", "and is possible put a ball near the rug"],
         "a dog asleep on a rug, a ball near the rug"),
        ([ISLAND, "make the water dark and stormy"], "an island, dark and stormy water, palm trees"),
        ([ISLAND, "make the water dark and stormy", "add a pirate ship", "water like before though"],
         "an island, crystal clear water, palm trees, a pirate ship"),
        ([ISLAND, "make the water dark and stormy", "add a pirate ship", "make the water like it was before"],
         "an island, crystal clear water, palm trees, a pirate ship"),
        (["a dog on a beach", "add a kite! a red one"], "a dog on a beach, a red kite"),
        ([LOOK, "and move her to a rocky beach"],
         "a woman in an emerald dress on a rocky beach at golden hour, wind in her hair"),
        ([LOOK, "move her to a pine forest"],
         "a woman in an emerald dress in a pine forest at golden hour, wind in her hair"),
        ([LOOK, "put her on a rooftop"], "a woman in an emerald dress on a rooftop at golden hour, wind in her hair"),
        (["a dog on a beach, a red kite", "scratch the kite"], "a dog on a beach"),
        ([HERO, "make the gradient lighter purple"],
         "landing page hero, glass shapes floating on a light purple gradient, soft glow"),
        ([HERO, "make it teal"], "landing page hero, glass shapes floating on a deep teal gradient, soft glow"),
        ([HERO, "great, now a version in orange"],
         "landing page hero, glass shapes floating on a deep orange gradient, soft glow"),
        (["menu photo, a burger with two beef patties, fries", "mushroom patties"],
         "menu photo, a burger with two mushroom patties, fries"),
        (["ad, a can on a bright turquoise background", "background coral"], "ad, a can on a bright coral background"),
        (["ad, a can on a bright turquoise background", "background white"], "ad, a can on a white background"),
    ],
)  # fmt: skip
def test_batch_26_classes_on_our_own_sentences(dialogue, prompt_after):
    intent, prompt, _ = last_turn(dialogue)
    assert (intent, prompt) == ("edit", prompt_after)
