"""An edit said as "what I want … is X" ("我要删的是三角形", "我想变大的是圆"): the verb applies to X, as
"删掉三角形" does; the frame is no instruction of its own (batch 16)."""

from __future__ import annotations

import re

_CLEFT_ZH = re.compile(
    r"^\s*(?:不是|不对|哦|噢)?[，,]?\s*(?:我)?(?:要|想|是想|本来想|其实想|刚才想)?"
    r"(?:(?P<gone>删掉|删除|删|去掉|拿掉|移走)|(?P<size>放大|缩小|变大|变小))(?:掉)?的(?:其实)?是\s*(?P<x>[^，,。.!！]+?)\s*"
    r"(?:吧|啊|呀)?\s*(?=$|[，,。.!！])"
)


def uncleft(text: str) -> str:
    """``text`` with "我要删的是X" said as "删掉X", "我想变大的是X" as "把X变大"."""
    m = _CLEFT_ZH.match(text)
    if m is None:
        return text
    said = f"删掉{m['x']}" if m["gone"] else f"把{m['x']}{m['size']}"
    return said + text[m.end() :]
