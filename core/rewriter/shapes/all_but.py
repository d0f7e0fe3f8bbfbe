"""A change to "everything except the triangle" ("make everything purple except the triangle", "除了三角形都变成紫色"):
said with the other objects named one by one, so each edit step reads an ordinary list (batch 25 en-036). Removing
is left to the remove step, which reads "except" itself. None where the kept object is not one in the picture or
two of the others would read the same."""

from __future__ import annotations

import re

from core.rewriter.shapes.cues import find_op
from core.rewriter.shapes.refs import read_ref, resolve
from core.scene import Scene, Subject
from core.world import vocab

_ALL = (
    r"(?:everything(?: else)?(?: on it| in it| in the picture)?|all of them|all the (?:shapes|objects|others)|"
    r"them all|the rest|the others|every (?:other )?(?:shape|object|thing))"
)
_BUT = r"(?:except(?: for)?|apart from|other than|but|save for)"
# "make everything purple except the triangle": the value first, the object kept at the end
_AFTER = re.compile(
    rf"(?<![a-z])(?P<all>{_ALL})(?P<mid>(?:\s+[a-z]+){{1,3}}?)\s*,?\s+{_BUT}\s+(?P<ref>the\s+[a-z]+(?:\s+[a-z]+)?)\s*[.!]*$"
)
# "make everything except the triangle purple": the object kept, then the value
_BEFORE = re.compile(rf"(?<![a-z])(?P<all>{_ALL})\s+{_BUT}\s+(?P<ref>the\s+[a-z]+(?:\s+[a-z]+)?)(?P<mid>\s+[a-z]+)?")
_ZH = re.compile(r"除了(?P<ref>[^，,。都全]{1,8}?)(?:以外|之外)?\s*[，,]?\s*(?:其他的?|别的|其余的?)?(?:都|全部|全)")


def _kept(scene: Scene, ref: str) -> tuple[list[Subject], str]:
    """The one object ``ref`` names and the words after it ("the triangle purple": the value follows it)."""
    words = ref.split()
    for n in (len(words), len(words) - 1):
        got, _ = resolve(scene, read_ref(" ".join(words[:n])), None)
        if len(got) == 1:
            return got, " ".join(words[n:])
    return [], ""


def _names(others: list[Subject], zh: bool) -> str | None:
    said = [(s.colour, s.kind) for s in others]
    if len(set(said)) != len(said):
        return None
    if zh:
        return "和".join(vocab.COLOURS[c].zh + vocab.SHAPES[k].zh for c, k in said)
    return " and ".join(f"the {c} {k}" for c, k in said)


def all_but(text: str, scene: Scene) -> str | None:
    """``text`` with "everything except X" said as the other objects by name; None when it is not that."""
    op = find_op(text)
    if len(scene.subjects) < 2 or op is not None and op[0] == "remove":
        return None
    m = _ZH.search(text)
    if m is not None:
        kept, _ = _kept(scene, m.group("ref"))
        others = [s for s in scene.subjects if s not in kept]
        names = _names(others, zh=True) if kept else None
        return None if names is None else text[: m.start()] + "把" + names + "都" + text[m.end() :]
    m = _AFTER.search(text) or _BEFORE.search(text)
    if m is None or m.start() == 0:  # "everything but the star should be red": a list is no subject of a copula
        return None
    kept, rest = _kept(scene, m.group("ref"))
    names = _names([s for s in scene.subjects if s not in kept], zh=False) if kept else None
    if names is None:
        return None
    mid = (" " + rest if rest else "") + (m.group("mid") or "")
    return text[: m.start()] + names + mid + text[m.end() :]
