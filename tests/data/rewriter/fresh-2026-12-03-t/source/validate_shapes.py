#!/usr/bin/env python3
"""Checker for /work/fresh-20/shapes.jsonl (standard library only).

Checks: every line parses; required fields; ids unique and well-formed; language counts
(50 en / 50 zh / 50 mixed); 2-5 turns; intents valid; first turn is a draw; every scene
follows the shapes world (1-3 objects, vocabulary, one object per cell, object colour
differs from background); chat/ask keep the scene; undo restores the scene before the
previous turn (and follows a draw/edit); edit changes the scene; zh messages contain CJK,
mixed messages contain both CJK and Latin letters somewhere in the dialogue.
"""
import json, re, sys
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-20/shapes.jsonl"
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")

errors = []
def err(where, msg):
    errors.append("%s: %s" % (where, msg))

def scene_ok(where, s):
    if not isinstance(s, dict) or set(s) != {"background", "objects"}:
        err(where, "expected must have exactly background and objects"); return False
    bg, objs = s["background"], s["objects"]
    ok = True
    if bg not in COLOURS:
        err(where, "bad background %r" % bg); ok = False
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        err(where, "need 1-3 objects"); return False
    cells = set()
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            err(where, "object must be [shape, colour, size, position]: %r" % (o,)); ok = False; continue
        sh, co, si, po = o
        if sh not in SHAPES: err(where, "bad shape %r" % sh); ok = False
        if co not in COLOURS: err(where, "bad colour %r" % co); ok = False
        if si not in SIZES: err(where, "bad size %r" % si); ok = False
        if po not in POS: err(where, "bad position %r" % po); ok = False
        if co == bg: err(where, "object colour equals background %r" % co); ok = False
        if po in cells: err(where, "two objects in cell %r" % po); ok = False
        cells.add(po)
    return ok

ids = set()
langs = Counter()
intents = Counter()
intents_by_lang = Counter()
classes = Counter()
nturns = Counter()
lines = open(PATH, encoding="utf-8").read().splitlines()
for ln, line in enumerate(lines, 1):
    where = "line %d" % ln
    try:
        d = json.loads(line)
    except Exception as e:
        err(where, "json: %s" % e); continue
    for k in ("id", "lang", "classes", "turns"):
        if k not in d: err(where, "missing %s" % k)
    if set(d) - {"id", "lang", "classes", "turns"}:
        err(where, "extra keys %r" % (set(d) - {"id", "lang", "classes", "turns"}))
    did, lang = d.get("id"), d.get("lang")
    where = "%s (%s)" % (where, did)
    if lang not in ("en", "zh", "mixed"): err(where, "bad lang %r" % lang)
    if not re.fullmatch(r"fresh20-shapes-(en|zh|mixed)-\d{3}", str(did)) or not str(did).split("-")[2] == lang:
        err(where, "bad id")
    if did in ids: err(where, "duplicate id")
    ids.add(did)
    langs[lang] += 1
    cl = d.get("classes")
    if not (isinstance(cl, list) and cl and all(isinstance(c, str) and c for c in cl)):
        err(where, "classes must be a non-empty list of strings")
    else:
        classes.update(cl)
    turns = d.get("turns") or []
    if not 2 <= len(turns) <= 5: err(where, "need 2-5 turns, got %d" % len(turns))
    nturns[len(turns)] += 1
    scenes = []
    alltext = ""
    for i, t in enumerate(turns):
        w = "%s turn %d" % (where, i + 1)
        if set(t) != {"message", "intent", "expected"}:
            err(w, "turn keys %r" % sorted(t)); scenes.append(None); continue
        msg, it, ex = t["message"], t["intent"], t["expected"]
        alltext += msg
        if not isinstance(msg, str) or not msg.strip(): err(w, "empty message")
        if it not in INTENTS: err(w, "bad intent %r" % it)
        intents[it] += 1; intents_by_lang[(lang, it)] += 1
        scene_ok(w, ex)
        if lang == "zh" and not CJK.search(msg): err(w, "zh message without Chinese")
        if lang == "en" and CJK.search(msg): err(w, "en message with Chinese")
        if i == 0 and it != "draw": err(w, "first turn must be draw")
        prev = scenes[-1] if scenes else None
        if it in ("chat", "ask") and ex != prev: err(w, "%s must keep the scene" % it)
        if it == "edit" and ex == prev: err(w, "edit does not change the scene")
        if it == "undo":
            if i < 2: err(w, "undo needs a scene before the previous turn")
            elif turns[i - 1]["intent"] not in ("draw", "edit"): err(w, "undo should follow a draw/edit")
            elif ex != scenes[i - 2]: err(w, "undo must restore the scene before the previous turn")
        scenes.append(ex)
    if lang == "mixed" and not (CJK.search(alltext) and LATIN.search(alltext)):
        err(where, "mixed dialogue should mix Chinese and English")

print("dialogues:", len(lines), dict(langs))
print("turns per dialogue:", dict(sorted(nturns.items())))
print("intents (all turns):", dict(intents))
later = sum(intents.values()) - len(lines)
print("turns after first: %d, edits among them: %d (%.0f%%)" % (later, intents["edit"], 100.0 * intents["edit"] / max(later, 1)))
for lg in ("en", "zh", "mixed"):
    print("  %s:" % lg, {k: intents_by_lang[(lg, k)] for k in ("draw", "edit", "chat", "undo", "ask")})
print("classes:", len(classes), "distinct")
if langs != Counter({"en": 50, "zh": 50, "mixed": 50}):
    err("file", "expected 50/50/50 dialogues, got %r" % dict(langs))
if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors: print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
