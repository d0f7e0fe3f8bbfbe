#!/usr/bin/env python3
"""Checker for fresh-24 shapes.jsonl (standard library only)."""
import json, re, sys, collections
PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-24/shapes.jsonl"
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
errs, ids = [], set()
langs, intents, classes = collections.Counter(), collections.Counter(), collections.Counter()
later_turns = 0

def bad(where, msg):
    errs.append(f"{where}: {msg}")

def check_scene(s, where):
    if not isinstance(s, dict) or set(s) != {"background", "objects"}:
        return bad(where, "expected must have exactly background and objects")
    if s["background"] not in COLOURS:
        bad(where, f"bad background {s['background']!r}")
    objs = s["objects"]
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        return bad(where, "need 1-3 objects")
    cells = set()
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            bad(where, f"object not a 4-list: {o!r}"); continue
        sh, c, sz, p = o
        if sh not in SHAPES: bad(where, f"bad shape {sh!r}")
        if c not in COLOURS: bad(where, f"bad colour {c!r}")
        if sz not in SIZES: bad(where, f"bad size {sz!r}")
        if p not in POS: bad(where, f"bad position {p!r}")
        if c == s["background"]: bad(where, f"object colour equals background: {o}")
        if p in cells: bad(where, f"two objects in cell {p}")
        cells.add(p)

with open(PATH, encoding="utf-8") as f:
    lines = f.read().splitlines()
for ln, line in enumerate(lines, 1):
    try:
        d = json.loads(line)
    except Exception as e:
        bad(f"line {ln}", f"json error {e}"); continue
    if set(d) != {"id", "lang", "classes", "turns"}:
        bad(f"line {ln}", f"keys {sorted(d)}"); continue
    did = d["id"]; where = did
    if did in ids: bad(where, "duplicate id")
    ids.add(did)
    m = re.fullmatch(r"fresh24-shapes-(en|zh|mixed)-(\d{3})", did or "")
    if not m: bad(where, "bad id format")
    elif m.group(1) != d["lang"]: bad(where, "id/lang mismatch")
    langs[d["lang"]] += 1
    if not (isinstance(d["classes"], list) and d["classes"] and all(isinstance(c, str) and c for c in d["classes"])):
        bad(where, "classes must be non-empty list of strings")
    else:
        classes.update(d["classes"])
    turns = d["turns"]
    if not isinstance(turns, list) or not 2 <= len(turns) <= 5:
        bad(where, "need 2-5 turns"); continue
    stack = []
    for t, turn in enumerate(turns, 1):
        w = f"{did} turn {t}"
        if set(turn) != {"message", "intent", "expected"}:
            bad(w, f"turn keys {sorted(turn)}"); continue
        if not isinstance(turn["message"], str) or not turn["message"].strip():
            bad(w, "empty message")
        it = turn["intent"]
        if it not in INTENTS: bad(w, f"bad intent {it!r}"); continue
        intents[it] += 1
        if t > 1: later_turns += 1
        exp = turn["expected"]
        check_scene(exp, w)
        if t == 1 and it != "draw": bad(w, "first turn must be draw")
        if it in ("draw", "edit"):
            if it == "edit" and stack and exp == stack[-1]: bad(w, "edit leaves scene unchanged")
            if it == "edit" and not stack: bad(w, "edit with no scene")
            stack.append(exp)
        elif it in ("chat", "ask"):
            if not stack or exp != stack[-1]: bad(w, f"{it} must keep the scene")
        elif it == "undo":
            if len(stack) < 2: bad(w, "undo with nothing to undo"); continue
            stack.pop()
            if exp != stack[-1]: bad(w, "undo must restore the scene before the last change")

print(f"dialogues: {len(lines)}  by lang: {dict(langs)}")
print(f"turns: {sum(intents.values())}  by intent: {dict(intents)}")
print(f"edits among turns after the first: {intents['edit']}/{later_turns} = {intents['edit']/max(later_turns,1):.0%}")
print(f"distinct classes: {len(classes)}")
if len(lines) != 150 or langs != collections.Counter({"en": 50, "zh": 50, "mixed": 50}):
    errs.append("expected 150 dialogues: 50 en, 50 zh, 50 mixed")
if errs:
    print(f"FAIL: {len(errs)} problem(s)")
    for e in errs: print("  " + e)
    sys.exit(1)
print("OK")
