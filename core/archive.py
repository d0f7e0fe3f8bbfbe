"""A session as one zip file, with the consistency tensors its turns refer to.

``sessions/`` writes and reads the zip (session.json, the turns' PNGs); this
module adds the tensors under ``extra/consistency-<sha256>.safetensors`` so an
imported session keeps its noise, anchors and subject slices, and checks every
one against its hash on the way back in. A tensor the zip lacks is not an
error: the engine falls back to drawing without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core import messages
from core.consistency.blobs import BlobStore, referenced
from core.consistency.config import ConsistencyConfig
from core.errors import BadInput
from core.scene import Scene
from core.session_settings import SessionSettings
from sessions import InvalidInput, SessionInfo, Store, TurnInfo

PREFIX = "consistency-"
_NAME = re.compile(r"^consistency-([0-9a-f]{64})\.safetensors$")


def blob_hashes(turns: Iterable[TurnInfo]) -> set[str]:
    """Every tensor file the turns' stored consistency records name."""
    return set().union(*(referenced(turn.generation or {}) for turn in turns))


def export_session(
    store: Store, blobs: BlobStore, session_id: str, *, visible_only: bool = False, lang: str = "en"
) -> bytes:
    """The zip; ``visible_only``: just the current path (what a read-only link shows). A turn's
    ``error`` is said in ``lang`` (the downloader's); its code and parameters go beside it."""
    turns = store.path(session_id) if visible_only else store.turns(session_id)
    extra = {
        f"{PREFIX}{digest}.safetensors": blobs.raw(digest) for digest in sorted(blob_hashes(turns)) if blobs.has(digest)
    }
    return store.export_zip(
        session_id, extra_files=extra, visible_only=visible_only, error_text=lambda t: messages.turn_error(t, lang)
    )


def import_session(store: Store, blobs: BlobStore, data: bytes) -> SessionInfo:
    """A new session from an exported zip; raises BadInput with the reason if it is refused."""
    try:
        session, extra = store.import_zip(data, check=check_document)
    except InvalidInput as exc:  # the store's code and parameters, so the reason is said in the reader's language
        raise BadInput(exc.code or str(exc), **exc.params) from None
    for name, payload in extra.items():
        match = _NAME.match(name)
        if match is None:
            continue  # not ours: sessions/ already refused unsafe names; unknown extras are ignored
        try:
            blobs.put_raw(match.group(1), payload)
        except ValueError:
            continue  # a damaged tensor only costs consistency on the next edit, never the session
    return session


# -- what an import may hold, beyond the zip's own schema (sessions/archive.py) -------------

NEW_SESSION_KEYS = ("seed", "steps", "guidance", "width", "height")
_Digest = Field(pattern=r"^[0-9a-f]{64}$")


class _SubjectRecord(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)
    blob: str = _Digest
    description: str = ""


class _ConsistencyRecord(BaseModel):
    """A turn's stored consistency record: the plan's fields pass; the parts the engine reads must check."""

    model_config = ConfigDict(extra="allow", strict=True)
    blobs: dict[str, str] = {}
    subjects: dict[str, _SubjectRecord] = {}


def check_document(doc) -> None:
    """Refuses (BadInput, a code the reader sees in their language) a session.json whose settings,
    scenes or consistency records this version could not open or would choke on later: before
    anything is written."""
    missing = [key for key in NEW_SESSION_KEYS if key not in doc.settings]
    if missing:
        raise BadInput("import_setting_missing", field=missing[0])
    try:
        settings = SessionSettings.validate_dict(doc.settings)
        ConsistencyConfig().merged(settings.consistency)
    except BadInput as exc:
        raise BadInput("import_setting_invalid", field=exc.params.get("field", "settings")) from None
    except (TypeError, ValueError):
        raise BadInput("import_consistency_setting") from None
    for turn in doc.turns:
        if turn.scene is not None:
            try:
                Scene.model_validate(turn.scene)
            except ValidationError as exc:
                raise BadInput("import_scene_invalid", index=turn.index, problem=_first(exc)) from None
        record = turn.generation.get("consistency")
        if record is not None:
            try:
                parsed = _ConsistencyRecord.model_validate(record)
            except ValidationError as exc:
                raise BadInput("import_record_invalid", index=turn.index, problem=_first(exc)) from None
            if any(not _is_digest(v) for v in parsed.blobs.values()):
                raise BadInput("import_record_file", index=turn.index)


def _is_digest(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def _first(exc: ValidationError) -> str:
    error = exc.errors()[0]
    return f"{'.'.join(str(p) for p in error['loc']) or 'value'}: {error['msg']}"
