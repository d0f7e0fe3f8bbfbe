"""The rewriter interface every backend implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from core.scene import Rewrite, Scene


@dataclass(frozen=True)
class HistoryItem:
    """One earlier turn as the rewriter sees it.

    ``scene`` is the scene stored with that turn (optional, for older callers); with it the
    composer can undo ("go back", "还是用蓝色吧") exactly.
    """

    message: str
    intent: str
    prompt: str
    scene: Scene | None = None


class Rewriter(Protocol):
    name: str

    def rewrite(
        self, previous_scene: Scene, history: list[HistoryItem], message: str, images: list[bytes] | None = None
    ) -> Rewrite:
        """``images``: PNG bytes of the latest picture(s), oldest first; vision backends may look at them."""
        ...
