"""A lens or an aperture asked for by its number ("ok change to 35mm", "try f2.8", "shoot it on a 50mm instead"): the
number the prompt already gives for it changes, and the words around it stay ("shot on 85mm" -> "shot on 35mm")."""

from __future__ import annotations

import re

from core.rewriter.open_text.spans import Edit

_LENS = r"(\d{2,3})\s?mm"
_APERTURE = r"f\s?/?\s?(\d{1,2}(?:\.\d)?)"
_ASKED = (
    r"(?i)^(?:(?:ok|okay|so|now|and|maybe|hmm+)[\s,]+)*(?:(?:change|switch|go|move|set)\s+(?:it\s+)?(?:to|for)\s+|"
    r"(?:try|use|do)\s+(?:it\s+)?(?:(?:on|with|at)\s+)?|(?:shoot|shot)\s+(?:it\s+)?(?:on|with|at)\s+)?(?:an?\s+)?"
    r"{spec}(?:\s+lens)?(?:\s+instead)?(?:\s+(?:please|pls))?$"
)
_KINDS = (
    (re.compile(_ASKED.format(spec=_LENS)), re.compile(rf"(?i)(?<![\w.]){_LENS}(?![a-z])"), "{}mm"),
    (re.compile(_ASKED.format(spec=_APERTURE)), re.compile(rf"(?i)(?<![a-z]){_APERTURE}(?![\d.])"), "f{}"),
)


def set_spec(ed: Edit, clause: str) -> bool:
    """Whether ``clause`` asked for a lens or an aperture the prompt has one of; if so, it is changed."""
    for asked, written, form in _KINDS:
        m = asked.match(clause.strip())
        if m is None:
            continue
        for i, p in enumerate(ed.phrases):
            found = written.search(p)
            if found:
                new = p[: found.start(1)] + m.group(1) + p[found.end(1) :]
                ed.set_phrase(i, new)
                ed.say("said_changed", what=found.group(0), value=form.format(m.group(1)))
                return True
    return False
