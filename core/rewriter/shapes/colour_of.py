"""Another object's colour named as a possession ("circle 也用 triangle 的颜色", "give the circle the star's colour",
"paint it the square's colour"): the same colour as that object, said the way the set reading knows (batch 26)."""

from __future__ import annotations

import re

_OF_ZH = re.compile(
    r"(?<!背景)(?:用|换成|改成|变成|涂成|染成|换)\s*(?P<o>[^，,。用换改变涂染的跟和与同样]{1,12}?)\s*的\s*(?:颜色|色)(?![a-z\u4e00-\u9fff])"
)
_OF_EN = re.compile(
    r"(?<![a-z])(?P<v>give|make|paint|colou?r|turn)\s+(?P<x>it|the\s+[a-z]+)\s+(?:in\s+)?(?P<o>the\s+[a-z]+)'s\s+colou?r(?![a-z])"
    r"|(?<![a-z])use\s+(?P<o2>the\s+[a-z]+)'s\s+colou?r\s+(?:for|on)\s+(?P<x2>it|the\s+[a-z]+)(?![a-z])"
    # "the star should match the circle's colour", "make it match the colour of the square"
    r"|(?<![a-z])(?:make\s+)?(?P<x3>it|the\s+[a-z]+)\s+(?:should\s+|must\s+|could\s+|needs?\s+to\s+)?match(?:es)?\s+"
    r"(?:(?P<o3>the\s+[a-z]+)'s\s+colou?r|the\s+colou?r\s+of\s+(?P<o4>it|the\s+[a-z]+))(?![a-z])"
)


def colour_of_another(text: str) -> str:
    """``text`` with "用 Y 的颜色" as "颜色跟 Y 一样" and "give X Y's colour" as "make X the same colour as Y"."""
    text = _OF_ZH.sub(lambda m: f"颜色跟 {m.group('o')} 一样", text)
    return _OF_EN.sub(
        lambda m: (
            f"make {m.group('x') or m.group('x2') or m.group('x3')} the same colour as "
            f"{m.group('o') or m.group('o2') or m.group('o3') or m.group('o4')}"
        ),
        text,
    )
