"""Scene -> words: the prompt the painter reads and the sentences the chat shows.

Shapes-world scenes are phrased exactly like the bundled model's training
captions (``canonical_caption``); anything else is phrased generically.
"""

from __future__ import annotations

from core.scene import Scene, Subject
from core.world import vocab
from core.world.sample import canonical_caption
from core.world.scene import WorldObject, WorldScene


def to_world_scene(scene: Scene) -> WorldScene | None:
    """The shapes-world view of a scene, or None when it is not one."""
    if scene.extras or scene.style or scene.background not in vocab.COLOURS or not scene.subjects:
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
        return key or ""
    return term.zh if lang == "zh" else term.en


def describe_subject(s: Subject, lang: str) -> str:
    size, colour = _word("size", s.size, lang), _word("colour", s.colour, lang)
    kind = _word("shape", s.kind, lang)
    details = (" " + " ".join(s.details)) if s.details else ""
    if lang == "zh":
        where = f"{_word('position', s.position, lang)}有" if s.position else ""
        adj = f"{size}的" if size else ""
        return f"{where}一个{adj}{colour}{kind}{details}"
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
    """Subjects first, then background, style and anything folded in verbatim."""
    lang = scene.language
    world = to_world_scene(scene)
    if world is not None:
        return canonical_caption(world, lang)
    sep = "，" if lang == "zh" else ", "
    parts: list[str] = []
    subjects = [describe_subject(s, lang) for s in scene.subjects]
    if subjects:
        parts.append(sep.join(subjects) if lang == "zh" else " and ".join(subjects))
    parts.extend(scene.extras)
    if scene.background is not None:
        parts.append(describe_background(scene.background, lang))
    if scene.style:
        parts.append(scene.style)
    return sep.join(p for p in parts if p)
