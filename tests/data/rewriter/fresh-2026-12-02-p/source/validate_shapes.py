#!/usr/bin/env python3
"""Standard-library validator for /work/fresh-16/shapes.jsonl (batch 16, shapes world)."""
import json, sys, collections, os

SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 50, "zh": 50, "mixed": 50}

def check_scene(sc, where, errs):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        errs.append(f"{where}: expected must have exactly background+objects"); return
    bg, objs = sc["background"], sc["objects"]
    if bg not in COLOURS: errs.append(f"{where}: bad background {bg!r}")
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        errs.append(f"{where}: need 1-3 objects"); return
    cells = set()
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            errs.append(f"{where}: object must be [shape,colour,size,pos]: {o!r}"); continue
        s, c, z, p = o
        if s not in SHAPES: errs.append(f"{where}: bad shape {s!r}")
        if c not in COLOURS: errs.append(f"{where}: bad colour {c!r}")
        if z not in SIZES: errs.append(f"{where}: bad size {z!r}")
        if p not in POS: errs.append(f"{where}: bad position {p!r}")
        if c == bg: errs.append(f"{where}: object colour equals background {c}")
        if p in cells: errs.append(f"{where}: two objects in cell {p}")
        cells.add(p)

def main(path):
    errs, ids = [], set()
    langs = collections.Counter(); intents = collections.Counter()
    nturns = 0; later = 0; later_edits = 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad JSON {e}"); continue
        for k in ("id", "lang", "classes", "turns"):
            if k not in d: errs.append(f"line {n}: missing {k}")
        if any(k not in d for k in ("id", "lang", "classes", "turns")): continue
        did = d["id"]; where0 = f"{did}"
        if did in ids: errs.append(f"{did}: duplicate id")
        ids.add(did)
        if d["lang"] not in WANT: errs.append(f"{did}: bad lang")
        exp_prefix = f"fresh16-shapes-{d['lang']}-"
        if not did.startswith(exp_prefix): errs.append(f"{did}: id does not match lang")
        langs[d["lang"]] += 1
        if not (isinstance(d["classes"], list) and d["classes"] and all(isinstance(c, str) and c for c in d["classes"])):
            errs.append(f"{did}: classes must be non-empty list of strings")
        turns = d["turns"]
        if not isinstance(turns, list) or not 2 <= len(turns) <= 5:
            errs.append(f"{did}: need 2-5 turns"); continue
        hist, cur = [], None
        for i, t in enumerate(turns):
            where = f"{where0} turn {i+1}"
            if not isinstance(t, dict) or set(t) != {"message", "intent", "expected"}:
                errs.append(f"{where}: turn needs exactly message/intent/expected"); continue
            if not isinstance(t["message"], str) or not t["message"].strip():
                errs.append(f"{where}: empty message")
            it = t["intent"]; intents[it] += 1; nturns += 1
            if it not in INTENTS: errs.append(f"{where}: bad intent {it!r}"); continue
            if i == 0 and it != "draw": errs.append(f"{where}: first turn must be draw")
            if i > 0:
                later += 1; later_edits += it == "edit"
            msg = t["message"] if isinstance(t["message"], str) else ""
            cjk = any("\u3400" <= ch <= "\u9fff" for ch in msg)
            latin = any("a" <= ch.lower() <= "z" for ch in msg)
            if d["lang"] == "en" and cjk: errs.append(f"{where}: Chinese characters in an en dialogue")
            if d["lang"] == "zh" and latin: errs.append(f"{where}: Latin letters in a zh dialogue")
            sc = t["expected"]
            check_scene(sc, where, errs)
            if it in ("chat", "ask"):
                if sc != cur: errs.append(f"{where}: {it} must keep the scene")
            elif it == "undo":
                if not hist: errs.append(f"{where}: nothing to undo")
                else:
                    prev = hist.pop()
                    if sc != prev: errs.append(f"{where}: undo must restore the previous scene")
                    cur = sc
            else:
                if it == "edit" and sc == cur: errs.append(f"{where}: edit changes nothing")
                if cur is not None: hist.append(cur)
                if it == "edit" and cur is not None and isinstance(sc, dict):
                    # objects untouched by the edit keep their relative order (order of introduction)
                    old = [tuple(o) for o in cur["objects"]]
                    new = [tuple(o) for o in sc.get("objects", [])]
                    kept = [o for o in old if o in new]
                    if kept != [o for o in new if o in kept]:
                        errs.append(f"{where}: untouched objects changed order")
                cur = sc
        if d["lang"] == "mixed":
            allmsg = " ".join(t.get("message", "") for t in turns if isinstance(t, dict))
            if not (any("\u3400" <= ch <= "\u9fff" for ch in allmsg) and any("a" <= ch.lower() <= "z" for ch in allmsg)):
                errs.append(f"{did}: mixed dialogue should mix Chinese and English")
    for l, w in WANT.items():
        if langs[l] != w: errs.append(f"lang {l}: {langs[l]} dialogues, want {w}")
    print(f"{len(lines)} dialogues, {nturns} turns; per lang: {dict(langs)}")
    print(f"intents: {dict(intents)}; edits among later turns: {later_edits}/{later} = {later_edits/max(later,1):.0%}")
    if errs:
        print(f"{len(errs)} problem(s):"); [print("  " + e) for e in errs[:200]]
        return 1
    print("OK")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "shapes.jsonl")))
