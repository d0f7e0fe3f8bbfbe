"""The consistency work of one turn, around the painter's draw.

The engine makes two calls: ``prepare`` (the plan, the initial noise, the draw
controls and the subject records to keep) before the draw, and ``finish``
after it (a new background's kept subjects laid back as layers, the tensors
stored, the turn's consistency record). Everything that reads or writes
consistency tensors is here, so the engine's turn reads as its steps.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field

import numpy as np
import torch

from core.consistency import subjects as subject_slices
from core.consistency.blobs import BlobStore
from core.consistency.config import ConsistencyConfig
from core.consistency.cross_maps import attention_region
from core.consistency.matte import over_new_background
from core.consistency.plan import TurnPlan, plan_turn
from core.consistency.regions import cell_mask, cell_region, outside_pixels_mask, token_mask
from core.consistency.sampler import DrawControls
from core.describe import compose_prompt
from core.painter import DrawRequest, DrawResult, Painter
from core.scene import Rewrite, Scene
from core.world import vocab
from core.world.checker import read_scene

log = logging.getLogger(__name__)

# RGB distance from the old background beyond which a pixel in a kept subject's cell is the
# subject's: the closest palette colours (orange, yellow) are 76 apart. Measured on the 20
# background edits of the first 40 dev scripts: 25 keeps 2 of 41 subjects, 60 keeps 7, 100 keeps 6.
KEEP_COLOUR_DISTANCE = 60.0


@dataclass
class Prepared:
    """What ``prepare`` decided for one draw."""

    plan: TurnPlan
    config: ConsistencyConfig
    request: DrawRequest
    noise: torch.Tensor | None = None
    controls: DrawControls | None = None
    records: dict = field(default_factory=dict)


class ConsistencyRunner:
    def __init__(self, painter: Painter, blobs: BlobStore):
        self.painter = painter
        self.blobs = blobs

    # -- before the draw ---------------------------------------------------------------------

    def prepare(
        self,
        turn,
        path: list,
        rewrite: Rewrite,
        config: ConsistencyConfig,
        request: DrawRequest,
        *,
        session_seed: int,
        seed_asked: int | None = None,
    ) -> Prepared:
        """The plan and controls for drawing ``turn`` after ``path`` (the turns before it)."""
        plan, previous_turn = self._plan(turn, path, rewrite, config, session_seed)
        if seed_asked is not None and seed_asked != plan.seed:
            # A variation: fresh noise, and what the turn changed is drawn at full strength (inside
            # its region), so it visibly varies instead of barely moving off the anchor.
            plan = dataclasses.replace(plan, seed=seed_asked, noise_turn=None, strength=1.0)
        if plan.focus is not None:
            plan = dataclasses.replace(plan, focus_prompt=focus_prompt(rewrite, plan.focus))
        request = dataclasses.replace(request, seed=plan.seed)
        noise, controls, records = self._controls(turn, rewrite, plan, previous_turn, config, request)
        return Prepared(plan=plan, config=config, request=request, noise=noise, controls=controls, records=records)

    def _plan(self, turn, path: list, rewrite: Rewrite, config: ConsistencyConfig, session_seed: int):
        """The turn's consistency plan, and the last drawn turn on its path it may build on."""
        drawn = [
            t
            for t in path
            if t.id != turn.id and t.status == "done" and t.image_id and t.intent != "chat" and t.generation
        ]
        previous_turn = drawn[-1] if drawn else None
        previous_scene = _scene_or_none(previous_turn.scene) if previous_turn else None
        info = None
        has_anchor = False
        if previous_turn is not None:
            stored = _record(previous_turn)
            info = {"id": previous_turn.id, "seed": previous_turn.seed, "consistency": stored}
            has_anchor = self.blobs.has(_blobs_of(stored).get("latents"))
        plan = plan_turn(
            rewrite,
            previous_scene,
            info,
            config,
            session_seed=session_seed,
            turn_index=turn.index,
            has_anchor=has_anchor,
        )
        return plan, previous_turn

    def _controls(self, turn, rewrite: Rewrite, plan: TurnPlan, previous_turn, config, request):
        """(initial noise or None, DrawControls or None, subject records) for the painter."""
        if not config.any:
            return None, None, {}
        stored = _record(previous_turn) if previous_turn else {}
        blobs = _blobs_of(stored)
        noise = None
        if plan.noise_turn is not None and self.blobs.has(blobs.get("noise")):
            noise = self.blobs.get(blobs["noise"])["noise"]
            if tuple(noise.shape[-2:]) != self.painter.latent_size(request.width, request.height):
                noise = None  # the session changed size: fresh noise from the seed
        controls = DrawControls()
        if plan.anchor_turn is not None and (plan.mechanisms["edit"] or plan.mechanisms["anchor_attention"]):
            anchor = self.blobs.get(blobs["latents"])["latents"]
            if noise is None or anchor.shape == noise.shape:
                controls.anchor = anchor
        if controls.anchor is not None:
            region = self._region(controls.anchor, noise, request, previous_turn, plan)
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
                    controls.anchor_keys = token_mask(region, self.painter.patch_size)
        records = {}
        if config.subjects:
            patched, records = self.subject_states(turn, rewrite, stored.get("subjects") or {})
            # A new background holds the kept subjects as pixels; their stored slices, read in the
            # old prompt's context, would pull the old background back (measured: it stays).
            if plan.region_source != "kept_pixels":
                controls.cond_override = patched
        # The focus prompt names only the changed subjects, so kept subjects' slices have no place in it.
        if plan.focus_prompt is not None and controls.edit_mask is not None:
            controls.cond_override = self.painter.encode(plan.focus_prompt)
        return noise, controls, records

    def _region(self, anchor, noise, request, previous_turn, plan: TurnPlan):
        h, w = anchor.shape[-2:]
        if plan.region_source == "layout":
            return cell_region(plan.region, h, w, self.painter.vae_scale_factor, self.painter.pixel_space)
        if plan.region_source == "attention":
            return self.attention_region(anchor, noise, request, previous_turn, plan.edited)
        if plan.region_source == "kept_pixels":
            return self._outside_kept_subjects(anchor, plan.keep_cells)
        return None

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
        return outside_pixels_mask(keep, self.painter.vae_scale_factor, self.painter.pixel_space)

    def _old_background(self, anchor: torch.Tensor) -> np.ndarray:
        """RGB of the background the anchor shows, as the shapes-world checker reads it."""
        return np.array(vocab.COLOURS[read_scene(self.painter.decode(anchor)).background].rgb, dtype=np.float32)

    def attention_region(self, anchor, noise, request, previous_turn, edited: list[str]):
        """Latent mask around the edited subjects, from the anchor's cross-attention (None: not found)."""
        if noise is None:
            noise = self.painter.initial_noise(request.seed, request.width, request.height)
        states = self.painter.encode(previous_turn.prompt)
        scene = Scene.model_validate(previous_turn.scene)
        text_len = self.painter.text_lengths[0]
        keys = []
        for sid, (_, s1, n1, s2, n2) in subject_slices.spans(self.painter, states, scene).items():
            if sid in edited and s1 is not None and s2 is not None:
                keys += list(range(s1, s1 + n1)) + [text_len + i for i in range(s2, s2 + n2)]
        if not keys:
            return None
        return self.painter.exclusive(lambda pipe: attention_region(pipe, anchor, noise, states, keys))

    def subject_states(self, turn, rewrite: Rewrite, previous: dict):
        """This prompt's states with unchanged subjects' stored slices put back, and the new records."""
        states = self.painter.encode(rewrite.prompt)
        scene = rewrite.scene
        known = {}
        for sid, record in previous.items():
            if isinstance(record, dict) and self.blobs.has(record.get("blob")):
                tensors = self.blobs.get(record["blob"])
                known[sid] = subject_slices.SubjectSlice(
                    str(record.get("description", "")), tensors["embeds"], tensors["embeds_2"]
                )
        patched, used = subject_slices.apply(self.painter, states, scene, known)
        # a subject's anchor: the last turn that drew it (a turn's records are stored only when it is done)
        records = {sid: {**previous[sid], "anchor_turn": turn.id} for sid in used}
        for sid, piece in subject_slices.extract(self.painter, states, scene).items():
            if sid not in records:
                blob = self.blobs.put({"embeds": piece.embeds, "embeds_2": piece.embeds_2})
                records[sid] = {
                    "description": piece.description,
                    "blob": blob,
                    "since_turn": turn.id,
                    "anchor_turn": turn.id,
                }
        return patched, records

    # -- after the draw ----------------------------------------------------------------------

    def finish(self, result: DrawResult, prepared: Prepared) -> tuple[DrawResult, dict, str]:
        """(the final result, the turn's consistency record, the kept/changed sentence or "")."""
        plan, controls = prepared.plan, prepared.controls
        if (
            plan.region_source == "kept_pixels"
            and self.painter.pixel_space
            and controls
            and controls.edit_mask is not None
        ):
            result = self._kept_as_layers(result, controls.anchor, plan.keep_cells)
        record = plan.to_dict()
        summary = ""
        if prepared.config.any:
            record["blobs"] = {
                "noise": self.blobs.put({"noise": result.initial_noise}),
                "latents": self.blobs.put({"latents": result.latents}),
            }
            record["subjects"] = prepared.records
            summary = plan.summary() if plan.mode != "draw" else ""
        return result, record, summary

    def _kept_as_layers(self, result: DrawResult, anchor: torch.Tensor, cells: list[str]) -> DrawResult:
        """The new background's drawing with the kept subjects put over it as layers (``matte``):
        their edge pixels change their share of old background for the new one, so no rim of the
        old colour is left and each subject keeps its exact coverage."""
        before = self.painter.to_pixels(anchor)
        kept = cell_mask(cells, *before.shape[:2])[0, 0].numpy() > 0
        pixels = over_new_background(before, self.painter.to_pixels(result.latents), kept, self._old_background(anchor))
        latents = self.painter.from_pixels(pixels)
        return dataclasses.replace(result, image=self.painter.decode(latents), latents=latents)


def focus_prompt(rewrite: Rewrite, subject_ids: list[str]) -> str:
    """The turn's prompt naming only ``subject_ids`` (and the setting), with the same style tail."""
    scene = rewrite.scene
    focus = scene.model_copy(update={"subjects": [s for s in scene.subjects if s.id in subject_ids]})
    full = compose_prompt(scene)
    tail = rewrite.prompt[len(full) :] if rewrite.prompt.startswith(full) else ""
    return compose_prompt(focus) + tail


def _record(turn) -> dict:
    """A stored turn's consistency record; {} for anything an older version or an import left odd."""
    generation = turn.generation if isinstance(turn.generation, dict) else {}
    stored = generation.get("consistency")
    return stored if isinstance(stored, dict) else {}


def _blobs_of(record: dict) -> dict:
    blobs = record.get("blobs")
    return blobs if isinstance(blobs, dict) else {}


def _scene_or_none(raw) -> Scene | None:
    if not raw:
        return None
    try:
        return Scene.model_validate(raw)
    except ValueError:
        return None
