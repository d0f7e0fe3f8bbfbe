"""Minimal edits of a Chinese span: recolour, replace or remove what was found, keeping the words
around it."""

from __future__ import annotations

import re

from core.language import bilingual
from core.language.patterns import compiled
from core.rewriter.open_text.spans import Edit, find_zh
from core.rewriter.open_text.word_classes import COLOUR_BEFORE_ZH, COLOUR_ZH, COLOURS_EN, TONES_EN, _zh_colour_value


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
        or re.fullmatch(r"[\u4e00-\u9fff]{1,3}(?:绿|蓝|红|白|黑|粉|金|紫|灰|黄|棕|青)的?", value)  # 祖母绿, 鼠尾草绿
    )


_ZH_MATERIAL_LEAD = (  # what a compound noun may start with: "油纸伞", "针织毯子"
    "油纸|针织|亚麻|丝绸|羊毛|皮革|真皮|陶瓷|玻璃|木质|实木|藤编|金属|不锈钢|塑料|棉麻|纸质|竹编|草编|毛绒|天鹅绒|丝绒|大理石|水晶|"
    "胡桃木|白橡木|橡木|柚木|松木|原木|樱桃木"
)


_ZH_COLOURED_MATERIALS = (
    "白橡木",
    "红木",
    "黑胡桃",
    "白瓷",
    "青瓷",
    "青花瓷",
    "青花",
    "黄铜",
    "白蜡木",
    "黑檀",
    "金箔",
    "银箔",
)
# what paint covers ("刷成白色"): woods and metals
_ZH_METALS = "黄铜|紫铜|青铜|铜|不锈钢|镀铬|金属"
_ZH_PAINTED = "胡桃木|橡木|白橡木|实木|原木|木质|柚木|松木|樱桃木|黄铜|铜|不锈钢|金属"


_LATIN_COLOUR = re.compile(
    rf"(?i)(?<![a-z])((?:(?:{'|'.join(sorted(TONES_EN))}|sage|dusty)\s+)?(?:{'|'.join(sorted(COLOURS_EN, key=len, reverse=True))}))"
    r"\s*的?[\u4e00-\u9fff]{0,4}$"
)


def recolour_zh(ed: Edit, hit: tuple[int, int, int], value: str, name: str, *, keep_form: bool = False) -> bool:
    """The colour before (or said after) the noun at ``hit`` becomes ``value``. ``keep_form``: the value is our
    word for an English colour, so a one-character noun keeps its form ("橘猫" made black: "黑猫")."""
    i, start, end = hit
    p = ed.phrases[i]
    colour = _zh_colour(value)
    colour_text = colour.group(0).rstrip("的") if colour else ""
    rest = value[colour.end() :] if colour else value
    noun = p[start:end]
    if colour_text and not rest.strip("的色"):
        # "风筝是红色的燕子形状", "背景是奶油色": the colour is said after the noun; that is the one to change
        pred = compiled(  # "背景天蓝色", "主色调薄荷绿": said after it with no verb, to the phrase's end
            rf"{re.escape(noun)}(?:(?:是|为|呈|都是|全是|则是)({COLOUR_ZH.pattern}|[\u4e00-\u9fff]{{1,3}}色)"
            rf"|({COLOUR_ZH.pattern}|[\u4e00-\u9fff]{{1,3}}色)$)"
        )
        after = ed.phrases[i + 1] if i + 1 < len(ed.phrases) and p[end:].strip("花树草的") == "" else ""
        alone = compiled(rf"({COLOUR_ZH.pattern}|[\u4e00-\u9fff]{{1,3}}色)的?").fullmatch(after)
        if alone:  # "一幅牡丹花，红色的，…": the colour said as the next phrase is the one to change
            keep_de = "的" if after.endswith("的") else ""
            ed.set_phrase(i + 1, colour_text + keep_de)
            ed.say("said_made", what=name, value=value)
            return True
        for k, q in enumerate(ed.phrases):
            m = pred.search(q)
            if m and COLOUR_BEFORE_ZH.search(q[: m.start()]):
                continue  # "红色雨伞是彩色的": the red before it is its colour; what it is said to be stays
            if m:
                g = 1 if m.group(1) else 2
                keep_de = "的" if m.group(g).endswith("的") else ""
                ed.set_phrase(k, q[: m.start(g)] + colour_text + keep_de + q[m.end(g) :])
                ed.say("said_made", what=name, value=value)
                return True
    window_start = max(0, start - 8)
    window = p[window_start:start]
    cut = max(window.rfind(c) for c in "，,。有在是着了和与把将")
    found = None
    said = [
        mm
        for mm in COLOUR_ZH.finditer(window)
        if mm.start() > cut and not window[mm.start() :].startswith(_ZH_COLOURED_MATERIALS)
    ]  # "白橡木橱柜": 白橡木 is a wood, not a white one
    whole = [mm for mm in said if mm.group(0).endswith(("色", "的"))]
    if whole or said:  # "蓝色的金刚鹦鹉": 蓝色的 is its colour, the 金 of 金刚 is not
        found = (whole or said)[-1]
    named = re.search(r"[\u4e00-\u9fff]{1,2}色的?$", window)  # "藕荷色的旗袍": a colour name the palette lacks
    if found is None and named is not None and named.start() > cut:
        found = named
    new = p
    finish = re.match(r"哑光|亚光|磨砂|亮面|光面", found.group(0)) if found is not None else None
    if finish and colour_text and not colour_text.startswith(finish.group(0)):
        colour_text = finish.group(0) + colour_text  # "哑光黑色的茶叶罐" made white: 哑光白色的, the finish stays
    if colour_text:
        if found is not None:
            s, e = window_start + found.start(), window_start + found.end()
            keep_de = "的" if found.group(0).endswith("的") or _ZH_STRIPES.fullmatch(value) else ""
            one_char = end - start == 1 and not re.match(r"[\u4e00-\u9fff]", p[end : end + 1])  # 猫, not 车 of 车身
            # "橘猫" made black: "黑猫" (our word for an English colour, or any colour said of a bare 黑猫)
            bare = (
                not found.group(0).endswith(("色", "的"))
                and e == start
                and one_char
                and (keep_form or len(found.group(0)) == 1)
            )
            said_colour = (
                colour_text[:-1] if bare and colour_text.endswith("色") and len(colour_text) >= 2 else colour_text
            )
            new = p[:s] + said_colour + keep_de + p[e:]
        elif latin := _LATIN_COLOUR.search(p[:start]):  # "sage green的陶瓷马克杯" made 奶油白: the English colour
            new = p[: latin.start(1)] + colour_text + p[latin.end(1) :]
        else:
            at = start
            material = re.search(rf"(?:{_ZH_MATERIAL_LEAD})$", p[window_start:start])
            measure = re.search(
                r"(?:一|两|几)[个只条张把支根片双匹头套顶块盏幅辆艘座棵朵副本件位](?=[\u4e00-\u9fff]{1,2}$)", window
            )
            covered = _ZH_PAINTED if ed.painting else _ZH_METALS  # a metal's colour is its colour, as in English
            painted = re.search(rf"(?:{covered})$", p[window_start:start])
            if painted is not None and painted.start() > cut:  # "胡桃木床头柜刷成白色": "白色床头柜"
                s = window_start + painted.start()
                p = p[:s] + p[s + len(painted.group(0)) :]
                start, window_start = start - len(painted.group(0)), window_start
                at = s
            elif material is not None and window_start + material.start() > window_start + cut:
                at = window_start + material.start()  # "油纸伞" made red: "红色油纸伞", the compound kept whole
            elif measure is not None and measure.start() > cut:
                at = window_start + measure.end()  # "一只御猫" made black: "一只黑色御猫", not "御黑色猫"
            if at == start and start and p[start - 1 : end] in bilingual.NOUNS_ZH:
                at = start - 1  # "伞红色" on "撑透明雨伞": "红色雨伞", not "雨红色伞"
            new = p[:at] + colour_text + p[at:]
    if rest and rest not in new:
        new = new.replace(p[start:end], rest + p[start:end], 1) if colour_text else new
    if "色色" in new and "色色" not in p:
        new = new.replace("色色", "色", 1)  # "深蓝色底" made 酒红色: 酒红色底, not 酒红色色底
    if new == p:
        return False
    ed.set_phrase(i, new)
    ed.say("said_made", what=name, value=value)
    return True


_ZH_NP_EDGE = re.compile(
    r"[，,、。；;：:\s]|[着了在里上中有是和与跟及把将为]|一[个只条张把支根片双壶杯碗盘朵棵座艘辆匹头套顶块]"
)


def _zh_described_start(p: str, start: int) -> int:
    """Where the words describing a Chinese noun begin: back to the phrase's edge, a verb or its measure word
    ("放着一张浅灰色布艺沙发" -> "浅灰色布艺沙发"), at most eight characters."""
    s = start
    while s > 0 and start - s < 8 and re.match(r"[\u4e00-\u9fff]", p[s - 1]):
        if _ZH_NP_EDGE.fullmatch(p[s - 1]) or _ZH_NP_EDGE.fullmatch(p[max(0, s - 2) : s]):
            break
        s -= 1
    return s


_ONE_OF = r"一[个只条张把支根片双壶杯碗盘朵棵座艘辆匹头套顶块]"
_ONE_OF_ANY = r"一[个只条张把支根片双壶杯碗盘朵棵座艘辆匹头套顶块幅面盏盆扇件台]"


def replace_zh(ed: Edit, hit: tuple[int, int, int], value: str, name: str) -> None:
    i, start, end = hit
    p = ed.phrases[i]
    colour = value.strip().rstrip("的")
    if _zh_colour_value(colour) and re.search(rf"{re.escape(colour)}的?$", p[:start]):
        ed.unchanged = True  # "把猫改成绿色" on "一只绿色的猫": it is so already; the cat is never swapped for a colour
        return
    described = re.fullmatch(r"([\u4e00-\u9fff]{2,8})的", value.strip())
    if described and not _zh_colour_value(value) and re.fullmatch(r"[\u4e00-\u9fff]+", p[start:end]):
        # "桌面换成浅色木纹的" on "黑色石板桌面": how it is described changes, the thing stays
        s = min(_zh_np_start(p, start), _zh_described_start(p, start))
        if s < start:
            ed.set_phrase(i, p[:s] + described.group(1) + p[start:])
            ed.say("said_changed", what=name, value=value)
            return
    kind = re.search(r"[\u4e00-\u9fff]{2,4}$", value.rstrip("的"))
    if kind and len(value.rstrip("的")) > len(kind.group(0)) and p[:start].endswith(kind.group(0)):
        # "背景改成粉色和橙色的渐变" on "紫色和蓝色的渐变背景": the same kind (渐变) before the noun, described anew
        at = start - len(kind.group(0))
        run = compiled(rf"(?:(?:{COLOUR_ZH.pattern})(?:和|与|跟|、|加)?)+的?$").search(p[:at])
        s = run.start() if run else at
        ed.set_phrase(i, p[:s] + value.rstrip("的") + p[start:])
        ed.say("said_changed", what=name, value=value)
        return
    s = _zh_np_start(p, start)
    word = p[start:end]
    bare_name = name.strip()
    ends = len(bare_name) == 2 and bare_name.endswith("子") and word == bare_name[0]
    compound = re.search(r"[\u4e00-\u9fff]{1,4}$", p[:start]) if ends else None
    if compound and not COLOUR_ZH.fullmatch(compound.group(0)[-1]) and not _zh_colour_value(value):
        # "叶子换成白玫瑰" on "手绘的尤加利叶": the compound the name's head ends (尤加利叶) gives way whole; a colour
        # said before it stays ("浅蓝色玻璃杯" -> "浅蓝色马克杯")
        cut = max(compound.group(0).rfind(c) for c in "的是在有着和与把一个只色")
        s = compound.start() + cut + 1
    if len(word) >= 2 and value.endswith(word) and len(value) >= len(word) + 2:
        s = min(s, _zh_described_start(p, start))  # "沙发改成焦糖色皮沙发" on "浅灰色布艺沙发": said whole again
    other_kind = re.match(_ONE_OF_ANY, value) and re.search(rf"{_ONE_OF_ANY}[\u4e00-\u9fff]{{1,4}}$", p[:s])
    if other_kind and other_kind.group(0)[1] != value[1]:
        s = other_kind.start()  # "把画换成一面镜子" on "一幅抽象画": another kind of thing, "抽象" was the painting's
    elif re.match(_ONE_OF, value):
        lead = re.search(rf"{_ONE_OF}$", p[:s])
        if lead:
            s = lead.start()
        elif re.search(rf"{_ONE_OF}[\u4e00-\u9fff]{{1,4}}$", p[:s]):
            value = value[2:]  # "海龟换成一只蜗牛" on "一只简笔海龟": "一只简笔蜗牛", the one already counted
    ed.set_phrase(i, p[:s] + value + p[end:])
    word = p[start:end]
    bare = value.strip().rstrip("的")
    if len(word) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", bare) and not COLOUR_ZH.match(bare):
        for k, other in enumerate(ed.phrases):  # "草莓换成芒果" on "草莓奶油蛋糕，草莓很多": every mention of them
            if word in other and not re.search(
                rf"[\u4e00-\u9fff]{re.escape(word)}|{re.escape(word)}(?=[\u4e00-\u9fff]{{0,1}}[色的])", other
            ):
                ed.set_phrase(k, other.replace(word, bare))
    ed.say("said_changed", what=name, value=value)


_SPACED_ZH = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def remove_zh(ed: Edit, hit: tuple[int, int, int], name: str) -> None:
    """Removes the thing at ``hit``. A prompt typed with spaces for commas ("白色马克杯 浅木色桌面 旁边一本摊开的书")
    is read a part at a time: only the part that has the thing changes."""
    i, start, end = hit
    p = ed.phrases[i]
    cuts = [0, *(x for m in _SPACED_ZH.finditer(p) for x in (m.start(), m.end())), len(p)]
    parts = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    if len(parts) == 1:
        return _remove_in_phrase(ed, hit, name)
    a, b = next((a, b) for a, b in parts if a <= start < b)
    part = Edit([p[a:b]], ed.lang)
    _remove_in_phrase(part, (0, start - a, end - a), name)
    left = part.phrases[0] if part.phrases else ""
    ed.set_phrase(i, re.sub(r"\s{2,}", " ", p[:a] + left + p[b:]).strip())
    ed.say("said_removed", what=name)


def _remove_in_phrase(ed: Edit, hit: tuple[int, int, int], name: str) -> None:
    i, start, end = hit
    p = ed.phrases[i]
    s = _zh_np_start(p, start)
    glued = re.search(r"(?<=[有、])([\u4e00-\u9fff]{1,3})$", p[:s])
    if glued and "的" not in glued.group(1) and re.match(r"[、和与及]", p[end:]):
        s = (
            glued.start()
        )  # "有溏心蛋、两片叉烧" without the egg: the whole item of the list goes (not "有溏心两片叉烧")
    cooked = re.search(r"(?<=[配和与及、，])(?:烤|炸|煎|蒸|炒|卤|腌|烟熏|凉拌|清炒|香煎)$", p[:s])
    if cooked:  # "配烤芦笋和土豆泥" without the asparagus: "配土豆泥" (its cooking goes with it)
        s = cooked.start()
    q = re.search(
        r"(?:一|几|两|三)?[小大]?[个只条张把支根片双壶杯碗盘朵棵座艘辆匹头套顶块盏幅碟瓶盒束枝串粒颗副本件位笼碟盆株丛罐桶]$",
        p[:s],
    )
    if q:
        s = q.start()
    else:  # "一盆龟背竹" found by its head 竹 ("那盆植物"): the whole word goes, from its measure word
        q = re.search(
            r"(?:一|几|两|三)?[小大]?[盆棵株丛束枝朵盏辆只头匹条把张](?:[^\W\d的着在里上中和与及、]){1,3}$", p[:s]
        )
        if q:
            s = q.start()
    verb = re.search(r"(?:里|上|中|内|旁)?(?:插着|放着|摆着|装着|盛着|挂着|有|养着|长着|放|摆)[^，。、和]*$", p[:s])
    acts = re.search(
        r"(?:放|玩|接|叼|追|咬|踢|扔|抱着?|牵着?|骑着?|拿着?|举着?|提着?|吃着?|喝着?|弹着?|拉着?|背着?|撑着?|打着?|握着?|"
        r"捧着?|手持|看着?)(?:(?![的和与及、])[\u4e00-\u9fff]){0,4}?$",
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
    if re.search(r"[和、与及]$", p[:s]) or s > 1 and p[s - 1] == "加":  # "葱花和芝麻", "椰子树加咖啡杯"
        ed.set_phrase(i, p[: s - 1] + p[end:])
    elif re.match(r"[和、与及加]", p[end:]):
        said_of = re.search(r"(?<=[是有着])[\u4e00-\u9fff]{2,4}的$", p[:s])  # "背后是翻滚的云海和…": 翻滚的 goes too
        ed.set_phrase(i, p[: said_of.start() if said_of else s] + p[end + 1 :])
    elif re.match(r"的", p[end:]) and len(p) > end + 1:  # "戴着圆框眼镜的老木匠": the modifier goes
        verb = re.search(
            r"(?:戴着|穿着|拿着|带着|有|披着|背着|手持|种着|长着|开着|堆着|放着|摆着|挂着|装着)[^，。]*$", p[:s]
        )
        ed.set_phrase(i, p[: verb.start() if verb else s] + p[end + 1 :])
    elif verb is not None and re.fullmatch(
        r"(?:旁边|边上|身边|周围|四周|前面|后面|上面|里面|远处|旁)", p[: verb.start()]
    ):
        ed.set_phrase(i, "")  # "旁边有两个茶杯": nothing but where they were is left
    elif verb is not None and len(re.findall(r"[\u4e00-\u9fff]", p[: verb.start()])) >= 2:
        # "一个白色陶瓷花瓶里插着几枝干枯的芦苇": the vase stays, what is in it goes
        ed.set_phrase(i, p[: verb.start()] + p[end:])
    elif re.fullmatch(
        r"(?:在|放在)?(?:角落|墙角|旁边|身边|一旁|远处|近处|前景|背景|画面|周围|四周)(?:里|中|上)?的?", p[:s]
    ) and end == len(p):
        ed.set_phrase(i, "")  # "角落里一盆龟背竹": a corner is no thing of the picture, so nothing is left
    elif (where := re.search(r"(?:里|下|上|中|旁|边|前|后|外)的?$", p[:s])) and where.start() >= 2 and end == len(p):
        # "热带雨林里的瀑布", "石拱桥下一条乌篷船": the place it was in stays
        ed.set_phrase(i, p[: where.start()])
    elif s == 0 and len(p) - end >= 2 and bilingual.en_words(p[end:]):
        ed.set_phrase(i, p[end:])  # "香菜葱花" without the coriander: the spring onions stay
    elif listed := re.search(r"[和与及、](?:[一几两三][\u4e00-\u9fff])?[^\W\d和与及、]{0,6}$", p[:s]):
        # "背后是翻滚的云海和一轮血红的夕阳" without the sun: the sea of clouds stays
        ed.set_phrase(i, p[: listed.start()] + p[end:])
    else:
        ed.set_phrase(i, "")
    ed.say("said_removed", what=name)


_RESIZE_ZH = (
    re.compile(r"^(?:把|将)?(.{1,10}?)(?:画|弄|做|变|改)?得?(?:再|更)?(大|小)(?:一)?(?:点|些)儿?了?[吧啊。！!]*$"),
    re.compile(r"^(?:把|将)?(.{1,10}?)(放大|缩小)(?:一点|一些|点|些)?[吧啊。！!]*$"),
    re.compile(r"^(.{1,10}?)(?:有点|有些)?太(大|小)了?[吧啊。！!]*$"),
    re.compile(r"^(?:把|将)?(.{1,10}?)(?:改|变|弄|调|做)(?:得)?(大|小)(?:一点|一些|点|些)?[吧啊。！!]*$"),  # "苹果改大"
)
_SIZE_WORD_ZH = re.compile(r"巨大的|硕大的|大大的|很大的|大号的|超大的|小小的|很小的|小号的|迷你的?|大的|小的")


def _resize_zh(ed: Edit, clause: str) -> bool:
    """ "龙虾大一点", "把熊画小一点", "水母太大了": the size word before the noun changes, nothing else. Bigger
    drops a small word (or adds 大), smaller drops a big one (or adds 小)."""
    for pattern in _RESIZE_ZH:
        m = pattern.match(clause)
        hit = find_zh(ed.phrases, m.group(1).strip()) if m else None
        if hit is not None:  # "熊缩小一点" also reads as "熊缩" + "小一点": the one whose thing is there
            break
    else:
        return False
    target, way = m.group(1).strip(), m.group(2)
    complaint = pattern is _RESIZE_ZH[2]
    bigger = way == "小" if complaint else way in ("大", "放大")  # "太小了": make it bigger
    i, start, _ = hit
    p = ed.phrases[i]
    window_start = max(0, start - 8)
    window = p[window_start:start]
    cut = max(window.rfind(c) for c in "，,。有在是着了和与把将")
    said = next((m for m in _SIZE_WORD_ZH.finditer(window) if m.start() > cut), None) or re.search(r"[大小]$", window)
    if said is not None:  # "一轮巨大的橙色满月" made smaller: the big word goes
        is_big = "大" in said.group(0)
        if is_big == bigger:
            return False  # already so: the ordinary reading says what it can
        new = p[: window_start + said.start()] + p[window_start + said.end() :]
    else:
        measure = re.search(r"一[个只条张把支根片双匹头套顶块盏幅辆艘座棵朵副本件位轮颗]", window)
        at = window_start + measure.end() if measure and measure.start() > cut else start
        new = p[:at] + ("大" if bigger else "小") + p[at:]
    ed.set_phrase(i, new)
    ed.say("said_made_bigger" if bigger else "said_made_smaller", what=target, size="")
    return True


_MATERIAL_ZH = re.compile(
    r"布艺|棉布|牛仔|真皮|皮革|皮质|丝质|棉质|麻质|绒面|皮|丝绸|亚麻|羊毛|纯棉|棉麻|棉|针织|陶瓷|玻璃|实木|原木|木头|木质|木|竹|藤编|藤|金属|铁|铜|黄铜|不锈钢|塑料|"
    r"纸|毛绒|天鹅绒|丝绒|大理石|水晶|石头|石|布"
)
_MATERIAL_BEFORE = re.compile(rf"(?:{_MATERIAL_ZH.pattern})$")
_SIZE_BEFORE = re.compile(r"[大小]$")
_SAME_NOUN_ZH = re.compile(r"^(?:把|将)?([\u4e00-\u9fff]{1,3}?)(?:改成|换成|变成|改为)([\u4e00-\u9fff]{2,5})[吧了]*$")
_MADE_OF_ZH = re.compile(r"^(?:把|将)?([\u4e00-\u9fff]{1,4}?)(?:改成|换成|变成|改为)([\u4e00-\u9fff]{1,3})的[吧了]*$")


_STOP_DOING_ZH = re.compile(
    r"([\u4e00-\u9fff]{1,6}?)(?:别|不要|不用|不必)(?:再)?([\u4e00-\u9fff]{1,2}?)了?[吧啦呀。！!]*"
)


def stop_doing(ed: Edit, message: str) -> bool:
    """ "吉他别烧了" on "一把电吉他在燃烧": what the thing was doing goes ("一把电吉他"), the thing stays."""
    said = _STOP_DOING_ZH.fullmatch(message)
    if said is None:
        return False
    thing, verb = said.groups()
    hit = find_zh(ed.phrases, thing)
    if hit is None:
        return False
    i, _, end = hit
    p = ed.phrases[i]
    doing = re.compile(rf"(?:正在|在|正)?[\u4e00-\u9fff]?{re.escape(verb)}(?:着|了)?").search(p, end)
    if doing is None or doing.start() - end > 1 or doing.end() != len(p):  # "熊猫在吃竹子": not without its 竹子
        return False
    ed.set_phrase(i, p[: doing.start()] + p[doing.end() :])
    ed.say("said_removed", what=p[doing.start() : doing.end()])
    return True


def tinted_zh(ed: Edit, clause: str) -> str:
    """ "剑刃红色发光": a thing of the prompt and a colour said after it, with no verb: 把剑刃改成红色."""
    m = re.fullmatch(
        r"([\u4e00-\u9fff]{1,4}?)((?:深|浅|淡|暗|亮|墨|天|宝|藏|草|湖|玫|酒|奶|米|咖啡)?[红橙黄绿蓝紫白黑灰粉棕金银青]色)"
        r"(?:发光|发亮|的)?",
        clause.strip(),
    )
    if m and not re.search(r"[换改变要是成用为把将]", m.group(1)) and find_zh(ed.phrases, m.group(1)) is not None:
        return f"把{m.group(1)}改成{m.group(2)}"
    return clause


def made_of_zh(ed: Edit, clause: str) -> bool:
    """ "裤子改成牛仔的" on "卡其色阔腿裤": a kind of the thing ("denim ones"), said before its noun: "卡其色阔腿牛仔裤";
    not a new noun in place of 裤."""
    m = _MADE_OF_ZH.match(clause) or _SAME_NOUN_ZH.match(clause)
    if m is None or _zh_colour_value(m.group(2)):
        return False
    hit = find_zh(ed.phrases, m.group(1))
    if hit is None:
        return False
    i, start, end = hit
    p = ed.phrases[i]
    value = m.group(2)
    if m.re is _SAME_NOUN_ZH:  # "门改成铁门" on "红色木门": the same noun, of another material: 红色铁门
        if not value.endswith(p[start:end]) or len(value) == end - start:
            return False
        value = value[: -(end - start)]
    size = re.fullmatch(r"(?:更)?([大小])(?:号|一点|点|一些)?", value)
    if size is None and not _MATERIAL_ZH.fullmatch(value):
        return False
    said = size.group(1) if size else value
    was = (_SIZE_BEFORE if size else _MATERIAL_BEFORE).search(p[:start])
    if said in p[max(0, start - 4) : start]:
        return False
    if was:  # "小杯子换成大的": 大杯子; "陶瓷杯改成玻璃的": 玻璃杯
        p, start = p[: was.start()] + p[was.end() :], was.start()
    ed.set_phrase(i, p[:start] + said + p[start:])
    ed.say("said_made", what=m.group(1), value=m.group(2) if m.re is _SAME_NOUN_ZH else m.group(2) + "的")
    return True
