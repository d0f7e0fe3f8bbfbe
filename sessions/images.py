"""Content-addressed image files under the data folder.

A PNG is stored once, at ``images/<sha[:2]>/<sha>.png`` (relative, POSIX),
named by the SHA-256 of its bytes. Files are written atomically and before
their database row, so a crash leaves at most an orphan file, never a row
that points at nothing or at half a file.

``check_png`` reads the real size from the PNG header (never decoding the
pixels): it must be the size given, and within the limits, so whoever later
decodes a stored picture cannot be handed a decompression bomb.
"""

from __future__ import annotations

import hashlib
import zlib
from pathlib import Path, PurePosixPath

from sessions.errors import InvalidInput, UnsafeImagePath
from sessions.files import Files, LocalFiles, RemoteFiles, write_atomic  # noqa: F401 - write_atomic: older callers

IMAGES_DIR = "images"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_SIDE = 16384
MAX_PIXELS = 40_000_000  # width x height, as core/reference.py allows for an attached picture
IHDR_END = 33  # signature (8), chunk length (4), "IHDR" (4), 13 bytes of header, CRC (4)


def check_png(png: object, width: object, height: object) -> None:
    """A PNG whose header says exactly ``width`` x ``height``, within MAX_SIDE and MAX_PIXELS."""
    if not isinstance(png, bytes | bytearray | memoryview):
        raise InvalidInput("png_not_bytes", got=type(png).__name__)
    if bytes(png[:8]) != PNG_SIGNATURE:
        raise InvalidInput("png_signature")
    for name, side in (("width", width), ("height", height)):
        if not isinstance(side, int) or isinstance(side, bool) or not 1 <= side <= MAX_SIDE:
            raise InvalidInput("png_side", side=name, limit=MAX_SIDE, value=side)
    real_w, real_h = png_size(png)
    if not (1 <= real_w <= MAX_SIDE and 1 <= real_h <= MAX_SIDE) or real_w * real_h > MAX_PIXELS:
        raise InvalidInput("png_too_large", width=real_w, height=real_h, side_limit=MAX_SIDE,
                           pixels_m=MAX_PIXELS // 1_000_000)  # fmt: skip
    if (real_w, real_h) != (width, height):
        raise InvalidInput("png_size_differs", width=real_w, height=real_h, given_width=width, given_height=height)


def png_size(png: bytes | bytearray | memoryview) -> tuple[int, int]:
    """(width, height) from the IHDR chunk, which the format puts first; InvalidInput if it is not there."""
    head = bytes(png[:IHDR_END])
    if len(head) < IHDR_END or head[8:16] != b"\x00\x00\x00\x0dIHDR":
        raise InvalidInput("png_no_ihdr")
    if zlib.crc32(head[12:29]) != int.from_bytes(head[29:33], "big"):
        raise InvalidInput("png_header_damaged")
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def relative_path(sha: str) -> str:
    """Where the file for ``sha`` lives, relative to the data folder (what the DB stores)."""
    return f"{IMAGES_DIR}/{sha[:2]}/{sha}.png"


def store_file(where: Path | Files, png: bytes) -> tuple[str, str]:
    """Writes ``png`` unless an identical file is there; returns (sha256, relative path).
    ``where``: the store's files (a data folder given as a path is its local files)."""
    sha = sha256_hex(png)
    rel = relative_path(sha)
    ensure_file(where, rel, png)
    return sha, rel


def ensure_file(where: Path | Files, rel: str, png: bytes) -> None:
    """Writes the file at ``rel`` unless it is there already.

    The store calls this again inside its write lock, right before it relies
    on a row: a session deleted meanwhile may have removed the shared file.
    Same name means same content; the size check only catches a file damaged
    outside the store (the atomic write itself never leaves a partial one).
    """
    as_files(where).put(rel, png)


def remove_file(where: Path | Files, rel: str) -> bool:
    """Deletes a stored image file; False (and nothing deleted) for a path outside the store."""
    try:
        as_files(where).remove(rel)
    except UnsafeImagePath:
        return False
    return True


def as_files(where: Path | Files) -> Files:
    return where if isinstance(where, LocalFiles | RemoteFiles) else LocalFiles(Path(where))


def resolve_inside(data_dir: Path, rel: str) -> Path:
    """The absolute file for a stored relative path; refuses any path that leaves ``data_dir``.

    ``data_dir`` must already be resolved. Checks the text first (absolute,
    ``..``, backslashes) and then the resolved path, which also catches symlinks.
    """
    refused = UnsafeImagePath("This image's stored file path points outside the data folder, so it will not be read.")
    if not isinstance(rel, str) or not rel or "\\" in rel or "\x00" in rel:
        raise refused
    posix = PurePosixPath(rel)
    if posix.is_absolute() or ".." in posix.parts or (posix.parts and ":" in posix.parts[0]):
        raise refused
    try:
        resolved = (data_dir / Path(*posix.parts)).resolve()
    except (OSError, ValueError, RuntimeError):
        raise refused from None
    if resolved == data_dir or not resolved.is_relative_to(data_dir):
        raise refused
    return resolved
