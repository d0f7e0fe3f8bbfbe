"""The whole picture mirrored ("左右镜像一下", "flip it horizontally", "上下翻转"): every object's column
(or row) turned over, at once, so no object lands on another on the way."""

from __future__ import annotations

import re

from core.language import words as w
from core.scene import Scene, Subject
from core.world import vocab

_ACROSS = re.compile(
    r"左右(?:镜像|翻转|翻过来|颠倒|反转)|水平(?:镜像|翻转)|镜像(?:一下)?\s*(?:左右|水平)"
    r"|(?<![a-z])(?:mirror|flip)\s+(?:it\s+|them\s+|everything\s+|the (?:picture|image|scene|whole thing)\s+)?"
    r"(?:horizontally|left[\s-]*(?:to[\s-]*)?right)(?![a-z])"
)
_UPDOWN = re.compile(
    r"上下(?:镜像|翻转|翻过来|颠倒|反转)|垂直(?:镜像|翻转)|镜像(?:一下)?\s*(?:上下|垂直)"
    r"|(?<![a-z])(?:mirror|flip)\s+(?:it\s+|them\s+|everything\s+|the (?:picture|image|scene|whole thing)\s+)?"
    r"(?:vertically|upside[\s-]*down|top[\s-]*(?:to[\s-]*)?bottom)(?![a-z])"
)


def mirrored(text: str, scene: Scene) -> list[tuple[Subject, str]] | None:
    """Each object and the cell it takes when ``text`` mirrors the picture; None when it does not."""
    across, updown = _ACROSS.search(text), _UPDOWN.search(text)
    if not scene.subjects or bool(across) == bool(updown):
        return None
    out = []
    for s in scene.subjects:
        cell = vocab.POSITIONS[s.position]
        col, row = (2 - cell.col, cell.row) if across else (cell.col, 2 - cell.row)
        out.append((s, w.cell(col, row)))
    return out
