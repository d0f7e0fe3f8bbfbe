"""A correction of the picture's words: "names are wrong lol it's 'Ana & Tomás'", "try 'The Storm Keeper'",
"名字写错了，是“小语 & 阿杰”". When the prompt quotes one text and the message quotes one, with nothing else to
do around it, the new words take the old ones' place inside the prompt's own quote marks."""

from __future__ import annotations

import re

from core.rewriter.open_text.spans import Edit
from core.rewriter.open_text.text_words import _QUOTED

# What may surround the new words in such a message: its framing, never an edit of something else.
_FRAME_EN = re.compile(
    r"(?i)^(?:(?:the\s+)?(?:names?|title|text|words|sign|label|headline|slogan|caption|spelling|typo)|it|its|it's|it is|"
    r"they're|are|is|was|were|wrong|misspelled|spelled|spelt|lol|haha|oops|sorry|no|actually|try|should|be|say|says|"
    r"read|reads|make|change|it|to|please|pls|instead|now|then|use|go|with|fix|[-,.:;!?—…\s])*$"
)
_FRAME_ZH = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}上(?:的|面)?(?=写|印|的?字)|写着|写成|写上|写|印着|印上|印成|"  # "黑板上写“今日新书”"
    r"名字|姓名|书名|标题|文字|字|招牌|标语|店名|写错了|错了|打错了|不对|是|应该是|改成|换成|改为|试试|用|吧|呢|啊|哦|"
    r"一下|看看|再|请|麻烦|[，,。.!！?？：:、\s])*$"
)


# The new words said without quotes: "it's HALO DRIFT now", "it's Crumb & Crust now" (capitals after "it's")
_NAMED_NOW = re.compile(
    r"(?:it'?s|it is|now|call it|rename it(?: to)?)\s+((?:[A-Z][\w'&.-]*|&)(?:\s+(?:[A-Z][\w'&.-]*|&))*)"
)
# The picture's words said without quotes: "a bakery called Crumb & Co", "a poster titled SUMMER SALE"
_NAMED_IN_PROMPT = re.compile(r"\b(?:called|named|titled)\s+((?:[A-Z][\w'&.-]*|&)(?:\s+(?:[A-Z][\w'&.-]*|&))*)")
_FRAME_WORDS = re.compile(
    r"(?i)\b(?:title|name|names|text|words|sign|changed|wrong|sorry|hit enter too early|typo|oops|lol|now|it'?s|it is)\b"
)


def fix_text(ed: Edit, message: str) -> bool:
    """True when ``message`` only gives the picture's words again, and they were put in."""
    said = list(_QUOTED.finditer(message))
    if not said and _name_for_name(ed, message):
        return True
    if not said:
        return _fix_unquoted(ed, message) or _words_in_quote(ed, message) or _text_said_plainly(ed, message)
    if len(said) != 1:
        return False
    around = message[: said[0].start()] + " " + message[said[0].end() :]
    if not (_FRAME_EN.fullmatch(around) or _FRAME_ZH.fullmatch(around.strip())):
        return False
    quoted = [(i, m) for i, p in enumerate(ed.phrases) for m in _QUOTED.finditer(p)]
    if len(quoted) != 1:
        return False  # none, or several: which words the message means is not ours to guess
    i, old = quoted[0]
    words = said[0].group(0)[1:-1].strip()
    if not words or words == old.group(0)[1:-1]:
        return False
    p = ed.phrases[i]
    new = old.group(0)[0] + words + old.group(0)[-1]
    ed.set_phrase(i, p[: old.start()] + new + p[old.end() :])
    ed.say("said_text", value=new)
    return True


_TEXT_NOUN = r"(?:text|words|title|headline|sign|caption|label|slogan|lettering)"
_SAY_PLAINLY = re.compile(
    rf"(?i)^(?:(?:ok|okay|now|and|pls|please)[\s,]+)*(?:"
    rf"(?:make|change|set)\s+the\s+{_TEXT_NOUN}\s+(?P<verb>(?:to\s+)?(?:say|read)\s+|to\s+)?(?P<a>.+?)"
    rf"|(?:the\s+)?{_TEXT_NOUN}\s+(?:should|must|needs\s+to|has\s+to)\s+(?:say|read|be)\s+(?P<b>.+?)"
    r")[\s.!]*$"
)


def _text_said_plainly(ed: Edit, message: str) -> bool:
    """ "make the text DROP 05" on "text that says 'DROP 04'": the new words, said without quotes, take the place of
    the prompt's one quoted text. Without "say"/"read" only words written as a sign writes them (capitals, digits)
    count: "make the text bigger" or "make the text gold" is about how the text looks."""
    m = _SAY_PLAINLY.match(message.strip())
    if m is None:
        return False
    words = (m["a"] or m["b"]).strip().strip("'\"")
    if re.search(r"(?i)\b(?:not|instead|rather)\b", words):
        return False  # "text should say SATURDAYS not fridays": a word for another, read elsewhere
    plain = m["a"] is not None and not (m["verb"] or "").strip().lower().endswith(("say", "read"))
    if not words or plain and not (re.search(r"\d", words) or (words.upper() == words and re.search(r"[A-Z]", words))):
        return False
    quoted = [(i, q) for i, p in enumerate(ed.phrases) for q in _QUOTED.finditer(p)]
    if len(quoted) != 1 or quoted[0][1].group(0)[1:-1] == words:
        return False
    i, old = quoted[0]
    p = ed.phrases[i]
    new = old.group(0)[0] + words + old.group(0)[-1]
    ed.set_phrase(i, p[: old.start()] + new + p[old.end() :])
    ed.say("said_text", value=new)
    return True


_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
_NOT_NAME = re.compile(
    rf"(?:^|[\s，,:：]|是|it'?s\s|should be\s|name is\s)\s*({_NAME})\s*[,，]?\s*(?:不是|而不是|not|instead of|rather than)\s*({_NAME})"
    r"[\s.!。！]*$"
)


def _name_for_name(ed: Edit, message: str) -> bool:
    """ "名字写错了，是 Maya 不是 Mia", "typo, it's Maya not Mia": a name the prompt has, said wrong, becomes the right
    one wherever the prompt writes it (the one place, in or out of quotes)."""
    m = _NOT_NAME.search(message.strip())
    if m is None:
        return False
    new, old = m.group(1), m.group(2)
    pattern = re.compile(rf"(?<!\w){re.escape(old)}(?!\w)")
    hits = [(i, x) for i, p in enumerate(ed.phrases) for x in pattern.finditer(p)]
    if len(hits) != 1 or any(re.search(rf"(?<![\w']){re.escape(new)}(?![\w'])", p) for p in ed.phrases):
        return False
    i, x = hits[0]
    p = ed.phrases[i]
    ed.set_phrase(i, p[: x.start()] + new + p[x.end() :])
    ed.say("said_changed_to", what=old, value=new)
    return True


_CHANGE_WORDS = re.compile(
    r"(?i)^(?:change|replace|swap|switch)\s+(?:the\s+)?(.+?)\s+(?:to|with|for|into)\s+(.+?)[\s.!]*$"
    r"|^(?:把)?(.+?)(?:改成|换成|改为)(.+?)[吧。！!]*$"
)


def _words_in_quote(ed: Edit, message: str) -> bool:
    """ "change pumpkin latte to chai latte" on "the words 'TODAY'S SPECIAL: PUMPKIN LATTE'": words of the picture's
    text, said in any case, change inside its quote marks, written as the text writes them (capitals stay capitals)."""
    m = _CHANGE_WORDS.match(message.strip())
    if m is None:
        return False
    old, new = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    old, new = old.strip(), new.strip()
    if len(old) < 2 or not new:
        return False
    pattern = re.compile(rf"(?<![\w]){re.escape(old)}(?![\w])" if old.isascii() else re.escape(old), re.I)
    outside = [pattern.search(_QUOTED.sub(" ", p)) for p in ed.phrases]
    inside = [
        (i, q, x) for i, p in enumerate(ed.phrases) for q in _QUOTED.finditer(p) for x in pattern.finditer(q.group(0))
    ]
    if len(inside) != 1 or any(outside):
        return False  # not in the text, or also elsewhere: the ordinary reading does it
    i, q, x = inside[0]
    said = x.group(0)
    written = new.upper() if said.isupper() else new.title() if said.istitle() else new
    p = ed.phrases[i]
    at = q.start() + x.start()
    ed.set_phrase(i, p[:at] + written + p[at + len(said) :])
    ed.say("said_changed_to", what=said, value=written)
    return True


def _fix_unquoted(ed: Edit, message: str) -> bool:
    """ "title changed, it's HALO DRIFT now", "sorry, hit enter too early. it's Crumb & Crust now": new words in
    capitals, said with words about the text and nothing else, take the place of the prompt's one text."""
    now = _NAMED_NOW.search(message)
    if now is None or not _FRAME_WORDS.search(message[: now.start()] + message[now.end() :]):
        return False
    rest = re.sub(r"[\s,.;:!?—-]+", " ", _FRAME_WORDS.sub(" ", message[: now.start()] + message[now.end() :])).strip()
    if rest:
        return False  # something else is asked too: the ordinary reading does it
    spots = [(i, m, 0) for i, p in enumerate(ed.phrases) for m in _QUOTED.finditer(p)]
    spots += [(i, m, 1) for i, p in enumerate(ed.phrases) for m in _NAMED_IN_PROMPT.finditer(p)]
    if len(spots) != 1:
        return False
    i, old, group = spots[0]
    p = ed.phrases[i]
    words = now.group(1).strip()
    if group == 0:
        new = old.group(0)[0] + words + old.group(0)[-1]
        ed.set_phrase(i, p[: old.start()] + new + p[old.end() :])
    else:
        new = words
        ed.set_phrase(i, p[: old.start(1)] + words + p[old.end(1) :])
    ed.say("said_text", value=new)
    return True


_AMOUNT = re.compile(
    r"(?P<pre>[¥$€£]\s*)?(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>元|块钱?|%|折|cm|mm|kg|ml|岁|(?i:usd|rmb|dollars?|euros?))?"
)


def new_amount(ed: Edit, value: str) -> bool:
    """ "价格改成15元" on "…今日特价 12元…", "make the price $9": an amount said with its unit takes the place of the one
    amount the prompt gives in that unit (none or two: not a guess, False)."""
    m = _AMOUNT.fullmatch(value.strip())
    if m is None or not (m["pre"] or m["unit"]):
        return False
    pre = re.escape(m["pre"].strip()) + r"\s*" if m["pre"] else ""
    unit = r"\s*" + re.escape(m["unit"]) if m["unit"] else ""
    pattern = re.compile(rf"(?<![\d.]){pre}\d+(?:[.,]\d+)?{unit}(?![\d])", re.I)
    hits = [(i, x) for i, p in enumerate(ed.phrases) for x in pattern.finditer(p)]
    if len(hits) != 1:
        return False
    i, x = hits[0]
    p = ed.phrases[i]
    ed.set_phrase(i, p[: x.start()] + value.strip() + p[x.end() :])
    ed.say("said_changed_to", what=x.group(0), value=value.strip())
    return True
