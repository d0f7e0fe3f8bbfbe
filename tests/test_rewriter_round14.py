"""Round 14: phrasings found missing by fresh batch 14 (our own sentences in their spirit, not the batch's)."""

from __future__ import annotations

import pytest

from tests.dialogue import objects, play

CASES = [
    # phone-style skeletons of the world's words, and a colour missing its last letter
    (["grn sq btm rt n a blk circle tp left on wht bg"], "draw", "white",
     [("circle", "black", "large", "top-left"), ("square", "green", "large", "bottom-right")]),
    (["a red circle", "mve it to the btm"], "edit", "white", [("circle", "red", "large", "bottom")]),
    (["蓝色方块在中间", "右下加个 whit circle"], "edit", "white",
     [("circle", "white", "large", "bottom-right"), ("square", "blue", "large", "center")]),
    # Chinese typed by sound: 被景 for 背景, 园 for 圆 as a subject, 变校 for 变小
    (["紫被景 黄园 左上"], "draw", "purple", [("circle", "yellow", "large", "top-left")]),
    (["紫被景 黄园 左上", "园变校"], "edit", "purple", [("circle", "yellow", "small", "top-left")]),
]  # fmt: skip


@pytest.mark.parametrize(("messages", "intent", "background", "want"), CASES)
def test_round14_phrasing(messages, intent, background, want):
    scene, rw = play(messages)
    assert rw.intent == intent
    assert scene.background == background
    assert sorted(objects(scene)) == sorted(want)
