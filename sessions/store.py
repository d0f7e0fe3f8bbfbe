"""The Store: every read and write of sessions, turns and images.

One write path (as in datasette): each write runs through ``_write`` under a
per-Store lock, in its own short SQLAlchemy session, so writers never race
each other for SQLite's single write lock and a turn index is never handed
out twice. Reads take no lock; WAL lets them run beside the writer.
Public methods return frozen dataclasses, never ORM objects.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, event, func, select, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from sessions import images, migrations
from sessions.errors import (
    ImageNotFound,
    InvalidInput,
    SessionNotFound,
    TurnAlreadyFinished,
    TurnNotFound,
)
from sessions.models import ImageRow, SessionRow, TurnRow, utcnow
from sessions.tokens import is_well_formed, new_token, same_token

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_TITLE_CHARS = 200
INTERRUPTED = "interrupted: the server stopped during this turn"
UNKNOWN_LINK = "This session link is unknown or no longer valid."
END_STATUSES = ("failed", "cancelled")

# Set on connections used by _write, so SQLite takes its write lock at BEGIN.
_WRITE_OPTION = "inkturn_write"
# busy_timeout first: switching to WAL itself may have to wait for another process.
SQLITE_PRAGMAS = (
    "PRAGMA busy_timeout=10000",
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
)


# -- what the Store hands out ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: str
    owner_token: str = field(repr=False)  # a secret: keep it out of logs and tracebacks
    title: str
    settings: dict[str, Any]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ImageInfo:
    id: str
    sha256: str
    path: str  # relative POSIX path under the data folder; resolve with Store.image_path
    width: int
    height: int
    bytes: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class TurnInfo:
    id: str
    session_id: str
    index: int  # 1-based, in creation order within the session
    parent_id: str | None
    message: str
    intent: str
    prompt: str
    negative_prompt: str
    scene: dict[str, Any] | None
    generation: dict[str, Any]
    seed: int | None
    status: str  # "pending" | "done" | "failed" | "cancelled"
    error: str | None
    reply: str
    timings: dict[str, Any]
    image_id: str | None
    created_at: datetime
    finished_at: datetime | None


# -- the Store ------------------------------------------------------------------------------


class Store:
    """Sessions, turns and image files in one database and one data folder."""

    def __init__(self, engine: Engine, data_dir: Path):
        """Wires an engine; use ``Store.open``, which also migrates and recovers."""
        self._engine = engine
        self._data_dir = data_dir.resolve()
        self._write_lock = threading.Lock()
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False)

    @classmethod
    def open(cls, database_url: str, data_dir: Path) -> Store:
        """Connects, upgrades the schema to head, and fails turns a killed process left pending."""
        data_dir = Path(data_dir).resolve()
        data_dir.mkdir(parents=True, exist_ok=True)
        store = cls(make_engine(database_url), data_dir)
        try:
            store._migrate()
            store._fail_interrupted_turns()
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    # -- the one write path, and reads ------------------------------------------------------

    def _write(self, fn: Callable[[Session], T]) -> T:
        """Runs ``fn`` in one transaction, one writer at a time; commits unless it raises."""
        with self._write_lock, self._writer.begin() as session:
            return fn(session)

    def _read(self, fn: Callable[[Session], T]) -> T:
        with self._reader() as session:
            return fn(session)

    def _migrate(self) -> None:
        # DDL is a write too: same lock, one transaction (atomic on SQLite and PostgreSQL).
        with self._write_lock, self._engine.execution_options(**{_WRITE_OPTION: True}).begin() as conn:
            migrations.upgrade(conn)

    def _fail_interrupted_turns(self) -> int:
        def fn(s: Session) -> int:
            result = s.execute(
                update(TurnRow)
                .where(TurnRow.status == "pending")
                .values(status="failed", error=INTERRUPTED, finished_at=utcnow())
                .execution_options(synchronize_session=False)
            )
            return result.rowcount

        count = self._write(fn)
        if count:
            log.warning("marked %d interrupted turn(s) as failed", count)
        return count

    # -- sessions ---------------------------------------------------------------------------

    def create_session(self, title: str = "", settings: dict | None = None) -> SessionInfo:
        title = _check_title(title)
        settings = _json_dict("settings", {} if settings is None else settings)
        now = utcnow()
        row = SessionRow(
            id=uuid.uuid4().hex, owner_token=new_token(), created_at=now, updated_at=now, title=title, settings=settings
        )

        def fn(s: Session) -> SessionInfo:
            s.add(row)
            return _session_info(row)

        return self._write(fn)

    def session_by_token(self, token: str) -> SessionInfo:
        """The session a link opens; malformed tokens are refused without a query."""
        if not is_well_formed(token):
            raise SessionNotFound(UNKNOWN_LINK)
        row = self._read(lambda s: s.scalars(select(SessionRow).where(SessionRow.owner_token == token)).one_or_none())
        # Re-check in constant time: a case-insensitive collation (MySQL) could match a near miss.
        if row is None or not same_token(row.owner_token, token):
            raise SessionNotFound(UNKNOWN_LINK)
        return _session_info(row)

    def get_session(self, session_id: str) -> SessionInfo:
        return _session_info(self._read(lambda s: _session_row(s, session_id)))

    def update_session(self, session_id: str, *, title: str | None = None, settings: dict | None = None) -> SessionInfo:
        """Replaces the title and/or the whole settings dict (no merge); None leaves a field as is."""
        if title is not None:
            title = _check_title(title)
        if settings is not None:
            settings = _json_dict("settings", settings)

        def fn(s: Session) -> SessionInfo:
            row = _session_row(s, session_id, lock=True)
            if title is not None:
                row.title = title
            if settings is not None:
                row.settings = settings
            row.updated_at = utcnow()
            return _session_info(row)

        return self._write(fn)

    # -- turns ------------------------------------------------------------------------------

    def start_turn(self, session_id: str, message: str, parent_id: str | None = None) -> TurnInfo:
        """Stores a pending turn at the session's next index (chosen inside the write transaction)."""
        _check_str("message", message)
        if parent_id is not None:
            _check_str("parent_id", parent_id)

        def fn(s: Session) -> TurnInfo:
            # Row lock (a no-op on SQLite, which locks the file): serialises index
            # assignment per session for writers in other processes too.
            session_row = _session_row(s, session_id, lock=True)
            if parent_id is not None:
                parent = s.get(TurnRow, parent_id)
                if parent is None:
                    raise TurnNotFound(f"The parent turn {_show(parent_id)} does not exist.")
                if parent.session_id != session_id:
                    raise InvalidInput(f"The parent turn {_show(parent_id)} belongs to another session.")
            last = s.scalar(select(func.max(TurnRow.index)).where(TurnRow.session_id == session_id))
            now = utcnow()
            row = TurnRow(
                id=uuid.uuid4().hex, session_id=session_id, index=(last or 0) + 1, parent_id=parent_id,
                message=message, intent="", prompt="", negative_prompt="", scene=None, generation={}, seed=None,
                status="pending", error=None, reply="", timings={}, image_id=None, created_at=now, finished_at=None,
            )  # fmt: skip
            s.add(row)
            session_row.updated_at = now
            return _turn_info(row)

        return self._write(fn)

    def finish_turn(
        self,
        turn_id: str,
        *,
        intent: str,
        prompt: str,
        negative_prompt: str,
        scene: dict,
        generation: dict,
        seed: int | None,
        reply: str,
        timings: dict,
        image: ImageInfo | None,
    ) -> TurnInfo:
        """Marks a pending turn done with everything it produced, in one transaction."""
        _check_strs(intent=intent, prompt=prompt, negative_prompt=negative_prompt, reply=reply)
        scene = _json_dict("scene", scene)
        generation = _json_dict("generation", generation)
        timings = _json_dict("timings", timings)
        if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool) or not -(2**63) <= seed < 2**63):
            raise InvalidInput(f"seed must be a 64-bit integer or None, got {seed!r}.")
        if image is not None and not isinstance(image, ImageInfo):
            raise InvalidInput(f"image must be an ImageInfo from save_image, got {type(image).__name__}.")

        def fn(s: Session) -> TurnInfo:
            row = _pending_turn(s, turn_id)
            if image is not None and s.get(ImageRow, image.id) is None:
                raise ImageNotFound(f"The image {_show(image.id)} does not exist; save it with save_image first.")
            now = utcnow()
            row.intent, row.prompt, row.negative_prompt, row.reply = intent, prompt, negative_prompt, reply
            row.scene, row.generation, row.seed, row.timings = scene, generation, seed, timings
            row.image_id = image.id if image is not None else None
            row.status, row.error, row.finished_at = "done", None, now
            _touch(s, row.session_id, now)
            return _turn_info(row)

        return self._write(fn)

    def fail_turn(
        self,
        turn_id: str,
        error: str,
        *,
        status: str = "failed",
        intent: str = "",
        prompt: str = "",
        scene: dict | None = None,
        timings: dict | None = None,
    ) -> TurnInfo:
        """Ends a pending turn as "failed" or "cancelled", keeping what it got as far as."""
        _check_strs(error=error, intent=intent, prompt=prompt)
        if status not in END_STATUSES:
            raise InvalidInput(f"A failed turn's status must be one of {END_STATUSES}, got {status!r}.")
        scene = None if scene is None else _json_dict("scene", scene)
        timings = _json_dict("timings", {} if timings is None else timings)

        def fn(s: Session) -> TurnInfo:
            row = _pending_turn(s, turn_id)
            now = utcnow()
            row.status, row.error, row.finished_at = status, error, now
            row.intent, row.prompt, row.scene, row.timings = intent, prompt, scene, timings
            _touch(s, row.session_id, now)
            return _turn_info(row)

        return self._write(fn)

    def turns(self, session_id: str) -> list[TurnInfo]:
        """A session's turns in index order; SessionNotFound for an unknown session."""

        def fn(s: Session) -> list[TurnInfo]:
            rows = s.scalars(select(TurnRow).where(TurnRow.session_id == session_id).order_by(TurnRow.index)).all()
            if not rows:
                _session_row(s, session_id)  # tells "no turns yet" from "no such session"
            return [_turn_info(r) for r in rows]

        if not isinstance(session_id, str):
            raise SessionNotFound(f"There is no session {_show(session_id)}.")
        return self._read(fn)

    def get_turn(self, turn_id: str) -> TurnInfo:
        def fn(s: Session) -> TurnInfo:
            row = s.get(TurnRow, turn_id) if isinstance(turn_id, str) else None
            if row is None:
                raise TurnNotFound(f"There is no turn {_show(turn_id)}.")
            return _turn_info(row)

        return self._read(fn)

    # -- images -----------------------------------------------------------------------------

    def save_image(self, png: bytes, width: int, height: int) -> ImageInfo:
        """Stores a PNG once by content: the file first (atomically), then its row."""
        images.check_png(png, width, height)
        png = bytes(png)
        sha, rel = images.store_file(self._data_dir, png)

        def fn(s: Session) -> ImageInfo:
            existing = s.scalars(select(ImageRow).where(ImageRow.sha256 == sha)).one_or_none()
            if existing is not None:
                return _image_info(existing)
            row = ImageRow(
                id=uuid.uuid4().hex, sha256=sha, path=rel, width=width, height=height, bytes=len(png),
                created_at=utcnow(),
            )  # fmt: skip
            s.add(row)
            return _image_info(row)

        try:
            return self._write(fn)
        except IntegrityError:
            # Another process stored the same bytes between our check and insert.
            row = self._read(lambda s: s.scalars(select(ImageRow).where(ImageRow.sha256 == sha)).one_or_none())
            if row is None:
                raise
            return _image_info(row)

    def get_image(self, image_id: str) -> ImageInfo:
        def fn(s: Session) -> ImageInfo:
            row = s.get(ImageRow, image_id) if isinstance(image_id, str) else None
            if row is None:
                raise ImageNotFound(f"There is no image {_show(image_id)}.")
            return _image_info(row)

        return self._read(fn)

    def image_path(self, image: ImageInfo) -> Path:
        """The image's absolute file path; UnsafeImagePath if the stored path leaves the data folder.

        Does not check that the file exists: a caller serving it will find out.
        """
        if not isinstance(image, ImageInfo):
            raise InvalidInput(f"image must be an ImageInfo, got {type(image).__name__}.")
        return images.resolve_inside(self._data_dir, image.path)


# -- engine ---------------------------------------------------------------------------------


def make_engine(database_url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite gets WAL, foreign keys and real transactions."""
    try:
        url = make_url(database_url)
    except (ArgumentError, ValueError, TypeError) as exc:
        raise InvalidInput(f"The database URL is not valid: {exc}") from None
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
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE_OPTION) else "BEGIN")


# -- helpers --------------------------------------------------------------------------------


def _session_row(s: Session, session_id: str, *, lock: bool = False) -> SessionRow:
    row = s.get(SessionRow, session_id, with_for_update=lock) if isinstance(session_id, str) else None
    if row is None:
        raise SessionNotFound(f"There is no session {_show(session_id)}.")
    return row


def _pending_turn(s: Session, turn_id: str) -> TurnRow:
    row = s.get(TurnRow, turn_id, with_for_update=True) if isinstance(turn_id, str) else None
    if row is None:
        raise TurnNotFound(f"There is no turn {_show(turn_id)}.")
    if row.status != "pending":
        raise TurnAlreadyFinished(f"Turn {row.index} has already ended ({row.status}); it cannot be changed.")
    return row


def _touch(s: Session, session_id: str, now: datetime) -> None:
    s.execute(
        update(SessionRow)
        .where(SessionRow.id == session_id)
        .values(updated_at=now)
        .execution_options(synchronize_session=False)
    )


def _check_title(title: object) -> str:
    _check_str("title", title)
    if len(title) > MAX_TITLE_CHARS:
        raise InvalidInput(f"The title is {len(title)} characters long; the limit is {MAX_TITLE_CHARS}.")
    return title


def _check_str(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise InvalidInput(f"{name} must be text, got {type(value).__name__}.")


def _check_strs(**values: object) -> None:
    for name, value in values.items():
        _check_str(name, value)


def _json_dict(name: str, value: object) -> dict[str, Any]:
    """A JSON-safe copy: what is returned now is exactly what a reload returns."""
    if not isinstance(value, dict):
        raise InvalidInput(f"{name} must be a dict, got {type(value).__name__}.")
    try:
        # allow_nan=False: NaN is not JSON, and PostgreSQL refuses it.
        return json.loads(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"{name} must hold only JSON values: {exc}") from None


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _session_info(row: SessionRow) -> SessionInfo:
    return SessionInfo(
        id=row.id, owner_token=row.owner_token, title=row.title, settings=row.settings,
        created_at=row.created_at, updated_at=row.updated_at,
    )  # fmt: skip


def _image_info(row: ImageRow) -> ImageInfo:
    return ImageInfo(
        id=row.id, sha256=row.sha256, path=row.path, width=row.width, height=row.height, bytes=row.bytes,
        created_at=row.created_at,
    )  # fmt: skip


def _turn_info(row: TurnRow) -> TurnInfo:
    return TurnInfo(
        id=row.id, session_id=row.session_id, index=row.index, parent_id=row.parent_id, message=row.message,
        intent=row.intent, prompt=row.prompt, negative_prompt=row.negative_prompt, scene=row.scene,
        generation=row.generation, seed=row.seed, status=row.status, error=row.error, reply=row.reply,
        timings=row.timings, image_id=row.image_id, created_at=row.created_at, finished_at=row.finished_at,
    )  # fmt: skip
