"""Words written other ways (traditional characters, pinyin, phone shorthand), brought to the ones the lexicon reads.

Traditional characters (畫一個藍色的圓形) and pinyin typed without an IME ("hongse yuan 在 zhongjian")
name the same world; they are mapped character by character or word by word, before anything else
reads the message, so every later rule sees one spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.rewriter.shapes.symbols import spelled_symbols

# traditional -> simplified, for the characters shapes-world messages use (colours, shapes, places, verbs)
_TRAD = str.maketrans(
    "畫個藍圓紅綠黃橙紫黑白邊間點張換變顏這們動刪裡後請將讓對號開來頭兩嗎麼為還現會舊銷層觀條塊圖層濃淺擺偏靠隻顆給"
    "說話謝嗎呢啦帶樣兒麼幫設調環復歸擠離遠轉撤復繪製類別錯誤細寬總盡實際單無實",
    "画个蓝圆红绿黄橙紫黑白边间点张换变颜这们动删里后请将让对号开来头两吗么为还现会旧销层观条块图层浓浅摆偏靠只颗给"
    "说话谢吗呢啦带样儿么帮设调环复归挤离远转撤复绘制类别错误细宽总尽实际单无实",
)
# pinyin words for the world's colours, shapes, places and a few verbs (tone marks already dropped), by syllable:
# typed together ("hongse") or a space between the syllables ("hong se", "bian xiao yi dian")
_PINYIN_SYLLABLES = {
    "hong se": "红色", "lan se": "蓝色", "lv se": "绿色", "lyu se": "绿色", "lu se": "绿色", "huang se": "黄色",
    "zi se": "紫色", "hei se": "黑色", "bai se": "白色", "cheng se": "橙色", "ju se": "橙色",
    "yuan xing": "圆形", "yuan quan": "圆", "fang kuai": "方块", "zheng fang xing": "正方形", "fang xing": "方形",
    "san jiao xing": "三角形", "san jiao": "三角形", "xing xing": "星星", "wu jiao xing": "五角星",
    "zhong jian": "中间", "zhong xin": "中心", "zuo shang": "左上", "you shang": "右上", "zuo xia": "左下",
    "you xia": "右下", "zuo bian": "左边", "you bian": "右边", "shang mian": "上面", "xia mian": "下面",
    "bei jing": "背景", "bian da": "变大", "bian xiao": "变小", "shan chu": "删除", "yi dian": "一点",
}  # fmt: skip
_PINYIN = {k.replace(" ", ""): v for k, v in _PINYIN_SYLLABLES.items()}
_PINYIN_WORD = re.compile(
    r"(?<![a-z])("
    + "|".join(k.replace(" ", r"[ \t]?") for k in sorted(_PINYIN_SYLLABLES, key=len, reverse=True))
    + r")(?![a-z])",
    re.I,
)
# "yuan" alone is a circle only after a pinyin colour ("hongse yuan"), not a currency
_YUAN_AFTER = re.compile(r"(?<=色)\s*yuan(?![a-z])", re.I)

# "del 圆", "rm the square": phone shorthand for delete, before a thing named
_DEL = re.compile(r"(?<![a-z])(?:del|rm)(?=\s+(?:the\s+|that\s+|this\s+|it\b|[\u4e00-\u9fff]|[a-z]+\s*$))", re.I)

# "第一行第三格", "第3排第1个", "row 1, column 3": a cell counted from the top left, said by its place
_N = {"一": 0, "二": 1, "两": 1, "三": 2, "1": 0, "2": 1, "3": 2}
_ZH_CELLS = (("左上角", "上方", "右上角"), ("左边", "中间", "右边"), ("左下角", "下方", "右下角"))
_EN_CELLS = (("top left", "top", "top right"), ("left", "center", "right"), ("bottom left", "bottom", "bottom right"))
_GRID_ZH = re.compile(r"(?:九宫格)?(?:的)?第\s*([一二两三123])\s*[行排]\s*(?:的)?\s*第\s*([一二两三123])\s*[格列个]")
_GRID_EN = re.compile(r"(?<![a-z])row\s*([123])\s*,?\s*(?:col|column)\s*([123])(?![0-9])", re.I)

# homophone slips of a pinyin IME for a shape word ("红色放块" for 方块, "园形", "三脚形"): after a colour or a
# count, where a shape is due, or whole words that are never anything else
_HOMOPHONE = re.compile(r"(?<=[色的个红橙黄绿蓝紫白黑])放(?=块|形)|正放形|园形|三脚形|(?<=的)把(?=[\s。！!~～]*$)")
_HOMOPHONE_FIX = {"放": "方", "正放形": "正方形", "园形": "圆形", "三脚形": "三角形", "把": "吧"}  # "换成红色的把"

# "a yellow 太阳, 就是一个 circle", "a sun, which is a circle": the thing's name, then the shape it is drawn as;
# the shape said outright is the object (the name alone would stand for an object already in the picture)
_SHAPE_WORD = r"circles?|squares?|triangles?|stars?|圆形|圆圈|圆|正方形|方形|方块|三角形|三角|星星|星形|五角星"
_NAMED_AS = (
    r"\s*[,，]?\s*(?:(?:也)?就是|即|其实是|画成|(?:which|that|it)(?:'s| is| will be)|i\.?e\.?|aka|meaning|as|just)"
    rf"\s*(?:(?:一个|个|a|an)\s*)?(?P<shape>{_SHAPE_WORD})(?![a-z])"
)


@lru_cache(maxsize=1)
def _named_as_pattern() -> re.Pattern:
    from core.language import words as w

    nick, _ = w._nickname_pattern()
    return re.compile(rf"(?:{nick.pattern}){_NAMED_AS}", re.I)


def _named_as(text: str) -> str:
    return _named_as_pattern().sub(lambda m: m.group("shape"), text)


# "那画成星星", "把它弄成圆形": drawn as / made into a shape is the change to it (画成 read as nothing)
_DRAWN_AS = re.compile(rf"(?<![再重])(?:画成|弄成|做成)(?=\s*(?:一个|个)?\s*(?:{_SHAPE_WORD}))")


# "右下角 also 一个 red circle", "左边也一个蓝色方块": a place, "also", then an object: one more object there
_PLACE_ALSO = re.compile(
    r"(?P<p>[左右][上下]角?|[左右]边|[左右]侧|上面|下面|上方|下方|中间|正中间)\s*(?:(?<![a-z])(?:also|too)(?![a-z])|也要|也)"
    r"\s*(?=(?:一个|个|(?<![a-z])(?:a|an|one)\s))"
)


# "make the circle blue so they are easier to tell apart": the reason after an edit says why, not what
_REASON_TAIL = re.compile(
    r"(?<=[a-z\u4e00-\u9fff])[,\s]+(?:so(?: that)?|so as to|because|since)\s+(?:they|they're|we|you|both|the two|it's easier|"
    r"it is easier)(?![a-z'])[^.!?;。！？；]*[.!。！]*\s*$",
    re.I,
)


# "我要画 三角形 紫色的 在 右边": Chinese words typed with spaces between them, as English is; Chinese has none
_SPACED_ZH = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff])")


# "换个 totally new 的：…", "来个 new 的": the English word for new in the Chinese frame (batch 22)
_NEW_DE = re.compile(r"[ \t]*(?<![a-z])(?:(?P<all>totally|brand|completely|entirely|all|whole)[\s-]+)?new\s*的", re.I)


# "make 它 bigger": 它 between English words is the English "it" (the sentence is read in English)
_IT_IN_ENGLISH = re.compile(r"(?<=[a-z] )它(?= [a-z])", re.I)
# "the fond must be yellow", "fondo azul": the background named in the tester's first language
_BACKGROUND_ELSEWHERE = re.compile(r"(?<![a-z])(?:the|le|el|il|der) (?:fond|fondo|sfondo|hintergrund)(?![a-z])", re.I)


# "画一棵小树", "一座山", "一轮太阳": the measure word of a thing the world draws as a shape is the plain 个
_THING_MEASURE = re.compile(r"(?<=[一两三几这那每再来画加])(?:棵|座|朵|艘|轮|顶)(?=[\u4e00-\u9fff])")


# "俩大小反过来", "颜色倒过来", "reverse their sizes", "flip the colours": an attribute of the two turned the
# other way round is that attribute swapped between them (not "黑白反过来", the colours named, an invert)
_REVERSED_ZH = re.compile(r"(?<=大小|颜色|位置)(?:的)?\s*(?:反过来|倒过来|颠倒过来|颠倒一下|颠倒|反转一下|反转|反一下)")
_REVERSED_EN = re.compile(
    r"(?<![a-z])(?:reverse|flip|invert)\s+(?P<o>their|the|both)\s+(?P<a>sizes|colou?rs|positions|places)(?![a-z])", re.I
)


# "a star in that spot instead", "put a blue square in its place": the place of the one replaced; with or without
# "instead" it is the replacement ("a star instead"), not a new object put elsewhere
_IN_ITS_PLACE = re.compile(
    r"\s+(?:in|at|on)\s+(?:its|that|the same|this|her|his)\s+(?:place|spot|position)(?![a-z])(?P<i>(?=.*\binstead\b))?",
    re.I,
)

# "a star instead, same red", "…instead, same colour": the replacement keeps what the one replaced had (said, not asked)
_SAME_KEPT = re.compile(
    r"(?<=instead)\s*,?\s*(?:the\s+|in the\s+)?same\s+(?:red|orange|yellow|green|blue|purple|white|black|colou?r|size|"
    r"place|spot)(?![a-z])\s*(?=[.!]*\s*$)",
    re.I,
)

# "it's kind of lost now in all that white", "the star disappears in the black": the colour it is lost in is the
# background's, a remark on it; it is no colour asked for the object
_LOST_IN = re.compile(
    r"(?P<v>(?<![a-z])(?:lost|blends?(?: in)?|disappears?|vanish(?:es)?|drowns?|drowning|invisible|hard to see|"
    r"can'?t see it|hidden)(?![a-z])[^.!?;]{0,20}?)\s+(?:in|into|against|on)\s+(?:all\s+)?(?:that|this|the|so much)\s+"
    r"(?:red|orange|yellow|green|blue|purple|white|black)(?![a-z])(?!\s+(?:circle|square|triangle|star|one|shape)s?\b)",
    re.I,
)


# "感觉 not right, fix it", "it doesn't look right": wrong, not the right-hand side (batch 32)
_NOT_RIGHT = re.compile(
    r"(?<![a-z])(?:not(?: quite| really)?|isn'?t(?: quite)?|doesn'?t (?:look|seem|feel)(?: quite)?|don'?t (?:look|seem))"
    r"\s+right(?![a-z])(?!\s+(?:side|corner|edge|half|column))",
    re.I,
)
# "往上 a bit", "大 a little": the English degree after a Chinese change is 一点
_DEGREE_AFTER_ZH = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*(?<![a-z])(?:a (?:little )?bit|a little|slightly)(?![a-z])", re.I
)
# "上 orange circle，下 blue circle": one place character before an English object names that side
_ONE_CHAR_PLACE = re.compile(
    r"(?:^|(?<=[，,;；]))\s*(?P<p>[上下左右])\s+(?=(?:a |an |one )?(?:small |large |big |tiny )?[a-z])"
)
_PLACE_WORD = {"上": "上面", "下": "下面", "左": "左边", "右": "右边"}
# "make the star go down": the object moved that way
_MAKE_GO = re.compile(
    r"(?<![a-z])make\s+(?P<o>it|that|this|the\s+[a-z]+(?:\s+one)?)\s+go\s+(?=up|down|left|right)", re.I
)
# "然后 circle 上面 small purple star": a new object said at a place beside an old one, with no verb, is added there
# (it used to turn the circle into the star)
_NEW_BESIDE = re.compile(
    rf"(?P<a>(?:{_SHAPE_WORD}))\s*的?\s*(?P<p>上面|下面|上方|下方|左边|右边|旁边|左侧|右侧)\s*"
    rf"(?P<b>(?:一个|个|(?<![a-z])(?:a|an|one)\s+)?(?:[a-z]+\s+|(?:[大小]|[红橙黄绿蓝紫白黑]色?)的?){{0,3}}(?:{_SHAPE_WORD}))\s*[。.!！]*$",
    re.I,
)
_ANY_VERB = re.compile(
    r"(?<![a-z])(?:make|turn|change|move|put|place|add|swap|switch|replace|delete|remove|draw|shift|is|are|becomes?)(?![a-z])"
    r"|[改换变移挪放加画删去搬要是有]",
    re.I,
)


def _new_beside(text: str) -> str:
    m = _NEW_BESIDE.search(text)
    if (
        m is None
        or _ANY_VERB.search(text[: m.start("p")])
        or _ANY_VERB.search(m.group("b"))
        or re.match(r"(?i)(?:the|that|this|its?)\s", m.group("b"))
    ):
        return text
    return text[: m.end("p")] + "加" + text[m.start("b") :]


# "下面一排：左下…，正下方…": the row named before its cells is a heading, not a place of its own
_ROW_LABEL = re.compile(r"^\s*(?:最)?(?:上面|下面|中间|顶部|底部|上方|下方)(?:的)?一(?:排|行)\s*[:：]\s*")
# "上方左、中、右各一个…": the row, then its three cells
_ROW_CELLS_ZH = re.compile(
    r"(?P<row>最上面|最下面|上方|上面|顶部|下方|下面|底部|中间)(?:的)?\s*左\s*[、,，]\s*中\s*[、,，]\s*右"
)
_ROW_CELLS = {"上": "左上、上方、右上", "顶": "左上、上方、右上", "下": "左下、下方、右下", "底": "左下、下方、右下",
              "中": "左边、中间、右边"}  # fmt: skip


def _row_cells(m: re.Match) -> str:
    row = m.group("row")
    return next(v for k, v in _ROW_CELLS.items() if k in row)


# "at the top-- no, at the bottom", "left，哦不 right": a correction said with a dash or 哦不 is one said with a comma
_DASHED_NO = re.compile(r"\s*(?:-{2,}|—+|–)\s*(?=(?:no|nope|wait|sorry|actually|i mean|oops)(?![a-z]))", re.I)
_OH_NO_ZH = re.compile(r"(?<=[，,\s])\s*(?:哦|噢|喔|啊)不(?:是)?\s*(?![要对了])(?=[a-z\u4e00-\u9fff])", re.I)


# "往上走到顶", "往 up 挪到顶", "往下沉到底": moved to the edge that way, the column kept
_TO_EDGE = re.compile(
    r"(?:往|向)\s*(?P<d>上|下|up|down)\s*(?:走|沉|升|飘|滑|跑|挪|移|推|拉|放|搬)?\s*到\s*(?:最)?(?:顶|底)(?:部|端|上|下)?"
    r"(?=$|[\s，,。.!！吧]|还|并|但|保持|靠)",
    re.I,
)


def _to_edge(m: re.Match) -> str:
    up = m.group("d").lower() in ("上", "up")
    return "往上移到最上面" if up else "往下移到最下面"


# "第 9 格", "九宫格第 1、5、9 格": the grid's cells numbered row by row from the top left
_CELL_NO = re.compile(
    r"(?:九宫格)?(?:的)?第\s*(?P<n>[1-9一二三四五六七八九](?:\s*[、,，和]\s*[1-9一二三四五六七八九])*)\s*格"
)
_CELL_NAMES = tuple(cell for row in _ZH_CELLS for cell in row)  # the rows and columns' own names, in reading order


def _cell_no(m: re.Match) -> str:
    digits = [c for c in m.group("n") if c not in "、,，和 "]
    return "、".join(_CELL_NAMES[int(c) - 1 if c.isdigit() else "一二三四五六七八九".index(c)] for c in digits)


# "红的和绿的都变大", "make the red one and the green one bigger": one change said of two, made to each
_TWO_BY_COLOUR_ZH = re.compile(
    r"^(?P<a>[红橙黄绿蓝紫白黑]色?的(?:那个)?)\s*(?:和|跟|与|、|还有)\s*(?P<b>[红橙黄绿蓝紫白黑]色?的(?:那个)?)\s*都?\s*"
    r"(?P<rest>(?:变|改|换|放|缩|挪|移|弄)[^，,。;；]+)$"
)
_TWO_BY_COLOUR_EN = re.compile(
    r"^(?P<v>make|turn|paint|colou?r|move|shrink|enlarge)\s+(?P<a>the\s+[a-z]+\s+one)\s+and\s+(?P<b>the\s+[a-z]+\s+one)\s+"
    r"(?P<rest>[a-z][a-z -]*?)[.!]*$",
    re.I,
)
# "还是上一张好，回去": the earlier picture, and the word for going back said again
_BACK_AGAIN_ZH = re.compile(
    r"(?P<a>上一张|上一个|之前那张|刚才那张)(?P<b>好|更好|好看)?吧?[，,]\s*(?:回去|退回去|返回|换回去)吧?"
)


def _two_by_colour(text: str) -> str:
    m = _TWO_BY_COLOUR_ZH.match(text.strip())
    if m:
        return f"{m['a']}{m['rest']}，{m['b']}{m['rest']}"
    m = _TWO_BY_COLOUR_EN.match(text.strip())
    if m:
        return f"{m['v']} {m['a']} {m['rest']} and {m['v']} {m['b']} {m['rest']}"
    return text


# "only keep 绿的": the English verb before a Chinese object is 只留
_ONLY_KEEP_ZH = re.compile(r"(?<![a-z])(?:only keep|just keep|keep only)\s*(?=[\u4e00-\u9fff])", re.I)


def simplified(text: str) -> str:
    """The message with traditional characters and world pinyin in simplified Chinese."""
    text = _SPACED_ZH.sub("", spelled_symbols(text.translate(_TRAD)))
    text = _IT_IN_ENGLISH.sub("it", text)
    text = _NEW_DE.sub(lambda m: "全新的" if m.group("all") else "新的", text)
    text = _BACKGROUND_ELSEWHERE.sub("the background", text)
    text = _PINYIN_WORD.sub(lambda m: _PINYIN[re.sub(r"\s", "", m.group(1).lower())], text)
    text = _DEL.sub("delete", text)
    text = _THING_MEASURE.sub("个", text)
    text = _REVERSED_ZH.sub("互换", text)
    text = _IN_ITS_PLACE.sub(lambda m: "" if m.group("i") is not None else " instead", text)
    text = _SAME_KEPT.sub("", text)
    text = _LOST_IN.sub(lambda m: m.group("v"), text)
    text = _REVERSED_EN.sub(lambda m: f"swap {m['o']} {m['a']}", text)
    text = _GRID_ZH.sub(lambda m: _ZH_CELLS[_N[m.group(1)]][_N[m.group(2)]], text)
    text = _CELL_NO.sub(_cell_no, text)  # after rows and columns: "第三行第一格" is one cell
    text = _GRID_EN.sub(lambda m: _EN_CELLS[_N[m.group(1)]][_N[m.group(2)]], text)
    text = _HOMOPHONE.sub(lambda m: _HOMOPHONE_FIX[m.group(0)], text)
    text = _named_as(text)
    text = _DRAWN_AS.sub("改成", text)
    text = _PLACE_ALSO.sub(lambda m: m.group("p") + "加", text)
    text = _REASON_TAIL.sub("", text)
    text = _NOT_RIGHT.sub("wrong", text)
    text = _DEGREE_AFTER_ZH.sub("一点", text)
    text = _MAKE_GO.sub(lambda m: f"move {m.group('o')} ", text)
    text = _ONLY_KEEP_ZH.sub("只留", text)
    text = _ONE_CHAR_PLACE.sub(lambda m: _PLACE_WORD[m.group("p")], text)
    text = _new_beside(text)
    text = _BACK_AGAIN_ZH.sub(lambda m: m["a"] + (m["b"] or ""), _two_by_colour(text))
    text = _TO_EDGE.sub(_to_edge, text)
    text = _OH_NO_ZH.sub("不对，", _DASHED_NO.sub(", ", text))
    text = _ROW_CELLS_ZH.sub(_row_cells, _ROW_LABEL.sub("", text))
    return _YUAN_AFTER.sub("圆", text)
