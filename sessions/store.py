"""The Store: every read and write of sessions, turns and images.

One write path (as in datasette): each write runs through ``_write`` under a
per-Store lock, in its own short SQLAlchemy session, so writers never race
each other for SQLite's single write lock and a turn index is never handed
out twice. Reads take no lock; WAL lets them run beside the writer.
Public methods return frozen dataclasses (sessions/info.py), never ORM objects.

Two kinds of methods: id-based ones for the engine (``start_turn``,
``finish_turn``...), and token-checked ones for everything a link can ask
(``access``, ``add_turn``, ``undo``, ``rename``, ``delete_session``...). The
latter refuse a read-only link with ReadOnly and any other bad link with
SessionNotFound, before anything is written.

Several Stores (processes, or servers on one database) may share the data.
Each is an instance with a random id; a turn it starts is leased to it, and a
heartbeat thread renews its leases. A pending turn is failed as interrupted
only once its lease has run out (its process died), never because another
instance opened. The owner token is stored as a digest (sessions/tokens.py),
so a SessionInfo carries it only where the caller gave it or it was just issued.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import secrets
import socket
import threading
import uuid
import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Text, cast, delete, exists, func, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from sessions import archive, images, migrations, tree
from sessions.database import WRITE_OPTION, make_engine
from sessions.errors import (
    MESSAGES,
    TURN_ENDINGS,
    ImageNotFound,
    InvalidInput,
    ReadOnly,
    SessionNotFound,
    TurnAlreadyFinished,
    TurnNotFound,
)
from sessions.files import Files, LocalFiles, files_at
from sessions.info import (
    Access,
    ImageInfo,
    SessionInfo,
    SessionSummary,
    TurnInfo,
    image_info,
    session_info,
    turn_info,
)
from sessions.models import ImageRow, SessionRow, TurnRow, utcnow
from sessions.tokens import KINDS, digest, is_well_formed, new_token, same_token
from sessions.tree import HEAD, Head

__all__ = ["HEAD", "Access", "Head", "ImageInfo", "SessionInfo", "SessionSummary", "Store", "TurnInfo", "make_engine"]

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_TITLE_CHARS = 200
MAX_INTENT_CHARS = 32
MAX_LISTED_TOKENS = 1000
DEFAULT_LEASE_SECONDS = 60.0  # how long a turn in flight outlives a process that stopped renewing it
INTERRUPTED = TURN_ENDINGS["turn_interrupted"]
NOT_FINISHED_WHEN_COPIED = TURN_ENDINGS["turn_not_copied"]
UNKNOWN_LINK = "This session link is unknown or no longer valid."
READ_ONLY = "This link is read-only: it can show this session but not change it. Fork it to continue in your own copy."
STILL_DRAWING = MESSAGES["still_drawing"]
END_STATUSES = ("failed", "cancelled")
ERROR_CODE_RE = re.compile(r"[a-z][a-z0-9_]{0,63}")


class Store:
    """Sessions, turns and image files in one database and one data folder."""

    def __init__(
        self,
        engine: Engine,
        data_dir: Path,
        *,
        lease_seconds: float = DEFAULT_LEASE_SECONDS,
        clock: Callable[[], datetime] = utcnow,
        files: Files | None = None,
    ):
        """Wires an engine; use ``Store.open``, which also migrates, recovers and starts the heartbeat."""
        _check_lease_seconds(lease_seconds)
        self._engine = engine
        self._data_dir = data_dir.resolve()
        self._files = files if files is not None else LocalFiles(self._data_dir)
        self._write_lock = threading.Lock()
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
        self._instance_id = new_instance_id()
        self._lease = timedelta(seconds=lease_seconds)
        self._clock = clock
        self._stop = threading.Event()
        self._heartbeat: threading.Thread | None = None

    @classmethod
    def open(
        cls,
        database_url: str,
        data_dir: Path,
        *,
        lease_seconds: float = DEFAULT_LEASE_SECONDS,
        clock: Callable[[], datetime] = utcnow,
        files: str = "",
    ) -> Store:
        """Connects, upgrades the schema to head, fails pending turns whose lease ran out, starts the heartbeat.

        ``lease_seconds``: how long a turn this Store draws stays its own without a
        renewal (the heartbeat renews every quarter of it). ``clock``: the time
        leases are measured by (tests move it forward instead of sleeping).
        ``files``: where pictures go: empty for ``data_dir``, or an object store URL
        (``s3://bucket/prefix``) several app processes share.
        """
        _check_lease_seconds(lease_seconds)
        data_dir = Path(data_dir).resolve()
        data_dir.mkdir(parents=True, exist_ok=True)
        where = files_at(files) if files else LocalFiles(data_dir)
        store = cls(make_engine(database_url), data_dir, lease_seconds=lease_seconds, clock=clock, files=where)
        try:
            store._migrate()
            store._fail_dead_local_owners()
            store._beat()
            store._start_heartbeat()
        except BaseException:
            store.close()
            raise
        log.info("store instance %s: pid %d on %s, turn leases of %g s", store.instance_id, os.getpid(),
                 socket.gethostname(), lease_seconds)  # fmt: skip
        return store

    def close(self) -> None:
        """Stops the heartbeat, fails this instance's turns still pending (nothing will finish them), disconnects."""
        if self._heartbeat is not None:
            self._stop.set()
            self._heartbeat.join(timeout=self._lease.total_seconds())
            self._heartbeat = None
            try:
                self._release_turns()
            except SQLAlchemyError:
                log.warning("could not release this instance's pending turns; their leases will run out", exc_info=True)
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    @property
    def files(self) -> Files:
        """Where pictures (and, through core, consistency tensors) are stored."""
        return self._files

    @property
    def instance_id(self) -> str:
        """This Store's name in the leases of the turns it starts; new at every open."""
        return self._instance_id

    # -- the one write path, and reads ------------------------------------------------------

    def _write(self, fn: Callable[[Session], T], *, after_commit: Callable[[], None] | None = None) -> T:
        """Runs ``fn`` in one transaction, one writer at a time; commits unless it raises.

        ``after_commit`` runs once the transaction is committed, still under the
        lock: file deletions go there, so no other write sees a row without its file.
        """
        with self._write_lock:
            with self._writer.begin() as session:
                result = fn(session)
            if after_commit is not None:
                after_commit()
            return result

    def _read(self, fn: Callable[[Session], T]) -> T:
        with self._reader() as session:
            return fn(session)

    def _migrate(self) -> None:
        # DDL is a write too: same lock, one transaction (atomic on SQLite and PostgreSQL).
        with self._write_lock, self._engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            migrations.upgrade(conn)

    # -- leases: turns in flight -------------------------------------------------------------

    def _start_heartbeat(self) -> None:
        interval = self._lease.total_seconds() / 4
        args = (weakref.ref(self), self._stop, interval)
        self._heartbeat = threading.Thread(target=_heartbeat, args=args, name=f"lease-{self._instance_id}", daemon=True)
        self._heartbeat.start()

    def _beat(self) -> int:
        """Renews this instance's leases (one UPDATE), then fails pending turns whose lease ran out.

        Leases are compared on this machine's clock: instances on several hosts
        need clocks closer than a lease, which NTP gives by far.
        """
        now = self._clock()

        def fn(s: Session) -> list[tuple[str, str | None]]:
            s.execute(
                update(TurnRow)
                .where(TurnRow.status == "pending", TurnRow.lease_owner == self._instance_id)
                .values(lease_expires_at=now + self._lease)
                .execution_options(synchronize_session=False)
            )
            return _fail_lapsed(s, now)

        failed = self._write(fn)
        if failed:
            owners = sorted({owner or "an older version" for _, owner in failed})
            log.warning("failed %d turn(s) whose lease ran out (owner: %s)", len(failed), ", ".join(owners))
        return len(failed)

    def _new_lease(self) -> _Lease:
        return _Lease(self._instance_id, self._clock() + self._lease)

    def _fail_dead_local_owners(self) -> int:
        """At start: pending turns of a process on this machine that is no longer running
        (a crash, kill -9) end now, not when their lease runs out."""

        def fn(s: Session) -> int:
            rows = s.execute(select(TurnRow.id, TurnRow.lease_owner).where(TurnRow.status == "pending")).all()
            dead = [turn_id for turn_id, owner in rows if _local_owner_dead(owner)]
            if dead:
                s.execute(
                    update(TurnRow)
                    .where(TurnRow.id.in_(dead), TurnRow.status == "pending")
                    .values(**_interrupted())
                    .execution_options(synchronize_session=False)
                )
            return len(dead)

        count = self._write(fn)
        if count:
            log.warning("failed %d turn(s) whose process on this machine is gone", count)
        return count

    def _release_turns(self) -> int:
        """At close: this instance's pending turns end as interrupted now, not a lease later."""

        def fn(s: Session) -> int:
            mine = (TurnRow.status == "pending") & (TurnRow.lease_owner == self._instance_id)
            return s.execute(
                update(TurnRow).where(mine).values(**_interrupted()).execution_options(synchronize_session=False)
            ).rowcount

        count = self._write(fn)
        if count:
            log.warning("closing: marked %d turn(s) still being drawn as interrupted", count)
        return count

    # -- sessions ---------------------------------------------------------------------------

    def create_session(self, title: str = "", settings: dict | None = None) -> SessionInfo:
        title = _check_title(title)
        settings = _json_dict("settings", {} if settings is None else settings)
        now = utcnow()
        row, token = _new_session_row(title=title, settings=settings, created_at=now, updated_at=now)

        def fn(s: Session) -> SessionInfo:
            s.add(row)
            return session_info(row, token)

        return self._write(fn)

    def session_by_token(self, token: str) -> SessionInfo:
        """The session an owner link opens. A read-only link is SessionNotFound here: use ``access``."""
        access = self.access(token)
        if not access.can_write:
            raise SessionNotFound(UNKNOWN_LINK)
        return access.session

    def access(self, token: str) -> Access:
        """What a link opens. A read-only link's SessionInfo carries no owner token ("")."""
        if not is_well_formed(token):
            raise SessionNotFound(UNKNOWN_LINK)
        row, can_write = self._read(lambda s: _row_for_token(s, token))
        return Access(session=session_info(row, token if can_write else ""), can_write=can_write)

    def get_session(self, session_id: str) -> SessionInfo:
        """The session by id, for the engine. Its owner_token is "": the store keeps only a digest."""
        return session_info(self._read(lambda s: _session_row(s, session_id)))

    def link_digests(self, session_id: str) -> tuple[str, str] | None:
        """The SHA-256 (``tokens.digest``) of the session's current owner and read tokens; None for no session.

        What a signed address for a picture is checked against (core/media.py):
        re-issuing a link or deleting the session makes old addresses fail.
        """
        if not isinstance(session_id, str):
            return None
        row = self._read(lambda s: s.get(SessionRow, session_id))
        return None if row is None else (row.owner_token_sha256, digest(row.read_token))

    def update_session(self, session_id: str, *, title: str | None = None, settings: dict | None = None) -> SessionInfo:
        """Replaces the title and/or the whole settings dict (no merge); None leaves a field as is.

        By id, so the result's owner_token is "" (as from get_session).
        """
        if title is not None:
            title = _check_title(title)
        if settings is not None:
            settings = _json_dict("settings", settings)

        def fn(s: Session) -> SessionInfo:
            row = _session_row(s, session_id, lock=True)
            _apply(row, title=title, settings=settings)
            return session_info(row)

        return self._write(fn)

    def rename(self, owner_token: str, title: str) -> SessionInfo:
        title = _check_title(title)

        def fn(s: Session) -> SessionInfo:
            row = _owned_row(s, owner_token)
            _apply(row, title=title)
            return session_info(row, owner_token)

        return self._write(fn)

    def update_settings(self, owner_token: str, settings: dict) -> SessionInfo:
        """Replaces the whole settings dict (no merge), like ``update_session``."""
        settings = _json_dict("settings", settings)

        def fn(s: Session) -> SessionInfo:
            row = _owned_row(s, owner_token)
            _apply(row, settings=settings)
            return session_info(row, owner_token)

        return self._write(fn)

    def rotate_token(self, owner_token: str, kind: str) -> SessionInfo:
        """Revokes the owner or read token and issues a new one; the old link stops working at once."""
        if kind not in KINDS:
            raise InvalidInput("kind_unknown", kinds=KINDS, kind=kind)

        def fn(s: Session) -> SessionInfo:
            row = _owned_row(s, owner_token)
            token = owner_token
            if kind == "owner":
                token = new_token()
                row.owner_token_sha256 = digest(token)
            else:
                row.read_token = new_token()
            row.updated_at = utcnow()
            return session_info(row, token)

        return self._write(fn)

    def delete_session(self, owner_token: str) -> None:
        """Deletes the session, its turns, and the images no other session uses (rows and files)."""
        doomed: list[str] = []

        def fn(s: Session) -> None:
            row = _owned_row(s, owner_token)
            mine = TurnRow.session_id == row.id
            used = set(s.scalars(select(TurnRow.image_id).where(mine)).all())
            used |= set(s.scalars(select(TurnRow.reference_image_id).where(mine)).all())
            used.discard(None)
            s.execute(delete(TurnRow).where(TurnRow.session_id == row.id).execution_options(synchronize_session=False))
            s.execute(delete(SessionRow).where(SessionRow.id == row.id).execution_options(synchronize_session=False))
            doomed.extend(_delete_unused_images(s, used))

        self._write(fn, after_commit=lambda: self._remove_image_files(doomed))

    def discard_images(self, image_ids: list[str]) -> None:
        """Deletes these images if no turn uses them: an upload whose turn was then refused."""
        doomed: list[str] = []
        self._write(lambda s: doomed.extend(_delete_unused_images(s, set(image_ids))))
        self._remove_image_files(doomed)

    def _remove_image_files(self, paths: list[str]) -> None:
        for rel in paths:
            if not images.remove_file(self._files, rel):
                log.warning("kept an image file whose stored path leaves the data folder")

    def sessions_for_tokens(self, owner_tokens: list[str]) -> list[SessionSummary]:
        """The sessions of the owner tokens a browser holds, newest activity first.

        Malformed, unknown, revoked and read-only tokens are skipped without a word:
        the list is the browser's memory, and old entries go stale.
        """
        if not isinstance(owner_tokens, list | tuple):
            raise InvalidInput("tokens_not_list", got=type(owner_tokens).__name__)
        if len(owner_tokens) > MAX_LISTED_TOKENS:
            raise InvalidInput("too_many_tokens", limit=MAX_LISTED_TOKENS)
        given = {digest(t): t for t in owner_tokens if is_well_formed(t)}
        wanted = sorted(given)
        if not wanted:
            return []

        def fn(s: Session) -> list[SessionSummary]:
            rows = s.scalars(select(SessionRow).where(SessionRow.owner_token_sha256.in_(wanted))).all()
            rows = [r for r in rows if r.owner_token_sha256 in given]  # a case-insensitive collation may match more
            nodes: dict[str, dict[str, _Node]] = {r.id: {} for r in rows}
            query = select(TurnRow.id, TurnRow.session_id, TurnRow.parent_id, TurnRow.image_id).where(
                TurnRow.session_id.in_(list(nodes))
            )
            for turn_id, session_id, parent_id, image_id in s.execute(query):
                nodes[session_id][turn_id] = _Node(turn_id, parent_id, image_id)
            summaries = []
            for r in rows:
                try:
                    on_path = [nodes[r.id][i] for i in tree.path(nodes[r.id], r.head_turn_id)]
                except ValueError:
                    continue  # deleted between the two reads (PostgreSQL reads each statement afresh)
                thumbnail = next((n.image_id for n in reversed(on_path) if n.image_id), None)
                summary = SessionSummary(
                    id=r.id, owner_token=given[r.owner_token_sha256], title=r.title, created_at=r.created_at,
                    updated_at=r.updated_at, turn_count=len(on_path), thumbnail_image_id=thumbnail,
                )  # fmt: skip
                summaries.append(summary)
            return sorted(summaries, key=lambda x: (x.updated_at, x.id), reverse=True)

        return self._read(fn)

    # -- turns ------------------------------------------------------------------------------

    def start_turn(
        self,
        session_id: str,
        message: str,
        parent_id: str | None | Head = HEAD,
        *,
        reference_image_id: str | None = None,
    ) -> TurnInfo:
        """Stores a pending turn at the session's next index and makes it the head.

        ``parent_id``: HEAD (the default) continues the current path; a turn id
        branches from that turn; None starts a new root. ``reference_image_id``: a
        saved image (``save_image``) the user attached to the message.
        """
        _check_str("message", message)
        _check_parent(parent_id)
        ref = reference_image_id
        return self._write(
            lambda s: _start_turn(s, _session_row(s, session_id, lock=True), message, parent_id, self._new_lease(), ref)
        )

    def add_turn(
        self,
        owner_token: str,
        message: str,
        parent_id: str | None | Head = HEAD,
        *,
        reference_image_id: str | None = None,
    ) -> TurnInfo:
        """``start_turn`` for a link: the chat's write, and "edit a past message" (parent = its parent)."""
        _check_str("message", message)
        _check_parent(parent_id)
        ref = reference_image_id
        return self._write(
            lambda s: _start_turn(s, _owned_row(s, owner_token), message, parent_id, self._new_lease(), ref)
        )

    def regenerate(self, owner_token: str, turn_id: str) -> TurnInfo:
        """Starts a new pending turn with ``turn_id``'s message beside it (same parent): a new branch.

        The seed (same or a variation) is the engine's choice when it finishes the turn.
        """

        def fn(s: Session) -> TurnInfo:
            row = _owned_row(s, owner_token)
            turn = _turn_of(s, row.id, turn_id)
            return _start_turn(s, row, turn.message, turn.parent_id, self._new_lease())

        return self._write(fn)

    def undo(self, owner_token: str) -> TurnInfo | None:
        """Hides the head and moves the head to its parent; returns the new head (None: empty path).

        A failed or cancelled head is undone like any other turn; a pending one
        (a picture still being drawn) is refused: stop it first.
        """

        def fn(s: Session) -> TurnInfo | None:
            row = _owned_row(s, owner_token)
            head = _movable_head(s, row, self._clock())
            if head is None:
                raise InvalidInput("nothing_to_undo")
            now = utcnow()
            head.undone_at = now
            row.head_turn_id, row.updated_at = head.parent_id, now
            return turn_info(s.get(TurnRow, head.parent_id)) if head.parent_id else None

        return self._write(fn)

    def redo(self, owner_token: str) -> TurnInfo:
        """Moves the head down to the child that was undone last, and shows it again."""

        def fn(s: Session) -> TurnInfo:
            row = _owned_row(s, owner_token)
            _movable_head(s, row, self._clock())
            target = tree.redo_target(_session_turns(s, row.id).values(), row.head_turn_id)
            if target is None:
                raise InvalidInput("nothing_to_redo")
            return _move_head(s, row, target)

        return self._write(fn)

    def checkout(self, owner_token: str, turn_id: str) -> TurnInfo:
        """Moves the head to any turn of the session: switch branch, or go back to branch from there."""

        def fn(s: Session) -> TurnInfo:
            row = _owned_row(s, owner_token)
            _turn_of(s, row.id, turn_id)
            if turn_id != row.head_turn_id:
                _movable_head(s, row, self._clock())
            return _move_head(s, row, turn_id)

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
        """Marks a pending turn done with everything it produced, in one transaction; the head stays.

        TurnAlreadyFinished if it ended meanwhile, e.g. failed by another instance after
        this one stopped renewing its lease: the caller should ``discard_images`` its image.
        """
        _check_strs(intent=intent, prompt=prompt, negative_prompt=negative_prompt, reply=reply)
        _check_intent(intent)
        scene = _json_dict("scene", scene)
        generation = _json_dict("generation", generation)
        timings = _json_dict("timings", timings)
        _check_seed(seed)
        if image is not None and not isinstance(image, ImageInfo):
            raise InvalidInput("image_not_saved", got=type(image).__name__)

        def fn(s: Session) -> TurnInfo:
            row = _pending_turn(s, turn_id)
            if image is not None and s.get(ImageRow, image.id) is None:
                raise ImageNotFound(f"The image {_show(image.id)} does not exist; save it with save_image first.")
            now = utcnow()
            row.intent, row.prompt, row.negative_prompt, row.reply = intent, prompt, negative_prompt, reply
            row.scene, row.generation, row.seed, row.timings = scene, generation, seed, timings
            row.image_id = image.id if image is not None else None
            row.status, row.error, row.finished_at = "done", None, now
            row.error_code, row.error_params = None, None
            row.lease_owner, row.lease_expires_at = None, None
            _touch(s, row.session_id, now)
            return turn_info(row)

        return self._write(fn)

    def fail_turn(
        self,
        turn_id: str,
        error: str,
        *,
        status: str = "failed",
        code: str | None = None,
        params: dict | None = None,
        intent: str = "",
        prompt: str = "",
        scene: dict | None = None,
        timings: dict | None = None,
    ) -> TurnInfo:
        """Ends a pending turn as "failed" or "cancelled", keeping what it got as far as; the head stays.

        ``error`` is the sentence as written; ``code`` and ``params``, when given, are its message
        code and parameters (core/messages.py), so each viewer reads it in their own language."""
        _check_strs(error=error, intent=intent, prompt=prompt)
        _check_intent(intent)
        code, params = _error_code(code, params)
        if status not in END_STATUSES:
            raise InvalidInput("end_status", statuses=END_STATUSES, status=status)
        scene = None if scene is None else _json_dict("scene", scene)
        timings = _json_dict("timings", {} if timings is None else timings)

        def fn(s: Session) -> TurnInfo:
            row = _pending_turn(s, turn_id)
            now = utcnow()
            row.status, row.error, row.finished_at = status, error, now
            row.error_code, row.error_params = code, params
            row.intent, row.prompt, row.scene, row.timings = intent, prompt, scene, timings
            row.lease_owner, row.lease_expires_at = None, None
            _touch(s, row.session_id, now)
            return turn_info(row)

        return self._write(fn)

    def turns(self, session_id: str) -> list[TurnInfo]:
        """All of a session's turns, every branch, in index order; SessionNotFound for an unknown session."""

        def fn(s: Session) -> list[TurnInfo]:
            rows = s.scalars(select(TurnRow).where(TurnRow.session_id == session_id).order_by(TurnRow.index)).all()
            if not rows:
                _session_row(s, session_id)  # tells "no turns yet" from "no such session"
            return [turn_info(r) for r in rows]

        if not isinstance(session_id, str):
            raise SessionNotFound(f"There is no session {_show(session_id)}.")
        return self._read(fn)

    def generation_records(self) -> Iterator[dict]:
        """Every stored turn's ``generation`` record, streamed: what a sweep of derived files keeps.

        Only dicts: a row holding anything else (bad JSON, a list, null: a hand-edited
        or damaged row) is skipped and logged, so one row cannot stop the sweep.
        """
        skipped = 0
        query = select(TurnRow.id, cast(TurnRow.generation, Text)).execution_options(yield_per=500)
        with self._reader() as session:
            for turn_id, raw in session.execute(query):
                record = _json_or_none(raw)
                if isinstance(record, dict):
                    yield record
                else:
                    skipped += 1
                    log.warning("turn %s has a generation record that is not a JSON object; skipped", turn_id)
        if skipped:
            log.warning("skipped %d generation record(s) that are not JSON objects", skipped)

    def path(self, session_id: str) -> list[TurnInfo]:
        """The current path, root first: the head and its ancestors (what the chat shows)."""

        def fn(s: Session) -> list[TurnInfo]:
            row = _session_row(s, session_id)
            rows = _session_turns(s, session_id)
            return [turn_info(rows[i]) for i in _path_ids(rows, row.head_turn_id)]

        return self._read(fn)

    def children(self, turn_id: str) -> list[TurnInfo]:
        """The turns that continue from ``turn_id``, in index order (hidden ones included)."""

        def fn(s: Session) -> list[TurnInfo]:
            _turn_row(s, turn_id)
            rows = s.scalars(select(TurnRow).where(TurnRow.parent_id == turn_id).order_by(TurnRow.index)).all()
            return [turn_info(r) for r in rows]

        return self._read(fn)

    def siblings(self, turn_id: str) -> list[TurnInfo]:
        """``turn_id`` and every turn with the same parent, in index order: "branch k of n"."""

        def fn(s: Session) -> list[TurnInfo]:
            turn = _turn_row(s, turn_id)
            rows = s.scalars(
                select(TurnRow)
                .where(TurnRow.session_id == turn.session_id, _same_parent(turn.parent_id))
                .order_by(TurnRow.index)
            ).all()
            return [turn_info(r) for r in rows]

        return self._read(fn)

    def get_turn(self, turn_id: str) -> TurnInfo:
        return turn_info(self._read(lambda s: _turn_row(s, turn_id)))

    def gallery(self, session_id: str) -> list[tuple[TurnInfo, ImageInfo]]:
        """Every picture of the session, on every branch (undone ones too), in turn order.

        Each comes with its turn, so the prompt, seed, hidden flag and branch are at hand.
        """

        def fn(s: Session) -> list[tuple[TurnInfo, ImageInfo]]:
            _session_row(s, session_id)
            rows = s.execute(
                select(TurnRow, ImageRow)
                .join(ImageRow, TurnRow.image_id == ImageRow.id)
                .where(TurnRow.session_id == session_id)
                .order_by(TurnRow.index)
            ).all()
            return [(turn_info(t), image_info(i)) for t, i in rows]

        return self._read(fn)

    # -- copies: fork, export, import -------------------------------------------------------

    def fork(self, token: str, up_to_turn_id: str | None = None) -> SessionInfo:
        """A new session (new id and tokens) with the path root→``up_to_turn_id`` copied.

        Either link may fork: that is how a read-only visitor continues on their own.
        Default: up to the head. Copied turns get new ids and keep their contents
        and image ids (images are shared by content); a turn still pending is
        copied as failed. The copy's head is its last turn.
        """
        if not is_well_formed(token):
            raise SessionNotFound(UNKNOWN_LINK)
        if up_to_turn_id is not None:
            _check_str("up_to_turn_id", up_to_turn_id)

        def fn(s: Session) -> SessionInfo:
            source, _ = _row_for_token(s, token)
            rows = _session_turns(s, source.id)
            end = source.head_turn_id if up_to_turn_id is None else up_to_turn_id
            if end is not None and end not in rows:
                raise TurnNotFound(f"There is no turn {_show(end)} in this session.")
            now = utcnow()
            copy, copy_token = _new_session_row(
                title=copy_title(source.title, _family_titles(s, source), is_copy=source.forked_from is not None), settings=source.settings,
                created_at=now, updated_at=now, forked_from=source.id,
            )  # fmt: skip
            s.add(copy)
            s.flush()
            parent = None
            for index, turn_id in enumerate(_path_ids(rows, end), start=1):
                parent = _copy_turn(s, rows[turn_id], copy.id, index, parent)
            copy.head_turn_id = parent
            return session_info(copy, copy_token)

        return self._write(fn)

    def export_zip(
        self,
        session_id: str,
        extra_files: Mapping[str, bytes] | None = None,
        *,
        visible_only: bool = False,
        error_text: Callable[[TurnInfo], str | None] | None = None,
    ) -> bytes:
        """The session as a zip (sessions/archive.py): session.json, every turn's PNG, and ``extra/`` files.

        ``extra_files`` are stored as given (core/ passes consistency data); tokens are never exported.
        ``visible_only``: just the current path, root to head, renumbered 1..n (what a
        read-only visitor sees and may download): no undone turns, no other branches.
        ``error_text``: a turn's ``error`` as session.json should say it (core/ passes the
        downloader's language); the stored sentence without it. Its code goes beside it.
        """
        extra_files = {} if extra_files is None else dict(extra_files)

        def fn(s: Session) -> tuple[SessionInfo, list[TurnInfo], dict[str, ImageInfo]]:
            row = _session_row(s, session_id)
            by_id = _session_turns(s, session_id)
            turns = [by_id[i] for i in _path_ids(by_id, row.head_turn_id)] if visible_only else list(by_id.values())
            ids = {t.image_id for t in turns if t.image_id} | {
                t.reference_image_id for t in turns if t.reference_image_id
            }
            rows = s.scalars(select(ImageRow).where(ImageRow.id.in_(ids))).all() if ids else []
            return session_info(row), [turn_info(t) for t in turns], {r.id: image_info(r) for r in rows}

        session, turns, turn_images = self._read(fn)
        if visible_only:  # an export's indexes are 1..n (archive.read checks it)
            turns = [replace(t, index=k) for k, t in enumerate(turns, start=1)]
        if error_text is not None:
            turns = [replace(t, error=error_text(t)) if t.error is not None else t for t in turns]
        doc = archive.document(session, turns, turn_images)
        by_sha = {i.sha256: i for i in turn_images.values()}
        pngs: dict[str, bytes] = {}
        for turn in doc.turns:
            for image in (turn.image, turn.reference):
                if image is None:
                    continue
                try:
                    pngs[image.file] = self.image_bytes(by_sha[image.sha256])
                except ImageNotFound:
                    raise ImageNotFound(
                        f"A picture of turn {turn.index} is missing from the data folder, so the session "
                        "cannot be exported."
                    ) from None
        return archive.write(doc, pngs, extra_files)

    def import_zip(
        self,
        data: bytes,
        max_bytes: int = archive.MAX_TOTAL_BYTES,
        check: Callable[[archive.SessionDoc], None] | None = None,
    ) -> tuple[SessionInfo, dict[str, bytes]]:
        """Recreates an exported session (new id and tokens, same tree, head and turns); returns its extra files.

        The whole upload is checked before anything is written (archive.read), then
        ``check`` (core/'s checks of scenes, settings and generation records) gets a
        copy of the parsed document and raises (its own error) to refuse it. A refused
        upload leaves no row and no file. A turn exported while pending comes back failed.
        """
        upload = archive.read(data, max_bytes)
        if check is not None:
            check(upload.doc.model_copy(deep=True))  # a copy: a checker cannot change what is stored
        doc = upload.doc
        found: dict[str, tuple[str, bytes, int, int]] = {}  # sha -> (relative path, png, width, height)
        for turn in doc.turns:
            for image in (turn.image, turn.reference):
                if image is not None and image.sha256 not in found:
                    png = upload.pngs[image.file]
                    _, rel = images.store_file(self._files, png)
                    found[image.sha256] = (rel, png, image.width, image.height)

        def fn(s: Session) -> SessionInfo:
            image_ids = {sha: _image_row(s, self._files, sha, *found[sha]).id for sha in found}
            row, token = _new_session_row(
                title=doc.title, settings=doc.settings, created_at=doc.created_at, updated_at=utcnow()
            )
            s.add(row)
            s.flush()
            new_ids: dict[str, str] = {}
            for t in doc.turns:
                new_ids[t.id] = uuid.uuid4().hex
                pending = t.status == "pending"
                turn = TurnRow(
                    id=new_ids[t.id], session_id=row.id, index=t.index,
                    parent_id=None if t.parent_id is None else new_ids[t.parent_id], message=t.message,
                    intent=t.intent, prompt=t.prompt, negative_prompt=t.negative_prompt, scene=t.scene,
                    generation=t.generation, seed=t.seed, status="failed" if pending else t.status,
                    error=INTERRUPTED if pending else t.error, reply=t.reply, timings=t.timings,
                    error_code="turn_interrupted" if pending else t.error_code,
                    error_params=None if pending or t.error_code is None else t.error_params,
                    image_id=image_ids[t.image.sha256] if t.image else None, created_at=t.created_at,
                    finished_at=t.finished_at or (t.created_at if pending else None), undone_at=t.undone_at,
                    reference_image_id=image_ids[t.reference.sha256] if t.reference else None,
                )  # fmt: skip
                s.add(turn)
                s.flush()  # parents before children: the self-referencing foreign key
            row.head_turn_id = None if doc.head_turn_id is None else new_ids[doc.head_turn_id]
            return session_info(row, token)

        return self._write(fn), upload.extras

    # -- images -----------------------------------------------------------------------------

    def save_image(self, png: bytes, width: int, height: int) -> ImageInfo:
        """Stores a PNG once by content: the file first (atomically), then its row."""
        images.check_png(png, width, height)
        png = bytes(png)
        sha, rel = images.store_file(self._files, png)

        try:
            return self._write(lambda s: image_info(_image_row(s, self._files, sha, rel, png, width, height)))
        except IntegrityError:
            # Another process stored the same bytes between our check and insert.
            row = self._read(lambda s: s.scalars(select(ImageRow).where(ImageRow.sha256 == sha)).one_or_none())
            if row is None:
                raise
            return image_info(row)

    def get_image(self, image_id: str) -> ImageInfo:
        def fn(s: Session) -> ImageInfo:
            row = s.get(ImageRow, image_id) if isinstance(image_id, str) else None
            if row is None:
                raise ImageNotFound(f"There is no image {_show(image_id)}.")
            return image_info(row)

        return self._read(fn)

    def image_path(self, image: ImageInfo) -> Path:
        """The image's absolute file path; UnsafeImagePath if the stored path leaves the data folder.

        Does not check that the file exists: a caller serving it will find out.
        """
        if not isinstance(image, ImageInfo):
            raise InvalidInput("image_not_info", got=type(image).__name__)
        if not isinstance(self._files, LocalFiles):
            raise InvalidInput("pictures_remote")
        return images.resolve_inside(self._data_dir, image.path)

    def image_bytes(self, image: ImageInfo) -> bytes:
        """The image file's bytes; ImageNotFound if it is gone, UnsafeImagePath if its stored path
        leaves the store."""
        if not isinstance(image, ImageInfo):
            raise InvalidInput("image_not_info", got=type(image).__name__)
        try:
            return self._files.get(image.path)
        except KeyError:
            raise ImageNotFound(f"The file of image {_show(image.id)} is missing.") from None


# -- helpers: rows ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Node:
    """Just enough of a turn to walk a path (sessions_for_tokens loads many sessions' turns)."""

    id: str
    parent_id: str | None
    image_id: str | None


@dataclass(frozen=True, slots=True)
class _Lease:
    """Who draws a new pending turn, and until when it is theirs without a renewal."""

    owner: str
    expires_at: datetime


def _heartbeat(store_ref: weakref.ref[Store], stop: threading.Event, interval: float) -> None:
    """The lease thread. Holds its Store weakly: one dropped without close() stops it too."""
    while not stop.wait(interval):
        store = store_ref()
        if store is None:
            return
        try:
            store._beat()
        except Exception:  # noqa: BLE001 - a database hiccup: the next beat retries, a lease outlasts three misses
            log.warning("could not renew this instance's turn leases", exc_info=True)
        del store


# -- who holds a lease: "<machine>-<pid>-<random>", so a process restarted after a crash can tell
# at once that the owner of a turn left pending on its own machine is gone (no wait for the lease).


def _machine() -> str:
    """8 hex of this machine and boot: hostname plus the kernel's boot id (a reboot is another owner)."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        boot = ""
    return hashlib.sha256(f"{socket.gethostname()}|{boot}".encode()).hexdigest()[:8]


def new_instance_id() -> str:
    return f"{_machine()}-{os.getpid()}-{secrets.token_hex(4)}"


def _local_owner_dead(owner: str | None) -> bool:
    """The owner ran on this machine (since its last boot) and its process is gone."""
    parts = (owner or "").split("-")
    if len(parts) != 3 or parts[0] != _machine() or not parts[1].isdigit():
        return False
    pid = int(parts[1])
    if pid == os.getpid():
        return False  # another Store in this very process: it is alive
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # exists, owned by someone else
    return False


def _lease_gone(now: datetime):
    """Pending turns nobody vouches for: lease run out, or written by a version without leases."""
    return or_(TurnRow.lease_owner.is_(None), TurnRow.lease_expires_at.is_(None), TurnRow.lease_expires_at < now)


def _interrupted() -> dict[str, Any]:
    return {"status": "failed", "error": INTERRUPTED, "error_code": "turn_interrupted", "error_params": None,
            "finished_at": utcnow(), "lease_owner": None, "lease_expires_at": None}  # fmt: skip


def _fail_lapsed(s: Session, now: datetime) -> list[tuple[str, str | None]]:
    """Fails every pending turn whose lease is gone; returns their (id, former owner)."""
    lapsed = (TurnRow.status == "pending") & _lease_gone(now)
    found = [tuple(r) for r in s.execute(select(TurnRow.id, TurnRow.lease_owner).where(lapsed))]
    if found:
        # The condition again: an owner may have finished one since the SELECT (PostgreSQL).
        ids = [turn_id for turn_id, _ in found]
        s.execute(
            update(TurnRow)
            .where(TurnRow.id.in_(ids), lapsed)
            .values(**_interrupted())
            .execution_options(synchronize_session=False)
        )
    return found


_COPY_NUMBER = re.compile(r"(.*) \((\d{1,6})\)", re.DOTALL)


def copy_title(title: str, taken: list[str], *, is_copy: bool = True) -> str:
    """A fork's title: "Circle" -> "Circle (2)", or the next number no title in ``taken`` has.

    The original counts as number 1; a copy of a copy is numbered in the same row
    ("Circle (2)" -> "Circle (3)"), so a listing never shows two copies alike (issue 16).
    Only a copy's title ends in a copy number: an original called "Year (1999)" is copied
    as "Year (1999) (2)". An untitled session stays untitled: the listing shows its date.
    """
    base = _copy_base(title) if is_copy else title
    if not base:
        return title
    numbers = [1]
    for other in taken:
        match = _COPY_NUMBER.fullmatch(other)
        if other == base:
            numbers.append(1)
        elif match and match.group(1) == base:
            numbers.append(int(match.group(2)))
    suffix = f" ({max(numbers) + 1})"
    return base[: MAX_TITLE_CHARS - len(suffix)] + suffix


def _copy_base(title: str) -> str:
    match = _COPY_NUMBER.fullmatch(title)
    return match.group(1) if match else title


def _family_titles(s: Session, source: SessionRow) -> list[str]:
    """Titles of ``source``'s family: its oldest stored ancestor and every copy of it, at any depth.

    Only that family: numbering against every session of the store would tell a
    visitor how many strangers used the same words.
    """
    root, seen = source, {source.id}
    while root.forked_from and root.forked_from not in seen:
        parent = s.get(SessionRow, root.forked_from)
        if parent is None:  # deleted: its copies still number among themselves
            break
        root = parent
        seen.add(root.id)
    titles, frontier, family = [root.title], [root.id], {root.id}
    while frontier:
        rows = s.execute(select(SessionRow.id, SessionRow.title).where(SessionRow.forked_from.in_(frontier))).all()
        frontier = [row_id for row_id, _ in rows if row_id not in family]
        family.update(frontier)
        titles += [title for row_id, title in rows if row_id in frontier]
    return titles


def _new_session_row(*, title: str, settings: dict[str, Any], created_at: datetime, updated_at: datetime,
                     forked_from: str | None = None) -> tuple[SessionRow, str]:  # fmt: skip
    """A new session row and its owner token, the one time the token is known in plain."""
    token = new_token()
    row = SessionRow(
        id=uuid.uuid4().hex, owner_token_sha256=digest(token), read_token=new_token(), created_at=created_at,
        updated_at=updated_at, title=title, settings=settings, head_turn_id=None, forked_from=forked_from,
    )  # fmt: skip
    return row, token


def _row_for_token(s: Session, token: str, *, lock: bool = False) -> tuple[SessionRow, bool]:
    """(session, can_write) for a well-formed token; SessionNotFound, one message, for anything else."""
    hashed = digest(token)
    query = select(SessionRow).where(or_(SessionRow.owner_token_sha256 == hashed, SessionRow.read_token == token))
    row = s.scalars(query.with_for_update() if lock else query).one_or_none()
    # Re-check in constant time: a case-insensitive collation (MySQL) could match a near miss.
    if row is not None and same_token(row.owner_token_sha256, hashed):
        return row, True
    if row is not None and same_token(row.read_token, token):
        return row, False
    raise SessionNotFound(UNKNOWN_LINK)


def _delete_unused_images(s: Session, image_ids: set[str]) -> list[str]:
    """Deletes the rows of those images no turn shows or references; returns their file paths."""
    doomed = []
    for image in s.scalars(select(ImageRow).where(ImageRow.id.in_(image_ids))).all():
        elsewhere = (TurnRow.image_id == image.id) | (TurnRow.reference_image_id == image.id)
        if not s.scalar(select(exists().where(elsewhere))):
            doomed.append(image.path)
            s.delete(image)
    return doomed


def _owned_row(s: Session, owner_token: str) -> SessionRow:
    """The session an owner token may write, locked; ReadOnly for its read token."""
    if not is_well_formed(owner_token):
        raise SessionNotFound(UNKNOWN_LINK)
    row, can_write = _row_for_token(s, owner_token, lock=True)
    if not can_write:
        raise ReadOnly(READ_ONLY)
    return row


def _session_row(s: Session, session_id: str, *, lock: bool = False) -> SessionRow:
    row = s.get(SessionRow, session_id, with_for_update=lock) if isinstance(session_id, str) else None
    if row is None:
        raise SessionNotFound(f"There is no session {_show(session_id)}.")
    return row


def _turn_row(s: Session, turn_id: str) -> TurnRow:
    row = s.get(TurnRow, turn_id) if isinstance(turn_id, str) else None
    if row is None:
        raise TurnNotFound(f"There is no turn {_show(turn_id)}.")
    return row


def _turn_of(s: Session, session_id: str, turn_id: str) -> TurnRow:
    """A turn of this session; another session's turn is as unknown as a made-up id."""
    row = s.get(TurnRow, turn_id) if isinstance(turn_id, str) else None
    if row is None or row.session_id != session_id:
        raise TurnNotFound(f"There is no turn {_show(turn_id)} in this session.")
    return row


def _session_turns(s: Session, session_id: str) -> dict[str, TurnRow]:
    rows = s.scalars(select(TurnRow).where(TurnRow.session_id == session_id).order_by(TurnRow.index)).all()
    return {r.id: r for r in rows}


def _path_ids(rows: Mapping[str, Any], head: str | None) -> list[str]:
    try:
        return tree.path(rows, head)
    except ValueError:
        # Only a session deleted between two reads (or a hand-edited row) gets here.
        raise SessionNotFound("This session's history could not be read; it may have just been deleted.") from None


def _pending_turn(s: Session, turn_id: str) -> TurnRow:
    row = s.get(TurnRow, turn_id, with_for_update=True) if isinstance(turn_id, str) else None
    if row is None:
        raise TurnNotFound(f"There is no turn {_show(turn_id)}.")
    if row.status != "pending":
        raise TurnAlreadyFinished("turn_ended", index=row.index, status=row.status)
    return row


def _image_row(s: Session, files: Files, sha: str, rel: str, png: bytes, width: int, height: int) -> ImageRow:
    """The row for these bytes, made if new; the file is (re)written first if a delete removed it."""
    images.ensure_file(files, rel, png)
    existing = s.scalars(select(ImageRow).where(ImageRow.sha256 == sha)).one_or_none()
    if existing is not None:
        return existing
    row = ImageRow(
        id=uuid.uuid4().hex, sha256=sha, path=rel, width=width, height=height, bytes=len(png), created_at=utcnow()
    )
    s.add(row)
    return row


# -- helpers: the tree ------------------------------------------------------------------------


def _start_turn(
    s: Session,
    session_row: SessionRow,
    message: str,
    parent: str | None | Head,
    lease: _Lease,
    reference_image_id: str | None = None,
) -> TurnInfo:
    session_id = session_row.id
    if reference_image_id is not None and (
        not isinstance(reference_image_id, str) or s.get(ImageRow, reference_image_id) is None
    ):
        raise ImageNotFound(f"There is no image {_show(reference_image_id)} to attach.")
    parent_id = session_row.head_turn_id if parent is HEAD else parent
    if parent_id is not None and parent is not HEAD:
        found = s.get(TurnRow, parent_id)
        if found is None:
            raise TurnNotFound(f"The parent turn {_show(parent_id)} does not exist.")
        if found.session_id != session_id:
            raise InvalidInput("parent_elsewhere", parent=_show(parent_id))
    # The session row is locked (a no-op on SQLite, which locks the file): index
    # assignment is serialised per session for writers in other processes too.
    last = s.scalar(select(func.max(TurnRow.index)).where(TurnRow.session_id == session_id))
    now = utcnow()
    row = TurnRow(
        id=uuid.uuid4().hex, session_id=session_id, index=(last or 0) + 1, parent_id=parent_id,
        message=message, intent="", prompt="", negative_prompt="", scene=None, generation={}, seed=None,
        status="pending", error=None, reply="", timings={}, image_id=None, created_at=now, finished_at=None,
        undone_at=None, reference_image_id=reference_image_id, lease_owner=lease.owner,
        lease_expires_at=lease.expires_at,
    )  # fmt: skip
    s.add(row)
    if parent_id != session_row.head_turn_id and parent_id is not None:
        _show_path(s, session_id, parent_id)
    session_row.head_turn_id, session_row.updated_at = row.id, now
    return turn_info(row)


def _movable_head(s: Session, session_row: SessionRow, now: datetime) -> TurnRow | None:
    """The head row, refusing to move away from a turn that is still being drawn.

    A pending head whose lease is gone (its process died) is failed first, so a
    session is never stuck waiting for a heartbeat to notice.
    """
    if session_row.head_turn_id is None:
        return None
    head = s.get(TurnRow, session_row.head_turn_id)
    if head is not None and head.status == "pending" and not _fail_if_lapsed(s, head, now):
        raise InvalidInput("still_drawing")
    return head


def _fail_if_lapsed(s: Session, turn: TurnRow, now: datetime) -> bool:
    """Fails a pending turn if its lease is gone; True once it is no longer pending."""
    lapsed = (TurnRow.id == turn.id) & (TurnRow.status == "pending") & _lease_gone(now)
    owner = turn.lease_owner
    result = s.execute(
        update(TurnRow).where(lapsed).values(**_interrupted()).execution_options(synchronize_session=False)
    )
    if result.rowcount:
        log.warning("failed turn %s: its lease ran out (owner: %s)", turn.id, owner or "an older version")
    s.refresh(turn)
    return turn.status != "pending"


def _move_head(s: Session, session_row: SessionRow, turn_id: str) -> TurnInfo:
    """Makes ``turn_id`` the head; every turn on its path is shown again (no longer undone)."""
    rows = _show_path(s, session_row.id, turn_id)
    session_row.head_turn_id, session_row.updated_at = turn_id, utcnow()
    return turn_info(rows[turn_id])


def _show_path(s: Session, session_id: str, turn_id: str) -> dict[str, TurnRow]:
    rows = _session_turns(s, session_id)
    for i in _path_ids(rows, turn_id):
        rows[i].undone_at = None
    return rows


def _copy_turn(s: Session, turn: TurnRow, session_id: str, index: int, parent_id: str | None) -> str:
    pending = turn.status == "pending"
    row = TurnRow(
        id=uuid.uuid4().hex, session_id=session_id, index=index, parent_id=parent_id, message=turn.message,
        intent=turn.intent, prompt=turn.prompt, negative_prompt=turn.negative_prompt, scene=turn.scene,
        generation=turn.generation, seed=turn.seed, status="failed" if pending else turn.status,
        error=NOT_FINISHED_WHEN_COPIED if pending else turn.error, reply=turn.reply, timings=turn.timings,
        error_code="turn_not_copied" if pending else turn.error_code,
        error_params=None if pending else turn.error_params,
        image_id=turn.image_id, created_at=turn.created_at,
        finished_at=turn.finished_at or (utcnow() if pending else None), undone_at=None,
        reference_image_id=turn.reference_image_id,
    )  # fmt: skip
    s.add(row)
    s.flush()  # parents before children: the self-referencing foreign key
    return row.id


def _same_parent(parent_id: str | None):
    return TurnRow.parent_id.is_(None) if parent_id is None else TurnRow.parent_id == parent_id


# -- helpers: values ---------------------------------------------------------------------------


def _apply(row: SessionRow, *, title: str | None = None, settings: dict[str, Any] | None = None) -> None:
    if title is not None:
        row.title = title
    if settings is not None:
        row.settings = settings
    row.updated_at = utcnow()


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
        raise InvalidInput("title_too_long", n=len(title), limit=MAX_TITLE_CHARS)
    return title


def _error_code(code: object, params: object) -> tuple[str | None, dict | None]:
    """A turn's message code (a catalogue key: lower-case words) and its JSON parameters."""
    if code is None:
        return None, None
    if not isinstance(code, str) or not ERROR_CODE_RE.fullmatch(code):
        raise InvalidInput("error_code_invalid", got=_show(code) if isinstance(code, str) else type(code).__name__)
    return code, _json_dict("error_params", {} if params is None else params)


def _check_intent(intent: str) -> None:
    # The column is VARCHAR(32): PostgreSQL enforces it, SQLite would not.
    if len(intent) > MAX_INTENT_CHARS:
        raise InvalidInput("intent_too_long", n=len(intent), limit=MAX_INTENT_CHARS)


def _check_parent(parent_id: object) -> None:
    if parent_id is not HEAD and parent_id is not None:
        _check_str("parent_id", parent_id)


def _check_lease_seconds(value: object) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 < value < math.inf:
        raise InvalidInput("lease_invalid", value=value)


def _check_seed(seed: object) -> None:
    if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool) or not -(2**63) <= seed < 2**63):
        raise InvalidInput("seed_invalid", seed=seed)


def _check_str(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise InvalidInput("not_text", field=name, got=type(value).__name__)
    if "\x00" in value:
        # PostgreSQL text cannot hold NUL; refusing it everywhere keeps both backends alike.
        raise InvalidInput("nul_in_text", field=name)


def _check_strs(**values: object) -> None:
    for name, value in values.items():
        _check_str(name, value)


def _json_dict(name: str, value: object) -> dict[str, Any]:
    """A JSON-safe copy: what is returned now is exactly what a reload returns."""
    if not isinstance(value, dict):
        raise InvalidInput("not_a_dict", field=name, got=type(value).__name__)
    try:
        # allow_nan=False: NaN is not JSON, and PostgreSQL refuses it.
        return json.loads(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise InvalidInput("not_json", field=name, detail=str(exc)) from None


def _json_or_none(raw: object) -> Any:
    """A stored JSON value from its text; None if it is not JSON (a damaged row)."""
    if not isinstance(raw, str):
        return raw  # a driver that parses JSON itself
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
