"""What a Chinese edit's value is, and where it goes: a material ("花瓶改成玻璃的"), a count ("改成两只"), the same kind
("要黑猫"), a predicate ("桌面是大理石"), the yellow one ("黄色那个"), a Latin value on a Chinese noun."""

from __future__ import annotations

import re

from core import messages
from core.language import bilingual
from core.language import general_lexicon as gl
from core.language import lexicon as lx
from core.language.patterns import compiled
from core.rewriter.open_text.en_edits import recolour_en
from core.rewriter.open_text.scene_values import categories
from core.rewriter.open_text.spans import Edit, find_en, find_zh
from core.rewriter.open_text.user_text import all_chinese
from core.rewriter.open_text.word_classes import (
    COLOUR_BEFORE_ZH,
    COLOUR_ZH,
    COLOURS_EN,
    FINISH_EN,
    TONES_EN,
    _zh_colour_value,
)
from core.rewriter.open_text.zh_edits import _zh_colour, recolour_zh, replace_zh


def _zh_recolour_described(ed: Edit, hit: tuple[int, int, int], described: re.Match, target: str) -> bool:
    """A colour said with what it is like ("黄昏的粉紫色"): the colour before the thing gives way to all of it."""
    i, start, end = hit
    p = ed.phrases[i]
    after = compiled(rf"(?:是)?({COLOUR_ZH.pattern})").match(p[end:])  # "天空湛蓝": its colour said after it
    if after:
        p = p[:end] + p[end + after.end() :]
    old = re.search(rf"({COLOUR_ZH.pattern})$", p[max(0, start - 8) : start])
    at = start - len(old.group(1)) if old else start
    ed.set_phrase(i, p[:at] + described.group(0) + p[start:])
    ed.say("said_made", what=target, value=described.group(0))
    return True


def _set_count_zh(ed: Edit, target: str, count: str) -> bool:
    """ "crane 改成两只" on "一只 white crane 飞过…": the count said before it changes (Chinese measure words)."""
    hit = find_zh(ed.phrases, target) if lx.has_cjk(target) else find_en(ed.phrases, target)
    if hit is None:
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    before = re.search(r"[一两二三四五六七八九十几][个只条张把支根片盏辆艘座棵朵位头匹](?=[^，,。]{0,16}$)", p[:start])
    if before is None:
        return False
    ed.set_phrase(i, p[: before.start()] + count + p[before.end() :])
    ed.say("said_made", what=ed.name(target), value=count)
    return True


def _recolour_first_zh(ed: Edit, value: str) -> bool:
    """A colour said with no thing, on a Chinese prompt: the first colour of its first phrase, if the phrase names
    its subject there ("一辆亮面薄荷绿的电动滑板车"), with the finish said before it."""
    first = ed.phrases[0] if ed.phrases else ""
    m = re.match(
        rf"^(?:[^，,]{{0,6}}?[一两][个只辆条张把件台座盏])?((?:哑光|亚光|磨砂|亮面|光面)?{COLOUR_ZH.pattern})", first
    )
    if m is None:
        return False
    new = value.strip().rstrip("的")
    if m.group(1).endswith("的"):
        new += "的"
    ed.set_phrase(0, first[: m.start(1)] + new + first[m.end(1) :])
    ed.say("said_made_it", value=value.strip())
    return True


_THAT_ONE_ZH = r"(?:那个|这个|那只|这只|那把|这把|那张|这张|那件|这件|那盏|那条|那辆|那杯)"


def _coloured_one_zh(ed: Edit, target: str, value: str) -> bool:
    """ "黄色那个" is the thing that is yellow: recoloured when one thing is, asked about when several are."""
    m = re.fullmatch(rf"({COLOUR_ZH.pattern})的?{_THAT_ONE_ZH}", target.strip())
    if m is None or not (_zh_colour(value) or _zh_colour_value(value)):
        return False
    colour = m.group(1)
    spots = [(i, hit) for i, p in enumerate(ed.phrases) for hit in re.finditer(re.escape(colour), p)]
    if not spots:
        return False
    if len(spots) > 1:
        names = []
        for i, hit in spots:
            tail = re.match(r"的?([\u4e00-\u9fff]{1,6}?)(?=[，,、和与及跟。；;]|$)", ed.phrases[i][hit.end() :])
            names.append(messages.text("ask_which_name", ed.lang, name=colour + "的" + (tail.group(1) if tail else "")))
        choices = messages.listing(names, ed.lang, last="join_list_or")
        ed.question = messages.text("ask_which", ed.lang, choices=choices)
        return True
    i, hit = spots[0]
    p = ed.phrases[i]
    ed.set_phrase(i, p[: hit.start()] + value.rstrip("的") + p[hit.end() :])
    ed.say("said_changed", what=target, value=value)
    return True


_ZH_MATERIALS = ("陶瓷", "玻璃", "木质", "木头", "实木", "金属", "不锈钢", "黄铜", "铜", "皮革", "真皮", "丝绸", "真丝",
                 "棉麻", "亚麻", "羊毛", "大理石", "水泥", "石头", "竹", "竹编", "藤编", "塑料", "纸", "水晶", "搪瓷", "铁艺", "铸铁",
                 "胡桃木", "白橡木", "橡木", "柚木", "松木", "原木", "樱桃木", "麂皮", "绒面", "丝绒", "天鹅绒", "白瓷", "青瓷",
                 "粗陶", "陶土", "水磨石", "花岗岩", "混凝土", "亚克力", "黄金", "纯银", "帆布", "牛仔布", "灯芯绒", "布艺", "棉布", "木", "洞石",
                 "石材", "岩板", "透明玻璃", "磨砂玻璃", "磨砂", "哑光", "亮面", "镜面", "拉丝", "牛皮纸", "硬纸", "瓦楞纸", "红宝石", "蓝宝石", "钻石", "珍珠", "翡翠", "玉石", "金", "银")  # fmt: skip


# two colours said as one pattern: "红白格子", "蓝白条纹", "黑白相间"
COMPACT_PAIR_ZH = re.compile(
    r"[红橙黄绿青蓝紫黑白灰粉棕金银](?:色)?[红橙黄绿青蓝紫黑白灰粉棕金银](?:色)?的?(?:格子|条纹|相间|格纹|拼色)"
)


def _two_colours_zh(value: str) -> str | None:
    """ "blue and white" -> "蓝白": two colours said in English, as Chinese says a pair ("蓝白格子")."""
    pair = re.fullmatch(r"(?i)\s*([a-z]+)\s*(?:and|&|/|,)\s*([a-z]+)\s*", value)
    if pair is None:
        return None
    said = [bilingual.colour_in(c, "zh") for c in pair.groups()]
    if not all(said) or any(len(c.rstrip("色")) != 1 for c in said):
        return None
    return "".join(c.rstrip("色") for c in said)


def _latin_on_chinese(ed: Edit, hit: tuple[int, int, int], target: str, value: str) -> None:
    """An English colour or material for a thing named in Chinese: on its English name where the prompt has one
    ("toothbrush"), in Chinese on an all-Chinese prompt, else before the Chinese words as said (a mixed prompt)."""
    i, start, end = hit
    p = ed.phrases[i]
    colours = "|".join(sorted(COLOURS_EN | TONES_EN | FINISH_EN, key=len, reverse=True))
    after = re.match(rf"(?i)\s*((?:(?:{colours})\s*)+)(?![a-z])", p[end:])
    if after:  # "背景 light blue" made dark navy: the English words said after it
        ed.set_phrase(i, p[: end + after.start(1)] + value + " " + p[end + after.end(1) :].lstrip())
        ed.say("said_made", what=target, value=value)
        return
    for word in bilingual.en_words(target):
        found = find_en(ed.phrases, word)
        if found is not None and recolour_en(ed, found, value, target):
            return
    before = re.search(
        rf"(?i)(?<![a-z])((?:{colours})(?:\s+(?:{colours}))*)(?=(?:\s+[a-z]+)?\s*的?\s*[\u4e00-\u9fff]{{0,3}}$)",
        p[:start],
    )
    if before and not all_chinese(ed.phrases):  # "blue gradient 背景" made black: "black gradient 背景"
        ed.set_phrase(i, p[: before.start(1)] + value + p[before.end(1) :])
        ed.say("said_made", what=target, value=value)
        return
    chinese = bilingual.colour_in(value, "zh") or (_two_colours_zh(value) if COMPACT_PAIR_ZH.search(p) else None)
    if chinese and recolour_zh(ed, hit, chinese, target):
        return
    if all_chinese(ed.phrases):
        ed.question = messages.text("ask_say_in_chinese", ed.lang, value=value)
        return
    ed.set_phrase(i, p[:start] + value + " " + p[start:])
    ed.say("said_made", what=target, value=value)


def _zh_made_of(value: str) -> bool:
    """ "玻璃的", "黑色大理石": a material, a colour before it or not."""
    v = value.strip().rstrip("的")
    colour = COLOUR_ZH.match(v)
    made = value.strip().endswith("的")  # "苔藓换成白色大理石" is the moss replaced; "…大理石的", what it is made of
    return v in _ZH_MATERIALS or bool(made and colour and v[colour.end() :].lstrip("的") in _ZH_MATERIALS)


def _zh_material(ed: Edit, target: str, material: str) -> bool:
    """ "花瓶改成玻璃的" on "陶瓷花瓶": the material word before it changes (or is said); "皮革换成麂皮": the
    material named is the word that changes, and its colour stays."""
    hit = find_zh(ed.phrases, target)
    if hit is None:
        return False
    i, start, end = hit
    p = ed.phrases[i]
    if target in _ZH_MATERIALS:
        ed.set_phrase(i, p[:start] + material + p[end:])
        ed.say("said_changed", what=target, value=material)
        return True
    before = p[max(0, start - 4) : start]
    old = next((m for m in sorted(_ZH_MATERIALS, key=len, reverse=True) if before.endswith(m)), None)
    s = start - len(old) if old else start
    tint = COLOUR_ZH.search(p[max(0, s - 5) : s].removesuffix("的") + "的") if COLOUR_ZH.match(material) else None
    if tint and p[:s].removesuffix("的").endswith(tint.group(0).removesuffix("的")):
        s = len(p[:s].removesuffix("的")) - len(tint.group(0).removesuffix("的"))  # "米色布艺沙发" -> "深蓝色丝绒沙发"
    ed.set_phrase(i, p[:s] + material + p[start:])
    ed.say("said_made_material", what=target, value=material)
    return True


_ZH_QUANTIFIED = re.compile(r"^(?:一|两|三|几)?[个只条张把支根片双壶杯碗盘朵棵座艘辆匹头套顶块盏幅瓶盒束枝]")


def _zh_same_kind(ed: Edit, value: str) -> bool:
    """ "换成一只黑猫" with no target: the thing of that kind in the prompt ("一只橘猫") is the one replaced;
    "换成一只狐狸" on "一只白色的兔子蹲在草地上": a new thing, counted like the main subject, replaces it."""
    core = _ZH_QUANTIFIED.sub("", value).strip()
    if not core or categories(core) or len(core) > 8 or _zh_colour_value(core):
        return False  # a colour is no thing ("换成蓝色" names no 色 to replace)
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


_ZH_PRED = r"(?:是|为|呈|采用|用的是|选用|用|刷成|涂成|漆成|刷的是)"


def _zh_predicate(ed: Edit, target: str, value: str) -> bool:
    """ "背景换成薄荷绿" on "背景是明亮的黄色", "配色改成墨绿色和米色" on "配色为深棕色和米色": what is said of it changes."""
    if target in value or _ZH_QUANTIFIED.match(value):
        return False
    pred = compiled(rf"{re.escape(target)}{_ZH_PRED}([^，,。；;、：:]+)")
    for i, p in enumerate(ed.phrases):
        m = pred.search(p)
        if m and COLOUR_ZH.fullmatch(value.strip().removesuffix("的")) and COLOUR_BEFORE_ZH.search(p[: m.start()]):
            return False  # "雨伞改成黄色" on "红色雨伞是彩色的": the red before it is its colour, not what it is said to be
        if m:
            end = m.end(1)
            said = COLOUR_ZH.match(m.group(1))
            if said and COLOUR_ZH.fullmatch(value):  # "风筝是红色的燕子形状": the colour goes, the kite's shape stays
                end = m.start(1) + said.end() - (1 if said.group(0).endswith("的") else 0)
            spaced = " " if m.group(1).startswith(" ") and value[:1].isascii() else ""  # "背景是 pastel pink"
            ed.set_phrase(i, p[: m.start(1)] + spaced + value.rstrip("的") + p[end:])
            ed.say("said_changed_to", what=target, value=value)
            return True
    return False


def _zh_recolour(p: str, hit: tuple[int, int, int], value: str) -> bool:
    """ "毯子换成红色", "台面换成黑色大理石" (大理石 already there) recolour; "红光换成蓝光", "竹蒸笼换成白瓷盘" replace."""
    m = _zh_colour(value)
    if m is None:
        return False
    rest = value[m.end() :].strip("的色")
    return rest == "" or rest in p[max(0, hit[1] - 8) : hit[1]]


_ZH_PARTS = re.compile(
    r"(?:坐垫|框架|框|把手|椅腿|桌腿|扶手|瓶身|瓶盖|表带|表盘|灯罩|底座|台面|外壳|边框|面料|鞋面|鞋底|桌面|椅面|靠背|"
    r"包装|包装袋|材质)$"
)
_FINISH_ZH = re.compile(r"(?:哑光|亮面|磨砂|镜面|拉丝|光面)")


_GEMS_ZH = frozenset(("珍珠", "钻石", "翡翠", "红宝石", "蓝宝石", "玉石", "祖母绿", "水晶", "琥珀", "蛋白石"))


def _zh_part_material(ed: Edit, target: str, value: str) -> bool:
    """ "坐垫换成焦糖色皮革" on "灰色羊毛坐垫", "框架换成黑色金属" on "橡木框架": a part said again in another colour and
    material (the words before it give way, it stays a cushion); "牛皮纸换成哑光白色": a material given a finish."""
    v = value.strip().removesuffix("的")
    hit = find_zh(ed.phrases, target) if target else None
    if hit is None:
        return False
    i, start, end = hit
    p = ed.phrases[i]
    if re.match(_ZH_PRED, p[end:]):
        return False  # "坐垫是燕麦色的羊羔绒": what is said of it changes (_zh_predicate)
    if target in _ZH_MATERIALS and _FINISH_ZH.match(v):
        ed.set_phrase(i, p[:start] + v + p[end:])
        ed.say("said_changed", what=target, value=v)
        return True
    if target in _GEMS_ZH and v in _GEMS_ZH | {"祖母绿"}:
        ed.set_phrase(i, p[:start] + v + p[end:])  # "珍珠换成祖母绿" on "珍珠项链": an emerald necklace
        ed.say("said_changed", what=target, value=v)
        return True
    colour = COLOUR_ZH.match(v)
    rest = v[colour.end() :].lstrip("的") if colour else v
    whole_thing = colour is not None and target not in _ZH_MATERIALS  # "沙发换成棕色皮革": a brown leather sofa
    if not (_ZH_PARTS.search(target) or whole_thing) or rest not in _ZH_MATERIALS:
        return False
    s = start
    while s > 0:  # back over the colour and material words that described it ("灰色羊毛")
        before = p[max(0, s - 6) : s]
        said = next((m for m in sorted(_ZH_MATERIALS, key=len, reverse=True) if before.endswith(m)), None)
        if said is None:
            tint = [m for m in COLOUR_ZH.finditer(before) if max(0, s - 6) + m.end() == s]
            said = tint[-1].group(0) if tint else None
        if said is None:
            break
        s -= len(said)
    if s == start and not _ZH_PARTS.search(target):
        return False  # "苔藓换成白色大理石": nothing said it was made of; the moss itself is what changes
    ed.set_phrase(i, p[:s] + v + p[start:])
    ed.say("said_made_material", what=target, value=v)
    return True


_OUTLINE_EN_ZH = {"square": "方形", "round": "圆形", "circular": "圆形", "oval": "椭圆形", "rectangular": "长方形",
                  "heart-shaped": "心形", "star-shaped": "星形", "triangular": "三角形"}  # fmt: skip
_SHAPES_ZH = re.compile(r"长方形|正方形|椭圆形|圆形|方形|心形|星形|三角形|圆的|方的|圆圆的|方方的")
_COUNT_ZH = r"[一二两三四五六七八九十几\d]+"


def _zh_shape(ed: Edit, target: str, value: str) -> bool:
    """ "铁盒改成方的" on "圆形铁盒": the shape word before it gives way ("方形铁盒"); an English one said for a
    Chinese prompt ("外框 square instead") in the prompt's words."""
    v = _OUTLINE_EN_ZH.get(value.strip().lower().removesuffix(" instead").strip(), value.strip())
    if not _SHAPES_ZH.fullmatch(v):
        return False
    hit = find_zh(ed.phrases, target)
    if hit is None:
        return False
    i, start, _ = hit
    p = ed.phrases[i]
    word = {"方的": "方形", "圆的": "圆形", "圆圆的": "圆形", "方方的": "方形"}.get(v, v)
    old = [m for m in _SHAPES_ZH.finditer(p[max(0, start - 8) : start])]
    if old:
        s = max(0, start - 8) + old[-1].start()
        e = max(0, start - 8) + old[-1].end()
        between = p[e:start]
        ed.set_phrase(i, p[:s] + word + between + p[start:])
    else:
        ed.set_phrase(i, p[:start] + word + p[start:])
    ed.say("said_changed", what=target, value=word)
    return True


def _zh_count(ed: Edit, clause: str) -> bool:
    """ "月饼摆六个" on "旁边摆着四个月饼": how many of it there are."""
    said = clause.strip()
    m = re.fullmatch(
        rf"(.{{1,6}}?)(?:只)?(?:摆|放|画|来|要|改成|换成|加到|增加到|减到|减少到|变成)?({_COUNT_ZH})([个只块片朵棵张杯碗盘])(?:就[行好够]了?)?[吧了]*",
        said,
    )
    # "只要一个太阳", "留两朵花就行": the count said before the thing
    first = re.fullmatch(
        rf"(?:只|就)?(?:要|留|保留|画|放)({_COUNT_ZH})([个只块片朵棵张杯碗盘])(.{{1,6}}?)(?:就[行好够]了?)?[吧了]*",
        said,
    )
    if m is None and first is None:
        return False
    thing, count, measure = m.groups() if m is not None else (first.group(3), first.group(1), first.group(2))
    for i, p in enumerate(ed.phrases):
        old = re.search(rf"({_COUNT_ZH})([个只块片朵棵张杯碗盘])(?=[\u4e00-\u9fff]{{0,3}}{re.escape(thing)})", p)
        if old:
            ed.set_phrase(i, p[: old.start(1)] + count + p[old.end(1) :])
            ed.say("said_changed", what=thing, value=count + measure)
            return True
    return False
