"""A picture restated with its colours traded ("white background, black square" on a white square on black,
"反过来：白色三角，黑色背景"): the bare "<colour> <shape>" names the one object of that shape, in its new colour,
not an object to find ("the black square", absent); said as plain changes, so the background and the object change
together and neither hides the other halfway. None where the message is no such restatement."""

from __future__ import annotations

import re

from core.language import words as w
from core.rewriter.shapes.background import take_background
from core.scene import Scene

_CLAUSE = re.compile(r"[,，;；、]|(?<![a-z])and(?![a-z])|和")
_LEAD = re.compile(r"^[^:：]{0,16}[:：]")  # "反过来：", "invert colors:": what comes after says how
_FILLER = re.compile(r"[\s的一个只颗色.。!！~]|(?<![a-z])(?:a|an|the|one|please|pls)(?![a-z])")


def recoloured(text: str, scene: Scene) -> str | None:
    """``text`` said as "make the <shape> <colour>, make the background <colour>", or None."""
    lead = _LEAD.match(text)
    body = text[lead.end() :] if lead and not w.tokens(lead.group(0)) else text
    background, rest = take_background(body)
    if background is None or background == scene.background:
        return None
    changes = []
    for clause in filter(str.strip, _CLAUSE.split(rest)):
        toks = w.tokens(clause)
        kinds = sorted(t.kind for t in toks)
        left = clause
        for t in sorted(toks, key=lambda t: -t.start):
            left = left[: t.start] + left[t.end :]
        if kinds != ["colour", "shape"] or _FILLER.sub("", left):
            return None  # a clause with more than a colour and a shape: not a bare restatement
        colour, shape = (next(t.key for t in toks if t.kind == k) for k in ("colour", "shape"))
        same = [s for s in scene.subjects if s.kind == shape]
        if len(same) != 1 or same[0].colour == colour:
            return None
        changes.append(f"make the {shape} {colour}")
    return ", ".join([*changes, f"make the background {background}"]) if changes else None
