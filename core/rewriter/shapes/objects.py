"""Reading a description into object slots (shape, colour, size, place), one Spec per object
named, and how many objects a picture holds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.language import words as w
from core.rewriter.shapes.cues import SEPARATORS
from core.rewriter.shapes.respective import respective_colours
from core.world import vocab

#: Where new subjects go when the user does not say: centre first, then corners.
PLACEMENT_ORDER = ("center", "top-left", "top-right", "bottom-left", "bottom-right", "top", "bottom", "left", "right")
MAX_OBJECTS = 3


@dataclass
class Spec:
    """One object as a message describes it; None where the message does not say."""

    shape: str | None = None
    colour: str | None = None
    size: str | None = None
    position: str | None = None
    pos_toks: list = field(default_factory=list)


def _complaint(text: str, t: w.Tok) -> bool:
    """ "looks tiny", "is too big", "太大了", "小得看不清": the size is the trouble, not the wish."""
    before = text[max(0, t.start - 24) : t.start]
    if re.search(
        r"(?<![a-z])(?:too|so|way too|far too|looks?|seems?|looking|appears?|feels?)\s*"
        r"(?:very |really |quite |a bit |a little |kind of |kinda |rather |too |way |so )?$",
        before,
    ):
        return True
    # A hedge is a complaint only after a copula ("the star is a bit small"); "kinda small" in a description is a wish.
    if re.search(
        r"(?<![a-z])(?:is|are|'s|was|looks?|seems?)\s+(?:a bit|a little|kind of|kinda|rather|slightly|somewhat)\s*$",
        before,
    ):
        return True
    if re.search(r"(?:好|这么|那么)$", before) and (
        text[t.start : t.end].endswith("的") or re.match(r"(?:(?:好|这么|那么)?[大小])*的", text[t.end :])
    ):
        return False  # "一个好大好大的黄色星星", "要这么大的": said before the noun it is the size wanted
    return bool(re.search(r"(?:太|有点|有些|过于|好|这么|那么|比较)$", before)) or text[t.end : t.end + 1] in ("得",)


def _scale_particle(text: str) -> str | None:
    """ "scale it up", "scale the one up in the top right down", "blow the one down below up", "tone it down":
    the last up/down after a size verb says which ("blow … up" is always bigger, "tone … down" smaller)."""
    m = re.search(
        r"(?<![a-z])(scal(?:e|ing)|blow(?:ing)?|bump(?:ing)?|tone|pump|beef|size|dial|crank|ramp)\b(.*)", text
    )
    if m is None:
        return None
    parts = re.findall(r"(?<![a-z])(up|down)(?![a-z])", m.group(2))
    if not parts:
        return None
    if m.group(1).startswith("blow"):
        return "large" if "up" in parts else None
    if m.group(1) == "tone":
        return "small" if "down" in parts else None
    return {"up": "large", "down": "small"}[parts[-1]]


def sizes_in(text: str, toks: list[w.Tok]) -> str | None:
    """The size a span asks for: comparatives first ("bigger"), then complaints inverted, then plain words."""
    for t in toks:
        if t.kind == "more":
            return t.key
    scaled = _scale_particle(text)
    if scaled is not None:
        return scaled
    for t in toks:
        if t.kind == "size":
            if _complaint(text, t):
                return "large" if t.key == "small" else "small"
            return t.key
    return None


def _strength(text: str, start: int, end: int) -> tuple[int, int]:
    """The strongest separator in text[start:end]: (strength, its position); ties go to the last."""
    best = (0, end)
    for strength, pattern in SEPARATORS:
        for m in pattern.finditer(text, start, end):
            if strength == 2 and _joins_attributes(text, m.start(), m.end()):
                continue  # "a triangle that's green and big, at the top": one object's words
            if strength > best[0] or (strength == best[0] and m.start() >= best[1] and strength > 0):
                best = (strength, m.start())
    if best[0] == 3 and text.startswith(("再画", "再放"), best[1]):
        # "左上一个黄色星星，上方再画一个蓝色三角形": a place between the comma and 再画 is the new object's
        comma = max(text.rfind(",", start, best[1]), text.rfind("，", start, best[1]))
        if comma >= 0:
            best = (3, comma)
    return best


def _joins_attributes(text: str, start: int, end: int) -> bool:
    """Whether the "and" at text[start:end] joins two colour or size words ("green and big")."""
    toks = w.tokens(text)
    before = next((t for t in reversed(toks) if t.end <= start), None)
    after = next((t for t in toks if t.start >= end), None)
    return (
        before is not None
        and after is not None
        and before.kind in ("colour", "size")
        and after.kind in ("colour", "size")
        and not text[before.end : start].strip()
        and not text[end : after.start].strip()
    )


_ROW_WORD = {"top": "top", "upper": "top", "bottom": "bottom", "lower": "bottom", "left": "left", "right": "right"}
_EACH_EN = re.compile(
    r"(?:in|at|on|into)?\s*(?:each of (?:the )?|both (?:of the )?|the two |all (?:of )?the |each |every )"
    r"(?:(?P<row>top|upper|bottom|lower|left|right|left-hand|right-hand)\s+)?(?P<what>corners?|sides?|edges?|ends?)(?![a-z])"
)
_EACH_ZH_ROW = re.compile(
    r"(?P<row>最?上面|最?上方|顶部|上边|最?下面|最?下方|底部|下边|左边|左侧|右边|右侧)的?(?:两个|两|2个)角"
)
_JOIN_ZH = re.compile(r"^\s*(?:[和、与及跟,，]|还有)\s*$")


def _each_cells(text: str) -> tuple[list[str], str]:
    """Positions one description is meant for each of, and the text without them:
    "右上角和左下角各一个…", "左侧、中间、右侧各一个…", "下面两个角各放一个…", "in each of the top corners",
    "on both sides"."""
    m = _EACH_EN.search(text)
    if m:
        row = _ROW_WORD.get((m.group("row") or "").replace("-hand", ""))
        what = m.group("what")
        if what.startswith("corner"):
            if row in ("top", "bottom"):
                cells = [f"{row}-left", f"{row}-right"]
            elif row in ("left", "right"):
                cells = [f"top-{row}", f"bottom-{row}"]
            else:
                cells = ["top-left", "top-right", "bottom-left", "bottom-right"]
        elif row is None:
            cells = ["left", "right"]
        else:
            return [], text
        return cells, text[: m.start()] + " " + text[m.end() :]
    m = _EACH_ZH_ROW.search(text)
    if m:
        word = m.group("row")
        if "上" in word or "顶" in word:
            cells = ["top-left", "top-right"]
        elif "下" in word or "底" in word:
            cells = ["bottom-left", "bottom-right"]
        else:
            side = "left" if "左" in word else "right"
            cells = [f"top-{side}", f"bottom-{side}"]
        return cells, text[: m.start()] + " " + text[m.end() :]
    k = text.find("各")
    if k < 0:
        return [], text
    pos = [t for t in w.tokens(text[:k]) if t.kind == "pos"]
    # Walk back from 各 over position words joined by 和 / 、: one group per cell.
    groups: list[list[w.Tok]] = []
    end = k
    start = k
    for t in reversed(pos):
        gap = text[t.end : end]
        if groups and not gap.strip(" 的角"):
            groups[-1].insert(0, t)
        elif (not groups and not gap.strip(" 的角都")) or (
            groups and _JOIN_ZH.match(gap.replace("角", "").replace("的", ""))
        ):
            groups.append([t])
        else:
            break
        end = start = t.start
    if len(groups) < 2:
        return [], text
    cells = [c for c in (w.compose_position(g) for g in reversed(groups)) if c]
    if len(set(cells)) < 2:
        return [], text
    return list(dict.fromkeys(cells)), text[:start] + " " + text[k + 1 :]


# "上面一个黄圆，下面也一个黄圆，都小一点": in a description, every object a little smaller is every one small
_ALL_SMALLER = re.compile(
    r"(都|全都|全部)\s*(?:要|再)?\s*(?:(小)|大)\s*(?:一点|一些|点)(?:儿)?(?=\s*(?:$|[,，。.!！;；]))"
)


def parse_objects(text: str, lang: str, *, ordered: bool = True) -> list[Spec]:
    """The objects a description names, each with the words nearest to it.

    Anchors are shape words (and "one"); the attribute words between two anchors go to the
    one on their side of the strongest separator between them ("a blue square, big, bottom
    left, and a yellow circle, small, top right"). A count ("two circles", "三个三角形") is
    not an object: its words go to every object, and unanchored chunks after it become its
    objects ("左边红色，中间绿色，右边蓝色")."""
    text = _ALL_SMALLER.sub(lambda m: m.group(1) + ("是小的" if m.group(2) else "是大的"), text)
    rest, colours = respective_colours(text)
    if colours:
        specs = parse_objects(rest, lang, ordered=ordered)
        if len(specs) == len(colours) and all(s.colour is None for s in specs):
            for spec, colour in zip(specs, colours, strict=True):
                spec.colour = colour
            return specs
    cells, stripped = _each_cells(text)
    if cells:
        # Only the piece that says "each" is repeated: "左下和右下各一个小的蓝色方块，上方中间一个大的红色圆".
        pieces = re.split(r"(?<=[,，;；。])", stripped)
        out: list[Spec] = []
        for piece in pieces:
            toks = [t for t in w.tokens(piece) if t.kind != "filler"]
            if toks and all(t.kind == "size" for t in toks) and len({t.key for t in toks}) == 1:
                for spec in out:  # "左上、正中、右下各一个白色圆，背景紫色，小号": the size said after is every one's
                    spec.size = spec.size or toks[0].key
                continue
            specs = parse_objects(piece, lang)
            if len(specs) == 1 and specs[0].position is None and cells:
                one = specs[0]
                specs = [Spec(shape=one.shape, colour=one.colour, size=one.size, position=c) for c in cells]
                cells = []
            out += specs
        return out
    # (``ordered``: whether places given in order are looked for; the text without them is read once, not again)
    respective, cut = _respective_cells(text) if ordered else ([], text)
    line = _LINE_ORDER.search(text) if ordered and not respective and _ROW.search(text) is None else None
    if line is not None:
        # "从左到右分别是红圆、绿方块、蓝三角", "from left to right: …": along the middle line, in the order named
        cut = text[: line.start()] + " " + text[line.end() :]
        start = line.group("en").split(" ")[0] if line.group("en") else line.group("zh")[1]  # where the line starts
        across = start in ("left", "right", "左", "右")
        first = 0 if start in ("left", "top", "左", "上") else 2
        n = sum(1 for spec in parse_objects(cut, lang, ordered=False) if spec.position is None)
        steps = {2: [0, 2], 3: [0, 1, 2]}.get(n)
        if steps:
            steps = steps if first == 0 else steps[::-1]
            respective = [w.cell(k, 1) if across else w.cell(1, k) for k in steps]
    if respective:
        # "a circle, a square and a star, left, center, right", "上中下分别是…": the places, in the order named,
        # when there are as many as objects without one
        specs = parse_objects(cut, lang, ordered=False)
        unplaced = [spec for spec in specs if spec.position is None]
        if len(unplaced) == len(respective):
            for spec, cell in zip(unplaced, respective, strict=True):
                spec.position = cell
            return specs
    text = _count_from_ones(text)
    order = _row_order(text)
    if order:
        text = order[2]
    text = _ZH_BY_WORD.sub(lambda m: f"{'，' if m.start() else ''}{m.group(1)}的 one ", text)
    toks = list(w.tokens(text))
    count_shapes = set()
    counts = [t for t in toks if t.kind == "count"]
    for c in counts:
        nxt = next((t for t in toks if t.start >= c.end and t.kind == "shape"), None)
        # "画三个：左上小白星，…", "再加两个：…": a count with a list after it names no shape of its own.
        if nxt is not None and not re.search(r"[:：;；,，。]", text[c.end : nxt.start]):
            count_shapes.add(nxt.start)
    anchors = [
        t
        for t in toks
        if (t.kind == "shape" and t.start not in count_shapes)
        or (t.kind == "one" and text[t.start : t.end] in ("one", "ones"))
    ]
    count_tok = next((t for t in toks if t.kind == "shape" and t.start in count_shapes), None)
    distributive: list[w.Tok] = []
    only_counted = False  # whether the count's words go to the counted objects only, not to the others named
    specs: list[Spec] = []
    counted_specs: list[Spec] = []
    spec_leads: list[bool] = []  # per spec: whether its words start as a new one ("a", "another", "一个")
    if count_tok is not None:
        # Words in the count's own phrase ("three small triangles", "排在中间一行") go to every object.
        nxt_sep = _next_separator(text, count_tok.end)
        word = next((c for c in reversed(counts) if c.end <= count_tok.start), None)
        lo = min(word.start, count_tok.start - 12) if word else count_tok.start - 12
        distributive = [
            t for t in toks if t.kind in ("colour", "size", "pos") and _near_count(text, t, count_tok, lo, nxt_sep)
        ]
    toks = [t for t in toks if t not in distributive]
    for t in toks:
        if (
            t.kind in ("size", "colour")
            and _COUNT_BEFORE.search(text[max(0, t.start - 16) : t.start])
            and (_GENERIC_AFTER.match(text[t.end : t.end + 12]))
        ):
            distributive.append(t)  # "three small shapes: …", "三个小图形：…": the phrase's words go to every object
        elif (
            t.kind in ("size", "colour")
            and re.search(
                r"(?<![a-z])(?:all|both)\s+(?:of them\s+)?(?:are\s+|should be\s+|must be\s+|need to be\s+)?$"
                r"|都(?:是|要|要是|得|用)?\s*$|全(?:是|要|部|都|用)?\s*$",  # "都要小的": every object small
                text[max(0, t.start - 20) : t.start],
            )
        ):
            distributive.append(t)
        elif (
            t.kind in ("size", "colour")
            and re.search(r"[,;，；]\s*(?:and\s+)?(?:all\s+|both\s+)?$", text[: t.start])
            and re.match(r"\s+ones(?![a-z])", text[t.end :])
        ):
            distributive.append(t)  # "a star … and a circle …, small ones": said of the objects listed
        elif (
            t.kind in ("size", "colour")
            and distributive
            and distributive[-1].kind in ("size", "colour")
            and distributive[-1].end <= t.start  # a word after the phrase, not one of an object before it
            and re.fullmatch(r"[\s、和的]*|\s*and\s*", text[distributive[-1].end : t.start])
        ):
            distributive.append(t)  # "都是 small black", "both small and red": every word of the phrase
    toks = [t for t in toks if t not in distributive]
    if not anchors and count_tok is not None:
        anchors = _implicit_anchors(text, toks, count_tok)
    elif count_tok is not None and re.match(r"\s*[:：,，;；]", text[count_tok.end :]):
        # "two stars: yellow at top left, orange at bottom right, and a blue square in the middle",
        # "两个绿色的圆，一个在左上，一个在右下，中间一个星星": the count's own places, then other objects
        count = next((t for t in reversed(toks) if t.kind == "count" and t.end <= count_tok.start), None)
        key = count.key if count else ""
        n = _COUNT_N.get(key, _COUNT_N.get(key[:1], MAX_OBJECTS))  # "two", "两个"
        counted = _implicit_anchors(text, toks, count_tok, anchors)[:n]
        only_counted = not re.match(r"\s*[:：]", text[count_tok.end :]) and bool(counted)
        anchors = sorted(anchors + counted, key=lambda t: t.start)
    if count_tok is not None and not any(
        a.start == a.end or a.start > count_tok.start and (a.kind == "one" or a.key == count_tok.key) for a in anchors
    ):
        # "two blue circles and a red star", "add three small stars": the counted objects themselves,
        # placed where the scene has room, when no words after the count place them one by one
        count = next((t for t in reversed(toks) if t.kind == "count" and t.end <= count_tok.start), None)
        n = _COUNT_N.get(count.key if count else "", _COUNT_N.get((count.key if count else "")[:1], 0))
        if 0 < n <= MAX_OBJECTS:
            only_counted = bool(anchors)
            pad = [w.Tok("shape", count_tok.key, count_tok.end, count_tok.end) for _ in range(n)]
            anchors = sorted(anchors + pad, key=lambda t: t.start)
    if not anchors:
        return []
    # "The circle should feel warm": a definite mention of a shape already described is not a new object.
    # "…, circle 在 top", "the circle on the left": a shape named again without "a"/"一个" is the one described,
    # when what it says does not clash with that one.
    remention: set[int] = set()
    for k, a in enumerate(anchors):
        if a.start == a.end:
            continue  # one of a count's objects is a new one, never a mention of another
        if a.kind == "shape" and any(b.kind == "shape" and b.key == a.key for b in anchors[:k]):
            lead = re.split(r"[,，;；。:：]", text[max(0, a.start - 12) : a.start])[-1]  # its own phrase only
            if not re.search(
                r"(?<![a-z])(?:a|an|another|one|two|three|second|third)\s+(?:[\w-]+\s+){0,3}$|[一两三]\s*[个只颗枚]|[再又另]",
                lead,
            ):
                remention.add(a.start)
    groups: list[list[w.Tok]] = [[a] for a in anchors]
    for i, a in enumerate(anchors):
        hi = anchors[i + 1].start if i + 1 < len(anchors) else len(text)
        if i + 1 < len(anchors):
            strength, cut = _strength(text, a.end, anchors[i + 1].start)
            if strength == 0:
                # "左边 orange square 右边 orange star": with no separator, a word of a kind this object
                # already has starts the next object's words
                have = {t.kind for t in groups[i][1:]} | {t.kind for t in toks if i == 0 and t.end <= a.start}
                again = next(
                    (t for t in toks if a.end <= t.start and t.end <= anchors[i + 1].start and t.kind in have
                     and t.kind in ("colour", "size", "pos")),
                    None,
                )  # fmt: skip
                if again is not None:
                    cut = again.start
        else:
            cut = hi
        for t in toks:
            if t.kind in ("count", "one", "shape"):  # every anchor is a shape or "one"
                continue
            if i == 0 and t.end <= a.start:
                groups[0].append(t)
            elif a.end <= t.start and t.end <= cut:
                groups[i].append(t)
            elif i + 1 < len(anchors) and cut <= t.start and t.end <= anchors[i + 1].start:
                groups[i + 1].append(t)
    for group in groups:
        anchor = group[0]
        if anchor.kind == "one" and specs and _apposition(text, anchor):
            # "a green triangle at the bottom left, a big one": more words about the same object
            extra = sorted(group[1:], key=lambda t: t.start)
            prev = specs[-1]
            colour = next((t.key for t in extra if t.kind == "colour"), None)
            size = _spec_size(text, extra)
            pos = w.compose_position([t for t in extra if t.kind == "pos"])
            if pos and prev.position and not ((colour and prev.colour) or (size and prev.size)):
                # "… up in the corner, the left one": the other axis of the place said before
                both = w.compose_position(prev.pos_toks + [t for t in extra if t.kind == "pos"])
                if both in vocab.POSITIONS and both not in (prev.position, pos) and "-" in both:
                    prev.colour, prev.size, prev.position = prev.colour or colour, prev.size or size, both
                    continue
            if not ((colour and prev.colour) or (size and prev.size) or (pos and prev.position)):
                prev.colour, prev.size = prev.colour or colour, prev.size or size
                prev.position = prev.position or pos
                continue
        shape = anchor.key if anchor.kind == "shape" else _shape_for_one(text, anchor, toks, count_tok)
        members = sorted(group[1:], key=lambda t: t.start)
        spec = Spec(shape=shape)
        spec.colour = next((t.key for t in members if t.kind == "colour"), None)
        spec.size = _spec_size(text, members)
        spec.pos_toks = [t for t in members if t.kind == "pos"]
        spec.position = w.compose_position(spec.pos_toks)
        if anchor.start in remention:
            same = [x for x in specs if x.shape == shape]
            earlier = same[0] if len(same) == 1 else None
            clash = earlier is None or any(
                getattr(spec, f) is not None and getattr(earlier, f) is not None for f in ("colour", "size", "position")
            )
            if not clash:
                earlier.colour = earlier.colour or spec.colour
                earlier.size = earlier.size or spec.size
                earlier.pos_toks, earlier.position = (
                    earlier.pos_toks or spec.pos_toks,
                    earlier.position or spec.position,
                )
                continue
            if earlier is not None and not (spec.colour or spec.size or spec.position):
                continue  # "the circle should feel warm": nothing new about it
        specs.append(spec)
        spec_leads.append(_indefinite_lead(text, anchor))
        if anchor.start == anchor.end:
            counted_specs.append(spec)  # a chunk after the count: one of its objects
    specs = _placed_by_description(specs, spec_leads)
    for t in distributive:
        for spec in specs:
            if only_counted and not any(spec is c for c in counted_specs):
                continue
            if t.kind == "colour" and spec.colour is None:
                spec.colour = t.key
            elif t.kind == "size" and spec.size is None:
                spec.size = t.key
    dist_pos = [t for t in distributive if t.kind == "pos"]
    groups = _place_groups(text, dist_pos)
    if len(groups) >= 2 and len(groups) == len(counted_specs):
        # "two black stars at the top left and the top": one place each, in order
        for spec, group in zip(counted_specs, groups, strict=True):
            spec.position = w.compose_position(group)
    elif dist_pos:
        for spec in specs:
            spec.position = w.compose_position(spec.pos_toks + dist_pos)
    if order and order[1] == "cols":  # each object keeps its column, in the row the heading names
        r = {"top": 0, "center": 1, "bottom": 2}[order[0]]
        for spec in specs:
            if spec.position in (None, "left", "right", "center", "top", "bottom"):
                col = {"left": 0, "right": 2}.get(spec.position or "", 1)
                spec.position = w.cell(col, r)
        return specs
    if order:
        row, direction = order[0], order[1]
        cols = [0, 1, 2] if direction == "ltr" else [2, 1, 0]
        free = [s for s in specs if s.position is None or s.position in ("left", "right", "center", row)]
        for spec, col in zip(free, cols, strict=False):
            spec.position = w.cell(col, {"top": 0, "center": 1, "bottom": 2}[row])
    return specs


def _place_groups(text: str, toks: list[w.Tok]) -> list[list[w.Tok]]:
    """Place words split into places at "and" / commas / 和 / 、 ("the top left and the top": two places)."""
    groups: list[list[w.Tok]] = []
    for t in sorted(toks, key=lambda t: t.start):
        gap = text[groups[-1][-1].end : t.start] if groups else ""
        if groups and not re.search(r"(?<![a-z])(?:and|or)(?![a-z])|[,，、和及]", gap):
            groups[-1].append(t)
        else:
            groups.append([t])
    return groups


# "大的在左边，小的在右边", "红的 left": a size or colour alone with 的, then a place, names one object
# described before, as "the big one" does (then ``_placed_by_description`` places that one).
_ZH_BY_WORD = re.compile(
    # (not right after a shape and a space: "yellow star 小的 在 left" says more about that star)
    r"(?:^|(?<=[,，;；、])|(?<!circle\s)(?<!square\s)(?<!star\s)(?<!triangle\s)(?<=\s))(大|小|[红橙黄绿蓝紫白黑]色?)的\s*"
    r"(?=(?:在|放在|放|摆在|位于)?\s*(?:左|右|上|中|下|正中|left|right|top|bottom|center|centre|middle|upper|lower))"
    r"(?!(?:上面|下面|左边|右边|旁边)\s*(?:再|放|加|画|来))"
)


_INDEFINITE_LEAD = re.compile(
    r"(?<![a-z])(?:a|an|another|one|two|three|second|third)\s+(?:[\w-]+\s+){0,3}$|[一两三]\s*[个只颗枚]\s*$|[再又另]"
)


def _indefinite_lead(text: str, anchor: w.Tok) -> bool:
    """Whether the words of ``anchor``'s object start as a new one: "a big one", "another star", "一个 big"."""
    lead = re.split(r"[,，;；。:：]", text[max(0, anchor.start - 16) : anchor.start])[-1]
    return bool(_INDEFINITE_LEAD.search(lead) or re.match(r"\s*[一另]\s*[个只颗枚]", text[anchor.start :]))


def _placed_by_description(specs: list[Spec], leads: list[bool]) -> list[Spec]:
    """ "a big star and a small star, big one on the left, small one on the right", "一个大一个小，大的在左下":
    a later mention by size or colour alone (no "a"/"一个"), with a place, places the one earlier object it
    fits that has none, instead of being an object of its own."""
    out: list[Spec] = []
    for spec, new in zip(specs, leads, strict=True):
        if not new and spec.position is not None and (spec.size or spec.colour):
            fits = [
                e for e in out
                if e.position is None and e.shape == spec.shape and (spec.size or spec.colour)
                and all(getattr(spec, f) in (None, getattr(e, f)) for f in ("size", "colour"))
            ]  # fmt: skip
            if len(fits) == 1:
                fits[0].position, fits[0].pos_toks = spec.position, spec.pos_toks
                continue
        out.append(spec)
    return out


# "three small shapes", "三个小图形": a count, then the words for all, then a noun for any shape
_COUNT_BEFORE = re.compile(r"(?:(?<![a-z])(?:two|three|2|3)\s+|[两二三2-3]\s*[个只]?\s*)(?:[a-z]+\s+|的)?$")
_GENERIC_AFTER = re.compile(r"\s*的?\s*(?:shapes|objects|things|ones|figures|图形|形状|东西|物体|图案)")


_APPOSITION = re.compile(
    rf"(?:[,，]|!+|！+)\s*(?:(?:a|an)\s+(?:(?:{w._ATTR}|very|really|quite|pretty|nice)[\s,]+)*"
    r"|the\s+(?:left|right|top|bottom|upper|lower)\s+"  # "… up in the corner, the left one": which corner
    rf"|(?:(?:{w._ATTR}|very|really|quite|pretty|nice)[\s,]+)+)$"  # "…, little one": no article, a word said
)


# "a green triangle at the bottom left big one": with no comma, a size or colour and "one" straight after the
# place, ending the message, still say more about the object just described
_APPOSITION_BARE = re.compile(
    rf"(?<![a-z])(?:left|right|top|bottom|center|centre|middle|corner|side)\s+(?:{w._ATTR}\s+)+$"
)


def _apposition(text: str, anchor: w.Tok) -> bool:
    if _APPOSITION.search(text[: anchor.start]) is not None:
        return True
    ends = re.fullmatch(r"\s*(?:please|pls|thanks)?[\s.!]*", text[anchor.end :]) is not None
    return ends and _APPOSITION_BARE.search(text[: anchor.start]) is not None


def _spec_size(text: str, members: list[w.Tok]) -> str | None:
    sizes = [t for t in members if t.kind in ("size", "more")]
    return sizes_in(text, sizes) if sizes else None


def _next_separator(text: str, start: int) -> int:
    """Where a count's phrase ends: punctuation, or "and a …" / "和一个…" starting another object."""
    m = _PHRASE_END.search(text, start)
    return m.start() if m else len(text)


_PHRASE_END = re.compile(
    r"[:：;；。.]|,|，|(?<![a-z])(?:and|plus|with)\s+(?:a|an|one|another)(?![a-z])|[和跟与再加]\s*(?:一|另一)\s*[个只颗枚]"
)


_SEPARATOR = re.compile(r"[,，;；:：。.、]")


def _near_count(text: str, t: w.Tok, count_tok: w.Tok, lo: int, sep: int) -> bool:
    """A word in the count's own phrase: from the number (or a little before) to the next separator."""
    start = max(0, lo)
    cut = max((m.end() for m in _SEPARATOR.finditer(text, start, count_tok.start)), default=start)
    return cut <= t.start and t.end <= sep  # not a word of the object before ("一个红星星，两个蓝色的圆")


def _implicit_anchors(text: str, toks: list[w.Tok], count_tok: w.Tok, named: list[w.Tok] = ()) -> list[w.Tok]:
    """Chunks after a count with attribute words and no shape: one object each, of the count's shape
    (a chunk holding one of the ``named`` anchors is that object's own)."""
    out = []
    for m in re.finditer(r"(?:(?!\band\b)[^,，;；:：。.、和])+", text[count_tok.end :]):
        s, e = m.start() + count_tok.end, m.end() + count_tok.end
        # "一个左上角一个右上角": in a chunk that starts with "一个", each "一个" starts another object.
        starts = [s]
        if re.match(r"\s*[一另]个", text[s:e]):
            starts = [s + k.start() for k in re.finditer(r"(?<!另)[一另]个", text[s:e])]
        elif re.search(r"[一另]个\s*$", text[s:e]):
            # "左边一个右边一个": in a chunk that ends with "一个", each "一个" ends an object
            starts = [s] + [s + k.end() for k in re.finditer(r"(?<!另)[一另]个", text[s:e])][:-1]
        for a, b in zip(starts, starts[1:] + [e], strict=True):
            inside = [t for t in toks if a <= t.start and t.end <= b and t.kind in ("colour", "size", "pos")]
            if inside and not any(a <= t.start < b for t in named):
                out.append(w.Tok("shape", count_tok.key, a, a))
    return out


_COUNT_N = {"two": 2, "three": 3, "两": 2, "二": 2, "三": 3, "2": 2, "3": 3}


def _shape_for_one(text: str, anchor: w.Tok, toks: list[w.Tok], count_tok: w.Tok | None) -> str:
    before = [t for t in w.tokens(text) if t.kind == "shape" and t.end <= anchor.start]
    if before:
        return before[-1].key
    if count_tok is not None:
        return count_tok.key
    after = [t for t in w.tokens(text) if t.kind == "shape" and t.start >= anchor.end]
    return after[0].key if after else "circle"


_PLURAL_NOUN = re.compile(
    r"(?:(?<![a-z])(?:some|a few|several|a couple of|a pair of)\s+)?"
    r"(?P<words>(?:(?:small|tiny|little|big|large|huge|red|orange|yellow|green|blue|purple|white|black)[\s,]+)*)"
    r"(?P<noun>circles|squares|triangles|stars)(?![a-z])"
    r"|(?:几个|一些|若干个?|好几个)(?=[^，,。;；:：]{0,8}(?:圆|方块|正方形|三角|星))"
)
_ONE_EACH = re.compile(r"(?<![a-z])one(?![a-z])(?! of)|(?<![一另])一个")
_COUNT_WORD = {2: ("two", "两个"), 3: ("three", "三个")}


def _count_from_ones(text: str) -> str:
    """ "small white stars, 一个 top-left 一个 top-right", "几个红星星，一个在左上，一个在右下": a plural with no number,
    then one "one"/"一个" per object, has that many (the number is said, so the rest reads as a counted list)."""
    m = _PLURAL_NOUN.search(text)
    if m is None:
        return text
    before = text[max(0, m.start() - 12) : m.start()]
    if re.search(r"(?<![a-z])(?:two|three|2|3|both|all|the|these|those)\s+$|[两二三2-3]\s*[个只颗]?\s*$", before):
        return text  # a number (or the objects there) already said
    rest = text[m.end() :]
    if not re.match(r"\s*(?:[^,，:：;；。]{0,16}?)\s*[,，:：]", rest):
        return text
    n = len(_ONE_EACH.findall(rest))
    if n not in _COUNT_WORD:
        return text
    en, zh = _COUNT_WORD[n]
    if m.group("noun") is None:
        return text[: m.start()] + zh + text[m.end() :]  # 几个 -> 两个
    start = m.start("words") if m.group("words") else m.start("noun")
    return text[: m.start()] + en + " " + text[start:]


# "…, left, center, right", "…, top and bottom respectively": a run of places after every object named
_PLACE_RUN_EN = re.compile(
    # ("top-left/center/bottom-right 依次放", "…, in that order": the same run, slashed or said after)
    r"\s*[,:：]?\s*(?:respectively\s*,?\s*)?(?P<run>[a-z /-]+?,?[a-z ,/-]+?)"
    r"(?:\s*,?\s*(?:respectively|in (?:that|this) order|(?:依次|分别|各自)(?:放|摆|画|排)?))?\s*[.!。！]*\s*$"
)
# "上中下分别是…", "左中右依次是…", "…分别在左边、中间、右边": places given to the objects one by one
_PLACE_RUN_ZH = re.compile(r"^\s*(?P<lead>[上中下左右]{2,3})\s*(?:分别|依次|各自)\s*(?:是|为|放|画|摆)?")
_PLACE_RUN_ZH_TAIL = re.compile(r"(?:分别|依次|各自)\s*(?:在|放在|位于|是|放)\s*(?P<run>[^,，。;；]+?)\s*[。.!！]*\s*$")
# "from left to right: …", "… from top to bottom", "从左到右分别是…": objects along the middle line, in that order
_LINE_ORDER = re.compile(
    r"(?:(?<![a-z])from\s+|(?<![a-z])going\s+|^\s*|[,:：]\s*)(?P<en>left to right|right to left|top to bottom|bottom to top)(?![a-z])\s*[:：,]?"
    r"|(?P<zh>从左到右|从右到左|从上到下|从下到上|从左往右|从右往左|从上往下|从下往上)\s*(?:分别|依次)?\s*(?:是|为|画|放|摆)?\s*[:：,，]?"
)
_ZH_CHAR_CELL = {"上": "top", "中": "center", "下": "bottom", "左": "left", "右": "right"}


def _respective_cells(text: str) -> tuple[list[str], str]:
    """The cells a run of places gives the objects named before (or after) it, in order, and the text
    without the run; none when there is no such run."""
    m = _PLACE_RUN_ZH.match(text)
    if m is not None:
        lead = m.group("lead")
        cells = [_ZH_CHAR_CELL[c] for c in lead]
        if len(set(cells)) == len(cells) and (set(lead) <= set("上中下") or set(lead) <= set("左中右")):
            return cells, text[m.end() :]
        return [], text
    m = _PLACE_RUN_ZH_TAIL.search(text)
    if m is None:
        last = next((t for t in reversed(w.tokens(text)) if t.kind == "shape"), None)
        # a short tail only: a run of places is a few words (and a long one would cost time to match)
        m = _PLACE_RUN_EN.match(text, last.end) if last is not None and len(text) - last.end <= 80 else None
    if m is None:
        return [], text
    run = m.group("run")
    groups = [g for g in re.split(r"\s*(?:,|、|/|和|及|(?<![a-z])(?:and|then)(?![a-z]))\s*", run) if g.strip()]
    cells = []
    for g in groups:
        toks = w.tokens(g)
        rest = g
        for t in reversed(toks):
            rest = rest[: t.start] + rest[t.end :]
        if (
            not toks
            or any(t.kind != "pos" for t in toks)
            or re.sub(r"(?<![a-z])(?:at|on|in|the)(?![a-z])|\s+|的|角|-", "", rest)
        ):
            return [], text
        cells.append(w.compose_position(list(toks)))
    if len(cells) < 2 or None in cells or len(set(cells)) < len(cells):
        return [], text
    if not any(t.kind == "shape" for t in w.tokens(text[: m.start()])):
        return [], text
    return cells, text[: m.start()]


_ROW = re.compile(
    r"(?:along|in|across|on|at)?\s*(?:the\s+)?(?P<row>top|upper|bottom|lower|middle|centre|center)\s+row"
    r"(?:\s*,)?\s*(?:from\s+)?(?P<dir>left to right|right to left)?"
    r"|(?P<zrow>最上面|上面|上方|最下面|下面|下方|中间|正中)(?:的|那)?一?[行排](?:从左到右|从右到左)?"
    # "in a row across the middle, left to right", "in a line along the top", "across the bottom, right to left"
    r"|(?:in\s+)?(?:a\s+)?(?:row|line)\s+(?:across|along|through)\s+(?:the\s+)?(?P<arow>top|upper|bottom|lower|middle|centre|center)"
    r"(?:\s*,)?\s*(?:from\s+)?(?:left to right|right to left)?"
    r"|(?<![a-z])(?:across|along)\s+(?:the\s+)?(?P<brow>top|upper|bottom|lower|middle|centre|center)\s*,?\s*(?:from\s+)?"
    r"(?:left to right|right to left)"
)


def _row_order(text: str) -> tuple[str, str, str] | None:
    """ "along the bottom row from left to right": (row, direction, text without it)."""
    m = _ROW.search(text)
    if m is None:
        return None
    word = m.group("row") or m.group("zrow") or m.group("arow") or m.group("brow")
    row = {"top": "top", "upper": "top", "bottom": "bottom", "lower": "bottom"}.get(word or "")
    if row is None:
        row = "top" if "上" in word else "bottom" if "下" in word else "center"
    heading = re.match(r"\s*[:：]", text[m.end() :]) is not None  # "Top row: a … on the left, a … in the middle, …"
    if heading and m.group("row"):
        row = {"top": "top", "upper": "top", "bottom": "bottom", "lower": "bottom"}.get(word, "center")
        return row, "cols", text[: m.start()] + " " + text[m.end() :]
    if m.group("row") and not m.group("dir") and "from left to right" not in text and "from right to left" not in text:
        return None
    direction = "rtl" if "right to left" in text or "从右到左" in text else "ltr"
    rest = (
        text[: m.start()]
        + " "
        + re.sub(r"from (?:left to right|right to left)|从左到右|从右到左", " ", text[m.end() :])
    )
    return row, direction, rest
