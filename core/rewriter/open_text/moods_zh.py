"""A picture's mood in Chinese ("氛围改成温馨一点" on "…，阴森压抑"): the words that say how it feels give way to the
new ones, where the prompt says them; the things in the picture stay."""

from __future__ import annotations

import re

from core.rewriter.open_text.spans import Edit

MOODS_ZH = (
    "阴森", "压抑", "恐怖", "诡异", "温馨", "欢快", "梦幻", "浪漫", "忧郁", "神秘", "宁静", "温暖", "治愈", "热闹", "冷清",
    "孤独", "悲伤", "温柔", "活泼", "清新", "暗黑", "紧张", "庄严", "奢华", "慵懒", "静谧", "肃杀", "荒凉", "欢乐", "喜庆",
    "阴郁", "沉闷", "凄凉", "可怕", "惊悚", "安静", "舒适", "童趣", "俏皮", "酷炫", "高冷", "文艺", "史诗", "悬疑", "轻松",
)  # fmt: skip
_MOOD_NOUNS_ZH = ("氛围", "气氛", "感觉", "基调", "情绪", "调性", "意境", "氛围感")
_MOOD_RUN = re.compile(rf"(?:{'|'.join(MOODS_ZH)})(?:又|而|且|、|和)?(?:(?:{'|'.join(MOODS_ZH)})(?:又|而|且|、|和)?)*")


def _mood_of(value: str) -> str | None:
    """The mood said in ``value`` ("温馨一点" -> 温馨, "更欢快的" -> 欢快), or None."""
    said = re.sub(r"^(?:更|再|很|非常|比较)|(?:一点|一些|点|些|的|吧|了)+$", "", value.strip())
    return said if said and _MOOD_RUN.fullmatch(said) else None


def remood_zh(ed: Edit, target: str, value: str) -> bool:
    """ "氛围改成温馨一点": the phrase's mood words become 温馨 (a phrase that is only moods, or "X的氛围")."""
    if target.strip() not in _MOOD_NOUNS_ZH:
        return False
    mood = _mood_of(value)
    if mood is None:
        return False
    for i in range(len(ed.phrases) - 1, -1, -1):
        p = ed.phrases[i]
        run = _MOOD_RUN.search(p)
        if run is None:
            continue
        rest = (p[: run.start()] + p[run.end() :]).strip("的 ")
        if not rest or rest in _MOOD_NOUNS_ZH or rest.endswith(_MOOD_NOUNS_ZH):
            ed.set_phrase(i, p[: run.start()] + mood + p[run.end() :])
            ed.say("said_made", what=target.strip(), value=mood)
            return True
    ed.append(f"{mood}的{target.strip()}")
    ed.say("said_made", what=target.strip(), value=mood)
    return True
