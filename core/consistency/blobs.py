"""Tensors kept per turn (initial noise, final latents, subject slices) as files in the data dir.

Content-addressed: ``DATA_DIR/consistency/ab/<sha256>.safetensors``, the hash
over the file bytes; a turn's ``generation["consistency"]`` names the hashes it
wrote or read, so nothing in the database schema changes. Forks and imports share
files; ``sweep`` removes those no stored turn names any more.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from pathlib import Path

import torch
from safetensors.torch import load, save

_HASH = re.compile(r"^[0-9a-f]{64}$")


class BlobStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def put(self, tensors: dict[str, torch.Tensor]) -> str:
        data = save({k: v.detach().to("cpu").contiguous() for k, v in sorted(tensors.items())})
        digest = hashlib.sha256(data).hexdigest()
        self._write(digest, data)
        return digest

    def get(self, digest: str) -> dict[str, torch.Tensor]:
        return load(self.raw(digest))

    def raw(self, digest: str) -> bytes:
        """The file's bytes, for an export."""
        path = self._path(digest)
        if not path.is_file():
            raise KeyError(f"no stored consistency blob {digest}")
        return path.read_bytes()

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
        """Atomically, once: equal content has an equal name."""
        path = self._path(digest)
        if path.exists():
            os.utime(path)  # fresh again: a sweep spares what a turn in progress has just put
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(data)
            os.replace(tmp, path)

    def has(self, digest: str | None) -> bool:
        return bool(digest) and _HASH.match(digest) is not None and self._path(digest).is_file()

    def sweep(self, live: set[str], grace_seconds: float = 600.0) -> int:
        """Deletes blobs not in ``live``; returns how many.

        A turn being drawn puts its blobs before it is committed, so files written or
        re-put within ``grace_seconds`` stay until a later sweep.
        """
        if not self.root.is_dir():
            return 0
        cutoff = time.time() - grace_seconds
        removed = 0
        for path in self.root.glob("??/*.safetensors"):
            if path.stem in live or not _HASH.match(path.stem):
                continue
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except FileNotFoundError:  # another process swept it first
                pass
        return removed

    def _path(self, digest: str) -> Path:
        if not _HASH.match(digest):
            raise KeyError(f"bad blob id {digest!r}")
        return self.root / digest[:2] / f"{digest}.safetensors"


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
