"""A failed turn's message as a code and its parameters.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

turns: error_code (the message catalogue's code, core/messages.py) and
error_params (its parameters, JSON), both nullable: a turn that ended before
this revision keeps only its sentence in ``error``, and it is shown as it was
written. ``error`` stays beside them (the sentence in the language of the
turn's message: what older versions, logs and ``app.py replay`` read); a viewer
sees the code's words in their own language. Only ADD COLUMN, for the same
reason as 0002: batch mode on SQLite would copy and drop the table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("turns", sa.Column("error_code", sa.String(64), nullable=True))
    op.add_column("turns", sa.Column("error_params", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("turns", "error_params")
    op.drop_column("turns", "error_code")
