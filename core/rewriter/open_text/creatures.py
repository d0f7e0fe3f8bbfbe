"""A new creature for the picture's one creature, said with no target: "make it a tiger", "a fox instead",
"换成一只老虎" on "野生动物摄影，一只雪豹趴在岩石上" (the subject is not always in the first phrase)."""

from __future__ import annotations

import re

from core.language import general_lexicon as gl
from core.language.patterns import compiled
from core.rewriter.open_text.en_edits import replace_en
from core.rewriter.open_text.spans import Edit

# fmt: off
_MORE_EN = ("leopard", "snow leopard", "cheetah", "jaguar", "panther", "puma", "lynx", "corgi", "husky", "beagle",
            "poodle", "retriever", "shiba", "dachshund", "otter", "hedgehog", "squirrel", "koala", "sloth", "eagle",
            "parrot", "frog", "turtle", "hamster", "monkey", "giraffe", "zebra", "raccoon", "badger", "seal",
            "flamingo", "swan", "duck", "goose", "crow", "raven", "hawk", "falcon", "camel", "cow", "pig", "sheep",
            "goat", "mouse", "kitten", "puppy", "dolphin", "shark", "octopus", "crab", "gorilla", "alpaca", "llama",
            "bunny", "rabbit", "hare", "mole", "beaver", "wombat", "lamb", "chick", "piglet", "cub", "bear cub")
_MORE_ZH = ("雪豹", "豹子", "猎豹", "美洲豹", "黑豹", "猞猁", "柯基", "哈士奇", "柴犬", "金毛", "比格犬", "泰迪",
            "水獭", "刺猬", "松鼠", "考拉", "树懒", "老鹰", "鹦鹉", "青蛙", "乌龟", "仓鼠", "猴子", "长颈鹿", "斑马",
            "浣熊", "海豹", "火烈鸟", "天鹅", "鸭子", "乌鸦", "骆驼", "奶牛", "小猪", "绵羊", "山羊", "老鼠", "海豚",
            "鲨鱼", "章鱼", "螃蟹", "大猩猩", "羊驼", "橘猫", "黑猫", "白猫", "小狗", "小猫")
# fmt: on
_LIVING = (*gl.HYPONYMS_EN["animal"], "bird", "owl", "panda", "elephant", "penguin", "whale", "dragon", "unicorn")
CREATURES_EN = frozenset((*_LIVING, *_MORE_EN))
CREATURES_ZH = frozenset((*(z for k in _LIVING if k in gl.NOUNS for z in gl.NOUNS[k][1]), *_MORE_ZH))
_COUNT_ZH = r"(?:一|两|三|几)?[只头匹条]"


_NAMES_EN = "|".join(re.escape(n) for n in sorted(CREATURES_EN, key=len, reverse=True))
_VALUE_EN = re.compile(rf"(?i)(?:(?:an?|the|one)\s+)?(?:[a-z-]+\s+)*?({_NAMES_EN})(?:e?s)?\s*")
_MENTION_EN = re.compile(rf"(?i)(?<![\w-])(?:{_NAMES_EN})(?:e?s)?(?![\w-])")
# "一只雪豹", "一只白色的猫" (what it looked like goes with it when another creature takes its place), "雪豹"
_MENTION_ZH = re.compile(
    rf"(?:{_COUNT_ZH}(?:[\u4e00-\u9fff]{{1,5}}?的)?)?(?:{'|'.join(sorted(CREATURES_ZH, key=len, reverse=True))})"
)


def _head_en(value: str) -> str | None:
    m = _VALUE_EN.fullmatch(value.strip())
    return m.group(1).lower() if m else None


def is_creature(value: str) -> bool:
    """Whether ``value`` ("a tiger", "an arctic fox") names a living thing."""
    return _head_en(value) is not None


def swap_creature_en(ed: Edit, value: str) -> bool:
    """ "make it a tiger" on "a snow leopard lying on a rock": the one creature named becomes the new one."""
    if not re.match(r"(?i)(?:an?|one)\s", value.strip()) or _head_en(value) is None:
        return False
    found = [(i, m.start(), m.end()) for i, p in enumerate(ed.phrases) for m in _MENTION_EN.finditer(p)]
    if len(found) != 1:
        return False  # none, or two creatures: which one is not said
    i, s, e = found[0]
    replace_en(ed, (i, s, e), value, f"the {ed.phrases[i][s:e].lower()}", ed.phrases[i][s:e])
    return True


def swap_creature_zh(ed: Edit, value: str) -> bool:
    """ "换成一只老虎" on "野生动物摄影，一只雪豹趴在岩石上": the counted creature is the one replaced."""
    new = value.strip().rstrip("吧")
    said = re.fullmatch(rf"{_COUNT_ZH}([\u4e00-\u9fff]{{1,4}})", new)
    bare = said is None and new in CREATURES_ZH  # "换成柯基": the creature named alone keeps the prompt's count
    if not bare and (said is None or not any(said.group(1).endswith(c) for c in CREATURES_ZH)):
        return False
    found = [(i, m) for i, p in enumerate(ed.phrases) for m in _MENTION_ZH.finditer(p)]
    if len(found) != 1:
        return False
    i, m = found[0]
    p = ed.phrases[i]
    start = m.start()
    if bare:
        name = max((c for c in CREATURES_ZH if m.group(0).endswith(c)), key=len)
        start = m.end() - len(name)
    ed.set_phrase(i, p[:start] + new + p[m.end() :])
    ed.say("said_changed_it", value=value.strip().rstrip("吧"))
    return True


def swap_kind_en(ed: Edit, value: str) -> bool:
    """ "try a grey tabby" on "a black cat sitting on…": a kind of the thing the prompt names once (a tabby is a
    cat) takes its noun phrase's place, said with the thing's name ("a grey tabby cat")."""
    said = re.fullmatch(r"(?i)(?:an?|one)\s+([a-z][a-z -]*?)", value.strip())
    if said is None:
        return False
    head = said.group(1).split()[-1].lower()
    kinds = [k for k, v in gl.HYPONYMS_EN.items() if head in v and k != head]
    if len(kinds) != 1:
        return False
    found = [
        (i, m.start(), m.end()) for i, p in enumerate(ed.phrases) for m in compiled(rf"(?i)\b{kinds[0]}\b").finditer(p)
    ]
    if len(found) != 1:
        return False
    i, s, e = found[0]
    replace_en(ed, (i, s, e), f"{value.strip()} {kinds[0]}", f"the {kinds[0]}", kinds[0])
    return True
