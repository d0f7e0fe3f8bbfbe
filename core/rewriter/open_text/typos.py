"""Typos in an edit message, mended before it is read: "cna you take the nori out", "make the dinosor PURPLE".

Two kinds. Chat words typed fast ("cna", "shoud", "remvoe") come from a short table. A thing's name
misspelt is mended only to a word the prompt itself holds, and only where the message names what it
edits (after "the", "my", "her"…, or first): "dinosor" becomes the prompt's "dinosaur", while a new
word ("swap the chair for a chain") is never pulled towards an old one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.rewriter.open_text.word_classes import MATERIALS_EN, PROMPT_COLOURS_EN

_CHAT_TYPOS = {
    "cna": "can",
    "acn": "can",
    "shoud": "should",
    "shld": "should",
    "mak": "make",
    "mke": "make",
    "shd": "should",
    "shud": "should",
    "cld": "could",
    "wld": "would",
    "abt": "about",
    "w/o": "without",
    "shoudl": "should",
    "shuold": "should",
    "sould": "should",
    "wnat": "want",
    "watn": "want",
    "waht": "what",
    "remvoe": "remove",
    "rmeove": "remove",
    "reomve": "remove",
    "chnage": "change",
    "chagne": "change",
    "cahnge": "change",
    "mkae": "make",
    "amke": "make",
    "maek": "make",
    "plase": "please",
    "pleae": "please",
    "jsut": "just",
    "agian": "again",
    "insted": "instead",
    "instaed": "instead",
    "isntead": "instead",
    "coudl": "could",
    "woudl": "would",
    "yuo": "you",
    "thier": "their",
    "beacuse": "because",
    "becuase": "because",
    "txt": "text",
    "pic": "picture",
}
_CHAT_TYPO = re.compile(r"(?i)(?<![a-z'])(" + "|".join(_CHAT_TYPOS) + r")(?![a-z'])")
# where a message names the thing it edits: after a determiner, or as its first word
_NAMED = re.compile(r"(?i)(^|\b(?:the|my|that|this|her|his|its|their|your)\s+)([a-z]{5,})(?![a-z'])")


def mended(message: str, prompt_phrases: tuple[str, ...] | list[str]) -> str:
    """The message with chat-word typos and misspelt names of the prompt's things mended."""
    text = _CHAT_TYPO.sub(lambda m: _same_case(m.group(1), _CHAT_TYPOS[m.group(1).lower()]), message)
    text = _PARTICLE_TYPO.sub("吧", text)  # "沙发换成蓝色的把": the 吧 that ends a request, typed as 把
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?<!应)该成(?=[\u4e00-\u9fffA-Za-z])", "改成", text)  # "风筝该成蓝色的": 改成
    if re.search(r"[\u4e00-\u9fff]", " ".join(prompt_phrases)) and not re.search(
        r"[a-z]{5,}", " ".join(prompt_phrases)
    ):
        return _mended_zh(text, tuple(prompt_phrases))
    known = _words(" ".join(prompt_phrases))

    def mend(m: re.Match) -> str:
        word = m.group(2)
        low = word.lower()
        near = [
            k
            for k in known
            if k[0] == low[0]
            and not (k.startswith(low) or low.startswith(k))  # "title" / "titled": the same word, inflected
            and _distance(low, k) <= (1 if len(low) < 7 else 2)
        ]
        mend = _same_case(word, near[0]) if low not in known and len(near) == 1 else word
        return m.group(1) + mend

    return _mended_values(_NAMED.sub(mend, text), known)


_LONG_WORD = re.compile(r"(?i)(?<![a-z'-])([a-z]{7,})(?![a-z'-])")


def _mended_values(text: str, known: frozenset[str]) -> str:
    """A colour or material name misspelt ("terracota", "burgandy", "lavendar") is mended to the one value word it is a
    letter away from; words of seven letters or more only, and never a word the prompt itself holds."""
    values = _value_words()

    def mend(m: re.Match) -> str:
        low = m.group(1).lower()
        if low in values or low in known:
            return m.group(1)
        near = [
            v
            for v in values
            if v[0] == low[0] and not (v.startswith(low) or low.startswith(v)) and _distance(low, v) == 1
        ]
        return _same_case(m.group(1), near[0]) if len(near) == 1 else m.group(1)

    return _LONG_WORD.sub(mend, text)


@lru_cache(maxsize=1)
def _value_words() -> frozenset[str]:
    return frozenset(w for w in (*PROMPT_COLOURS_EN, *MATERIALS_EN) if " " not in w and len(w) >= 6)


_PARTICLE_TYPO = re.compile(r"(?<=[的了])把(?=[\s。！!～~]*$)")
# the thing a Chinese edit names first: "毛线求也去掉", "把台登换成蓝色"
_NAMED_ZH = re.compile(
    r"^(?:把|将)?([\u4e00-\u9fff]{3,5}?)(?=也|都|再|去掉|删掉|拿掉|不要|换成|改成|变成|的颜色|[，,\s])"
)


_REMOVED_ZH = re.compile(
    r"(?:不要|去掉|删掉|拿掉)([\u4e00-\u9fff]{3,4}?)(?:了|吧|啦)*[。！!]*"
)  # "去掉毛线求"; two characters are too near to other words ("香肠" is not a typo of 香菜)


def _mended_zh(text: str, phrases: tuple[str, ...]) -> str:
    """A Chinese name typed with one wrong character ("毛线求" for the prompt's 毛线球, a homophone from pinyin
    input) is mended to the prompt's word, where the prompt holds exactly one such word and not the typed one."""
    m = _NAMED_ZH.match(text) or _REMOVED_ZH.fullmatch(text)
    if m is None or any(m.group(1) in p for p in phrases) or m.group(1)[-1] in "也都再还就又":
        return text
    said = m.group(1)
    n = len(said)
    near = {
        p[i : i + n]
        for p in phrases
        for i in range(len(p) - n + 1)
        if p[i] == said[0] and sum(a != b for a, b in zip(p[i : i + n], said, strict=True)) == 1
    }
    near = {w for w in near if re.fullmatch(r"[\u4e00-\u9fff]+", w)}
    return text[: m.start(1)] + near.pop() + text[m.end(1) :] if len(near) == 1 else text


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]{5,}", text.lower()))


def _same_case(said: str, word: str) -> str:
    return word.upper() if said.isupper() and len(said) > 1 else word


@lru_cache(maxsize=4096)
def _distance(a: str, b: str) -> int:
    """Edits (insertions, deletions, substitutions, swaps of neighbours) from ``a`` to ``b``; 3 means three or more."""
    if abs(len(a) - len(b)) > 2:
        return 3
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return min(rows[-1][-1], 3)


# "make her jacket red, no wait, yellow", "饮料改成橙色……不对，改成柠檬黄": the value said last is the one meant
_TAKEN_BACK = re.compile(
    r"(?i)^(?P<left>.*?[^\s,，.。…;；!！-])[\s,，.。…;；!！-]*(?:[,，.。…;；!！-]|\s(?=no+,?\s*wait\b|wait,?\s*no\b))[\s,，.。…;；!！-]*"
    r"(?:no+,?\s*wait|wait,?\s*no|no no|or rather|i mean|scratch that|(?:哦|啊|噢)?不对|不是不是|我是说|说错了|哦不|啊不)"
    r"[\s,，.。…!！]*(?P<right>.+?)[\s.。!！]*$"
)
_VALUE_VERB_ZH = re.compile(r"(?:改成|换成|变成|改为|换为|弄成|成)")
_VERB_EN = re.compile(r"(?i)^(?:make|change|turn|set|remove|add|swap|replace|put|move|use|go with|try)\b")


def taken_back(message: str) -> str:
    """An edit that corrects its own value half-way, as the edit it ends up asking for."""
    m = _TAKEN_BACK.match(message.strip())
    if m is None:
        return message
    left, right = m.group("left"), m.group("right").strip()
    right = re.sub(r"^(?:还是|就|那就|要)\s*(?=\S)", "", right)  # "…，哦不，还是浅灰色吧": the grey
    right = re.sub(r"(?<=[\u4e00-\u9fff])[吧啊呀]+$", "", right)
    right_zh = _VALUE_VERB_ZH.match(right)
    if right_zh:
        right = right[right_zh.end() :].strip()
    elif re.match(r"(?i)make it\s+", right):
        right = re.sub(r"(?i)^make it\s+", "", right)
    elif _VERB_EN.match(right) or re.match(r"^(?:把|将|给|去掉|删掉|加)", right):
        return right  # a whole new edit: the first is dropped
    if not right or len(right.split()) > 3 or len(right) > 24:
        return message
    zh = list(_VALUE_VERB_ZH.finditer(left))
    if zh:
        return left[: zh[-1].end()] + right  # "饮料改成橙色" -> "饮料改成柠檬黄"
    words = left.split()
    if len(words) >= 3 and re.fullmatch(r"[A-Za-z-]+", words[-1]):
        keep = words[:-1]
        if re.match(r"(?i)(?:a|an|the)\s", right) and keep[-1].lower() in ("a", "an", "the"):
            keep = keep[:-1]  # "make the fox a wolf, no wait, a husky": one article
        return " ".join(keep + [right])  # "make her jacket red" -> "make her jacket yellow"
    return message
