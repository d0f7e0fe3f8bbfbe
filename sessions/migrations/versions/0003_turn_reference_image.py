"""A reference picture attached to a message.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

turns: reference_image_id (nullable; an image row like the turn's own picture,
content-addressed and shared). Only ADD COLUMN and CREATE INDEX, for the same
reason as 0002: batch mode on SQLite would copy and drop the table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot ALTER a constraint in, but takes REFERENCES inline on a NULL column.
        op.execute("ALTER TABLE turns ADD COLUMN reference_image_id VARCHAR(32) REFERENCES images (id)")
    else:
        op.add_column("turns", sa.Column("reference_image_id", sa.String(32), nullable=True))
        op.create_foreign_key(
            op.f("fk_turns_reference_image_id_images"), "turns", "images", ["reference_image_id"], ["id"]
        )
    op.create_index(op.f("ix_turns_reference_image_id"), "turns", ["reference_image_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_turns_reference_image_id"), table_name="turns")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("fk_turns_reference_image_id_images"), "turns", type_="foreignkey")
    op.drop_column("turns", "reference_image_id")
