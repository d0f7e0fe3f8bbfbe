"""Launch the real app, chat three turns through gradio_client, restart it, find the session intact."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from gradio_client import Client

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.e2e


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class AppProcess:
    def __init__(self, data_dir: Path, *extra: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "INKTURN_STEPS": "3", "INKTURN_SEED": "11"}
        self.log = (data_dir.parent / f"app-{self.port}.log").open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "app.py", "--data-dir", str(data_dir), "--port", str(self.port), *extra],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait(self, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"app exited with {self.proc.returncode}: {Path(self.log.name).read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(self.url, timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        raise TimeoutError(Path(self.log.name).read_text()[-2000:])

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def images_in(chat) -> list[str]:
    paths = []
    for message in chat:
        for part in message["content"] if isinstance(message["content"], list) else [message["content"]]:
            if isinstance(part, dict) and part.get("type") == "file":  # gradio_client downloads it
                file = part["file"]
                paths.append(file if isinstance(file, str) else file["path"])
    return paths


def test_three_turns_survive_a_restart(data_dir):
    app = AppProcess(data_dir)
    try:
        app.wait()
        client = Client(app.url, verbose=False)
        token = ""
        for message in (
            "a large red circle at the top left on a blue background",
            "add a small yellow star at the bottom right",
            "make the circle green",
        ):
            box, token, chat = client.predict(message, token, api_name="/chat")
            assert box == ""
        assert len(token) == 43
        images = images_in(chat)
        assert len(images) == 3 and all(Path(p).read_bytes().startswith(b"\x89PNG") for p in images)
        empty_box, same_token, chat_after_error = client.predict("   ", token, api_name="/chat")
        assert same_token == token and "empty" in str(chat_after_error[-1]["content"])
    finally:
        app.stop()

    again = AppProcess(data_dir)
    try:
        again.wait()
        client = Client(again.url, verbose=False)
        loaded_token, chat = client.predict(token, api_name="/load_session")
        assert loaded_token == token
        users = [m for m in chat if m["role"] == "user"]
        texts = [str(m["content"]) for m in users]
        assert len(users) == 3 and "make the circle green" in texts[-1]
        assert len(images_in(chat)) == 3
        _, unknown_chat = client.predict("x" * 43, api_name="/load_session")
        assert "unknown" in str(unknown_chat[-1]["content"])
    finally:
        again.stop()
