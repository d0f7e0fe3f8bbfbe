"""Typed errors of the persistence layer.

Messages are written for the person using the studio: ``ui/`` may show
``str(exc)`` as is. Nothing here knows about Gradio.
"""

from __future__ import annotations


class SessionsError(Exception):
    """Base class: catch this to handle any store error the user can act on."""


class SessionNotFound(SessionsError):
    """Unknown, malformed or revoked session id or token (one message: no hint which)."""


class ReadOnly(SessionsError):
    """A read-only link used where only the owner link may write."""


class TurnNotFound(SessionsError):
    """Unknown turn id."""


class ImageNotFound(SessionsError):
    """Unknown image id, or an image row that cannot be served."""


class UnsafeImagePath(ImageNotFound):
    """An image row whose path would leave the data folder (a corrupt or tampered row)."""


class InvalidInput(SessionsError):
    """A value the store refuses to write (too long, wrong type, not JSON...)."""


class TurnAlreadyFinished(InvalidInput):
    """finish_turn / fail_turn on a turn that is no longer pending."""
