"""A correction that names another object right after an edit of one ("move it to the center" … "wait no I meant
the triangle, not the circle", "不是圆，我说的是三角形"): the edited object goes back as it was and the one named gets
the same change. None where the last edit was not a change of one object, or the one named is not one object."""

from __future__ import annotations

import re

from core import messages
from core.language import lexicon as lx
from core.language import words as w
from core.rewriter.shapes.clauses import clause_op
from core.rewriter.shapes.naming import name
from core.rewriter.shapes.refs import only_pronoun, read_ref, resolve
from core.scene import Change, Scene

_MEANT_OTHER = re.compile(
    r"^\s*(?:(?:wait|oh|oops|sorry|no|nope|nah|hmm+|actually)[\s,.!]+)*(?:i meant|i mean|i was talking about)\s+"
    r"(?P<en>(?:the\s+)?[a-z ]+?)(?:\s*,?\s*not\s+(?:the\s+)?[a-z ]+?)?\s*[.!]*$"
    r"|^\s*(?:(?:不是|不对)[^，,。?？]{0,8}?[\s，,]+(?:我说的是|我是说|我指的是|是)|我说的是|我指的是)\s*"
    r"(?P<zh>[^，,。！!?？吗]{1,10}?)\s*(?:啦|吧|呀)?[。！!]*$"
)
# Only the other object named, right after an edit that said "it" ("make it white" … "sorry, the star", "星星"): the
# user had another one in mind (batch 32).
_BARE_OTHER = re.compile(
    r"^\s*(?:(?:sorry|oops|no|nope|wait|oh|actually|not that one)[\s,.!]+)+(?P<en>(?:the\s+)?[a-z ]+?)"
    r"(?:\s*,?\s*(?:i mean|sorry))?\s*[.!]*$"
    r"|^\s*(?P<en2>the\s+[a-z ]+?)\s*,?\s*(?:i mean|sorry)\s*[.!]*$"
    r"|^\s*(?:(?:不是|不对|错了|搞错了|哦|呃|噢)[，,\s]*)*(?:是|我说|要)?(?P<zh>[\u4e00-\u9fff]{1,6}?)(?:啦|吧|呀|才对)?[。！!]*$"
)
_FIELDS = ("kind", "colour", "size", "position")


def meant_other(
    text: str, before: Scene | None, after: Scene, lang: str, asked: str = ""
) -> tuple[Scene, list[Change], str] | None:
    """The picture with the last edit (``asked``) moved onto the object ``text`` names, the changes that makes, and
    a note that the object edited by mistake is back as it was."""
    said = lx.normalise(text)
    m = _MEANT_OTHER.match(said)
    if m is None and only_pronoun(lx.normalise(asked)) and clause_op(said) is None:
        bare = _BARE_OTHER.match(said)
        ref = bare and (bare.group("en") or bare.group("en2") or bare.group("zh"))
        m = bare if ref and any(t.kind == "shape" for t in w.tokens(ref)) else None
    if before is None or m is None or len(before.subjects) != len(after.subjects):
        return None
    changed = [(b, a) for a in after.subjects if (b := before.subject(a.id)) is not None and b != a]
    if len(changed) != 1:
        return None
    was, now = changed[0]
    groups = m.groupdict()
    named, _ = resolve(before, read_ref(groups["en"] or groups.get("en2") or groups["zh"]), None)
    if len(named) != 1 or named[0].id == was.id:
        return None
    target = named[0]
    diffs = {f: getattr(now, f) for f in _FIELDS if getattr(was, f) != getattr(now, f)}
    moved = target.with_(**diffs)
    if "position" in diffs and any(s.position == moved.position for s in before.subjects if s.id != target.id):
        return None  # the place asked for holds another object in the picture as it was: a guess either way
    scene = before.replace_subject(moved).model_copy(update={"focus": target.id})
    changes = [
        Change(op="set", subject=target.id, attribute="shape" if f == "kind" else f, before=getattr(target, f), after=v)
        for f, v in diffs.items()
    ]
    back = name(was, before, lang)
    return scene, changes, messages.text("note_put_back", lang, name=back[:1].upper() + back[1:])
