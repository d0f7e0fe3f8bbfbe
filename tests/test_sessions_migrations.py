"""Upgrading a database made by the first schema (0001) keeps every row and backfills the new columns.

The old database is built by running only revision 0001 and filling it with
plain SQL, the way the released app left it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import secrets

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from sessions import InvalidInput, Store, migrations
from sessions.store import INTERRUPTED

T0 = "2025-01-01 10:00:00.000000"
OLD_TOKEN = "o" * 43
OWNERS = {"s1": OLD_TOKEN, "s2": "p" * 43, "s3": "q" * 43}
SHA = "a" * 64


def old_database(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn, "0001")
            assert migrations.current_revision(conn) == "0001"
            insert = lambda sql, **values: conn.execute(text(sql), values)  # noqa: E731
            for sid, token, title in (("s1", OLD_TOKEN, "circles"), ("s2", "p" * 43, "empty"), ("s3", "q" * 43, "")):
                insert("INSERT INTO sessions (id, owner_token, created_at, updated_at, title, settings) "
                       "VALUES (:id, :token, :t, :t, :title, :settings)",
                       id=sid, token=token, t=T0, title=title, settings='{"steps": 4}')  # fmt: skip
            insert("INSERT INTO images (id, sha256, path, width, height, bytes, created_at) "
                   "VALUES ('img', :sha, :path, 64, 64, 70, :t)", sha=SHA, path=f"images/aa/{SHA}.png", t=T0)  # fmt: skip
            rows = [
                # session, id, index, parent, status, image
                ("s1", "t1", 1, None, "done", "img"),
                ("s1", "t2", 2, None, "failed", None),
                ("s1", "t3", 3, None, "done", "img"),
                ("s1", "t4", 4, None, "pending", None),
                ("s3", "u1", 1, None, "done", None),
                ("s3", "u2", 2, "u1", "done", None),
                ("s3", "u3", 3, "u1", "cancelled", None),  # an explicit parent is kept as it is
            ]
            for sid, tid, index, parent, status, image in rows:
                insert('INSERT INTO turns (id, session_id, "index", parent_id, message, intent, prompt, '
                       "negative_prompt, scene, generation, seed, status, error, reply, timings, image_id, "
                       "created_at, finished_at) VALUES (:id, :sid, :index, :parent, :message, 'draw', :prompt, '', "
                       """'{"n": 1}', '{"model": "m"}', 7, :status, NULL, 'ok', '{"draw": 1.0}', :image, :t, NULL)""",
                       id=tid, sid=sid, index=index, parent=parent, message=f"message {tid}",
                       prompt=f"prompt {tid}", status=status, image=image, t=T0)  # fmt: skip
    finally:
        engine.dispose()


def test_upgrading_a_0001_database_keeps_every_row_and_backfills(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old_database(url)

    with Store.open(url, tmp_path / "data") as store:
        with store._engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.head_revision() == "0006"
            counts = [conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in ("sessions", "turns", "images")]
            digests = conn.execute(text("SELECT id, owner_token_sha256 FROM sessions ORDER BY id")).all()
        assert counts == [3, 7, 1]
        assert digests == [(sid, hashlib.sha256(token.encode()).hexdigest()) for sid, token in OWNERS.items()]

        s1, s2, s3 = (store.access(token).session for token in OWNERS.values())  # the old owner links
        assert [(s.id, s.title, s.settings, s.owner_token) for s in (s1, s2, s3)] == [
            ("s1", "circles", {"steps": 4}, OLD_TOKEN), ("s2", "empty", {"steps": 4}, "p" * 43),
            ("s3", "", {"steps": 4}, "q" * 43),
        ]  # fmt: skip
        assert [store.get_session(s.id) for s in (s1, s2, s3)] == [
            dataclasses.replace(s, owner_token="") for s in (s1, s2, s3)
        ]
        read_tokens = [s.read_token for s in (s1, s2, s3)]
        assert len(set(read_tokens)) == 3 and all(re.fullmatch(r"[A-Za-z0-9_-]{43}", t) for t in read_tokens)
        assert [(s.head_turn_id, s.forked_from) for s in (s1, s2, s3)] == [("t4", None), (None, None), ("u3", None)]

        turns = store.turns("s1")
        assert [(t.id, t.index, t.parent_id, t.hidden) for t in turns] == [
            ("t1", 1, None, False), ("t2", 2, "t1", False), ("t3", 3, "t2", False), ("t4", 4, "t3", False),
        ]  # fmt: skip
        assert [(t.message, t.prompt, t.scene, t.generation, t.seed, t.reply, t.timings) for t in turns] == [
            (f"message {i}", f"prompt {i}", {"n": 1}, {"model": "m"}, 7, "ok", {"draw": 1.0})
            for i in ("t1", "t2", "t3", "t4")
        ]
        assert [t.status for t in turns] == ["done", "failed", "done", "failed"]
        assert (turns[3].error, turns[0].image_id, turns[2].image_id) == (INTERRUPTED, "img", "img")
        assert [t.message for t in store.path("s1")] == ["message t1", "message t2", "message t3", "message t4"]
        assert [(t.id, t.parent_id) for t in store.turns("s3")] == [("u1", None), ("u2", "u1"), ("u3", "u1")]
        assert [t.id for t in store.path("s3")] == ["u1", "u3"]
        assert store.get_image("img").sha256 == SHA

        # The old links still work, the new read links too, and new turns continue the path.
        assert store.access(OLD_TOKEN).can_write and not store.access(s1.read_token).can_write
        nxt = store.add_turn(OLD_TOKEN, "after the upgrade")
        assert (nxt.index, nxt.parent_id) == (5, "t4")
        with pytest.raises(InvalidInput, match="still being drawn"):
            store.undo(OLD_TOKEN)


def test_the_upgrade_is_one_transaction_and_reopening_changes_nothing(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old_database(url)
    with Store.open(url, tmp_path / "data") as store:
        first = [store.turns(s) for s in ("s1", "s3")], [store.get_session(s) for s in ("s1", "s2", "s3")]
    with Store.open(url, tmp_path / "data") as store:
        again = [store.turns(s) for s in ("s1", "s3")], [store.get_session(s) for s in ("s1", "s2", "s3")]
    assert again == first


def test_a_failing_upgrade_leaves_the_old_database_as_it_was(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old_database(url)

    def broken(_n):
        raise RuntimeError("no entropy")

    monkeypatch.setattr(secrets, "token_urlsafe", broken)
    with pytest.raises(RuntimeError, match="no entropy"):
        Store.open(url, tmp_path / "data")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert migrations.current_revision(conn) == "0001"
            columns = [r[1] for r in conn.execute(text("PRAGMA table_info(sessions)"))]
            assert columns == ["id", "owner_token", "created_at", "updated_at", "title", "settings"]
            assert conn.execute(text("SELECT count(*) FROM turns WHERE parent_id IS NULL")).scalar() == 5
    finally:
        engine.dispose()


# -- 0005: owner tokens become digests ---------------------------------------------------------

LEASED = "2999-01-01 10:00:00.000000"  # a lease no clock reaches in this test


def database_at_0004(url: str) -> None:
    """Plain owner tokens, and two pending turns: one leased to a live instance, one from before leases."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn, "0004")
            insert = lambda sql, **values: conn.execute(text(sql), values)  # noqa: E731
            for sid, token in OWNERS.items():
                insert("INSERT INTO sessions (id, owner_token, created_at, updated_at, title, settings, read_token) "
                       "VALUES (:id, :token, :t, :t, '', '{}', :read)", id=sid, token=token, t=T0, read=sid[1] * 43)  # fmt: skip
            for tid, owner, until in (("live", "a" * 16, LEASED), ("old", None, None)):
                insert('INSERT INTO turns (id, session_id, "index", message, intent, prompt, negative_prompt, '
                       "generation, status, reply, timings, created_at, lease_owner, lease_expires_at) VALUES "
                       "(:id, 's1', :index, 'm', '', '', '', '{}', 'pending', '', '{}', :t, :owner, :until)",
                       id=tid, index=1 if tid == "live" else 2, t=T0, owner=owner, until=until)  # fmt: skip
    finally:
        engine.dispose()


def test_upgrading_a_0004_database_hashes_owner_tokens_and_old_links_keep_working(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    database_at_0004(url)

    with Store.open(url, tmp_path / "data") as store:
        with store._engine.connect() as conn:
            columns = [r[1] for r in conn.execute(text("PRAGMA table_info(sessions)"))]
            stored = dict(conn.execute(text("SELECT id, owner_token_sha256 FROM sessions")).all())
        assert "owner_token" not in columns  # the plain tokens are gone from the database
        assert stored == {sid: hashlib.sha256(token.encode()).hexdigest() for sid, token in OWNERS.items()}
        for sid, token in OWNERS.items():
            access = store.access(token)
            assert (access.session.id, access.can_write, access.session.owner_token) == (sid, True, token)
            assert not store.access(sid[1] * 43).can_write  # read links are kept as they were
        assert [s.id for s in store.sessions_for_tokens(list(OWNERS.values()))] == ["s3", "s2", "s1"]
        assert store.rename(OLD_TOKEN, "renamed").title == "renamed"
        # A turn leased to a live instance stays pending; one written before leases is failed.
        assert [(t.id, t.status, t.error) for t in store.turns("s1")] == [
            ("live", "pending", None), ("old", "failed", INTERRUPTED),
        ]  # fmt: skip


def test_0005_cannot_be_undone(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    database_at_0004(url)
    Store.open(url, tmp_path / "data").close()
    engine = create_engine(url)
    try:
        with pytest.raises(NotImplementedError, match="only their digests"), engine.begin() as conn:
            command.downgrade(migrations.alembic_config(conn), "0004")
        with engine.connect() as conn:
            assert (
                migrations.current_revision(conn) == migrations.head_revision()
            )  # the refused downgrade changed nothing
    finally:
        engine.dispose()


# -- 0006: a failed turn's message as a code ---------------------------------------------------


def test_upgrading_a_0005_database_keeps_stored_sentences_and_new_failures_keep_their_code(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn, "0005")
            conn.execute(text("INSERT INTO sessions (id, created_at, updated_at, title, settings, read_token, "
                              "owner_token_sha256) VALUES ('s1', :t, :t, '', '{}', :read, :owner)"),
                         {"t": T0, "read": "r" * 43, "owner": hashlib.sha256(OLD_TOKEN.encode()).hexdigest()})  # fmt: skip
            conn.execute(text('INSERT INTO turns (id, session_id, "index", message, intent, prompt, negative_prompt, '
                              "generation, status, error, reply, timings, created_at, finished_at) VALUES "
                              "('old', 's1', 1, 'm', '', '', '', '{}', 'failed', '绘制失败了，请重试。', '', '{}', :t, :t)"),
                         {"t": T0})  # fmt: skip
    finally:
        engine.dispose()

    with Store.open(url, tmp_path / "data") as store:
        with store._engine.connect() as conn:
            assert migrations.current_revision(conn) == "0006"
            columns = [r[1] for r in conn.execute(text("PRAGMA table_info(turns)"))]
        assert {"error_code", "error_params"} <= set(columns)
        (old,) = store.turns("s1")
        assert (old.status, old.error, old.error_code, old.error_params) == (
            "failed",
            "绘制失败了，请重试。",
            None,
            None,
        )
        pending = store.add_turn(OLD_TOKEN, "a red circle")
        failed = store.fail_turn(pending.id, "Steps must be between 1 and 200, not 0.", code="steps_range",
                                 params={"steps": 0})  # fmt: skip
        assert store.get_turn(failed.id) == failed
        assert (failed.error_code, failed.error_params) == ("steps_range", {"steps": 0})
        with pytest.raises(InvalidInput, match="error code"):
            store.fail_turn(store.add_turn(OLD_TOKEN, "x").id, "boom", code="Not A Code")
