"""The API's ``/chat`` waits in the same line as the page's draws, and a full line refuses it at once
(issue 15 item 5): the launched app driven by ``gradio_client``, ``--max-queue 1``."""

from __future__ import annotations

import sqlite3
import time

import pytest
from gradio_client import Client
from gradio_client.client import Status

from tests.app_process import AppProcess

pytestmark = pytest.mark.e2e


def sessions_stored(data_dir) -> int:
    with sqlite3.connect(next(data_dir.glob("*.db"))) as db:
        return db.execute("select count(*) from sessions").fetchone()[0]


def test_a_full_line_refuses_an_api_chat_and_stores_nothing(tmp_path):
    data_dir = tmp_path / "data"
    app = AppProcess(data_dir, "--steps", "150", "--max-queue", "1")  # one draw fills the line, and it is slow
    try:
        app.wait()
        first = Client(app.url, verbose=False).submit("a large red circle at the top left", "", api_name="/chat")
        deadline = time.monotonic() + 60
        while first.status().code != Status.PROCESSING and time.monotonic() < deadline:
            time.sleep(0.05)
        assert first.status().code == Status.PROCESSING

        with pytest.raises(Exception, match="The studio is busy: you are number 2 in line"):
            Client(app.url, verbose=False).predict("a small blue star at the center", "", api_name="/chat")

        _, token, chat = first.result(timeout=180)
        assert token and "/media/" in str(chat)
        assert sessions_stored(data_dir) == 1  # the refused call wrote nothing, not even an empty session

        # the line is free again: the same call is served
        _, second_token, chat = Client(app.url, verbose=False).predict(
            "a small blue star at the center", "", api_name="/chat"
        )
        assert second_token and second_token != token and "/media/" in str(chat)
        assert sessions_stored(data_dir) == 2
    finally:
        app.stop()
