"""Owner tokens stored as SHA-256 digests.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

sessions: owner_token (the secret itself) becomes owner_token_sha256, the
hex SHA-256 of the token, computed here for every existing row, so every
owner link handed out before keeps working. A plain hash is enough: tokens
are 32 random bytes, nothing to guess. Read tokens stay as they are (the
owner can copy the share link again).

ADD COLUMN, fill, then DROP INDEX and DROP COLUMN (SQLite 3.35+), never
batch mode, for the reason 0002 gives. There is no way back: a digest does
not give the token again, so downgrade refuses.
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NOT NULL needs a default for SQLite's ADD COLUMN; every row gets its digest below.
    op.add_column("sessions", sa.Column("owner_token_sha256", sa.String(64), server_default="", nullable=False))

    conn = op.get_bind()
    sessions = sa.table("sessions", sa.column("id"), sa.column("owner_token"), sa.column("owner_token_sha256"))
    for session_id, token in conn.execute(sa.select(sessions.c.id, sessions.c.owner_token)).all():
        digest = hashlib.sha256(token.encode("utf-8")).hexdigest()
        conn.execute(sa.update(sessions).where(sessions.c.id == session_id).values(owner_token_sha256=digest))

    op.drop_index(op.f("ix_sessions_owner_token"), table_name="sessions")
    op.drop_column("sessions", "owner_token")
    op.create_index(op.f("ix_sessions_owner_token_sha256"), "sessions", ["owner_token_sha256"], unique=True)


def downgrade() -> None:
    raise NotImplementedError("0005 cannot be undone: the owner tokens are not stored, only their digests.")
