"""One turn after its inputs are checked: rewrite -> plan and draw -> persist, and one way to fail.

``TurnRunner.complete`` reads like a pipeline's ``__call__``: each step a named
method, all of them inside one handler, so whatever raises, the turn ends failed
(or stopped) with a message in the user's language and is never left pending.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import torch

from core import messages
from core.consistency import ConsistencyConfig
from core.consistency.runner import ConsistencyRunner
from core.errors import BadInput, DrawCancelled, InkturnError
from core.images import encode_png
from core.painter import DrawRequest, Painter
from core.prompt_budget import fit_prompt
from core.reference import Reference
from core.rewriter.base import HistoryItem, Rewriter
from core.scene import Rewrite, Scene
from core.session_settings import SessionSettings
from core.styles import StylePreset, merge_negative
from core.user_text import clean
from sessions.errors import TurnAlreadyFinished
from sessions.info import ImageInfo, SessionInfo, TurnInfo
from sessions.store import Store

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, torch.Tensor], None]


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


class TurnRunner:
    """The steps of a turn, with what they need and nothing else."""

    def __init__(
        self,
        painter: Painter,
        rewriter: Rewriter,
        store: Store,
        consistency_runner: ConsistencyRunner,
        *,
        styles: dict[str, StylePreset],
        consistency: ConsistencyConfig,
        history_turns: int,
        settings_of: Callable[[SessionInfo], SessionSettings],
    ):
        self.painter = painter
        self.rewriter = rewriter
        self.store = store
        self.consistency_runner = consistency_runner
        self.styles = styles
        self.consistency = consistency
        self.history_turns = history_turns
        self.settings_of = settings_of

    def complete(
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
            work.settings = self.settings_of(session)
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
        previous = current_scene(work.path)
        history = self._history(work.path)
        images = self._latest_image(work.path)
        unused_reference = False
        if reference is not None:
            if getattr(self.rewriter, "vision", False):
                images = [reference.png, *images]
            elif reference.scene is not None:
                previous = reference.scene  # a shapes-world picture: the message edits what it shows
            else:
                # Words about its colours would only draw garbage: keep it with the turn, say so.
                unused_reference = True
        rewrite = self.rewriter.rewrite(previous, history, work.text, images=images)
        if unused_reference:
            note = messages.text("reference_unused", work.lang, description=reference.description)
            rewrite = rewrite.model_copy(update={"notes": (*rewrite.notes, note)})
        preset = self.styles.get(work.settings.style)
        negative = clean(merge_negative(preset, work.settings.negative_prompt))
        suffix = preset.suffix if preset else ""
        work.rewrite = fit_prompt(
            self.painter, rewrite.model_copy(update={"negative_prompt": negative}), style_suffix=suffix
        )
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
        prepared = self.consistency_runner.prepare(
            work.turn, work.path, rewrite, config, request, session_seed=settings.seed, seed_asked=seed_asked
        )
        work.seed = prepared.plan.seed
        work.stage = "draw"
        result = self.painter.draw(
            prepared.request, noise=prepared.noise, controls=prepared.controls, on_step=on_step, cancel=cancel
        )
        work.stage = "consistency"
        result, record, summary = self.consistency_runner.finish(result, prepared)
        work.generation = {**result.generation, "consistency": record}
        if summary:  # the History panel's detail; the reply stays one sentence (the rewriter's)
            record["summary"] = summary
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
        code, params = _ending(exc, work.stage)
        # the sentence in the message's language (what replay and older versions read) and its code
        status, error = "failed", messages.text(code, work.lang, **params) if code else str(exc)
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
                code=code,
                params=params,
                intent=rewrite.intent if rewrite else "",
                prompt=rewrite.prompt if rewrite else "",
                scene=rewrite.scene.model_dump(mode="json") if rewrite else None,
                timings=work.timings,
            )
        except Exception:  # noqa: BLE001 - already ended elsewhere, or the database is gone
            log.exception("could not store turn %s as %s", work.turn.id, status)
            stored = work.turn
        return TurnResult(turn=stored, rewrite=rewrite, error=error, timings_ms=work.timings)

    def _history(self, path: list[TurnInfo]) -> list[HistoryItem]:
        """Recent finished turns on the path with their stored scenes ("go back" needs them)."""
        turns = [t for t in path if t.status == "done"]
        keep = turns[-self.history_turns :] if self.history_turns else []
        return [HistoryItem(t.message, t.intent, t.prompt, _stored_scene(t)) for t in keep]

    def _latest_image(self, path: list[TurnInfo]) -> list[bytes]:
        """The last picture on the path, for rewriters that look at images (vision LLMs)."""
        if not getattr(self.rewriter, "vision", False):
            return []
        last = next((t for t in reversed(path) if t.status == "done" and t.image_id), None)
        return [self.store.image_bytes(self.store.get_image(last.image_id))] if last else []


def current_scene(path: list[TurnInfo]) -> Scene:
    for turn in reversed(path):
        scene = _stored_scene(turn)
        if turn.status == "done" and scene is not None:
            return scene
    return Scene()


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


def _ending(exc: Exception, stage: str) -> tuple[str | None, dict]:
    """How a turn ended, as a message code and JSON parameters; (None, {}) for words another
    layer wrote for people (said as they are)."""
    if isinstance(exc, DrawCancelled):
        return "turn_stopped", {}
    if isinstance(exc, TurnAlreadyFinished):
        return "turn_lost", {}
    if isinstance(exc, InkturnError) and exc.code:
        return exc.code, {k: _json_value(v) for k, v in exc.params.items()}
    if isinstance(exc, BadInput):  # words written for people by another layer
        return None, {}
    return _STAGE_MESSAGES.get(stage, "turn_failed"), {}


def _json_value(value: object) -> object:
    """A parameter as the store keeps it (JSON): numbers, text and flags as they are, anything else as text."""
    return value if value is None or isinstance(value, bool | int | float | str) else str(value)


def _quietly(fn, *args) -> None:
    try:
        fn(*args)
    except Exception:  # noqa: BLE001 - cleanup after a failure must not hide the failure
        log.exception("cleanup after a failed turn failed")


def _reply_text(rewrite: Rewrite) -> str:
    return "\n".join([rewrite.reply, *rewrite.notes]).strip()


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 2)
