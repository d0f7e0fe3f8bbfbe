"""An added object said to be like the others without the word for it ("中间也来一个", "…，但是要大的").

"也来一个" (one more, too) with every object alike is a copy of them; a size said after a comma
("，但是要大的") belongs to the object being added, not to a new clause about "it"."""

from __future__ import annotations

import re

from core.scene import Scene

_ALSO_ONE = re.compile(
    r"也\s*(?:来|加|放|画|摆|添)\s*(?:一)?个(?!\s*(?:一样|同样|相同))(?=\s*(?:[,，。.!！]|$|大的|小的|吧))"
)
_BUT_SIZE = re.compile(r"\s*[,，]\s*(?:但是?|不过|只是)?\s*(?:要|得|是)\s*(大|小)(?:一点|号)?的?\s*(?=$|[。.!！])")


def also_like_the_others(text: str, scene: Scene, adding: bool) -> str:
    """The message with "也来一个" said as a copy (when the objects are all alike) and a trailing size joined."""
    alike = len({(s.kind, s.colour, s.size) for s in scene.subjects}) == 1
    if alike:
        text = _ALSO_ONE.sub(lambda m: m.group(0) + "一样的", text)
    if adding:
        text = _BUT_SIZE.sub(lambda m: m.group(1) + "的", text)
    return text
