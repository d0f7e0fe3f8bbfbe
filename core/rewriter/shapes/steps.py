"""Moves said as a count of cells ("up two", "two cells to the right", "往左走两格", "now one to the right").

``relations`` reads one-cell steps said with a unit ("one cell left"); a count without one, or of two,
would otherwise be read as the side said whole ("to the right": the right column), which moves a
corner object off its row.
"""

from __future__ import annotations

import re

_COUNT = {"one": 1, "1": 1, "two": 2, "2": 2, "一": 1, "两": 2, "二": 2}
_WAY = {"up": (0, -1), "higher": (0, -1), "down": (0, 1), "lower": (0, 1), "left": (-1, 0), "right": (1, 0),
        "上": (0, -1), "下": (0, 1), "左": (-1, 0), "右": (1, 0)}  # fmt: skip
_UNIT = r"(?:cells?|steps?|rows?|columns?|squares?|spaces?|places?|spots?|notch(?:es)?)"
_COUNTED_EN = re.compile(
    # "and up two", "down 2 cells", "left by two": the way, then a count of two
    rf"(?<![a-z])(?P<d>up|down|left|right|higher|lower)\s+(?:by\s+)?(?P<n>two|2)(?:\s+{_UNIT})?(?![a-z])(?!\s+(?:of|more)\b)"
    # "two cells to the right", "2 steps up"
    rf"|(?<![a-z])(?P<n2>two|2)\s+{_UNIT}\s+(?:to the\s+)?(?P<d2>up|down|left|right|higher|lower)(?![a-z])(?!\s+of\b)"
    # "now one to the right", "and two up": a count leading the clause is a step, not an object ("one" alone)
    r"|^(?:(?:now|and|then|ok|okay|so|also)[\s,]+)*(?:just\s+)?(?P<n3>one|two|1|2)\s+(?:more\s+)?(?:to the\s+)?"
    r"(?P<d3>up|down|left|right|higher|lower)\s*(?:please|pls|now)?\s*[.!]*$"
    # "and up one", "left one more": the way, then one, as the whole clause (one alone would be an object)
    r"|^(?:(?:now|and|then|ok|okay|so|also)[\s,]+)*(?P<d4>up|down|left|right|higher|lower)\s+(?:by\s+)?(?P<n4>one|1)"
    r"(?:\s+more)?\s*(?:please|pls|now|too)?\s*[.!]*$"
)
# "往上挪两格", "向左走2步": a count of two cells that way
_COUNTED_ZH = re.compile(
    r"[往向朝](?P<d>[左右上下])(?:边|面|方)?(?:挪|移|放|走|动|推|靠|去)*了?\s*(?P<n>两|二|2)\s*(?:个)?(?:格子|格|步)"
)


def counted_step(clause: str) -> tuple[str, tuple[int, int]] | None:
    """The clause without a counted step and the (columns, rows) offset it says, or None."""
    m = _COUNTED_EN.search(clause) or _COUNTED_ZH.search(clause)
    if m is None:
        return None
    way = m.group("d") or (m.re is _COUNTED_EN and (m.group("d2") or m.group("d3") or m.group("d4")))
    count = m.group("n") or (m.re is _COUNTED_EN and (m.group("n2") or m.group("n3") or m.group("n4")))
    dx, dy = _WAY[way]
    n = _COUNT[count]
    return clause[: m.start()] + " " + clause[m.end() :], (dx * n, dy * n)


# "slide it to the left edge, same height", "往右挪，同一行", "move it to the top, same column": the other axis kept
SAME_LINE = re.compile(
    r"[,，;；]?\s*(?:(?:and\s+)?(?:keep(?:ing)?\s+(?:it\s+)?(?:at|on|in)\s+)?(?:the\s+)?same\s+(?:(?P<row>height|row|level|line)|column)"
    r"|(?:保持)?(?:在)?(?:同一|同一个|一样的)(?:(?P<row2>行|高度)|列)|(?P<row3>高度不变|一样高))"
    r"(?:\s+as\s+(?:now|before|it is))?"
)
