"""An earlier picture wanted back by naming what it had ("no, I preferred the triangle", "the lone circle was
stronger", "还是要刚才那个红方块"): the latest picture before this one that the description fits, and this one
does not, comes back whole (batch 21)."""

from __future__ import annotations

import re

from core.language import words as w
from core.scene import Scene

_PREFERRED = re.compile(
    r"(?<![a-z])(?:i\s+)?(?:preferred|liked|prefer)\s+(?:the\s+)?(?:earlier|previous|old|first|other\s+)?"
    r"(?:picture\s+with\s+the\s+|one\s+with\s+the\s+)?(?=[a-z]+)"
    r"|^\s*(?:(?:no|nah|hmm+|meh)[\s,.!]+)*the\s+(?:[a-z]+\s+){1,3}?(?:was|looked)\s+(?:much\s+|way\s+)?"
    r"(?:better|stronger|nicer|best)(?![a-z])"
    r"|还是要?(?:刚才|之前|刚刚|原来|前面)(?:那个|那张|的)"
    r"|(?:刚才|之前|刚刚|原来)(?:那个|那张|的)\S{1,8}(?:更)?好"
    # "回到刚才那个 purple 的", "回到之前那张红色的": back to the earlier picture that had it (batch 23)
    r"|(?:回到|回去|退回|返回|换回)\s*(?:刚才|之前|刚刚|原来|前面)(?:的)?\s*(?:那个|那张)"
)
_BACK_TO = re.compile(r"(?:回到|回去|退回|返回|换回)")
_LONE = re.compile(r"(?<![a-z])(?:lone|single|only|solo|alone)(?![a-z])|只有一个|单独")


def _wanted(text: str) -> tuple[dict[str, str], bool] | None:
    """The attributes named (shape, colour, size) and whether the object was alone then."""
    named = {}
    for t in w.tokens(text):
        if t.kind in ("shape", "colour", "size") and t.kind not in named:
            named[t.kind] = t.key
    if "shape" not in named and not ("colour" in named and _BACK_TO.search(text)):
        return None  # (a colour alone names a picture only when asked back to: "回到刚才那个 purple 的")
    return named, _LONE.search(text) is not None


def _fits(scene: Scene, named: dict[str, str], lone: bool) -> bool:
    if lone and len(scene.subjects) != 1:
        return False
    field = {"shape": "kind", "colour": "colour", "size": "size"}
    if "shape" not in named:  # the picture's colour: an object's or the background's
        return named["colour"] in {scene.background, *(s.colour for s in scene.subjects)}
    return any(all(getattr(s, field[k]) == v for k, v in named.items()) for s in scene.subjects)


def earlier_picture(current: Scene, earlier: list[Scene], text: str) -> Scene | None:
    """The latest of ``earlier`` that the object named in ``text`` fits, when the current picture does not."""
    if _PREFERRED.search(text) is None:
        return None
    wanted = _wanted(text)
    if wanted is None or _fits(current, *wanted):
        return None
    for scene in reversed(earlier):
        if _fits(scene, *wanted):
            return scene
    return None
