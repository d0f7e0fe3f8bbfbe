"""One turn, end to end: check inputs -> rewrite -> draw -> persist.

The engine is the single path both the browser UI and headless ``replay``
take, so a session played either way is stored the same way.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import torch

from core import messages
from core.consistency import ConsistencyConfig
from core.consistency.blobs import BlobStore
from core.consistency.blobs import referenced as referenced_blobs
from core.consistency.runner import ConsistencyRunner
from core.errors import BadInput, DrawCancelled, InkturnError
from core.images import encode_png
from core.media import SessionFiles, load_key
from core.painter import DrawRequest, Painter
from core.reference import Reference, load_reference
from core.rewriter.base import HistoryItem, Rewriter
from core.scene import Rewrite, Scene
from core.session_settings import SessionSettings
from core.styles import for_model, load_styles, merge_negative
from core.user_text import clean, is_blank
from sessions.errors import ReadOnly, TurnAlreadyFinished
from sessions.info import ImageInfo
from sessions.store import HEAD, READ_ONLY, Head, SessionInfo, Store, TurnInfo

log = logging.getLogger(__name__)

# What a new session stores; the other settings take their defaults until the user sets them.
NEW_SESSION_FIELDS = {"seed", "steps", "guidance", "width", "height", "negative_prompt"}

NO_CONSISTENCY = ConsistencyConfig()  # the baseline: same seed, full re-prompt

ProgressFn = Callable[[int, int, torch.Tensor], None]


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


@dataclass
class _Work:
    """What one turn has got as far as: the failure path stores what there is."""

    turn: TurnInfo
    text: str
    started: float
    lang: str
    stage: str = "start"
    settings: SessionSettings | None = None
    path: list[TurnInfo] = field(default_factory=list)
    rewrite: Rewrite | None = None
    seed: int | None = None
    generation: dict = field(default_factory=dict)
    png: bytes | None = None
    image: ImageInfo | None = None
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class TurnResult:
    turn: TurnInfo
    rewrite: Rewrite | None
    image_png: bytes | None = None
    error: str | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)


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
        self.consistency = consistency  # a session's settings["consistency"] dict overrides it
        self.blobs = BlobStore(Path(store.data_dir) / "consistency")
        self.runner = ConsistencyRunner(painter, self.blobs)
        self.files = SessionFiles(store, self.blobs, load_key(Path(store.data_dir)))
        self.styles = for_model(load_styles(), painter.info.kind)

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
        return _current_scene(self.store.path(session_id))

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
        return self._complete(session, turn, text, started, reference=ref, on_step=on_step, cancel=cancel)

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
        ref = self._stored_reference(original)
        seed = secrets.randbelow(2**31) if variation or original.seed is None else original.seed
        turn = self.store.regenerate(session.owner_token, turn_id)
        return self._complete(
            session, turn, turn.message, started, reference=ref, seed=seed, on_step=on_step, cancel=cancel
        )

    def _check_size(self, session: SessionInfo) -> None:
        settings = self.session_settings(session)
        if (settings.width, settings.height) not in self.painter.info.sizes:
            allowed = ", ".join(f"{w}x{h}" for w, h in self.painter.info.sizes)
            raise BadInput("size_unsupported", width=settings.width, height=settings.height, allowed=allowed)

    def _stored_reference(self, turn: TurnInfo) -> Reference | None:
        if not turn.reference_image_id:
            return None
        return load_reference(self.store.image_path(self.store.get_image(turn.reference_image_id)).read_bytes())

    def _complete(
        self,
        session: SessionInfo,
        turn: TurnInfo,
        text: str,
        started: float,
        *,
        reference: Reference | None = None,
        seed: int | None = None,
        on_step: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> TurnResult:
        """Rewrite, draw and store a turn already started (pending), like a pipeline's ``__call__``.

        Every step runs inside one handler: whatever raises, the turn ends failed (or
        cancelled) with a message in the user's language, never pending."""
        work = _Work(turn=turn, text=text, started=started, lang=messages.language_of(text))
        try:
            work.settings = self.session_settings(session)
            work.path = [t for t in self.store.path(session.id) if t.id != turn.id]  # the turns before this one
            self._rewrite(work, reference)
            if work.rewrite.intent != "chat":
                self._draw(work, seed, on_step, cancel)
            return self._persist(work)
        except Exception as exc:  # noqa: BLE001 - one failure path: the turn is stored as ended
            return self._end(work, exc)

    def _rewrite(self, work: _Work, reference: Reference | None) -> None:
        """Step 2: the dialogue and this message into one prompt and scene."""
        work.stage, t0 = "rewrite", time.perf_counter()
        previous = _current_scene(work.path)
        history = self._history(work.path)
        images = self._latest_image(work.path)
        said = work.text
        if reference is not None:
            if getattr(self.rewriter, "vision", False):
                images = [reference.png, *images]
            elif reference.scene is not None:
                previous = reference.scene  # a shapes-world picture: the message edits what it shows
            else:
                said = f"{work.text} ({reference.description})"
        rewrite = self.rewriter.rewrite(previous, history, said, images=images)
        preset = self.styles.get(work.settings.style)
        negative = clean(merge_negative(preset, work.settings.negative_prompt))
        suffix = preset.suffix if preset else ""
        work.rewrite = self._fit_prompt(rewrite.model_copy(update={"negative_prompt": negative}), style_suffix=suffix)
        work.seed = work.settings.seed
        work.timings["rewrite"] = _ms(t0)
        work.timings["draw"] = 0.0

    def _draw(self, work: _Work, seed_asked: int | None, on_step, cancel) -> None:
        """Step 3: plan the consistency work, draw, and encode the picture (chat turns skip it)."""
        work.stage, t0 = "consistency", time.perf_counter()
        settings, rewrite = work.settings, work.rewrite
        config = self.consistency.merged(settings.consistency)
        if settings.seed_locked:
            config = dataclasses.replace(config, lock_seed=True)
        request = DrawRequest(
            prompt=rewrite.prompt,
            negative_prompt=rewrite.negative_prompt,
            seed=settings.seed,
            width=settings.width,
            height=settings.height,
            steps=settings.steps,
            guidance=settings.guidance,
        )
        prepared = self.runner.prepare(
            work.turn, work.path, rewrite, config, request, session_seed=settings.seed, seed_asked=seed_asked
        )
        work.seed = prepared.plan.seed
        work.stage = "draw"
        result = self.painter.draw(
            prepared.request, noise=prepared.noise, controls=prepared.controls, on_step=on_step, cancel=cancel
        )
        work.stage = "consistency"
        result, record, summary = self.runner.finish(result, prepared)
        work.generation = {**result.generation, "consistency": record}
        if summary:
            work.rewrite = rewrite.model_copy(update={"notes": (*rewrite.notes, summary)})
        work.timings["draw"] = _ms(t0)
        work.png = encode_png(
            result.image,
            {
                "prompt": work.rewrite.prompt,
                "negative_prompt": work.rewrite.negative_prompt,
                "seed": str(work.seed),
                "model": work.generation["model"],
                "generation": work.generation,
                "software": "Inkturn",
            },
        )

    def _persist(self, work: _Work) -> TurnResult:
        """Step 4: the image file first, then the turn row in one transaction."""
        work.stage, t0 = "save", time.perf_counter()
        settings, rewrite = work.settings, work.rewrite
        if work.png is not None:
            work.image = self.store.save_image(work.png, settings.width, settings.height)
        work.timings["persist"] = _ms(t0)
        work.timings["total"] = _ms(work.started)
        work.stage = "finish"
        done = self.store.finish_turn(
            work.turn.id,
            intent=rewrite.intent,
            prompt=rewrite.prompt,
            negative_prompt=rewrite.negative_prompt,
            scene=rewrite.scene.model_dump(mode="json"),
            generation=work.generation,
            seed=work.seed,
            reply=_reply_text(rewrite),
            timings=work.timings,
            image=work.image,
        )
        return TurnResult(turn=done, rewrite=rewrite, image_png=work.png, timings_ms=work.timings)

    def _end(self, work: _Work, exc: Exception) -> TurnResult:
        """The one failure path: the turn is stored failed or cancelled with a message for the user.

        Exception text goes to the log, never to the chat. A picture saved before the failure
        is discarded unless a turn shows it (no orphans); if even the store cannot write, the
        turn's lease runs out and the next process to look fails it."""
        status, error = "failed", _user_message(exc, work.stage, work.lang)
        if isinstance(exc, DrawCancelled):
            status = "cancelled"
        elif isinstance(exc, TurnAlreadyFinished):
            log.warning("turn %s was ended elsewhere while it ran", work.turn.id)
        elif not (isinstance(exc, InkturnError) and exc.code):
            log.error("turn %s failed at %s", work.turn.id, work.stage, exc_info=exc)
        if work.image is not None:
            _quietly(self.store.discard_images, [work.image.id])
        work.timings["total"] = _ms(work.started)
        rewrite = work.rewrite
        try:
            stored = self.store.fail_turn(
                work.turn.id,
                error,
                status=status,
                intent=rewrite.intent if rewrite else "",
                prompt=rewrite.prompt if rewrite else "",
                scene=rewrite.scene.model_dump(mode="json") if rewrite else None,
                timings=work.timings,
            )
        except Exception:  # noqa: BLE001 - already ended elsewhere, or the database is gone
            log.exception("could not store turn %s as %s", work.turn.id, status)
            stored = work.turn
        return TurnResult(turn=stored, rewrite=rewrite, error=error, timings_ms=work.timings)

    def _fit_prompt(self, rewrite: Rewrite, style_suffix: str = "") -> Rewrite:
        """Adds the session's style preset and keeps the prompt within what the model reads.

        Budgeted by encoder, as Hunyuan-DiT reads prompts: mT5 reads the whole prompt up to its
        length (256 tokens in v1.2), BERT its first 77. Text is dropped only past mT5's length:
        the style preset first, then whole phrases from the end; the note names them as written.
        The stored scene keeps everything."""
        if rewrite.intent == "chat":
            return rewrite
        zh = rewrite.scene.language == "zh"
        sep = "，" if zh else ", "
        prompt = rewrite.prompt + (sep + style_suffix if style_suffix and rewrite.prompt else style_suffix)
        needed, allowed = self.painter.prompt_tokens(prompt)
        if needed <= allowed:
            return rewrite.model_copy(update={"prompt": prompt})
        dropped = [style_suffix] if style_suffix else []
        phrases = _phrases(rewrite.prompt)
        while len(phrases) > 1 and self.painter.prompt_tokens(_join(phrases))[0] > allowed:
            dropped.insert(len(dropped) - bool(style_suffix), phrases.pop())
        prompt = _join(phrases)
        notes = list(rewrite.notes)
        if dropped:
            shown = "；".join(dropped) if zh else "; ".join(f"“{d}”" for d in dropped)
            notes.append(
                f"模型最多读 {allowed} 个词元，这些没有写进提示词：{shown}"
                if zh
                else f"The model reads at most {allowed} tokens, so these were left out of the prompt: {shown}"
            )
        needed, _ = self.painter.prompt_tokens(prompt)
        if needed > allowed:
            notes.append(
                f"提示词需要 {needed} 个词元，模型只读 {allowed} 个，结尾被截掉了。"
                if zh
                else f"The prompt needs {needed} tokens and the model reads {allowed}; its end is cut off."
            )
        return rewrite.model_copy(update={"prompt": prompt, "notes": tuple(notes)})

    def _history(self, path: list[TurnInfo]) -> list[HistoryItem]:
        """Recent finished turns on the path with their stored scenes ("go back" needs them)."""
        turns = [t for t in path if t.status == "done"]
        keep = turns[-self.limits.history_turns :] if self.limits.history_turns else []
        return [HistoryItem(t.message, t.intent, t.prompt, _stored_scene(t)) for t in keep]

    def _latest_image(self, path: list[TurnInfo]) -> list[bytes]:
        """The last picture on the path, for rewriters that look at images (vision LLMs)."""
        if not getattr(self.rewriter, "vision", False):
            return []
        last = next((t for t in reversed(path) if t.status == "done" and t.image_id), None)
        return [self.store.image_path(self.store.get_image(last.image_id)).read_bytes()] if last else []


def _check_writable(session: SessionInfo) -> None:
    """A session opened through its read-only link carries no owner token; the store refuses it too."""
    if not session.owner_token:
        raise ReadOnly(READ_ONLY)


def _current_scene(path: list[TurnInfo]) -> Scene:
    for turn in reversed(path):
        scene = _stored_scene(turn)
        if turn.status == "done" and scene is not None:
            return scene
    return Scene()


_PHRASE_BREAK = re.compile(r"(?<=[,，;；。])\s*")


def _phrases(prompt: str) -> list[str]:
    """A prompt cut after its commas and semicolons, each piece with its own punctuation."""
    return [p for p in _PHRASE_BREAK.split(prompt) if p]


def _join(phrases: list[str]) -> str:
    return " ".join(phrases).replace("， ", "，").replace("； ", "；").rstrip(",，;； ")


def _stored_scene(turn: TurnInfo) -> Scene | None:
    """A turn's stored scene; None for none, or for one an older version or an import left unreadable."""
    if not turn.scene:
        return None
    try:
        return Scene.model_validate(turn.scene)
    except ValueError:
        return None


# What went wrong where, when the exception itself is not a message for people.
_STAGE_MESSAGES = {"rewrite": "turn_failed_rewrite", "draw": "turn_failed_draw", "consistency": "turn_failed_consistency",
                   "save": "turn_failed_save"}  # fmt: skip


def _user_message(exc: Exception, stage: str, lang: str) -> str:
    if isinstance(exc, DrawCancelled):
        return messages.text("turn_stopped", lang)
    if isinstance(exc, TurnAlreadyFinished):
        return messages.text("turn_lost", lang)
    if isinstance(exc, InkturnError) and exc.code:
        return exc.text(lang)
    if isinstance(exc, BadInput):  # words written for people by another layer
        return str(exc)
    return messages.text(_STAGE_MESSAGES.get(stage, "turn_failed"), lang)


def _quietly(fn, *args) -> None:
    try:
        fn(*args)
    except Exception:  # noqa: BLE001 - cleanup after a failure must not hide the failure
        log.exception("cleanup after a failed turn failed")


def _reply_text(rewrite: Rewrite) -> str:
    return "\n".join([rewrite.reply, *rewrite.notes]).strip()


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 2)
