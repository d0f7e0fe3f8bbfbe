"""Domain errors of the engine; only ui/ turns them into user-facing messages."""


class InkturnError(Exception):
    """Base class: the message is written for the user."""


class BadInput(InkturnError):
    """The user's message or a setting was refused before anything ran."""


class ModelLoadError(InkturnError):
    """The painter could not load its model."""


class DrawError(InkturnError):
    """The painter failed while drawing."""


class DrawCancelled(InkturnError):
    """The user stopped a drawing before it finished."""
