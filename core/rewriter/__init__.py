"""Rewriters turn (previous scene, recent history, message) into a Rewrite."""

from core.rewriter.base import HistoryItem, Rewriter
from core.rewriter.composer import Composer

__all__ = ["Composer", "HistoryItem", "Rewriter"]
