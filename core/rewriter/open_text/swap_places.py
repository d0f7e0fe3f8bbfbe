"""Two things trading places ("swap them, croissant left latte right", "把拿铁和可颂换个位置"): the prompt's two
opposite side words (left and right, top and bottom) trade places, and nothing else changes; or trading colours
("swap the colours", "颜色对调一下"): the prompt's two colour words trade places.

Only where the prompt says exactly one such pair: with none or several, which are meant is a guess.
"""

from __future__ import annotations

import re

from core import messages
from core.language.patterns import compiled
from core.rewriter.open_text.spans import Edit, _found
from core.rewriter.open_text.word_classes import COLOUR_ZH, PROMPT_COLOURS_EN

_PAIRS_EN = (("left", "right"), ("top", "bottom"), ("front", "back"))
_PAIRS_ZH = (("左边", "右边"), ("左侧", "右侧"), ("上方", "下方"), ("上面", "下面"), ("前面", "后面"))
_ASKS_EN = re.compile(
    r"(?i)^(?:please\s+)?(?:swap|switch|flip|exchange|trade)\s+(?:it|them|their\s+(?:places|positions|sides|spots)|"
    r"(?:the\s+)?(?:places|positions|sides|spots)|the two|(?:the\s+)?([\w' -]+?)\s+and\s+(?:the\s+)?([\w' -]+?))"
    r"(?:\s+around|\s+round|\s+over|\s+(?:places|positions|sides))?(?:\s*(?:[,;:]|\s[-–—]+)\s*.*)?$"
)
_ASKS_ZH = re.compile(
    r"^(?:把)?(?:(.{1,8}?)[和与跟](.{1,8}?)|(?:这|那)?(?:两个|两样|两者|它们|他们|俩)(?:的)?)?(?:换个位置|交换位置|互换位置|换一下位置|调换位置|对调|位置互换|左右互换|左右对调)"
)


_COLOURS_ASKED = re.compile(
    r"(?i)^(?:please\s+)?(?:swap|switch|flip|exchange|trade|reverse)\s+(?:the|their)\s+colou?rs(?:\s+around|\s+over)?[.!]*$"
    r"|^(?:把)?(?:两个的|它们的|两者的)?(?:颜色)(?:对调|互换|交换|调换|换一下|反过来)(?:一下)?[吧。！!]*$"
    r"|^(?:对调|互换|交换|调换)(?:一下)?颜色[吧。！!]*$"
)
_COLOUR_EN = re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(sorted(PROMPT_COLOURS_EN, key=len, reverse=True))})(?![\w-])")


def swap_colours(ed: Edit, message: str) -> bool:
    """Whether ``message`` asks the picture's two colours to trade places; they do when the prompt names exactly two
    (else ``ed.question`` asks which)."""
    if not _COLOURS_ASKED.match(message.strip()):
        return False
    pattern = COLOUR_ZH if any(re.search(r"[\u4e00-\u9fff]", p) for p in ed.phrases) else _COLOUR_EN
    spots = [(i, m.start(), m.end(), m.group(0)) for i, p in enumerate(ed.phrases) for m in pattern.finditer(p)]
    if len(spots) != 2 or spots[0][3].lower() == spots[1][3].lower():
        ed.question = messages.text("ask_which_colours", ed.lang)
        return True
    for (i, start, end, _), (_, _, _, other) in sorted(
        zip(spots, reversed(spots), strict=True), key=lambda s: (s[0][0], -s[0][1])
    ):
        p = ed.phrases[i]
        ed.set_phrase(i, p[:start] + other + p[end:])
    ed.say("said_swapped_colours")
    return True


def swap_places(ed: Edit, message: str) -> bool:
    """Whether ``message`` asks two things to trade places; if so the side words are swapped (or, with no single
    pair of them in the prompt, nothing changes and ``ed.question`` is left for the caller to ask)."""
    text = message.strip()
    m = _ASKS_ZH.match(text) or _ASKS_EN.match(text)
    if m is None:
        return False
    named = [g.strip() for g in m.groups() if g]
    if named and not all(_found(ed, name) for name in named):
        return False  # "swap the latte for a mocha": a replacement, not a move
    for pair in _PAIRS_ZH + _PAIRS_EN:
        spots = []
        for word in pair:
            pattern = re.escape(word) if not word.isascii() else rf"(?i)(?<![\w-]){word}(?![\w-])"
            spots += [
                (i, hit.start(), hit.end(), word)
                for i, p in enumerate(ed.phrases)
                for hit in compiled(pattern).finditer(p)
            ]
        if len(spots) == 2 and spots[0][3] != spots[1][3]:
            for i, start, end, word in sorted(spots, key=lambda s: (s[0], -s[1])):
                other = pair[1] if word == pair[0] else pair[0]
                p = ed.phrases[i]
                ed.set_phrase(i, p[:start] + other + p[end:])
            ed.say("said_swapped_places")
            return True
    return False
