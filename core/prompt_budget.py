"""The prompt a model reads: the style preset added, and kept within the encoders' lengths.

Budgeted by encoder, as Hunyuan-DiT reads prompts: mT5 reads the whole prompt up to its
length (256 tokens in v1.2), BERT only its first 77. Text is dropped only past mT5's
length, the style preset first, then whole phrases from the end, and the note names
what was dropped as it was written.
"""

from __future__ import annotations

import re

from core import messages
from core.painter import Painter
from core.scene import Rewrite


def fit_prompt(painter: Painter, rewrite: Rewrite, style_suffix: str = "") -> Rewrite:
    """Adds the session's style preset and keeps the prompt within what the model reads.

    Budgeted by encoder, as Hunyuan-DiT reads prompts: mT5 reads the whole prompt up to its
    length (256 tokens in v1.2), BERT its first 77. Text is dropped only past mT5's length:
    the style preset first, then whole phrases from the end; the note names them as written.
    The stored scene keeps everything."""
    if rewrite.intent == "chat":
        return rewrite
    zh = rewrite.scene.language == "zh"
    sep = "，" if zh else ", "
    prompt = rewrite.prompt + (sep + style_suffix if style_suffix and rewrite.prompt else style_suffix)
    needed, allowed = painter.prompt_tokens(prompt)
    if needed <= allowed:
        return rewrite.model_copy(update={"prompt": prompt})
    dropped = [style_suffix] if style_suffix else []
    phrases = _phrases(rewrite.prompt)
    while len(phrases) > 1 and painter.prompt_tokens(_join(phrases))[0] > allowed:
        dropped.insert(len(dropped) - bool(style_suffix), phrases.pop())
    prompt = _join(phrases)
    notes = list(rewrite.notes)
    lang = "zh" if zh else "en"
    if dropped:
        shown = "；".join(dropped) if zh else "; ".join(f"“{d}”" for d in dropped)
        notes.append(messages.text("budget_left_out", lang, allowed=allowed, shown=shown))
    needed, _ = painter.prompt_tokens(prompt)
    if needed > allowed:
        notes.append(messages.text("budget_cut", lang, needed=needed, allowed=allowed))
    return rewrite.model_copy(update={"prompt": prompt, "notes": tuple(notes)})


_PHRASE_BREAK = re.compile(r"(?<=[,，;；。])\s*")


def _phrases(prompt: str) -> list[str]:
    """A prompt cut after its commas and semicolons, each piece with its own punctuation."""
    return [p for p in _PHRASE_BREAK.split(prompt) if p]


def _join(phrases: list[str]) -> str:
    return " ".join(phrases).replace("， ", "，").replace("； ", "；").rstrip(",，;； ")
