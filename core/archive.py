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

from core.consistency.blobs import BlobStore, referenced
from core.errors import BadInput
from sessions import InvalidInput, SessionInfo, Store, TurnInfo

PREFIX = "consistency-"
_NAME = re.compile(r"^consistency-([0-9a-f]{64})\.safetensors$")


def blob_hashes(turns: Iterable[TurnInfo]) -> set[str]:
    """Every tensor file the turns' stored consistency records name."""
    return set().union(*(referenced(turn.generation or {}) for turn in turns))


def export_session(store: Store, blobs: BlobStore, session_id: str) -> bytes:
    extra = {
        f"{PREFIX}{digest}.safetensors": blobs.raw(digest)
        for digest in sorted(blob_hashes(store.turns(session_id)))
        if blobs.has(digest)
    }
    return store.export_zip(session_id, extra_files=extra)


def import_session(store: Store, blobs: BlobStore, data: bytes) -> SessionInfo:
    """A new session from an exported zip; raises BadInput with the reason if it is refused."""
    try:
        session, extra = store.import_zip(data)
    except InvalidInput as exc:
        raise BadInput(str(exc)) from None
    for name, payload in extra.items():
        match = _NAME.match(name)
        if match is None:
            continue  # not ours: sessions/ already refused unsafe names; unknown extras are ignored
        try:
            blobs.put_raw(match.group(1), payload)
        except ValueError:
            continue  # a damaged tensor only costs consistency on the next edit, never the session
    return session
