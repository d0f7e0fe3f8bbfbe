"""History as a tree (undo, redo, branches, regenerate), gallery, session list, delete, fork.

Real SQLite files in tmp_path; no models, no UI.
"""

from __future__ import annotations

import struct
import zlib

import pytest

from sessions import HEAD, InvalidInput, SessionNotFound, Store, TurnNotFound
from sessions.store import NOT_FINISHED_WHEN_COPIED, STILL_DRAWING
from sessions.tokens import new_token


def png(tag: str, size: int = 8) -> bytes:
    """A PNG signature and an IHDR header saying size x size (what the store reads), then the tag."""
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr)) + tag.encode() * 8


@pytest.fixture
def store(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'inkturn.db'}", tmp_path / "data") as s:
        yield s


def done(store: Store, turn, image=None, **overrides):
    values = dict(
        intent="draw", prompt=f"prompt of {turn.message}", negative_prompt="blurry", scene={"m": turn.message},
        generation={"model": "tiny", "steps": 2}, seed=turn.index, reply="ok", timings={"draw": 1.5}, image=image,
    )  # fmt: skip
    values.update(overrides)
    return store.finish_turn(turn.id, **values)


def chat(store: Store, token: str, *messages: str):
    """Adds finished turns along the head; returns them."""
    return [done(store, store.add_turn(token, m)) for m in messages]


def ids(turns) -> list[str]:
    return [t.id for t in turns]


def messages(turns) -> list[str]:
    return [t.message for t in turns]


def head(store: Store, session) -> str | None:
    return store.get_session(session.id).head_turn_id


# -- the head and the path ---------------------------------------------------------------------


def test_a_new_turn_continues_the_head_and_becomes_the_head(store):
    session = store.create_session()
    assert (session.head_turn_id, store.path(session.id)) == (None, [])
    first = store.start_turn(session.id, "a red circle")
    assert head(store, session) == first.id
    second = store.start_turn(session.id, "make it blue")
    assert (first.parent_id, second.parent_id) == (None, first.id)
    assert head(store, session) == second.id
    assert store.path(session.id) == [store.get_turn(first.id), second]


def test_parent_none_starts_a_new_root_and_a_turn_id_branches(store):
    session = store.create_session()
    a, b = chat(store, session.owner_token, "a", "b")
    root2 = store.start_turn(session.id, "fresh start", parent_id=None)
    assert root2.parent_id is None
    assert messages(store.path(session.id)) == ["fresh start"]
    branch = store.start_turn(session.id, "b'", parent_id=a.id)
    assert branch.parent_id == a.id
    assert messages(store.path(session.id)) == ["a", "b'"]
    assert [(t.message, t.parent_id) for t in store.turns(session.id)] == [
        ("a", None), ("b", a.id), ("fresh start", None), ("b'", a.id),
    ]  # fmt: skip
    assert store.start_turn(session.id, "c", parent_id=HEAD).parent_id == branch.id


def test_finishing_or_failing_a_turn_keeps_the_head(store):
    session = store.create_session()
    first = store.start_turn(session.id, "one")
    second = store.start_turn(session.id, "two")
    done(store, first)
    assert head(store, session) == second.id
    store.fail_turn(second.id, "boom")
    assert head(store, session) == second.id
    assert [(t.message, t.status) for t in store.path(session.id)] == [("one", "done"), ("two", "failed")]


# -- undo and redo -----------------------------------------------------------------------------


def test_undo_hides_turns_one_by_one_and_redo_brings_them_back(store):
    session = store.create_session()
    token = session.owner_token
    a, b, c = chat(store, token, "a", "b", "c")

    assert store.undo(token) == b
    assert messages(store.path(session.id)) == ["a", "b"]
    hidden = store.get_turn(c.id)
    assert hidden.hidden and hidden.undone_at is not None and hidden.status == "done"
    assert store.undo(token) == a
    assert store.undo(token) is None
    assert (head(store, session), store.path(session.id)) == (None, [])
    assert [t.hidden for t in store.turns(session.id)] == [True, True, True]
    with pytest.raises(InvalidInput, match="nothing to undo"):
        store.undo(token)

    assert store.redo(token) == a
    assert store.redo(token) == b
    assert store.redo(token) == c
    with pytest.raises(InvalidInput, match="nothing to redo"):
        store.redo(token)
    assert store.path(session.id) == [a, b, c]
    assert store.turns(session.id) == [a, b, c]  # nothing lost, nothing left hidden


def test_redo_picks_the_child_undone_last(store):
    session = store.create_session()
    token = session.owner_token
    (a,) = chat(store, token, "a")
    (b,) = chat(store, token, "b")
    store.checkout(token, a.id)
    (c,) = chat(store, token, "c")  # a second branch under a
    store.undo(token)  # hides c; head a
    store.checkout(token, b.id)
    store.undo(token)  # hides b, after c
    assert store.get_turn(c.id).undone_at < store.get_turn(b.id).undone_at
    assert store.redo(token).id == b.id
    store.checkout(token, c.id)  # shows c again
    assert not store.get_turn(c.id).hidden
    store.undo(token)  # hides c, now the latest
    assert store.redo(token).id == c.id


def test_a_new_turn_after_undo_starts_a_branch_and_the_old_one_stays_reachable(store):
    session = store.create_session()
    token = session.owner_token
    a, b = chat(store, token, "a", "b")
    store.undo(token)
    (b2,) = chat(store, token, "b2")
    assert b2.parent_id == a.id
    assert messages(store.path(session.id)) == ["a", "b2"]
    assert ids(store.children(a.id)) == [b.id, b2.id]
    assert ids(store.siblings(b2.id)) == [b.id, b2.id]
    assert [t.hidden for t in store.children(a.id)] == [True, False]
    assert store.checkout(token, b.id) == store.get_turn(b.id)
    assert messages(store.path(session.id)) == ["a", "b"]
    assert not store.get_turn(b.id).hidden


def test_checkout_an_earlier_turn_and_continue_from_there(store):
    session = store.create_session()
    token = session.owner_token
    a, b, c = chat(store, token, "a", "b", "c")
    assert store.checkout(token, a.id) == a
    assert messages(store.path(session.id)) == ["a"]
    with pytest.raises(InvalidInput, match="nothing to redo"):
        store.redo(token)  # checkout moves, it does not undo
    (d,) = chat(store, token, "d")
    assert d.parent_id == a.id
    assert messages(store.path(session.id)) == ["a", "d"]
    assert [(t.message, t.hidden) for t in store.turns(session.id)] == [
        ("a", False), ("b", False), ("c", False), ("d", False),
    ]  # fmt: skip
    store.checkout(token, c.id)
    assert messages(store.path(session.id)) == ["a", "b", "c"]


def test_checkout_a_hidden_turn_shows_its_whole_path_again(store):
    session = store.create_session()
    token = session.owner_token
    a, b, c = chat(store, token, "a", "b", "c")
    store.undo(token)
    store.undo(token)
    store.checkout(token, c.id)
    assert store.path(session.id) == [a, b, c]
    assert [t.hidden for t in store.turns(session.id)] == [False, False, False]


def test_starting_a_turn_under_a_hidden_turn_shows_its_path_again(store):
    session = store.create_session()
    token = session.owner_token
    a, b = chat(store, token, "a", "b")
    store.undo(token)
    c = store.add_turn(token, "c", parent_id=b.id)
    assert messages(store.path(session.id)) == ["a", "b", "c"]
    assert not store.get_turn(b.id).hidden and c.parent_id == b.id


def test_a_failed_or_cancelled_head_is_undone_like_any_turn(store):
    session = store.create_session()
    token = session.owner_token
    (a,) = chat(store, token, "a")
    failed = store.fail_turn(store.add_turn(token, "b").id, "boom")
    assert store.undo(token) == a
    assert store.get_turn(failed.id).hidden and store.get_turn(failed.id).status == "failed"
    cancelled = store.fail_turn(store.add_turn(token, "c").id, "Stopped.", status="cancelled")
    assert cancelled.parent_id == a.id
    assert store.undo(token) == a


def test_the_head_does_not_move_away_from_a_turn_still_being_drawn(store):
    session = store.create_session()
    token = session.owner_token
    (a,) = chat(store, token, "a")
    pending = store.add_turn(token, "b")
    for move in (lambda: store.undo(token), lambda: store.redo(token), lambda: store.checkout(token, a.id)):
        with pytest.raises(InvalidInput, match="still being drawn"):
            move()
    assert str(InvalidInput(STILL_DRAWING)) == STILL_DRAWING
    assert store.checkout(token, pending.id) == pending  # staying put is fine
    assert head(store, session) == pending.id and not store.get_turn(pending.id).hidden
    done(store, pending)
    assert store.undo(token) == a


def test_regenerate_starts_a_sibling_with_the_same_message(store):
    session = store.create_session()
    token = session.owner_token
    a, b = chat(store, token, "a", "b")
    again = store.regenerate(token, b.id)
    assert (again.message, again.parent_id, again.status, again.index) == ("b", a.id, "pending", 3)
    assert head(store, session) == again.id
    assert ids(store.siblings(b.id)) == [b.id, again.id]
    done(store, again)
    root_again = store.regenerate(token, a.id)
    assert (root_again.message, root_again.parent_id) == ("a", None)
    assert ids(store.siblings(a.id)) == [a.id, root_again.id]
    assert messages(store.path(session.id)) == ["a"]


def test_editing_a_past_message_is_a_new_turn_beside_it(store):
    session = store.create_session()
    token = session.owner_token
    a, b, c = chat(store, token, "a", "b", "c")
    edited = store.add_turn(token, "b, but green", parent_id=b.parent_id)
    assert messages(store.path(session.id)) == ["a", "b, but green"]
    assert ids(store.siblings(b.id)) == [b.id, edited.id]


def test_turns_of_another_session_are_unknown_to_tree_moves(store):
    mine, other = store.create_session(), store.create_session()
    (theirs,) = chat(store, other.owner_token, "theirs")
    with pytest.raises(TurnNotFound):
        store.checkout(mine.owner_token, theirs.id)
    with pytest.raises(TurnNotFound):
        store.regenerate(mine.owner_token, theirs.id)
    with pytest.raises(InvalidInput, match="another session"):
        store.add_turn(mine.owner_token, "x", parent_id=theirs.id)
    with pytest.raises(TurnNotFound):
        store.checkout(mine.owner_token, "0" * 32)
    assert store.turns(mine.id) == []
    with pytest.raises(TurnNotFound):
        store.children("0" * 32)
    with pytest.raises(SessionNotFound):
        store.path("0" * 32)


def test_the_tree_and_head_survive_a_reopen(tmp_path):
    url, data = f"sqlite:///{tmp_path / 'inkturn.db'}", tmp_path / "data"
    with Store.open(url, data) as store:
        session = store.create_session()
        token = session.owner_token
        chat(store, token, "a", "b", "c")
        store.undo(token)
        chat(store, token, "c2")
        tree, path = store.turns(session.id), store.path(session.id)
    with Store.open(url, data) as again:
        assert again.turns(session.id) == tree
        assert again.path(session.id) == path
        assert messages(path) == ["a", "b", "c2"]
        assert again.undo(token).message == "b"
        assert again.redo(token).message == "c2"


# -- gallery and session list ------------------------------------------------------------------


def test_gallery_has_every_picture_on_every_branch_in_turn_order(store):
    session = store.create_session()
    token = session.owner_token
    red, blue, green = (store.save_image(png(t, 64), 64, 64) for t in ("red", "blue", "green"))
    a = done(store, store.add_turn(token, "red"), image=red)
    done(store, store.add_turn(token, "how many?"), image=None, intent="chat")
    b = done(store, store.add_turn(token, "blue"), image=blue)
    store.undo(token)
    c = done(store, store.add_turn(token, "green"), image=green)
    again = done(store, store.regenerate(token, a.id), image=red)  # same bytes: one image, two turns
    gallery = store.gallery(session.id)
    assert [(t.id, i.id) for t, i in gallery] == [(a.id, red.id), (b.id, blue.id), (c.id, green.id), (again.id, red.id)]
    assert gallery[1][0].hidden and gallery[0][0].prompt == "prompt of red"
    assert store.gallery(store.create_session().id) == []
    with pytest.raises(SessionNotFound):
        store.gallery("0" * 32)


def test_sessions_for_tokens_lists_known_owner_tokens_newest_first(store):
    one, two, empty = store.create_session(title="one"), store.create_session(title="two"), store.create_session()
    first, second = store.save_image(png("1"), 8, 8), store.save_image(png("2"), 8, 8)
    done(store, store.add_turn(two.owner_token, "x"), image=first)
    done(store, store.add_turn(one.owner_token, "a"), image=first)
    done(store, store.add_turn(one.owner_token, "b"), image=second)
    done(store, store.add_turn(one.owner_token, "c"))  # chat only: the thumbnail stays the last picture
    store.undo(one.owner_token)
    store.undo(one.owner_token)  # b is off the path now

    tokens = [empty.owner_token, one.owner_token, "junk", new_token(), two.read_token, two.owner_token,
              one.owner_token, None, "A" * 42]  # fmt: skip
    listed = store.sessions_for_tokens(tokens)
    assert [(s.id, s.title, s.turn_count, s.thumbnail_image_id) for s in listed] == [
        (one.id, "one", 1, first.id), (two.id, "two", 1, first.id), (empty.id, "", 0, None),
    ]  # fmt: skip
    assert [s.owner_token for s in listed] == [one.owner_token, two.owner_token, empty.owner_token]
    assert listed[0].updated_at == store.get_session(one.id).updated_at
    assert one.owner_token not in repr(listed[0])
    assert store.sessions_for_tokens([]) == []
    with pytest.raises(InvalidInput):
        store.sessions_for_tokens("not a list")  # type: ignore[arg-type]


def test_rename_and_settings_by_owner_token(store):
    session = store.create_session(title="old", settings={"steps": 20})
    renamed = store.rename(session.owner_token, "new")
    assert (renamed.title, renamed.settings) == ("new", {"steps": 20})
    updated = store.update_settings(session.owner_token, {"steps": 4, "size": (64, 64)})
    assert (updated.title, updated.settings) == ("new", {"steps": 4, "size": [64, 64]})
    assert store.access(session.owner_token).session == updated
    with pytest.raises(InvalidInput, match="limit is 200"):
        store.rename(session.owner_token, "t" * 201)
    with pytest.raises(InvalidInput, match="JSON"):
        store.update_settings(session.owner_token, {"g": float("nan")})
    assert store.access(session.owner_token).session == updated


# -- delete ------------------------------------------------------------------------------------


def image_files(store: Store) -> list[str]:
    folder = store.data_dir / "images"
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def table_counts(store: Store) -> dict[str, int]:
    with store._engine.connect() as conn:
        return {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in ("sessions", "turns", "images")}


def test_delete_removes_rows_and_only_the_images_no_one_else_uses(store):
    doomed, kept = store.create_session(), store.create_session()
    shared, own = store.save_image(png("shared"), 8, 8), store.save_image(png("own"), 8, 8)
    done(store, store.add_turn(kept.owner_token, "kept"), image=shared)
    a = done(store, store.add_turn(doomed.owner_token, "a"), image=shared)
    done(store, store.add_turn(doomed.owner_token, "b"), image=own)
    store.regenerate(doomed.owner_token, a.id)  # a branch: children and parents go together
    fork = store.fork(doomed.owner_token, up_to_turn_id=store.children(a.id)[0].id)  # shares both images
    assert table_counts(store) == {"sessions": 3, "turns": 6, "images": 2}

    store.delete_session(doomed.owner_token)
    assert table_counts(store) == {"sessions": 2, "turns": 3, "images": 2}  # the fork still uses both
    assert image_files(store) == sorted([f"{shared.sha256}.png", f"{own.sha256}.png"])
    for token in (doomed.owner_token, doomed.read_token):
        with pytest.raises(SessionNotFound):
            store.access(token)
    with pytest.raises(SessionNotFound):
        store.delete_session(doomed.owner_token)
    assert messages(store.path(kept.id)) == ["kept"]
    assert messages(store.path(fork.id)) == ["a", "b"]

    store.delete_session(fork.owner_token)
    assert table_counts(store) == {"sessions": 1, "turns": 1, "images": 1}
    assert image_files(store) == [f"{shared.sha256}.png"]
    store.delete_session(kept.owner_token)
    assert table_counts(store) == {"sessions": 0, "turns": 0, "images": 0}
    assert image_files(store) == []


def test_an_image_deleted_with_its_session_can_be_saved_again(store):
    session = store.create_session()
    image = store.save_image(png("once"), 8, 8)
    done(store, store.add_turn(session.owner_token, "a"), image=image)
    store.delete_session(session.owner_token)
    assert image_files(store) == []
    again = store.save_image(png("once"), 8, 8)
    assert again.id != image.id and store.image_path(again).read_bytes() == png("once")


# -- fork --------------------------------------------------------------------------------------

COPIED = ("message", "intent", "prompt", "negative_prompt", "scene", "generation", "seed", "status", "error", "reply",
          "timings", "image_id", "created_at", "finished_at")  # fmt: skip


def copied(turn) -> tuple:
    return tuple(getattr(turn, name) for name in COPIED)


@pytest.mark.parametrize("kind", ["owner", "read"])
def test_fork_copies_the_path_into_a_new_session_with_new_tokens(store, kind):
    source = store.create_session(title="source", settings={"steps": 3})
    image = store.save_image(png("red"), 8, 8)
    a, b = chat(store, source.owner_token, "a", "b")
    b = store.get_turn(b.id)
    store.undo(source.owner_token)
    (b2,) = chat(store, source.owner_token, "b2")
    c = done(store, store.add_turn(source.owner_token, "c"), image=image)
    before = store.turns(source.id)

    token = source.owner_token if kind == "owner" else source.read_token
    fork = store.fork(token)
    assert (fork.title, fork.settings, fork.forked_from) == (
        "source (2)",
        {"steps": 3},
        source.id,
    )  # a copy is numbered (issue 16)
    assert fork.id != source.id
    assert {fork.owner_token, fork.read_token}.isdisjoint({source.owner_token, source.read_token})
    assert store.access(fork.owner_token).can_write
    path = store.path(fork.id)
    assert [copied(t) for t in path] == [copied(t) for t in (a, b2, c)]
    assert [t.index for t in path] == [1, 2, 3]
    assert [t.parent_id for t in path] == [None, path[0].id, path[1].id]
    assert set(ids(path)).isdisjoint(ids(before))
    assert store.turns(fork.id) == path and fork.head_turn_id == path[-1].id
    assert store.turns(source.id) == before  # the source is untouched

    partial = store.fork(token, up_to_turn_id=b.id)  # a turn on another branch, hidden even
    assert [copied(t) for t in store.path(partial.id)] == [copied(a), copied(b)]
    assert [t.hidden for t in store.turns(partial.id)] == [False, False]


def test_fork_edge_cases(store):
    source = store.create_session()
    empty = store.fork(source.read_token)
    assert (store.turns(empty.id), empty.head_turn_id, empty.forked_from) == ([], None, source.id)
    (a,) = chat(store, source.owner_token, "a")
    pending = store.add_turn(source.owner_token, "b")
    fork = store.fork(source.owner_token)
    copy = store.path(fork.id)
    assert [(t.message, t.status, t.error) for t in copy] == [
        ("a", "done", None),
        ("b", "failed", NOT_FINISHED_WHEN_COPIED),
    ]
    assert copy[1].finished_at is not None
    assert store.get_turn(pending.id).status == "pending"  # the original is still being drawn
    with pytest.raises(TurnNotFound):
        store.fork(source.owner_token, up_to_turn_id="0" * 32)
    for bad in (new_token(), source.owner_token[:-1], "", None):
        with pytest.raises(SessionNotFound):
            store.fork(bad)  # type: ignore[arg-type]
