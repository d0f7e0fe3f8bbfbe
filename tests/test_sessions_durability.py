"""Concurrency and durability on real SQLite files: many writers, and a process killed mid-turn.

Run with ``-s`` to see the figures (turns written, seconds).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from sessions import Store
from sessions.models import utcnow
from sessions.store import DEFAULT_LEASE_SECONDS, INTERRUPTED

REPO = Path(__file__).resolve().parent.parent
TURNS_EACH = 25


def run_threads(targets) -> list[BaseException]:
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
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "a writer hung"
    return errors


def write_turns(store: Store, token: str, tag: str) -> None:
    """What the studio does per message: a pending turn through the owner link, then finished or failed."""
    for k in range(TURNS_EACH):
        turn = store.add_turn(token, f"{tag}-{k}")
        if k % 3 == 2:
            store.fail_turn(turn.id, "boom")
        else:
            store.finish_turn(
                turn.id, intent="draw", prompt=turn.message, negative_prompt="", scene={"k": k}, generation={},
                seed=k, reply="", timings={}, image=None,
            )  # fmt: skip


def check_session(store: Store, session_id: str, writers: list[str]) -> None:
    turns = store.turns(session_id)
    n = TURNS_EACH * len(writers)
    assert [t.index for t in turns] == list(range(1, n + 1))  # unique and contiguous
    assert sorted(t.message for t in turns) == sorted(f"{w}-{k}" for w in writers for k in range(TURNS_EACH))
    for w in writers:  # each writer's turns keep their order
        assert [t.message for t in turns if t.message.startswith(f"{w}-")] == [f"{w}-{k}" for k in range(TURNS_EACH)]
    # Every turn continued the head at the moment it started: one straight path, nothing lost.
    assert [t.parent_id for t in turns] == [None] + [t.id for t in turns[:-1]]
    assert store.path(session_id) == turns
    assert all(t.status in ("done", "failed") for t in turns)


def test_16_writers_on_16_sessions_and_4_on_one_session(tmp_path, capsys):
    with Store.open(f"sqlite:///{tmp_path / 'inkturn.db'}", tmp_path / "data") as store:
        own = [store.create_session(title=f"own {k}") for k in range(16)]
        shared = store.create_session(title="shared")
        readers_done = threading.Event()

        def read_while_writing() -> None:
            while not readers_done.is_set():
                store.path(shared.id)
                store.access(shared.read_token)
                store.sessions_for_tokens([s.owner_token for s in own])

        targets = [lambda s=s: write_turns(store, s.owner_token, s.id) for s in own]
        targets += [lambda k=k: write_turns(store, shared.owner_token, f"w{k}") for k in range(4)]
        reader = threading.Thread(target=read_while_writing)
        reader.start()
        started = time.perf_counter()
        errors = run_threads(targets)
        seconds = time.perf_counter() - started
        readers_done.set()
        reader.join(timeout=60)

        assert errors == [], [repr(e) for e in errors]  # no "database is locked", no other error
        for s in own:
            check_session(store, s.id, [s.id])
        check_session(store, shared.id, [f"w{k}" for k in range(4)])
        with store._engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM turns")).scalar() == 20 * TURNS_EACH
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    with capsys.disabled():
        print(f"\n[concurrency] sqlite: 20 writer threads, {20 * TURNS_EACH} turns "
              f"({2 * 20 * TURNS_EACH} write transactions) in {seconds:.2f} s")  # fmt: skip


# -- SIGKILL ---------------------------------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import struct, sys, time, zlib
    from pathlib import Path
    from sessions import Store

    url, data, mode, committed = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    store = Store.open(url, data)
    session = store.create_session(title="killed")
    print("session", session.id, session.owner_token, flush=True)
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    png = b"\\x89PNG\\r\\n\\x1a\\n" + struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr)) + b"x" * 64
    k = 0
    while mode == "loop" or k < committed:
        turn = store.add_turn(session.owner_token, f"turn {k}")
        image = store.save_image(png + str(k).encode(), 8, 8)
        store.finish_turn(turn.id, intent="draw", prompt=f"p{k}", negative_prompt="", scene={"k": k},
                          generation={"steps": 2}, seed=k, reply="", timings={}, image=image)
        print("committed", turn.id, flush=True)
        k += 1
    pending = store.add_turn(session.owner_token, "half done")
    print("pending", pending.id, flush=True)
    time.sleep(600)
    """
)


def past_the_lease():
    """The clock of a store opened later: the killed child's leases have run out by then."""
    return utcnow() + timedelta(seconds=DEFAULT_LEASE_SECONDS + 1)


def start_child(tmp_path, mode: str, committed: int = 0) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    url = f"sqlite:///{tmp_path / 'inkturn.db'}"
    args = [sys.executable, "-c", CHILD, url, str(tmp_path / "data"), mode, str(committed)]
    return subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env, cwd=tmp_path)


def read_until(proc: subprocess.Popen, prefix: str, lines: list[str], count: int = 1) -> None:
    deadline = time.monotonic() + 120
    while sum(line.startswith(prefix) for line in lines) < count:
        assert time.monotonic() < deadline, f"the child did not print {prefix!r} in time: {lines[-3:]}"
        line = proc.stdout.readline()
        assert line, f"the child exited early with {proc.wait()}"
        lines.append(line.strip())


def kill(proc: subprocess.Popen) -> list[str]:
    """SIGKILL; returns the lines the child printed that were not read yet (still in the pipe)."""
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    rest = proc.stdout.read().splitlines()
    proc.stdout.close()
    return rest


def test_sigkill_during_a_turn_keeps_committed_turns_and_fails_the_pending_one(tmp_path, capsys):
    proc = start_child(tmp_path, "fixed", committed=5)
    lines: list[str] = []
    try:
        read_until(proc, "pending", lines)
    finally:
        kill(proc)
    _, session_id, token = lines[0].split()
    committed = [line.split()[1] for line in lines if line.startswith("committed")]
    pending = lines[-1].split()[1]

    started = time.perf_counter()
    with Store.open(f"sqlite:///{tmp_path / 'inkturn.db'}", tmp_path / "data", clock=past_the_lease) as store:
        reopened = time.perf_counter() - started
        turns = store.path(session_id)
        assert [t.id for t in turns] == [*committed, pending]
        assert [(t.status, t.message, t.seed, t.scene) for t in turns[:-1]] == [
            ("done", f"turn {k}", k, {"k": k}) for k in range(5)
        ]
        for k, t in enumerate(turns[:-1]):
            assert store.image_path(store.get_image(t.image_id)).read_bytes().endswith(b"x" * 64 + str(k).encode())
        assert (turns[-1].status, turns[-1].error, turns[-1].message) == ("failed", INTERRUPTED, "half done")
        assert store.get_session(session_id).head_turn_id == pending
        assert store.undo(token).id == committed[-1]  # the session carries on
    with capsys.disabled():
        print(f"\n[sigkill] 5 committed turns + 1 pending; after SIGKILL all 5 intact, pending -> failed; "
              f"reopen took {reopened:.3f} s")  # fmt: skip


@pytest.mark.parametrize(("after", "delay"), [(3, 0.0), (9, 0.004), (17, 0.021)])
def test_sigkill_at_an_arbitrary_moment_loses_no_committed_turn(tmp_path, capsys, after, delay):
    proc = start_child(tmp_path, "loop")
    lines: list[str] = []
    try:
        read_until(proc, "committed", lines, count=after)
        time.sleep(delay)
    finally:
        # wherever the child is: between a start, a save, a finish and a print. Under load it
        # may have printed more than was read: those lines are commits too.
        lines += kill(proc)
    _, session_id, _ = lines[0].split()
    printed = [line.split()[1] for line in lines if line.startswith("committed")]

    with Store.open(f"sqlite:///{tmp_path / 'inkturn.db'}", tmp_path / "data", clock=past_the_lease) as store:
        turns = store.turns(session_id)
        with store._engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert [t.id for t in turns[: len(printed)]] == printed
    assert [t.index for t in turns] == list(range(1, len(turns) + 1))
    assert all(t.status == "done" for t in turns[: len(printed)])
    # At most one more finished turn (killed before its print) and one half-done turn, now failed.
    extra = turns[len(printed) :]
    assert len(extra) <= 2
    assert [t.status for t in extra] in ([], ["done"], ["failed"], ["done", "failed"])
    assert all(t.error == INTERRUPTED for t in extra if t.status == "failed")
    with capsys.disabled():
        print(f"\n[sigkill] killed {delay * 1000:.0f} ms after {len(printed)} printed commits: {len(turns)} turns "
              f"in the database, statuses after the printed ones: {[t.status for t in extra]}")  # fmt: skip
