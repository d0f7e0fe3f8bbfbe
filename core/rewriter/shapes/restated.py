"""An object description taken back and said again after "no wait" / "不对" / "……" ("a blue square, no
wait, a blue circle", "画一个 green... 不对，purple 的 triangle", "右上角一个……不，是正下方，一个黄色方块").

``clauses._take_back`` swaps one value for another; here the restatement is a whole object (or finishes
a description cut off before it), so the first description is dropped rather than kept as a second object.
"""

from __future__ import annotations

import re

from core.language import words as w
from core.rewriter.shapes.refs import _has_head

_VALUES = ("colour", "size", "pos", "shape")
_SPLIT = re.compile(r"[,，;；。!！]|(?<![a-z])(?:and|then)(?![a-z])")
_FILLER = re.compile(r"^[\s,，。.…—–-]*(?:(?:是|就是|应该是|改成|换成|make (?:it|that)|i mean|rather|make that)\s*)?")
_INDEFINITE = re.compile(r"^\s*(?:(?:画|来|要|放)?\s*(?:一个|一只|一颗|个)|a|an|one)(?![a-z])")
_NO = re.compile(r"[\s,，.…]*(?:[哦噢喔啊呃]\s*)?(?:不|no(?![a-z])|not(?![a-z])|wait|actually|i mean)")
_DANGLING_ONE = re.compile(r"\s*(?:一个|一只|一颗|个|a|an|one)\s*$")


def restated(text: str, m: re.Match[str]) -> str | None:
    """``text`` with the description before the correction ``m`` replaced by the one after it, or None."""
    before, after = text[: m.start()], text[m.end() :]
    if re.fullmatch(r"[.…\s]+", m.group(0)) and not _NO.match(after):
        return None  # a pause alone takes nothing back (checked first: a message of a thousand "…" has as many)
    cut = max((x.end() for x in _SPLIT.finditer(before.rstrip(" ,，"))), default=0)
    last = before[cut:]
    old = [t for t in w.tokens(last) if t.kind in _VALUES]
    pieces = [p for p in _SPLIT.split(after) if p and any(t.kind in _VALUES for t in w.tokens(p))]
    if not old or not pieces:
        return None
    if re.search(r"(?<![a-z])(?:and|then|also|plus)(?![a-z])|还有|和|再", after[: after.index(pieces[0])]):
        return None  # "a red circle on the left… and a blue square": a second object after a pause
    first = _FILLER.sub("", pieces[0], count=1)
    rest = after[after.index(pieces[0]) + len(pieces[0]) :]
    if _has_head(last):
        # "a blue square, no wait, a blue circle, top right": a whole object said again replaces the first
        if not (_has_head(first) and _INDEFINITE.match(first) and _INDEFINITE.match(last)):
            return None
        return before[:cut] + first + rest
    new = [t for t in w.tokens(first) if t.kind in _VALUES]
    same = [t for t in old if t.kind == new[0].kind]
    if not same:
        return None
    if _has_head(first):
        # "画一个 green... 不对，purple 的 triangle 在 left": the description cut off is finished by the restatement
        return before[: cut + same[-1].start] + first + rest
    # "右上角一个……不，是正下方，一个黄色方块": the value replaced, the object said after it joined on
    follow = next((p for p in _SPLIT.split(rest) if p.strip()), "")
    if not (_has_head(follow) and _INDEFINITE.match(follow) and _DANGLING_ONE.search(last)):
        return None
    t = same[-1]
    value = first[new[0].start : new[-1].end]
    head = last[: t.start] + value + _DANGLING_ONE.sub("", last[t.end :])
    return before[:cut] + head + follow.strip() + rest[rest.index(follow) + len(follow) :]
