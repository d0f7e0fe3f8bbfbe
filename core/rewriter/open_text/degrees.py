"""A degree asked of the picture or of one thing, with no value named: "太暗了", "too dark", "make it brighter"
(the picture's light), "灯再暖一点", "猫咪再胖一点", "冰块多一点", "灯泡太多了，少一点" (that thing, more or less so).

The words change where the prompt already says them (a dark lighting phrase becomes a bright one; "胖胖的" becomes
"更胖的"); otherwise the degree is said once, in the prompt's language, next to what it is about."""

from __future__ import annotations

import re

from core.language import bilingual
from core.language import lexicon as lx
from core.rewriter.open_text.spans import Edit, _words_before, find_en, find_zh
from core.rewriter.open_text.user_text import strip_edit_tail
from core.rewriter.open_text.zh_edits import _zh_described_start

_TOO_EN = re.compile(
    r"(?i)^(?:(?:it'?s|it is|this is|the (?:picture|image|photo|scene|lighting|light) is|way|a bit|kinda|kind of|"
    r"still|much|a little)\s+)*(?:too|so|very)\s+(dark|dim|gloomy|bright|light|washed out)$"
)
_MORE_EN = re.compile(
    r"(?i)^(?:make\s+)?(?:(?:it|this|the (?:picture|image|photo|scene|lighting|light)|everything)\s+)?"
    r"(?:(?:a bit|a little|much|way|even|slightly)\s+)?(brighter|darker|lighter|dimmer)$"
)
_TOO_ZH = re.compile(r"^(?:画面|图|整体|整个画面|照片|图片|光线)?(?:有点|太|偏|过于|还是)(暗|亮)了?$")
_MORE_ZH = re.compile(r"^(?:把)?(?:画面|图|整体|整个画面|照片|图片|光线)?(?:再|调|更)?(亮|暗)(?:一点|一些|点)?$")

_DARK_EN = ("low-key", "low key", "dark", "dim", "moody", "shadowy", "gloomy", "dramatic")
_BRIGHT_EN = ("bright", "airy", "sunny", "high-key", "high key")
_LIGHT_WORD_EN = re.compile(r"(?i)\b(?:light|lighting|lit|glow|sunlight)\b")
_LIGHT_WORD_ZH = re.compile(r"光线|灯光|光|照明")


def picture_light(ed: Edit, clause: str) -> bool:
    """ "太暗了", "too dark", "make it brighter": the light of the whole picture, never a thing's colour."""
    c = clause.strip().rstrip(".!。！")
    m = _TOO_EN.match(c) or _MORE_EN.match(c) or _TOO_ZH.match(c) or _MORE_ZH.match(c)
    if m is None:
        return False
    word = m.group(1).lower()
    too = m.re in (_TOO_EN, _TOO_ZH)
    darkish = word in ("dark", "dim", "gloomy", "darker", "dimmer", "暗")
    brighter = darkish if too else not darkish
    zh = any(lx.has_cjk(p) for p in ed.phrases)
    if zh:
        _relight_zh(ed, brighter)
    else:
        _relight_en(ed, brighter)
    ed.say("said_made_it", value=("更亮" if brighter else "更暗") if zh else ("brighter" if brighter else "darker"))
    return True


def _relight_en(ed: Edit, brighter: bool) -> None:
    old, new = (_DARK_EN, "bright") if brighter else (_BRIGHT_EN, "dim")
    for i, p in enumerate(ed.phrases):
        light = _LIGHT_WORD_EN.search(p)
        if light is None:
            continue
        words = [w for w in _words_before(p, light.start()) if w[0].lower() in old]
        if words:  # "dark moody lighting" -> "bright lighting"
            ed.set_phrase(i, p[: words[0][1]] + new + p[words[-1][2] :])
            return
    ed.append(f"{new} lighting")


def _relight_zh(ed: Edit, brighter: bool) -> None:
    old, new = (
        (("昏暗的", "昏暗", "阴暗的", "暗淡的", "暗调"), "明亮的")
        if brighter
        else (("明亮的", "明亮", "明亮通透的"), "昏暗的")
    )
    for i, p in enumerate(ed.phrases):
        if _LIGHT_WORD_ZH.search(p):
            said = next((w for w in old if w in p), None)
            if said:
                ed.set_phrase(i, p.replace(said, new, 1))
                return
    tones = _DARK_TONES_ZH if brighter else {v: k for k, v in _DARK_TONES_ZH.items()}
    for i, p in enumerate(ed.phrases):
        said = next((w for w in tones if w in p), None)
        if said:  # "太暗了" on "…，氛围感，暗调": the dark tone gives way (never "暗调，明亮的光线")
            ed.set_phrase(i, p.replace(said, tones[said], 1))
            return
    ed.append(f"{new}光线")


# the picture's tone said without a light word: its bright counterpart
_DARK_TONES_ZH = {"暗色调": "明亮色调", "暗调": "亮调", "低调光": "明亮的光", "昏暗": "明亮"}


# 再X一点 of one thing: the Chinese degree word, and its English base word for an English prompt
_DEGREES_ZH = {"胖": "plump", "瘦": "slim", "暖": "warm", "冷": "cool", "亮": "bright", "暗": "dim", "高": "tall",
               "矮": "short", "长": "long", "短": "short", "粗": "thick", "细": "thin", "圆": "round"}  # fmt: skip
_COMPARATIVE_EN = {"plump": "plumper", "slim": "slimmer", "warm": "warmer", "cool": "cooler", "bright": "brighter",
                   "dim": "dimmer", "tall": "taller", "short": "shorter", "long": "longer", "thick": "thicker",
                   "thin": "thinner", "round": "rounder"}  # fmt: skip
_DEGREE_ZH = re.compile(
    rf"^(?:把)?(.{{0,8}}?)(?:再|更|稍微|稍稍)?({'|'.join(_DEGREES_ZH)})(?:一点|一些|点|些)(?:儿)?[吧呀啊！!。]*$"
)
_AMOUNT_ZH = re.compile(r"^(?:把)?(.{0,8}?)(?:再|更)?(多|少)(?:一点|一些|点|些)(?:儿)?[吧呀啊！!。]*$")
_TOO_MANY_ZH = re.compile(r"^(.{1,8}?)(?:太多|太少)了?$")


def degree_of_thing(ed: Edit, clause: str, before: str = "") -> bool:
    """ "灯再暖一点", "猫咪再胖一点", "冰块多一点", "灯泡太多了，少一点" (``before`` is the clause before, which may
    name the thing): that thing, more or less so."""
    c = strip_edit_tail(clause.strip())
    m = _DEGREE_ZH.match(c) or _AMOUNT_ZH.match(c)
    if m is None:
        return False
    thing, degree = m.group(1).strip(), m.group(2)
    if not thing or thing in ("再", "更"):
        named = _TOO_MANY_ZH.match(before.strip())
        thing = named.group(1) if named else ""
    if not thing:
        return False
    if any(lx.has_cjk(p) for p in ed.phrases):
        return _degree_zh(ed, thing, degree)
    return _degree_en(ed, thing, degree)


# everyday words for a thing the prompt names more exactly ("狗" for "柴犬")
_KIN_ZH = {"狗": ("犬",), "狗狗": ("犬", "狗"), "猫咪": ("猫",), "车": ("车",), "灯": ("灯",)}


_OPPOSITE_ZH = {"暖": "冷", "冷": "暖", "亮": "暗", "暗": "亮"}


def _degree_zh(ed: Edit, thing: str, degree: str) -> bool:
    names = (thing, thing.removesuffix("咪").removesuffix("子").removesuffix("儿"), *_KIN_ZH.get(thing, ()))
    hit = next((h for n in names if n and (h := find_zh(ed.phrases, n)) is not None), None)
    if hit is None:
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    at = _zh_described_start(p, start)
    opposite = _OPPOSITE_ZH.get(degree, "")
    if opposite and opposite in p[at:start]:  # "灯光暖一点" on "冷白色灯光": 暖白色灯光, not "更暖的冷白色灯光"
        k = p.index(opposite, at)
        ed.set_phrase(i, p[:k] + degree + p[k + 1 :])
        ed.say("said_degree", what=thing, value=f"更{degree}")
        return True
    word = {"多": "更多", "少": "少量"}.get(degree, f"更{degree}")
    doubled = re.match(rf"(?:{degree}{degree}|很{degree}|比较{degree}|{degree})的", p[at:start])
    if doubled:  # "一只胖胖的橘猫" -> "一只更胖的橘猫"
        ed.set_phrase(i, p[:at] + word + "的" + p[at + doubled.end() :])
    else:
        ed.set_phrase(i, p[:at] + word + ("的" if degree not in "多少" else "") + p[at:])
    if degree in "多少":
        ed.say("said_amount", what=thing, value=degree)
    else:
        ed.say("said_degree", what=thing, value=word)
    return True


def _degree_en(ed: Edit, thing: str, degree: str) -> bool:
    names = [thing, *bilingual.en_words(thing)]
    hit = next((h for n in names if (h := find_en(ed.phrases, n)) is not None), None)
    if hit is None:
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    mods = _words_before(p, start)
    at = mods[0][1] if mods else start
    if degree in "多少":
        word = "more" if degree == "多" else "fewer"
        ed.set_phrase(i, p[:at] + word + " " + p[at:])
    else:
        word = _DEGREES_ZH[degree]
        if any(w[0].lower() == word for w in mods):
            return False
        ed.set_phrase(i, p[:at] + word + " " + p[at:])
    if degree in "多少":
        ed.say("said_amount", what=thing, value=degree if ed.lang == "zh" else word)
    else:
        ed.say("said_degree", what=thing, value=f"更{degree}" if ed.lang == "zh" else _COMPARATIVE_EN[word])
    return True
