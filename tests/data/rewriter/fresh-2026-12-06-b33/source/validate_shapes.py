#!/usr/bin/env python3
"""Checker for /work/fresh-33/shapes.jsonl (standard library only)."""
import json, re, sys, collections, os

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "shapes.jsonl")
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POSITIONS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 50, "zh": 50, "mixed": 50}
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{2,}")

errors = []
def err(where, msg): errors.append(f"{where}: {msg}")

def check_scene(where, sc):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        err(where, f"expected must have exactly background+objects: {sc!r}"); return False
    bg, objs = sc["background"], sc["objects"]
    ok = True
    if bg not in COLOURS: err(where, f"bad background {bg!r}"); ok = False
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        err(where, f"need 1-3 objects, got {objs!r}"); return False
    cells = set()
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            err(where, f"object must be [shape,colour,size,position]: {o!r}"); ok = False; continue
        s, c, z, p = o
        if s not in SHAPES: err(where, f"bad shape {s!r}"); ok = False
        if c not in COLOURS: err(where, f"bad colour {c!r}"); ok = False
        if z not in SIZES: err(where, f"bad size {z!r}"); ok = False
        if p not in POSITIONS: err(where, f"bad position {p!r}"); ok = False
        if p in cells: err(where, f"two objects in cell {p}"); ok = False
        cells.add(p)
        if c == bg: err(where, f"object colour {c} equals background"); ok = False
    return ok

ids = set()
langs = collections.Counter()
intents = collections.Counter()
classes = collections.Counter()
turn_counts = collections.Counter()
later_turns = 0
later_edits = 0
n = 0
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        where = f"line {ln}"
        if not line.strip():
            err(where, "blank line"); continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, f"JSON: {e}"); continue
        n += 1
        for k in ("id", "lang", "classes", "turns"):
            if k not in d: err(where, f"missing {k}")
        extra = set(d) - {"id", "lang", "classes", "turns"}
        if extra: err(where, f"unexpected fields {extra}")
        did, lang = d.get("id"), d.get("lang")
        where = f"line {ln} ({did})"
        if did in ids: err(where, "duplicate id")
        ids.add(did)
        if lang not in WANT: err(where, f"bad lang {lang!r}")
        langs[lang] += 1
        m = re.fullmatch(r"fresh33-shapes-(en|zh|mixed)-(\d{3})", str(did))
        if not m or m.group(1) != lang: err(where, "id does not match fresh33-shapes-<lang>-NNN")
        cl = d.get("classes")
        if not (isinstance(cl, list) and cl and all(isinstance(c, str) and c for c in cl)):
            err(where, "classes must be a non-empty list of strings")
        else:
            classes.update(cl)
        turns = d.get("turns")
        if not isinstance(turns, list) or not 2 <= len(turns) <= 5:
            err(where, f"need 2-5 turns"); continue
        turn_counts[len(turns)] += 1
        prev, history = None, []
        all_text = ""
        for ti, t in enumerate(turns):
            tw = f"{where} turn {ti+1}"
            if not isinstance(t, dict) or set(t) != {"message", "intent", "expected"}:
                err(tw, f"turn must have exactly message/intent/expected"); continue
            msg, it, sc = t["message"], t["intent"], t["expected"]
            if not isinstance(msg, str) or not msg.strip(): err(tw, "empty message")
            all_text += msg
            if it not in INTENTS: err(tw, f"bad intent {it!r}"); continue
            intents[it] += 1
            if ti > 0:
                later_turns += 1
                later_edits += it == "edit"
            if not check_scene(tw, sc): prev = sc; continue
            if ti == 0 and it != "draw": err(tw, "first turn must be draw")
            if it in ("chat", "ask"):
                if sc != prev: err(tw, f"{it} must keep the scene")
            elif it == "undo":
                if not history: err(tw, "undo with nothing to undo")
                elif sc != history[-1]: err(tw, f"undo should restore {history[-1]}, got {sc}")
                if history: history.pop()
            elif it == "edit":
                if prev is None: err(tw, "edit with no scene")
                elif sc == prev: err(tw, "edit changes nothing")
                else:
                    # introduction order: surviving objects keep their relative order,
                    # new objects only at the end
                    pass
                history.append(prev)
            elif it == "draw":
                history.append(prev)
            prev = sc
        # language sanity
        if lang == "en" and CJK.search(all_text): err(where, "en dialogue contains CJK")
        if lang == "zh" and LATIN.search(all_text): err(where, "zh dialogue contains Latin words")
        if lang == "mixed" and not (CJK.search(all_text) and LATIN.search(all_text)):
            err(where, "mixed dialogue should contain both Chinese and English")

for lang, want in WANT.items():
    if langs[lang] != want: err("counts", f"{lang}: {langs[lang]} dialogues, want {want}")

print(f"dialogues: {n}  by lang: {dict(langs)}")
print(f"turns per dialogue: {dict(sorted(turn_counts.items()))}")
print(f"intents: {dict(intents)}")
print(f"edits among turns after the first: {later_edits}/{later_turns} = {later_edits/max(later_turns,1):.0%}")
print(f"distinct classes: {len(classes)}; top: {classes.most_common(12)}")
if errors:
    print(f"{len(errors)} ERROR(S):")
    for e in errors: print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
