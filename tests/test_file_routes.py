"""The launched app's file routes send exactly the bytes they announce (issue 16 item 9).

The first run's log had "Too much/little data for declared Content-Length": a
file that changed while it was sent (Gradio's cache rewrote the old live
preview's picture in place on every step). Here every file route is fetched
every way a browser or a script may (GET, HEAD, ranges, concurrently, while the
picture's file is rewritten), each answer's length is checked against its
Content-Length, and the server's log must hold no such error.
"""

from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from gradio_client import Client

from tests.app_process import AppProcess

pytestmark = pytest.mark.e2e

SERVER_ERRORS = re.compile(r"declared Content-Length|Exception in ASGI application|Traceback")
WAYS = [
    ("GET", {}),
    ("HEAD", {}),
    ("GET", {"Range": "bytes=0-9"}),
    ("HEAD", {"Range": "bytes=0-9"}),
    ("GET", {"Range": "bytes=5-"}),
    ("GET", {"Range": "bytes=-5"}),
    ("GET", {"Range": "bytes=0-9,20-29"}),
    ("GET", {"Range": "bytes=99999999-"}),
    ("GET", {"Accept-Encoding": "gzip, deflate, br"}),
]


def fetch(base: str, method: str, address: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    """(status, headers, the body's bytes as sent): a body shorter than announced raises."""
    with httpx.stream(method, base + address, headers=headers or {}, timeout=30) as response:
        return response.status_code, dict(response.headers), b"".join(response.iter_raw())


def assert_exact(status: int, headers: dict, body: bytes, method: str, what: str) -> None:
    announced = headers.get("content-length")
    if method == "HEAD":
        assert body == b"", what
    elif announced is not None:
        assert int(announced) == len(body), what


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    root = tmp_path_factory.mktemp("file-routes")
    process = AppProcess(root / "data", env={"GRADIO_TEMP_DIR": str(root / "gradio")})
    process.wait()
    process.data_dir = root / "data"
    yield process
    process.stop()


@pytest.fixture(scope="module")
def addresses(app):
    client = Client(app.url, verbose=False)
    _, token, chat = client.predict("a large red circle at the top left on a blue background", "", api_name="/chat")
    _, token, chat = client.predict("add a small yellow star at the bottom right", token, api_name="/chat")
    pictures = re.findall(r"\((/media/[^)\s]+\.png[^)\s]*)\)", str(chat))
    assert len(pictures) == 2
    return pictures, token


def server_log(app) -> str:
    return Path(app.log.name).read_text(encoding="utf-8", errors="replace")


def test_pictures_and_exports_every_way(app, addresses):
    pictures, _ = addresses
    base = app.url.rstrip("/")
    whole = fetch(base, "GET", pictures[0])
    assert whole[0] == 200 and whole[2].startswith(b"\x89PNG") and "no-store" in whole[1]["cache-control"]
    for address in pictures:
        for method, headers in WAYS:
            status, got, body = fetch(base, method, address, headers)
            assert status == 200, (method, headers, status)  # a picture is sent whole, never in pieces
            assert_exact(status, got, body, method, f"{method} {headers}")
            if method == "HEAD":
                assert got["content-length"] == str(len(fetch(base, "GET", address)[2]))
    # a refusal is exact too: a picture's signature does not open the export
    refused = pictures[0].split("?")[0].rsplit("/", 1)[0] + "/export.zip?" + pictures[0].split("?")[1]
    status, got, body = fetch(base, "GET", refused)
    assert status == 404 and int(got["content-length"]) == len(body)


def test_an_export_every_way(app, addresses):
    from core.media import MediaLinks, load_key, token_digest

    pictures, token = addresses
    session_id = pictures[0].split("/")[2]
    address = MediaLinks(load_key(app.data_dir), None).export_url(session_id, "owner", token_digest(token))
    base = app.url.rstrip("/")
    for method, headers in WAYS:
        status, got, body = fetch(base, method, address, headers)
        assert status == 200, (method, headers, status)
        assert_exact(status, got, body, method, f"{method} {headers}")
    assert fetch(base, "GET", address)[2].startswith(b"PK")


def test_an_upload_through_gradio(app, tmp_path):
    base = app.url.rstrip("/")
    upload = tmp_path / "notes.txt"  # text: Gradio compresses it, so the compressed length is checked too
    upload.write_text("a red circle " * 400)
    with upload.open("rb") as f:
        stored = httpx.post(base + "/gradio_api/upload", files={"files": ("notes.txt", f)}, timeout=30).json()[0]
    # single ranges only: Gradio's own file route answers a multi-range request with a 500
    for method, headers in [w for w in WAYS if "," not in w[1].get("Range", "")]:
        status, got, body = fetch(base, method, "/gradio_api/file=" + stored, headers)
        assert status in (200, 206, 416), (method, headers, status)
        assert_exact(status, got, body, method, f"{method} {headers}")


def test_a_picture_rewritten_while_it_is_downloaded(app, addresses):
    """Many downloads while the file is rewritten in place, longer and shorter: each answer is whole."""
    pictures, _ = addresses
    base = app.url.rstrip("/")
    original = fetch(base, "GET", pictures[0])[2]
    (path,) = [p for p in (app.data_dir / "images").rglob("*.png") if p.read_bytes() == original]
    longer = original + b"\0" * 300_000  # big enough that a read is in several pieces
    stop = threading.Event()

    def rewrite() -> None:
        while not stop.is_set():
            for data in (longer, original):
                with path.open("r+b") as f:  # in place, as Gradio's cache wrote the old preview
                    f.write(data)
                    f.truncate()

    def download(_: int) -> int:
        sizes = set()
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:
            status, headers, body = fetch(base, "GET", pictures[0])
            assert status == 200 and int(headers["content-length"]) == len(body)
            sizes.add(len(body))
        return len(sizes)

    writer = threading.Thread(target=rewrite)
    writer.start()
    try:
        with ThreadPoolExecutor(4) as pool:
            seen = list(pool.map(download, range(4)))
    finally:
        stop.set()
        writer.join()
        path.write_bytes(original)
    assert max(seen) > 1  # the file did change under the downloads


def test_the_log_has_no_server_error(app, addresses):
    # last in this module: every request above has been answered by now
    assert not SERVER_ERRORS.findall(server_log(app)), server_log(app)[-3000:]


def test_the_downloaded_export_says_turn_errors_in_the_pages_language(app, addresses):
    """The page's download link carries its language (``l``); without it, the browser's is used."""
    import io
    import json
    import zipfile

    from core.media import MediaLinks, load_key, token_digest

    pictures, token = addresses
    base = app.url.rstrip("/")
    links = MediaLinks(load_key(app.data_dir), None)
    exported = fetch(base, "GET", links.export_url(pictures[0].split("/")[2], "owner", token_digest(token)))[2]
    src, out = zipfile.ZipFile(io.BytesIO(exported)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:  # the last turn as if exported while it was drawing
        for info in src.infolist():
            payload = src.read(info)
            if info.filename == "session.json":
                doc = json.loads(payload)
                doc["turns"][-1].update(status="pending", finished_at=None)
                payload = json.dumps(doc).encode()
            dst.writestr(info, payload)
    created = httpx.post(f"{base}/api/v1/sessions/import", content=out.getvalue(), timeout=60).json()
    copy, owner = created["session_id"], created["owner_token"]

    def last_error(lang: str | None, headers: dict | None = None) -> tuple[str, str]:
        address = links.export_url(copy, "owner", token_digest(owner), lang)
        status, _, body = fetch(base, "GET", address, headers or {})
        assert status == 200
        turn = json.loads(zipfile.ZipFile(io.BytesIO(body)).read("session.json"))["turns"][-1]
        return turn["error"], turn["error_code"]

    assert last_error("zh") == ("已中断：服务器在这一轮进行时停止了", "turn_interrupted")
    assert last_error("en", {"Accept-Language": "zh-CN"}) == (
        "interrupted: the server stopped during this turn", "turn_interrupted",
    )  # fmt: skip
    assert last_error(None, {"Accept-Language": "zh-CN,zh;q=0.9"})[0] == "已中断：服务器在这一轮进行时停止了"
