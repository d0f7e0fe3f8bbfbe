"""Builds the rewriter backend named in Settings (once, at start: LLMs load here)."""

from __future__ import annotations

from core.rewriter.base import Rewriter
from core.rewriter.composer import Composer
from core.settings import Settings


def build_rewriter(settings: Settings, world: str = "open") -> Rewriter:
    """``world``: "shapes" when the loaded painter is the bundled shapes-world model (the composer then says
    what it cannot draw), "open" for an external model such as Hunyuan-DiT v1.2."""
    fallback = Composer(world=world)
    if settings.rewriter == "composer":
        return fallback
    if settings.rewriter == "openai":
        from core.rewriter.llm_openai import OpenAIRewriter

        return OpenAIRewriter(
            settings.rewriter_url,
            settings.rewriter_model,
            settings.rewriter_api_key,
            timeout=settings.rewriter_timeout,
            vision=settings.rewriter_vision,
            fallback=fallback,
        )
    if settings.rewriter == "transformers":
        from core.rewriter.llm_local import LocalRewriter

        return LocalRewriter(
            settings.rewriter_model,
            vision=settings.rewriter_vision,
            timeout=settings.rewriter_timeout,
            device="cuda" if settings.device == "cuda" else "cpu",
            fallback=fallback,
        )
    raise ValueError(f"unknown rewriter backend {settings.rewriter!r}")
