"""Colours said as a list for objects described before it ("三个星星，左上、正中、右下，颜色分别是红、黄、蓝",
"three stars …, coloured red, yellow and blue respectively"): the n-th colour goes to the n-th object.

Left in the text, the list's words would attach to whichever object is nearest (the last one)."""

from __future__ import annotations

import re

from core.language import words as w

_ONE = r"[a-z]+|[红橙黄绿蓝紫白黑]色?"
_JOIN = r"\s*(?:、|,|，|和|及|与|and|/)\s*(?:and\s+)?"
_LIST_ZH = re.compile(
    rf"[，,]?\s*(?:颜色|顏色)?\s*(?:分别|依次|各自)\s*(?:是|为|用|涂成?|改成)?\s*(?P<list>(?:{_ONE})(?:{_JOIN}(?:{_ONE})){{1,2}})\s*(?=$|[。.!！;；])"
)
_LIST_EN = re.compile(
    rf",?\s*(?:(?:colou?red|in)\s+)?(?P<list>(?:{_ONE})(?:{_JOIN}(?:{_ONE})){{1,2}})\s*,?\s*respectively\s*(?=$|[.!;])"
)


def respective_colours(text: str) -> tuple[str, list[str]]:
    """The text without a respective colour list, and the list's colours in order (empty when none)."""
    m = _LIST_ZH.search(text) or _LIST_EN.search(text)
    if m is None:
        return text, []
    toks = w.tokens(m.group("list"))
    if not toks or any(t.kind != "colour" for t in toks):
        return text, []
    return text[: m.start()] + text[m.end() :], [t.key for t in toks]
