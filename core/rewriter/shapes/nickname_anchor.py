"""A thing's name as the object a new one is placed by ("房子上面 add 一个 red 三角形", "a cloud above the sun"): the
picture's object of that shape, said by its shape, so the place is read from it (batch 20)."""

from __future__ import annotations

import re

from core.language import words as w
from core.scene import Scene

_SHAPE_EN = {"circle": "circle", "square": "square", "triangle": "triangle", "star": "star"}
_SHAPE_ZH = {"circle": "圆", "square": "方块", "triangle": "三角形", "star": "星星"}
_BEFORE_EN = re.compile(r"(?:above|below|under|beneath|over|next to|beside|left of|right of|on top of)\s+the\s+$")
_AFTER_ZH = re.compile(r"^\s*(?:的)?(?:正)?(?:上面|下面|上方|下方|上边|下边|左边|右边|左侧|右侧|旁边)")


def nickname_as_anchor(text: str, scene: Scene) -> str:
    """``text`` with a thing's name placed by ("房子上面") said as the shape it stands for, when the picture has
    exactly one object of that shape."""
    tok = w.nickname_tok(text)
    if tok is None or sum(s.kind == tok.key for s in scene.subjects) != 1:
        return text
    word = text[tok.start : tok.end]
    if word.isascii() and _BEFORE_EN.search(text[: tok.start]):
        return text[: tok.start] + _SHAPE_EN[tok.key] + text[tok.end :]
    if not word.isascii() and _AFTER_ZH.match(text[tok.end :]):
        return text[: tok.start] + _SHAPE_ZH[tok.key] + text[tok.end :]
    return text
