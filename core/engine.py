"""One turn, end to end: check inputs -> rewrite -> draw -> persist.

The engine is the single path both the browser UI and headless ``replay``
take, so a session played either way is stored the same way.
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch

from core.consistency import ConsistencyConfig, DrawControls, TurnPlan, plan_turn
from core.consistency import subjects as subject_slices
from core.consistency.blobs import BlobStore
from core.consistency.blobs import referenced as referenced_blobs
from core.consistency.cross_maps import attention_region
from core.consistency.matte import over_new_background
from core.consistency.regions import cell_mask, cell_region, outside_pixels_mask, token_mask
from core.describe import compose_prompt
from core.errors import BadInput, DrawCancelled, DrawError
from core.images import encode_png
from core.painter import DrawRequest, DrawResult, Painter
from core.reference import Reference, load_reference
from core.rewriter.base import HistoryItem, Rewriter
from core.scene import Rewrite, Scene
from core.styles import load_styles, merge_negative
from core.world import vocab
from core.world.checker import read_scene
from sessions.errors import ReadOnly
from sessions.store import HEAD, READ_ONLY, Head, SessionInfo, Store, TurnInfo

log = logging.getLogger(__name__)

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
        self.styles = load_styles()

    # -- sessions ----------------------------------------------------------------------------

    def new_session(self, *, seed: int | None = None, title: str = "") -> SessionInfo:
        """A session with its own seed and the default generation settings."""
        d = self.defaults
        width, height = (d.width, d.height) if d.width else self.painter.info.native_size
        chosen_seed = seed if seed is not None else d.seed if d.seed is not None else secrets.randbelow(2**31)
        settings = {
            "seed": chosen_seed,
            "steps": d.steps,
            "guidance": d.guidance,
            "width": width,
            "height": height,
            "negative_prompt": d.negative_prompt,
        }
        return self.store.create_session(title=title, settings=settings)

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

    def check_message(self, message: str) -> str:
        text = (message or "").strip()
        if not text:
            raise BadInput("Please type a message: it is empty.")
        if len(text) > self.limits.max_message_chars:
            raise BadInput(f"The message is {len(text)} characters long; the limit is {self.limits.max_message_chars}.")
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
            raise BadInput("That turn belongs to another session.")
        ref = self._stored_reference(original)
        seed = secrets.randbelow(2**31) if variation or original.seed is None else original.seed
        turn = self.store.regenerate(session.owner_token, turn_id)
        return self._complete(
            session, turn, turn.message, started, reference=ref, seed=seed, on_step=on_step, cancel=cancel
        )

    def _check_size(self, session: SessionInfo) -> None:
        size = (int(session.settings["width"]), int(session.settings["height"]))
        if size not in self.painter.info.sizes:
            allowed = ", ".join(f"{w}x{h}" for w, h in self.painter.info.sizes)
            raise BadInput(f"This session's size {size[0]}x{size[1]} is not supported; use {allowed}.")

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
        """Rewrite, draw and store a turn already started (pending)."""
        timings: dict[str, float] = {}
        settings = session.settings
        request_size = (int(settings["width"]), int(settings["height"]))

        # 2. Rewrite the dialogue into one prompt and scene.
        t0 = time.perf_counter()
        path = [t for t in self.store.path(session.id) if t.id != turn.id]  # the turns before this one
        previous = _current_scene(path)
        history = self._history(path)
        images = self._latest_image(path)
        said = text
        if reference is not None:
            if getattr(self.rewriter, "vision", False):
                images = [reference.png, *images]
            elif reference.scene is not None:
                previous = reference.scene  # a shapes-world picture: the message edits what it shows
            else:
                said = f"{text} ({reference.description})"
        try:
            rewrite = self.rewriter.rewrite(previous, history, said, images=images)
        except Exception as exc:  # noqa: BLE001 - a rewriter bug must not lose the turn
            log.exception("rewriter failed")
            return self._failed(turn, f"The rewriter failed: {exc}", timings, started)
        preset = self.styles.get(str(settings.get("style", "none")))
        negative = merge_negative(preset, str(settings.get("negative_prompt", "")))
        suffix = preset.suffix if preset else ""
        rewrite = self._fit_prompt(rewrite.model_copy(update={"negative_prompt": negative}), style_suffix=suffix)
        timings["rewrite"] = _ms(t0)

        # 3. Draw (chat turns only answer in words).
        png = None
        generation: dict = {}
        seed_asked, seed = seed, int(settings["seed"])
        timings["draw"] = 0.0
        if rewrite.intent != "chat":
            t0 = time.perf_counter()
            try:
                config = self.consistency.merged(settings.get("consistency"))
            except (TypeError, ValueError) as exc:
                return self._failed(turn, f"Bad consistency settings for this session: {exc}", timings, started)
            if settings.get("seed_locked"):
                config = dataclasses.replace(config, lock_seed=True)
            plan, previous_turn = self._plan(session, turn, path, rewrite, config)
            if seed_asked is not None and seed_asked != plan.seed:  # a variation: fresh noise
                plan = dataclasses.replace(plan, seed=seed_asked, noise_turn=None)
            if plan.focus is not None:
                plan = dataclasses.replace(plan, focus_prompt=_focus_prompt(rewrite, plan.focus))
            seed = plan.seed
            request = DrawRequest(
                prompt=rewrite.prompt,
                negative_prompt=rewrite.negative_prompt,
                seed=seed,
                width=request_size[0],
                height=request_size[1],
                steps=int(settings["steps"]),
                guidance=float(settings["guidance"]),
            )
            try:
                noise, controls, subject_records = self._controls(turn, rewrite, plan, previous_turn, config, request)
                result = self.painter.draw(request, noise=noise, controls=controls, on_step=on_step, cancel=cancel)
                if plan.region_source == "kept_pixels" and self.painter.pixel_space and controls.edit_mask is not None:
                    result = self._kept_as_layers(result, controls.anchor, plan.keep_cells)
            except DrawCancelled as exc:
                return self._failed(turn, str(exc), timings, started, status="cancelled", rewrite=rewrite)
            except (DrawError, BadInput, KeyError) as exc:
                return self._failed(turn, str(exc), timings, started, rewrite=rewrite)
            except Exception as exc:  # noqa: BLE001 - a bug in the consistency work must not leave the turn pending
                log.exception("consistency work around the draw failed")
                return self._failed(
                    turn, f"Keeping the picture consistent failed: {type(exc).__name__}: {exc}", timings, started
                )
            generation = dict(result.generation)
            generation["consistency"] = plan.to_dict()
            if config.any:
                blobs = {
                    "noise": self.blobs.put({"noise": result.initial_noise}),
                    "latents": self.blobs.put({"latents": result.latents}),
                }
                generation["consistency"]["blobs"] = blobs
                generation["consistency"]["subjects"] = subject_records
                summary = plan.summary() if plan.mode != "draw" else ""
                if summary:
                    rewrite = rewrite.model_copy(update={"notes": (*rewrite.notes, summary)})
            timings["draw"] = _ms(t0)
            png = encode_png(
                result.image,
                {
                    "prompt": rewrite.prompt,
                    "negative_prompt": rewrite.negative_prompt,
                    "seed": str(seed),
                    "model": generation["model"],
                    "generation": generation,
                    "software": "Inkturn",
                },
            )

        # 4. Persist: image file first, then the turn row in one transaction.
        t0 = time.perf_counter()
        image = self.store.save_image(png, *request_size) if png is not None else None
        timings["persist"] = _ms(t0)
        timings["total"] = _ms(started)
        done = self.store.finish_turn(
            turn.id,
            intent=rewrite.intent,
            prompt=rewrite.prompt,
            negative_prompt=rewrite.negative_prompt,
            scene=rewrite.scene.model_dump(mode="json"),
            generation=generation,
            seed=seed,
            reply=_reply_text(rewrite),
            timings=timings,
            image=image,
        )
        return TurnResult(turn=done, rewrite=rewrite, image_png=png, timings_ms=timings)

    # -- consistency ---------------------------------------------------------------------------

    def _plan(self, session: SessionInfo, turn: TurnInfo, path: list[TurnInfo], rewrite: Rewrite, config):
        """The turn's consistency plan, and the last drawn turn on its path it may build on."""
        drawn = [
            t
            for t in path
            if t.id != turn.id and t.status == "done" and t.image_id and t.intent != "chat" and t.generation
        ]
        previous_turn = drawn[-1] if drawn else None
        previous_scene = Scene.model_validate(previous_turn.scene) if previous_turn and previous_turn.scene else None
        info = None
        has_anchor = False
        if previous_turn is not None:
            stored = previous_turn.generation.get("consistency") or {}
            info = {"id": previous_turn.id, "seed": previous_turn.seed, "consistency": stored}
            has_anchor = self.blobs.has((stored.get("blobs") or {}).get("latents"))
        plan = plan_turn(
            rewrite,
            previous_scene,
            info,
            config,
            session_seed=int(session.settings["seed"]),
            turn_index=turn.index,
            has_anchor=has_anchor,
        )
        return plan, previous_turn

    def _controls(self, turn: TurnInfo, rewrite: Rewrite, plan: TurnPlan, previous_turn, config, request):
        """(initial noise or None, DrawControls or None, subject records) for the painter."""
        if not config.any:
            return None, None, {}
        stored = (previous_turn.generation.get("consistency") or {}) if previous_turn else {}
        blobs = stored.get("blobs") or {}
        noise = None
        if plan.noise_turn is not None and self.blobs.has(blobs.get("noise")):
            noise = self.blobs.get(blobs["noise"])["noise"]
            if tuple(noise.shape[-2:]) != (
                request.height // self.painter.pipe.vae_scale_factor,
                request.width // self.painter.pipe.vae_scale_factor,
            ):
                noise = None  # the session changed size: fresh noise from the seed
        controls = DrawControls()
        if plan.anchor_turn is not None and (plan.mechanisms["edit"] or plan.mechanisms["anchor_attention"]):
            anchor = self.blobs.get(blobs["latents"])["latents"]
            if noise is None or anchor.shape == noise.shape:
                controls.anchor = anchor
        if controls.anchor is not None:
            h, w = controls.anchor.shape[-2:]
            region = None
            if plan.region_source == "layout":
                factor = self.painter.pipe.vae_scale_factor
                region = cell_region(plan.region, h, w, factor, self.painter.pixel_space)
            elif plan.region_source == "attention":
                region = self._attention_region(controls.anchor, noise, request, previous_turn, plan.edited)
            elif plan.region_source == "kept_pixels":
                region = self._outside_kept_subjects(controls.anchor, plan.keep_cells)
            if plan.mechanisms["edit"]:
                controls.strength = plan.strength
                controls.edit_mask = region
            if plan.mechanisms["anchor_attention"]:
                controls.anchor_weight = config.anchor_weight
                controls.anchor_dropout = config.anchor_dropout
                controls.anchor_skip = config.anchor_skip
                controls.dropout_seed = plan.seed
                controls.anchor_prompt = self.painter.encode(previous_turn.prompt)
                if region is not None:
                    controls.anchor_keys = token_mask(region, int(self.painter.pipe.transformer.config.patch_size))
        records = {}
        if config.subjects:
            patched, records = self._subject_states(turn, rewrite, stored.get("subjects") or {})
            # A new background holds the kept subjects as pixels; their stored slices, read in the
            # old prompt's context, would pull the old background back (measured: it stays).
            if plan.region_source != "kept_pixels":
                controls.cond_override = patched
        # The focus prompt names only the changed subjects, so kept subjects' slices have no place in it.
        if plan.focus_prompt is not None and controls.edit_mask is not None:
            controls.cond_override = self.painter.encode(plan.focus_prompt)
        return noise, controls, records

    def _outside_kept_subjects(self, anchor: torch.Tensor, cells: list[str]) -> torch.Tensor:
        """Edit mask for a new background: everything but the kept subjects' pixels in the anchor.

        A kept subject's pixels are those of its grid cell that are not the old background colour
        (the shapes-world checker reads which colour that is). That keeps each subject whole, soft
        edges and specks included, where the checker's own object mask would leave the model to
        redraw its rim, and redraws only the background around it."""
        image = np.asarray(self.painter.decode(anchor))
        distance = np.linalg.norm(image.astype(np.float32) - self._old_background(anchor), axis=-1)
        in_cells = cell_mask(cells, *image.shape[:2])[0, 0].numpy() > 0
        keep = in_cells & (distance > KEEP_COLOUR_DISTANCE)
        return outside_pixels_mask(keep, self.painter.pipe.vae_scale_factor, self.painter.pixel_space)

    def _kept_as_layers(self, result: DrawResult, anchor: torch.Tensor, cells: list[str]) -> DrawResult:
        """The new background's drawing with the kept subjects put over it as layers (``matte``):
        their edge pixels change their share of old background for the new one, so no rim of the
        old colour is left and each subject keeps its exact coverage."""
        before = self.painter.to_pixels(anchor)
        kept = cell_mask(cells, *before.shape[:2])[0, 0].numpy() > 0
        pixels = over_new_background(before, self.painter.to_pixels(result.latents), kept, self._old_background(anchor))
        latents = self.painter.from_pixels(pixels)
        return dataclasses.replace(result, image=self.painter.decode(latents), latents=latents)

    def _old_background(self, anchor: torch.Tensor) -> np.ndarray:
        """RGB of the background the anchor shows, as the shapes-world checker reads it."""
        return np.array(vocab.COLOURS[read_scene(self.painter.decode(anchor)).background].rgb, dtype=np.float32)

    def _attention_region(self, anchor, noise, request, previous_turn, edited: list[str]):
        """Latent mask around the edited subjects, from the anchor's cross-attention (None: not found)."""
        if noise is None:
            noise = self.painter.initial_noise(request.seed, request.width, request.height)
        states = self.painter.encode(previous_turn.prompt)
        scene = Scene.model_validate(previous_turn.scene)
        text_len = int(self.painter.pipe.transformer.config.text_len)
        keys = []
        for sid, (_, s1, n1, s2, n2) in subject_slices.spans(self.painter.pipe, states, scene).items():
            if sid in edited and s1 is not None and s2 is not None:
                keys += list(range(s1, s1 + n1)) + [text_len + i for i in range(s2, s2 + n2)]
        if not keys:
            return None
        with self.painter._lock:  # the scheduler is shared
            return attention_region(self.painter.pipe, anchor, noise, states, keys)

    def _subject_states(self, turn: TurnInfo, rewrite: Rewrite, previous: dict):
        """This prompt's states with unchanged subjects' stored slices put back, and the new records."""
        pipe = self.painter.pipe
        states = self.painter.encode(rewrite.prompt)
        scene = rewrite.scene
        known = {}
        for sid, record in previous.items():
            if self.blobs.has(record.get("blob")):
                tensors = self.blobs.get(record["blob"])
                known[sid] = subject_slices.SubjectSlice(record["description"], tensors["embeds"], tensors["embeds_2"])
        patched, used = subject_slices.apply(pipe, states, scene, known)
        # a subject's anchor: the last turn that drew it (a turn's records are stored only when it is done)
        records = {sid: {**previous[sid], "anchor_turn": turn.id} for sid in used}
        for sid, piece in subject_slices.extract(pipe, states, scene).items():
            if sid not in records:
                blob = self.blobs.put({"embeds": piece.embeds, "embeds_2": piece.embeds_2})
                records[sid] = {
                    "description": piece.description,
                    "blob": blob,
                    "since_turn": turn.id,
                    "anchor_turn": turn.id,
                }
        return patched, records

    def _fit_prompt(self, rewrite: Rewrite, style_suffix: str = "") -> Rewrite:
        """Adds the session's style preset and keeps the prompt within the model's text
        length, saying what was left out.

        Subjects come first in every prompt, so trimming drops the style preset, then
        the scene's style, then the folded-in phrases from the end; the stored scene
        keeps them all.
        """
        if rewrite.intent == "chat":
            return rewrite
        sep = "，" if rewrite.scene.language == "zh" else ", "
        prompt = rewrite.prompt + (sep + style_suffix if style_suffix and rewrite.prompt else style_suffix)
        needed, allowed = self.painter.prompt_tokens(prompt)
        if needed <= allowed:
            return rewrite.model_copy(update={"prompt": prompt})
        trimmed, dropped = rewrite.scene, []
        if style_suffix:
            dropped.append(style_suffix)
            prompt = rewrite.prompt
            needed, allowed = self.painter.prompt_tokens(prompt)
        while needed > allowed and (trimmed.style or trimmed.extras):
            if trimmed.style:
                dropped.append(trimmed.style)
                trimmed = trimmed.model_copy(update={"style": None})
            else:
                dropped.append(trimmed.extras[-1])
                trimmed = trimmed.model_copy(update={"extras": trimmed.extras[:-1]})
            prompt = compose_prompt(trimmed)
            needed, allowed = self.painter.prompt_tokens(prompt)
        notes = list(rewrite.notes)
        zh = rewrite.scene.language == "zh"
        if dropped:
            notes.append(
                f"为了不超过模型的 {allowed} 个词元，这些没有写进提示词：" + "；".join(dropped)
                if zh
                else f"Left out of the prompt to fit the model's {allowed} tokens: " + "; ".join(dropped)
            )
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
        return [
            HistoryItem(t.message, t.intent, t.prompt, Scene.model_validate(t.scene) if t.scene else None) for t in keep
        ]

    def _latest_image(self, path: list[TurnInfo]) -> list[bytes]:
        """The last picture on the path, for rewriters that look at images (vision LLMs)."""
        if not getattr(self.rewriter, "vision", False):
            return []
        last = next((t for t in reversed(path) if t.status == "done" and t.image_id), None)
        return [self.store.image_path(self.store.get_image(last.image_id)).read_bytes()] if last else []

    def _failed(
        self,
        turn: TurnInfo,
        error: str,
        timings: dict[str, float],
        started: float,
        *,
        status: str = "failed",
        rewrite: Rewrite | None = None,
    ) -> TurnResult:
        timings["total"] = _ms(started)
        stored = self.store.fail_turn(
            turn.id,
            error,
            status=status,
            intent=rewrite.intent if rewrite else "",
            prompt=rewrite.prompt if rewrite else "",
            scene=rewrite.scene.model_dump(mode="json") if rewrite else None,
            timings=timings,
        )
        return TurnResult(turn=stored, rewrite=rewrite, error=error, timings_ms=timings)


def _check_writable(session: SessionInfo) -> None:
    """A session opened through its read-only link carries no owner token; the store refuses it too."""
    if not session.owner_token:
        raise ReadOnly(READ_ONLY)


# RGB distance from the old background beyond which a pixel in a kept subject's cell is the
# subject's: the closest palette colours (orange, yellow) are 76 apart. Measured on the 20
# background edits of the first 40 dev scripts: 25 keeps 2 of 41 subjects, 60 keeps 7, 100 keeps 6.
KEEP_COLOUR_DISTANCE = 60.0


def _focus_prompt(rewrite: Rewrite, subject_ids: list[str]) -> str:
    """The turn's prompt naming only ``subject_ids`` (and the setting), with the same style tail."""
    scene = rewrite.scene
    focus = scene.model_copy(update={"subjects": [s for s in scene.subjects if s.id in subject_ids]})
    full = compose_prompt(scene)
    tail = rewrite.prompt[len(full) :] if rewrite.prompt.startswith(full) else ""
    return compose_prompt(focus) + tail


def _current_scene(path: list[TurnInfo]) -> Scene:
    for turn in reversed(path):
        if turn.status == "done" and turn.scene:
            return Scene.model_validate(turn.scene)
    return Scene()


def _reply_text(rewrite: Rewrite) -> str:
    return "\n".join([rewrite.reply, *rewrite.notes]).strip()


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 2)
