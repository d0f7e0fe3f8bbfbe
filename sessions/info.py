"""What the Store hands out: frozen dataclasses, never ORM objects.

Callers (core/, ui/) can keep and compare them freely; a reloaded row gives an
equal object. Tokens are secrets, so they stay out of every repr.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sessions.models import ImageRow, SessionRow, TurnRow


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: str
    # The owner link, only where the caller gave it or it was just issued (create,
    # rotate, fork, import, access with it). The store keeps only its digest, so
    # get_session and update_session, and a read-only link, give "".
    owner_token: str = field(repr=False)
    title: str
    settings: dict[str, Any]
    created_at: datetime
    updated_at: datetime
    read_token: str = field(repr=False)
    head_turn_id: str | None  # the turn shown; the current path is it and its ancestors
    forked_from: str | None  # informational: the session this one was forked from


@dataclass(frozen=True, slots=True)
class Access:
    """What a link opens: the session, and whether this link may change it."""

    session: SessionInfo
    can_write: bool


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """One line of "my sessions"."""

    id: str
    owner_token: str = field(repr=False)  # the token the browser gave for this line
    title: str
    created_at: datetime
    updated_at: datetime
    turn_count: int  # turns on the current path (what the chat shows)
    thumbnail_image_id: str | None  # the last image on the current path


@dataclass(frozen=True, slots=True)
class ImageInfo:
    id: str
    sha256: str
    path: str  # relative POSIX path under the data folder; resolve with Store.image_path
    width: int
    height: int
    bytes: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class TurnInfo:
    id: str
    session_id: str
    index: int  # 1-based, in creation order within the session (across all branches)
    parent_id: str | None  # None for a root
    message: str
    intent: str
    prompt: str
    negative_prompt: str
    scene: dict[str, Any] | None
    generation: dict[str, Any]
    seed: int | None
    status: str  # "pending" | "done" | "failed" | "cancelled"
    error: str | None
    reply: str
    timings: dict[str, Any]
    image_id: str | None
    created_at: datetime
    finished_at: datetime | None
    undone_at: datetime | None  # set while undo hides this turn
    reference_image_id: str | None = None  # a picture attached to the message
    # How it ended, as a message code and its parameters (core/messages.py says it in the
    # viewer's language); None for turns stored before codes, whose ``error`` is shown as written.
    error_code: str | None = None
    error_params: dict[str, Any] | None = None

    @property
    def hidden(self) -> bool:
        """Undone: off the path, kept, and brought back by redo or checkout."""
        return self.undone_at is not None


def session_info(row: SessionRow, owner_token: str = "") -> SessionInfo:
    """``owner_token``: the plain token when the caller knows it; the row holds only its digest."""
    return SessionInfo(
        id=row.id, owner_token=owner_token, title=row.title, settings=row.settings,
        created_at=row.created_at, updated_at=row.updated_at, read_token=row.read_token,
        head_turn_id=row.head_turn_id, forked_from=row.forked_from,
    )  # fmt: skip


def image_info(row: ImageRow) -> ImageInfo:
    return ImageInfo(
        id=row.id, sha256=row.sha256, path=row.path, width=row.width, height=row.height, bytes=row.bytes,
        created_at=row.created_at,
    )  # fmt: skip


def turn_info(row: TurnRow) -> TurnInfo:
    return TurnInfo(
        id=row.id, session_id=row.session_id, index=row.index, parent_id=row.parent_id, message=row.message,
        intent=row.intent, prompt=row.prompt, negative_prompt=row.negative_prompt, scene=row.scene,
        generation=row.generation, seed=row.seed, status=row.status, error=row.error, reply=row.reply,
        timings=row.timings, image_id=row.image_id, created_at=row.created_at, finished_at=row.finished_at,
        undone_at=row.undone_at, reference_image_id=row.reference_image_id, error_code=row.error_code,
        error_params=row.error_params,
    )  # fmt: skip
