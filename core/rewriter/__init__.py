"""Rewriters turn (previous scene, recent history, message) into a Rewrite."""

from core.rewriter.base import HistoryItem, Rewriter

__all__ = ["Composer", "HistoryItem", "Rewriter"]


def __getattr__(name: str):
    # Lazy: importing the package for HistoryItem should not load the whole composer.
    if name == "Composer":
        from core.rewriter.composer import Composer

        return Composer
    raise AttributeError(name)
