"""The store contract: what is written comes back identical after a reopen.

Real SQLite files in tmp_path; no models, no UI.
"""

from __future__ import annotations

import dataclasses
import re
import struct
import threading
import zlib

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, event, inspect, text

from sessions import (
    ImageNotFound,
    InvalidInput,
    SessionNotFound,
    SessionsError,
    Store,
    TurnAlreadyFinished,
    TurnNotFound,
)
from sessions.migrations import head_revision
from sessions.models import Base
from sessions.store import INTERRUPTED
from sessions.tokens import new_token

GENERATION = {"model": "tiny", "width": 64, "height": 64, "steps": 2, "guidance": 5.0, "scheduler": "ddim", "seed": 7}


def png_of(width: int, height: int, filler: bytes = b"pixels" * 10) -> bytes:
    """A PNG signature and an IHDR header saying width x height (what the store reads), then filler."""
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr)) + filler


def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'inkturn.db'}"


@pytest.fixture
def open_store(tmp_path):
    """Opens Stores on one database file; closes them all at the end."""
    opened: list[Store] = []

    def _open() -> Store:
        opened.append(Store.open(db_url(tmp_path), tmp_path / "data"))
        return opened[-1]

    yield _open
    for s in opened:
        s.close()


@pytest.fixture
def store(open_store) -> Store:
    return open_store()


def finish(store: Store, turn_id: str, **overrides):
    values = dict(
        intent="draw", prompt="a red circle", negative_prompt="blurry", scene={"objects": [{"shape": "circle"}]},
        generation=GENERATION, seed=7, reply="Here you go.", timings={"draw": 12.5}, image=None,
    )  # fmt: skip
    values.update(overrides)
    return store.finish_turn(turn_id, **values)


def count_statements(store: Store) -> list[str]:
    seen: list[str] = []
    event.listen(store._engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    return seen


# -- round trip -------------------------------------------------------------------------------


def test_everything_written_comes_back_identical_after_reopen(open_store):
    store = open_store()
    session = store.create_session(title="circles", settings={"seed": 7, "size": (64, 64)})
    assert session.settings == {"seed": 7, "size": [64, 64]}  # JSON-normalised now, not only after reload
    image = store.save_image(png_of(64, 64), 64, 64)
    first = store.start_turn(session.id, "a red circle")
    done = finish(store, first.id, image=image)
    second = store.start_turn(session.id, "make it blue", parent_id=first.id)
    cancelled = store.fail_turn(
        second.id, "Stopped by the user.", status="cancelled", intent="edit", prompt="a blue circle",
        scene={"objects": []}, timings={"rewrite": 1.0},
    )  # fmt: skip
    chat = store.start_turn(session.id, "how many?")
    answered = finish(store, chat.id, intent="chat", prompt="", generation={}, seed=None, image=None)
    token = session.owner_token
    session = store.update_session(session.id, title="blue circles", settings={"seed": 8})
    assert session.owner_token == ""  # by id: the store keeps only the token's digest
    store.close()

    again = open_store()
    assert again.get_session(session.id) == session
    assert again.session_by_token(token) == dataclasses.replace(session, owner_token=token)
    assert again.turns(session.id) == [done, cancelled, answered]
    assert again.get_turn(done.id) == done
    assert again.get_image(image.id) == image
    assert done.status == "done" and done.image_id == image.id and done.generation == GENERATION
    assert (cancelled.status, cancelled.parent_id, cancelled.error) == ("cancelled", first.id, "Stopped by the user.")
    assert answered.seed is None and answered.image_id is None
    assert session.created_at.tzinfo is not None and done.finished_at >= done.created_at


def test_new_session_and_turn_defaults(store):
    session = store.create_session()
    assert (session.title, session.settings) == ("", {})
    assert re.fullmatch(r"[0-9a-f]{32}", session.id)
    turn = store.start_turn(session.id, "hello")
    assert (turn.status, turn.index, turn.parent_id, turn.scene) == ("pending", 1, None, None)
    assert (turn.generation, turn.timings, turn.error, turn.finished_at) == ({}, {}, None, None)
    assert store.turns(session.id) == [turn]


def test_turn_activity_bumps_session_updated_at(store):
    session = store.create_session()
    turn = store.start_turn(session.id, "hello")
    assert store.get_session(session.id).updated_at == turn.created_at
    done = finish(store, turn.id)
    assert store.get_session(session.id).updated_at == done.finished_at


# -- tokens -----------------------------------------------------------------------------------


def test_owner_tokens_are_43_urlsafe_chars_unique_and_not_in_repr(store):
    sessions = [store.create_session() for _ in range(5)]
    tokens = {s.owner_token for s in sessions}
    assert len(tokens) == 5
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{43}", t) for t in tokens)
    assert sessions[0].owner_token not in repr(sessions[0])


def test_unknown_token_is_session_not_found(store):
    session = store.create_session()
    with pytest.raises(SessionNotFound, match="unknown or no longer valid"):
        store.session_by_token(new_token())
    near_miss = session.owner_token.swapcase()
    if near_miss != session.owner_token:
        with pytest.raises(SessionNotFound):
            store.session_by_token(near_miss)


@pytest.mark.parametrize(
    "token",
    ["", "short", "A" * 42, "A" * 44, "A" * 42 + "=", "A" * 43 + "\n", "A" * 42 + " ", "A" * 42 + "é",
     "' OR 1=1 --" + "A" * 32, None, 12345, b"A" * 43],
)  # fmt: skip
def test_malformed_token_is_refused_without_a_query(store, token):
    statements = count_statements(store)
    with pytest.raises(SessionNotFound):
        store.session_by_token(token)
    assert statements == []


# -- not found, invalid input ---------------------------------------------------------------


def test_unknown_ids_raise_typed_errors(store):
    with pytest.raises(SessionNotFound):
        store.get_session("0" * 32)
    with pytest.raises(SessionNotFound):
        store.turns("0" * 32)
    with pytest.raises(SessionNotFound):
        store.start_turn("0" * 32, "hello")
    with pytest.raises(SessionNotFound):
        store.update_session("0" * 32, title="x")
    with pytest.raises(TurnNotFound):
        store.get_turn("0" * 32)
    with pytest.raises(TurnNotFound):
        store.fail_turn("0" * 32, "boom")
    with pytest.raises(ImageNotFound):
        store.get_image("0" * 32)
    with pytest.raises(SessionNotFound):
        store.get_session(None)  # type: ignore[arg-type]
    for cls in (SessionNotFound, TurnNotFound, ImageNotFound, InvalidInput, TurnAlreadyFinished):
        assert issubclass(cls, SessionsError)


def test_invalid_input_is_refused_and_nothing_written(store):
    session = store.create_session(title="t" * 200)
    with pytest.raises(InvalidInput, match="limit is 200"):
        store.create_session(title="t" * 201)
    with pytest.raises(InvalidInput):
        store.update_session(session.id, title="t" * 201)
    with pytest.raises(InvalidInput):
        store.create_session(settings=["not", "a", "dict"])  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="JSON"):
        store.create_session(settings={"guidance": float("nan")})
    with pytest.raises(InvalidInput, match="JSON"):
        store.create_session(settings={"when": object()})
    turn = store.start_turn(session.id, "hello")
    with pytest.raises(InvalidInput):
        finish(store, turn.id, seed=True)
    with pytest.raises(InvalidInput):
        store.fail_turn(turn.id, "boom", status="done")
    with pytest.raises(InvalidInput):
        store.start_turn(session.id, None)  # type: ignore[arg-type]
    assert store.get_turn(turn.id).status == "pending"
    assert store.get_session(session.id).title == "t" * 200


def test_finish_with_an_unsaved_image_is_refused(store):
    image = store.save_image(png_of(8, 8), 8, 8)
    session = store.create_session()
    turn = store.start_turn(session.id, "hello")
    ghost = dataclasses.replace(image, id="f" * 32)
    with pytest.raises(ImageNotFound):
        finish(store, turn.id, image=ghost)
    assert store.get_turn(turn.id).status == "pending"


def test_a_turn_ends_only_once(store):
    session = store.create_session()
    turn = store.start_turn(session.id, "hello")
    done = finish(store, turn.id)
    with pytest.raises(TurnAlreadyFinished):
        store.fail_turn(turn.id, "late failure")
    with pytest.raises(TurnAlreadyFinished):
        finish(store, turn.id)
    assert store.get_turn(turn.id) == done


# -- indexes and parents ----------------------------------------------------------------------


def test_indexes_count_from_one_per_session_in_creation_order(store):
    a, b = store.create_session(), store.create_session()
    turns_a = [store.start_turn(a.id, f"a{k}") for k in range(3)]
    turns_b = [store.start_turn(b.id, f"b{k}") for k in range(2)]
    store.fail_turn(turns_a[1].id, "boom")  # a failed turn keeps its place
    turns_a.append(store.start_turn(a.id, "a3"))
    assert [t.index for t in turns_a] == [1, 2, 3, 4]
    assert [t.index for t in turns_b] == [1, 2]
    assert [t.message for t in store.turns(a.id)] == ["a0", "a1", "a2", "a3"]


def test_parent_must_exist_in_the_same_session(store):
    a, b = store.create_session(), store.create_session()
    root = store.start_turn(a.id, "root")
    child = store.start_turn(a.id, "child", parent_id=root.id)
    assert child.parent_id == root.id
    with pytest.raises(InvalidInput, match="another session"):
        store.start_turn(b.id, "stray", parent_id=root.id)
    with pytest.raises(TurnNotFound):
        store.start_turn(a.id, "orphan", parent_id="0" * 32)
    assert [t.index for t in store.turns(a.id)] == [1, 2]
    assert store.turns(b.id) == []


def test_generation_records_are_only_dicts_and_one_bad_row_stops_nothing(store, caplog):
    session = store.create_session()
    ids = [finish(store, store.start_turn(session.id, f"t{k}").id, generation={"k": k}).id for k in range(5)]
    with store._engine.begin() as conn:  # damaged or hand-edited rows
        for turn_id, raw in zip(ids[1:4], ("[1, 2]", "null", "{not json"), strict=True):
            conn.execute(text("UPDATE turns SET generation = :raw WHERE id = :id"), {"raw": raw, "id": turn_id})
    assert list(store.generation_records()) == [{"k": 0}, {"k": 4}]
    assert "skipped 3 generation record(s)" in caplog.text


# -- restart ----------------------------------------------------------------------------------


def test_pending_turns_are_failed_on_reopen(open_store):
    store = open_store()
    session = store.create_session()
    done = finish(store, store.start_turn(session.id, "finished").id)
    pending = store.start_turn(session.id, "killed mid-draw")
    store.close()

    turns = open_store().turns(session.id)
    assert turns[0] == done
    assert (turns[1].id, turns[1].status, turns[1].error) == (pending.id, "failed", INTERRUPTED)
    assert turns[1].finished_at is not None


# -- SQLite settings --------------------------------------------------------------------------


def test_sqlite_runs_in_wal_with_foreign_keys_on(store):
    with store._engine.connect() as conn:
        pragma = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                  for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")}  # fmt: skip
    assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 10000, "synchronous": 2}


def test_deleting_a_session_cascades_to_its_turns(store):
    session = store.create_session()
    store.start_turn(session.id, "hello")
    with store._engine.begin() as conn:
        conn.execute(text("DELETE FROM sessions WHERE id = :id"), {"id": session.id})
        assert conn.execute(text("SELECT count(*) FROM turns")).scalar() == 0


def test_in_memory_and_bad_urls_are_refused(tmp_path):
    for url in ("sqlite://", "sqlite:///:memory:", "not a url"):
        with pytest.raises(InvalidInput):
            Store.open(url, tmp_path)


# -- concurrency ------------------------------------------------------------------------------


def _run_threads(targets) -> list[BaseException]:
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(targets))

    def wrap(fn):
        try:
            barrier.wait()
            fn()
        except BaseException as exc:  # noqa: BLE001 - collected and asserted on below
            errors.append(exc)

    threads = [threading.Thread(target=wrap, args=(fn,)) for fn in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a writer hung"
    return errors


def test_concurrent_writers_never_lock_or_duplicate_indexes(store):
    own = [store.create_session(title=f"own {k}") for k in range(16)]
    shared = store.create_session(title="shared")

    def write_turns(session_id: str, tag: str) -> None:
        for k in range(5):
            turn = store.start_turn(session_id, f"{tag}-{k}")
            finish(store, turn.id) if k % 2 == 0 else store.fail_turn(turn.id, "boom")

    def read_while_writing() -> None:
        for _ in range(20):
            store.turns(shared.id)
            store.session_by_token(shared.owner_token)

    targets = [lambda s=s: write_turns(s.id, s.id) for s in own]
    targets += [lambda k=k: write_turns(shared.id, f"w{k}") for k in range(4)]
    targets += [read_while_writing] * 2
    errors = _run_threads(targets)

    assert errors == [], [repr(e) for e in errors]
    for s in own:
        turns = store.turns(s.id)
        assert [t.index for t in turns] == [1, 2, 3, 4, 5]
        assert [t.message for t in turns] == [f"{s.id}-{k}" for k in range(5)]
    turns = store.turns(shared.id)
    assert [t.index for t in turns] == list(range(1, 21))
    assert sorted(t.message for t in turns) == sorted(f"w{w}-{k}" for w in range(4) for k in range(5))
    for w in range(4):  # each writer's turns keep their order
        mine = [t.message for t in turns if t.message.startswith(f"w{w}-")]
        assert mine == [f"w{w}-{k}" for k in range(5)]
    assert all(t.status in ("done", "failed") for t in turns)


def test_two_stores_on_one_file_wait_instead_of_failing(open_store):
    # Two Stores have two locks, like two processes: SQLite's busy_timeout and
    # BEGIN IMMEDIATE must serialise them without "database is locked".
    first, second = open_store(), open_store()
    shared = first.create_session()

    def write(store: Store, tag: str) -> None:
        for k in range(5):
            store.start_turn(shared.id, f"{tag}-{k}")

    errors = _run_threads([lambda k=k: write((first, second)[k % 2], f"w{k}") for k in range(4)])
    assert errors == [], [repr(e) for e in errors]
    assert [t.index for t in second.turns(shared.id)] == list(range(1, 21))


# -- migrations -------------------------------------------------------------------------------


def test_migration_creates_the_schema_and_reopening_is_idempotent(tmp_path, open_store):
    store = open_store()
    session = store.create_session(title="kept")
    store.close()
    open_store().close()
    again = open_store()
    assert again.access(session.owner_token).session == session

    engine = create_engine(db_url(tmp_path))
    try:
        insp = inspect(engine)
        assert set(insp.get_table_names()) == {"sessions", "turns", "images", "alembic_version"}
        columns = {table: [c["name"] for c in insp.get_columns(table)] for table in ("sessions", "turns", "images")}
        assert columns == {
            "sessions": ["id", "created_at", "updated_at", "title", "settings", "read_token", "head_turn_id",
                         "forked_from", "owner_token_sha256"],
            "turns": ["id", "session_id", "index", "parent_id", "message", "intent", "prompt", "negative_prompt",
                      "scene", "generation", "seed", "status", "error", "reply", "timings", "image_id", "created_at",
                      "finished_at", "undone_at", "reference_image_id", "lease_owner", "lease_expires_at",
                      "error_code", "error_params"],
            "images": ["id", "sha256", "path", "width", "height", "bytes", "created_at"],
        }  # fmt: skip
        assert {(i["name"], i["unique"]) for i in insp.get_indexes("sessions")} == {
            ("ix_sessions_owner_token_sha256", 1), ("ix_sessions_read_token", 1),
        }  # fmt: skip
        assert {(i["name"], i["unique"]) for i in insp.get_indexes("turns")} == {
            ("ix_turns_parent_id", 0), ("ix_turns_image_id", 0), ("ix_turns_reference_image_id", 0), ("ix_turns_status", 0),
        }  # fmt: skip
        assert insp.get_unique_constraints("turns")[0]["column_names"] == ["session_id", "index"]
        fks = {fk["constrained_columns"][0]: fk for fk in insp.get_foreign_keys("turns")}
        assert {col: fk["referred_table"] for col, fk in fks.items()} == {
            "session_id": "sessions", "parent_id": "turns", "image_id": "images", "reference_image_id": "images",
        }  # fmt: skip
        assert fks["session_id"]["options"].get("ondelete") == "CASCADE"
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [head_revision()]
    finally:
        engine.dispose()


def test_migrations_match_the_models(store):
    # The ORM and the revisions describe one schema; a change to one needs the other.
    with store._engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_open_works_from_any_working_directory(tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    with Store.open(db_url(tmp_path), tmp_path / "data") as store:
        assert store.create_session().id
