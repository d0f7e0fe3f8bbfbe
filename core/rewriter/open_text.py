"""Open-world prompts (the real model's path): the user's own words are the prompt.

A new picture keeps the message as written, less the chat wrapper ("Could you draw me",
"请给我画一张图："), split into phrases at commas; ``Scene.extras`` holds those phrases and the
prompt is them joined (``describe.compose_prompt``). Edits are minimal changes to the span they
refer to: "make the blanket red" turns "a blue knitted blanket" into "a red knitted blanket",
"remove the waterfall" deletes that phrase, "make it night" replaces (or adds) the time of day.
Nothing is translated, rebuilt from a grammar or invented. The structured fields (subjects,
setting, season, time of day, weather, style) are an index read from the words with the
general lexicon, so the kept/changed record and consistency still see what changed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from core import messages
from core.language import bilingual
from core.language import general_lexicon as gl
from core.language import lexicon as lx
from core.language import words as w
from core.rewriter import general
from core.scene import Change, Rewrite, Scene

# -- the user's text ---------------------------------------------------------------------------------

_WRAP_EN = re.compile(
    r"^(?:(?:hey|hi|hello|ok(?:ay)?|so|um+|hmm+)[\s,!.]+)*"
    r"(?:(?:please\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?|please\s+|pls\s+|kindly\s+)?"
    r"(?:(?:draw|make|create|generate|paint|render|design|produce|give|show|do|sketch|illustrate|get)(?:\s+me)?\s+"
    r"|(?:i'?d like|i would like|i want|i need|i'd love|let'?s have|let'?s see|can i get|could i get|can i have)\s+"
    r"(?:(?:to see|to get)\s+)?)"
    r"(?:(?:an?\s+)?(?:picture|image|drawing|painting|illustration|render|photo|pic)\s+of\s+)?",
    re.IGNORECASE,
)
_WRAP_ZH = re.compile(
    r"^(?:请|麻烦|能不能|可以|你能|帮忙)?(?:你)?(?:帮我|给我|为我|帮忙)?"
    r"(?:画|生成|做|设计|绘制|创作|来|弄)(?:一下)?(?:(?:一张|一幅|一个)(?:图|画|图片|画面)?[：:，,])?"
    r"|^(?:我想要|我想画|我要|我需要|我想看)(?:(?:一张|一幅)(?:图|画|图片)[：:，,])?"
)
_TAIL = re.compile(r"(?:[\s,，]*(?:please|thanks|thank you|for me|pls|谢谢|吧))+[\s.!?。！？]*$|[\s.!?。！？]+$", re.I)
_SPLIT = re.compile(r"\s*(?:[,;，；]|(?<=[a-z0-9)\"'])\.\s+|。)\s*", re.I)


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
    parts = [p for p in re.split(r"(?<=[.!?。！？])\s*", text) if p.strip()]
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
    return " ".join(parts)


def strip_wrapper(text: str) -> str:
    """ "Could you draw me a small cat?" -> "a small cat"; "请给我画一张图：一只橘猫" -> "一只橘猫"."""
    text = _drop_chat_sentences(text)
    body = _WRAP_EN.sub("", text, count=1) if re.match(r"[A-Za-z]", text) else text
    body = _WRAP_ZH.sub("", body, count=1)
    body = _TAIL.sub("", body)
    return body.strip(" ,，:：") or text.strip()


def phrases_of(text: str) -> tuple[str, ...]:
    return tuple(p.strip(" .") for p in _SPLIT.split(text) if p.strip(" ."))


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


# -- word classes ------------------------------------------------------------------------------------

COLOURS_EN = frozenset(
    [
        "red",
        "orange",
        "yellow",
        "green",
        "blue",
        "purple",
        "white",
        "black",
        "grey",
        "gray",
        "pink",
        "brown",
        "gold",
        "golden",
        "silver",
        "beige",
        "cream",
        "ivory",
        "navy",
        "teal",
        "turquoise",
        "cyan",
        "magenta",
        "crimson",
        "scarlet",
        "burgundy",
        "maroon",
        "emerald",
        "olive",
        "mustard",
        "amber",
        "auburn",
        "lilac",
        "violet",
        "indigo",
        "tan",
        "copper",
        "bronze",
        "coral",
        "aqua",
        "charcoal",
        "khaki",
        "sepia",
        "ochre",
        "terracotta",
        "azure",
        "cobalt",
        "sapphire",
        "platinum",
        "chartreuse",
        "ebony",
        "mint",
        "sage",
        "rust",
        "taupe",
        "mauve",
        "lavender",
        "ginger",
        "cognac",
        "blush",
        "champagne",
        "peach",
        "plum",
        "wine",
        "oxblood",
        "denim",
    ]
)
# Colour only as a modifier already in the prompt ("a camel coat"); as a value, "a camel" is an animal.
# "clear glass" says the glass has no colour: it takes the colour word's place ("a blue glass vase" -> "a clear glass vase").
CLEAR_EN = frozenset(["clear", "transparent", "translucent", "see-through", "colourless", "colorless"])
PROMPT_COLOURS_EN = COLOURS_EN | CLEAR_EN | {"camel"}
FINISH_EN = frozenset(
    ["matte", "glossy", "satin", "metallic", "shiny", "polished", "brushed", "frosted", "chrome", "pearl"]
)
TONES_EN = frozenset(
    [
        "light",
        "dark",
        "deep",
        "pale",
        "bright",
        "soft",
        "pastel",
        "vivid",
        "dusty",
        "muted",
        "neon",
        "hot",
        "baby",
        "sky",
        "royal",
        "forest",
        "chocolate",
        "caramel",
        "honey",
        "coffee",
        "cream",
        "olive",
        "lime",
        "lemon",
        "cherry",
        "blood",
        "powder",
        "electric",
        "burnt",
        "ice",
        "sea",
        "mint",
        "rose",
        "dusky",
        "warm",
        "cool",
        "arctic",
        "snow",
        "blush",
        "jet",
        "midnight",
        "off",
    ]
)
MATERIALS_EN = frozenset(
    [
        "wooden",
        "wood",
        "oak",
        "pine",
        "walnut",
        "maple",
        "bamboo",
        "glass",
        "marble",
        "granite",
        "stone",
        "concrete",
        "brick",
        "metal",
        "metallic",
        "steel",
        "stainless",
        "slate",
        "terrazzo",
        "quartz",
        "travertine",
        "onyx",
        "jade",
        "enamel",
        "acrylic",
        "resin",
        "iron",
        "brass",
        "copper",
        "bronze",
        "leather",
        "velvet",
        "linen",
        "cotton",
        "silk",
        "wool",
        "woolen",
        "woollen",
        "knitted",
        "satin",
        "denim",
        "ceramic",
        "porcelain",
        "clay",
        "paper",
        "plastic",
        "crystal",
        "gold",
        "silver",
        "golden",
        "rattan",
        "wicker",
        "straw",
        "felt",
        "fur",
        "suede",
        "cardboard",
        "rubber",
        "chrome",
        "aluminium",
        "aluminum",
        "tin",
        "lace",
        "tweed",
        "cashmere",
    ]
)
ADJ_LEAD_EN = frozenset(
    [
        "tiny",
        "small",
        "little",
        "big",
        "large",
        "huge",
        "giant",
        "cute",
        "old",
        "young",
        "new",
        "vintage",
        "fluffy",
        "round",
        "tall",
        "long",
        "short",
        "beautiful",
        "elegant",
        "majestic",
        "cozy",
        "cosy",
        "lone",
        "single",
        "fresh",
        "modern",
        "ancient",
        "rugged",
        "sleeping",
        "smiling",
        "happy",
        "sad",
        "grumpy",
        "adorable",
        "small-ish",
        "worn",
        "shiny",
        "matte",
        "glossy",
    ]
)
# Chinese colour words are built, not listed: a core hue ("绿") or 色, after up to two modifiers of
# tone, finish or likeness ("墨绿", "军绿色", "荧光绿", "哑光灰", "奶油黄", "焦糖色", "燕麦色").
_ZH_HUE = r"红|橙|橘|黄|绿|蓝|紫|白|黑|灰|粉|棕|褐|金|银|青|米|驼"
_ZH_TINT = (
    r"深|浅|淡|亮|暗|嫩|粉|灰|墨|藏|军|宝|湖|天|海军|奶油|荧光|哑光|亚光|磨砂|焦糖|燕麦|雾霾|香槟|玫瑰|珊瑚|薄荷|樱花|孔雀|"
    r"咖啡|巧克力|芥末|柠檬|橄榄|牛仔|砖|铁锈|土|姜|桃|杏|奶|乳|象牙|珍珠|古铜|玫|酒|枣|胭脂|朱|绛|赭|靛|松石|翡翠|苔藓|藕|"
    r"丁香|薰衣草|烟|炭|石墨|雾|电光|克莱因|莫兰迪|马卡龙|暖|冷|纯|漆|草|翠|琥珀|原木|浅木|卡其|钴|铜|橘|金|银|米|驼|紫罗兰|"
    r"宝石|冰|雪|豆沙|奶茶|抹茶|蜜桃|柿子|橙"
)
# "X色" alone: not 天色 / 夜色 / 景色 (the sky, the night, a view).
_ZH_TINT_SE = "|".join(x for x in _ZH_TINT.split("|") if x not in ("天", "暖", "冷", "纯", "漆", "雪", "冰", "湖"))
COLOUR_ZH = re.compile(
    rf"(?:(?:{_ZH_TINT}){{0,2}}(?:{_ZH_HUE})+色?|(?:{_ZH_TINT_SE})色|香槟|卡其|咖啡色|琥珀色|原木色|浅木色)"
    r"(?:的)?"
)
COLOUR_ZH_CORE = re.compile(r"(?:红|橙|橘|黄|绿|蓝|紫|白|黑|灰|粉|棕|褐|金|银|青)")

TIME_EN = {
    "night": ("night", "nighttime", "midnight", "at night"),
    "evening": ("evening", "dusk", "twilight", "sunset", "golden hour"),
    "morning": ("morning", "dawn", "sunrise", "daybreak"),
    "day": ("daytime", "midday", "noon", "afternoon", "day"),
}
TIME_ZH = ("日落时分", "黄昏时分", "夜景", "夜晚", "晚上", "夜里", "深夜", "午夜", "夜间", "黑夜", "傍晚", "黄昏", "日落", "夕阳",
           "日出", "黎明", "清晨", "早晨", "早上", "上午", "中午", "午后", "下午", "白天", "白昼", "冬夜", "夏夜", "秋夜", "春夜")  # fmt: skip
NIGHT_MARKERS = (
    "stars",
    "starry",
    "milky way",
    "moonlight",
    "moonlit",
    "星空",
    "繁星",
    "银河",
    "满天星星",
    "星光",
    "月光",
)
SEASON_EN = ("spring", "springtime", "summer", "summertime", "autumn", "fall", "winter", "wintertime")
SEASON_ZH = ("春天", "夏天", "秋天", "冬天", "春季", "夏季", "秋季", "冬季", "春日", "夏日", "秋日", "冬日")
BRIGHT = ("sunny", "sunshine", "sunlight", "sunlit", "sun", "golden hour", "clear sky", "clear blue sky", "blue sky",
          "blue skies", "bright day", "晴朗的天空", "阳光明媚", "阳光", "晴天",
          "晴朗", "晴空", "日光")  # fmt: skip
DARK = ("thunderstorm", "stormy", "storm clouds", "storm", "rainy", "raining", "rain", "overcast", "cloudy", "lightning",
        "foggy", "fog", "misty", "hazy", "大雾", "雾蒙蒙", "起雾",
        "暴风雨", "雷雨", "下雨", "小雨", "大雨", "雨天", "乌云密布", "乌云", "闪电", "巨浪翻滚", "巨浪", "阴天", "多云")  # fmt: skip
WEATHER_EN = ("sunny", "rainy", "rain", "stormy", "storm", "snowy", "snowing", "snow", "foggy", "fog", "misty", "mist",
              "overcast", "cloudy", "calm", "clear", "windy")  # fmt: skip
WEATHER_ZH = ("下雨天", "下雨", "雨天", "小雨", "暴风雨", "雷雨", "晴天", "晴朗", "晴空", "阳光明媚", "下雪", "大雪", "雪天", "大雾",
              "薄雾", "雾天", "阴天", "多云", "风平浪静")  # fmt: skip
STYLE_WORDS = ("style", "illustration", "painting", "photography", "photograph", "photo", "render", "art", "sketch",
               "photorealistic", "photoreal", "hyperrealistic", "hyper-realistic", "realistic", "photorealism",
               "watercolor", "watercolour", "anime", "cartoon", "drawing", "风格", "插画", "油画", "水彩", "摄影", "写实", "卡通",
               "渲染", "画风", "国画", "水墨", "素描", "漫画")  # fmt: skip
MODE_BW = ("black and white", "black-and-white", "monochrome", "b&w", "黑白")
MODE_COLOUR = ("in color", "in colour", "full color", "full colour", "colorful", "colourful", "彩色")
_PREP_TIME = {"night": "at night", "daytime": "in the daytime", "day": "during the day", "morning": "in the morning",
              "evening": "in the evening", "afternoon": "in the afternoon", "dawn": "at dawn", "dusk": "at dusk",
              "sunset": "at sunset", "sunrise": "at sunrise", "noon": "at noon", "midnight": "at midnight",
              "twilight": "at twilight", "golden hour": "at golden hour"}  # fmt: skip


_ZH_STYLE_ENDINGS = ("绘画", "照片", "插画", "插图", "手绘", "版画", "油画", "水彩", "水彩画", "素描", "摄影", "渲染", "风格",
                     "画风", "漫画", "卡通", "国画", "水墨", "风")  # fmt: skip


def _style_phrase(p: str) -> bool:
    """A phrase that is a style ("impressionist painting", "35mm photo", "水彩画"): it ends with a style word,
    and names nothing else, so "a cappuccino with latte art" is none."""
    low = p.lower().strip(" .!。")
    if lx.has_cjk(low) and low.endswith(_ZH_STYLE_ENDINGS):
        return True  # "数字绘画", "民国风", "胶片摄影"
    if re.search(r"(?<![a-z])(?:with|of|on|in|at|under|beside|and)(?![a-z])", low):
        return False  # "a cappuccino with latte art": a thing, with its art
    return any(
        re.search(rf"(?<![a-z]){re.escape(word)}s?$", low) if word.isascii() else low.endswith(word)
        for word in STYLE_WORDS
    )


def _restyle(p: str, value: str) -> str | None:
    """The style words inside a phrase about something else change, the rest stays: "赛博朋克风格的重庆夜景" ->
    "吉卜力动画风格的重庆夜景", "Anime-style illustration of a boy" -> "watercolor illustration of a boy"."""
    if lx.has_cjk(p):
        m = re.search(r"风格|画风", p)
        if m is None:
            return None
        lead = re.match(r"(?:一[幅张个])?", p).end()
        style = value if value.endswith(("风格", "画风", "风")) else value + "风格"
        return p[:lead] + style + p[m.end() :]
    m = re.search(r"(?i)\bin the style of [^,;]+", p)
    if m:
        return (
            p[: m.start()] + (value if value.lower().startswith("in ") else f"in the style of {value}") + p[m.end() :]
        )
    m = re.search(r"(?i)(?<![\w-])[\w'-]+(?:-|\s)style\b", p)
    if m:
        return p[: m.start()] + value + p[m.end() :]
    lead = re.match(
        r"(?i)^(?:(?:a|an)\s+)?(?:[\w'-]+\s+){0,2}?(?:illustration|painting|photo|photograph|render|drawing|sketch|"
        r"print|poster)\s+of\s+",
        p,
    )
    if lead:  # "watercolor illustration of a fox" made an oil painting: "an oil painting of a fox"
        return re.sub(r"(?i)\s+of$", "", value.strip()) + " of " + p[lead.end() :]
    return None


def _has_any(text: str, words: tuple[str, ...]) -> str | None:
    low = text.lower()
    for word in sorted(words, key=len, reverse=True):
        if word.isascii():
            if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", low):
                return word
        elif word in text:
            return word
    return None


def categories(value: str) -> set[str]:
    """What kind of scene-level value some words are: time, season, weather (bright/dark), style, mode."""
    cats = set()
    low = value.lower()
    if any(_has_any(low, ws) for ws in TIME_EN.values()) or _has_any(value, TIME_ZH):
        cats.add("time")
    if _has_any(low, SEASON_EN) or _has_any(value, SEASON_ZH):
        cats.add("season")
    if _has_any(low, WEATHER_EN) or _has_any(value, WEATHER_ZH) or _has_any(value, BRIGHT) or _has_any(value, DARK):
        cats.add("weather")
    if _has_any(value, STYLE_WORDS) or any(m.kind == "style" for m in general.find(low)):
        cats.add("style")
    if (
        _has_any(value, MODE_BW)
        or _has_any(value, MODE_COLOUR)
        or low.strip() in ("color", "colour", "coloured", "colored")
    ):
        cats.add("mode")
    if _has_any(low, ANGLE_EN) or _has_any(value, ANGLE_ZH):
        cats.add("angle")
    return cats


# Where the camera is: one phrase of a prompt says it, and a new angle takes that phrase's place.
ANGLE_EN = ("top-down", "top down", "overhead", "bird's-eye", "birds-eye", "from above", "from below", "low angle",
            "low-angle", "high angle", "high-angle", "eye level", "eye-level", "side view", "front view", "profile view",
            "close-up", "closeup", "wide shot", "wide-angle", "aerial", "flat lay", "three-quarter view", "45-degree")  # fmt: skip
ANGLE_ZH = (
    "俯拍",
    "俯视",
    "仰拍",
    "仰视",
    "平视",
    "侧面",
    "正面",
    "特写",
    "航拍",
    "鸟瞰",
    "低角度",
    "高角度",
    "45度",
    "俯45度",
)


# -- edits on phrases --------------------------------------------------------------------------------


@dataclass
class Edit:
    phrases: list[str]
    lang: str
    said: list[tuple[str | None, dict]] = field(default_factory=list)  # (clause code, its parameters) for the reply
    changes: list[Change] = field(default_factory=list)
    question: str | None = None
    topic: str = ""  # a thing named alone in the message ("the plate, make it pink"): what "it" is next

    @property
    def text(self) -> str:
        return joiner(self.lang).join(self.phrases)

    def say(self, code: str | None, **params: str) -> None:
        """A clause of the reply (core/composer_messages.py); None holds a place a later clause takes."""
        self.said.append((code, params))

    def name(self, target: str) -> str:
        """How the reply names ``target``: "the kite" in English, the user's words in Chinese."""
        return target if self.lang == "zh" else _name_en(target)

    def set_phrase(self, i: int, new: str) -> None:
        old = self.phrases[i]
        new = _tidy(new)
        if new == old:
            return
        if new:
            self.phrases[i] = new
            self.changes.append(Change(op="set", attribute="extras", before=old, after=new))
        else:
            del self.phrases[i]
            self.changes.append(Change(op="remove", attribute="extras", before=old))

    def append(self, phrase: str) -> None:
        phrase = _tidy(phrase)
        if phrase and phrase.lower() not in (p.lower() for p in self.phrases):
            self.phrases.append(phrase)
            self.changes.append(Change(op="add", attribute="extras", after=phrase))


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,，、")
    # "a unicorn", "a European city", "a one-eyed cat": a vowel letter that sounds "y" or "w" takes "a"
    sounds_y = r"(?:uni|use|usu|ura|ure|uro|uti|eu|ewe|one\b|one-|once)"
    text = re.sub(rf"\b([Aa])n? (?=[aeiouAEIOU])(?!(?i:{sounds_y}))", r"\1n ", text)
    text = re.sub(rf"\b([Aa])n (?=[^aeiouAEIOU\W]|(?i:{sounds_y}))", r"\1 ", text)
    return text


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


_DET = re.compile(r"^(?:the|a|an|this|that|these|those|its|his|her|their|my|some)$", re.I)


def _target_words(text: str) -> list[str]:
    return [x for x in re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower()) if not _DET.match(x)]


def find_en(phrases: list[str], target: str, _seen: frozenset = frozenset()) -> tuple[int, int, int] | None:
    """(phrase index, start, end) of the head word of ``target`` ("the lavender sprig", "its eyes") in the phrases;
    every content word of the target must be in that phrase."""
    words_ = _target_words(target)
    if not words_:
        return None
    head = _stem(words_[-1])
    best = None
    for i, p in enumerate(phrases):
        tokens = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9'-]*", p)]
        stems = {_stem(t[0]) for t in tokens}
        if not all(_stem(x) in stems for x in words_):
            continue
        for tok, s, e in tokens:
            if _stem(tok) == head:
                best = (i, s, e)
                break
        if best:
            return best
    # "the kitty" for "a tabby cat": another name of the same thing in the general lexicon.
    for other in _same_thing(head):
        hit = _find_plain(phrases, [*words_[:-1], other])
        if hit is not None:
            return hit
    # "the car" for "a vintage red convertible": a kind of the head word, the other words still required.
    for kind in gl.HYPONYMS_EN.get(head, ()) or gl.HYPONYMS_EN.get(_singular(words_[-1].lower()), ()):
        if kind != head and kind not in _seen:  # "cup" -> "mug" -> "cup": each name tried once
            hit = (
                find_en(phrases, " ".join([*words_[:-1], kind]), _seen | {head, kind})
                if kind in gl.HYPONYMS_EN
                else _find_plain(phrases, [*words_[:-1], kind])
            )
            if hit is not None:
                return hit
    return None


def _same_thing(head: str) -> list[str]:
    for ens, _ in gl.NOUNS.values():
        stems = [_stem(x) for x in ens]
        if head in stems:
            return [x for x in stems if x != head]
    return []


def _find_plain(phrases: list[str], words_: list[str]) -> tuple[int, int, int] | None:
    head = _stem(words_[-1])
    for i, p in enumerate(phrases):
        tokens = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9'-]*", p)]
        stems = {_stem(t[0]) for t in tokens}
        if all(_stem(x) in stems for x in words_):
            return next((i, s, e) for tok, s, e in tokens if _stem(tok) == head)
    return None


def find_zh(phrases: list[str], target: str) -> tuple[int, int, int] | None:
    target = target.strip(" 的")
    if not target:
        return None
    found = [(i, m.start(), m.end()) for i, p in enumerate(phrases) for m in re.finditer(re.escape(target), p)]
    if found:  # "车改成红色" on "汽车广告：一辆银色轿车…": the one with a colour before it, if any
        coloured = [h for h in found if COLOUR_ZH.search(_np_window(phrases[h[0]], h[1]))]
        return (coloured or found)[0]
    if "的" in target:  # "少女的长袍" -> "长袍"
        return find_zh(phrases, target.split("的")[-1])
    heads = gl.HEADS_ZH.get(target) or ((target[:-1],) if len(target) >= 2 and target.endswith("子") else ())
    # "杯子" -> "马克杯", "月亮" -> "满月", "车身" -> "SUV": a compound ending so, a colour in its phrase preferred
    hits = [
        (i, m.start(), m.end())
        for head in heads
        for i, p in enumerate(phrases)
        for m in re.finditer(re.escape(head), p, re.I)
    ]
    if hits:
        coloured = [h for h in hits if COLOUR_ZH.search(_np_window(phrases[h[0]], h[1]))]
        return (coloured or hits)[0]
    # "头发" -> "短发": the longest ending found (a noun's ending: at most 8 characters), a colour in front preferred
    for n in range(min(len(target) - 1, 8), 0, -1):
        tail = target[-n:]
        hits = [(i, m.start(), m.end()) for i, p in enumerate(phrases) for m in re.finditer(re.escape(tail), p)]
        if hits:
            coloured = [h for h in hits if COLOUR_ZH.search(phrases[h[0]][max(0, h[1] - 5) : h[1]])]
            return (coloured or hits)[0]
    return None


def _np_window(p: str, start: int) -> str:
    """The words of a Chinese noun phrase before ``start``: back to punctuation or a verb (at most 8 characters)."""
    window = p[max(0, start - 8) : start]
    cut = max(window.rfind(c) for c in "，,。有在是着了和与把将")
    return window[cut + 1 :]


def _words_before(p: str, start: int) -> list[tuple[str, int, int]]:
    """The words of the noun phrase before ``start``: back to a determiner, a preposition or punctuation."""
    out = []
    for m in reversed(list(re.finditer(r"[A-Za-z0-9][A-Za-z0-9'-]*", p[:start]))):
        word = m.group(0).lower()
        if _DET.match(word) or word in (
            "of",
            "in",
            "on",
            "with",
            "and",
            "at",
            "by",
            "to",
            "from",
            "for",
            "under",
            "over",
            "near",
            "is",
            "are",
            "wearing",
            "holding",
            "riding",
            "beside",
            "into",
        ):
            break
        if re.search(r"[,;:]", p[m.end() : start if not out else out[-1][1]]):
            break
        out.append((m.group(0), m.start(), m.end()))
    return list(reversed(out))


def _colour_run(mods: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The span of colour words (with their tones) among the modifiers: "light grey", "olive green", "deep navy"."""
    idx = [k for k, (word, _, _) in enumerate(mods) if word.lower() in PROMPT_COLOURS_EN]
    if not idx:
        return None
    lo = hi = idx[-1]
    while lo > 0 and (mods[lo - 1][0].lower() in PROMPT_COLOURS_EN or mods[lo - 1][0].lower() in TONES_EN):
        lo -= 1
    while hi + 1 < len(mods) and mods[hi + 1][0].lower() in PROMPT_COLOURS_EN:
        hi += 1
    return mods[lo][1], mods[hi][2]


# Colour names whose words are not colours on their own ("a rose" is a flower; "dusty rose" is a colour).
_COLOUR_NAMES_EN = frozenset(
    ["dusty rose", "old rose", "rose gold", "rose pink", "blush pink", "duck egg", "duck egg blue"]
)


def _split_value(value: str) -> tuple[str, str]:
    """ "mustard yellow velvet" -> ("mustard yellow", "velvet"); "light oak" -> ("", "light oak")."""
    if value.strip().lower() in _COLOUR_NAMES_EN:
        return value.strip(), ""
    ws = value.split()
    colour: list[str] = []
    rest: list[str] = []
    for k, word in enumerate(ws):
        low = word.lower()
        nxt = ws[k + 1].lower() if k + 1 < len(ws) else ""
        after = ws[k + 2].lower() if k + 2 < len(ws) else ""
        if (
            low in PROMPT_COLOURS_EN
            or (low in TONES_EN and nxt in COLOURS_EN)
            or (low in FINISH_EN and (nxt in COLOURS_EN or nxt in TONES_EN and after in COLOURS_EN))  # "matte black"
            or (low in ("and", "&") and colour and nxt in COLOURS_EN)  # "green and purple"
        ):
            colour.append(word)
        else:
            rest.append(word)
    return " ".join(colour), " ".join(rest)


def recolour_en(ed: Edit, hit: tuple[int, int, int], value: str, name: str) -> bool:
    """ "make the blanket red": the colour (and material) words of that noun phrase change, nothing else."""
    i, start, end = hit
    p = ed.phrases[i]
    head_end = end
    m = re.match(r"(?:\s+[a-z]+)?", p[end:])  # compound heads: "saxophone silhouette"
    mods = _words_before(p, start)
    colour, rest = _split_value(value)
    run = _colour_run(mods)
    tones = [x for x in mods if x[0].lower() in TONES_EN]
    if run is None and colour and tones and tones[-1] is not mods[-1]:
        run = (tones[0][1], tones[-1][2])  # "a dark walnut desk" made white: "dark" was its colour
    new = p
    if colour:
        if run is not None:
            new = p[: run[0]] + colour + p[run[1] :]
        else:
            after = re.search(
                r"\b(?:in|of)\s+((?:"
                + "|".join(COLOURS_EN)
                + r")(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:"
                + "|".join(COLOURS_EN)
                + r"))*)\b",
                p[head_end : head_end + 40 + (m.end() if m else 0)],
                re.I,
            )
            if after is not None:
                s = head_end + after.start(1)
                new = p[:s] + colour + p[head_end + after.end(1) :]
            else:
                lead = [x for x in mods if x[0].lower() in ADJ_LEAD_EN or x[0].lower().endswith(("ful", "ous"))]
                at = lead[-1][2] + 1 if lead and lead[-1] is mods[len(lead) - 1] else (mods[0][1] if mods else start)
                new = p[:at] + colour + " " + p[at:]
    if rest:
        shift = len(new) - len(p)
        mods2 = _words_before(new, start + shift)
        finish = all(x.lower() in FINISH_EN for x in rest.split())
        materials = [
            x
            for x in mods2
            if (x[0].lower() in FINISH_EN if finish else x[0].lower() in MATERIALS_EN)
            or x[0].lower() in TONES_EN
            and not colour
        ]
        have = {x.lower() for x in new.split()}
        if all(x.lower() in have for x in rest.split()):
            pass
        elif materials:
            new = new[: materials[0][1]] + rest + new[materials[-1][2] :]
        else:
            pos = start + shift
            new = new[:pos] + rest + " " + new[pos:]
    if new == p:
        return False
    ed.set_phrase(i, new)
    ed.say("said_made", what=name, value=value)
    return True


def replace_en(ed: Edit, hit: tuple[int, int, int], value: str, name: str, target: str = "") -> None:
    """ "make the horse a camel", "change the peonies to blue hydrangeas": that noun phrase gives way to the new one."""
    i, start, end = hit
    p = ed.phrases[i]
    value = value.strip()
    bare = re.sub(r"^(?:a|an|the|some)\s+", "", value, flags=re.I)
    mods = _words_before(p, start)
    s = start
    run = _colour_run(mods)
    if run is not None and run[1] >= (mods[-1][2] if mods else 0) - 0 and _split_value(bare)[0]:
        s = run[0]  # "change the peonies to blue hydrangeas": the new colour takes the old one's place
    named = {_stem(x) for x in _target_words(target)[:-1]}
    for word, ws, _ in mods:  # "the pampas grass", "the harsh sun" on "harsh midday sun": from the first word named
        if _stem(word) in named:
            s = min(s, ws)
            break
    new_head = _target_words(bare)[-1] if _target_words(bare) else ""
    if new_head and _stem(new_head) == _stem(p[start:end]) and mods and len(bare.split()) > 1:
        s = min(s, mods[0][1])  # "a red fox" -> "an arctic fox", "a small white dog" -> "a small brown dog"
    elif new_head and _stem(new_head) != _stem(p[start:end]) and bare != value and mods:
        # "swap the cat for a corgi" on "a tabby cat", "make the cabin a stone cottage" on "a wooden cabin":
        # a new thing, named whole, takes the old one's words with it; its size and the mood ("a dark castle" ->
        # "a dark forest") are the picture's, not the thing's, and stay
        kept = [x for x in mods if x[0].lower() in _SIZE_WORDS_EN or x[0].lower() in _MOOD_EN]
        if not kept:
            s = mods[0][1]
        elif kept == mods[: len(kept)]:
            s = min(s, kept[-1][2] + 1)
    word = p[start:end]
    follows = re.match(r"\s+[a-z]", p[end:], re.I) and not re.match(r"\s+(?:and|with|in|on|of|at|by)\b", p[end:], re.I)
    if follows and bare == bare.lower() and len(bare.split()) == 1 and not word.lower().endswith("s"):
        bare = _singular(
            bare
        )  # "blueberry pancakes" -> "strawberry pancakes": a noun used as a modifier stays singular
    e = end
    nxt = re.match(r"\s+(tree|trees|bush|bushes|plant|plants|flower|flowers)\b", p[end:], re.I)
    if nxt:
        e = end + nxt.end()
    ed.set_phrase(i, p[:s] + bare + p[e:])
    ed.say("said_changed", what=name, value=value)


def _singular(word: str) -> str:
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_FEWER = {"two": "a", "three": "two", "four": "three", "five": "four", "several": "a few", "2": "a", "3": "2"}


def _one_fewer(ed: Edit, target: str) -> bool:
    """ "remove one of the dragons": "two dragons" -> "a dragon", "three birds" -> "two birds"."""
    m = re.match(r"^(?:one|1) of (?:the |those |these )?([a-z-]+?)(e?s)$", target.strip(), re.I)
    if m is None:
        return False
    noun = m.group(1)
    for i, p in enumerate(ed.phrases):
        c = re.search(
            rf"(?<![a-z])(two|three|four|five|several|2|3) ((?:[a-z-]+ )?){re.escape(noun)}(e?s)(?![a-z])", p, re.I
        )
        if c:
            fewer = _FEWER[c.group(1).lower()]
            plural = c.group(3) if fewer != "a" else ""
            ed.set_phrase(i, p[: c.start()] + f"{fewer} {c.group(2)}{noun}{plural}" + p[c.end() :])
            ed.say("said_removed_one", what=noun)
            return True
    return False


def _drop_adjective(ed: Edit, target: str) -> bool:
    """ "remove the mist" from "a misty redwood forest": the word made from it goes."""
    word = re.sub(r"^(?:the|a|an|some)\s+", "", target.strip(), flags=re.I)
    if " " in word or len(word) < 3:
        return False
    pattern = re.compile(rf"(?<![a-z]){re.escape(word)}(?:y|-covered|-filled|-laden|-shrouded)\s+", re.I)
    for i, p in enumerate(ed.phrases):
        m = pattern.search(p)
        if m:
            ed.set_phrase(i, p[: m.start()] + p[m.end() :])
            ed.say("said_removed_the", what=word)
            return True
    return False


def _worn_after(after: str) -> bool:
    """ " in an orange jacket", " wearing a scarf": the rest of the phrase is what the thing wears."""
    m = re.match(r"\s+(?:in|wearing|with)\s+(?:a|an|the|his|her|their)?\s*([^,]*)$", after, re.I)
    if m is None:
        return False
    found = general.find(m.group(1).lower())
    return bool(found) and all(g.kind in ("worn", "colour", "material") for g in found)


def remove_en(ed: Edit, hit: tuple[int, int, int], name: str) -> None:
    """ "remove the hiker": the phrase (or the part of it) that names it goes."""
    i, start, end = hit
    p = ed.phrases[i]
    mods = _words_before(p, start)
    np_start = mods[0][1] if mods else start
    det = re.search(r"(?:\b(?:a|an|the|some|two|three|several|many)\s+)$", p[:np_start], re.I)
    if det:
        np_start = det.start()
    of = re.search(r"\b(?:of)\s+\w+$", p[:np_start].rstrip())  # "a small mound of wasabi"
    if of:
        before_of = re.search(r"(?:\b(?:a|an|the|some)\s+)?(?:\w+\s+){0,2}\w+\s+of\s+\w+$", p[:np_start].rstrip())
        del before_of
    np_end = end
    tail = re.match(r"(?:\s+of\s+[\w' -]+?)(?=,|$|\s+(?:and|with|on|in|at|beside|next)\b)", p[end:])
    if tail:
        np_end = end + tail.end()
    quoted = re.match(r"\s*(?:\"[^\"]*\"|“[^”]*”|'[^']*')", p[np_end:])
    if quoted:  # "drop the text" on 'the text "SUMMER SALE"': the words, and how they are lettered, go with it
        np_end += quoted.end()
        lettered = re.match(r"\s+in\s+[^,;]*?\b(?:letters|lettering|font|type|typography)\b", p[np_end:], re.I)
        if lettered:
            np_end += lettered.end()
    doing = re.match(r"\s+[a-z]+ing\b[^,;]*", p[np_end:])
    if doing and re.search(r"\bwith\s+(?:(?:a|an|the|some|two|three|many)\s+)?$", p[:np_start]):
        np_end += doing.end()  # "with people eating street food": what they do goes with them
    lead = p[:np_start].strip()
    chain = re.match(r"^(?:(?:a|an|the|some)\s+)?(?:[\w-]+\s+){0,3}of\s+$", p[:np_start], re.I)
    if chain:
        np_start, lead = 0, ""
    after = p[np_end:]
    if re.match(r"\s+and\s+", after):  # "a thermos and a folded paper map": the other item stays
        if not lead or re.fullmatch(r"(?:with|holding|wearing|and)", lead, re.I):
            ed.set_phrase(i, p[:np_start] + after[re.match(r"\s+and\s+", after).end() :])
        else:
            ed.set_phrase(i, p[:np_start] + after.lstrip()[4:])
    elif re.search(r"\s+and\s*$", p[:np_start]):  # "soft-boiled egg and scallions"
        cut = re.search(r"\s+and\s*$", p[:np_start]).start()
        ed.set_phrase(i, p[:cut] + after)
    elif not lead and _worn_after(after):
        ed.set_phrase(i, "")  # "a lone hiker in an orange jacket": what it wears goes with it
    elif not lead and re.match(
        r"\s+(?:[a-z]+(?:ed|ing)\s+)?(?:in|on|at|inside|under|across|over|against|beside|by)\s+(?:a|an|the)\s+\w",
        after,
        re.I,
    ):  # the place stays: "palm trees silhouetted against an orange gradient sky" -> "an orange gradient sky"
        ed.set_phrase(
            i,
            re.sub(
                r"^\s+(?:[a-z]+(?:ed|ing)\s+)?(?:in|on|at|inside|under|across|over|against|beside|by)\s+",
                "",
                after,
                flags=re.I,
            ),
        )
    elif not lead or re.fullmatch(r"(?:with|holding|wearing|and|plus|beside|next to|near|a|an)", lead, re.I):
        ed.set_phrase(i, "")
    else:
        prep = re.search(
            r"\s+(?:in|on|with|holding|wearing|next to|beside|near|under|by|and|inside)\s+$", p[:np_start], re.I
        )
        cut = prep.start() if prep else np_start
        rest = re.match(r"[^,]*?(?=\s+(?:waiting|standing|sitting|and|with)\b|$)", after)
        end_cut = np_end + (0 if rest is None else 0)
        ed.set_phrase(i, p[:cut] + p[end_cut:])
    ed.say("said_removed", what=name)


def _zh_np_start(p: str, start: int) -> int:
    """Back over the colour words right before a Chinese noun ("蓝色的针织毯子" stops at 针织 unless it is colour)."""
    s = start
    while True:
        m = None
        for mm in COLOUR_ZH.finditer(p[max(0, s - 8) : s]):
            if max(0, s - 8) + mm.end() == s:
                m = mm
                break
        if m is None:
            return s
        s = max(0, s - 8) + m.start()


_ZH_STRIPES = re.compile(r"(?:[红橙黄绿蓝紫白黑灰粉棕金银青]){1,3}(?:相间)?(?:的)?(?:条纹|格子|波点)的?")


def _zh_colour(value: str) -> re.Match | None:
    """A Chinese colour value: the palette's words, or any short name ending in 色 ("月白色", "藕荷色"), or a
    pattern of them ("红白条纹的")."""
    return (
        _ZH_STRIPES.fullmatch(value)
        or COLOUR_ZH.match(value)
        or re.fullmatch(r"[\u4e00-\u9fff]{1,3}色的?", value)
        or re.fullmatch(r"[\u4e00-\u9fff]{1,2}(?:绿|蓝|红|白|黑|粉|金|紫|灰|黄|棕|青)的?", value)  # 祖母绿, 奶油白
    )


_ZH_MATERIAL_LEAD = (  # what a compound noun may start with: "油纸伞", "针织毯子"
    "油纸|针织|亚麻|丝绸|羊毛|皮革|真皮|陶瓷|玻璃|木质|实木|藤编|金属|不锈钢|塑料|棉麻|纸质|竹编|草编|毛绒|天鹅绒|丝绒|大理石|水晶"
)


def recolour_zh(ed: Edit, hit: tuple[int, int, int], value: str, name: str) -> bool:
    i, start, end = hit
    p = ed.phrases[i]
    colour = _zh_colour(value)
    colour_text = colour.group(0).rstrip("的") if colour else ""
    rest = value[colour.end() :] if colour else value
    noun = p[start:end]
    if colour_text and not rest.strip("的色"):
        # "风筝是红色的燕子形状", "背景是奶油色": the colour is said after the noun; that is the one to change
        pred = re.compile(
            rf"{re.escape(noun)}(?:是|为|呈|都是|全是|则是)({COLOUR_ZH.pattern}|[\u4e00-\u9fff]{{1,3}}色)"
        )
        for k, q in enumerate(ed.phrases):
            m = pred.search(q)
            if m:
                keep_de = "的" if m.group(1).endswith("的") else ""
                ed.set_phrase(k, q[: m.start(1)] + colour_text + keep_de + q[m.end(1) :])
                ed.say("said_made", what=name, value=value)
                return True
    window_start = max(0, start - 8)
    window = p[window_start:start]
    cut = max(window.rfind(c) for c in "，,。有在是着了和与把将")
    found = None
    said = [mm for mm in COLOUR_ZH.finditer(window) if mm.start() > cut]
    whole = [mm for mm in said if mm.group(0).endswith(("色", "的"))]
    if whole or said:  # "蓝色的金刚鹦鹉": 蓝色的 is its colour, the 金 of 金刚 is not
        found = (whole or said)[-1]
    named = re.search(r"[\u4e00-\u9fff]{1,2}色的?$", window)  # "藕荷色的旗袍": a colour name the palette lacks
    if found is None and named is not None and named.start() > cut:
        found = named
    new = p
    if colour_text:
        if found is not None:
            s, e = window_start + found.start(), window_start + found.end()
            keep_de = "的" if found.group(0).endswith("的") or _ZH_STRIPES.fullmatch(value) else ""
            new = p[:s] + colour_text + keep_de + p[e:]
        else:
            at = start
            material = re.search(rf"(?:{_ZH_MATERIAL_LEAD})$", p[window_start:start])
            measure = re.search(
                r"(?:一|两|几)[个只条张把支根片双匹头套顶块盏幅辆艘座棵朵副本件位](?=[\u4e00-\u9fff]{1,2}$)", window
            )
            if material is not None and window_start + material.start() > window_start + cut:
                at = window_start + material.start()  # "油纸伞" made red: "红色油纸伞", the compound kept whole
            elif measure is not None and measure.start() > cut:
                at = window_start + measure.end()  # "一只御猫" made black: "一只黑色御猫", not "御黑色猫"
            new = p[:at] + colour_text + p[at:]
    if rest and rest not in new:
        new = new.replace(p[start:end], rest + p[start:end], 1) if colour_text else new
    if new == p:
        return False
    ed.set_phrase(i, new)
    ed.say("said_made", what=name, value=value)
    return True


def replace_zh(ed: Edit, hit: tuple[int, int, int], value: str, name: str) -> None:
    i, start, end = hit
    p = ed.phrases[i]
    s = _zh_np_start(p, start)
    q = re.match(r"一[个只条张把支根片双壶杯碗盘朵棵座艘辆匹头套顶块]", value)
    if q:
        lead = re.search(r"一[个只条张把支根片双壶杯碗盘朵棵座艘辆匹头套顶块]$", p[:s])
        if lead:
            s = lead.start()
    ed.set_phrase(i, p[:s] + value + p[end:])
    ed.say("said_changed", what=name, value=value)


def remove_zh(ed: Edit, hit: tuple[int, int, int], name: str) -> None:
    i, start, end = hit
    p = ed.phrases[i]
    s = _zh_np_start(p, start)
    q = re.search(
        r"(?:一|几|两|三)?[小大]?[个只条张把支根片双壶杯碗盘朵棵座艘辆匹头套顶块盏幅碟瓶盒束枝串粒颗副本件位笼碟]$",
        p[:s],
    )
    if q:
        s = q.start()
    verb = re.search(r"(?:里|上|中|内|旁)?(?:插着|放着|摆着|装着|盛着|挂着|有|养着|长着|放|摆)[^，。、和]*$", p[:s])
    acts = re.search(
        r"(?:放|玩|接|叼|追|咬|踢|扔|抱着?|牵着?|骑着?|拿着?|举着?|提着?|吃着?|喝着?|弹着?|拉着?|背着?|撑着?|打着?|握着?|"
        r"捧着?|手持|看着?)[\u4e00-\u9fff]{0,4}?$",
        p[:s],
    )
    if acts and end == len(p) and len(re.findall(r"[\u4e00-\u9fff]", p[: acts.start()])) >= 4:
        # "…在公园里放风筝": what they do with it goes too, the rest of the phrase stays
        ed.set_phrase(i, p[: acts.start()])
        ed.say("said_removed", what=name)
        return
    place = re.match(r"(?:在|坐在|站在|躺在|趴在|蹲在)(.{2,})$", p[end:])
    if s == 0 and place:  # "玉兔在桂花树下": the rabbit goes, the tree stays
        ed.set_phrase(i, place.group(1))
        ed.say("said_removed", what=name)
        return
    if re.search(r"[和、与及]$", p[:s]):  # "葱花和芝麻"
        ed.set_phrase(i, p[: s - 1] + p[end:])
    elif re.match(r"[和、与及]", p[end:]):
        ed.set_phrase(i, p[:s] + p[end + 1 :])
    elif re.match(r"的", p[end:]) and len(p) > end + 1:  # "戴着圆框眼镜的老木匠": the modifier goes
        verb = re.search(r"(?:戴着|穿着|拿着|带着|有|披着|背着|手持)[^，。]*$", p[:s])
        ed.set_phrase(i, p[: verb.start() if verb else s] + p[end + 1 :])
    elif verb is not None and re.fullmatch(
        r"(?:旁边|边上|身边|周围|四周|前面|后面|上面|里面|远处|旁)", p[: verb.start()]
    ):
        ed.set_phrase(i, "")  # "旁边有两个茶杯": nothing but where they were is left
    elif verb is not None and len(re.findall(r"[\u4e00-\u9fff]", p[: verb.start()])) >= 2:
        # "一个白色陶瓷花瓶里插着几枝干枯的芦苇": the vase stays, what is in it goes
        ed.set_phrase(i, p[: verb.start()] + p[end:])
    elif (where := re.search(r"(?:里|下|上|中|旁|边|前|后|外)的?$", p[:s])) and where.start() >= 2 and end == len(p):
        # "热带雨林里的瀑布", "石拱桥下一条乌篷船": the place it was in stays
        ed.set_phrase(i, p[: where.start()])
    else:
        ed.set_phrase(i, "")
    ed.say("said_removed", what=name)


def scene_value(ed: Edit, value: str) -> bool:
    """ "make it night", "改成冬天", "change the style to watercolor": the phrase of that kind is replaced, or added."""
    value = bilingual.scene_word_in(value, any(lx.has_cjk(p) for p in ed.phrases))  # the prompt's language
    cats = categories(value)
    if not cats:
        return False
    zh = bool(lx.has_cjk(value))
    done = False
    if "mode" in cats:
        for i, p in enumerate(list(ed.phrases)):
            wants_colour = _has_any(value, MODE_COLOUR) or value.lower().strip() in (
                "color",
                "colour",
                "coloured",
                "colored",
            )
            hit = _has_any(p, MODE_BW if wants_colour else MODE_COLOUR)
            if hit:
                ed.set_phrase(i, _replace_word(p, hit, value))
                done = True
                break
    if "angle" in cats and not done:
        at = [i for i, p in enumerate(ed.phrases) if _has_any(p.lower(), ANGLE_EN) or _has_any(p, ANGLE_ZH)]
        own = [i for i in at if len(ed.phrases[i]) <= 30]  # a phrase that only says the angle
        if own:
            ed.set_phrase(own[-1], value)
        else:
            ed.append(value)
        done = True
    if "style" in cats and not done:
        whole = [i for i, p in enumerate(ed.phrases) if _style_phrase(p)]
        inside = [i for i, p in enumerate(ed.phrases) if _has_any(p, ("style", "风格", "画风"))] or [
            i for i, p in enumerate(ed.phrases) if _restyle(p, value) is not None and not lx.has_cjk(p)
        ]
        if whole:
            ed.set_phrase(whole[-1], value)
        elif inside and _restyle(ed.phrases[inside[-1]], value) is not None:
            ed.set_phrase(inside[-1], _restyle(ed.phrases[inside[-1]], value))
        else:
            ed.append(value)
        done = True
    replaced = False
    if "time" in cats and not done:
        day = not (
            _has_any(value, TIME_EN["night"])
            or _has_any(value, ("夜晚", "晚上", "夜里", "深夜", "午夜", "夜间", "黑夜", "夜景"))
        )
        if not day:  # night: no sunlight, no setting sun ("正午的阳光", "夕阳从窗外照进来")
            _drop_words(ed, NIGHT_CLASH, keep=value)
        for i, p in enumerate(list(ed.phrases)):
            if i >= len(ed.phrases):
                break
            hit = _time_hit(p)
            if hit:
                ed.set_phrase(i, _replace_time(p, hit, value))
                replaced = True
                break
        if day:
            _drop(ed, NIGHT_MARKERS, keep=value)
        if (
            not day
            or _has_any(value, TIME_EN["evening"])
            or _has_any(value, ("傍晚", "黄昏", "日落", "夕阳", "黄昏时分"))
        ):
            _drop_words(ed, DAY_MARKERS, keep=value)  # "make it a starry night": no "clear blue sky" left
    if "weather" in cats and not done:
        bright = bool(_has_any(value, BRIGHT) or _has_any(value, ("calm", "clear", "风平浪静")))
        dark = bool(_has_any(value, DARK))
        clash = DARK if bright else BRIGHT if dark else ()
        first = True
        for i in range(len(ed.phrases) - 1, -1, -1):
            p = ed.phrases[i]
            hit = _has_any(p, clash) if clash else None
            if hit:
                if first and not replaced and i == min(k for k, q in enumerate(ed.phrases) if _has_any(q, clash)):
                    pass
                if not replaced and all(not _has_any(q, clash) for q in ed.phrases[:i]):
                    if re.search(r"(?:sky|skies|天空)$", hit) and re.fullmatch(r"[a-z]+y", value.strip().lower()):
                        ed.set_phrase(i, p.replace(hit, f"{value.strip()} sky", 1))  # "under a stormy sky"
                    else:
                        ed.set_phrase(i, _replace_word(p, hit, value))
                    replaced = True
                else:
                    ed.set_phrase(i, "" if _is_only(p, hit) else _replace_word(p, hit, ""))
                first = False
    if (
        "season" in cats
        and not done
        and (
            _has_any(
                value, ("summer", "summertime", "spring", "springtime", "夏天", "夏季", "夏日", "春天", "春季", "春日")
            )
        )
    ):
        _drop_words(ed, SNOW_MARKERS, keep=value)  # "make it summer": the snow goes with the winter
    if "season" in cats and not done:
        for i, p in enumerate(ed.phrases):
            hit = _has_any(p, SEASON_ZH if zh or lx.has_cjk(p) else SEASON_EN) or _has_any(p, SEASON_EN + SEASON_ZH)
            if hit and not (hit == "fall" and re.search(r"fall(?:ing|s)", p)):
                ed.set_phrase(i, _replace_word(p, hit, value) if not replaced else _replace_word(p, hit, ""))
                replaced = True
                break
    if not done and not replaced and not _has_any(ed.text, (value,)):
        ed.append(value)
    return True


# A blue sky is daylight's; a clear sky is not (a clear night, a clear sunset).
DAY_MARKERS = ("clear blue sky", "blue skies", "blue sky", "midday sun", "蓝天白云", "蓝天", "白云", "烈日")
NIGHT_CLASH = ("sunlight", "sunshine", "sunny", "midday sun", "setting sun", "sunset glow", "阳光", "日光",
               "烈日", "晴朗的天空", "夕阳", "落日", "正午")  # fmt: skip
SNOW_MARKERS = (
    "snow-covered",
    "snowy",
    "snowfall",
    "snowflakes",
    "snow",
    "雪地",
    "积雪",
    "白雪",
    "下雪",
    "大雪",
    "雪景",
)


def _drop_words(ed: Edit, markers: tuple[str, ...], keep: str) -> None:
    """Words that clash with a new time or season: a phrase that is only that goes, else only the words."""
    for i in range(len(ed.phrases) - 1, -1, -1):
        p = ed.phrases[i]
        hit = _has_any(p, markers)
        if not hit or hit in keep:
            continue
        rest = re.sub(rf"(?i)(?<![a-z]){re.escape(hit)}(?![a-z])" if hit.isascii() else re.escape(hit), "", p)
        m = re.search(rf"(?i)(?<![a-z]){re.escape(hit)}(?![a-z])", p) if hit.isascii() else None
        if m is not None:  # "warm sunlight on the rocks": its adjectives go with it
            mods = _words_before(p, m.start())
            start = mods[0][1] if mods else m.start()
            lead = re.search(r"(?i)(?:\b(?:a|an|the|some)\s+)$", p[:start])
            rest = p[: lead.start() if lead else start] + p[m.end() :]
        about_it = not hit.isascii() and p.startswith(hit)  # "夕阳从落地窗斜射进来": the phrase is about it
        if about_it or len(rest.strip(" ，,的是中有")) <= 3 or not re.search(r"[a-z]{3,}|[\u4e00-\u9fff]{2,}", rest):
            ed.set_phrase(i, "")
        else:
            ed.set_phrase(i, _tidy(rest))


def _is_only(p: str, word: str) -> bool:
    return len(p.replace(word, "").strip(" ，,的中")) <= 2


def _drop(ed: Edit, markers: tuple[str, ...], keep: str) -> None:
    for i in range(len(ed.phrases) - 1, -1, -1):
        hit = _has_any(ed.phrases[i], markers)
        if hit and hit not in keep:
            ed.set_phrase(i, "")


def _time_hit(p: str) -> str | None:
    for ws in TIME_EN.values():
        hit = _has_any(p, ws)
        if hit:
            return hit
    return _has_any(p, TIME_ZH)


def _replace_time(p: str, hit: str, value: str) -> str:
    if hit.isascii():
        m = re.search(
            rf"(?:\b(?:at|in the|during the|in|during|on a|on an)\s+)?(?<![a-z]){re.escape(hit)}(?![a-z])", p, re.I
        )
        if m is None:
            return p
        word = value.strip()
        said_with_prep = re.match(r"(?:at|in|during|on)\s", hit, re.I) and not re.match(r"(?:at|in|on|during)\b", word)
        if m.group(0).lower() != hit.lower() or said_with_prep:  # "at night" -> "in the daytime"
            word = _PREP_TIME.get(
                word.lower(),
                word
                if re.match(r"(?:at|in|on|during)\b", word)
                else f"on {word}"
                if re.match(r"(?:a|an)\b", word)
                else word,
            )
        return p[: m.start()] + word + p[m.end() :]
    return p.replace(hit, value, 1)


def _replace_word(p: str, hit: str, value: str) -> str:
    if hit.isascii():
        m = re.search(
            rf"(?:\b(?:during|in|on|under|amid)\s+(?:a|an|the)\s+)?(?<![a-z]){re.escape(hit)}(?![a-z])", p, re.I
        )
        if m is None:
            return p
        new = value
        if value and m.group(0).lower() != hit.lower() and re.match(r"(?:a|an)\b", value):
            new = "on " + value
        return _tidy(p[: m.start()] + new + p[m.end() :])
    return p.replace(hit, value, 1)


# -- reading an edit message -------------------------------------------------------------------------

_REMOVE = re.compile(
    r"^(?:please\s+)?(?:remove|delete|erase|get rid of|take out|take away|take off|drop|lose|ditch|scrap|no more|without)\s+(.+)$",
    re.I,
)
_REMOVE_ZH = re.compile(
    r"^(?:请|帮我)?(?:把)?(.+?)(?:去掉|删掉|删除|拿掉|去除|删了|不要了|停了|别要了)(?:吧|了)?$"
    r"|^(?:请|帮我)?(?:去掉|删掉|删除|拿掉|去除|不要|别(?:下|要|有)?)(.+)$"
)
_ADD = re.compile(r"^(?:please\s+)?(?:add|also add|put|place|include|insert|throw in|plus)\s+(.+)$", re.I)
_ADD_ZH = re.compile(r"^(?:请|帮我)?(?:再加|加上|添加|增加|再画|再放|加|挂上|放上|添上|再来)(.+)$")
_SWAP = re.compile(r"^(?:swap|replace|switch|exchange)\s+(.+?)\s+(?:for|with)\s+(.+)$", re.I)
_CHANGE_TO = re.compile(r"^(?:change|turn|switch|convert)\s+(.+?)\s+(?:to|into)\s+(.+)$", re.I)
_MAKE = re.compile(r"^(?:make|turn|paint|colou?r|dye)\s+(.+)$", re.I)
_SHOULD = re.compile(
    r"^(?:(?:i'?d like|i would like|i want|i'?d prefer|i prefer|let)\s+(.+?)\s+(?:to be|to look|to become|be)"
    r"|(?:can|could|would|should)\s+(.+?)\s+(?:be|become|turn into)"
    r"|(.+?)\s+(?:should be|must be|needs to be|has to be|could be|would look better as|should glow|should look|"
    r"should turn|should become))\s+(.+)$",
    re.I,
)
_INSTEAD = re.compile(r"^(?:use\s+)?(.+?)\s+instead(?:\s+of\s+(.+))?$", re.I)
_ZH_SET = re.compile(r"^(?:请|帮我)?(?:把|将)?(.*?)(?:换成|改成|变成|改为|换为|变为|涂成|染成)(.+)$")
# "耳机改黑色", "边框换银色": 改/换 straight before the value (a colour, or what the thing is made of)
_ZH_SET_SHORT = re.compile(r"^(?:请|帮我)?(?:把|将)?(.+?)(?:改|换|变)(?!成|为|个|一下|掉)(.+)$")
_ZH_VERB = re.compile(r"换成|改成|变成|改为|换为|变为|去掉|删掉|删除|拿掉|不要|加上|添加|再加|改|换|变")
_KEEP_ZH = re.compile(r"(?:把)?[\w\s]{1,20}?\s*(?:不变|保持不变|别动|不要动|保持原样|keep|保留)")
_KEEP_EN = re.compile(
    r"(?i)(?:keep|leave)\s+(?:the\s+)?[\w\s]{1,20}?(?:\s+(?:as it is|the same|unchanged|alone))?"
    r"|(?:the\s+)?[\w\s]{1,20}?\s+(?:stays?|unchanged|as is|the same)"
)


_COMPLAINT_EN = re.compile(
    r"(?i)^(?:the\s+)?([a-z][\w' -]*?)\s+(?:is|are|looks?|seems?|feels?)\s+(?:too|so|a bit|kind of|really|way too)\s+\w+$"
)
_COMPLAINT_ZH = re.compile(r"^(.{1,8}?)(?:太|有点|有些|不够)\S{1,3}?了?$")


def edit_phrases(phrases: tuple[str, ...], message: str, lang: str) -> Edit:
    ed = Edit(list(phrases), lang)
    body = strip_lead(clean(message))
    clauses = _clauses(body)
    for k, clause in enumerate(clauses):
        nxt = clauses[k + 1] if k + 1 < len(clauses) else ""
        short = len(clause) <= 80  # a complaint is a few words; long clauses are not tried (the pattern backtracks)
        said = short and (_COMPLAINT_EN.match(clause) or _COMPLAINT_ZH.match(clause))
        if said and nxt:
            # "beige wall is too boring, make it terracotta", "米色墙太素了，换成赤陶色": the complaint names
            # what the next clause's "it" (or its missing target) is
            thing = said.group(1)
            found = find_zh(ed.phrases, thing) if lx.has_cjk(thing) else find_en(ed.phrases, thing)
            if found is not None:
                clauses[k + 1] = (
                    re.sub(r"(?i)\b(?:it|them)\b", f"the {thing}", nxt, count=1)
                    if not lx.has_cjk(thing)
                    else (f"把{thing}" + nxt if re.match(r"(?:换成|改成|变成|改为)", nxt) else nxt)
                )
                continue
        if nxt and _names_only(ed, clause):
            ed.topic = re.sub(r"(?i)^(?:the|that|this)\s+", "the ", clause.strip())
            if not ed.topic.lower().startswith("the ") and not lx.has_cjk(ed.topic):
                ed.topic = f"the {ed.topic}"
            continue
        if ed.topic and (_is_modifier(clause) or (lx.has_cjk(clause) and _zh_colour_value(clause))):
            _set_target(
                ed, ed.topic, _zh_colour_word(clause) if lx.has_cjk(clause) else clause
            )  # "the fox. arctic white."
            continue
        _apply(ed, clause)
    return ed


def _found(ed: Edit, target: str) -> bool:
    """The prompt names ``target``, in its own language or the other one ("小猫" on "an orange kitten")."""
    if lx.has_cjk(target):
        return find_zh(ed.phrases, target) is not None or any(
            find_en(ed.phrases, w) is not None for w in bilingual.en_words(target)
        )
    return find_en(ed.phrases, target) is not None or (
        any(lx.has_cjk(p) for p in ed.phrases) and any(find_zh(ed.phrases, w) for w in bilingual.zh_words(target))
    )


def _names_only(ed: Edit, clause: str) -> bool:
    """The clause is only a thing the prompt names ("the plate", "the fox", "小猫"), said before what to do to it."""
    c = clause.strip()
    if lx.has_cjk(c):
        return len(c) <= 6 and not _ZH_VERB.search(c) and _found(ed, c)
    words_ = c.split()
    return (
        1 <= len(words_) <= 4
        and all(re.fullmatch(r"[A-Za-z'-]+", w) for w in words_)
        and not _is_modifier(c)
        and not re.match(r"(?i)(?:make|change|turn|remove|add|delete|put|move|give|no|use)\b", c)
        and find_en(ed.phrases, c) is not None
    )


def strip_lead(text: str) -> str:
    return re.sub(
        r"^(?:(?:(?:ok(?:ay)?|so|hmm+|um+|actually|now|and|also|then|but|please|great|nice|oh|well|alright|"
        r"(?:can|could|would|will) you(?: please| kindly)?|would you mind|i'?d like you to|"
        r"would it be possible to|is it possible to|could we|can we|thank you|thanks)(?![a-z'])|"
        r"算了|那|然后|再|还有|另外|能不能|可不可以|可以|能(?=[换改加去把给让变])|麻烦你?|请你?|帮我)[\s,，.!]*)+",
        "",
        text,
        flags=re.I,
    ).strip()


def _clauses(text: str) -> list[str]:
    text = re.sub(r"\s+(?=with\s+[^,]+\s+instead of\b)", ", ", text)
    parts = [
        p.strip(" .!。！")
        for p in re.split(r"\s*[,，;；]\s*|\s+and then\s+|\s+then\s+|(?<=\w)\.\s+|\s+[-–—]+\s+|\s*—\s*", text)
    ]
    out: list[str] = []
    for p in parts:
        if not p:
            continue
        if out and re.match(r"(?i)(?:not|rather than)\s+\S", p) and len(p.split()) <= 4:
            out[-1] += f" {p}"  # "the vase should be glass, not ceramic": one edit
            continue
        m = re.match(
            r"^(.*?\S)\s+and\s+((?:remove|delete|add|make|change|turn|swap|replace|put|get rid of|lose|drop)\b.*)$",
            p,
            re.I,
        )
        if m:
            out += [m.group(1), m.group(2)]
            continue
        # "make her raincoat green and the umbrella black", "change the sofa to green and the rug to beige":
        # the verb is said once for two edits
        verb = re.match(r"^(make|turn|paint|change|switch)\s", p, re.I)
        two = re.split(r"\s+and\s+(?=(?:the|her|his|its|their|my)\s)", p) if verb else [p]
        needs_to = verb and verb.group(1).lower() in ("change", "switch")
        if len(two) == 2 and (not needs_to or all(" to " in x.lower() for x in two)) and len(two[1].split()) >= 3:
            out += [two[0], f"{verb.group(1)} {two[1]}"]
        else:
            out.append(p)
    return out


_EDIT_TAIL = re.compile(
    r"(?:[\s,，]*(?:please|pls|plz|thanks|thank you|if you can|if possible|for me|instead|too|as well|"
    r"谢谢|吧|呗|哦|啊|呀|一下|吗))+[\s.!?。！？]*$",
    re.I,
)
_NO = re.compile(
    r"^(?:no|without|lose the|less)\s+(?!(?:i|it|that|this|not|wait|one|way|problem|worries)\b)(.+)$", re.I
)


def strip_edit_tail(text: str) -> str:
    """ "no chopsticks please", "give him a green scarf instead": what follows the edit says nothing about it."""
    return _EDIT_TAIL.sub("", text).strip() or text


def _apply(ed: Edit, clause: str) -> None:
    clause = strip_edit_tail(strip_lead(clause))
    low = clause.lower()
    zh = lx.has_cjk(clause) and (not re.match(r"[A-Za-z]", clause) or bool(_ZH_VERB.search(clause)))
    if zh and _KEEP_ZH.fullmatch(clause):  # "background 不变", "背景 keep": said to leave it as it is
        return None
    if not zh and _KEEP_EN.fullmatch(clause):
        return None
    clause = _mend_verb(re.sub(r"(?i)\s+(?:please|pls|plz)(?=\s)", "", clause))  # "the moon please more small"
    m = re.match(r"(?i)^(.+?)\s+should\s+glow\s+(.+)$", clause) if not zh else None
    if m and _glow(ed, m.group(1), m.group(2)):
        return None
    m = re.match(r"^(.+?)\s*(?:->|→|=>|⟶)\s*(.+)$", clause)
    if m:  # "whale -> giant mechanical squid", "emerald → sapphire", "方块 → 星星"
        return _set_target(ed, m.group(1).strip(), m.group(2).strip())
    m = re.match(r"(?i)^swap\s+(.+?)\s+(?:to|into)\s+(.+)$", clause) if not zh else None
    if m:  # "swap the coat to a charcoal one"
        return _set_target(ed, m.group(1), m.group(2))
    m = (
        re.match(r"(?i)^(.+?)\s+(?:change|changes|changed|turn|turns)\s+(?:to|into)\s+(.+)$", clause)
        if not zh
        else None
    )
    if m and _found(ed, m.group(1)):  # "and sunset change to purple"
        return _set_target(ed, m.group(1), m.group(2))
    m = (
        re.match(r"(?i)^(?:get|take)\s+(.+?)\s+out(?:\s+of\s+(?:there|here|it|the\s+\w+))?$", clause)
        if not zh
        else None
    )
    if m:  # "get the napkin out of there"
        clause = f"remove {m.group(1)}"
    m = _NO.match(clause) if not zh else None
    if m and len(m.group(1).split()) <= 4:  # "no chopsticks", "no rain": what is named goes; words it is not in stay
        hit = find_en(ed.phrases, m.group(1))
        if hit is not None:
            return remove_en(ed, hit, _name_en(m.group(1)))
    m = _REMOVE.match(clause)
    if m and not zh:
        target = re.sub(r"(?i)^(?:all|both|each|every one)\s+(?:of\s+)?(?=the\s|those\s|these\s)", "", m.group(1))
        if _one_fewer(ed, target):
            return None
        hit = find_en(ed.phrases, target)
        if hit is None:
            if _drop_adjective(ed, target):
                return None
            for word in bilingual.zh_words(target) if any(lx.has_cjk(p) for p in ed.phrases) else ():
                found = find_zh(ed.phrases, word)
                if found is not None:  # "remove the aurora" on a Chinese prompt
                    return remove_zh(ed, found, word)
            return _cannot_find(ed, target)
        return remove_en(ed, hit, _name_en(target))
    m = _REMOVE_ZH.match(clause) if zh else None
    if m and re.fullmatch(r"[A-Za-z][A-Za-z '-]*", (m.group(1) or m.group(2) or "").strip().rstrip("了吧啦呀 ")):
        target = (m.group(1) or m.group(2)).strip().rstrip("了吧啦呀 ")  # "去掉 blanket 吧": an English name
        hit = find_en(ed.phrases, target)
        if hit is not None:
            return remove_en(ed, hit, target)
    if m:
        target = (m.group(1) or m.group(2) or "").strip().rstrip("了吧啦呀").removesuffix("也").removesuffix("都")
        hit = find_zh(ed.phrases, target)
        if hit is None:
            for word in bilingual.en_words(target):
                found = find_en(ed.phrases, word)
                if found is not None:  # "去掉那辆车" on an English prompt
                    return remove_en(ed, found, f"the {word}")
            return _cannot_find(ed, target)
        return remove_zh(ed, hit, target)
    m = _PLACE.match(clause) if not zh else None
    if m and _move_phrase(ed, m.group(1), m.group(2)):
        return None
    m = re.match(r"^(?:please\s+)?(?:give|put)\s+(it|him|her|them|the\s+\w+)\s+(.+)$", clause, re.I) if not zh else None
    if m and re.match(r"(?i)(?:on|in|at|by|under|beside|inside|near|onto|into)\s", m.group(2)):
        return _resettle(ed, re.sub(r"(?i)^(?:onto|into)\s", "on ", m.group(2)))
    if m:
        return _give(ed, m.group(2), m.group(1))
    m = (
        re.match(r"^(?:请)?(?:给|让|帮)(?:它|他|她|它们)(戴上|戴着|穿上|穿着|拿着|拿上|加上|加)(.+?)(?:吧)?$", clause)
        or re.match(
            r"^(?:请)?(?:给|让|帮)(?:[\u4e00-\u9fff]{1,4}?)(戴上|戴着|戴|穿上|穿着|穿|拿着|拿上|披上|围上)(.+?)(?:吧)?$",
            clause,
        )
        if zh
        else None
    )
    if m:  # "给它戴上围巾": the user's words, less "给它" (never translated into the prompt's language)
        ed.append(m.group(1) + m.group(2))
        ed.say("said_gave_it", verb=m.group(1), value=m.group(2))
        return
    m = _ADD.match(clause) if not zh else None
    if m:
        ed.append(m.group(1))
        ed.say("said_added", value=m.group(1))
        return
    m = _ADD_ZH.match(clause) if zh else None
    if m and not _ZH_SET.match(clause):
        ed.append(m.group(1))
        ed.say("said_added", value=m.group(1))
        return
    m = re.match(r"^(?:with|plus)\s+(.+?)\s+instead of\s+(.+)$", clause, re.I) or re.match(
        r"^(.+?)\s+instead of\s+(.+)$", clause, re.I
    )
    if m and not re.match(r"^(?:make|change|turn)\b", low):
        return _replace_target(ed, m.group(2), m.group(1))
    m = _SWAP.match(clause) if not zh else None
    if m:
        return _replace_target(ed, m.group(1), m.group(2))
    m = _CHANGE_TO.match(clause) if not zh else None
    if m:
        return _set_target(ed, m.group(1), m.group(2))
    m = re.match(r"(?i)^(?:change|turn|tweak|adjust|switch|recolou?r)\s+(.+)$", clause) if not zh else None
    if m and not re.search(r"(?i)\s(?:to|into|for|with)\s", clause):  # "change the sky pink": no "to"
        target, value = _split_make(ed, m.group(1))
        if value and target != "it":
            return _set_target(ed, target, value)
    m = re.match(r"(?i)^(.+?)\s+(?:should|must|needs? to|has to|to)\s+(?:say|read)\s+(.+)$", clause) if not zh else None
    if m and _set_text(ed, m.group(1), f"say {m.group(2)}"):  # 'the sign should say "OPEN"'
        return None
    m = re.match(r"(?i)^(?:rename|retitle)(?:\s+(?:it|the\s+\w+))?\s+(?:to|as)\s+(.+)$", clause) if not zh else None
    if m and _set_text(ed, "the text", m.group(1)):  # 'rename to "LEAF & CO"'
        return None
    m = re.match(r"(?i)^(.+?)\s+(?:is|are)\s+(?:now\s+)?(.+?)(?:\s+now)?$", clause) if not zh else None
    if m and (_QUOTED.fullmatch(m.group(2)) or _is_modifier(m.group(2))) and _found(ed, m.group(1)):
        return _set_target(ed, m.group(1), m.group(2))  # 'band name is "LOW TIDE" now', "the sky is pink"
    m = _SHOULD.match(clause) if not zh else None
    if m:  # "the scarf should be yellow", "I'd like the scarf to be purple", "can the dog be a husky instead"
        value = re.sub(r"\s+instead$", "", m.group(4).strip(" ?"), flags=re.I)
        return _set_target(ed, m.group(1) or m.group(2) or m.group(3), value)
    m = _MAKE.match(clause) if not zh else None
    if m:
        target, value = _split_make(ed, m.group(1))
        return _set_target(ed, target, value)
    m = re.match(r"^use\s+(.+?)(?:\s+instead)?$", clause, re.I) if not zh else None
    if m:
        return _colour_list(ed, m.group(1)) or _scene_or_append(ed, m.group(1))
    m = _ZH_SET.match(clause) if zh else None
    if m:
        target, value = re.sub(r"^(?:让|使|叫)", "", m.group(1).strip()), m.group(2).strip().rstrip("吧了")
        return _set_target(ed, _zh_target(target), value)
    m = _ZH_SET_SHORT.match(clause) if zh else None
    value = m.group(2).strip().removesuffix("的").strip() if m else ""
    if m and (_zh_colour_value(value) or bilingual.colour_in(value, "en") or _is_modifier(value)):
        return _set_target(ed, _zh_target(m.group(1)), _zh_colour_word(value) if lx.has_cjk(value) else value)
    m = re.match(r"^(.{1,8}?)(?:要|得是|应该是|想要)(.+?)的?[！!。]*$", clause) if zh else None
    if m and _zh_colour_value(m.group(2)) and _found(ed, _zh_target(m.group(1))):  # "恐龙要紫色的！"
        return _set_target(ed, _zh_target(m.group(1)), _zh_colour_word(m.group(2)))
    if not zh and re.match(r"^the\s+\w+", low):  # "the cap silver": an edit without its verb
        target, value = _split_make(ed, clause)
        if value:
            return _set_target(ed, target, value)
    if _verbless(ed, clause, zh):
        return None
    # Words with no verb: kept as the user wrote them ("with the lake frozen", "外面下雪").
    _scene_or_append(ed, clause)


def _zh_target(target: str) -> str:
    """ "伞也" -> "伞", "ribbon 也" -> "ribbon": the thing, without the "too" said after it."""
    return re.sub(r"\s*(?:也|都|还|也要)$", "", target.strip()).strip()


def _zh_colour_value(value: str) -> bool:
    """A Chinese value that is only a colour ("黑色", "蓝的", "红白条纹的", "香槟色"), not "换个颜色"."""
    v = value.strip().rstrip("吧了呀啊").removesuffix("的")
    if not v or len(v) > 8 or re.search(r"[颜个换改变种点些]", v):
        return False
    return bool(
        COLOUR_ZH.fullmatch(v)
        or v in bilingual.COLOURS_ZH
        or re.fullmatch(r"[\u4e00-\u9fff]{1,2}色", v)
        or re.fullmatch(rf"(?:{COLOUR_ZH_CORE.pattern}){{1,3}}(?:相间的?)?条纹", v)
    )


def _zh_colour_word(value: str) -> str:
    """ "蓝的" -> "蓝色": a bare hue said as the colour it names."""
    v = value.strip().rstrip("吧了呀啊").removesuffix("的")
    return v + "色" if COLOUR_ZH_CORE.fullmatch(v) else value.strip().rstrip("吧了呀啊")


_NUMBERS_EN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a few", "several")


def _set_count(ed: Edit, head: str, number: str) -> bool:
    """ "three moons" on "two moons in the sky": the number before that noun changes."""
    hit = find_en(ed.phrases, head)
    if hit is None:
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    was = next(
        (x for x in _words_before(p, start) if x[0].lower() in _NUMBERS_EN or x[0].isdigit()),
        None,
    )
    if was is None or was[0].lower() == number.lower():
        return False
    ed.set_phrase(i, p[: was[1]] + number + p[was[2] :])
    ed.say("said_made", what=ed.name(f"the {head}"), value=number)
    return True


_VERBLESS_ZH_MAX = 16  # characters: "江南水乡的乌篷船蓝色" is 10


def _glow(ed: Edit, target: str, colour: str) -> bool:
    """ "the lantern should glow gold" on "a paper lantern glowing red": the colour of its glow changes."""
    hit = find_en(ed.phrases, target)
    if hit is None:
        return False
    p = ed.phrases[hit[0]]
    glow = re.search(
        r"(?i)\bglow(?:ing|s)?\s+((?:(?:light|dark|deep|pale|bright|soft|warm|cool)\s+)?[a-z]+)", p[hit[2] :]
    )
    if glow is None or not _is_modifier(glow.group(1)):
        return False
    s, e = hit[2] + glow.start(1), hit[2] + glow.end(1)
    ed.set_phrase(hit[0], p[:s] + colour + p[e:])
    ed.say("said_made", what=ed.name(target), value=colour)
    return True


def _mend_verb(clause: str) -> str:
    """ "remvoe the palm leafs", "chnage the sky to pink": a first word the world's typo mender reads as an edit
    verb is that verb (the rest keeps the user's spelling)."""
    m = re.match(r"([A-Za-z]{4,})(\s.*)$", clause)
    if m is None:
        return clause
    mended = lx.normalise(m.group(1))
    return mended + m.group(2) if mended != m.group(1).lower() and mended in _MENDED_VERBS else clause


_MENDED_VERBS = frozenset(("remove", "delete", "change", "switch", "replace"))


def _verbless(ed: Edit, clause: str, zh: bool) -> bool:
    """An edit said without its verb, on something the prompt names: "blanket red", "Wall: charcoal grey",
    "sheets in sage green", "pastel mint walls" (the thing named again with new words), "silver cap not gold",
    "自行车蓝色", "围巾蓝的", "圆形：蓝色". Only when the thing is found and the rest is a colour, a material or a
    number: anything else stays an addition."""
    text = re.sub(r"(?i)[\s,]*(?:instead|!+|\?+|pls|please)$", "", clause.strip()).strip()
    text = re.sub(
        r"(?i)^(?:(?:can|could) (?:we|i|you) )?(?:try|have|get|go with)\s+|^(?:let'?s|maybe|how about|what about)\s+",
        "",
        text,
    )
    if zh:
        m = re.match(r"^(.+?)\s*[:：]\s*(.+)$", text)
        if m and _found(ed, m.group(1).strip()):
            _set_target(ed, m.group(1).strip(), m.group(2).strip())
            return True
        core = text.rstrip("吧了呀啊")
        if len(core) > _VERBLESS_ZH_MAX:
            return False  # a verbless edit is a few characters; a long run is a description
        for k in range(len(core) - 1, 0, -1):  # "雨衣绿色的", "围巾蓝的": the thing named, then its colour
            target, value = core[:k].strip(" ，,也都"), core[k:]
            if _zh_colour_value(value) and target and _found(ed, target):
                _set_target(ed, target, _zh_colour_word(value))
                return True
        return False
    m = re.match(r"^(.+?)\s*[:–—-]\s+(.+)$", text) or re.match(r"^(.+?)\s+(?:in|to)\s+(.+)$", text)
    if m and _found(ed, m.group(1)) and (_is_modifier(m.group(2)) or m.group(2).lower() in _NUMBERS_EN):
        _set_target(ed, m.group(1), m.group(2))
        return True
    m = re.match(r"(?i)^([\w-]+),?\s+(?:not|rather than|instead of)\s+([\w-]+)$", text)
    if m:  # "sunset not sunrise": the word the user named gives way, where it is
        for i, p in enumerate(ed.phrases):
            w = re.search(rf"(?i)(?<![\w-]){re.escape(m.group(2))}(?![\w-])", p)
            if w:
                ed.set_phrase(i, p[: w.start()] + m.group(1) + p[w.end() :])
                ed.say("said_changed", what=ed.name(m.group(2)), value=m.group(1))
                return True
    m = re.match(r"(?i)^(.+?)\s+(?:not|rather than)\s+([\w-]+)$", text)
    if m:  # "silver cap not gold": the old word goes, the new words take its place
        new_words, old = m.group(1).split(), m.group(2)
        head = new_words[-1]
        hit = find_en(ed.phrases, f"{old} {head}")
        if hit is not None:
            i, start, _ = hit
            p = ed.phrases[i]
            mods = _words_before(p, start)
            was = next((x for x in mods if x[0].lower() == old.lower()), None)
            if was is not None:
                have = {x[0].lower() for x in mods}
                put = [w for w in new_words[:-1] if w.lower() not in have and not _DET.match(w)]
                ed.set_phrase(i, p[: was[1]] + " ".join(put or new_words[:-1]) + p[was[2] :])
                ed.say("said_made", what=ed.name(f"the {head}"), value=" ".join(put))
                return True
    ws = [w for w in text.split() if not _DET.match(w)]
    if len(ws) < 2 or len(ws) > 6:
        return False
    for k in range(len(ws) - 1, 0, -1):  # "blanket red", "cat ginger": the thing, then its new colour
        target, value = " ".join(ws[:k]), " ".join(ws[k:])
        if ws[k - 1].lower() in TONES_EN and _is_modifier(" ".join(ws[k - 1 :])):
            continue  # "background pastel yellow"
        sized = value.lower() in _SIZES_EN or value.lower() in _SIZE_WORDS_EN or value.lower() in _COMPARATIVES
        if (_is_modifier(value) or value.lower() in _NUMBERS_EN or sized) and _found(ed, target):
            _set_target(ed, f"the {target}", value)
            return True
    if len(ws) == 2 and (ws[0].lower() in _NUMBERS_EN or ws[0].isdigit()) and _set_count(ed, ws[1], ws[0]):
        return True
    head, mods = ws[-1], " ".join(ws[:-1])  # "pastel mint walls", "black horse", "three moons"
    hit = find_en(ed.phrases, head) if _is_modifier(mods) or mods.lower() in _NUMBERS_EN else None
    if hit is not None:
        i, start, _ = hit
        have = {x[0].lower() for x in _words_before(ed.phrases[i], start)}
        if not all(w.lower() in have for w in ws[:-1]):
            _set_target(ed, f"the {head}", mods)
            return True
    return False


_WHERE = r"(?:at|on|in|to|along|across)\s+the\s+(?:very\s+)?(?:top|bottom|left|right|center|centre|middle|upper|lower|corner)(?:[\s-]+(?:left|right|corner|edge|side|half))*"
_PLACE = re.compile(rf"^(?:put|move|place|set|shift)\s+(the\s+[a-z][\w\s'-]*?)\s+({_WHERE})$", re.I)


def _move_phrase(ed: Edit, target: str, where: str) -> bool:
    """ "put the title at the top": the place words of that thing's phrase change (or are added after it)."""
    hit = find_en(ed.phrases, target)
    if hit is None:
        return False
    i, _, end = hit
    p = ed.phrases[i]
    where = re.sub(r"^to\s+", "at ", where.strip(), flags=re.I)
    old = re.search(_WHERE, p[end:], re.I)
    new = p[: end + old.start()] + where + p[end + old.end() :] if old else p[:end] + " " + where + p[end:]
    ed.set_phrase(i, new)
    ed.say("said_put", what=ed.name(target), where=where)
    return True


def _resettle(ed: Edit, place: str) -> None:
    """ "put it on a mountain road instead": the main subject's place changes ("in a showroom" goes)."""
    prep = place.split()[0].lower() if place.split() else ""
    for k, p in enumerate(ed.phrases[1:], start=1):  # "…, on a dark slate surface, …": the place said alone
        if re.match(rf"(?i){re.escape(prep)}\s+(?:a|an|the)\s+", p) and not lx.has_cjk(p):
            ed.set_phrase(k, place)
            ed.say("said_put_it", where=place)
            return
    first = ed.phrases[0] if ed.phrases else ""
    hit = _main_subject(ed)
    old = (
        re.search(r"(?i)\s+(?:in|on|at|inside|by|under|near|beside)\s+(?:a|an|the)\s+[^,]+$", first[hit[2] :])
        if hit
        else None
    )
    if hit is not None and old is not None:
        ed.set_phrase(0, first[: hit[2] + old.start()] + " " + place)
    elif hit is not None:
        ed.set_phrase(0, first[: hit[2]] + " " + place + first[hit[2] :])
    else:
        ed.append(place)
    ed.say("said_put_it", where=place)


def _give(ed: Edit, thing: str, who: str = "it") -> None:
    """ "give it a scarf" -> "a red fox wearing a scarf in a snowy forest": said right after the main subject;
    "give him a green scarf" when he has a red one: that scarf is the one that changes."""
    words_ = _target_words(thing)
    hit = find_en(ed.phrases, words_[-1]) if words_ else None
    if hit is not None and len(words_) > 1:
        return replace_en(ed, hit, thing.strip(), f"the {words_[-1]}", words_[-1])
    found = [m for m in general.find(thing.lower()) if m.kind in ("worn", "held")]
    verb = {"worn": "wearing", "held": "holding"}.get(found[0].kind, "with") if found else "with"
    phrase = f"{verb} {thing.strip()}"
    first = ed.phrases[0] if ed.phrases else ""
    m = re.match(
        r"^(?:(?:a|an|the|one|two)\s+)?(?:[\w'-]+\s+){0,4}?[\w'-]+(?=\s+(?:in|on|at|under|by|near|inside|sitting|standing|"
        r"sleeping|lying|beside|next|under|across|with|during)\b)",
        first,
        re.I,
    )
    if m:
        ed.set_phrase(0, first[: m.end()] + " " + phrase + first[m.end() :])
    else:
        ed.append(phrase)
    ed.say("said_gave", who=who.lower(), value=thing.strip())


def _scene_or_append(ed: Edit, value: str) -> None:
    if not scene_value(ed, value):
        ed.append(value)
    ed.say("said_made_it" if categories(value) else "said_added_on", value=value)


def _split_make(ed: Edit, rest: str) -> tuple[str, str]:
    """ "the countertop black marble" -> ("the countertop", "black marble"): the longest start found in the prompt."""
    ws = rest.split()
    for k in range(len(ws) - 1, 0, -1):
        target = " ".join(ws[:k])
        if _DET.match(ws[k - 1]) or any(re.fullmatch(r"(?i)a|an", x) for x in ws[1:k]):
            continue  # "the moon a crescent", "the dog a small brown dog": the value starts at "a"
        if ws[k - 1].lower() in TONES_EN and _is_modifier(" ".join(ws[k - 1 :])):
            continue  # "the background pastel yellow": "pastel" is the colour's, not the thing's
        if _target_words(target) and find_en(ed.phrases, target) is not None:
            return target, " ".join(ws[k:])
    if ws and ws[0].lower() in ("it", "this", "that", "everything", "them", "they", "these", "those"):
        return ws[0], " ".join(ws[1:])
    if len(ws) >= 2 and ws[0].lower() in ("the", "its", "his", "her", "their"):
        return " ".join(ws[:2]), " ".join(ws[2:])
    return "it", rest


def _main_subject(ed: Edit) -> tuple[int, int, int] | None:
    """The head noun of the first phrase's first noun phrase ("a sleek electric car in a showroom" -> car)."""
    if not ed.phrases or lx.has_cjk(ed.phrases[0]):
        return None
    first = ed.phrases[0]
    np = re.match(
        r"^(?:(?:a|an|the|one|some)\s+)?((?:[\w'-]+\s+){0,4}?[\w'-]+)(?=\s+(?:in|on|at|with|by|under|"
        r"near|beside|next|sitting|standing|lying|sleeping|parked|floating|of|against|over)\b|,|$)",
        first,
        re.I,
    )
    if np is None or np.group(1).split()[-1].lower() in _STOP_EN:
        return None
    return 0, np.end(1) - len(np.group(1).split()[-1]), np.end(1)


def _recolour_main(ed: Edit, value: str) -> bool:
    """ "paint it matte black": the paint if the prompt names one, else the main subject."""
    for i, p in enumerate(ed.phrases):
        m = re.search(r"(?i)(?<![a-z])(?:paint|paintwork|finish|colou?r)(?![a-z])", p)
        if m and i > 0:
            if any(w.lower() in FINISH_EN for w in value.split()):  # "matte black" on "glossy white paint"
                finish = [x for x in _words_before(p, m.start()) if x[0].lower() in FINISH_EN]
                if finish:
                    p = p[: finish[0][1]] + p[finish[-1][2] :].lstrip()
                    ed.set_phrase(i, p)
                    m = re.search(r"(?i)(?<![a-z])(?:paint|paintwork|finish|colou?r)(?![a-z])", p)
            return recolour_en(ed, (i, m.start(), m.end()), value, "it")
    hit = _main_subject(ed)
    return hit is not None and recolour_en(ed, hit, value, "it")


def _is_modifier(value: str) -> bool:
    """A colour or material for an object ("red", "navy blue", "black marble", "light oak"), not a new noun."""
    ws = [x.lower() for x in value.split()]
    if not ws or re.match(r"(?:a|an|the|some)$", ws[0]):
        return False
    return " ".join(ws) in _COLOUR_NAMES_EN or all(
        x in PROMPT_COLOURS_EN or x in TONES_EN or x in MATERIALS_EN or x in FINISH_EN or x in ("and", "bright")
        for x in ws
    )


_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|\"[^\"]*\"|(?<![a-z])'[^']*'(?![a-z])|‘[^’]*’")
_TEXT_WORDS = re.compile(
    r"(?:the\s+)?(?:(?:band|shop|brand|store|book)\s+)?(?:title|text|caption|words?|slogan|headline|lettering|sign|tagline|"
    r"label|name)|文字|标题|字样|字|文案|标语|口号|招牌|名字|名称|店名|乐队名|书名"
)


def _set_year(ed: Edit, target: str, value: str) -> bool:
    """ "change the year to 2026" on "'Night Market 2025'": the year in the prompt is the one meant."""
    if not re.fullmatch(r"(?:the\s+)?(?:year|date)|年份|年", target.lower()) or not re.fullmatch(r"\d{4}年?", value):
        return False
    for i, p in enumerate(ed.phrases):
        m = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", p)
        if m:
            ed.set_phrase(i, p[: m.start()] + value.rstrip("年") + p[m.end() :])
            ed.say("said_year", value=value)
            return True
    return False


def _set_text(ed: Edit, target: str, value: str) -> bool:
    """ "文字改成“全场八折”", "change the title to 'ARRIVAL'": the quoted words in the prompt are replaced."""
    says = re.match(r"^(?:to\s+)?(?:say|says|read|reads|saying|show|shows)\s+", value.strip(), re.I)
    value = value.strip()[says.end() :] if says else value
    text_target = re.fullmatch(rf"(?:大|主|副|小)?(?:{_TEXT_WORDS.pattern})", target.strip().lower())
    new = _QUOTED.fullmatch(value.strip())
    if not text_target and not says and new is None:
        return False  # "change the neon sign to say 'BOOKS & TEA'", "乐队名改成“低潮”": what it says is its text
    if (
        new is None
        and not says
        and (_is_modifier(value) or re.search(r"sign|label", target.lower()) or bilingual.colour_in(value, "zh"))
    ):
        return False  # "make the sign pink": a colour for the sign, not its words
    for i, p in enumerate(ed.phrases):
        m = _QUOTED.search(p)
        if m:
            # "change the title to The Hollow Orchard": the new words go inside the prompt's own quotes
            quoted = new.group(0) if new else m.group(0)[0] + value.strip() + m.group(0)[-1]
            ed.set_phrase(i, p[: m.start()] + quoted + p[m.end() :])
            ed.say("said_text", value=quoted)
            return True
    for i, p in enumerate(ed.phrases):  # 'a poster titled SUMMER SALE': capitals after the word for text
        m = re.search(
            r"\b(?:titled|title|text|words|saying|says|reads|slogan|headline|lettering)\s+"
            r"((?:[A-Z0-9][A-Z0-9'!&.%-]*)(?:\s+[A-Z0-9][A-Z0-9'!&.%-]*)*)",
            p,
        )
        if m and len(m.group(1)) >= 2:
            words_ = new.group(0) if new else value.strip()
            ed.set_phrase(i, p[: m.start(1)] + words_ + p[m.end(1) :])
            ed.say("said_text", value=words_)
            return True
    return False


_OPPOSITES_EN = {
    "long": ("short",), "short": ("long", "tall"), "tall": ("short",), "thick": ("thin",), "thin": ("thick",),
    "wide": ("narrow",), "narrow": ("wide",), "curly": ("straight",), "straight": ("curly", "wavy"),
    "wavy": ("straight",), "young": ("old", "elderly"), "old": ("young", "new"), "new": ("old",),
    "open": ("closed",), "closed": ("open",), "empty": ("full",), "wet": ("dry",),
    "dry": ("wet",), "happy": ("sad",), "sad": ("happy",), "smiling": ("frowning",), "sleeping": ("awake",),
    "awake": ("sleeping",), "fluffy": ("sleek",), "messy": ("neat", "tidy"), "neat": ("messy",), "tidy": ("messy",),
    "full": ("crescent", "half", "new", "empty"), "crescent": ("full", "half"), "half": ("full", "crescent"),
    "calm": ("stormy", "rough", "choppy"), "stormy": ("calm",), "rough": ("calm", "smooth"), "smooth": ("rough",),
}  # fmt: skip


def _opposite_en(ed: Edit, hit: tuple[int, int, int], value: str, name: str) -> bool:
    """ "hair should be long" on "short black hair": the opposite word among its modifiers gives way; an
    adjective with no opposite there is said before the other modifiers ("long black hair")."""
    word = value.strip().lower()
    if word not in _OPPOSITES_EN:
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    mods = _words_before(p, start)
    was = next((x for x in mods if x[0].lower() in _OPPOSITES_EN[word]), None)
    if was is not None:
        ed.set_phrase(i, p[: was[1]] + value.strip() + p[was[2] :])
    elif word in {x[0].lower() for x in mods}:
        return False
    else:
        at = mods[0][1] if mods else start
        ed.set_phrase(i, p[:at] + value.strip() + " " + p[at:])
    ed.say("said_made", what=name, value=value.strip())
    return True


def _set_target(ed: Edit, target: str, value: str) -> None:
    value = value.strip().rstrip("?")
    target = target.strip()
    one = re.fullmatch(r"(?i)(?:a|an|the)\s+(.+?)\s+one", value)
    if one:  # "swap the coat to a charcoal one": the same thing, charcoal
        value = one.group(1)
    if target.lower() in ("it", "this", "that") and ed.topic:
        target = ed.topic  # "the plate, make it pale pink": "it" is the thing just named
    if lx.has_cjk(value) and not lx.has_cjk(target) and find_en(ed.phrases, target) is not None:
        value = bilingual.colour_in(value, "en") or value  # "lamp 换红色" on an English prompt: red
    both = re.fullmatch(r"(?i)([a-z-]+)\s+and\s+([a-z-]+)", value)
    if both and not _is_modifier(value) and find_en(ed.phrases, target) is not None:
        for part in both.groups():  # "hair should be black and long": two edits of one thing
            _set_target(ed, target, part)
        return None
    if _set_text(ed, target, value) or _set_year(ed, target, value):
        return
    palette = r"(?:the\s+)?(?:colou?rs|colou?r (?:scheme|palette)|palette)|配色|颜色|色调"
    if re.fullmatch(palette, target.lower()) and (_colour_list(ed, value) or _zh_predicate(ed, target, value)):
        return
    zh = lx.has_cjk(target + value) and not re.match(r"[A-Za-z]", target + value)
    value = re.sub(r"(?i)^(.+?),?\s+(?:not|rather than)\s+(.+)$", r"\1 instead of \2", value)  # "glass, not ceramic"
    inst = re.match(r"^(.+?)\s+instead of\s+(.+)$", value, re.I)
    if inst and not zh:  # "make the house wooden instead of glass"
        hit = find_en(ed.phrases, inst.group(2))
        if hit is not None:
            i, s, e = hit
            p = ed.phrases[i]
            new = inst.group(1)
            if " " not in inst.group(2).strip():  # "sunny outside instead of rainy": the word for the word
                new = re.sub(r"\s+(?:outside|outdoors|out there|out the window)$", "", new, flags=re.I)
                ed.set_phrase(i, p[:s] + new + p[e:])
            else:  # "make it a can instead of a glass bottle": the words that named it go too
                replace_en(ed, hit, new, _name_en(inst.group(2)), inst.group(2))
                ed.said.pop()
            ed.say("said_made", what=ed.name(target), value=inst.group(1))
            return
        value = inst.group(1)
    scene_word = re.fullmatch(
        r"(?:it|this|that|everything|the (?:scene|picture|image|whole thing|time|weather|season)|"
        r"the style|the background|背景|画面|风格|整体|天气|季节|时间)?",
        target.lower(),
    )
    split_scene = re.match(r"^(?:into\s+)?(?:a|an|the)\s+[\w' -]+?\s+(?:in|at|during)\s+(.+)$", value, re.I)
    if scene_word is not None and categories(value) and not (split_scene and target.lower() in ("it", "this", "that")):
        if target.lower() in ("the background", "背景") and not categories(value) - {"style"}:
            pass
        else:
            scene_value(ed, value)
            ed.say("said_made_it", value=value)
            return
    if zh:
        if not target and _zh_same_kind(ed, value):
            return None
        if target and value.rstrip("的") in _ZH_MATERIALS and _zh_material(ed, target, value.rstrip("的")):
            return None
        if target and _zh_predicate(ed, target, value):
            return None
        hit = find_zh(ed.phrases, target) if target else None
        if hit is None:
            if not target:
                return _scene_or_append(ed, value)
            if _other_language(ed, target, value) or _scene_thing(ed, target, value):
                return None
            return _cannot_find(ed, target)
        named = COLOUR_ZH.match(target)
        if named and 0 < named.end() < len(target) and _zh_colour(value):  # "米色墙换成赤陶色": 米色 is the colour
            i, s, _ = hit
            q = ed.phrases[i]
            ed.set_phrase(i, q[:s] + value.rstrip("的") + q[s + named.end() :])
            ed.say("said_changed", what=target, value=value)
            return None
        if COLOUR_ZH.fullmatch(target) and COLOUR_ZH.match(value):  # "荧光绿换成橙色": the colour word itself
            i, s, e = hit
            ed.set_phrase(i, ed.phrases[i][:s] + value.rstrip("的") + ed.phrases[i][e:])
            ed.say("said_changed", what=target, value=value)
            return None
        if _zh_recolour(ed.phrases[hit[0]], hit, value) and recolour_zh(ed, hit, value.rstrip("的"), target):
            return
        return replace_zh(ed, hit, value, target)
    if target.lower() in ("it", "this", "that", "everything", "them", "they", "these", "those"):
        value = re.sub(r"\s+instead$", "", value, flags=re.I)  # "make them strawberry pancakes instead"
        value = re.sub(r"(?i)^into\s+", "", value)  # "turn it into a snowy park"
        scene_part = re.match(r"^(.+?)\s+((?:in|at|during)\s+.+)$", value, re.I)
        if scene_part and categories(scene_part.group(2)) and _target_words(scene_part.group(1)):
            # "turn it into a snowy park in winter": the park, and the season, each where it is said
            scene_value(ed, re.sub(r"^(?:in|at|during)\s+", "", scene_part.group(2), flags=re.I))
            ed.said.clear()
            value = scene_part.group(1)
        words_ = _target_words(value)
        hit = find_en(ed.phrases, words_[-1]) if words_ else None
        if hit is not None and not _is_modifier(value):  # "make it a barn owl": the owl becomes a barn owl
            return replace_en(ed, hit, value, f"the {words_[-1]}")
        if _is_modifier(value) and not categories(value) and _recolour_main(ed, value):
            return None
        return _scene_or_append(ed, value)
    hit = find_en(ed.phrases, target)
    if hit is None:
        if _other_language(ed, target, value):  # "background purple" on "粉色的背景"
            return None
        if target.lower() in ("the background", "the backdrop"):
            return _scene_or_append(ed, f"{value} background")
        if _scene_thing(ed, target, value):
            return None
        return _cannot_find(ed, target)
    name = _name_en(target)
    bare_target = re.sub(r"^(?:the|its|his|her)\s+", "", target.lower())
    colour_only = _split_value(value)[0] and not _split_value(value)[1]
    if bare_target in MATERIALS_EN and colour_only and recolour_en(ed, hit, value, name):
        return  # "Leather: cognac": the leather's colour
    if bare_target in MATERIALS_EN | PROMPT_COLOURS_EN | FINISH_EN and _is_modifier(value):
        i, s, e = hit  # "change velvet to silk": the word itself
        ed.set_phrase(i, ed.phrases[i][:s] + value + ed.phrases[i][e:])
        ed.say("said_changed_to", what=bare_target, value=value)
        return
    comparative = _COMPARATIVES.get(value.strip().lower()) or _STATES.get(value.strip().lower())
    if comparative and _compare_en(ed, hit, comparative, name, value):
        return
    if _resize_en(ed, hit, value, name):
        return
    if _is_modifier(value) and recolour_en(ed, hit, value, name):
        return
    have = {x[0].lower() for x in _words_before(ed.phrases[hit[0]], hit[1])}
    if _is_modifier(value) and all(w.lower() in have for w in value.split()):
        return  # "black" for "short black hair": it already is
    if _opposite_en(ed, hit, value, name):
        return
    kind = re.fullmatch(r"(?:a|an)\s+([a-z]+)", value, re.I)
    known = kind and (
        kind.group(1).lower() in gl.HYPONYMS_EN or any(kind.group(1).lower() in v for v in gl.HYPONYMS_EN.values())
    )
    if kind and not known and not general.find(kind.group(1).lower()) and _kind_word_before(ed, hit):
        return _kind_of(ed, hit, kind.group(1), name)  # "a full moon" -> "a crescent moon"; "a horse" -> "a camel"
    tail = re.match(r"^(.+?)\s+(with\s+.+)$", value, re.I)
    if tail and _is_modifier(tail.group(1)):  # "make the mushroom red with white spots"
        recolour_en(ed, hit, tail.group(1), name)
        hit = find_en(ed.phrases, target)
        if hit is not None:
            i, _, end = hit
            p = ed.phrases[i]
            ed.set_phrase(i, p[:end] + " " + tail.group(2) + p[end:])
        return
    replace_en(ed, hit, value, name, target)


_SIZES_EN = {"bigger": "large", "larger": "large", "smaller": "small", "tinier": "tiny", "huger": "huge",
             "more small": "small", "more big": "large", "more large": "large", "less big": "small"}  # fmt: skip
_MOOD_EN = frozenset(
    ["dark", "bright", "cozy", "cosy", "misty", "foggy", "gloomy", "quiet", "busy", "crowded", "ancient", "old",
     "abandoned", "lonely", "lone", "peaceful", "serene", "moody", "dramatic", "mysterious", "haunted", "magical",
     "geometric", "minimalist", "abstract", "stylized", "stylised", "low-poly", "cartoon", "flat", "cute"]
)  # fmt: skip
_SIZE_WORDS_EN = (
    "small",
    "large",
    "big",
    "tiny",
    "huge",
    "little",
    "giant",
    "enormous",
    "massive",
    "miniature",
    "tall",
)


# "make the dress shorter": the word the comparative is made from, and the words it replaces
_COMPARATIVES = {
    "shorter": ("short", ("long", "tall")), "longer": ("long", ("short",)), "taller": ("tall", ("short",)),
    "newer": ("new", ("old", "worn", "vintage")), "older": ("old", ("new", "young")), "younger": ("young", ("old",)),
    "brighter": ("bright", ("dark", "dim")), "darker": ("dark", ("bright", "light", "pale")),
    "warmer": ("warm", ("cold", "cool")), "cooler": ("cool", ("warm", "hot")), "thicker": ("thick", ("thin",)),
    "thinner": ("thin", ("thick",)), "wider": ("wide", ("narrow",)), "narrower": ("narrow", ("wide",)),
    "softer": ("soft", ("harsh", "hard")), "calmer": ("calm", ("rough", "stormy")),
}  # fmt: skip


# "make the sea calm" on "a stormy sea": a state word replaces its opposites
_STATES = {
    "calm": ("calm", ("stormy", "rough", "choppy", "raging", "wild")), "stormy": ("stormy", ("calm", "still", "quiet")),
    "empty": ("empty", ("crowded", "busy", "full")), "crowded": ("crowded", ("empty", "quiet", "deserted")),
    "quiet": ("quiet", ("busy", "crowded", "noisy")), "busy": ("busy", ("quiet", "empty", "deserted")),
    "clear": ("clear", ("cloudy", "overcast", "stormy", "foggy", "misty")),
    "cloudy": ("cloudy", ("clear", "sunny", "cloudless")), "sunny": ("sunny", ("cloudy", "overcast", "rainy")),
    "open": ("open", ("closed",)), "closed": ("closed", ("open",)), "wet": ("wet", ("dry",)), "dry": ("dry", ("wet",)),
}  # fmt: skip


def _set_modifier(ed: Edit, hit: tuple[int, int, int], word: str, replaces) -> None:
    """The last of the noun phrase's words in ``replaces`` becomes ``word``; with none, ``word`` goes first."""
    i, start, _ = hit
    p = ed.phrases[i]
    mods = _words_before(p, start)
    old = [x for x in mods if x[0].lower() in replaces]
    if old:
        new = p[: old[-1][1]] + word + p[old[-1][2] :]
    else:
        at = mods[0][1] if mods else start
        new = p[:at] + word + " " + p[at:]
    ed.set_phrase(i, new)


def _compare_en(ed: Edit, hit: tuple[int, int, int], comparative: tuple, name: str, value: str) -> bool:
    base, opposites = comparative
    _set_modifier(ed, hit, base, {*opposites, base})
    ed.say("said_made_more", what=name, value=value)
    return True


def _resize_en(ed: Edit, hit: tuple[int, int, int], value: str, name: str) -> bool:
    """ "make the kite bigger": the size word of that noun phrase changes (or one is put first), nothing else."""
    v = re.sub(r"^(?:much|a bit|a little|slightly|way|even|a lot)\s+", "", value.strip().lower())
    size = _SIZES_EN.get(v) or (v if v in _SIZE_WORDS_EN else None)
    if size is None:
        return False
    _set_modifier(ed, hit, size, _SIZE_WORDS_EN)
    ed.say("said_made_bigger" if size in ("large", "huge", "giant") else "said_made_smaller", what=name, size=v)
    return True


def _kind_word_before(ed: Edit, hit: tuple[int, int, int]) -> bool:
    """Whether the noun has a word saying what kind it is ("full" moon): not a colour, material or tone."""
    i, start, _ = hit
    mods = _words_before(ed.phrases[i], start)
    return bool(mods) and mods[-1][0].lower() not in PROMPT_COLOURS_EN | MATERIALS_EN | TONES_EN | FINISH_EN | {
        "a",
        "an",
    }


def _kind_of(ed: Edit, hit: tuple[int, int, int], word: str, name: str) -> None:
    """ "make the moon a crescent": the word says what kind of moon, so "a full moon" -> "a crescent moon"."""
    i, start, _ = hit
    p = ed.phrases[i]
    mods = _words_before(p, start)
    s = start
    if mods and mods[-1][0].lower() not in PROMPT_COLOURS_EN | MATERIALS_EN | TONES_EN | FINISH_EN:
        s = mods[-1][1]
    ed.set_phrase(i, p[:s] + word + " " + p[start:])
    ed.say("said_made_a", what=name, value=word)


_ZH_MATERIALS = ("陶瓷", "玻璃", "木质", "木头", "实木", "金属", "不锈钢", "黄铜", "铜", "皮革", "真皮", "丝绸", "真丝",
                 "棉麻", "亚麻", "羊毛", "大理石", "水泥", "石头", "竹", "竹编", "藤编", "塑料", "纸", "水晶", "搪瓷", "铁艺", "铸铁")  # fmt: skip


def _zh_material(ed: Edit, target: str, material: str) -> bool:
    """ "花瓶改成玻璃的" on "陶瓷花瓶": the material word before it changes (or is said)."""
    hit = find_zh(ed.phrases, target)
    if hit is None:
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    before = p[max(0, start - 4) : start]
    old = next((m for m in sorted(_ZH_MATERIALS, key=len, reverse=True) if before.endswith(m)), None)
    s = start - len(old) if old else start
    ed.set_phrase(i, p[:s] + material + p[start:])
    ed.say("said_made_material", what=target, value=material)
    return True


_ZH_QUANTIFIED = re.compile(r"^(?:一|两|三|几)?[个只条张把支根片双壶杯碗盘朵棵座艘辆匹头套顶块盏幅瓶盒束枝]")


def _zh_same_kind(ed: Edit, value: str) -> bool:
    """ "换成一只黑猫" with no target: the thing of that kind in the prompt ("一只橘猫") is the one replaced;
    "换成一只狐狸" on "一只白色的兔子蹲在草地上": a new thing, counted like the main subject, replaces it."""
    core = _ZH_QUANTIFIED.sub("", value).strip()
    if not core or categories(core) or len(core) > 8:
        return False
    for n in (3, 2, 1):
        head = core[-n:]
        if len(core) <= n or COLOUR_ZH.fullmatch(head) or not re.fullmatch(r"[\u4e00-\u9fff]+", head):
            continue
        hit = find_zh(ed.phrases, head)
        if hit is not None:
            replace_zh(ed, hit, value, head)
            return True
    counted = _ZH_QUANTIFIED.match(value)
    first = ed.phrases[0] if ed.phrases else ""
    lead = re.match(r"(?:一|两|三)[只个条辆头匹位名]", first)
    if counted is None or lead is None:
        return False
    nouns = sorted({*bilingual.NOUNS_ZH, *(z for _, zs in gl.NOUNS.values() for z in zs)}, key=len, reverse=True)
    window = first[lead.end() : lead.end() + 10]
    found = [(window.find(n), -len(n)) for n in nouns if n in window]  # the first noun, named in full ("兔子")
    if not found:
        return False
    start, minus_len = min(found)
    end = lead.end() + start - minus_len
    ed.set_phrase(0, value + first[end:])
    ed.say("said_changed_it", value=value)
    return True


_ZH_PRED = r"(?:是|为|呈|采用|用的是|选用|刷成|涂成|漆成|刷的是)"


def _zh_predicate(ed: Edit, target: str, value: str) -> bool:
    """ "背景换成薄荷绿" on "背景是明亮的黄色", "配色改成墨绿色和米色" on "配色为深棕色和米色": what is said of it changes."""
    if target in value or _ZH_QUANTIFIED.match(value):
        return False
    pred = re.compile(rf"{re.escape(target)}{_ZH_PRED}([^，,。；;、：:]+)")
    for i, p in enumerate(ed.phrases):
        m = pred.search(p)
        if m:
            end = m.end(1)
            said = COLOUR_ZH.match(m.group(1))
            if said and COLOUR_ZH.fullmatch(value):  # "风筝是红色的燕子形状": the colour goes, the kite's shape stays
                end = m.start(1) + said.end() - (1 if said.group(0).endswith("的") else 0)
            ed.set_phrase(i, p[: m.start(1)] + value.rstrip("的") + p[end:])
            ed.say("said_changed_to", what=target, value=value)
            return True
    return False


def _other_language(ed: Edit, target: str, value: str) -> bool:
    """ "make the aurora pink" on a Chinese prompt, "把车改成蓝色" on an English one: the thing is found by its name
    in the prompt's language, and a colour is written in that language; the prompt stays in its own."""
    done = False
    if lx.has_cjk(target):
        for word in bilingual.en_words(target):
            hit = find_en(ed.phrases, word)
            if hit is not None:
                colour = bilingual.colour_in(value, "en") or (value if _is_modifier(value) else None)
                name = f"the {word}"
                english = bilingual.en_words(value.removesuffix("的")) if lx.has_cjk(value) else ()
                if not colour and english:  # "茶换成咖啡" on "a cup of tea": coffee
                    replace_en(ed, hit, english[0], name, word)
                elif not (colour and recolour_en(ed, hit, colour, name)):
                    if lx.has_cjk(value):  # no English for it: said before the noun, the noun stays
                        i, s, _ = hit
                        ed.set_phrase(i, ed.phrases[i][:s] + value + " " + ed.phrases[i][s:])
                        ed.say(None)
                    else:
                        replace_en(ed, hit, value, name, word)
                done = True
                break
    elif any(lx.has_cjk(p) for p in ed.phrases):
        for word in bilingual.zh_words(target):
            hit = find_zh(ed.phrases, word)
            if hit is not None:
                colour = bilingual.colour_in(value, "zh") or (
                    _zh_colour_word(value) if _zh_colour_value(value) else None
                )
                if not (colour and recolour_zh(ed, hit, colour, word)):
                    replace_zh(ed, hit, colour or value, word)
                done = True
                break
    if done:  # the reply names it as the user did
        ed.said[-1] = ("said_made", {"what": ed.name(target), "value": value})
    return done


_SCENE_THINGS_EN = ("sky", "lighting", "light", "water", "ground", "floor", "walls", "wall", "clouds", "grass")
_SCENE_THINGS_ZH = ("天空", "灯光", "光线", "地面", "地板", "墙", "墙面", "云", "草地", "水面")


def _scene_thing(ed: Edit, target: str, value: str) -> bool:
    """ "make the sky purple" when the prompt never said a sky: every picture has one, so it is said now."""
    t = re.sub(r"^(?:the|its)\s+", "", target.strip().lower())
    v = value.strip()
    prompt_zh = any(lx.has_cjk(p) for p in ed.phrases)
    if lx.has_cjk(t) and not prompt_zh and bilingual.en_words(t) and bilingual.colour_in(v, "en"):
        t, v = bilingual.en_words(t)[0], bilingual.colour_in(v, "en")  # "让天空变成紫色" on an English prompt
    elif not lx.has_cjk(t) and prompt_zh and bilingual.zh_words(t) and bilingual.colour_in(v, "zh"):
        t, v = bilingual.zh_words(t)[0], bilingual.colour_in(v, "zh")
    if t in _SCENE_THINGS_EN and _is_modifier(v):
        ed.append(f"{v} {t}")
        ed.say("said_made", what=ed.name(target), value=value.strip())
        return True
    if t in ("背景",) and prompt_zh and lx.has_cjk(v):
        ed.append(f"{v.rstrip('的')}背景")  # "背景改成雪地" when no background was said
        ed.say("said_background", value=value.strip())
        return True
    if t in _SCENE_THINGS_ZH and COLOUR_ZH.fullmatch(v):
        ed.append(f"{v.rstrip('的')}的{t}")
        ed.say("said_made", what=ed.name(target), value=value.strip())
        return True
    return False


def _zh_recolour(p: str, hit: tuple[int, int, int], value: str) -> bool:
    """ "毯子换成红色", "台面换成黑色大理石" (大理石 already there) recolour; "红光换成蓝光", "竹蒸笼换成白瓷盘" replace."""
    m = _zh_colour(value)
    if m is None:
        return False
    rest = value[m.end() :].strip("的色")
    return rest == "" or rest in p[max(0, hit[1] - 8) : hit[1]]


def _replace_target(ed: Edit, target: str, value: str) -> None:
    target = re.sub(r"^(?:the|a|an)\s+", "", target.strip(), flags=re.I)
    if re.search(r"(?<![a-z])ones?$", value.strip(), re.I) and target.split():
        # "swap the concrete pedestal for a marble one": one = the thing named
        value = re.sub(r"(?<![a-z])ones?$", target.split()[-1], value.strip(), flags=re.I)
    hit = find_en(ed.phrases, target) if not lx.has_cjk(target) else find_zh(ed.phrases, target)
    if hit is None:
        if not lx.has_cjk(target) and _drop_adjective(ed, target):  # "replace the snow with falling leaves"
            ed.said.pop()
            ed.append(re.sub(r"^with\s+", "", value.strip(), flags=re.I))
            ed.say("said_replaced", what=target, value=value.strip())
            return None
        return _cannot_find(ed, target)
    if lx.has_cjk(target):
        return replace_zh(ed, hit, value, target)
    return replace_en(ed, hit, re.sub(r"^with\s+", "", value, flags=re.I), _name_en(target), target)


def _colour_list(ed: Edit, value: str) -> bool:
    """ "use orange and navy instead": the list of colours in the prompt is replaced."""
    ws = [x.lower() for x in re.findall(r"[a-z]+", value.lower())]
    if not ws or not all(x in COLOURS_EN or x in TONES_EN or x == "and" for x in ws):
        return False
    pattern = re.compile(
        rf"(?:(?:{'|'.join(sorted(TONES_EN))})\s+)?(?:{'|'.join(sorted(COLOURS_EN))})"
        rf"(?:\s*(?:,|and)\s*(?:(?:{'|'.join(sorted(TONES_EN))})\s+)?(?:{'|'.join(sorted(COLOURS_EN))}))+",
        re.I,
    )
    for i, p in enumerate(ed.phrases):
        m = pattern.search(p)
        if m:
            ed.set_phrase(i, p[: m.start()] + value + p[m.end() :])
            ed.say("said_colours", value=value)
            return True
    return False


def _cannot_find(ed: Edit, target: str) -> None:
    shown = target.strip()
    if ed.question is None:
        ed.question = messages.text("ask_part_not_found", ed.lang, shown=shown)


def _name_en(target: str) -> str:
    t = target.strip()
    if t.lower() in ("it", "this", "that", "everything", "them", "they", "these", "those"):
        return t
    if re.match(r"(?:the|its|his|her|their|my)\s", t, re.I):
        return t
    return f"the {t}"


# -- the rewrite -------------------------------------------------------------------------------------


def index(text: str, lang: str, previous: Scene | None, next_id: int) -> Scene:
    """The structured view of the words: subjects (ids kept where the kind is unchanged), setting, time…"""
    ops = general.GeneralOps(Scene(language=lang, next_id=next_id), lang)
    ops.new_scene(lx.normalise(text))
    scene = ops.scene
    if previous is not None:
        old = {s.kind: s for s in previous.subjects}
        subjects, used = [], set()
        for s in scene.subjects:
            match = old.get(s.kind)
            if match is not None and match.id not in used:
                used.add(match.id)
                subjects.append(s.model_copy(update={"id": match.id}))
            else:
                subjects.append(s)
        top = max([int(s.id[1:]) for s in subjects] + [previous.next_id - 1, next_id - 1])
        fixed = []
        seen = set()
        for s in subjects:
            if s.id in seen:
                top += 1
                s = s.model_copy(update={"id": f"s{top}"})
            seen.add(s.id)
            fixed.append(s)
        scene = scene.model_copy(update={"subjects": tuple(fixed), "next_id": top + 1})
    return scene


def rewrite(previous: Scene, history, message: str, text: str, lang: str, *, new: bool | None = None) -> Rewrite:
    """One message on the open path: a new picture from the user's words, or a span edit of the current words."""
    raw = clean(message)
    have = not previous.is_empty
    if new is None:
        new = not have or bool(
            re.search(
                r"(?<![a-z])(?:start over|new picture|new image|new scene|start again)(?![a-z])|重新画|换一张|重来",
                text,
            )
        )
    if new:
        body = strip_wrapper(
            re.sub(
                r"^(?:start over|new picture|new image|new scene|start again|重新画|换一张|重来)[:：,，]?\s*",
                "",
                raw,
                flags=re.I,
            )
        )
        phrases = phrases_of(body)
        scene = index(body, lang, None, previous.next_id).model_copy(update={"extras": phrases, "language": lang})
        reply = messages.text("reply_drew_described", lang)
        return Rewrite(
            intent="draw", prompt=joiner(lang).join(phrases), scene=scene, changes=(Change(op="new"),), reply=reply
        )
    current = previous.extras or phrases_of(_old_prompt(previous))
    if is_remark(raw):  # "perfect, ship it", "小熊猫好可爱": said about the picture, not to change it
        return Rewrite(intent="chat", prompt="", scene=previous, reply=messages.text("reply_ack", lang))
    if is_vague(raw):  # "change the colour", "make it better", "换个颜色": change nothing, and ask
        return Rewrite(intent="chat", prompt="", scene=previous, reply=messages.text("reply_open_not_understood", lang))
    ed = edit_phrases(current, raw, lang)
    if not ed.changes:
        question = ed.question or messages.text("reply_open_not_understood", lang)
        return Rewrite(intent="chat", prompt="", scene=previous, reply=question)
    if not ed.phrases:
        return Rewrite(intent="chat", prompt="", scene=previous, reply=messages.text("reply_nothing_left", lang))
    # The prompt keeps its own language's separators: a Chinese edit of an English prompt changes
    # the words it names, not every comma ("…fireplace，cozy winter 夜晚，soft warm light").
    prompt_lang = previous.language or lang
    text_now = joiner(prompt_lang).join(ed.phrases)
    scene = index(text_now, prompt_lang, previous, previous.next_id).model_copy(
        update={"extras": tuple(ed.phrases), "language": prompt_lang}
    )
    notes = (ed.question,) if ed.question else ()
    return Rewrite(
        intent="edit", prompt=text_now, scene=scene, changes=tuple(ed.changes), reply=_reply(ed, lang), notes=notes
    )


_EDIT_VERB = re.compile(
    r"(?i)(?<![a-z])(?:make|change|turn|add|remove|delete|put|move|swap|replace|use|give|paint|colou?r|no|without|lose|"
    r"drop|get rid|switch|try|set|place|instead|should|want|need|let'?s)(?![a-z])"
    r"|改|换|加|去掉|删|变|放|把|挪|移|不要|别|成|要是|试试"
)
_REMARK = re.compile(
    r"(?i)(?<![a-z])(?:love|loving|like it|gorgeous|beautiful|cute|perfect|great|nice|amazing|awesome|cool|lovely|stunning|"
    r"wow|omg|haha+|lol|thanks?|thank you|thx|ty|approved|ship it|fine|good|brilliant|yay|wonderful|fantastic|"
    r"exactly|on brand|as is|nvm|never ?mind|no worries|keep(?:ing)?|leave (?:it|them)|that'?s it|done|"
    r"so (?:cute|good|pretty|nice))(?![a-z])"
    r"|可爱|好美|真美|太美|漂亮|好看|绝了|高级|就这|挺好|不用了|先不改|不改了|没事|算了|哈哈|谢谢|多谢|感谢|好耶|完美|"
    r"喜欢|爱了|不错|满意|棒|赞|牛|效果|感觉|温柔多了|清新|饿了|[\U0001F300-\U0001FAFF\u2764\u2728]"
    # talk about the work, not the picture: a person, a plan, an errand ("sending this to the client", "我拿去给老板看看")
    r"|(?i:(?<![a-z])(?:i|i'?ll|i'?m|i'?ve|my|me|we|we'?ll|our|brb|kk|k|meh|hmm+|interesting|got it|sending|send|"
    r"boss|client|team|later|tomorrow)(?![a-z']))|我|咱|老板|客户|辛苦|收到|先这样|回头|明天"
)
_UNHAPPY = re.compile(
    r"(?i)^(?:hmm+\s+|meh\s*|nah\s+)?(?:not quite|not right|not it|that'?s off|off|wrong|meh|nope|hmm+|again\??|"
    r"not there yet)$|^(?:不太对|不对|不行|不好|不太行|还不行|差点意思|再来)$"
)
_VAGUE = re.compile(
    r"(?i)^(?:(?:can|could|would) you\s+)?(?:please\s+)?"
    r"(?:(?:change|edit|fix|tweak|adjust|redo|update|alter)\s+(?:it|this|that|the\s+(?:colou?rs?|[a-z]+(?:\s+[a-z]+)?))"
    r"(?:\s+(?:too|as well|a bit|a little|again|up|somehow))?"
    r"|make\s+(?:it|him|her|them|this|the\s+[a-z]+)\s+(?:look\s+)?(?:better|nicer|prettier|cooler|different|pop|"
    r"more interesting|more exciting|more fun|look good|interesting|special|stand out))[\s.!?]*$"
    r"|^(?:再|请|帮我)?\s*(?:把它|把这个)?\s*(?:改|换|调|变|调整|改改|调调|change|adjust|tweak|fix)\s*"
    r"(?:一下|一改|一调|个样|下|改|调)?\s*(?:vibe|感觉|氛围|pls|please|吧)?[\s。！!]*$"
    r"|^(?:再|请)?\s*(?:换|改)个(?:感觉|风格|氛围|样子|vibe|feel)[\s。！!吧]*$"
    r"|^(?:颜色|色调)?(?:调一调|调调|调整下|调整一下)[\s。！!吧]*$"
    r"|^(?:再)?(?:大|小)(?:一)?点[了吧儿]?[\s。！!]*$"
    r"|^(?i:make it)\s*(?:更|再)?(?:好看|漂亮|高级|有感觉)(?:一)?点?[\s。！!]*$"
    r"|^(?:再|请|帮我)?\S{0,4}?(?:换|改)(?:个|一个|一下)\s*(?:颜色|天气|风格|样子|色|color|colour)[\s。！!吧]*$"
    r"|^(?:颜色|色调)?再调调[\s。！!]*$"
    r"|^(?:让它|把它弄得?|弄得?)?(?:好看|漂亮|有趣|特别)(?:一)?点[\s。！!吧]*$"
)


_SETTLED = re.compile(
    r"(?:先|那就|还是)?(?:不改了|不用改了?|不用了|不换了|就这样吧?|就这样|就这个吧?|就这版吧?|算了吧?|没事)[了吧啦呀]?"
)


def is_remark(text: str) -> bool:
    """Every clause praises, thanks or settles ("perfect, ship it", "ok keeping dusk, thx", "这个效果绝了"), and none
    asks for a change: a chat turn, and nothing is added to the prompt."""
    clauses = [c for c in re.split(r"[,，.。!！;；]+\s*", text) if c.strip(" ~～")]
    if not clauses or re.search(r"[?？]\s*$", text):
        return False
    if all(_SETTLED.fullmatch(c.strip()) for c in clauses):
        return True  # "先不改了", "不用了": nothing is to change
    if _EDIT_VERB.search(text) or re.search(r"还是|instead|rather|(?<![a-z])back(?![a-z])", text, re.I):
        return False
    return all(_REMARK.search(c) or c.strip().lower() in ("ok", "okay", "aww", "嗯", "好") for c in clauses)


def is_vague(text: str) -> bool:
    """An edit with nothing to edit by: no value ("change the colour", "change it", "换个颜色", "改一下", "hmm not quite,
    fix it"); not "change the sky blue" or "tweak the lighting warmer", whose last word is the value."""
    clauses = [c.strip() for c in re.split(r"[,，.。!！;；]+\s*", text) if c.strip(" ~～")]
    if not clauses:
        return False
    asked = [c for c in clauses if _VAGUE.search(c)]
    if not asked or not all(c in asked or _UNHAPPY.search(c) for c in clauses):
        return False
    words_ = re.findall(r"[a-z]+", text.lower())
    valued = [w for w in words_[1:] if w in PROMPT_COLOURS_EN or w in MATERIALS_EN or w in FINISH_EN]
    return not valued and not (words_ and words_[-1].endswith("er") and words_[-1] not in ("better", "cooler"))


def _old_prompt(scene: Scene) -> str:
    from core.describe import compose_prompt

    return compose_prompt(scene)


def _reply(ed: Edit, lang: str) -> str:
    from core.rewriter.replies import join

    parts = [messages.text(code, lang, **params) if code else "" for code, params in ed.said]
    return join(parts, lang) if parts else messages.text("reply_changed", lang)
