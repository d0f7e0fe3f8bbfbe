"""The embedded rewriter: a deterministic English + Chinese composer.

It keeps a structured scene and applies each message to it as a list of
operations (new scene, add, remove, change an attribute, move, change the
background). Phrasing it does not understand is folded into the prompt
verbatim instead of failing, and said so in the reply.
"""

from __future__ import annotations

import re

from core.describe import compose_prompt, describe_setting, describe_subject, describe_value, field_name
from core.rewriter import general
from core.rewriter import lexicon as lx
from core.rewriter.base import HistoryItem
from core.scene import Change, Rewrite, Scene, Subject
from core.world import vocab

#: Where new subjects go when the user does not say: centre first, then corners.
PLACEMENT_ORDER = ("center", "top-left", "top-right", "bottom-left", "bottom-right", "top", "bottom", "left", "right")
#: How much each kind of word counts when finding which subject a phrase means.
REFERENCE_WEIGHT = {"shape": 3, "colour": 2, "position": 2, "size": 1}
SEGMENT_SPLIT = re.compile(r"\s*(?:,|;|\.\s|\band then\b|\bthen\b|\band\b|，|；|。|然后|并且|同时|、)\s*")
CLAUSE_SPLIT = re.compile(r"\s*(?:,|;|\.\s|\band\b|\bwith\b|，|；|。|、|和|以及)\s*")
FILLER = re.compile(r"^(?:please|pls|ok|okay|now|also|and|then|请|好的|现在|再|还)\s*|[.!。！]+$")


class Composer:
    """Rule-based rewriter; a pure function of (previous scene, message).

    Only undo-like phrasing ("go back", "撤销", "还是用蓝色吧") also reads the scenes stored with
    the history, so a replayed session still gives the same result.
    """

    name = "composer"

    def __init__(self, max_subjects: int = 3):
        self.max_subjects = max_subjects

    def rewrite(
        self, previous_scene: Scene, history: list[HistoryItem], message: str, images: list[bytes] | None = None
    ) -> Rewrite:
        text = lx.normalise(message)
        lang = "zh" if lx.has_cjk(text) else "en"
        if _is_question(text):
            return Rewrite(intent="chat", prompt="", scene=previous_scene, reply=_answer(previous_scene, text, lang))
        start = previous_scene.model_copy(update={"language": lang})
        if not previous_scene.is_empty and _is_undo(text):
            return _undo(start, history, lang)
        if not previous_scene.is_empty and _is_redraw(text):
            reply = "Drawing it again as it is." if lang == "en" else "照原样再画一次。"
            return Rewrite(intent="edit", prompt=compose_prompt(start), scene=start, reply=reply)
        new = previous_scene.is_empty or _is_new_scene(text)
        shapes_words = any(m.kind == "shape" for m in lx.find_mentions(text))
        if new and not shapes_words and general.has_general_words(text):
            ops = general.GeneralOps(Scene(language=lang, next_id=previous_scene.next_id), lang)
            ops.changes.append(Change(op="new"))
            text = re.sub(
                r"^(?:new scene|new picture|start over|start again|draw me|draw|paint me|paint|画)[:：,，]?\s*",
                "",
                text,
            )
            ops.new_scene(text)
        elif not new and (general.is_general_scene(previous_scene) or general.has_general_words(text)):
            ops = general.GeneralOps(start, lang)
            revert = _revert_target(previous_scene, history, text)
            if revert is not None:
                ops.scene, ops.changes = revert
            else:
                for segment in filter(None, SEGMENT_SPLIT.split(text)):
                    segment = FILLER.sub("", segment).strip()
                    if segment:
                        ops.edit(segment)
        else:
            ops = _Ops(start, lang, self.max_subjects)
            revert = None if new else _revert_target(previous_scene, history, text)
            if revert is not None:
                ops.scene, ops.changes = revert
            elif new:
                ops.new_scene(text)
            else:
                ops.edit(text)
        intent = "draw" if new else "edit"
        scene = ops.scene
        return Rewrite(
            intent=intent,
            prompt=compose_prompt(scene),
            scene=scene,
            changes=tuple(ops.changes),
            reply=_summary(ops.changes, previous_scene, scene, lang),
            notes=tuple(ops.notes),
        )


# -- intent ----------------------------------------------------------------------------------

EDIT_VERBS = (
    lx.ADD_WORDS
    + lx.REMOVE_WORDS
    + lx.MOVE_WORDS
    + ("make", "change", "turn", "paint", "recolour", "recolor", "改成", "变成", "换成", "改为", "把")
)


# "draw this" with a reference picture attached, or "again" after a turn: the scene as it is.
REDRAW = re.compile(
    r"(?:please )?(?:draw|paint|copy|redraw|do) (?:this|that|it)(?: again| one)?(?: please)?"
    r"|(?:draw it |do it )?again|redraw|same again|like this|this one"
    r"|(?:请)?(?:画|照着画|重画|再画)(?:这个|这张|它|一次|一遍)?(?:吧)?|照着画|照这个画|再画一(?:次|遍)|就这个"
)


def _is_redraw(text: str) -> bool:
    return REDRAW.fullmatch(text.strip(" .!。！")) is not None


def _is_question(text: str) -> bool:
    asks = text.endswith("?") or text.startswith(lx.QUESTION_WORDS_EN) or any(q in text for q in lx.QUESTION_WORDS_ZH)
    return asks and lx.contains_word(text, EDIT_VERBS) is None


def _is_new_scene(text: str) -> bool:
    if lx.contains_word(text, ("new scene", "new picture", "start over", "start again", "重新画", "新画", "换一张")):
        return True
    if lx.contains_word(text, lx.ADD_WORDS + lx.REMOVE_WORDS + lx.MOVE_WORDS + lx.SET_WORDS):
        return text.startswith(("draw", "画一", "画个"))
    if any(m.kind == "shape" for m in lx.find_mentions(text)):
        return True
    if text.startswith(("draw", "画", "paint me")):
        return True
    # "a red fox in a snowy forest": a description with no verb is a new picture ("a hat for it" is not).
    if text.startswith(
        ("a ", "an ", "one ", "一个", "一只", "一幅", "一张", "一位", "一条", "一座", "一艘", "一辆", "一棵")
    ):
        return any(m.kind in ("noun", "setting") for m in general.find(text)) or not general.has_general_words(text)
    return False


# -- undo ------------------------------------------------------------------------------------


def _is_undo(text: str) -> bool:
    if any(w in text for w in general.UNDO_WORDS_ZH):
        return True
    if lx.contains_word(text, ("go back to", "back to", "change it back to", "switch back to")):
        return False  # "go back to blue" names a value: a revert, not an undo
    return lx.contains_word(text, general.UNDO_WORDS_EN) is not None


def _scene_stack(history: list[HistoryItem]) -> list[Scene]:
    """The scenes the dialogue went through, with undone turns popped off."""
    stack: list[Scene] = []
    for item in history:
        if item.scene is None or item.intent == "chat":
            continue
        if _is_undo(lx.normalise(item.message)) and stack:
            stack.pop()
            if stack and stack[-1] == item.scene:
                continue
        stack.append(item.scene)
    return stack


def _undo(current: Scene, history: list[HistoryItem], lang: str) -> Rewrite:
    """ "Go back" / "撤销": the scene before the last drawing turn, from the scenes stored with history."""
    stack = _scene_stack(history)
    while stack and stack[-1].model_copy(update={"language": lang}) == current:
        stack.pop()
    if not stack:
        note = "没有可以回退的上一步。" if lang == "zh" else "There is no earlier picture to go back to."
        return Rewrite(intent="edit", prompt=compose_prompt(current), scene=current, reply=note)
    scene = stack[-1].model_copy(update={"language": lang})
    reply = "回到了上一步。" if lang == "zh" else "Went back to the previous picture."
    return Rewrite(
        intent="edit",
        prompt=compose_prompt(scene),
        scene=scene,
        changes=(Change(op="set", attribute="scene", before="current", after="previous"),),
        reply=reply,
    )


def _revert_target(scene: Scene, history: list[HistoryItem], text: str) -> tuple[Scene, list[Change]] | None:
    """ "还是用蓝色吧", "change it back to blue": put back a value the dialogue changed earlier."""
    if (
        not any(cue in text for cue in general.REVERT_CUES if not cue.isascii())
        and lx.contains_word(text, tuple(c for c in general.REVERT_CUES if c.isascii())) is None
    ):
        return None
    values = [
        m for m in general.find(text) if m.kind in ("colour", "size", "position", "shape", "noun", "setting", "style")
    ]
    if len(values) != 1:
        return None
    wanted = values[0]
    field = {"shape": "kind", "noun": "kind", "setting": "background"}.get(wanted.kind, wanted.kind)
    if lx.contains_word(text, lx.BACKGROUND_WORDS):  # "还是用黄色背景吧"
        field = "background"
    scenes = [h.scene for h in history if h.scene is not None] or [scene]
    if scenes[-1] != scene:
        scenes.append(scene)
    for older, newer in zip(reversed(scenes[:-1]), reversed(scenes[1:]), strict=False):
        if field in ("background", "style"):
            before = getattr(older, field)
            if before != getattr(newer, field) and before and wanted.key in before and getattr(scene, field) != before:
                updated = scene.model_copy(update={field: before})
                return updated, [Change(op="set", attribute=field, before=getattr(scene, field), after=before)]
            continue
        for subject in newer.subjects:
            old = older.subject(subject.id)
            current = scene.subject(subject.id)
            if old is None or current is None:
                continue
            if getattr(old, field) != getattr(subject, field) and getattr(old, field) == wanted.key:
                updated = scene.replace_subject(current.with_(**{field: wanted.key}))
                change = Change(
                    op="set",
                    subject=subject.id,
                    attribute="shape" if field == "kind" else field,
                    before=getattr(current, field),
                    after=wanted.key,
                )
                return updated, [change]
    focus = scene.subject(scene.focus) if scene.focus else None
    if focus is not None and field in ("colour", "size", "position", "kind") and getattr(focus, field) != wanted.key:
        # No stored scenes to consult: the value goes back onto the subject last talked about.
        change = Change(
            op="set",
            subject=focus.id,
            attribute="shape" if field == "kind" else field,
            before=getattr(focus, field),
            after=wanted.key,
        )
        return scene.replace_subject(focus.with_(**{field: wanted.key})), [change]
    return None


# -- operations on a scene -----------------------------------------------------------------


class _Ops:
    """Applies parsed operations to a scene, recording changes and notes."""

    def __init__(self, scene: Scene, lang: str, max_subjects: int):
        self.scene = scene
        self.lang = lang
        self.max_subjects = max_subjects
        self.changes: list[Change] = []
        self.notes: list[str] = []

    def note(self, en: str, zh: str) -> None:
        self.notes.append(zh if self.lang == "zh" else en)

    # new scene ----------------------------------------------------------------------------

    def new_scene(self, text: str) -> None:
        start_id = self.scene.next_id
        self.scene = Scene(language=self.lang, next_id=start_id)
        self.changes.append(Change(op="new"))
        text = re.sub(
            r"^(?:new scene|new picture|start over|start again|draw me|draw|重新画|新画|换一张|画)[:：,，]?\s*",
            "",
            text,
        )
        if not any(m.kind == "shape" for m in lx.find_mentions(text)):
            self._background_from(text, whole_message=True)
            return
        for clause in filter(None, CLAUSE_SPLIT.split(text)):
            clause = FILLER.sub("", clause).strip()
            if not clause:
                continue
            clause = self._background_from(clause)
            mentions = lx.find_mentions(clause)
            shapes = [m for m in mentions if m.kind == "shape"]
            if not shapes:
                if clause and not mentions:
                    self._fold(clause)
                continue
            for group in _group_by_shape(mentions, shapes, self.lang):
                self._add(group)
        self._fill_background()

    # edits --------------------------------------------------------------------------------

    def edit(self, text: str) -> None:
        last_op: str | None = None
        last_subject: str | None = None
        for segment in filter(None, SEGMENT_SPLIT.split(text)):
            segment = FILLER.sub("", segment).strip()
            if not segment:
                continue
            op = _segment_op(segment)
            if op is None:
                if not lx.find_mentions(segment):
                    self._fold(segment)
                    continue
                op = last_op or "set"
            if op == "background":
                self._background_from(segment, explicit=True)
            elif op == "add":
                self._add(lx.find_mentions(segment))
            elif op == "remove":
                self._remove(segment)
            else:
                carry = last_subject if op == last_op and not _names_subject(segment) else None
                last_subject = self._set(segment, carry)
            last_op = op

    def _fold(self, phrase: str) -> None:
        phrase = phrase.strip(" ,.;，。；")
        if not phrase or phrase in self.scene.extras:
            return
        self.scene = self.scene.model_copy(update={"extras": (*self.scene.extras, phrase)})
        self.changes.append(Change(op="add", attribute="details", after=phrase))

    def _add(self, mentions: list[lx.Mention]) -> None:
        values = {m.kind: m.key for m in mentions}
        if len(self.scene.subjects) >= self.max_subjects:
            self.note(
                f"The picture already holds {self.max_subjects} objects, the most this model draws; nothing was added.",
                f"画面里已经有 {self.max_subjects} 个物体，这是模型能画的上限；没有再添加。",
            )
            return
        taken = {s.position for s in self.scene.subjects}
        position = values.get("position")
        if position in taken:
            free = _free_cells(taken)
            self.note(
                f"The {position} was taken, so the new object went to the {free[0]}.",
                f"{vocab.POSITIONS[position].zh}已经有物体了，新物体放在了{vocab.POSITIONS[free[0]].zh}。",
            )
            position = free[0]
        position = position or _free_cells(taken)[0]
        used_colours = {s.colour for s in self.scene.subjects} | {self.scene.background}
        colour = values.get("colour") or next(c for c in vocab.COLOURS if c not in used_colours)
        subject = Subject(
            id=f"s{self.scene.next_id}",
            kind=values.get("shape", "circle"),
            colour=colour,
            size=values.get("size", "large"),
            position=position,
        )
        self.scene = self.scene.model_copy(
            update={"subjects": (*self.scene.subjects, subject), "next_id": self.scene.next_id + 1, "focus": subject.id}
        )
        self.changes.append(Change(op="add", subject=subject.id, after=describe_subject(subject, "en")))

    def _remove(self, segment: str) -> None:
        subject = self._resolve(lx.find_mentions(segment), segment)
        if subject is None:
            self.note("I could not tell which object to remove.", "我没能确定要去掉哪个物体。")
            return
        remaining = tuple(s for s in self.scene.subjects if s.id != subject.id)
        focus = remaining[-1].id if remaining else None
        self.scene = self.scene.model_copy(update={"subjects": remaining, "focus": focus})
        self.changes.append(Change(op="remove", subject=subject.id, before=describe_subject(subject, "en")))

    def _set(self, segment: str, same_subject: str | None) -> str | None:
        mentions = lx.find_mentions(segment)
        marker = lx.first_index(segment, lx.TARGET_MARKERS)
        if marker is not None:
            split = marker[0]
            source = [m for m in mentions if m.end <= split]
            targets = [m for m in mentions if m.start >= split]
            subject = self._resolve(source, segment[:split], fallback=same_subject)
        else:
            pronoun = _has_pronoun(segment)
            subject = self._best_match(
                mentions, segment, fallback=same_subject or (self.scene.focus if pronoun else None)
            )
            targets = [m for m in mentions if subject is None or _value(subject, m.kind) != m.key]
        if subject is None:
            if not self.scene.subjects:  # a free-text scene: keep the words
                self._fold(segment)
                return None
            self.note("I could not tell which object to change.", "我没能确定要改哪个物体。")
            return None
        if not targets:
            self.note(f"The {describe_subject(subject, 'en')[2:]} already looks like that.", "这个物体已经是这样了。")
            return subject.id
        for target in targets:
            subject = self._set_attribute(subject, target.kind, target.key)
        return subject.id

    def _set_attribute(self, subject: Subject, kind: str, key: str) -> Subject:
        field = "kind" if kind == "shape" else kind
        before = getattr(subject, field)
        if before == key:
            return subject
        if kind == "position":
            other = next((s for s in self.scene.subjects if s.position == key and s.id != subject.id), None)
            if other is not None:  # swap places rather than overlap
                self.scene = self.scene.replace_subject(other.with_(position=subject.position))
                self.changes.append(
                    Change(op="set", subject=other.id, attribute="position", before=key, after=subject.position)
                )
        updated = subject.with_(**{field: key})
        self.scene = self.scene.replace_subject(updated)
        self.changes.append(Change(op="set", subject=subject.id, attribute=kind, before=before, after=key))
        if kind == "colour" and key == self.scene.background:
            self.note(f"A {key} object will not show on a {key} background.", "物体和背景同色，会看不出来。")
        return updated

    # background --------------------------------------------------------------------------------

    def _background_from(self, text: str, *, explicit: bool = False, whole_message: bool = False) -> str:
        """Takes a background out of ``text`` if it names one; returns the rest of the text."""
        cue = lx.first_index(text, lx.BACKGROUND_WORDS)
        if cue is None:
            if whole_message and text:
                self._fold(text)
            return text
        idx, word = cue
        mentions = [m for m in lx.find_mentions(text) if m.kind == "colour"]
        colour = None
        if mentions:  # the colour word nearest the cue: "yellow background", "background is yellow"
            before = [m for m in mentions if m.end <= idx]
            after = [m for m in mentions if m.start >= idx + len(word)]
            colour = after[0] if after and not before else (before[-1] if before else None)
        if colour is not None:
            value = colour.key
            span = (min(colour.start, idx), max(colour.end, idx + len(word)))
        else:
            value = _free_background(text, idx, word)
            span = (0, len(text))
        rest = (text[: span[0]] + " " + text[span[1] :]).strip()
        rest = re.sub(
            r"\b(?:on|in|with|against|at)\s+(?:a|an|the)\s*$|^(?:on|with|against)\s+(?:a|an|the)?\s*", "", rest
        )
        rest = re.sub(r"^[上中里的]\s*[，,]?|^是|^为", "", rest).strip(" ,，")
        if value:
            before_value = self.scene.background
            self.scene = self.scene.model_copy(update={"background": value})
            self.changes.append(Change(op="set", attribute="background", before=before_value, after=value))
            clashing = [s for s in self.scene.subjects if s.colour == value]
            if clashing and explicit:
                self.note(f"A {value} object will not show on a {value} background.", "物体和背景同色，会看不出来。")
        if whole_message and rest:
            self._fold(rest)
        return rest

    def _fill_background(self) -> None:
        if self.scene.background is not None or not self.scene.subjects:
            return
        used = {s.colour for s in self.scene.subjects}
        background = "white" if "white" not in used else "black"
        self.scene = self.scene.model_copy(update={"background": background})

    # references --------------------------------------------------------------------------------

    def _resolve(self, mentions: list[lx.Mention], text: str, fallback: str | None = None) -> Subject | None:
        """The subject a phrase names: all its words must fit; pronouns mean the focus."""
        subjects = self.scene.subjects
        if not mentions:
            wanted = fallback or self.scene.focus
            if wanted is None and len(subjects) == 1:
                return subjects[0]
            return self.scene.subject(wanted) if wanted else None
        fits = [s for s in subjects if all(_value(s, m.kind) == m.key for m in mentions)]
        if len(fits) > 1:
            focus = next((s for s in fits if s.id == self.scene.focus), None)
            chosen = focus or fits[0]
            self.note(
                f"Several objects fit “{text.strip()}”; I took the {describe_subject(chosen, 'en')[2:]}.",
                f"有几个物体都符合“{text.strip()}”，我选了{describe_subject(chosen, 'zh')}。",
            )
            return chosen
        return fits[0] if fits else None

    def _best_match(self, mentions: list[lx.Mention], text: str, fallback: str | None) -> Subject | None:
        """Without "to"/"成", the subject that most words fit; the rest are the change."""
        if fallback is not None:
            return self.scene.subject(fallback)
        # "make the blue square black": of two words of one kind, the first names the object.
        reference = [m for i, m in enumerate(mentions) if all(p.kind != m.kind for p in mentions[:i])]
        scored = [
            (sum(REFERENCE_WEIGHT[m.kind] for m in reference if _value(s, m.kind) == m.key), s)
            for s in self.scene.subjects
        ]
        best = max((score for score, _ in scored), default=0)
        if best == 0:
            return self._resolve([], text)
        top = [s for score, s in scored if score == best]
        return next((s for s in top if s.id == self.scene.focus), top[0])


def _value(subject: Subject, kind: str) -> str | None:
    return subject.kind if kind == "shape" else getattr(subject, kind)


def _names_subject(segment: str) -> bool:
    """ "paint the star orange", "the red one", "白色的那个": the segment says which object it means."""
    if any(m.kind == "shape" for m in lx.find_mentions(segment)):
        return True
    return re.search(r"\b(?:the|that|this)\s+(?:\w+\s+)?one\b|的那个|那个", segment) is not None


def _has_pronoun(text: str) -> bool:
    text = text.replace("的那个", "的")  # "白色的那个" names an object; a bare "那个" points at one
    return lx.contains_word(text, lx.PRONOUNS_EN) is not None or any(p in text for p in lx.PRONOUNS_ZH)


def _segment_op(segment: str) -> str | None:
    if lx.contains_word(segment, lx.BACKGROUND_WORDS):
        return "background"
    if lx.contains_word(segment, lx.REMOVE_WORDS):
        return "remove"
    if lx.contains_word(segment, lx.ADD_WORDS) or segment.startswith(("画", "draw")):
        return "add"
    if lx.contains_word(segment, lx.MOVE_WORDS):
        return "move"
    if lx.contains_word(segment, lx.SET_WORDS):
        return "set"
    return None


def _free_cells(taken: set[str | None]) -> list[str]:
    return [p for p in PLACEMENT_ORDER if p not in taken]


def _free_background(text: str, idx: int, word: str) -> str | None:
    marker = lx.first_index(text, lx.TARGET_MARKERS)
    if marker is not None and marker[0] > idx:
        value = text[marker[0] + len(marker[1]) :]
    elif text[idx + len(word) :].strip(" 是为的"):
        value = text[idx + len(word) :]
    else:
        value = text[:idx]
    value = re.sub(r"^\s*(?:is|to|into|be|a|an|the)\s+", "", value.strip())
    value = re.sub(r"^(?:a|an|the)\s+|^(?:make|change|set|turn)\s+(?:the\s+)?", "", value).strip(" ,.，。的")
    return value[:200] or None


def _attachment_cost(m: lx.Mention, shape: lx.Mention, lang: str) -> tuple[int, int]:
    """Distance from an attribute word to a shape word; English puts positions after the noun, Chinese before."""
    gap = shape.start - m.end if m.end <= shape.start else m.start - shape.end
    after_shape = m.start >= shape.end
    preferred = (m.kind == "position") == (lang == "en") if after_shape else True
    return (gap if preferred else gap + 1000, shape.start)


def _group_by_shape(mentions: list[lx.Mention], shapes: list[lx.Mention], lang: str) -> list[list[lx.Mention]]:
    """Gives each attribute word to its nearest shape word (adjectives usually precede it)."""
    groups: dict[int, list[lx.Mention]] = {id(s): [s] for s in shapes}
    for m in mentions:
        if m.kind != "shape":
            nearest = min(shapes, key=lambda shape, m=m: _attachment_cost(m, shape, lang))
            groups[id(nearest)].append(m)
    return [groups[id(s)] for s in shapes]


# -- words back to the user ------------------------------------------------------------------


def _summary(changes: list[Change], previous: Scene, scene: Scene, lang: str) -> str:
    """The reply to an edit, wholly in the user's language: "改动：颜色：黄色 → 红色"."""
    if any(c.op == "new" for c in changes):
        return "新画面。" if lang == "zh" else "A new picture."
    zh = lang == "zh"
    parts = []
    for c in changes:
        if c.op == "add" and c.subject:
            added = scene.subject(c.subject)
            what = describe_subject(added, lang) if added else c.after
            parts.append(f"添加：{what}" if zh else f"added {what}")
        elif c.op == "remove":
            gone = previous.subject(c.subject) if c.subject else None
            what = describe_subject(gone, lang) if gone else c.before
            parts.append(f"去掉：{what}" if zh else f"removed {what}")
        elif c.op == "set" and c.attribute == "details":
            parts.append(
                f"{field_name('details', lang)}{'：' if zh else ': '}{describe_value('details', c.after, lang)}"
            )
        elif c.op == "set":
            field = c.attribute or ""
            before, after = describe_value(field, c.before, lang), describe_value(field, c.after, lang)
            parts.append(f"{field_name(field, lang)}{'：' if zh else ': '}{before} → {after}")
        elif c.op == "add":  # words folded into the prompt as the user wrote them
            parts.append(f"加入：{c.after}" if zh else f"added “{c.after}”")
    if not parts:
        return "没有改动。" if zh else "Nothing changed."
    return "改动：" + "；".join(parts) if zh else "Changed: " + "; ".join(parts)


def _answer(scene: Scene, text: str, lang: str) -> str:
    """A chat turn: say what the current picture holds."""
    if scene.is_empty:
        return (
            "还没有画面。描述一下你想画什么吧。" if lang == "zh" else "There is no picture yet. Describe what to draw."
        )
    things = [describe_subject(s, lang) for s in scene.subjects] + list(scene.extras)
    count = len(scene.subjects)
    setting = describe_setting(scene, lang)
    if scene.style:
        setting.append(f"{scene.style} style")
    if lang == "zh":
        bg = f"背景是{vocab.COLOURS[scene.background].zh}。" if scene.background in vocab.COLOURS else ""
        bg += "".join(f"{p}。" for p in setting)
        return f"画面里有 {count} 个物体：" + "；".join(things) + "。" + bg
    bg = f" The background is {vocab.COLOURS[scene.background].en}." if scene.background in vocab.COLOURS else ""
    if setting:
        bg += " The scene is " + ", ".join(setting) + "."
    noun = "object" if count == 1 else "objects"
    return f"The picture has {count} {noun}: " + "; ".join(things) + "." + bg
