"""Domain errors of the engine, each a message code from ``core.messages`` with its parameters.

``str(error)`` is the English text (logs, tests); ``error.text(lang)`` is what a
person reads. An error raised with plain words instead of a code (other layers'
messages passed through) shows those words in every language.
"""

from __future__ import annotations

from core import messages


class InkturnError(Exception):
    """Base class: the message is written for the user."""

    def __init__(self, code: str, /, **params: object):
        self.code = code if code in messages.CATALOGUE["en"] else None
        self.params = params
        super().__init__(messages.text(code, "en", **params) if self.code else code)

    def text(self, lang: str = "en") -> str:
        return messages.text(self.code, lang, **self.params) if self.code else str(self)


class BadInput(InkturnError):
    """The user's message or a setting was refused before anything ran."""


class ModelLoadError(InkturnError):
    """The painter could not load its model."""


class DrawError(InkturnError):
    """The painter failed while drawing."""


class DrawCancelled(InkturnError):
    """The user stopped a drawing before it finished."""
