"""Addresses for a session's pictures and export that stop working when the link does.

A picture is served at ``/media/<session>/<image>.png?k=<signature>``. The
signature is an HMAC, under a key kept in the data folder, of the session, the
file and a digest of the link that opened the page (owner or read-only). Each
request recomputes it from the session's *current* links: after Delete the
session is gone, after a link is re-issued its digest has changed, and either
way the address answers 404. The token itself is never part of an address, so
no access log ever records it, and nothing is copied into a cache that would
outlive the session.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from sessions.errors import ImageNotFound, UnsafeImagePath

KEY_FILE = "media.key"
ROLES = ("owner", "read")


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def load_key(data_dir: Path) -> bytes:
    """The data folder's signing key, made on first use (several processes on one folder share it)."""
    path = Path(data_dir) / KEY_FILE
    try:
        return bytes.fromhex(path.read_text().strip())
    except (FileNotFoundError, ValueError):
        pass
    key = secrets.token_bytes(32)
    tmp = path.with_name(f".{KEY_FILE}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key.hex())
    try:
        os.link(tmp, path)  # first writer wins; a race loser reads the winner's key
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return bytes.fromhex(path.read_text().strip())


@dataclass(frozen=True)
class Grant:
    """What a checked address may fetch."""

    session_id: str
    role: str  # "owner" | "read"


class MediaLinks:
    """Signs addresses for a link that was checked, and checks them again on every request."""

    def __init__(self, key: bytes, current_digests):
        """``current_digests(session_id) -> (owner digest, read digest)``, or None for no such session."""
        self._key = key
        self._current = current_digests

    def signature(self, session_id: str, name: str, role: str, link_digest: str) -> str:
        message = "\n".join((session_id, name, role, link_digest)).encode("utf-8")
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()[:40]

    def image_url(self, session_id: str, image_id: str, role: str, link_digest: str) -> str:
        name = f"{image_id}.png"
        return f"/media/{session_id}/{name}?r={role}&k={self.signature(session_id, name, role, link_digest)}"

    def export_url(self, session_id: str, role: str, link_digest: str, lang: str | None = None) -> str:
        """``lang``: the page's language, for the words inside (not signed: it only picks a language)."""
        name = "export.zip"
        url = f"/media/{session_id}/{name}?r={role}&k={self.signature(session_id, name, role, link_digest)}"
        return url + (f"&l={lang}" if lang else "")

    def check(self, session_id: str, name: str, role: str, signature: str) -> Grant | None:
        """The grant, if the signature matches the session's link of that role as it is now."""
        if role not in ROLES or not isinstance(signature, str) or len(signature) != 40:
            return None
        digests = self._current(session_id)
        if digests is None:
            return None
        current = digests[ROLES.index(role)]
        if not current:
            return None
        if not hmac.compare_digest(self.signature(session_id, name, role, current), signature):
            return None
        return Grant(session_id=session_id, role=role)


class SessionFiles:
    """A session's pictures and export, by checked address (``ui/web.py`` serves them)."""

    def __init__(self, store, blobs, key: bytes):
        self.store = store
        self.blobs = blobs
        self.links = MediaLinks(key, store.link_digests)

    def addresses(self, token: str) -> Addresses:
        """Addresses for what ``token`` (owner or read-only) may see; SessionNotFound for a bad link."""
        access = self.store.access(token)
        role = "owner" if access.can_write else "read"
        return Addresses(self.links, access.session.id, role, token_digest(token))

    def image_bytes(self, session_id: str, name: str, role: str, signature: str) -> bytes | None:
        """The picture's bytes, if the address checks out and a turn of the session shows it."""
        if not name.endswith(".png") or self.links.check(session_id, name, role, signature) is None:
            return None
        image_id = name.removesuffix(".png")
        turns = self.store.turns(session_id)
        if role == "read":
            turns = self.store.path(session_id)  # a read-only link shows only the current path
        if not any(image_id in (t.image_id, t.reference_image_id) for t in turns):
            return None
        try:
            return self.store.image_bytes(self.store.get_image(image_id))
        except (ImageNotFound, UnsafeImagePath):  # deleted since it was checked, or a crafted row
            return None

    def export_for(self, token: str, lang: str = "en") -> bytes:
        """The zip for a link: everything for the owner, the current path for a read-only link;
        turn errors in ``lang`` (the downloader's)."""
        from core.archive import export_session

        access = self.store.access(token)
        return export_session(self.store, self.blobs, access.session.id, visible_only=not access.can_write, lang=lang)

    def export(self, session_id: str, signature: str, role: str, lang: str = "en") -> bytes | None:
        """The zip, made now and never written to disk; a read-only link gets only the visible path."""
        if self.links.check(session_id, "export.zip", role, signature) is None:
            return None
        from core.archive import export_session

        return export_session(self.store, self.blobs, session_id, visible_only=role == "read", lang=lang)


@dataclass(frozen=True)
class Addresses:
    """The checked addresses of one session for one link."""

    links: MediaLinks
    session_id: str
    role: str
    link_digest: str

    def image(self, image_id: str | None) -> str | None:
        return self.links.image_url(self.session_id, image_id, self.role, self.link_digest) if image_id else None

    def export(self, lang: str | None = None) -> str:
        return self.links.export_url(self.session_id, self.role, self.link_digest, lang)
