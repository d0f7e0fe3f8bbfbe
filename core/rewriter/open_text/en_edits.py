"""Minimal edits of an English span: recolour, replace or remove what was found, keeping the words
around it."""

from __future__ import annotations

import re

from core.language import general_lexicon as gl
from core.language.patterns import compiled
from core.rewriter import general
from core.rewriter.open_text.spans import Edit, _colour_run, _singular, _stem, _target_words, _words_before, find_en
from core.rewriter.open_text.text_words import _set_text
from core.rewriter.open_text.word_classes import (
    _COLOUR_NAMES_EN,
    _MOOD_EN,
    _SIZE_WORDS_EN,
    ACTION_VERBS,
    ADJ_LEAD_EN,
    COLOUR_ZH,
    COLOURS_EN,
    FINISH_EN,
    FLAVOURS_EN,
    FRUIT_FLAVOURS_EN,
    MATERIALS_EN,
    PROMPT_COLOURS_EN,
    TEXTURES_EN,
    TONES_EN,
    gerund,
)


def _split_value(value: str) -> tuple[str, str]:
    """ "mustard yellow velvet" -> ("mustard yellow", "velvet"); "light oak" -> ("", "light oak")."""
    if value.strip().lower() in _COLOUR_NAMES_EN:
        return value.strip(), ""
    ws = value.split()
    colour: list[str] = []
    rest: list[str] = []
    for k, word in enumerate(ws):
        low = word.lower()
        nxt = ws[k + 1].lower() if k + 1 < len(ws) else ""
        after = ws[k + 2].lower() if k + 2 < len(ws) else ""
        if (
            low in PROMPT_COLOURS_EN
            or (low in TONES_EN and nxt in COLOURS_EN)
            or (low in FINISH_EN and (nxt in COLOURS_EN or nxt in TONES_EN and after in COLOURS_EN))  # "matte black"
            or (low in ("and", "&") and colour and nxt in COLOURS_EN)  # "green and purple"
        ):
            colour.append(word)
        else:
            rest.append(word)
    return " ".join(colour), " ".join(rest)


_PLANT_HEAD = re.compile(r"(?i)trees?|leaf|leaves|forests?|groves?|branch(?:es)?|woods")
_COLOUR_TONES = frozenset(("autumn", "pastel", "neon", "dusty", "burnt", "deep", "pale", "bright", "soft"))
_STAYS_UNDER_PAINT = frozenset(("wooden", "wood", "timber", "metal", "ceramic", "concrete", "stone", "glass"))
# what stays what it is when made gold or silver ("a gold paper star", "silver silk"); stone and wood become metal
_GILDED = frozenset(("paper", "felt", "fabric", "silk", "velvet", "satin", "leather", "cotton", "linen", "foil", "lace",
                     "wool", "knit", "knitted", "glitter", "sequin", "thread"))  # fmt: skip
_STONES = frozenset(("slate", "marble", "granite", "concrete", "terrazzo", "stone", "wood", "oak", "walnut", "linen"))
_WORN_OUT = frozenset(("rusted", "rusty", "weathered", "distressed", "tarnished", "corroded", "blackened"))
_SHINE = frozenset(("shiny", "polished", "glossy", "gleaming", "chrome", "metallic"))
_METALS = frozenset(("brass", "copper", "bronze", "chrome", "chromed", "pewter", "brushed-brass"))


def _lexicon_compound(mods: list[tuple[str, int, int]]) -> int | None:
    """Where a compound of the general lexicon ends the words before a head ("hot air" balloon, "ice" cream)."""
    said = " " + " ".join(w for w, _, _ in mods).lower()
    for names, _ in gl.NOUNS.values():
        for name in names:
            words = name.split()
            if len(words) > 1 and said.endswith(" " + " ".join(words[:-1])):
                return mods[len(mods) - len(words) + 1][1]
    return None


def _compound_start(mods: list[tuple[str, int, int]], head_start: int) -> int:
    """Where a compound noun begins: the nouns right before its head ("reception" in "white reception desk")."""
    pos = head_start
    known = _lexicon_compound(mods)
    if known is not None:
        return known
    for word, s, _ in reversed(mods):
        w = word.lower()
        describing = (
            w in COLOURS_EN or w in MATERIALS_EN or w in FINISH_EN or w in TONES_EN or w in TEXTURES_EN
            or w in ADJ_LEAD_EN or w in _SIZE_WORDS_EN or re.search(r"(?:ed|ful|ous|ish|y|al|ic|ive|less|en)$", w)
        )  # fmt: skip
        if describing:
            break
        pos = s
    return pos


# colour names that are first what a thing is made of: said for a thing of another material, they replace it
_CLOTHS = frozenset(("denim", "canvas", "tweed", "corduroy", "marble", "slate", "concrete", "stone", "cork", "wicker"))
_KIND_Y = frozenset(("tabby", "baby", "toy", "party", "city", "country", "candy", "cherry", "strawberry", "jelly",
                     "ivory", "navy", "grey", "gray", "ruby", "honey", "pony", "bunny", "fairy", "family"))  # fmt: skip


# an animal's coat patterns: said of its colour, a new colour replaces them ("a black cat", not "a black tabby cat")
_COATS = frozenset(("tabby", "calico", "tortoiseshell", "tortie", "brindle", "piebald", "dappled", "dapple"))


# colour names that, said before these nouns, say what kind of thing it is: "coffee table", "olive tree", "wine glass"
_TREES = ("tree", "trees", "grove", "orchard", "blossom", "blossoms")
_NAMING = {"coffee": ("table", "tables", "cup", "cups", "mug", "mugs", "shop", "pot", "beans"),
           "tea": ("cup", "cups", "pot", "table", "set"), "wine": ("glass", "glasses", "bottle", "bottles"),
           "olive": _TREES, "lemon": _TREES, "cherry": _TREES, "peach": _TREES, "apple": _TREES, "lime": _TREES,
           "rose": ("garden", "bush", "bushes"), "mint": ("leaf", "leaves")}  # fmt: skip


def _leads_colour(word: str) -> bool:
    """A word said before a colour: size, age, mood, how it is ("giant", "old", "sleepy", "friendly", "beautiful")."""
    return (
        word in ADJ_LEAD_EN
        or word.endswith(("ful", "ous"))
        or (word.endswith("y") and len(word) > 3 and word not in _KIND_Y and word not in COLOURS_EN)
    )


def _said_colour(ed: Edit, noun: str, colour: str) -> bool:
    """ "cat change to black colour" on "…, cat is ginger colour" (or "a dragon that is red and …"): the colour is
    said of the noun after it, so it changes there, not as a new word before the noun's first mention."""
    colours = "|".join(sorted(PROMPT_COLOURS_EN, key=len, reverse=True))
    said = compiled(
        rf"(?i)\b(?:the\s+)?{re.escape(noun)}s?\s+(?:(?:that|which|who)\s+)?(?:is|are)\s+(?:(?:{'|'.join(sorted(TONES_EN))})\s+)?"
        rf"(?:{colours})(?:\s+(?:{colours}))?(?=\s+colou?r\b|\s+(?:and|with)\b|\s*(?:[,.;，。]|$))"
    )
    for i, p in enumerate(ed.phrases):
        m = said.search(p)
        if m:
            head = re.match(
                rf"(?i)(?:the\s+)?{re.escape(noun)}s?\s+(?:(?:that|which|who)\s+)?(?:is|are)\s+", m.group(0)
            )
            ed.set_phrase(i, p[: m.start() + head.end()] + colour + p[m.end() :])
            return True
    return False


_MARK_WORDS = re.compile(r"(?i)\b(?:logo|logos|icon|icons|mark|emblem|badge|sticker|mascot|monogram|crest|patch)\b")


def _mark_on_ground(ed: Edit, hit: tuple[int, int, int], colour: str) -> bool:
    """ "make the fox teal" on "a flat vector fox logo, orange on white": the logo's colour pair says the mark's
    colour first, so that one changes (never "a teal … fox logo, orange on white")."""
    i, start, _ = hit
    if not _MARK_WORDS.search(ed.phrases[i][start:]):
        return False
    colours = "|".join(sorted(PROMPT_COLOURS_EN, key=len, reverse=True))
    pair = compiled(rf"(?i)\b({colours})\s+on\s+(?:an?\s+)?(?:{colours})\b")
    pairs = [(j, m) for j, p in enumerate(ed.phrases) for m in pair.finditer(p) if (j, m.start()) > (i, start)]
    if len(pairs) != 1:
        return False
    j, m = pairs[0]
    p = ed.phrases[j]
    ed.set_phrase(j, p[: m.start(1)] + colour + p[m.end(1) :])
    return True


def recolour_en(ed: Edit, hit: tuple[int, int, int], value: str, name: str) -> bool:
    """ "make the blanket red": the colour (and material) words of that noun phrase change, nothing else."""
    i, start, end = hit
    p = ed.phrases[i]
    if _new_flavour(ed, hit, value, name) or _new_drink(ed, hit, value):
        return True
    only_colour, no_rest = _split_value(value)
    uncoloured = only_colour and not no_rest and _colour_run(_words_before(p, start)) is None
    if uncoloured and (_said_colour(ed, p[start:end].lower(), only_colour) or _mark_on_ground(ed, hit, only_colour)):
        ed.say("said_made", what=name, value=value)
        return True
    head_end = end
    m = re.match(r"(?:\s+[a-z]+)?", p[end:])  # compound heads: "saxophone silhouette"
    mods = _words_before(p, start)
    named_at = start
    if mods and p[start:end].lower() in _NAMING.get(mods[-1][0].lower(), ()):
        named_at, mods = (
            mods[-1][1],
            mods[:-1],
        )  # "a round oak coffee table" made marble: a marble coffee table ("coffee" names the table)
    colour, rest = _split_value(value)
    if (
        colour
        and not rest
        and colour.lower() in _CLOTHS | _METALS
        and any(x[0].lower() in MATERIALS_EN | _METALS for x in mods)
    ):
        colour, rest = "", colour  # "skirt 换成 denim 的" on "leather skirt": denim is the cloth, as leather was
    if colour.lower() in _METALS | {"gold", "silver", "golden"} and rest and rest.split()[-1].lower() in MATERIALS_EN:
        colour, rest = "", value  # "gold foil", "silver mesh": a metal's name and a material, one material
    if colour and rest in _COLOUR_TONES and value.lower() == f"{rest} {colour}".lower():
        colour, rest = value, ""  # "autumn red" is one colour
    painted = re.match(rf"(?i)\s+(?:painted|in|dyed|lacquered|glazed)\s+({'|'.join(sorted(COLOURS_EN))})\b", p[end:])
    if colour and not rest and painted and re.match(r"(?i)\s+(?:painted|dyed|lacquered|glazed)", p[end:]):
        new = p[: end + painted.start(1)] + colour + p[end + painted.end(1) :]  # "chairs painted white" -> black
        ed.set_phrase(i, new)
        ed.say("said_made", what=name, value=value)
        return True
    run = _colour_run(mods)
    if run is not None and colour and colour.split()[0].lower() in FINISH_EN:
        before = [x for x in mods if x[2] < run[0]]
        while before and before[-1][0].lower() in FINISH_EN:  # "matte green" for "matte black": one finish, said once
            run = (before.pop()[1], run[1])
    tones = [x for x in mods if x[0].lower() in TONES_EN]
    after_tone = mods[mods.index(tones[-1]) + 1][0].lower() if tones and tones[-1] is not mods[-1] else ""
    stone_last = len(tones) >= 2 and tones[-1] is mods[-1] and tones[-1][0].lower() in _STONES
    if run is None and colour and stone_last:  # "a dark slate table" made white marble: "dark slate" goes; made
        run = (tones[0][1], tones[-1][2] if rest else tones[-2][2])  # white: "white slate" (slate is its stone)
    if run is None and colour and after_tone and after_tone in MATERIALS_EN | COLOURS_EN | _STONES:
        run = (tones[0][1], tones[-1][2])  # "a dark walnut desk" made white: "dark" was its colour (not "hot air")
    if run is None and colour and not rest and mods and mods[-1][0].lower() in _COATS:
        run = (mods[-1][1], mods[-1][2])  # "cat should be black" on "a tabby cat": the coat's pattern was its colour
    if (
        run is None
        and colour
        and tones
        and tones[-1] is mods[-1]
        and tones[-1][0].lower() in ("dark", "light", "pale", "dim")
        and p[start:end].lower() in ("background", "backdrop")
    ):
        run = (tones[-1][1], tones[-1][2])  # "make the background white" on "dark background": white, not dark
    new = p
    if colour:
        if run is not None:
            was = p[run[0] : run[1]].lower()
            kept = re.match(r"(?:pastel|neon) ", was) or (
                re.match(r"(?:bright|vivid) ", was)
                if colour.lower() not in ("white", "black", "grey", "gray")
                else None
            )  # "background coral" on "bright turquoise": bright coral; a bright sign made white is white
            if kept and len(colour.split()) == 1 and colour.lower() in COLOURS_EN:
                colour = p[run[0] : run[0] + kept.end()] + colour  # "pastel purple gradient" made teal: pastel teal
            new = p[: run[0]] + colour + p[run[1] :]
        else:
            after = re.search(
                r"\b(?:in|of)\s+((?:(?:pearl|matte|glossy|metallic|"
                + "|".join(sorted(TONES_EN))
                + r")\s+)?(?:"
                + "|".join(COLOURS_EN)
                + r")(?:\s+(?:"
                + "|".join(COLOURS_EN)
                + r"))?(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:"
                + "|".join(COLOURS_EN)
                + r"))*)\b",
                p[head_end : head_end + 40 + (m.end() if m else 0)],
                re.I,
            )
            if after is not None:
                s = head_end + after.start(1)
                new = p[:s] + colour + p[head_end + after.end(1) :]
            else:
                # a colour goes after what is said of how the thing is ("a sleepy black cat", "a giant friendly purple
                # whale") and before what kind it is ("a black tabby cat", "a blue coffee cup")
                lead = [x for x in mods if _leads_colour(x[0].lower())]
                at = lead[-1][2] + 1 if lead and lead[-1] is mods[len(lead) - 1] else (mods[0][1] if mods else named_at)
                said_zh = compiled(rf"(?:{COLOUR_ZH.pattern})\s*$").search(
                    p[:at]
                )  # "粉色 blanket": its colour, in Chinese
                new = p[: said_zh.start() if said_zh else at] + colour + " " + p[at:]
    if colour and colour.split()[0].lower() in _SHINE:  # "shiny gold" on "rusted armor": shine ends the rust
        shift = len(new) - len(p)
        for _word, s0, e0 in reversed([x for x in _words_before(new, start + shift) if x[0].lower() in _WORN_OUT]):
            new = new[:s0] + new[e0:].lstrip()
    if colour and colour.split()[0].lower() in FINISH_EN:  # "matte black" on "brushed steel": one finish for another
        shift = len(new) - len(p)
        for _word, s, e in reversed([x for x in _words_before(new, start + shift) if x[0].lower() in FINISH_EN]):
            if new[s:e].lower() not in colour.lower().split():
                new = new[:s] + new[e:].lstrip()
    if colour and not rest and not _PLANT_HEAD.fullmatch(p[start:end]):  # "maple" of a tree is its kind
        # "make the lamp matte black" on "a brass lamp", "paint the nightstand white" on "a walnut nightstand":
        # a metal's colour is its colour, and paint covers any material
        shift = len(new) - len(p)
        covered = [
            x
            for x in _words_before(new, start + shift)
            if x[0].lower() in _METALS
            and x[0].lower() not in colour.lower().split()  # "make the tap copper": the copper just said stays
            or colour.lower() in _METALS | {"gold", "silver", "golden"}  # "make the stand gold" on a marble one
            and x[0].lower() in (MATERIALS_EN | _STAYS_UNDER_PAINT) - {"glass"} - _GILDED
            and x[0].lower() != colour.lower()
            or ed.painting
            and x[0].lower() in MATERIALS_EN - _STAYS_UNDER_PAINT
            and x[0].lower() != colour
        ]
        for _word, s, e in reversed(covered):
            new = new[:s] + new[e:].lstrip()
    if rest and not colour and rest.split()[-1].lower() in _METALS | {"gold", "silver", "steel", "iron"}:
        # "make the faucet brushed brass" on "a black matte faucet": a metal's colour and finish are its own
        shift = len(new) - len(p)
        said = {x.lower() for x in rest.split()}
        for _word, s0, e0 in reversed(
            [x for x in _words_before(new, start + shift) if x[0].lower() in PROMPT_COLOURS_EN | FINISH_EN | _WORN_OUT]
        ):
            if new[s0:e0].lower() not in said:
                new = new[:s0] + new[e0:].lstrip()
    if rest:
        shift = len(new) - len(p)
        mods2 = _words_before(new, start + shift)
        if mods2 and named_at != start:
            mods2 = mods2[:-1]  # "coffee" of a coffee table stays
        finish = all(x.lower() in FINISH_EN for x in rest.split())
        compound = _lexicon_compound(mods2)
        materials = [x for x in mods2 if compound is None or x[1] < compound]
        materials = [
            x
            for x in materials
            if (x[0].lower() in FINISH_EN if finish else x[0].lower() in MATERIALS_EN | _METALS)
            or (
                rest.lower() in _METALS and x[0].lower() in _METALS
            )  # "chrome" for "brass fixtures": one metal for another
            or x[0].lower() in TONES_EN
            and not colour
        ]
        have = {x.lower() for x in new.split()}
        if all(x.lower() in have for x in rest.split()):
            pass
        elif materials:
            new = new[: materials[0][1]] + rest + new[materials[-1][2] :]
        else:
            pos = _compound_start(mods2, start + shift)  # "a white reception desk" in walnut: "walnut reception desk"
            new = new[:pos] + rest + " " + new[pos:]
    new = _in_the_order_said(new, value)
    if new == p:
        return False
    ed.set_phrase(i, new)
    ed.say("said_made", what=name, value=value)
    return True


def _in_the_order_said(text: str, value: str) -> str:
    """ "glazed blue ceramic" written as "blue glazed ceramic" (the colour put first by the rules above): where the
    value's words stand together in another order, they are put back as the user said them (batch 32)."""
    words = value.split()
    if len(words) < 2:
        return text
    said = [w.lower() for w in words]
    found = list(re.finditer(r"[A-Za-z-]+", text))
    for k in range(len(found) - len(words) + 1):
        run = found[k : k + len(words)]
        got = [m.group(0).lower() for m in run]
        joined = all(re.fullmatch(r"\s+", text[a.end() : b.start()]) for a, b in zip(run, run[1:], strict=False))
        if joined and got != said and sorted(got) == sorted(said):
            return text[: run[0].start()] + value + text[run[-1].end() :]
    return text


def _described(value: str) -> bool:
    """ "dark green tiles", "charred black timber": a new thing said with its own colour or material, so the words
    that described the old one go with it."""
    words = [w.lower() for w in value.split()]
    return 1 < len(words) <= 4 and all(re.fullmatch(r"[a-z-]+", w) and w not in _NOT_A_NOUN_EN | _VERBS for w in words)


# words said of a thing that fit whatever takes its place: how it is drawn, what it plays at
_ANY_KIND = frozenset(("cartoon", "astronaut", "robot", "toy", "plush", "stuffed", "origami", "pixel", "clay",
                       "wizard", "pirate", "knight", "chef", "superhero", "ninja", "viking", "steampunk", "cyborg",
                       "ghost", "zombie", "detective", "cowboy", "samurai", "mascot", "chibi", "kawaii"))  # fmt: skip


_DRINKS = frozenset(("coffee", "tea", "latte", "juice", "soda", "water", "wine", "beer", "milk", "cocoa", "espresso",
                     "cappuccino", "smoothie", "lemonade", "chocolate", "milkshake", "cider"))  # fmt: skip


def _new_drink(ed: Edit, hit: tuple[int, int, int], value: str) -> bool:
    """ "matcha 改成 black coffee" on "a cup of matcha latte": the flavour named a drink; another drink, said whole,
    takes the whole drink's place ("a cup of black coffee", not "black coffee matcha latte")."""
    i, start, end = hit
    p = ed.phrases[i]
    after = re.match(r"\s+([a-z]+)", p[end:])
    said = value.strip().lower()
    if p[start:end].lower() not in FLAVOURS_EN | FRUIT_FLAVOURS_EN or after is None:
        return False
    if after.group(1).lower() not in _DRINKS or not re.fullmatch(r"[a-z]+(?: [a-z]+)?", said) or " " not in said:
        return False
    if said.split()[-1] not in _DRINKS:
        return False
    ed.set_phrase(i, p[:start] + value.strip() + p[end + after.end() :])
    ed.say("said_changed_to", what=p[start : end + after.end()], value=value.strip())
    return True


def _new_flavour(ed: Edit, hit: tuple[int, int, int], value: str, name: str) -> bool:
    """ "coulis -> mango", "make the sauce cherry" on "raspberry coulis", "blackberry sauce": a flavour said for a
    thing named by its flavour takes the old flavour's place (mango coulis), not the thing's."""
    i, start, end = hit
    p = ed.phrases[i]
    tastes = FLAVOURS_EN | FRUIT_FLAVOURS_EN
    word = value.strip().lower()
    mods = _words_before(p, start)
    head = p[start:end].lower()
    if word not in tastes or head in tastes or head in _TREES or not mods or mods[-1][0].lower() not in tastes:
        return False
    if mods[-1][2] + 1 != start or mods[-1][0].lower() == word:
        return False
    ed.set_phrase(i, p[: mods[-1][1]] + word + p[mods[-1][2] :])
    ed.say("said_made", what=name, value=value.strip())
    return True


def replace_en(ed: Edit, hit: tuple[int, int, int], value: str, name: str, target: str = "") -> None:
    """ "make the horse a camel", "change the peonies to blue hydrangeas": that noun phrase gives way to the new one."""
    i, start, end = hit
    p = ed.phrases[i]
    value = value.strip().rstrip("?？").rstrip()  # "could you replace the seashell with a starfish?"
    bare = re.sub(r"^(?:a|an|the|some)\s+", "", value, flags=re.I)
    if bare == value and (_new_flavour(ed, hit, value, name) or _new_drink(ed, hit, value)):
        return
    mods = _words_before(p, start)
    s = start
    run = _colour_run(mods)
    if run is not None and run[1] >= (mods[-1][2] if mods else 0) - 0 and _split_value(bare)[0]:
        s = run[0]  # "change the peonies to blue hydrangeas": the new colour takes the old one's place
    named = {_stem(x) for x in _target_words(target)[:-1]}
    for word, ws, _ in mods:  # "the pampas grass", "the harsh sun" on "harsh midday sun": from the first word named
        if _stem(word) in named:
            s = min(s, ws)
            break
    new_head = _target_words(bare)[-1] if _target_words(bare) else ""
    said_of = [x for x in mods if _stem(x[0]) in named]
    if new_head and _stem(new_head) == _stem(p[start:end]) and said_of:
        s = said_of[0][1]  # "denim jacket 换成 leather jacket" on "an oversized denim jacket": the denim goes
    elif new_head and _stem(new_head) == _stem(p[start:end]) and mods and len(bare.split()) > 1:
        s = min(s, mods[0][1])  # "a red fox" -> "an arctic fox", "a small white dog" -> "a small brown dog"
    elif (
        new_head
        and _stem(new_head) != _stem(p[start:end])
        and (bare != value or _described(bare) and p[start:end].lower() not in MATERIALS_EN)
        and mods
    ):
        # "swap the cat for a corgi" on "a tabby cat", "make the cabin a stone cottage" on "a wooden cabin":
        # a new thing, named whole, takes the old one's words with it; its size and the mood ("a dark castle" ->
        # "a dark forest") are the picture's, not the thing's, and stay
        kept = [
            x
            for x in mods
            if x[0].lower() in _SIZE_WORDS_EN or x[0].lower() in _MOOD_EN or _glows(x[0]) or x[0].lower() in _ANY_KIND
        ]  # "make the monkey a penguin" on "a cartoon astronaut monkey": a cartoon astronaut penguin
        if not kept:
            s = mods[0][1]
        elif kept == mods[: len(kept)]:
            s = min(s, kept[-1][2] + 1)
    word = p[start:end]
    follows = re.match(r"\s+[a-z]", p[end:], re.I) and not re.match(r"\s+(?:and|with|in|on|of|at|by)\b", p[end:], re.I)
    if follows and bare == bare.lower() and len(bare.split()) == 1 and not word.lower().endswith("s"):
        bare = _singular(
            bare
        )  # "blueberry pancakes" -> "strawberry pancakes": a noun used as a modifier stays singular
    plural = word.lower().endswith("s") and not word.lower().endswith("ss") and _singular(word) != word
    if (
        plural
        and bare.isascii()
        and bare.isalpha()
        and bare == bare.lower()
        and not bare.endswith("s")
        and value == bare
    ):
        bare = (
            bare[:-1] + "ies"
            if re.search(r"[^aeiou]y$", bare)
            else bare + ("es" if bare.endswith(("ch", "sh", "x")) else "s")
        )
        # "the strawberry change to raspberry" on "strawberries on top": raspberries, as many as there were
    e = end
    nxt = re.match(r"\s+(tree|trees|bush|bushes|plant|plants|flower|flowers)\b", p[end:], re.I)
    part = re.match(r"(?i)\s+(?:stalks?|stems?|sprigs?|branch|branches|ears?|sheaf|sheaves)\b", p[end:])
    if nxt:
        e = end + nxt.end()
    elif part and bare != value:
        e = end + part.end()  # "can the wheat be a croissant" on "a wheat stalk": a croissant, not "a croissant stalk"
    same_head = re.match(r"\s+([a-z]+)\b", p[end:], re.I)
    if same_head and len(bare.split()) > 1 and bare.split()[-1].lower() == same_head.group(1).lower():
        e = end + same_head.end()  # "side view instead of front" on "front view": the view is said once
    surface = re.match(r"(?i)\s+(?:background|backdrop|surface|counter|countertop|tabletop)\b", p[end:])
    if surface and bare != value and len(bare.split()) > 1 and word.lower() in MATERIALS_EN | _STONES:
        # "a light wood table instead of the slate" on "dark slate background": the new surface, named whole
        e = end + surface.end()
        s = mods[0][1] if mods else s
    lead = p[:s]
    said = lead.lower().split()
    while bare.split() and len(bare.split()) > 1 and said and bare.split()[0].lower() == said[-1]:
        bare = bare.split(None, 1)[1]  # "a cartoon wallet" on "a friendly cartoon piggy bank": "cartoon" said once
    if re.search(r"(?i)\b(?:a|an)\s+$", lead) and re.search(r"[^s]s$", bare) and not word.lower().endswith("s"):
        lead = re.sub(r"(?i)\b(?:a|an)\s+$", "", lead)  # "a grey floor" -> "pale oak planks", not "a pale oak planks"
    ed.set_phrase(i, lead + bare + p[e:])
    ed.say("said_changed", what=name, value=value)


def _glows(word: str) -> bool:
    """How a thing looks or acts, said with -ing ("glowing", "steaming"): it stays when the thing becomes another."""
    w = word.lower()
    return len(w) > 5 and w.endswith("ing") and not w.endswith(("thing", "ring", "ceiling", "building", "painting"))


_FEWER = {"two": "a", "three": "two", "four": "three", "five": "four", "several": "a few", "2": "a", "3": "2"}


def _one_fewer(ed: Edit, target: str) -> bool:
    """ "remove one of the dragons": "two dragons" -> "a dragon", "three birds" -> "two birds"."""
    m = re.match(r"^(?:one|1) of (?:the |those |these )?([a-z-]+?)(e?s)$", target.strip(), re.I)
    if m is None:
        return False
    noun = m.group(1)
    for i, p in enumerate(ed.phrases):
        c = re.search(
            rf"(?<![a-z])(two|three|four|five|several|2|3) ((?:[a-z-]+ )?){re.escape(noun)}(e?s)(?![a-z])", p, re.I
        )
        if c:
            fewer = _FEWER[c.group(1).lower()]
            plural = c.group(3) if fewer != "a" else ""
            ed.set_phrase(i, p[: c.start()] + f"{fewer} {c.group(2)}{noun}{plural}" + p[c.end() :])
            ed.say("said_removed_one", what=noun)
            return True
    return False


def _drop_adjective(ed: Edit, target: str) -> bool:
    """ "remove the mist" from "a misty redwood forest": the word made from it goes."""
    word = re.sub(r"^(?:the|a|an|some)\s+", "", target.strip(), flags=re.I)
    if " " in word or len(word) < 3:
        return False
    # "misty", "foggy" (the consonant doubled), "snow-covered"
    pattern = re.compile(
        rf"(?<![a-z]){re.escape(word)}{re.escape(word[-1])}?(?:y|-covered|-filled|-laden|-shrouded)(?:\s+|$)", re.I
    )
    for i, p in enumerate(ed.phrases):
        m = pattern.search(p)
        if m:
            ed.set_phrase(i, p[: m.start()] + p[m.end() :])
            ed.say("said_removed_the", what=word)
            return True
    return False


def _worn_after(after: str) -> bool:
    """ " in an orange jacket", " wearing a scarf": the rest of the phrase is what the thing wears."""
    m = re.match(r"\s+(?:in|wearing|with)\s+(?:a|an|the|his|her|their)?\s*([^,]*)$", after, re.I)
    if m is None:
        return False
    found = general.find(m.group(1).lower())
    return bool(found) and all(g.kind in ("worn", "colour", "material") for g in found)


_VERBS = frozenset(("have", "has", "make", "hold", "holding", "give", "put", "the", "a", "an", "is", "are"))
_NOT_A_NOUN_EN = frozenset(
    ("and", "or", "with", "in", "on", "at", "of", "by", "from", "under", "over", "near", "beside", "next", "to", "as")
)


def remove_en(ed: Edit, hit: tuple[int, int, int], name: str) -> None:
    """ "remove the hiker": the phrase (or the part of it) that names it goes."""
    i, start, end = hit
    p = ed.phrases[i]
    pieces = re.match(r"\s+(?:slices|pieces|chunks|wedges|bits|leaves|petals|flakes|sprigs|shavings|halves)\b", p[end:])
    if pieces:  # "remove the banana" on "topped with banana slices": the slices go with it
        end += pieces.end()
        hit = (i, start, end)
    word = p[start:end]
    describes = re.match(r"\s+([a-z-]+)", p[end:], re.I)
    if (
        describes
        and (word.lower() in _MOOD_EN or re.search(r"(?:y|ful|ous|ish|ic|ive|less)$", word.lower()))
        and describes.group(1).lower() not in _NOT_A_NOUN_EN
        and not re.search(r"(?:ing|ed|ly)$", describes.group(1).lower())
    ):  # "less moody" on "moody portrait of an old fisherman": the word goes, never the portrait
        ed.set_phrase(i, (p[:start] + p[end:].lstrip()) if start == 0 else p[:start].rstrip() + p[end:])
        ed.say("said_removed_word", what=word)
        return
    mods = _words_before(p, start)
    np_start = mods[0][1] if mods else start
    det = re.search(r"(?:\b(?:a|an|the|one|some|two|three|several|many)\s+)$", p[:np_start], re.I)
    if det:
        np_start = det.start()
    np_end = end
    tail = re.match(r"(?:\s+of\s+[\w' -]+?)(?=,|$|\s+(?:and|with|on|in|at|beside|next)\b)", p[end:])
    if tail:
        np_end = end + tail.end()
    quoted = re.match(r"\s*(?:\"[^\"]*\"|“[^”]*”|'[^']*')", p[np_end:])
    if quoted:  # "drop the text" on 'the text "SUMMER SALE"': the words, and how they are lettered, go with it
        np_end += quoted.end()
        lettered = re.match(r"\s+in\s+[^,;]*?\b(?:letters|lettering|font|type|typography)\b", p[np_end:], re.I)
        if lettered:
            np_end += lettered.end()
    doing = re.match(r"\s+[a-z]+ing\b[^,;]*", p[np_end:])
    if doing and re.search(r"\bwith\s+(?:(?:a|an|the|some|two|three|many)\s+)?$", p[:np_start]):
        np_end += doing.end()  # "with people eating street food": what they do goes with them
    lead = p[:np_start].strip()
    chain = re.match(r"^(?:(?:a|an|the|some)\s+)?(?:[\w-]+\s+){0,3}of\s+$", p[:np_start], re.I)
    if chain:
        np_start, lead = 0, ""
    after = p[np_end:]
    if re.match(r"\s+and\s+", after):  # "a thermos and a folded paper map": the other item stays
        if not lead or re.fullmatch(r"(?:with|holding|wearing|and)", lead, re.I):
            ed.set_phrase(i, p[:np_start] + after[re.match(r"\s+and\s+", after).end() :])
        else:
            ed.set_phrase(i, p[:np_start] + after.lstrip()[4:])
    elif re.search(r"\s+and\s*$", p[:np_start]):  # "soft-boiled egg and scallions"
        cut = re.search(r"\s+and\s*$", p[:np_start]).start()
        ed.set_phrase(i, p[:cut] + after)
    elif not lead and _worn_after(after):
        ed.set_phrase(i, "")  # "a lone hiker in an orange jacket": what it wears goes with it
    elif not lead and re.match(
        r"\s+(?:[a-z]+(?:ed|ing)(?:\s+[a-z]+-[a-z]+)?\s+)?(?:in|on|at|inside|under|across|over|against|beside|by)\s+(?:a|an|the)\s+\w",
        after,
        re.I,
    ):  # the place stays: "palm trees silhouetted against an orange gradient sky" -> "an orange gradient sky"
        ed.set_phrase(
            i,
            re.sub(
                r"^\s+(?:[a-z]+(?:ed|ing)(?:\s+[a-z]+-[a-z]+)?\s+)?(?:in|on|at|inside|under|across|over|against|beside|by)\s+",
                "",
                after,
                flags=re.I,
            ),
        )
    elif not lead or re.fullmatch(
        r"(?:with|holding|wearing|and|plus|beside|next to|near|a|an|there (?:is|are)|there'?s)", lead, re.I
    ):
        ed.set_phrase(i, "")  # "there is a swimming pool in front": nothing is left but where it was
    else:
        prep = re.search(
            r"\s+(?:in|on|with|holding|wearing|next to|beside|near|under|by|and|inside)\s+$", p[:np_start], re.I
        )
        cut = prep.start() if prep else np_start
        rest = p[:cut] + p[np_end:]
        listed = i + 1 < len(ed.phrases) and re.match(r"(?i)[a-z]", ed.phrases[i + 1])
        if (
            prep
            and listed
            and re.search(r"(?i)\b(?:topped|covered|filled|sprinkled|garnished|decorated|dotted)$", rest)
        ):
            # "topped with banana slices, blueberries, granola": the list goes on after it
            rest, nxt = f"{rest} {prep.group(0).strip()} {ed.phrases[i + 1]}", i + 1
            ed.set_phrase(nxt, "")
        ed.set_phrase(i, rest)
    ed.say("said_removed", what=name)


_MADE_TO_DO = re.compile(
    rf"(?i)^(?:make|have|let|get)\s+(the\s+[a-z][a-z -]{{0,60}}?)\s+(say|read|{ACTION_VERBS})(?:s)?\b\s*(.{{0,200}}?)[\s.!?]*+$"
)


def made_to_do(ed: Edit, clause: str) -> bool:
    """ "make the dragon breathe fire": the dragon, breathing fire (said after its name); "make the logo say 'Hana'":
    the words, after the logo's phrase. Never the verb in place of the thing ("a breathe fire")."""
    m = _MADE_TO_DO.match(clause)
    if m is None:
        return False
    hit = find_en(ed.phrases, m.group(1))
    if hit is None:
        return False
    i, _, end = hit
    p = ed.phrases[i]
    verb, rest = m.group(2).lower(), m.group(3).strip()
    if verb in ("say", "read"):
        if not rest:
            return False
        if _set_text(ed, m.group(1), f"say {rest}"):
            return True  # "make the chalkboard say OPEN LATE" on "…that says DAILY BREW": the words it says change
        words = rest if re.match(r"^['\"“]", rest) else f"'{rest}'"
        ed.set_phrase(i, f"{p} that says {words}")
        ed.say("said_text", value=words)
        return True
    doing = f"{gerund(verb)} {rest}".strip()
    ed.set_phrase(i, f"{p[:end]} {doing}{p[end:]}")
    ed.say("said_added", value=doing)
    return True


def requote(ed: Edit, old: str, new: str) -> bool:
    """ "POSITANO instead of AMALFI" where the prompt quotes 'AMALFI': the quoted words change, not "the Amalfi coast"."""
    quoted = re.compile(rf"(['\"“「《])({re.escape(old)})(['\"”」》])")
    for k, p in enumerate(ed.phrases):
        hit = quoted.search(p)
        if hit:
            ed.set_phrase(k, p[: hit.start(2)] + new + p[hit.end(2) :])
            ed.say("said_text", value=new)
            return True
    return False
