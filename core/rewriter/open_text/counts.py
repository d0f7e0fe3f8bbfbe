"""How many of a thing: "2 lit windows" on "one lit window", "吊灯改成五个" on "three globe pendant lights"."""

from __future__ import annotations

import re

from core.rewriter.open_text.spans import Edit, _words_before, find_en

_NUMBERS_EN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a few", "several")


_AFTER_NOUN = frozenset(("in", "on", "at", "with", "by", "of", "and", "over", "under", "near", "from", "for", "to",
                         "glowing", "hanging", "lit", "behind", "above", "below", "beside"))  # fmt: skip


def set_count(ed: Edit, head: str, number: str) -> bool:
    """ "three moons" on "two moons in the sky": the number before that noun changes."""
    singular = re.sub(r"(?i)ies$", "y", head) if head.lower().endswith("ies") else re.sub(r"(?i)(?<=[^s])s$", "", head)
    hit = find_en(ed.phrases, head) or find_en(ed.phrases, singular)
    if hit is None:
        return False
    i, start, end = hit
    p = ed.phrases[i]
    was = next(
        (x for x in _words_before(p, start) if x[0].lower() in _NUMBERS_EN or x[0].isdigit()),
        None,
    )
    said = re.search(rf"(?i)(?<![\w-])({'|'.join(_NUMBERS_EN)}|\d+)\s+(?:[\w-]+\s+){{0,3}}$", p[:start])
    if was is None and said is not None:  # "one lit window": the count word the noun phrase starts with
        was = (said.group(1), said.start(1), said.end(1))
    if was is None or was[0].lower() == number.lower():
        return False
    noun = p[start:end]
    one = number.lower() in ("one", "1", "a", "an")
    after = re.match(r"\s+([a-z]+)", p[end:], re.I)
    if after and after.group(1).lower() not in _AFTER_NOUN:
        pass  # "pendant lights": a word of a compound, its head said after it, stays as it is
    elif not one and not re.search(r"(?i)s$", noun):  # "one lit window" -> "2 lit windows"
        noun = (
            noun[:-1] + "ies"
            if re.search(r"(?i)[^aeiou]y$", noun)
            else noun + ("es" if re.search(r"(?i)(?:s|x|ch|sh)$", noun) else "s")
        )
    elif one and re.search(r"(?i)[^s]s$", noun) and noun.lower().rstrip("s") == head.lower().rstrip("s"):
        noun = noun[:-1]  # "three lamps" -> "one lamp"
    ed.set_phrase(i, p[: was[1]] + number + p[was[2] : start] + noun + p[end:])
    ed.say("said_made", what=ed.name(f"the {head}"), value=number)
    return True


_ZH_NUMBERS = {"一": "one", "两": "two", "二": "two", "三": "three", "四": "four", "五": "five", "六": "six",
               "七": "seven", "八": "eight", "九": "nine", "十": "ten", "几": "a few"}  # fmt: skip


def set_count_in_english(ed: Edit, target: str, names: tuple[str, ...], count_zh: str) -> bool:
    """ "吊灯改成五个" on an English prompt: the count of the thing's English name, in English."""
    number = _ZH_NUMBERS.get(count_zh[:1])
    if not number or not any(set_count(ed, name.split()[-1], number) for name in names):
        return False
    ed.said[-1] = ("said_made", {"what": ed.name(target), "value": count_zh})
    return True


_ONE_FEWER_ZH = {"两": "一", "三": "两", "四": "三", "五": "四", "六": "五", "2": "1", "3": "2", "4": "3", "5": "4"}


def one_fewer_zh(ed: Edit, thing: str, measure: str) -> bool:
    """The count before the thing ("两把折叠椅") goes down by one; False when no count is said for it."""
    core = thing[:-1] if len(thing) > 1 and thing.endswith("子") else thing
    said = re.compile(rf"([两三四五六2-5])({measure})(?=[\u4e00-\u9fff]{{0,4}}?{re.escape(core)})")
    for i, p in enumerate(ed.phrases):
        m = said.search(p)
        if m:
            ed.set_phrase(i, p[: m.start(1)] + _ONE_FEWER_ZH[m.group(1)] + p[m.end(1) :])
            ed.say("said_removed_one", what=thing)
            return True
    return False


_COUNTED_ZH = re.compile(
    r"(?:[一两二三四五六七八九十几]+|\d+)\s*[个只条张把支根片盏辆艘座棵朵位头匹颗轮本杯]([\u4e00-\u9fff]{1,6})"
)
_COUNT_ZH = re.compile(r"(?:[一两二三四五六七八九十几]+|\d+)\s*[个只条张把支根片盏辆艘座棵朵位头匹颗轮本杯]")


def counted_as(target: str, value: str) -> str:
    """ "两个太阳改成三个": the new count with the thing counted ("三个太阳"), not the count alone."""
    counted = _COUNTED_ZH.fullmatch(target.strip())
    return value.strip() + counted.group(1) if counted and _COUNT_ZH.fullmatch(value.strip()) else value
