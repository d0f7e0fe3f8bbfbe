"""A new object said bare right after a picture is drawn ("a blue circle", "now a green star", "现在一个红色的圆"):
one more in this picture, or a new picture of it? It is asked (batches 11, 14 and 15 all expected the
question), and the answer "add it, top left" adds the object said before."""

from __future__ import annotations

import re

_COLOURS = r"red|blue|green|yellow|purple|orange|black|white"
_SHAPES = r"circle|square|triangle|star"
BARE_NEW = re.compile(
    rf"(?:(?:now|next|then|ok(?:ay)?)[\s,]+)?(?P<en>(?:a|an|one)\s+(?:(?:big|small|large|tiny|little)\s+)?(?:{_COLOURS})\s+"
    rf"(?:{_SHAPES}))"
    r"|(?:现在|下面|接下来)?[，,]?(?P<zh>一[个颗只](?:大|小)?的?[红蓝绿黄紫橙黑白]色?的?(?:圆形?|方块|正方形|三角形?|星星|五角星))"
)
# "add it, top left", "yes, add it to this one", "加进去，放左上": the object asked about, added
_ADD_IT = re.compile(
    r"^(?:(?:yes|yeah|yep|ok(?:ay)?|sure)[\s,]+)?(?:add|put)\s+(?:it|that|this|one)(?:\s+(?:in|to)\s+(?:this|the)\s+(?:one|picture))?"
    r"(?![a-z])|^(?:对|好|嗯)?[，,]?(?:加进去|加上|加到这张|加在这张)(?:图)?(?:里)?(?:吧)?"
)


def bare_new(text: str) -> re.Match | None:
    """The description, when ``text`` is a new object said bare, with no verb, place or "and"."""
    return BARE_NEW.fullmatch(text.strip(" .!?。！？~"))


def add_the_asked(text: str, asked: str) -> str:
    """``text`` ("add it, top left") with "it" said as the object the question was about ("a blue circle")."""
    m, said = _ADD_IT.match(text.strip()), bare_new(asked)
    if m is None or said is None:
        return text
    if said.group("zh"):
        return "加" + said.group("zh") + "，" + text.strip()[m.end() :].lstrip("，, ")
    return "add " + said.group("en") + text.strip()[m.end() :]


# "nah, red star", "no — a small blue circle", "不对，红色的星星": an object said again after a correction word
_CORRECTED = re.compile(
    # ("no star", "不是圆形": a thing refused, so "no" and "不是" need a pause after them)
    r"^(?:(?:nah|nope|oops|hmm+|not quite|不对|错了)(?:[\s,，.!…—-]+|$)"
    r"|(?:no|not that|actually|wait|no wait|不是|不要这个)\s*[,，.!…—-]+\s*)"
    r"(?:(?:i meant|i mean|make it|rather|it should be|是|要)\s*)?"
)
_DESCRIBED = re.compile(
    rf"(?:(?:a|an|one)\s+)?(?:(?:big|small|large|tiny|little)\s+)?(?:(?:{_COLOURS})\s+)?(?:{_SHAPES})"
    r"(?:\s+(?:instead|then|please|pls))?"
    r"|(?:一[个颗只]|[个颗只])?(?:大|小)?的?(?:[红蓝绿黄紫橙黑白]色?的?)?(?:圆形?|方块|正方形|三角形?|星星|五角星)(?:吧|才对)?"
)


def corrected_object(text: str) -> str | None:
    """The description ("red star") when ``text`` is only an object said again after a correction word."""
    m = _CORRECTED.match(text.strip())
    if m is None:
        return None
    body = text.strip()[m.end() :].strip(" .!?。！？~")
    return body if body and _DESCRIBED.fullmatch(body) else None
