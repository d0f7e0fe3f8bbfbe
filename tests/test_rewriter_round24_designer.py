"""Round 24 on issue 14, designer edits: what fresh batch 22 showed missing, on sentences of our own.

A thing's words never reach back across what another thing does ("a robot eating ice cream"); a flavour for a food;
"loafers to white sneakers"; "lime -> peach, everywhere", "柠檬全部换成青柠"; "tractor out"; "can it be X instead of Y";
"make her a man with a cap"; "shoot it from directly above"; a night with no afternoon sun; a Chinese correction
after 改; "再试试蓝色表盘"; Chinese names of English things (萤火虫, 旗子, 钢笔, 釉色) and a Chinese move on an English
prompt; an English value with no thing named; new pictures said as "重新来一张：", "换个项目："; "那改回金色吧";
"不行，…。…" read clause by clause; a plant named as a colour; the user's own name for a breed ("shiba"); a palette's
tone; talk before the picture's words ("i dont know how to say it but like"); "苹果少一个"; "spicy noodles"; people added where there were none; "ok then: …"."""

from __future__ import annotations

import pytest

from tests.dialogue import last_turn


@pytest.mark.parametrize(
    ("dialogue", "intent", "prompt_after"),
    [
        (
            ["a grey cat eating noodles with a small boy in a kitchen", "make the noodles spicy and the cat orange"],
            "edit",
            "an orange cat eating spicy noodles with a small boy in a kitchen",
        ),
        (
            ["a blue robot eating ice cream on a bench", "make the ice cream strawberry"],
            "edit",
            "a blue robot eating strawberry ice cream on a bench",
        ),
        (
            ["model in a long wool coat, brown loafers, standing on a bridge", "also loafers to white sneakers"],
            "edit",
            "model in a long wool coat, white sneakers, standing on a bridge",
        ),
        (
            [
                "a glass of lime soda on a marble counter, sliced limes around it, green background",
                "lime -> peach, everywhere",
            ],
            "edit",
            "a glass of peach soda on a marble counter, sliced peaches around it, green background",
        ),
        (["一杯柠檬茶放在木桌上，旁边几片柠檬", "柠檬全部换成青柠"], "edit", "一杯青柠茶放在木桌上，旁边几片青柠"),
        (
            ["aerial photo of a vineyard at dawn, a lone tractor, light fog", "tractor out"],
            "edit",
            "aerial photo of a vineyard at dawn, light fog",
        ),
        (
            ["a cupcake on a plate with dried roses, soft light", "dried roses out, put a sprig of mint"],
            "edit",
            "a cupcake on a plate, soft light, a sprig of mint",
        ),
        (
            ["children's book page: a fox in a green coat reading under a tree", "can it be a badger instead of a fox"],
            "edit",
            "children's book page: a badger in a green coat reading under a tree",
        ),
        (
            ["flat illustration: a woman jogging in a park at sunrise", "make her a man with a cap"],
            "edit",
            "flat illustration: a man with a cap jogging in a park at sunrise",
        ),
        (
            ["Menu photo: a bowl of ramen, wooden table, 45 degree angle", "shoot it from directly above instead"],
            "edit",
            "Menu photo: a bowl of ramen, wooden table, from directly above",
        ),
        (
            ["a rooftop bar, late afternoon sun over the skyline, people chatting", "ok now a version at night"],
            "edit",
            "a rooftop bar, people chatting, night",
        ),
        (
            ["一个书房，蓝色丝绒扶手椅，黄铜台灯", "扶手椅改绿色，不对，芥末黄"],
            "edit",
            "一个书房，芥末黄丝绒扶手椅，黄铜台灯",
        ),
        (["产品图：一块手表，白色表盘，皮表带", "再试试蓝色表盘"], "edit", "产品图:一块手表，蓝色表盘，皮表带"),
        (
            ["a porch at dusk, a lantern, fireflies over the grass", "萤火虫去掉"],
            "edit",
            "a porch at dusk, a lantern, the grass",
        ),
        (
            ["a penguin in a scarf holding a tiny flag", "旗子改成红色"],
            "edit",
            "a penguin in a scarf holding a tiny red flag",
        ),
        (
            ["desk flat lay: a laptop in the center, a fountain pen on the left, a mug", "把钢笔移到右边"],
            "edit",
            "desk flat lay: a laptop in the center, a fountain pen on the right, a mug",
        ),
        (["a bowl on a table, pale celadon glaze", "釉色改成 black"], "edit", "a bowl on a table, black glaze"),
        (
            ["photo brief: a ceramic vase on linen, soft side light", "那就 celadon 吧"],
            "edit",
            "photo brief: a celadon ceramic vase on linen, soft side light",
        ),
        (
            ["a cheese board with grapes", "重新来一张：a picnic on the beach, striped towel, watermelon"],
            "draw",
            "a picnic on the beach, striped towel, watermelon",
        ),
        (["室内效果图：一间日式茶室，榻榻米", "换个项目：海边的白色民宿，黄昏"], "draw", "海边的白色民宿，黄昏"),
        (["卡片插画：金色边框，玫瑰花环", "边框改成银色", "那改回金色吧"], "edit", "卡片插画:金色边框，玫瑰花环"),
        (
            ["主视觉：一块白色鹅卵石上放着一瓶精华，冷调", "不行，太冷了。冷调换成暖调，石头换成灰色的"],
            "edit",
            "主视觉:一块灰色鹅卵石上放着一瓶精华，暖调",
        ),
        (
            ["a jar candle on a tray, eucalyptus sprigs, steam", "eucalyptus 换成 lavender"],
            "edit",
            "a jar candle on a tray, lavender sprigs, steam",
        ),
        (
            ["a corgi surfing a wave, cartoon style", "corgi 换成 shiba"],
            "edit",
            "a shiba surfing a wave, cartoon style",
        ),
        (
            ["game splash: a castle on a hill, pastel palette, clouds", "palette more bold pls"],
            "edit",
            "game splash: a castle on a hill, bold palette, clouds",
        ),
        (
            [
                "i dont know how to say it but like a lake where the water glows and theres rocks shaped like whales",
                "can the rocks be black",
            ],
            "edit",
            "a lake where the water glows and theres black rocks shaped like whales",
        ),
        (["我也不知道怎么说，就是一片沙漠，仙人掌比人还高", "仙人掌改成蓝色"], "edit", "一片沙漠，蓝色仙人掌比人还高"),
        (
            ["野餐图，草地上铺着格子布，三个苹果和一篮面包", "苹果少一个"],
            "edit",
            "野餐图，草地上铺着格子布，两个苹果和一篮面包",
        ),
        (
            ["a valley with a river and some oak trees", "ok then: turn the oak trees into maple trees"],
            "edit",
            "a valley with a river and some maple trees",
        ),
        (
            [
                "a quiet museum hall, marble floor, tall windows, no people",
                "put a few visitors in, looking at the paintings",
            ],
            "edit",
            "a quiet museum hall, marble floor, tall windows, a few visitors looking at the paintings",
        ),
        (
            ["一间安静的图书馆，长木桌，台灯，没有人", "加几个学生坐在桌边"],
            "edit",
            "一间安静的图书馆，长木桌，台灯，几个学生坐在桌边",
        ),
        (["hi 我想要一张小狗的 cartoon 头像，棕色的狗"], "draw", "一张小狗的 cartoon 头像，棕色的狗"),
    ],
)
def test_designer_turn_changes_what_was_asked(dialogue: list[str], intent: str, prompt_after: str) -> None:
    assert last_turn(dialogue)[:2] == (intent, prompt_after)
