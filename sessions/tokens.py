"""Session tokens: the secret in a session link (``?s=...``).

Each session has two: the owner token (may change the session) and the read
token (may only look, and fork). Each is ``secrets.token_urlsafe(32)`` on its
own, 32 random bytes as 43 URL-safe base64 characters, so neither says
anything about the other (Etherpad's read-only links work the same way).
Anything not of that shape is refused before the database is asked.

The database keeps the owner token only as its SHA-256 (``digest``): a copied
database or backup gives no write access. The read token is kept as it is,
so the owner can copy the share link again.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

TOKEN_BYTES = 32
TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{43}")
KINDS = ("owner", "read")


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def is_well_formed(token: object) -> bool:
    # fullmatch, not ^...$: "$" would accept a trailing newline.
    return isinstance(token, str) and TOKEN_RE.fullmatch(token) is not None


def same_token(stored: str, given: str) -> bool:
    """Constant-time equality; also guards against case-insensitive DB collations."""
    return hmac.compare_digest(stored.encode("ascii"), given.encode("ascii"))


def digest(token: str) -> str:
    """What the database stores for an owner token: the hex SHA-256 of its text."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
