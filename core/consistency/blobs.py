"""Tensors kept per turn (initial noise, final latents, subject slices) as files in the store.

Content-addressed: ``consistency/ab/<sha256>.safetensors`` in the store's files (the data
folder, or the object store several processes share), the hash
over the file bytes; a turn's ``generation["consistency"]`` names the hashes it
wrote or read, so nothing in the database schema changes. Forks and imports share
files; ``sweep`` removes those no stored turn names any more.
"""

from __future__ import annotations

import hashlib
import re
import time
from pathlib import Path

import torch
from safetensors.torch import load, save

from sessions.files import Files, LocalFiles

_HASH = re.compile(r"^[0-9a-f]{64}$")


class BlobStore:
    def __init__(self, files: Files | Path, prefix: str = "consistency"):
        """``files``: the store's files (a folder given as a path holds the blobs itself)."""
        if isinstance(files, str | Path):
            files, prefix = LocalFiles(Path(files).parent), Path(files).name
        self.files = files
        self.prefix = prefix

    def put(self, tensors: dict[str, torch.Tensor]) -> str:
        data = save({k: v.detach().to("cpu").contiguous() for k, v in sorted(tensors.items())})
        digest = hashlib.sha256(data).hexdigest()
        self._write(digest, data)
        return digest

    def get(self, digest: str) -> dict[str, torch.Tensor]:
        return load(self.raw(digest))

    def raw(self, digest: str) -> bytes:
        """The file's bytes, for an export."""
        try:
            return self.files.get(self._name(digest))
        except KeyError:
            raise KeyError(f"no stored consistency blob {digest}") from None

    def put_raw(self, digest: str, data: bytes) -> None:
        """Stores bytes from an import, only if they hash to ``digest`` and hold tensors."""
        if hashlib.sha256(data).hexdigest() != digest:
            raise ValueError(f"consistency blob {digest[:12]}… does not match its hash")
        try:
            load(data)
        except Exception as exc:  # noqa: BLE001 - safetensors raises its own error types
            raise ValueError(f"consistency blob {digest[:12]}… is not a tensor file") from exc
        self._write(digest, data)

    def _write(self, digest: str, data: bytes) -> None:
        """Atomically, once: equal content has an equal name; putting it again makes it fresh,
        so a sweep spares what a turn in progress has just put."""
        self.files.put(self._name(digest), data)

    def has(self, digest: str | None) -> bool:
        return bool(digest) and _HASH.match(digest) is not None and self.files.exists(self._name(digest))

    def sweep(self, live: set[str], grace_seconds: float = 600.0) -> int:
        """Deletes blobs not in ``live``; returns how many.

        A turn being drawn puts its blobs before it is committed, so files written or
        re-put within ``grace_seconds`` stay until a later sweep.
        """
        cutoff = time.time() - grace_seconds
        removed = 0
        for name, modified in list(self.files.listing(self.prefix)):
            stem = name.rsplit("/", 1)[-1].removesuffix(".safetensors")
            if not name.endswith(".safetensors") or stem in live or not _HASH.match(stem):
                continue
            if modified < cutoff:
                self.files.remove(name)  # another process may have swept it first: no error
                removed += 1
        return removed

    def _name(self, digest: str) -> str:
        if not isinstance(digest, str) or not _HASH.match(digest):
            raise KeyError(f"bad blob id {digest!r}")
        return f"{self.prefix}/{digest[:2]}/{digest}.safetensors"


def referenced(generation: object) -> set[str]:
    """The blob hashes a turn's generation record names: its noise, latents and subject slices.

    Tolerant of anything an older version or a crafted import stored: what is not
    the expected shape names no blob (one odd row must never stop a sweep)."""
    record = generation.get("consistency") if isinstance(generation, dict) else None
    if not isinstance(record, dict):
        return set()
    blobs = record.get("blobs")
    found = {v for v in blobs.values() if isinstance(v, str)} if isinstance(blobs, dict) else set()
    subjects = record.get("subjects")
    for subject in subjects.values() if isinstance(subjects, dict) else ():
        if isinstance(subject, dict) and isinstance(subject.get("blob"), str):
            found.add(subject["blob"])
    return found
