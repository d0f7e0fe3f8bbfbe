"""The picture's own words and numbers: "change the title to 'ARRIVAL'", "文字改成“全场八折”", "make it 1990":
the quoted words (or the capitals after "titled") in the prompt are replaced, nothing else."""

from __future__ import annotations

import re

from core.language import bilingual
from core.language import lexicon as lx
from core.language.patterns import compiled
from core.rewriter.open_text.spans import Edit, find_en, find_zh
from core.rewriter.open_text.word_classes import (
    _is_modifier,
)

_QUOTED = re.compile(
    r"“[^”]*”|「[^」]*」|《[^》]*》|\"[^\"]*\"|(?<![a-zA-Z])'(?:[^']|'(?=[a-zA-Z]))*'(?![a-zA-Z])|‘[^’]*’"
)


_TEXT_WORDS = re.compile(
    r"(?:the\s+)?(?:[a-z'-]+\s+){0,2}(?:title|text|caption|words?|slogan|headline|lettering|tagline|wording)|"
    r"(?:the\s+)?(?:(?:band|shop|brand|store|book|sign|poster|cover|label)\s+)?(?:sign|label|name)|(?:招牌|海报|标牌|牌子)?(?:上的|上面的)?(?:文字|字样|字)|标题|文案|标语|"
    r"口号|招牌|名字|名称|店名|乐队名|书名"
)


def _set_year(ed: Edit, target: str, value: str) -> bool:
    """ "change the year to 2026" on "'Night Market 2025'": the year in the prompt is the one meant."""
    if not re.fullmatch(r"(?:the\s+)?(?:year|date)|年份|年", target.lower()) or not re.fullmatch(r"\d{4}年?", value):
        return False
    for i, p in enumerate(ed.phrases):
        m = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", p)
        if m:
            ed.set_phrase(i, p[: m.start()] + value.rstrip("年") + p[m.end() :])
            ed.say("said_year", value=value)
            return True
    return False


def _near_first(ed: Edit, target: str) -> list[tuple[int, int]]:
    """Where to look for the text, the words after the thing whose text it is first ("the chalkboard text")."""
    thing = re.sub(
        r"(?i)^the\s+|\s*(?:text|title|caption|words?|slogan|headline|lettering|tagline|wording)$", "", target
    )
    order = list(range(len(ed.phrases)))
    if not thing or thing == target:
        return [(i, 0) for i in order]
    hits = [find_en(ed.phrases, thing)] if not lx.has_cjk(thing) else [find_zh(ed.phrases, thing)]
    hits += [find_zh(ed.phrases, w) for w in bilingual.zh_words(thing)] if not lx.has_cjk(thing) else []
    hit = next((h for h in hits if h is not None), None)
    return [(i, 0) for i in order] if hit is None else [(hit[0], hit[2]), *((i, 0) for i in order if i != hit[0])]


def _one_word_for_another(ed: Edit, value: str) -> bool:
    """ "text should say SATURDAYS not fridays" on 'BLUE NOTE FRIDAYS': that word of the words, the rest kept."""
    m = re.fullmatch(r"(?i)['\"“]?(.+?)['\"”]?,?\s+(?:not|instead of|rather than)\s+['\"“]?(.+?)['\"”]?", value.strip())
    if m is None:
        return False
    new, old = m.group(1).strip(), m.group(2).strip()
    for i, p in enumerate(ed.phrases):
        for said in _QUOTED.finditer(p):
            at = re.search(rf"(?i)(?<![\w]){re.escape(old)}(?![\w])", said.group(0))
            if at:
                word = new.upper() if at.group(0).isupper() else new
                start = said.start() + at.start()
                ed.set_phrase(i, p[:start] + word + p[start + len(at.group(0)) :])
                ed.say("said_text", value=ed.phrases[i][said.start() : said.end() - len(at.group(0)) + len(word)])
                return True
    return False


_LOOKS = re.compile(
    r"(?i)(?:(?:much|a\s+bit|a\s+little|way|slightly|even)\s+)?(?:more\s+[a-z]+|less\s+[a-z]+|bold|italic|"
    r"underlined|[a-z]+er)"
)


def _set_text(ed: Edit, target: str, value: str) -> bool:
    """ "文字改成“全场八折”", "change the title to 'ARRIVAL'": the quoted words in the prompt are replaced."""
    says = re.match(
        r"^(?:to\s+)?(?:say|says|read|reads|saying|show|shows)\s+|^(?:改写成?|写成|写着|写上|印着|印成|写|印)\s*",
        value.strip(),
        re.I,
    )
    target = re.sub(r"\s*(?:上|上面|上的)$", "", target.strip())  # "sign 上改写 …"
    target = re.sub(r"^[\u4e00-\u9fff]{1,6}?上(?:的|面的?)?(?=字|文字|标题)", "", target)  # "杯子上的字": the words
    value = value.strip()[says.end() :] if says else value
    if says and _one_word_for_another(ed, value):
        return True
    text_target = compiled(rf"(?:大|主|副|小)?(?:{_TEXT_WORDS.pattern})").fullmatch(target.strip().lower())
    new = _QUOTED.fullmatch(value.strip())
    caps = (
        re.fullmatch(r"[A-Z0-9À-Þ][A-Z0-9À-Þ'!&.%-]*(?:\s+[A-Z0-9À-Þ'!&.%-]+)*", value.strip())
        and sum(c.isalpha() for c in value) >= 3
        and not _is_modifier(value.lower())
    )  # "change the sign to OPEN LATE": capitals are the words it says
    says = says or caps
    if new is None and not says and _LOOKS.fullmatch(value.strip()):
        return False  # "make the text bigger", "make the title more bold": how the text looks, not what it says
    if not text_target and not says and new is None:
        return False  # "change the neon sign to say 'BOOKS & TEA'", "乐队名改成“低潮”": what it says is its text
    if (
        new is None
        and not says
        and (
            _is_modifier(value)
            or re.search(r"(?:sign|label)$", target.lower().strip())
            or bilingual.colour_in(value, "zh")
            or bilingual.colour_in(value, "en")  # "字换成金色": the letters' colour, not their words
        )
    ):
        return False  # "make the sign pink": a colour for the sign, not its words
    for i, at in _near_first(ed, target):
        p = ed.phrases[i]
        m = _QUOTED.search(p, at) or _QUOTED.search(p)
        if m:
            # "change the title to The Hollow Orchard": the new words go inside the prompt's own quotes
            quoted = new.group(0) if new else m.group(0)[0] + value.strip() + m.group(0)[-1]
            ed.set_phrase(i, p[: m.start()] + quoted + p[m.end() :])
            ed.say("said_text", value=quoted)
            return True
    for i, p in enumerate(ed.phrases):  # 'a poster titled SUMMER SALE': capitals after the word for text
        m = re.search(
            r"(?:\b(?:titled|title|text|words|slogan|headline|lettering|name)(?:\s+(?:that|which))?(?:\s+(?:reading|reads|says|saying))?"
            r"|\b(?:saying|says|reads|reading)|写着|写有|印着|写|文字|字样|标题)\s*"
            r"((?:[A-Z0-9À-Þ][A-Z0-9À-Þ'!&.%-]*)(?:\s+[A-Z0-9À-Þ][A-Z0-9À-Þ'!&.%-]*)*)(?![a-z])",
            p,
        ) or re.search(
            r"\b(?:called|named)\s+((?:[A-Z][\w'&.-]*)(?:\s+[A-Z][\w'&.-]*)*)", p
        )  # "a shop called Bean There"
        if m and len(m.group(1)) >= 2:
            words_ = new.group(0) if new else value.strip()
            ed.set_phrase(i, p[: m.start(1)] + words_ + p[m.end(1) :])
            ed.say("said_text", value=words_)
            return True
    return False
