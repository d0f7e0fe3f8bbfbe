"""The whole picture mirrored ("左右镜像一下", "flip it horizontally", "上下翻转"): every object's column
(or row) turned over, at once, so no object lands on another on the way; and one object sent "across to
the other corner", the cell its own mirror names."""

from __future__ import annotations

import re

from core.language import words as w
from core.scene import Scene, Subject
from core.world import vocab

_ACROSS = re.compile(
    r"左右\s*(?:镜像|翻转|翻过来|颠倒|反转|(?:mirror|flip)(?![a-z]))|水平(?:镜像|翻转)|镜像(?:一下)?\s*(?:左右|水平)"
    r"|(?<![a-z])(?:mirror|flip)\s+(?:it\s+|them\s+|everything\s+|the (?:picture|image|scene|whole thing)\s+)?"
    r"(?:horizontally|left[\s-]*(?:to[\s-]*)?right)(?![a-z])"
    # "mirror it", "mirror it so it's on the other side", "put it on the other side": left and right trade
    r"|(?<![a-z])mirror\s+(?:it|them|everything|the (?:picture|image|scene|whole thing))"
    r"(?:\s+so\s+(?:that\s+)?(?:it|they)(?:'s|'re|\s+is|\s+are)?\s+on the other side)?\s*(?:please|pls)?[.!]*$"
    r"|^(?:(?:now|ok|okay|and)[\s,]+)?(?:put|move|flip|swing)\s+it\s+(?:on|to|over to|onto)\s+the\s+other\s+side\s*[.!]*$"
)
_UPDOWN = re.compile(
    r"上下\s*(?:镜像|翻转|翻过来|颠倒|反转|(?:mirror|flip)(?![a-z]))|垂直(?:镜像|翻转)|镜像(?:一下)?\s*(?:上下|垂直)"
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


# "slide it all the way across to the other corner", "move it down to the other corner"
_OTHER_SIDE = re.compile(
    r"(?<![a-z])(?:all the way\s+)?(?P<dir>across|over|down|up)\s+(?:to|into)\s+the\s+other\s+(?:corner|side|end)(?![a-z])"
)


def other_side(text: str, scene: Scene, focus: str | None) -> str:
    """The text with "across to the other corner" said as the cell the object "it" is would mirror to."""
    m = _OTHER_SIDE.search(text)
    one = scene.subject(focus) if focus else (scene.subjects[0] if len(scene.subjects) == 1 else None)
    if m is None or one is None:
        return text
    cell = vocab.POSITIONS[one.position]
    across = m.group("dir") in ("across", "over")
    if (cell.col if across else cell.row) == 1:
        return text  # from the middle there is no "other" side
    col, row = (2 - cell.col, cell.row) if across else (cell.col, 2 - cell.row)
    return text[: m.start()] + "to the " + w.cell(col, row).replace("-", " ") + text[m.end() :]
