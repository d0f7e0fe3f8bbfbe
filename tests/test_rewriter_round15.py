"""Round 15: phrasings found missing by fresh batch 15 (our own sentences in their spirit, not the batch's)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

CASES = [
    # traditional characters and pinyin typed without an IME name the same world
    (["紅色的三角形放在左下角"], "draw", "white", [("triangle", "red", "large", "bottom-left")]),
    (["一個綠色的方塊", "再畫一顆黃色的星星在右邊"], "edit", "white",
     [("square", "green", "large", "center"), ("star", "yellow", "large", "right")]),
    (["lanse fangkuai 在 zuoshang"], "draw", "white", [("square", "blue", "large", "top-left")]),
    (["a red star", "add a huangse 小 circle 在 bottom"], "edit", "white",
     [("circle", "yellow", "small", "bottom"), ("star", "red", "large", "center")]),
    # more words about the object just named: after "!", or a Chinese size straight after an English shape
    (["a green circle!! a small one please"], "draw", "white", [("circle", "green", "small", "center")]),
    (["blue square 大的 在 bottom"], "draw", "white", [("square", "blue", "large", "bottom")]),
]  # fmt: skip


@pytest.mark.parametrize(("messages", "intent", "background", "want"), CASES)
def test_round15_phrasing(messages, intent, background, want):
    scene, rw = play(messages)
    assert rw.intent == intent
    assert scene.background == background
    assert sorted(objects(scene)) == sorted(want)
