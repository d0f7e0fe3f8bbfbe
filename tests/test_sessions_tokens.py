"""Share links: owner and read-only tokens, rotation, and every write path × every kind of token.

Real SQLite files in tmp_path; no models, no UI.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass

import pytest
from sqlalchemy import event

from sessions import ReadOnly, SessionNotFound, SessionsError, Store
from sessions.store import READ_ONLY, UNKNOWN_LINK
from sessions.tokens import new_token

TABLES = ("sessions", "turns", "images")


@pytest.fixture
def store(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'inkturn.db'}", tmp_path / "data") as s:
        yield s


def finish(store: Store, turn):
    return store.finish_turn(
        turn.id, intent="draw", prompt=turn.message, negative_prompt="", scene={}, generation={}, seed=1,
        reply="", timings={}, image=None,
    )  # fmt: skip


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, and every file under the data folder."""
    with store._engine.connect() as conn:
        rows = {t: sorted(map(tuple, conn.exec_driver_sql(f"SELECT * FROM {t}").all()), key=repr) for t in TABLES}
    rows["files"] = sorted(str(p) for p in store.data_dir.rglob("*"))
    return rows


# -- access and rotation -----------------------------------------------------------------------


def test_owner_and_read_tokens_are_separate_random_tokens(store):
    sessions = [store.create_session() for _ in range(5)]
    tokens = [t for s in sessions for t in (s.owner_token, s.read_token)]
    assert len(set(tokens)) == 10
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{43}", t) for t in tokens)
    assert sessions[0].read_token not in repr(sessions[0]) and sessions[0].owner_token not in repr(sessions[0])


def test_access_tells_owner_links_from_read_only_links(store):
    session = store.create_session(title="shared", settings={"steps": 4})
    owner = store.access(session.owner_token)
    assert owner.can_write and owner.session == session
    read = store.access(session.read_token)
    assert not read.can_write
    assert read.session.owner_token == ""  # a visitor never gets the owner link
    assert (read.session.id, read.session.title, read.session.settings) == (session.id, "shared", {"steps": 4})
    assert read.session.read_token == session.read_token
    assert session.owner_token not in repr(read)


def test_the_database_holds_the_owner_tokens_digest_never_the_token(store):
    session = store.create_session()
    rotated = store.rotate_token(session.owner_token, "owner")
    fork = store.fork(rotated.read_token)
    with store._engine.connect() as conn:
        dump = repr(conn.exec_driver_sql("SELECT * FROM sessions").all())
    for token in (session.owner_token, rotated.owner_token, fork.owner_token):
        assert token not in dump
    assert hashlib.sha256(rotated.owner_token.encode()).hexdigest() in dump
    assert rotated.read_token in dump  # kept as it is: the owner can copy the share link again


def test_owner_token_is_carried_only_where_the_caller_knows_it(store, tmp_path):
    created = store.create_session(title="t")
    token = created.owner_token
    assert store.access(token).session.owner_token == token
    assert store.session_by_token(token).owner_token == token
    assert store.rename(token, "r").owner_token == token
    assert store.update_settings(token, {"a": 1}).owner_token == token
    assert store.rotate_token(token, "read").owner_token == token
    new = store.rotate_token(token, "owner").owner_token
    assert new != token and store.access(new).can_write
    assert [s.owner_token for s in store.sessions_for_tokens([new])] == [new]
    fork, (imported, _) = store.fork(new), store.import_zip(store.export_zip(created.id))
    for copy in (fork, imported):
        assert store.access(copy.owner_token).session.id == copy.id
    # By id, the store cannot know it: it keeps only the digest.
    assert store.get_session(created.id).owner_token == ""
    assert store.update_session(created.id, title="x").owner_token == ""
    assert store.access(store.get_session(created.id).read_token).session.owner_token == ""


def test_link_digests_follow_the_current_links(store):
    sha = lambda token: hashlib.sha256(token.encode()).hexdigest()  # noqa: E731
    session = store.create_session()
    assert store.link_digests(session.id) == (sha(session.owner_token), sha(session.read_token))
    rotated = store.rotate_token(store.rotate_token(session.owner_token, "owner").owner_token, "read")
    assert store.link_digests(session.id) == (sha(rotated.owner_token), sha(rotated.read_token))
    store.delete_session(rotated.owner_token)
    assert [store.link_digests(x) for x in (session.id, "0" * 32, None)] == [None, None, None]


def test_session_by_token_opens_owner_links_only(store):
    session = store.create_session()
    assert store.session_by_token(session.owner_token) == session
    with pytest.raises(SessionNotFound, match="unknown or no longer valid"):
        store.session_by_token(session.read_token)


@pytest.mark.parametrize("kind", ["owner", "read"])
def test_rotation_revokes_the_old_token_at_once(store, kind):
    session = store.create_session()
    rotated = store.rotate_token(session.owner_token, kind)
    old, new = getattr(session, f"{kind}_token"), getattr(rotated, f"{kind}_token")
    other = "read" if kind == "owner" else "owner"
    assert old != new and getattr(rotated, f"{other}_token") == getattr(session, f"{other}_token")
    with pytest.raises(SessionNotFound, match="unknown or no longer valid"):
        store.access(old)
    assert store.access(new).can_write == (kind == "owner")
    assert store.access(rotated.owner_token).session == rotated
    assert store.get_session(session.id) == dataclasses.replace(rotated, owner_token="")  # the store keeps a digest


def test_rotation_takes_only_the_owner_token_and_a_known_kind(store):
    session = store.create_session()
    with pytest.raises(ReadOnly):
        store.rotate_token(session.read_token, "read")
    with pytest.raises(SessionsError, match="kind must be one of"):
        store.rotate_token(session.owner_token, "admin")
    assert store.access(session.owner_token).session == session


@pytest.mark.parametrize(
    "token",
    ["", "short", "A" * 42, "A" * 44, "A" * 42 + "=", "A" * 43 + "\n", "A" * 42 + "é", "' OR 1=1 --" + "A" * 32,
     None, 12345, b"A" * 43],
)  # fmt: skip
def test_malformed_tokens_are_refused_without_a_query(store, token):
    seen: list[str] = []
    event.listen(store._engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    for call in (store.access, store.delete_session, lambda t: store.rename(t, "x"), store.fork, store.undo):
        with pytest.raises(SessionNotFound):
            call(token)
    assert seen == []


# -- every write path × every kind of token -------------------------------------------------------


@dataclass
class World:
    """One session with something to undo, to redo and to check out, plus its dead tokens."""

    store: Store
    session_id: str
    tokens: dict[str, str]
    first: str
    last: str


@pytest.fixture
def world(store) -> World:
    session = store.create_session(title="before", settings={"steps": 2})
    first = finish(store, store.add_turn(session.owner_token, "a"))
    last = finish(store, store.add_turn(session.owner_token, "b"))
    finish(store, store.add_turn(session.owner_token, "c"))
    store.undo(session.owner_token)  # c is hidden: redo has something to do
    old_owner, old_read = session.owner_token, session.read_token
    store.rotate_token(old_owner, "read")
    session = store.rotate_token(old_owner, "owner")
    tokens = {
        "owner": session.owner_token,
        "read": session.read_token,
        "forged": new_token(),  # well-formed, never issued
        "truncated": session.owner_token[:-1],
        "revoked owner": old_owner,
        "revoked read": old_read,
    }
    return World(store, session.id, tokens, first.id, last.id)


WRITES = {
    "chat": lambda w, t: w.store.add_turn(t, "hello"),
    "edit past message": lambda w, t: w.store.add_turn(t, "a, but green", parent_id=None),
    "regenerate": lambda w, t: w.store.regenerate(t, w.last),
    "undo": lambda w, t: w.store.undo(t),
    "redo": lambda w, t: w.store.redo(t),
    "branch (checkout)": lambda w, t: w.store.checkout(t, w.first),
    "rename": lambda w, t: w.store.rename(t, "after"),
    "settings": lambda w, t: w.store.update_settings(t, {"steps": 9}),
    "delete": lambda w, t: w.store.delete_session(t),
    "rotate owner token": lambda w, t: w.store.rotate_token(t, "owner"),
    "rotate read token": lambda w, t: w.store.rotate_token(t, "read"),
}
OUTCOMES = {
    "owner": None,  # the write happens
    "read": (ReadOnly, READ_ONLY),
    "forged": (SessionNotFound, UNKNOWN_LINK),
    "truncated": (SessionNotFound, UNKNOWN_LINK),
    "revoked owner": (SessionNotFound, UNKNOWN_LINK),
    "revoked read": (SessionNotFound, UNKNOWN_LINK),
}


@pytest.mark.parametrize("kind", list(OUTCOMES))
@pytest.mark.parametrize("write", list(WRITES))
def test_every_write_path_checks_the_token(world, write, kind):
    before = snapshot(world.store)
    expected = OUTCOMES[kind]
    if expected is None:
        WRITES[write](world, world.tokens[kind])
        assert snapshot(world.store) != before  # the owner's write did write
        return
    error, message = expected
    with pytest.raises(error) as caught:
        WRITES[write](world, world.tokens[kind])
    assert type(caught.value) is error and str(caught.value) == message  # one message: no hint which
    assert snapshot(world.store) == before  # nothing written, not even updated_at


def test_the_table_covers_every_token_checked_write_method():
    token_checked = {"add_turn", "regenerate", "undo", "redo", "checkout", "rename", "update_settings",
                     "delete_session", "rotate_token"}  # fmt: skip
    called = set().union(*(write.__code__.co_names for write in WRITES.values()))
    assert token_checked <= called
    assert issubclass(ReadOnly, SessionsError) and not issubclass(ReadOnly, SessionNotFound)


def test_a_read_only_visitor_can_read_and_fork_but_not_write(world):
    store, read = world.store, world.tokens["read"]
    access = store.access(read)
    assert not access.can_write
    assert [t.message for t in store.path(access.session.id)] == ["a", "b"]
    fork = store.fork(read)
    assert store.access(fork.owner_token).can_write
    assert store.add_turn(fork.owner_token, "mine now").parent_id == store.path(fork.id)[-2].id
    assert [t.message for t in store.path(world.session_id)] == ["a", "b"]
