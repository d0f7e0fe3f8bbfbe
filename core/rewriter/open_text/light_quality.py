"""How the light is ("soft diffused", "harsh", "warm golden"): "lighting: soft diffused" on "harsh side lighting"
gives "soft diffused side lighting". The quality words before the light's noun give way to the new ones; where the
light comes from ("side", "rim") stays unless the new words say it too."""

from __future__ import annotations

import re

from core.rewriter.open_text.spans import Edit, _words_before

QUALITY_EN = frozenset(
    ("soft", "diffused", "diffuse", "harsh", "hard", "dramatic", "warm", "cool", "cold", "natural", "moody", "bright",
     "dim", "even", "flat", "gentle", "strong", "low-key", "high-key", "golden", "crisp", "cinematic", "ambient",
     "muted", "subtle", "directional", "dappled", "glowing", "neon", "studio", "daylight")
)  # fmt: skip
DIRECTION_EN = frozenset(("side", "rim", "back", "top", "front", "overhead", "window", "butterfly", "split"))
_LIGHT_NOUN = re.compile(r"(?i)(?<![\w-])(lighting|light)(?![\w-])")
_TARGET = re.compile(r"(?i)(?:the\s+)?(?:lighting|light|lights)")


def requalify_light(ed: Edit, target: str, value: str) -> bool:
    """The light's quality words change to ``value``'s; False when ``value`` says anything else, or no phrase has
    a lighting with words before it."""
    if not _TARGET.fullmatch(target.strip()):
        return False
    words = [w for w in re.split(r"[\s,]+|\band\b", value.lower()) if w]
    if not words or not all(w in QUALITY_EN | DIRECTION_EN for w in words):
        return False
    for i, p in enumerate(ed.phrases):
        m = _LIGHT_NOUN.search(p)
        if m is None:
            continue
        mods = _words_before(p, m.start())
        run = [x for x in mods if x[0].lower() in QUALITY_EN | DIRECTION_EN]
        if not run or run != mods[len(mods) - len(run) :]:
            continue
        kept = [x[0] for x in run if x[0].lower() in DIRECTION_EN and not any(w in DIRECTION_EN for w in words)]
        said = " ".join([w for w in value.split() if w.lower() != "and"] + kept)
        ed.set_phrase(i, p[: run[0][1]] + said + " " + p[m.start() :])
        ed.say("said_made", what="the lighting", value=value.strip())
        return True
    return False


_TARGET_ZH = ("光线", "光", "灯光", "打光", "光影", "用光")
# a phrase that is only the light: "正午的强光", "柔和的侧光", "暖黄色灯光", "自然光", "逆光"
_LIGHT_PHRASE_ZH = re.compile(r"[\u4e00-\u9fff]{0,6}?的?[\u4e00-\u9fff]{0,3}?(?:光线|灯光|光)")


def relight_zh(ed: Edit, target: str, value: str) -> bool:
    """ "光线改成傍晚的暖光" on "…，正午的强光，…": the phrase that says the light becomes the new one, as said."""
    if target.strip() not in _TARGET_ZH or not value.strip().endswith(("光", "光线")):
        return False
    if any(target.strip() in p for p in ed.phrases):
        return False  # the light is named as said: the ordinary edit finds it
    for i, p in enumerate(ed.phrases):
        if _LIGHT_PHRASE_ZH.fullmatch(p) and not re.search(r"[在里上下中]", p):
            ed.set_phrase(i, value.strip())
            ed.say("said_changed_to", what=target.strip(), value=value.strip())
            return True
    return False
