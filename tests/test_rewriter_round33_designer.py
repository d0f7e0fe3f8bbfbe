"""Round 33 on issue 14, designer edits, on sentences of our own.

A new colour for an animal replaces its coat pattern ("tabby") and a tone said of a background ("dark"); a gendered
noun of any trade swaps for its counterpart ("businessman" -> "businesswoman"); the picture's words given without
quotes replace the quoted ones, while "make the text bigger" is never written as the text; a kind of thing said
bare replaces every mention of it; "X again" and "I liked the first colour better" put an earlier phrase back; and
"coffee" of a coffee table names the table, so it stays when the table changes. Then: things named in Chinese on an
English prompt go ("竹垫去掉", "雾太多了，去掉" on "a misty valley"), a new season or weather takes the old one's place,
a name said wrong is corrected ("是 Maya 不是 Mia"), Chinese values land on English words ("tray 改成木头的": wooden),
and a flavour said for a thing named by its flavour replaces the flavour ("coulis -> mango": mango coulis)."""

from __future__ import annotations

import pytest

from tests.dialogue import last_turn, unchanged_reply


@pytest.mark.parametrize(
    ("dialogue", "prompt"),
    [
        (["a tabby cat asleep on a rug", "the cat should be grey"], "a grey cat asleep on a rug"),
        (["a calico kitten in a basket", "make the kitten white"], "a white kitten in a basket"),
        (["a red bicycle, dark background", "make the background light blue"], "a red bicycle, light blue background"),
        (["a vase of tulips on a pale backdrop", "backdrop black"], "a vase of tulips on a black backdrop"),
    ],
)
def test_a_new_colour_replaces_a_coat_pattern_and_a_background_tone(dialogue, prompt):
    assert last_turn(dialogue)[:2] == ("edit", prompt)


@pytest.mark.parametrize(
    ("dialogue", "prompt"),
    [
        (["a fisherman mending nets at dawn", "make it a fisherwoman"], "a fisherwoman mending nets at dawn"),
        (["a waitress carrying plates, diner", "make her a waiter"], "a waiter carrying plates, diner"),
        (["a cowboy on a horse at sunset", "make it a cowgirl"], "a cowgirl on a horse at sunset"),
    ],
)
def test_a_trade_said_in_the_other_gender_swaps(dialogue, prompt):
    assert last_turn(dialogue)[:2] == ("edit", prompt)


def test_the_pictures_words_given_without_quotes_replace_the_quoted_ones():
    poster = "a gig poster with a guitar on fire, text that says 'TOUR 2025'"
    assert last_turn([poster, "make the text TOUR 2026"])[:2] == (
        "edit",
        "a gig poster with a guitar on fire, text that says 'TOUR 2026'",
    )
    assert last_turn([poster, "the text should say see you there"])[1] == (
        "a gig poster with a guitar on fire, text that says 'see you there'"
    )


@pytest.mark.parametrize("message", ["make the text bigger", "make the text more bold"])
def test_how_the_text_looks_is_never_written_as_the_text(message):
    """Nothing this composer reads says how text looks yet: it changes nothing and asks, never writes 'bigger'."""
    assert unchanged_reply(["a shop sign that says 'OPEN', neon", message]) is not None


def test_a_kind_said_bare_replaces_every_mention_and_a_counted_one_replaces_one():
    tart = "a cherry tart on a plate, a bowl of cherries, a cat"
    assert last_turn([tart, "plums instead of cherries"])[1] == "a plum tart on a plate, a bowl of plums, a cat"
    assert last_turn([tart, "swap the cat for a dog"])[1] == "a cherry tart on a plate, a bowl of cherries, a dog"


@pytest.mark.parametrize(
    ("dialogue", "prompt"),
    [
        (
            ["a bowl of pears on a table", "apples instead of pears", "no, pears again"],
            "a bowl of pears on a table",
        ),
        (
            ["a simple purple fox logo on white", "fox green", "hmm i liked the first colour better"],
            "a simple purple fox logo on white",
        ),
        (
            [
                "a pine desk, a blue chair",
                "the desk should be glass",
                "actually the pine was nicer, keep the chair tho",
            ],
            "a pine desk, a blue chair",
        ),
    ],
)
def test_an_earlier_phrase_is_put_back(dialogue, prompt):
    assert last_turn(dialogue)[:2] == ("edit", prompt)


def test_a_naming_word_stays_with_its_noun():
    assert last_turn(["a square walnut coffee table by a window", "the table should be glass"])[1] == (
        "a square glass coffee table by a window"
    )
    assert (
        last_turn(["an olive tree in a courtyard", "make the tree silver"])[1] == "a silver olive tree in a courtyard"
    )
    assert last_turn(["a bright orange bottle on ice", "bottle should be green"])[1] == "a bright green bottle on ice"


@pytest.mark.parametrize(
    ("dialogue", "prompt"),
    [
        (["a teapot on a bamboo mat, soft light", "竹垫去掉"], "a teapot, soft light"),
        (["a laptop on a desk with a succulent and a mug", "多肉删掉吧 looks messy"], "a laptop on a desk with a mug"),
        (["a fox in a misty valley", "去掉雾"], "a fox in a valley"),
        (["a fox in a misty valley", "雾太多了，去掉"], "a fox in a valley"),
        (["a barn in a field, snowy", "no snow"], "a barn in a field"),
    ],
)
def test_a_thing_named_in_chinese_or_by_the_word_made_from_it_goes(dialogue, prompt):
    assert last_turn(dialogue)[:2] == ("edit", prompt)


@pytest.mark.parametrize(
    ("dialogue", "prompt"),
    [
        (["a barn in a field, snowy", "改成秋天，no snow"], "a barn in a field, autumn"),
        (["一座石桥，两岸垂柳，细雨蒙蒙", "改成雪景"], "一座石桥，两岸垂柳，雪景"),
        (["一座石桥，细雨蒙蒙", "改成晴天"], "一座石桥，晴天"),
        (["a quiet library, rain on the windows, warm lamps", "same thing but sunny"],
         "a quiet library, warm lamps, sunny"),
    ],
)  # fmt: skip
def test_a_new_season_or_weather_takes_the_old_ones_place(dialogue, prompt):
    assert last_turn(dialogue)[:2] == ("edit", prompt)


@pytest.mark.parametrize(
    ("dialogue", "prompt"),
    [
        (["一张贺卡，上面写着 Happy Birthday Leo", "名字写错了，是 Theo 不是 Leo"], "一张贺卡，上面写着 Happy Birthday Theo"),
        (["a shop sign that says 'Bella Bakes', pastel", "typo, it's Stella not Bella"],
         "a shop sign that says 'Stella Bakes', pastel"),
    ],
)  # fmt: skip
def test_a_name_said_wrong_is_corrected_where_the_prompt_writes_it(dialogue, prompt):
    assert last_turn(dialogue)[:2] == ("edit", prompt)


@pytest.mark.parametrize(
    ("dialogue", "prompt"),
    [
        (["一只小狗在野餐，黄白格子的野餐布", "野餐布换成 red and white"], "一只小狗在野餐，红白格子的野餐布"),
        (["一只小狗在野餐，黄白格子的野餐布", "野餐布换成绿色和白色"], "一只小狗在野餐，绿白格子的野餐布"),
        (["a bento on a black lacquer tray, top-down", "tray 改成木头的"], "a bento on a black wooden tray, top-down"),
        (["an elf under a giant mushroom, watercolor", "蘑菇改成红色带白点的"],
         "an elf under a giant red mushroom with white spots, watercolor"),
        (["一杯冰茶，背景是 sunny beach", "背景 beach 改成山里"], "一杯冰茶，背景是山里"),
        (["a lemon tart, blackberry sauce, mint leaves", "sauce -> cherry"], "a lemon tart, cherry sauce, mint leaves"),
    ],
)  # fmt: skip
def test_values_said_across_languages_and_flavours_land_on_their_words(dialogue, prompt):
    assert last_turn(dialogue)[:2] == ("edit", prompt)


def test_a_palette_said_in_two_colours_keeps_its_own_form():
    assert "绿色和黑色" in last_turn(["扁平插画，两个人击掌，橙色和蓝色配色", "配色改成绿色和黑色"])[1]


def test_an_earlier_word_put_back_after_a_sigh():
    assert last_turn(["一张海报，桌上一盘草莓", "草莓换成蓝莓", "哎不对，还是草莓"])[:2] == (
        "edit",
        "一张海报，桌上一盘草莓",
    )


@pytest.mark.parametrize(
    ("dialogue", "question"),
    [
        (["a fox in a birch forest, soft fog", "hmm not sure about the fog"], "What should change about the fog?"),
        (["a fox in a birch forest, soft fog", "i don't really like the fox"], "What should change about the fox?"),
        (["a fox in a birch forest, soft fog", "not a fan of the forest tbh"], "What should change about the forest?"),
        (["白桦林里的一只狐狸，薄雾", "我不太喜欢狐狸"], "狐狸要怎么改？"),
    ],
)
def test_a_doubt_about_one_thing_names_it_in_the_question(dialogue, question):
    assert unchanged_reply(dialogue) == question


def test_a_drink_said_whole_takes_the_flavoured_drinks_place():
    assert last_turn(["a notebook beside a cup of mango smoothie", "mango 改成 green tea"])[1] == (
        "a notebook beside a cup of green tea"
    )
    assert last_turn(["a notebook beside a cup of mango smoothie", "make the mango kiwi"])[1] == (
        "a notebook beside a cup of kiwi smoothie"
    )  # a flavour alone stays a flavour of the same drink
