"""Cutting an edit message into clauses and giving each its operation; rewrites of the whole
message made before that (a value taken back, two shapes traded)."""

from __future__ import annotations

import re

from core.language import words as w
from core.rewriter.shapes.background import _BEHIND, colour_words, take_background
from core.rewriter.shapes.cues import BG_CUE, CLAUSE_SPLIT, PRONOUN_EN, _indefinite_object, find_op
from core.rewriter.shapes.refs import _has_head
from core.rewriter.shapes.relations import _REL_EN, _REL_ZH
from core.rewriter.shapes.restated import restated
from core.rewriter.shapes.trades import ENDS_SWAP

_CROSS_VERB = re.compile(
    r"(?<![a-z])(?:becomes?|turns? into|changes? (?:in)?to|into|to|is now|should be|instead)(?![a-z])|->|→|变成?|改成|换成|改为|变为"
)
_CROSS_LEAD = re.compile(
    r"^\s*(?:(?:swap|switch|exchange|trade)[^:：]*|(?:交换|互换|调换)[^:：]*|[^:：]*(?:交换|互换|对调|调换))[:：]\s*"
)


def _crossed_shapes(text: str) -> str:
    """ "the circle becomes a square and the square becomes a circle", "星星变正方形，正方形变星星": the two
    trade shapes at once (applied one after the other, the second would find two squares)."""
    shapes = [t for t in w.tokens(text) if t.kind == "shape"]
    if len(shapes) != 4:
        return text
    a, b, b2, a2 = shapes
    if a.key == b.key or (a.key, b.key) != (a2.key, b2.key):
        return text
    gapped = re.fullmatch(r"\s*(?:an?\s+)?", text[b2.end : a2.start])  # "… and the square a circle"
    made = re.fullmatch(r"\s*(?:an?\s+)?", text[a.end : b.start]) and re.search(
        r"(?<![a-z])(?:make|turn)\s+(?:the\s+)?$", text[: a.start]
    )  # "make the circle a square, …"
    if not (
        (made or _CROSS_VERB.search(text[a.end : b.start])) and (gapped or _CROSS_VERB.search(text[b2.end : a2.start]))
    ):
        return text
    if re.search(r"[a-z]", text[b.end : b2.start]) and not re.search(
        r"(?<![a-z])(?:and|then)(?![a-z])|[,;]", text[b.end : b2.start]
    ):
        return text
    lead = _CROSS_LEAD.match(text[: a.start])
    start = 0 if lead and lead.end() >= len(text[: a.start].rstrip()) - 4 else a.start
    head = re.sub(r"(?:(?<![a-z])(?:make|turn|change|have|let|set)\s+)?(?:the\s+)?$|把$", "", text[:start])
    return f"{head}swap the shapes of the {a.key} and the {b.key}{text[a2.end :]}"


def clause_after_removal(text: str) -> str:
    return text


_EVERY_OBJECT = re.compile(r"(?<![a-z])(?:make|turn|paint|colou?r)\s+everything\s+(?!(?:behind|around|else))")


def clause_op(clause: str) -> str | None:
    if any(_BEHIND.match(clause[t.end :]) for t in colour_words(clause)):
        return "background"  # "give me white behind it"
    whole = re.search(r"(?<![a-z])(?:the whole thing|everything)(?![a-z])|整个画面|整张图", clause)
    if (
        whole
        and _EVERY_OBJECT.search(clause)
        and re.search(r"(?<![a-z])(?:make|turn|paint|colou?r)\s+everything", clause)
    ):
        whole = None  # "make everything red": every object, the way "make all of them red" is
    if BG_CUE.search(clause) or whole:
        colours = [t for t in w.tokens(clause) if t.kind == "colour"]
        heads = [t for t in w.tokens(clause) if t.kind in ("shape", "one")]
        if heads and colours and take_background(clause)[0] is None:
            pass  # "middle of the canvas 再放一个小号 purple triangle": the colour is the triangle's
        elif colours or not heads and BG_CUE.search(clause):  # "it's dominating everything" is no background
            return "background"
    if ENDS_SWAP.match(clause):
        return "swap"  # "上下换一下", "左右对调": the two at either end trade places
    cue = find_op(clause)
    dropped_to = cue is not None and cue[0] == "remove" and clause[cue[1] : cue[2]] == "drop"
    rest = clause[cue[2] :] if cue is not None else ""
    if (
        dropped_to
        and re.search(r"(?<![a-z])(?:to|into|down to|over to|in)\s+(?:the\s+)?(?:very\s+)?[a-z-]+", rest)
        and any(t.kind == "pos" for t in w.tokens(rest))
    ):
        return "move"  # "drop it to the center cell"
    if cue is not None:
        if (
            cue[0] == "set"
            and re.match(r"换一下|换一换|调换一下|换换", clause[cue[1] :])
            and re.search(r"[和跟与]", clause[: cue[1]])
            and len([t for t in w.tokens(clause[: cue[1]]) if t.kind in ("shape", "one")]) >= 2
        ):
            return "swap"  # "星星和方块换一下": two objects trade places
        return cue[0]
    toks = w.tokens(clause)
    if any(t.kind == "more" for t in toks):
        return "set"
    if re.search(r"太大|太小|有点大|有点小|too (?:big|small|large|tiny)|looks? (?:tiny|huge|small|big)", clause):
        return "set"
    return None


CORRECTION = re.compile(
    r"(?:[—–-]+\s*)?(?<![a-z])(?:oh wait|oh no|no wait|wait|actually no|on second thought|scratch that|hmm no|no no|"
    r"or rather|i mean)(?![a-z])|……|…|\.\.\.|(?<=[，,。.…！!\s])(?:[哦噢喔啊呃]\s*)?(?:不行|不对|算了|等等|不不)(?=[，,。.！!\s])"
    # "…, 啊不, top-right", "… purple. no, black": a bare "no" / 不 as its own piece takes the value back
    r"|(?<=[，,。.！!]\s)(?:[哦噢喔啊呃]\s*)?不(?=\s*[，,])|(?<=[，,。.！!])(?:[哦噢喔啊呃]\s*)?不(?=\s*[，,])|(?<=[,.;!]\s)no(?=\s*,)"
    # "…bottom right, sorry, bottom left", "移到左下，呃，左边中间": an apology or a hesitation as its own piece
    r"|(?<=[,.;!]\s)(?:sorry|oops|er+|um+)(?=\s*,)|(?<=[，,])\s*(?:呃|额|嗯)\s*(?=[，,])"
    # "a blue star, no sorry, a blue triangle", "…, sorry no, …": a "no" and an apology together, as one piece
    r"|(?<=[,.;!]\s)(?:no\s*,?\s*(?:sorry|oops)|(?:sorry|oops)\s*,?\s*no)(?=\s*,)"
)
_VALUE_KINDS = ("colour", "size", "pos", "shape", "more")


# "圆应该在方块右边，不是左边", "make it blue, not green", "…, rather than the top": the value not wanted, said after
# the one wanted, is no instruction (only when nothing else follows in that piece)
_NOT_THAT = re.compile(
    r"(?<=[^\s,，])\s*[,，]?\s*(?:(?<![a-z])(?:and\s+)?(?:not|rather than|instead of)(?![a-z])|而?不是|而非)\s*(?P<v>[^,，。.;；!！?？]{1,24}?)"
    r"\s*(?=$|[。.!！;；])"
)
_NOT_VALUE = re.compile(
    r"(?<![a-z])(?:the|a|an|one|on|at|in|to|side|corner|cell|top|bottom|left|right|middle|center|centre|upper|lower|"
    r"red|orange|yellow|green|blue|purple|white|black|small|tiny|little|big|large|huge|circle|square|triangle|star|"
    r"of it|of the [a-z]+)(?![a-z])|[\s-]+|[左右上下中间边侧面方角的红橙黄绿蓝紫白黑色大小圆方块正形三星]"
)


# "…, and the square red - no, leave the square as it is", "…，方块变红，不对，方块别动": an edit taken back whole
_LEAVE_IT = re.compile(
    r"\s*(?:[—–-]+|[,;.])\s*(?:no|oh no|wait|actually|hmm)[,\s]+(?:leave|keep)\s+(?:the\s+)?(?P<en>circle|square|triangle|star)"
    r"\s+(?:as it is|as is|alone|the way it is|unchanged|as it was)[.!]*\s*$"
    r"|\s*[，,。]\s*(?:不对|算了|不不|哦不)[，,]?\s*(?P<zh>圆形?|方块|正方形|三角形?|星星|星形)(?:不用改了?|别动|不变|保持不变|就不改了|不改了?|先不动)[。!！]*\s*$"
)


# "make it bigger? 还是算了, keep it", "把它改成红色……算了，不改了": the whole edit taken back
_ALL_TAKEN_BACK = re.compile(
    r"^.{2,80}?(?:[?？,，.。…!！]|\s[-–—]+)\s*(?:hmm+\s*,?\s*)?(?:还是算了|算了吧?|never ?mind|nah|forget it|actually no|no wait)\s*"
    r"[,，.。!！]?\s*(?:(?:just\s+)?keep it(?: as it is| as is| like that| the way it is)?|leave it(?: as is| alone)?|保持(?:原样|不变)?|"
    r"不改了|不用了|就这样吧?|先不改)?\s*[.!。！~]*$"
)


def taken_back_whole(text: str) -> bool:
    """A message whose one edit is taken back at its end: nothing changes."""
    return _ALL_TAKEN_BACK.match(text) is not None


def _edit_taken_back(text: str) -> str:
    m = _LEAVE_IT.search(text)
    if m is None:
        return text
    word = m.group("en") or m.group("zh")
    before = text[: m.start()]
    spans = _pieces(before)
    for a, b in reversed(spans):
        if word in before[a:b] and len(spans) > 1:
            cut = before[:a].rstrip(" ,，;；")
            cut = re.sub(r"(?:,?\s*(?<![a-z])and|，|,)\s*$", "", cut)
            return cut + before[b:]
    return text


# "a green star top left — sorry, top right — and …": a value taken back between dashes, the description going on
_DASHED = re.compile(
    r"\s*[—–]+\s*(?:sorry|oops|i mean|no|er|um)[,\s]+(?:i mean\s+)?(?P<v>[^—–,.;]{1,30}?)\s*(?:[—–]+\s*|(?=[,.;]|$))"
)


def _dashed_correction(text: str) -> str:
    m = _DASHED.search(text)
    new = [t for t in w.tokens(m.group("v")) if t.kind in _VALUE_KINDS] if m else []
    if not new or len({t.kind for t in new}) != 1:
        return text
    old = [t for t in w.tokens(text[: m.start()]) if t.kind == new[0].kind]
    if not old:
        return text
    first = old[-1]
    for t in reversed(old[:-1]):  # "top left": the run of that kind's words ending last
        if text[t.end : first.start].strip():
            break
        first = t
    tail = text[m.end() :]
    return text[: first.start] + m.group("v").strip() + text[old[-1].end : m.start()] + (" " if tail else "") + tail


def self_corrected(text: str) -> str:
    """ "make the background white — oh wait, the circles would vanish. Blue then." -> "make the background blue";
    "背景改成白……不行，那就看不到了，改成红色" -> "背景改成红色": a value taken back mid-message is replaced by the
    one said after it; the reasoning in between is not an instruction."""
    text = _NOT_THAT.sub(lambda m: m.group(0) if _NOT_VALUE.sub("", m.group("v")).strip() else "", text)
    text = _edit_taken_back(_dashed_correction(text))
    for k, m in enumerate(CORRECTION.finditer(text)):
        if k == 12:
            break  # a person takes a value back once or twice; a thousand "……" in a row are not corrections
        done = restated(text, m) or _take_back(text, m)
        if done is not None:
            return done
    return text


def _pieces(text: str) -> list[tuple[int, int]]:
    """The spans of the clauses of ``text`` (CLAUSE_SPLIT's pieces, with where each ends)."""
    spans, at = [], 0
    for sep in CLAUSE_SPLIT.finditer(text):
        if sep.start() > at or sep.end() > at:
            spans.append((at, sep.start()))
            at = sep.end()
    spans.append((at, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip(" ,.;!?，。；！？")]


_BARE_SHAPE_WORD = re.compile(
    r"(?:(?:an?|the)\s+)?(?:circle|square|triangle|star)|(?:一个|个)?(?:圆形|圆|正方形|方块|三角形|三角|星星|星形)"
)


_ON_COLOUR = re.compile(r"(?:on|against)\s+(?:an?\s+)?(?:red|orange|yellow|green|blue|purple|white|black)")
_PLACING = re.compile(r"^\s*(?:放在|放到|摆在|画在|放|摆|在|(?:put|place) it)\s*")


def _take_back(text: str, m: re.Match[str]) -> str | None:
    before, after = text[: m.start()], text[m.end() :]
    old = [t for t in w.tokens(before) if t.kind in _VALUE_KINDS]
    if not old:
        return None
    old_bg = BG_CUE.search(before) is not None
    for a, b in reversed(_pieces(after)):
        piece = after[a:b]
        new = [t for t in w.tokens(piece) if t.kind in _VALUE_KINDS]
        if not new:
            continue
        if not old_bg and BG_CUE.search(piece) and take_background(piece)[0] is not None:
            continue  # "…, no wait, top left, on a white background": the background said after stays as said
        if not old_bg and _ON_COLOUR.fullmatch(piece.strip(" ,，.!")):
            continue  # "…, sorry, bottom left, on white": "on <colour>" at the end is the background
        # "red square, 呃 I mean triangle, 放右下": a bare shape word is the shape taken back, not a new object
        bare = _BARE_SHAPE_WORD.fullmatch(piece.strip(" ,，"))
        if _has_head(piece) and not PRONOUN_EN.fullmatch(piece.strip()) and not bare:
            if a > 0:
                # "a green circle on the right, no, on the left, and a small star at the top right": a further
                # object after the corrected value is kept as said; the value is in a piece before it
                continue
            return text  # a new instruction about an object, not the value taken back
        same = [t for t in old if t.kind == new[0].kind]
        if not same and a > 0 and _only_place(_PLACING.sub("", piece)):
            continue  # "…, i mean triangle, 放右下": the place said after the corrected value is kept as said
        if not same and a > 0:
            continue  # "改成蓝色…算了还是绿色吧，然后放小一点": a further step after the corrected value, kept as said
        if not same:
            return text
        t = same[-1]
        start = t.start
        if t.kind == "pos":  # "top left": the whole place said, not its last word
            for p in reversed(same[:-1]):
                if before[p.end : start].strip(" -的") or p.kind != "pos":
                    break
                start = p.start
        value = piece[new[0].start : new[-1].end]
        head, tail = before[:start] + value + before[t.end :], after[b:]
        return head.rstrip(" ,，、") + tail if tail.strip() else head + tail
    return None


def _only_place(piece: str) -> bool:
    """A piece that only says where: "on the lower right", "在它右边", "也就是正中间", "just above it"."""
    if find_op(piece) is not None:
        return False
    rest = _REL_EN.sub(" ", piece)
    rest = _REL_ZH.sub(" ", rest)
    toks = w.tokens(rest)
    if not any(t.kind == "pos" for t in toks) and rest == piece:
        return False
    return not any(t.kind != "pos" for t in toks) and not _has_head(rest)


def _swap_around(head: str, piece: str) -> bool:
    """ "switch the circle" + "the square around": one swap, split at its "and"."""
    return find_op(head + " and " + piece) is not None and find_op(head + " and " + piece)[0] == "swap"


# "make it yellow on a black background": the object's colour, then the background's, two clauses as with a comma
_COLOUR_EN = r"(?:red|orange|yellow|green|blue|purple|white|black)"
_RECOLOUR_ON_BG = re.compile(
    rf"(?P<lead>(?<![a-z])(?:make|turn|paint|colou?r)\s+(?:it|them|the [a-z]+)\s+{_COLOUR_EN})"
    rf"\s+(?P<bg>(?:on|with|against)\s+(?:an?\s+)?{_COLOUR_EN}\s+(?:background|bg|backdrop)(?![a-z]))"
)


def split_clauses(text: str) -> list[str]:
    """Clauses of an edit: a piece starts a new clause when it has its own verb or names an object."""
    text = _RECOLOUR_ON_BG.sub(r"\g<lead> , \g<bg>", text)
    pieces = [p.strip(" ,.;!?，。；！？") for p in CLAUSE_SPLIT.split(text)]
    pieces = [p for p in pieces if p]
    # "on the lower right, a little orange triangle", "在它右边，也就是正中间，再加一个…": a place said first
    # belongs to the object added after it.
    k = len(pieces) - 2
    while k >= 0:
        nxt = pieces[k + 1]
        if _only_place(pieces[k]) and (clause_op(nxt) == "add" or _indefinite_object(nxt) and clause_op(nxt) is None):
            pieces[k : k + 2] = [pieces[k] + " , " + nxt]
        k -= 1
    clauses: list[str] = []
    current_op: str | None = None
    for piece in pieces:
        if (
            clauses
            and re.match(
                r"(?:halfway|half way|middle height|centered|centred|vertically|horizontally|in the middle|"
                r"middle|dead cent|the (?:top|bottom|left|right) (?:edge|side)|corner)",
                piece,
            )
            and not find_op(piece)
        ):
            clauses[-1] = clauses[-1] + " , " + piece
            continue
        if clauses and re.fullmatch(
            rf"(?:(?:a|an)\s+)?(?:(?:{w._ATTR}|very|really|quite|pretty|nice)[\s,]+)+ones?", piece
        ):
            clauses[-1] = clauses[-1] + " , " + piece  # "…, a big one", "… star! little one.": the object just named
            continue
        if clauses and _indefinite_object(clauses[-1]) and _only_place(piece) and not find_op(clauses[-1]):
            clauses[-1] = clauses[-1] + " , " + piece  # "ok a triangle then, red, to its right": where it goes
            continue
        op = clause_op(piece)
        if (
            clauses
            and (
                op is None
                and (current_op == "swap" and clause_op(clauses[-1]) == "swap" or _swap_around(clauses[-1], piece))
                # "the square and the star should swap places"
                or op == "swap"
                and clause_op(clauses[-1]) is None
                and len([t for t in w.tokens(piece[: find_op(piece)[1]]) if t.kind in ("shape", "one")]) <= 1
            )
            # the clause so far names one object (read last: the clause grows, reading it for each piece is slow)
            and len([t for t in w.tokens(clauses[-1]) if t.kind in ("shape", "one")]) == 1
        ):
            clauses[-1] = clauses[-1] + " and " + piece  # "swap the triangle and the circle"
            continue
        starts = op is not None or (current_op != "add" and _has_head(piece))
        if current_op == "add" and op is None:
            starts = False
        if op == "add" and current_op == "add" and not find_op(piece):
            starts = False
        if not clauses or starts:
            clauses.append(piece)
            current_op = op or current_op
        else:
            clauses[-1] = clauses[-1] + " , " + piece
    return clauses
