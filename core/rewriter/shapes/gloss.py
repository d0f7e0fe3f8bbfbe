"""A description glossed in the other language at the end of a message ("hong se yuan xing zai zhong jian, 就是
red circle center 的意思", "红色圆形在中间，也就是说 red circle center"): the gloss names the same object again,
not a second one (batch 28)."""

from __future__ import annotations

import re

from core.language import words as w

_GLOSS = re.compile(
    r"\s*[,，]\s*(?:也)?就是(?:说)?\s*(?P<g>[^，,。!！?？;；]+?)\s*(?:的意思)\s*[.!。！~]*\s*$"
    r"|\s*[,，]\s*(?:也)?就是说\s*(?P<s>[^，,。!！?？;；]+?)\s*[.!。！~]*\s*$"
)
_VALUES = ("colour", "size", "pos", "shape")


def _parts(kind: str, key: str) -> tuple[tuple[str, str], ...]:
    """A corner as its row and its column ("左下角" is "bottom" and "left" said apart)."""
    if kind == "pos" and "-" in key:
        v, h = key.split("-")
        return (("pos", "v:" + v), ("pos", "h:" + h))
    return ((kind, key),)


def without_gloss(text: str) -> str:
    """``text`` without a closing gloss whose every value was said before it."""
    m = _GLOSS.search(text)
    if m is None:
        return text
    gloss = m.group("g") or m.group("s")
    said = {v for t in w.tokens(text[: m.start()]) if t.kind in _VALUES for v in _parts(t.kind, t.key)}
    again = [v for t in w.tokens(gloss) if t.kind in _VALUES for v in _parts(t.kind, t.key)]
    if not again or not said or any(v not in said for v in again):
        return text
    return text[: m.start()]
