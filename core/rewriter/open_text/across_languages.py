"""An edit said in the other language than its prompt ("background purple" on "粉色的背景"), and scene-wide things
("make the sky pink", "地面换成木地板") the prompt may not name yet."""

from __future__ import annotations

import re

from core import messages
from core.language import bilingual
from core.language import lexicon as lx
from core.rewriter.open_text.en_edits import recolour_en, replace_en
from core.rewriter.open_text.outlines import outline_in_english, reshape_en
from core.rewriter.open_text.scene_values import categories, scene_value
from core.rewriter.open_text.spans import Edit, find_en, find_zh
from core.rewriter.open_text.user_text import all_chinese
from core.rewriter.open_text.word_classes import (
    COLOUR_ZH,
    _is_modifier,
    _zh_colour_value,
    _zh_colour_word,
)
from core.rewriter.open_text.zh_edits import _resize_zh, recolour_zh, replace_zh

_ZH_SIZES = {"smaller": "小", "bigger": "大", "larger": "大", "small": "小", "big": "大", "large": "大", "tiny": "小",
             "huge": "大"}  # fmt: skip


def _zh_part(ed: Edit, word: str, part: str) -> bool:
    """One English value for a thing of a Chinese prompt: a colour, or a size (the size word before it changes)."""
    colour = bilingual.colour_in(part, "zh")
    hit = find_zh(ed.phrases, word)
    if hit is None:
        return False
    if colour:
        return recolour_zh(ed, hit, colour, word) or True
    size = _ZH_SIZES.get(part.strip().lower())
    return bool(size) and _resize_zh(ed, f"{word}{size}一点")


def _tinted_in_english(value: str) -> str | None:
    """ "深绿色的" -> "dark green", "浅蓝" -> "light blue": a shade and a colour the lexicon knows."""
    finish = re.fullmatch(r"(磨砂|哑光|亚光|亮面|亮光|光面)([\u4e00-\u9fff]{1,2}?)色?的?", value.strip())
    if finish:  # "磨砂黑" -> "matte black"
        colour = bilingual.colour_in(finish.group(2) + "色", "en") or bilingual.colour_in(finish.group(2), "en")
        return f"{'glossy' if finish.group(1) in ('亮面', '亮光', '光面') else 'matte'} {colour}" if colour else None
    m = re.fullmatch(r"(深|浅|淡|暗|亮|墨|藏)([\u4e00-\u9fff]{1,2}?)色?的?", value.strip())
    colour = bilingual.colour_in(m.group(2) + "色", "en") or bilingual.colour_in(m.group(2), "en") if m else None
    if not colour:
        return None
    shade = {"深": "dark", "墨": "dark", "藏": "navy", "暗": "dark", "浅": "light", "淡": "pale", "亮": "bright"}[
        m.group(1)
    ]
    return "navy" if shade == "navy" else f"{shade} {colour}"


def in_english(value: str) -> str | None:
    """A colour, material or look said in Chinese, as an English prompt says it: "木头的" -> "wooden", "深绿色的" ->
    "dark green", "红色带白点的" -> "red with white spots"; None when it is none of these."""
    v = value.strip().removesuffix("的").removesuffix("吧").removesuffix("的")
    spotted = re.fullmatch(r"([\u4e00-\u9fff]{1,3}?)(?:带|加|配|有)([\u4e00-\u9fff]{1,2}?)色?(?:点|圆点|斑点|波点)", v)
    if spotted:
        base, dots = in_english(spotted.group(1)), bilingual.colour_in(spotted.group(2) + "色", "en")
        return f"{base} with {dots} spots" if base and dots else None
    said = bilingual.colour_in(v, "en") or bilingual.modifier_in(v, "en") or _tinted_in_english(v)
    return "wooden" if said == "wood" else said


def _other_language(ed: Edit, target: str, value: str) -> bool:
    """ "make the aurora pink" on a Chinese prompt, "把车改成蓝色" on an English one: the thing is found by its name
    in the prompt's language, and a colour is written in that language; the prompt stays in its own."""
    done = False
    scene_en = bilingual.SCENE_WORDS_ZH.get(target.strip())
    if scene_en and not any(lx.has_cjk(p) for p in ed.phrases) and re.search(rf"(?i)\b{scene_en}\b", ed.text):
        new = bilingual.SCENE_WORDS_ZH.get(value.strip().rstrip("吧了"))
        if new and scene_value(ed, new):  # "把黄昏改成清晨" on "… at dusk": in the morning
            ed.say("said_made_it", value=value)
            return True
    scene_zh = bilingual.SCENE_WORDS.get(re.sub(r"(?i)^(?:the|its)\s+", "", target.strip()).lower())
    new_zh = bilingual.SCENE_WORDS.get(value.strip().lower())
    if scene_zh and new_zh and any(lx.has_cjk(p) for p in ed.phrases):
        for i, p in enumerate(ed.phrases):  # "change daytime to night" on "…，白天，宁静": 夜晚
            if scene_zh in p:
                ed.set_phrase(i, p.replace(scene_zh, new_zh, 1))
                ed.say("said_made_it", value=value)
                return True
    if lx.has_cjk(target):
        for word in bilingual.en_words(target):
            hit = find_en(ed.phrases, word)
            shaped = outline_in_english(value) if hit is not None and lx.has_cjk(value) else None
            if shaped and reshape_en(ed, hit, shaped, ed.name(target) if ed.lang == "zh" else f"the {word}", value):
                return True  # "窗户改成方的" on "big arched windows": square
            if hit is not None:
                colour = (
                    bilingual.colour_in(value, "en")
                    or (value if _is_modifier(value) else None)
                    or (bilingual.modifier_in(value, "en") if lx.has_cjk(value) else None)  # 白色大理石: white marble
                    or (_tinted_in_english(value) if lx.has_cjk(value) else None)  # 深绿色的: dark green
                    or (in_english(value) if lx.has_cjk(value) else None)  # 红色带白点的: red with white spots
                )
                spots = re.fullmatch(r"(.+?)\s+(with\s+.+)", colour or "")
                if spots and recolour_en(ed, hit, spots.group(1), f"the {word}"):
                    i, _, end = find_en(ed.phrases, word) or hit
                    ed.set_phrase(i, ed.phrases[i][:end] + " " + spots.group(2) + ed.phrases[i][end:])
                    done = True
                    break
                name = f"the {word}"
                value = re.sub(r"^(?:一|两|几)?[个只条位头匹张把]\s*(?=[A-Za-z])", "", value.strip())  # "一只 cat"
                english = bilingual.en_words(value.removesuffix("的")) if lx.has_cjk(value) else ()
                if not colour and english:  # "茶换成咖啡" on "a cup of tea": coffee
                    replace_en(ed, hit, english[0], name, word)
                elif colour and not recolour_en(ed, hit, colour, name):
                    # already that colour ("盒子换成红色" on "a red bento box: … a black lacquer box"): the next
                    # one of that name, if any; Chinese words are never pasted into an English prompt
                    for later in range(hit[0] + 1, len(ed.phrases)):
                        again = find_en(ed.phrases[later:], word)
                        if again is not None and recolour_en(ed, (later + again[0], again[1], again[2]), colour, name):
                            break
                elif not colour:
                    if lx.has_cjk(value):  # no English for it: nothing is pasted in; the reply asks how to say it
                        unknown = value.removesuffix("的")
                        ed.question = messages.text("ask_say_in_english", ed.lang, value=unknown)
                        return True
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
                parts = re.split(r"\s+and\s+", value.strip()) if not colour else [value]
                if not colour and len(parts) > 1:  # "make the moon smaller and white": each, in Chinese
                    done = all(_zh_part(ed, word, part) for part in parts)
                    ed.said[:] = [
                        x for x in ed.said if x[0] not in ("said_made", "said_made_bigger", "said_made_smaller")
                    ]
                    ed.say("said_made", what=ed.name(target), value=value)
                    break
                noun = bilingual.zh_words(value) if not colour and not lx.has_cjk(value) else ()
                if noun and not _is_modifier(value):  # "make the panda a cat" on "熊猫图案": 猫图案
                    replace_zh(ed, hit, noun[0] if all_chinese(ed.phrases) else value.strip(), word)
                    done = True  # a prompt in both languages takes the words as said ("极光" -> "full moon")
                    break
                if not colour and not lx.has_cjk(value) and not _zh_part(ed, word, value):
                    ed.question = messages.text("ask_say_in_chinese", ed.lang, value=value)
                    return True  # English words are never put inside Chinese ones; the reply asks how to say it
                before = ed.phrases[hit[0]][max(0, hit[1] - 8) : hit[1]]
                if colour and colour.rstrip("色") in before:  # "make the bedding dark green" on "墨绿色亚麻床品"
                    said = messages.text("reply_already_is", ed.lang, what=ed.name(target), value=value)
                    ed.question = said[:1].upper() + said[1:]
                    return True
                elif colour and not recolour_zh(ed, hit, colour, word, keep_form=True):
                    replace_zh(ed, hit, colour, word)
                done = True
                break
    if done:  # the reply names it as the user did
        said = ("said_made", {"what": ed.name(target), "value": value})
        if ed.said:
            ed.said[-1] = said
        else:
            ed.said.append(said)
    return done


_SCENE_THINGS_EN = ("sky", "lighting", "light", "water", "ground", "floor", "walls", "wall", "clouds", "grass")


_SCENE_THINGS_ZH = ("天空", "灯光", "光线", "地面", "地板", "墙", "墙面", "云", "草地", "水面")


def _scene_thing(ed: Edit, target: str, value: str) -> bool:
    """ "make the sky purple" when the prompt never said a sky: every picture has one, so it is said now."""
    t = re.sub(r"^(?:the|its)\s+", "", target.strip().lower())
    v = re.sub(r"(?i)^(?:a|an)\s+", "", value.strip())  # "could the wall be a dusty blue"
    prompt_zh = any(lx.has_cjk(p) for p in ed.phrases)
    if lx.has_cjk(t) and not prompt_zh and bilingual.en_words(t) and bilingual.colour_in(v, "en"):
        t, v = bilingual.en_words(t)[0], bilingual.colour_in(v, "en")  # "让天空变成紫色" on an English prompt
    elif not lx.has_cjk(t) and prompt_zh and bilingual.zh_words(t) and bilingual.colour_in(v, "zh"):
        t, v = bilingual.zh_words(t)[0], bilingual.colour_in(v, "zh")
    if t in ("sky", "天空", "天", "the weather", "天气", "sea", "ocean", "海面", "大海", "海", "海上") and categories(
        v
    ) & {
        "weather",
        "time",
    }:
        scene_value(ed, v)  # "天空改成阴天", "make the sky stormy": the weather, where the prompt says it
        ed.say("said_made_it", value=v)
        return True
    if t in ("snow", "rain", "fog", "mist", "storm", "drizzle", "雪", "雨", "雾") and "weather" in categories(v):
        scene_value(ed, v)  # "snow change to heavy rain" on "outside is snowing": the weather as the prompt says it
        ed.say("said_made_it", value=v)
        return True
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
