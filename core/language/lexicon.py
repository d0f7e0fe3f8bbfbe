"""Words the composer understands, in English and Chinese.

Attribute words come from the shapes world's vocabulary (one source of truth);
the verbs and cues here are the composer's own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from core.language import words
from core.world import vocab

KINDS = ("colour", "shape", "size", "position")


@dataclass(frozen=True)
class Mention:
    """An attribute word found in a text span."""

    kind: str  # colour | shape | size | position
    key: str  # canonical key from the world vocabulary
    start: int
    end: int


def _terms(kind: str):
    return {"colour": vocab.COLOURS, "shape": vocab.SHAPES, "size": vocab.SIZES, "position": vocab.POSITIONS}[kind]


@lru_cache(maxsize=1)
def _surfaces() -> tuple[tuple[str, str, str, bool], ...]:
    """(surface, kind, key, is_chinese) sorted longest first, so "top left" beats "left"."""
    rows: list[tuple[str, str, str, bool]] = []
    for kind in KINDS:
        for key, term in _terms(kind).items():
            for en in {term.en.lower(), key.lower(), *(a.lower() for a in term.aliases_en)}:
                rows.append((en, kind, key, False))
                if "-" in en:
                    rows.append((en.replace("-", " "), kind, key, False))
            for zh in {term.zh, *term.aliases_zh}:
                # A bare 上/下 would fire inside 背景上 or 上面; positions need two characters.
                if kind == "position" and len(zh) < 2:
                    continue
                rows.append((zh, kind, key, True))
    # Comparatives mean a size change ("make it bigger", "变大").
    for word, key in (
        ("bigger", "large"),
        ("larger", "large"),
        ("smaller", "small"),
        ("enlarge", "large"),
        ("shrink", "small"),
        ("变大", "large"),
        ("变小", "small"),
        ("放大", "large"),
        ("缩小", "small"),
    ):
        rows.append((word, "size", key, not word.isascii()))
    for word, key in (
        ("upper left", "top-left"),
        ("upper right", "top-right"),
        ("lower left", "bottom-left"),
        ("lower right", "bottom-right"),
        ("upper", "top"),
        ("lower", "bottom"),
    ):
        rows.append((word, "position", key, False))
    unique = {(s, k): (s, k, key, zh) for s, k, key, zh in rows}
    return tuple(sorted(unique.values(), key=lambda r: -len(r[0])))


# "big yellow circle up in the corner, top right one": the corner said, then which corner it is
_CORNER_THEN_WHICH = re.compile(
    r"(?<![a-z])(?:(?:up|down|over|out)\s+)?in (?:the|a|one) corner\s*[,;:—–-]?\s*(?:the\s+)?(?:i mean\s+)?"
    r"(top|bottom|upper|lower)[\s-]?(left|right)(?:\s+(?:one|corner))?(?![a-z])"
)
# "the star I want in blue color", "in red colour": the colour named, then the word "colour" after it
_IN_COLOUR_WORD = re.compile(r"(?<![a-z])(in (?:red|orange|yellow|green|blue|purple|white|black))\s+colou?r(?![a-z])")


# "the purple is too dark, go green", "go with blue then": that colour for the one meant (not "go left")
_GO_COLOUR = re.compile(
    r"(?<![a-z])go (?:with |for )?(?=(?:red|orange|yellow|green|blue|purple|white|black)"
    r"(?:\s+(?:instead|then|please|pls))*\s*(?:[,.;!~]|$))"
)
# "hei色背景 中间黄色三角xing", "变xiao一点": a world word typed in pinyin inside a Chinese message
_PINYIN_COLOUR = {
    "hong": "红",
    "cheng": "橙",
    "huang": "黄",
    "lv": "绿",
    "lü": "绿",
    "lu": "绿",
    "lan": "蓝",
    "zi": "紫",
    "bai": "白",
    "hei": "黑",
}
_PINYIN_COLOUR_RE = re.compile(r"(?<![a-z])(hong|cheng|huang|lv|lü|lu|lan|zi|bai|hei)(?=色)")
_PINYIN_SIZE_RE = re.compile(r"(?<![a-z])(xiao|da)(?![a-z])(?=\s*(?:一点|一些|点|些|的|号|[一个颗只]|[\u4e00-\u9fff]))")
_PINYIN_SHAPE_RE = re.compile(r"(?:(?<=三角)|(?<=圆))xing(?![a-z])|(?<![a-z])xingxing(?![a-z])")


def _pinyin(text: str) -> str:
    text = _PINYIN_COLOUR_RE.sub(lambda m: _PINYIN_COLOUR[m.group(1)], text)
    text = _PINYIN_SIZE_RE.sub(lambda m: "小" if m.group(1) == "xiao" else "大", text)
    return _PINYIN_SHAPE_RE.sub(lambda m: "星星" if m.group(0) == "xingxing" else "形", text)


# "橙色在黄色上不明显，星星还是红色吧": two colours in a remark on how they look together, not values asked for
_COLOUR_REMARK_ZH = re.compile(
    r"(?:[红橙黄绿蓝紫白黑]色?的?(?:星星|圆形?|方块|三角形?)?)在(?:[红橙黄绿蓝紫白黑]色?)(?:的)?(?:背景)?上(?:面)?"
    r"(?:不太|不够|太|很|有点)?(?:不明显|看不清楚?|看不出来|不显眼|不突出|太淡|不清楚|显不出来)了?\s*[，,。]\s*(?=\S)"
)
# "还是最开始的黄色好看，改回去", "还是红色好，换回去吧": the value named is the one to go back to (not one step back)
_NAMED_BACK_ZH = re.compile(
    r"还是(?:最开始|一开始|最初|原来|之前|刚才|刚开始)?(?:的)?(红色|橙色|黄色|绿色|蓝色|紫色|白色|黑色)(?:的)?(?:比较|更|最)?"
    r"(?:好看|好|顺眼)(?:些|一些|点)?[，,\s]*(?:还是|就)?(?:改|换|变)回去(?=\s*(?:吧|呗)?\s*[。.!！~]*$)"
)
# "黑色背景上方画一个黄色的圆": the place after 背景 is the object's, not "on the background"
_BG_THEN_PLACE_ZH = re.compile(
    r"(?<=[红橙黄绿蓝紫白黑]色)背景(?=(?:左上|右上|左下|右下)(?:方|角)|(?:上|下)方|(?:左|右)(?:侧|边)|中间|中央|正中)"
)


@lru_cache(maxsize=4096)  # history messages are read again every turn
def normalise(text: str) -> str:
    """NFKC (full-width punctuation to ASCII), lower case, single spaces; one-letter typos of the world's
    words mended ("backround", "traingle", "purpel", "midle", "litle", "biger", "teh"), and a few
    phrasings said in the world's own words ("the northwest corner" -> "the top left corner")."""
    text = unicodedata.normalize("NFKC", text)
    text = _ABBREV.sub(lambda m: _abbrev(m), text)
    text = text.lower()
    text = re.sub(r"[a-z]{4,}", lambda m: _mend(m.group(0)), text)
    text = _SHORT_TYPOS.sub(lambda m: _SHORT_FIX[m.group(0)], text)
    text = _AD_VERB.sub("add", text)
    text = _SWAP_SO.sub("", text)
    text = _BOTH_INTO.sub(r"\1 both of them \2", text)
    text = _GO_COLOUR.sub(lambda m: f"make {m.group(2)} {m.group(1)}", text)
    text = _PLACE_COLON.sub(lambda m: f"{m.group(1)}{m.group(3).strip()} at the {m.group(2)}", text)
    text = _PLACE_COLON_ZH.sub(lambda m: m.group(1) + m.group(2), text)
    text = _HAND_SIDE.sub(r"\1", text)
    text = _COMPASS.sub(lambda m: _compass(m), text)
    text = _COMPASS_ZH.sub(lambda m: _COMPASS_ZH_CORNER[m.group(1)], text)
    text = _COMPASS_SHORT.sub(lambda m: _COMPASS_CORNER[m.group(1)], text)
    text = _ALL_THE_WAY.sub(
        lambda m: (
            ("at the " if m.group(2) else "to the ")
            + ("top" if m.group(1) == "up" else "bottom")
            + ("" if m.group(2) else ", same column")
        ),
        text,
    )
    text = _SIZE_SYNONYM.sub(lambda m: _SIZE_SYNONYMS[m.group(0)], text)
    text = _ROUND_DOT.sub("", text)
    text = _WAY_ROUND.sub(lambda m: "reversed" if "way" in m.group(0) else m.group(0).rsplit(" ", 1)[0], text)
    text = _LITTLE_TOO.sub("small", text)
    text = _IN_COLOUR_WORD.sub(r"\1", text)
    text = _CORNER_THEN_WHICH.sub(lambda m: f"in the {m.group(1)} {m.group(2)} corner", text)
    text = _GO_COLOUR.sub("make it ", text)
    text = _DOWN_BELOW.sub(lambda m: "bottom" if m.group(0).startswith("down") else "top", text)
    text = _UP_HIGH.sub("at the top", text)
    text = _CORNER_OF.sub(
        lambda m: f"the {'top' if m.group(1) in ('up', 'top', 'upper') else 'bottom'} {m.group(2)} corner", text
    )
    text = _LEARNER_CORNER.sub(_learner_corner, text)
    text = _ONE_OF_THOSE.sub(lambda m: m.group(1) + " like it", text)
    if has_cjk(text):
        text = _pinyin(text)
        text = _COLOUR_REMARK_ZH.sub("", text)
        text = _NAMED_BACK_ZH.sub(r"改回\1", text)
        text = _BG_THEN_PLACE_ZH.sub("背景，", text)
        text = _MIXED_CORNER.sub(_mixed_corner, text)
        text = _ONE_CELL_EN.sub("一格", text)
    text = _BARE_MOVE_EN.sub(lambda m: m.group(1) + " it ", text)
    text = _CLOSE_BY_ZH.sub("", text)
    text = _SIZE_ZH.sub(lambda m: _SIZE_ZH_WORDS[m.group(0)], text)
    text = _SHOULD_HAVE_ZH.sub("要", text)
    text = _TOO_SIZE.sub(lambda m: "太小了" if m.group(1) in ("small", "tiny", "little") else "太大了", text)
    text = _JIAO.sub("角", text)
    text = _THAT_CORNER_ZH.sub(lambda m: m.group(1) + " ", text)
    text = _TOWARDS_MIDDLE.sub("挪到中间", text)
    text = _EN_SIZE_BIT.sub(lambda m: "小" if m.group(1) in ("smaller", "small", "tiny", "little") else "大", text)
    text = _TOWARDS_CORNER.sub(lambda m: f"挪到{m.group(1)}边{m.group(2)}", text)
    text = _MAKE_ONE_SIZED_ZH.sub("换个", text)
    text = _DOUBLED_ZH.sub(lambda m: m.group(1), text)
    text = _DOUBLED_COLOUR_ZH.sub(lambda m: m.group(1) + "色", text)
    text = _SKY.sub("the background", text)
    text = _SKY_ZH.sub("背景", text)
    text = _SKY_BEFORE_BG.sub("", text)
    text = _YUAN.sub("圆", text)
    text = _BALL_ZH.sub("圆", text)
    text = _JIA.sub("加", text)
    text = _LEFT_RIGHT_SOUND.sub(lambda m: "右" if m.group(0) == "又" else "左", text)
    text = _SOUND_ZH.sub(lambda m: _SOUND_ZH_FIX[m.group(0)], text)
    text = _FANG_PLACE.sub(lambda m: m.group(1) + "方", text)
    text = _RIGHT_ABOVE_ZH.sub(lambda m: "正" + m.group(1) + "方", text)
    text = _EN_VERB_CHENG.sub("改成", text)
    text = _ALL_AS_ONE.sub("都改成", text)
    text = _AH_RIGHT.sub(lambda m: m.group(1) + " yes", text)
    text = _SAME_NAMED_COLOUR.sub("the same colour as", text)
    text = _NO_CORNERS.sub(lambda m: "改成圆" if m.group(0)[0] in "去不没把" else "turn it into a circle", text)
    text = _LAST_ADDED_ZH.sub(lambda m: "最后那" if m.group("bare") is None else "最后那个", text)
    text = _WALK_ZH.sub(lambda m: m.group(1) + "挪", text)
    text = _BARE_NEW_ZH.sub("一个", text)
    text = _INSTEAD_ZH.sub("", text)
    text = _TOWARDS_EN_CORNER.sub(lambda m: f"挪到 {m.group(1)} ", text)
    text = _TOWARDS_ZH_CORNER.sub(lambda m: f"挪到{_ZH_CORNER_ORDER.get(m['c'], m['c'])}角", text)
    text = _TOWARDS_EN.sub(lambda m: m.group(1) + _TOWARDS_EN_ZH[m.group(2)], text)
    text = _AGAIN_EN_STEP.sub(lambda m: "再往" + _TOWARDS_EN_ZH[m.group(1)], text)
    text = _TOWARDS_EN_VERB.sub(lambda m: m.group(1) + "挪", text)
    text = _LEANING_CORNER.sub(_leaning, text)
    text = _TO_THE_EDGE_ZH.sub(_to_the_edge, text)
    text = _EN_VERB_TO_ZH.sub("挪", text)
    text = _ALL_THE_WAY_ZH.sub(_to_the_edge, text)
    text = _ALL_THE_WAY_EN.sub(_all_the_way, text)
    text = _ONE_MORE_STEP.sub("move it one step ", text)
    text = _ZH_WAY_ONE_MORE.sub(lambda m: m.group(1) + "一格", text)
    text = _LEANING_ROW.sub(lambda m: "上方" if m.group(1) == "上" else "下方", text)
    text = _SIZE_TO.sub(r"make \1 \2", text)
    text = _BESIDE_EN.sub(lambda m: m.group(1) + _BESIDE_EN_ZH[m.group(2)], text)
    text = _ZH_COLOUR_EN_SHAPE.sub(lambda m: _ZH_COLOUR_EN[m.group(1)] + " ", text)
    text = _ONLY_KEEP.sub(lambda m: f"remove everything except {m.group(1)}", text)
    text = _ONLY_KEEP_ZH.sub(lambda m: f"除了{_CJK_GAP.sub('', m.group(1))}都删掉", text)
    text = _ARROW.sub(lambda m: " 换成 " if has_cjk(text) else " into ", text)
    return re.sub(r"\s+", " ", text).strip()


# Three-letter typos of function words (and "blu"): too short for the one-edit rule ("tea", "ten" are words).
_SHORT_FIX = {
    "blu": "blue",
    "teh": "the",
    "hte": "the",
    "adn": "and",
    "nad": "and",
    "taht": "that",
    "thsi": "this",
    "wiht": "with",
    "lil": "little",
    "rite": "right",  # "top rite": the world has no rites
    "nite": "night",
    "lft": "left",  # "on the lft"
    "lef": "left",  # "top lef": the last letter lost
    "rgt": "right",
    "bleu": "blue",  # "背景 bleu": the world's blue, typed by a hand used to French
    "sq": "square",  # "red sq, 右上"
    "sqs": "squares",
    # phone-style consonant skeletons of the world's words ("blk circle tp left n a wht star btm rt")
    "blk": "black",
    "wht": "white",
    "whit": "white",  # "a whit star": the colour lost its last letter
    "grn": "green",
    "ylw": "yellow",
    "prpl": "purple",
    "tp": "top",
    "btm": "bottom",
    "bttm": "bottom",
    "rt": "right",
    "ctr": "center",
    "cntr": "center",
    "mve": "move",
    "sml": "small",
    "lrg": "large",
    "sm": "small",  # "sq red sm center": the two-letter sizes of a shopping list
    "lg": "large",
    "circ": "circle",  # "grn circ, mid"
    "circs": "circles",
    "orng": "orange",
    "org": "orange",
    "n": "and",
    # comparatives with the vowel (or a doubled letter) dropped, typed on a phone ("bigr", "smllr")
    "bigr": "bigger",
    "biggr": "bigger",
    "bgr": "bigger",
    "smlr": "smaller",
    "smllr": "smaller",
    "smalr": "smaller",
    "lrgr": "larger",
}
# "ad a blak circle top rite": "ad" as the sentence's verb, before a new object, is "add" (not "an ad for …")
_AD_VERB = re.compile(
    r"(?:^|(?<=[,.;!?]\s)|(?<=[,.;!?])|(?<=\band\s)|(?<=\bthen\s)|(?<=\bpls\s)|(?<=\bplease\s)|(?<=\bnow\s))"
    r"ad(?=\s+(?:a|an|another|one|two|three)\s)"
)
_SHORT_TYPOS = re.compile(r"(?<![a-z'])(?:" + "|".join(_SHORT_FIX) + r")(?![a-z'])")

# "the right hand corner", "left-hand side": the hand only says which side, and "-hand" would hide the side word
_HAND_SIDE = re.compile(r"(?<![a-z])(left|right)[\s-]hand(?=\s+(?:corner|side|edge|half|part)(?![a-z]))")
# "the northwest corner", "south-east", "in the north east": compass points are the grid's corners and edges.
_COMPASS = re.compile(
    r"(?<![a-z])(?P<v>north|south)[\s-]?(?P<h>east|west)(?:ern)?(?![a-z])"
    r"|(?<![a-z])(?P<e>north|south|east|west)(?:ern)?(?=\s+(?:edge|side|end|corner|wall|border|part|half)(?![a-z]))"
    # "in the north", "to the east, please": a compass point alone after "the"
    r"|(?<=the )(?P<e2>north|south|east|west)(?=\s*(?:$|[,.;!?]|and\b|please\b|of the (?:canvas|picture|image|frame)\b))"
)
# "东北角", "西南方": the corners, said by the compass.
_COMPASS_ZH_CORNER = {"东北": "右上", "西北": "左上", "东南": "右下", "西南": "左下"}
_COMPASS_ZH = re.compile(r"(东北|西北|东南|西南)(?=角|方|边|侧|部|面)")
# "the NE corner", "in the sw corner": the short compass corners.
_COMPASS_CORNER = {"ne": "top right", "nw": "top left", "se": "bottom right", "sw": "bottom left"}
_COMPASS_SHORT = re.compile(r"(?<![a-z])(ne|nw|se|sw)(?=\s+(?:corner|cell|side)(?![a-z]))")
# "go yellow on the square", "go blue for the background": that one made that colour
_GO_COLOUR = re.compile(
    r"(?<![a-z])(?:let'?s\s+)?go\s+(red|orange|yellow|green|blue|purple|white|black)\s+(?:on|for|with)\s+"
    r"(it|that|the\s+(?:[a-z]+\s+)?(?:circle|square|triangle|star|one|background|backdrop|bg))(?![a-z])"
)
# "make both circles", "turn both into stars": the shape both take (with nothing after it, no object named)
_BOTH_INTO = re.compile(
    r"(?<![a-z])(make|turn)\s+both\s+((?:into\s+)?(?:circles|squares|triangles|stars))(?=\s*[.!]*$)"
)
# "flip them so the star is lower left and the square upper right": the places said after "so" are the edit
_SWAP_SO = re.compile(
    r"^(?:(?:ok|okay|now|and|so)[\s,]+)*(?:flip|swap|switch|rearrange|reverse|turn)\s+(?:them|it|those|these|the two|things|"
    r"everything)(?:\s+(?:around|round|over))?\s*,?\s+so(?:\s+that)?\s+(?=[^.!?]*(?:left|right|top|bottom|upper|lower|middle|cent))"
)
# "all the way up, centered": the top row's middle; "move it all the way down": the bottom of its column.
_ALL_THE_WAY = re.compile(
    r"(?<![a-z])all the way (up|down)(?![a-z])(?!\s+(?:to|into|in|at|on)\b)(?=(\s*,?\s*(?:cent(?:er|re)d?|in the middle|middle))?)"
)
# Size words the world's tables do not list, said as the words they mean.
_SIZE_SYNONYMS = {
    "supersize": "enlarge", "supersized": "huge", "super-size": "enlarge", "chunkier": "bigger", "fatter": "bigger",
    "heftier": "bigger", "beefier": "bigger", "larger-sized": "bigger", "teenier": "smaller", "littler": "smaller",
    "teensier": "smaller", "minier": "smaller",
}  # fmt: skip
_SIZE_SYNONYM = re.compile(r"(?<![a-z-])(?:" + "|".join(map(re.escape, _SIZE_SYNONYMS)) + r")(?![a-z-])")
# "a round dot", "the round circle": one circle, not two ("round" alone is a circle too).
_ROUND_DOT = re.compile(r"(?<![a-z])round[\s-]+(?=(?:dot|disc|disk|circle|ring)s?(?![a-z]))")
# "and little too" at the end of a clause: the size, also ("a little too big" is an adverb).
_LITTLE_TOO = re.compile(r"(?<![a-z])little(?= too\s*(?:$|[.!?,;]|please|pls|thanks))")
# "the one down below", "the one up above": the bottom / top row.
_DOWN_BELOW = re.compile(r"(?<![a-z])(?:down below|down beneath|up above)(?![a-z])(?! (?:it|the|that|this)\b)")
# "up high in the middle", "put it high up": the top row.
_UP_HIGH = re.compile(r"(?<![a-z])(?:up high|high up|way up high)(?![a-z])(?!\s+(?:to|into|in the (?:sky|air))\b)")
# "in the up left", "put one in down right": a learner's corner after a place preposition is that corner.
_LEARNER_CORNER = re.compile(
    r"(?<![a-z])((?:in|at|on|to|into|onto|of)\s+)(?:((?:the\s+)?)(up|down)\s+(left|right)|()(left|right)\s+(up|down))"
    r"(?![a-z-])(?!\s+corner)"  # not "blow the thing on the left up": "left up" after "the" is a size verb's particle
)


# "在 left 的 up", "右边 down", "down 的 right": a side and up / down said across two languages is that corner.
_MIXED_CORNER = re.compile(
    r"(?<![a-z])(left|right)\s*的\s*(up|down)(?![a-z])|([左右])(?:边|侧|面)?\s*(up|down)(?![a-z])"
    r"|(?<![a-z])(up|down)\s*的\s*(left|right)(?![a-z])|(?<![a-z])(up|down)\s*的?\s*([左右])(?:边|侧|面)"
)


def _mixed_corner(m: re.Match) -> str:
    words = [g for g in m.groups() if g]
    side = "左" if "left" in words or "左" in words else "右"
    return side + ("上" if "up" in words else "下")


# "左下那个角", "bottom left 那个角": that corner, said with a pointing word, is the corner ("左下角")
_THAT_CORNER_ZH = re.compile(
    r"(左上|右上|左下|右下|(?:top|bottom|upper|lower)[\s-]?(?:left|right))\s*(?:那个|这个|那|这)\s*(?=角)"
)
# "the other way round", "swap it round": an order reversed, not a round shape
_WAY_ROUND = re.compile(
    r"(?<![a-z])(?:(?:the\s+)?(?:other|wrong)\s+way|(?:swap|switch|turn|flip)\s+(?:it|them|that|those))\s+a?round(?![a-z])"
)
# "a tiny one of those", "another one of these": one more of the kind there, a copy ("one of them" stays a reference)
_ONE_OF_THOSE = re.compile(
    r"(?<![a-z])((?:a|an|another|one more)\s+(?:[a-z]+\s+){0,2}?one) of (?:those|these)(?![a-z])"
)


# "in the corner of up left", "the corner of the top right": that corner, said the learner's way round.
_CORNER_OF = re.compile(
    r"(?<![a-z])(?:the\s+)?corner of (?:the\s+)?(up|down|top|bottom|upper|lower)[\s-]+(left|right)(?![a-z])"
)
# "三角形右边紧挨着放一个", "紧贴着它的左边": how close says nothing the grid can show; the side stays.
_CLOSE_BY_ZH = re.compile(r"(?<=[边面侧方])(?:紧挨着|紧靠着|紧贴着|紧挨|紧靠|紧贴|挨着|贴着)(?=[放加画摆添来再])")


def _learner_corner(m: re.Match) -> str:
    the, v, h = (m.group(2), m.group(3), m.group(4)) if m.group(3) else (m.group(5), m.group(7), m.group(6))
    return f"{m.group(1)}{the}{'top' if v == 'up' else 'bottom'} {h}"


# "left: red star, center: white square": a place, a colon, then what stands there ("red star at the left").
_PLACE_COLON = re.compile(
    r"(^|[,;.]\s*)((?:top|bottom|upper|lower)[\s-]?(?:left|right)|top|bottom|left|right|center|centre|middle)\s*:\s*"
    r"([^,;:.]*[a-z][^,;:.]*)"
)
# "左边：红色星星，右边：蓝色圆": a Chinese place and a colon is the place said before the object ("左边红色星星").
_PLACE_COLON_ZH = re.compile(
    r"(^|[,;.]\s*)((?:左上|右上|左下|右下)角?|左边|右边|左侧|右侧|上面|下面|上方|下方|中间|中央|正中间?)\s*:\s*(?=[^\s,;:.])"
)
# Chinese size words the tables lack ("小不点的圆", "超小的"), said as the word they mean.
_SIZE_ZH_WORDS = {
    "小不点儿": "小",
    "小不点": "小",
    "超级小": "小",
    "超小": "小",
    "迷你": "小",
    "超级大": "大",
    "超大": "大",
}
_SIZE_ZH = re.compile("|".join(sorted(_SIZE_ZH_WORDS, key=len, reverse=True)))
# "星星旁边要有一个小红圆": "there should be one" is "one is wanted" (要一个), a new object
_SHOULD_HAVE_ZH = re.compile(r"(?:(?<=[\u4e00-\u9fff])|^)(?:要|需要|得)有(?=\s*[一两](?:个|只|颗))")
# "star 太 small 了": an English size word in a Chinese complaint is the complaint (太小了), not the wish.
_TOO_SIZE = re.compile(r"太\s*(small|tiny|little|big|large|huge)\s*了")
# "red circle TL, yellow square T": the grid's cells by their initials, in capitals (or after a shape word).
_ABBREV_CELL = {"tl": "top left", "tr": "top right", "bl": "bottom left", "br": "bottom right", "t": "top",
                "b": "bottom", "l": "left", "r": "right", "c": "center"}  # fmt: skip
_ABBREV = re.compile(
    r"(?<![A-Za-z'])(TL|TR|BL|BR)(?![A-Za-z'])"
    r"|(?<![A-Za-z])((?i:circle|square|triangle|star)s?\s+)(tl|tr|bl|br|T|B|L|R|C)(?![A-Za-z'])"
)


def _abbrev(m: re.Match) -> str:
    return (m.group(2) or "") + "at the " + _ABBREV_CELL[(m.group(1) or m.group(3)).lower()]


# "往右边角落挪": towards a corner on that side is a move there ("挪到右边角落")
_TOWARDS_CORNER = re.compile(r"[往向朝](左|右|上|下)(?:边|面)?的?(角落|角)(?:挪|移|放|去|走)?")
# "往中间挪", "向中央移一下": towards the middle is a move to the centre cell (the grid has one middle).
_TOWARDS_MIDDLE = re.compile(
    # "再往 middle 挪", "往 the center 移": the middle said in English between the Chinese words too
    r"[往向朝]\s*(?:正)?(?:中间|中央|中心|(?:the\s+)?(?:middle|center|centre)(?![a-z])\s*)(?:的?位置)?(?:挪|移|放|去|走|靠|摆)?"
)
# "它 small 一点", "再 big 一些": an English size word with a Chinese "a bit" is the Chinese comparative (小一点)
_EN_SIZE_BIT = re.compile(r"(?<![a-z])(smaller|small|tiny|little|bigger|big|larger|large)\s*(?=一点|一些|点儿|些)")
# "右上脚", "三脚形": 脚 typed for 角 (same sound) in a corner or a triangle.
_JIAO = re.compile(r"(?<=左上|右上|左下|右下)脚|(?<=三)脚(?=形)")  # not 右脚 (a foot), 三脚架 (a tripod)
# "往下 move one cell": the English amount in a Chinese frame is the Chinese one (一格)
# (a cell only: "a square" is a shape, "back one step" an undo)
_ONE_CELL_EN = re.compile(r"(?<![a-z])(?:by\s+)?(?:one|a|1)\s+(?:grid\s+)?(?:cell|notch)(?![a-z])")
# "move up", "move up 一点": a move with no object named moves the one it would ("move it up"); not "move up the star"
_BARE_MOVE_EN = re.compile(
    r"(?<![a-z])(move|shift|slide|nudge|push)\s+(?=(?:up|down|left|right)(?![a-z])(?!\s+(?:the|that|this|those|these)\b))"
)
# "整个小点儿的", "弄个大一点的": 整/弄/搞 (make, get) a size and nothing else is 换个… (the same one in that size)
_MAKE_ONE_SIZED_ZH = re.compile(
    r"^(?:那|就|再)?(?:整|弄|搞)个(?=(?:小|大)(?:一)?(?:点儿?|些)的?\s*[吧呗呀啊。.!！~]*$)"
)
# "圆圆", "星星" is already a word: a doubled 圆/方/球 is one shape, said fondly ("小球球").
_DOUBLED_ZH = re.compile(r"(圆|方块|球)\1")
# "黑黑的", "蓝蓝的": a doubled colour character is the colour, said fondly.
_DOUBLED_COLOUR_ZH = re.compile(r"([红橙黄绿蓝紫白黑])\1(?=的)")
# "make the sky black", "the sky should be blue": the world has no sky, so it is the background
# ("a sun in the sky" is left alone).
_SKY = re.compile(
    r"(?:(?<=make )|(?<=turn )|(?<=paint )|(?<=colour )|(?<=color ))the sky(?![a-z])"
    r"|(?<![a-z])the sky(?= (?:is|should be|to be|needs to be|must be)\b)"
)
# "天空要蓝色的", "把天空涂成紫色": the sky is the background too ("在天空画个太阳" is left alone).
# "sky 变 black": the English word before a Chinese verb of change is the same sky.
_SKY_ZH = re.compile(
    r"(?:天空|(?<![a-z])(?:the\s+)?sky(?![a-z]))(?=\s*(?:要|改|换|变|涂|染|弄|用|设|调|的颜色|颜色|是|应该))"
    # "天要是蓝色的哦": 天 alone, leading its clause, before a colour named with 色 (not "天要黑了")
    r"|(?:^|(?<=[，,。！!\s]))天(?=\s*(?:要是|要|是|应该是?|得是|就)\s*[红橙黄绿蓝紫白黑]色)"
)
# "blue 的 sky 背景", "蓝色的天空背景": the sky named before 背景 is that background, said twice
_SKY_BEFORE_BG = re.compile(
    r"(?:天空|(?<![a-z])sky(?![a-z]))\s*(?=背景)|(?<![a-z])sky(?:-|\s+)(?=(?:background|backdrop)(?![a-z]))"
)
# "紫色园", "小的园": 园 (same sound) typed for 圆 right after a colour or size; "移到下放": 放 typed for 方.
# "园变小" at the start of a message: 园 as the subject of a change is the circle too; "删掉园", "把园去掉": 园 as
# the object of a removal or of 把 is the circle.
_YUAN = re.compile(r"(?<=[红橙黄绿蓝紫白黑大小色的掉除删把])园(?![林子区艺丁])|(?:^|(?<=\s))园(?=[变改换挪移放])")
# "一个蓝色的球", "球换成方块": a ball drawn flat is a circle, as "ball" is in English (not 足球, 地球, 气球, 球场)
_BALL_ZH = re.compile(
    r"(?<![足篮排网气地眼台棒垒冰雪绣火铅彩星月圆绒水乒羽毛])(?:圆)?球(?![场队员赛鞋衣拍门迷体面形状])"
)
# typed by sound: 兰色 (蓝色), 录色 (绿色), 方快 (方块), 边成 (变成), 园形 (圆形), 三脚形 (三角形), 星行 (星形)
_SOUND_ZH_FIX = {"兰色": "蓝色", "方快": "方块", "边成": "变成", "园形": "圆形", "星行": "星形", "正方型": "正方形",
                 "三角型": "三角形", "圆型": "圆形", "被景": "背景", "录色": "绿色", "滤色": "绿色", "背境": "背景", "变校": "变小",
                 "背静": "背景", "原形": "圆形"}  # fmt: skip
_SOUND_ZH = re.compile(
    r"兰色|录色|滤色|(?<=[的色个大小])方快(?![点些])|(?<![海岸河湖路江溪街窗门桌床身天左右上下旁两那这])边成(?=[红橙黄绿蓝紫白黑大小圆方三星])|园形|星行|正方型|三角型|圆型|被景|背境|变校"
    # 背静 (a quiet place) before a change or colour; 原形 (true form) after a colour, size or measure word
    r"|背静(?=\s*(?:改|换|变|要|用|设|涂|调|是|的颜色|颜色|[红橙黄绿蓝紫白黑]))|(?<=[色的个大小])原形"
)
# "左下角家一个绿色园", "再家个星星": 家 typed for 加 (same sound) after a place or 再, before a measure word
# "做上角", "在又下角": 做/作 typed for 左 and 又 for 右 (same sound) before a corner or a side
_LEFT_RIGHT_SOUND = re.compile(r"[做作又](?=[上下](?:角|方|边)|(?:边|侧)(?:[加放画有的一]|$))")
_JIA = re.compile(r"(?<=[角边面方间侧再])家(?=一?[个只颗枚])")
_FANG_PLACE = re.compile(r"(?<=[到在])([上下左右])放(?![大小一个])")
# "往 left 挪", "再往 up 一格": an English direction after 往/向/朝 is the Chinese one.
_TOWARDS_EN_ZH = {"left": "左", "right": "右", "up": "上", "top": "上", "down": "下", "bottom": "下"}
# "再在中间放黄圆", "左下画红三角": a verb of placing right before a coloured shape places one ("放一个黄圆").
# "左下改加 yellow triangle" (after an undo): 改 before a verb of placing is "instead", and the verb is the edit
_INSTEAD_ZH = re.compile(r"(?<![修更])改(?=[加放画摆](?![成为]))")
# "还要圆形红色在左边": 还要 (also wanted) right before a shape is one more of it, as 还要一个 is
_BARE_NEW_ZH = re.compile(
    r"(?<=[放画加添摆])(?=[红橙黄绿蓝紫白黑]色?的?(?:圆|方块|正方形|三角|星星|星形))"
    r"|(?<=^还要)(?=(?:[红橙黄绿蓝紫白黑]色?的?)?(?:圆|方块|正方形|三角|星星|星形))"
)
# "方块正上面放一个…": 正上面 / 正下边 are 正上方 / 正下方 (directly above / below).
_RIGHT_ABOVE_ZH = re.compile(r"正([上下])(?:面|边)")
# "全部 change 成 triangle", "都 turn 成 blue": an English verb of changing with 成 is 改成.
_EN_VERB_CHENG = re.compile(r"(?<![a-z])(?:change|turn|switch|make|paint|colou?r)\s*成")
# "the same red as the square": the colour named is the one that object has, so "the same colour as"
_SAME_NAMED_COLOUR = re.compile(
    r"(?<![a-z])(?:the )?same (?:shade of )?(?:red|orange|yellow|green|blue|purple|white|black) as(?![a-z])"
)
# "lose the corners", "去掉角": the only shape without corners is the circle
_NO_CORNERS = re.compile(
    r"(?<![a-z])(?:lose|remove|drop|ditch|get rid of|round off|no more|without) (?:the |its |all the |all its )?corners(?![a-z])"
    r"|(?:去掉(?:它的|它|的)?(?:四个)?角|不要(?:有)?角了?|没有角|把角去掉)(?![落度色钱])"
)
# "ah right it'd vanish", "oh right, …": "right" after an interjection agrees, it is no place
_AH_RIGHT = re.compile(r"(?<![a-z])(ah|oh|uh|yeah|ok|okay|all) right(?=\s*[,.!;]|\s+(?:it|that|so|then|i)\b)")
# "三个统一成黑色": made one (colour, size) is every object changed to it
_ALL_AS_ONE = re.compile(r"都?统一(?:改|换|变|调)?成")
# "把最后加的那个删了", "刚才画的那个改成红色": the object added last (its 加 is no verb of this message)
# "刚加的星星": with no measure word the shape follows at once; it is the same last one (最后那个星星)
_LAST_ADDED_ZH = re.compile(
    r"(?:最后|最近|刚才|刚刚|刚)(?:新)?(?:加|画|添|放)(?:上|进来|进去)?的(?:那|这)?(?:一)?"
    r"(?:(?=[个只颗])|(?P<bare>)(?=[红橙黄绿蓝紫白黑大小]|圆|方|正方|三角|星|球|它))"
)
# "左边那个往上走": 走 after a direction is a move (挪), as 往上走一格 already is
_WALK_ZH = re.compile(r"([往向朝][左右上下])走(?![一两二三])")
# "再往 top right 走": towards an English corner is a move to that corner (not 往上 and a stray "right").
_TOWARDS_EN_CORNER = re.compile(
    r"[往向朝]\s*((?:top|bottom|upper|lower)[\s-]?(?:left|right))(?![a-z])\s*(?:挪|移|走|去|放|动|靠)?(?:过去|一下)?"
)
# "往右上角挪过去", "向左下方移动": towards a corner said in Chinese is a move to that corner (not a step that way:
# "往右上挪一格" keeps its count)
_ZH_CORNER_ORDER = {"上左": "左上", "上右": "右上", "下左": "左下", "下右": "右下"}
_TOWARDS_ZH_CORNER = re.compile(
    r"[往向朝]\s*(?P<c>[左右][上下]|[上下][左右])(?>(?:角落|角|方|边)?\s*(?:挪动|移动|挪|移|走|去|放|动|靠)?(?:过去|一下)?)"
    r"(?!\s*(?:[一两二三几0-9]|点|些))"
)
_TOWARDS_EN = re.compile(r"([往向朝])\s*(left|right|up|top|down|bottom)(?![a-z])\s*")
# "再 down 一点", "再 left 一格": 再, an English direction and a small amount is one more step that way (再往下一点)
_AGAIN_EN_STEP = re.compile(r"再\s*(left|right|up|down)\s*(?=一点|一格|一些|一下|点)")
# "在 star 的 left 加一个…": an English side after 在 … 的 and before a verb of adding is the Chinese side.
_BESIDE_EN_ZH = {"left": "左边", "right": "右边", "top": "上面", "above": "上面", "bottom": "下面", "below": "下面"}
_BESIDE_EN = re.compile(
    r"(在\s*[^，,。在的]{1,20}?的)\s*(left|right|top|above|bottom|below)(?:\s*side)?(?![a-z])\s*(?=加|放|画|再|添|摆|来)"
)
# "靠下偏左的格子", "偏右靠上": towards a row and towards a side is that corner.
_LEANING_CORNER = re.compile(
    r"[靠偏]([上下左右])(?:边|面|方)?(?:一点|一些|点)?的?\s*[靠偏]([上下左右])(?:边|面|方)?(?:一点|一些|点)?"
)


# "绿底白三角，小号，靠上": leaning towards a row, said on its own, is that row's middle.
_LEANING_ROW = re.compile(r"(?:(?<=[，,。；;\s])|^)靠(上|下)(?:边|面|方)?(?=\s*(?:$|[，,。！!；;]))")
# "drop it to small", "bump the star up to large": a size said as where it goes is that size.
_SIZE_TO = re.compile(
    r"(?<![a-z])(?:drop|bring|take|knock|bump|scale)\s+(it|that|them|the\s+[a-z]+)\s+(?:(?:back\s+)?(?:down|up)\s+)?to\s+"
    r"(small|large|big|tiny|huge)(?![a-z])"
)


# "往最顶上挪", "向最左边移": towards that edge, as far as it goes, in the same column (row) it is in.
_TO_THE_EDGE_ZH = re.compile(
    r"[往向朝]最(?P<d>顶上|顶|上面|上边|上方|上|底下|底|下面|下边|下方|下|左边|左侧|左|右边|右侧|右)"
    r"(?:挪|移|走|去|放|推|靠)+(?:一下|过去)?"
)


# "往右挪，挪到最右边", "再往下移到底", "挪到最下面": as far as it goes that way, the other line kept (not the
# middle of that side: "到最下面中间" says the cell whole)
_ALL_THE_WAY_ZH = re.compile(
    r"[往向朝](?P<w>[左右上下])(?:边|面|方)?(?:挪|移|走|推|滑|动|放)*(?:一下)?[，,]?\s*再?(?:挪|移|推|放|滑)?到(?:最(?P=w)(?:边|面|侧|方)?|底(?![部下端层]))"
    r"(?![中角一那的排行列正])"
    r"|(?:挪|移|推|放|滑)到最(?P<d>[左右上下])(?:边|面|侧|方)(?![中角一那的排行列正])"
)
# "drop it all the way down", "all the way over to the left": the edge that way, the other line kept
_ALL_THE_WAY_EN = re.compile(
    r"(?<![a-z])all the way(?:\s+(?:over|across))?\s+(?:to the\s+)?(?P<d>down|up|left|right|bottom|top)(?:\s+(?:edge|side))?"
    r"(?![a-z])(?![\s-]*(?:left|right|corner|middle|cent|half|row|column))"
)
# "再 drop 到最下面", "往右 slide 到最右": an English verb of moving before 到 is 挪
_EN_VERB_TO_ZH = re.compile(r"(?<![a-z])(?:move|shift|slide|push|drag|drop)\s*(?=到)")


def _all_the_way(m: re.Match) -> str:
    side = {"down": "bottom", "up": "top"}.get(m.group("d"), m.group("d"))
    return f"to the {side}, same {'column' if side in ('top', 'bottom') else 'row'}"


def _to_the_edge(m: re.Match) -> str:
    d = m.group("d") or m.group("w")
    side = {"顶": "上面", "上": "上面", "底": "下面", "下": "下面", "左": "左边", "右": "右边"}[d[0]]
    return f"挪到{side}，{'同一列' if side in ('上面', '下面') else '同一行'}"


# "再往下 one more", "往左挪 another step": a Chinese way to move and an English "one more" is one more cell that way
_ZH_WAY_ONE_MORE = re.compile(
    r"([往向朝][上下左右](?:边|面)?(?:\s*(?:移|挪|走|动))?)\s*(?:one more|another)(?:\s+(?:step|cell|notch|time|spot))?(?![a-z])"
)
# "and one more step to the right": a move one cell that way (not the last step again: a direction is said)
_ONE_MORE_STEP = re.compile(
    r"(?<![a-z])(?:one more|another)\s+(?:step|cell|notch|space|square)\s+(?=(?:over\s+)?(?:to\s+the\s+)?(?:left|right)\b|up\b|down\b)"
)


def _leaning(m: re.Match) -> str:
    pair = {m.group(1), m.group(2)}
    h = next((x for x in pair if x in "左右"), None)
    v = next((x for x in pair if x in "上下"), None)
    return h + v if h and v else m.group(0)


# "往上 move 一格": an English verb of moving after 往/向/朝 and a direction is 挪.
_TOWARDS_EN_VERB = re.compile(r"([往向朝][左右上下])\s*(?:move|shift|slide|push|drag|go)(?![a-z])\s*")
# "one 蓝色 square", "a small 白色 circle": a Chinese colour right before an English shape is that colour.
_ZH_COLOUR_EN = {"红": "red", "橙": "orange", "黄": "yellow", "绿": "green", "蓝": "blue", "紫": "purple", "白": "white",
                 "黑": "black"}  # fmt: skip
_ZH_COLOUR_EN_SHAPE = re.compile(
    r"(?<![\u4e00-\u9fff])([红橙黄绿蓝紫白黑])色(?:的)?\s*(?=(?:circle|square|triangle|star)s?(?![a-z]))"
)
# "only keep the red one", "只 keep 红色的那个", "只保留星星": every other object goes.
_ONLY_KEEP = re.compile(
    r"(?<![a-z])(?:only keep|keep only|just keep)\s+(the [a-z ]+?|[a-z]+ (?:one|circle|square|triangle|star))\s*(?=$|[,.!?])"
)
_ONLY_KEEP_ZH = re.compile(
    r"只\s*(?:留下?|保留|keep)\s*([^把将，,。！!？?]{1,12}?)(?:就行|就好|吧|了)?(?=$|[，,。！!？?])"
)
_CJK_GAP = re.compile(r"\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+")
# "方块 → 星星", "circle -> star": the arrow is "becomes".
_ARROW = re.compile(r"\s*(?:→|⟶|->|=>)\s*")
_COMPASS_WORD = {"north": "top", "south": "bottom", "east": "right", "west": "left"}


def _compass(m: re.Match) -> str:
    if m.group("v"):
        return f"{_COMPASS_WORD[m.group('v')]} {_COMPASS_WORD[m.group('h')]}"
    return _COMPASS_WORD[m.group("e") or m.group("e2")]


# Words a typo is mended to (besides the world's own words, see ``_targets``); a word one edit away
# (same first letter, four letters or more) is taken for it. Real words one edit from one of these are
# left alone.
_MENDABLE = (
    "background", "backgrounds", "circle", "circles", "square", "squares", "triangle", "triangles", "purple",
    "yellow", "orange", "bottom", "center", "centre", "middle", "corner", "corners", "colour", "color",
    "remove", "delete", "change", "switch", "replace", "backdrop", "instead", "shrink", "recolour", "recolor",
    "five", "pointed",
)  # fmt: skip
# Real English words one edit from a word above or from a world word (``core.language.words``): Zipf
# frequency >= 2.5 in wordfreq's English list, same first letter; generated offline (``near words``).
_NEAR_REAL = frozenset((
    "amer", "back", "backdrops", "biggar", "blacks", "blank", "bleu", "block", "blues", "blum", "blume", "blur",
    "bodes", "bones", "bores", "bottoms", "bowes", "boxed", "boxer", "boxers", "bugger", "canter", "centers",
    "centres", "centro", "chance", "chang", "changed", "changer", "changes", "changi", "charge", "chucky", "chunk",
    "chunks", "circled", "clunky", "colo", "colon", "colors", "colours", "conner", "conor", "corker", "cornea",
    "corned", "cornet", "coroner", "coroners", "deleted", "deletes", "deplete", "desc", "desk", "desks", "dick",
    "dicks", "dijk", "dink", "dirk", "disco", "discus", "dish", "diss", "dist", "docs", "does", "dogs", "dons",
    "doss", "dost", "dota", "doth", "downside", "downsized", "dusk", "fave", "fide", "fife", "file", "fine", "fire",
    "fiver", "fives", "gant", "gian", "giants", "glow", "grant", "greed", "greek", "greene", "greens", "greer",
    "greet", "grew", "grog", "gros", "growl", "grown", "grows", "hager", "hallway", "heft", "hetty", "huber", "hugh",
    "hugo", "hugs", "hume", "hunger", "immerse", "increased", "increases", "jimbo", "lager", "lange", "langer",
    "larder", "largo", "larue", "lefty", "lent", "lest", "lift", "lila", "loft", "loner", "loser", "lover", "lowe",
    "lowers", "lowery", "lowes", "lyft", "maga", "mani", "massie", "meddle", "medway", "megan", "mela", "mena",
    "mera", "mesa", "meta", "midday", "midi", "miki", "mimi", "mina", "mind", "mine", "ming", "minh", "miniatures",
    "minis", "miniscule", "mink", "minn", "mino", "mins", "mint", "miri", "muddle", "muni", "orang", "oranges",
    "painted", "petit", "pointe", "pointer", "printed", "rang", "reduced", "reduces", "remote", "removed", "remover",
    "removes", "replaced", "replaces", "rights", "righty", "rina", "rind", "ringo", "rings", "rink", "rino", "rong",
    "rounds", "rung", "sars", "scar", "scarlets", "scarlett", "scars", "sear", "sears", "shall", "shar", "shrank",
    "shriek", "shrine", "shrinks", "smalls", "smell", "smog", "snitch", "soar", "soars", "spar", "squared", "squire",
    "squires", "stab", "stabs", "stag", "stags", "stair", "stairs", "stall", "stan", "stans", "stare", "stares",
    "stark", "starks", "starlet", "starr", "start", "starts", "starz", "stat", "stats", "stay", "stays", "stir",
    "stirs", "stitch", "swatch", "teen", "teens", "tidy", "tina", "tinder", "tine", "ting", "tink", "tinker", "tino",
    "tins", "tint", "tony", "upped", "uppers", "upside", "vase", "vats", "vest", "violent", "violets", "waite",
    "while", "whine", "whipping", "whit", "whiter", "whites", "whitey", "whooping", "whyte", "write", "yellows",
))  # fmt: skip
_REAL = _NEAR_REAL | frozenset(
    ("squire", "muddle", "meddle", "corned", "corer", "colon", "coder", "colder", "cooler", "bottoms", "centred",
     "centered", "circlet", "squared", "squarer", "oranges", "orangey", "purples", "yellows", "yellowy", "colours",
     "colors", "colored", "coloured", "middles", "center", "centres", "centers", "cornet", "corners", "cornea",
     "circled", "circling", "squares", "triangles", "tribal", "purpose", "purply", "bottle", "border", "bolder")
)  # fmt: skip


@lru_cache(maxsize=1)
def _targets() -> dict[tuple[str, int], tuple[str, ...]]:
    """Words a typo may be mended to, by (first letter, length): the list above and every single-word
    English surface of the world's words (sizes, comparatives, shapes, colours, places)."""
    found = set(_MENDABLE)
    for kind in ("colour", "shape", "size", "more", "pos"):
        for surface, _key, is_zh in words._surfaces_for(kind):
            if not is_zh and re.fullmatch(r"[a-z]{4,}", surface):
                found.add(surface)
    index: dict[tuple[str, int], list[str]] = {}
    for word in sorted(found):
        index.setdefault((word[0], len(word)), []).append(word)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=4096)
def _mend(word: str) -> str:
    if word in _REAL:
        return word
    targets = _targets()
    if word in targets.get((word[0], len(word)), ()):
        return word
    for length in (len(word), len(word) + 1, len(word) - 1):
        for good in targets.get((word[0], length), ()):
            if _one_edit(word, good):
                return good
    return word


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one insertion, deletion, substitution or swap of neighbours."""
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def find_mentions(text: str) -> list[Mention]:
    """Attribute words in ``text`` (already normalised), left to right, no overlaps."""
    return list(_find_mentions(text))


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, str, str, str], ...]:
    """One compiled pattern per surface, longest first (compiled once: this is the hot path), with the surface."""
    return tuple(
        (re.compile(re.escape(surface) if is_zh else rf"(?<![a-z]){re.escape(surface)}(?![a-z])"), kind, key, surface)
        for surface, kind, key, is_zh in _surfaces()
    )


@lru_cache(maxsize=4096)
def _find_mentions(text: str) -> tuple[Mention, ...]:
    taken = [False] * len(text)
    found: list[Mention] = []
    for pattern, kind, key, surface in _patterns():
        if surface not in text:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            taken[start:end] = [True] * (end - start)
            found.append(Mention(kind, key, start, end))
    return tuple(sorted(found, key=lambda m: m.start))


# -- verbs and cues --------------------------------------------------------------------------

ADD_WORDS = (
    "add",
    "put",
    "place",
    "insert",
    "include",
    "also draw",
    "another",
    "加",
    "添加",
    "增加",
    "再画",
    "放一个",
    "还要",
)
REMOVE_WORDS = (
    "remove",
    "delete",
    "erase",
    "get rid of",
    "take away",
    "take out",
    "drop",
    "without",
    "no more",
    "no longer",
    "去掉",
    "删除",
    "删掉",
    "移除",
    "拿掉",
    "不要",
    "去除",
)
MOVE_WORDS = ("move", "shift", "slide", "移到", "移动", "挪到", "放到", "搬到")
SET_WORDS = (
    "make",
    "change",
    "turn",
    "colour",
    "color",
    "paint",
    "recolour",
    "recolor",
    "switch",
    "replace",
    "set",
    "改成",
    "变成",
    "换成",
    "改为",
    "变为",
    "涂成",
    "改",
    "换",
    "变",
    "把",
    "让",
)
NEW_SCENE_WORDS = (
    "new scene",
    "new picture",
    "start over",
    "start again",
    "draw",
    "paint me",
    "重新画",
    "新画",
    "换一张",
    "画一个",
    "画一幅",
    "画",
)
TARGET_MARKERS = (" into ", " to ", " with ", "改成", "变成", "换成", "改为", "变为", "涂成", "成", "为", "到")
BACKGROUND_WORDS = ("background", "backdrop", "背景", "底色")
PRONOUNS_EN = ("it", "its", "that one", "this one", "that", "this")
PRONOUNS_ZH = ("它", "这个", "那个", "他", "她")
QUESTION_WORDS_EN = (
    "what",
    "where",
    "how many",
    "which",
    "is there",
    "are there",
    "is the",
    "does",
    "do you",
    "why",
    "who",
    "can you tell",
)
QUESTION_WORDS_ZH = ("什么", "哪", "几个", "多少", "吗", "呢", "是否", "为什么")


def contains_word(text: str, words: tuple[str, ...]) -> str | None:
    """The first of ``words`` found in ``text`` (English on word boundaries)."""
    for word in words:
        if word.isascii():
            if re.search(rf"(?<![a-z]){re.escape(word.strip())}(?![a-z])", text):
                return word
        elif word in text:
            return word
    return None


def first_index(text: str, words: tuple[str, ...]) -> tuple[int, str] | None:
    """Earliest occurrence of any of ``words``: (index, word)."""
    best: tuple[int, str] | None = None
    for word in words:
        if word.isascii() and word.strip() == word:
            match = re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text)
            idx = match.start() if match else -1
        else:
            idx = text.find(word)
        if idx >= 0 and (best is None or idx < best[0] or (idx == best[0] and len(word) > len(best[1]))):
            best = (idx, word)
    return best
