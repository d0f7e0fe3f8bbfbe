"""A gradient said again ("gradient from deep blue to emerald green instead", "渐变改成从蓝到紫"): the colours the
prompt's gradient runs between give way to the new ones; the rest of its phrase stays."""

from __future__ import annotations

import re

from core.rewriter.open_text.spans import Edit

_ASKED = re.compile(
    r"(?i)^(?:(?:ok|so|and|now|maybe)[\s,]+)*(?:(?:make|change|turn|switch)\s+(?:it|the\s+gradient|the\s+background)\s+"
    r"(?:to|into)\s+)?(?:an?\s+)?(?:gradient\s+(?:from\s+)?|from\s+)(.+?)\s+to\s+(.+?)(?:\s+gradient)?(?:\s+instead|\s+now)*"
    r"(?:\s+(?:please|pls))?$"
    # "渐变改成 blue to purple": the English colours in the Chinese frame (batch 32)
    r"|^渐变(?:色)?\s*(?:改成|换成|变成|改为|换为)\s*(?:从)?\s*([a-z][a-z ]*?)\s+to\s+([a-z][a-z ]*?)\s*(?:吧)?$"
)
_SAID = re.compile(
    r"(?i)(?<![a-z])from\s+([a-z][a-z -]*?)\s+to\s+([a-z][a-z -]*?)(?=\s*(?:,|$|\s+(?:with|and|for|in|on|behind)\b))"
    r"|渐变\s*(?:从)?\s*([a-z][a-z -]*?)\s+to\s+([a-z][a-z -]*?)(?=\s*(?:[，,]|$))"
)


def regradient(ed: Edit, clause: str) -> bool:
    """Whether ``clause`` gives the gradient new colours; if so, the prompt's "from … to …" says them."""
    asked = _ASKED.match(clause.strip())
    if asked is None or not re.search(r"(?i)gradient|from\s|渐变", clause):
        return False
    start, end = (asked.group(1), asked.group(2)) if asked.group(1) else (asked.group(3), asked.group(4))
    for i, p in enumerate(ed.phrases):
        if "gradient" not in p.lower() and "渐变" not in p:
            continue
        said = _SAID.search(p)
        if said:
            a, b = (1, 2) if said.group(1) else (3, 4)
            ed.set_phrase(i, p[: said.start(a)] + start + p[said.end(a) : said.start(b)] + end + p[said.end(b) :])
            what = "渐变" if re.search(r"[\u4e00-\u9fff]", clause) else "the gradient"
            ed.say("said_changed", what=what, value=f"{start} to {end}")
            return True
    return False
