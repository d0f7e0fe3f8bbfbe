"""The user's text before any reading: the chat wrapper and thanks taken off, phrases and clauses split,
and whether a message needs the open path at all."""

from __future__ import annotations

import re
import unicodedata

from core.language import lexicon as lx
from core.language import words as w
from core.rewriter import general
from core.scene import Scene

_WRAP_EN = re.compile(
    r"^(?:(?:hey|hi|hello|ok(?:ay)?|so|um+|hmm+)[\s,!.]+)*"
    r"(?:(?:please\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?|please\s+|pls\s+|kindly\s+)?"
    r"(?:(?:draw|make|create|generate|paint|render|design|produce|give|show|do|sketch|illustrate|get)(?:\s+(?:for\s+)?me)?\s+"
    r"|(?:i'?d like|i would like|i want|i need|i'd love|let'?s have|let'?s see|can i get|could i get|can i have)\s+"
    r"(?:(?:to see|to get)\s+)?)"
    r"(?:(?:an?\s+)?(?:picture|image|drawing|painting|illustration|render|photo|pic)\s+of\s+)?",
    re.IGNORECASE,
)
# "i dont know how to say it but like a forest …": talk before the picture's words, with or without a request
_TALK_LEAD = re.compile(
    r"(?i)^(?:i\s+(?:do\s*n[o']?t|dont)\s+know\s+how\s+to\s+(?:say|describe|explain|put)\s+(?:it|this)[\s,.]*"
    r"(?:but\s+)?(?:(?:it'?s\s+)?(?:kind of\s+|sort of\s+)?like\s+)?"
    r"|我也?不知道(?:该)?怎么(?:说|描述|形容)[，,。.\s]*(?:就是)?)"
)
_WRAP_ZH = re.compile(
    r"^(?:(?:您好|你好|嗨|哈喽|hi|hello|hey)[呀啊～~！!，,。\s]*)?(?:"  # "您好，麻烦帮我画一幅…": the greeting goes with the request
    r"(?:请|麻烦|能不能|可不可以|可以|你能|您能|能|帮忙)?(?:你|您)?(?:帮我|给我|为我|帮忙)?"
    r"(?:画(?!册|廊|框|家|笔|布|卷|报|展|质|风|面|师|室|板|像)|生成|做|设计|绘制|创作|来(?!自)|弄|出(?=\s*(?:一张|一幅|一个|一版|张|个)))(?:一下)?(?:(?<=[来弄做画])个\s*)?"
    r"(?:(?:一张|一幅|一个)(?:图|画|图片|画面)?(?:吗|嘛|么)?[？?]?[：:，,])?"
    r"|(?:我想要|我想画|我要|我需要|我想看)(?:(?:一张|一幅)(?:图|画|图片)[：:，,])?)"
)
_TAIL = re.compile(r"(?:[\s,，]*(?:please|thanks|thank you|for me|pls|谢谢|吧))+[\s.!?。！？]*$|[\s.!?。！？]+$", re.I)
_SPLIT = re.compile(r"\s*(?:[,;，；]|(?<=[a-z0-9)\"'])\.\s+|。)\s*|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", re.I)


def clean(message: str) -> str:
    text = unicodedata.normalize("NFKC", message)
    return re.sub(r"\s+", " ", text).strip()


_CHAT_SENTENCE = re.compile(
    r"^(?:(?:hey|hi|hello|hiya|good (?:morning|afternoon|evening))(?: there)?\b|i'?m (?:putting|making|working|doing|"
    r"designing|preparing|writing)|i am (?:putting|making|working|doing|designing|preparing|writing)|we'?re (?:making|"
    r"working|doing)|this is for|it'?s for|嗨|你好|您好|在吗|我(?:最近)?在(?:做|准备|设计|写)|我们在做|这是给|是给)",
    re.IGNORECASE,
)
_THANKS_SENTENCE = re.compile(
    r"^(?:thanks?|thank you|thx|cheers|ta|many thanks|谢谢|多谢|感谢|辛苦了|麻烦了)(?:[\s,]*(?:so much|a lot|very much|"
    r"in advance|啦|你|您|了))*[\s.!。！~～]*$",
    re.IGNORECASE,
)


def _drop_chat_sentences(text: str) -> str:
    """ "Hi there! I'm putting together a picture book. Could you draw …? Thank you so much!" -> "Could you draw …?":
    greetings and context before the request, thanks after it, are talk, not the picture."""
    parts = [
        p for p in re.split(r"(?<=[.!?])(?:\s+|(?=[^\x00-\x7f]))|(?<=[。！？])\s*", text) if p.strip()
    ]  # never "2.5D", "v1.2"
    if len(parts) < 2:
        return text
    while len(parts) > 1 and _THANKS_SENTENCE.match(parts[-1].strip()):
        parts.pop()
    asks = [
        k
        for k, p in enumerate(parts)
        if k
        and (_WRAP_EN.match(p) and _WRAP_EN.match(p).end() > 0 or _WRAP_ZH.match(p) and _WRAP_ZH.match(p).end() > 0)
    ]
    if asks and all(_CHAT_SENTENCE.match(p.strip()) or len(p.split()) <= 2 for p in parts[: asks[0]]):
        parts = parts[asks[0] :]
    joined = " ".join(parts)
    return text if re.sub(r"\s+", "", joined) == re.sub(r"\s+", "", text) else joined  # nothing dropped: as written


def strip_wrapper(text: str) -> str:
    """ "Could you draw me a small cat?" -> "a small cat"; "请给我画一张图：一只橘猫" -> "一只橘猫"."""
    text = _drop_chat_sentences(text)
    text = _TALK_LEAD.sub("", text, count=1) or text
    body = _WRAP_EN.sub("", text, count=1) if re.match(r"[A-Za-z]", text) else text
    body = _WRAP_ZH.sub("", body, count=1)
    body = _TAIL.sub("", body)
    return body.strip(" ,，:：") or text.strip()


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」|《[^》]*》|『[^』]*』")


def phrases_of(text: str) -> tuple[str, ...]:
    """The prompt's phrases: split at commas (and at spaces between Chinese words, "一杯拿铁 拉花是天鹅 木桌"),
    never inside quoted words ("“夏日特惠 七折”")."""
    held = _QUOTED.sub(lambda m: m.group(0).replace(" ", "\x00"), text)
    return tuple(p.strip(" .").replace("\x00", " ") for p in _SPLIT.split(held) if p.strip(" ."))


_CORRECTION = re.compile(
    r"(?i)^(?:no+,?\s*wait|wait,?\s*no|no no|actually|i mean|or rather|sorry|scratch that|不对|不是|我是说|应该是|说错了)"
    r"[\s,，.!！]*(?:是|make it\s+)?(.*)$"
)


def corrected(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """A first message that corrects itself ("a tiger in the jungle, no wait, a snow leopard in the mountains",
    "一张老虎在丛林里的海报，不对，是雪豹在雪山上"): the words taken back go, the correction takes their place."""
    out: list[str] = []
    k = 0
    while k < len(phrases):
        m = _CORRECTION.match(phrases[k].strip())
        if m is None or not out:
            out.append(phrases[k])
            k += 1
            continue
        said = m.group(1).strip() or (phrases[k + 1] if k + 1 < len(phrases) else "")
        k += 1 if m.group(1).strip() else 2
        said = said.removeprefix("是")
        if not said:
            continue
        before = out.pop()
        articles = [a.start() for a in re.finditer(r"(?i)\b(?:a|an|the)\s", before)]
        inner = [a for a in articles if re.search(r"(?i)\b(?:of|with|showing|featuring)\s$", before[:a])]
        at = inner[0] if inner else 0
        if not lx.has_cjk(before) and re.match(r"(?i)(?:a|an|the)\s", said) and articles:
            out.append(before[:at] + said)  # "a poster of [a tiger in the jungle]": the thing taken back
        elif lx.has_cjk(before) and lx.has_cjk(said):
            out.append(said)
        else:
            out.extend((before, said))
    return tuple(out)


_QUOTES = re.compile(r"“[^”]*”|「[^」]*」|《[^》]*》|\"[^\"]*\"|'[^']*'|‘[^’]*’")


_ASKS_TO_DRAW = re.compile(
    r"^(?:你|您)?(?:能|可以|能不能|可不可以|可否)?(?:帮我|给我|为我)?(?:做|画|生成|设计|绘制)(?:一下)?(?:一张|一幅|一个)?"
    r"(?:图|画|图片|海报|插画)?(?:吗|嘛|么|吧)?[？?]?[：:，,]\s*\S{4,}"
    r"|(?i:^(?:can|could|would) you (?:please )?(?:draw|make|create|generate|design|paint)(?: me)?"
    r"(?: (?:a|an|one) (?:picture|image|poster|illustration))?\??[:,]\s*\S{4,})"
)


def asks_to_draw(text: str) -> bool:
    """ "能帮我做一张图吗：黄昏时分的书店…": a question in form, a request to draw what follows the colon."""
    return bool(_ASKS_TO_DRAW.match(text.strip()))


def all_chinese(phrases) -> bool:
    """A Chinese prompt with no English words of its own (outside quotes): English said to it is translated."""
    text = _QUOTES.sub("", "，".join(phrases))
    return lx.has_cjk(text) and not re.search(r"[A-Za-z]{3,}", text)


def mixed(phrases) -> bool:
    """A prompt written in both languages ("一个 cyberpunk 的夜市"): the user's words are kept in the language said."""
    text = _QUOTES.sub("", "，".join(phrases))
    return lx.has_cjk(text) and bool(re.search(r"[A-Za-z]{3,}", text))


def joiner(scene_or_lang) -> str:
    lang = scene_or_lang if isinstance(scene_or_lang, str) else scene_or_lang.language
    return "，" if lang == "zh" else ", "


def is_open_scene(scene: Scene) -> bool:
    return bool(scene.extras) or general.is_general_scene(scene)


_STOP_EN = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "on",
        "in",
        "at",
        "to",
        "with",
        "for",
        "from",
        "by",
        "near",
        "over",
        "under",
        "into",
        "onto",
        "is",
        "are",
        "be",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "some",
        "one",
        "two",
        "three",
        "me",
        "my",
        "you",
        "your",
        "i",
        "we",
        "please",
        "can",
        "could",
        "would",
        "will",
        "should",
        "make",
        "draw",
        "paint",
        "create",
        "give",
        "show",
        "put",
        "add",
        "picture",
        "image",
        "canvas",
        "background",
        "backdrop",
        "shape",
        "shapes",
        "object",
        "objects",
        "thing",
        "things",
        "corner",
        "side",
        "edge",
        "half",
        "halfway",
        "way",
        "height",
        "row",
        "column",
        "middle",
        "center",
        "centre",
        "top",
        "bottom",
        "left",
        "right",
        "upper",
        "lower",
        "far",
        "very",
        "dead",
        "smack",
        "just",
        "also",
        "too",
        "now",
        "then",
        "again",
        "ok",
        "okay",
        "hey",
        "hi",
        "hello",
        "hmm",
        "so",
        "like",
        "let",
        "let's",
        "lets",
        "want",
        "wanted",
        "need",
        "love",
        "like'd",
        "i'd",
        "i'm",
        "have",
        "get",
        "big",
        "small",
        "tiny",
        "little",
        "large",
        "huge",
        "giant",
        "mini",
        "massive",
        "enormous",
        "circle",
        "square",
        "triangle",
        "star",
        "stars",
        "circles",
        "squares",
        "triangles",
        "red",
        "orange",
        "yellow",
        "green",
        "blue",
        "purple",
        "white",
        "black",
        "colour",
        "color",
        "coloured",
        "colored",
        "painted",
        "all",
        "both",
        "each",
        "another",
        "next",
        "below",
        "above",
        "beside",
        "between",
        "vertically",
        "horizontally",
        "centred",
        "centered",
        "placed",
        "sitting",
        "bit",
        "more",
        "less",
        "larger",
        "bigger",
        "smaller",
        "up",
        "down",
        "simple",
        "test",
        "single",
        "only",
        "just",
        "really",
        "much",
        "thanks",
        "thank",
        "do",
        "does",
        "did",
        "something",
    ]
)


def wants_open(text: str) -> bool:
    """Whether a message needs the open path: words beyond the shapes world's (a shapes-only message,
    "a small yellow star, top right", still gets a shapes-world scene)."""
    if not any(t.kind == "shape" for t in w.tokens(text)):
        return True
    if any(m.kind in ("noun", "worn", "held", "setting", "style") for m in general.find(text)):
        return True
    rest = text
    for t in sorted(w.tokens(text), key=lambda t: -t.start):
        rest = rest[: t.start] + " " + rest[t.end :]
    words_ = [x for x in re.findall(r"[a-z][a-z'-]*", rest) if x not in _STOP_EN and len(x) > 2]
    cjk = re.sub(
        r"[的一个只在有是和画请帮我给张图上下里中面边方角侧正再加把成换变移到去掉删除吧呢了啊呀好谢麻烦能不可以来用为都也还与及另外然后并且同时而就这那它色形背景底最很太点些整幅要想放摆位置颜大小]",
        "",
        rest,
    )
    cjk_runs = re.findall(r"[\u4e00-\u9fff]{2,}", cjk)
    return len(words_) >= 2 or sum(len(r) for r in cjk_runs) >= 4


# Words typed fast on a phone, as they are meant (only where the short form means nothing else in a prompt).
_TYPED_SHORT = {"blu": "blue", "grn": "green", "purp": "purple", "blk": "black", "wht": "white", "yelow": "yellow",
                "yello": "yellow", "purpel": "purple", "oragne": "orange", "bckground": "background",
                "backgroud": "background", "backround": "background", "actualy": "actually", "acutally": "actually", "teh": "the", "hte": "the"}  # fmt: skip
_TYPED = re.compile(rf"(?i)(?<![\w-])({'|'.join(_TYPED_SHORT)})(?![\w-])")


_MORE_PLAIN = {"big": "bigger", "small": "smaller", "dark": "darker", "bright": "brighter", "warm": "warmer",
               "cool": "cooler", "cold": "colder", "light": "lighter", "soft": "softer", "tall": "taller",
               "short": "shorter", "long": "longer", "thin": "thinner", "thick": "thicker", "wide": "wider"}  # fmt: skip
_MORE_PLAIN_RE = re.compile(rf"(?i)(?<![\w-])more\s+({'|'.join(_MORE_PLAIN)})(?![\w-])")
_IS_MORE = re.compile(
    rf"(?i)^(?:the\s+)?([a-z][a-z -]{{0,30}}?)\s+(?:is|are|be)\s+((?:a bit\s+|a little\s+|much\s+)?"
    rf"(?:{'|'.join(_MORE_PLAIN.values())}))(?:\s+(?:please|pls|plz))?[.!]*$"
)


def expand_short(text: str) -> str:
    """Designers' shorthand and phone typing: "bg teal" is the background, "raincoat blu pls" is blue; "cat is
    more big please" is the cat, bigger."""
    text = _TYPED.sub(lambda m: _TYPED_SHORT[m.group(1).lower()], text)
    text = _MORE_PLAIN_RE.sub(lambda m: _MORE_PLAIN[m.group(1).lower()], text)
    text = _IS_MORE.sub(r"make the \1 \2", text.strip())
    return re.sub(r"(?i)(?<![\w-])bg(?![\w-])", "background", text)


def strip_lead(text: str) -> str:
    return re.sub(
        r"^(?:(?:(?:ok(?:ay)?|so|hmm+|um+|actually|now|and|also|then|but|please|great|nice|oh|well|alright|just|"
        r"would you mind|do you mind|(?:can|could|would|will) (?:you|u|ya)(?: please| pls| kindly)?|i'?d like you to|pls|plz|"
        r"would it be possible to|is it possible to|it(?:'s| is) possible to|(?:and\s+)?is possible(?: to)?|thank you (?:very|so) much|thanks (?:a lot|so much)|could we|can we|thank you|thanks|i meant|i mean|sorry|"
        r"how (?:do|can|would|should) (?:i|we)|i want|i'?d like|i would like|i need|keep everything(?: else)?(?: the same)?(?: but| and)?|"
        r"(?:the\s+)?same(?:\s+(?:thing|picture|image|scene|shot|one|again))?\s+but)(?![a-z'])|"
        r"算了|顺便|顺带|谢谢你?|谢啦|多谢|那就(?:试试|试一下|试下)|那(?![个只条张把盆件些块朵幅位杯盏本辆棵双顶副片座扇根样])|然后|现在|再|还有|另外|能不能|可不可以|可以|能(?=[换改加去把给让变])|麻烦你?|请问|请你?|帮我)[\s,，.!:：\-–—]*)+",
        "",
        text,
        flags=re.I,
    ).strip()


def _clauses(text: str) -> list[str]:
    text = re.sub(r"\s+(?=with\s+[^,]+\s+instead of\b)", ", ", text)
    # "猫去掉吧 过敏": a reason after the edit, asking nothing (batch 32)
    text = re.sub(r"(?<=[吧呗啦])\s+(?![^。！!]*[改换加去删变调挪移放让把画])[\u4e00-\u9fff]{1,8}[。！!]*$", "", text)
    parts = [
        p.strip(" .!。！")
        for p in re.split(
            r"\s*[,，;；]\s*|(?<=[\u4e00-\u9fff])[。！]\s*(?=\S)|\s+and then\s+|\s+then\s+|(?<=\w)\.\s+|(?<=\w)!+\s+|\s+[-–—]+\s+|\s*—\s*|(?<=[^\W\d_])[?？]\s*(?=\S)"
            r"|\s*(?:……|…|\.{3,})\s*(?=不对|不是|我是说|no\b|wait\b|actually\b|sorry\b)"  # "改成红色……不对，红白条纹的"
            r"|(?<=[\u4e00-\u9fff])\s+(?=(?:换成|改成|变成|再|加|去掉|另外|还有|顺便|同时|然后)[\u4e00-\u9fff])"  # "背景深一点 换成焦糖色"
            r"|(?<=[\u4e00-\u9fff])\s+(?=(?:让|把|给)[她他它][\u4e00-\u9fff])"  # "风衣换成黑色 另外让她拿一把刀"
            r"|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]{1,6}?(?:太|有点|有些)[\u4e00-\u9fff]{1,3}了?[。！!]*$)",  # "…吧 粉色太甜了"
            text,
        )
    ]
    out: list[str] = []
    for p in parts:
        if not p:
            continue
        if out and re.match(r"(?i)(?:not|rather than)\s+\S", p) and len(p.split()) <= 4:
            out[-1] += f" {p}"  # "the vase should be glass, not ceramic": one edit
            continue
        m = re.match(
            r"^(.*?\S)\s+and\s+((?:remove|delete|add|make|change|turn|swap|replace|put|get rid of|lose|drop|paint|kill|"
            r"give|move|bring|set)\b.*)$",
            p,
            re.I,
        )
        if m:
            out += [m.group(1).strip(" .!。！"), m.group(2)]
            continue
        # "make her raincoat green and the umbrella black", "change the sofa to green and the rug to beige":
        # the verb is said once for two edits
        verb = re.match(r"^(make|turn|paint|change|switch)\s", p, re.I)
        two = re.split(r"\s+and\s+(?=(?:the|her|his|its|their|my)\s)", p) if verb else [p]
        needs_to = verb and verb.group(1).lower() in ("change", "switch")
        # "label text to 'Morning Bright' and the flowers to lemon verbena": two changes, no verb said (batch 32)
        told = re.match(
            r"(?i)^([a-z][\w' -]*?\s+to\s+.+?)\s+and\s+((?:the|her|his|its|their|my)\s+[\w' -]+?\s+to\s+.+)$", p
        )
        if len(two) == 2 and (not needs_to or all(" to " in x.lower() for x in two)) and len(two[1].split()) >= 3:
            out += [two[0], f"{verb.group(1)} {two[1]}"]
        elif told and not verb and not re.match(r"(?i)(?:go|get|add|move|back|up|down|switch|change)\b", p):
            out += [f"change {told.group(1)}", f"change {told.group(2)}"]
        else:
            out.append(p)
    return out


_EDIT_TAIL = re.compile(
    r"(?:[\s,，]*(?:please|pls|plz|thanks|thank you|if you can|if possible|for me|instead|too|as well|then|for now|"
    r"(?:would|might|could|will|should)\s+(?:pop|look|work|read|stand out)(?:\s+(?:more|better|nicer|great|good))?"
    r"(?:\s+here)?|"  # "backdrop in a deep teal would pop more"
    r"like (?:in|on) (?:the\s+)?(?:chapter|book|page|episode|issue|cover|last|first|previous|other|original)[^,，]*|"
    r"to match (?:our|the|my) [\w ]+|for (?:our|the|my) brand|but keep (?:everything|all|the rest)(?: else)?(?: the same)?|"
    r"and keep (?:everything|the rest) (?:else )?the same|其他不变|其他保持不变|别的不要动|其余不变|"
    r"谢谢|可以吗|行吗|好吗|好不好|行不行|哈哈+|haha+|lol|吧|呗|哦|啊|呀|一下|吗|if you would|if you could|"
    r"entirely|completely|altogether|for good|tbh|imo|honestly|actually|like before|as before|"
    r"so (?:that )?(?:the|it|they|he|she|we|you|i|people|everything)\b[^,，]*|(?:because|since) [^,，]*))+[\s.!?。！？]*$",
    re.I,
)
_NO = re.compile(
    r"^(?:no|without|lose the|less)\s+(?!(?:i|it|that|this|not|wait|one|way|problem|worries)\b)(.+)$", re.I
)


def strip_edit_tail(text: str) -> str:
    """ "no chopsticks please", "give him a green scarf instead": what follows the edit says nothing about it."""
    return _EDIT_TAIL.sub("", text).strip() or text
