"""Engines for any SQLAlchemy URL: SQLite gets WAL, foreign keys and real transactions.

PostgreSQL needs nothing special; a bare ``postgresql://`` URL is given the
psycopg (3) driver, the one the project installs.
"""

from __future__ import annotations

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError

from sessions.errors import InvalidInput

# Set on connections used by Store._write, so SQLite takes its write lock at BEGIN.
WRITE_OPTION = "inkturn_write"
# busy_timeout first: switching to WAL itself may have to wait for another process.
SQLITE_PRAGMAS = (
    "PRAGMA busy_timeout=10000",
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
)


def make_engine(database_url: str) -> Engine:
    try:
        url = make_url(database_url)
    except (ArgumentError, ValueError, TypeError) as exc:
        raise InvalidInput(f"The database URL is not valid: {exc}") from None
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if url.database in (None, "", ":memory:") or url.query.get("mode") == "memory":
        # Each pooled connection would see its own empty database.
        raise InvalidInput("An in-memory SQLite database cannot be shared by the store's threads; use a file URL.")
    engine = create_engine(url)
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_conn, _record) -> None:
    # sqlite3's own transaction handling skips BEGIN before SELECT and DDL;
    # turn it off and let _sqlite_on_begin emit BEGIN (SQLAlchemy's documented recipe).
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _sqlite_on_begin(conn) -> None:
    # A writer takes the write lock up front (waiting up to busy_timeout) instead of
    # upgrading a read lock mid-transaction, which fails at once with "database is locked".
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")
