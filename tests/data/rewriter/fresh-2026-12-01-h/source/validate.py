#!/usr/bin/env python3
"""Checker for fresh-8 batch (standard library only)."""
import json, sys, os, re
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
errors = []
warnings = []
def err(where, msg): errors.append("%s: %s" % (where, msg))

def load(name):
    rows = []
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d" % (name, i), "blank line"); continue
            try:
                rows.append((i, json.loads(line)))
            except Exception as e:
                err("%s:%d" % (name, i), "bad JSON: %s" % e)
    return rows

def same(a, b): return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)

def check_scene(where, sc):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        err(where, "expected must have exactly background+objects"); return
    bg = sc["background"]
    if bg not in COLOURS: err(where, "bad background %r" % bg)
    objs = sc["objects"]
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        err(where, "need 1-3 objects, got %r" % (objs,)); return
    cells = []
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            err(where, "object not [shape,colour,size,pos]: %r" % (o,)); continue
        s, c, z, p = o
        if s not in SHAPES: err(where, "bad shape %r" % s)
        if c not in COLOURS: err(where, "bad colour %r" % c)
        if z not in SIZES: err(where, "bad size %r" % z)
        if p not in POS: err(where, "bad position %r" % p)
        if c == bg: err(where, "object colour %s equals background" % c)
        cells.append(p)
    if len(set(cells)) != len(cells): err(where, "two objects share a cell %r" % cells)

def check_common(where, o, prefix, nturns, langs):
    for k in ("id", "lang", "turns"):
        if k not in o: err(where, "missing %s" % k)
    if o.get("lang") not in langs: err(where, "bad lang %r" % o.get("lang"))
    if not str(o.get("id", "")).startswith(prefix + o.get("lang", "?") + "-"):
        err(where, "id %r does not match lang" % o.get("id"))
    t = o.get("turns", [])
    if not isinstance(t, list) or not nturns[0] <= len(t) <= nturns[1]:
        err(where, "turn count %d outside %r" % (len(t) if isinstance(t, list) else -1, nturns))
        return []
    for j, tu in enumerate(t):
        w = "%s turn %d" % (where, j + 1)
        if not isinstance(tu.get("message"), str) or not tu["message"].strip(): err(w, "empty message")
        if tu.get("intent") not in INTENTS: err(w, "bad intent %r" % tu.get("intent"))
    if t and t[0].get("intent") != "draw": err(where, "first turn must be draw")
    return t

def check_shapes():
    rows = load("shapes.jsonl")
    ids, langs, intents = Counter(), Counter(), Counter()
    edits = later = 0
    for i, o in rows:
        where = "shapes.jsonl:%d %s" % (i, o.get("id"))
        ids[o.get("id")] += 1; langs[o.get("lang")] += 1
        if not isinstance(o.get("classes"), list) or not o["classes"] or not all(isinstance(c, str) for c in o["classes"]):
            err(where, "classes must be a non-empty list of strings")
        t = check_common(where, o, "fresh8-shapes-", (2, 5), {"en", "zh", "mixed"})
        hist = []
        for j, tu in enumerate(t):
            w = "%s turn %d" % (where, j + 1)
            intents[tu.get("intent")] += 1
            if j: later += 1; edits += tu.get("intent") == "edit"
            sc = tu.get("expected")
            check_scene(w, sc)
            it = tu.get("intent")
            if it in ("chat", "ask"):
                if hist and not same(sc, hist[-1]): err(w, "%s must keep the scene" % it)
            elif it == "undo":
                if len(hist) < 2: err(w, "undo with no earlier scene")
                else:
                    if not same(sc, hist[-2]): err(w, "undo must restore the scene before the previous turn")
                    hist.pop(); continue
            elif it == "edit":
                if hist and same(sc, hist[-1]): err(w, "edit leaves the scene unchanged")
            if it in ("draw", "edit"): hist.append(sc)
            elif not hist: err(w, "no scene yet")
    for k, v in ids.items():
        if v > 1: err("shapes.jsonl", "duplicate id %s" % k)
    print("shapes.jsonl: %d dialogues %s; intents %s; edits %d/%d later turns" % (
        len(rows), dict(langs), dict(intents), edits, later))
    return ids

def contains(prompt, phrase): return phrase.lower() in prompt.lower()

def check_designer():
    rows = load("designer.jsonl")
    ids, langs, intents = Counter(), Counter(), Counter()
    edits = later = 0
    for i, o in rows:
        where = "designer.jsonl:%d %s" % (i, o.get("id"))
        ids[o.get("id")] += 1; langs[o.get("lang")] += 1
        t = check_common(where, o, "fresh8-designer-", (2, 4), {"en", "zh", "mixed"})
        for j, tu in enumerate(t):
            w = "%s turn %d" % (where, j + 1)
            intents[tu.get("intent")] += 1
            if j: later += 1; edits += tu.get("intent") == "edit"
            mc, mn = tu.get("must_contain"), tu.get("must_not_contain")
            if not isinstance(mc, list) or not all(isinstance(x, str) and x.strip() for x in mc):
                err(w, "must_contain must be a list of non-empty strings")
                continue
            if not isinstance(mn, list) or not all(isinstance(x, str) and x.strip() for x in mn):
                err(w, "must_not_contain must be a list of non-empty strings"); continue
            if not mc: err(w, "must_contain is empty")
            for a in mc:
                for b in mn:
                    if contains(a, b): err(w, "must_contain %r includes must_not_contain %r" % (a, b))
            for a in mc:
                cjk = len(re.findall(r"[\u4e00-\u9fff]", a))
                words = len(re.findall(r"[A-Za-z0-9'’-]+", a))
                if cjk == 0 and not 1 <= words <= 6: err(w, "phrase length odd: %r" % a)
                if cjk and cjk > 12: err(w, "Chinese phrase too long: %r" % a)
            if tu.get("intent") == "edit" and len(mc) < 2:
                err(w, "edit should list the changed phrase and untouched ones")
            if j == 0:
                n = len(re.findall(r"[A-Za-z']+", tu["message"])) + len(re.findall(r"[\u4e00-\u9fff]", tu["message"])) // 2
                if n < 8: err(w, "first prompt seems shorter than 8 words (%d)" % n)
            if j == 0:
                for a in mc:
                    if not contains(tu["message"], a): err(w, "first-turn phrase %r is not the user's own words" % a)
                for b in mn:
                    if not contains(tu["message"], b): err(w, "first-turn must_not %r is not in the message (nothing to strip)" % b)
            elif tu.get("intent") in ("chat", "ask"):
                prev = t[j - 1]
                if mc != prev.get("must_contain") or mn != prev.get("must_not_contain"):
                    err(w, "%s must keep the previous prompt expectations" % tu.get("intent"))
            else:
                said = " ".join(x["message"] for x in t[:j + 1])
                for a in mc:
                    if not contains(said, a) and not any(contains(x["message"], a) for x in t[:j]):
                        # a word nobody typed: allowed only for cross-language edits or a minimal
                        # edit that joins the user's new word to the old phrase; listed for review
                        warnings.append("%s: %r is not literally typed (check it follows from a minimal edit)" % (w, a))
    for k, v in ids.items():
        if v > 1: err("designer.jsonl", "duplicate id %s" % k)
    print("designer.jsonl: %d dialogues %s; intents %s; edits %d/%d later turns" % (
        len(rows), dict(langs), dict(intents), edits, later))
    return ids

a = check_shapes()
b = check_designer() if os.path.exists(os.path.join(HERE, "designer.jsonl")) else Counter()
dup = set(a) & set(b)
if dup: err("both", "ids shared across files: %s" % sorted(dup))
if "-v" in sys.argv:
    for x in warnings: print("  review: " + x)
print("%d phrase(s) for human review (run with -v to list)" % len(warnings))
if errors:
    print("%d problem(s):" % len(errors))
    for e in errors: print("  " + e)
    sys.exit(1)
print("OK: no problems found")
