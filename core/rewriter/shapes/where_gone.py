"""Another object put where a removed one was ("在三角形原来的位置放个黄色五角星", "a star where the triangle used to
be"): "原来的位置" here names a place, not a step back, since the object it names is gone and the message names
another shape to put there (batch 22). "把三角形放回原来的位置" after its removal names only it: that stays an undo."""

from __future__ import annotations

import re

from core.language import words as w
from core.scene import Scene

_WHERE_ZH = re.compile(r"(?P<ref>[^，,。在到把]{0,6}?)(?:原来|之前|刚才|以前)(?:的)?(?:位置|地方)")
_WHERE_EN = re.compile(
    r"(?<![a-z])where (?P<ref>(?:the|that) (?:[a-z]+ ){0,2}?[a-z]+) (?:used to be|was|had been)(?![a-z])"
)


def puts_new_where_gone(scene: Scene, text: str) -> bool:
    """Whether ``text`` puts a shape where an object no longer in ``scene`` was."""
    m = _WHERE_ZH.search(text) or _WHERE_EN.search(text)
    if m is None:
        return False
    named = {t.key for t in w.tokens(m.group("ref")) if t.kind == "shape"}
    rest = text[: m.start()] + " " + text[m.end() :]
    if not named and not re.search(r"回|back", text):
        # "原来的位置放个 yellow triangle" after the circle's removal: a shape not in the picture, put there (batch 32)
        return any(t.kind == "shape" and all(s.kind != t.key for s in scene.subjects) for t in w.tokens(rest))
    if len(named) != 1 or any(s.kind in named for s in scene.subjects):
        return False
    return any(t.kind == "shape" and t.key not in named for t in w.tokens(rest))
