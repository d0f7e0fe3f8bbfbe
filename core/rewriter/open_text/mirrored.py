"""The picture mirrored ("flip it horizontally", "mirror the image", "左右翻转一下"): a prompt has no pixels to
flip, so the sides it names trade places ("facing left" -> "facing right", "左边的台灯" -> "右边的台灯"); a prompt
that names no side is left as it is and the user is asked what goes where. Before, the request itself was written
into the prompt (batch 32 review)."""

from __future__ import annotations

import re

from core import messages
from core.rewriter.open_text.spans import Edit

_MIRROR = re.compile(
    r"(?i)^(?:(?:ok(?:ay)?|now|and|so|hmm+|can you|could you|please|pls|just)[\s,]+)*"
    r"(?:flip|mirror)(?:\s+(?:it|this|that|the\s+(?:image|picture|whole\s+thing|composition|scene|shot)))?"
    r"(?:\s+(?:horizontally|left\s+to\s+right|left[\s-]right|around))?(?:\s+(?:please|pls))?[\s.!?]*$"
    r"|^(?:请|帮我)?(?:把画面|把图|画面|图片)?(?:左右(?:翻转|镜像|颠倒|对调|反过来)|水平(?:翻转|镜像)|镜像)(?:一下)?(?:吧)?[。！!]*$"
)
_SIDE_EN = re.compile(r"(?i)(?<![a-z])(left|right)(?![a-z])")
_SIDE_ZH = re.compile(r"左(?=[边侧手上下面方])|右(?=[边侧手上下面方])|(?<=[向朝往])[左右]")


def _flip_en(m: re.Match) -> str:
    word = m.group(1)
    other = "right" if word.lower() == "left" else "left"
    return other.capitalize() if word[0].isupper() else other


def mirror(ed: Edit, body: str) -> bool:
    """Whether ``body`` asks for the picture mirrored; if so, the sides the prompt names have traded places, or
    the edit asks what goes where."""
    if not _MIRROR.match(body.strip()):
        return False
    turned = False
    for i, p in enumerate(ed.phrases):
        flipped = _SIDE_ZH.sub(lambda m: "右" if m.group(0) == "左" else "左", _SIDE_EN.sub(_flip_en, p))
        if flipped != p:
            ed.set_phrase(i, flipped)
            turned = True
    if turned:
        ed.say("said_mirrored")
    else:
        ed.question = messages.text("reply_open_mirror_unsaid", ed.lang)
    return True
