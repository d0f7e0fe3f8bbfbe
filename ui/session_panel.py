"""The session controls: share links, history tree, gallery, my sessions, export/import.

Every handler gets the tab's token and language and asks the store what that
token may do; the store refuses writes through a read-only link (``ReadOnly``),
so hiding a button is a convenience, never the protection. Handlers return
plain values and ``gr.update``s; ``ui/studio.py`` wires them to components.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from core import messages
from core.engine import Engine
from core.errors import BadInput
from core.session_book import SessionNotFound, SessionsError, TurnInfo
from core.user_text import clean

MAX_IMPORT_BYTES = 64 * 1024 * 1024  # the archive's own limit (sessions/archive.py) is the same
MAX_KNOWN_SESSIONS = 50  # entries of "my sessions" the browser keeps

# The browser keeps the owner tokens of its sessions ("my sessions") in localStorage.
REMEMBER_JS = """
(token) => {
  let known = [];
  try { known = JSON.parse(localStorage.getItem('inkturn-sessions') || '[]'); } catch (e) {}
  if (!Array.isArray(known)) { known = []; }
  if (token) { known = [token, ...known.filter((k) => k !== token)].slice(0, MAX_KNOWN); }
  try { localStorage.setItem('inkturn-sessions', JSON.stringify(known)); } catch (e) {}
  return JSON.stringify(known);
}
""".replace("MAX_KNOWN", str(MAX_KNOWN_SESSIONS))

# Share links are built in the browser, which knows the address it was opened at.
LINKS_JS = """
(owner, reader) => {
  const url = (token) => {
    if (!token) { return ''; }
    const u = new URL(window.location.href);
    u.search = '';
    u.hash = 's=' + token;
    return u.toString();
  };
  return [url(owner), url(reader)];
}
"""

CONFIRM_DELETE_JS = """
(token, lang) => {
  const ask = lang === 'zh' ? ASK_ZH : ASK_EN;
  return [window.confirm(ask) ? token : '', lang];
}
""".replace("ASK_ZH", json.dumps(messages.text("confirm_delete", "zh"))).replace(
    "ASK_EN", json.dumps(messages.text("confirm_delete", "en"))
)


@dataclass(frozen=True)
class PanelState:
    """What the page shows for one token: who may do what, and the session's contents."""

    token: str  # "" when no session is open
    can_write: bool
    title: str
    owner_token: str  # "" for a read-only link
    read_token: str
    turn_choices: list[tuple[str, str]]  # (label, turn id), every turn of the tree
    head_turn_id: str | None
    gallery: str  # HTML: every picture of the session by its checked address, with its caption
    download: str  # HTML: the export link (a read-only link downloads only what it shows)


def turn_label(turn: TurnInfo, on_path: bool, branch: tuple[int, int], lang: str) -> str:
    """ "#3 · make it green · branch 2/3 · ✓ shown" — the dropdown's words for one turn."""
    text = re.sub(r"\s+", " ", turn.message).strip()
    text = text if len(text) <= 48 else text[:47] + "…"
    parts = [f"#{turn.index}", text]
    if branch[1] > 1:
        parts.append(messages.text("branch_of", lang, k=branch[0], n=branch[1]))
    if turn.status != "done":
        status = messages.text(f"status_{turn.status}", lang)
        reason = re.sub(r"\s+", " ", messages.turn_error(turn, lang)).strip()  # why, in the viewer's language
        if reason and turn.status != "pending":
            reason = reason if len(reason) <= 48 else reason[:47] + "…"
            status = messages.text("status_reason", lang, status=status, reason=reason)
        parts.append(status)
    if turn.hidden:
        parts.append("↶ " + messages.text("status_undone", lang))  # kept for Redo, not on the current path
    if on_path:
        parts.append("✓")
    return " · ".join(parts)


class SessionPanel:
    """Handlers for the session controls. Holds the engine only: no per-user state."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.sessions = engine.sessions

    # -- reading --------------------------------------------------------------------------

    def state(self, token: str, lang: str) -> PanelState:
        if not token:
            return PanelState("", True, "", "", "", [], None, "", "")
        access = self.sessions.access(token)
        session = access.session
        addresses = self.engine.files.addresses(token)
        tree = self.sessions.turns(token)
        path_ids = {turn.id for turn in self.sessions.path(token)}
        by_parent: dict[str | None, list[str]] = {}
        for turn in tree:
            by_parent.setdefault(turn.parent_id, []).append(turn.id)
        choices = []
        for turn in tree:
            siblings = by_parent[turn.parent_id]
            branch = (siblings.index(turn.id) + 1, len(siblings))
            choices.append((turn_label(turn, turn.id in path_ids, branch, lang), turn.id))
        shown = self.sessions.gallery(token)  # a read-only link: the current path's pictures only
        gallery = gallery_html(
            [(addresses.image(image.id), f"#{turn.index} · {turn.prompt or turn.message}") for turn, image in shown]
        )
        return PanelState(
            token=token,
            can_write=access.can_write,
            title=clean(session.title),
            owner_token=session.owner_token if access.can_write else "",
            read_token=session.read_token,
            turn_choices=choices,
            head_turn_id=session.head_turn_id,
            gallery=gallery,
            download=download_html(
                addresses.export(lang), messages.text("export" if access.can_write else "export_visible", lang)
            ),
        )

    def my_sessions(self, known_json: str, lang: str = "en") -> str:
        """HTML: a card (thumbnail, "title · date · n turns") per owner token this browser holds."""
        try:
            known = json.loads(known_json or "[]")
        except json.JSONDecodeError:
            known = []
        tokens = [k for k in known if isinstance(k, str)][:MAX_KNOWN_SESSIONS] if isinstance(known, list) else []
        cards = []
        for summary in self.sessions.mine(tokens):
            thumb = None
            if summary.thumbnail_image_id:
                thumb = self.engine.files.addresses(summary.owner_token).image(summary.thumbnail_image_id)
            when = summary.updated_at.strftime("%Y-%m-%d %H:%M")
            count = messages.text(
                "turn_count_one" if summary.turn_count == 1 else "turn_count", lang, n=summary.turn_count
            )
            caption = f"{summary.title or '—'} · {when} · {count}"
            cards.append((f"#s={summary.owner_token}", thumb, caption))
        return sessions_html(cards)

    # -- writing (owner link only; the store enforces it) ----------------------------------

    def rename(self, token: str, title: str, lang: str) -> str:
        return self._do(lambda: self.sessions.rename(token, clean(title).strip()[:200]), "renamed", lang)

    def undo(self, token: str, lang: str) -> str:
        return self._do(lambda: self.sessions.undo(token), "undone", lang)

    def redo(self, token: str, lang: str) -> str:
        return self._do(lambda: self.sessions.redo(token), "redone", lang)

    def checkout(self, token: str, turn_id: str, lang: str) -> str:
        if not turn_id:
            return messages.text("pick_turn", lang)
        return self._do(lambda: self.sessions.checkout(token, turn_id), "checked_out", lang)

    def rotate(self, token: str, kind: str, lang: str) -> tuple[str, str]:
        """(the tab's token afterwards, message). Re-issuing the owner link changes this tab's token."""
        try:
            session = self.sessions.rotate(token, kind)
        except SessionsError as exc:
            return token, messages.error_text(exc, lang)
        return (session.owner_token, messages.text(f"rotated_{kind}", lang))

    def delete(self, confirmed: str, current: str, lang: str) -> tuple[str, str]:
        """(the tab's token afterwards, message). ``confirmed`` is the token the user said yes
        for, "" when they cancelled: then the session stays open, untouched."""
        if not confirmed or confirmed != current:
            return current, messages.text("delete_cancelled", lang)
        try:
            self.engine.delete_session(confirmed)
        except SessionsError as exc:
            return current, messages.error_text(exc, lang)
        return "", messages.text("deleted", lang)

    def fork(self, token: str, turn_id: str | None, lang: str) -> tuple[str, str]:
        """Any link may fork: the copy is the visitor's own session, opened with its owner token."""
        try:
            session = self.sessions.fork(token, turn_id or None)
        except SessionsError as exc:
            return token, messages.error_text(exc, lang)
        return session.owner_token, messages.text("forked", lang)

    def import_zip(self, upload: str | None, current: str, lang: str) -> tuple[str, str]:
        """(the tab's token afterwards: the new session's, or ``current`` when refused, message)."""
        if not upload:
            return current, messages.text("import_none", lang)
        path = Path(upload)
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            return current, messages.text(
                "import_too_big", lang, mb=size / 1e6, limit=MAX_IMPORT_BYTES // (1024 * 1024)
            )
        try:
            session = self.engine.import_session(path.read_bytes())
        except (BadInput, SessionsError) as exc:
            return current, messages.text("import_refused", lang, reason=messages.error_text(exc, lang))
        return session.owner_token, messages.text("imported", lang)

    def _do(self, action, done_key: str, lang: str) -> str:
        try:
            action()
        except SessionNotFound:
            return messages.text("unknown_link", lang)
        except SessionsError as exc:
            return messages.error_text(exc, lang)
        return messages.text(done_key, lang)


def gallery_html(items: list[tuple[str, str]]) -> str:
    """A grid of (address, caption); captions are user text, escaped."""
    figures = [
        f'<figure><a href="{html.escape(url)}" target="_blank" rel="noopener"><img src="{html.escape(url)}" '
        f'alt="{html.escape(caption)}" loading="lazy"></a><figcaption>{html.escape(caption)}</figcaption></figure>'
        for url, caption in items
    ]
    return f'<div class="inkturn-grid">{"".join(figures)}</div>' if figures else ""


def sessions_html(cards: list[tuple[str, str | None, str]]) -> str:
    """(link, thumbnail address or None, caption) cards; a click opens that session."""
    out = []
    for link, thumb, caption in cards:
        image = f'<img src="{html.escape(thumb)}" alt="">' if thumb else '<div class="inkturn-blank"></div>'
        out.append(f'<a class="inkturn-card" href="{html.escape(link)}">{image}<span>{html.escape(caption)}</span></a>')
    return f'<div class="inkturn-grid">{"".join(out)}</div>' if out else ""


def download_html(url: str, label: str) -> str:
    return f'<a class="inkturn-download" href="{html.escape(url)}" download>⬇ {html.escape(label)}</a>'
