"""The composer's rules for scenes outside the shapes world: "a red fox in a snowy forest",
"give it a scarf", "make it winter", "把背景换成海滩", "水彩风格".

Words are found with a small bilingual lexicon (``general_lexicon``) plus the shapes world's
colours, sizes and positions; values are stored as English keys. Like the shapes rules this is a
pure function of (scene, message): deterministic, no state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from core import messages
from core.language import general_lexicon as gl
from core.language import lexicon as lx
from core.scene import Change, Scene, Subject
from core.world import vocab

SCENE_KINDS = ("setting", "modifier", "season", "time", "weather", "style")
GENERAL_KINDS = ("noun", "worn", "held", *SCENE_KINDS)
STOPWORDS_EN = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "of",
        "and",
        "with",
        "by",
        "near",
        "under",
        "over",
        "into",
        "to",
        "is",
        "are",
        "it",
        "its",
        "this",
        "that",
        "there",
        "some",
        "one",
        "two",
        "draw",
        "me",
        "please",
        "paint",
        "picture",
        "image",
        "scene",
        "make",
        "change",
        "turn",
        "set",
        "let's",
        "lets",
        "be",
        "very",
        "also",
        "too",
        "now",
        "then",
        "style",
        "wearing",
        "holding",
        "wears",
        "holds",
        "has",
        "have",
        "having",
        "style",
        "look",
        "looks",
        "like",
        "as",
        "from",
        "for",
    ]
)
FUNCTION_ZH = re.compile(
    r"[一二两三只个幅张条位头匹棵朵辆艘的在里中上下有画着和与了是把请给它他她戴穿拿带成为换改变加再个吧呢]"
)
PARTICIPLE = re.compile(r"^\s*([a-z]+ing)\b")
UNDO_WORDS_EN = ("go back", "undo", "revert", "previous version", "the one before", "as it was", "before that")
UNDO_WORDS_ZH = ("撤销", "撤回", "回到上一步", "上一步", "恢复原样", "还原", "退回")
REVERT_CUES = ("back to", "改回", "换回", "变回", "还是用", "还是", "actually", "go back to", "instead")


PLACE_NOUNS = frozenset({"castle", "house", "cottage", "lighthouse", "library", "train", "boat", "car", "tree"})
_PLACE_BEFORE_EN = re.compile(r"\b(?:in|inside|at|near|by|beside|on)\s+(?:a|an|the)?\s*(?:[a-z]+\s+)?$")
_PLACE_AFTER_ZH = re.compile(r"^(?:里|中|内|前|旁|边|外)")


@dataclass(frozen=True)
class GMention:
    kind: str  # noun | worn | held | setting | modifier | season | time | weather | style | colour | size | position | shape
    key: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _surfaces() -> tuple[tuple[str, str, str, bool], ...]:
    rows: list[tuple[str, str, str, bool]] = []
    for kind, table in gl.TABLES.items():
        for key, (ens, zhs) in table.items():
            out_kind = "colour" if kind == "xcolour" else kind
            for en in ens:
                rows.append((en, out_kind, key, False))
            for zh in zhs:
                rows.append((zh, out_kind, key, True))
    return tuple(rows)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, str, str, int, str], ...]:
    """One regex per surface, longest first; English allows a regular plural."""
    rows = []
    for surface, kind, key, is_zh in _surfaces():
        if is_zh:
            pattern = re.compile(re.escape(surface))
        else:
            plural = "(?:s|es)?" if kind in ("noun", "worn", "held", "setting") else ""
            pattern = re.compile(rf"(?<![a-z]){re.escape(surface)}{plural}(?![a-z])")
        rows.append((pattern, kind, key, len(surface), surface))
    return tuple(sorted(rows, key=lambda r: -r[3]))


@lru_cache(maxsize=4096)
def find(text: str) -> tuple[GMention, ...]:
    """General words and the shapes world's attribute words in ``text``, left to right, no overlaps.

    Cached: a pure function of the text, asked several times per message.
    """
    taken = [False] * len(text)
    found: list[GMention] = []
    for pattern, kind, key, _, surface in _patterns():
        if surface not in text:
            continue  # every match holds the surface itself: skip the regex (this is the hot path)
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            taken[start:end] = [True] * (end - start)
            found.append(GMention(kind, key, start, end))
    # Shapes-world words (colours, sizes, positions, shapes) where the general lexicon left room.
    for m in lx.find_mentions(text):
        if not any(taken[m.start : m.end]):
            taken[m.start : m.end] = [True] * (m.end - m.start)
            found.append(GMention(m.kind, m.key, m.start, m.end))
    return tuple(sorted(found, key=lambda m: m.start))


def has_general_words(text: str) -> bool:
    return any(m.kind in GENERAL_KINDS for m in find(text))


def is_general_scene(scene: Scene) -> bool:
    return any(s.kind not in vocab.SHAPES for s in scene.subjects) or (
        not scene.subjects and (scene.background not in vocab.COLOURS or scene.background is None)
    )


# -- building blocks ----------------------------------------------------------------------------


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _item_phrase(m: GMention, colour: str | None) -> str:
    words = f"{colour} {m.key}" if colour else m.key
    if m.kind == "worn":
        plural = m.key in ("glasses", "sunglasses", "boots")
        return f"wearing {words}" if plural else f"wearing {_article(words)} {words}"
    return f"holding {_article(words)} {words}"


def _gap(text: str, a: int, b: int) -> str:
    return text[a:b].strip()


def _items_colour(text: str, ms: Sequence[GMention]) -> dict[int, str]:
    """Colours written right before a worn/held item ("red scarf", "红色围巾") belong to the item."""
    out: dict[int, str] = {}
    for i, m in enumerate(ms):
        item_next = i + 1 < len(ms) and ms[i + 1].kind in ("worn", "held")
        if m.kind == "colour" and item_next and _gap(text, m.end, ms[i + 1].start) in ("", "的"):
            out[i] = m.key
    return out


def _setting_value(text: str, ms: Sequence[GMention], setting: GMention) -> str:
    """The setting with a modifier written right before it: "snowy forest", "雪中的森林"."""
    before = [m for m in ms if m.kind == "modifier" and m.end <= setting.start]
    if before and len(_gap(text, before[-1].end, setting.start)) <= 1:
        return f"{before[-1].key} {setting.key}"
    return setting.key


class GeneralOps:
    """Applies one message to a general scene, recording changes and notes (like composer._Ops)."""

    def __init__(self, scene: Scene, lang: str, max_subjects: int = 6):
        self.scene = scene
        self.lang = lang
        self.max_subjects = max_subjects
        self.changes: list[Change] = []
        self.notes: list[str] = []

    def note(self, code: str, **params: object) -> None:
        """Tell the user ``code`` (core/composer_messages.py), in the message's language."""
        self.notes.append(messages.text(code, self.lang, **params))

    # scene-level fields ------------------------------------------------------------------------

    def set_field(self, field: str, value: str | None) -> None:
        before = getattr(self.scene, field)
        if before == value:
            return
        update: dict = {field: value}
        if field == "season" and value in ("summer", "spring") and (self.scene.background or "").startswith("snowy "):
            update["background"] = self.scene.background.removeprefix("snowy ")
        self.scene = self.scene.model_copy(update=update)
        self.changes.append(Change(op="set", attribute=field, before=before, after=value))

    def scene_words(self, text: str, ms: Sequence[GMention], *, replace: bool = False) -> bool:
        """Setting, season, time of day, weather and style named in ``text``; True when any was."""
        done = False
        settings = [m for m in ms if m.kind == "setting"]
        if settings:
            marker = lx.first_index(text, lx.TARGET_MARKERS)
            after = [m for m in settings if marker is not None and m.start >= marker[0]]
            chosen = (after or settings)[-1] if replace else settings[0]
            self.set_field("background", _setting_value(text, ms, chosen))
            done = True
        # A modifier on its own qualifies the scene: "make it snowy" is weather, "make it dark" the setting.
        used = {id(m) for s in settings for m in ms if m.kind == "modifier" and _setting_value(text, ms, s) != s.key}
        for m in ms:
            if m.kind != "modifier" or id(m) in used:
                continue
            weather = {"snowy": "snow", "misty": "fog", "sunny": "sunny"}.get(m.key)
            if weather:
                self.set_field("weather", weather)
            elif self.scene.background and self.scene.background not in vocab.COLOURS:
                self.set_field("background", f"{m.key} {self.scene.background.split(' ')[-1]}")
            done = True
        for kind, field in (("season", "season"), ("time", "time_of_day"), ("weather", "weather"), ("style", "style")):
            found = [m for m in ms if m.kind == kind]
            if found:
                self.set_field(field, found[-1].key if replace else found[0].key)
                done = True
        return done

    # subjects ----------------------------------------------------------------------------------

    def add_subjects(self, text: str, ms: Sequence[GMention]) -> list[str]:
        """One subject per noun, with the colours, sizes, positions and items written next to it."""
        nouns = [i for i, m in enumerate(ms) if m.kind in ("noun", "shape")]
        if not nouns:
            return []
        item_colour = _items_colour(text, ms)
        attrs: dict[int, dict] = {i: {"details": []} for i in nouns}
        for i, m in enumerate(ms):
            if i in item_colour:
                continue
            if m.kind in ("colour", "size"):  # adjectives come before their noun, in both languages
                owner = next((n for n in nouns if n > i), nouns[-1])
                attrs[owner].setdefault(m.kind, m.key)
            elif m.kind == "position":
                owner = _nearest(nouns, i, prefer_before=self.lang == "en")
                attrs[owner].setdefault("position", m.key)
            elif m.kind in ("worn", "held"):
                next_noun = next((n for n in nouns if n > i), None)
                following = self.lang == "zh" and next_noun is not None and "的" in text[m.end : ms[next_noun].start]
                owner = next_noun if following else _nearest(nouns, i, prefer_before=True)
                colour = item_colour.get(i - 1)
                attrs[owner]["details"].append(_item_phrase(m, colour))
        for n in nouns:  # "a cat sleeping", "a fox running": keep the verb as a detail
            if self.lang == "en":
                verb = PARTICIPLE.match(text[ms[n].end :])
                if verb and re.match(r"\s+(?:a|an|the|two|some)\b", text[ms[n].end + verb.end() :]):
                    verb = None  # "riding a horse": the horse is a subject of its own; no dangling "riding"
                if verb and verb.group(1) not in ("wearing", "holding", "sitting"):
                    attrs[n]["details"].append(verb.group(1))
                elif verb and verb.group(1) == "sitting":
                    attrs[n]["details"].append("sitting")
        added = []
        for n in nouns:
            if len(self.scene.subjects) >= self.max_subjects:
                self.note("note_max_subjects", n=self.max_subjects)
                break
            a = attrs[n]
            subject = Subject(
                id=f"s{self.scene.next_id}",
                kind=ms[n].key,
                colour=a.get("colour"),
                size=a.get("size"),
                position=a.get("position"),
                details=tuple(dict.fromkeys(a["details"])),
            )
            self.scene = self.scene.model_copy(
                update={
                    "subjects": (*self.scene.subjects, subject),
                    "next_id": self.scene.next_id + 1,
                    "focus": subject.id,
                }
            )
            self.changes.append(Change(op="add", subject=subject.id, after=subject.kind))
            added.append(subject.id)
        return added

    def target(self, text: str, ms: Sequence[GMention]) -> Subject | None:
        """The subject a segment is about: a noun in the scene, "the red one", "it", or the only one."""
        subjects = self.scene.subjects
        for m in ms:
            if m.kind in ("noun", "shape"):
                fits = [s for s in subjects if s.kind == m.key]
                if fits:
                    focus = next((s for s in fits if s.id == self.scene.focus), None)
                    return focus or fits[-1]
        marker = lx.first_index(text, lx.TARGET_MARKERS)
        source_end = marker[0] if marker else len(text)
        for m in ms:
            if m.kind == "colour" and m.end <= source_end and re.search(r"one|个|的", text[m.end : m.end + 5]):
                fits = [s for s in subjects if s.colour == m.key]
                if fits:
                    return fits[0]
        if self.scene.focus and self.scene.subject(self.scene.focus):
            return self.scene.subject(self.scene.focus)
        return subjects[-1] if subjects else None

    def set_attribute(self, subject: Subject, field: str, value: object) -> Subject:
        before = getattr(subject, field)
        if before == value:
            return subject
        updated = subject.with_(**{field: value})
        self.scene = self.scene.replace_subject(updated)
        self.changes.append(
            Change(op="set", subject=subject.id, attribute=field, before=_shown(before), after=_shown(value))
        )
        return updated

    def remove_subject(self, subject: Subject) -> None:
        remaining = tuple(s for s in self.scene.subjects if s.id != subject.id)
        focus = remaining[-1].id if remaining else None
        self.scene = self.scene.model_copy(update={"subjects": remaining, "focus": focus})
        self.changes.append(Change(op="remove", subject=subject.id, before=subject.kind))

    def fold(self, phrase: str) -> None:
        phrase = phrase.strip(" ,.;，。；!！")
        if not phrase or phrase in self.scene.extras:
            return
        self.scene = self.scene.model_copy(update={"extras": (*self.scene.extras, phrase)})
        self.changes.append(Change(op="add", attribute="details", after=phrase))

    # a new picture -------------------------------------------------------------------------------

    def new_scene(self, text: str) -> None:
        ms = list(find(text))
        # "a knight in a dark castle", "城堡里的骑士": a place-like noun after "in" is the setting.
        nouns = [m for m in ms if m.kind == "noun"]
        if len(nouns) > 1 and not any(x.kind == "setting" for x in ms):
            for m in nouns:
                if m.key in PLACE_NOUNS and (
                    _PLACE_BEFORE_EN.search(text[: m.start]) or _PLACE_AFTER_ZH.match(text[m.end :])
                ):
                    ms = [GMention("setting", x.key, x.start, x.end) if x is m else x for x in ms]
                    break
        self.scene_words(text, ms)
        self.add_subjects(text, ms)
        leftover = _leftover(text, ms, self.lang)
        if leftover:
            self.fold(leftover)

    # an edit -------------------------------------------------------------------------------------

    def edit(self, segment: str) -> None:
        ms = find(segment)
        bg = self.scene.background or ""
        # "change the castle to a forest": a noun that names the current setting is the setting.
        ms = [
            GMention("setting", m.key, m.start, m.end)
            if m.kind == "noun" and (bg == m.key or bg.endswith(" " + m.key))
            else m
            for m in ms
        ]
        if lx.contains_word(segment, lx.REMOVE_WORDS):
            self._remove(segment, ms)
            return
        scene_level = self.scene_words(segment, ms, replace=True)
        in_scene = {s.kind for s in self.scene.subjects}
        nouns = [m for m in ms if m.kind in ("noun", "shape")]
        new_nouns = [m for m in nouns if m.key not in in_scene]
        adding = lx.contains_word(segment, lx.ADD_WORDS + ("another", "also", "too", "画")) is not None
        changing_kind = lx.first_index(segment, lx.TARGET_MARKERS) is not None or re.search(
            r"\b(?:make|turn) (?:it|him|her|them|this|that) (?:a|an|into)\b|变成|换成|改成", segment
        )
        items = [m for m in ms if m.kind in ("worn", "held")]
        if new_nouns and not adding and not changing_kind and self.scene.subjects and not scene_level:
            # A bare noun phrase with no verb ("with big trees"): kept verbatim rather than guessed at.
            self.fold(segment)
            return
        if new_nouns and (adding or not changing_kind or not self.scene.subjects):
            only_new = [m for m in ms if not (m.kind in ("noun", "shape") and m.key in in_scene)]
            self.add_subjects(segment, only_new)
            return
        subject = self.target(segment, ms)
        handled = scene_level
        if new_nouns and subject is not None:  # "turn the fox into a wolf", "make it a cat"
            subject = self.set_attribute(subject, "kind", new_nouns[-1].key)
            handled = True
        if items and not new_nouns and self._recolour_item(segment, ms):
            return
        if items and subject is not None and subject.kind in gl.INANIMATE and not nouns:
            living = [s for s in self.scene.subjects if s.kind not in gl.INANIMATE]
            subject = living[-1] if living else subject
        if items and subject is not None:
            item_colour = _items_colour(segment, ms)
            details = list(subject.details)
            for i, m in enumerate(ms):
                if m.kind in ("worn", "held"):
                    phrase = _item_phrase(m, item_colour.get(i - 1))
                    details = [d for d in details if not d.endswith(" " + m.key)] + [phrase]
            subject = self.set_attribute(subject, "details", tuple(details))
            handled = True
        item_colours = set(_items_colour(segment, ms))
        for field in ("colour", "size", "position"):
            values = [m for i, m in enumerate(ms) if m.kind == field and i not in item_colours]
            if not values or subject is None:
                continue
            marker = lx.first_index(segment, lx.TARGET_MARKERS)
            after = [m for m in values if marker is not None and m.start >= marker[0]]
            fresh = [m for m in values if m.key != getattr(subject, field)]
            chosen = (after or fresh or values)[-1]
            subject = self.set_attribute(subject, field, chosen.key)
            handled = True
        if not handled and not scene_level:
            self.fold(segment)

    def _recolour_item(self, segment: str, ms: Sequence[GMention]) -> bool:
        """ "make the scarf blue": an item a subject already has, and a colour."""
        colours = [m for m in ms if m.kind == "colour"]
        named = [m for m in ms if m.kind in ("worn", "held")]
        if not colours or not named or any(m.kind in ("noun", "shape") for m in ms):
            return False
        for subject in self.scene.subjects:
            details = list(subject.details)
            for i, d in enumerate(details):
                if d.endswith(" " + named[0].key):
                    details[i] = _item_phrase(named[0], colours[-1].key)
                    self.set_attribute(subject, "details", tuple(details))
                    return True
        return False

    def _remove(self, segment: str, ms: Sequence[GMention]) -> None:
        items = [m for m in ms if m.kind in ("worn", "held")]
        if items:
            subject = self.target(segment, [m for m in ms if m.kind != "colour"])
            if subject is not None:
                keys = {m.key for m in items}
                kept = tuple(d for d in subject.details if not any(d.endswith(" " + k) for k in keys))
                self.set_attribute(subject, "details", kept)
            return
        for kind, field in (("style", "style"), ("season", "season"), ("time", "time_of_day"), ("weather", "weather")):
            if any(m.kind == kind for m in ms):
                self.set_field(field, None)
                return
        nouns = [m for m in ms if m.kind in ("noun", "shape")]
        for m in nouns:
            fits = [s for s in self.scene.subjects if s.kind == m.key]
            if fits:
                self.remove_subject(fits[-1])
        if nouns:
            return
        settings = [m for m in ms if m.kind == "setting"]
        if settings:
            bg = self.scene.background or ""
            if settings[0].key == "snow" and bg.startswith("snowy "):  # "remove the snow": keep the forest
                self.set_field("background", bg.removeprefix("snowy "))
            elif settings[0].key == "snow" and self.scene.weather == "snow":
                self.set_field("weather", None)
            else:
                self.set_field("background", None)
            return
        subject = self.target(segment, ms)
        if subject is None:
            self.note("note_remove_unclear")
            return
        self.remove_subject(subject)


def _shown(value: object) -> str | None:
    text = ", ".join(value) if isinstance(value, tuple) else value
    return text or None


def _nearest(nouns: list[int], i: int, *, prefer_before: bool) -> int:
    before = [n for n in nouns if n < i]
    after = [n for n in nouns if n > i]
    if prefer_before:
        return before[-1] if before else after[0]
    return after[0] if after else before[-1]


def _leftover(text: str, ms: Sequence[GMention], lang: str) -> str:
    """Words no rule used, kept verbatim so the prompt stays faithful ("" when only glue words remain)."""
    chars = list(text)
    for m in ms:
        chars[m.start : m.end] = [" "] * (m.end - m.start)
    rest = "".join(chars)
    if lang == "zh":
        rest = re.sub(r"风格|画风|样式|背景|场景|画面|图片|一下", " ", rest)
        rest = FUNCTION_ZH.sub(" ", rest)
        runs = [r for r in re.findall(r"[\u4e00-\u9fff]{2,}", rest)]
        return "".join(runs)
    words = [w for w in re.findall(r"[a-z][a-z'-]*", rest) if w not in STOPWORDS_EN and not w.endswith("ing")]
    return " ".join(words)
