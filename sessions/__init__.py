"""Persistence: sessions, turns and image files (SQLAlchemy 2 + Alembic).

Knows nothing about models or the UI. Open one ``Store`` per process with
``Store.open(database_url, data_dir)``; it migrates the schema on open.
Modules: store (all database access), info (what it hands out), models and
migrations (the schema), database (engines), tokens (links), tree (history
as a tree), images (content-addressed files), archive (zip export/import).
"""

from sessions.errors import (
    ImageNotFound,
    InvalidInput,
    ReadOnly,
    SessionNotFound,
    SessionsError,
    TurnAlreadyFinished,
    TurnNotFound,
    UnsafeImagePath,
)
from sessions.info import Access, ImageInfo, SessionInfo, SessionSummary, TurnInfo
from sessions.store import Store
from sessions.tree import HEAD

__all__ = [
    "HEAD",
    "Access",
    "ImageInfo",
    "ImageNotFound",
    "InvalidInput",
    "ReadOnly",
    "SessionInfo",
    "SessionNotFound",
    "SessionSummary",
    "SessionsError",
    "Store",
    "TurnAlreadyFinished",
    "TurnInfo",
    "TurnNotFound",
    "UnsafeImagePath",
]
