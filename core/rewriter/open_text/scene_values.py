"""Values that belong to the whole picture (time of day, season, weather, style, colour mode, angle):
one phrase says each, and a new value takes that phrase's place."""

from __future__ import annotations

import re

from core.language import bilingual
from core.language import lexicon as lx
from core.language.patterns import ascii_word, compiled
from core.rewriter import general
from core.rewriter.open_text.spans import Edit, _tidy, _words_before
from core.rewriter.open_text.user_text import mixed

TIME_EN = {
    "night": ("night", "nighttime", "midnight", "at night"),
    "evening": ("evening", "dusk", "twilight", "sunset", "golden hour", "blue hour"),
    "morning": ("morning", "dawn", "sunrise", "daybreak"),
    "day": ("daytime", "midday", "noon", "afternoon", "day"),
}
TIME_ZH = ("日落时分", "黄昏时分", "夜景", "夜晚", "晚上", "夜里", "深夜", "午夜", "夜间", "黑夜", "傍晚", "黄昏", "日落", "夕阳",
           "日出", "黎明", "清晨", "早晨", "早上", "上午", "中午", "午后", "下午", "白天", "白昼", "冬夜", "夏夜", "秋夜", "春夜",
           "雪夜", "雨夜", "月夜", "星夜", "黄金时刻", "蓝调时刻", "正午", "凌晨", "破晓")  # fmt: skip
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
# Where the light comes from: a new source takes the old one's word ("candlelight instead" on "soft daylight")
LIGHT_EN = ("daylight", "sunlight", "candlelight", "candle light", "moonlight", "lamplight", "firelight", "torchlight",
            "starlight", "neon light", "neon lights", "window light", "natural light", "lantern light")  # fmt: skip
LIGHT_ZH = ("自然光", "烛光", "月光", "日光", "火光", "灯笼光", "霓虹灯光", "窗光", "台灯光")
SEASON_EN = ("spring", "springtime", "summer", "summertime", "autumn", "fall", "winter", "wintertime")
SEASON_ZH = ("春天", "夏天", "秋天", "冬天", "春季", "夏季", "秋季", "冬季", "春日", "夏日", "秋日", "冬日")
BRIGHT = ("sunny", "sunshine", "sunlight", "sunlit", "sun", "golden hour", "clear sky", "clear blue sky", "blue sky",
          "blue skies", "bright day", "晴朗的天空", "晴朗的蓝天", "晴朗蓝天", "蓝天白云", "阳光明媚", "阳光", "晴天", "蓝天",
          "晴朗", "晴空", "日光")  # fmt: skip
DARK = ("thunderstorm", "stormy", "storm clouds", "storm", "rainy", "raining", "rain", "overcast", "cloudy", "lightning",
        "foggy", "fog", "misty", "hazy", "大雾", "雾蒙蒙", "起雾",
        "暴风雨", "雷雨", "下着大雨", "下着小雨", "下着雨", "下雨", "小雨", "大雨", "雨天", "细雨蒙蒙", "蒙蒙细雨", "细雨", "毛毛雨", "烟雨蒙蒙", "乌云密布", "乌云", "闪电", "巨浪翻滚", "巨浪", "阴天", "多云",
        "海浪汹涌", "波涛汹涌", "惊涛骇浪")  # fmt: skip
WEATHER_EN = ("sunny", "rainy", "rain", "stormy", "storm", "snowy", "snowing", "snow", "foggy", "fog", "misty", "mist",
              "overcast", "cloudy", "calm", "clear", "windy")  # fmt: skip
WEATHER_ZH = ("下雨天", "下着雨", "下着雪", "下雨", "雨天", "小雨", "细雨蒙蒙", "蒙蒙细雨", "细雨", "毛毛雨", "烟雨蒙蒙", "雪景", "暴风雨", "雷雨", "晴天", "晴朗", "晴空", "阳光明媚", "下雪", "大雪", "雪天", "大雾",
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
        compiled(rf"(?<![a-z]){re.escape(word)}s?$").search(low) if word.isascii() else low.endswith(word)
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
            if ascii_word(word).search(low):
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
    if _has_any(low, LIGHT_EN) or _has_any(value, LIGHT_ZH):
        cats.add("light")
    return cats


# Where the camera is: one phrase of a prompt says it, and a new angle takes that phrase's place.
ANGLE_EN = ("top-down", "top down", "overhead", "bird's-eye", "birds-eye", "bird's eye", "birds eye", "worm's-eye",
            "worm's eye", "from above", "from below", "low angle",
            "low-angle", "high angle", "high-angle", "eye level", "eye-level", "side view", "front view", "profile view",
            "close-up", "closeup", "wide shot", "wide-angle", "aerial", "flat lay", "three-quarter view", "3/4 view", "three quarter view", "3/4 angle", "directly above",
            "from directly above", "straight down", "straight above", "45-degree", "waist up", "waist-up", "full body", "full-body",
            "headshot", "head and shoulders", "street level", "ground level", "from high above", "high above",
            "low seated perspective", "seated perspective", "low perspective", "high perspective", "from the side",
            "side angle", "side-on", "45 degree", "45 degrees", "three-quarter angle", "dutch angle", "over-the-shoulder",
            "from behind", "back view", "rear view", "top view", "worm's-eye view")  # fmt: skip
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
    "侧拍",
    "侧视",
    "人视",
    "顶视",
    "背面",
    "背影",
    "斜侧",
)


def scene_value(ed: Edit, value: str) -> bool:
    """ "make it night", "改成冬天", "change the style to watercolor": the phrase of that kind is replaced, or added."""
    if not mixed(ed.phrases):  # the prompt's language; a prompt in both keeps the words as said ("改成 night")
        value = bilingual.scene_word_in(value, any(lx.has_cjk(p) for p in ed.phrases))
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
    if "light" in cats and not done:
        for i, p in enumerate(ed.phrases):
            hit = _has_any(p, LIGHT_ZH if lx.has_cjk(p) else LIGHT_EN)
            if hit and hit.lower() != value.strip().lower():
                ed.set_phrase(i, _replace_word(p, hit, value))
                done = True
                break
    if "angle" in cats and not done:
        at = [i for i, p in enumerate(ed.phrases) if _angle_in(p)]
        own = [i for i in at if _only_angle(ed.phrases[i])]  # a phrase that only says the angle
        if own:
            ed.set_phrase(own[-1], value)
        elif at:  # "仰拍一位街舞少年在天台上跳跃": the angle's words change, the dancer stays
            i = at[-1]
            ed.set_phrase(i, _replace_word(ed.phrases[i], _angle_in(ed.phrases[i]), value))
        else:
            ed.append(value)
        done = True
    if "style" in cats and not done:
        whole = [i for i, p in enumerate(ed.phrases) if _style_phrase(p)]
        inside = [i for i, p in enumerate(ed.phrases) if _has_any(p, ("style", "风格", "画风"))] or [
            i for i, p in enumerate(ed.phrases) if _restyle(p, value) is not None and not lx.has_cjk(p)
        ]
        if whole:
            old = ed.phrases[whole[-1]]
            styled = (
                re.search(r"(?:风格|画风)$", old) and lx.has_cjk(value) and not re.search(r"(?:风格|画风|风)$", value)
            )
            # "水墨的" on "工笔画风格": 水墨风格, as the prompt says a style
            ed.set_phrase(
                whole[-1], value.removesuffix("的") + re.search(r"(?:风格|画风)$", old).group(0) if styled else value
            )
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
        clash = (
            (*DARK, *SNOW_FALLING) if bright else BRIGHT if dark else ()
        )  # "改成晴天" on "窗外下着雪": no snow falls
        if _has_any(value, RAIN_FALLING):
            clash = (*clash, *SNOW_FALLING)  # "snow change to heavy rain" on "outside is snowing": one falls, not both
        elif _has_any(value, SNOW_FALLING):
            clash = (*clash, *RAIN_FALLING)
        first = True
        for i in range(len(ed.phrases) - 1, -1, -1):
            p = ed.phrases[i]
            hit = _has_any(p, clash) if clash else None
            if hit:
                if first and not replaced and i == min(k for k, q in enumerate(ed.phrases) if _has_any(q, clash)):
                    pass
                if not replaced and all(not _has_any(q, clash) for q in ed.phrases[:i]):
                    if re.search(r"(?:sky|skies|天空)$", hit) and re.fullmatch(
                        r"[a-z]+y|overcast", value.strip().lower()
                    ):
                        ed.set_phrase(i, p.replace(hit, f"{value.strip()} sky", 1))  # "under a stormy sky"
                    elif hit.isascii() and re.match(
                        rf"(?i)(?:[a-z]+\s+)?{re.escape(hit)}\s+(?:on|against|down|streaking|running|dripping)\b",
                        p.strip(),
                    ):
                        ed.set_phrase(i, "")  # "rain on the glass" made sunny: the rain goes, not "sunny on the glass"
                        ed.append(value)
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
                value,
                (
                    "summer",
                    "summertime",
                    "spring",
                    "springtime",
                    "autumn",
                    "fall",
                    "夏天",
                    "夏季",
                    "夏日",
                    "春天",
                    "春季",
                    "春日",
                    "秋天",
                    "秋季",
                    "秋日",
                ),
            )  # fmt: skip
        )
    ):
        _drop_words(ed, SNOW_MARKERS, keep=value)  # "make it summer", "改成秋天": the snow goes with the winter
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
NIGHT_CLASH = ("sunlight", "sunshine", "sunny", "midday sun", "setting sun", "sunset glow", "afternoon sun",
               "morning sun", "evening sun", "late afternoon sun", "golden hour sun", "阳光", "日光",
               "烈日", "晴朗的天空", "夕阳", "落日", "正午")  # fmt: skip
SNOW_FALLING = (
    "snowing",
    "snowfall",
    "falling snow",
    "snowflakes",
    "snowstorm",
    "blizzard",
    "下着雪",
    "下雪",
    "大雪",
    "小雪",
    "飘雪",
    "雪景",
)
RAIN_FALLING = ("raining", "rainy", "rain", "heavy rain", "light rain", "drizzle", "downpour", "rainstorm", "下着大雨",
                "下着小雨", "下着雨", "下雨", "大雨",
                "小雨", "雨天", "暴雨", "细雨蒙蒙", "蒙蒙细雨", "细雨", "毛毛雨", "烟雨蒙蒙")  # fmt: skip
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
        about_it = about_it or bool(  # "warm sunlight through blinds": how that light came in goes with it
            re.match(
                r"(?i)\s*(?:through|streaming|pouring|filtering|falling|coming|from the window|over|across|behind)\b",
                rest,
            )
        )
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


def _angle_in(p: str) -> str | None:
    return _has_any(p.lower(), ANGLE_EN) or _has_any(p, ANGLE_ZH)


def _only_angle(p: str) -> bool:
    """ "low angle shot", "俯拍视角", "shot at eye level": the phrase says where the camera is and nothing else."""
    rest = p.lower().replace(_angle_in(p) or "", " ")
    if lx.has_cjk(p):
        return len(re.findall(r"[\u4e00-\u9fff]", rest)) <= 4
    words = [w for w in re.findall(r"[a-z']+", rest) if w not in ("a", "an", "the", "at", "from", "of", "in")]
    return len(words) <= 2


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


# Where a picture takes place: a new one takes the old one's word ("make it a frozen tundra" on "a misty desert").
SETTINGS_EN = ("desert", "tundra", "forest", "jungle", "rainforest", "beach", "city", "meadow", "savanna", "canyon",
               "glacier", "swamp", "prairie", "snowfield", "valley", "wasteland", "grassland", "steppe", "marsh",
               "volcano", "oasis", "countryside", "seabed", "ocean floor")  # fmt: skip
SETTINGS_ZH = ("沙漠", "冰原", "雪原", "森林", "丛林", "雨林", "海滩", "沙滩", "城市", "草原", "草地", "峡谷", "冰川", "沼泽",
               "山谷", "荒原", "荒野", "戈壁", "海底", "火山", "绿洲", "乡村", "雪山", "竹林", "松林", "雪松林", "树林", "桦树林",
               "枫林", "海边", "湖边")  # fmt: skip


def new_setting(ed: Edit, value: str) -> bool:
    """ "make it a frozen tundra", "还是改成冰原吧": the prompt's place word gives way to the new one."""
    v = re.sub(r"(?i)^(?:into\s+)?(?:a|an|the)\s+", "", value.strip()).rstrip("吧了")
    zh = lx.has_cjk(v)
    words = SETTINGS_ZH if zh else SETTINGS_EN
    if not any(v.lower().endswith(w) for w in words):
        return False
    for i, p in enumerate(ed.phrases):
        for w in sorted(words, key=len, reverse=True):
            if zh:
                m = re.search(re.escape(w), p)
                start = m.start() if m else 0
            else:  # the place after its preposition, with the words describing it: "across [a misty desert]"
                m = re.search(
                    rf"(?i)\b(?:in|across|through|over|on|at|into|from|of|near)\s+(?:(?:the|a|an)\s+)?"
                    rf"((?:[\w-]+\s+){{0,2}}?){re.escape(w)}s?\b",
                    p,
                )
                start = m.start(1) if m else 0
            if m and not v.lower().endswith(w):
                ed.set_phrase(i, p[:start] + v + p[m.end() :])
                ed.say("said_made_it", value=value.strip())
                return True
    return False


_SHOOT_EN = re.compile(
    r"(?i)^(?:(?:can|could) you\s+|please\s+|let'?s\s+|maybe\s+|now\s+|actually,?\s+|ok,?\s+)*(?:shoot|shot|film|photograph|capture|frame|show|do|draw|redo)"
    r"\s+(?:it|this|that|the (?:scene|picture|shot|photo|image))?\s*(?P<angle>.+?)"
    r"(?:\s+(?:instead|please|pls|now|then))*[\s.!?]*$"
)
_SHOOT_ZH = re.compile(
    r"^(?:那就|那|再)?(?:换个角度|换个视角|换一个角度|角度换成|视角换成|改成|换成|来个|来一个|来张|来一张|用|要)[，,\s]*"
    r"(?P<angle>.+?)(?:的?(?:图|视图|视角|角度|构图))?(?:吧|看看|试试)?[。！!]*$"
)


def camera_asked(message: str) -> str:
    """ "shoot it from a low angle instead", "换个角度 45度侧拍", "来个俯视图": the angle asked for, said alone, so
    it takes the place of the prompt's angle; any other message as it is."""
    for pattern in (_SHOOT_EN, _SHOOT_ZH):
        m = pattern.match(message.strip())
        if m is None or len(m.group("angle")) > 40:
            continue
        said = m.group("angle").strip()
        whole = message.strip()[m.start("angle") :].rstrip("。！!.?？ ")
        angle = whole if pattern is _SHOOT_ZH else said  # "正面低角度" whole; "from the side" as said
        if _angle_in(angle):
            return re.sub(r"(?i)^(?:at\s+)?(?:a|an|the)\s+", "", angle) if angle.isascii() else angle
    return message
