"""A value the picture had before, asked back ("no wait, the green was nicer", "不对，还是墨绿色好看"): the earlier
prompts say what it was on, so the message is read as that edit ("make the cabinets dark green")."""

from __future__ import annotations

import re

from core.language import lexicon as lx
from core.rewriter.open_text.spans import Edit, find_en, find_zh
from core.rewriter.open_text.user_text import phrases_of
from core.rewriter.open_text.word_classes import TONES_EN

_BACK_EN = re.compile(
    r"(?i)^(?:(?:no|wait|no wait|actually|hmm+|ok|nah)[\s,.!-]+)*(?:the\s+|that\s+)?([a-z][a-z -]{1,24}?)\s+"
    r"(?:was|looked|is|looks|seemed)\s+(?:way\s+|much\s+|a lot\s+)?(?:nicer|better|prettier)(?:\s+\w+)?[\s.!]*$"
    r"|^(?:(?:no|wait|no wait|actually)[\s,.!-]+)*(?:go|switch|change it)\s+back\s+to\s+(?:the\s+)?([a-z][a-z -]{1,24}?)[\s.!]*$"
)
_BACK_ZH = re.compile(r"^(?:不对|算了|嗯|哦)?[，,]?\s*还是(.{1,8}?)的?(?:好看|好|更好|比较好|顺眼)[吧啊呀。！!]*$")


def asked_back(history, raw: str, current: tuple[str, ...]) -> str | None:
    """The edit that puts back a value said in an earlier prompt, as a message the edit rules read; None if the
    message asks for no such thing, or no earlier prompt has the value on a thing the prompt still names."""
    m = _BACK_ZH.match(raw.strip()) if lx.has_cjk(raw) else _BACK_EN.match(raw.strip())
    if m is None:
        return None
    value = (m.group(1) or (m.group(2) if m.re is _BACK_EN else None) or "").strip()
    if not value or value.lower() in " ".join(current).lower():
        return None  # "the green was nicer" when it is green now: nothing to put back
    for item in reversed(history or []):
        prompt = getattr(item, "prompt", "") or ""
        if lx.has_cjk(value):
            for hit in re.finditer(re.escape(value) + r"的?([\u4e00-\u9fff]{1,4})", prompt):
                for n in range(len(hit.group(1)), 0, -1):
                    noun = hit.group(1)[:n]
                    if len(noun) >= 2 and find_zh(list(current), noun) is not None:
                        return f"把{noun}改成{value}"
            continue
        for hit in re.finditer(rf"(?i)\b((?:([a-z]+)\s+)?{re.escape(value)})\s+([a-z]+)", prompt):
            said = hit.group(1) if (hit.group(2) or "").lower() in TONES_EN else value
            if find_en(list(current), hit.group(3)) is not None:
                return f"make the {hit.group(3)} {said}"
    return None


_EARLIER = re.compile(
    r"(?i)^(?:first|original|old|previous|earlier|last)\s+(?:one|name|title|text|colou?r|version|wording|background)$"
    r"|^(?:原来|之前|刚才|第一|最早|最初|上一)(?:个|版|次)?的?(?:名字|标题|文字|颜色|版本|背景|那个|样子)?$"
)


def put_back(history, raw: str, current: tuple[str, ...], lang: str) -> Edit | None:
    """ "the first name was better", "还是原来的名字好": the one phrase that differs from the earlier prompt meant is put
    back as it was; None when the message asks no such thing or more than one phrase differs (then it is not a guess)."""
    m = _BACK_ZH.match(raw.strip()) if lx.has_cjk(raw) else _BACK_EN.match(raw.strip())
    said = (m.group(1) or (m.group(2) if m and m.re is _BACK_EN else None) or "").strip() if m else ""
    if not _EARLIER.fullmatch(said):
        return None
    prompts = [getattr(h, "prompt", "") for h in history or [] if getattr(h, "intent", "") in ("draw", "edit")]
    first = re.match(r"(?i)first|original|原来|第一|最早|最初", said)
    older = [p for p in prompts if p]
    if not older:
        return None
    wanted = older[0] if first else (older[-2] if len(older) >= 2 else older[0])
    then = phrases_of(wanted)
    if len(then) != len(current):
        return None
    differ = [i for i, (a, b) in enumerate(zip(then, current, strict=True)) if a != b]
    if len(differ) != 1:
        return None
    ed = Edit(list(current), lang)
    ed.set_phrase(differ[0], then[differ[0]])
    return ed
