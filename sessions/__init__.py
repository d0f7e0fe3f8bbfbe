"""Persistence: sessions, turns and image files (SQLAlchemy 2 + Alembic).

Knows nothing about models or the UI. Open one ``Store`` per process with
``Store.open(database_url, data_dir)``; it migrates the schema on open.
"""

from sessions.errors import (
    ImageNotFound,
    InvalidInput,
    SessionNotFound,
    SessionsError,
    TurnAlreadyFinished,
    TurnNotFound,
    UnsafeImagePath,
)
from sessions.store import ImageInfo, SessionInfo, Store, TurnInfo

__all__ = [
    "ImageInfo",
    "ImageNotFound",
    "InvalidInput",
    "SessionInfo",
    "SessionNotFound",
    "SessionsError",
    "Store",
    "TurnAlreadyFinished",
    "TurnInfo",
    "TurnNotFound",
    "UnsafeImagePath",
]
