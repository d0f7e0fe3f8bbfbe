"""The rewriter interface every backend implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from core.scene import Rewrite, Scene


@dataclass(frozen=True)
class HistoryItem:
    """One earlier turn as the rewriter sees it."""

    message: str
    intent: str
    prompt: str


class Rewriter(Protocol):
    name: str

    def rewrite(self, previous_scene: Scene, history: list[HistoryItem], message: str) -> Rewrite: ...
