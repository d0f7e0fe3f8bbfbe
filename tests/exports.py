"""Crafted exports for the import tests: a real export with its session.json changed."""

from __future__ import annotations

import io
import json
import zipfile


def rewrite_doc(data: bytes, change) -> bytes:
    """The zip with session.json changed by ``change(doc)``; everything else as it was."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            payload = src.read(info)
            if info.filename == "session.json":
                doc = json.loads(payload)
                change(doc)
                payload = json.dumps(doc).encode()
            dst.writestr(info, payload)
    return out.getvalue()
