"""Launch the real app, chat three turns through gradio_client, restart it, find the session intact."""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path

import pytest
from gradio_client import Client

from tests.app_process import AppProcess

pytestmark = pytest.mark.e2e


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def images_in(chat) -> list[str]:
    """The checked addresses of the pictures in the chat (``![picture](/media/...)``)."""
    return re.findall(r"!\[[^\]]*\]\((/media/[^)\s]+)\)", str(chat))


def fetch(base: str, address: str) -> bytes:
    with urllib.request.urlopen(base.rstrip("/") + address, timeout=10) as response:
        return response.read()


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
        assert len(images) == 3 and all(fetch(app.url, p).startswith(b"\x89PNG") for p in images)
        empty_box, same_token, chat_after_error = client.predict("   ", token, api_name="/chat")
        assert same_token == token and "empty" in str(chat_after_error[-1]["content"])
        _, _, chat_after_long = client.predict("画" * 2001, token, api_name="/chat")  # said in the message's language
        assert "消息有 2001 个字符，上限是 2000。" in str(chat_after_long[-1]["content"])
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


def test_api_lists_exactly_the_documented_endpoints(data_dir):
    app = AppProcess(data_dir)
    try:
        app.wait()
        client = Client(app.url, verbose=False)
        endpoints = set(client.view_api(print_info=False, return_format="dict")["named_endpoints"])
        assert endpoints == {"/chat", "/load_session", "/new_session"}
        readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
        assert all(f"`{name}`" in readme for name in endpoints)
        assert client.predict(api_name="/new_session") == ("", [], None, "")  # box, chat, preview, token
    finally:
        app.stop()


def test_pages_send_no_referrer_and_nosniff(data_dir):
    import urllib.request

    app = AppProcess(data_dir)
    try:
        app.wait()
        for path in ("", "config", "gradio_api/info"):
            with urllib.request.urlopen(app.url + path, timeout=10) as response:
                assert response.headers["Referrer-Policy"] == "no-referrer", path
                assert response.headers["X-Content-Type-Options"] == "nosniff", path
    finally:
        app.stop()
