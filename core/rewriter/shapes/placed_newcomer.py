"""The asked-about object placed, not added, once room is made ("add a green star" … full … "drop the square and put
the star at the top"): "the star" is no object in the picture, so placing it is the add that was asked (batch 22)."""

from __future__ import annotations

from core.language import words as w
from core.scene import Scene


def _shapes(text: str) -> set[str]:
    return {t.key for t in w.tokens(text) if t.kind == "shape"}


def placed_newcomer(scene: Scene, asked: str, clauses: list[str], ops_said: list[str | None]) -> str | None:
    """The clause that moves or places the shape the asked add named, when no object in ``scene`` has it."""
    wanted = _shapes(asked) - {s.kind for s in scene.subjects}
    if len(wanted) != 1:
        return None
    for clause, op in zip(clauses, ops_said, strict=True):
        if op in ("move", None) and _shapes(clause) == wanted and any(t.kind == "pos" for t in w.tokens(clause)):
            return clause
    return None
