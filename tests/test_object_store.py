"""Pictures and consistency tensors in an object store (``--store s3://bucket/prefix``), against an
S3-compatible server the test starts on localhost (moto's standalone server; s3fs and boto3 are the
real clients). Production points the same URL at S3, MinIO or GCS."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

import app
from core.settings import Settings
from sessions.errors import UnsafeImagePath
from sessions.files import RemoteFiles, files_at

boto3 = pytest.importorskip("boto3")
pytest.importorskip("s3fs")
BUCKET = "inkturn-test"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    port = _free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("moto_server")), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def s3(s3_endpoint, monkeypatch):
    """Credentials and endpoint as boto reads them; a fresh bucket per test."""
    for name, value in {
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": s3_endpoint,
    }.items():
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=s3_endpoint)
    client.create_bucket(Bucket=BUCKET)
    import s3fs

    s3fs.S3FileSystem.clear_instance_cache()
    yield client
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET):
        for item in page.get("Contents", []):
            client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def keys(client, prefix: str) -> list[str]:
    listed = client.list_objects_v2(Bucket=BUCKET, Prefix=prefix)
    return sorted(item["Key"] for item in listed.get("Contents", []))


def test_remote_files_put_get_list_remove(s3):
    files = files_at(f"s3://{BUCKET}/studio")
    assert isinstance(files, RemoteFiles)
    files.put("images/ab/one.png", b"first")
    files.put("images/ab/one.png", b"first")  # the same name again: still one object
    assert files.get("images/ab/one.png") == b"first" and files.exists("images/ab/one.png")
    assert keys(s3, "studio/") == ["studio/images/ab/one.png"]
    assert [name for name, _ in files.listing("images")] == ["images/ab/one.png"]
    files.remove("images/ab/one.png")
    files.remove("images/ab/one.png")  # already gone: no error
    assert keys(s3, "studio/") == [] and not files.exists("images/ab/one.png")
    with pytest.raises(KeyError):
        files.get("images/ab/one.png")
    for bad in ("../escape.png", "/abs.png", "a\\b.png", "c:/x.png", ""):
        with pytest.raises(UnsafeImagePath):
            files.get(bad)


def test_a_session_lives_in_the_object_store_and_delete_removes_it(s3, tmp_path):
    engine = app.build_engine(Settings(store=f"s3://{BUCKET}/inkturn", data_dir=tmp_path / "data", device="cpu"))
    session = engine.new_session(seed=3)
    first = engine.run_turn(session, "a large red circle at the top left on a blue background")
    second = engine.run_turn(session, "make the circle green")
    assert [first.turn.status, second.turn.status] == ["done", "done"]

    stored = keys(s3, "inkturn/")
    pictures = [k for k in stored if k.startswith("inkturn/images/")]
    tensors = [k for k in stored if k.startswith("inkturn/consistency/")]
    assert len(pictures) == 2 and tensors  # the edit's noise and latents too
    assert not (tmp_path / "data" / "images").exists()  # nothing of it on the local disk

    # Served through the same link-checked route: the signed address reads the object.
    url = engine.files.addresses(session.owner_token).image(second.turn.image_id)
    parts = urlsplit(url)
    _, _, session_id, name = parts.path.split("/")
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert engine.files.image_bytes(session_id, name, query["r"], query["k"]) == second.image_png

    # An export reads the pictures from the bucket, and an import writes them back there.
    copy = engine.import_session(engine.files.export_for(session.owner_token))
    assert len(engine.store.turns(copy.id)) == 2

    engine.delete_session(copy.owner_token)
    engine.delete_session(session.owner_token)
    assert [k for k in keys(s3, "inkturn/") if k.startswith("inkturn/images/")] == []
    assert engine.files.image_bytes(session_id, name, query["r"], query["k"]) is None
    # the tensors go at the next sweep past their grace period
    assert engine.blobs.sweep(set(), grace_seconds=0) == len(tensors)
    assert keys(s3, "inkturn/consistency/") == []
