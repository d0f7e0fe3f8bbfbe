#!/usr/bin/env python3
"""Standard-library validator for /work/fresh-14/shapes.jsonl (shapes-world dialogues).

Checks: every line parses; required fields and types; id format/uniqueness and lang match;
2-5 turns; intents valid; expected scenes use the world's vocabulary and rules
(1-3 objects, one per cell, object colour != background); chat/ask keep the scene;
undo restores the scene before the previous turn; edit changes the scene; first turn is draw;
language of messages fits the lang label. Prints counts and intent statistics.
"""
import json, re, sys
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-14/shapes.jsonl"
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
LANGS = {"en", "zh", "mixed"}
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{2,}")

errors = []
langs = Counter()
intents = Counter()
later_turns = 0
ids = set()


def err(where, msg):
    errors.append(f"{where}: {msg}")


def check_scene(where, sc):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        err(where, f"expected must have exactly background and objects: {sc!r}")
        return False
    bg, objs = sc["background"], sc["objects"]
    ok = True
    if bg not in COLOURS:
        err(where, f"bad background {bg!r}"); ok = False
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        err(where, f"need 1-3 objects, got {objs!r}"); return False
    cells = []
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            err(where, f"object must be [shape, colour, size, position]: {o!r}"); ok = False; continue
        s, c, z, p = o
        if s not in SHAPES: err(where, f"bad shape {s!r}"); ok = False
        if c not in COLOURS: err(where, f"bad colour {c!r}"); ok = False
        if z not in SIZES: err(where, f"bad size {z!r}"); ok = False
        if p not in POS: err(where, f"bad position {p!r}"); ok = False
        if c == bg: err(where, f"object colour equals background {c!r}"); ok = False
        cells.append(p)
    if len(set(cells)) != len(cells):
        err(where, f"two objects share a cell: {cells}"); ok = False
    return ok


with open(PATH, encoding="utf-8") as f:
    lines = f.read().splitlines()

for ln, line in enumerate(lines, 1):
    where = f"line {ln}"
    if not line.strip():
        err(where, "blank line"); continue
    try:
        d = json.loads(line)
    except json.JSONDecodeError as e:
        err(where, f"JSON: {e}"); continue
    if not isinstance(d, dict) or set(d) != {"id", "lang", "classes", "turns"}:
        err(where, f"top-level keys must be id, lang, classes, turns: {sorted(d) if isinstance(d, dict) else d!r}"); continue
    did, lang = d["id"], d["lang"]
    where = f"line {ln} ({did})"
    if lang not in LANGS:
        err(where, f"bad lang {lang!r}")
    m = re.fullmatch(r"fresh14-shapes-(en|zh|mixed)-(\d{3})", str(did))
    if not m or m.group(1) != lang:
        err(where, "id format fresh14-shapes-<lang>-NNN with matching lang")
    if did in ids:
        err(where, "duplicate id")
    ids.add(did)
    langs[lang] += 1
    cl = d["classes"]
    if not (isinstance(cl, list) and cl and all(isinstance(c, str) and c for c in cl)):
        err(where, "classes must be a non-empty list of strings")
    turns = d["turns"]
    if not isinstance(turns, list) or not 2 <= len(turns) <= 5:
        err(where, "need 2-5 turns"); continue
    scenes = []
    for k, t in enumerate(turns):
        tw = f"{where} turn {k + 1}"
        if not isinstance(t, dict) or set(t) != {"message", "intent", "expected"}:
            err(tw, "turn keys must be message, intent, expected"); scenes.append(None); continue
        msg, it, sc = t["message"], t["intent"], t["expected"]
        if not isinstance(msg, str) or not msg.strip():
            err(tw, "empty message")
        else:
            has_cjk, has_lat = bool(CJK.search(msg)), bool(LATIN.search(msg))
            if lang == "en" and has_cjk: err(tw, "Chinese characters in an en dialogue")
            if lang == "zh" and has_lat: err(tw, "Latin words in a zh dialogue")
        if it not in INTENTS:
            err(tw, f"bad intent {it!r}")
        intents[it] += 1
        if k > 0:
            later_turns += 1
        if k == 0 and it != "draw":
            err(tw, "first turn should be draw")
        check_scene(tw, sc)
        prev = scenes[k - 1] if k > 0 else None
        if it in ("chat", "ask") and k > 0 and sc != prev:
            err(tw, f"{it} must keep the scene")
        if it == "edit" and k > 0 and sc == prev:
            err(tw, "edit leaves the scene unchanged")
        if it == "undo":
            if k < 2:
                err(tw, "undo needs a scene before the previous turn")
            elif sc != scenes[k - 2]:
                err(tw, "undo must restore the scene before the previous turn")
        scenes.append(sc)
    if lang == "mixed":
        allm = " ".join(t.get("message", "") for t in turns if isinstance(t, dict))
        if not (CJK.search(allm) and LATIN.search(allm)):
            err(where, "mixed dialogue should mix Chinese and English")

print(f"file: {PATH}")
print(f"dialogues: {len(lines)}  by lang: {dict(sorted(langs.items()))}")
print(f"intents (all turns): {dict(sorted(intents.items()))}")
later_edits = intents["edit"]
print(f"turns after the first: {later_turns}, edits among them: {later_edits} ({100 * later_edits / max(1, later_turns):.0f}%)")
if errors:
    print(f"ERRORS: {len(errors)}")
    for e in errors[:200]:
        print("  " + e)
    sys.exit(1)
print("OK: no errors")
