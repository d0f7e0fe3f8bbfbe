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
