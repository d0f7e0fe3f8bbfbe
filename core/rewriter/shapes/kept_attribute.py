"""An attribute said to stay as it is, after the change ("三角换成星星，颜色别动", "…，别改大小", "…, don't touch the
size"): it asks for nothing, so the clause is dropped; left in, "别动" reads as a move and the message as unclear (batch 22)."""

from __future__ import annotations

import re

_ATTR_ZH = r"(?:颜色|大小|尺寸|位置|形状|色|其他的?|别的)"
_KEEP_ZH = (
    r"(?:都)?(?:别动|不动|别变|不变|别改|不改|不要动|不要变|不要改|不用动|不用改|保持不变|保持|照旧|维持不变|一样)"
)
_KEPT = re.compile(
    rf"\s*[,，;；]\s*(?:(?:但是?|不过|然后)\s*)?(?:{_ATTR_ZH}\s*{_KEEP_ZH}|(?:别动|别改|不要动|不要改|不用改|保持)\s*{_ATTR_ZH})"
    r"(?:就行|就好|哦|啊|吧)?(?=\s*(?:$|[,，。.!！;；]))"
    r"|\s*[,;]\s*(?:but\s+)?(?:don'?t|do not)\s+(?:touch|change)\s+(?:the|its)\s+(?:colou?r|size|position|place)"
    r"(?=\s*(?:$|[,.!;]))"
)


def without_kept_attribute(text: str) -> str:
    """``text`` less a clause, after another, that keeps an attribute as it is."""
    return _KEPT.sub("", text)
