"""Shared fixtures: tiny seeded pipelines built here (never downloaded), and a throwaway PostgreSQL
with the store opened on every backend (SQLite file and PostgreSQL)."""

from __future__ import annotations

import glob
import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from core.bundled.components import TinyModelConfig, build_pipeline, build_tokenizer
from core.painter import Painter
from sessions import Store

TINY = TinyModelConfig(
    image_size=64,
    vocab_size=300,
    text_len=16,
    text_len_t5=16,
    bert_hidden=32,
    bert_layers=1,
    bert_heads=2,
    t5_hidden=32,
    t5_layers=1,
    t5_heads=2,
    dit_hidden=64,
    dit_layers=2,
    dit_heads=2,
)

CORPUS = [
    "a large red circle at the top left on a blue background",
    "a small green square at the center on a white background",
    "蓝色背景上，右下方有一个小的黄色星形",
    "黄色背景上，左上方有一个大的红色圆形",
    "a small purple triangle at the bottom right and a large black star at the top, on an orange background",
] * 4


@pytest.fixture(scope="session")
def tiny_tokenizer():
    return build_tokenizer(CORPUS, vocab_size=TINY.vocab_size)


def make_tiny_pipeline(tokenizer, seed: int = 0):
    pipe = build_pipeline(TINY, tokenizer, seed=seed)
    pipe.set_progress_bar_config(disable=True)
    return pipe


@pytest.fixture(scope="session")
def tiny_pipeline(tiny_tokenizer):
    return make_tiny_pipeline(tiny_tokenizer)


@pytest.fixture(scope="session")
def tiny_painter(tiny_pipeline):
    return Painter(tiny_pipeline, name="tiny-test", kind="random")


BACKENDS = ["sqlite", "postgresql"]


# -- a throwaway PostgreSQL ------------------------------------------------------------------------


def _pg_bindir() -> Path | None:
    found = shutil.which("initdb")
    candidates = [Path(found).resolve().parent] if found else []
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    return next((c for c in candidates if (c / "initdb").is_file() and (c / "pg_ctl").is_file()), None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server():
    """(host, port) of a PostgreSQL cluster that lives as long as the test run."""
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql")
    if importlib.util.find_spec("psycopg") is None:
        pytest.skip("the psycopg driver is not installed: pip install 'psycopg[binary]'")
    as_user: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="inkturn-pg-"))
    if os.geteuid() == 0:  # initdb refuses to run as root
        try:
            nobody = pwd.getpwnam("nobody")
        except KeyError:
            pytest.skip("running as root and there is no 'nobody' user to run PostgreSQL as")
        if shutil.which("runuser") is None:
            pytest.skip("running as root and runuser is missing, so PostgreSQL cannot run as another user")
        os.chown(root, nobody.pw_uid, nobody.pw_gid)
        as_user = ["runuser", "-u", "nobody", "--"]
    data, log = root / "data", root / "server.log"

    def run(*args: str) -> None:
        result = subprocess.run([*as_user, *args], capture_output=True, text=True, timeout=120)
        if result.returncode:
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {result.stdout}{result.stderr}{tail}")

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "inkturn", "-A", "trust", "-E", "UTF8", "--no-sync")
        port = _free_port()
        # A test server: durability is SQLite's test (tests/test_sessions_durability.py), speed matters here.
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "-t", "60", "start")
        try:
            yield "127.0.0.1", port
        finally:
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh, empty database per test; dropped afterwards."""
    import psycopg

    host, port = postgres_server
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(host=host, port=port, user="inkturn", dbname="postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield f"postgresql://inkturn@{host}:{port}/{name}"
    with psycopg.connect(host=host, port=port, user="inkturn", dbname="postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture(params=BACKENDS)
def url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'inkturn.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def open_store(url, tmp_path):
    """Opens Stores (instances) on one database and data folder; closes them all at the end."""
    opened: list[Store] = []

    def _open(**kwargs) -> Store:
        opened.append(Store.open(url, tmp_path / "data", **kwargs))
        return opened[-1]

    yield _open
    for s in opened:
        s.close()
