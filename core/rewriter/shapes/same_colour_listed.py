"""An object of "the same colour" in a picture's description ("an orange circle on the left and a triangle of the same
colour on the right", "右边放一个同样颜色的三角形"): the colour of the object described just before it, said outright
so the list reads as two coloured objects (batch 22)."""

from __future__ import annotations

import re

from core.language import words as w

_SAME_ZH = re.compile(r"(?:同样|一样|相同|同一种?)(?:的)?(?:颜色|色)的|颜色(?:一样|相同)的")
_SAME_EN = re.compile(
    r"\s+(?:of|in)\s+the\s+same\s+colou?r(?![a-z])(?!\s+as\b)|(?<![a-z])(?:same[- ]colou?r(?:ed)?)\s+(?=[a-z])"
)


def same_colour_said(text: str) -> str:
    """``text`` with "the same colour" for an object said as the colour of the one described before it."""
    for pattern in (_SAME_ZH, _SAME_EN):
        m = pattern.search(text)
        if m is None:
            continue
        before = [t for t in w.tokens(text[: m.start()]) if t.kind == "colour"]
        if not before:
            return text
        colour = text[before[-1].start : before[-1].end]
        if pattern is _SAME_ZH:
            return text[: m.start()] + colour + "的" + text[m.end() :]
        if m.group(0).startswith(" "):  # "a triangle of the same colour": the colour goes before the shape
            shape = next((t for t in reversed(w.tokens(text[: m.start()])) if t.kind == "shape"), None)
            if shape is None or shape.start < before[-1].end:
                return text
            return text[: shape.start] + colour + " " + text[shape.start : m.start()] + text[m.end() :]
        return text[: m.start()] + colour + " " + text[m.end() :]
    return text
