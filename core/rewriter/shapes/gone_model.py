"""A value matched to an object no longer in the picture ("give the star the same blue as the circle had"): the
value that object had in an earlier picture, since the matching reader only looks at the picture as it is now
(batch 23 en-026)."""

from __future__ import annotations

import re

from core.scene import Scene

_COLOURS = "red|orange|yellow|green|blue|purple|white|black"
_GONE_MATCH = re.compile(
    rf"(?:the\s+)?same\s+(?P<what>colou?r|size|shape|{_COLOURS})\s+as\s+(?:the\s+)?(?P<o>circle|square|triangle|star)"
    r"(?:\s+(?:had|was|did|used\s+to\s+be|used\s+to\s+have|had\s+before|was\s+before|before|earlier))?(?![a-z])"
)
_FIELD = {"colour": "colour", "color": "colour", "size": "size", "shape": "kind"}


def with_gone_model(text: str, scene: Scene, earlier: list[Scene | None]) -> str:
    """``text`` with "the same <value> as the <shape> had" spelt as the value, when that shape is gone now."""
    m = _GONE_MATCH.search(text)
    if m is None or any(s.kind == m.group("o") for s in scene.subjects):
        return text  # the object is in the picture: the ordinary "same as" reading
    what = m.group("what")
    if what not in _FIELD:
        value = what  # "the same blue as the circle had": the colour is said
    else:
        value = _earlier_value(earlier, m.group("o"), _FIELD[what])
        if value is None:
            return text
    return text[: m.start()] + value + text[m.end() :]


def _earlier_value(earlier: list[Scene | None], shape: str, field: str) -> str | None:
    """The ``field`` of the one object of ``shape`` in the latest earlier picture that had one."""
    for old in reversed(earlier):
        found = [s for s in old.subjects if s.kind == shape] if old is not None else []
        if len(found) == 1:
            return getattr(found[0], field)
        if found:
            return None  # several circles then: which one is not said
    return None
