"""A correction right after an edit of one object ("make 它 smaller" … "不是, 我说的是 both", "no, I meant all of
them"): the same colour or size goes to every object, said as "make all of them small" (batch 25 mixed-018). None
where the last edit was not one colour or size change of one object."""

from __future__ import annotations

import re

from core.scene import Scene

_MEANT_ALL = re.compile(
    r"^\s*(?:(?:不是|不对|no|nope|not just (?:that|it|one))[\s,，.!！]*)?(?:我说的是|我是说|我指的是|i meant|i mean)\s*"
    r"(?:both(?: of them)?|all(?: of them| three)?|两个|都|全部|三个)(?:都)?\s*[.!。！]*$"
)


def meant_all(text: str, before: Scene | None, after: Scene) -> str | None:
    """The last edit's colour or size for every object, as an instruction; None when ``text`` is no such correction."""
    if before is None or not _MEANT_ALL.match(text) or len(after.subjects) < 2:
        return None
    changed = [(b, a) for a in after.subjects if (b := before.subject(a.id)) is not None and b != a]
    if len(changed) != 1 or len(before.subjects) != len(after.subjects):
        return None
    b, a = changed[0]
    diffs = [f for f in ("kind", "colour", "size", "position") if getattr(b, f) != getattr(a, f)]
    if diffs not in (["colour"], ["size"]):
        return None
    return f"make all of them {getattr(a, diffs[0])}"
