"""One part of a step just undone, asked back ("make both small and the bg green" … "undo" … "just the background
then", "那只改背景吧"): the undone picture's value for that attribute comes back, the rest stays undone (batch 27
en-033). Said as the edit it stands for; None where the part named did not change in the undone step or is not one
value (the background, or one object's colour or size)."""

from __future__ import annotations

import re

from core.scene import Scene
from core.world import vocab

_JUST_PART = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|then|so|hmm+|fine|alright|well)[\s,]+)*(?:just|only)\s+(?:(?:change|do|keep|redo)\s+)?"
    r"the\s+(?P<en>background|bg|colou?r|size)(?:\s+(?:change|one|part|bit))?(?:[\s,]+then)?(?:\s+(?:please|pls))?"
    r"\s*[.!]*$"
    r"|^\s*(?:那|那就|就)?只(?:要|改|换|动)(?:一下)?(?P<zh>背景|颜色|大小)(?:就行了?|就好|吧)?\s*[。.!！]*$"
)
_FIELD = {"background": "background", "bg": "background", "背景": "background", "colour": "colour", "color": "colour",
          "颜色": "colour", "size": "size", "大小": "size"}  # fmt: skip


def undone_part(text: str, scene: Scene, undone: Scene | None) -> str | None:
    """ "just the background then" right after an undo, said as "make the background green"; else None."""
    m = _JUST_PART.match(text)
    if m is None or undone is None:
        return None
    field = _FIELD[m.group("en") or m.group("zh")]
    zh = m.group("zh") is not None
    if field == "background":
        if undone.background is None or undone.background == scene.background:
            return None
        return f"背景改成{vocab.COLOURS[undone.background].zh}" if zh else f"make the background {undone.background}"
    changed = [
        s
        for s in undone.subjects
        if (now := scene.subject(s.id)) is not None and getattr(now, field) != getattr(s, field)
    ]
    if len(changed) != 1:
        return None
    one = scene.subject(changed[0].id)
    return f"make the {one.colour} {one.kind} {getattr(changed[0], field)}"
