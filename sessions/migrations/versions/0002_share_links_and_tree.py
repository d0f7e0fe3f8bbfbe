"""Read-only links, history as a tree, forks, undo.

Revision ID: 0002
Revises: 0001
Create Date: 2025-12-01

sessions: read_token (unique; a fresh random token per existing session),
head_turn_id (the turn the session shows; backfilled to its last turn) and
forked_from. turns: undone_at (set while undo hides a turn), and indexes on
parent_id and image_id. Turns that 0001 stored without a parent get the
previous turn by index, so an old linear session becomes one straight path.

Only ADD COLUMN and CREATE INDEX, never batch mode: on SQLite batch mode
copies and drops the table, and with foreign keys on, dropping ``sessions``
would cascade-delete every turn. Self-contained like 0001 (no sessions.models).
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NOT NULL needs a default for SQLite's ADD COLUMN; every row gets a real token below.
    op.add_column("sessions", sa.Column("read_token", sa.String(64), server_default="", nullable=False))
    op.add_column("sessions", sa.Column("head_turn_id", sa.String(32), nullable=True))
    op.add_column("sessions", sa.Column("forked_from", sa.String(32), nullable=True))
    op.add_column("turns", sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True))

    conn = op.get_bind()
    sessions = sa.table("sessions", sa.column("id"), sa.column("read_token"), sa.column("head_turn_id"))
    turns = sa.table("turns", sa.column("id"), sa.column("session_id"), sa.column("index"), sa.column("parent_id"))

    for session_id in conn.execute(sa.select(sessions.c.id)).scalars().all():
        conn.execute(
            sa.update(sessions).where(sessions.c.id == session_id).values(read_token=secrets.token_urlsafe(32))
        )

    previous = turns.alias("previous")
    conn.execute(
        sa.update(turns)
        .where(turns.c.parent_id.is_(None), turns.c.index > 1)
        .values(
            parent_id=sa.select(previous.c.id)
            .where(previous.c.session_id == turns.c.session_id, previous.c.index == turns.c.index - 1)
            .scalar_subquery()
        )
    )
    last = turns.alias("last")
    conn.execute(
        sa.update(sessions).values(
            head_turn_id=sa.select(last.c.id)
            .where(last.c.session_id == sessions.c.id)
            .order_by(last.c.index.desc())
            .limit(1)
            .scalar_subquery()
        )
    )

    op.create_index(op.f("ix_sessions_read_token"), "sessions", ["read_token"], unique=True)
    op.create_index(op.f("ix_turns_parent_id"), "turns", ["parent_id"], unique=False)
    op.create_index(op.f("ix_turns_image_id"), "turns", ["image_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_turns_image_id"), table_name="turns")
    op.drop_index(op.f("ix_turns_parent_id"), table_name="turns")
    op.drop_index(op.f("ix_sessions_read_token"), table_name="sessions")
    op.drop_column("turns", "undone_at")
    op.drop_column("sessions", "forked_from")
    op.drop_column("sessions", "head_turn_id")
    op.drop_column("sessions", "read_token")
