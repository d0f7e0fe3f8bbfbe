"""Places and values said through another object ("above the star", "where the circle is",
"same colour as the square", "everything except it"), turned into cells or references."""

from __future__ import annotations

import re

from core.language import words as w
from core.rewriter.shapes.cues import is_cjk, zh_frame
from core.rewriter.shapes.objects import parse_objects
from core.rewriter.shapes.refs import Ref, read_ref, resolve
from core.rewriter.shapes.steps import counted_step
from core.scene import Scene, Subject
from core.world import vocab

_REL_EN = re.compile(
    r"(?:(?:directly|right|just|immediately)\s+)?(?P<d>above|below|under|underneath|beneath|over|to the left of|to the right of|"
    r"left of|right of|on top of)\s+(?P<r>it|that|the [a-z]+(?: [a-z]+)?)"
    r"|to its (?P<d2>left|right)(?: side)?"
    r"|(?:right |just )?(?:next to|beside) (?P<r8>it|the [a-z]+) (?:on|to) (?:the |its )?(?P<d8>left|right)(?: side)?"
    r"|(?P<n>one|a) (?:cell|step|square|spot|place|notch) (?P<d3>left|right|up|down|higher|lower|to the left|to the right)"
    r"|(?P<d4>up|down|left|right|higher|lower)(?: by)? (?:one|a|1) (?:row|column|cell|step|notch|spot|place|level)(?![a-z])"
    r"|(?:one|a) (?:row|level|column) (?P<d5>up|down|higher|lower|left|right)"
    r"|one more (?:step |cell |row )?(?P<d6>down|up|left|right|higher|lower)"
    r"|(?<![a-z])(?P<n9>circle|square|triangle|star|it)\s+one (?P<d9>down|up|higher|lower|to the left|to the right)(?![a-z])(?! of\b)"
    # "and the square down one": the direction, then the count
    r"|(?<![a-z])(?P<n12>circle|square|triangle|star)\s+(?P<d12>down|up|higher|lower|left|right)\s+(?:one|1)(?![a-z])(?!\s+(?:of|more)\b)"
    # "nudge it left" is one step; "move it left" on the right goes to the left, as "move it to the left" does
    r"|(?<![a-z])(?:move(?! (?:it|the [a-z]+) (?:left|right)(?![a-z])(?!\s+(?:a bit|a little|a notch|slightly|"
    r"some|a touch|by one|one|1)(?![a-z])))|shift|push|nudge|slide|bring|scoot) (?P<r7>it|the [a-z]+) "
    r"(?P<d7>up|down|higher|lower|left|right)"
    r"(?:\s+(?:a bit|a little|a notch|slightly|some|a touch|by one|one|1)(?=\s*(?:$|[,.;!?]|please|thanks)))?"
    r"(?![a-z])(?!\s+(?:to|into|in|at|a|one|of)\b)"
    # "move it to the left by one", "up by one cell": a step said with "by"
    r"|(?<![a-z])(?P<d10>to the left|to the right|left|right|up|down|higher|lower)\s+by\s+(?:one|1|a)"
    r"(?:\s+(?:cell|step|square|spot|place|notch|row|column))?(?![a-z])"
    # "and a bit to the left", "a little further right", "slightly higher": a small move is one step that way
    # "more to the left", "further up" after a move: one more step that way, from where it is now (batch 22)
    r"|(?<![a-z])(?:(?:(?:a\s+)?(?:bit|little|touch|notch|tad)|slightly)(?:\s+(?:more|further|farther))?"
    r"|(?:even\s+)?(?:more|further|farther))(?:\s+over)?\s+"
    r"(?P<d11>to the left|to the right|left|right|up|down|higher|lower)(?![a-z])(?!\s+(?:of|side|corner|cell|into|in)\b)"
)
# "next to the star", "圆旁边": beside it, but on which side? (the user is asked)
NEXT_TO = re.compile(
    r"(?<![a-z])(?P<w>next to|beside|alongside|by the side of|near)\s+(?:it|the [a-z]+)(?![a-z])"
    r"|(?:它|圆形|圆|正方形|方块|三角形|星星|星形)的?(?P<w2>旁边|边上|附近|隔壁)"
)
# "星星旁边要一个红色的圆，在左边", "add a red circle next to the star, on the left": the side, said after the object
_SIDE_LATER_ZH = re.compile(
    r"(?P<a>它|圆形|圆|正方形|方块|三角形|星星|星形)的?(?:旁边|边上|隔壁)(?P<b>[^，,。]+?)\s*[，,]\s*(?:在|放在|放)?\s*(?:它的?)?"
    r"(?P<s>左边|右边|上面|下面|左侧|右侧|上方|下方|上边|下边)(?:吧|哦|呀)?\s*[。.!！]*$"
)
_SIDE_LATER_EN = re.compile(
    r"(?<![a-z])(?:next to|beside|by)\s+(?P<a>it|the [a-z]+)\s*,?\s*(?:on|to)\s+(?:the|its)\s+(?P<s>left|right)(?:\s+side)?"
    r"(?![a-z])(?:\s+of\s+it)?"
    r"|(?<![a-z])(?:next to|beside|by)\s+(?P<a2>it|the [a-z]+)\s*,?\s*(?P<s2>above|below|under|over)(?:\s+it)?(?![a-z])"
)


def side_said_later(text: str) -> str:
    """``text`` with "beside X …, on the left" said as "to the left of X" (the side the user gave after the object)."""
    m = _SIDE_LATER_ZH.search(text)
    if m is not None:
        return text[: m.start()] + m.group("a") + "的" + m.group("s") + m.group("b") + text[m.end() :]
    m = _SIDE_LATER_EN.search(text)
    if m is not None:
        side = (
            f"to the {m.group('s')} of" if m.group("s") else {"under": "below", "over": "above"}.get(m["s2"], m["s2"])
        )
        return text[: m.start()] + f"{side} {m.group('a') or m.group('a2')}" + text[m.end() :]
    return text


EXCEPT = re.compile(
    r"(?<![a-z])(?:everything|all(?: of them)?|the rest|all the others|every (?:other )?(?:shape|object|thing)) "
    r"(?:except(?: for)?|but|apart from|other than|save) (?P<en>it|the [a-z]+(?: [a-z]+)?)"
    r"|除了(?P<zh>[^，,。]{1,6}?|[^，,。\u4e00-\u9fff]{1,16}?)(?:以外|之外)?(?:，|,)?(?:其他的?|别的)?(?:都|全部|全)"
)
SAME_AS = re.compile(
    r"(?<![a-z])(?:the )?same (?P<what>colou?r|size|shape) as (?P<other>it|them|the other two|the others|the [a-z]+)"
    r"|(?<![a-z])as (?P<adj>big|large|small|tiny|huge) as (?P<other2>it|them|the other two|the others|the [a-z]+)"
    r"|[和跟与同]\s*(?P<zother>[a-z][a-z ]{0,15}?|[^，,。和跟与同\s][^，,。和跟与同]{0,5}?)\s*一样(?:的)?\s*(?P<zwhat>颜色|大小|形状|大|小|色|colou?r(?![a-z])|size(?![a-z])|shape(?![a-z]))"  # "和 square 一样的 colour"
    r"|(?P<zwhat2>颜色|大小|形状|(?<![a-z])colou?r|(?<![a-z])size|(?<![a-z])shape)\s*(?:和|跟|与|同)\s*(?P<zother2>[^，,。和跟与同]{1,8}?)\s*(?:一样|相同)"  # "颜色跟方块一样"
)
_OTHER_SIDE = re.compile(
    r"(?:on |to |at )?the (?:other|opposite) side of (?P<r>it|the [a-z]+)|(?:在)?(?P<r2>它|(?:圆形|圆|正方形|方块|三角形|星星|星形))的(?:另一边|另一侧|对面|另一面)"
)
# "往右挪一格", "向下移一点": one step that way from where it is.
_STEP_ZH = re.compile(
    r"[往向朝](?P<d>左|右|上|下)(?:边|面|方)?(?:(?:挪|移|放|走|动|推|靠)*(?:了)?(?:一格|一个格子|一点|一些|一下|一步|点)"
    r"|(?:挪挪|移移|动动|挪一挪|移一移|挪动一下|挪|移)(?=$|[，,。.！!吧呗]))"
    r"|(?<![\u4e00-\u9fff])再?[往向朝](?P<d2>左|右|上|下)(?=\s*(?:吧|呗|点|些)?\s*[。.！!~]*$)"  # "再往下", "往左": a step, said alone
)
# "紫色正方形下面", "orange star 下面", "紫色那个下面": the object measured from, named with its colour
_COLOUR_ZH = r"(?:[红橙黄绿蓝紫白黑]色?的?|(?:red|orange|yellow|green|blue|purple|white|black)\s*)?"
_COLOURED_ONE = re.compile(
    r"[红橙黄绿蓝紫白黑]色?(?:的|那个)|(?:red|orange|yellow|green|blue|purple|white|black) (?:one|那个)"
)
_REL_ZH = re.compile(
    r"(?:在)?(?P<r>它|(?:"
    + _COLOURED_ONE.pattern
    + r")(?=\s?的?\s?(?:上面|下面|左边|右边|上方|下方))|"
    + _COLOUR_ZH
    + r"(?:圆形|圆|正方形|方形|方块|三角形|星星|星形|(?:the )?(?:circle|square|triangle|star)\s*)(?=\s?的?\s?(?:正上方|正下方|上面|下面|上方|下方|上边|下边|左边|右边|左侧|右侧|above(?![a-z])|below(?![a-z])|under(?![a-z])|over(?![a-z]))(?:那一格|一格|那格|的位置|\s*[，,。]|$|\s?(?:加|放|画|再|添|摆|来|有|也|要(?=[一两]))|\s*(?:add|put|place|draw)(?![a-z]))))\s?的?\s?(?P<d>正上方|正下方|上面|下面|上方|下方|上边|下边|左边|右边|左侧|右侧|above(?![a-z])|below(?![a-z])|under(?![a-z])|over(?![a-z]))(?:那一格|一格|那格|的位置)?"
)
_OFFSET = {"above": (0, -1), "over": (0, -1), "on top of": (0, -1), "up": (0, -1), "higher": (0, -1),
           "below": (0, 1), "under": (0, 1), "underneath": (0, 1), "beneath": (0, 1), "down": (0, 1), "lower": (0, 1),
           "to the left of": (-1, 0), "left of": (-1, 0), "left": (-1, 0), "to the left": (-1, 0),
           "to the right of": (1, 0), "right of": (1, 0), "right": (1, 0), "to the right": (1, 0),
           "上": (0, -1), "下": (0, 1), "左": (-1, 0), "右": (1, 0)}  # fmt: skip


_WHERE_IS = re.compile(
    r"(?<![a-z])(?:to |in |into )?where (?P<en>the (?:[a-z]+ ){0,2}?(?:circle|square|triangle|star|one|thing|shape)s?)"
    r" (?:is|sits|stands|is now|is sitting)(?![a-z])"
    r"|(?P<v>放到|移到|挪到|搬到|放在|移至)(?P<zh>[^，,。的]{1,8}?)(?:原来)?的位置(?:上|去)?"
)


def _where_another_is(text: str, scene: Scene) -> str:
    """ "put the circle where the star is", "把圆挪到星星的位置": that object's cell (the two trade places)."""
    m = _WHERE_IS.search(text)
    if m is None:
        return text
    chosen, _ = resolve(scene, read_ref(m.group("en") or m.group("zh")), None)
    if len(chosen) != 1 or chosen[0].position not in vocab.POSITIONS:
        return text
    pos = vocab.POSITIONS[chosen[0].position]
    said = f"{m.group('v')}{pos.zh}" if m.group("v") else f"to the {pos.en}"
    return text[: m.start()] + said + text[m.end() :]


_NEXT_ONE = re.compile(
    r"(?<![a-z])(?:the one|the shape|the thing|the object|whatever(?:'s| is)|what'?s)\s+(?:(?:directly|right|just|immediately)\s+)?"
    r"(?P<d>above|below|under|underneath|beneath|over|to the left of|to the right of|left of|right of|on top of)\s+"
    r"(?P<en>it|the (?:[a-z]+ )?(?:circle|square|triangle|star|one|thing|shape))(?![a-z])"
    r"|(?P<zh>它|[^，,。把将在]{1,6}?)的?(?P<dz>正上方|正下方|上面|下面|上方|下方|上边|下边|左边|右边|左侧|右侧)(?:的)?那[个只颗](?![格位地])"
)


def _the_one_next_to(text: str, scene: Scene, focus: str | None) -> str:
    """ "the one under the star", "星星下面那个": the object in the next occupied cell that way from it,
    named by its place."""
    m = _NEXT_ONE.search(text)
    if m is None:
        return text
    anchor = m.group("en") or m.group("zh")
    if m.group("zh") and not (anchor == "它" or any(t.kind == "shape" for t in w.tokens(anchor))):
        return text
    chosen, _ = resolve(scene, read_ref(anchor), focus)
    if len(chosen) != 1 or chosen[0].position not in vocab.POSITIONS:
        return text
    d = m.group("d") or m.group("dz")
    dx, dy = _OFFSET.get(d) or _OFFSET["上" if "上" in d else "下" if "下" in d else "左" if "左" in d else "右"]
    p = vocab.POSITIONS[chosen[0].position]
    col, row = p.col + dx, p.row + dy
    while 0 <= col <= 2 and 0 <= row <= 2:
        cell = w.cell(col, row)
        if any(s.position == cell for s in scene.subjects):
            pos = vocab.POSITIONS[cell]
            said = f"{pos.zh}那个" if m.group("dz") else f"the one at the {pos.en}"
            return text[: m.start()] + said + text[m.end() :]
        col, row = col + dx, row + dy
    return text


_BESIDE_IT = re.compile(
    r"(?<![a-z])(?:(?:right|directly|just|immediately)\s+)?(?P<d>above|below|under|underneath|beneath|to the left of|"
    r"to the right of|left of|right of) (?:it|the (?P<s>circle|square|triangle|star))(?![a-z])"
    r"|(?:它|(?P<zs>圆形|圆|正方形|方块|三角形|三角|星星|星形))的?正?(?P<dz>上面|上方|上边|下面|下方|下边|左边|左侧|右边|右侧)"
)
_SHAPE_ZH = {"圆形": "circle", "圆": "circle", "正方形": "square", "方块": "square", "三角形": "triangle", "三角": "triangle",
             "星星": "star", "星形": "star"}  # fmt: skip


def _beside_the_one_before(text: str, lang: str) -> str:
    """ "上方一个橙色星星，它下面放一个紫色圆形", "a star at the top, a circle right below it": the cell next to
    the object described just before, that way."""
    m = _BESIDE_IT.search(text)
    if m is None:
        return text
    before = [x for x in parse_objects(text[: m.start()], lang) if x.position in vocab.POSITIONS]
    named = m.group("s") or _SHAPE_ZH.get(m.group("zs") or "")
    if named:  # "方块左边一个小黑圆", "a circle below the star": the one of that shape described before
        before = [x for x in before if x.shape == named]
        if len(before) != 1:
            return text
    if not before:
        return text
    d = m.group("d") or m.group("dz")
    dx, dy = _OFFSET.get(d) or _OFFSET["上" if "上" in d else "下" if "下" in d else "左" if "左" in d else "右"]
    p = vocab.POSITIONS[before[-1].position]
    col, row = p.col + dx, p.row + dy
    if not (0 <= col <= 2 and 0 <= row <= 2):
        return text
    pos = vocab.POSITIONS[w.cell(col, row)]
    said = pos.zh if m.group("dz") else f"at the {pos.en}"
    return text[: m.start()] + said + _beside_the_one_before(text[m.end() :], lang)


def _strip_relative_anchor(clause: str, scene: Scene | None = None, focus: str | None = None) -> tuple[str, str | None]:
    """ "directly above it", "to its right", "在它右边那一格": the text without it, and the cell it means
    (None when there is no such phrase or no scene to measure from)."""
    rest, cell, _ = relative_anchor(clause, scene, focus)
    return rest, cell


_AGAIN_BEFORE_SIDE = re.compile(
    r"((?:circle|square|triangle|star|圆形|圆|正方形|方形|方块|三角形|星星|星形|它)\s*)(?:再|也)(?=\s*(?:上面|下面|左边|右边|上方|下方))"
)


def relative_anchor(
    clause: str, scene: Scene | None = None, focus: str | None = None
) -> tuple[str, str | None, Subject | None]:
    """As ``_strip_relative_anchor``, with the object the place is measured from ("a red one under it": the
    one "it" is, whose shape "one" takes)."""
    clause = _plain_sides(clause)
    clause = _AGAIN_BEFORE_SIDE.sub(r"\1", clause)  # "circle 再下面放一个 …": below the circle
    side = _OTHER_SIDE.search(clause)
    if side and scene is not None:
        # "on the other side of the circle", "在圆的另一边": the mirror, through that object, of the one just named
        rest = clause[: side.start()] + " " + clause[side.end() :]
        chosen, _ = resolve(scene, read_ref(side.group("r") or side.group("r2")), None)
        mirrored = scene.subject(focus) if focus else None
        if len(chosen) == 1 and mirrored is not None and mirrored.id != chosen[0].id:
            a, f = vocab.POSITIONS[chosen[0].position], vocab.POSITIONS[mirrored.position]
            col, row = 2 * a.col - f.col, 2 * a.row - f.row
            if 0 <= col <= 2 and 0 <= row <= 2:
                return rest, w.cell(col, row), chosen[0]
        return rest, None, None
    counted = counted_step(clause)
    if counted is not None:
        return _step_from(counted[0], counted[1], scene, focus)
    m = _REL_EN.search(clause)
    offset = None
    anchor_text = None
    if m:
        d = m.group("d") or m.group("d2") or m.group("d3") or m.group("d4") or m.group("d5") or m.group("d6")
        d = d or m.group("d7") or m.group("d8") or m.group("d9") or m.group("d10") or m.group("d11") or m.group("d12")
        offset = _OFFSET.get(d)
        anchor_text = m.group("r") or m.group("r8") or m.group("r7") or "it"
        if offset is not None and not (m.group("r") or m.group("r8") or m.group("r7") or m.group("d2")):
            # "move the square one cell to the right", "the circle one down": a step from the object named
            # "the circle one down", "the square down one": the object stays named
            keep = m.end("n9") if m.group("n9") else m.end("n12") if m.group("n12") else m.start()
            return _step_from(clause[:keep] + " " + clause[m.end() :], offset, scene, focus)
    else:
        mz = _REL_ZH.search(clause) if zh_frame(clause) or is_cjk(clause) else None
        step = _STEP_ZH.search(clause) if zh_frame(clause) else None
        if mz is None and step is not None and not any(t.kind == "pos" for t in w.tokens(clause[step.end() :])):
            offset = _OFFSET[step.group("d") or step.group("d2")]
            rest = clause[: step.start()] + " " + clause[step.end() :]
            return _step_from(rest, offset, scene, focus)
        named = [t.key for t in w.tokens(mz.group("r")) if t.kind == "shape"] if mz else []
        if named and scene is not None and not any(s.kind == named[0] for s in scene.subjects):
            mz = None  # "加 green square 右边" with no square yet: the new square's side, not the side of one
        coloured = mz is not None and _COLOURED_ONE.fullmatch(mz.group("r").strip())
        if mz and (mz.group("r").startswith(("它", "那个")) or named or coloured):
            m = mz
            d = mz.group("d")
            offset = _OFFSET.get(d) or _OFFSET.get(
                "上" if "上" in d else "下" if "下" in d else "左" if "左" in d else "右"
            )
            anchor_text = mz.group("r")
    if m is None or offset is None:
        return clause, None, None
    rest = clause[: m.start()] + " " + clause[m.end() :]
    if m.re is _REL_EN and m.group("r7") and m.group("r7") != "it":
        rest = clause[: m.start("d7")] + " " + clause[m.end() :]  # "move the star up a bit": the star stays named
    if scene is None:
        return rest, None, None
    ref = read_ref(anchor_text or "it")
    chosen, _ = resolve(scene, ref, focus)
    if not chosen or chosen[0].position not in vocab.POSITIONS:
        return rest, None, None
    p = vocab.POSITIONS[chosen[0].position]
    col, row = p.col + offset[0], p.row + offset[1]
    if not (0 <= col <= 2 and 0 <= row <= 2):
        return rest, None, None
    return rest, w.cell(col, row), chosen[0]


# "star 的 above", "square 的 right side": an English side after 的 is the Chinese one; "in the up of the circle": above
_SIDE_AFTER_DE = re.compile(
    r"(?P<s>(?<![a-z])(?:circle|square|triangle|star)|圆形|圆|正方形|方形|方块|三角形|三角|星星|星形)\s?的\s?(?:the\s+)?"
    r"(?:(?P<u>above|on top|over)|(?P<b>below|under|beneath)|(?P<l>left)|(?P<r>right))(?:\s+side)?(?![a-z])"
)
_UP_OF = re.compile(r"(?<![a-z])(?:in|on|at) the (?P<d>up|down) of (?=it\b|the [a-z]+)")


def _plain_sides(clause: str) -> str:
    clause = _UP_OF.sub(lambda m: "above " if m.group("d") == "up" else "below ", clause)
    if not is_cjk(clause):
        return clause
    sides = {"u": "上面", "b": "下面", "l": "左边", "r": "右边"}
    return _SIDE_AFTER_DE.sub(lambda m: m.group("s") + "的" + next(v for k, v in sides.items() if m.group(k)), clause)


def _step_from(
    rest: str, offset: tuple[int, int], scene: Scene | None, focus: str | None
) -> tuple[str, str | None, Subject | None]:
    """The cell one step from the object ``rest`` names (or "it"), and that object."""
    if scene is None:
        return rest, None, None
    ref = read_ref(rest)
    chosen, _ = resolve(scene, ref if not ref.empty else Ref(pronoun=True), focus)
    if not chosen or chosen[0].position not in vocab.POSITIONS:
        return rest, None, None
    p = vocab.POSITIONS[chosen[0].position]
    col, row = p.col + offset[0], p.row + offset[1]
    if not (0 <= col <= 2 and 0 <= row <= 2):
        return rest, None, None
    return rest, w.cell(col, row), chosen[0]
