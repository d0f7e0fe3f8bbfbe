"""References: which object(s) some words mean ("the red one", "左边那个", "it"), and where the words
naming the object end in a clause."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.language import words as w
from core.rewriter.shapes.cues import OTHER, PLURAL_EN, PLURAL_ZH, PRONOUN_EN, PRONOUN_ZH
from core.scene import Scene, Subject
from core.world import vocab


@dataclass
class Ref:
    """Which object(s) some words mean."""

    shape: str | None = None
    colour: str | None = None
    size: str | None = None
    v: str | None = None
    h: str | None = None
    centre: bool = False
    pronoun: bool = False
    plural: bool = False
    other: bool = False
    one_of: bool = False  # "one of them": any of several, so the user must say which
    count: int = 0  # "the other two": how many
    nth: int = 0  # "the second star", "第二个": its place in the order drawn (-1: the last)

    @property
    def empty(self) -> bool:
        return not (self.shape or self.colour or self.size or self.v or self.h or self.centre)


_DIRECTION = re.compile(
    r"[往向朝](?:左|右|上|下)(?:边|面|方)?|(?<![a-z])(?:further|farther|more) (?:left|right|up|down)(?![a-z])"
)


def read_ref(text: str) -> Ref:
    text = _DIRECTION.sub(" ", text)  # "再往左挪到正上方": a direction, not which object
    toks = list(w.tokens(text))
    ref = Ref()
    for t in toks:
        if t.kind == "shape" and ref.shape is None:
            ref.shape = t.key
            if re.search(
                r"(?<![a-z])(?:circles|squares|triangles|stars|discs|boxes)(?![a-z])", text[t.start : t.end + 1]
            ):
                ref.plural = True
        elif t.kind == "colour" and ref.colour is None:
            ref.colour = t.key
        elif t.kind == "size" and ref.size is None:
            ref.size = t.key
        elif t.kind == "pos":
            if t.key in vocab.POSITIONS:
                vv, hh = t.key.split("-")
                ref.v, ref.h = ref.v or vv, ref.h or hh
            elif t.key.startswith("v:"):
                ref.v = ref.v or t.key[2:]
            elif t.key.startswith("h:"):
                ref.h = ref.h or t.key[2:]
            else:
                ref.centre = True
    if ref.shape is None:
        ref.shape = w.nickname(text)  # "make the sun smaller", "月亮太小了"
    ref.pronoun = bool(PRONOUN_EN.search(text) or PRONOUN_ZH.search(text.replace("的那个", "").replace("那个", "那个")))
    ref.plural = ref.plural or bool(PLURAL_EN.search(text) or PLURAL_ZH.search(text))
    ref.other = bool(OTHER.search(text))
    m = re.search(r"(?<![a-z])(two|three)(?![a-z])|(两|三)个", text)
    ref.count = {"two": 2, "three": 3, "两": 2, "三": 3}[m.group(1) or m.group(2)] if m else 0
    ref.one_of = bool(
        re.search(r"(?<![a-z])(?:one of (?:them|the|those)|either|any of)(?![a-z])|其中一个|随便一个", text)
    )
    if ref.one_of:
        ref.plural = False
    m = _ORDINAL.search(text)
    if m:
        ref.nth = _ORDINALS[next(g for g in m.groups() if g)]
    return ref


_ORDINAL = re.compile(
    r"(?:(?<![a-z])the |^\s*)(first|second|third|last)(?= one|\s+(?:[a-z]+\s+)?(?:circle|square|triangle|star|shape|object|thing)s?(?![a-z]))"
    r"|第\s*([一二三123])\s*[个只颗]|(最后)(?:一|那|的那?)[个只颗]"
    # "remove object 1", "shape #2", "the 2nd one": numbered the way the user listed them
    r"|(?<![a-z])(?:object|shape|item|no\.?|number|#)\s*#?([123])(?![0-9])|(?<![a-z])the (1st|2nd|3rd)(?![a-z])"
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "last": -1, "一": 1, "二": 2, "三": 3, "最后": -1, "1": 1, "2": 2,
             "3": 3, "1st": 1, "2nd": 2, "3rd": 3}  # fmt: skip


def _nth(fits: list[Subject], nth: int) -> list[Subject]:
    """The ``nth`` of ``fits`` in the order drawn ([] when there are not that many)."""
    if nth == -1:
        return fits[-1:]
    return [fits[nth - 1]] if 0 < nth <= len(fits) else []


def _fits(s: Subject, ref: Ref, strict_centre: bool = True) -> bool:
    if ref.shape and s.kind != ref.shape:
        return False
    if ref.colour and s.colour != ref.colour:
        return False
    if ref.size and s.size != ref.size:
        return False
    if s.position in vocab.POSITIONS:
        p = vocab.POSITIONS[s.position]
        if ref.v and p.row != (0 if ref.v == "top" else 2):
            return False
        if ref.h and p.col != (0 if ref.h == "left" else 2):
            return False
        if ref.centre:
            if ref.v and p.col != 1:
                return False
            if ref.h and p.row != 1:
                return False
            if not ref.v and not ref.h and strict_centre and s.position != "center":
                return False
    elif ref.v or ref.h or ref.centre:
        return False
    return True


def _exact_cell(ref: Ref) -> str | None:
    if ref.v and ref.h:
        return w.CORNERS[(ref.v, ref.h)]
    if ref.v or ref.h:
        return ref.v or ref.h
    return "center" if ref.centre else None


def resolve(scene: Scene, ref: Ref, focus: str | None, *, strong: bool = True) -> tuple[list[Subject], list[Subject]]:
    """(the subjects meant, the candidates when it is ambiguous).

    "it" is the object last mentioned (``focus``); a description that fits several objects
    means the focus only when the last turn was about it (``strong``), else the user is asked."""
    subjects = list(scene.subjects)
    if not subjects:
        return [], []
    if ref.empty:
        if ref.other and focus is not None:
            rest = [s for s in subjects if s.id != focus]
            wanted = ref.count or len(rest)
            return (rest if rest and len(rest) >= wanted else subjects), []
        if ref.plural and not ref.pronoun or (ref.plural and len(subjects) > 1 and not ref.pronoun):
            return subjects, []
        if ref.plural:
            return subjects, []
        if ref.nth and len(subjects) > 1 and _nth(subjects, ref.nth):
            return _nth(subjects, ref.nth), []
        chosen = scene.subject(focus) if focus else None
        if chosen is not None and not ref.one_of:
            return [chosen], []
        if len(subjects) == 1:
            return subjects, []
        return [], subjects
    fits = [s for s in subjects if _fits(s, ref)]
    if not fits and ref.centre and not ref.v and not ref.h:
        fits = [s for s in subjects if _fits(s, ref, strict_centre=False) and vocab.POSITIONS[s.position].col == 1] or [
            s for s in subjects if _fits(s, ref, strict_centre=False) and vocab.POSITIONS[s.position].row == 1
        ]
    if ref.other and focus is not None:
        fits = [s for s in fits if s.id != focus] or fits
    if len(fits) <= 1 or ref.plural:
        return fits, []
    if ref.nth and _nth(fits, ref.nth):
        return _nth(fits, ref.nth), []
    if ref.one_of:
        return [], fits
    exact = _exact_cell(ref)
    if exact is not None:  # "the one at the bottom": the bottom cell itself before the bottom row
        at = [s for s in fits if s.position == exact]
        if len(at) == 1:
            return at, []
    chosen = next((s for s in fits if s.id == focus), None) if strong else None
    if chosen is not None:
        return [chosen], []
    return [], fits


def _names_existing(clause: str) -> bool:
    """ "turn the blue circle into a triangle": the clause names an object it changes (not a new one to add)."""
    head = re.split(r"(?<![a-z])(?:into|to|as)(?![a-z])|成|为", clause)[0]
    return bool(re.search(r"(?<![a-z])(?:the|that|this|it|its|them)(?![a-z])|它|那个|这个", head))


def _axis(t: w.Tok) -> str:
    """Which part of a cell a place word names: "v" (row), "h" (column), "c" (middle) or "cell" (a whole corner)."""
    return t.key[0] if ":" in t.key else "c" if t.key == "c" else "cell"


def _cell_named(toks: list[w.Tok]) -> bool:
    """Whether place words already name one cell whole: a corner, or a row or column and its middle."""
    axes = {_axis(t) for t in toks}
    return "cell" in axes or {"v", "h"} <= axes or "c" in axes and bool(axes & {"v", "h"})


def _zh_ref_end(text: str) -> int:
    """Where a Chinese "…的" naming an object by its place, colour or size ends ("下边的", "左侧正中的那个"); 0 if
    ``text`` does not start with one."""
    m = re.match(
        # an English word may stand in the Chinese frame: "blue 的 small 一点", "bottom 那个 改成 red"
        r"\s*(?:就|那|这|把)?(?:[\u4e00-\u9fff]|[a-z-]+(?![a-z-])\s*){1,8}?\s*(?:的(?:那个|那颗|那只|那一个)?|(?<=[\u4e00-\u9fff\s])那[个颗只])",
        text,
    )
    if m is None:
        return 0
    toks = w.tokens(text)
    inside = [t for t in toks if t.end <= m.end()]
    if _ORDINAL.search(text[: m.end()]):
        return m.end()  # "最后那个 small": the last one
    if not inside or any(t.kind in ("shape", "one", "more") for t in inside):
        return 0
    if any(t.kind == "shape" and t.start == m.end() for t in toks):
        return 0  # "绿色的圆形": the shape is the head
    return m.end()


def only_pronoun(text: str) -> bool:
    """Whether the only object ``text`` names is "it" / "它" (no shape, no "one")."""
    return not any(t.kind in ("shape", "one") for t in w.tokens(text)) and bool(
        re.search(r"(?<![a-z])it(?![a-z'])|它", text)
    )


def _has_head(text: str) -> bool:
    """Whether ``text`` names an object: a shape word, "one", a pronoun, "both", "那个"."""
    if any(t.kind in ("shape", "one") for t in w.tokens(text)) or w.nickname(text):
        return True
    return bool(
        PRONOUN_EN.search(text)
        or PLURAL_EN.search(text)
        or re.search(r"它|那个|这个|的那|两个|都|另外|另一|剩下|(?<![a-z])(?:whatever|whichever)(?![a-z])", text)
    )


_FILLER_AFTER_ONE = re.compile(
    r"[\s-]*(?:(?:(?:that'?s|which is|sitting|placed|on|in|at|near|by|along|over|up|down|the|far|very|"
    r"of|corner|side|edge|canvas|picture|(?:right|just|smack|dab|bang|slap|exactly|squarely)(?=\s+(?:in|at|on|dab|by)\b))"
    r"(?![a-z])|在|的)[\s-]*)*"
)
_STANDALONE = re.compile(
    r"(?<![a-z])(?:it|its|them|they|both|all|everything|that one|this one|those|these|(?:the )?other(?: two| three| ones?)?"
    r"|the others|the rest|(?:the )?remaining(?: two| three| ones?)?)(?![a-z'])"
)


def _head_end(text: str) -> int:
    """Where the reference words end: "the red one on the left| yellow", "that circle| 橙色", "it| bigger"."""
    toks = list(w.tokens(text))
    heads = [t for t in toks if t.kind in ("shape", "one")]
    what = re.search(
        r"(?<![a-z])(?:whatever|whichever)(?:'s| is| one is| one'?s| one| thing'?s| thing is| thing)?(?![a-z])", text
    )
    if not heads and what:  # "shrink whatever's in the middle": like "the one in the middle"
        heads = [w.Tok("one", "one", what.start(), what.end())]
    zh_head = re.match(r"\s*[\u4e00-\u9fff]{1,8}?的(?:那个|那颗|那只)?(?![\u4e00-\u9fff])", text)
    if not heads and zh_head and any(t.end <= zh_head.end() for t in toks):
        return zh_head.end()  # "scale 下边的 down": a Chinese "…的" names the object in an English sentence
    nick = w.nickname_tok(text) if not heads else None
    if nick is not None:
        heads = [nick]  # "the sun| smaller"
    pron = _STANDALONE.search(text)
    if not heads and not pron:
        return 0
    if heads and (not pron or heads[0].start < pron.start()):
        end = heads[0].end
        if heads[0].kind == "one":  # "the one on the far left", "the one in the upper left corner", "the one 在左上方"
            taken: list[w.Tok] = []
            while True:
                m = _FILLER_AFTER_ONE.match(text, end)
                nxt = next((t for t in toks if t.kind == "pos" and t.start == m.end()), None)
                if nxt is None:
                    break
                second = taken and re.search(r"(?<![a-z])(?:in|at|on|into|to)(?![a-z])", text[end : m.end()])
                if second and (_cell_named(taken) or _axis(nxt) in {_axis(t) for t in taken}):
                    break  # "the one in the bottom middle| in the bottom-left corner": a second place, the target
                taken.append(nxt)
                end = nxt.end
            m2 = re.match(r"\s*(?:corner|side|edge)(?![a-z])", text[end:])
            end += m2.end() if m2 else 0
    else:
        end = pron.end()
        # "both circles", "all the squares", "the other two stars": the quantifier belongs to the head after it
        after = next((t for t in heads if t.start >= end), None)
        if (
            after is not None
            and re.fullmatch(
                r"both|all|each|every|those|these|(?:the )?other(?: two| three)?|(?:the )?remaining", pron.group()
            )
            and re.fullmatch(
                r"(?:\s+(?:of|the|two|three|small|large|big|little|tiny|huge|red|orange|yellow|green|blue|"
                r"purple|white|black))*\s+",
                text[end : after.start],
            )
        ):
            end = after.end
    m3 = re.match(r"\s+(?:all|both)(?![a-z])", text[end:])
    return end + (m3.end() if m3 else 0)
