"""Round 22 on issue 14, designer edits: what fresh batch 20 showed missing, on sentences of our own.

"好，再来一张新的：…" is a new picture; in a prompt of both languages the user's words are kept as typed (an
English colour for a thing coloured in English, "astronaut 换成一只猫" with its measure word, "女孩换成一个男生"
as said, not the prompt's counterpart 男孩); "帮我出一张 …" is a wrapper; "背景改成粉色和橙色的渐变" on
"紫色和蓝色的渐变背景" describes the same gradient anew."""

from __future__ import annotations

import pytest

from tests.dialogue import last_turn

NOOK = "帮我画一个 cozy 的 reading nook，窗边有一张 beige 的懒人沙发，一盏 warm 的台灯，很多书"
BANNER = "帮我出一张 landing page 插图，一个 robot 坐在云朵上看书，水彩风，紫色和蓝色的渐变背景"


@pytest.mark.parametrize(
    ("dialogue", "intent", "prompt_after"),
    [
        (
            ["一张咖啡馆的海报，一杯拿铁", "好，再来一张新的：一碗牛肉面，香菜和辣油，俯拍"],
            "draw",
            "一碗牛肉面，香菜和辣油，俯拍",
        ),
        (["一张咖啡馆的海报，一杯拿铁", "嗯，再画一张：一只柴犬"], "draw", "一只柴犬"),
        ([BANNER], "draw", "一张 landing page 插图，一个 robot 坐在云朵上看书，水彩风，紫色和蓝色的渐变背景"),
        (
            [NOOK, "沙发换成 olive green"],
            "edit",
            "一个 cozy 的 reading nook，窗边有一张 olive green 的懒人沙发，一盏 warm 的台灯，很多书",
        ),
        (
            [BANNER, "robot 换成一只兔子"],
            "edit",
            "一张 landing page 插图，一只兔子坐在云朵上看书，水彩风，紫色和蓝色的渐变背景",
        ),
        (
            [BANNER, "背景改成粉色和橙色的渐变"],
            "edit",
            "一张 landing page 插图，一个 robot 坐在云朵上看书，水彩风，粉色和橙色的渐变背景",
        ),
        (["一张海报，蓝色渐变背景", "背景换成粉色渐变"], "edit", "一张海报，粉色渐变背景"),
        (
            ["app 的 splash screen，一个女孩在跑步，配色 mint 和 navy", "女孩换成一个男生"],
            "edit",
            "app 的 splash screen，一个男生在跑步，配色 mint 和 navy",
        ),
        # the counterpart when only the gender is said
        (["a smiling young woman in a red coat", "make her a man"], "edit", "a smiling young man in a red coat"),
        (["一个女孩在公园里放风筝", "换成男的"], "edit", "一个男孩在公园里放风筝"),
    ],
)
def test_batch_20_phrasings(dialogue, intent, prompt_after):
    got_intent, prompt, _ = last_turn(dialogue)
    assert (got_intent, prompt) == (intent, prompt_after)


LEOPARD_EN = "wildlife photo, a snow leopard lying on a rock, snowy peaks behind, telephoto lens"
LEOPARD_ZH = "野生动物摄影，一只雪豹趴在岩石上，背景是白雪覆盖的山峰，长焦镜头"


@pytest.mark.parametrize(
    "message", ["make it a tiger", "a tiger instead", "swap to a tiger", "ok, a tiger instead please"]
)
def test_a_new_creature_with_no_target_replaces_the_one_creature(message):
    assert last_turn([LEOPARD_EN, message]) == (
        "edit",
        "wildlife photo, a tiger lying on a rock, snowy peaks behind, telephoto lens",
        "Changed the snow leopard to a tiger.",
    )


def test_a_new_creature_in_chinese_replaces_the_counted_one_outside_the_first_phrase():
    intent, prompt, _ = last_turn([LEOPARD_ZH, "换成一只老虎"])
    assert (intent, prompt) == ("edit", "野生动物摄影，一只老虎趴在岩石上，背景是白雪覆盖的山峰，长焦镜头")


def test_a_new_creature_with_two_in_the_picture_asks_which():
    assert last_turn(["a cat and a dog on a sofa", "make it a fox"]) == (
        "chat",
        "",  # a chat turn draws nothing: the picture stays as it was
        "Which one do you mean: the cat or the dog?",
    )
    # a thing that is no creature is still added
    intent, prompt, _ = last_turn([LEOPARD_EN, "a red scarf instead"])
    assert prompt.endswith("a red scarf")


def test_a_name_ending_in_zi_replaces_the_compound_it_heads():
    intent, prompt, _ = last_turn(["一张请柬的背景图，边框是手绘的银杏叶，中间留白", "叶子换成小雏菊"])
    assert (intent, prompt) == ("edit", "一张请柬的背景图，边框是手绘的小雏菊，中间留白")
    # a longer name keeps what is said before the thing ("简笔画" stays)
    intent, prompt, _ = last_turn(["一个马克杯，杯身印着一只简笔画小鲸鱼", "小鲸鱼换成小海豚"])
    assert prompt == "一个马克杯，杯身印着一只简笔画小海豚"


def test_the_thing_described_in_colour_is_the_one_recoloured_not_a_later_bare_mention():
    intent, prompt, _ = last_turn(["月饼包装，深蓝色的铁皮盒，金色花纹，盒子旁边放着两块月饼", "把盒子换成橙色"])
    assert (intent, prompt) == ("edit", "月饼包装，橙色的铁皮盒，金色花纹，盒子旁边放着两块月饼")


@pytest.mark.parametrize(
    ("dialogue", "prompt_after"),
    [
        (
            ["a samurai in rusty armor on a bridge", "make the armor polished silver"],
            "a samurai in polished silver armor on a bridge",
        ),
        (["a kitchen, a matte white tap, oak shelves", "make the tap brass"], "a kitchen, a brass tap, oak shelves"),
        (
            ["a kitchen, a matte white tap, oak shelves", "tap brushed copper"],
            "a kitchen, a brushed copper tap, oak shelves",
        ),
        (
            ["a kitchen, a matte white tap, oak shelves", "make the tap brushed gold"],
            "a kitchen, a brushed gold tap, oak shelves",
        ),
        # a neon colour stays neon when only the hue is named, as pastel does
        (["a poster, neon pink sign over a bar", "make the sign blue"], "a poster, neon blue sign over a bar"),
    ],
)
def test_metals_and_shine_take_the_place_of_colour_finish_and_rust(dialogue, prompt_after):
    intent, prompt, _ = last_turn(dialogue)
    assert (intent, prompt) == ("edit", prompt_after)


@pytest.mark.parametrize(
    ("dialogue", "prompt_after"),
    [
        (["a cabin in the woods, one lit window, snow", "3 lit windows"], "a cabin in the woods, 3 lit windows, snow"),
        (
            ["a cabin in the woods, one lit window, snow", "make it two windows"],
            "a cabin in the woods, two lit windows, snow",
        ),
        (["a desk, three brass lamps, a plant", "one lamp"], "a desk, one brass lamp, a plant"),
        (
            ["a cafe, two globe pendant lights, a counter", "make it four pendant lights"],
            "a cafe, four globe pendant lights, a counter",
        ),
        (
            ["a cafe, two globe pendant lights, a counter", "吊灯改成三个"],
            "a cafe, three globe pendant lights, a counter",
        ),
    ],
)
def test_a_count_said_alone_changes_the_number_of_that_thing(dialogue, prompt_after):
    intent, prompt, _ = last_turn(dialogue)
    assert (intent, prompt) == ("edit", prompt_after)


def test_two_things_one_each_side_in_chinese_are_asked_about_then_the_answer_is_applied():
    start = "客厅效果图，两把椅子，左边是藤编椅子，右边是白色皮椅子，木地板"
    assert last_turn([start, "椅子换成绿色"]) == ("chat", "", "你指的是哪一个：左边的藤编椅子还是右边的白色皮椅子？")
    intent, prompt, _ = last_turn([start, "椅子换成绿色", "右边那个"])
    assert (intent, prompt) == ("edit", "客厅效果图，两把椅子，左边是藤编椅子，右边是绿色皮椅子，木地板")


@pytest.mark.parametrize(
    ("dialogue", "prompt_after"),
    [
        (
            ["a small owl reading a map on a branch, storybook style", "can the owl have a red sweater"],
            "a small owl wearing a red sweater reading a map on a branch, storybook style",
        ),
        (
            ["a neon sign glowing blue, a rainy street", "sign glowing orange instead"],
            "a neon sign glowing orange, a rainy street",
        ),
        (
            ["a red robot walking a dog in the park", "make him silver!!! and give him a top hat"],
            "a silver robot wearing a top hat walking a dog in the park",
        ),
    ],
)
def test_requests_glow_and_exclaimed_edits(dialogue, prompt_after):
    intent, prompt, _ = last_turn(dialogue)
    assert (intent, prompt) == ("edit", prompt_after)


@pytest.mark.parametrize(
    ("dialogue", "prompt_after"),
    [
        (["一座古镇的石桥，小河，白天，安静", "change daytime to night"], "一座古镇的石桥，小河，夜晚，安静"),
        (
            ["一张菜单配图，一份三文鱼配烤西兰花和米饭，石板", "remove the broccoli"],
            "一张菜单配图，一份三文鱼配米饭，石板",
        ),
        (["一张菜单配图，一份三文鱼配烤西兰花和米饭，石板", "西兰花不要了"], "一张菜单配图，一份三文鱼配米饭，石板"),
        (["一杯抹茶拿铁，白色杯子，浅绿色背景", "背景换成米白色吧 绿色太闷了"], "一杯抹茶拿铁，白色杯子，米白色背景"),
        (
            ["俯拍一碗牛肉面，深灰色水泥桌面，一双筷子", "桌面换成浅色大理石纹的"],
            "俯拍一碗牛肉面，浅色大理石纹桌面，一双筷子",
        ),
    ],
)
def test_batch_20_chinese_prompt_edits(dialogue, prompt_after):
    intent, prompt, _ = last_turn(dialogue)
    assert (intent, prompt) == ("edit", prompt_after)


def test_another_value_for_what_the_last_edit_changed():
    start = "packaging for a tea tin, pale blue tin with a gold crane, studio light"
    intent, prompt, _ = last_turn([start, "try a sage green tin", "hmm, or terracotta?"])
    assert (intent, prompt) == ("edit", "packaging for a tea tin, terracotta tin with a gold crane, studio light")


def test_one_thing_like_before_puts_back_only_that_phrase():
    start = "portrait of a baker, striped red apron, flour on the table, cool window light"
    dialogue = [start, "apron in green", "and warm candle light instead of cool window light", "apron like before pls"]
    intent, prompt, reply = last_turn(dialogue)
    assert (intent, prompt) == ("edit", "portrait of a baker, striped red apron, flour on the table, warm candle light")
    assert reply == "Put back “striped red apron”."
    # the whole last step, when no thing is named
    assert last_turn([start, "apron in green", "make it like before"])[1] == start


def test_a_topic_then_a_question_of_what_it_could_be_is_that_edit():
    start = "perfume bottle, gold cap, on pink silk fabric, soft shadows"
    intent, prompt, _ = last_turn([start, "And the silk, can be green color? mint green"])
    assert (intent, prompt) == ("edit", "perfume bottle, gold cap, on mint green silk fabric, soft shadows")


def test_one_thing_back_and_another_edit_in_one_message():
    start = "a wizard in a faded blue robe on a hill, stormy sky"
    intent, prompt, _ = last_turn(
        [start, "make the robe bright purple", "keep the robe faded like before, but add a lantern"]
    )
    assert (intent, prompt) == ("edit", "a wizard in a faded blue robe on a hill, stormy sky, a lantern")


@pytest.mark.parametrize(
    ("start", "message", "prompt_after"),
    [
        ("一张海报，一个小小的白色杯子", "杯子改大", "一张海报，一个白色杯子"),
        ("一张海报，一个大大的白色杯子", "杯子改小", "一张海报，一个白色杯子"),
        # "变小一点" was read as the cup replaced by "小一点"
        ("一张海报，一个白色杯子", "杯子变小一点", "一张海报，一个小白色杯子"),
    ],
)
def test_chinese_size_said_with_a_verb(start, message, prompt_after):
    assert last_turn([start, message])[:2] == ("edit", prompt_after)


WAFFLES = "brunch photo, a tall stack of waffles with honey, a small scoop of ice cream, marble table"


@pytest.mark.parametrize(
    ("message", "prompt_after"),
    [
        (
            "make the ice cream bigger",
            "brunch photo, a tall stack of waffles with honey, a big scoop of ice cream, marble table",
        ),
        (
            "ice cream bigger, like a big scoop",
            "brunch photo, a tall stack of waffles with honey, a big scoop of ice cream, marble table",
        ),
        (
            "and a short stack not a tall one",
            "brunch photo, a short stack of waffles with honey, a small scoop of ice cream, marble table",
        ),
        (
            "a short stack instead of a tall one",
            "brunch photo, a short stack of waffles with honey, a small scoop of ice cream, marble table",
        ),
    ],
)
def test_sizes_of_measured_things_and_the_other_adjective(message, prompt_after):
    assert last_turn([WAFFLES, message])[:2] == ("edit", prompt_after)


def test_a_version_of_one_thing_and_a_new_surface_named_whole():
    start = "game item icon, a glowing green elixir bottle with a wax seal, dark background"
    intent, prompt, _ = last_turn([start, "mana elixir version: blue"])
    assert (intent, prompt) == ("edit", "game item icon, a glowing blue elixir bottle with a wax seal, dark background")
    start = "overhead shot of a bowl of pho, black marble background, steam rising"
    intent, prompt, _ = last_turn([start, "a pale oak table instead of the marble"])
    assert (intent, prompt) == ("edit", "overhead shot of a bowl of pho, pale oak table, steam rising")
