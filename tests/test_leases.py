"""Leases for turns in flight: two Stores (two instances, as two processes would be) on one database.

A pending turn belongs to the instance that started it for as long as that
instance's heartbeat renews its lease. Another instance fails it only once
the lease has run out, at open, in its heartbeat, or when an undo would move
away from it. The clock is injected, so a lease runs out without sleeping.
"""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import event, text

from sessions import InvalidInput, Store, TurnAlreadyFinished
from sessions.models import utcnow
from sessions.store import DEFAULT_LEASE_SECONDS, INTERRUPTED, STILL_DRAWING


class Clock:
    """Real time plus an offset the test moves forward: a lease runs out without waiting for it."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self):
        return utcnow() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += timedelta(seconds=seconds)


def finish(store: Store, turn_id: str):
    return store.finish_turn(
        turn_id, intent="draw", prompt="p", negative_prompt="", scene={}, generation={}, seed=1, reply="", timings={},
        image=None,
    )  # fmt: skip


def lease_of(store: Store, turn_id: str) -> tuple[str | None, object]:
    with store._engine.connect() as conn:
        row = conn.execute(
            text("SELECT lease_owner, lease_expires_at FROM turns WHERE id = :id"), {"id": turn_id}
        ).one()
    return row[0], row[1]


def wait_for(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


# -- a second instance leaves live turns alone -----------------------------------------------------


def test_opening_a_second_store_keeps_the_first_ones_turn_in_flight(open_store):
    first = open_store()
    session = first.create_session()
    drawing = first.add_turn(session.owner_token, "a red circle")
    assert lease_of(first, drawing.id)[0] == first.instance_id

    second = open_store()  # `app.py replay`, or a second server, on the same data
    assert second.instance_id != first.instance_id
    assert second.get_turn(drawing.id).status == "pending"
    second.close()  # closing fails only its own turns
    assert first.get_turn(drawing.id).status == "pending"
    done = finish(first, drawing.id)
    assert (done.status, done.error) == ("done", None)
    assert lease_of(first, drawing.id) == (None, None)  # a lease exists only while a turn is pending


def test_close_fails_the_turns_of_this_instance_only(open_store):
    first, second = open_store(), open_store()
    session = first.create_session()
    mine = first.add_turn(session.owner_token, "mine")
    other = second.start_turn(second.create_session().id, "theirs")
    first.close()
    assert (second.get_turn(mine.id).status, second.get_turn(mine.id).error) == ("failed", INTERRUPTED)
    assert second.get_turn(other.id).status == "pending"


# -- an expired lease is recovered ------------------------------------------------------------------


def test_an_expired_lease_is_failed_when_another_store_opens(open_store):
    first = open_store()
    session = first.create_session()
    drawing = first.add_turn(session.owner_token, "killed mid-draw")
    later = Clock()
    later.advance(DEFAULT_LEASE_SECONDS + 1)  # the first instance died and its lease ran out

    second = open_store(clock=later)
    turn = second.get_turn(drawing.id)
    assert (turn.status, turn.error, lease_of(second, drawing.id)) == ("failed", INTERRUPTED, (None, None))
    assert turn.finished_at is not None
    # Had the first instance only stalled, its late result is refused, not written over the failure.
    with pytest.raises(TurnAlreadyFinished, match="already ended"):
        finish(first, drawing.id)


def test_the_heartbeat_of_another_store_fails_an_expired_lease(open_store):
    first = open_store()  # its heartbeat renews every 15 s: not within this test
    session = first.create_session()
    drawing = first.add_turn(session.owner_token, "its process is gone")
    clock = Clock()
    second = open_store(lease_seconds=0.2, clock=clock)  # beats every 0.05 s
    time.sleep(0.2)
    assert second.get_turn(drawing.id).status == "pending"  # a few beats: the lease still holds

    clock.advance(DEFAULT_LEASE_SECONDS + 1)
    assert wait_for(lambda: second.get_turn(drawing.id).status == "failed")
    assert second.get_turn(drawing.id).error == INTERRUPTED


def test_renewal_keeps_a_long_draw_alive_past_several_leases(open_store):
    first, second = open_store(lease_seconds=0.3), open_store(lease_seconds=0.3)
    session = first.create_session()
    drawing = first.add_turn(session.owner_token, "a slow picture")
    _, started_until = lease_of(first, drawing.id)
    time.sleep(1.2)  # four leases long; both heartbeats run, the second would fail a lapsed lease
    owner, renewed_until = lease_of(first, drawing.id)
    assert (second.get_turn(drawing.id).status, owner) == ("pending", first.instance_id)
    assert renewed_until > started_until
    assert finish(first, drawing.id).status == "done"


def test_renewal_is_one_update_for_all_of_an_instances_turns(open_store):
    store = open_store()
    for k in range(3):
        store.start_turn(store.create_session().id, f"turn {k}")
    seen: list[str] = []
    event.listen(store._engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    assert store._beat() == 0
    updates = [s for s in seen if s.lstrip().upper().startswith("UPDATE")]
    assert len(updates) == 1 and "lease_expires_at" in updates[0]


def test_the_heartbeat_stops_with_close(open_store):
    store = open_store(lease_seconds=0.2)
    beat = store._heartbeat
    assert beat is not None and beat.daemon and beat.is_alive()
    store.close()
    assert not beat.is_alive()


# -- a session is never stuck behind a dead instance's turn -----------------------------------------


def test_undo_past_a_pending_head_whose_owner_is_gone(open_store):
    gone = open_store()
    session = gone.create_session()
    token = session.owner_token
    first = finish(gone, gone.add_turn(token, "a").id)
    stuck = gone.add_turn(token, "b")
    clock = Clock()
    alive = open_store(clock=clock)
    with pytest.raises(InvalidInput, match="still being drawn"):
        alive.undo(token)  # the lease still holds: the owner may be drawing

    clock.advance(DEFAULT_LEASE_SECONDS + 1)
    assert alive.undo(token) == first  # failed first, then undone like any failed turn
    turn = alive.get_turn(stuck.id)
    assert (turn.status, turn.error, turn.hidden) == ("failed", INTERRUPTED, True)
    assert alive.redo(token).id == stuck.id


def test_redo_and_checkout_fail_a_lapsed_head_too(open_store):
    gone = open_store()
    session = gone.create_session()
    token = session.owner_token
    first = finish(gone, gone.add_turn(token, "a").id)
    stuck = gone.add_turn(token, "b")
    clock = Clock()
    alive = open_store(clock=clock)
    with pytest.raises(InvalidInput, match=STILL_DRAWING[:20]):
        alive.checkout(token, first.id)
    clock.advance(DEFAULT_LEASE_SECONDS + 1)
    assert alive.checkout(token, first.id) == first
    assert alive.get_turn(stuck.id).status == "failed"


def test_a_head_finished_meanwhile_is_not_failed(open_store):
    owner = open_store()
    session = owner.create_session()
    token = session.owner_token
    first = finish(owner, owner.add_turn(token, "a").id)
    second = finish(owner, owner.add_turn(token, "b").id)
    late = Clock()
    late.advance(DEFAULT_LEASE_SECONDS + 1)
    other = open_store(clock=late)
    assert other.undo(token) == first
    assert other.get_turn(second.id).status == "done"


def test_a_pending_turn_without_an_owner_is_failed_at_open(open_store):
    # What a version without leases leaves behind: nobody renews it.
    store = open_store()
    turn = store.start_turn(store.create_session().id, "old")
    with store._engine.begin() as conn:
        conn.execute(text("UPDATE turns SET lease_owner = NULL, lease_expires_at = NULL"))
    again = open_store()
    assert (again.get_turn(turn.id).status, again.get_turn(turn.id).error) == ("failed", INTERRUPTED)


def test_two_instances_drawing_at_once_both_finish_every_turn(open_store):
    first, second = open_store(lease_seconds=0.3), open_store(lease_seconds=0.3)
    shared = first.create_session()
    errors: list[BaseException] = []

    def draw(store: Store, tag: str) -> None:
        try:
            for k in range(10):
                turn = store.start_turn(store.create_session().id, f"{tag}-{k}")
                time.sleep(0.05)
                finish(store, turn.id)
                store.add_turn(shared.owner_token, f"{tag}-shared-{k}")
        except BaseException as exc:  # noqa: BLE001 - asserted on below
            errors.append(exc)

    threads = [threading.Thread(target=draw, args=(s, tag)) for s, tag in ((first, "a"), (second, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == [], [repr(e) for e in errors]
    with first._engine.connect() as conn:
        statuses = dict(conn.execute(text("SELECT status, count(*) FROM turns GROUP BY status")).all())
    assert statuses == {"done": 20, "pending": 20}  # the shared session's turns are still drawing, none failed


def test_lease_seconds_must_be_a_positive_number(url, tmp_path):
    for bad in (0, -1, True, float("nan"), float("inf"), "60"):
        with pytest.raises(InvalidInput, match="lease_seconds"):
            Store.open(url, tmp_path / "data", lease_seconds=bad)


def _process_pid(alive: bool) -> tuple[int, object]:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    if not alive:
        proc.kill()
        proc.wait()
    return proc.pid, proc


@pytest.mark.parametrize("alive", [False, True], ids=["owner-gone", "owner-alive"])
def test_a_turn_of_a_dead_process_on_this_machine_ends_at_the_next_start(open_store, alive):
    """kill -9, then a restart: no waiting out the lease when the owner's process is gone; a live
    process on this machine (another server on the same data) keeps its turn."""
    from sessions.store import _machine

    pid, proc = _process_pid(alive)
    try:
        store = open_store()
        turn = store.start_turn(store.create_session().id, "drawing when killed")
        future = utcnow() + timedelta(hours=1)
        with store._engine.begin() as conn:
            conn.execute(
                text("UPDATE turns SET lease_owner = :owner, lease_expires_at = :until WHERE id = :id"),
                {"owner": f"{_machine()}-{pid}-abcd1234", "until": future, "id": turn.id},
            )
        again = open_store()
        status = again.get_turn(turn.id).status
        assert status == ("pending" if alive else "failed")
    finally:
        proc.kill()
        proc.wait()


def test_an_owner_on_another_machine_is_trusted_until_its_lease_ends(open_store):
    store = open_store()
    turn = store.start_turn(store.create_session().id, "drawing elsewhere")
    with store._engine.begin() as conn:
        conn.execute(
            text("UPDATE turns SET lease_owner = :owner, lease_expires_at = :until WHERE id = :id"),
            {"owner": "00000000-1-abcd1234", "until": utcnow() + timedelta(hours=1), "id": turn.id},
        )
    assert open_store().get_turn(turn.id).status == "pending"
