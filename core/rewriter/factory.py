"""Builds the rewriter backend named in Settings (once, at start: LLMs load here)."""

from __future__ import annotations

from core.rewriter.base import Rewriter
from core.rewriter.composer import Composer
from core.settings import Settings


def build_rewriter(settings: Settings) -> Rewriter:
    if settings.rewriter == "composer":
        return Composer()
    if settings.rewriter == "openai":
        from core.rewriter.llm_openai import OpenAIRewriter

        return OpenAIRewriter(
            settings.rewriter_url,
            settings.rewriter_model,
            settings.rewriter_api_key,
            timeout=settings.rewriter_timeout,
            vision=settings.rewriter_vision,
        )
    if settings.rewriter == "transformers":
        from core.rewriter.llm_local import LocalRewriter

        return LocalRewriter(
            settings.rewriter_model,
            vision=settings.rewriter_vision,
            timeout=settings.rewriter_timeout,
            device="cuda" if settings.device == "cuda" else "cpu",
        )
    raise ValueError(f"unknown rewriter backend {settings.rewriter!r}")
