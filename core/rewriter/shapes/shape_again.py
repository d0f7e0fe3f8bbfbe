"""A shape asked for again, with more said after it ("nah, star again but yellow", "back to a circle, and smaller",
"还是星星吧，不过改成黄色"): when no object in the picture has that shape, it names no object, so it is the shape change
back ("make it a star"), and what follows is a second change to the same object (batch 22)."""

from __future__ import annotations

import re

from core.scene import Scene

_EN_SHAPES = ("circle", "square", "triangle", "star")
_ZH_SHAPES = {"圆形": "circle", "圆": "circle", "正方形": "square", "方块": "square", "方形": "square",
              "三角形": "triangle", "三角": "triangle", "星星": "star", "星形": "star", "五角星": "star"}  # fmt: skip
_ZH_WORD = {"circle": "圆形", "square": "正方形", "triangle": "三角形", "star": "星星"}

_AGAIN_EN = re.compile(
    r"(?:^|(?<=^nah )|(?<=^no )|(?<=^nope )|(?<=^hmm )|(?<=^ok )|(?<=^actually )|(?<=[,.;!]\s))"
    r"(?:(?:go\s+)?back\s+to\s+(?:a\s+|the\s+)?(?P<b>circle|square|triangle|star)"
    r"|(?:a\s+)?(?P<a>circle|square|triangle|star)\s+again)(?=\s*(?:,|\bbut\b|\band\b|\bthough\b|\bplease\b))"
)
_AGAIN_ZH = re.compile(
    r"还是(?:要|用|换回|改回)?(?P<z>"
    + "|".join(sorted(_ZH_SHAPES, key=len, reverse=True))
    + r")(?:吧|好了)?(?=\s*[,，]\s*\S)"
)


def shape_said_again(text: str, scene: Scene) -> str:
    """``text`` with "<shape> again, …" said as "make it a <shape>, …" when no object has that shape."""
    have = {s.kind for s in scene.subjects}
    m = _AGAIN_EN.search(text)
    if m is not None and (m.group("a") or m.group("b")) not in have:
        return text[: m.start()] + f"make it a {m.group('a') or m.group('b')}" + text[m.end() :]
    m = _AGAIN_ZH.search(text)
    if m is not None and _ZH_SHAPES[m.group("z")] not in have:
        return text[: m.start()] + f"换成{_ZH_WORD[_ZH_SHAPES[m.group('z')]]}" + text[m.end() :]
    return text
