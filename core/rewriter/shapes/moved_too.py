"""Another object moved "too" right after a move ("把 square 往下 move 到 bottom-left" … "circle 也往下", "and the star
left too"): it makes the same move, by as many rows and columns as the last one, the way "too" after a colour change
copies the colour (batch 22). None where the last edit was no single move or the cell it lands on is off the grid or
taken."""

from __future__ import annotations

import re

from core.language import words as w
from core.scene import Scene
from core.world import vocab

_DIR = {"上": (-1, 0), "下": (1, 0), "左": (0, -1), "右": (0, 1), "up": (-1, 0), "down": (1, 0), "left": (0, -1),
        "right": (0, 1)}  # fmt: skip
_TOO_ZH = re.compile(
    r"^\s*(?:那|然后)?(?P<ref>[^，,。]{1,12}?)\s*也\s*(?:要|得)?\s*(?:往|向|朝)?(?P<d>[上下左右])(?:边|面)?\s*"
    r"(?:移|挪|放|走|动|搬)?(?:一下|一点)?\s*(?:吧|呗)?\s*[。.!！~]*$"
)
_TOO_EN = re.compile(
    r"^\s*(?:and\s+|now\s+|ok\s+)?(?:move\s+|put\s+|shift\s+)?(?P<ref>(?:the\s+)?[a-z]+)\s+(?P<d>up|down|left|right)\s+"
    r"(?:too|as well)\s*[.!~]*$"
)


def one_move(before: Scene, after: Scene) -> tuple[int, int] | None:
    changed = [(b, a) for a in after.subjects if (b := before.subject(a.id)) is not None and b != a]
    if len(changed) != 1 or len(after.subjects) != len(before.subjects):
        return None
    b, a = changed[0]
    if (b.kind, b.colour, b.size) != (a.kind, a.colour, a.size) or b.position == a.position:
        return None
    pb, pa = vocab.POSITIONS[b.position], vocab.POSITIONS[a.position]
    return pa.row - pb.row, pa.col - pb.col


def moved_too(text: str, scene: Scene, before_last_edit: Scene | None) -> str | None:
    """The move "<object> 也往下" asks for, said as "move the <shape> to the <cell>"; None when it is not one."""
    m = _TOO_ZH.match(text) or _TOO_EN.match(text)
    if m is None or before_last_edit is None:
        return None
    step = one_move(before_last_edit, scene)
    said = _DIR[m.group("d")]
    if step is None or (step[0] * said[0] + step[1] * said[1]) <= 0:
        return None  # the last move went another way: "也往下" is not the same move
    shapes = {t.key for t in w.tokens(m.group("ref")) if t.kind == "shape"}
    named = [s for s in scene.subjects if s.kind in shapes]
    if len(shapes) != 1 or len(named) != 1:
        return None
    here = vocab.POSITIONS[named[0].position]
    row, col = here.row + step[0], here.col + step[1]
    cell = next((p for p in vocab.POSITIONS.values() if (p.row, p.col) == (row, col)), None)
    if cell is None or any(s.position == cell.key for s in scene.subjects):
        return None
    return f"move the {named[0].kind} to the {cell.en}"
