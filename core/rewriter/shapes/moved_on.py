"""A move carried on the other way right after a move ("move it up a bit" … "and to the right"): the object
keeps the row it was moved to and goes one column over, so it lands in the corner (batch 25 en-010). None where
the last edit was no single move along one axis, or the step goes along that same axis, or the cell is taken."""

from __future__ import annotations

import re

from core.rewriter.shapes.moved_too import one_move
from core.scene import Scene
from core.world import vocab

_DIR = {"up": (-1, 0), "down": (1, 0), "left": (0, -1), "right": (0, 1), "上": (-1, 0), "下": (1, 0), "左": (0, -1),
        "右": (0, 1)}  # fmt: skip
_ON_EN = re.compile(
    r"^\s*(?:and|and then|then|and also)\s+(?:(?:a bit|a little|slightly|one)\s+)?(?:over\s+)?(?:to the\s+|towards the\s+)?"
    r"(?P<d>up|down|left|right)(?:\s+(?:a bit|a little|too|as well|one))?\s*(?:please)?\s*[.!~]*$"
)
_ON_ZH = re.compile(r"^\s*(?:然后)?再\s*(?:往|向)\s*(?P<d>[上下左右])\s*(?:边|面)?\s*(?:一点|一些|一下)?\s*[。.!！~]*$")


def moved_on(text: str, scene: Scene, before_last_edit: Scene | None) -> str | None:
    """The corner "and to the right" after a move up asks for, said as "move the <shape> to the <cell>"."""
    m = _ON_EN.match(text) or _ON_ZH.match(text)
    if m is None or before_last_edit is None:
        return None
    step, said = one_move(before_last_edit, scene), _DIR[m.group("d")]
    if step is None or 0 not in step or (step[0] != 0) == (said[0] != 0):
        return None  # not one straight move, or "and further up": the same way again is no corner
    moved = next(s for s in scene.subjects if before_last_edit.subject(s.id) != s)
    here = vocab.POSITIONS[moved.position]
    row, col = here.row + said[0], here.col + said[1]
    cell = next((p for p in vocab.POSITIONS.values() if (p.row, p.col) == (row, col)), None)
    if cell is None or any(s.position == cell.key for s in scene.subjects):
        return None
    return f"move the {moved.kind} to the {cell.en}"
