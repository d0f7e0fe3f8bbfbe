"""What an English edit's value says of its thing: an opposite ("make the sea calm"), a comparative ("shorter",
"bigger"), a finish ("a cobalt blue glaze"), words that only describe ("long braided black")."""

from __future__ import annotations

import re

from core.rewriter.open_text.spans import Edit, _words_before
from core.rewriter.open_text.word_classes import (
    _SIZE_WORDS_EN,
    _SIZES_EN,
    FINISH_EN,
    MATERIALS_EN,
    PROMPT_COLOURS_EN,
    TEXTURES_EN,
    TONES_EN,
)

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
    r"|(?:spicy|crispy|crunchy|juicy|fluffy|creamy|cheesy|smoky|frosty|shiny|fuzzy|furry|spiky|curly|wavy|rusty|dusty|"
    r"messy|tidy|cozy|cosy|glossy|steamy|sticky|saucy|gooey|chunky|leafy|rocky|sandy|snowy|icy|misty|foggy|stormy)"
)  # "make the noodles spicy": said of them, they stay noodles (not "spicies")


# "make the dress shorter": the word the comparative is made from, and the words it replaces
_COMPARATIVES = {
    "shorter": ("short", ("long", "tall")), "longer": ("long", ("short",)), "taller": ("tall", ("short",)),
    "newer": ("new", ("old", "worn", "vintage")), "older": ("old", ("new", "young")), "younger": ("young", ("old",)),
    "brighter": ("bright", ("dark", "dim", "moody", "gloomy", "murky")), "darker": ("dark", ("bright", "light", "pale")),
    "lighter": ("light", ("dark", "dim", "deep")),
    "warmer": ("warm", ("cold", "cool")), "cooler": ("cool", ("warm", "hot")), "thicker": ("thick", ("thin",)),
    "thinner": ("thin", ("thick",)), "wider": ("wide", ("narrow",)), "narrower": ("narrow", ("wide",)),
    "softer": ("soft", ("harsh", "hard")), "calmer": ("calm", ("rough", "stormy")),
}  # fmt: skip


# "make the sea calm" on "a stormy sea": a state word replaces its opposites
_STATES = {
    "calm": ("calm", ("stormy", "rough", "choppy", "raging", "wild")), "stormy": ("stormy", ("calm", "still", "quiet", "fluffy", "puffy", "white", "light", "clear", "crystal", "crystal-clear", "glassy", "placid", "tranquil", "serene")),
    "empty": ("empty", ("crowded", "busy", "full")), "crowded": ("crowded", ("empty", "quiet", "deserted")),
    "quiet": ("quiet", ("busy", "crowded", "noisy")), "busy": ("busy", ("quiet", "empty", "deserted")),
    "clear": ("clear", ("cloudy", "overcast", "stormy", "foggy", "misty")),
    "cloudy": ("cloudy", ("clear", "sunny", "cloudless")), "sunny": ("sunny", ("cloudy", "overcast", "rainy")),
    "open": ("open", ("closed",)), "closed": ("closed", ("open",)), "wet": ("wet", ("dry",)), "dry": ("dry", ("wet", "rainy", "rain-soaked", "soaked", "damp", "puddled")),
    "frozen": ("frozen", ("thawed", "flowing", "rippling", "still", "calm")), "thawed": ("thawed", ("frozen", "icy")),
    "lit": ("lit", ("unlit", "dark")), "unlit": ("unlit", ("lit", "glowing")),
    "overgrown": ("overgrown", ("tidy", "neat", "trimmed")), "blooming": ("blooming", ("withered", "bare", "wilted")),
    "withered": ("withered", ("blooming", "fresh", "lush")), "flooded": ("flooded", ("dry",)),
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


_MEASURES_EN = frozenset(("pat", "stack", "pile", "bowl", "cup", "glass", "slice", "scoop", "bunch", "bouquet", "pot",
                          "plate", "jar", "bottle", "basket", "box", "heap", "dollop", "wedge", "piece", "loaf"))  # fmt: skip


def _resize_en(ed: Edit, hit: tuple[int, int, int], value: str, name: str) -> bool:
    """ "make the kite bigger": the size word of that noun phrase changes (or one is put first), nothing else."""
    v = re.sub(r"^(?:much|a bit|a little|slightly|way|even|a lot)\s+", "", value.strip().lower())
    size = _SIZES_EN.get(v) or (v if v in _SIZE_WORDS_EN else None)
    if size is None:
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    measure = re.search(
        rf"(?i)(?<![\w-])({'|'.join(sorted(_SIZE_WORDS_EN, key=len, reverse=True))})\s+([a-z]+)\s+of\s+(?:[\w-]+\s+){{0,2}}$",
        p[:start],
    )
    if (
        measure and measure.group(2).lower() in _MEASURES_EN
    ):  # "a small pat of butter" made bigger: "a big pat of butter"
        ed.set_phrase(i, p[: measure.start(1)] + size + p[measure.end(1) :])
    else:
        _set_modifier(ed, hit, size, _SIZE_WORDS_EN)
    ed.say("said_made_bigger" if size in ("big", "large", "huge", "giant") else "said_made_smaller", what=name, size=v)
    return True
