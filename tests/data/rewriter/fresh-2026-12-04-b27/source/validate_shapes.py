#!/usr/bin/env python3
"""Checker for /work/fresh-27/shapes.jsonl (standard library only).
Usage: python3 validate_shapes.py [path]   -> exit 0 when no errors."""
import json, re, sys, collections

COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SHAPES = {"circle", "square", "triangle", "star"}
SIZES = {"small", "large"}
POSITIONS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
LANGS = {"en": 50, "zh": 50, "mixed": 50}
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")

def check_scene(sc, where, errs):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        errs.append(f"{where}: expected must have exactly background and objects"); return False
    bg, objs = sc["background"], sc["objects"]
    ok = True
    if bg not in COLOURS:
        errs.append(f"{where}: bad background {bg!r}"); ok = False
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        errs.append(f"{where}: need 1-3 objects, got {objs!r}"); return False
    cells = set()
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            errs.append(f"{where}: object must be [shape, colour, size, position]: {o!r}"); ok = False; continue
        shp, col, sz, pos = o
        if shp not in SHAPES: errs.append(f"{where}: bad shape {shp!r}"); ok = False
        if col not in COLOURS: errs.append(f"{where}: bad colour {col!r}"); ok = False
        if sz not in SIZES: errs.append(f"{where}: bad size {sz!r}"); ok = False
        if pos not in POSITIONS: errs.append(f"{where}: bad position {pos!r}"); ok = False
        if col == bg: errs.append(f"{where}: object colour equals background {col}"); ok = False
        if pos in cells: errs.append(f"{where}: two objects in cell {pos}"); ok = False
        cells.add(pos)
    return ok

def main(path):
    errs, warns = [], []
    ids = set()
    per_lang = collections.Counter()
    intents = collections.Counter()
    classes = collections.Counter()
    later_turns = 0
    first_msgs = collections.Counter()
    n_turns = collections.Counter()
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for ln, line in enumerate(lines, 1):
        w = f"line {ln}"
        try:
            d = json.loads(line)
        except Exception as e:
            errs.append(f"{w}: not JSON ({e})"); continue
        if not isinstance(d, dict) or set(d) != {"id", "lang", "classes", "turns"}:
            errs.append(f"{w}: keys must be id, lang, classes, turns; got {sorted(d) if isinstance(d, dict) else type(d)}"); continue
        did, lang = d["id"], d["lang"]
        w = f"line {ln} ({did})"
        if lang not in LANGS: errs.append(f"{w}: bad lang {lang!r}")
        if not re.fullmatch(rf"fresh27-shapes-{re.escape(str(lang))}-\d{{3}}", str(did)):
            errs.append(f"{w}: id does not match fresh27-shapes-{lang}-NNN")
        if did in ids: errs.append(f"{w}: duplicate id")
        ids.add(did)
        per_lang[lang] += 1
        if not (isinstance(d["classes"], list) and d["classes"] and all(isinstance(c, str) and c for c in d["classes"])):
            errs.append(f"{w}: classes must be a non-empty list of strings")
        else:
            classes.update(d["classes"])
        turns = d["turns"]
        if not isinstance(turns, list) or not 2 <= len(turns) <= 5:
            errs.append(f"{w}: need 2-5 turns"); continue
        n_turns[len(turns)] += 1
        hist = []
        has_cjk = has_latin = False
        for ti, t in enumerate(turns):
            tw = f"{w} turn {ti + 1}"
            if not isinstance(t, dict) or set(t) != {"message", "intent", "expected"}:
                errs.append(f"{tw}: keys must be message, intent, expected"); hist.append(None); continue
            msg, intent, sc = t["message"], t["intent"], t["expected"]
            if not isinstance(msg, str) or not msg.strip(): errs.append(f"{tw}: empty message")
            else:
                has_cjk |= bool(CJK.search(msg)); has_latin |= bool(LATIN.search(msg))
                if lang == "en" and CJK.search(msg): errs.append(f"{tw}: Chinese characters in an en dialogue")
                if lang == "zh" and not CJK.search(msg): errs.append(f"{tw}: zh message without Chinese")
                if lang == "zh" and LATIN.search(msg): warns.append(f"{tw}: Latin letters in a zh message")
            if intent not in INTENTS: errs.append(f"{tw}: bad intent {intent!r}")
            intents[intent] += 1
            if ti > 0: later_turns += 1
            check_scene(sc, tw, errs)
            prev = hist[-1] if hist else None
            if ti == 0:
                if intent != "draw": errs.append(f"{tw}: first turn should be draw (no scene exists before it)")
                first_msgs[msg] += 1
            elif intent in ("chat", "ask"):
                if sc != prev: errs.append(f"{tw}: {intent} must keep the scene unchanged")
            elif intent == "undo":
                if ti < 2 and len(hist) < 2:
                    errs.append(f"{tw}: undo needs a scene before the previous turn")
                elif sc != hist[-2]:
                    errs.append(f"{tw}: undo must restore the scene before the previous turn")
                if turns[ti - 1].get("intent") == "undo":
                    warns.append(f"{tw}: undo right after undo (semantics unclear)")
            elif intent == "edit":
                if sc == prev: errs.append(f"{tw}: edit leaves the scene unchanged")
                elif isinstance(prev, dict) and isinstance(sc, dict):
                    # objects kept from the previous scene must stay in their relative order
                    pk = [tuple(o) for o in prev.get("objects", []) if isinstance(o, list)]
                    nk = [tuple(o) for o in sc.get("objects", []) if isinstance(o, list)]
                    kept = [o for o in nk if o in pk]
                    if kept != [o for o in pk if o in kept]:
                        errs.append(f"{tw}: unchanged objects were reordered")
            hist.append(sc)
        if lang == "mixed" and not (has_cjk and has_latin):
            errs.append(f"{w}: mixed dialogue lacks either Chinese or Latin text")
    for lang, n in LANGS.items():
        if per_lang[lang] != n: errs.append(f"lang {lang}: {per_lang[lang]} dialogues, want {n}")
    for m, c in first_msgs.items():
        if c > 1: warns.append(f"first message used {c} times: {m!r}")
    unused = INTENTS - set(intents)
    if unused: errs.append(f"intents never used: {sorted(unused)}")
    print(f"file: {path}")
    print(f"dialogues: {len(ids)}  per lang: {dict(per_lang)}")
    print(f"turn counts: {dict(sorted(n_turns.items()))}  total turns: {sum(intents.values())}")
    print(f"intents: {dict(intents)}")
    if later_turns:
        print(f"edits among turns after the first: {intents['edit']}/{later_turns} = {intents['edit'] / later_turns:.0%}")
    print(f"distinct classes: {len(classes)}; most common: {classes.most_common(8)}")
    for x in warns: print("WARN", x)
    for x in errs: print("ERROR", x)
    print(f"{len(errs)} errors, {len(warns)} warnings")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-27/shapes.jsonl"))
