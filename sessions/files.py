"""Where stored files live: the data folder on local disk, or an object store through fsspec.

Pictures and consistency tensors are content-addressed, so every write is "put these bytes under
this name unless they are there": the same on a disk (a temp file, fsync, rename) as in S3,
MinIO or GCS (one PUT is atomic there). Names are relative POSIX paths checked here, so nothing
is ever read or written outside the store's root, whatever a database row or an import says.

    files_at("data")                      # LocalFiles: the default
    files_at("s3://bucket/inkturn")       # RemoteFiles: s3fs, credentials and endpoint as boto reads them
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from sessions.errors import UnsafeImagePath

_REFUSED = "This stored file path points outside the data folder, so it will not be read."


def check_name(rel: object) -> PurePosixPath:
    """A relative POSIX name inside the root: no absolute path, ``..``, drive, backslash or NUL."""
    if not isinstance(rel, str) or not rel or "\\" in rel or "\x00" in rel:
        raise UnsafeImagePath(_REFUSED)
    posix = PurePosixPath(rel)
    if posix.is_absolute() or ".." in posix.parts or (posix.parts and ":" in posix.parts[0]):
        raise UnsafeImagePath(_REFUSED)
    return posix


class LocalFiles:
    """Files under a folder on this machine."""

    is_local = True

    def __init__(self, root: Path):
        self.root = Path(root).resolve()

    def __repr__(self) -> str:
        return f"LocalFiles({str(self.root)!r})"

    def path(self, rel: str) -> Path:
        """The absolute file for ``rel``; refuses anything that resolves outside the root (symlinks too)."""
        posix = check_name(rel)
        try:
            resolved = (self.root / Path(*posix.parts)).resolve()
        except (OSError, ValueError, RuntimeError):
            raise UnsafeImagePath(_REFUSED) from None
        if resolved == self.root or not resolved.is_relative_to(self.root):
            raise UnsafeImagePath(_REFUSED)
        return resolved

    def put(self, rel: str, data: bytes) -> None:
        """Writes unless an intact copy is there; a copy that is there is touched (sweeps spare it)."""
        target = self.path(rel)
        if target.is_file() and target.stat().st_size == len(data):
            with contextlib.suppress(OSError):
                os.utime(target)
            return
        write_atomic(target, data)

    def get(self, rel: str) -> bytes:
        try:
            return self.path(rel).read_bytes()
        except (FileNotFoundError, IsADirectoryError):
            raise KeyError(rel) from None

    def exists(self, rel: str) -> bool:
        return self.path(rel).is_file()

    def remove(self, rel: str) -> None:
        self.path(rel).unlink(missing_ok=True)

    def listing(self, prefix: str) -> Iterator[tuple[str, float]]:
        """(name, modified time) of every file under ``prefix``."""
        folder = self.path(prefix)
        if not folder.is_dir():
            return
        for path in folder.rglob("*"):
            with contextlib.suppress(FileNotFoundError):
                if path.is_file():
                    yield path.relative_to(self.root).as_posix(), path.stat().st_mtime


class RemoteFiles:
    """Files in an object store (``s3://``, ``gs://``, ``memory://`` ...) through fsspec."""

    is_local = False

    def __init__(self, url: str, **storage_options):
        import fsspec

        self.url = url.rstrip("/")
        self.fs, root = fsspec.core.url_to_fs(self.url, **storage_options)
        self.root = root.rstrip("/")

    def __repr__(self) -> str:
        return f"RemoteFiles({self.url!r})"

    def _key(self, rel: str) -> str:
        return f"{self.root}/{check_name(rel).as_posix()}"

    def put(self, rel: str, data: bytes) -> None:
        # One PUT is atomic; the same name holds the same bytes, so writing again only refreshes
        # the object's time (what the local store's touch does, so a sweep spares it).
        self.fs.pipe_file(self._key(rel), data)

    def get(self, rel: str) -> bytes:
        try:
            return self.fs.cat_file(self._key(rel))
        except FileNotFoundError:
            raise KeyError(rel) from None

    def exists(self, rel: str) -> bool:
        return bool(self.fs.exists(self._key(rel)))

    def remove(self, rel: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.fs.rm_file(self._key(rel))
        self.fs.invalidate_cache()

    def listing(self, prefix: str) -> Iterator[tuple[str, float]]:
        base = self._key(prefix)
        try:
            found = self.fs.find(base, detail=True)
        except FileNotFoundError:
            return
        for key, info in found.items():
            modified = info.get("LastModified") or info.get("mtime") or info.get("created")
            stamp = modified.timestamp() if hasattr(modified, "timestamp") else float(modified or time.time())
            yield key.removeprefix(self.root + "/"), stamp


Files = LocalFiles | RemoteFiles


def files_at(where: str | Path) -> Files:
    """A URL with a scheme other than file:// is an object store; anything else is a folder."""
    text = str(where)
    if "://" in text and not text.startswith("file://"):
        return RemoteFiles(text)
    return LocalFiles(Path(text.removeprefix("file://")))


def write_atomic(target: Path, data: bytes) -> None:
    """Temp file in the same folder, fsync, ``os.replace``: readers see all or nothing."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders.
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
