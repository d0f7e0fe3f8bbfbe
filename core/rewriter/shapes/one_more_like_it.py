"""One more, right after an object was added, with no shape said ("右上角再来一颗，也是白色小的", "another one in the top
right"): a copy of the object just added, at the place now said, with any value said changed; the message names no
other thing it could be (batch 22). None where the last edit added no single object or no one place is said."""

from __future__ import annotations

import re

from core.language import words as w
from core.scene import Scene
from core.world import vocab

_ONE_MORE_ZH = re.compile(
    r"(?:再|也)\s*(?:来|加|放|画|添|摆)\s*(?:一)?\s*(?:颗|个|只)(?!\s*(?:[\u4e00-\u9fff]*(?:形|星|圆|方|角)))"
)
# "圆的下面也放一个一样的": the place said from an object of the picture, named by its shape
_FROM_SHAPE_ZH = re.compile(
    r"^\s*(?:在)?(?P<s>圆形|圆|正方形|方形|方块|三角形|三角|星星|星形|五角星)\s*的?\s*(?P<d>上面|下面|左边|右边|上方|下方|左侧|右侧)"
)
_SHAPE_EN = {"圆形": "circle", "圆": "circle", "正方形": "square", "方形": "square", "方块": "square", "三角形": "triangle",
             "三角": "triangle", "星星": "star", "星形": "star", "五角星": "star"}  # fmt: skip
_SIDE_EN = {"上面": "above", "上方": "above", "下面": "below", "下方": "below", "左边": "to the left of",
            "左侧": "to the left of", "右边": "to the right of", "右侧": "to the right of"}  # fmt: skip
_ONE_MORE_EN = re.compile(r"^\s*(?:and\s+|plus\s+|now\s+)?(?:another(?:\s+one)?|one more)\s+(?=(?:in|at|on|to)\s)")


def _place(toks: list[w.Tok]) -> str | None:
    keys = [t.key for t in toks if t.kind == "pos"]
    if len(keys) == 1 and keys[0] in vocab.POSITIONS:
        return keys[0]
    said = {k.split(":")[0]: k.split(":")[1] for k in keys if ":" in k}
    if len(keys) == 2 and set(said) == {"v", "h"}:
        return f"{said['v']}-{said['h']}"
    if len(said) == 1 and (len(keys) == 1 or (len(keys) == 2 and "c" in keys)):
        return next(iter(said.values()))  # "top", "the top middle", "middle left": that edge's middle cell
    return "center" if keys == ["c"] else None


def one_more_like_it(text: str, scene: Scene, before_last_edit: Scene | None) -> str | None:
    """ "add a <size> <colour> <shape> at the <place>" for "再来一颗 …" right after that object was added."""
    if before_last_edit is None or not (_ONE_MORE_ZH.search(text) or _ONE_MORE_EN.match(text)):
        return None
    added = [s for s in scene.subjects if before_last_edit.subject(s.id) is None]
    if len(added) != 1 or len(scene.subjects) != len(before_last_edit.subjects) + 1:
        return None
    like = added[0]
    anchor = _FROM_SHAPE_ZH.match(text)
    if anchor and "一样" in text and not any(t.kind == "colour" for t in w.tokens(text)):
        named = _SHAPE_EN[anchor["s"]]
        if sum(s.kind == named for s in scene.subjects) == 1 and like.kind != named:
            return f"add a {like.size} {like.colour} {like.kind} {_SIDE_EN[anchor['d']]} the {named}"
    toks = w.tokens(text)
    if any(t.kind in ("shape", "count") for t in toks):
        return None
    place = _place(toks)
    if place is None or place not in vocab.POSITIONS:
        return None
    colour = next((t.key for t in toks if t.kind == "colour"), like.colour)
    size = next((t.key for t in toks if t.kind == "size"), like.size)
    return f"add a {size} {colour} {like.kind} at the {vocab.POSITIONS[place].en}"
