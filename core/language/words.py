"""The shapes world's words as the composer reads them: tokens with their place in the text.

Attribute words (colour, shape, size) come from the world's vocabulary (``core.world.vocab``)
plus the synonyms people type; positions are read as parts ("top", "left", "middle") and
put together per object, so "in the upper corner on the left", "far left, halfway down",
"画面最上面正中" and "右侧正中" need no table row of their own. Texts are normalised first
(``lexicon.normalise``: NFKC, lower case).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.world import vocab


@dataclass(frozen=True)
class Tok:
    """A word of the shapes world found in a text.

    kind: colour | shape | size | more (a size change: "bigger", "放大") | pos | one (a head
    noun standing for a shape: "the red one") | count (a number before a shape: "two").
    For pos, ``key`` is "v:top", "v:bottom", "h:left", "h:right" or "c" (centre/middle),
    or a corner "top-left" etc.
    """

    kind: str
    key: str
    start: int
    end: int


# -- surfaces --------------------------------------------------------------------------------------

SIZE_EN = {
    "small": (
        "small",
        "tiny",
        "little",
        "mini",
        "teeny",
        "smallish",
        "wee",
        "itty-bitty",
        "itty bitty",
        "teeny-tiny",
        "teensy",
        "minuscule",
        "petite",
        "pint-sized",
        "pocket-sized",
        "bite-sized",
        "itsy-bitsy",
        "itsy bitsy",
        "smol",
        "miniature",
        "compact",
    ),
    "large": (
        "large",
        "big",
        "huge",
        "giant",
        "massive",
        "enormous",
        "gigantic",
        "biggish",
        "oversized",
        "humongous",
        "jumbo",
        "mega",
        "colossal",
        "whopping",
        "king-size",
        "king-sized",
        "oversize",
        "hefty",
        "immense",
        "vast",
        "bigass",
        "chunky",
        "xl",
        "fat",
    ),
}
SIZE_ZH = {
    "small": (
        "小小的",
        "小号的",
        "小号",
        "小的",
        "迷你",
        "很小的",
        "很小",
        "细小",
        "超小",
        "特小",
        "微型",
        "小巧",
        "小",
    ),
    "large": (
        "大大的",
        "大号的",
        "大号",
        "大的",
        "巨大的",
        "巨大",
        "很大的",
        "很大",
        "超大",
        "特大",
        "硕大",
        "加大号",
        "大",
    ),
}
MORE_EN = {
    "large": ("bigger", "larger", "enlarge", "enlarged", "grow", "increase", "scale up", "scale it up", "blow up",
              "biggest", "huger", "more big", "more large", "less small", "less tiny", "more huge", "upsize",
              "up a size", "a size up", "one size up", "up one size", "a size bigger", "one size bigger",
              # a multiple of the size: the world has two, so twice is the other one
              "double the size", "double its size", "twice the size", "twice its size", "double in size",
              "double it", "double that", "double them", "twice as big", "twice as large"),
    "small": ("smaller", "shrink", "shrunk", "reduce", "scale down", "scale it down", "tinier", "smallest",
              "more small", "more tiny", "less big", "less large", "more little", "downsize",
              "down a size", "a size down", "one size down", "down one size", "a size smaller", "one size smaller",
              "half the size", "half its size", "half as big", "half as large", "halve the size", "halve its size",
              "halve it", "halve that", "halve them"),
}  # fmt: skip
MORE_ZH = {
    "large": (
        "放大",
        "变大",
        "改大",
        "调大",
        "大一点",
        "大一些",
        "大些",
        "大点",
        "加大",
        "弄大",
        "扩大",
        "大一号",
        "大一圈",
        "搞大",
        "整大",
    ),
    "small": (
        "缩小",
        "变小",
        "改小",
        "调小",
        "小一点",
        "小一些",
        "小些",
        "小点",
        "弄小",
        "减小",
        "小一号",
        "小一圈",
        "搞小",
        "整小",
    ),
}
SHAPE_EXTRA_EN = {
    "circle": ("circles", "discs", "disks", "dot", "dots", "round shape", "ring", "round", "ball", "balls"),
    "square": ("squares", "boxes", "rectangle", "rectangles"),
    "triangle": ("triangles", "tri"),
    "star": ("stars", "five-pointed stars"),
}
SHAPE_EXTRA_ZH = {"circle": ("圆点", "圆圈儿"), "square": ("正方块", "方框"), "triangle": (), "star": ("星儿",)}
COLOUR_EXTRA_EN = {"purple": ("lilac", "magenta"), "orange": ("amber",), "white": ("snow-white",)}
COLOUR_EXTRA_ZH = {"orange": ("橘黄", "橘", "桔色"), "white": ("雪白",), "black": ("漆黑",), "purple": ("紫罗兰色",)}

POS_EN = {
    "v:top": ("top", "upper", "topmost", "uppermost", "above the middle"),
    "v:bottom": ("bottom", "lower", "bottommost", "lowest", "lowermost"),
    "h:left": ("left", "leftmost", "left-hand"),
    "h:right": ("right", "rightmost", "right-hand"),
    "c": ("center", "centre", "middle", "central", "centered", "centred", "centrally", "halfway", "midway",
          "mid", "dead center", "dead centre", "vertically centered", "vertically centred"),
}  # fmt: skip
POS_ZH = {
    "top-left": ("左上角", "左上方", "左上边", "左上", "上左"),
    "top-right": ("右上角", "右上方", "右上边", "右上", "上右"),
    "bottom-left": ("左下角", "左下方", "左下边", "左下", "下左"),
    "bottom-right": ("右下角", "右下方", "右下边", "右下", "下右"),
    "v:top": ("最顶上", "最顶部", "最顶端", "正上方", "最上面", "最上方", "最上边", "上方", "上面", "上边", "顶部", "顶端", "上部", "上侧", "顶上", "上端", "正上"),
    "v:bottom": ("最底下", "最底部", "最底端", "最底层", "底下", "正下方", "最下面", "最下方", "最下边", "下方", "下面", "下边", "底部", "底端", "下部", "下侧", "下端", "正下"),
    "h:left": ("最左边", "最左侧", "左侧", "左边", "左面", "左方", "左端", "左"),
    "h:right": ("最右边", "最右侧", "右侧", "右边", "右面", "右方", "右端", "右"),
    "c": ("正中间", "正中央", "正中心", "正中", "中间", "中央", "中心", "居中", "中部", "当中"),
}  # fmt: skip

# "right in the middle", "all right", "that's right": not a side. "left" as in "how many are left".
_NOT_SIDE = re.compile(
    r"(?<!the )(?<!top )(?<!upper )(?<!lower )(?<!bottom )(?<!far )(?<![a-z]-)right(?!\s+(?:up|down)\s+corner)(?=\s+(?:in|into|at|under|over|above|below|beneath|next|now|there|here|away|by|after|before|on top|up|down|"
    r"across|behind|beside|along|where|the way|then)\b)|(?<=all )right|(?<=that's )right|(?<=that is )right"
    # "not quite right", "it doesn't look right", "still not right": a complaint, not a side
    r"|(?<=quite )right|(?<=exactly )right|(?<=look )right|(?<=looks )right|(?<=feel )right|(?<=feels )right"
    r"|(?<=seem )right|(?<=seems )right|(?<=still not )right|(?<=isn't )right|(?<=is not )right"
    # ("position is left down corner", "is left up corner": a learner's corner, not what remains)
    r"|(?<=\bare )left\b(?!\s+(?:side|corner|edge|half|top|bottom|(?:up|down)\s+corner))"
    r"|(?<!position is )(?<!place is )(?<=\bis )left\b(?!\s+(?:side|corner|edge|half|top|bottom|(?:up|down)\s+corner))"
    r"|(?<=\bbe )left\b(?!\s+(?:side|corner|edge|half|top|bottom|(?:up|down)\s+corner))|(?<=\bones )left\b|(?<=\bshapes )left\b"
    r"|(?<=\bobjects )left\b|(?<=\bstill )left\b|left(?= over\b)"
)
# "粉红色" (pink), "桃红", "玫红": a colour outside the world whose name holds 红, not red (batch 23 zh-029)
_NOT_WORLD_COLOUR = re.compile(r"粉红|桃红|玫瑰?红")
# Numbers before a shape make it a count ("two circles"), not an object of its own.
COUNT_EN = {"two": 2, "three": 3, "2": 2, "3": 3, "both": 2, "pair of": 2}
COUNT_ZH = {"两个": 2, "三个": 3, "2个": 2, "3个": 3, "两": 2, "三": 3}


def _surfaces_for(kind: str) -> list[tuple[str, str, bool]]:
    rows: list[tuple[str, str, bool]] = []
    if kind in ("colour", "shape"):
        table = vocab.table(kind)
        extra_en = COLOUR_EXTRA_EN if kind == "colour" else SHAPE_EXTRA_EN
        extra_zh = COLOUR_EXTRA_ZH if kind == "colour" else SHAPE_EXTRA_ZH
        for key, term in table.items():
            for en in {term.en.lower(), key, *term.aliases_en, *extra_en.get(key, ())}:
                rows.append((en, key, False))
            for zh in {term.zh, *term.aliases_zh, *extra_zh.get(key, ())}:
                rows.append((zh, key, True))
    elif kind == "size":
        rows += [(w, key, False) for key, ws in SIZE_EN.items() for w in ws]
        rows += [(w, key, True) for key, ws in SIZE_ZH.items() for w in ws]
    elif kind == "more":
        rows += [(w, key, False) for key, ws in MORE_EN.items() for w in ws]
        rows += [(w, key, True) for key, ws in MORE_ZH.items() for w in ws]
    elif kind == "pos":
        rows += [(w, key, False) for key, ws in POS_EN.items() for w in ws]
        rows += [(w, key, True) for key, ws in POS_ZH.items() for w in ws]
    return rows


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, str, str, int], ...]:
    rows = []
    # "more" before "size" so "放大"/"bigger" win over "大"; longest first overall.
    for kind in ("more", "shape", "colour", "size", "pos"):
        for surface, key, is_zh in _surfaces_for(kind):
            if is_zh:
                pattern = re.compile(re.escape(surface))
            else:
                body = re.escape(surface).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                pattern = re.compile(rf"(?<![a-z]){body}(?![a-z])")
            rows.append((pattern, kind, key, len(surface)))
    # "变成方的", "圆的那个": a shape said as an adjective, not the 方 of 下方 / 方向.
    rows.append((re.compile(r"(?<![上下左右前后地大四长])方的"), "shape", "square", 2))
    # "左下大红方", "小黄方": 方 right after a colour or size is the square, not the 方 of 下方 / 方向.
    rows.append((re.compile(r"(?<=[红橙黄绿蓝紫白黑大小色])方(?![向面法式便块形框位])"), "shape", "square", 1))
    # "in left down corner": word order of a learner; "left up" alone is a size change ("scale … up").
    for corner, (v, h) in {"top-left": ("up", "left"), "top-right": ("up", "right"), "bottom-left": ("down", "left"),
                           "bottom-right": ("down", "right")}.items():  # fmt: skip
        rows.append((re.compile(rf"(?<![a-z])(?:{h}[\s-]+{v}|{v}[\s-]+{h})(?=\s+corner)"), "pos", corner, 9))
        # "in the corner down right", "corner up left"
        rows.append((re.compile(rf"(?<=corner )(?:{h}[\s-]+{v}|{v}[\s-]+{h})(?![a-z])"), "pos", corner, 9))
        # "place is down-left", "go to up-right": a learner's hyphenated corner, even with no "corner" after it
        rows.append((re.compile(rf"(?<![a-z])(?:{v}-{h}|{h}-{v})(?![a-z-])"), "pos", corner, 7))
    # "up in the corner on the right", "down at the bottom", "up top": up / down as the row
    rows.append(
        (re.compile(r"(?<![a-z])up(?=\s+(?:in|at|on)\s+the\s+(?:[a-z]+\s+)?corner|\s+top\b)"), "pos", "v:top", 2)
    )
    rows.append(
        (re.compile(r"(?<![a-z])down(?=\s+(?:in|at|on)\s+the\s+(?:[a-z]+\s+)?corner|\s+low\b)"), "pos", "v:bottom", 4)
    )
    rows.append((re.compile(r"(?<![a-z])ones?(?![a-z'])"), "one", "one", 3))
    # Generic heads: "the red shape", "that thing", "那个图形".
    rows.append(
        (
            re.compile(r"(?<![a-z])(?:shapes?|things?|objects?|figures?)(?![a-z])|图形|形状(?!改|换|变)|东西"),
            "one",
            "one",
            5,
        )
    )
    for word in COUNT_EN:
        rows.append((re.compile(rf"(?<![a-z]){re.escape(word)}(?![a-z])"), "count", word, len(word)))
    for word in COUNT_ZH:
        rows.append((re.compile(re.escape(word)), "count", word, len(word)))
    return tuple(sorted(rows, key=lambda r: -r[3]))


@lru_cache(maxsize=1)
def _needled() -> tuple[tuple[re.Pattern, str, str, int, str], ...]:
    """The patterns with a literal every match contains (a surface's first word, a Chinese surface), or ""."""
    out = []
    for pattern, kind, key, length in _patterns():
        src = pattern.pattern
        literal = re.fullmatch(r"\(\?<!\[a-z\]\)((?:[a-z0-9]|\\-|')+)(?=\(\?!|\[)(?:.*)", src)
        if literal:
            needle = literal.group(1).replace("\\-", "")
        elif re.fullmatch(r"[\u4e00-\u9fff0-9a-z]+", src):
            needle = src
        else:
            needle = ""
        out.append((pattern, kind, key, length, needle))
    return tuple(out)


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[Tok, ...]:
    """Shapes-world words in ``text`` (normalised), left to right, no overlaps; longest match wins."""
    taken = bytearray(len(text))
    for m in (*_NOT_SIDE.finditer(text), *_NOT_WORLD_COLOUR.finditer(text)):
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    found: list[Tok] = []
    for pattern, kind, key, _, needle in _needled():
        if needle and needle not in text:
            continue  # the pattern's first word is not in the text: it cannot match (this is the hot path)
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            if kind == "one" and not _is_head_one(text, start, end):
                continue
            if kind == "size" and not _is_size(text, key, start, end):
                continue
            if kind == "count" and not _is_count(text, key, end):
                continue
            taken[start:end] = b"\x01" * (end - start)
            found.append(Tok(kind, key, start, end))
    return tuple(sorted(found, key=lambda t: t.start))


def _is_head_one(text: str, start: int, end: int) -> bool:
    """ "the red one", "a small one": a head noun; not "one big circle", "one cell left", "one of them"."""
    after = text[end:].lstrip()
    if re.match(r"(?:of|cell|step|spot|notch|more|by|row|column)\b|[:：]", after):
        return False
    before = text[:start].rstrip()
    if re.search(r"(?:^|[\s,.;:!?])(?:no|any|every|some)$", before):
        return False
    # "one big orange circle": a numeral before attribute words and a shape.
    return _NUMERAL.match(after) is None


_ATTR = r"(?:small|tiny|little|mini|large|big|huge|giant|massive|red|orange|yellow|green|blue|purple|white|black)"
# ("one red color triangle": a colour said with "color" after it is still an attribute word)
_NUMERAL = re.compile(
    rf"(?:{_ATTR}(?:[\s-]+colou?r(?:ed)?)?[\s,]+){{0,3}}(?:circle|square|triangle|star|disc|box)|{_ATTR}[\s,]+{_ATTR}\b"
)


# What may follow a bare 大/小 that sizes one of the world's objects: a shape, a colour, 的, a measure word…
_SIZE_FOLLOW_ZH = frozenset("圆方三星正菱圈点红橙黄绿蓝紫白黑灰粉金银的号一个些点小大得了吧啦呀么块型些")

_PLACE_FOLLOW_ZH = re.compile(r"(?:[左右][上下]|[左右](?:边|侧)|[上下](?:面|方|边)|中间|中央|背景)")


def _is_size(text: str, key: str, start: int, end: int) -> bool:
    word = text[start:end]
    if word == "little" and re.match(r"\s+(?:bit|more|less|too|smaller|bigger|larger|higher|lower)\b", text[end:]):
        return False  # "a little smaller": an adverb
    if word == "big" and re.match(r"\s+(?:enough|deal)\b", text[end:]):
        return False
    if word in ("大", "小") and end < len(text):
        nxt = text[end]
        if text[end : end + 2] in ("图形", "图案", "形状", "物体"):
            return True  # "三个小图形": the size of every shape
        if _PLACE_FOLLOW_ZH.match(text, end):
            return True  # "三角紫小右上": terse words run together when the spaces go; a place or 背景 is no noun
        if "a" <= nxt <= "z" or ("\u4e00" <= nxt <= "\u9fff" and nxt not in _SIZE_FOLLOW_ZH):
            return False  # "一个小logo的草稿", "小房间": the size of another noun
    # A bare 大/小 counts as an adjective or in a complaint ("大的", "太大了", "大星星"), not in 大小 / 大家.
    if word in ("大", "小") and (
        text[start : end + 1]
        in ("大小", "大家", "小时", "大概", "小心", "小朋", "小孩", "小学", "大人", "小姐", "大学")
        or text[start - 1 : end] in ("大小", "最大")
    ):
        return text[start - 1 : end] == "最大"
    return True


def _is_count(text: str, word: str, end: int) -> bool:
    """A count only when a shape word follows closely ("two circles", "两个圆", "三个小的三角形")."""
    after = text[end : end + 30]
    if re.match(
        r"\s*(?:个|种)?\s*(?:图形|形状|东西|物体|元素|(?:different |kinds of )?(?:shapes|objects|things|items))", after
    ):
        return False  # "三个图形：…", "three shapes: …": how many follow, each described on its own
    shapes = r"circle|square|triangle|star|disc|圆|方|三角|星"
    if word in ("两", "三"):
        return re.match(r"\s*(?:个|只|颗|枚)", after) is not None and re.search(shapes, after) is not None
    return (
        re.match(rf"\s*(?:[a-z]+\s+){{0,3}}(?:{shapes})|\s*(?:个)?[^，。,.;；:：]{{0,6}}(?:{shapes})", after)
        is not None
    )


# Things people call a shape by ("the sun" for a yellow circle, "月亮" for a white one, "the tree" for a
# triangle): a reference may use them; they never make an object of their own.
NICKNAMES = {
    "circle": ("sun", "moon", "ball", "balloon", "apple", "planet", "wheel", "coin", "plate", "bubble", "eye", "face",
               "clock", "donut", "cookie", "pizza", "cup", "orange", "太阳", "月亮", "球", "气球", "苹果", "星球", "轮子", "灯"),
    "square": ("house", "box", "window", "building", "book", "gift", "present", "table", "screen", "cube", "door",
               "cottage", "cabin", "castle", "robot", "car", "train", "房子", "盒子", "窗户", "楼", "书", "城堡", "机器人"),
    "triangle": ("tree", "mountain", "pyramid", "roof", "tent", "sail", "boat", "sailboat", "hill", "peak", "cone",
                 "arrow", "lighthouse", "山", "屋顶",
                 "树", "金字塔", "帐篷", "船"),
    "star": ("starfish", "sparkle", "snowflake", "firework", "flower", "butterfly", "星", "雪花", "花", "烟花"),
}  # fmt: skip


def nickname(text: str) -> str | None:
    """The shape a thing's name in ``text`` stands for ("make the sun smaller" -> circle), if any."""
    tok = nickname_tok(text)
    return tok.key if tok else None


@lru_cache(maxsize=1)
def _nickname_pattern() -> tuple[re.Pattern, dict[str, str]]:
    shape_of = {n: key for key, nouns in NICKNAMES.items() for n in nouns if n not in ("orange", "星", "box")}
    # "orange" is a colour, 星 part of 星星, "box" a shape word already.
    en = sorted((n for n in shape_of if n.isascii()), key=len, reverse=True)
    zh = sorted((n for n in shape_of if not n.isascii()), key=len, reverse=True)
    body = rf"(?<![a-z])(?:{'|'.join(map(re.escape, en))})(?=s?(?![a-z]))|{'|'.join(map(re.escape, zh))}"
    return re.compile(body), shape_of


@lru_cache(maxsize=4096)
def nickname_tok(text: str) -> Tok | None:
    """The first thing's name in ``text`` as a shape token (its span, the shape it stands for)."""
    pattern, shape_of = _nickname_pattern()
    m = pattern.search(text)
    if m is None:
        return None
    end = m.end() + (1 if m.group(0).isascii() and text[m.end() : m.end() + 1] == "s" else 0)
    return Tok("shape", shape_of[m.group(0)], m.start(), end)


# -- positions ---------------------------------------------------------------------------------------

CORNERS = {("top", "left"): "top-left", ("top", "right"): "top-right", ("bottom", "left"): "bottom-left",
           ("bottom", "right"): "bottom-right"}  # fmt: skip


def compose_position(toks: list[Tok]) -> str | None:
    """Position parts to one cell: "upper" + "left" -> top-left; "top" + "middle" -> top; "middle" -> center."""
    v = h = None
    centre = False
    for t in toks:
        if t.kind != "pos":
            continue
        if t.key in vocab.POSITIONS:  # a Chinese corner word
            vv, hh = t.key.split("-")
            v, h = v or vv, h or hh
        elif t.key.startswith("v:"):
            v = v or t.key[2:]
        elif t.key.startswith("h:"):
            h = h or t.key[2:]
        else:
            centre = True
    if v and h:
        return CORNERS[(v, h)]
    if v:
        return v
    if h:
        return h
    return "center" if centre else None


def position_parts(position: str) -> tuple[str | None, str | None]:
    """(row word, column word) of a cell: top-left -> ("top", "left"), top -> ("top", None), center -> (None, None)."""
    p = vocab.POSITIONS[position]
    return ({0: "top", 2: "bottom"}.get(p.row), {0: "left", 2: "right"}.get(p.col))


def cell(col: int, row: int) -> str | None:
    return next((k for k, p in vocab.POSITIONS.items() if p.col == col and p.row == row), None)
