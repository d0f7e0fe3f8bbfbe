"""The thing named by its colour (or size, or material) alone: "the red one", "the big one", "红的那个", "黄色那个".

With one thing of that colour in the prompt the edit goes to it; with several, nothing changes and the reply asks
which ("Which one do you mean: the red apple or the red tomato?"); the answer then names it."""

from __future__ import annotations

import re

from core import messages
from core.rewriter.open_text.spans import Edit
from core.rewriter.open_text.word_classes import COLOUR_ZH, COLOUR_ZH_CORE, PROMPT_COLOURS_EN

# other words a thing is told apart by: "the big one", "the wooden one"
_SAID_OF_EN = frozenset(("big", "small", "large", "little", "tiny", "tall", "short", "long", "round", "square",
                         "wooden", "glass", "metal", "ceramic", "plastic", "old", "new", "open", "closed", "empty", "full"))  # fmt: skip
_ONE_EN = re.compile(r"(?i)^(?:the|that|this)\s+([a-z]+(?:\s+[a-z]+)?)\s+one$")
_ONE_ZH = re.compile(r"^(.{1,4}?)(?:色)?的?(?:那个|这个|那只|这只|那把|这把|那张|这张|那件|这件|那盏|那条|那辆|那杯)$")


def colour_named(target: str) -> tuple[str, bool] | None:
    """ "the red one" -> ("red", False); "红的那个" -> ("红", True); None when the target is not that."""
    m = _ONE_EN.match(target.strip())
    if m and (all(w.lower() in PROMPT_COLOURS_EN for w in m.group(1).split()) or m.group(1).lower() in _SAID_OF_EN):
        return m.group(1).lower(), False
    m = _ONE_ZH.match(target.strip())
    if m and (COLOUR_ZH.fullmatch(m.group(1)) or COLOUR_ZH_CORE.fullmatch(m.group(1)) or m.group(1) in ("大", "小")):
        return m.group(1).removesuffix("色"), True
    return None


def things_of_colour(ed: Edit, colour: str, zh: bool) -> list[tuple[int, int, int, str]]:
    """Each thing the prompt gives that colour: (phrase, start and end of its noun, its name with the colour)."""
    if zh:
        pattern = re.compile(rf"{re.escape(colour)}色?的?([\u4e00-\u9fff]{{1,6}}?)(?=[，,、和与及跟。；;]|$)")
    else:
        pattern = re.compile(
            rf"(?i)\b{re.escape(colour)}\s+((?:[a-z-]+\s+)?[a-z-]+?)(?=\s*(?:,|and\b|with\b|on\b|in\b|$))"
        )
    found = []
    for i, p in enumerate(ed.phrases):
        for m in pattern.finditer(p):
            found.append((i, m.start(1), m.end(1), m.group(0)))
    return found


def ask_or_pick(ed: Edit, target: str) -> tuple[int, int, int] | None | bool:
    """The one thing "the red one" means, as a hit; True when it asked which (``ed.question`` is set); None when the
    target is not a colour alone, or no thing has it (the ordinary reading goes on)."""
    named = colour_named(target)
    if named is None:
        return None
    colour, zh = named
    things = things_of_colour(ed, colour, zh)
    if not things:
        return None
    if len(things) > 1:
        names = [messages.text("ask_which_name", ed.lang, name=name) for *_, name in things]
        ed.question = messages.text("ask_which", ed.lang, choices=messages.listing(names, ed.lang, last="join_list_or"))
        return True
    i, start, end, _ = things[0]
    return i, start, end
