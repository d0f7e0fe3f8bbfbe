#!/usr/bin/env python3
"""Standard-library validator for /work/fresh-15/shapes.jsonl."""
import json, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-15/shapes.jsonl"
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
LANGS = {"en": 50, "zh": 50, "mixed": 50}

errors, warnings = [], []
ids = set()
counts = collections.Counter()
intents = collections.Counter()

def err(where, msg): errors.append(f"{where}: {msg}")

def check_scene(where, sc):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        err(where, "expected must have exactly background and objects"); return False
    bg, objs = sc["background"], sc["objects"]
    ok = True
    if bg not in COLOURS: err(where, f"bad background {bg!r}"); ok = False
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        err(where, "need 1-3 objects"); return False
    cells = set()
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            err(where, f"object not a 4-list: {o!r}"); ok = False; continue
        s, c, z, p = o
        if s not in SHAPES: err(where, f"bad shape {s!r}"); ok = False
        if c not in COLOURS: err(where, f"bad colour {c!r}"); ok = False
        if z not in SIZES: err(where, f"bad size {z!r}"); ok = False
        if p not in POS: err(where, f"bad position {p!r}"); ok = False
        if c == bg: err(where, f"object colour equals background: {o}"); ok = False
        if p in cells: err(where, f"two objects share cell {p}"); ok = False
        cells.add(p)
    return ok

with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        where = f"line {ln}"
        if not line.strip():
            err(where, "blank line"); continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, f"JSON error {e}"); continue
        for k in ("id", "lang", "classes", "turns"):
            if k not in d: err(where, f"missing {k}")
        if set(d) - {"id", "lang", "classes", "turns"}: err(where, f"extra keys {set(d)-{'id','lang','classes','turns'}}")
        did = d.get("id", "?"); where = f"{did}"
        if did in ids: err(where, "duplicate id")
        ids.add(did)
        lang = d.get("lang")
        if lang not in LANGS: err(where, f"bad lang {lang!r}")
        elif not did.startswith(f"fresh15-shapes-{lang}-"): err(where, "id does not match lang")
        counts[lang] += 1
        cl = d.get("classes")
        if not (isinstance(cl, list) and cl and all(isinstance(x, str) and x for x in cl)):
            err(where, "classes must be a non-empty list of strings")
        turns = d.get("turns", [])
        if not isinstance(turns, list) or not 2 <= len(turns) <= 5:
            err(where, "need 2-5 turns"); continue
        hist, cur = [], None
        for i, t in enumerate(turns):
            tw = f"{where} turn {i+1}"
            if set(t) != {"message", "intent", "expected"}:
                err(tw, f"turn keys {sorted(t)}"); continue
            msg, it, ex = t["message"], t["intent"], t["expected"]
            if not isinstance(msg, str) or not msg.strip(): err(tw, "empty message")
            if it not in INTENTS: err(tw, f"bad intent {it!r}"); continue
            intents[it] += 1
            if i == 0 and it != "draw": err(tw, "first turn must be draw")
            if not check_scene(tw, ex): continue
            if it == "draw":
                if cur is not None: hist.append(cur)
                cur = ex
            elif it == "edit":
                if cur is not None and ex == cur: warnings.append(f"{tw}: edit leaves scene unchanged")
                hist.append(cur); cur = ex
            elif it in ("chat", "ask"):
                if ex != cur: err(tw, f"{it} must keep the scene")
            elif it == "undo":
                if not hist: err(tw, "undo with nothing to undo"); continue
                prev = hist.pop()
                if ex != prev: err(tw, "undo must restore the scene before the previous change")
                cur = ex
        # order of introduction: objects kept from previous scene should stay in order
for lang, n in LANGS.items():
    if counts[lang] != n: warnings.append(f"lang {lang}: {counts[lang]} dialogues (target {n})")

print(f"dialogues: {sum(counts.values())}  per lang: {dict(counts)}")
print(f"turn intents: {dict(intents)}")
after_first = sum(intents.values()) - sum(counts.values())
if after_first:
    print(f"edits among turns after the first: {intents['edit']}/{after_first} = {intents['edit']/after_first:.0%}")
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
