"""Two real processes on one database while one is drawing: both finish every turn.

Before turn leases, the second process's ``Store.open`` failed every pending
turn, the first one's turn in flight included ("Turn 3 has already ended
(failed)"). Process A replays six turns; once its first turn is in the
database, process B replays six more on the same data. Both must exit 0 with
six turns each, and every turn in the database must be done.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

REPO = Path(__file__).resolve().parent.parent
TURNS = [
    "a red circle at the top left on a blue background",
    "make it green",
    "add a small yellow star at the bottom right",
    "make the background white",
    "move the circle to the center",
    "make the star purple",
]
# The bundled model draws a turn in a fraction of a second at 4 steps on a CPU. A draws slower,
# so that B surely starts (and opens the store) while A is still drawing.
STEPS = {"a": "60", "b": "4"}  # A: about 2 s a turn, longer than B takes to start
OPENED = re.compile(r"^(\S+ \S+) INFO sessions\.store: store instance", re.M)

pytestmark = pytest.mark.e2e


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path) -> tuple[str, list[str]]:
    """(URL the test reads, the flags that point app.py at the same database)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'data' / 'inkturn.db'}", []  # app.py's default under --data-dir
    url = request.getfixturevalue("postgres_url")
    return url.replace("postgresql://", "postgresql+psycopg://"), ["--database-url", url]


def replay(tmp_path: Path, name: str, flags: list[str]) -> subprocess.Popen:
    script = tmp_path / f"{name}.json"
    script.write_text(json.dumps({"turns": TURNS, "seed": 1}), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("INKTURN_")}
    args = [sys.executable, "app.py", "replay", str(script), "--out", str(tmp_path / name),
            "--data-dir", str(tmp_path / "data"), "--steps", STEPS[name], "--log-level", "info", *flags]  # fmt: skip
    log = (tmp_path / f"{name}.log").open("w")
    return subprocess.Popen(args, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)


def opened_at(log: str) -> datetime:
    """When the process's Store.open finished, from its log line (local time, as logging writes it)."""
    match = OPENED.search(log)
    assert match, log[-3000:]
    return datetime.strptime(match.group(1), "%Y-%m-%d %H:%M:%S,%f").astimezone(UTC)


def utc(value) -> datetime:
    """A timestamp from the database: an aware datetime (PostgreSQL) or UTC text (SQLite)."""
    value = datetime.fromisoformat(value) if isinstance(value, str) else value
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def turn_rows(engine) -> list[tuple]:
    """(status, session, created_at, finished_at) of every turn; [] while the schema is not there yet."""
    try:
        with engine.connect() as conn:
            return conn.execute(
                text("SELECT status, session_id, created_at, finished_at FROM turns ORDER BY created_at")
            ).all()
    except SQLAlchemyError:
        return []


def finish(proc: subprocess.Popen, tmp_path: Path, name: str) -> int:
    try:
        return proc.wait(timeout=300)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        pytest.fail(f"replay {name} did not finish: {(tmp_path / f'{name}.log').read_text()[-3000:]}")


def test_two_replays_on_one_database_both_finish_every_turn(tmp_path, database, capsys):
    url, flags = database
    engine = create_engine(url)
    started = time.perf_counter()
    a = replay(tmp_path, "a", flags)
    try:
        deadline = time.monotonic() + 180
        while not turn_rows(engine):  # A has started its first turn
            assert a.poll() is None, (tmp_path / "a.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "process A never started a turn"
            time.sleep(0.05)
        b = replay(tmp_path, "b", flags)
        codes = {"a": finish(a, tmp_path, "a"), "b": finish(b, tmp_path, "b")}
        seconds = time.perf_counter() - started
        rows = turn_rows(engine)
    finally:
        for proc in (a, locals().get("b")):
            if proc is not None and proc.poll() is None:
                proc.kill()
        engine.dispose()

    logs = {name: (tmp_path / f"{name}.log").read_text() for name in ("a", "b")}
    assert codes == {"a": 0, "b": 0}, {name: log[-3000:] for name, log in logs.items()}
    for name in ("a", "b"):
        records = [json.loads(p.read_text()) for p in sorted((tmp_path / name).glob("turn-*.json"))]
        assert [(r["message"], r["status"], r["error"]) for r in records] == [(m, "done", None) for m in TURNS]
    assert [r[0] for r in rows] == ["done"] * 12
    assert "already ended" not in logs["a"] + logs["b"]
    # B opened the store while a turn of A's was pending (else this test proves nothing).
    first_session = rows[0][1]
    drawing = [(utc(r[2]), utc(r[3])) for r in rows if r[1] == first_session]
    b_opened = opened_at(logs["b"])
    assert any(start < b_opened < end for start, end in drawing), (b_opened, drawing)
    with capsys.disabled():
        print(f"\n[two processes] {url.split(':')[0]}: 2 x {len(TURNS)} turns, all done, in {seconds:.1f} s")
