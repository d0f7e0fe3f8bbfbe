"""Per turn: which mechanisms apply, from the rewriter's intent and a diff of the scenes.

The diff is made by subject id between the scene of the turn being edited and
this turn's scene (the rewriter's ``changes`` only decide "new scene"), so a
"go back" or a language switch with no real change is seen as such.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

from core import messages
from core.consistency.config import ConsistencyConfig
from core.describe import describe_value, field_name
from core.scene import Rewrite, Scene, Subject

SCENE_FIELDS = ("background", "style", "season", "time_of_day", "weather", "extras")
ATTRIBUTE_FIELDS = ("kind", "colour", "size", "details")  # in place: the subject stays in its cell


@dataclass
class SceneDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    attributes: dict[str, list[str]] = field(default_factory=dict)  # id -> changed fields (no position)
    moved: list[str] = field(default_factory=list)
    scene_fields: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.attributes or self.moved or self.scene_fields)

    @property
    def kind(self) -> str:
        """attribute < add_remove (adds, removes, moves, the background); "none" when nothing changed."""
        if self.added or self.removed or self.moved or self.scene_fields:
            return "add_remove"
        return "attribute" if self.attributes else "none"


def diff_scenes(before: Scene, after: Scene) -> SceneDiff:
    d = SceneDiff()
    old = {s.id: s for s in before.subjects}
    for s in after.subjects:
        o = old.get(s.id)
        if o is None:
            d.added.append(s.id)
            continue
        changed = [f for f in ATTRIBUTE_FIELDS if getattr(o, f) != getattr(s, f)]
        if changed:
            d.attributes[s.id] = changed
        if o.position != s.position:
            d.moved.append(s.id)
        if not changed and o.position == s.position:
            d.kept.append(s.id)
    new_ids = {s.id for s in after.subjects}
    d.removed = [sid for sid in old if sid not in new_ids]
    d.scene_fields = [f for f in SCENE_FIELDS if getattr(before, f) != getattr(after, f)]
    if "extras" in d.scene_fields and (d.added or d.removed or d.attributes or d.moved):
        # An open scene's extras are its prompt's phrases: they restate a subject's change.
        d.scene_fields.remove("extras")
    return d


@dataclass
class TurnPlan:
    mode: str  # "draw" (from noise) | "edit" (from the anchor) | "keep" (nothing changed: the anchor)
    kind: str  # "new" | "attribute" | "add_remove" | "none"
    seed: int
    strength: float
    noise_turn: str | None
    anchor_turn: str | None
    kept: list[str]
    changed: list[str]
    region: list[str] | None  # grid cells the edit may change; None: everywhere
    # "layout" (shapes-world cells) | "attention" (anchor cross-attention) | "kept_pixels" (a new
    # background: everything but the kept subjects' own pixels, found in the anchor) | None
    region_source: str | None
    edited: list[str]  # ids of subjects changed in place (attention regions look for them in the anchor)
    mechanisms: dict[str, bool]
    config: dict
    keep_cells: list[str] = field(default_factory=list)  # "kept_pixels": cells of the subjects kept as pixels
    focus: list[str] | None = None  # subject ids the edit's own prompt names; None: the turn's prompt
    focus_prompt: str | None = None  # that prompt (the engine writes it from the turn's scene)
    language: str = "en"  # of the kept / changed labels

    def to_dict(self) -> dict:
        return asdict(self)

    def summary(self) -> str:
        """One sentence for the chat: "Kept: red circle, background; changed: square colour: blue → green."."""
        kept, changed = messages.listing(self.kept, self.language), messages.listing(self.changed, self.language)
        if self.kept and self.changed:
            return messages.text("summary_kept_changed", self.language, kept=kept, changed=changed)
        if self.kept:
            return messages.text("summary_kept", self.language, kept=kept)
        if self.changed:
            return messages.text("summary_changed", self.language, changed=changed)
        return ""


def derive_seed(session_seed: int, turn_index: int) -> int:
    """A fresh but reproducible seed for a new scene at this turn."""
    digest = hashlib.sha256(f"inkturn-scene:{session_seed}:{turn_index}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % 2**31


def _name(s: Subject, lang: str) -> str:
    """ "red circle" / "红色圆形": colour and kind, enough to tell the subjects of a scene apart."""
    words = [describe_value(f, getattr(s, f), lang) for f in ("colour", "kind") if getattr(s, f)]
    return ("" if lang == "zh" else " ").join(words) or s.id


def _kept_and_changed(
    diff, previous: Scene | None, scene: Scene, before: dict, after: dict, lang: str
) -> tuple[list[str], list[str]]:
    """The labels the chat shows, in the scene's language: ["red circle", "background"], [...]."""
    kept = [_name(after[sid], lang) for sid in diff.kept]
    if "background" not in diff.scene_fields and scene.background is not None:
        kept.append(field_name("background", lang))
    changed = [messages.text("change_added", lang, what=_name(after[sid], lang)) for sid in diff.added]
    changed += [messages.text("change_removed", lang, what=_name(before[sid], lang)) for sid in diff.removed]
    for sid, fields_ in diff.attributes.items():
        for f in fields_:
            old, new = (describe_value(f, getattr(s[sid], f), lang) for s in (before, after))
            what, field = _name(before[sid], lang), field_name(f, lang)
            changed.append(messages.text("change_attribute", lang, what=what, field=field, old=old, new=new))
    for sid in diff.moved:
        old, new = (describe_value("position", s[sid].position, lang) for s in (before, after))
        changed.append(messages.text("change_moved", lang, what=_name(before[sid], lang), old=old, new=new))
    if previous is not None:
        for f in diff.scene_fields:
            if f == "extras":
                old, new = _phrase_change(previous.extras, scene.extras, lang)
            else:
                old, new = describe_value(f, getattr(previous, f), lang), describe_value(f, getattr(scene, f), lang)
            changed.append(messages.text("change_scene", lang, field=field_name(f, lang), old=old, new=new))
    return kept, changed


def _phrase_change(before: tuple[str, ...], after: tuple[str, ...], lang: str) -> tuple[str, str]:
    """Only the words that differ between two phrase lists ("none → wearing a scarf")."""
    old, new = (
        "，".join(before) if lang == "zh" else ", ".join(before),
        "，".join(after) if lang == "zh" else ", ".join(after),
    )
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    trim = " ,，;；"
    gone, came = old[start : len(old) - end].strip(trim), new[start : len(new) - end].strip(trim)
    none = describe_value("extras", (), lang)
    return gone or none, came or none


def plan_turn(
    rewrite: Rewrite,
    previous: Scene | None,
    previous_turn: dict | None,
    config: ConsistencyConfig,
    *,
    session_seed: int,
    turn_index: int,
    has_anchor: bool,
) -> TurnPlan:
    """``previous_turn``: ``{"id", "seed", "consistency"}`` of the last drawn turn, or None."""
    scene = rewrite.scene
    is_new = previous_turn is None or previous is None or any(c.op == "new" for c in rewrite.changes)
    diff = diff_scenes(previous or Scene(), scene)
    if not is_new and not diff.kept and previous.subjects and scene.subjects:  # nothing carried over: a new scene
        is_new = not any(s.id in {p.id for p in previous.subjects} for s in scene.subjects)
    lang = scene.language
    before = {s.id: s for s in (previous or Scene()).subjects}
    after = {s.id: s for s in scene.subjects}

    kept, changed = _kept_and_changed(diff, previous, scene, before, after, lang)
    if is_new:  # nothing is kept from a previous picture
        kept, changed = [], [messages.text("change_new_scene", lang)]

    prev_info = (previous_turn or {}).get("consistency") or {}
    prev_seed = int((previous_turn or {}).get("seed", session_seed) or session_seed)
    noise_turn = None
    seed = session_seed
    if config.noise:
        if is_new:
            seed = session_seed if config.lock_seed or previous_turn is None else derive_seed(session_seed, turn_index)
        else:
            seed = prev_seed
            noise_turn = prev_info.get("noise_turn") or previous_turn["id"]

    anchor_turn = None if is_new or not has_anchor else previous_turn["id"]
    use_edit = config.edit and anchor_turn is not None
    use_attention = config.anchor_attention and anchor_turn is not None and config.anchor_weight > 0
    if is_new:
        kind, strength, mode = "new", 1.0, "draw"
    else:
        kind = diff.kind
        strength = {"none": 0.0, "attribute": config.strength_attribute, "add_remove": config.strength_add_remove}[kind]
        mode = ("keep" if kind == "none" else "edit") if use_edit else "draw"
        if not use_edit:
            strength = 1.0
    region, region_source, keep_cells = None, None, []
    regional = (use_edit or use_attention) and config.region and not is_new and not diff.scene_fields
    new_background = use_edit and config.region and not is_new and diff.scene_fields == ["background"]
    cells = {after[sid].position for sid in diff.added + list(diff.attributes) + diff.moved}
    cells |= {before[sid].position for sid in diff.removed + diff.moved}
    if regional and _layout_known(previous, scene):
        region, region_source = sorted(c for c in cells if c), "layout"
    elif regional and diff.attributes and not (diff.added or diff.removed or diff.moved):
        region_source = "attention"  # general scene, in-place change: find the subject in the anchor
    elif new_background and _layout_known(previous, scene):
        # A new background touches every cell, so cells cannot hold the kept subjects; their own
        # pixels in the anchor can (the engine finds them with the shapes-world checker).
        region, region_source = sorted(c for c in cells if c), "kept_pixels"
        keep_cells = sorted(after[sid].position for sid in diff.kept)
        strength = config.strength_background
        # The kept subjects are held as pixels; the anchor's tokens would pull the old background back.
        use_attention = False
    # Inside a layout region the edit draws only what changes, so a one-subject edit in a busy
    # scene is asked of the model as a one-subject picture; the mask keeps everything else. With
    # nothing to draw (a removal, a new background) the whole prompt stays: the model never saw
    # a picture without subjects, and draws stray ones when asked for one.
    focus = None
    drawn = sorted(diff.added + list(diff.attributes) + diff.moved)
    if use_edit and config.focus_prompt and region_source in ("layout", "kept_pixels") and drawn:
        focus = drawn
    return TurnPlan(
        mode=mode,
        kind=kind,
        seed=seed,
        strength=float(strength),
        noise_turn=noise_turn,
        anchor_turn=anchor_turn,
        kept=kept,
        changed=changed,
        region=region,
        region_source=region_source,
        edited=sorted(diff.attributes),
        mechanisms={
            "noise": config.noise and not is_new,
            "subjects": config.subjects,
            "anchor_attention": use_attention,
            "edit": use_edit,
        },
        config=config.to_dict(),
        keep_cells=keep_cells,
        focus=focus,
        language=lang,
    )


def _layout_known(*scenes: Scene | None) -> bool:
    """Regions come from the shapes world's grid: every subject at a known cell."""
    from core.describe import to_world_scene

    return all(s is not None and to_world_scene(s) is not None for s in scenes)
