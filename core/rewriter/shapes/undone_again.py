"""An object just undone, put somewhere else ("add a small yellow star at the top" … "undo that" … "put the star at
the bottom instead"): the star is no longer in the picture, so the user means the one taken away, made again at
the new place with its own colour and size (batch 25 en-013). None where no single undone object has that shape
or one of that shape is still in the picture."""

from __future__ import annotations

import re

from core.language import words as w
from core.scene import Scene

_PUT_AGAIN = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|then|so|hmm+|actually|no)[\s,]+)*(?:put|place|move|have|draw|do)\s+(?:the|that)\s+"
    r"(?P<shape>circle|square|triangle|star)\s+(?P<place>(?:at|in|on|to|into)\s+[a-z -]+?)(?:\s+instead)?\s*[.!]*$"
)


_PUT_IT = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|then|so|hmm+|actually|no)[\s,]+)*(?:add|put|place|draw|do)\s+(?:it|that|that one)\s+"
    r"(?P<place>(?:at|in|on|to|into)\s+[a-z -]+?)(?:\s+instead)?\s*[.!]*$"
    r"|^\s*(?:那就?|那)?(?:放|放到|放在|画在|加在|加到)(?:它)?\s*(?P<zh>[^，,。！!吧]+?)\s*(?:吧|好了|试试)?\s*[。！!]*$"
)


def undone_again(text: str, scene: Scene, undone: Scene | None) -> str | None:
    """ "put the star at the bottom instead" said as "add a small yellow star at the bottom"; else None."""
    put = _PUT_IT.match(text)
    if put is not None and undone is not None:
        return _put_undone_again(put, scene, undone)
    m = _PUT_AGAIN.match(text)
    if m is None or undone is None or any(s.kind == m.group("shape") for s in scene.subjects):
        return None
    gone = [s for s in undone.subjects if s.kind == m.group("shape") and scene.subject(s.id) is None]
    if len(gone) != 1:
        return None
    return f"add a {gone[0].size} {gone[0].colour} {gone[0].kind} {m.group('place')}"


def _put_undone_again(put: re.Match, scene: Scene, undone: Scene) -> str | None:
    """ "add a yellow star top right" … "undo" … "add it at the top left instead" / "放左上角吧": the one object the
    undo took away, made again at the place now said (batch 32); None where the undo took away more or less than one
    object, or the place names no cell."""
    place = put.group("place") or put.group("zh")
    tokens = w.tokens(place)
    if not tokens or any(t.kind != "pos" for t in tokens):
        return None
    gone = [s for s in undone.subjects if scene.subject(s.id) is None]
    if len(gone) != 1 or len(undone.subjects) != len(scene.subjects) + 1:
        return None
    return f"add a {gone[0].size} {gone[0].colour} {gone[0].kind} {place}"
