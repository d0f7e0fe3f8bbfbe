"""Naming subjects back to the user, in replies, questions and change records."""

from __future__ import annotations

from core.scene import Scene, Subject
from core.world import vocab


def name(subject: Subject, scene: Scene, lang: str) -> str:
    """ "the circle", or "the red circle" when another circle is in the scene (Chinese: "圆形", "红色圆形")."""
    shape = vocab.SHAPES.get(subject.kind)
    kind = (shape.zh if lang == "zh" else shape.en) if shape else subject.kind
    twins = [s for s in scene.subjects if s.kind == subject.kind and s.id != subject.id]
    colour = vocab.COLOURS.get(subject.colour or "")
    if twins and colour is not None:
        kind = f"{colour.zh}{kind}" if lang == "zh" else f"{colour.en} {kind}"
    return kind if lang == "zh" else f"the {kind}"


def _shape_word(s: Subject, lang: str) -> str:
    shape = vocab.SHAPES.get(s.kind)
    return (shape.zh if lang == "zh" else shape.en) if shape else s.kind


def _value_word(field: str, key: str, lang: str) -> str:
    table = {"colour": vocab.COLOURS, "size": vocab.SIZES, "kind": vocab.SHAPES}[field]
    term = table.get(key)
    return (term.zh if lang == "zh" else term.en) if term else key


def _colour_word(colour: str, lang: str) -> str:
    term = vocab.COLOURS.get(colour)
    return (term.zh if lang == "zh" else term.en) if term else colour


def _describe(s: Subject, lang: str) -> str:
    """ "red circle at the top left" / "左上的红色圆形" (for questions and change records)."""
    colour = vocab.COLOURS.get(s.colour or "")
    shape = vocab.SHAPES.get(s.kind)
    pos = vocab.POSITIONS.get(s.position or "")
    if lang == "zh":
        return f"{pos.zh if pos else ''}的{colour.zh if colour else ''}{shape.zh if shape else s.kind}".lstrip("的")
    words = " ".join(x for x in ((colour.en if colour else ""), (shape.en if shape else s.kind)) if x)
    return f"{words} at the {pos.en}" if pos else words
