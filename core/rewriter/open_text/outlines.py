"""A thing's outline ("make the windows square", "窗户改成方的" on "big arched windows"): the word that says its
shape gives way to the new one ("big square windows"); with none, the new one goes before its colour and material
("a long round marble bar"). The thing stays: "square" here is no new noun."""

from __future__ import annotations

from core.rewriter.open_text.spans import Edit, _words_before
from core.rewriter.open_text.word_classes import COLOUR_ZH, FINISH_EN, MATERIALS_EN, PROMPT_COLOURS_EN, TONES_EN

OUTLINES_EN = frozenset(("arched", "square", "round", "rounded", "oval", "rectangular", "circular", "triangular",
                         "hexagonal", "octagonal", "curved", "pointed", "heart-shaped", "star-shaped", "cylindrical"))  # fmt: skip
_OUTLINES_ZH = {"方": "square", "方形": "square", "正方形": "square", "圆": "round", "圆形": "round", "拱形": "arched",
                "椭圆": "oval", "椭圆形": "oval", "长方形": "rectangular", "矩形": "rectangular", "六边形": "hexagonal",
                "八角形": "octagonal", "心形": "heart-shaped", "星形": "star-shaped", "圆柱形": "cylindrical"}  # fmt: skip


def outline_in_english(value: str) -> str | None:
    """ "方的" -> "square"; None when the value is not an outline said in Chinese."""
    v = value.strip().removesuffix("的").removesuffix("的样子")
    return _OUTLINES_ZH.get(v) if COLOUR_ZH.search(v) is None else None


def reshape_en(ed: Edit, hit: tuple[int, int, int], value: str, name: str, said: str = "") -> bool:
    """Whether ``value`` is an outline; if so, the thing at ``hit`` is given it (the reply says ``said``, the user's
    own word for it, where they used another language)."""
    new = value.strip().lower()
    if new not in OUTLINES_EN:
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    mods = _words_before(p, start)
    old = next((m for m in mods if m[0].lower() in OUTLINES_EN), None)
    if old is not None:
        if old[0].lower() == new:
            return True  # it already is
        ed.set_phrase(i, p[: old[1]] + new + p[old[2] :])
    else:
        described = next(
            (m for m in mods if m[0].lower() in PROMPT_COLOURS_EN | MATERIALS_EN | FINISH_EN | TONES_EN), None
        )
        at = described[1] if described else start
        ed.set_phrase(i, p[:at] + new + " " + p[at:])
    ed.say("said_made", what=name, value=said or new)
    return True
