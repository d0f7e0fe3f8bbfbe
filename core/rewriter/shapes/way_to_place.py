"""A direction said on the way to a place ("往左，到正中间", "再往下挪到底部中间"): the place said after it is where the
object goes; the direction only says which way it travels, so it is dropped rather than read as a second place (batch 22)."""

from __future__ import annotations

import re

_WAY_THEN_PLACE = re.compile(
    r"(?P<again>再|继续)?\s*[往向朝](?:左|右|上|下)(?:边|面|方)?\s*(?:挪|移|走|推|放|拉)?(?:一点|一些|点)?\s*[,，]?\s*"
    r"(?:挪|移|放|推|拉|走)?(?=到\s*(?:正中间|中间|中央|中心|左上|右上|左下|右下|左边|右边|左侧|右侧|上方|下方|上面|下面|顶部|底部))"
)


def without_way_to_place(text: str) -> str:
    """``text`` with a direction before "到 <place>" said as "移" (move), so the place alone is the value."""
    return _WAY_THEN_PLACE.sub("移", text)
