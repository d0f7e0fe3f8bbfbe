"""A place said as "between them" / "两个中间": the cell halfway between the two objects' cells."""

from __future__ import annotations

import re

from core.language import words as w
from core.scene import Scene
from core.world import vocab

_BETWEEN = re.compile(
    r"(?P<en>(?<![a-z])(?:(?:in|right|just|exactly)\s+)?(?:in\s+)?between\s+(?:them|the two(?:\s+of them)?|those two|both)"
    r"(?![a-z]))"
    r"|(?P<zh>(?:在|放在|放到)?(?:这|那)?(?:两个|它们|他们|两者|俩)(?:的)?(?:正)?(?:中间|之间|当中))"
)


def between_them(text: str, scene: Scene) -> str:
    """``text`` with "between them" said as the cell halfway between the picture's two objects, when the picture
    has two and that cell exists (top left and top right: the top; left and top right: no cell, left as said)."""
    m = _BETWEEN.search(text)
    if m is None or len(scene.subjects) != 2:
        return text
    cells = [vocab.POSITIONS.get(s.position or "") for s in scene.subjects]
    if None in cells:
        return text
    a, b = cells
    if (a.col + b.col) % 2 or (a.row + b.row) % 2:
        return text
    middle = w.cell((a.col + b.col) // 2, (a.row + b.row) // 2)
    if middle is None or middle in {s.position for s in scene.subjects}:
        return text
    where = vocab.POSITIONS[middle]
    said = f"在{where.zh}" if m.group("zh") else f"in the {where.en}"
    return text[: m.start()] + said + text[m.end() :]
