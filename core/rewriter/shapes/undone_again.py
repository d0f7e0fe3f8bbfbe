"""An object just undone, put somewhere else ("add a small yellow star at the top" … "undo that" … "put the star at
the bottom instead"): the star is no longer in the picture, so the user means the one taken away, made again at
the new place with its own colour and size (batch 25 en-013). None where no single undone object has that shape
or one of that shape is still in the picture."""

from __future__ import annotations

import re

from core.scene import Scene

_PUT_AGAIN = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|then|so|hmm+|actually|no)[\s,]+)*(?:put|place|move|have|draw|do)\s+(?:the|that)\s+"
    r"(?P<shape>circle|square|triangle|star)\s+(?P<place>(?:at|in|on|to|into)\s+[a-z -]+?)(?:\s+instead)?\s*[.!]*$"
)


def undone_again(text: str, scene: Scene, undone: Scene | None) -> str | None:
    """ "put the star at the bottom instead" said as "add a small yellow star at the bottom"; else None."""
    m = _PUT_AGAIN.match(text)
    if m is None or undone is None or any(s.kind == m.group("shape") for s in scene.subjects):
        return None
    gone = [s for s in undone.subjects if s.kind == m.group("shape") and scene.subject(s.id) is None]
    if len(gone) != 1:
        return None
    return f"add a {gone[0].size} {gone[0].colour} {gone[0].kind} {m.group('place')}"
