"""Two objects trading colours said without the word "swap" ("make the red one green and the green one
red", "黑白互换", "红蓝对调"): rewritten as one swap before the clauses are read, since applied one clause
after the other the second would find two objects of the new colour."""

from __future__ import annotations

import re

from core.language import words as w
from core.scene import Scene, Subject
from core.world import vocab

_THEN = re.compile(r"(?<![a-z])(?:and|then|while)(?![a-z])|[,;，；、]|同时|然后|再")
_INTO = re.compile(
    r"(?<![a-z])(?:one|ones|thing)?\s*(?:to|into|becomes?|should be|is now|turns?(?: into)?)?\s*$|变成?|改成|换成|改为|变为|成$"
)
# "黑白互换", "红蓝对调", "swap black and white", "红色和蓝色换一下": two bare colours trading
_PAIR_SWAP = re.compile(
    r"^\s*(?:(?:swap|switch|exchange|trade|flip)\s+(?:the\s+)?)?(?P<a>[a-z]+|[红橙黄绿蓝紫白黑])色?\s*"
    r"(?:and|&|和|与|跟|、|/)?\s*(?:the\s+)?(?P<b>[a-z]+|[红橙黄绿蓝紫白黑])色?\s*"
    r"(?:(?:colou?rs?\s+)?(?:swap|switch|around|over)|的?颜色?(?:互换|对调|调换|交换|换一下|换换)|互换|对调|调换|交换|换一下|换换)?"
    r"\s*(?:一下)?(?:吧|please|pls)?\s*[.!。！]*\s*$"
)

ENDS_SWAP = re.compile(
    r"^\s*(?:把|那就|那)?\s*(?P<ends>上下|左右|上面和下面|下面和上面|左边和右边|右边和左边)(?:两个|的)?\s*(?:位置)?\s*"
    r"(?:换一下|换换|换一换|互换|对调|调换|交换|调一下|调过来|反过来)"
)


# "两个的 color 互换一下", "swap their colours": the two objects there trade colours
_BOTH_SWAP = re.compile(
    r"^\s*(?:把)?(?:这?两个|两者|它们|他们)\s*(?:的)?\s*(?:颜色|colou?rs?)\s*(?:互换|对调|调换|交换|换一下|换换|swap|switch)"
    r"|^\s*(?:swap|switch|exchange|trade)\s+(?:their|the two|both|the)\s+colou?rs(?![a-z])"
)
# "背景色和圆的颜色对调", "swap the background and circle colours": the background and one object trade colours
_BG_SWAP = re.compile(
    r"^\s*(?:把)?(?:(?:swap|switch|exchange|trade)\s+(?:the\s+)?)?(?:背景(?:色|颜色)?|background(?: colou?r)?|bg)\s*"
    r"(?:和|跟|与|and|&|with)\s*(?:the\s+)?(?P<obj>[^,，。.]{1,12}?)\s*(?:的)?\s*(?:颜色|colou?rs?)?\s*"
    r"(?:互换|对调|调换|交换|换一下|换换|swap|switch|(?=\s*$))"
)

# "大的变小，小的变大", "make the big one small and the small one big": the two trade sizes
_CROSSED_SIZES = re.compile(
    r"^\s*(?:把)?(?P<a>大|小)的(?:那个)?\s*(?:变|改|换)?成?(?P<b>大|小)(?:的|一点)?\s*[,，、;；]?\s*(?:再)?(?:把)?"
    r"(?P<c>大|小)的(?:那个)?\s*(?:变|改|换)?成?(?P<d>大|小)(?:的|一点)?\s*[。.!！]*$"
    r"|^\s*(?:make|turn)\s+the\s+(?P<ea>big|large|small)\s+one\s+(?P<eb>big|bigger|large|larger|small|smaller)\s*,?\s*"
    r"and\s+(?:make\s+)?the\s+(?P<ec>big|large|small)\s+one\s+(?P<ed>big|bigger|large|larger|small|smaller)\s*[.!]*$"
)


def crossed_sizes(text: str, scene: Scene) -> str:
    """The message as one size swap when the big one and the small one trade sizes; else unchanged."""
    m = _CROSSED_SIZES.match(text)
    if m is None:
        return text
    said = [m.group(k) or m.group("e" + k) for k in "abcd"]
    big = [x in ("大", "big", "bigger", "large", "larger") for x in said]
    sizes = [s.size for s in scene.subjects]
    if big != [True, False, False, True] and big != [False, True, True, False]:
        return text
    if sizes.count("large") != 1 or sizes.count("small") != 1:
        return text
    return "swap the sizes of the large one and the small one"


# "黑白反过来, invert 一下", "invert the colours": the two colours there (background and object) trade
_INVERT = re.compile(
    r"^\s*(?:把)?(?P<a>[红橙黄绿蓝紫白黑])色?(?P<b>[红橙黄绿蓝紫白黑])色?\s*(?:反过来|倒过来|颠倒|反一下|互换|对调|调换|交换)"
    r"|^\s*(?:invert|reverse)\s+(?:the\s+)?(?:colou?rs|it|everything)(?=\s*(?:$|[,.!，。]))|^\s*(?:invert|反色)(?:一下)?\s*$"
)

# "flip it", "反过来" with one object in the middle: no mirror moves it, so its colour and the background's trade
# (batch 32)
_FLIP_BARE = re.compile(
    r"^\s*(?:(?:ok|now|hmm+|那|那就)[\s,，]*)?(?:flip it|flip that|flip them|反过来|倒过来|颠倒一下|反一下)(?:吧)?(?=\s*(?:$|[,.!，。]))"
)


def _inverted(text: str, scene: Scene) -> str | None:
    m = _INVERT.match(text)
    flip = _FLIP_BARE.match(text) if m is None else None
    if flip is not None and len(scene.subjects) == 1 and scene.subjects[0].position == "center":
        m = flip
    if m is None or scene.background is None:
        return None
    colours = {s.colour for s in scene.subjects}
    if m.groupdict().get("a"):
        said = {t.key for t in w.tokens(m.group("a") + "色 " + m.group("b") + "色") if t.kind == "colour"}
        colours = said - {scene.background} if scene.background in said and len(said) == 2 else set()
    ones = [s for s in scene.subjects if s.colour in colours]
    if len(colours) != 1 or len(ones) != 1:
        return None
    one = ones[0]
    return f"background {one.colour}, and the {one.colour} {one.kind} {scene.background}"


def background_trade(text: str, scene: Scene) -> str:
    """The message as a background change and an object change when it says the two trade colours."""
    inverted = _inverted(text, scene)
    if inverted is not None:
        return inverted
    m = _BG_SWAP.match(text)
    if m is None or scene.background is None or not (m.group(0).strip() != text.strip() or _said_swap(m.group(0))):
        return text
    said = [t for t in w.tokens(m.group("obj")) if t.kind in ("shape", "colour")]
    fits = [
        s
        for s in scene.subjects
        if said and all(s.kind == t.key if t.kind == "shape" else s.colour == t.key for t in said)
    ] or (list(scene.subjects) if re.fullmatch(r"\s*(?:它|it|the object|物体)\s*", m.group("obj")) else [])
    if len(fits) != 1 or fits[0].colour == scene.background:
        return text
    one = fits[0]
    return f"background {one.colour}, and the {one.colour} {one.kind} {scene.background}" + text[m.end() :]


def _said_swap(text: str) -> bool:
    return re.search(r"swap|switch|exchange|trade|互换|对调|调换|交换|换", text) is not None


def crossed_colours(text: str, colours_there: set[str]) -> str:
    """The message as one colour swap when it says two colours trading; else the message unchanged."""
    if len(colours_there) == 2 and _BOTH_SWAP.match(text):
        a, b = sorted(colours_there)
        return f"swap the colours of the {a} one and the {b} one" + text[_BOTH_SWAP.match(text).end() :]
    pair = _PAIR_SWAP.match(text)
    if pair and (find := _colour_keys(pair.group("a") + " " + pair.group("b"))) and len(find) == 2:
        a, b = find
        said_swap = pair.group(0) != pair.group("a") + pair.group("b") and re.search(
            r"swap|switch|exchange|trade|flip|around|over|互换|对调|调换|交换|换", pair.group(0)
        )
        if a != b and said_swap and {a, b} <= colours_there:
            return f"swap the colours of the {a} one and the {b} one"
    toks = [t for t in w.tokens(text) if t.kind == "colour"]
    if len(toks) != 4:
        return text
    a, b, b2, a2 = toks
    if a.key == b.key or (a.key, b.key) != (a2.key, b2.key) or not {a.key, b.key} <= colours_there:
        return text
    if not (_INTO.search(text[a.end : b.start]) and _THEN.search(text[b.end : b2.start])):
        return text
    if not _INTO.search(text[b2.end : a2.start]) or re.search(r"[a-z\u4e00-\u9fff]", text[a2.end :].strip(" .!。！吧")):
        return text
    return f"swap the colours of the {a.key} one and the {b.key} one"


def _colour_keys(text: str) -> list[str]:
    return [t.key for t in w.tokens(text) if t.kind == "colour"]


def ends_pair(scene: Scene, clause: str) -> list[Subject] | None:
    """For "上下换一下" / "左右对调": the one object at each end of that axis, or None when the ends
    are not two single objects (then the user is asked)."""
    m = ENDS_SWAP.match(clause)
    if m is None:
        return None
    axis = "row" if "上" in m.group("ends") else "col"
    at = sorted(scene.subjects, key=lambda s: getattr(vocab.POSITIONS[s.position], axis))
    if len(at) < 2:
        return None
    lo, hi = getattr(vocab.POSITIONS[at[0].position], axis), getattr(vocab.POSITIONS[at[-1].position], axis)
    low = [s for s in at if getattr(vocab.POSITIONS[s.position], axis) == lo]
    high = [s for s in at if getattr(vocab.POSITIONS[s.position], axis) == hi]
    if lo == hi or len(low) != 1 or len(high) != 1:
        return None
    return [low[0], high[0]]
