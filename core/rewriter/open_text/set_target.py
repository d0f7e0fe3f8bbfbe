"""Setting a value on what an edit names ("make the blanket red"): colour, material, size, state, text,
or a scene-wide value, in the prompt's own language."""

from __future__ import annotations

import re

from core import messages
from core.language import bilingual
from core.language import general_lexicon as gl
from core.language import lexicon as lx
from core.rewriter import general
from core.rewriter.open_text.en_edits import _split_value, recolour_en, replace_en
from core.rewriter.open_text.same_set import swap_member
from core.rewriter.open_text.scene_values import WEATHER_EN, categories, new_setting, scene_value
from core.rewriter.open_text.spans import Edit, _colour_run, _name_en, _target_words, _words_before, find_en, find_zh
from core.rewriter.open_text.user_text import _STOP_EN, all_chinese
from core.rewriter.open_text.word_classes import (
    _SIZE_WORDS_EN,
    _SIZES_EN,
    COLOUR_ZH,
    COLOURS_EN,
    FINISH_EN,
    MATERIALS_EN,
    PROMPT_COLOURS_EN,
    TEXTURES_EN,
    TONES_EN,
    _is_modifier,
    _zh_colour_value,
    _zh_colour_word,
)
from core.rewriter.open_text.zh_edits import _resize_zh, _zh_colour, recolour_zh, replace_zh

# Words about the work or the talk, never about the picture: "something's off", "上次那种感觉", "这版定稿".
_TALK = re.compile(
    r"(?i)(?<![a-z'])(?:i|me|my|you|your|something|anything|the one|other one|last time|png|jpe?g|download|export)"
    r"(?![a-z])|上次|那种感觉|定稿|这版|下载|导出|发给"
)


def _scene_or_append(ed: Edit, value: str) -> None:
    """Words with no edit of their own are the picture's ("with the lake frozen", "外面下雪"), unless they are talk:
    then nothing is added, and we ask."""
    if _TALK.search(_QUOTED.sub("", value)):
        ed.question = ed.question or messages.text("reply_open_not_understood", ed.lang)
        return
    if new_setting(ed, value):
        return
    if not scene_value(ed, value):
        ed.append(value)
    ed.say("said_made_it" if categories(value) else "said_added_on", value=value)


def _main_subject(ed: Edit) -> tuple[int, int, int] | None:
    """The head noun of the first phrase's first noun phrase ("a sleek electric car in a showroom" -> car)."""
    if not ed.phrases or lx.has_cjk(ed.phrases[0]):
        return None
    first = ed.phrases[0]
    np = re.match(
        r"^(?:(?:a|an|the|one|some)\s+)?((?:[\w'-]+\s+){0,4}?[\w'-]+)(?=\s+(?:in|on|at|with|by|under|"
        r"near|beside|next|sitting|standing|lying|sleeping|parked|floating|of|against|over)\b|,|$)",
        first,
        re.I,
    )
    if np is None or np.group(1).split()[-1].lower() in _STOP_EN:
        return None
    return 0, np.end(1) - len(np.group(1).split()[-1]), np.end(1)


_TWO_EN = re.compile(
    r"^(?:a|an|the|one)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)\s+and\s+(?:a|an|the|one)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)"
    r"(?=\s+(?:facing|sitting|standing|lying|on|in|at|by|with|under|next|side|playing|looking|holding)\b|\s*,|$)",
    re.I,
)
_TWO_ZH = re.compile(
    r"一[个只条张把支位头匹座棵朵艘辆盏]([\u4e00-\u9fffA-Za-z]{1,6}?)[和与跟]一[个只条张把支位头匹座棵朵艘辆盏]"
    r"([\u4e00-\u9fffA-Za-z]{1,6}?)(?=面对面|在|站|坐|躺|飞|并排|一起|，|,|$)"
)


def _ask_which_of_two(ed: Edit) -> bool:
    """ "make it red" when the picture's first words name two things ("a knight and a dragon facing each other"):
    it could be either, so nothing changes and the reply asks which (the answer is read by ``which_one``)."""
    for p in ed.phrases[:2]:
        m = (_TWO_ZH if lx.has_cjk(p) else _TWO_EN).search(p)
        if m:
            names = [messages.text("ask_which_name", ed.lang, name=n) for n in m.groups()]
            ed.offered = list(m.groups())
            ed.question = messages.text(
                "ask_which", ed.lang, choices=messages.listing(names, ed.lang, last="join_list_or")
            )
            return True
    return False


def _zh_recolour_described(ed: Edit, hit: tuple[int, int, int], described: re.Match, target: str) -> bool:
    """A colour said with what it is like ("黄昏的粉紫色"): the colour before the thing gives way to all of it."""
    i, start, end = hit
    p = ed.phrases[i]
    after = re.match(rf"(?:是)?({COLOUR_ZH.pattern})", p[end:])  # "天空湛蓝": its colour said after it
    if after:
        p = p[:end] + p[end + after.end() :]
    old = re.search(rf"({COLOUR_ZH.pattern})$", p[max(0, start - 8) : start])
    at = start - len(old.group(1)) if old else start
    ed.set_phrase(i, p[:at] + described.group(0) + p[start:])
    ed.say("said_made", what=target, value=described.group(0))
    return True


def _set_count_zh(ed: Edit, target: str, count: str) -> bool:
    """ "crane 改成两只" on "一只 white crane 飞过…": the count said before it changes (Chinese measure words)."""
    hit = find_zh(ed.phrases, target) if lx.has_cjk(target) else find_en(ed.phrases, target)
    if hit is None:
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    before = re.search(r"[一两二三四五六七八九十几][个只条张把支根片盏辆艘座棵朵位头匹](?=[^，,。]{0,16}$)", p[:start])
    if before is None:
        return False
    ed.set_phrase(i, p[: before.start()] + count + p[before.end() :])
    ed.say("said_made", what=ed.name(target), value=count)
    return True


def _coloured_mention(ed: Edit, hit: tuple[int, int, int]) -> tuple[int, int, int] | None:
    """Another mention of the same noun, later in the prompt, that says its colour."""
    word = ed.phrases[hit[0]][hit[1] : hit[2]]
    for i, p in enumerate(ed.phrases):
        for m in re.finditer(rf"(?i)(?<![\w-]){re.escape(word)}(?![\w-])", p):
            if (i, m.start()) > (hit[0], hit[1]) and _colour_run(_words_before(p, m.start())) is not None:
                return i, m.start(), m.end()
    return None


def _picture_words(value: str) -> bool:
    """Words that can go into the prompt as they are: a scene value, a colour or material, a mood, or a thing
    ("a snowy park"); not "different", "more... you know", "a desert one" (one of what?)."""
    v = value.strip().lower()
    if re.fullmatch(r"[a-z]+(?:ier|er)", v) and v not in _COMPARATIVES and v not in _SIZES_EN:
        return False  # "make it moodier": more of what, where? we ask
    if re.search(
        r"(?<![a-z])(?:one|ones|different|better|nicer|something|else|you know|more|less|it|that|this)(?![a-z])|\.\.\.|…",
        v,
    ):
        return bool(categories(value)) and not re.search(r"(?<![a-z])(?:one|ones|different)(?![a-z])", v)
    return True


def _recolour_first_any(ed: Edit, value: str) -> bool:
    """The first colour word of the prompt, in either language, becomes ``value`` as said."""
    for i, p in enumerate(ed.phrases):
        english = re.search(rf"(?i)\b(?:{'|'.join(sorted(COLOURS_EN, key=len, reverse=True))})\b", p)
        hits = [m for m in (english, COLOUR_ZH.search(p)) if m is not None]
        if hits:
            m = min(hits, key=lambda x: x.start())
            ed.set_phrase(i, p[: m.start()] + value.strip().rstrip("的") + p[m.end() :])
            ed.say("said_made_it", value=value.strip())
            return True
    return False


def _recolour_first_zh(ed: Edit, value: str) -> bool:
    """A colour said with no thing, on a Chinese prompt: the first colour of its first phrase, if the phrase names
    its subject there ("一辆亮面薄荷绿的电动滑板车"), with the finish said before it."""
    first = ed.phrases[0] if ed.phrases else ""
    m = re.match(
        rf"^(?:[^，,]{{0,6}}?[一两][个只辆条张把件台座盏])?((?:哑光|亚光|磨砂|亮面|光面)?{COLOUR_ZH.pattern})", first
    )
    if m is None:
        return False
    new = value.strip().rstrip("的")
    if m.group(1).endswith("的"):
        new += "的"
    ed.set_phrase(0, first[: m.start(1)] + new + first[m.end(1) :])
    ed.say("said_made_it", value=value.strip())
    return True


_OWN_COLOUR_EN = re.compile(
    rf"(?i)\b(?:in|painted|finished in)\s+((?:(?:{'|'.join(sorted(FINISH_EN))})\s+)?(?:(?:{'|'.join(sorted(TONES_EN))})\s+)?"
    rf"(?:{'|'.join(sorted(COLOURS_EN, key=len, reverse=True))})(?:\s+(?:{'|'.join(sorted(COLOURS_EN, key=len, reverse=True))}))?)\b"
)


def _recolour_main(ed: Edit, value: str) -> bool:
    """ "paint it matte black": the paint if the prompt names one, else the main subject ("a scooter in glossy
    mint green": the colour it is said to be in)."""
    own = _OWN_COLOUR_EN.search(ed.phrases[0]) if ed.phrases and not lx.has_cjk(ed.phrases[0]) else None
    main = _main_subject(ed)
    if own and main is not None and own.start() - main[2] <= 2:
        ed.set_phrase(0, ed.phrases[0][: own.start(1)] + value.strip() + ed.phrases[0][own.end(1) :])
        ed.say("said_made_it", value=value.strip())
        return True
    for i, p in enumerate(ed.phrases):
        m = re.search(r"(?i)(?<![a-z])(?:paint|paintwork|finish|colou?r)(?![a-z])", p)
        if m and i > 0:
            if any(w.lower() in FINISH_EN for w in value.split()):  # "matte black" on "glossy white paint"
                finish = [x for x in _words_before(p, m.start()) if x[0].lower() in FINISH_EN]
                if finish:
                    p = p[: finish[0][1]] + p[finish[-1][2] :].lstrip()
                    ed.set_phrase(i, p)
                    m = re.search(r"(?i)(?<![a-z])(?:paint|paintwork|finish|colou?r)(?![a-z])", p)
            return recolour_en(ed, (i, m.start(), m.end()), value, "it")
    hit = _main_subject(ed)
    return hit is not None and recolour_en(ed, hit, value, "it")


_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|《[^》]*》|\"[^\"]*\"|(?<![a-z])'(?:[^']|'(?=[a-z]))*'(?![a-z])|‘[^’]*’")
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


def _set_text(ed: Edit, target: str, value: str) -> bool:
    """ "文字改成“全场八折”", "change the title to 'ARRIVAL'": the quoted words in the prompt are replaced."""
    says = re.match(
        r"^(?:to\s+)?(?:say|says|read|reads|saying|show|shows)\s+|^(?:改写成?|写成|写着|写上|印着|印成|写|印)\s*",
        value.strip(),
        re.I,
    )
    target = re.sub(r"\s*(?:上|上面|上的)$", "", target.strip())  # "sign 上改写 …"
    value = value.strip()[says.end() :] if says else value
    text_target = re.fullmatch(rf"(?:大|主|副|小)?(?:{_TEXT_WORDS.pattern})", target.strip().lower())
    new = _QUOTED.fullmatch(value.strip())
    if not text_target and not says and new is None:
        return False  # "change the neon sign to say 'BOOKS & TEA'", "乐队名改成“低潮”": what it says is its text
    if (
        new is None
        and not says
        and (
            _is_modifier(value)
            or re.search(r"(?:sign|label)$", target.lower().strip())
            or bilingual.colour_in(value, "zh")
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
            r"(?:\b(?:titled|title|text|words|slogan|headline|lettering)(?:\s+(?:that|which))?(?:\s+(?:reading|reads|says|saying))?"
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


_OPPOSITES_EN = {
    "long": ("short",), "short": ("long", "tall"), "tall": ("short",), "thick": ("thin",), "thin": ("thick",),
    "wide": ("narrow",), "narrow": ("wide",), "curly": ("straight",), "straight": ("curly", "wavy"),
    "wavy": ("straight",), "young": ("old", "elderly"), "old": ("young", "new"), "new": ("old",),
    "open": ("closed",), "closed": ("open",), "empty": ("full",), "wet": ("dry",),
    "dry": ("wet",), "happy": ("sad",), "sad": ("happy",), "smiling": ("frowning",), "sleeping": ("awake",),
    "awake": ("sleeping",), "fluffy": ("sleek",), "messy": ("neat", "tidy"), "neat": ("messy",), "tidy": ("messy",),
    "full": ("crescent", "half", "new", "empty"), "crescent": ("full", "half"), "half": ("full", "crescent"),
    "calm": ("stormy", "rough", "choppy"), "stormy": ("calm",), "rough": ("calm", "smooth"), "smooth": ("rough",),
}  # fmt: skip


def _opposite_en(ed: Edit, hit: tuple[int, int, int], value: str, name: str) -> bool:
    """ "hair should be long" on "short black hair": the opposite word among its modifiers gives way; an
    adjective with no opposite there is said before the other modifiers ("long black hair")."""
    word = value.strip().lower()
    if word not in _OPPOSITES_EN:
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    mods = _words_before(p, start)
    was = next((x for x in mods if x[0].lower() in _OPPOSITES_EN[word]), None)
    if was is not None:
        ed.set_phrase(i, p[: was[1]] + value.strip() + p[was[2] :])
    elif word in {x[0].lower() for x in mods}:
        return False
    else:
        at = mods[0][1] if mods else start
        ed.set_phrase(i, p[:at] + value.strip() + " " + p[at:])
    ed.say("said_made", what=name, value=value.strip())
    return True


_THAT_ONE_ZH = r"(?:那个|这个|那只|这只|那把|这把|那张|这张|那件|这件|那盏|那条|那辆|那杯)"


def _coloured_one_zh(ed: Edit, target: str, value: str) -> bool:
    """ "黄色那个" is the thing that is yellow: recoloured when one thing is, asked about when several are."""
    m = re.fullmatch(rf"({COLOUR_ZH.pattern})的?{_THAT_ONE_ZH}", target.strip())
    if m is None or not (_zh_colour(value) or _zh_colour_value(value)):
        return False
    colour = m.group(1)
    spots = [(i, hit) for i, p in enumerate(ed.phrases) for hit in re.finditer(re.escape(colour), p)]
    if not spots:
        return False
    if len(spots) > 1:
        names = []
        for i, hit in spots:
            tail = re.match(r"的?([\u4e00-\u9fff]{1,6}?)(?=[，,、和与及跟。；;]|$)", ed.phrases[i][hit.end() :])
            names.append(messages.text("ask_which_name", ed.lang, name=colour + "的" + (tail.group(1) if tail else "")))
        choices = messages.listing(names, ed.lang, last="join_list_or")
        ed.question = messages.text("ask_which", ed.lang, choices=choices)
        return True
    i, hit = spots[0]
    p = ed.phrases[i]
    ed.set_phrase(i, p[: hit.start()] + value.rstrip("的") + p[hit.end() :])
    ed.say("said_changed", what=target, value=value)
    return True


def _set_target(ed: Edit, target: str, value: str) -> None:
    value = value.strip().rstrip("?")
    target = target.strip()
    # "the bridge please to be black colour", "桥的颜色请黑色": the value, without the words around it
    value = re.sub(r"(?i)^(?:to be|be|to)\s+", "", value)
    if re.fullmatch(r"(?i)(.+?)\s+colou?r", value) and _is_modifier(value.rsplit(" ", 1)[0]):
        value = value.rsplit(" ", 1)[0]
    if target in ("它", "这个", "那个", "这张", "这幅", "画面", "整个画面", "整体") and categories(value):
        scene_value(ed, value)  # "把它改成 morning": the time of the whole picture
        ed.say("said_made_it", value=value)
        return None
    if lx.has_cjk(target + value):
        target = re.sub(r"(?:的颜色|的顏色|颜色)?请?$", "", target) or target
        value = re.sub(r"^(?:请|要|用)", "", value) or value
        value = re.sub(r"(?:试试|看看|试一下|呢|吧)+$", "", value) or value  # "换成亮面橙色试试"
        value = re.sub(r"^(?:我们|咱们|我)(?:的)?(?:品牌|公司|店铺|店)?的", "", value) or value  # "我们品牌的橙色"
    one = re.fullmatch(r"(?i)(?:a|an|the)\s+(.+?)\s+one", value)
    if one:  # "swap the coat to a charcoal one": the same thing, charcoal
        value = one.group(1)
    if target.lower() in ("it", "this", "that") and ed.topic:
        target = ed.topic  # "the plate, make it pale pink": "it" is the thing just named
    if re.fullmatch(r"[A-Za-z][A-Za-z '-]*\s*的", value):
        value = value.removesuffix("的").strip()  # "pendant 换成 black 的": black
    if swap_member(ed, target, value):  # "make her a dwarf" on "a female elf archer": the elf
        return None
    mixed_value = re.fullmatch(r"(?i)([a-z][a-z -]*?)\s*的\s*([a-z][a-z -]*?)(?:\s+colou?r)?", value.strip())
    if mixed_value:  # "sofa 换成 boucle 的 cream color": a cream boucle sofa
        first, second = mixed_value.groups()
        value = f"{second} {first}" if _split_value(second)[0] and not _split_value(first)[0] else f"{first} {second}"
    count = re.fullmatch(r"([一两二三四五六七八九十几])([个只条张把支根片盏辆艘座棵朵位头匹])", value.strip())
    if count and _set_count_zh(ed, target, value.strip()):
        return None  # "crane 改成两只": the number before it
    if lx.has_cjk(value) and not lx.has_cjk(target) and find_en(ed.phrases, target) is not None:
        value = bilingual.colour_in(value, "en") or value  # "lamp 换红色" on an English prompt: red
    both = re.fullmatch(r"(?i)([a-z-]+)\s+and\s+([a-z-]+)", value) or re.fullmatch(
        rf"(?i)({'|'.join([*_COMPARATIVES, *_STATES, *(k for k in _SIZES_EN if ' ' not in k)])})\s+and\s+(.+)",
        value.strip(),
    )  # "bigger and more centered": two edits of one thing
    if both and not _is_modifier(value) and find_en(ed.phrases, target) is not None:
        for part in both.groups():  # "hair should be black and long": two edits of one thing
            _set_target(ed, target, part)
        return None
    if _set_text(ed, target, value) or _set_year(ed, target, value):
        return
    palette = r"(?:the\s+)?(?:colou?rs|colou?r (?:scheme|palette)|palette)|配色|颜色|色调"
    if re.fullmatch(palette, target.lower()) and (_colour_list(ed, value) or _zh_predicate(ed, target, value)):
        return
    bare_colour = re.fullmatch(r"(?i)(?:the\s+)?colou?r|颜色|色彩", target.strip())
    if bare_colour and (_is_modifier(value) or _zh_colour_value(value)) and _recolour_first_any(ed, value):
        return None  # "颜色改成 black" on "一双 red satin 高跟鞋": the colour it has
    zh = lx.has_cjk(target + value) and not re.match(r"[A-Za-z]", target + value)
    value = re.sub(r"(?i)^(.+?),?\s+(?:not|rather than)\s+(.+)$", r"\1 instead of \2", value)  # "glass, not ceramic"
    inst = re.match(r"^(.+?)\s+instead of\s+(.+)$", value, re.I)
    if inst and not zh:  # "make the house wooden instead of glass"
        hit = find_en(ed.phrases, inst.group(2))
        if hit is not None:
            i, s, e = hit
            p = ed.phrases[i]
            new = inst.group(1)
            if " " not in inst.group(2).strip():  # "sunny outside instead of rainy": the word for the word
                new = re.sub(r"\s+(?:outside|outdoors|out there|out the window)$", "", new, flags=re.I)
                ed.set_phrase(i, p[:s] + new + p[e:])
            else:  # "make it a can instead of a glass bottle": the words that named it go too
                replace_en(ed, hit, new, _name_en(inst.group(2)), inst.group(2))
                ed.said.pop()
            ed.say("said_made", what=ed.name(target), value=inst.group(1))
            return
        value = inst.group(1)
    scene_word = re.fullmatch(
        r"(?:it|this|that|everything|the (?:scene|picture|image|whole thing)|(?:the )?(?:time|weather|season)|"
        r"the style|the background|背景|画面|风格|整体|天气|季节|时间)?",
        target.lower(),
    )
    split_scene = re.match(r"^(?:into\s+)?(?:a|an|the)\s+[\w' -]+?\s+(?:in|at|during)\s+(.+)$", value, re.I)
    if scene_word is not None and target.lower() in ("it", "this", "that", "") and new_setting(ed, value):
        return None  # "make it a snowy tundra": the place, not the weather
    if scene_word is not None and categories(value) and not (split_scene and target.lower() in ("it", "this", "that")):
        if target.lower() in ("the background", "背景") and not categories(value) - {"style"}:
            pass
        else:
            scene_value(ed, value)
            ed.say("said_made_it", value=value)
            return
    if zh and _coloured_one_zh(ed, target, value):
        return None  # "把黄色那个换成绿色": the yellow thing, or a question when two are yellow
    if zh:
        described = re.fullmatch(rf"([\u4e00-\u9fff]{{1,4}}的)({COLOUR_ZH.pattern})", value)
        hit_now = find_zh(ed.phrases, target) if target and described else None
        if hit_now is not None and _zh_recolour_described(ed, hit_now, described, target):
            return None  # "天空改成黄昏的粉紫色" on "湛蓝的天空": "黄昏的粉紫色天空"
        gradient = re.fullmatch(rf"({COLOUR_ZH.pattern})渐变", value)
        if gradient and target and find_zh(ed.phrases, target) is not None:
            value = gradient.group(1)  # "背景换紫色渐变" on "渐变橙色背景": the gradient's colour
        if target in ("背景", "背景图", "场景", "地点") and new_setting(ed, value):
            return None  # "背景换成雪松林" on "沙漠背景": the place changes
        if target in ("它", "这个", "那个", "它的颜色") and _zh_colour(value) and _ask_which_of_two(ed):
            return None  # "把它变成红色" on "一个折纸骑士和一条折纸龙": which one?
        if not target and _zh_colour_value(value):
            if not _recolour_first_zh(ed, value):  # "换成绿色" with no thing named: the picture's first thing, if
                ed.question = messages.text("ask_what_gets", ed.lang, value=value)  # it leads; else we ask
            return None
        if not target and _zh_same_kind(ed, value):
            return None
        if target and _zh_made_of(value) and _zh_material(ed, target, value.rstrip("的")):
            return None  # "花瓶改成玻璃的", "茶几换成黑色大理石的": what it is made of
        if target and _zh_predicate(ed, target, value):
            return None
        hit = find_zh(ed.phrases, target) if target else None
        if hit is None:
            if not target and _zh_colour(value) and _recolour_first_zh(ed, value):
                return None  # "换成亮面橙色试试" on "一辆亮面薄荷绿的电动滑板车": the picture's first thing
            if not target:
                return _scene_or_append(ed, value)
            if _other_language(ed, target, value) or _scene_thing(ed, target, value):
                return None
            return _cannot_find(ed, target)
        named = COLOUR_ZH.match(target)
        noun = target[named.end() :] if named else ""
        if named and noun and value.endswith(noun) and COLOUR_ZH.fullmatch(value[: -len(noun)] or "-"):
            value = value[: -len(noun)]  # "黑猫换成橘猫": the cat's colour, said with its noun
        elsewhere = named and not ed.phrases[hit[0]].startswith(named.group(0), hit[1])
        if elsewhere and _zh_colour(value) and recolour_zh(ed, hit, value.rstrip("的"), target):
            return None  # "蓝色的马克杯" found by its noun: its colour
        if named and 0 < named.end() < len(target) and _zh_colour(value):  # "米色墙换成赤陶色": 米色 is the colour
            i, s, _ = hit
            q = ed.phrases[i]
            keep_de = "的" if named.group(0).endswith("的") else ""  # "黑色的小狗" -> "棕色的小狗"
            ed.set_phrase(i, q[:s] + value.rstrip("的") + keep_de + q[s + named.end() :])
            ed.say("said_changed", what=target, value=value)
            return None
        if COLOUR_ZH.fullmatch(target) and COLOUR_ZH.match(value):  # "荧光绿换成橙色": the colour word itself
            i, s, e = hit
            ed.set_phrase(i, ed.phrases[i][:s] + value.rstrip("的") + ed.phrases[i][e:])
            ed.say("said_changed", what=target, value=value)
            return None
        if _zh_recolour(ed.phrases[hit[0]], hit, value) and recolour_zh(ed, hit, value.rstrip("的"), target):
            return
        if re.fullmatch(r"[A-Za-z][A-Za-z -]*", value.strip()) and _is_modifier(value):
            return _latin_on_chinese(ed, hit, target, value.strip())  # "牙刷改 matte black"
        return replace_zh(ed, hit, value, target)
    if target.lower() in ("it", "this", "that", "everything", "them", "they", "these", "those"):
        value = re.sub(r"\s+instead$", "", value, flags=re.I)  # "make them strawberry pancakes instead"
        value = re.sub(r"(?i)^into\s+", "", value)  # "turn it into a snowy park"
        scene_part = re.match(r"^(.+?)\s+((?:in|at|during)\s+.+)$", value, re.I)
        if scene_part and categories(scene_part.group(2)) and _target_words(scene_part.group(1)):
            # "turn it into a snowy park in winter": the park, and the season, each where it is said
            scene_value(ed, re.sub(r"^(?:in|at|during)\s+", "", scene_part.group(2), flags=re.I))
            ed.said.clear()
            value = scene_part.group(1)
        words_ = _target_words(value)
        hit = find_en(ed.phrases, words_[-1]) if words_ else None
        if hit is not None and not _is_modifier(value):  # "make it a barn owl": the owl becomes a barn owl
            return replace_en(ed, hit, value, f"the {words_[-1]}")
        if _is_modifier(value) and not categories(value) and not ed.topic and _ask_which_of_two(ed):
            return None  # "make it red" on "a knight and a dragon": which one?
        if _is_modifier(value) and not categories(value) and _recolour_main(ed, value):
            return None
        main = _main_subject(ed)
        sized = value.strip().lower()
        if main is not None and (
            sized in _COMPARATIVES
            or sized in _STATES
            or _SIZES_EN.get(re.sub(r"^(?:much|a bit|a little|way|even)\s+", "", sized))
        ):
            name = ed.phrases[0][main[1] : main[2]]  # "make it bigger" on "a tiny hummingbird…": the hummingbird
            comparative = _COMPARATIVES.get(sized) or _STATES.get(sized)
            if (comparative and _compare_en(ed, main, comparative, f"the {name}", value)) or _resize_en(
                ed, main, value, f"the {name}"
            ):
                return None
        if not _picture_words(value):  # "make it more... you know", "make that one different": we ask
            ed.question = ed.question or messages.text("reply_open_not_understood", ed.lang)
            return None
        return _scene_or_append(ed, value)
    bare = re.sub(r"(?i)^(?:the|its)\s+", "", target.strip()).lower()
    if bare in ("sky", "skies", "weather") and categories(value) & {"weather"}:
        scene_value(ed, value)  # "make the sky stormy": the weather, where the prompt says it
        ed.say("said_made", what=ed.name(target), value=value)
        return None
    hit = find_en(ed.phrases, target)
    if hit is None and bare in WEATHER_EN and re.fullmatch(r"[a-z]+", value.strip().lower()):
        for i, p in enumerate(ed.phrases):  # "make the rain snow" on "during a rainstorm": a snowstorm
            m = re.search(rf"(?i)\b{re.escape(bare)}(?=[a-z]{{3,}})", p)
            if m:
                ed.set_phrase(i, p[: m.start()] + value.strip().lower() + p[m.end() :])
                ed.say("said_made", what=ed.name(target), value=value)
                return None
    if hit is None:
        if _other_language(ed, target, value):  # "background purple" on "粉色的背景"
            return None
        if target.lower() in ("the background", "the backdrop"):
            return _scene_or_append(ed, f"{value} background")
        if _scene_thing(ed, target, value):
            return None
        return _cannot_find(ed, target)
    name = _name_en(target)
    bare_target = re.sub(r"^(?:the|its|his|her)\s+", "", target.lower())
    colour_only = _split_value(value)[0] and not _split_value(value)[1]
    named_colour = bare_target.split() and all(w in PROMPT_COLOURS_EN | TONES_EN for w in bare_target.split())
    said_at = (
        re.search(rf"(?i)(?<![\w-]){re.escape(bare_target)}(?![\w-])", ed.phrases[hit[0]]) if named_colour else None
    )
    if said_at and " " in bare_target and _is_modifier(value):  # "change the blush pink to sage": the colour words
        p = ed.phrases[hit[0]]
        ed.set_phrase(hit[0], p[: said_at.start()] + value + p[said_at.end() :])
        ed.say("said_changed_to", what=bare_target, value=value)
        return
    gold = bare_target in PROMPT_COLOURS_EN  # "change the gold to silver": gold is the colour said, not a metal to tint
    if bare_target in MATERIALS_EN and not gold and colour_only and recolour_en(ed, hit, value, name):
        return  # "Leather: cognac": the leather's colour
    coloured_noun = (
        bare_target not in MATERIALS_EN and _colour_run(_words_before(ed.phrases[hit[0]], hit[1])) is not None
    )
    # "red wine": wine is the thing; "pink marble": marble is still what the pedestal is made of
    if bare_target in MATERIALS_EN | PROMPT_COLOURS_EN | FINISH_EN and _is_modifier(value) and not coloured_noun:
        i, s, e = hit  # "change velvet to silk": the word itself
        ed.set_phrase(i, ed.phrases[i][:s] + value + ed.phrases[i][e:])
        ed.say("said_changed_to", what=bare_target, value=value)
        return
    comparative = _COMPARATIVES.get(value.strip().lower()) or _STATES.get(value.strip().lower())
    if comparative and _compare_en(ed, hit, comparative, name, value):
        return
    if _resize_en(ed, hit, value, name):
        return
    if (
        _is_modifier(value)
        and _split_value(value)[0]
        and _colour_run(_words_before(ed.phrases[hit[0]], hit[1])) is None
    ):
        hit = (
            _coloured_mention(ed, hit) or hit
        )  # "make the car red" on "an electric SUV: a silver SUV…": the silver one
    if _is_modifier(value) and recolour_en(ed, hit, value, name):
        return
    have = {x[0].lower() for x in _words_before(ed.phrases[hit[0]], hit[1])}
    if _is_modifier(value) and all(w.lower() in have for w in value.split()):
        return  # "black" for "short black hair": it already is
    if _opposite_en(ed, hit, value, name):
        return
    kind = re.fullmatch(r"(?:a|an)\s+([a-z]+)", value, re.I)
    known = kind and (
        kind.group(1).lower() in gl.HYPONYMS_EN or any(kind.group(1).lower() in v for v in gl.HYPONYMS_EN.values())
    )
    if kind and not known and not general.find(kind.group(1).lower()) and _kind_word_before(ed, hit):
        return _kind_of(ed, hit, kind.group(1), name)  # "a full moon" -> "a crescent moon"; "a horse" -> "a camel"
    finish = re.fullmatch(rf"(?i)(?:a|an)\s+(.+?)\s+({_FINISH_NOUNS})", value.strip())
    if finish and (
        _is_modifier(finish.group(1)) or _only_describing(finish.group(1))
    ):  # "make the teapot a deep cobalt blue glaze": it keeps being a teapot
        i, _, end = hit
        run = _colour_run(_words_before(ed.phrases[i], hit[1]))
        p = ed.phrases[i]
        if run is not None:  # its old colour goes: the glaze is its colour now
            p, end = p[: run[0]] + p[run[1] + 1 :], end - (run[1] + 1 - run[0])
        ed.set_phrase(i, p[:end] + " with " + value.strip() + p[end:])
        ed.say("said_made", what=name, value=value.strip())
        return
    if _only_describing(value) and len(value.split()) > 1 and _words_before(ed.phrases[hit[0]], hit[1]):
        i, start, _ = hit  # "hair -> long braided black" on "short copper hair": the words before "hair" give way
        p = ed.phrases[i]
        ed.set_phrase(i, p[: _words_before(p, start)[0][1]] + value.strip() + " " + p[start:])
        ed.say("said_made", what=name, value=value.strip())
        return
    if _ADJECTIVAL.fullmatch(value.strip()):  # "make the tram more centered": said of it, it stays a tram
        _set_modifier(ed, hit, value.strip(), ())
        ed.say("said_made", what=name, value=value.strip())
        return
    tail = re.match(r"^(.+?)\s+(with\s+.+)$", value, re.I)
    if tail and _is_modifier(tail.group(1)):  # "make the mushroom red with white spots"
        recolour_en(ed, hit, tail.group(1), name)
        hit = find_en(ed.phrases, target)
        if hit is not None:
            i, _, end = hit
            p = ed.phrases[i]
            ed.set_phrase(i, p[:end] + " " + tail.group(2) + p[end:])
        return
    replace_en(ed, hit, value, name, target)


_HAIR_AND_FORM_EN = frozenset(
    ("long", "short", "curly", "straight", "wavy", "braided", "messy", "sleek", "tall", "slim", "thick", "thin",
     "round", "square", "oval", "narrow", "wide", "flat", "fluffy", "shaggy", "cropped", "loose", "tight")
)  # fmt: skip


def _only_describing(value: str) -> bool:
    """ "long braided black", "matte dark green": every word says how the thing is, none names a thing."""
    words = [w.lower() for w in value.replace(",", " ").split()]
    known = PROMPT_COLOURS_EN | TONES_EN | MATERIALS_EN | FINISH_EN | TEXTURES_EN | _HAIR_AND_FORM_EN
    return bool(words) and all(w in known or w in _SIZE_WORDS_EN or w in ("and", "&") for w in words)


_FINISH_NOUNS = r"glaze|finish|paint job|paint|coat of paint|lacquer|enamel|colou?r|tone|shade|hue|tint"
# "more centered", "less cluttered", "a bit more rustic": words said of a thing, never a thing
_ADJECTIVAL = re.compile(
    r"(?i)(?:(?:much|a bit|a little|slightly|even|way|far)\s+)?(?:more|less)\s+[a-z-]+|[a-z]{3,}(?:ered|ated|ted|ful|ous)"
)

# "make the dress shorter": the word the comparative is made from, and the words it replaces
_COMPARATIVES = {
    "shorter": ("short", ("long", "tall")), "longer": ("long", ("short",)), "taller": ("tall", ("short",)),
    "newer": ("new", ("old", "worn", "vintage")), "older": ("old", ("new", "young")), "younger": ("young", ("old",)),
    "brighter": ("bright", ("dark", "dim")), "darker": ("dark", ("bright", "light", "pale")),
    "warmer": ("warm", ("cold", "cool")), "cooler": ("cool", ("warm", "hot")), "thicker": ("thick", ("thin",)),
    "thinner": ("thin", ("thick",)), "wider": ("wide", ("narrow",)), "narrower": ("narrow", ("wide",)),
    "softer": ("soft", ("harsh", "hard")), "calmer": ("calm", ("rough", "stormy")),
}  # fmt: skip


# "make the sea calm" on "a stormy sea": a state word replaces its opposites
_STATES = {
    "calm": ("calm", ("stormy", "rough", "choppy", "raging", "wild")), "stormy": ("stormy", ("calm", "still", "quiet", "fluffy", "puffy", "white", "light")),
    "empty": ("empty", ("crowded", "busy", "full")), "crowded": ("crowded", ("empty", "quiet", "deserted")),
    "quiet": ("quiet", ("busy", "crowded", "noisy")), "busy": ("busy", ("quiet", "empty", "deserted")),
    "clear": ("clear", ("cloudy", "overcast", "stormy", "foggy", "misty")),
    "cloudy": ("cloudy", ("clear", "sunny", "cloudless")), "sunny": ("sunny", ("cloudy", "overcast", "rainy")),
    "open": ("open", ("closed",)), "closed": ("closed", ("open",)), "wet": ("wet", ("dry",)), "dry": ("dry", ("wet", "rainy", "rain-soaked", "soaked", "damp", "puddled")),
}  # fmt: skip


def _set_modifier(ed: Edit, hit: tuple[int, int, int], word: str, replaces) -> None:
    """The last of the noun phrase's words in ``replaces`` becomes ``word``; with none, ``word`` goes first."""
    i, start, _ = hit
    p = ed.phrases[i]
    mods = _words_before(p, start)
    old = [x for x in mods if x[0].lower() in replaces]
    if old:
        new = p[: old[-1][1]] + word + p[old[-1][2] :]
    else:
        at = mods[0][1] if mods else start
        new = p[:at] + word + " " + p[at:]
    ed.set_phrase(i, new)


def _compare_en(ed: Edit, hit: tuple[int, int, int], comparative: tuple, name: str, value: str) -> bool:
    base, opposites = comparative
    _set_modifier(ed, hit, base, {*opposites, base})
    ed.say("said_made_more", what=name, value=value)
    return True


def _resize_en(ed: Edit, hit: tuple[int, int, int], value: str, name: str) -> bool:
    """ "make the kite bigger": the size word of that noun phrase changes (or one is put first), nothing else."""
    v = re.sub(r"^(?:much|a bit|a little|slightly|way|even|a lot)\s+", "", value.strip().lower())
    size = _SIZES_EN.get(v) or (v if v in _SIZE_WORDS_EN else None)
    if size is None:
        return False
    _set_modifier(ed, hit, size, _SIZE_WORDS_EN)
    ed.say("said_made_bigger" if size in ("large", "huge", "giant") else "said_made_smaller", what=name, size=v)
    return True


def _kind_word_before(ed: Edit, hit: tuple[int, int, int]) -> bool:
    """Whether the noun has a word saying what kind it is ("full" moon): not a colour, material or tone."""
    i, start, _ = hit
    mods = _words_before(ed.phrases[i], start)
    return bool(mods) and mods[-1][0].lower() not in PROMPT_COLOURS_EN | MATERIALS_EN | TONES_EN | FINISH_EN | {
        "a",
        "an",
    }


def _kind_of(ed: Edit, hit: tuple[int, int, int], word: str, name: str) -> None:
    """ "make the moon a crescent": the word says what kind of moon, so "a full moon" -> "a crescent moon"."""
    i, start, _ = hit
    p = ed.phrases[i]
    mods = _words_before(p, start)
    s = start
    if mods and mods[-1][0].lower() not in PROMPT_COLOURS_EN | MATERIALS_EN | TONES_EN | FINISH_EN:
        s = mods[-1][1]
    ed.set_phrase(i, p[:s] + word + " " + p[start:])
    ed.say("said_made_a", what=name, value=word)


_ZH_MATERIALS = ("陶瓷", "玻璃", "木质", "木头", "实木", "金属", "不锈钢", "黄铜", "铜", "皮革", "真皮", "丝绸", "真丝",
                 "棉麻", "亚麻", "羊毛", "大理石", "水泥", "石头", "竹", "竹编", "藤编", "塑料", "纸", "水晶", "搪瓷", "铁艺", "铸铁",
                 "胡桃木", "白橡木", "橡木", "柚木", "松木", "原木", "樱桃木", "麂皮", "绒面", "丝绒", "天鹅绒", "白瓷", "青瓷",
                 "粗陶", "陶土", "水磨石", "花岗岩", "混凝土", "亚克力", "黄金", "纯银", "帆布", "牛仔布", "灯芯绒", "木", "洞石",
                 "石材", "岩板", "透明玻璃", "磨砂玻璃", "磨砂", "哑光", "亮面", "镜面", "拉丝")  # fmt: skip


def _latin_on_chinese(ed: Edit, hit: tuple[int, int, int], target: str, value: str) -> None:
    """An English colour or material for a thing named in Chinese: on its English name where the prompt has one
    ("toothbrush"), in Chinese on an all-Chinese prompt, else before the Chinese words as said (a mixed prompt)."""
    i, start, end = hit
    p = ed.phrases[i]
    colours = "|".join(sorted(COLOURS_EN | TONES_EN | FINISH_EN, key=len, reverse=True))
    after = re.match(rf"(?i)\s*((?:(?:{colours})\s*)+)(?![a-z])", p[end:])
    if after:  # "背景 light blue" made dark navy: the English words said after it
        ed.set_phrase(i, p[: end + after.start(1)] + value + " " + p[end + after.end(1) :].lstrip())
        ed.say("said_made", what=target, value=value)
        return
    for word in bilingual.en_words(target):
        found = find_en(ed.phrases, word)
        if found is not None and recolour_en(ed, found, value, target):
            return
    before = re.search(rf"(?i)(?<![a-z])((?:{colours})(?:\s+(?:{colours}))*)(?=(?:\s+[a-z]+)?\s*的?\s*$)", p[:start])
    if before and not all_chinese(ed.phrases):  # "blue gradient 背景" made black: "black gradient 背景"
        ed.set_phrase(i, p[: before.start(1)] + value + p[before.end(1) :])
        ed.say("said_made", what=target, value=value)
        return
    chinese = bilingual.colour_in(value, "zh")
    if chinese and recolour_zh(ed, hit, chinese, target):
        return
    if all_chinese(ed.phrases):
        ed.question = messages.text("ask_say_in_chinese", ed.lang, value=value)
        return
    ed.set_phrase(i, p[:start] + value + " " + p[start:])
    ed.say("said_made", what=target, value=value)


def _zh_made_of(value: str) -> bool:
    """ "玻璃的", "黑色大理石": a material, a colour before it or not."""
    v = value.strip().rstrip("的")
    colour = COLOUR_ZH.match(v)
    made = value.strip().endswith("的")  # "苔藓换成白色大理石" is the moss replaced; "…大理石的", what it is made of
    return v in _ZH_MATERIALS or bool(made and colour and v[colour.end() :].lstrip("的") in _ZH_MATERIALS)


def _zh_material(ed: Edit, target: str, material: str) -> bool:
    """ "花瓶改成玻璃的" on "陶瓷花瓶": the material word before it changes (or is said); "皮革换成麂皮": the
    material named is the word that changes, and its colour stays."""
    hit = find_zh(ed.phrases, target)
    if hit is None:
        return False
    i, start, end = hit
    p = ed.phrases[i]
    if target in _ZH_MATERIALS:
        ed.set_phrase(i, p[:start] + material + p[end:])
        ed.say("said_changed", what=target, value=material)
        return True
    before = p[max(0, start - 4) : start]
    old = next((m for m in sorted(_ZH_MATERIALS, key=len, reverse=True) if before.endswith(m)), None)
    s = start - len(old) if old else start
    ed.set_phrase(i, p[:s] + material + p[start:])
    ed.say("said_made_material", what=target, value=material)
    return True


_ZH_QUANTIFIED = re.compile(r"^(?:一|两|三|几)?[个只条张把支根片双壶杯碗盘朵棵座艘辆匹头套顶块盏幅瓶盒束枝]")


def _zh_same_kind(ed: Edit, value: str) -> bool:
    """ "换成一只黑猫" with no target: the thing of that kind in the prompt ("一只橘猫") is the one replaced;
    "换成一只狐狸" on "一只白色的兔子蹲在草地上": a new thing, counted like the main subject, replaces it."""
    core = _ZH_QUANTIFIED.sub("", value).strip()
    if not core or categories(core) or len(core) > 8 or _zh_colour_value(core):
        return False  # a colour is no thing ("换成蓝色" names no 色 to replace)
    for n in (3, 2, 1):
        head = core[-n:]
        if len(core) <= n or COLOUR_ZH.fullmatch(head) or not re.fullmatch(r"[\u4e00-\u9fff]+", head):
            continue
        hit = find_zh(ed.phrases, head)
        if hit is not None:
            replace_zh(ed, hit, value, head)
            return True
    counted = _ZH_QUANTIFIED.match(value)
    first = ed.phrases[0] if ed.phrases else ""
    lead = re.match(r"(?:一|两|三)[只个条辆头匹位名]", first)
    if counted is None or lead is None:
        return False
    nouns = sorted({*bilingual.NOUNS_ZH, *(z for _, zs in gl.NOUNS.values() for z in zs)}, key=len, reverse=True)
    window = first[lead.end() : lead.end() + 10]
    found = [(window.find(n), -len(n)) for n in nouns if n in window]  # the first noun, named in full ("兔子")
    if not found:
        return False
    start, minus_len = min(found)
    end = lead.end() + start - minus_len
    ed.set_phrase(0, value + first[end:])
    ed.say("said_changed_it", value=value)
    return True


_ZH_PRED = r"(?:是|为|呈|采用|用的是|选用|刷成|涂成|漆成|刷的是)"


def _zh_predicate(ed: Edit, target: str, value: str) -> bool:
    """ "背景换成薄荷绿" on "背景是明亮的黄色", "配色改成墨绿色和米色" on "配色为深棕色和米色": what is said of it changes."""
    if target in value or _ZH_QUANTIFIED.match(value):
        return False
    pred = re.compile(rf"{re.escape(target)}{_ZH_PRED}([^，,。；;、：:]+)")
    for i, p in enumerate(ed.phrases):
        m = pred.search(p)
        if m:
            end = m.end(1)
            said = COLOUR_ZH.match(m.group(1))
            if said and COLOUR_ZH.fullmatch(value):  # "风筝是红色的燕子形状": the colour goes, the kite's shape stays
                end = m.start(1) + said.end() - (1 if said.group(0).endswith("的") else 0)
            ed.set_phrase(i, p[: m.start(1)] + value.rstrip("的") + p[end:])
            ed.say("said_changed_to", what=target, value=value)
            return True
    return False


_ZH_SIZES = {"smaller": "小", "bigger": "大", "larger": "大", "small": "小", "big": "大", "large": "大", "tiny": "小",
             "huge": "大"}  # fmt: skip


def _zh_part(ed: Edit, word: str, part: str) -> bool:
    """One English value for a thing of a Chinese prompt: a colour, or a size (the size word before it changes)."""
    colour = bilingual.colour_in(part, "zh")
    hit = find_zh(ed.phrases, word)
    if hit is None:
        return False
    if colour:
        return recolour_zh(ed, hit, colour, word) or True
    size = _ZH_SIZES.get(part.strip().lower())
    return bool(size) and _resize_zh(ed, f"{word}{size}一点")


def _tinted_in_english(value: str) -> str | None:
    """ "深绿色的" -> "dark green", "浅蓝" -> "light blue": a shade and a colour the lexicon knows."""
    m = re.fullmatch(r"(深|浅|淡|暗|亮|墨|藏)([\u4e00-\u9fff]{1,2}?)色?的?", value.strip())
    colour = bilingual.colour_in(m.group(2) + "色", "en") or bilingual.colour_in(m.group(2), "en") if m else None
    if not colour:
        return None
    shade = {"深": "dark", "墨": "dark", "藏": "navy", "暗": "dark", "浅": "light", "淡": "pale", "亮": "bright"}[
        m.group(1)
    ]
    return "navy" if shade == "navy" else f"{shade} {colour}"


def _other_language(ed: Edit, target: str, value: str) -> bool:
    """ "make the aurora pink" on a Chinese prompt, "把车改成蓝色" on an English one: the thing is found by its name
    in the prompt's language, and a colour is written in that language; the prompt stays in its own."""
    done = False
    scene_en = bilingual.SCENE_WORDS_ZH.get(target.strip())
    if scene_en and not any(lx.has_cjk(p) for p in ed.phrases) and re.search(rf"(?i)\b{scene_en}\b", ed.text):
        new = bilingual.SCENE_WORDS_ZH.get(value.strip().rstrip("吧了"))
        if new and scene_value(ed, new):  # "把黄昏改成清晨" on "… at dusk": in the morning
            ed.say("said_made_it", value=value)
            return True
    if lx.has_cjk(target):
        for word in bilingual.en_words(target):
            hit = find_en(ed.phrases, word)
            if hit is not None:
                colour = (
                    bilingual.colour_in(value, "en")
                    or (value if _is_modifier(value) else None)
                    or (bilingual.modifier_in(value, "en") if lx.has_cjk(value) else None)  # 白色大理石: white marble
                    or (_tinted_in_english(value) if lx.has_cjk(value) else None)  # 深绿色的: dark green
                )
                name = f"the {word}"
                value = re.sub(r"^(?:一|两|几)?[个只条位头匹张把]\s*(?=[A-Za-z])", "", value.strip())  # "一只 cat"
                english = bilingual.en_words(value.removesuffix("的")) if lx.has_cjk(value) else ()
                if not colour and english:  # "茶换成咖啡" on "a cup of tea": coffee
                    replace_en(ed, hit, english[0], name, word)
                elif colour and not recolour_en(ed, hit, colour, name):
                    # already that colour ("盒子换成红色" on "a red bento box: … a black lacquer box"): the next
                    # one of that name, if any; Chinese words are never pasted into an English prompt
                    for later in range(hit[0] + 1, len(ed.phrases)):
                        again = find_en(ed.phrases[later:], word)
                        if again is not None and recolour_en(ed, (later + again[0], again[1], again[2]), colour, name):
                            break
                elif not colour:
                    if lx.has_cjk(value):  # no English for it: nothing is pasted in; the reply asks how to say it
                        unknown = value.removesuffix("的")
                        ed.question = messages.text("ask_say_in_english", ed.lang, value=unknown)
                        return True
                    replace_en(ed, hit, value, name, word)
                done = True
                break
    elif any(lx.has_cjk(p) for p in ed.phrases):
        for word in bilingual.zh_words(target):
            hit = find_zh(ed.phrases, word)
            if hit is not None:
                colour = bilingual.colour_in(value, "zh") or (
                    _zh_colour_word(value) if _zh_colour_value(value) else None
                )
                parts = re.split(r"\s+and\s+", value.strip()) if not colour else [value]
                if not colour and len(parts) > 1:  # "make the moon smaller and white": each, in Chinese
                    done = all(_zh_part(ed, word, part) for part in parts)
                    ed.said[:] = [
                        x for x in ed.said if x[0] not in ("said_made", "said_made_bigger", "said_made_smaller")
                    ]
                    ed.say("said_made", what=ed.name(target), value=value)
                    break
                noun = bilingual.zh_words(value) if not colour and not lx.has_cjk(value) else ()
                if noun and not _is_modifier(value):  # "make the panda a cat" on "熊猫图案": 猫图案
                    replace_zh(ed, hit, noun[0] if all_chinese(ed.phrases) else value.strip(), word)
                    done = True  # a prompt in both languages takes the words as said ("极光" -> "full moon")
                    break
                if not colour and not lx.has_cjk(value) and not _zh_part(ed, word, value):
                    ed.question = messages.text("ask_say_in_chinese", ed.lang, value=value)
                    return True  # English words are never put inside Chinese ones; the reply asks how to say it
                before = ed.phrases[hit[0]][max(0, hit[1] - 8) : hit[1]]
                if colour and colour.rstrip("色") in before:  # "make the bedding dark green" on "墨绿色亚麻床品"
                    said = messages.text("reply_already_is", ed.lang, what=ed.name(target), value=value)
                    ed.question = said[:1].upper() + said[1:]
                    return True
                elif colour and not recolour_zh(ed, hit, colour, word, keep_form=True):
                    replace_zh(ed, hit, colour, word)
                done = True
                break
    if done:  # the reply names it as the user did
        said = ("said_made", {"what": ed.name(target), "value": value})
        if ed.said:
            ed.said[-1] = said
        else:
            ed.said.append(said)
    return done


_SCENE_THINGS_EN = ("sky", "lighting", "light", "water", "ground", "floor", "walls", "wall", "clouds", "grass")
_SCENE_THINGS_ZH = ("天空", "灯光", "光线", "地面", "地板", "墙", "墙面", "云", "草地", "水面")


def _scene_thing(ed: Edit, target: str, value: str) -> bool:
    """ "make the sky purple" when the prompt never said a sky: every picture has one, so it is said now."""
    t = re.sub(r"^(?:the|its)\s+", "", target.strip().lower())
    v = value.strip()
    prompt_zh = any(lx.has_cjk(p) for p in ed.phrases)
    if lx.has_cjk(t) and not prompt_zh and bilingual.en_words(t) and bilingual.colour_in(v, "en"):
        t, v = bilingual.en_words(t)[0], bilingual.colour_in(v, "en")  # "让天空变成紫色" on an English prompt
    elif not lx.has_cjk(t) and prompt_zh and bilingual.zh_words(t) and bilingual.colour_in(v, "zh"):
        t, v = bilingual.zh_words(t)[0], bilingual.colour_in(v, "zh")
    if t in ("sky", "天空", "天", "the weather", "天气", "sea", "ocean", "海面", "大海", "海", "海上") and categories(
        v
    ) & {
        "weather",
        "time",
    }:
        scene_value(ed, v)  # "天空改成阴天", "make the sky stormy": the weather, where the prompt says it
        ed.say("said_made_it", value=v)
        return True
    if t in _SCENE_THINGS_EN and _is_modifier(v):
        ed.append(f"{v} {t}")
        ed.say("said_made", what=ed.name(target), value=value.strip())
        return True
    if t in ("背景",) and prompt_zh and lx.has_cjk(v):
        ed.append(f"{v.rstrip('的')}背景")  # "背景改成雪地" when no background was said
        ed.say("said_background", value=value.strip())
        return True
    if t in _SCENE_THINGS_ZH and COLOUR_ZH.fullmatch(v):
        ed.append(f"{v.rstrip('的')}的{t}")
        ed.say("said_made", what=ed.name(target), value=value.strip())
        return True
    return False


def _zh_recolour(p: str, hit: tuple[int, int, int], value: str) -> bool:
    """ "毯子换成红色", "台面换成黑色大理石" (大理石 already there) recolour; "红光换成蓝光", "竹蒸笼换成白瓷盘" replace."""
    m = _zh_colour(value)
    if m is None:
        return False
    rest = value[m.end() :].strip("的色")
    return rest == "" or rest in p[max(0, hit[1] - 8) : hit[1]]


def _colour_list(ed: Edit, value: str) -> bool:
    """ "use orange and navy instead": the list of colours in the prompt is replaced."""
    ws = [x.lower() for x in re.findall(r"[a-z]+", value.lower())]
    if not ws or not all(x in COLOURS_EN or x in TONES_EN or x == "and" for x in ws):
        return False
    pattern = re.compile(
        rf"(?:(?:{'|'.join(sorted(TONES_EN))})\s+)?(?:{'|'.join(sorted(COLOURS_EN))})"
        rf"(?:\s*(?:,|and)\s*(?:(?:{'|'.join(sorted(TONES_EN))})\s+)?(?:{'|'.join(sorted(COLOURS_EN))}))+",
        re.I,
    )
    for i, p in enumerate(ed.phrases):
        m = pattern.search(p)
        if m:
            ed.set_phrase(i, p[: m.start()] + value + p[m.end() :])
            ed.say("said_colours", value=value)
            return True
    return False


def _cannot_find(ed: Edit, target: str) -> None:
    shown = target.strip()
    if ed.question is None:
        ed.question = messages.text("ask_part_not_found", ed.lang, shown=shown)
