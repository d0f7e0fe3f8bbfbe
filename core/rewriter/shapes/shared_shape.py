"""Objects listed by place and colour, with the shape said once for all of them ("top-left red, top-right blue,
bottom green, 都是 small circles"): as many of that shape as the list has pieces, each with its place and colour, the
way "three small circles: red top left, …" is read (batch 13)."""

from __future__ import annotations

import re

from core.language import words as w

_ALL_OF = re.compile(
    r"(?:(?<![a-z])(?:all|they'?re all|they are all|all of them|each)\s+(?:are\s+)?|都是|全是|都)?\s*"
    r"(?P<what>(?:(?:small|tiny|little|large|big|huge)\s+)?(?:circles|squares|triangles|stars))(?![a-z])"
)
_PIECE = re.compile(r"\s*[,，;；:：]\s*")
_COUNT = {2: "two", 3: "three"}


def shape_said_once(text: str) -> str:
    """``text`` with a list of place-and-colour pieces and one plural shape said as "N <shapes>: <pieces>"."""
    m = _ALL_OF.search(text)
    if m is None or re.search(r"(?<![a-z])(?:two|three|2|3|both)\s+(?:[a-z]+\s+)?$", text[: m.start("what")]):
        return text
    pieces = [p for p in _PIECE.split(text[: m.start()] + " , " + text[m.end() :]) if p.strip()]
    listed, rest = [], []
    for piece in pieces:
        kinds = {t.kind for t in w.tokens(piece)}
        if "colour" in kinds and "pos" in kinds and "shape" not in kinds and "one" not in kinds:
            listed.append(piece.strip())
        else:
            rest.append(piece.strip())
    if len(listed) not in _COUNT:
        return text
    head = f"{_COUNT[len(listed)]} {m['what']}: " + ", ".join(listed)
    return head + ("; " + ", ".join(rest) if rest else "")
