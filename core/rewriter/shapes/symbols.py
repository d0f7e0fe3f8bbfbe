"""Shapes typed as symbols or emoji ("yellow ⭐ on black", "+ 🔴 top left", "▲ in the middle"), and the canvas
called by its Chinese name ("白色画布"): brought to the words the lexicon reads before anything else reads the message.

A symbol is the shape it draws; an emoji that carries a colour (🔴, 🟦) is that colour and shape. "画布" next to a
colour is the background ("白色画布上…", "画布用黑色"); "画布中间" alone stays a place (batch 22).
"""

from __future__ import annotations

import re

# symbol -> the words it stands for; a colour word only where the glyph itself is coloured
_SYMBOLS = {
    "⭐": "star", "🌟": "star", "★": "star", "☆": "star", "✩": "star", "✭": "star",
    "●": "circle", "○": "circle", "◯": "circle", "⚪": "white circle", "⚫": "black circle",
    "🔴": "red circle", "🟠": "orange circle", "🟡": "yellow circle", "🟢": "green circle",
    "🔵": "blue circle", "🟣": "purple circle",
    "■": "square", "□": "square", "◼": "square", "◻": "square", "⬛": "black square", "⬜": "white square",
    "🟥": "red square", "🟧": "orange square", "🟨": "yellow square", "🟩": "green square",
    "🟦": "blue square", "🟪": "purple square",
    "▲": "triangle", "△": "triangle", "🔺": "red triangle",
}  # fmt: skip
_SYMBOL = re.compile("(" + "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True)) + ")\ufe0f?")

_ZH_COLOUR = r"[红橙黄绿蓝紫白黑]色?"
# "白色画布", "白色的画布": the colour, then the canvas
_COLOUR_CANVAS = re.compile(rf"(?P<c>{_ZH_COLOUR})的?画布")
# "画布用白色", "画布是黑色的", "画布白色": the canvas, then its colour
_CANVAS_COLOUR = re.compile(rf"画布\s*(?P<v>是|用|要|为|改成|换成|设成|变成)?\s*(?=(?:{_ZH_COLOUR}))")


def _symbol_words(m: re.Match) -> str:
    return f" {_SYMBOLS[m.group(1)]} "


def spelled_symbols(text: str) -> str:
    """``text`` with shape symbols and emoji as words, and a coloured "画布" as "背景"."""
    if any(ch in text for ch in "⭐🌟★☆✩✭●○◯⚪⚫🔴🟠🟡🟢🔵🟣■□◼◻⬛⬜🟥🟧🟨🟩🟦🟪▲△🔺"):
        text = re.sub(r"[ \t]{2,}", " ", _SYMBOL.sub(_symbol_words, text)).strip()
    text = _COLOUR_CANVAS.sub(lambda m: m.group("c") + "背景", text)
    return _CANVAS_COLOUR.sub(lambda m: "背景" + (m.group("v") or ""), text)
