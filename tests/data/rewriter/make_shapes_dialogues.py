"""Writes shapes_dialogues.jsonl: seeded multi-turn shapes-world dialogues with expected final scenes.

The expected scene comes from a plain simulation of the *intended* edits (what the user asked for),
never from a rewriter, so the dev set measures the rewriter instead of echoing it. Each edit is
phrased from one of several English or Chinese templates, always with a reference that names one
object unambiguously. Re-run after changing a template:

    .venv/bin/python tests/data/rewriter/make_shapes_dialogues.py
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

COLOURS = ["red", "orange", "yellow", "green", "blue", "purple", "white", "black"]
SHAPES = ["circle", "square", "triangle", "star"]
POSITIONS = ["top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"]
ZH = {
    "red": "红色", "orange": "橙色", "yellow": "黄色", "green": "绿色", "blue": "蓝色", "purple": "紫色",
    "white": "白色", "black": "黑色", "circle": "圆形", "square": "正方形", "triangle": "三角形", "star": "星形",
    "small": "小", "large": "大", "top-left": "左上方", "top": "上方", "top-right": "右上方", "left": "左侧",
    "center": "中间", "right": "右侧", "bottom-left": "左下方", "bottom": "下方", "bottom-right": "右下方",
}  # fmt: skip
ZH_SHORT = {"circle": "圆", "square": "方块", "triangle": "三角形", "star": "星星"}
EN_POS = {p: p.replace("-", " ") for p in POSITIONS}


def obj_en(o: dict, with_pos: bool = True) -> str:
    words = f"{o['size']} {o['colour']} {o['shape']}"
    art = "an" if words[0] in "aeiou" else "a"
    return f"{art} {words}" + (f" at the {EN_POS[o['position']]}" if with_pos else "")


def obj_zh(o: dict) -> str:
    return f"{ZH[o['position']]}有一个{ZH[o['size']]}的{ZH[o['colour']]}{ZH[o['shape']]}"


def ref(objs: list[dict], o: dict, lang: str, rng: random.Random) -> str:
    """A unique way to name ``o``: its shape, its colour ("the red one"), or both."""
    options = []
    if sum(x["shape"] == o["shape"] for x in objs) == 1:
        options.append("shape")
    if sum(x["colour"] == o["colour"] for x in objs) == 1:
        options.append("colour")
    if sum(x["shape"] == o["shape"] and x["colour"] == o["colour"] for x in objs) == 1:
        options.append("both")
    how = rng.choice(options) if options else "where"
    if lang == "zh":
        shape = rng.choice([ZH[o["shape"]], ZH_SHORT[o["shape"]]])
        return {
            "shape": shape,
            "colour": f"{ZH[o['colour']]}的那个",
            "both": f"{ZH[o['colour']]}的{shape}",
            "where": f"{ZH[o['position']]}的{shape}",
        }[how]
    return {
        "shape": f"the {o['shape']}",
        "colour": f"the {o['colour']} one",
        "both": f"the {o['colour']} {o['shape']}",
        "where": f"the {o['shape']} at the {EN_POS[o['position']]}",
    }[how]


class Dialogue:
    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang = rng, lang
        self.turns: list[str] = []
        self.states: list[tuple[str, list[dict]]] = []  # after each drawing turn
        self.focus: dict | None = None
        self.bg = ""
        self.objs: list[dict] = []

    def turn_lang(self) -> str:
        return self.rng.choice(["en", "zh"]) if self.lang == "mixed" else self.lang

    def push(self, text: str) -> None:
        self.turns.append(text)
        self.states.append((self.bg, [dict(o) for o in self.objs]))

    def free_cells(self) -> list[str]:
        return [p for p in POSITIONS if p not in {o["position"] for o in self.objs}]

    def colours_for_object(self) -> list[str]:
        return [c for c in COLOURS if c != self.bg]

    def start(self) -> None:
        rng = self.rng
        self.bg = rng.choice(COLOURS)
        for _ in range(rng.choice([1, 2, 2, 3])):
            self.objs.append(
                {
                    "shape": rng.choice(SHAPES),
                    "colour": rng.choice(self.colours_for_object()),
                    "size": rng.choice(["small", "large"]),
                    "position": rng.choice(self.free_cells()),
                }
            )
        lang = self.turn_lang()
        if lang == "en":
            things = " and ".join(obj_en(o) for o in self.objs)
            text = rng.choice(
                [
                    f"{things}, on a {self.bg} background",
                    f"draw {things} on a {self.bg} background",
                    f"on a {self.bg} background, {things}",
                ]
            )
        else:
            things = "，".join(obj_zh(o) for o in self.objs)
            text = rng.choice([f"{ZH[self.bg]}背景上，{things}", f"画：{ZH[self.bg]}背景上，{things}"])
        self.focus = self.objs[-1]
        self.push(text)

    # edits: each returns the message, or None when it does not apply now --------------------------

    def recolour(self, o: dict | None = None, pronoun: bool = False) -> str | None:
        o = o or self.rng.choice(self.objs)
        choices = [c for c in self.colours_for_object() if c != o["colour"]]
        colour = self.rng.choice(choices)
        lang = self.turn_lang()
        r = ("it" if lang == "en" else "它") if pronoun else ref(self.objs, o, lang, self.rng)
        o["colour"], self.focus = colour, o
        if lang == "en":
            return self.rng.choice([f"make {r} {colour}", f"change {r} to {colour}", f"paint {r} {colour}"])
        return self.rng.choice([f"把{r}改成{ZH[colour]}", f"把{r}换成{ZH[colour]}", f"把{r}变成{ZH[colour]}"])

    def resize(self, o: dict | None = None, pronoun: bool = False) -> str | None:
        o = o or self.rng.choice(self.objs)
        lang = self.turn_lang()
        r = ("it" if lang == "en" else "它") if pronoun else ref(self.objs, o, lang, self.rng)
        bigger = o["size"] == "small"
        o["size"], self.focus = ("large" if bigger else "small"), o
        if lang == "en":
            return f"make {r} {'bigger' if bigger else 'smaller'}"
        return f"把{r}{'变大' if bigger else '变小'}"

    def move(self) -> str | None:
        free = self.free_cells()
        o = self.rng.choice(self.objs)
        lang = self.turn_lang()
        r = ref(self.objs, o, lang, self.rng)
        o["position"], self.focus = self.rng.choice(free), o
        if lang == "en":
            return f"move {r} to the {EN_POS[o['position']]}"
        return f"把{r}移到{ZH[o['position']]}"

    def reshape(self) -> str | None:
        o = self.rng.choice(self.objs)
        lang = self.turn_lang()
        r = ref(self.objs, o, lang, self.rng)
        shape = self.rng.choice([s for s in SHAPES if s != o["shape"]])
        o["shape"], self.focus = shape, o
        if lang == "en":
            return f"turn {r} into a {shape}"
        return f"把{r}变成{ZH[shape]}"

    def background(self) -> str | None:
        choices = [c for c in COLOURS if c != self.bg and c not in {o["colour"] for o in self.objs}]
        self.bg = self.rng.choice(choices)
        if self.turn_lang() == "en":
            return self.rng.choice([f"change the background to {self.bg}", f"make the background {self.bg}"])
        return self.rng.choice([f"把背景换成{ZH[self.bg]}", f"背景改成{ZH[self.bg]}"])

    def add(self) -> str | None:
        if len(self.objs) >= 3:
            return None
        o = {
            "shape": self.rng.choice(SHAPES),
            "colour": self.rng.choice(self.colours_for_object()),
            "size": self.rng.choice(["small", "large"]),
            "position": self.rng.choice(self.free_cells()),
        }
        self.objs.append(o)
        self.focus = o
        if self.turn_lang() == "en":
            return f"add {obj_en(o)}"
        return f"再加一个{ZH[o['size']]}的{ZH[o['colour']]}{ZH[o['shape']]}在{ZH[o['position']]}"

    def remove(self) -> str | None:
        if len(self.objs) < 2:
            return None
        o = self.rng.choice(self.objs)
        lang = self.turn_lang()
        r = ref(self.objs, o, lang, self.rng)
        self.objs.remove(o)
        self.focus = self.objs[-1]
        if lang == "en":
            return self.rng.choice([f"remove {r}", f"delete {r}", f"get rid of {r}"])
        return self.rng.choice([f"去掉{r}", f"删除{r}"])

    def pronoun(self) -> str | None:
        if self.focus is None or self.focus not in self.objs:
            return None
        return self.rng.choice([self.recolour, self.resize])(self.focus, pronoun=True)

    def undo(self) -> str | None:
        if len(self.states) < 2:
            return None
        self.bg, objs = self.states[-2]
        self.objs = [dict(o) for o in objs]
        self.focus = None
        self.states = self.states[:-1]
        self.turns.append("go back" if self.turn_lang() == "en" else self.rng.choice(["撤销", "回到上一步"]))
        return ""

    def revert_colour(self) -> str | None:
        o = self.rng.choice(self.objs)
        old = o["colour"]
        first = self.recolour(o)
        self.push(first)
        o["colour"] = old
        if self.turn_lang() == "en":
            return self.rng.choice([f"actually, change it back to {old}", f"go back to {old}"])
        return self.rng.choice([f"还是用{ZH[old]}吧", f"还是{ZH[old]}吧", f"改回{ZH[old]}"])

    def question(self) -> str | None:
        self.turns.append(self.rng.choice(["how many objects are there?", "画面里有什么？", "what is in the picture?"]))
        return ""

    def two_edits(self) -> str | None:
        if len(self.objs) < 2:
            return None
        a, b = self.rng.sample(self.objs, 2)
        lang = self.lang if self.lang != "mixed" else "en"
        saved = self.lang
        self.lang = lang
        first = self.recolour(a)
        second = self.rng.choice([self.resize, self.recolour])(b)
        self.lang = saved
        return f"{first} and {second}" if lang == "en" else f"{first}，{second}"


EDITS = ["recolour", "resize", "move", "reshape", "background", "add", "remove", "pronoun", "undo", "revert_colour",
         "question", "two_edits"]  # fmt: skip


def make(rng: random.Random, lang: str, index: int) -> dict:
    d = Dialogue(rng, lang)
    d.start()
    n_turns = rng.randint(2, 6)
    while len(d.turns) < n_turns:
        method = getattr(d, rng.choice(EDITS))
        text = method()
        if text is None:
            continue
        if text:  # "" means the method already recorded its turn
            d.push(text)
    expected = {
        "background": d.bg,
        "objects": sorted([o["shape"], o["colour"], o["size"], o["position"]] for o in d.objs),
    }
    return {"id": f"shapes-{lang}-{index:03d}", "world": "shapes", "lang": lang, "turns": d.turns, "expected": expected}


def main() -> None:
    parser = argparse.ArgumentParser(description="seeded shapes-world dialogues with expected final scenes")
    parser.add_argument("--seed", type=int, default=20261124)  # the committed dev set
    parser.add_argument("--per-language", type=int, default=40)
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("shapes_dialogues.jsonl"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    rows = [make(rng, lang, i) for lang in ("en", "zh", "mixed") for i in range(args.per_language)]
    out = args.out
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} dialogues to {out}")


if __name__ == "__main__":
    main()
