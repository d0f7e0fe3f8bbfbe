"""A thing named, then the shape to draw it as ("a yellow sun in the top right! a circle", "加个黄色的小月亮，用圆代替"):
the shape stands in for the thing, and the words naming the shape are no second object (batch 21)."""

from __future__ import annotations

import re
from functools import lru_cache

from core.language import words as w

_SHAPES_EN = {"circle": "circle", "square": "square", "triangle": "triangle", "star": "star"}
_SHAPES_ZH = {"圆形": "圆形", "圆": "圆", "正方形": "正方形", "方块": "方块", "三角形": "三角形", "三角": "三角",
              "星星": "星星", "星形": "星形"}  # fmt: skip


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    things = [n for nouns in w.NICKNAMES.values() for n in nouns if n not in ("orange", "星", "box")]
    en = "|".join(sorted((re.escape(n) for n in things if n.isascii()), key=len, reverse=True))
    zh = "|".join(sorted((re.escape(n) for n in things if not n.isascii()), key=len, reverse=True))
    shape_en = "|".join(_SHAPES_EN)
    shape_zh = "|".join(sorted(_SHAPES_ZH, key=len, reverse=True))
    said_en = re.compile(
        rf"(?<![a-z])(?P<thing>{en})(?![a-z])(?P<mid>[^!.;?]*?)\s*[!.,;]\s*"
        rf"(?:(?:just|draw it|make it|as|like|use|it'?s|it is)\s+)?(?:a|an)\s+(?P<shape>{shape_en})"
        r"(?:\s+(?:for it|instead|then|please|is fine|will do))?\s*[.!]*\s*$"
    )
    said_zh = re.compile(
        rf"(?P<thing>{zh})(?P<mid>[^。！!？?]*?)\s*[，,]\s*(?:就)?用(?:个|一个)?(?P<shape>{shape_zh})"
        r"(?:来)?(?:代替|表示|替代|画|代表)(?:就行|吧|就好)?(?=\s*(?:$|[，,。！!]))"
    )
    # "下面画一棵小树，用绿色的小三角形": the shape after 用 with its own colour and size, ending the message
    said_zh_attrs = re.compile(
        rf"(?P<thing>{zh})(?P<mid>[^。！!？?，,]*?)\s*[，,]\s*(?:就)?用(?:个|一个)?"
        rf"(?P<attrs>(?:[红橙黄绿蓝紫白黑大小]|色|的|号)*)(?P<shape>{shape_zh})"
        r"(?:来)?(?:代替|表示|替代|画|代表)?(?:就行|吧|就好)?\s*[。！!]*\s*$"
    )
    return said_en, said_zh, said_zh_attrs


def with_stand_in(text: str) -> str:
    """``text`` with the thing said as the shape named after it ("a yellow sun … ! a circle" -> "a yellow circle …")."""
    said_en, said_zh, said_zh_attrs = _patterns()
    m = said_en.search(text)
    if m is not None:
        return text[: m.start()] + m["shape"] + m["mid"] + text[m.end() :]
    m = said_zh.search(text)
    if m is not None:
        return text[: m.start()] + m["shape"] + m["mid"] + text[m.end() :]
    m = said_zh_attrs.search(text)
    if m is not None:
        return _without_said_again(text[: m.start()], m["attrs"]) + m["attrs"] + m["shape"] + m["mid"]
    return text


_TRAILING_ATTRS = re.compile(r"(?:[红橙黄绿蓝紫白黑大小]|色|的|号)+$")


def _without_said_again(before: str, attrs: str) -> str:
    """ "画一棵小树，用绿色的小三角形": the thing's own size or colour gives way to the one the shape is said with."""
    run = _TRAILING_ATTRS.search(before)
    if run is None or not attrs:
        return before
    kept = run.group(0)
    if re.search(r"[大小]", attrs):
        kept = re.sub(r"[大小]号?的?", "", kept)
    if re.search(r"[红橙黄绿蓝紫白黑]", attrs):
        kept = re.sub(r"[红橙黄绿蓝紫白黑]色?的?", "", kept)
    return before[: run.start()] + kept
