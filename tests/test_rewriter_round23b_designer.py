"""Round 23b on issue 14, designer edits: more of what batches 17-21 showed missing, on sentences of our own.

A medium named with "painting" in it ("an oil painting") or said more exactly ("wet-on-wet watercolor") takes the
old medium's place; "换一只柯基" is "换成"; "cream 色"; "只留X" after a removal keeps X; "a desk lamp instead of
sunlight" after the night took the sunlight adds the lamp; "go warmer: amber and rust"; "X to match, make it Y";
"smaller pls" after a complaint; "make the katana glow purple"; "a kettle rather than teapot"; "X is not needed";
"keep X but lose Y"; "Rename it '…'"; "brighter kitchen"; the light's quality words ("lighting: soft warm")."""

from __future__ import annotations

import pytest

from tests.dialogue import last_turn


@pytest.mark.parametrize(
    ("dialogue", "prompt_after"),
    [
        (
            ["Gouache landscape of a fishing village at dawn", "make it an oil painting"],
            "oil painting landscape of a fishing village at dawn",
        ),
        (
            ["Watercolor portrait of an old fisherman", "more like loose wet-on-wet watercolor"],
            "loose wet-on-wet watercolor portrait of an old fisherman",
        ),
        (
            ["Watercolor portrait of an old fisherman", "Make it looser, more like wet-on-wet watercolor"],
            "wet-on-wet watercolor portrait of an old fisherman",
        ),
        (["一张海报，一只白色的猫坐在沙发上", "换一只柯基"], "一张海报，一只柯基坐在沙发上"),
        (
            ["banner，一杯 hot chocolate，背景 deep red，旁边几颗棉花糖", "背景换 beige 色"],
            "banner，一杯 hot chocolate，背景 beige，旁边几颗棉花糖",
        ),
        (["一个茶馆的logo，一片茶叶加茶杯，线条风格", "把茶叶去掉，只留茶杯"], "一个茶馆的logo，茶杯，线条风格"),
        (
            [
                "photo of a laptop on an oak desk, bright midday sunlight through the window, 50mm",
                "make it night, a desk lamp instead of sunlight",
            ],
            "photo of a laptop on an oak desk, 50mm, night, a desk lamp",
        ),
        (
            [
                "Poster: a lone tree on a hill, muted grey and blue palette, heavy grain",
                "The palette's too dull. Go warmer: amber and rust.",
            ],
            "Poster: a lone tree on a hill, amber and rust palette, heavy grain",
        ),
        (
            [
                "Ad image: a bottle of lemonade on ice, pale blue background, droplets",
                "background to match, make it lemon yellow",
            ],
            "Ad image: a bottle of lemonade on ice, lemon yellow background, droplets",
        ),
        (
            ["a huge red balloon over a quiet town", "the balloon is way too big, smaller pls"],
            "a small red balloon over a quiet town",
        ),
        (
            ["a samurai holding a glowing green katana in the rain", "make the katana glow purple"],
            "a samurai holding a glowing purple katana in the rain",
        ),
        (
            ["logo, a line drawing of a teapot inside a square", "can you make it a kettle rather than teapot"],
            "logo, a line drawing of a kettle inside a square",
        ),
        (
            ["a cabin in the woods, there is a red canoe by the lake, dusk", "canoe is not needed, remove it"],
            "a cabin in the woods, dusk",
        ),
        (
            ["a cabin in the woods, a red canoe by the lake, dusk", "ok keep the cabin but lose the canoe"],
            "a cabin in the woods, the lake, dusk",
        ),
        (
            ["a bookshop sign: the name 'Old Pages' in gold letters", "Rename it 'New Leaves'"],
            "a bookshop sign: the name 'New Leaves' in gold letters",
        ),
        (
            ["a cat asleep in a dim kitchen, pastel drawing", "too dark. brighter kitchen"],
            "a cat asleep in a bright kitchen, pastel drawing",
        ),
        (
            [
                "studio shot of a leather boot, hard rim lighting, black backdrop",
                "lighting: soft warm please, hard is too aggressive",
            ],
            "studio shot of a leather boot, soft warm rim lighting, black backdrop",
        ),
        (
            ["studio shot of a leather boot, hard rim lighting, black backdrop", "make the lighting soft and golden"],
            "studio shot of a leather boot, soft golden rim lighting, black backdrop",
        ),
    ],
)
def test_designer_edit_changes_what_was_asked(dialogue: list[str], prompt_after: str) -> None:
    intent, prompt, _ = last_turn(dialogue)
    assert intent == "edit"
    assert prompt == prompt_after
