"""Leases for turns in flight.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07

turns: lease_owner (the Store instance drawing a pending turn) and
lease_expires_at (until when its heartbeat vouches for it), both nullable:
rows an older version left pending have no owner, and the next open fails
them as before. An index on status, so the heartbeat finds pending turns
without reading the whole table. Only ADD COLUMN and CREATE INDEX, for the
same reason as 0002: batch mode on SQLite would copy and drop the table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("turns", sa.Column("lease_owner", sa.String(32), nullable=True))
    op.add_column("turns", sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index(op.f("ix_turns_status"), "turns", ["status"])


def downgrade() -> None:
    op.drop_index(op.f("ix_turns_status"), table_name="turns")
    op.drop_column("turns", "lease_expires_at")
    op.drop_column("turns", "lease_owner")
