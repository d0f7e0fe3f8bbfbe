"""A move "up into the corner" / "再往上顶到角落" with no corner named: the corner that direction reaches from the
object's side ("right", then up: the top right), since the grid has one corner there (batch 20)."""

from __future__ import annotations

import re

from core.scene import Scene

_INTO_CORNER_EN = re.compile(
    r"^\s*(?:(?:and|now|then|ok(?:ay)?)[\s,]+)?(?:(?:move|push|shove|slide|put|nudge|bring|take)\s+(?:it|that|this)\s+)?"
    r"(?:(?:all\s+the\s+way|further|right)\s+)?(?P<dir>up|down|left|right)(?:\s+(?:more|further|again))?\s+"
    r"(?:in|into|to)\s+(?:the\s+)?corner\s*(?:please|too)?\s*[.!]*\s*$"
)
_INTO_CORNER_ZH = re.compile(
    r"^\s*(?:那|然后)?(?:再|就)?[往向朝](?P<dir>[上下左右])(?:边|面)?(?:一直)?(?:顶|推|挪|移|放|走|靠)?(?:到|进|去)?"
    r"(?:那个|那)?(?:角落|角上|角)(?:里|去|吧|了)*\s*[。.!！]*\s*$"
)
_DIR = {"up": "top", "down": "bottom", "left": "left", "right": "right", "上": "top", "下": "bottom", "左": "left",
        "右": "right"}  # fmt: skip
_CORNER_ZH = {"top-left": "左上角", "top-right": "右上角", "bottom-left": "左下角", "bottom-right": "右下角"}


def into_the_corner(text: str, scene: Scene, focus: str | None) -> str:
    """``text`` with "up into the corner" said as the move to the corner it reaches, when "it" is on a side."""
    m = _INTO_CORNER_EN.match(text) or _INTO_CORNER_ZH.match(text)
    subjects = scene.subjects
    it = scene.subject(focus) if focus else (subjects[0] if len(subjects) == 1 else None)
    if m is None or it is None:
        return text
    towards, at = _DIR[m["dir"]], it.position.split("-")
    vertical = towards in ("top", "bottom")
    other = [p for p in at if (p in ("left", "right")) == vertical]
    if len(other) != 1:
        return text  # from the middle, or already in a corner: which corner is not said
    corner = f"{towards}-{other[0]}" if vertical else f"{other[0]}-{towards}"
    if m.re is _INTO_CORNER_ZH:
        return f"把它移到{_CORNER_ZH[corner]}"
    return "move it to the " + corner.replace("-", " ") + " corner"
