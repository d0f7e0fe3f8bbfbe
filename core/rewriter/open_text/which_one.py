"""Two of a kind ("a red mug on the left and a blue mug on the right"): which one an edit means.

"make the mug green" fits both mugs, so it changes nothing and asks which; "the blue one", "左边那只"
or "both" then gets the asked edit. Words that single one out ("the blue mug") send the edit to it.
The edit itself is the ordinary span edit, run with the other mugs' head words hidden, so every
kind of edit (colour, size, removal, material) works on the one meant and touches nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core import messages
from core.language import bilingual
from core.language import general_lexicon as gl
from core.language import lexicon as lx
from core.language.patterns import compiled
from core.rewriter.open_text.spans import Edit, _same_thing, _stem
from core.rewriter.open_text.word_classes import COLOUR_ZH, _is_modifier
from core.scene import Change

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")
# a thing introduced one by one: "a mug", "one brass lamp", "another cup"
_ONE_EN = frozenset(("a", "an", "one", "another"))
# where the words naming a thing stop: "a mug | on the left", "a labrador | catching a frisbee"
_AFTER_HEAD_EN = frozenset(
    [
        "on",
        "in",
        "at",
        "by",
        "with",
        "and",
        "beside",
        "near",
        "under",
        "over",
        "of",
        "next",
        "behind",
        "against",
        "for",
        "from",
        "to",
        "that",
        "which",
        "who",
        "while",
        "inside",
        "outside",
        "above",
        "below",
        "across",
        "along",
        "around",
        "between",
        "is",
        "are",
        "was",
        "sits",
        "sitting",
        "stands",
        "standing",
        "lies",
        "lying",
        "hangs",
        "hanging",
    ]
)
_ONE_ZH = re.compile(r"(?:另)?一[个只条张把支根片双壶杯碗盘朵棵座艘辆匹头套顶块盏幅瓶盒束枝位名件款台架颗]")
_MANY_ZH = re.compile(r"[两二三四五几多双][个只条张把支根片壶杯碗盘朵棵座艘辆匹头套顶块盏幅瓶盒束枝位名件款台架颗]")
_ZH_EDIT_VERB = re.compile(
    r"换成|改成|变成|改为|换为|变为|涂成|染成|刷成|漆成|去掉|删掉|删除|拿掉|不要|放大|缩小|画大|画小|画得|调成|"
    r"再|加|戴|改|换|变|弄|挪|移|放到|更|太|有点|颜色"
)
_BOTH = re.compile(
    r"(?i)^(?:both|both of them|all of them|all|the two of them|each of them|each one|either)\b"
    r"|^(?:那)?(?:两个|两只|两盏|两辆|两张|两把|两杯|两朵|两颗|三个|全部|全都|都)(?:都|一起)?(?:改|要|换|变|是)?"
)
_ALL_IN_MESSAGE = re.compile(r"(?i)\b(?:both|all|each)\b|两个|两只|两盏|两辆|全部|都")
# words of an answer that say nothing about which one: "the one", "那只", "obvs"
_ANSWER_FILLER_EN = frozenset(
    [
        "the",
        "one",
        "ones",
        "that",
        "this",
        "i",
        "mean",
        "meant",
        "please",
        "pls",
        "obviously",
        "obvs",
        "of",
        "course",
        "sorry",
        "oh",
        "um",
        "uh",
        "yes",
        "yeah",
        "the",
    ]
)
_ANSWER_FILLER_ZH = re.compile(r"[的那这个只盏辆条张把位就吧啊呀哦嗯是一啦]")
_SYNONYMS_EN = {"big": ("large",), "large": ("big",), "small": ("little", "tiny"), "little": ("small",),
                "tiny": ("small",), "middle": ("center", "centre"), "centre": ("center", "middle"),
                "center": ("centre", "middle"), "upper": ("top",), "lower": ("bottom",)}  # fmt: skip
_ZH_TO_EN = {"左": "left", "右": "right", "上": "top", "下": "bottom", "大": "big", "小": "small", "中": "middle"}
_EN_TO_ZH = {"left": "左", "right": "右", "top": "上", "bottom": "下", "big": "大", "large": "大", "small": "小",
             "little": "小", "middle": "中", "center": "中"}  # fmt: skip
MARK = 0xE000  # private-use characters stand in for the hidden head words while an edit runs


@dataclass(frozen=True)
class Thing:
    """One of several things of a kind: its head word in ``phrases[phrase][start:end]`` and the words
    of the prompt that name it (``text``: what the question shows and an answer is matched against)."""

    phrase: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Pick:
    """What an edit message says about a kind with several things: the one(s) meant, or a question."""

    head: str
    things: tuple[Thing, ...]
    chosen: tuple[int, ...]  # indices into things; empty: ask which

    def question(self, lang: str) -> str:
        return ask_which([self.things[k] for k in range(len(self.things))], lang)


def ask_which(things: list[Thing], lang: str) -> str:
    names = [messages.text("ask_which_name", lang, name=_shown(t.text, lang)) for t in things]
    return messages.text("ask_which", lang, choices=messages.listing(names, lang, last="join_list_or"))


def _shown(text: str, lang: str) -> str:
    described = _DESCRIBED_ZH.fullmatch(text)
    if described:  # "一个蓝色" of "两个马克杯，一个蓝色一个绿色": 蓝色的那个; "左边一个白色的": 左边白色的那个
        side = re.match(r"[左右]边|[左右]侧|[前后上下]面", text)
        return f"{side.group(0) if side else ''}{described.group(1)}的那个"
    if lang == "en" and re.fullmatch(r"(?i)one\s+[a-z -]+", text):
        return text.split(None, 1)[1] + " one"  # "one blue" of "two mugs, one blue and one green": the blue one
    return re.sub(r"(?i)^(?:a|an|one|another)\s+", "", text) if lang == "en" else text


# -- the things of a kind in the prompt -------------------------------------------------------------------


def things_en(phrases: list[str], head: str) -> list[Thing]:
    """Every "a/one <words> <head>" in the phrases whose head word is ``head`` (a stem) or another name of it."""
    names = {head, *_same_thing(head), *(_stem(x) for x in gl.HYPONYMS_EN.get(head, ()))}
    found = []
    # "two ceramic mugs …, a blue one on the left and a green one on the right": "one" stands for a mug
    grouped = any(
        compiled(rf"(?i)\b(?:two|three|both|a pair of|several)\s+(?:[\w-]+\s+){{0,3}}{re.escape(n)}s?\b").search(p)
        for p in phrases
        for n in names
    )
    for i, p in enumerate(phrases):
        tokens = list(_TOKEN.finditer(p))
        starts = []  # (determiner start, head token) of each thing introduced one by one
        for k, tok in enumerate(tokens):
            if tok.group(0).lower() not in _ONE_EN:
                continue
            run = []
            for nxt in tokens[k + 1 : k + 7]:
                word = nxt.group(0).lower()
                if grouped and word == "one" and run:  # "a blue one": the pro-form is the head
                    run.append(nxt)
                    break
                if word in _AFTER_HEAD_EN or word in _ONE_EN or re.search(r"[,;:]", p[tok.end() : nxt.start()]):
                    break
                run.append(nxt)
                if _stem(word) in names:
                    break  # "a grey cat curled up on…": the head ends the thing's words
                if word.endswith("ing") and len(run) > 1:
                    run.pop()
                    break
            if grouped and tok.group(0).lower() == "one" and run and all(_is_modifier(t.group(0)) for t in run):
                after = p[run[-1].end() :].lstrip().lower()
                if not after or after.startswith(("and ", ",", ";")):  # "two mugs, one blue and one green"
                    starts.append((tok.start(), tok))
                    continue
            heading = p[run[-1].end() :].lstrip().startswith(":") if run else False  # "an electric SUV: a silver SUV…"
            pro_form = grouped and len(run) > 1 and run[-1].group(0).lower() == "one"
            if (
                run
                and not heading
                and (pro_form or _stem(run[-1].group(0)) in names and run[-1].group(0).lower() not in _ONE_EN)
            ):
                starts.append((tok.start(), run[-1]))
        starts = sorted([*starts, *_bare_items(p, names)], key=lambda x: x[0])
        for k, (start, h) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else len(p)
            if h.re is _BARE:  # a bare item is its own words: "tuna nigiri"
                start, end = h.start(1), h.end(2)
            text = re.sub(r"(?i)[\s,]*(?:\band\b)?[\s,]*$", "", p[start:end])
            found.append(
                Thing(i, h.start(2) if h.re is _BARE else h.start(), h.end(2) if h.re is _BARE else h.end(), text)
            )
    return found


_BARE = re.compile(
    r"(?:^|(?<=[:,;])|(?<=\band\b))\s*((?:[A-Za-z][\w'-]*\s+){1,2})([A-Za-z][\w'-]*)(?=\s*(?:,|;|$|\band\b))"
)


def _bare_items(p: str, names: set[str]) -> list[tuple[int, re.Match]]:
    """List items with no article, each a kind of its own: "salmon nigiri, tuna nigiri" ("salmon nigiri" is one)."""
    found = []
    for item in _BARE.finditer(p):
        first = item.group(1).split()[0].lower()
        if first in _ONE_EN or first in ("the", "two", "three", "some", "many", "several"):
            continue
        if any(w.lower() in _ONE_EN or w.lower() == "the" for w in item.group(1).split()[1:]):
            continue  # "holding a tablet": the tablet is introduced by its article, not a bare item
        if _stem(item.group(2)) in names and item.group(2).lower() == _stem(item.group(2)):
            found.append((item.start(1), item))
    return found


_DESCRIBED_ZH = re.compile(  # "一个蓝色一个绿色", "左边蓝色，右边绿色": each stands for one of the group
    r"(?:一[个只条张把支盏辆]|(?:[左右]边|[左右]侧|[前后上下]面)(?:是|的是)?(?:一[个只条张把支盏辆])?)(?:是|的是)?"
    r"([\u4e00-\u9fff]{1,4}?色)的?(?=一[个只条张把支盏辆]|[，,。；;和]|$)"
)


def things_zh(phrases: list[str], head: str) -> list[Thing]:
    """Every "一只…<head>" in the phrases (not "两只<head>", which names the group)."""
    if not head:
        return []
    pattern = compiled(rf"(?<![A-Za-z]){re.escape(head)}(?![A-Za-z])" if head.isascii() else re.escape(head), re.I)
    found = []
    grouped = any(
        compiled(rf"[两二三几][个只条张把支盏辆][\u4e00-\u9fff]{{0,4}}?{re.escape(head)}").search(p) for p in phrases
    )
    for i, p in enumerate(phrases):
        described = list(_DESCRIBED_ZH.finditer(p)) if grouped else []
        if len(described) < 2 and grouped and i + 1 < len(phrases):  # "…马克杯，左边蓝色，右边绿色"
            apart = [(k, _DESCRIBED_ZH.fullmatch(phrases[k])) for k in range(i + 1, min(i + 3, len(phrases)))]
            if all(m for _, m in apart) and len(apart) == 2 and head in p:
                found.extend(Thing(k, 0, 2, m.group(0)) for k, m in apart)
                continue
        if len(described) >= 2:  # "两个马克杯，一个蓝色一个绿色": each 一个 stands for a mug
            found.extend(Thing(i, m.start(), m.start() + 2, m.group(0)) for m in described)
            continue
        hits = []
        for m in pattern.finditer(p):
            before = p[max(0, m.start() - 24) : m.start()]  # Latin words in between take room: "一个 big 的 felt star"
            cut = max(before.rfind(c) for c in "，,。；;：:")
            before = before[cut + 1 :]
            one = list(_ONE_ZH.finditer(before))
            if one and not _MANY_ZH.search(before[one[-1].start() :]):
                hits.append((m, m.start() - len(before) + one[-1].start()))
        # one 一X names one thing: "一棵开满白色花朵的樱花树" holds 花 twice, but it is one tree
        hits = [h for k, h in enumerate(hits) if k == 0 or h[1] != hits[k - 1][1]]
        for k, (m, one_at) in enumerate(hits):
            start = 0 if k == 0 else hits[k - 1][0].end()
            if k > 0:  # the words between two of them belong to the second ("…灯笼，另一盏…"): from its 一
                start = one_at
            end = hits[k + 1][1] if k + 1 < len(hits) else len(p)
            found.append(Thing(i, m.start(), m.end(), p[start:end].strip(" ，,、和与及")))
    if len(found) < 2:  # "左边是黄铜台灯，右边是白色陶瓷台灯": one each side, said in phrases of their own
        sided = [
            Thing(i, m.start(), m.end(), _SIDE_ZH.sub(lambda w: w.group(1) + "的", p.strip(), count=1))
            for i, p in enumerate(phrases)
            if _SIDE_ZH.match(p) and p.count(head) == 1
            for m in [pattern.search(p)]
            if m
        ]
        if len(sided) >= 2:
            return sided
    return found


_SIDE_ZH = re.compile(
    r"\s*(左边|右边|左侧|右侧|前面|后面|前景|上面|下面|一边|另一边|中间)(?:是|有|放着|摆着|挂着|站着|坐着)?的?"
)


# -- what the message says ----------------------------------------------------------------------------------


def pick(phrases: list[str], message: str, prompt_lang: str) -> Pick | None:
    """The kind the message's edit names, when the prompt holds several of it, and which it means."""
    if lx.has_cjk(message) and not re.match(r"(?i)^\s*(?:make|change|turn|paint|remove|delete|give)\b", message):
        return _pick_zh(phrases, message, prompt_lang)
    return _pick_en(phrases, message, prompt_lang)


def _pick_en(phrases: list[str], message: str, prompt_lang: str) -> Pick | None:
    tokens = list(_TOKEN.finditer(message))
    for k, tok in enumerate(tokens):
        word = tok.group(0).lower()
        if prompt_lang == "zh" or lx.has_cjk("".join(phrases)):
            things = things_zh(phrases, word) or things_zh(phrases, next(iter(bilingual.zh_words(word)), word))
        else:
            things = things_en(phrases, _stem(word))
        if len(things) < 2:
            continue
        plural = _stem(word) != word.lower() and word.endswith("s")
        if plural or _ALL_IN_MESSAGE.search(message):
            return Pick(word, tuple(things), tuple(range(len(things))))
        # the words naming it: "the blue mug", "the mug on the left" (not the value: "make the mug red")
        before = []
        for prev in reversed(tokens[:k]):
            w = prev.group(0).lower()
            if w in ("the", "this", "that", "its", "my") or w in ("make", "change", "turn", "paint", "remove"):
                break
            before.append(w)
        after = []
        if k + 1 < len(tokens) and tokens[k + 1].group(0).lower() in _AFTER_HEAD_EN - {"and", "to", "is", "are"}:
            for nxt in tokens[k + 2 : k + 7]:
                w = nxt.group(0).lower()
                if w in ("to", "into", "be", "should", "is", "make", "and", "a", "an"):
                    break
                after.append(w)
        chosen = _match(things, before + after)
        if chosen is None:
            return None  # words that fit none of them: the ordinary edit says it cannot find it
        return Pick(word, tuple(things), chosen)
    return None


def _pick_zh(phrases: list[str], message: str, prompt_lang: str) -> Pick | None:
    body = re.sub(r"^(?:请|帮我|麻烦)?(?:把|将|给|让|使)?", "", message.strip())
    verb = _ZH_EDIT_VERB.search(body)
    target = body[: verb.start()] if verb else body
    target = target.strip(" ，,的")
    if not target or len(target) > 16:
        return None
    en_prompt = not lx.has_cjk("".join(phrases))
    if not en_prompt:
        target = _counted_noun(phrases, target)
        if len(target) >= 2 and target.endswith("子") and not any(target in p for p in phrases):
            target = target[:-1]  # "把杯子换成红色" on "一个白色马克杯和一个蓝色马克杯": which 杯?
    for n in range(len(target), 0, -1):
        head = target[-n:].strip()
        if not head or (len(head) == 1 and not lx.has_cjk(head)):
            continue
        if en_prompt:
            en = next(iter(bilingual.en_words(head)), "")
            things = things_en(phrases, _stem(en)) if en else []
        else:
            if not any(head.lower() in p.lower() for p in phrases):
                continue
            things = things_zh(phrases, head)
        if len(things) < 2:
            return None  # the longest ending the prompt holds names one thing ("口红", not its "红")
        if _ALL_IN_MESSAGE.search(message):
            return Pick(head, tuple(things), tuple(range(len(things))))
        rest = target[: len(target) - n]
        chosen = _match(things, _answer_words(rest, en_prompt))
        if chosen is None:
            return None
        return Pick(head, tuple(things), chosen)
    return None


def _counted_noun(phrases: list[str], target: str) -> str:
    """ "杯子" for "两个马克杯": the prompt's counted noun that the everyday word names (its last character), when
    the word itself is not in the prompt."""
    text = "，".join(phrases)
    if target in text or not target.endswith("子") or len(target) < 2:
        return target
    base = re.escape(target[:-1])
    m = re.search(rf"[一两二三四几][个只条张把支盏辆件双]([\u4e00-\u9fff]{{0,5}}?{base})", text)
    if m is None:
        return target
    return compiled(rf"^(?:{COLOUR_ZH.pattern})的?").sub("", m.group(1)) or m.group(1)  # "白色马克杯": 马克杯


def _match(things: list[Thing], words: list[str]) -> tuple[int, ...] | None:
    """The things the words single out: () when they say nothing that tells the things apart (ask which),
    None when what they say fits none (the ordinary edit then says it cannot find it)."""
    telling = [w for w in words if 0 < sum(_has(t.text, w) for t in things) < len(things)]
    if not telling:
        if any(w for w in words if not any(_has(t.text, w) for t in things) and len(w) > 1):
            return None if all(not any(_has(t.text, w) for t in things) for w in words) else ()
        return ()
    scores = [sum(_has(t.text, w) for w in telling) for t in things]
    best = max(scores)
    top = tuple(k for k, s in enumerate(scores) if s == best)
    return top if len(top) == 1 else ()


def _has(text: str, word: str) -> bool:
    if lx.has_cjk(word):
        return word in text
    forms = {word, _stem(word), *_SYNONYMS_EN.get(word, ())}
    stems = {_stem(m.group(0)) for m in _TOKEN.finditer(text)}
    return any(_stem(f) in stems for f in forms)


# -- an answer to "which one do you mean?" ------------------------------------------------------------------


def answered(asked: Pick, answer: str) -> tuple[int, ...] | None:
    """Which of the asked-about things ``answer`` names ("the blue one", "追球那只", "both"): None when the
    message is not an answer at all (a new edit, a question), () when it is one that fits none of them."""
    text = answer.strip(" .!?。！？~")
    if _BOTH.match(text):
        return tuple(range(len(asked.things)))
    if lx.has_cjk(text) and (len(text) > 12 or re.search(r"换成|改成|变成|去掉|删掉|加上|添加|[吗呢？?]", text)):
        return None
    if not lx.has_cjk(text) and (
        len(text.split()) > 7
        or re.search(r"(?i)\b(?:make|change|turn|remove|delete|add|put|move|swap|replace|give)\b", text)
        or re.match(r"(?i)(?:what|why|how|where|can|could|is|are|do)\b", text)
    ):
        return None
    en_things = not lx.has_cjk("".join(t.text for t in asked.things))
    words = _answer_words(text, en_things)
    if not words:
        return None
    chosen = _match(list(asked.things), words)
    return chosen if chosen else ()


def _answer_words(text: str, en_things: bool) -> list[str]:
    """The words of ``text`` that can tell things apart, in the things' language where the two differ."""
    if lx.has_cjk(text):
        latin = [m.group(0).lower() for m in _TOKEN.finditer(text)]  # "red 那个"
        if latin:
            return [w for w in latin if w not in _ANSWER_FILLER_EN and w != "la"] + _answer_words(
                re.sub(r"[A-Za-z0-9][A-Za-z0-9'-]*", "", text), en_things
            )
        core = _ANSWER_FILLER_ZH.sub("", text)
        core = re.sub(r"边|面|侧|旁边|那边", lambda m: m.group(0) if not en_things else "", core)
        if en_things:
            colour = bilingual.colour_in(core, "en")
            words = [_ZH_TO_EN[c] for c in core if c in _ZH_TO_EN]
            return words + ([colour] if colour else [])
        # characters, in pairs where they make a word of the things' text ("书架", "追球"), else one by one
        pairs = [core[k : k + 2] for k in range(len(core) - 1)]
        return pairs + [c for c in core if c.strip()] if pairs else [c for c in core if c.strip()]
    words = [m.group(0).lower() for m in _TOKEN.finditer(text)]
    words = [w for w in words if w not in _ANSWER_FILLER_EN and w not in ("on", "by", "with", "in", "at", "near")]
    if not en_things:
        out = []
        for w in words:
            zh = _EN_TO_ZH.get(w) or bilingual.colour_in(w, "zh")
            out.append(zh or w)
        return out
    return words


# -- running the edit on the one(s) meant -------------------------------------------------------------------


def apply(phrases: list[str], message: str, lang: str, chosen: Pick, edit_phrases) -> Edit:
    """``message``'s edit on each chosen thing in turn, the others' head words hidden while it runs."""
    current = list(phrases)
    total = Edit(list(current), lang)
    for k in sorted(chosen.chosen, reverse=True):  # from the last: an edit never moves an earlier one
        now = _things_again(current, chosen)
        if k >= len(now):
            continue
        mine = now[k]
        others = [t for t in _mentions(current, chosen.head) if (t.phrase, t.start) != (mine.phrase, mine.start)]
        others += [t for j, t in enumerate(now) if j != k and current[t.phrase][t.start : t.end].lower() == "one"]
        described = re.fullmatch(r"(?i)one\s+([a-z -]+)", mine.text) or _DESCRIBED_ZH.fullmatch(mine.text)
        if described and current[mine.phrase][mine.start : mine.end].lower() == "one" and not lx.has_cjk(message):
            _edit_described(current, mine, described.group(1), chosen.head, message, lang, edit_phrases, total)
            continue
        if described and lx.has_cjk(mine.text):
            _edit_described(current, mine, described.group(1), chosen.head, message, lang, edit_phrases, total)
            continue
        hidden, marks = _hide(current, others)
        said = message
        if current[mine.phrase][mine.start : mine.end].lower() == "one" and not lx.has_cjk(message):
            said = re.sub(rf"(?i)\b{re.escape(chosen.head)}\b", "one", message, count=1)  # "make the one white"
        ed = edit_phrases(tuple(hidden), said, lang)
        current = [_unhide(p, marks) for p in ed.phrases]
        total.changes.extend(c.model_copy(update={"before": _unhide(c.before, marks), "after": _unhide(c.after, marks)})
                             for c in ed.changes)  # fmt: skip
        for said in ed.said:
            if said not in total.said:
                total.said.append(said)
        total.question = total.question or ed.question
    total.phrases = current
    return total


def _edit_described(
    current: list[str], mine: Thing, words: str, head: str, message: str, lang: str, edit_phrases, total: Edit
) -> None:
    """ "one blue" of "two mugs, one blue and one green": the edit runs on "a blue mug" alone, and what it makes of
    the words before "mug" takes the place of "blue" ("make the mug red": "one red")."""
    zh = lx.has_cjk(mine.text)
    if zh and head not in message:  # "杯子放大一点" of "两个马克杯": the mug
        message = message.replace(f"{head[-1]}子", head, 1)
    alone = edit_phrases((f"{mine.text[:2]}{words}{head}" if zh else f"a {words} {head}",), message, lang)
    pattern = rf"{re.escape(mine.text[:2])}(.+?)的?{re.escape(head)}" if zh else rf"(?i)an?\s+(.+?)\s+{re.escape(head)}"
    done = re.fullmatch(pattern, alone.phrases[0]) if len(alone.phrases) == 1 else None
    if done is None or not alone.changes:
        total.question = total.question or alone.question
        return
    p = current[mine.phrase]
    at = mine.start + mine.text.rfind(words) if zh else mine.end + 1
    current[mine.phrase] = p[:at] + done.group(1) + p[at + len(words) :]
    total.changes.append(Change(op="set", attribute="extras", before=p, after=current[mine.phrase]))
    for said in alone.said:
        if said not in total.said:
            total.said.append(said)


def _things_again(phrases: list[str], chosen: Pick) -> list[Thing]:
    head = chosen.head
    if lx.has_cjk("".join(phrases)):
        return things_zh(phrases, head) or things_zh(phrases, next(iter(bilingual.zh_words(head)), head))
    if lx.has_cjk(head):
        head = next(iter(bilingual.en_words(head)), head)
    return things_en(phrases, _stem(head))


def _mentions(phrases: list[str], head: str) -> list[Thing]:
    """Every word naming the kind, the group's too ("two floor lamps"): what the edit must not reach."""
    if lx.has_cjk("".join(phrases)):
        zh = head if any(head.lower() in p.lower() for p in phrases) else next(iter(bilingual.zh_words(head)), head)
        pattern = re.compile(re.escape(zh), re.I)
        return [Thing(i, m.start(), m.end(), "") for i, p in enumerate(phrases) for m in pattern.finditer(p)]
    if lx.has_cjk(head):
        head = next(iter(bilingual.en_words(head)), head)
    stem = _stem(head)
    names = {stem, *_same_thing(stem), *(_stem(x) for x in gl.HYPONYMS_EN.get(stem, ()))}
    return [
        Thing(i, m.start(), m.end(), "")
        for i, p in enumerate(phrases)
        for m in _TOKEN.finditer(p)
        if _stem(m.group(0)) in names
    ]


def _hide(phrases: list[str], others: list[Thing]) -> tuple[list[str], dict[str, str]]:
    out, marks = list(phrases), {}
    for n, t in sorted(enumerate(others), key=lambda x: (x[1].phrase, -x[1].start)):
        mark = chr(MARK + n)
        p = out[t.phrase]
        marks[mark] = p[t.start : t.end]
        out[t.phrase] = p[: t.start] + mark + p[t.end :]
    return out, marks


def _unhide(text: str | None, marks: dict[str, str]) -> str | None:
    if text is None:
        return None
    for mark, word in marks.items():
        text = text.replace(mark, word)
    return text


def named_among(offered: list[str], answer: str) -> str | None:
    """Which of the offered names ("knight", "折纸龙") the answer ("the dragon", "龙") says, if just one."""
    things = [Thing(0, 0, 0, name) for name in offered]
    chosen = answered(Pick("", tuple(things), ()), answer)
    return offered[chosen[0]] if chosen and len(chosen) == 1 else None


def instead_of_it(asked: str, name: str) -> str:
    """The asked edit with "it" / 它 replaced by the thing now named: "make the dragon red", "把折纸龙变成红色"."""
    if lx.has_cjk(asked):
        return re.sub(r"它|这个|那个", name, asked, count=1)
    return re.sub(r"(?i)\b(?:it|this|that)\b", f"the {name}", asked, count=1)
