"""Stored turns -> Gradio chat messages.

The database is the source of truth: the chat is re-rendered from it after
every turn, so a reload or a restart shows exactly what was stored.
"""

from __future__ import annotations

import html
import re

from core.session_book import TurnInfo
from core.user_text import clean

STATUS_TEXT = {
    "failed": "⚠️ This turn failed: {error}",
    "cancelled": "⏹️ Stopped: {error}",
    "pending": "⏳ Drawing…",
}


_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$:])")


def inert(text: str) -> str:
    """User text shown as text: HTML escaped and every Markdown mark escaped, so no markup
    runs or renders, no picture or link is fetched, and right-to-left text stays in its box
    (the chat's CSS isolates each message)."""
    return _MARKDOWN.sub(r"\\\1", html.escape(clean(text), quote=False))


def picture(url: str, alt: str = "picture") -> str:
    """A picture of ours, by its checked address (``core.media``)."""
    return f"![{alt}]({url})"


def turn_messages(turn: TurnInfo, image_url: str | None, reference_url: str | None = None) -> list[dict]:
    """One stored turn as chat messages; pictures by their checked addresses."""
    messages: list[dict] = [{"role": "user", "content": inert(turn.message)}]
    if reference_url is not None:
        messages.append({"role": "user", "content": picture(reference_url, "reference")})
    if turn.status in STATUS_TEXT:
        messages.append(
            {"role": "assistant", "content": STATUS_TEXT[turn.status].format(error=inert(turn.error or ""))}
        )
        return messages
    if image_url is not None:
        messages.append({"role": "assistant", "content": picture(image_url)})
    text = inert(turn.reply or "")
    if turn.intent != "chat" and turn.prompt:
        gen = turn.generation or {}
        text += (
            f"\n\n**Prompt:** {inert(turn.prompt)}"
            f"\n\n<sub>seed {turn.seed} · {gen.get('width')}×{gen.get('height')} · {gen.get('steps')} steps · "
            f"guidance {gen.get('guidance')} · {inert(str(gen.get('scheduler', '')))}</sub>"
        )
    messages.append({"role": "assistant", "content": text.strip() or "…"})
    return messages


def notice(text: str) -> dict:
    """An app message in the chat (errors, refusals)."""
    return {"role": "assistant", "content": "⚠️ " + inert(text)}
