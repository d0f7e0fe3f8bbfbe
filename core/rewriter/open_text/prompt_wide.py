"""Edits whose words reach past the phrase they change: people added where the prompt said there were none,
and a word swapped "everywhere" it is said."""

from __future__ import annotations

import re

from core.rewriter.open_text.spans import Edit

_PEOPLE = re.compile(
    r"(?i)(?<![a-z])(?:people|person|guests?|visitors?|customers?|diners?|tourists?|crowd|figures?|man|woman|men|women|"
    r"kids?|children|couple|family|workers?|shoppers?)(?![a-z])|客人|游客|顾客|行人|人群|人们|一家人|情侣|孩子|小孩|学生|老人|男人|女人|朋友|员工|服务员|路人|[一两几三]个人"
)
_NOBODY = re.compile(r"(?i)^(?:no people|nobody|empty of people|no one|no humans)$|^(?:没有人|无人|空无一人|没人)$")


def people_came(ed: Edit) -> None:
    """People added to a prompt that said there were none ("no people", "没有人"): that phrase goes."""
    added = [c.after for c in ed.changes if c.op in ("add", "set") and c.after and _PEOPLE.search(c.after)]
    if not added:
        return
    for i, p in enumerate(list(ed.phrases)):
        if _NOBODY.match(p.strip()):
            ed.set_phrase(i, "")


EVERYWHERE = re.compile(r"(?i)(?:and\s+)?(?:everywhere|all of them|all over|throughout|every one|each one)[.!]*")


def everywhere(ed: Edit) -> None:
    """The one word the last change swapped ("lemon" for "grapefruit") is swapped in every other phrase too,
    plural for plural ("sliced lemons" -> "sliced grapefruits")."""
    last = ed.changes[-1]
    if not (last.before and last.after):
        return
    was, now = last.before.split(), last.after.split()
    gone = [w for w in was if w not in now]
    came = [w for w in now if w not in was]
    if len(gone) != 1 or len(came) != 1 or not gone[0].isalpha() or not came[0].isalpha():
        return
    old, new = gone[0], came[0]
    for i, p in enumerate(list(ed.phrases)):
        swapped = re.sub(
            rf"(?i)(?<![\w-]){re.escape(old)}(e?s)?(?![\w-])",
            lambda m: new + (("es" if new.endswith(("ch", "sh", "x", "s")) else "s") if m.group(1) else ""),
            p,
        )
        if swapped != p:
            ed.set_phrase(i, swapped)
