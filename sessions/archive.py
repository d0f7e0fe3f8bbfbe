"""A session as a zip: the export format, and the checks an upload must pass.

Layout (format version 1)::

    session.json                  title, settings and every turn (see SessionDoc)
    images/turn-NN-<sha8>.png     each turn's picture, the stored PNG bytes as they are
    extra/<name>                  files the caller adds (core/ puts consistency data here)

An uploaded zip is untrusted. ``read`` checks everything in memory before
the store writes anything: names (no traversal, nothing outside the
layout), entry count, declared and actual sizes (zip bombs), session.json
against a strict schema, the history's shape, and every image's PNG
signature, SHA-256 and real size (its header: the declared size, within the
store's pixel limits). Nothing here touches the database or the disk.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from sessions import images
from sessions.errors import InvalidInput
from sessions.info import ImageInfo, SessionInfo, TurnInfo

FORMAT = "inkturn-session"
VERSION = 1
SESSION_JSON = "session.json"
MAX_TOTAL_BYTES = 64 * 2**20  # all uncompressed entries together (and the upload itself)
MAX_IMAGE_BYTES = 16 * 2**20
MAX_JSON_BYTES = 10 * 2**20
MAX_TURNS = 2000
MAX_ENTRIES = 2 * MAX_TURNS + 64  # session.json, an image per turn, folders, extras

IMAGE_RE = re.compile(r"images/turn-(\d{2,})-([0-9a-f]{8})\.png")
EXTRA_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
FOLDERS = ("images/", "extra/")


def image_name(index: int, sha256: str) -> str:
    return f"images/turn-{index:02d}-{sha256[:8]}.png"


# -- session.json ---------------------------------------------------------------------------

_STRICT = ConfigDict(extra="forbid", strict=True)
Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
Seed = Annotated[int, Field(ge=-(2**63), lt=2**63)]


class ImageDoc(BaseModel):
    model_config = _STRICT
    file: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    width: int = Field(ge=1, le=images.MAX_SIDE)
    height: int = Field(ge=1, le=images.MAX_SIDE)


class TurnDoc(BaseModel):
    model_config = _STRICT
    id: Id
    parent_id: Id | None
    index: int = Field(ge=1)
    hidden: bool
    undone_at: AwareDatetime | None
    message: str
    intent: str = Field(max_length=32)
    prompt: str
    negative_prompt: str
    scene: dict[str, Any] | None
    generation: dict[str, Any]
    seed: Seed | None
    status: Literal["pending", "done", "failed", "cancelled"]
    error: str | None
    # the catalogue's code for ``error`` and its parameters (core/messages.py); absent in older exports
    error_code: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")] | None = None
    error_params: dict[str, Any] | None = None
    reply: str
    timings: dict[str, Any]
    image: ImageDoc | None
    reference: ImageDoc | None = None  # a picture attached to the message
    created_at: AwareDatetime
    finished_at: AwareDatetime | None


class SessionDoc(BaseModel):
    """session.json. Ids are the exporting store's; an import gives every turn a new one."""

    model_config = _STRICT
    format: Literal["inkturn-session"]
    version: Literal[1]
    exported_at: AwareDatetime
    title: str = Field(max_length=200)
    settings: dict[str, Any]
    created_at: AwareDatetime
    head_turn_id: Id | None
    turns: list[TurnDoc] = Field(max_length=MAX_TURNS)


def _image_doc(index: int, image: ImageInfo | None) -> ImageDoc | None:
    if image is None:
        return None
    return ImageDoc(file=image_name(index, image.sha256), sha256=image.sha256, width=image.width, height=image.height)


def document(session: SessionInfo, turns: list[TurnInfo], turn_images: Mapping[str, ImageInfo]) -> SessionDoc:
    """session.json for ``session``; ``turn_images`` maps image ids to their rows."""
    docs = []
    for t in turns:
        image_doc = _image_doc(t.index, turn_images.get(t.image_id) if t.image_id else None)
        ref = t.reference_image_id
        reference_doc = _image_doc(t.index, turn_images.get(ref) if ref else None)
        doc = TurnDoc(
            id=t.id, parent_id=t.parent_id, index=t.index, hidden=t.hidden, undone_at=t.undone_at,
            message=t.message, intent=t.intent, prompt=t.prompt, negative_prompt=t.negative_prompt, scene=t.scene,
            generation=t.generation, seed=t.seed, status=t.status, error=t.error, error_code=t.error_code,
            error_params=t.error_params, reply=t.reply, timings=t.timings, image=image_doc, reference=reference_doc, created_at=t.created_at, finished_at=t.finished_at,
        )  # fmt: skip
        docs.append(doc)
    return SessionDoc(
        format=FORMAT, version=VERSION, exported_at=datetime.now(UTC), title=session.title,
        settings=session.settings, created_at=session.created_at, head_turn_id=session.head_turn_id, turns=docs,
    )  # fmt: skip


# -- writing --------------------------------------------------------------------------------


def write(doc: SessionDoc, pngs: Mapping[str, bytes], extras: Mapping[str, bytes]) -> bytes:
    """The zip: ``pngs`` maps image file names (from ``doc``) to bytes, ``extras`` names to bytes."""
    for name, data in extras.items():
        _check_extra_name(name)
        if not isinstance(data, bytes | bytearray | memoryview):
            raise InvalidInput("extra_not_bytes", name=name, got=type(data).__name__)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(SESSION_JSON, json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2))
        for name in sorted(pngs):
            # PNGs are compressed already; storing them keeps the bytes exactly as on disk.
            zf.writestr(name, pngs[name], compress_type=zipfile.ZIP_STORED)
        for name in sorted(extras):
            zf.writestr(f"extra/{name}", bytes(extras[name]))
    return buffer.getvalue()


# -- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Archive:
    """A checked upload: the document, image bytes by file name, extra files by name."""

    doc: SessionDoc
    pngs: dict[str, bytes]
    extras: dict[str, bytes]


def read(data: object, max_bytes: int = MAX_TOTAL_BYTES) -> Archive:
    """Checks an uploaded zip completely; InvalidInput (a message for the user) on anything off."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise InvalidInput("export_not_bytes", got=type(data).__name__)
    if len(data) > max_bytes:
        raise InvalidInput("export_too_big", mb=_mb(len(data)), limit_mb=_mb(max_bytes))
    try:
        zf = zipfile.ZipFile(io.BytesIO(bytes(data)))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InvalidInput("not_a_zip") from None
    with zf:
        entries = _check_entries(zf.infolist(), max_bytes)
        blobs = _read_entries(zf, entries, max_bytes)
    doc = _parse_document(blobs.pop(SESSION_JSON))
    pngs = {name: blob for name, blob in blobs.items() if name.startswith("images/")}
    extras = {name.removeprefix("extra/"): blob for name, blob in blobs.items() if name.startswith("extra/")}
    _check_history(doc)
    _check_images(doc, pngs)
    return Archive(doc=doc, pngs=pngs, extras=extras)


def _check_entries(infos: list[zipfile.ZipInfo], max_bytes: int) -> list[zipfile.ZipInfo]:
    """Names and declared sizes, before a byte is decompressed."""
    if len(infos) > MAX_ENTRIES:
        raise InvalidInput("too_many_entries", n=len(infos), limit=MAX_ENTRIES)
    seen: set[str] = set()
    files: list[zipfile.ZipInfo] = []
    total = 0
    for info in infos:
        name = info.filename
        _check_safe_name(name)
        if name in seen:
            raise InvalidInput("entry_twice", name=name)
        seen.add(name)
        if name in FOLDERS:
            continue
        if name != SESSION_JSON and not IMAGE_RE.fullmatch(name) and not _is_extra(name):
            raise InvalidInput("entry_unexpected", name=name)
        if info.flag_bits & 0x1:
            raise InvalidInput("entry_encrypted", name=name)
        limit = _limit(name, max_bytes)
        if info.file_size > limit:
            raise InvalidInput("entry_too_big", name=name, mb=_mb(info.file_size), limit_mb=_mb(limit))
        total += info.file_size
        if total > max_bytes:
            raise InvalidInput("archive_too_big", limit_mb=_mb(max_bytes))
        files.append(info)
    if SESSION_JSON not in seen:
        raise InvalidInput("no_session_json")
    return files


def _read_entries(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], max_bytes: int) -> dict[str, bytes]:
    """Decompresses with a hard cap per entry: the declared sizes may lie."""
    blobs: dict[str, bytes] = {}
    total = 0
    for info in infos:
        cap = min(info.file_size, _limit(info.filename, max_bytes))
        try:
            with zf.open(info) as f:
                blob = f.read(cap + 1)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, EOFError, ValueError):
            raise InvalidInput("entry_damaged", name=info.filename) from None
        if len(blob) > cap:
            raise InvalidInput("entry_larger", name=info.filename)
        total += len(blob)
        if total > max_bytes:
            raise InvalidInput("archive_too_big", limit_mb=_mb(max_bytes))
        blobs[info.filename] = blob
    return blobs


def _parse_document(raw: bytes) -> SessionDoc:
    try:
        obj = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise InvalidInput("json_invalid", detail=_short(exc)) from None
    if _has_nul(obj):
        raise InvalidInput("json_nul")
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise InvalidInput("wrong_format", format=FORMAT)
    if obj.get("version") != VERSION:
        raise InvalidInput("wrong_version", version=_short(obj.get("version")), supported=VERSION)
    try:
        return SessionDoc.model_validate_json(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'session.json'}: {e['msg']}" for e in exc.errors()[:3]
        )
        raise InvalidInput("schema_invalid", problems=problems) from None


def _check_history(doc: SessionDoc) -> None:
    """A tree in creation order: indexes 1..n, every parent earlier, head's path not undone."""
    by_id: dict[str, TurnDoc] = {}
    for position, turn in enumerate(doc.turns, start=1):
        if turn.index != position:
            raise InvalidInput("turn_index", position=position, index=turn.index)
        if turn.id in by_id:
            raise InvalidInput("turn_id_twice", id=turn.id)
        if turn.parent_id is not None and turn.parent_id not in by_id:
            raise InvalidInput("parent_not_earlier", index=turn.index)
        if turn.hidden != (turn.undone_at is not None):
            raise InvalidInput("hidden_mismatch", index=turn.index)
        by_id[turn.id] = turn
    node = doc.head_turn_id
    if node is not None and node not in by_id:
        raise InvalidInput("head_unknown")
    while node is not None:
        if by_id[node].hidden:
            raise InvalidInput("undone_on_path")
        node = by_id[node].parent_id


def _check_images(doc: SessionDoc, pngs: dict[str, bytes]) -> None:
    wanted = set()
    for turn in doc.turns:
        for image in (turn.image, turn.reference):
            if image is None:
                continue
            name = image.file
            if name != image_name(turn.index, image.sha256):
                raise InvalidInput("image_misnamed", index=turn.index, expected=image_name(turn.index, image.sha256))
            png = pngs.get(name)
            if png is None:
                raise InvalidInput("image_missing", name=name)
            images.check_png(png, image.width, image.height)
            if images.sha256_hex(png) != image.sha256:
                raise InvalidInput("image_hash", name=name)
            wanted.add(name)
    stray = sorted(set(pngs) - wanted)
    if stray:
        raise InvalidInput("image_stray", name=stray[0])


def _has_nul(obj: object) -> bool:
    # PostgreSQL text cannot hold NUL: refuse it here, before any file is written.
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, str) and "\x00" in item:
            return True
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _check_safe_name(name: str) -> None:
    parts = name.split("/")
    if (
        not name
        or "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or ":" in parts[0]
        or any(p in ("..", ".") for p in parts)
        or "" in parts[:-1]
    ):
        raise InvalidInput("entry_unsafe", name=_short(name))


def _check_extra_name(name: object) -> None:
    if not isinstance(name, str) or not EXTRA_NAME_RE.fullmatch(name):
        raise InvalidInput("extra_name", name=_short(name))


def _is_extra(name: str) -> bool:
    return name.startswith("extra/") and EXTRA_NAME_RE.fullmatch(name.removeprefix("extra/")) is not None


def _limit(name: str, max_bytes: int) -> int:
    if name == SESSION_JSON:
        return min(MAX_JSON_BYTES, max_bytes)
    if name.startswith("images/"):
        return min(MAX_IMAGE_BYTES, max_bytes)
    return max_bytes


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _mb(n: int) -> float:
    return n / 2**20


def _short(value: object) -> str:
    text = str(value) if isinstance(value, Exception) else repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
