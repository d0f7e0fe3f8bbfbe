"""What the chat says after a turn: one sentence, in the language of the user's message.

"Made the circle green and removed the star." / "已把圆形改成绿色，去掉了星形。" The detailed
kept/changed record stays in the turn's changes (the History panel words it); the reply only
says what happened.
"""

from __future__ import annotations

from core import messages
from core.describe import compose_prompt, describe_subject
from core.rewriter.shapes import name
from core.scene import Change, Scene
from core.world import vocab


def _word(kind: str, key: str | None, lang: str) -> str:
    table = {"colour": vocab.COLOURS, "shape": vocab.SHAPES, "size": vocab.SIZES, "position": vocab.POSITIONS}[kind]
    term = table.get(key or "")
    if term is None:
        return key or ""
    return term.zh if lang == "zh" else term.en


def join(parts: list[str], lang: str) -> str:
    """Clauses into one sentence: "A, B and C." / "已A，B。"."""
    if not parts:
        return ""
    say = messages.text
    if len(parts) == 1:
        clauses = parts[0]
    else:
        clauses = say("join_clause_sep", lang).join(parts[:-1]) + say("join_clause_last", lang) + parts[-1]
    text = say("join_clauses", lang, clauses=clauses)
    return text[:1].upper() + text[1:]


def shapes_reply(changes: list[Change], previous: Scene, scene: Scene, lang: str) -> str:
    """The sentence for a shapes-world turn."""
    zh = lang == "zh"
    say = messages.text
    if any(c.op == "new" for c in changes):
        prompt = compose_prompt(scene.model_copy(update={"language": lang}))
        if not scene.subjects:
            return say("reply_background_set", lang)
        return say("reply_drew", lang, prompt=prompt)
    parts: list[str] = []
    seen_pairs: set[tuple[str | None, str | None]] = set()
    # one value set twice in a message ("… orange … go black"): the sentence says the value it ends with
    final = {(c.subject, c.attribute): c for c in changes if c.op == "set"}
    for c in changes:
        before = previous.subject(c.subject) if c.subject else None
        label = name(before, previous, lang) if before is not None else ""
        if c.op == "add" and c.subject:
            added = scene.subject(c.subject)
            if zh and added is not None:  # "在右上角添加了一个小的红色圆形": Chinese says where first
                parts.append(
                    say(
                        "clause_added_at",
                        lang,
                        place=_word("position", added.position, lang),
                        size=_word("size", added.size, lang),
                        colour=_word("colour", added.colour, lang),
                        shape=_word("shape", added.kind, lang),
                    )
                )
            else:
                what = describe_subject(added, lang) if added else (c.after or "")
                parts.append(say("clause_added", lang, what=what))
        elif c.op == "remove":
            parts.append(say("clause_removed", lang, what=label))
        elif c.op == "set" and c.attribute == "background":
            parts.append(say("clause_background", lang, colour=_word("colour", c.after, lang)))
        elif c.op == "set" and c.attribute in ("colour", "size", "shape", "position") and before is not None:
            key = (c.subject, c.attribute)
            if key in seen_pairs:
                continue
            seen_pairs.add(key)
            c = final[key]
            if c.attribute == "colour":
                parts.append(say("clause_recoloured", lang, what=label, colour=_word("colour", c.after, lang)))
            elif c.attribute == "size":
                parts.append(say("clause_bigger" if c.after == "large" else "clause_smaller", lang, what=label))
            elif c.attribute == "shape":
                v = _word("shape", c.after, lang)
                article = "an" if v[:1] in "aeiou" else "a"
                parts.append(say("clause_reshaped", lang, what=label, article=article, shape=v))
            else:
                parts.append(say("clause_moved", lang, what=label, place=_word("position", c.after, lang)))
    if not parts:
        return say("reply_nothing_changed", lang)
    return join(parts, lang)


def ack_reply(lang: str) -> str:
    return messages.text("reply_ack", lang)


def not_understood(lang: str) -> str:
    return messages.text("reply_not_understood", lang)


def outside_world(things: list[str], offer: str | None, lang: str) -> str:
    """The bundled model cannot draw ``things``: say so, offer the nearest picture, point to the README."""
    what = messages.quoted(things, lang) if things else messages.text("outside_unnamed", lang)
    text = messages.text("outside_world", lang, what=what)
    if offer:
        text += messages.text("outside_offer", lang, offer=offer)
    return text + messages.text("outside_readme", lang)
