"""Scene -> words: the prompt the painter reads and the sentences the chat shows.

Shapes-world scenes are phrased exactly like the bundled model's training
captions (``canonical_caption``); anything else is phrased generically.
"""

from __future__ import annotations

import re

from core.language import general_lexicon as gl
from core.scene import Scene, Subject
from core.world import vocab
from core.world.sample import canonical_caption
from core.world.scene import WorldObject, WorldScene


def to_world_scene(scene: Scene) -> WorldScene | None:
    """The shapes-world view of a scene, or None when it is not one."""
    if scene.extras or scene.style or scene.background not in vocab.COLOURS or not scene.subjects:
        return None
    if scene.season or scene.time_of_day or scene.weather:
        return None
    objects = []
    for s in scene.subjects:
        if s.kind not in vocab.SHAPES or s.colour not in vocab.COLOURS or s.size not in vocab.SIZES:
            return None
        if s.position not in vocab.POSITIONS or s.details:
            return None
        objects.append(WorldObject(shape=s.kind, colour=s.colour, size=s.size, position=s.position))
    world = WorldScene(background=scene.background, objects=tuple(objects))
    try:
        world.validate()
    except ValueError:
        return None
    return world


def _word(kind: str, key: str | None, lang: str) -> str:
    table = {"colour": vocab.COLOURS, "shape": vocab.SHAPES, "size": vocab.SIZES, "position": vocab.POSITIONS}[kind]
    term = table.get(key or "")
    if term is None:
        if lang == "zh" and key:  # general nouns and colours: the composer's bilingual lexicon
            general = {"colour": "xcolour", "shape": "noun"}.get(kind)
            return (gl.zh_word(general, key) if general else None) or key
        return key or ""
    return term.zh if lang == "zh" else term.en


def _detail(detail: str, lang: str) -> str:
    """ "wearing a red scarf" -> "戴着红色围巾" in Chinese; free phrases stay as written."""
    if lang != "zh":
        return detail
    match = re.fullmatch(r"(wearing|holding) (?:an? )?(?:(\w+) )?(.+)", detail)
    if not match:
        return detail
    verb, colour, item = match.groups()
    table = "worn" if verb == "wearing" else "held"
    if colour and not (colour in vocab.COLOURS or colour in gl.EXTRA_COLOURS):
        item, colour = f"{colour} {item}", None
    word = gl.zh_word(table, item)
    if word is None:
        return detail
    shade = _word("colour", colour, lang) if colour else ""
    return ("戴着" if verb == "wearing" else "拿着") + shade + word


_PREPOSITION = {
    "space": "in outer space",
    "sky": "in the sky",
    "night sky": "under a starry night sky",
    "ocean": "on the ocean",
    "mountains": "in the mountains",
    "city": "in a city",
    "snow": "in the snow",
    "moon": "on the moon",
    "underwater": "underwater",
}
_PHRASES = {"day": "in daylight", "sunny": "on a sunny day", "fog": "in the fog", "storm": "in a storm"}
_ON = ("beach", "island", "lake", "river", "sofa", "hill", "roof", "farm", "bridge")


def describe_setting(scene: Scene, lang: str) -> list[str]:
    """The setting, season, time of day and weather of a general scene, as prompt phrases."""
    parts = []
    bg = scene.background
    if bg is not None and bg not in vocab.COLOURS:
        words = bg.split(" ")
        setting = next((k for k in (*gl.SETTINGS, *gl.NOUNS) if bg == k or bg.endswith(" " + k)), None)
        if lang == "zh":
            zh = (gl.zh_word("setting", setting) or gl.zh_word("noun", setting)) if setting else None
            modifier = bg[: -len(setting)].strip() if setting else ""
            mod_zh = gl.zh_word("modifier", modifier) if modifier else ""
            parts.append(f"背景是{mod_zh or modifier}{zh}" if zh else f"背景是{bg}")
        elif setting is not None:
            if bg in _PREPOSITION:
                parts.append(_PREPOSITION[bg])
            else:
                prep = "on" if setting in _ON else "in"
                parts.append(f"{prep} {'an' if words[0][:1] in 'aeiou' else 'a'} {bg}")
        else:
            parts.append(f"{bg} background" if len(words) <= 3 else bg)
    for field, table, en in (
        ("season", "season", "in {}"),
        ("time_of_day", "time", "at {}"),
        ("weather", "weather", "in the {}"),
    ):
        value = getattr(scene, field)
        if value:
            phrase = _PHRASES.get(value, en.format(value))
            parts.append((gl.zh_word(table, value) or value) if lang == "zh" else phrase)
    return parts


def describe_subject(s: Subject, lang: str) -> str:
    size, colour = _word("size", s.size, lang), _word("colour", s.colour, lang)
    kind = _word("shape", s.kind, lang)
    details = ""
    if s.details:
        details = ("，" if lang == "zh" else " ") + ("，".join if lang == "zh" else " and ".join)(
            _detail(d, lang) for d in s.details
        )
    if lang == "zh":
        where = f"{_word('position', s.position, lang)}有" if s.position else ""
        adj = f"{size}的" if size else ""
        measure = gl.MEASURE_ZH.get(s.kind, "个")
        return f"{where}一{measure}{adj}{colour}{kind}{details}"
    words = " ".join(w for w in (size, colour, kind) if w)
    article = "an" if words[:1] in "aeiou" else "a"
    where = f" at the {_word('position', s.position, lang)}" if s.position else ""
    return f"{article} {words}{details}{where}"


def describe_background(background: str | None, lang: str) -> str:
    if background is None:
        return ""
    if background in vocab.COLOURS:
        word = _word("colour", background, lang)
        return f"{word}背景上" if lang == "zh" else f"on a {word} background"
    return f"{background}背景" if lang == "zh" else f"{background} background"


def compose_prompt(scene: Scene) -> str:
    """Shapes-world scenes: the training caption. Open scenes: the user's phrases as written.
    Older scenes without phrases: subjects first, then background, style and extras."""
    lang = scene.language
    world = to_world_scene(scene)
    if world is not None:
        return canonical_caption(world, lang)
    sep = "，" if lang == "zh" else ", "
    if scene.extras and all(_named_in(s, scene.extras) for s in scene.subjects if s.kind in vocab.SHAPES):
        # An open-world scene: its phrases are the user's own words, minimally edited; the
        # structured fields only index them (core.rewriter.open_text), even a "circle" of a logo.
        return sep.join(scene.extras)
    parts: list[str] = []
    subjects = [describe_subject(s, lang) for s in scene.subjects]
    setting = describe_setting(scene, lang)
    if subjects:
        head = sep.join(subjects) if lang == "zh" else " and ".join(subjects)
        if lang == "en" and setting:  # "a red fox in a snowy forest in winter": one phrase
            head, setting = " ".join([head, *setting]), []
        parts.append(head)
    parts.extend(setting)
    parts.extend(scene.extras)
    if scene.background in vocab.COLOURS:
        parts.append(describe_background(scene.background, lang))
    if scene.style:
        style = gl.zh_word("style", scene.style) if lang == "zh" else None
        parts.append(
            f"{style}风格" if style else scene.style if scene.style.endswith("style") else f"{scene.style} style"
        )
    return sep.join(p for p in parts if p)


def _named_in(subject: Subject, phrases: tuple[str, ...]) -> bool:
    """The phrases name the shape ("a croissant inside a circle"): they are the words, the subject indexes them.
    A shapes scene's leftover words ("wearing a hat") never name its shapes."""
    term = vocab.SHAPES[subject.kind]
    text = " ".join(phrases).lower()
    names = (term.en, *term.aliases_en, term.zh, *term.aliases_zh)
    return any((re.search(rf"(?<![a-z]){re.escape(n)}", text) if n.isascii() else n in text) for n in names)


# -- what changed, in the user's language ----------------------------------------------------

_FIELD_NAMES = {
    "colour": ("colour", "颜色"),
    "kind": ("shape", "形状"),
    "shape": ("shape", "形状"),
    "size": ("size", "大小"),
    "position": ("position", "位置"),
    "background": ("background", "背景"),
    "time_of_day": ("time of day", "时间"),
    "season": ("season", "季节"),
    "weather": ("weather", "天气"),
    "style": ("style", "风格"),
    "details": ("details", "细节"),
    "extras": ("other details", "其他细节"),
}
_FIELD_TABLES = {"time_of_day": "time", "season": "season", "weather": "weather", "style": "style"}


def field_name(field: str, lang: str) -> str:
    """ "time_of_day" -> "time of day" / "时间"; unknown fields keep their name with spaces."""
    en, zh = _FIELD_NAMES.get(field, (field.replace("_", " "), field.replace("_", " ")))
    return zh if lang == "zh" else en


def describe_value(field: str, value: str | tuple[str, ...] | None, lang: str) -> str:
    """A stored attribute value as the chat shows it: ("colour", "red", "zh") -> "红色"; a tuple
    (a subject's details, a scene's extras) or a joined string of details, item by item."""
    if not value:
        return "无" if lang == "zh" else "none"
    sep = "，" if lang == "zh" else ", "
    if isinstance(value, tuple) or field == "details":
        items = value if isinstance(value, tuple) else tuple(value.split(", "))
        return sep.join(_detail(item, lang) if field == "details" else item for item in items)
    if field in ("colour", "kind", "shape", "size", "position"):
        return _word("shape" if field == "kind" else field, value, lang)
    if field == "background":
        if value in vocab.COLOURS:
            return _word("colour", value, lang)
        setting = describe_setting(Scene(background=value), lang)
        return setting[0].removeprefix("背景是") if lang == "zh" and setting else value
    if lang == "zh" and field in _FIELD_TABLES:
        return gl.zh_word(_FIELD_TABLES[field], value) or value
    return value
