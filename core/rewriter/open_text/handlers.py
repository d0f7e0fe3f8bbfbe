"""Handlers for the edits that are not "make X Y": counts, glows, verbless clauses ("the sofa blue"),
moving, giving and replacing things."""

from __future__ import annotations

import re

from core.language import bilingual
from core.language import lexicon as lx
from core.language.patterns import compiled
from core.rewriter import general
from core.rewriter.open_text.counts import _NUMBERS_EN, counted_as, set_count
from core.rewriter.open_text.en_edits import _drop_adjective, replace_en
from core.rewriter.open_text.en_values import _COMPARATIVES, _STATES
from core.rewriter.open_text.same_set import swap_member
from core.rewriter.open_text.scene_values import categories
from core.rewriter.open_text.set_target import (
    _FORMATS_EN,
    _GARMENTS_EN,
    _LABELS,
    _PAGE_WORDS,
    _cannot_find,
    _main_subject,
    _set_target,
)
from core.rewriter.open_text.spans import (
    _DET,
    Edit,
    _found,
    _name_en,
    _stem,
    _target_words,
    _words_before,
    find_en,
    find_zh,
)
from core.rewriter.open_text.text_words import _set_text
from core.rewriter.open_text.word_classes import (
    _SIZE_WORDS_EN,
    _SIZES_EN,
    FINISH_EN,
    MATERIALS_EN,
    TONES_EN,
    _is_modifier,
    _zh_colour_value,
    _zh_colour_word,
)
from core.rewriter.open_text.zh_edits import replace_zh


def _zh_target(target: str) -> str:
    """ "伞也" -> "伞", "ribbon 也" -> "ribbon": the thing, without the "too" said after it."""
    target = re.sub(r"^(?:那|这)(?:个|只|盏|把|张|件|条|幅|辆|些)(?=[\u4e00-\u9fff])", "", target.strip())  # "那个盆"
    target = re.sub(r"^(?:还是|那就|那|就|还|干脆|要不)", "", target.strip())  # "还是改成冰原吧": no thing named
    return re.sub(r"\s*(?:也|都|还|也要)$", "", target.strip()).strip()


_VERBLESS_ZH_MAX = 16  # characters: "江南水乡的乌篷船蓝色" is 10


def _glow(ed: Edit, target: str, colour: str) -> bool:
    """ "the lantern should glow gold" on "a paper lantern glowing red": the colour of its glow changes."""
    hit = find_en(ed.phrases, target)
    if hit is None:
        return False
    p = ed.phrases[hit[0]]
    glow = re.search(
        r"(?i)\bglow(?:ing|s)?\s+((?:(?:light|dark|deep|pale|bright|soft|warm|cool)\s+)?[a-z]+)", p[hit[2] :]
    )
    before = re.search(
        r"(?i)\bglowing\s+((?:(?:light|dark|deep|pale|bright|soft|warm|cool)\s+)?[a-z]+\s+)?$", p[: hit[1]]
    )
    if (glow is None or not _is_modifier(glow.group(1))) and before is not None:
        # "make the sword glow red" on "a glowing blue sword": the colour said with "glowing" changes
        s = before.start(1) if before.group(1) and _is_modifier(before.group(1).strip()) else before.end()
        e = before.end() if before.group(1) and _is_modifier(before.group(1).strip()) else before.end()
        ed.set_phrase(hit[0], p[:s] + colour + " " + p[e:])
        ed.say("said_made", what=ed.name(target), value=colour)
        return True
    if glow is None or not _is_modifier(glow.group(1)):
        return False
    s, e = hit[2] + glow.start(1), hit[2] + glow.end(1)
    ed.set_phrase(hit[0], p[:s] + colour + p[e:])
    ed.say("said_made", what=ed.name(target), value=colour)
    return True


def _mend_verb(clause: str) -> str:
    """ "remvoe the palm leafs", "chnage the sky to pink": a first word the world's typo mender reads as an edit
    verb is that verb (the rest keeps the user's spelling)."""
    m = re.match(r"([A-Za-z]{4,})(\s.*)$", clause)
    if m is None:
        return clause
    mended = lx.normalise(m.group(1))
    return mended + m.group(2) if mended != m.group(1).lower() and mended in _MENDED_VERBS else clause


_MENDED_VERBS = frozenset(("remove", "delete", "change", "switch", "replace"))


def _verbless(ed: Edit, clause: str, zh: bool) -> bool:
    """An edit said without its verb, on something the prompt names: "blanket red", "Wall: charcoal grey",
    "sheets in sage green", "pastel mint walls" (the thing named again with new words), "silver cap not gold",
    "自行车蓝色", "围巾蓝的", "圆形：蓝色". Only when the thing is found and the rest is a colour, a material or a
    number: anything else stays an addition."""
    text = re.sub(r"(?i)[\s,]*(?:instead|!+|\?+|pls|please)$", "", clause.strip()).strip()
    text = re.sub(
        r"(?i)\b(?:way|much|a lot|lots|a bit|a little|slightly|even|far)\s+(?=[a-z]+er\b)", "", text
    )  # "way bigger"
    text = re.sub(
        r"(?i)^(?:(?:can|could) (?:we|i|you) )?(?:try|have|get|go with)\s+|^(?:let'?s|maybe|how about|what about)\s+",
        "",
        text,
    )
    if zh:
        m = re.match(r"^(.+?)\s*[:：]\s*(.+)$", text)
        if m and _found(ed, m.group(1).strip()):
            _set_target(ed, m.group(1).strip(), m.group(2).strip())
            return True
        core = text.rstrip("吧了呀啊")
        if len(core) > _VERBLESS_ZH_MAX:
            return False  # a verbless edit is a few characters; a long run is a description
        for k in range(len(core) - 1, 0, -1):  # "雨衣绿色的", "围巾蓝的": the thing named, then its colour
            target, value = core[:k].strip(" ，,也都"), core[k:]
            if _zh_colour_value(value) and target and _found(ed, target):
                _set_target(ed, target, _zh_colour_word(value))
                return True
        latin = re.fullmatch(r"([\u4e00-\u9fff]{1,6})\s*([A-Za-z][A-Za-z -]*)", core)
        if latin and _is_modifier(latin.group(2)) and _found(ed, latin.group(1)):
            _set_target(ed, latin.group(1), latin.group(2).strip())  # "背景 dark navy"
            return True
        return False
    palette = re.match(r"(?i)^((?:the\s+)?(?:colou?rs|colou?r scheme|colou?r palette|palette))\s*[:–—-]\s*(.+)$", text)
    if palette:  # "colors: forest green and cream"
        _set_target(ed, palette.group(1), palette.group(2))
        return bool(ed.changes) or ed.question is not None
    m = re.match(r"^(.+?)\s*[:–—-]\s+(.+)$", text)
    capitals = m and re.fullmatch(r"[A-Z0-9][A-Z0-9 '!&.%$-]+", m.group(2).strip()) and len(m.group(2).strip()) >= 2
    if capitals and _found(ed, m.group(1)) and _set_text(ed, m.group(1), f"say {m.group(2).strip()}"):
        return True  # "sign: TACO TUESDAY": what the sign says
    m = m or re.match(r"^(.+?)\s+(?:in|to)\s+(.+)$", text)
    if m and _found(ed, m.group(1)) and (_is_modifier(m.group(2)) or m.group(2).lower() in _NUMBERS_EN):
        _set_target(ed, m.group(1), m.group(2))
        return True
    m = re.match(r"(?i)^([\w-]+),?\s+(?:not|rather than|instead of)\s+([\w-]+)$", text)
    if m:  # "sunset not sunrise": the word the user named gives way, where it is
        for i, p in enumerate(ed.phrases):
            w = re.search(rf"(?i)(?<![\w-]){re.escape(m.group(2))}(?![\w-])", p)
            if w:
                ed.set_phrase(i, p[: w.start()] + m.group(1) + p[w.end() :])
                ed.say("said_changed", what=ed.name(m.group(2)), value=m.group(1))
                return True
    m = re.match(r"(?i)^(.+?)\s+(?:not|rather than)\s+([\w-]+)$", text)
    if m:  # "silver cap not gold": the old word goes, the new words take its place
        new_words, old = m.group(1).split(), m.group(2)
        head = new_words[-1]
        hit = find_en(ed.phrases, f"{old} {head}")
        if hit is not None:
            i, start, _ = hit
            p = ed.phrases[i]
            mods = _words_before(p, start)
            was = next((x for x in mods if x[0].lower() == old.lower()), None)
            if was is not None:
                have = {x[0].lower() for x in mods}
                put = [w for w in new_words[:-1] if w.lower() not in have and not _DET.match(w)]
                ed.set_phrase(i, p[: was[1]] + " ".join(put or new_words[:-1]) + p[was[2] :])
                ed.say("said_made", what=ed.name(f"the {head}"), value=" ".join(put))
                return True
    both = re.fullmatch(r"(?i)(\w+\s+[\w -]+?)\s+and\s+(\w+\s+[\w -]+)", text)
    if both and all(_verbless_pair(ed, part) for part in both.groups()):
        for part in both.groups():  # "black tub and chrome fixtures": two edits without their verbs
            _verbless(ed, part, zh)
        return True
    ws = [w for w in text.split() if not _DET.match(w)]
    if len(ws) < 2 or len(ws) > 6:
        return False
    for k in range(len(ws) - 1, 0, -1):  # "blanket red", "cat ginger": the thing, then its new colour
        target, value = " ".join(ws[:k]), " ".join(ws[k:])
        if ws[k - 1].lower() in TONES_EN and _is_modifier(" ".join(ws[k - 1 :])) and not (k == 1 and _found(ed, ws[0])):
            continue  # "background pastel yellow"; but "neon teal" on "purple neon" names the neon
        sized = value.lower() in _SIZES_EN or value.lower() in _SIZE_WORDS_EN or value.lower() in _COMPARATIVES
        sized = sized or value.lower() in _STATES  # "clouds stormy", "sea calm"
        if value.lower() in ("one", "ones"):
            continue  # "right one": which one, not a count
        weather = target.lower() in ("sky", "weather") and categories(value) & {"weather"}  # "sky overcast"
        if weather or (_is_modifier(value) or value.lower() in _NUMBERS_EN or sized) and _found(ed, target):
            _set_target(ed, f"the {target}", value)
            return True
    if 2 <= len(ws) <= 4 and (ws[0].lower() in _NUMBERS_EN or ws[0].isdigit()) and set_count(ed, ws[-1], ws[0]):
        return True  # "three moons", "2 lit windows"
    head, mods = ws[-1], " ".join(ws[:-1])  # "pastel mint walls", "black horse", "three moons"
    hit = find_en(ed.phrases, head) if _is_modifier(mods) or mods.lower() in _NUMBERS_EN else None
    if hit is not None:
        i, start, _ = hit
        have = {x[0].lower() for x in _words_before(ed.phrases[i], start)}
        if not all(w.lower() in have for w in ws[:-1]):
            _set_target(ed, f"the {head}", mods)
            return True
    return _kind_for_kind(ed, ws)


def _kind_for_kind(ed: Edit, ws: list[str]) -> bool:
    """ "mushroom patties" on "two beef patties": the same thing of another kind, the kind word replaced."""
    if len(ws) != 2 or ws[0].lower() in ("more", "less", "no", "another", "extra", "some", "other", "new", "bigger"):
        return False
    hit = find_en(ed.phrases, ws[1])
    if hit is None or ed.phrases[hit[0]][hit[1] : hit[2]].lower() != ws[1].lower():
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    mods = _words_before(p, start)
    kind = mods[-1] if mods else None
    if (
        kind is None
        or kind[2] + 1 != start
        or _is_modifier(kind[0])
        or _DET.match(kind[0])
        or kind[0].lower() in _NUMBERS_EN
        or kind[0].lower() == ws[0].lower()
        or kind[0].isdigit()
    ):
        return False
    ed.set_phrase(i, p[: kind[1]] + ws[0] + p[kind[2] :])
    ed.say("said_changed", what=ed.name(f"the {kind[0]} {ws[1]}"), value=" ".join(ws))
    return True


def _verbless_pair(ed: Edit, text: str) -> bool:
    """ "black tub": a value, then a thing the prompt names ("chrome fixtures" on "brass fixtures")."""
    words = text.split()
    return len(words) >= 2 and _is_modifier(" ".join(words[:-1])) and find_en(ed.phrases, words[-1]) is not None


_WHERE = (
    r"(?:at|on|in|to|along|across)\s+(?:the\s+(?:very\s+)?(?:top|bottom|left|right|center|centre|middle|upper|lower|corner)"
    r"|(?:top|bottom|upper|lower)[\s-]+(?:left|right))(?:[\s-]+(?:left|right|corner|edge|side|half|third))*"
)  # "at the top", "to the right third", "to top right corner" (without "the" only a corner, never "on top of")
_PLACE = re.compile(rf"^(?:put|move|place|set|shift)\s+(the\s+[a-z][\w\s'-]*?)\s+({_WHERE})$", re.I)


def _move_phrase(ed: Edit, target: str, where: str) -> bool:
    """ "put the title at the top": the place words of that thing's phrase change (or are added after it)."""
    hit = find_en(ed.phrases, target)
    if hit is None:
        return False
    i, _, end = hit
    p = ed.phrases[i]
    of = re.match(r"(?i)\s+of\s+[\w' -]+?(?=\s+(?:on|in|at|with|by|under|next|beside|near|against)\b|,|$)", p[end:])
    end += of.end() if of else 0  # "a cup of tea on a table": the place is said after "of tea"
    where = re.sub(r"^to\s+", "at ", where.strip(), flags=re.I)
    old = re.search(_WHERE, p[end:], re.I)
    head = p[hit[1] : end]
    if old is None:  # "…a blue jug on a windowsill, the jug on the right": where another phrase puts it
        for k, q in enumerate(ed.phrases):
            said = re.search(rf"(?i)\b{re.escape(head)}\b", q) if k != i else None
            if said and re.search(_WHERE, q[said.end() :], re.I):
                i, p, end = k, q, said.end()
                old = re.search(_WHERE, p[end:], re.I)
                break
    if old:  # "move the empty space to the left" on "empty space on the right": said as the prompt said it
        where = old.group(0).split()[0] + " " + where.split(None, 1)[1]
    new = p[: end + old.start()] + where + p[end + old.end() :] if old else p[:end] + " " + where + p[end:]
    ed.set_phrase(i, new)
    ed.say("said_put", what=ed.name(target), where=where)
    return True


def _said_somewhere(ed: Edit, thing: str) -> bool:
    """Whether the prompt says where ``thing`` is: its name followed, in its phrase, by a place ("on the left")."""
    hit = find_en(ed.phrases, thing)
    return hit is not None and re.search(_WHERE, ed.phrases[hit[0]][hit[2] :], re.I) is not None


_BESIDE = r"(?:to the (?:left|right) of|next to|beside|behind|in front of|on top of|under|above|below|near)"
_PLACE_BY = re.compile(
    rf"(?i)^(?:put|move|place|set|shift)\s+(the\s+[a-z][\w\s'-]*?)\s+({_BESIDE}\s+(?:the\s+)?([a-z][\w\s'-]*))$"
)


def _move_beside(ed: Edit, thing: str, where: str) -> bool:
    """ "move the plate to the left of the kettle": where the thing is said to be, by another thing; what its phrase
    said of its place beside another thing gives way, else the place goes right after its name."""
    hit = find_en(ed.phrases, thing)
    if hit is None:
        return False
    i, _, end = hit
    p = ed.phrases[i]
    old = re.match(rf"(?i)\s+{_BESIDE}\s+(?:the\s+|a\s+|an\s+)?[a-z][\w'-]*", p[end:])
    ed.set_phrase(i, p[:end] + " " + where + (p[end + old.end() :] if old else p[end:]))
    ed.say("said_put", what=ed.name(thing), where=where)
    return True


_PLACE_ENDS = r"(?=\s+(?:at|during|with|in|on|under|by|beside|near|while|wearing|holding|under)\s|$)"


def _place_said(tail: str, prep: str):
    """Where the words after the main subject say it is: "on a sand dune" in "in an emerald dress on a sand dune at
    golden hour" (what is worn, and the time, are not a place); the same preposition as the new place first."""
    found = [
        m
        for lead in (re.escape(prep), r"(?:in|on|at|inside|by|under|near|beside|along|through|across)")
        if lead
        for m in compiled(rf"(?i)\s+{lead}\s+(?:a|an|the)\s+[^,]+?{_PLACE_ENDS}").finditer(tail)
    ]
    return next(
        (
            m
            for m in found
            if not compiled(rf"(?i)\b(?:{_GARMENTS_EN})\b|golden hour|sunset|sunrise|dusk|dawn|night").search(
                m.group(0)
            )
        ),
        None,
    )


_INSIDE_PLACES = frozenset(("forest", "woods", "city", "room", "field", "garden", "desert", "jungle", "kitchen", "studio",
                            "park", "cave", "cafe", "café", "library", "office", "meadow", "valley", "snow", "rain"))  # fmt: skip
_ON_PLACES = frozenset(("beach", "dune", "hill", "road", "street", "rooftop", "roof", "bridge", "boat", "island", "cliff",
                        "mountain", "mountaintop", "pier", "dock", "lake", "balcony", "terrace", "shore"))  # fmt: skip


_ALONG_PLACES = frozenset(("highway", "road", "trail", "path", "track", "river", "coast", "coastline", "boardwalk",
                           "avenue", "canal", "promenade", "motorway", "freeway"))  # fmt: skip
PLACE_HEADS = _INSIDE_PLACES | _ON_PLACES | _ALONG_PLACES


def _moved_to(ed: Edit, where: str) -> None:
    """ "move her to a rocky beach" on "…on a sand dune…": the new place, with the preposition the old one had."""
    hit = _main_subject(ed)
    first = ed.phrases[0] if ed.phrases else ""
    old = _place_said(first[hit[2] :] if hit else first, "")
    prep = old.group(0).split()[0].lower() if old else "in"
    head = where.strip().split()[-1].lower()
    if head in _INSIDE_PLACES:
        prep = "in"  # "move it to a forest": in a forest, whatever the dune was
    elif head in _ON_PLACES:
        prep = "on"
    elif head in _ALONG_PLACES and prep not in ("along", "through", "across", "down", "on"):
        prep = "along"  # "switch it to a snowy mountain road" on "driving along a coastal highway"
    _resettle(ed, f"{prep} {where.strip()}")


def _resettle(ed: Edit, place: str) -> None:
    """ "put it on a mountain road instead": the main subject's place changes ("in a showroom" goes)."""
    prep = place.split()[0].lower() if place.split() else ""
    for k, p in enumerate(ed.phrases[1:], start=1):  # "…, on a dark slate surface, …": the place said alone
        if re.match(rf"(?i){re.escape(prep)}\s+(?:a|an|the)\s+", p) and not lx.has_cjk(p):
            ed.set_phrase(k, place)
            ed.say("said_put_it", where=place)
            return
    first = ed.phrases[0] if ed.phrases else ""
    hit = _main_subject(ed)
    if hit is not None and first[hit[1] : hit[2]].lower() in _FORMATS_EN | _LABELS | _PAGE_WORDS | {"art", "cover"}:
        hit = None  # "cover art, a lone lighthouse…": the picture's kind is no thing to put somewhere
    old = _place_said(first[hit[2] :], prep) if hit else None
    if hit is not None and old is not None:  # "on a sand dune" gives way; "in an emerald dress", "at golden hour" stay
        ed.set_phrase(0, first[: hit[2] + old.start()] + " " + place + first[hit[2] + old.end() :])
    elif hit is not None:
        ed.set_phrase(0, first[: hit[2]] + " " + place + first[hit[2] :])
    elif (said := _place_said(first, prep)) is not None:  # "billboard ad for an SUV driving along a highway"
        ed.set_phrase(0, first[: said.start()] + " " + place + first[said.end() :])
    else:
        ed.append(place)
    ed.say("said_put_it", where=place)


def _give(ed: Edit, thing: str, who: str = "it") -> None:
    """ "give it a scarf" -> "a red fox wearing a scarf in a snowy forest": said right after the main subject;
    "give him a green scarf" when he has a red one: that scarf is the one that changes."""
    words_ = _target_words(thing)
    hit = find_en(ed.phrases, words_[-1]) if words_ else None
    if hit is not None and len(words_) > 1:
        return replace_en(ed, hit, thing.strip(), f"the {words_[-1]}", words_[-1])
    found = [m for m in general.find(thing.lower()) if m.kind in ("worn", "held")]
    verb = {"worn": "wearing", "held": "holding"}.get(found[0].kind, "with") if found else "with"
    phrase = f"{verb} {thing.strip().rstrip('?？').rstrip()}"
    named = find_en(ed.phrases, who) if who.lower() not in ("it", "him", "her", "them", "this", "that") else None
    if named is not None:  # "give the rabbit a little blue waistcoat": after the rabbit, not the picture's first thing
        i, _, end = named
        ed.set_phrase(i, ed.phrases[i][:end] + " " + phrase + ed.phrases[i][end:])
        ed.say("said_gave", who=who.lower(), value=thing.strip().rstrip("?？"))
        return
    first = ed.phrases[0] if ed.phrases else ""
    m = re.match(
        r"^(?:(?:a|an|the|one|two)\s+)?(?:[\w'-]+\s+){0,4}?[\w'-]+(?=\s+(?:in|on|at|under|by|near|inside|sitting|standing|"
        r"sleeping|lying|beside|next|under|across|with|during|(?!holding|wearing|carrying)[a-z]{3,}ing)\b)",  # "a fox | reading"
        first,
        re.I,
    )
    if m:
        ed.set_phrase(0, first[: m.end()] + " " + phrase + first[m.end() :])
    else:
        ed.append(phrase)
    ed.say("said_gave", who=who.lower(), value=thing.strip())


_PREPOSITIONS = frozenset(("in", "with", "on", "of", "at", "by", "from", "under", "wearing", "holding", "and", "or"))
_CUT_AFTER_OF = re.compile(
    r"(?i)\b(?:in|with|on|of|at|by|from|under|wearing|holding)\s+(?:the|a|an|his|her|its)\s+[\w-]+$"
)


def _split_make(ed: Edit, rest: str) -> tuple[str, str]:
    """ "the countertop black marble" -> ("the countertop", "black marble"): the longest start found in the prompt."""
    one = re.match(r"(?i)^((?:the|that|this)\s+(?:[a-z-]+\s+){1,2}?one)\s+(.+)$", rest.strip())
    if one:  # "the red one yellow": the thing named by its colour, then the value
        return one.group(1), one.group(2)
    ws = rest.split()
    for k in range(len(ws) - 1, 0, -1):
        target = " ".join(ws[:k])
        if _DET.match(ws[k - 1]) or any(re.fullmatch(r"(?i)a|an", x) for x in ws[1:k]):
            continue  # "the moon a crescent", "the dog a small brown dog": the value starts at "a"
        said = re.sub(r"(?i)^(?:the|that|this)\s+", "", target)
        whole = " " in said and re.search(rf"(?i)(?<![\w-]){re.escape(said)}(?![\w-])", " ".join(ed.phrases))
        if ws[k - 1].lower() in TONES_EN | FINISH_EN and _is_modifier(" ".join(ws[k - 1 :])) and not whole:
            continue  # "the background pastel yellow", "the bag matte green": the colour's words, not the thing's
            # (but "the ice cream chocolate" on "… eating ice cream": the prompt says "ice cream" as one thing)
        if ws[k - 1].lower() in _PREPOSITIONS or ws[k].lower() in _PREPOSITIONS | {
            "the",
            "his",
            "her",
            "its",
            "their",
            "one",
            "ones",
        }:
            continue  # "the one in | the denim jacket": a value never starts there
        if _CUT_AFTER_OF.search(target) and not _is_modifier(" ".join(ws[k:])):
            continue  # "the one in the denim jacket": the noun phrase runs on, it is not "denim" made a jacket
        if _target_words(target) and find_en(ed.phrases, target) is not None:
            return target, " ".join(ws[k:])
        named = re.sub(r"(?i)^(?:the|that|this)\s+", "", target).lower()
        if (
            " " in named
            and named in bilingual.NOUNS
            and any(z in p for z in bilingual.NOUNS[named] for p in ed.phrases)
        ):  # "the light beam golden" on "一束阳光…": the two words name one thing the Chinese prompt has
            return target, " ".join(ws[k:])
    if ws and ws[0].lower() in ("it", "this", "that", "everything", "them", "they", "these", "those", "him"):
        return ws[0], " ".join(ws[1:])
    if len(ws) == 2 and ws[0].lower() == "her":
        return ws[0], ws[1]  # "make her purple"
    if len(ws) >= 3 and ws[0].lower() in ("her", "him") and ws[1].lower() in ("a", "an"):
        return ws[0], " ".join(ws[1:])  # "her a dwarf": she becomes one
    if len(ws) >= 2 and ws[0].lower() in ("the", "its", "his", "her", "their"):
        return " ".join(ws[:2]), " ".join(ws[2:])
    return "it", rest


def _redescribe(ed: Edit, hit: tuple[int, int, int], value: str, target: str) -> None:
    """A thing swapped for a colour or material: the words that said what it is made of and its colour give way, the
    thing stays ("a white marble counter" swapped for dark wood: "a dark wood counter")."""
    i, start, _ = hit
    p = ed.phrases[i]
    mods = _words_before(p, start)
    said = []
    for word, ws, we in reversed(mods):
        if not _is_modifier(word):
            break
        said.insert(0, (ws, we))
    at = said[0][0] if said else start
    ed.set_phrase(i, p[:at] + value + " " + p[start:])
    ed.say("said_made", what=_name_en(target), value=value)


def _replace_target(ed: Edit, target: str, value: str) -> None:
    target = re.sub(r"^(?:the|a|an)\s+", "", target.strip(), flags=re.I)
    value = counted_as(target, value)
    bare_value = re.sub(r"(?i)^(?:with\s+)?(?:a|an|some)\s+", "", value.strip())
    hit = find_en(ed.phrases, target) if not lx.has_cjk(target) else None
    made_of = any(w.lower() in MATERIALS_EN for w in bare_value.split())
    if hit is not None and made_of and _is_modifier(bare_value) and not _is_modifier(target):
        return _redescribe(ed, hit, bare_value, target)  # "swap the counter for dark wood": a dark wood counter
    if swap_member(ed, target, value):  # "swap the beagle for a corgi" on "一只开心的比格犬": 柯基
        return None
    one = re.fullmatch(r"(?i)(?:a|an|the)\s+(.+?)\s+one", value.strip())
    if one and _is_modifier(one.group(1)) and not lx.has_cjk(target) and find_en(ed.phrases, target) is not None:
        return _set_target(ed, f"the {target}", one.group(1))  # "swap the coat for a navy one": the coat, navy
    if re.search(r"(?<![a-z])ones?$", value.strip(), re.I) and target.split():
        # "swap the concrete pedestal for a marble one": one = the thing named
        value = re.sub(r"(?<![a-z])ones?$", target.split()[-1], value.strip(), flags=re.I)
    hit = find_en(ed.phrases, target) if not lx.has_cjk(target) else find_zh(ed.phrases, target)
    if hit is None and not lx.has_cjk(target) and any(lx.has_cjk(p) for p in ed.phrases):
        bare = re.sub(r"(?i)^(?:a|an|the|some)\s+", "", value.strip()).lower()
        for zh in bilingual.zh_words(target.lower()):  # "swap the penguin for a polar bear cub" on "一只小企鹅"
            found = find_zh(ed.phrases, zh)
            new = next(iter(bilingual.zh_words(bare)), None)
            if found is not None and new:
                if new.startswith("小") and ed.phrases[found[0]][: found[1]].endswith("小"):
                    new = new[1:]  # "一只小企鹅" -> "一只小北极熊", not "小小"
                return replace_zh(ed, found, new, zh)
    if hit is None:
        if not lx.has_cjk(target) and _drop_adjective(ed, target):  # "replace the snow with falling leaves"
            ed.said.pop()
            ed.append(re.sub(r"^with\s+", "", value.strip(), flags=re.I))
            ed.say("said_replaced", what=target, value=value.strip())
            return None
        return _cannot_find(ed, target)
    if lx.has_cjk(target):
        return replace_zh(ed, hit, value, target)
    replace_en(ed, hit, re.sub(r"^with\s+", "", value, flags=re.I), _name_en(target), target)
    return _replace_every_mention(ed, target, value)


def _replace_every_mention(ed: Edit, target: str, value: str) -> None:
    """ "strawberries instead of blueberries" on "blueberry pancakes …, fresh blueberries on top": a kind of thing
    said bare, with no article, is every mention of it, each in its own form ("strawberry pancakes", "fresh
    strawberries"); "a dog instead of the cat" is one thing and changes once."""
    if not re.fullmatch(r"[a-z]+", target.lower()) or not re.fullmatch(r"[a-z]+", value.strip().lower()):
        return None
    if _stem(target) in _stem(value.strip()) or _stem(value.strip()) in _stem(target):
        return None
    for _ in range(3):
        hit = find_en(ed.phrases, target)
        if hit is None:
            return None
        said = len(ed.said)
        replace_en(ed, hit, value.strip(), _name_en(target), target)
        del ed.said[said:]  # one change, said once
    return None
