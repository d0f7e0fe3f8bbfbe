"""Answers to a question the composer asked, read together with the message asked about.

"background 改成 white" (the square is white: which other colour?) … "对，square 就改成 black 吧": the
background as asked, and the object recoloured so that it still shows."""

from __future__ import annotations

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
