#!/usr/bin/env python3
"""Independent paraphrase test-data generator for the chat-to-picture rewriter.

Written only from /work/shared/shapes-world.md (the shapes-world contract) and
the task brief; it imports nothing of the product (standard library only,
Python 3.11).  It simulates dialogues, tracks the true scene and the undo stack
itself, and renders every turn through many English, Chinese and code-switched
surface templates.  Deterministic: all randomness comes from random.Random(seed).

    python make_paraphrases.py --seed 1 --n 1200 --out FILE.jsonl
"""

import argparse
import copy
import json
import random
import re
from collections import Counter

COLOURS = ["red", "orange", "yellow", "green", "blue", "purple", "white", "black"]
SHAPES = ["circle", "square", "triangle", "star"]
SIZES = ["small", "large"]
POSITIONS = ["top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"]
CELL = {p: (i % 3, i // 3) for i, p in enumerate(POSITIONS)}  # (column, row)

# ---------------------------------------------------------------- vocabulary
COLOUR_WORDS = {
    "en": {c: [c] for c in COLOURS},
    "zh": {
        c: [w] for c, w in zip(COLOURS, ["红色", "橙色", "黄色", "绿色", "蓝色", "紫色", "白色", "黑色"], strict=True)
    },
}
SHAPE_WORDS = {
    "en": {s: [s] for s in SHAPES},
    "zh": {
        "circle": ["圆形", "圆", "圆圈"],
        "square": ["正方形", "方块", "方形"],
        "triangle": ["三角形", "三角"],
        "star": ["星形", "星星", "五角星"],
    },
}
# (plain forms, synonym forms); synonyms earn the "size-words" tag.
SIZE_WORDS = {
    ("en", "adj"): {
        "small": (["small"], ["tiny", "little", "mini"]),
        "large": (["large"], ["big", "huge", "giant", "massive"]),
    },
    ("en", "pred"): {"small": (["small"], ["tiny"]), "large": (["large"], ["big", "huge", "massive"])},
    ("zh", "adj"): {
        "small": (["小的"], ["小小的", "小号", "小号的", "迷你"]),
        "large": (["大的"], ["大号", "大号的", "巨大的", "很大的"]),
    },
    ("zh", "pred"): {
        "small": (["小的"], ["小号的", "小小的", "迷你的"]),
        "large": (["大的"], ["大号的", "很大的", "巨大的"]),
    },
}


def _en_corner(vert, upper, horiz):
    up = "up" if vert == "top" else "down"
    return {
        "pp": (
            [f"at the {vert} {horiz}", f"in the {vert}-{horiz} corner", f"in the {vert} {horiz}"],
            [
                f"in the {upper}-{horiz} corner",
                f"in the {upper} corner on the {horiz}",
                f"{up} in the {vert} {horiz}",
                f"in the {upper} {horiz}",
            ],
        ),
        "bare": (
            [f"{vert} {horiz}", f"{vert}-{horiz}"],
            [f"{upper} {horiz}", f"{upper}-{horiz}", f"{vert} {horiz} corner", f"{upper}-{horiz} corner"],
        ),
        "dest": (
            [f"to the {vert} {horiz}", f"to the {vert}-{horiz} corner"],
            [f"into the {upper}-{horiz} corner", f"{up} to the {vert} {horiz}", f"to the {upper} {horiz}"],
        ),
    }


def _en_vertical_edge(vert, upper):
    up = "up" if vert == "top" else "down"
    return {
        "pp": (
            [f"at the {vert}", f"at the {vert} centre", f"at the {vert} center"],
            [
                f"along the {vert} edge in the middle",
                f"at the very {vert} in the middle",
                f"in the {upper} middle",
                f"on the {vert} edge in the middle",
            ],
        ),
        "bare": (
            [vert, f"{vert} centre", f"{vert} center"],
            [f"{vert} middle", f"{upper} middle", f"middle of the {vert} edge"],
        ),
        "dest": (
            [f"to the {vert} centre", f"to the {vert} center"],
            [f"to the middle of the {vert} edge", f"to the {vert} middle", f"{up} to the {vert}, centred"],
        ),
    }


def _en_side_edge(side):
    return {
        "pp": (
            [f"on the {side}", f"at the {side}"],
            [
                f"on the far {side}",
                f"far {side}",
                f"in the middle of the {side} edge",
                f"on the {side} side, halfway down",
            ],
        ),
        "bare": ([side], [f"far {side}", f"middle {side}", f"centre {side}", f"{side} side"]),
        "dest": (
            [f"to the middle {side}"],
            [f"to the middle of the {side} edge", f"to the far {side}, halfway down", f"to the centre {side}"],
        ),
    }


EN_POS = {
    "top-left": _en_corner("top", "upper", "left"),
    "top-right": _en_corner("top", "upper", "right"),
    "bottom-left": _en_corner("bottom", "lower", "left"),
    "bottom-right": _en_corner("bottom", "lower", "right"),
    "top": _en_vertical_edge("top", "upper"),
    "bottom": _en_vertical_edge("bottom", "lower"),
    "left": _en_side_edge("left"),
    "right": _en_side_edge("right"),
    "center": {
        "pp": (
            ["in the center", "in the centre", "in the middle"],
            ["dead centre", "right in the middle", "smack in the middle", "at the very centre"],
        ),
        "bare": (["center", "centre", "middle"], ["middle of the canvas", "very centre", "dead center"]),
        "dest": (
            ["to the center", "to the centre", "to the middle"],
            ["to dead centre", "right into the middle", "to the very middle"],
        ),
    },
}


def _zh_corner(w):
    forms = ([f"{w}角", w], [f"{w}方", f"{w}边", f"画面{w}角"])
    return {"bare": forms, "dest": forms}


def _zh_edge(plain, others, dest_plain, dest_others):
    return {"bare": ([plain], others), "dest": (dest_plain, dest_others)}


ZH_POS = {
    "top-left": _zh_corner("左上"),
    "top-right": _zh_corner("右上"),
    "bottom-left": _zh_corner("左下"),
    "bottom-right": _zh_corner("右下"),
    "top": _zh_edge(
        "上方",
        ["上面", "画面最上面", "顶部中间", "上边正中"],
        ["上方中间", "顶部中间"],
        ["画面最上面正中", "上边正中", "最上面的中间"],
    ),
    "bottom": _zh_edge(
        "下方",
        ["下面", "画面最下面", "底部中间", "下边正中"],
        ["下方中间", "底部中间"],
        ["画面最下面正中", "下边正中", "最下面的中间"],
    ),
    "left": _zh_edge(
        "左侧",
        ["左边", "左侧正中", "最左边", "左边中间"],
        ["左侧中间", "左侧正中"],
        ["左边中间", "左边正中间", "最左边的中间"],
    ),
    "right": _zh_edge(
        "右侧",
        ["右边", "右侧正中", "最右边", "右边中间"],
        ["右侧中间", "右侧正中"],
        ["右边中间", "右边正中间", "最右边的中间"],
    ),
    "center": {
        "bare": (["中间"], ["正中间", "中央", "中心", "正中央", "画面中间"]),
        "dest": (["中间", "正中间"], ["中央", "中心", "正中央", "画面中心"]),
    },
}

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
ZH_PUNCT = "，。！？：；、"


def cap(text):
    return text[:1].upper() + text[1:]


def tidy(text, frame="en"):
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(rf"\s*([{ZH_PUNCT}]|——)\s*", r"\1", text)
    if frame == "zh":  # Chinese words run together; in an English frame they stay separate words
        text = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", text).replace("的的", "的")
    text = re.sub(r"\b([Aa]) (?=[aeiouAEIOU])", r"\1n ", text)  # a orange -> an orange
    return re.sub(r"\s+([,.?!;:])", r"\1", text)


# ---------------------------------------------------------------- voice
class Voice:
    """Chooses surface words for one message; records the phrasing tags it used.

    lang "mixed" picks an English or Chinese sentence frame and switches each
    word slot to the other language with probability 0.5 (code-switching)."""

    def __init__(self, rng, lang):
        self.rng, self.lang = rng, lang
        self.frame = rng.choice(["en", "zh"]) if lang == "mixed" else lang
        self.tags = set()

    def pick(self, options):
        return self.rng.choice(options)

    def chance(self, p):
        return self.rng.random() < p

    def _slot_lang(self):
        if self.lang == "mixed" and self.chance(0.5):
            return "zh" if self.frame == "en" else "en"
        return self.frame

    def _plain_or_synonym(self, pair, tag):
        plain, synonyms = pair
        if synonyms and self.chance(0.5):
            self.tags.add(tag)
            return self.pick(synonyms)
        return self.pick(plain)

    def colour(self, c):
        return f" {self.pick(COLOUR_WORDS[self._slot_lang()][c])} "

    def shape(self, s):
        return f" {self.pick(SHAPE_WORDS[self._slot_lang()][s])} "

    def size(self, z, role="adj"):
        return f" {self._plain_or_synonym(SIZE_WORDS[(self._slot_lang(), role)][z], 'size-words')} "

    def pos(self, p, role):
        """role: 'pp' (English prepositional phrase), 'bare', or 'dest' (move target)."""
        slot = self._slot_lang()
        table = EN_POS if slot == "en" else ZH_POS
        form = role if slot == self.frame == "en" else ("dest" if role == "dest" else "bare")
        word = self._plain_or_synonym(table[p][form], "colloquial-position")
        if slot == self.frame:
            return f" {word} "
        if self.frame == "en":  # Chinese position inside an English sentence
            return f" {dict(pp='在', dest='到', bare='')[role]}{word} "
        return f" {re.sub(r'^(right |up |down )?(to|into) (the )?', '', word)} "


def say(rng, lang, render):
    """Render a message; in a mixed dialogue insist that both scripts appear."""
    for _ in range(6):
        voice = Voice(rng, lang)
        text = tidy(render(voice), voice.frame)
        if lang != "mixed" or (CJK.search(text) and LATIN.search(text)):
            return text, voice.tags
    if voice.frame == "en":
        text = voice.pick(["好，{}", "嗯，{}", "{}，谢谢"]).format(text)
    else:
        text = voice.pick(["ok，{}", "hmm，{}", "{}，thanks", "{} please"]).format(text)
    return tidy(text, voice.frame), voice.tags


# ---------------------------------------------------------------- scenes
def export(scene):
    return {
        "background": scene["background"],
        "objects": [[o["shape"], o["colour"], o["size"], o["pos"]] for o in scene["objects"]],
    }


def is_valid(scene):
    objs = scene["objects"]
    return (
        1 <= len(objs) <= 3
        and len({o["pos"] for o in objs}) == len(objs)
        and all(o["colour"] != scene["background"] for o in objs)
        and scene["background"] in COLOURS
        and all(o["shape"] in SHAPES and o["size"] in SIZES and o["pos"] in POSITIONS for o in objs)
    )


def free_cells(scene):
    used = {o["pos"] for o in scene["objects"]}
    return [p for p in POSITIONS if p not in used]


def find(scene, oid):
    return next(o for o in scene["objects"] if o["id"] == oid)


def sample_scene(rng, st):
    scene = {"background": rng.choice(COLOURS), "objects": []}
    count = rng.choices([1, 2, 3], [0.25, 0.4, 0.35])[0]
    for cell in rng.sample(POSITIONS, count):
        obj = new_object(rng, st, scene, cell)
        if scene["objects"] and rng.random() < 0.35:  # shared attributes make ambiguity possible
            other = rng.choice(scene["objects"])
            key = rng.choice(["shape", "colour"])
            obj[key] = other[key]
        scene["objects"].append(obj)
    return scene


def new_object(rng, st, scene, cell):
    st["next_id"] += 1
    return {
        "id": st["next_id"],
        "shape": rng.choice(SHAPES),
        "size": rng.choice(SIZES),
        "pos": cell,
        "colour": rng.choice([c for c in COLOURS if c != scene["background"]]),
    }


# ---------------------------------------------------------------- references
EDGE_LINE = {"left": "column", "right": "column", "top": "row", "bottom": "row"}
REF_WEIGHTS = {
    "pronoun": 3,
    "shape": 3,
    "colour": 2,
    "size": 1,
    "colour_shape": 2,
    "size_shape": 1,
    "column": 1,
    "row": 1,
    "cell": 1,
}
# Slots: S shape, C colour, Z/ZP size (adjective/predicate form), P/B position (phrase/bare), SIDE, EDGE.
REFS = {
    ("en", "pronoun"): ["it", "it", "that one"],
    ("zh", "pronoun"): ["它"],
    ("en", "shape"): ["the {S}", "that {S}"],
    ("zh", "shape"): ["{S}", "那个{S}", "这个{S}"],
    ("en", "colour"): ["the {C} one", "the {C} shape"],
    ("zh", "colour"): ["{C}的那个", "那个{C}的", "{C}那个"],
    ("en", "size"): ["the {Z} one"],
    ("zh", "size"): ["{ZP}那个", "那个{ZP}"],
    ("en", "colour_shape"): ["the {C} {S}"],
    ("zh", "colour_shape"): ["{C}的{S}", "那个{C}{S}", "{C}{S}"],
    ("en", "size_shape"): ["the {Z} {S}"],
    ("zh", "size_shape"): ["{ZP}{S}", "那个{ZP}{S}"],
    ("en", "column"): ["the one on the {SIDE}", "the {SIDE} one", "the {SIDE}most one"],
    ("zh", "column"): ["{SIDE}边那个", "{SIDE}边的那个", "最{SIDE}边那个"],
    ("en", "row"): ["the one at the {EDGE}", "the {EDGE} one"],
    ("zh", "row"): ["{EDGE}面那个", "最{EDGE}面的那个", "{EDGE}边那个"],
    ("en", "cell"): ["the one {P}"],
    ("zh", "cell"): ["{B}的那个", "{B}那个", "在{B}的那个"],
}


def fits(o, kind, ref):
    """Does object o fit a description of `kind` built from object ref?"""
    same = {k: o[k] == ref[k] for k in ("shape", "colour", "size", "pos")}
    return {
        "shape": same["shape"],
        "colour": same["colour"],
        "size": same["size"],
        "colour_shape": same["colour"] and same["shape"],
        "size_shape": same["size"] and same["shape"],
        "column": CELL[o["pos"]][0] == CELL[ref["pos"]][0],
        "row": CELL[o["pos"]][1] == CELL[ref["pos"]][1],
        "cell": same["pos"],
    }[kind]


def unique_ref_kinds(scene, target, antecedent, allow_pronoun=True):
    kinds = ["pronoun"] if allow_pronoun and antecedent == target["id"] else []
    for kind in list(REF_WEIGHTS)[1:]:
        if kind == "column" and CELL[target["pos"]][0] == 1 or kind == "row" and CELL[target["pos"]][1] == 1:
            continue
        if kind == "cell" and target["pos"] in EDGE_LINE and EDGE_LINE[target["pos"]] not in kinds:
            continue  # "the one on the left" must not also fit an object in a left corner
        if [o for o in scene["objects"] if fits(o, kind, target)] == [target]:
            kinds.append(kind)
    return kinds


def pick_ref(rng, kinds):
    return rng.choices(kinds, [REF_WEIGHTS[k] for k in kinds])[0] if kinds else None


def fill(template, slots):
    """Format template, computing only the slots it names (so the tags reflect the words used)."""
    return template.format(**{name: get() for name, get in slots.items() if "{" + name + "}" in template})


def object_slots(v, o):
    col, row = CELL[o["pos"]]
    en = v.frame == "en"
    return {
        "S": lambda: v.shape(o["shape"]),
        "C": lambda: v.colour(o["colour"]),
        "Z": lambda: v.size(o["size"]),
        "ZP": lambda: v.size(o["size"], "pred"),
        "P": lambda: v.pos(o["pos"], "pp"),
        "B": lambda: v.pos(o["pos"], "bare"),
        "SIDE": lambda: ("left", "right", "左", "右")[(col == 2) + 2 * (not en)],
        "EDGE": lambda: ("top", "bottom", "上", "下")[(row == 2) + 2 * (not en)],
    }


def ref_text(v, kind, o):
    return fill(v.pick(REFS[(v.frame, kind)]), object_slots(v, o))


# ---------------------------------------------------------------- object phrases
OBJECT_PHRASES = {
    ("en", "plain"): ["a {Z} {C} {S} {P}"],
    ("en", "after"): [
        "a {C} {S}, {Z}, {B}",
        "a {S} — {C}, {Z} — {P}",
        "a {Z} {S} in {C} {P}",
        "a {S}, {C} and {Z}, {P}",
        "a {Z} {S} {P}, coloured {C}",
        "a {Z} {S} {P}, painted {C}",
        "a {C} {S} {P}, {Z}",
    ],
    ("zh", "plain"): ["{B}有一个{Z}{C}{S}", "一个{Z}{C}{S}在{B}", "{B}放一个{Z}{C}{S}", "{B}是一个{Z}{C}{S}"],
    ("zh", "after"): ["一个{S}，{C}的，{ZP}，放在{B}", "{B}放一个{S}——{C}、{ZP}", "{S}一个，要{C}的，{ZP}，在{B}"],
    # Chinese phrases that must start with 一个 (they follow a verb such as 画 or 加)
    ("zh", "plain-yige"): ["一个{Z}{C}{S}，放在{B}", "一个{Z}{C}{S}在{B}"],
    ("zh", "after-yige"): ["一个{S}，{C}的，{ZP}，放在{B}", "一个{S}——{C}、{ZP}——放在{B}"],
}


def object_phrase(v, o, leading_yige=False):
    """All four attributes of a new object, before or after the noun."""
    style = "after" if v.chance(0.4) else "plain"
    if style == "after":
        v.tags.add("attr-after-noun")
    if leading_yige and v.frame == "zh":
        style += "-yige"
    return fill(v.pick(OBJECT_PHRASES[(v.frame, style)]), object_slots(v, o))


def join_en(v, phrases):
    if len(phrases) == 1:
        return phrases[0]
    sep = "; " if any("," in p or "—" in p for p in phrases) else ", "
    last = v.pick([" and ", " plus "]) if sep == ", " else "; and "
    return sep.join(phrases[:-1]) + last + phrases[-1]


# ---------------------------------------------------------------- draw messages
EN_DRAW_WRAPPERS = [
    "could you draw me {}?",
    "I'd love {}.",
    "please make {}.",
    "can you paint {} for me?",
    "would you mind drawing {}?",
    "hey, could I get {}?",
    "I'd like {}, please.",
    "draw me {}, please.",
]
EN_DRAW_PLAIN = ["draw {}", "{}", "make {}", "show me {}", "picture: {}", "create {}"]
EN_BG_TAILS = [
    "on a {C} canvas",
    "against {C}",
    "against a {C} background",
    "with a {C} backdrop",
    "over a {C} background",
    ", all on {C}",
]
EN_BG_SENTENCES = [
    "The background should be {C}.",
    "Make the whole background {C}.",
    "Background: {C}.",
    "Use {C} for the background.",
    "{Cc} background, please.",
]
EN_BG_LEADS = ["On a {C} canvas, ", "Against {C}: ", "With a {C} backdrop, "]
ZH_DRAW_WRAPPERS = [
    "请帮我画一张图：{}",
    "能不能画一张这样的图：{}？",
    "麻烦帮我画一下，{}",
    "我想要一张图，{}",
    "可以帮我画一幅画吗？{}",
]
ZH_DRAW_PLAIN = ["画一张图：{}", "{}", "来一张图，{}", "画面：{}"]
ZH_YIGE_WRAPPERS = ["请帮我画{}", "能不能画{}？", "帮我画{}", "麻烦画{}", "给我画{}"]
ZH_BG_LEADS = ["背景是{C}，", "底色用{C}，", "{C}背景，", "在{C}的背景上，"]
ZH_BG_TAILS = ["，背景要{C}的", "，{C}背景", "，底色用{C}", "，背景是{C}的", "，背景用{C}", "，整个背景都是{C}"]


def frame(v, wrappers, plain, body):
    if v.chance(0.5):
        v.tags.add("wrapper")
        return v.pick(wrappers).format(body)
    return v.pick(plain).format(body)


def colour_slots(v, colour):
    return {"C": lambda: v.colour(colour), "Cc": lambda: cap(v.colour(colour).strip())}


def draw_en(v, scene):
    body = join_en(v, [object_phrase(v, o) for o in v.rng.sample(scene["objects"], len(scene["objects"]))])
    bg = colour_slots(v, scene["background"])
    where = v.rng.random()
    if where < 0.15:
        return frame(v, EN_DRAW_WRAPPERS, EN_DRAW_PLAIN, body + fill(" on a {C} background", bg))
    v.tags.add("background-anywhere")
    if where < 0.4:
        return frame(v, EN_DRAW_WRAPPERS, EN_DRAW_PLAIN, body + " " + fill(v.pick(EN_BG_TAILS), bg))
    if where < 0.75:
        framed = frame(v, EN_DRAW_WRAPPERS, EN_DRAW_PLAIN, body)
        return f"{framed}{'' if framed[-1] in '.?!' else '.'} {fill(v.pick(EN_BG_SENTENCES), bg)}"
    return fill(v.pick(EN_BG_LEADS), bg) + frame(v, EN_DRAW_WRAPPERS, EN_DRAW_PLAIN, body)


def bg_zh(v, colour):
    """(prefix, suffix) stating the background in Chinese; exactly one is non-empty."""
    bg = colour_slots(v, colour)
    if v.chance(0.3):
        return fill("{C}背景上，", bg), ""
    v.tags.add("background-anywhere")
    if v.chance(0.4):
        return fill(v.pick(ZH_BG_LEADS), bg), ""
    return "", fill(v.pick(ZH_BG_TAILS), bg)


def draw_zh(v, scene):
    objs = v.rng.sample(scene["objects"], len(scene["objects"]))
    form = v.rng.random()
    if form < 0.15:
        v.tags |= {"wrapper", "background-anywhere"}
        return f"给我来一张{v.colour(scene['background'])}背景的图，" + "，".join(object_phrase(v, o) for o in objs)
    prefix, suffix = bg_zh(v, scene["background"])
    if form < 0.55:
        body = object_phrase(v, objs[0], leading_yige=True)
        body += "".join(v.pick(["，另外", "，还有", "；"]) + object_phrase(v, o) for o in objs[1:])
        return prefix + frame(v, ZH_YIGE_WRAPPERS, ["画{}"], body + suffix)
    body = "，".join(object_phrase(v, o) for o in objs)
    return prefix + frame(v, ZH_DRAW_WRAPPERS, ZH_DRAW_PLAIN, body + suffix)


def draw_message(v, scene, restart=False):
    if v.frame == "en":
        text = draw_en(v, scene)
        if restart:
            text = (
                v.pick(["start over: ", "new picture: ", "let's start fresh — ", "ok, new one: ", "forget all that. "])
                + text
            )
        return cap(text) if v.chance(0.5) else text
    text = draw_zh(v, scene)
    if restart:
        text = v.pick(["重新开始：", "重来，", "换一张新的：", "全部清掉，重新画：", "新的一张："]) + text
    return text


def add_message(v, obj):
    if v.frame == "en":
        return frame(
            v,
            [
                "could you also draw {}?",
                "I'd love {} too.",
                "please add {}.",
                "can you add {}?",
                "would you mind adding {}?",
            ],
            ["add {}", "also add {}", "now put {}", "throw in {}", "and {} too", "add {} as well", "plus {}"],
            object_phrase(v, obj),
        )
    if v.chance(0.4):
        body = fill(
            v.pick(["{B}再加一个{Z}{C}{S}", "{B}再画一个{Z}{C}{S}", "{B}再放一个{Z}{C}{S}"]), object_slots(v, obj)
        )
        return frame(v, ["请在{}", "能不能在{}？", "麻烦在{}"], ["{}", "在{}"], body)
    return frame(
        v,
        ["请再帮我画{}", "能不能再加{}？", "麻烦再加{}", "可以再画{}吗？"],
        ["再加{}", "加上{}", "再画{}", "再来{}"],
        object_phrase(v, obj, leading_yige=True),
    )


# ---------------------------------------------------------------- edit messages
# Templates keyed by (sentence frame, template key); {R} is the reference, {X} the new value.
CLAUSES = {
    ("en", "recolour"): [
        "make {R} {X}",
        "change {R} to {X}",
        "turn {R} {X}",
        "colour {R} {X}",
        "paint {R} {X}",
        "change the colour of {R} to {X}",
        "recolour {R} {X}",
    ],
    ("en", "bigger"): ["make {R} bigger", "make {R} larger", "enlarge {R}", "scale {R} up", "make {R} a bit bigger"],
    ("en", "smaller"): ["make {R} smaller", "shrink {R}", "scale {R} down", "make {R} a little smaller"],
    ("en", "resize"): ["make {R} {X}", "change {R} to {X}", "resize {R} to {X}"],
    ("en", "reshape"): [
        "make {R} a {X}",
        "turn {R} into a {X}",
        "change {R} into a {X}",
        "change {R} to a {X}",
        "make {R} a {X} instead",
    ],
    ("en", "move"): ["move {R} {X}", "shift {R} {X}", "drag {R} {X}", "slide {R} {X}"],
    ("en", "remove"): ["remove {R}", "delete {R}", "take out {R}", "erase {R}", "take {R} away"],
    ("en", "background"): [
        "make the whole background {X}",
        "change the background to {X}",
        "switch the backdrop to {X}",
        "make the background {X}",
        "turn the background {X}",
        "set the background to {X}",
    ],
    ("zh", "recolour"): [
        "把{R}改成{X}",
        "把{R}换成{X}",
        "把{R}涂成{X}",
        "把{R}的颜色改成{X}",
        "{R}改成{X}",
        "把{R}变成{X}的",
    ],
    ("zh", "bigger"): ["把{R}放大一点", "把{R}放大", "{R}放大一点", "把{R}变大", "{R}再大一点"],
    ("zh", "smaller"): ["把{R}缩小", "把{R}缩小一点", "{R}缩小", "把{R}变小", "{R}小一点"],
    ("zh", "resize"): ["把{R}改成{X}", "把{R}变成{X}", "{R}要{X}"],
    ("zh", "reshape"): ["把{R}改成{X}", "把{R}变成一个{X}", "{R}变成{X}", "把{R}改成一个{X}"],
    ("zh", "move"): ["把{R}移到{X}", "把{R}挪到{X}", "把{R}放到{X}", "{R}移到{X}", "把{R}移动到{X}"],
    ("zh", "remove"): ["把{R}删掉", "去掉{R}", "删除{R}", "把{R}去掉", "把{R}擦掉"],
    ("zh", "background"): [
        "把背景换成{X}",
        "背景改成{X}",
        "背景换成{X}",
        "把底色改成{X}",
        "背景要{X}的",
        "底色用{X}",
        "换成{X}背景",
    ],
}
# Complaints: {R} reference, {Rc} capitalised reference, {X} new value.
COMPLAINTS = {
    ("en", "recolour"): [
        "{Rc} should be {X}",
        "{Rc} is the wrong colour, make it {X}",
        "hmm, {R} looks off — try {X}",
        "I don't like {R} like that, make it {X}",
    ],
    ("en", "bigger"): [
        "{Rc} looks tiny, make it bigger",
        "{Rc} is too small, make it bigger",
        "{Rc} is way too small",
        "I can barely see {R}, make it bigger",
    ],
    ("en", "smaller"): [
        "{Rc} is too big, make it smaller",
        "{Rc} looks huge, shrink it",
        "{Rc} is way too big",
        "{Rc} is too large",
    ],
    ("en", "remove"): [
        "scrap {R}",
        "get rid of {R}",
        "I don't want {R} anymore",
        "{Rc} has to go",
        "lose {R}, it doesn't fit",
    ],
    ("en", "reshape"): ["{Rc} should be a {X}", "{Rc} would look better as a {X}"],
    ("en", "move"): [
        "{Rc} is in the wrong spot, move it {X}",
        "{Rc} should go {X}",
        "{Rc} doesn't belong there — move it {X}",
    ],
    ("zh", "recolour"): ["{R}应该是{X}的", "{R}颜色不对，改成{X}吧", "{R}的颜色不好看，换成{X}"],
    ("zh", "bigger"): ["{R}太小了，放大一点", "{R}有点小，再大一点", "{R}太小了", "{R}小得看不清，放大"],
    ("zh", "smaller"): ["{R}太大了", "{R}太大了，缩小一点", "{R}有点大，改小一点"],
    ("zh", "remove"): ["{R}不要了", "{R}太丑了，去掉吧", "{R}多余了，删掉", "{R}不好看，删了吧"],
    ("zh", "reshape"): ["{R}应该是{X}", "{R}不太对，改成{X}吧"],
    ("zh", "move"): ["{R}位置不对，挪到{X}", "{R}应该在{X}", "{R}放错地方了，移到{X}"],
}


def template_key(op, complaint=False):
    if op["kind"] == "resize" and (op["relative"] or complaint):
        return "bigger" if op["value"] == "large" else "smaller"
    return op["kind"]


def new_value_words(v, op, key):
    kind, val = op["kind"], op["value"]
    if key in ("bigger", "smaller"):
        v.tags.add("size-words")
        return ""
    if kind == "background":
        v.tags.add("background-anywhere")
    return {
        "recolour": lambda: v.colour(val),
        "background": lambda: v.colour(val),
        "remove": lambda: "",
        "resize": lambda: v.size(val, "pred"),
        "reshape": lambda: v.shape(val),
        "move": lambda: v.pos(val, "dest"),
    }[kind]()


def clause(v, op, R):
    """An imperative clause for one edit; R is the rendered reference (None for background)."""
    key = template_key(op)
    return v.pick(CLAUSES[(v.frame, key)]).format(R=R, X=new_value_words(v, op, key))


def complaint(v, op, obj, R, ref_kind):
    key = template_key(op, complaint=True)
    options = list(COMPLAINTS[(v.frame, key)])
    if v.frame == "zh" and key == "recolour" and ref_kind == "colour":
        options.append("这个" + v.colour(obj["colour"]) + "不好看，换成{X}")
    return v.pick(options).format(R=R, Rc=cap(R.strip()), X=new_value_words(v, op, key))


def wrap_clause(v, text):
    if v.frame == "en":
        text = v.pick(
            ["{}", "{}", "please {}", "can you {}?", "could you {}?", "now {}", "ok, {}", "{}, please", "hmm, {}"]
        ).format(text)
        return cap(text) if v.chance(0.5) else text
    if text.startswith(("把", "去掉", "删除")):
        return v.pick(["{}", "{}", "请{}", "帮我{}", "{}吧", "能不能{}？", "麻烦{}"]).format(text)
    return v.pick(["{}", "{}吧"]).format(text)


def background_message(v, op):
    if v.chance(0.35):
        v.tags.add("background-anywhere")
        C = v.colour(op["value"])
        if v.frame == "en":
            return v.pick(
                [
                    f"the background should be {C}",
                    f"I want a {C} background instead",
                    f"{cap(C.strip())} background now",
                    f"can the background be {C}?",
                ]
            )
        return v.pick([f"背景要{C}的", f"换个{C}背景", f"背景换{C}吧", f"底色改成{C}吧"])
    return wrap_clause(v, clause(v, op, None))


# ---------------------------------------------------------------- edit operations
EDIT_KINDS = ["recolour", "resize", "reshape", "move", "remove", "background"]
KIND_CLASS = {"move": "move", "reshape": "shape-change", "remove": "remove"}


def choose_edit(rng, scene, kind, target=None):
    objs = scene["objects"]
    bg = scene["background"]
    if kind == "background":
        options = [c for c in COLOURS if c != bg and c not in {o["colour"] for o in objs}]
        return {"kind": kind, "target": None, "value": rng.choice(options), "relative": False}
    target = target or rng.choice(objs)
    options = {
        "recolour": [c for c in COLOURS if c not in (bg, target["colour"])],
        "resize": [s for s in SIZES if s != target["size"]],
        "reshape": [s for s in SHAPES if s != target["shape"]],
        "move": free_cells(scene),
        "remove": [None] if len(objs) >= 2 else [],
    }[kind]
    if not options:
        return None
    return {"kind": kind, "target": target["id"], "value": rng.choice(options), "relative": rng.random() < 0.6}


def apply_edit(scene, op):
    scene = copy.deepcopy(scene)
    if op["kind"] == "background":
        scene["background"] = op["value"]
    elif op["kind"] == "remove":
        scene["objects"] = [o for o in scene["objects"] if o["id"] != op["target"]]
    else:
        key = {"recolour": "colour", "resize": "size", "reshape": "shape", "move": "pos"}[op["kind"]]
        find(scene, op["target"])[key] = op["value"]
    return scene


def op_classes(op):
    classes = {KIND_CLASS[op["kind"]]} if op["kind"] in KIND_CLASS else set()
    return classes | ({"reference"} if op["target"] else set())


# ---------------------------------------------------------------- turn makers
def turn(message, intent, scene, classes, antecedent, kind):
    return {
        "message": message,
        "intent": intent,
        "scene": scene,
        "classes": set(classes),
        "antecedent": antecedent,
        "kind": kind,
    }


def make_edit(rng, lang, st, kind):
    scene = st["scene"]
    op = choose_edit(rng, scene, kind)
    if op is None:
        return None
    if kind == "background":
        text, tags = say(rng, lang, lambda v: background_message(v, op))
        return turn(text, "edit", apply_edit(scene, op), tags, None, kind)
    obj = find(scene, op["target"])
    ref = pick_ref(rng, unique_ref_kinds(scene, obj, st["antecedent"]))
    if ref is None:  # no unambiguous way to describe it
        return None
    moan = rng.random() < 0.3
    render = (
        (lambda v: complaint(v, op, obj, ref_text(v, ref, obj), ref))
        if moan
        else (lambda v: wrap_clause(v, clause(v, op, ref_text(v, ref, obj))))
    )
    text, tags = say(rng, lang, render)
    tags |= op_classes(op) | ({"complaint-edit"} if moan else set())
    after = None if kind == "remove" else obj["id"]
    return turn(text, "edit", apply_edit(scene, op), tags, after, kind)


def make_two_edits(rng, lang, st):
    scene = st["scene"]
    op1 = choose_edit(rng, scene, rng.choice(EDIT_KINDS))
    if op1 is None:
        return None
    mid = apply_edit(scene, op1)
    obj1 = find(scene, op1["target"]) if op1["target"] else None
    ref1 = pick_ref(rng, unique_ref_kinds(scene, obj1, st["antecedent"])) if obj1 else None
    if obj1 is not None and ref1 is None:
        return None
    same = obj1 is not None and op1["kind"] != "remove" and rng.random() < 0.35
    if same:  # "make the circle green and move it to the top"
        kind2 = rng.choice([k for k in ("recolour", "resize", "reshape", "move") if k != op1["kind"]])
        obj2, ref2 = obj1, "pronoun"
    else:  # a second target, described so that it is unique before and after the first edit
        kind2 = rng.choice([k for k in EDIT_KINDS if not (k == op1["kind"] == "background")])
        others = [o for o in scene["objects"] if o["id"] != op1["target"]]
        obj2 = rng.choice(others) if kind2 != "background" and others else None
        if kind2 != "background" and obj2 is None:
            return None
        ref2 = obj2 and pick_ref(
            rng,
            [
                k
                for k in unique_ref_kinds(scene, obj2, None, False)
                if k in unique_ref_kinds(mid, find(mid, obj2["id"]), None, False)
            ],
        )
        if obj2 and ref2 is None:
            return None
    op2 = choose_edit(rng, mid, kind2, find(mid, obj2["id"]) if obj2 else None)
    if op2 is None or not is_valid(apply_edit(mid, op2)):
        return None
    final = apply_edit(mid, op2)

    def render(v):
        first = clause(v, op1, ref_text(v, ref1, obj1) if obj1 else None)
        second = clause(v, op2, ref_text(v, ref2, obj2) if obj2 else None)
        if v.frame == "en":
            joined = first + v.pick([" and ", ", then ", ", and also ", " and then ", "; also "]) + second
            return v.pick(["{}", "{}", "please {}", "can you {}?", "ok — {}"]).format(joined)
        joiners = ["，然后", "，同时", "，并且"] + (["，再", "，再"] if second.startswith("把") else [])
        return first + v.pick(joiners) + second

    text, tags = say(rng, lang, render)
    tags |= {"two-edits"} | op_classes(op1) | op_classes(op2)
    return turn(text, "edit", final, tags, op1["target"] if same else None, "two")


def make_add(rng, lang, st):
    scene = st["scene"]
    if len(scene["objects"]) >= 3:
        return None
    obj = new_object(rng, st, scene, rng.choice(free_cells(scene)))
    new_scene = copy.deepcopy(scene)
    new_scene["objects"].append(obj)
    text, tags = say(rng, lang, lambda v: add_message(v, obj))
    return turn(text, "edit", new_scene, tags | {"add"}, obj["id"], "add")


def make_restart(rng, lang, st):
    scene = sample_scene(rng, st)
    text, tags = say(rng, lang, lambda v: draw_message(v, scene, restart=True))
    only = scene["objects"][0]["id"] if len(scene["objects"]) == 1 else None
    return turn(text, "draw", scene, tags, only, "draw")


UNDO = {
    "en": [
        "undo",
        "undo that",
        "go back",
        "put it back the way it was",
        "actually, revert that",
        "hmm no, go back to how it was",
        "change it back",
        "never mind, undo that",
        "take that back",
        "back to the previous version",
        "Undo!",
        "revert",
    ],
    "zh": [
        "还原",
        "撤销",
        "算了，改回去",
        "恢复上一步",
        "撤回",
        "回到上一步",
        "还是刚才那样好，改回去吧",
        "撤销刚才的修改",
        "改回原来的样子",
    ],
    "mixed": [
        "算了，undo 吧",
        "undo 一下",
        "go back 到上一步",
        "还是 revert 吧",
        "undo，刚才那个更好",
        "改回去，undo",
        "撤销 that",
    ],
}
ACK = {
    "en": [
        "love it!",
        "great",
        "nice",
        "perfect, thanks",
        "cool",
        "awesome, thank you!",
        "looks good",
        "that's lovely",
        "thanks!",
        "wow, nice",
        "great, thanks",
        "Perfect.",
    ],
    "zh": ["漂亮", "好的", "不错", "谢谢", "很好看", "太棒了", "可以可以", "嗯嗯，挺好的", "好看！谢谢", "完美"],
    "mixed": [
        "nice，谢谢",
        "好的 thanks",
        "perfect，很漂亮",
        "ok 不错",
        "love it，谢谢",
        "good，好看",
        "谢谢，looks great",
    ],
}
GENERAL_QUESTIONS = {
    "en": [
        "how many shapes are there?",
        "how many objects are in the picture?",
        "what's in the picture?",
        "what did you draw?",
        "can you describe the picture?",
        "what colour is the background?",
        "what's the background colour?",
    ],
    "zh": [
        "画面里有什么？",
        "一共有几个图形？",
        "画面里有几个形状？",
        "现在画了些什么？",
        "背景是什么颜色？",
        "底色是什么颜色的？",
    ],
    "mixed": [
        "现在有几个 shapes？",
        "画面里有什么 objects？",
        "how many 图形 are there?",
        "what's in the 画面?",
        "背景是什么 colour？",
        "background 是什么颜色？",
    ],
}


def make_undo(rng, lang, st):
    if not st["undo"] or st["last_kind"] == "undo":
        return None
    text = rng.choice(UNDO[lang])
    return turn(text, "undo", st["undo"][-1], {"undo"}, None, "undo")


def make_ack(rng, lang, st):
    text = rng.choice(ACK[lang])
    return turn(text, "chat", st["scene"], {"ack-chat"}, st["antecedent"], "ack")


QUESTIONS = {
    ("en", "colour"): ["what colour is {R}?", "which colour did you make {R}?"],
    ("en", "where"): ["where is {R}?", "where did you put {R}?"],
    ("en", "size"): ["how big is {R}?", "is {R} small or large?"],
    ("en", "exists"): ["is there a {S}?", "is there a {S} in the picture?"],
    ("zh", "colour"): ["{R}是什么颜色的？", "{R}是什么颜色？"],
    ("zh", "where"): ["{R}在哪里？", "{R}在什么位置？"],
    ("zh", "size"): ["{R}是大的还是小的？", "{R}有多大？"],
    ("zh", "exists"): ["有没有{S}？", "画面里有{S}吗？"],
}


def make_question(rng, lang, st):
    scene = st["scene"]
    ask = rng.choice(["general", "general", "colour", "where", "size", "exists"])
    excluded = {
        "colour": {"colour", "colour_shape"},
        "where": {"column", "row", "cell"},
        "size": {"size", "size_shape"},
    }
    target = rng.choice(scene["objects"])
    kinds = [k for k in unique_ref_kinds(scene, target, None, False) if k not in excluded.get(ask, ())]
    if ask == "general" or (ask != "exists" and not kinds):
        text = rng.choice(GENERAL_QUESTIONS[lang])
        return turn(text, "chat", scene, {"question-chat"}, None, "question")
    ref = pick_ref(rng, kinds) if ask != "exists" else None
    shape = rng.choice(SHAPES)
    text, tags = say(
        rng,
        lang,
        lambda v: fill(
            v.pick(QUESTIONS[(v.frame, ask)]), {"R": lambda: ref_text(v, ref, target), "S": lambda: v.shape(shape)}
        ),
    )
    after = target["id"] if ask != "exists" else None
    return turn(text, "chat", scene, tags | {"question-chat"} | ({"reference"} if ref else set()), after, "question")


def ambiguous_options(st):
    """(reference kind, example object, all objects it could mean) for truly ambiguous references."""
    objs = st["scene"]["objects"]
    if len(objs) < 2:
        return []
    options = [("pronoun", objs[0], objs)] if st["last_kind"] == "draw" and st["antecedent"] is None else []
    for kind in ("shape", "colour", "size", "colour_shape", "size_shape"):
        for o in objs:
            matched = [m for m in objs if fits(m, kind, o)]
            if len(matched) >= 2 and st["antecedent"] not in {m["id"] for m in matched}:
                options.append((kind, o, matched))
    return options


def ambiguous_edit(rng, scene, kind, ref_kind, candidates):
    """An edit that would apply to every candidate, so the reference alone cannot decide."""
    one_size = len({m["size"] for m in candidates}) == 1 and "size" not in ref_kind
    values = {
        "recolour": [c for c in COLOURS if c != scene["background"] and c not in {m["colour"] for m in candidates}],
        "resize": [s for s in SIZES if s != candidates[0]["size"]] if one_size else [],
        "reshape": [s for s in SHAPES if s not in {m["shape"] for m in candidates}],
        "move": free_cells(scene),
        "remove": [None],
    }[kind]
    if not values:
        return None
    return {"kind": kind, "target": candidates[0]["id"], "value": rng.choice(values), "relative": True}


def make_ambiguous(rng, lang, st):
    options = ambiguous_options(st)
    if not options:
        return None
    ref_kind, example, candidates = rng.choice(options)
    op = ambiguous_edit(
        rng, st["scene"], rng.choice(["recolour", "resize", "reshape", "move", "remove"]), ref_kind, candidates
    )
    if op is None:
        return None
    text, tags = say(rng, lang, lambda v: wrap_clause(v, clause(v, op, ref_text(v, ref_kind, example))))
    return turn(text, "ask", st["scene"], tags | {"ambiguous", "reference"}, None, "ask")


TURN_WEIGHTS = {
    "add": 1.0,
    "remove": 0.8,
    "recolour": 1.1,
    "resize": 1.0,
    "reshape": 0.8,
    "move": 1.0,
    "background": 0.7,
    "two": 0.8,
    "undo": 0.7,
    "ack": 0.6,
    "question": 0.7,
    "ambiguous": 1.0,
    "restart": 0.25,
}


def next_turn(rng, lang, st):
    kinds = list(TURN_WEIGHTS)
    for _ in range(40):
        kind = rng.choices(kinds, [TURN_WEIGHTS[k] for k in kinds])[0]
        made = {
            "add": make_add,
            "two": make_two_edits,
            "undo": make_undo,
            "ack": make_ack,
            "question": make_question,
            "ambiguous": make_ambiguous,
            "restart": make_restart,
        }.get(kind)
        result = made(rng, lang, st) if made else make_edit(rng, lang, st, kind)
        if result is not None:
            return result
    return make_ack(rng, lang, st)


# ---------------------------------------------------------------- dialogues
def make_dialogue(rng, seed, index):
    lang = rng.choices(["en", "zh", "mixed"], [45, 40, 15])[0]
    st = {"next_id": 0, "undo": [], "antecedent": None, "last_kind": None, "scene": None}
    first_scene = sample_scene(rng, st)
    text, tags = say(rng, lang, lambda v: draw_message(v, first_scene))
    only = first_scene["objects"][0]["id"] if len(first_scene["objects"]) == 1 else None
    turns = [turn(text, "draw", first_scene, tags, only, "draw")]
    st.update(scene=first_scene, antecedent=only, last_kind="draw")
    for _ in range(rng.randint(0, 5)):
        t = next_turn(rng, lang, st)
        if t["kind"] == "undo":
            st["undo"].pop()
        elif t["intent"] in ("draw", "edit"):
            st["undo"].append(st["scene"])
        st.update(scene=t["scene"], antecedent=t["antecedent"], last_kind=t["kind"])
        turns.append(t)
    for t in turns:
        if not is_valid(t["scene"]):
            raise AssertionError(f"invalid scene generated: {t}")
    classes = sorted(set().union(*(t["classes"] for t in turns)))
    return {
        "id": f"para-s{seed}-{index:06d}",
        "lang": lang,
        "classes": classes,
        "turns": [{"message": t["message"], "intent": t["intent"], "expected": export(t["scene"])} for t in turns],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--n", type=int, default=1200)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    dialogues = [make_dialogue(rng, args.seed, i) for i in range(args.n)]
    with open(args.out, "w", encoding="utf-8") as fh:
        for d in dialogues:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    classes = Counter(c for d in dialogues for c in d["classes"])
    langs = Counter(d["lang"] for d in dialogues)
    intents = Counter(t["intent"] for d in dialogues for t in d["turns"])
    print(f"wrote {len(dialogues)} dialogues to {args.out}")
    print("languages:", dict(sorted(langs.items())))
    print("intents:", dict(sorted(intents.items())))
    print("classes:", dict(sorted(classes.items())))


if __name__ == "__main__":
    main()
