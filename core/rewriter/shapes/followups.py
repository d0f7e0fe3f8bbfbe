"""Answers to a question the composer asked, read together with the message asked about.

"background 改成 white" (the square is white: which other colour?) … "对，square 就改成 black 吧": the
background as asked, and the object recoloured so that it still shows."""

from __future__ import annotations

import re

from core.language import lexicon as lx
from core.language import words as w
from core.rewriter.shapes.background import colour_words, take_background
from core.rewriter.shapes.clauses import clause_op, split_clauses
from core.rewriter.shapes.cues import BG_CUE
from core.scene import Scene


def clash_answer(scene: Scene, asked: str, text: str) -> str | None:
    """The asked background change with the answer's recolouring after it, or None when ``text`` is not that."""
    asked = lx.normalise(asked)
    wanted, _ = take_background(asked)
    if wanted is None or wanted == scene.background or not any(s.colour == wanted for s in scene.subjects):
        return None
    if BG_CUE.search(text) or len(split_clauses(text)) > 2:
        return None
    # the object named ("square 就改成 black"): "make it green then" names the background the question was about
    recolours = [c for c in split_clauses(text) if clause_op(c) == "set" and colour_words(c) and _names_shape(c)]
    if not recolours or any(t.key == wanted for c in recolours for t in colour_words(c)):
        return None
    return f"{asked}，{text}" if lx.has_cjk(text + asked) else f"{asked}, and {text}"


def _names_shape(clause: str) -> bool:
    return any(t.kind == "shape" for t in w.tokens(clause))


# "lose the square" … "and the red one", "还有红色的那个": the object named gets the last change too
_AND_THE_NEXT = re.compile(
    r"^\s*(?:and|plus)\s+(?:the|that)\s+(?:[a-z]+\s+){0,2}(?:one|circle|square|triangle|star)s?\s*[.!]*$"
    r"|^\s*还有\s*(?:那个)?[\u4e00-\u9fff]{1,6}?(?:的那个|那个|的)\s*[。！!]*$"
)


def and_the_next(text: str, last_change: dict[str, str]) -> str:
    """ "lose the square" … "and the red one": the message as the last change asked again, for that object."""
    if not last_change or not _AND_THE_NEXT.match(text):
        return text
    return text.rstrip(" .!。！") + (" 也是" if lx.has_cjk(text) else " too")
