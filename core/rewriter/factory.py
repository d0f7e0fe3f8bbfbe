"""Builds the rewriter backend named in Settings."""

from __future__ import annotations

from core.rewriter.base import Rewriter
from core.rewriter.composer import Composer
from core.settings import Settings


def build_rewriter(settings: Settings) -> Rewriter:
    if settings.rewriter == "composer":
        return Composer()
    raise ValueError(f"unknown rewriter backend {settings.rewriter!r}")
