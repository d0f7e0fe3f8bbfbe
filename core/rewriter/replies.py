"""What the chat says after a turn: one sentence, in the language of the user's message.

"Made the circle green and removed the star." / "已把圆形改成绿色，去掉了星形。" The detailed
kept/changed record stays in the turn's changes (the History panel words it); the reply only
says what happened.
"""

from __future__ import annotations

from core.describe import compose_prompt, describe_subject
from core.rewriter.shapes import name
from core.scene import Change, Scene
from core.world import vocab

README_SECTION_EN = "“Drawing with the real Hunyuan-DiT v1.2” in the README"
README_SECTION_ZH = "README 中的“Drawing with the real Hunyuan-DiT v1.2”一节"


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
    if lang == "zh":
        return "已" + "，".join(parts) + "。"
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return text[:1].upper() + text[1:] + "."


def shapes_reply(changes: list[Change], previous: Scene, scene: Scene, lang: str) -> str:
    """The sentence for a shapes-world turn."""
    zh = lang == "zh"
    if any(c.op == "new" for c in changes):
        prompt = compose_prompt(scene.model_copy(update={"language": lang}))
        if not scene.subjects:
            return "已换好背景。" if zh else "Set the background."
        return f"已画好：{prompt}。" if zh else f"Drew {prompt}."
    parts: list[str] = []
    moved_by_swap = {c.subject for c in changes if c.op == "set" and c.attribute == "position"}
    seen_pairs: set[tuple[str | None, str | None]] = set()
    for c in changes:
        before = previous.subject(c.subject) if c.subject else None
        label = name(before, previous, lang) if before is not None else ""
        if c.op == "add" and c.subject:
            added = scene.subject(c.subject)
            if zh and added is not None:
                pos = _word("position", added.position, lang)
                size = _word("size", added.size, lang)
                parts.append(
                    f"在{pos}添加了一个{size}的{_word('colour', added.colour, lang)}{_word('shape', added.kind, lang)}"
                )
            else:
                what = describe_subject(added, lang) if added else (c.after or "")
                parts.append(f"added {what}")
        elif c.op == "remove":
            parts.append(f"去掉了{label}" if zh else f"removed {label}")
        elif c.op == "set" and c.attribute == "background":
            colour = _word("colour", c.after, lang)
            parts.append(f"把背景改成{colour}" if zh else f"made the background {colour}")
        elif c.op == "set" and c.attribute in ("colour", "size", "shape", "position") and before is not None:
            key = (c.subject, c.attribute)
            if key in seen_pairs:
                continue
            seen_pairs.add(key)
            if c.attribute == "colour":
                v = _word("colour", c.after, lang)
                parts.append(f"把{label}改成{v}" if zh else f"made {label} {v}")
            elif c.attribute == "size":
                bigger = c.after == "large"
                parts.append(
                    f"把{label}{'放大' if bigger else '缩小'}了"
                    if zh
                    else f"made {label} {'bigger' if bigger else 'smaller'}"
                )
            elif c.attribute == "shape":
                v = _word("shape", c.after, lang)
                article = "an" if v[:1] in "aeiou" else "a"
                parts.append(f"把{label}改成{v}" if zh else f"turned {label} into {article} {v}")
            else:
                v = _word("position", c.after, lang)
                if len(moved_by_swap) > 1 and c is not changes[0] and c.subject != changes[0].subject:
                    pass
                parts.append(f"把{label}移到{v}" if zh else f"moved {label} to the {v}")
    if not parts:
        return "画面没有变化。" if zh else "Nothing changed."
    return join(parts, lang)


def ack_reply(lang: str) -> str:
    return "好的，画面保持不变。" if lang == "zh" else "Glad you like it; the picture stays as it is."


def not_understood(lang: str) -> str:
    return (
        "我没看懂要改什么。可以说说要改哪个物体的颜色、大小、形状或位置吗？"
        if lang == "zh"
        else "I did not understand what to change. Which object, and what about it: colour, size, shape or position?"
    )


def outside_world(things: list[str], offer: str | None, lang: str) -> str:
    """The bundled model cannot draw ``things``: say so, offer the nearest picture, point to the README."""
    if lang == "zh":
        what = "、".join(f"“{t}”" for t in things) if things else "这些内容"
        text = f"当前加载的是内置的形状世界模型，只会画圆形、正方形、三角形和星形（八种颜色、九个位置），画不了{what}。"
        if offer:
            text += f"我可以画最接近的画面：{offer}——回复“好”就画。"
        return text + f"要画真实的画面，请看{README_SECTION_ZH}。"
    what = ", ".join(f"“{t}”" for t in things) if things else "that"
    text = (
        "The loaded model is the bundled shapes-world model: it draws only circles, squares, triangles and stars "
        f"(eight colours, nine places), so it cannot draw {what}."
    )
    if offer:
        text += f" The closest picture it can draw is {offer}; say “yes” to draw it."
    return text + f" For real pictures, see {README_SECTION_EN}."
