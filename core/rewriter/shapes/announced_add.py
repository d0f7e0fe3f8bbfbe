"""One more object announced before it is described ("再加一个，上方中间放个白色方块", "add another one, a white
square at the top"): the announcement is a heading, not an object of its own to copy or ask about (batch 21)."""

from __future__ import annotations

import re

from core.rewriter.shapes.clauses import clause_op

_ANNOUNCED_EN = re.compile(
    r"^\s*(?:(?:and|ok(?:ay)?|now|then)[\s,]+)?(?:add|put|draw)\s+(?:one more|another(?: one)?)(?: too| as well)?\s*[,:：，]\s*"
    r"(?=(?:a|an|one)\s)"
)
_ANNOUNCED_ZH = re.compile(r"^\s*(?:然后|那)?(?:再|还要)(?:加|添|来|画|放)(?:一个|个)\s*[，,:：]\s*")
_SHAPE = re.compile(r"(?<![a-z])(?:circle|square|triangle|star)|圆|方块|正方形|方形|三角|星")


def without_announcement(text: str) -> str:
    """``text`` with a leading "再加一个，" / "add another one," said as the add of the object described after it."""
    m = _ANNOUNCED_EN.match(text) or _ANNOUNCED_ZH.match(text)
    if m is None or not _SHAPE.search(text[m.end() :]):
        return text
    rest = text[m.end() :]
    if clause_op(rest) == "add":
        return rest
    return ("add " if m.re is _ANNOUNCED_EN else "加") + rest
