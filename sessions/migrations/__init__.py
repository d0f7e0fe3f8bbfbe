"""Alembic migrations, run from code (no alembic.ini needed at the repo top).

``upgrade(connection)`` brings a database to the newest revision. Paths
come from this file's location, so the app's working directory never matters.

For a new revision during development::

    alembic -c sessions/migrations/alembic.ini revision -m "what changes"

then write ``upgrade()`` by hand (or with ``--autogenerate`` and
``-x url=sqlite:///data/inkturn.db``). Revisions never import
``sessions.models``: they describe the schema as it was at that revision.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

HERE = Path(__file__).resolve().parent


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Runs pending revisions on ``connection``, inside the caller's transaction."""
    command.upgrade(alembic_config(connection), revision)


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()
