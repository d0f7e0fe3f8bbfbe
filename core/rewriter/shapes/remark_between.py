"""A remark about two objects before the request ("The star is fighting the circle. Make it purple.", "the square
crowds the triangle, move it"): with no operation word, the second object named is what the first does something
to, not a shape to turn it into; the remark keeps only its subject, which "it" then means (batch 22)."""

from __future__ import annotations

import re

from core.language import words as w
from core.rewriter.shapes.clauses import clause_op
from core.scene import Scene

_SENTENCE = re.compile(r"[^.!?;]+[.!?;]+\s*|[^.!?;]+$")
_THE_SHAPE = re.compile(r"(?<![a-z])(?:the|that|this)\s+(?:[a-z]+\s+)?(circle|square|triangle|star)s?(?![a-z])")


def remark_subject_only(text: str, scene: Scene) -> str:
    """``text`` with a sentence that names two objects of the picture and asks nothing said as its first object."""
    have = {s.kind for s in scene.subjects}
    out = []
    sentences = _SENTENCE.findall(text)
    for i, sentence in enumerate(sentences):
        named = _THE_SHAPE.findall(sentence)
        if (
            i < len(sentences) - 1
            and len(named) == 2
            and named[0] != named[1]
            and set(named) <= have
            and clause_op(sentence) is None
            and not any(t.kind in ("colour", "size", "more", "pos") for t in w.tokens(sentence))
        ):
            first = _THE_SHAPE.search(sentence)
            out.append(first.group(0) + ". ")
            continue
        out.append(sentence)
    return "".join(out)
