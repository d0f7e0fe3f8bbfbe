"""The store contract on every backend: the same tests against a SQLite file and a real PostgreSQL.

PostgreSQL comes from Debian's package (``apt-get install postgresql``, as
.ci/run does): a session-scoped fixture creates a throwaway cluster in a temp
folder on a free localhost port (as ``nobody`` when running as root, since
initdb refuses root) and each test gets its own database. Without the server
binaries or the psycopg driver, the PostgreSQL cases skip and say why.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import struct
import threading
import time
import zipfile
import zlib

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from sessions import InvalidInput, ReadOnly, SessionNotFound, Store, migrations
from sessions.models import Base
from sessions.store import INTERRUPTED


def png_of(width: int, height: int, filler: bytes = b"pixels" * 10) -> bytes:
    """A PNG signature and an IHDR header saying width x height (what the store reads), then filler."""
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr)) + filler


@pytest.fixture
def store(open_store) -> Store:
    return open_store()


def finish(store: Store, turn, image=None):
    return store.finish_turn(
        turn.id, intent="draw", prompt=f"p {turn.message}", negative_prompt="n", scene={"m": [turn.message, 1.5]},
        generation={"model": "tiny", "steps": 2}, seed=2**62 + turn.index, reply="r", timings={"draw": 2.25},
        image=image,
    )  # fmt: skip


# -- the contract ----------------------------------------------------------------------------------


def test_what_is_written_comes_back_identical_after_reopen(open_store):
    store = open_store()
    session = store.create_session(title="圆 circles", settings={"size": [64, 64], "seed": 7})
    image = store.save_image(png_of(64, 64), 64, 64)
    a = finish(store, store.add_turn(session.owner_token, "a red circle"), image)
    b = store.fail_turn(store.add_turn(session.owner_token, "stop").id, "Stopped.", status="cancelled")
    pending = store.add_turn(session.owner_token, "killed")
    session = store.access(session.owner_token).session
    store.close()

    again = open_store()
    assert again.access(session.owner_token).session == session
    assert again.get_session(session.id) == dataclasses.replace(session, owner_token="")  # the store keeps a digest
    assert again.turns(session.id)[:2] == [a, b]
    (interrupted,) = again.turns(session.id)[2:]
    assert (interrupted.id, interrupted.status, interrupted.error) == (pending.id, "failed", INTERRUPTED)
    assert again.get_image(image.id) == image
    assert a.seed == 2**62 + 1 and a.created_at.tzinfo is not None


def test_the_schema_matches_the_models(store):
    with store._engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert migrations.current_revision(conn) == migrations.head_revision()


def test_both_backends_refuse_the_same_values(store):
    session = store.create_session()
    turn = store.add_turn(session.owner_token, "hello")
    for call in (
        lambda: store.add_turn(session.owner_token, "nul \x00 inside"),
        lambda: store.rename(session.owner_token, "nul\x00"),
        lambda: store.rename(session.owner_token, "t" * 201),
        lambda: store.update_settings(session.owner_token, {"g": float("inf")}),
        lambda: store.fail_turn(turn.id, "boom", intent="x" * 33),
        lambda: store.finish_turn(turn.id, intent="draw", prompt="p", negative_prompt="", scene={}, generation={},
                                  seed=2**63, reply="", timings={}, image=None),
    ):  # fmt: skip
        with pytest.raises(InvalidInput):
            call()
    assert store.turns(session.id) == [turn]
    assert store.get_session(session.id) == dataclasses.replace(
        store.access(session.owner_token).session, owner_token=""
    )


def test_generation_records_skip_rows_that_are_not_objects(store):
    session = store.create_session()
    kept = finish(store, store.add_turn(session.owner_token, "kept"))
    odd = finish(store, store.add_turn(session.owner_token, "odd"))
    with store._engine.begin() as conn:
        conn.execute(text("UPDATE turns SET generation = '[1, 2]' WHERE id = :id"), {"id": odd.id})
    assert list(store.generation_records()) == [kept.generation]


def test_links_and_rotation(store):
    session = store.create_session()
    assert store.access(session.owner_token).can_write
    read = store.access(session.read_token)
    assert (read.can_write, read.session.owner_token) == (False, "")
    with pytest.raises(ReadOnly):
        store.rename(session.read_token, "x")
    rotated = store.rotate_token(session.owner_token, "read")
    with pytest.raises(SessionNotFound):
        store.access(session.read_token)
    rotated = store.rotate_token(rotated.owner_token, "owner")
    with pytest.raises(SessionNotFound):
        store.rename(session.owner_token, "x")
    assert store.rename(rotated.owner_token, "renamed").title == "renamed"
    assert store.session_by_token(rotated.owner_token).title == "renamed"


def test_tree_undo_redo_checkout(store):
    session = store.create_session()
    token = session.owner_token
    a, b, c = (finish(store, store.add_turn(token, m)) for m in "abc")
    assert store.undo(token) == b
    assert store.undo(token) == a
    d = finish(store, store.add_turn(token, "d"))
    assert [t.message for t in store.path(session.id)] == ["a", "d"]
    assert [t.id for t in store.children(a.id)] == [b.id, d.id]
    store.checkout(token, c.id)
    assert [t.message for t in store.path(session.id)] == ["a", "b", "c"]
    store.undo(token)
    assert store.redo(token).id == c.id
    again = store.regenerate(token, b.id)
    assert [t.id for t in store.siblings(b.id)] == [b.id, d.id, again.id]
    assert [(t.index, t.hidden) for t in store.turns(session.id)] == [(1, False), (2, False), (3, False), (4, False),
                                                                     (5, False)]  # fmt: skip


def test_fork_gallery_list_and_delete(store):
    source = store.create_session(title="src")
    image = store.save_image(png_of(8, 8), 8, 8)
    a = finish(store, store.add_turn(source.owner_token, "a"), image)
    finish(store, store.add_turn(source.owner_token, "b"))
    fork = store.fork(source.read_token, up_to_turn_id=a.id)
    assert [(t.message, t.image_id) for t in store.path(fork.id)] == [("a", image.id)]
    assert fork.forked_from == source.id
    assert [(t.id, i.id) for t, i in store.gallery(source.id)] == [(a.id, image.id)]
    listed = store.sessions_for_tokens([source.owner_token, fork.owner_token, source.read_token])
    assert [(s.id, s.turn_count, s.thumbnail_image_id) for s in listed] == [(fork.id, 1, image.id),
                                                                             (source.id, 2, image.id)]  # fmt: skip
    store.delete_session(source.owner_token)
    assert store.image_path(image).is_file()  # the fork still uses it
    store.delete_session(fork.owner_token)
    assert not store.image_path(image).exists()
    assert store.sessions_for_tokens([source.owner_token, fork.owner_token]) == []


def test_export_import_round_trip(store):
    session = store.create_session(title="zip", settings={"steps": 3})
    token = session.owner_token
    image = store.save_image(png_of(8, 8), 8, 8)
    finish(store, store.add_turn(token, "a"), image)
    finish(store, store.add_turn(token, "b"))
    store.undo(token)
    data = store.export_zip(session.id, {"noise.bin": b"\x00\x01"})
    copy, extras = store.import_zip(data)
    assert extras == {"noise.bin": b"\x00\x01"}
    fields = lambda t: (t.index, t.message, t.scene, t.seed, t.status, t.hidden, t.image_id, t.created_at)  # noqa: E731
    assert [fields(t) for t in store.turns(copy.id)] == [fields(t) for t in store.turns(session.id)]
    with zipfile.ZipFile(io.BytesIO(store.export_zip(copy.id))) as zf:
        doc = json.loads(zf.read("session.json"))
    assert [(t["index"], t["hidden"]) for t in doc["turns"]] == [(1, False), (2, True)]
    with pytest.raises(InvalidInput, match="unsafe file name"):
        store.import_zip(_with_entry(data, "../x"))
    assert len(store.sessions_for_tokens([session.owner_token, copy.owner_token])) == 2


def _with_entry(data: bytes, name: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr(name, b"x")
    return out.getvalue()


def test_concurrent_writers(store, url, capsys):
    turns_each = 25
    own = [store.create_session() for _ in range(16)]
    shared = store.create_session()

    def write(token: str, tag: str) -> None:
        for k in range(turns_each):
            finish(store, store.add_turn(token, f"{tag}-{k}"))

    errors: list[BaseException] = []
    barrier = threading.Barrier(20)

    def run(token: str, tag: str) -> None:
        try:
            barrier.wait()
            write(token, tag)
        except BaseException as exc:  # noqa: BLE001 - asserted on below
            errors.append(exc)

    jobs = [(s.owner_token, s.id) for s in own] + [(shared.owner_token, f"w{k}") for k in range(4)]
    threads = [threading.Thread(target=run, args=job) for job in jobs]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    seconds = time.perf_counter() - started
    assert errors == [], [repr(e) for e in errors]
    for s in own:
        assert [t.index for t in store.turns(s.id)] == list(range(1, turns_each + 1))
    turns = store.turns(shared.id)
    assert [t.index for t in turns] == list(range(1, 4 * turns_each + 1))
    assert sorted(t.message for t in turns) == sorted(f"w{w}-{k}" for w in range(4) for k in range(turns_each))
    assert [t.parent_id for t in turns] == [None] + [t.id for t in turns[:-1]]
    with capsys.disabled():
        backend = url.split(":", 1)[0]
        print(f"\n[concurrency] {backend}: 20 writer threads, {20 * turns_each} turns in {seconds:.2f} s")


def test_two_stores_on_one_database_wait_instead_of_failing(open_store):
    # Two Stores have two locks, like two processes: the database itself must serialise them.
    first, second = open_store(), open_store()
    shared = first.create_session()
    errors: list[BaseException] = []

    def write(store: Store, tag: str) -> None:
        try:
            for k in range(10):
                store.add_turn(shared.owner_token, f"{tag}-{k}")
        except BaseException as exc:  # noqa: BLE001 - asserted on below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=((first, second)[k % 2], f"w{k}")) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == [], [repr(e) for e in errors]
    turns = second.turns(shared.id)
    assert [t.index for t in turns] == list(range(1, 41))
    assert [t.parent_id for t in turns] == [None] + [t.id for t in turns[:-1]]


def test_upgrading_a_0001_database(url, tmp_path):
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn, "0001")
            conn.execute(text("INSERT INTO sessions (id, owner_token, created_at, updated_at, title, settings) "
                              "VALUES ('s1', :tok, :t, :t, 'old', '{}')"), {"tok": "o" * 43, "t": "2025-01-01 10:00:00"})  # fmt: skip
            for k in (1, 2, 3):
                conn.execute(
                    text('INSERT INTO turns (id, session_id, "index", parent_id, message, intent, prompt, '
                         "negative_prompt, scene, generation, seed, status, error, reply, timings, image_id, created_at, "
                         "finished_at) VALUES (:id, 's1', :k, NULL, :m, 'draw', '', '', NULL, '{}', NULL, 'done', "
                         "NULL, '', '{}', NULL, :t, NULL)"),
                    {"id": f"t{k}", "k": k, "m": f"m{k}", "t": "2025-01-01 10:00:00"},
                )  # fmt: skip
    finally:
        engine.dispose()
    with Store.open(url, tmp_path / "data") as store:
        session = store.access("o" * 43).session  # the old owner link still opens it (0005 keeps its digest)
        assert (session.id, session.owner_token, session.head_turn_id, len(session.read_token)) == (
            "s1", "o" * 43, "t3", 43,
        )  # fmt: skip
        assert store.get_session("s1").owner_token == ""
        with store._engine.connect() as conn:
            stored = conn.execute(text("SELECT owner_token_sha256 FROM sessions")).scalars().all()
        assert stored == [hashlib.sha256(b"o" * 43).hexdigest()]
        assert [(t.id, t.parent_id) for t in store.path("s1")] == [("t1", None), ("t2", "t1"), ("t3", "t2")]
        assert not store.access(session.read_token).can_write
