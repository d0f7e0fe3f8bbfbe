"""Stored turns -> Gradio chat messages.

The database is the source of truth: the chat is re-rendered from it after
every turn, so a reload or a restart shows exactly what was stored.
"""

from __future__ import annotations

import html

from sessions.store import TurnInfo

STATUS_TEXT = {
    "failed": "⚠️ This turn failed: {error}",
    "cancelled": "⏹️ Stopped: {error}",
    "pending": "⏳ Drawing…",
}


def inert(text: str) -> str:
    """User text shown as text: HTML escaped, so markup never runs or renders."""
    return html.escape(text, quote=False)


def turn_messages(turn: TurnInfo, image_path: str | None, reference_path: str | None = None) -> list[dict]:
    messages: list[dict] = [{"role": "user", "content": inert(turn.message)}]
    if reference_path is not None:
        messages.append({"role": "user", "content": {"path": reference_path, "mime_type": "image/png"}})
    if turn.status in STATUS_TEXT:
        messages.append(
            {"role": "assistant", "content": STATUS_TEXT[turn.status].format(error=inert(turn.error or ""))}
        )
        return messages
    if image_path is not None:
        messages.append({"role": "assistant", "content": {"path": image_path, "mime_type": "image/png"}})
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
