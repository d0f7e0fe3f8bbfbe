"""Content-addressed image files: layout, de-duplication, atomic writes, no escapes."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import struct
import threading
import zlib

import pytest
from sqlalchemy import func, select, text

from sessions import ImageNotFound, InvalidInput, Store, UnsafeImagePath
from sessions.models import ImageRow
from sessions.store import ImageInfo

SIG = b"\x89PNG\r\n\x1a\n"


def header(width: int, height: int) -> bytes:
    """The PNG signature and an IHDR chunk saying width x height: all the store reads of a PNG."""
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return SIG + struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr))


def png(payload: bytes = b"red circle", size: tuple[int, int] = (64, 64)) -> bytes:
    return header(*size) + payload * 8


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def store(tmp_path, data_dir):
    with Store.open(f"sqlite:///{tmp_path / 'inkturn.db'}", data_dir) as s:
        yield s


def image_rows(store: Store) -> int:
    with store._engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(ImageRow)).scalar()


def files_under(folder) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_file_is_named_by_sha256_under_images(store, data_dir):
    data = png(size=(64, 32))
    image = store.save_image(data, 64, 32)
    sha = hashlib.sha256(data).hexdigest()
    assert (image.sha256, image.path) == (sha, f"images/{sha[:2]}/{sha}.png")
    assert (image.width, image.height, image.bytes) == (64, 32, len(data))
    path = store.image_path(image)
    assert path == data_dir.resolve() / "images" / sha[:2] / f"{sha}.png"
    assert path.read_bytes() == data
    assert files_under(data_dir / "images") == [f"{sha[:2]}/{sha}.png"]  # no temp files left behind


def test_same_bytes_are_stored_once(store, data_dir):
    first = store.save_image(png(), 64, 64)
    again = store.save_image(bytearray(png()), 64, 64)
    other = store.save_image(png(b"blue square"), 64, 64)
    assert again == first and other.id != first.id
    assert image_rows(store) == 2
    assert len(files_under(data_dir / "images")) == 2


def test_concurrent_saves_of_the_same_bytes_make_one_row_and_one_file(store, data_dir):
    results: list[ImageInfo] = []
    barrier = threading.Barrier(8)

    def save():
        barrier.wait()
        results.append(store.save_image(png(), 64, 64))

    threads = [threading.Thread(target=save) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert len(results) == 8 and len({r.id for r in results}) == 1
    assert image_rows(store) == 1
    assert len(files_under(data_dir / "images")) == 1


def test_a_missing_or_damaged_file_is_written_again(store):
    image = store.save_image(png(), 64, 64)
    path = store.image_path(image)
    path.unlink()
    assert store.save_image(png(), 64, 64) == image
    assert path.read_bytes() == png()
    path.write_bytes(b"trunc")
    store.save_image(png(), 64, 64)
    assert path.read_bytes() == png()


def test_the_file_exists_before_its_row_is_written(store, monkeypatch):
    real_write = store._write
    seen = []

    def checking_write(fn):
        seen.append(sorted(p.name for p in (store.data_dir / "images").rglob("*.png")))
        return real_write(fn)

    monkeypatch.setattr(store, "_write", checking_write)
    image = store.save_image(png(), 64, 64)
    assert seen == [[f"{image.sha256}.png"]]


def test_a_failed_file_write_leaves_no_file_and_no_row(store, data_dir, monkeypatch):
    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        store.save_image(png(), 64, 64)
    assert files_under(data_dir) == []  # the temp file is gone too
    assert image_rows(store) == 0


@pytest.mark.parametrize(
    ("data", "width", "height"),
    [(b"GIF89a....", 8, 8), (b"", 8, 8), ("not bytes", 8, 8), (png(), 0, 8), (png(), 8, -1), (png(), True, 8),
     (png(), 8, 8.0), (png(), 10**6, 8)],
)  # fmt: skip
def test_non_png_or_bad_sizes_are_refused(store, data_dir, data, width, height):
    with pytest.raises(InvalidInput):
        store.save_image(data, width, height)
    assert not (data_dir / "images").exists()


@pytest.mark.parametrize(
    ("data", "width", "height", "match"),
    [(png(size=(64, 32)), 64, 64, "64x32 pixels, not 64x64 as given"),
     (png(size=(30000, 30000)), 64, 64, "30000x30000 pixels; the limit is 16384 a side"),
     (png(size=(8000, 8000)), 8000, 8000, "8000x8000 pixels; the limit is 16384 a side and 40 million pixels"),
     (png(size=(0, 8)), 8, 8, "0x8 pixels"),
     (SIG + b"\x00\x00\x00\x0dIDAT" + bytes(40), 8, 8, "no IHDR header"),
     (header(8, 8)[:30], 8, 8, "no IHDR header"),
     (header(8, 8)[:29] + b"\x00\x00\x00\x00", 8, 8, "header is damaged")],
)  # fmt: skip
def test_the_real_size_in_the_png_header_is_checked(store, data_dir, data, width, height, match):
    # Read from the header alone, never by decoding: a 30000x30000 bomb is a few bytes here.
    with pytest.raises(InvalidInput, match=match):
        store.save_image(data, width, height)
    assert not (data_dir / "images").exists()


def test_get_image_unknown_id(store):
    with pytest.raises(ImageNotFound):
        store.get_image("0" * 32)


@pytest.mark.parametrize(
    "bad_path",
    ["../../etc/passwd", "/etc/passwd", "images/../../outside.png", "images/../..", "..", "", ".", "images/./../../x",
     "images\\..\\..\\x.png", "C:/Windows/win.ini", "images/\x00.png"],
)  # fmt: skip
def test_image_path_refuses_rows_that_escape_the_data_dir(store, bad_path):
    with store._engine.begin() as conn:  # a tampered row, inserted by hand
        conn.execute(
            text("INSERT INTO images (id, sha256, path, width, height, bytes, created_at) "
                 "VALUES ('evil', :sha, :path, 1, 1, 1, '2025-01-01 00:00:00.000000')"),
            {"sha": "e" * 64, "path": bad_path},
        )  # fmt: skip
    image = store.get_image("evil")
    with pytest.raises(UnsafeImagePath, match="outside the data folder"):
        store.image_path(image)
    assert issubclass(UnsafeImagePath, ImageNotFound)


def test_image_path_refuses_a_symlink_out_of_the_data_dir(store, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.png").write_bytes(png())
    (store.data_dir / "images").mkdir(parents=True, exist_ok=True)
    (store.data_dir / "images" / "ab").symlink_to(outside, target_is_directory=True)
    fake = store.save_image(png(), 64, 64)
    sneaky = dataclasses.replace(fake, path="images/ab/secret.png")
    with pytest.raises(UnsafeImagePath):
        store.image_path(sneaky)


def test_relative_data_dir_still_gives_absolute_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with Store.open(f"sqlite:///{tmp_path / 'inkturn.db'}", type(tmp_path)("rel-data")) as store:
        path = store.image_path(store.save_image(png(size=(8, 8)), 8, 8))
    assert path.is_absolute() and path.is_relative_to(tmp_path / "rel-data")
    assert path.read_bytes() == png(size=(8, 8))


def test_a_finished_turn_points_at_its_image(store):
    session = store.create_session()
    image = store.save_image(png(), 64, 64)
    turn = store.start_turn(session.id, "a red circle")
    done = store.finish_turn(
        turn.id, intent="draw", prompt="a red circle", negative_prompt="", scene={}, generation={}, seed=1,
        reply="", timings={}, image=image,
    )  # fmt: skip
    assert store.image_path(store.get_image(done.image_id)).read_bytes() == png()
