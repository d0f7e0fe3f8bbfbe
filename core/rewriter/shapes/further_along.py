"""One more object "further along" the last one ("再右边一个 purple square", "再往下放个小的绿色圆"): the side is
said from the object placed last, the way a row is built, so it is "在它右边加一个…" (batch 21)."""

from __future__ import annotations

import re

_FURTHER_ZH = re.compile(
    r"^\s*(?:然后)?再\s*(?:往|向)?\s*(?P<side>[上下左右])(?:边|面)?(?![上下左右角边面])\s*(?:再)?\s*(?:放|加|画|来|摆)?\s*"
    r"(?=一个|个|一颗|一只)"
)


def further_along(text: str) -> str:
    """``text`` with a side said from the last object ("再右边一个…") said as "在它右边加一个…"."""
    m = _FURTHER_ZH.match(text)
    if m is None:
        return text
    return f"在它{m.group('side')}边加" + text[m.end() :]
