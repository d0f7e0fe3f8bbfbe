"""Alembic environment: Store.open passes its connection in ``config.attributes``.

The command-line path (``alembic -c sessions/migrations/alembic.ini ...``) takes
the URL from ``-x url=...``. No logging setup here: the app owns logging.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from sessions.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("pass the database as: alembic -c sessions/migrations/alembic.ini -x url=URL ...")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            _configure(conn)
            context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; run them against a database")
run_migrations_online()
