"""The sessions part of the engine's surface: what a link may read and change.

``ui/`` asks this (as ``engine.sessions``) and never the store: every method takes
the link's token, the store checks what that token may do (``ReadOnly`` for a
read-only link, ``SessionNotFound`` for a bad one), and the results are the
store's frozen view objects, re-exported here so ``ui/`` imports nothing from
``sessions/``.
"""

from __future__ import annotations

from sessions import SessionsError
from sessions.errors import ReadOnly, SessionNotFound
from sessions.info import Access, ImageInfo, SessionInfo, SessionSummary, TurnInfo
from sessions.store import HEAD, Store
from sessions.tree import Head

__all__ = [
    "HEAD", "Access", "Head", "ImageInfo", "ReadOnly", "SessionBook", "SessionInfo", "SessionNotFound",
    "SessionSummary", "SessionsError", "TurnInfo",
]  # fmt: skip


class SessionBook:
    def __init__(self, store: Store):
        self._store = store

    # -- reading: any link ------------------------------------------------------------------

    def access(self, token: str) -> Access:
        """What a link opens, and whether it may write."""
        return self._store.access(token)

    def path(self, token: str) -> list[TurnInfo]:
        """The current path, root first: what the chat shows."""
        return self._store.path(self.access(token).session.id)

    def turns(self, token: str) -> list[TurnInfo]:
        """Every turn of every branch, in index order (the History panel)."""
        return self._store.turns(self.access(token).session.id)

    def gallery(self, token: str) -> list[tuple[TurnInfo, ImageInfo]]:
        """Every picture with its turn; a read-only link sees only the current path's."""
        access = self.access(token)
        shown = self._store.gallery(access.session.id)
        if access.can_write:
            return shown
        on_path = {t.id for t in self._store.path(access.session.id)}
        return [(turn, image) for turn, image in shown if turn.id in on_path]

    def turn(self, token: str, turn_id: str) -> TurnInfo:
        """One turn of this link's session; another session's turn is unknown here."""
        session = self.access(token).session
        turn = self._store.get_turn(turn_id)
        if turn.session_id != session.id:
            raise SessionNotFound("There is no such turn in this session.")
        return turn

    def mine(self, owner_tokens: list[str]) -> list[SessionSummary]:
        """ "My sessions": the sessions of the owner tokens a browser remembers."""
        return self._store.sessions_for_tokens(owner_tokens)

    # -- writing: the owner link (the store refuses any other) -------------------------------

    def rename(self, token: str, title: str) -> SessionInfo:
        return self._store.rename(token, title)

    def undo(self, token: str) -> TurnInfo | None:
        return self._store.undo(token)

    def redo(self, token: str) -> TurnInfo:
        return self._store.redo(token)

    def checkout(self, token: str, turn_id: str) -> TurnInfo:
        return self._store.checkout(token, turn_id)

    def rotate(self, token: str, kind: str) -> SessionInfo:
        return self._store.rotate_token(token, kind)

    def fork(self, token: str, up_to_turn_id: str | None = None) -> SessionInfo:
        """Either link may fork: the copy is the visitor's own session."""
        return self._store.fork(token, up_to_turn_id)
