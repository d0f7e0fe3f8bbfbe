"""A bare colour asked with a question mark ("hmm, green?", "紫色？") is that colour offered for the picture.

The question reader would answer it with a description of the picture; testers mean "try it in green" (batch 23).
"""

from __future__ import annotations

import re

_COLOURS = r"red|orange|yellow|green|blue|purple|white|black|红色?|橙色?|黄色?|绿色?|蓝色?|紫色?|白色?|黑色?"
_OFFERED = re.compile(
    rf"^\s*(?:(?:hmm+|hm+|um+|uh+|er+|ok|okay|so|嗯+|呃|那)\s*[,，.…]*\s*)*(?P<c>{_COLOURS})(?:\s*(?:呢|吧))?\s*[?？]+\s*$"
)


def offered_colour(text: str) -> str | None:
    """The colour a message of only that colour and a question mark offers, else None."""
    m = _OFFERED.match(text.lower())
    return m.group("c") if m else None
