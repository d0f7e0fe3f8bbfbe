"""Export and import of a session as a zip: round trip, layout, and every kind of bad upload.

Real SQLite files in tmp_path; real PNGs (Pillow) with the metadata chunks the engine writes.
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zipfile
import zlib

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from sessions import ImageNotFound, InvalidInput, Store
from sessions.archive import MAX_ENTRIES, SessionDoc, image_name
from sessions.store import INTERRUPTED

EXTRA = {"consistency.safetensors": bytes(range(256)) * 10, "notes.json": b'{"k": 1}'}


def real_png(color: tuple[int, int, int], prompt: str) -> bytes:
    meta = PngInfo()
    meta.add_itxt("prompt", prompt)
    meta.add_itxt("seed", "7")
    out = io.BytesIO()
    Image.new("RGB", (16, 16), color).save(out, format="PNG", pnginfo=meta)
    return out.getvalue()


def open_store(tmp_path, name: str) -> Store:
    return Store.open(f"sqlite:///{tmp_path / f'{name}.db'}", tmp_path / f"{name}-data")


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path, "source") as s:
        yield s


@pytest.fixture
def target(tmp_path):
    with open_store(tmp_path, "target") as s:
        yield s


def finish(store: Store, turn, image=None, **overrides):
    values = dict(
        intent="draw", prompt=f"a picture of {turn.message}", negative_prompt="blurry",
        scene={"subjects": [{"id": "s1", "shape": turn.message}], "background": "blue"},
        generation={"model": "tiny", "width": 16, "height": 16, "steps": 2, "guidance": 5.0},
        seed=2**40 + turn.index, reply="Here it is.", timings={"rewrite": 1.25, "draw": 30.5}, image=image,
    )  # fmt: skip
    values.update(overrides)
    return store.finish_turn(turn.id, **values)


def build_session(store: Store):
    """Branches, an undone turn, a failed and a cancelled turn, a chat turn and a shared image."""
    session = store.create_session(title="circles", settings={"steps": 2, "style": "flat", "size": [16, 16]})
    token = session.owner_token
    red = store.save_image(real_png((255, 0, 0), "red"), 16, 16)
    blue = store.save_image(real_png((0, 0, 255), "blue"), 16, 16)
    a = finish(store, store.add_turn(token, "a red circle"), image=red)
    finish(store, store.add_turn(token, "how many?"), intent="chat", image=None, seed=None)
    b = finish(store, store.add_turn(token, "make it blue"), image=blue)
    store.undo(token)
    store.fail_turn(store.add_turn(token, "make it 绿色").id, "boom", intent="edit", timings={"rewrite": 2.0})
    store.undo(token)
    store.regenerate(token, a.id)
    store.fail_turn(store.get_session(session.id).head_turn_id, "Stopped.", status="cancelled")
    store.checkout(token, b.id)
    finish(store, store.add_turn(token, "again red"), image=red)
    return store.access(token).session  # with the owner token (get_session has only its digest)


def read_zip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def comparable(doc: dict) -> dict:
    """session.json without what must differ between copies: ids become indexes, no export time."""
    index = {t["id"]: t["index"] for t in doc["turns"]}
    doc = {k: v for k, v in doc.items() if k != "exported_at"}
    doc["head_turn_id"] = index.get(doc["head_turn_id"])
    doc["turns"] = [{**t, "id": t["index"], "parent_id": index.get(t["parent_id"])} for t in doc["turns"]]
    return doc


def snapshot(store: Store) -> dict[str, list]:
    with store._engine.connect() as conn:
        rows = {t: sorted(map(tuple, conn.exec_driver_sql(f"SELECT * FROM {t}").all()), key=repr)
                for t in ("sessions", "turns", "images")}  # fmt: skip
    rows["files"] = sorted(str(p) for p in store.data_dir.rglob("*"))
    return rows


# -- export ------------------------------------------------------------------------------------


def test_export_layout_and_session_json(store):
    session = build_session(store)
    files = read_zip(store.export_zip(session.id, EXTRA))
    turns = store.turns(session.id)
    images = {t.image_id: store.get_image(t.image_id) for t in turns if t.image_id}
    expected_images = {image_name(t.index, images[t.image_id].sha256) for t in turns if t.image_id}
    assert sorted(files) == sorted(
        ["session.json", "extra/consistency.safetensors", "extra/notes.json", *expected_images]
    )
    assert {name for name in expected_images} == {
        f"images/turn-01-{images[turns[0].image_id].sha256[:8]}.png",
        f"images/turn-03-{images[turns[2].image_id].sha256[:8]}.png",
        f"images/turn-06-{images[turns[5].image_id].sha256[:8]}.png",
    }
    for t in turns:
        if t.image_id:  # the stored bytes, metadata chunks and all
            data = files[image_name(t.index, images[t.image_id].sha256)]
            assert data == store.image_path(images[t.image_id]).read_bytes()
            assert Image.open(io.BytesIO(data)).text["seed"] == "7"
    assert {k.removeprefix("extra/"): v for k, v in files.items() if k.startswith("extra/")} == EXTRA

    doc = json.loads(files["session.json"])
    assert (doc["format"], doc["version"], doc["title"], doc["settings"]) == (
        "inkturn-session", 1, "circles", {"steps": 2, "style": "flat", "size": [16, 16]},
    )  # fmt: skip
    assert doc["head_turn_id"] == session.head_turn_id
    first = doc["turns"][0]
    assert first == {
        "id": turns[0].id, "parent_id": None, "index": 1, "hidden": False, "undone_at": None,
        "message": "a red circle", "intent": "draw", "prompt": "a picture of a red circle", "negative_prompt": "blurry",
        "scene": {"subjects": [{"id": "s1", "shape": "a red circle"}], "background": "blue"},
        "generation": {"model": "tiny", "width": 16, "height": 16, "steps": 2, "guidance": 5.0},
        "seed": 2**40 + 1, "status": "done", "error": None, "error_code": None, "error_params": None,
        "reply": "Here it is.",
        "timings": {"rewrite": 1.25, "draw": 30.5},
        "image": {"file": image_name(1, images[turns[0].image_id].sha256),
                  "sha256": images[turns[0].image_id].sha256, "width": 16, "height": 16},
        "reference": None, "created_at": first["created_at"], "finished_at": first["finished_at"],
    }  # fmt: skip
    assert [(t["index"], t["status"], t["hidden"]) for t in doc["turns"]] == [
        (1, "done", False), (2, "done", False), (3, "done", False), (4, "failed", True), (5, "cancelled", False),
        (6, "done", False),
    ]  # fmt: skip
    text = files["session.json"].decode()
    assert "owner_token" not in text and "read_token" not in text and session.owner_token not in text
    assert session.read_token.encode() not in b"".join(files.values())


# -- round trip --------------------------------------------------------------------------------


def test_export_import_export_gives_the_same_session(store, target):
    session = build_session(store)
    exported = store.export_zip(session.id, EXTRA)
    copy, extras = target.import_zip(exported)
    assert extras == EXTRA

    assert copy.id != session.id
    assert {copy.owner_token, copy.read_token}.isdisjoint({session.owner_token, session.read_token})
    assert target.access(copy.owner_token).can_write and not target.access(copy.read_token).can_write
    assert (copy.title, copy.settings, copy.created_at) == (session.title, session.settings, session.created_at)
    fields = lambda t: (t.index, t.message, t.intent, t.prompt, t.negative_prompt, t.scene, t.generation, t.seed,  # noqa: E731
                        t.status, t.error, t.reply, t.timings, t.hidden, t.undone_at, t.created_at, t.finished_at)  # fmt: skip
    assert [fields(t) for t in target.turns(copy.id)] == [fields(t) for t in store.turns(session.id)]
    assert [t.index for t in target.path(copy.id)] == [t.index for t in store.path(session.id)]

    again = target.export_zip(copy.id, extras)
    first_files, second_files = read_zip(exported), read_zip(again)
    assert comparable(json.loads(second_files.pop("session.json"))) == comparable(
        json.loads(first_files.pop("session.json"))
    )
    assert second_files == first_files  # every PNG byte for byte, and the extra files

    # Redo order survives too: the undone turn comes back in the copy.
    target.checkout(copy.owner_token, target.path(copy.id)[1].id)
    assert target.redo(copy.owner_token).message == "make it 绿色"


def test_import_into_the_same_store_shares_image_files(store):
    session = build_session(store)
    before = sorted(p.name for p in (store.data_dir / "images").rglob("*.png"))
    copy, _ = store.import_zip(store.export_zip(session.id))
    assert sorted(p.name for p in (store.data_dir / "images").rglob("*.png")) == before
    assert [i.id for _, i in store.gallery(copy.id)] == [i.id for _, i in store.gallery(session.id)]


def test_a_pending_turn_is_imported_as_failed(store, target):
    session = store.create_session()
    store.add_turn(session.owner_token, "still drawing")
    copy, extras = target.import_zip(store.export_zip(session.id))
    (turn,) = target.turns(copy.id)
    assert (turn.status, turn.error, extras) == ("failed", INTERRUPTED, {})
    assert turn.finished_at is not None


def test_export_refuses_bad_extra_names_and_missing_pictures(store):
    session = build_session(store)
    for name in ("../x", "a/b", ".hidden", "", "x" * 101):
        with pytest.raises(InvalidInput, match="extra file name"):
            store.export_zip(session.id, {name: b"1"})
    with pytest.raises(InvalidInput, match="must be bytes"):
        store.export_zip(session.id, {"x": "text"})  # type: ignore[dict-item]
    first = store.gallery(session.id)[0][1]
    store.image_path(first).unlink()
    with pytest.raises(ImageNotFound, match="missing from the data folder"):
        store.export_zip(session.id)


# -- bad uploads -------------------------------------------------------------------------------


def zip_of(entries: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=method) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return out.getvalue()


@pytest.fixture
def good(store) -> dict[str, bytes]:
    """The files of a valid export, to break one thing at a time."""
    return read_zip(store.export_zip(build_session(store).id, {"blob.bin": b"x"}))


def with_doc(files: dict[str, bytes], change) -> bytes:
    doc = json.loads(files["session.json"])
    change(doc)
    return zip_of({**files, "session.json": json.dumps(doc).encode()})


def refused(target: Store, data: bytes, match: str, **kwargs) -> None:
    before = snapshot(target)
    with pytest.raises(InvalidInput, match=match):
        target.import_zip(data, **kwargs)
    assert snapshot(target) == before  # no row, no file


def test_the_valid_fixture_imports(good, target):
    copy, extras = target.import_zip(zip_of(good))
    assert extras == {"blob.bin": b"x"} and len(target.turns(copy.id)) == 6


@pytest.mark.parametrize(
    "name",
    ["../evil.png", "/etc/passwd", "images\\..\\x.png", "images/../session.json", "C:/x.png", "./session.json",
     "images//turn-01-aaaaaaaa.png", "extra/../../x", "extra/./x"],
)  # fmt: skip
def test_unsafe_names_are_refused(good, target, name):
    refused(target, zip_of({**good, name: b"x"}), "unsafe file name")


@pytest.mark.parametrize(
    "name", ["notes.txt", "images/cat.png", "images/turn-1-aaaaaaaa.png", "extra/.hidden", "extra/a/b", "session.json/x",
             "Session.json", "__MACOSX/session.json"],
)  # fmt: skip
def test_entries_outside_the_layout_are_refused(good, target, name):
    refused(target, zip_of({**good, name: b"x"}), "unexpected file")


def test_not_a_zip_or_not_bytes(target):
    refused(target, b"PK\x03\x04 but not really", "not a zip file")
    refused(target, b"", "not a zip file")
    refused(target, "text", "must be zip bytes")  # type: ignore[arg-type]
    refused(target, zip_of({"extra/x": b"1"}), "no session.json")


def test_too_many_entries(good, target):
    many = {**good, **{f"extra/f{k}": b"" for k in range(MAX_ENTRIES)}}
    refused(target, zip_of(many, method=zipfile.ZIP_STORED), f"at most {MAX_ENTRIES}")


def test_duplicate_entries(good, target):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf, pytest.warns(UserWarning, match="Duplicate name"):
        for name, data in good.items():
            zf.writestr(name, data)
        zf.writestr("extra/blob.bin", b"y")
    refused(target, out.getvalue(), "twice")


def test_zip_bombs_by_declared_size(good, target):
    one = zip_of({**good, "extra/zeros.bin": bytes(65 * 2**20)})
    assert len(one) < 2**20  # tiny on the wire
    refused(target, one, "'extra/zeros.bin' unpacks to 65.0 MB; the limit is 64.0 MB")
    two = zip_of({**good, "extra/a.bin": bytes(40 * 2**20), "extra/b.bin": bytes(40 * 2**20)})
    refused(target, two, "unpacks to more than 64.0 MB, the limit")


def test_zip_bomb_with_a_lying_header(good, target):
    data = bytearray(zip_of({**good, "extra/zeros.bin": bytes(2**20)}))
    # The central directory (read last in the file) says the entry unpacks to 100 bytes.
    at = data.rfind(b"extra/zeros.bin") - 46
    assert data[at : at + 4] == b"PK\x01\x02"
    struct.pack_into("<I", data, at + 24, 100)
    # zipfile stops at the declared 100 bytes, and the CRC then fails.
    refused(target, bytes(data), "The file .extra/zeros.bin. in the archive is damaged")


def test_per_file_and_total_limits(good, target):
    refused(target, zip_of(good), "the limit is 0.0 MB", max_bytes=1000)
    big_json = with_doc(good, lambda d: d["settings"].update(pad="x" * (11 * 2**20)))
    refused(target, big_json, "'session.json' unpacks to 11.0 MB; the limit is 10.0 MB")

    huge = b"\x89PNG\r\n\x1a\n" + bytes(17 * 2**20)
    sha = hashlib.sha256(huge).hexdigest()
    files = {k: v for k, v in good.items() if not k.startswith("images/turn-01-")}
    doc = json.loads(files["session.json"])
    doc["turns"][0]["image"].update(file=image_name(1, sha), sha256=sha)
    files.update({image_name(1, sha): huge, "session.json": json.dumps(doc).encode()})
    refused(target, zip_of(files), f"'{image_name(1, sha)}' unpacks to 17.0 MB; the limit is 16.0 MB")
    packed = zip_of(good)  # the upload fits the limit, what it unpacks to does not
    refused(target, packed, "unpacks to", max_bytes=len(packed))


def test_encrypted_entries_are_refused(good, target):
    data = bytearray(zip_of(good))
    at = data.rfind(b"extra/blob.bin") - 46  # its central directory entry
    assert data[at : at + 4] == b"PK\x01\x02"
    data[at + 8] |= 0x1  # general purpose flag: encrypted
    refused(target, bytes(data), "'extra/blob.bin' in the archive is encrypted")


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (lambda d: d.update(format="other"), "not an Inkturn session export"),
        (lambda d: d.update(version=2), "format version 2; this Inkturn reads version 1"),
        (lambda d: d.pop("title"), "title: Field required"),
        (lambda d: d.update(owner_token="x" * 43), "owner_token: Extra inputs are not permitted"),
        (lambda d: d["turns"][0].update(seed="7"), r"turns\.0\.seed"),
        (lambda d: d["turns"][0].update(status="exploded"), r"turns\.0\.status"),
        (lambda d: d["turns"][1].update(parent_id="f" * 32), "turn 2's parent is not an earlier turn"),
        (lambda d: d["turns"][0].update(parent_id=d["turns"][1]["id"]), "turn 1's parent is not an earlier turn"),
        (lambda d: d["turns"][1].update(index=7), "turn 2 has index 7"),
        (lambda d: d["turns"][1].update(id=d["turns"][0]["id"]), "two turns have the id"),
        (lambda d: d.update(head_turn_id="f" * 32), "head_turn_id is not one of its turns"),
        (lambda d: d["turns"][0].update(hidden=True, undone_at=d["turns"][0]["created_at"]), "undone turn"),
        (lambda d: d["turns"][3].update(hidden=False), "hidden and undone_at disagree"),
        (lambda d: d["turns"][0].update(id="../../x"), r"turns\.0\.id"),
        (lambda d: d["turns"][0].update(created_at="2025-01-01T00:00:00"), r"turns\.0\.created_at"),
        (lambda d: d["turns"][0]["image"].update(file="images/turn-09-aaaaaaaa.png"), "should be named"),
        (lambda d: d["turns"][1].update(image=d["turns"][0]["image"]), "should be named"),
        (lambda d: d["turns"][0]["image"].update(width=0), r"image\.width"),
        (lambda d: d.update(turns=[{**t, "image": None} for t in d["turns"]]), "an image no turn uses"),
    ],
)
def test_broken_session_json_is_refused(good, target, change, match):
    refused(target, with_doc(good, change), match)


def test_unreadable_session_json(good, target):
    refused(target, zip_of({**good, "session.json": b"{not json"}), "not valid JSON")
    refused(target, zip_of({**good, "session.json": b"\xff\xfe"}), "not valid JSON")
    refused(target, zip_of({**good, "session.json": b"[]"}), "not an Inkturn session export")
    nan = good["session.json"].replace(b'"steps": 2', b'"steps": NaN')
    assert nan != good["session.json"]
    refused(target, zip_of({**good, "session.json": nan}), "NaN is not a JSON number")
    nul = with_doc(good, lambda d: d["turns"][0].update(message="a\x00b"))
    refused(target, nul, "contains a NUL character")
    deep = b'{"format": "inkturn-session", "version": 1, "settings": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    refused(target, zip_of({**good, "session.json": deep}), "not valid JSON|not valid")


def test_images_must_be_pngs_with_the_right_hash(good, target):
    name = next(n for n in good if n.startswith("images/turn-01-"))
    damaged = bytearray(good[name])
    damaged[-20] ^= 0xFF
    refused(target, zip_of({**good, name: bytes(damaged)}), "does not match its SHA-256")
    refused(target, zip_of({k: v for k, v in good.items() if k != name}), f"missing {name!r}")

    gif = b"GIF89a" + b"\x00" * 40
    sha = hashlib.sha256(gif).hexdigest()
    gif_name = image_name(1, sha)

    def point_at_gif(doc):
        doc["turns"][0]["image"].update(file=gif_name, sha256=sha)

    files = {k: v for k, v in good.items() if k != name}
    doc = json.loads(files["session.json"])
    point_at_gif(doc)
    refused(target, zip_of({**files, gif_name: gif, "session.json": json.dumps(doc).encode()}), "not a PNG")


def swap_image(files: dict[str, bytes], png: bytes, width: int, height: int) -> bytes:
    """The export with turn 1's picture replaced by ``png``, declared as ``width`` x ``height``."""
    name = next(n for n in files if n.startswith("images/turn-01-"))
    sha = hashlib.sha256(png).hexdigest()
    doc = json.loads(files["session.json"])
    for turn in doc["turns"]:
        if turn["image"] and turn["image"]["file"] == name:
            turn["image"].update(file=image_name(turn["index"], sha), sha256=sha, width=width, height=height)
    rest = {k: v for k, v in files.items() if k != name and k != "session.json"}
    return zip_of({**rest, image_name(1, sha): png, "session.json": json.dumps(doc).encode()})


def png_header(width: int, height: int) -> bytes:
    """A PNG signature and IHDR chunk: what a decompression bomb needs to look like a picture."""
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr))


def test_an_image_over_the_pixel_limit_is_refused_before_it_is_stored(good, target):
    bomb = png_header(30000, 30000) + b"\x00" * 64  # a few bytes that would decode to 2.7 GB
    refused(target, swap_image(good, bomb, 64, 64), "30000x30000 pixels; the limit is 16384 a side")
    wide = png_header(16000, 16000)  # within a side, over the pixel count
    refused(target, swap_image(good, wide, 16000, 16000), "the limit is 16384 a side and 40 million pixels")


def test_an_image_whose_real_size_differs_from_the_declared_one_is_refused(good, target):
    refused(target, swap_image(good, real_png((0, 255, 0), "green"), 32, 16), "16x16 pixels, not 32x16 as given")
    refused(target, swap_image(good, png_header(16, 16)[:20], 16, 16), "no IHDR header")
    damaged = bytearray(png_header(16, 16))
    damaged[18] ^= 0x01  # the width, under a CRC that no longer matches
    refused(target, swap_image(good, bytes(damaged), 16, 16), "header is damaged")
    copy, _ = target.import_zip(swap_image(good, real_png((0, 255, 0), "green"), 16, 16))
    assert len(target.turns(copy.id)) == 6


# -- the caller's check -------------------------------------------------------------------------


def test_the_check_sees_the_document_and_can_refuse_before_anything_is_written(good, target):
    seen: list[SessionDoc] = []

    def check(doc: SessionDoc) -> None:
        seen.append(doc)
        if doc.settings.get("style") == "flat":
            raise InvalidInput("This session's style is not one this studio has.")

    refused(target, zip_of(good), "style is not one this studio has", check=check)
    assert [(d.title, len(d.turns)) for d in seen] == [("circles", 6)]


def test_the_check_runs_after_the_archive_checks_and_cannot_change_what_is_stored(good, target):
    calls: list[str] = []
    refused(target, zip_of({**good, "../x": b"1"}), "unsafe file name", check=lambda doc: calls.append(doc.title))
    assert calls == []  # a refused archive never reaches the check

    def meddle(doc: SessionDoc) -> None:
        doc.title = "changed by the check"
        doc.turns[0].message = "changed too"

    copy, _ = target.import_zip(zip_of(good), check=meddle)
    assert (copy.title, target.turns(copy.id)[0].message) == ("circles", "a red circle")


# -- what a read-only visitor downloads ---------------------------------------------------------


def test_a_visible_only_export_has_just_the_current_path(store, target):
    session = build_session(store)
    path = store.path(session.id)
    files = read_zip(store.export_zip(session.id, {"blob.bin": b"x"}, visible_only=True))
    doc = json.loads(files["session.json"])
    assert [(t["index"], t["message"], t["hidden"]) for t in doc["turns"]] == [
        (k, t.message, False) for k, t in enumerate(path, start=1)
    ]
    assert [t["parent_id"] for t in doc["turns"]] == [None] + [t["id"] for t in doc["turns"][:-1]]
    assert doc["head_turn_id"] == session.head_turn_id == doc["turns"][-1]["id"]
    pictures = sorted(n for n in files if n.startswith("images/"))
    assert pictures == sorted(image_name(k, store.get_image(t.image_id).sha256) for k, t in enumerate(path, 1)
                              if t.image_id)  # fmt: skip
    assert "make it 绿色" not in files["session.json"].decode()  # an undone turn
    assert "Stopped." not in files["session.json"].decode()  # another branch

    copy, extras = target.import_zip(zip_of(files))
    assert extras == {"blob.bin": b"x"}
    assert [(t.message, t.status) for t in target.turns(copy.id)] == [(t.message, t.status) for t in path]
    assert [t.message for t in target.path(copy.id)] == [t.message for t in path]
    # The full export still has everything.
    assert len(json.loads(read_zip(store.export_zip(session.id))["session.json"])["turns"]) == 6
