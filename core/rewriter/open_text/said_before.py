"""A value the picture had before, asked back ("no wait, the green was nicer", "不对，还是墨绿色好看"): the earlier
prompts say what it was on, so the message is read as that edit ("make the cabinets dark green")."""

from __future__ import annotations

import re

from core import messages
from core.language import bilingual
from core.language import lexicon as lx
from core.language.patterns import compiled
from core.rewriter.open_text.same_set import bare_choice
from core.rewriter.open_text.scene_values import categories
from core.rewriter.open_text.spans import Edit, find_en, find_zh
from core.rewriter.open_text.user_text import expand_short, phrases_of
from core.rewriter.open_text.word_classes import (
    COLOUR_ZH,
    FINISH_EN,
    MATERIALS_EN,
    PROMPT_COLOURS_EN,
    TONES_EN,
    _is_modifier,
    _zh_colour_value,
)
from core.scene import Change

_LEAD_EN = r"(?:(?:no|nope|wait|no wait|actually|hmm+|ok|nah|ugh|meh|oh)[\s,.!-]+)*"
_BACK_EN = re.compile(
    rf"(?i)^{_LEAD_EN}(?:the\s+|that\s+)?([a-z][a-z -]{{1,24}}?)\s+"
    r"(?:was|looked|is|looks|seemed)\s+(?:way\s+|much\s+|a lot\s+)?(?:nicer|better|prettier)(?:\s+\w+)?"
    r"(?:[,;.]\s*(?:go with|use|keep|let'?s (?:go with|use|keep)|switch to)\s+(?:that|it))?"
    r"(?:[,;.]\s*(?:but\s+)?keep\s+(?:the\s+)?[a-z -]{1,24}?(?:\s+(?:tho|though|too|as is))?)?[\s.!]*$"
    rf"|^{_LEAD_EN}(?:(?:go|switch|change it|turn it|make it)\s+)?back\s+to\s+(?:the\s+)?"
    r"([a-z][a-z -]{1,24}?)[\s.!]*$"
    # "no, lemons again" after "limes instead of lemons"; "hmm i liked the first colour better"
    rf"|^{_LEAD_EN}(?:the\s+)?([a-z][a-z-]{{1,24}}(?:\s+[a-z][a-z-]{{1,24}})?)\s+again(?:\s+(?:please|pls))?[\s.!]*$"
    rf"|^{_LEAD_EN}i\s+(?:liked|preferred|loved)\s+(?:the\s+)?([a-z][a-z -]{{1,24}}?)\s+(?:better|more)[\s.!]*$"
)
_BACK_ZH = re.compile(
    r"^(?:(?:哎呀?|唉|啊|不对|算了|嗯+|哦|emm+|em+|额|呃|那|那就)[，,…。.\s]*)*(?:还是)?(?:改回|换回|变回)(?:成)?(.{1,8}?)(?:吧|了|的)*$"
    r"|^(?:(?:哎呀?|唉|啊|不对|算了|嗯+|哦|emm+|em+|额|呃)[，,…。.\s]*)*(?:还是\s*(?:用)?(.{1,8}?)\s*的?|((?:第一|原来|之前|刚才|最早|最初|上一)(?:个|版|次)?的?"
    r"(?:名字|标题|文字|背景颜色|背景色|颜色|配色|色调|版本|背景|那个|样子)))(?:好看|好|更好|比较好|顺眼)?[吧啊呀。！!]*(?:[，,][^，,]{0,12})?$"
)


def asked_back(history, raw: str, current: tuple[str, ...]) -> str | None:
    """The edit that puts back a value said in an earlier prompt, as a message the edit rules read; None if the
    message asks for no such thing, or no earlier prompt has the value on a thing the prompt still names."""
    raw = re.sub(r"(?i)[,;]\s*(?:bring|put|get)\s+(?:that|it)\s+back\b.*$", "", raw.strip())  # "…, bring that back"
    m = _BACK_ZH.match(raw.strip()) if lx.has_cjk(raw) else _BACK_EN.match(raw.strip())
    if m is None:
        return None
    value = next((g for g in m.groups() if g), "").strip()
    if not value or value.lower() in " ".join(current).lower():
        return None  # "the green was nicer" when it is green now: nothing to put back
    thing = re.fullmatch(r"([\u4e00-\u9fff]{1,5}?色)的([\u4e00-\u9fff]{1,4})", value)
    if (
        thing
        and thing.group(2) in "".join(current)
        and any(thing.group(1) in (getattr(h, "prompt", "") or "") for h in history or [])
    ):
        return f"把{thing.group(2)}改成{thing.group(1)}"  # "还是米白色的大衣好看": the coat, off-white again
    english = (
        bilingual.colour_in(value, "en") if lx.has_cjk(value) and not any(lx.has_cjk(p) for p in current) else None
    )
    if english:
        value = english  # "还是黄色吧" on an English prompt: the yellow it had
        if value.lower() in " ".join(current).lower():
            return None
    words = value.split()
    if len(words) > 1 and not lx.has_cjk(value) and find_en(list(current), words[-1]) is not None:
        return f"make the {words[-1]} {' '.join(words[:-1])}"  # "the lilac backdrop was nicer": the backdrop, lilac
    for item in reversed(history or []):
        prompt = getattr(item, "prompt", "") or ""
        if lx.has_cjk(value):
            for hit in re.finditer(re.escape(value) + r"的?([\u4e00-\u9fff]{1,4})", prompt):
                for n in range(len(hit.group(1)), 0, -1):
                    noun = hit.group(1)[:n]
                    if len(noun) >= 2 and noun in "".join(current):
                        return f"把{noun}改成{value}"
            continue
        for hit in re.finditer(rf"(?i)\b((?:([a-z]+)\s+)?{re.escape(value)})\s+([a-z]+)", prompt):
            said = hit.group(1) if (hit.group(2) or "").lower() in TONES_EN else value
            if find_en(list(current), hit.group(3)) is not None:
                return f"make the {hit.group(3)} {said}"
    return None


_EARLIER = re.compile(
    r"(?i)^(?:first|original|old|previous|earlier|last)\s+(?:[a-z]+\s+)?(?:one|name|title|text|colou?r|version|wording|background)$"
    r"|^(?:原来|之前|刚才|第一|最早|最初|上一)(?:个|版|次)?的?(?:名字|标题|文字|背景颜色|背景色|颜色|配色|色调|版本|背景|那个|样子)?$"
)


def _replaced(current: tuple[str, ...], at: int, phrase: str, lang: str) -> Edit:
    """The prompt with the phrase at ``at`` put back as ``phrase``, and the reply saying so."""
    ed = Edit(list(current), lang)
    ed.set_phrase(at, phrase)
    ed.say("said_put_back", value=phrase)
    return ed


def _put_back_from(history, current, at: int, lang: str, holds, value: str = "", *, first: bool = False) -> Edit | None:
    """The phrase at ``at`` as an earlier prompt had it: the first prompt's (``first``) or the last one's that differs,
    where that prompt has one phrase ``holds`` picks out (and it says ``value``, when one is named); None if none."""
    prompts = [getattr(h, "prompt", "") for h in history or [] if getattr(h, "intent", "") in ("draw", "edit")]
    prompts = [p for p in prompts if p]
    for older in prompts if first else reversed(prompts):
        was = holds(phrases_of(older))
        if len(was) == 1 and was[0] != current[at] and (not value or value.lower() in was[0].lower()):
            return _replaced(current, at, was[0], lang)
    return None


_LIKE_BEFORE_EN = re.compile(
    r"(?i)^(?:(?:no|hmm+|ok|actually|and)[\s,]+)*(?:(?:make|put|change|keep)\s+)?(?:the\s+|that\s+)?([a-z][a-z -]{1,24}?)"
    r"\s+(?:back\s+)?(?:like|as|the way(?= it))\s*(?:it\s+(?:was|were|looked)\s*)?(?:before|earlier|originally|at first)?"
    r"(?:\s+(?:pls|please|though|tho|then|again))*"
    r"(?:\s*[,.]\s*(?:the\s+)?([a-z][a-z -]{1,20}?))?[\s.!]*$"
)


def names_thing_as_before(text: str) -> bool:
    """ "the beanie like before": one thing goes back, not the whole last step (an undo)."""
    m = _LIKE_BEFORE_EN.match(text.strip()) if not lx.has_cjk(text) else None
    return m is not None and m.group(1).strip().lower() not in ("it", "this", "that", "everything", "all", "them")


def thing_as_before(history, raw: str, current: tuple[str, ...], lang: str) -> Edit | None:
    """ "beanie like before pls, the navy": that thing's phrase as the last prompt that said it otherwise had it (the
    rest stays: a later change to the light is kept); None when no earlier prompt differs there."""
    m = _LIKE_BEFORE_EN.match(raw.strip()) if not lx.has_cjk(raw) else None
    if m is None or not re.search(
        r"(?i)\b(?:like|as)\s+(?:it\s+(?:was|were|looked)\s+)?before|the way it was|as it was|like it was", raw
    ):
        return None
    named, value = m.group(1).strip(), (m.group(2) or "").strip()
    if named.lower() in ("it", "this", "that", "everything", "all", "them"):
        return None  # "make it like before": the whole last step, an undo
    if not any(named.lower() in p.lower() for p in current) and len(named.split()) == 2 and not value:
        named, value = named.split()  # "keep the armor rusted like before": the armor, rusted
    now = [i for i, p in enumerate(current) if re.search(rf"(?i)(?<![a-z]){re.escape(named)}", p)]
    if len(now) != 1:
        return None

    def holds(phrases: tuple[str, ...]) -> list[str]:
        return [p for p in phrases if re.search(rf"(?i)(?<![a-z]){re.escape(named)}", p)]

    return _put_back_from(history, current, now[0], lang, holds, value)


_WHEN_ZH = r"(?P<when>最开始|一开始|刚开始|最初|最早|第一次|第一版|原来|之前|以前|刚才|上一版)"
_AS_BEFORE_ZH = (
    # "还是最开始的背景颜色好", "还是第一次的墙色好"
    re.compile(
        rf"^(?:还是|就用|用回|换回|改回)?{_WHEN_ZH}(?:那个|的)?(?P<thing>[\u4e00-\u9fff]{{1,4}}?)(?:的?颜色|色)?"
        r"(?:好看|好|比较好|更好|吧|啦)*[。！!]*$"
    ),
    # "屋顶还是最开始的金色吧", "色调还是像之前那样吧"
    re.compile(
        rf"^(?P<thing>[\u4e00-\u9fff]{{1,4}}?)(?:的颜色)?(?:还是|就|也)?(?:用|换回|改回|像|跟)?{_WHEN_ZH}"
        r"(?:的|那样|一样|那个)?(?P<value>[\u4e00-\u9fff]{0,4}?)(?:吧|好|好看|啦|的)*[。！!]*$"
    ),
)


def thing_as_before_zh(history, raw: str, current: tuple[str, ...], lang: str) -> Edit | None:
    """ "还是第一次的墙色好", "屋顶还是最开始的金色吧", "色调还是像之前那样吧": that thing's phrase as an earlier
    prompt had it (最开始/第一次: the first; 之前/原来: the last one that differs); the rest stays."""
    m = next((x for x in (p.match(raw.strip()) for p in _AS_BEFORE_ZH) if x), None) if lx.has_cjk(raw) else None
    if m is None:
        return None
    thing = re.sub(r"(?:颜色|色)$", "", m.group("thing")) or m.group("thing")
    value = (m.groupdict().get("value") or "").strip()
    coloured = compiled(rf"(?:{COLOUR_ZH.pattern})的?{re.escape(thing)}")
    now = [i for i, p in enumerate(current) if thing in p]
    if len(now) > 1 and "色" in raw:  # "还是第一次的墙色好" on "薄荷绿墙面，…墙上挂着串灯": the wall with a colour
        now = [i for i in now if coloured.search(current[i])]
    if len(now) != 1:
        return None

    def holds(phrases: tuple[str, ...]) -> list[str]:
        was = [p for p in phrases if thing in p]
        return [p for p in was if coloured.search(p)] if len(was) > 1 and "色" in raw else was

    first = m.group("when") in ("最开始", "一开始", "刚开始", "最初", "最早", "第一次", "第一版")
    return _put_back_from(history, current, now[0], lang, holds, value, first=first)


# a kind of thing the picture has one of, named as it was earlier: "first light", "original angle", "第一个天气"
_KIND_BACK = re.compile(
    r"(?i)(?:first|original|old|previous|earlier)\s+(light|lighting|weather|sky|time of day|time|angle|camera angle|"
    r"view|season)"
    r"|(?:原来|之前|刚才|第一|最早|最初|上一)(?:个|版|次)?的?(天气|光线|灯光|光|时间|角度|视角|季节)"
)
_KINDS = {"light": ("weather", "time"), "lighting": ("weather", "time"), "weather": ("weather",), "sky": ("weather", "time"),
          "time of day": ("time",), "time": ("time",), "angle": ("angle",), "camera angle": ("angle",), "view": ("angle",),
          "season": ("season",), "天气": ("weather",), "光线": ("weather", "time"), "灯光": ("weather", "time"),
          "光": ("weather", "time"), "时间": ("time",), "角度": ("angle",), "视角": ("angle",), "季节": ("season",)}  # fmt: skip
_LIGHT_WORDS = re.compile(r"(?i)(?<![a-z])(?:light|lighting|lit|sun|sunlight|daylight|glow)(?![a-z])|光")


def _kind_put_back(then: list[str], current: tuple[str, ...], kind: str, lang: str) -> Edit | None:
    """The one phrase of ``kind`` the earlier prompt had, back in place of the one that replaced it; None when it is not
    one phrase each (then which is meant is a guess)."""

    def of_kind(p: str) -> bool:
        return bool(categories(p) & set(_KINDS[kind])) or (
            kind in ("light", "lighting", "光线", "灯光", "光") and bool(_LIGHT_WORDS.search(p))
        )

    was = [p for p in then if of_kind(p) and p not in current]
    now = [i for i, p in enumerate(current) if of_kind(p) and p not in then]
    if len(was) != 1 or len(now) != 1:
        return None
    return _replaced(current, now[0], was[0], lang)


def put_back(history, raw: str, current: tuple[str, ...], lang: str) -> Edit | None:
    """ "the first name was better", "还是原来的名字好": the one phrase that differs from the earlier prompt meant is put
    back as it was; None when the message asks no such thing or more than one phrase differs (then it is not a guess)."""
    thing_zh = (
        re.match(r"^([\u4e00-\u9fff]{1,4}?)的?(?:颜色|色|样子)?(?=还是)", raw.strip()) if lx.has_cjk(raw) else None
    )
    if thing_zh:  # "开衫颜色还是第一次那个好": the cardigan's phrase, as it was
        raw = raw.strip()[thing_zh.end() :]
    raw = re.sub(
        r"(?:像|跟|和)(?:之前|刚才|原来|以前|第一次|最开始)(?:那样|一样)的?", "", raw
    )  # "还是像之前那样用荷花"
    m = _BACK_ZH.match(raw.strip()) if lx.has_cjk(raw) else _BACK_EN.match(raw.strip())
    said = next((g for g in m.groups() if g), "").strip() if m else ""
    prompts = [getattr(h, "prompt", "") for h in history or [] if getattr(h, "intent", "") in ("draw", "edit")]
    older = [p for p in prompts if p]
    if not said or not older:
        return None
    earlier_thing = re.fullmatch(r"(?:原来|之前|刚才|第一|最早|最初|上一)(?:个|版|次)?的([\u4e00-\u9fff]{1,4})", said)
    if earlier_thing and not _EARLIER.fullmatch(said) and not thing_zh:
        thing_zh = earlier_thing  # "换回原来的店名": the phrase that has the shop name, as it first was
        said = said[: earlier_thing.start(1)].rstrip("的")
    if _EARLIER.fullmatch(said) or _KIND_BACK.fullmatch(said):
        first = re.match(r"(?i)first|original|原来|第一|最早|最初", said)
        wanted = older[0] if first else (older[-2] if len(older) >= 2 else older[0])
    else:  # "还是气球好": the last prompt that had the balloons, where the prompt now says something else
        had = [p for p in older if said.lower() in p.lower()]
        if not had or said.lower() in " ".join(current).lower():
            return None
        wanted = had[-1]
    then = phrases_of(wanted)
    kind = _KIND_BACK.fullmatch(said)
    if kind:  # "the first light was better", "还是第一个天气好": the phrase of that kind, as it was then
        return _kind_put_back(then, current, (kind.group(1) or kind.group(2)).lower(), lang)
    noun = re.fullmatch(r"(?i)\w+\s+([a-z]+)\s+(?:colou?r|one|version)", said)
    named = noun.group(1) if noun else thing_zh.group(1) if thing_zh else ""
    if named:  # "the first sofa colour was better": the phrase of the sofa, as it was then
        was = [p for p in then if re.search(rf"(?i)(?<![a-z]){re.escape(named)}", p)]
        now = [i for i, p in enumerate(current) if re.search(rf"(?i)(?<![a-z]){re.escape(named)}", p)]
        if len(was) == 1 and len(now) == 1 and was[0] != current[now[0]]:
            return _replaced(current, now[0], was[0], lang)
    if len(then) != len(current):
        return None
    differ = [i for i, (a, b) in enumerate(zip(then, current, strict=True)) if a != b]
    if len(differ) != 1:
        return None
    return _replaced(current, differ[0], then[differ[0]], lang)


_ONE_MEANT = re.compile(
    r"(?i)\bthe\s+(?:[a-z]+\s+)?one\b|(?:[\u4e00-\u9fff]{1,4}?色的?)?(?:那个|这个|那只|这只|那把|这把|那张|这张|那件|这件|那盏|那条)"
)
_MEANT = re.compile(
    r"(?i)^(?:(?:no|sorry|oops|i meant|i mean|meant|actually)[\s,.!]+)*(?:i meant\s+|i mean\s+)?(the\s+[a-z][\w' -]*?)"
    r"(?:[\s,.!]+(?:sorry|oops|i meant|not that|not it))*[\s.!]*$"
    r"|^(?:不是[，,]?|我是说|我说的是)?([\u4e00-\u9fff]{1,6}?)(?:[，,]?(?:不好意思|抱歉|sorry))?[。！!]*$"
)


def edit_meant_for(history, raw: str, current: tuple[str, ...], lang: str, edit_phrases) -> Edit | None:
    """ "make it blue" ... "the door, sorry": the last edit was meant for the thing now named, so it is undone and made
    on that thing instead ("make the door blue"); after "改成蓝色" was asked about, "门" is the answer. None when the
    message is not that, or the thing is not there."""
    items = [h for h in history or [] if getattr(h, "intent", "") in ("draw", "edit")]
    last = getattr((history or [None])[-1], "intent", "")
    if last not in ("edit", "chat") or (last == "edit" and len(items) < 2):
        return None
    m = _MEANT.match(raw.strip())
    name = (m.group(1) or m.group(2)) if m else None
    asked = getattr(history[-1], "message", "")
    one = _ONE_MEANT.search(asked) if last == "chat" else None  # "把黄色那个换成绿色" … "抱枕": that one is the cushion
    if not name or not (one or re.search(r"(?i)\b(?:it|this|that)\b|它|^(?:改成|换成|变成|改为)", asked)):
        return None
    if lx.has_cjk(name) and (re.search(r"[改换变加去删把让给要成为色]", name) or name not in "".join(current)):
        return None  # "车改成红色" is an edit of its own, not a name; and the name must be the prompt's own word
    # after an edit, the picture before it; after our question ("要把哪一部分改成蓝色？"), the picture as it is
    before = phrases_of(items[-2].prompt or "") if last == "edit" else tuple(current)
    found = find_zh(list(before), name) if lx.has_cjk(name) else find_en(list(before), name)
    if found is None and not lx.has_cjk(name) and any(lx.has_cjk(p) for p in before):
        found = next(  # "the vase" on "一个蓝色的陶瓷花瓶": the prompt's word for it
            (hit for zh in bilingual.zh_words(re.sub(r"(?i)^the\s+", "", name)) if (hit := find_zh(list(before), zh))),
            None,
        )
    if not before or found is None:
        return None
    if one:
        bare = re.sub(r"(?i)^the\s+", "", name)
        again = asked[: one.start()] + (name if lx.has_cjk(asked) else f"the {bare}") + asked[one.end() :]
        ed = edit_phrases(before, again, lang)
        return ed if ed.changes else None
    if lx.has_cjk(asked) and not re.search(r"它", asked):
        again = f"把{name}{asked}"
    else:
        again = re.sub(r"(?i)\b(?:it|this|that)\b|它", name, asked, count=1)
    ed = edit_phrases(before, again, lang)
    return ed if ed.changes else None


_LAST_SET_EN = re.compile(
    r"(?i)^(?:[\w,' ]*?\b)?(?:change|make|turn|paint|set|switch)\s+(?:the\s+)?([a-z][a-z -]{1,24}?)\s+(?:to|into|in)\s+"
    r"|^(?:[\w,' ]*?\b)?(?:make|paint|turn)\s+the\s+([a-z]+)\s+[a-z]"
    r"|^(?:[\w,' ]*?\b)?(?:try|go with|use)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){1,3}?([a-z]+)[\s.!]*$"  # "try a mint green can"
)
_LAST_SET_ZH = re.compile(r"^(?:把|将)?([\u4e00-\u9fff]{1,6}?)(?:换成|改成|变成|改为|换为|换|改)")
_UNDONE = re.compile(r"(?i)\b(?:undo|go back|revert|put it back)\b|撤销|还原|撤回|回到上一")
_TRY_LEAD = re.compile(
    r"^(?:(?:嗯+|呃+|额+|emm+|hmm+|um+|ok|okay|好吧)[…。.,，\s]*)*(?:再|那|那就)?(?:试试|试一下|换)?"
)


def tried_again(history, raw: str, current: tuple[str, ...]) -> str | None:
    """ "try sand beige", "嗯…再试试浅蓝色" after "change background to terracotta" (and an undo): another value for
    the thing the last edit changed, as the edit rules read it; None when the message is not a bare colour, or the last
    edit named no thing the prompt still has."""
    zh = lx.has_cjk(raw)
    said = expand_short(raw.strip())
    if not zh:  # "actually wood, sorry": the value, less the words around it
        said = re.sub(
            r"(?i)^(?:(?:actually|no|sorry|i mean|make that|or|hmm+|ok|okay|maybe|what about|how about)[\s,]+)+"
            r"|[\s,]+(?:sorry|instead)$|\s*\?+$",
            "",
            said,
        )  # "hmm, or lilac?"
    value = bare_choice(_TRY_LEAD.sub("", said) if zh else said)
    words = value.lower().split()
    known = PROMPT_COLOURS_EN | MATERIALS_EN | TONES_EN | FINISH_EN
    colour = _zh_colour_value(value) if zh else words and all(w in known for w in words) and len(words) <= 3
    if not value or value == raw.strip() and said == raw.strip() and not zh or not colour:
        return None
    for item in reversed(history or []):
        if getattr(item, "intent", "") != "edit":
            continue
        said = getattr(item, "message", "")
        m = _LAST_SET_ZH.match(said) if lx.has_cjk(said) else _LAST_SET_EN.match(said)
        if m is None and _UNDONE.search(said):
            continue  # "ugh no, undo": the edit before it is the one tried again
        if m is None:
            return None
        target = next(g for g in m.groups() if g).strip()
        found = find_zh(list(current), target) if lx.has_cjk(target) else find_en(list(current), target)
        if found is None:
            return None
        return f"把{target}换成{value}" if lx.has_cjk(target) else f"make the {target} {value}"
    return None


_BRING_BACK_EN = re.compile(
    r"(?i)(?:can i (?:have|get)|could i (?:have|get)|bring|put|give me|i want)\s+(?:the\s+)?([a-z][a-z -]{1,20}?)\s+back\b"
)
_BRING_BACK_ZH = re.compile(r"(?:把)?([\u4e00-\u9fff]{1,6}?)(?:加回来|放回来|拿回来|找回来|还回来)")


def brought_back(history, raw: str, current: tuple[str, ...], lang: str) -> Edit | None:
    """ "hmm can I have the knife back?", "把刀加回来": a thing an earlier prompt had, and the prompt lost, comes back
    as it was said then, where it was; None when no earlier prompt had it, or it is there now."""
    m = (_BRING_BACK_ZH if lx.has_cjk(raw) else _BRING_BACK_EN).search(raw)
    if m is None:
        return None
    name = m.group(1).strip()
    pattern = re.escape(name) if lx.has_cjk(name) else rf"(?i)\b{re.escape(name)}"
    if any(re.search(pattern, p) for p in current):
        if lx.has_cjk(name) or re.search(r"(?i)\bi want\b", raw) is None:
            return None
        # "oh sorry i want the pool back" when the pool was never taken away: nothing to do, and it is said so
        ed = Edit(list(current), lang)
        what = name if lang == "zh" else f"The {name}"
        ed.question = messages.text("reply_still_there", lang, what=what)
        return ed
    for item in reversed(history or []):
        then = phrases_of(getattr(item, "prompt", "") or "")
        for k, p in enumerate(then):
            if re.search(pattern, p) and p not in current:
                only_now = set(current[k].lower().split()) - set(p.lower().split()) if k < len(current) else set()
                if (
                    len(then) == len(current)
                    and then[k] != current[k]
                    and only_now
                    and all(_is_modifier(w) for w in only_now)
                    and not re.search(r"(?i)\b(?:too|also|as well)\b", raw)
                ):
                    # "put the brass back" after "make the lamp black": the phrase it was changed in, as it was
                    return _replaced(current, k, p, lang)
                ed = Edit(list(current), lang)
                ed.phrases.insert(min(k, len(ed.phrases)), p)
                ed.changes.append(Change(op="add", attribute="extras", after=p))
                ed.say("said_put_back", value=p)
                return ed
    return None
