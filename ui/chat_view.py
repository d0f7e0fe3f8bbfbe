"""Stored turns -> Gradio chat messages.

The database is the source of truth: the chat is re-rendered from it after
every turn, so a reload or a restart shows exactly what was stored.
"""

from __future__ import annotations

import html
import re

from core import messages
from core.session_book import TurnInfo
from core.user_text import clean

# A turn that did not draw says how it ended, in words of the catalogue.
STATUS_CODES = {"failed": "chat_failed", "cancelled": "chat_stopped", "pending": "chat_pending"}


_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$:])")


def inert(text: str) -> str:
    """User text shown as text: HTML escaped and every Markdown mark escaped, so no markup
    runs or renders, no picture or link is fetched, and right-to-left text stays in its box
    (the chat's CSS isolates each message)."""
    return _MARKDOWN.sub(r"\\\1", html.escape(clean(text), quote=False))


def picture(url: str, alt: str = "picture") -> str:
    """A picture of ours, by its checked address (``core.media``)."""
    return f"![{alt}]({url})"


def turn_messages(
    turn: TurnInfo, image_url: str | None, reference_url: str | None = None, lang: str = "en"
) -> list[dict]:
    """One stored turn as chat messages in the tab's language; pictures by their checked addresses."""
    chat: list[dict] = [{"role": "user", "content": inert(turn.message)}]
    if reference_url is not None:
        chat.append({"role": "user", "content": picture(reference_url, "reference")})
    if turn.status in STATUS_CODES:
        ended = messages.text(STATUS_CODES[turn.status], lang, error=inert(messages.turn_error(turn, lang)))
        chat.append({"role": "assistant", "content": ended})
        return chat
    if image_url is not None:
        chat.append({"role": "assistant", "content": picture(image_url)})
    text = inert(turn.reply or "")
    if turn.intent != "chat" and turn.prompt:
        gen = turn.generation or {}
        how = messages.text(
            "chat_generation", lang, seed=turn.seed, width=gen.get("width"), height=gen.get("height"),
            steps=gen.get("steps"), guidance=gen.get("guidance"), scheduler=inert(str(gen.get("scheduler", ""))),
        )  # fmt: skip
        text += "\n\n" + messages.text("chat_prompt", lang, prompt=inert(turn.prompt)) + f"\n\n<sub>{how}</sub>"
    chat.append({"role": "assistant", "content": text.strip() or "…"})
    return chat


def notice(text: str) -> dict:
    """An app message in the chat (errors, refusals)."""
    return {"role": "assistant", "content": "⚠️ " + inert(text)}
