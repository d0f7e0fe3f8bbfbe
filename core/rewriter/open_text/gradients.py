"""A gradient said again ("gradient from deep blue to emerald green instead", "渐变改成从蓝到紫"): the colours the
prompt's gradient runs between give way to the new ones; the rest of its phrase stays."""

from __future__ import annotations

import re

from core.rewriter.open_text.spans import Edit

_ASKED = re.compile(
    r"(?i)^(?:(?:ok|so|and|now|maybe)[\s,]+)*(?:(?:make|change|turn|switch)\s+(?:it|the\s+gradient|the\s+background)\s+"
    r"(?:to|into)\s+)?(?:an?\s+)?(?:gradient\s+(?:from\s+)?|from\s+)(.+?)\s+to\s+(.+?)(?:\s+gradient)?(?:\s+instead|\s+now)*"
    r"(?:\s+(?:please|pls))?$"
)
_SAID = re.compile(
    r"(?i)(?<![a-z])from\s+([a-z][a-z -]*?)\s+to\s+([a-z][a-z -]*?)(?=\s*(?:,|$|\s+(?:with|and|for|in|on|behind)\b))"
)


def regradient(ed: Edit, clause: str) -> bool:
    """Whether ``clause`` gives the gradient new colours; if so, the prompt's "from … to …" says them."""
    asked = _ASKED.match(clause.strip())
    if asked is None or not re.search(r"(?i)gradient|from\s", clause):
        return False
    for i, p in enumerate(ed.phrases):
        if "gradient" not in p.lower():
            continue
        said = _SAID.search(p)
        if said:
            ed.set_phrase(
                i,
                p[: said.start(1)]
                + asked.group(1)
                + p[said.end(1) : said.start(2)]
                + asked.group(2)
                + p[said.end(2) :],
            )
            ed.say("said_changed", what="the gradient", value=f"{asked.group(1)} to {asked.group(2)}")
            return True
    return False
