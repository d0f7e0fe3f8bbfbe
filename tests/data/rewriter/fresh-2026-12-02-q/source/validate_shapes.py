#!/usr/bin/env python3
"""Checker for /work/fresh-17/shapes.jsonl (standard library only)."""
import json, sys, collections

COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SHAPES = {"circle", "square", "triangle", "star"}
SIZES = {"small", "large"}
POSITIONS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 50, "zh": 50, "mixed": 50}

def check_scene(sc, where, errs):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        errs.append(f"{where}: expected must have exactly background and objects"); return None
    bg, objs = sc["background"], sc["objects"]
    if bg not in COLOURS: errs.append(f"{where}: bad background {bg!r}")
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        errs.append(f"{where}: need 1-3 objects"); return None
    cells = set()
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            errs.append(f"{where}: object not a 4-list: {o!r}"); continue
        s, c, z, p = o
        if s not in SHAPES: errs.append(f"{where}: bad shape {s!r}")
        if c not in COLOURS: errs.append(f"{where}: bad colour {c!r}")
        if z not in SIZES: errs.append(f"{where}: bad size {z!r}")
        if p not in POSITIONS: errs.append(f"{where}: bad position {p!r}")
        if c == bg: errs.append(f"{where}: object colour equals background {c}")
        if p in cells: errs.append(f"{where}: two objects in cell {p}")
        cells.add(p)
    return json.dumps(sc, sort_keys=True)

def main(path):
    errs, ids, langs = [], set(), collections.Counter()
    intents, classes = collections.Counter(), collections.Counter()
    later_turns = 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for ln, line in enumerate(lines, 1):
        where = f"line {ln}"
        try:
            d = json.loads(line)
        except Exception as e:
            errs.append(f"{where}: bad JSON: {e}"); continue
        for k in ("id", "lang", "classes", "turns"):
            if k not in d: errs.append(f"{where}: missing {k}")
        if set(d) - {"id", "lang", "classes", "turns"}: errs.append(f"{where}: extra keys {set(d)-{'id','lang','classes','turns'}}")
        did = d.get("id"); where = f"line {ln} ({did})"
        if did in ids: errs.append(f"{where}: duplicate id")
        ids.add(did)
        lang = d.get("lang")
        if lang not in WANT: errs.append(f"{where}: bad lang {lang!r}")
        langs[lang] += 1
        if not (isinstance(did, str) and did.startswith(f"fresh17-shapes-{lang}-")): errs.append(f"{where}: id does not match lang")
        cl = d.get("classes")
        if not (isinstance(cl, list) and cl and all(isinstance(c, str) and c for c in cl)): errs.append(f"{where}: classes must be non-empty list of strings")
        else: classes.update(cl)
        turns = d.get("turns")
        if not isinstance(turns, list) or not 2 <= len(turns) <= 5:
            errs.append(f"{where}: need 2-5 turns"); continue
        history = []  # serialized scenes after each draw/edit
        cur = None
        for ti, t in enumerate(turns):
            tw = f"{where} turn {ti+1}"
            if not isinstance(t, dict) or set(t) != {"message", "intent", "expected"}:
                errs.append(f"{tw}: turn needs exactly message, intent, expected"); continue
            if not isinstance(t["message"], str) or not t["message"].strip(): errs.append(f"{tw}: empty message")
            it = t["intent"]
            if it not in INTENTS: errs.append(f"{tw}: bad intent {it!r}"); continue
            intents[it] += 1
            if ti > 0: later_turns += 1
            sc = check_scene(t["expected"], tw, errs)
            if sc is None: continue
            if ti == 0 and it != "draw": errs.append(f"{tw}: first turn must be draw")
            if it in ("chat", "ask") and sc != cur: errs.append(f"{tw}: {it} must keep the scene")
            if it == "edit":
                if cur is None: errs.append(f"{tw}: edit with no scene")
                elif sc == cur: errs.append(f"{tw}: edit changes nothing")
                history.append(sc)
            if it == "draw": history.append(sc)
            if it == "undo":
                if len(history) < 2: errs.append(f"{tw}: undo with nothing to undo")
                else:
                    history.pop()
                    if sc != history[-1]: errs.append(f"{tw}: undo must restore the previous scene")
            cur = sc
    for lg, n in WANT.items():
        if langs[lg] != n: errs.append(f"lang {lg}: {langs[lg]} dialogues, want {n}")
    print(f"{len(lines)} dialogues; per lang: {dict(langs)}")
    print(f"intents: {dict(intents)}; edits among later turns: {intents['edit']}/{later_turns} = {intents['edit']/max(later_turns,1):.0%}")
    print(f"distinct classes: {len(classes)}")
    if errs:
        print(f"{len(errs)} ERRORS"); [print("  " + e) for e in errs[:200]]; return 1
    print("OK: no errors"); return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-17/shapes.jsonl"))
