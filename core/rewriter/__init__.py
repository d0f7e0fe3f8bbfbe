"""Rewriters turn (previous scene, recent history, message) into a Rewrite."""

from core.rewriter.base import HistoryItem, Rewriter

__all__ = ["Composer", "HistoryItem", "Rewriter"]


def __getattr__(name: str):
    # Lazy, so core.describe can read the composer's lexicon without an import cycle.
    if name == "Composer":
        from core.rewriter.composer import Composer

        return Composer
    raise AttributeError(name)
