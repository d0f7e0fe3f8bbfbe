"""The engine: what the UI, the replay and the API may ask of Inkturn.

It checks a turn's inputs (a refusal writes nothing), starts the turn and hands
it to ``core/turn.py`` (rewrite -> draw -> persist); it makes sessions with
checked settings and deletes them with their derived files. Both the browser
UI and headless ``replay`` take this path, so a session played either way is
stored the same way.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from core.consistency import ConsistencyConfig
from core.consistency.blobs import BlobStore
from core.consistency.blobs import referenced as referenced_blobs
from core.consistency.runner import ConsistencyRunner
from core.errors import BadInput
from core.media import SessionFiles, load_key
from core.painter import Painter
from core.reference import Reference, load_reference
from core.rewriter.base import Rewriter
from core.scene import Scene
from core.session_book import SessionBook
from core.session_settings import SessionSettings
from core.styles import for_model, load_styles
from core.turn import ProgressFn, TurnResult, TurnRunner, current_scene
from core.user_text import clean, is_blank
from sessions.errors import ReadOnly
from sessions.store import HEAD, READ_ONLY, Head, SessionInfo, Store, TurnInfo

log = logging.getLogger(__name__)

# What a new session stores; the other settings take their defaults until the user sets them.
NEW_SESSION_FIELDS = {"seed", "steps", "guidance", "width", "height", "negative_prompt"}

NO_CONSISTENCY = ConsistencyConfig()  # the baseline: same seed, full re-prompt

__all__ = ["Engine", "EngineLimits", "SessionDefaults", "TurnResult"]


@dataclass(frozen=True)
class EngineLimits:
    max_message_chars: int = 2000
    history_turns: int = 8


@dataclass(frozen=True)
class SessionDefaults:
    """Generation settings a new session starts with."""

    steps: int = 20
    guidance: float = 5.0
    width: int = 0
    height: int = 0
    negative_prompt: str = ""
    seed: int | None = None


class Engine:
    def __init__(
        self,
        painter: Painter,
        rewriter: Rewriter,
        store: Store,
        *,
        limits: EngineLimits = EngineLimits(),
        defaults: SessionDefaults = SessionDefaults(),
        consistency: ConsistencyConfig = NO_CONSISTENCY,
    ):
        self.painter = painter
        self.rewriter = rewriter
        self.store = store
        self.limits = limits
        self.defaults = defaults
        self.blobs = BlobStore(store.files, "consistency")
        self.runner = ConsistencyRunner(painter, self.blobs)
        self.files = SessionFiles(store, self.blobs, load_key(Path(store.data_dir)))
        self.sessions = SessionBook(store)  # what a link may read and change (the UI's door)
        self.styles = for_model(load_styles(), painter.info.kind)
        self.turns = TurnRunner(
            painter,
            rewriter,
            store,
            self.runner,
            styles=self.styles,
            consistency=consistency,
            history_turns=limits.history_turns,
            settings_of=self.session_settings,
        )

    @property
    def consistency(self) -> ConsistencyConfig:
        """The app's consistency configuration; a session's settings["consistency"] overrides it."""
        return self.turns.consistency

    @consistency.setter
    def consistency(self, config: ConsistencyConfig) -> None:
        self.turns.consistency = config

    # -- sessions ----------------------------------------------------------------------------

    def default_settings(self, seed: int | None = None) -> SessionSettings:
        """What a new session starts with: the app's defaults at the model's native size."""
        d = self.defaults
        width, height = (d.width, d.height) if d.width else self.painter.info.native_size
        chosen_seed = seed if seed is not None else d.seed if d.seed is not None else secrets.randbelow(2**31)
        return SessionSettings(
            seed=chosen_seed,
            steps=d.steps,
            guidance=d.guidance,
            width=width,
            height=height,
            negative_prompt=d.negative_prompt,
        )

    def session_settings(self, session: SessionInfo) -> SessionSettings:
        """A session's settings as a turn uses them: a stored value that does not check out is the default."""
        return SessionSettings.read(session.settings, self.default_settings(seed=0))

    def new_session(self, *, seed: int | None = None, title: str = "", overrides: dict | None = None) -> SessionInfo:
        """A session with its own seed and the default generation settings (``overrides``
        checked like the settings panel's: BadInput names a bad field, and nothing is written)."""
        settings = self.default_settings(seed).model_dump(mode="json", include=NEW_SESSION_FIELDS)
        if overrides:
            settings.update(self._checked(settings, overrides))
        return self.store.create_session(title=clean(title)[:200], settings=settings)

    def update_settings(self, owner_token: str, overrides: dict) -> SessionInfo:
        """Saves checked setting values for the session the owner link opens (ReadOnly for another link)."""
        session = self.store.access(owner_token).session
        _check_writable(session)
        values = self._checked(session.settings, overrides)
        return self.store.update_settings(owner_token, {**session.settings, **values})

    def _checked(self, stored: dict, overrides: dict) -> dict:
        current = SessionSettings.read(stored, self.default_settings(seed=0))
        merged = current.merged(overrides)
        return {key: getattr(merged, key) for key in overrides if key in SessionSettings.model_fields}

    def delete_session(self, owner_token: str) -> int:
        """Deletes the session (ReadOnly/UnknownLink as the store raises them), then the
        consistency tensors no remaining turn refers to; returns how many files went."""
        self.store.delete_session(owner_token)
        return self.sweep_blobs()

    def import_session(self, data: bytes) -> SessionInfo:
        """A new session from an exported zip, checked whole first; BadInput says why not."""
        from core.archive import import_session

        return import_session(self.store, self.blobs, data)

    def sweep_blobs(self) -> int:
        live: set[str] = set()
        for generation in self.store.generation_records():
            live |= referenced_blobs(generation or {})
        removed = self.blobs.sweep(live)
        if removed:
            log.info("removed %d consistency files no turn refers to", removed)
        return removed

    def current_scene(self, session_id: str) -> Scene:
        """The scene on the session's current path (what the next message edits)."""
        return current_scene(self.store.path(session_id))

    # -- the turn ------------------------------------------------------------------------------

    def check_message(self, message: object) -> str:
        """The message as it will be stored: control characters, lone surrogates and bidi
        overrides removed; BadInput when nothing readable is left or it is over the limit."""
        text = clean(message).strip()
        if not text:
            raise BadInput("empty")
        if is_blank(text):
            raise BadInput("invisible_only")
        if len(text) > self.limits.max_message_chars:
            raise BadInput("too_long", n=len(text), limit=self.limits.max_message_chars)
        return text

    def run_turn(
        self,
        session: SessionInfo,
        message: str,
        *,
        reference: bytes | Reference | None = None,
        parent_id: str | None | Head = HEAD,
        on_step: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> TurnResult:
        """One chat message. ``parent_id``: HEAD continues the current path; a turn id branches
        from that turn (how "edit a past message and re-run" works). Only an owner link writes."""
        # 1. Check inputs: a refused message, link or upload writes nothing.
        started = time.perf_counter()
        text = self.check_message(message)
        _check_writable(session)
        self._check_size(session)
        ref = load_reference(reference) if isinstance(reference, bytes) else reference  # refusals write nothing
        ref_image = self.store.save_image(ref.png, ref.width, ref.height) if ref else None
        try:
            turn = self.store.add_turn(
                session.owner_token, text, parent_id, reference_image_id=ref_image.id if ref_image else None
            )
        except Exception:
            if ref_image:  # e.g. an unknown parent turn, or a link revoked meanwhile: keep no orphan
                self.store.discard_images([ref_image.id])
            raise
        return self.turns.complete(session, turn, text, started, reference=ref, on_step=on_step, cancel=cancel)

    def regenerate(
        self,
        session: SessionInfo,
        turn_id: str,
        *,
        variation: bool = False,
        on_step: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> TurnResult:
        """Draws a past turn again beside it (a new branch): with its seed, or a new variation seed."""
        started = time.perf_counter()
        _check_writable(session)
        self._check_size(session)
        original = self.store.get_turn(turn_id)
        if original.session_id != session.id:
            raise BadInput("turn_elsewhere")
        if not variation and original.status == "done" and self._would_reproduce(session, original):
            # Same seed, same settings, same model: the picture would be the same, bit for bit.
            raise BadInput("redraw_identical", seed=original.seed)
        ref = self._stored_reference(original)
        seed = secrets.randbelow(2**31) if variation or original.seed is None else original.seed
        turn = self.store.regenerate(session.owner_token, turn_id)
        return self.turns.complete(
            session, turn, turn.message, started, reference=ref, seed=seed, on_step=on_step, cancel=cancel
        )

    def _would_reproduce(self, session: SessionInfo, turn: TurnInfo) -> bool:
        drawn = turn.generation or {}
        now = self.session_settings(session)
        same = {"width": now.width, "height": now.height, "steps": now.steps, "guidance": now.guidance}
        return (
            bool(drawn)
            and drawn.get("model") == self.painter.info.name
            and all(drawn.get(key) == value for key, value in same.items())
        )

    def _check_size(self, session: SessionInfo) -> None:
        settings = self.session_settings(session)
        if (settings.width, settings.height) not in self.painter.info.sizes:
            allowed = ", ".join(f"{w}x{h}" for w, h in self.painter.info.sizes)
            raise BadInput("size_unsupported", width=settings.width, height=settings.height, allowed=allowed)

    def _stored_reference(self, turn: TurnInfo) -> Reference | None:
        if not turn.reference_image_id:
            return None
        return load_reference(self.store.image_bytes(self.store.get_image(turn.reference_image_id)))


def _check_writable(session: SessionInfo) -> None:
    """A session opened through its read-only link carries no owner token; the store refuses it too."""
    if not session.owner_token:
        raise ReadOnly(READ_ONLY)
