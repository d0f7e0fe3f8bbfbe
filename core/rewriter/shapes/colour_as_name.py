"""A colour alone naming an object just described ("a red triangle and a blue triangle, red on the left, blue
on the right", "…，红色在左边"): the place goes to the object of that colour, not to a new or the nearest one.

Read otherwise, "red 在 left" is a colour word next to a place, and both attach to the last object (batch 23).
"""

from __future__ import annotations

import re

from core.language import words as w

_COLOURS_EN = "red|orange|yellow|green|blue|purple|white|black"
_PLACED = re.compile(
    rf"[,，;；]\s*(?:(?P<c>{_COLOURS_EN})\s+(?=(?:on|at|in|goes|go|to|top|bottom|left|right|center|centre|middle)\b|在|放)"
    r"|(?P<z>[红橙黄绿蓝紫白黑])色?的?\s*(?=在|放))(?P<place>[^,，;；。.!！]{1,30})"
)
_ZH_EN = dict(zip("红橙黄绿蓝紫白黑", _COLOURS_EN.split("|"), strict=True))


def colour_placed(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` without its "<colour> on the left" pieces, and each piece as (colour, position); the text as it
    is and no pieces when a piece's colour was not said before it or it names no place."""
    pieces, kept, at = [], [], 0
    for m in _PLACED.finditer(text):
        colour = m.group("c") or _ZH_EN[m.group("z")]
        before = text[: m.start()]
        said = re.search(rf"(?<![a-z]){colour}(?![a-z])", before) or (m.group("z") and m.group("z") in before)
        place = w.compose_position([t for t in w.tokens(m.group("place")) if t.kind == "pos"])
        if not said or place is None or any(t.kind != "pos" for t in w.tokens(m.group("place"))):
            return text, []
        pieces.append((colour, place))
        kept.append(text[at : m.start()])
        at = m.end()
    return "".join(kept) + text[at:], pieces
