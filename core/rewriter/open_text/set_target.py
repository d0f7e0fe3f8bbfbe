"""Setting a value on what an edit names ("make the blanket red"): colour, material, size, state, text,
or a scene-wide value, in the prompt's own language."""

from __future__ import annotations

import re

from core import messages
from core.language import bilingual
from core.language import general_lexicon as gl
from core.language import lexicon as lx
from core.language.patterns import compiled
from core.rewriter import general
from core.rewriter.open_text.across_languages import _other_language, _scene_thing, in_english
from core.rewriter.open_text.coloured_one import ask_or_pick
from core.rewriter.open_text.counts import counted_as, set_count_in_english
from core.rewriter.open_text.creatures import is_creature, swap_creature_en, swap_creature_zh
from core.rewriter.open_text.en_edits import _split_value, recolour_en, replace_en
from core.rewriter.open_text.en_values import (
    _ADJECTIVAL,
    _COMPARATIVES,
    _FINISH_NOUNS,
    _STATES,
    _compare_en,
    _only_describing,
    _opposite_en,
    _resize_en,
    _set_modifier,
)
from core.rewriter.open_text.light_quality import relight_zh, requalify_light
from core.rewriter.open_text.moods_zh import remood_zh
from core.rewriter.open_text.outlines import reshape_en
from core.rewriter.open_text.same_set import swap_member
from core.rewriter.open_text.scene_values import WEATHER_EN, categories, new_setting, scene_value
from core.rewriter.open_text.spans import Edit, _colour_run, _name_en, _target_words, _words_before, find_en, find_zh
from core.rewriter.open_text.text_fix import new_amount
from core.rewriter.open_text.text_words import _QUOTED, _set_text, _set_year
from core.rewriter.open_text.user_text import _STOP_EN, all_chinese, mixed
from core.rewriter.open_text.word_classes import (
    _SIZES_EN,
    COLOUR_ZH,
    COLOURS_EN,
    FINISH_EN,
    FLAVOURS_EN,
    FRUIT_FLAVOURS_EN,
    MATERIALS_EN,
    PROMPT_COLOURS_EN,
    TONES_EN,
    _is_modifier,
    _zh_colour_value,
)
from core.rewriter.open_text.zh_edits import _zh_colour, recolour_zh, replace_zh
from core.rewriter.open_text.zh_values import (
    COMPACT_PAIR_ZH,
    _coloured_one_zh,
    _latin_on_chinese,
    _recolour_first_zh,
    _set_count_zh,
    _zh_made_of,
    _zh_material,
    _zh_part_material,
    _zh_predicate,
    _zh_recolour,
    _zh_recolour_described,
    _zh_same_kind,
    _zh_shape,
)

# Words about the work or the talk, never about the picture: "something's off", "上次那种感觉", "这版定稿".
_TALK = re.compile(
    r"(?i)(?<![a-z'])(?:i|me|my|you|your|something|anything|the one|other one|last time|png|jpe?g|download|export|"
    r"exporting|one more|another one|like that|the thing|that thing|this thing|"
    r"bigger|smaller|larger|tinier|more|less)(?![a-z])"
    r"|上次|那种感觉|定稿|这版|下载|导出|发给|是不是|会不会|^(?:看着|看起来|感觉|好像)"
)


# A comparative size with words that only say how much or against what: the size is the edit.
_SIZE_ONLY = re.compile(
    r"(?i)^(?:(?:way|much|a lot|a bit|a little|slightly|even|far)\s+)?(bigger|smaller|larger|tinier)"
    r"(?:\s+than\s+(?:the|a|an|his|her|its|their)\s+[a-z -]+|\s+in\s+(?:the\s+)?(?:frame|shot|picture|image|composition))$"
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
    label = re.match(r"(?i)^[\w' -]{0,40}?([a-z-]+)\s*:\s*", first)
    at = label.end() if label and label.group(1).lower() in _FORMATS_EN | _LABELS else 0  # "photo brief: a teapot"
    for _ in range(2):  # "e-commerce shot of a tan leather bag": the bag, not the shot
        np = _NOUN_PHRASE.match(first, at)
        if np is None or np.group(1).split()[-1].lower() in _STOP_EN:
            return None
        of = re.match(r"\s+of\s+(?=(?:a|an|the|one|some)\s)", first[np.end(1) :], re.I)
        if not (of and np.group(1).split()[-1].lower() in _FORMATS_EN):
            break
        at = np.end(1) + of.end()
    return 0, np.end(1) - len(np.group(1).split()[-1]), np.end(1)


_NOUN_PHRASE = re.compile(
    r"(?:(?:a|an|the|one|some)\s+)?((?:[\w'-]+\s+){0,4}?[\w'-]+)(?=\s+(?:in|on|at|with|by|under|"
    r"near|beside|next|sitting|standing|lying|sleeping|parked|floating|of|against|over|that|which|who|[a-z]+ing(?=\s))\b|,|$)",
    re.I,
)


_TWO_EN = re.compile(
    r"^(?:a|an|the|one)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)\s+and\s+(?:a|an|the|one)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)"
    r"(?=\s+(?:facing|sitting|standing|lying|on|in|at|by|with|under|next|side|playing|looking|holding)\b|\s*,|$)",
    re.I,
)
_TWO_ZH = re.compile(
    r"一[个只条张把支位头匹座棵朵艘辆盏]([\u4e00-\u9fffA-Za-z]{1,6}?)[和与跟]一[个只条张把支位头匹座棵朵艘辆盏]"
    r"([\u4e00-\u9fffA-Za-z]{1,6}?)(?=面对面|在|站|坐|躺|趴|飞|并排|一起|，|,|$)"
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


_OWN_COLOUR_EN = re.compile(
    rf"(?i)\b(?:in|painted|finished in)\s+((?:(?:{'|'.join(sorted(FINISH_EN))})\s+)?(?:(?:{'|'.join(sorted(TONES_EN))})\s+)?"
    rf"(?:{'|'.join(sorted(COLOURS_EN, key=len, reverse=True))})(?:\s+(?:{'|'.join(sorted(COLOURS_EN, key=len, reverse=True))}))?)\b"
)


_PAGE_WORDS = frozenset(("hero", "header", "wallpaper", "flyer", "thumbnail", "mockup", "visual", "splash", "backdrop"))


def _recolour_main(ed: Edit, value: str) -> bool:
    """ "paint it matte black": the paint if the prompt names one, else the main subject ("a scooter in glossy
    mint green": the colour it is said to be in)."""
    own = _OWN_COLOUR_EN.search(ed.phrases[0]) if ed.phrases and not lx.has_cjk(ed.phrases[0]) else None
    main = _main_subject(ed)
    if own and main is not None and own.start() - main[2] <= 2:
        ed.set_phrase(0, ed.phrases[0][: own.start(1)] + value.strip() + ed.phrases[0][own.end(1) :])
        ed.say("said_made_it", value=value.strip())
        return True
    if main is None or ed.phrases[0][main[1] : main[2]].lower() in _FORMATS_EN | _LABELS | _PAGE_WORDS:
        said = [
            (i, m)
            for i, p in enumerate(ed.phrases)
            for m in compiled(rf"(?i)\b(?:{'|'.join(sorted(COLOURS_EN, key=len, reverse=True))})\b").finditer(p)
        ]
        if len({m.group(0).lower() for _, m in said}) == 1:  # "make it teal" on "website hero, … a deep purple
            i, m = said[0]  # gradient": the picture's one colour, not the word "hero"
            ed.set_phrase(i, ed.phrases[i][: m.start()] + value.strip() + ed.phrases[i][m.end() :])
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


_DECADE = re.compile(r"(?<![\w'])'?(?:19|20)?\d0s(?![\w])")


def _set_decade(ed: Edit, target: str, value: str) -> bool:
    """ "sunset -> 90s" on "retro 80s sunset": the decade said of that thing changes."""
    if not _DECADE.fullmatch(value.strip()):
        return False
    hit = find_en(ed.phrases, target)
    if hit is None:
        return False
    p = ed.phrases[hit[0]]
    old = list(_DECADE.finditer(p))
    if len(old) != 1:
        return False
    ed.set_phrase(hit[0], p[: old[0].start()] + value.strip() + p[old[0].end() :])
    ed.say("said_made", what=_name_en(target), value=value.strip())
    return True


_FLAVOURS = FLAVOURS_EN
_LABELS = frozenset(("brief", "mockup", "concept", "spread", "design", "art", "asset", "photography", "ad", "hero",
                     "shot", "visual", "thumbnail", "graphic"))  # fmt: skip
# Plants whose names are colours too: "eucalyptus 换成 lavender" on "eucalyptus branches" is lavender branches.
_PLANT_NAMES = frozenset(("lavender", "lilac", "rose", "olive", "sage", "mint", "jasmine", "magnolia", "peony",
                          "eucalyptus", "heather", "orchid", "fern"))  # fmt: skip
_FLAVOURED_FOODS = frozenset(("ice cream", "gelato", "cake", "cupcake", "cupcakes", "macaron", "macarons", "milkshake",
                              "donut", "donuts", "doughnut", "cookie", "cookies", "pudding", "smoothie", "frosting",
                              "popsicle", "mousse", "cheesecake", "latte", "soda", "yogurt", "frappe"))  # fmt: skip
_FRUIT_FLAVOURS = FRUIT_FLAVOURS_EN
# The word after a flavour that makes it one: a noun ("lemon soda"), not a preposition ("a lemon on a plate").
_FLAVOURED_NOUN = re.compile(
    r"(?i) (?!(?:on|in|at|with|and|or|by|of|for|from|under|over|near|next|beside|is|are|that|which|to)\b)[a-z]"
)


def _flavour_swapped(ed: Edit, hit: tuple[int, int, int], value: str) -> bool:
    """A flavour word before the thing it flavours ("lemon soda") changed to another: the word for the word, even
    when the new one also names a colour ("lime", "peach", "blood orange")."""
    if hit is None:
        return False
    i, s, e = hit
    p = ed.phrases[i]
    said = value.strip().lower()
    if said not in _FLAVOURS | _FRUIT_FLAVOURS | _PLANT_NAMES or not _FLAVOURED_NOUN.match(p[e:]):
        return False  # "make the lemon green" on "a lemon on a plate": the lemon is the thing, and it is tinted
    ed.set_phrase(i, p[:s] + said + p[e:])
    ed.say("said_changed_to", what=p[s:e], value=said)
    return True


_FORMATS_EN = frozenset(("drawing", "illustration", "painting", "poster", "photo", "photograph", "logo", "sketch",
                         "render", "cover", "banner", "ad", "advert", "image", "picture", "shot", "scene", "card"))  # fmt: skip


def _who(ed: Edit) -> tuple[int, int, int] | None:
    """The one "him" or "her" is: the first phrase's subject, or, where that is the picture's format ("a kid's
    drawing"), the next phrase's."""
    main = _main_subject(ed)
    if main is None or ed.phrases[0][main[1] : main[2]].lower() not in _FORMATS_EN or len(ed.phrases) < 2:
        return None
    np = re.match(r"(?i)^(?:(?:a|an|the|one)\s+)?((?:[\w'-]+\s+){0,3}?[\w'-]+)(?=\s+(?:[a-z]+ing|in|on|with|at)\b|,|$)",
                  ed.phrases[1])  # fmt: skip
    return (1, np.end(1) - len(np.group(1).split()[-1]), np.end(1)) if np else None


def _kin_in_chinese(ed: Edit, value: str) -> bool:
    """An English thing for a Chinese prompt's thing of the same kind: "a red panda" (小熊猫) takes the place of
    "熊猫", the Chinese words sharing their head."""
    bare = re.sub(r"(?i)^(?:a|an|the|some)\s+", "", value.strip())
    for zh in bilingual.zh_words(bare.lower()):
        for n in range(len(zh) - 1, 0, -1):
            hit = find_zh(ed.phrases, zh[-n:]) if n >= 2 or len(zh) == 1 else None
            if hit is not None and ed.phrases[hit[0]][hit[1] : hit[2]] != zh:
                replace_zh(ed, hit, zh, zh[-n:])
                return True
    return False


def _colour_on_colour(ed: Edit, value: str) -> bool:
    """ "dark green on cream": a logo's colour pair (the mark on its ground), replacing the prompt's one pair."""
    colour = rf"(?:(?:{'|'.join(sorted(TONES_EN))})\s+)?(?:{'|'.join(sorted(PROMPT_COLOURS_EN))})"
    said = re.fullmatch(rf"(?i)(?:in\s+)?({colour})\s+on\s+({colour})", value.strip())
    if said is None:
        return False
    pairs = [(i, m) for i, p in enumerate(ed.phrases) for m in re.finditer(rf"(?i){colour}\s+on\s+{colour}", p)]
    if len(pairs) != 1:
        return False
    i, m = pairs[0]
    p = ed.phrases[i]
    new = f"{said.group(1)} on {said.group(2)}"
    ed.set_phrase(i, p[: m.start()] + new + p[m.end() :])
    ed.say("said_colours", value=new)
    return True


_FROM_SIDE_ZH = re.compile(
    r"从(左边|右边|左侧|右侧|上方|下方|后面|前面|窗外|侧面|顶部|背后)(照进来|照过来|照下来|照进|射进来|打过来|打进来|进来)"
)


def _zh_from_side(ed: Edit, value: str) -> bool:
    """ "光改成从右边照进来" on "一束阳光从左边照进来": where the light comes from changes, the light stays."""
    asked = _FROM_SIDE_ZH.fullmatch(value.strip().rstrip("的吧"))
    if asked is None:
        return False
    for i, p in enumerate(ed.phrases):
        said = _FROM_SIDE_ZH.search(p)
        if said:
            ed.set_phrase(i, p[: said.start(1)] + asked.group(1) + p[said.end(1) :])
            ed.say("said_changed_to", what="光", value=value.strip())
            return True
    return False


_ZH_LISTED = r"[\u4e00-\u9fff]{2,5}?(?:(?:和|与|跟|、|加)[\u4e00-\u9fff]{2,5}?)+"


def _zh_palette_before(ed: Edit, target: str, value: str) -> bool:
    """ "配色换成珊瑚橙和白色" on "薄荷绿和珊瑚橙配色": the colours said before 配色 give way to the new ones."""
    if not lx.has_cjk(target) or not re.fullmatch(_ZH_LISTED, value.strip().removesuffix("的")):
        return False
    for i, p in enumerate(ed.phrases):
        m = re.search(rf"(?:^|(?<=[，,、。\s]))({_ZH_LISTED})的?{re.escape(target)}", p)
        if m:
            ed.set_phrase(i, p[: m.start(1)] + value.strip().removesuffix("的") + p[m.end(1) :])
            ed.say("said_changed_to", what=target, value=value)
            return True
    return False


_PATTERNED_ZH = re.compile(
    r"[\u4e00-\u9fff]{1,3}色(?:带|有|配)[\u4e00-\u9fff]{1,4}?(?:点|纹|格|条纹|斑点|花纹|图案)的?"
)


def _zh_patterned(ed: Edit, target: str, value: str) -> bool:
    """ "蘑菇画成红色带白点的" on "大蘑菇": "红色带白点的大蘑菇" (the old colour, if said just before, gives way)."""
    v = value.strip()
    if not _PATTERNED_ZH.fullmatch(v) or not lx.has_cjk(target):
        return False
    hit = find_zh(ed.phrases, target)
    if hit is None:
        return False
    i, start, end = hit
    p = ed.phrases[i]
    before = re.search(rf"(?:[大小]|(?:{COLOUR_ZH.pattern})的?)+$", p[:start])
    s = before.start() if before else start
    old_colour = re.match(rf"(?:{COLOUR_ZH.pattern})的?", p[s:start])
    keep = p[s:start][old_colour.end() :] if old_colour else p[s:start]
    ed.set_phrase(i, p[:s] + v.removesuffix("的") + "的" + keep + p[start:])
    ed.say("said_made", what=target, value=v.removesuffix("的"))
    return True


def _zh_palette_named(ed: Edit, target: str, value: str) -> bool:
    """ "配色换成莫兰迪色" on "…，马卡龙配色": the palette's name before 配色 gives way (never "马卡龙莫兰迪色配色")."""
    if target not in ("配色", "色调", "色系") or not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", value.strip()):
        return False
    for i, p in enumerate(ed.phrases):
        m = re.search(rf"(?:^|(?<=[，,。\s]))([\u4e00-\u9fff、]{{2,12}}?)(?:色)?的?{target}", p)
        if m:
            new = value.strip().removesuffix("的")
            new = new[:-1] if new.endswith("色") and len(new) > 2 else new
            ed.set_phrase(i, p[: m.start(1)] + new + p[m.end(1) :])
            ed.say("said_changed_to", what=target, value=value)
            return True
    return False


_QUALITY_NOUNS = frozenset(("mood", "vibe", "atmosphere", "feel", "feeling", "tone", "ambience", "ambiance"))


def _requalify(ed: Edit, hit: tuple[int, int, int], target: str, value: str) -> bool:
    """ "change the mood to joyful" on "melancholic mood": the words of the mood's noun phrase (what the mood is)
    give way to the new ones; the noun stays."""
    words = value.strip().split()
    if target not in _QUALITY_NOUNS or not 1 <= len(words) <= 3 or re.match(r"(?i)(?:a|an|the)$", words[0]):
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    mods = _words_before(p, start)
    if not mods:
        return False
    ed.set_phrase(i, p[: mods[0][1]] + value.strip() + " " + p[start:])
    ed.say("said_made", what=_name_en(f"the {target}"), value=value.strip())
    return True


_DARK_OPPOSITES = ("clear", "crystal", "crystal-clear", "bright", "light", "pale", "sunny", "sparkling")


def _state_pair(ed: Edit, hit: tuple[int, int, int], parts: tuple[str, ...], name: str) -> bool:
    """Two states said together ("dark and stormy") for a thing whose words say the opposite ("crystal clear
    water"): the opposite words give way to both, as said."""
    words = [x.strip().lower() for x in parts]
    if not all(w in _STATES or w == "dark" for w in words):
        return False
    opposite = {o for w in words for o in (_STATES[w][1] if w in _STATES else _DARK_OPPOSITES)}
    i, start, _ = hit
    p = ed.phrases[i]
    old = []
    for x in reversed(_words_before(p, start)):
        if x[0].lower() not in opposite:
            break
        old.insert(0, x)
    if not old:
        return False
    ed.set_phrase(i, p[: old[0][1]] + " and ".join(x.strip() for x in parts) + p[old[-1][2] :])
    ed.say("said_made", what=name, value=" and ".join(parts))
    return True


def _latin_before_zh(ed: Edit, target: str, value: str) -> bool:
    """An English colour or material for a Chinese thing that English words describe ("一张 walnut 书桌"): those
    words give way to the new ones; the thing stays."""
    v = value.strip().removesuffix("的").strip()
    if not lx.has_cjk(target) or lx.has_cjk(v) or not re.fullmatch(r"[A-Za-z][A-Za-z -]*", v) or not _is_modifier(v):
        return False
    hit = find_zh(ed.phrases, target)
    if hit is None:
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    said = re.search(r"([A-Za-z][A-Za-z -]*?)\s*(?:的\s*)?$", p[:start])
    if said is None or not _is_modifier(said.group(1).strip()):
        return False
    ed.set_phrase(i, p[: said.start(1)] + v + p[said.start(1) + len(said.group(1).rstrip()) :])
    ed.say("said_made", what=ed.name(target), value=v)
    return True


def _zh_colour_before(ed: Edit, target: str, value: str) -> bool:
    """A Chinese colour for an English thing whose colour the prompt says in Chinese just before it ("oversized
    黑色 hoodie"): that colour word becomes the new one, in Chinese."""
    colour = _zh_colour(value.strip().removesuffix("的"))
    if lx.has_cjk(target) or not colour or colour.group(0) != value.strip().removesuffix("的"):
        return False
    hit = find_en(ed.phrases, target)
    if hit is None:
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    said = compiled(rf"({COLOUR_ZH.pattern})\s*$").search(p[:start])
    if said is None:
        return False
    new = colour.group(0) if colour.group(0).endswith(("色", "的")) else colour.group(0) + "色"
    ed.set_phrase(i, p[: said.start(1)] + new + p[said.end(1) :])
    ed.say("said_made", what=ed.name(target), value=new)
    return True


_FEELINGS_EN = frozenset(("moody", "gloomy", "dark", "eerie", "cheerful", "playful", "happy", "sad", "calm", "peaceful",
                          "serene", "mysterious", "whimsical", "dreamy", "cozy", "cosy", "tense", "melancholic",
                          "melancholy", "joyful", "romantic", "nostalgic", "ominous", "spooky", "festive", "somber",
                          "sombre", "uplifting", "bleak", "warm", "cold", "dramatic", "magical", "lonely"))  # fmt: skip
_MOOD_SAID = re.compile(r"(?i)\b([a-z]+)\s+(mood|vibe|atmosphere|feel|feeling|ambience)\b")


def _mood_anew(ed: Edit, target: str, value: str) -> bool:
    """ "make it moody" on "…, cheerful mood": the mood the prompt says gives way (never "cheerful mood, moody")."""
    if target.lower() not in ("it", "this", "that", "", "the picture", "the scene", "everything"):
        return False
    v = re.sub(r"(?i)^(?:more|a bit|a little|slightly|very|really)\s+", "", value.strip()).lower()
    if v not in _FEELINGS_EN:
        return False
    for i, p in enumerate(ed.phrases):
        m = _MOOD_SAID.search(p)
        if m and m.group(1).lower() in _FEELINGS_EN and m.group(1).lower() != v:
            new = v if v == "moody" else f"{v} {m.group(2)}"
            ed.set_phrase(i, p[: m.start()] + new + p[m.end() :])
            ed.say("said_made_it", value=v)
            return True
    return False


def _set_target(ed: Edit, target: str, value: str) -> None:
    value = value.strip().rstrip("?")
    target = target.strip()
    # "the bridge please to be black colour", "桥的颜色请黑色": the value, without the words around it
    value = re.sub(r"(?i)^(?:to be|be|to)\s+", "", value)
    value = _SIZE_ONLY.sub(r"\1", value)  # "bigger than the rabbit", "way bigger in frame": bigger
    value = re.sub(
        r"(?i)^(?:a little|a bit|a touch|slightly|much|way|even|far)\s+(?=[a-z]+er$)", "", value
    )  # a little brighter
    value = counted_as(target, value)
    toned = re.fullmatch(r"(?i)(light|dark|bright|deep|pale|soft)(?:er|r)\s+([a-z]+)", value.strip())
    if toned and toned.group(2).lower() in PROMPT_COLOURS_EN:  # "make the gradient lighter purple": light purple
        value = f"{toned.group(1)} {toned.group(2)}"
    if lx.has_cjk(value) and _zh_from_side(ed, value):
        return None  # "光改成从右边照进来" on "阳光从左边照进来": the side it comes from
    if not target and value and not lx.has_cjk(value):
        target = "it"  # "那就 celadon 吧": an English value with no thing named is said of the picture's subject
    value = re.sub(r"^([A-Za-z][A-Za-z -]*?)\s*色$", r"\1", value)  # "cream 色": cream
    pair = re.fullmatch(r"([\u4e00-\u9fff])色?(?:和|与|跟|加|、)([\u4e00-\u9fff])色?(?:的|相间的?)?", value)
    if (
        pair
        and all(bilingual.colour_in(c + "色", "en") for c in pair.groups())
        and any(COMPACT_PAIR_ZH.search(p) for p in ed.phrases)
    ):
        value = pair.group(1) + pair.group(2)  # "蓝色和白色" for "红白格子的野餐布": 蓝白, as a pair is said
    same_head = re.fullmatch(r"(?i)(?:an?\s+)?([a-z]+)\s+([a-z]+)", value.strip())
    if target.lower() in ("it", "this", "that") and same_head:
        hit = find_en(ed.phrases, same_head.group(2))
        mods = _words_before(ed.phrases[hit[0]], hit[1]) if hit else []
        last = mods[-1] if mods and mods[-1][2] + 1 == hit[1] else None
        if last and last[0].lower() in PROMPT_COLOURS_EN and last[0].lower() != same_head.group(1).lower():
            p = ed.phrases[hit[0]]  # "make it white wine" on "…pouring red wine…": the wine, white
            ed.set_phrase(hit[0], p[: last[1]] + same_head.group(1) + p[last[2] :])
            ed.say("said_made_it", value=value.strip())
            return None
    if _mood_anew(ed, target, value):
        return None  # "make it moody" on "cheerful mood"
    if requalify_light(ed, target, value):
        return None  # "make the lighting soft and diffused" on "harsh side lighting"
    target = re.sub(r"(?i)^(?!(?:the|its|his|her|their)\s+colou?r$)([a-z][a-z -]*?)(?:'s)?\s+colou?r$", r"\1", target)
    if re.fullmatch(r"(?i)(.+?)\s+colou?r", value) and _is_modifier(value.rsplit(" ", 1)[0]):
        value = value.rsplit(" ", 1)[0]
    if (
        target in ("它", "这个", "那个", "这张", "这幅", "画面", "整个画面", "整体")
        and categories(value)
        or (
            target in ("窗外", "外面", "外头", "天气")
            and categories(value) & {"weather", "time", "season"}
            and any(categories(p.split(target, 1)[1][:4]) & {"weather"} for p in ed.phrases if target in p)
        )
    ):  # "窗外改成晴天" on "窗外下着雨": the weather, not the window ("窗外是竹林" is a view: not this)
        scene_value(ed, value)  # "把它改成 morning": the time of the whole picture
        ed.say("said_made_it", value=value)
        return None
    if lx.has_cjk(target + value):
        target = re.sub(r"(?:的颜色|的顏色|颜色)?请?$", "", target) or target
        value = re.sub(r"^(?:请|要|用)", "", value) or value
        value = re.sub(r"(?:试试|看看|试一下|呢|吧)+$", "", value) or value  # "换成亮面橙色试试"
        value = re.sub(r"(?<=[\u4e00-\u9fff])(?:材质|材料|质地)的?$", "", value) or value  # "改成黄铜材质": 黄铜
        value = re.sub(r"^(?:我们|咱们|我)(?:的)?(?:品牌|公司|店铺|店)?的", "", value) or value  # "我们品牌的橙色"
    one = re.fullmatch(r"(?i)(?:a|an|the)\s+(.+?)\s+one", value)
    if one:  # "swap the coat to a charcoal one": the same thing, charcoal
        value = one.group(1)
    if target.lower() in ("him", "her", "them") and _is_modifier(value):
        # "now make him purple" on "a kid's drawing, a green dragon…": the dragon, not the drawing; on "a dinosaur
        # that is purple and …", the dinosaur
        who = _who(ed) or _main_subject(ed)
        if who is not None and recolour_en(ed, who, value, target.lower()):
            return None
        target = "it"
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
    if (
        count
        and lx.has_cjk(target)
        and not all_chinese(ed.phrases)
        and set_count_in_english(ed, target, bilingual.en_words(target), value.strip())
    ):
        return None  # "吊灯改成五个" on "three globe pendant lights": five
    if lx.has_cjk(value) and not lx.has_cjk(target) and find_en(ed.phrases, target) is not None and mixed(ed.phrases):
        hit = find_en(ed.phrases, target)  # "astronaut 换成一只猫" on "一个 astronaut 坐在…": the words as said
        if not _is_modifier(value) and not bilingual.colour_in(value, "en") and not _zh_colour_value(value):
            i, s, e = hit
            p = ed.phrases[i]
            lead = " ".join(re.sub(r"(?i)^(?:the|a|an)\s+", "", target).split()[:-1]).lower()
            if lead and p[:s].rstrip().lower().endswith(lead):
                s = (
                    p[:s].rstrip().lower().rfind(lead)
                )  # "matcha latte 换成美式": the words named go, not only the latte
            said = value.strip().removesuffix("的")
            count = re.search(r"(?:[一两二三四五六七八九十几]|\d+)\s*[个只条张把支根片盏辆艘座棵朵位头匹]\s*$", p[:s])
            if count and re.match(r"(?:[一两二三四五六七八九十几]|\d+)\s*[个只条张把支根片盏辆艘座棵朵位头匹]", said):
                s = count.start()  # "一个 astronaut" -> "一只猫": the measure word goes with the noun
            after = p[e:]
            if re.match(r" [\u4e00-\u9fff]", after) and lx.has_cjk(said[-1]):
                after = after[1:]  # "一只猫坐在…": no space between Chinese words
            before = p[:s]
            if re.search(r"[\u4e00-\u9fff] $", before) and lx.has_cjk(said[0]):
                before = before[:-1]  # "一杯 matcha latte" -> "一杯美式"
            ed.set_phrase(i, before + said + after)
            ed.say("said_replaced", what=ed.name(target), value=said)
            return None
    if _latin_before_zh(ed, target, value):
        return None  # "书桌换成 white oak" on "一张 walnut 书桌": the English words before it, not the desk
    said_zh = _zh_colour_before(ed, target, value)
    if said_zh:
        return None  # "hoodie 改白色" on "oversized 黑色 hoodie": the colour is said in Chinese, and stays so
    if lx.has_cjk(value) and not lx.has_cjk(target) and find_en(ed.phrases, target) is not None:
        named = bilingual.en_words(value.removesuffix("的"))  # "blueberries换成草莓" on an English prompt: strawberries
        value = bilingual.colour_in(value, "en") or (named[0] if named else value)  # "lamp 换红色": red
    both = re.fullmatch(r"(?i)([a-z-]+)\s+and\s+([a-z-]+)", value) or re.fullmatch(
        rf"(?i)({'|'.join([*_COMPARATIVES, *_STATES, *(k for k in _SIZES_EN if ' ' not in k)])})\s+and\s+(.+)",
        value.strip(),
    )  # "bigger and more centered": two edits of one thing
    if both and not _is_modifier(value) and find_en(ed.phrases, target) is not None:
        if _state_pair(ed, find_en(ed.phrases, target), both.groups(), ed.name(target)):
            return None  # "make the water dark and stormy" on "crystal clear water": "dark and stormy water"
        for part in both.groups():  # "hair should be black and long": two edits of one thing
            _set_target(ed, target, part)
        return None
    if _set_text(ed, target, value) or _set_year(ed, target, value) or _set_decade(ed, target, value):
        return
    if target.lower() in ("it", "this", "that", "", "the logo", "the colours", "the colors") and _colour_on_colour(
        ed, value
    ):
        return None  # "try it in dark green on cream" on "warm brown on cream"
    palette = r"(?:the\s+)?(?:colou?rs|colou?r (?:scheme|palette)|palette)|配色|颜色|色调"
    if re.fullmatch(palette, target.lower()) and lx.has_cjk(value) and not any(lx.has_cjk(p) for p in ed.phrases):
        said = [c for c in re.split(r"和|与|跟|、|配|,|，|\s+and\s+", value.strip()) if c.strip()]
        english = [bilingual.colour_in(c.strip(), "en") or bilingual.colour_in(c.strip() + "色", "en") for c in said]
        if said and all(english) and _colour_list(ed, " and ".join(english)):
            return  # "配色换成森林绿和米白" on "orange and charcoal": forest green and off-white
    if re.fullmatch(palette, target.lower()) and (
        _colour_list(ed, value)
        or _zh_predicate(ed, target, value)
        or _zh_palette_before(ed, target, value)
        or _zh_palette_named(ed, target, value)
    ):
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
                after = re.match(r"\s+([a-z]+)", p[e:], re.I)
                if after and len(new.split()) > 1 and new.split()[-1].lower() == after.group(1).lower():
                    new = " ".join(new.split()[:-1])  # "morning light instead of evening" on "soft evening light"
                if inst.group(2).lower() in MATERIALS_EN and new.split()[-1].lower() in MATERIALS_EN:
                    more = re.match(rf"(?i)(?:\s+(?:{'|'.join(sorted(MATERIALS_EN))}))+(?=\s+[a-z])", p[e:])
                    e += more.end() if more else 0  # "gold foil, not kraft" on "kraft paper label": the material
                if re.search(r"(?i)\b(?:a|an|the)\s+$", p[:s]):  # "a croissant" -> "a muffin", not "a a muffin"
                    s = re.search(r"(?i)\b(?:a|an|the)\s+$", p[:s]).start() if re.match(r"(?i)(?:a|an)\s", new) else s
                ed.set_phrase(i, p[:s] + new + p[e:])
            else:  # "make it a can instead of a glass bottle": the words that named it go too
                replace_en(ed, hit, new, _name_en(inst.group(2)), inst.group(2))
                ed.said.pop()
            ed.say("said_made", what=ed.name(target), value=inst.group(1))
            return
        value = inst.group(1)
    scene_word = re.fullmatch(
        r"(?:it|this|that|everything|the (?:scene|picture|image|whole thing)|(?:the )?(?:time|weather|season)|"
        r"the style|the background|(?:the )?(?:camera )?angle|背景|画面|风格|整体|天气|季节|时间|角度|拍摄角度|机位|视角)?",
        target.lower(),
    )
    split_scene = re.match(r"^(?:into\s+)?(?:a|an|the)\s+[\w' -]+?\s+(?:in|at|during)\s+(.+)$", value, re.I)
    if scene_word is not None and target.lower() in ("it", "this", "that", "") and new_setting(ed, value):
        return None  # "make it a snowy tundra": the place, not the weather
    colour_for_background = target.lower() in ("the background", "背景") and (_zh_colour(value) or _is_modifier(value))
    if (
        scene_word is not None
        and categories(value)
        and not (split_scene and target.lower() in ("it", "this", "that"))
        and not colour_for_background  # "背景改成午夜蓝": a colour, not midnight
    ):
        if target.lower() in ("the background", "背景") and not categories(value) - {"style"}:
            pass
        else:
            scene_value(ed, value)
            ed.say("said_made_it", value=value)
            return
    flavour = re.fullmatch(r"([\u4e00-\u9fff]{1,4})(?:口)?味(?:的)?", value.strip()) if zh else None
    if flavour and target in ("", "口味", "味道", "它"):
        for i, p in enumerate(ed.phrases):  # "改成西柚味" on "一罐青柠味气泡水": the flavour the prompt says
            said = re.search(r"[\u4e00-\u9fff]{1,4}?(?=味)", p)
            if said and said.group(0) != flavour.group(1):
                word = re.search(r"(?:[一二两三几][罐瓶杯个盒包块份])?([\u4e00-\u9fff]{1,4})$", p[: said.end()])
                start = said.end() - len(word.group(1)) if word else said.start()
                ed.set_phrase(i, p[:start] + flavour.group(1) + p[said.end() :])
                ed.say("said_changed_to", what=p[start : said.end()] + "味", value=flavour.group(1) + "味")
                return None
    if zh and relight_zh(ed, target, value):
        return None  # "光线改成傍晚的暖光" on "…，正午的强光": that light, as said
    if zh and remood_zh(ed, target, value):
        return None  # "氛围改成温馨一点" on "…，阴森压抑": the mood's words, where they are
    if zh and _coloured_one_zh(ed, target, value):
        return None  # "把黄色那个换成绿色": the yellow thing, or a question when two are yellow
    if zh:
        described = compiled(rf"([\u4e00-\u9fff]{{1,4}}的)({COLOUR_ZH.pattern})").fullmatch(value)
        hit_now = find_zh(ed.phrases, target) if target and described else None
        if hit_now is not None and _zh_recolour_described(ed, hit_now, described, target):
            return None  # "天空改成黄昏的粉紫色" on "湛蓝的天空": "黄昏的粉紫色天空"
        gradient = compiled(rf"({COLOUR_ZH.pattern})渐变").fullmatch(value)
        if gradient and target and find_zh(ed.phrases, target) is not None:
            value = gradient.group(1)  # "背景换紫色渐变" on "渐变橙色背景": the gradient's colour
        if target in ("背景", "背景图", "场景", "地点") and not _zh_colour(value) and new_setting(ed, value):
            return None  # "背景换成雪松林" on "沙漠背景": the place changes
        if target in ("它", "这个", "那个", "它的颜色") and _zh_colour(value) and _ask_which_of_two(ed):
            return None  # "把它变成红色" on "一个折纸骑士和一条折纸龙": which one?
        if not target and _zh_colour_value(value):
            if not _recolour_first_zh(ed, value):  # "换成绿色" with no thing named: the picture's first thing, if
                ed.question = messages.text("ask_what_gets", ed.lang, value=value)  # it leads; else we ask
            return None
        if not target and (_zh_same_kind(ed, value) or swap_creature_zh(ed, value)):
            return None
        if target and _zh_shape(ed, target, value):
            return None  # "铁盒改成方的"
        if target and _zh_part_material(ed, target, value):
            return None  # "坐垫换成焦糖色皮革", "牛皮纸换成哑光白色"
        if (
            target
            and not value.endswith(target)
            and _zh_made_of(value)
            and _zh_material(ed, target, value.rstrip("的"))
        ):
            return None  # "花瓶改成玻璃的", "茶几换成黑色大理石的": what it is made of
        if target and _zh_patterned(ed, target, value):
            return None  # "蘑菇画成红色带白点的": a pattern said of the thing, before its name
        if target and _zh_predicate(ed, target, value):
            return None
        hit = find_zh(ed.phrases, target) if target else None
        if (
            re.fullmatch(r"[\u4e00-\u9fff]花", target or "")
            and value.endswith(target[0])
            and not any(target in p for p in ed.phrases)
            and any(target[0] in p for p in ed.phrases)
        ):
            hit = find_zh(ed.phrases, target[0])  # "梅花改成红梅" on "开着白梅": 梅花 is said as its 梅 (not 桃花's 花)
        if hit is None and re.fullmatch(r"[\u4e00-\u9fff]头", target or ""):
            hit = find_zh(ed.phrases, target[0])  # "石头换成沙色的" on "白色鹅卵石": 石头 is said as its 石
        if hit is not None and hit[2] - hit[1] == 1 and re.search(r"[一两二三几每]$", ed.phrases[hit[0]][: hit[1]]):
            hit = None  # "一盆小仙人掌": 盆 counts the cactus there; it is no pot
        if hit is None:
            if not target and _zh_colour(value) and _recolour_first_zh(ed, value):
                return None  # "换成亮面橙色试试" on "一辆亮面薄荷绿的电动滑板车": the picture's first thing
            if not target:
                return _scene_or_append(ed, value)
            if _other_language(ed, target, value) or _scene_thing(ed, target, value) or new_amount(ed, value):
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
        latin = re.fullmatch(r"[A-Za-z][A-Za-z -]*", value.strip())
        words = value.lower().split()
        thing = len(words) >= 2 and words[-1] not in PROMPT_COLOURS_EN and words[-1] not in FINISH_EN
        if latin and _is_modifier(value) and not thing:
            return _latin_on_chinese(ed, hit, target, value.strip())  # "牙刷改 matte black"; not "white sand"
        return replace_zh(ed, hit, value, target)
    if (
        target.lower() in ("it", "this", "that", "everything")
        and re.search(r"(?i)\sand\s", value)
        and _colour_list(ed, value)
    ):
        return None  # "make it blue and white" on "…, brown and cream, …": the picture's colours, not one thing's
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
        if any(lx.has_cjk(p) for p in ed.phrases) and _kin_in_chinese(ed, value):
            return None  # "what if it was a red panda" on "一只熊猫…": 小熊猫
        if _is_modifier(value) and not categories(value) and not ed.topic and _ask_which_of_two(ed):
            return None  # "make it red" on "a knight and a dragon": which one?
        main = _main_subject(ed)
        listed = main is not None and ed.phrases[0][main[1] : main[2]].lower() in _FORMATS_EN | {
            "lay",
            "set",
            "collection",
        }
        if _is_modifier(value) and not categories(value) and not ed.topic and listed and ":" in ed.phrases[0]:
            # "make it blue" on "flat lay of a stationery set: a notebook, two pens, a cup": which of them?
            ed.question = ed.question or messages.text("ask_what_gets", ed.lang, value=value.strip())
            return None
        if _is_modifier(value) and not categories(value) and _recolour_main(ed, value):
            return None
        main = _main_subject(ed)
        sized = value.strip().lower()
        resize = sized in _COMPARATIVES or _SIZES_EN.get(re.sub(r"^(?:much|a bit|a little|way|even)\s+", "", sized))
        if resize and not ed.topic and _ask_which_of_two(ed):
            return None  # "make it bigger" on "a cat and a dog": which one?
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
        if _split_value(value)[0] and not _split_value(value)[1] and not categories(value):
            # "make him purple" with no one subject found: a colour alone is never added to the words; we ask
            ed.question = ed.question or messages.text("ask_what_gets", ed.lang, value=value.strip())
            return None
        if swap_creature_en(ed, value):  # "make it a tiger" on "wildlife photo, a snow leopard…"
            return None
        if is_creature(value) and _ask_which_of_two(ed):
            return None  # "make it a fox" on "a cat and a dog": which one?
        return _scene_or_append(ed, value)
    bare = re.sub(r"(?i)^(?:the|its)\s+", "", target.strip()).lower()
    english = in_english(value) if lx.has_cjk(value) and not any(lx.has_cjk(p) for p in ed.phrases) else None
    if english and not lx.has_cjk(target):  # "tray 改成木头的" on "… a black lacquer tray": wooden, in English
        said = len(ed.said)
        _set_target(ed, target, english)
        for k in range(said, len(ed.said)):  # the reply says it as the user did
            code, params = ed.said[k]
            ed.said[k] = (code, {**params, "value": value.strip()} if params.get("value") == english else params)
        return None
    if bare in _FLAVOURED_FOODS and value.strip().lower() in _FLAVOURS:
        value = f"{value.strip()} flavour"  # "make the ice cream chocolate": its flavour, not a brown tint
    if bare in ("sky", "skies", "weather") and categories(value) & {"weather"}:
        scene_value(ed, value)  # "make the sky stormy": the weather, where the prompt says it
        ed.say("said_made", what=ed.name(target), value=value)
        return None
    named_as_thing = value.strip().lower() in _PLANT_NAMES and bare in _PLANT_NAMES | _FRUIT_FLAVOURS
    flavour_word = bare in _FLAVOURS | _FRUIT_FLAVOURS
    if (flavour_word or named_as_thing) and _flavour_swapped(ed, find_en(ed.phrases, target), value):
        return None  # "change lemon to blood orange" on "sparkling lemon soda": the flavour, not a tint of it
    one = ask_or_pick(ed, target) if _is_modifier(value) else None
    if one is True:  # "make the red one blue" on "a red apple and a red tomato": which one?
        return None
    if one and recolour_en(ed, one, value, target):
        return None
    hit = find_en(ed.phrases, target)
    if hit is not None and _split_value(value)[0] and _colour_run(_words_before(ed.phrases[hit[0]], hit[1])) is None:
        later = find_en(ed.phrases[hit[0] + 1 :], target)  # "a tea tin, pale blue tin …": the tin said in colour
        if later is not None:
            at = (hit[0] + 1 + later[0], later[1], later[2])
            if _colour_run(_words_before(ed.phrases[at[0]], at[1])) is not None:
                hit = at
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
        if _scene_thing(ed, target, value) or new_amount(ed, value) or _worn(ed, target, value):
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
    fruit = bare_target in _FLAVOURS | _FRUIT_FLAVOURS and not _FLAVOURED_NOUN.match(ed.phrases[hit[0]][hit[2] :])
    if (
        bare_target in MATERIALS_EN | PROMPT_COLOURS_EN | FINISH_EN
        and _is_modifier(value)
        and not coloured_noun
        and not fruit  # "make the peach red" on "a peach on a plate": the peach is the thing, and it is red
    ):
        i, s, e = hit  # "change velvet to silk": the word itself
        run = _colour_run(_words_before(ed.phrases[i], s))
        if run is not None and _split_value(value)[0] and bare_target in MATERIALS_EN:
            s = run[0]  # "the leather in olive suede" on "cognac leather": olive suede, not "cognac olive suede"
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
    if reshape_en(ed, hit, value, name):
        return  # "make the windows square" on "big arched windows"
    if _requalify(ed, hit, bare_target, value):
        return  # "change the mood to joyful" on "melancholic mood"
    covered = re.fullmatch(r"(?i)([a-z]{3,}(?:ed|en|wn)|lit)\s+(?:with|in|by|under)\s+[a-z][\w' -]*", value.strip())
    if (
        covered and covered.group(1).lower() not in PROMPT_COLOURS_EN
    ):  # "the temple should be overgrown with vines": said after the temple, which stays
        i, _, end = hit
        p = ed.phrases[i]
        ed.set_phrase(i, p[:end] + " " + value.strip() + p[end:])
        ed.say("said_made", what=name, value=value.strip())
        return
    if _is_modifier(value) and recolour_en(ed, hit, value, name):
        return
    have = {x[0].lower() for x in _words_before(ed.phrases[hit[0]], hit[1])}
    if _is_modifier(value) and all(w.lower() in have for w in value.split()):
        ed.unchanged = True  # "black" for "short black hair": it already is
        return
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
    flavour = re.fullmatch(r"(?i)(?:an?\s+)?([a-z]+)(?:\s+|-)flavou?r(?:ed)?", value.strip())
    if flavour:  # "make the ice cream strawberry flavor": strawberry ice cream (the old flavour goes)
        i, start, _ = hit
        p = ed.phrases[i]
        said_at = p.lower().rfind(bare, 0, hit[2])  # "ice cream": from its first word
        start = said_at if said_at >= 0 and " " in bare else start
        old = [w for w in _words_before(p, start) if w[0].lower() in _FLAVOURS]
        p = p[: old[-1][1]] + p[old[-1][2] :].lstrip() if old else p
        start = old[-1][1] if old else start
        ed.set_phrase(i, p[:start] + flavour.group(1).lower() + " " + p[start:])
        ed.say("said_made", what=name, value=flavour.group(1).lower())
        return
    posture = re.fullmatch(
        r"(?i)(standing|sitting|lying|kneeling|crouching|floating|flying|sleeping|running|walking)", value.strip()
    )
    if posture:  # "what if the robot was standing instead" on "a rusted robot slumped in the corner"
        i, _, end = hit
        p = ed.phrases[i]
        old = re.match(
            r"(?i)\s+(standing|sitting|lying|kneeling|crouching|slumped|floating|flying|sleeping|running|walking)\b",
            p[end:],
        )
        new = (
            p[: end + old.start(1)] + posture.group(1) + p[end + old.end(1) :]
            if old
            else p[:end] + f" {value.strip()}" + p[end:]
        )
        ed.set_phrase(i, new)
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


_GARMENTS_EN = (
    "jacket|coat|dress|shirt|t-shirt|hoodie|sweater|jumper|scarf|hat|cap|beanie|shoes|sneakers|boots|skirt|"
    "trousers|pants|jeans|suit|gloves|helmet|raincoat|apron|tie|uniform|blouse|cardigan|vest|shorts"
)
_WEARER_EN = re.compile(
    r"(?i)\b(?:woman|man|girl|boy|lady|guy|model|person|kid|child|dancer|rider|cyclist|skater|runner|chef|"
    r"student|worker|grandma|grandpa|mother|father|teenager|businessman|businesswoman)\b"
)


def _worn(ed: Edit, target: str, value: str) -> bool:
    """ "make her jacket yellow" when the prompt names a woman but no jacket: she wears one, "a woman in a
    yellow jacket riding…"; nothing else changes."""
    m = re.fullmatch(rf"(?i)(?:her|his|their)\s+({_GARMENTS_EN})", target.strip())
    if m is None or not _is_modifier(value.strip()) or len(value.split()) > 3:
        return False
    for i, p in enumerate(ed.phrases):
        who = _WEARER_EN.search(p)
        if who:
            worn = f"{value.strip().lower()} {m.group(1).lower()}"
            article = "an" if worn[0] in "aeiou" else "a"
            ed.set_phrase(i, p[: who.end()] + f" in {article} {worn}" + p[who.end() :])
            ed.say("said_made", what=target.strip(), value=value.strip())
            return True
    return False


def _kind_word_before(ed: Edit, hit: tuple[int, int, int]) -> bool:
    """Whether the noun has a word saying what kind it is ("full" moon): not a colour, material or tone."""
    i, start, _ = hit
    mods = _words_before(ed.phrases[i], start)
    if not mods:
        return False
    word = mods[-1][0].lower()
    if word.endswith(("ing", "ed")) and len(word) > 5:
        return False  # "a glowing hammer" made "an axe": "glowing" says how it looks, not what kind it is
    return word not in PROMPT_COLOURS_EN | MATERIALS_EN | TONES_EN | FINISH_EN | {"a", "an"}


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
    if ed.question is None:  # nothing named at all: we ask what to change, never about “”
        ed.question = (
            messages.text("ask_part_not_found", ed.lang, shown=shown)
            if shown
            else messages.text("reply_open_not_understood", ed.lang)
        )
