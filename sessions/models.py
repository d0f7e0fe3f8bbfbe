"""ORM tables: sessions, turns, images.

The schema itself is created by Alembic (``sessions/migrations``); these
classes must match it, and ``tests/test_sessions_store.py`` checks that they
do. Change both together, through a new revision.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

TURN_STATUSES = ("pending", "done", "failed", "cancelled")

# Named constraints, so later revisions can drop or alter them by name
# (SQLite batch mode needs names; PostgreSQL would invent its own otherwise).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Always an aware UTC datetime in Python.

    SQLite keeps no zone and hands back naive values; marking them UTC here
    makes a reloaded row compare equal to the one that was written.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the store only writes UTC-aware datetimes")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    title: Mapped[str] = mapped_column(String(200), default="")
    settings: Mapped[dict[str, Any]]
    # Revision 0002. The read-only link: its own random token, never derived from the
    # owner's. The server default only exists so SQLite could add the column in place.
    read_token: Mapped[str] = mapped_column(String(64), unique=True, index=True, server_default="")
    # The turn the session shows; the current path is it and its ancestors. No foreign
    # key: sessions -> turns -> sessions would be a cycle; the store only ever sets it
    # to a turn it has just read from the same session.
    head_turn_id: Mapped[str | None] = mapped_column(String(32))
    # Informational: the session this one was forked from (it may be deleted since).
    forked_from: Mapped[str | None] = mapped_column(String(32))
    # Revision 0005. The owner link's SHA-256 (hex), never the token itself: a copied
    # database or backup does not hand out write access. (Revision 0001's owner_token is gone.)
    owner_token_sha256: Mapped[str] = mapped_column(String(64), unique=True, index=True, server_default="")


class ImageRow(Base):
    __tablename__ = "images"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(String(255))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    bytes: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]


class TurnRow(Base):
    __tablename__ = "turns"
    __table_args__ = (
        UniqueConstraint("session_id", "index"),
        CheckConstraint("status IN ('pending', 'done', 'failed', 'cancelled')", name="status"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(32), ForeignKey("sessions.id", ondelete="CASCADE"))
    # 1-based creation order within the session; "index" is quoted by SQLAlchemy.
    index: Mapped[int] = mapped_column(Integer)
    # History is a tree: the turn this one continues from, None for a root.
    parent_id: Mapped[str | None] = mapped_column(String(32), ForeignKey("turns.id"), index=True)
    message: Mapped[str] = mapped_column(Text)
    intent: Mapped[str] = mapped_column(String(32), default="")
    prompt: Mapped[str] = mapped_column(Text, default="")
    negative_prompt: Mapped[str] = mapped_column(Text, default="")
    scene: Mapped[dict[str, Any] | None]
    generation: Mapped[dict[str, Any]]
    # BigInteger: some models take 64-bit seeds; PostgreSQL INTEGER is 32-bit.
    seed: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16), index=True)  # revision 0004: finding pending turns
    error: Mapped[str | None] = mapped_column(Text)
    # Revision 0006. The message catalogue's code for ``error`` and its parameters, so each
    # viewer reads it in their own language; None on turns that ended before (``error`` as written).
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_params: Mapped[dict[str, Any] | None]
    reply: Mapped[str] = mapped_column(Text, default="")
    timings: Mapped[dict[str, Any]]
    image_id: Mapped[str | None] = mapped_column(String(32), ForeignKey("images.id"), index=True)
    created_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    # Revision 0002. Set by undo, cleared when the turn is back on the path: a hidden
    # turn is kept and can be redone, and the time picks which child redo brings back.
    undone_at: Mapped[datetime | None]
    # Revision 0003. A picture the user attached to the message (stored like the turn's own).
    reference_image_id: Mapped[str | None] = mapped_column(String(32), ForeignKey("images.id"), index=True)
    # Revision 0004. While pending: the Store instance drawing it, and until when its
    # heartbeat has vouched for it. Another instance fails it only once that time has
    # passed, so a second process on the same data never fails a live turn. None otherwise.
    lease_owner: Mapped[str | None] = mapped_column(String(32))
    lease_expires_at: Mapped[datetime | None]
