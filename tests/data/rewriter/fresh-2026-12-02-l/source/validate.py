#!/usr/bin/env python3
"""Checker for fresh12 batch (standard library only)."""
import json, re, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
LANGS = {"en", "zh", "mixed"}
errors, warns = [], []
ids = set()
def err(where, msg): errors.append("%s: %s" % (where, msg))
def cjk(s): return bool(re.search(r"[\u4e00-\u9fff]", s))

def check_scene(where, sc):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        return err(where, "expected must have exactly background and objects")
    bg, objs = sc["background"], sc["objects"]
    if bg not in COLOURS: err(where, "bad background %r" % bg)
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        return err(where, "need 1-3 objects, got %r" % (objs,))
    cells = set()
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            err(where, "object must be [shape, colour, size, position]: %r" % (o,)); continue
        sh, co, si, po = o
        if sh not in SHAPES: err(where, "bad shape %r" % sh)
        if co not in COLOURS: err(where, "bad colour %r" % co)
        if si not in SIZES: err(where, "bad size %r" % si)
        if po not in POS: err(where, "bad position %r" % po)
        if co == bg: err(where, "object colour equals background %r" % co)
        if po in cells: err(where, "two objects in cell %r" % po)
        cells.add(po)

def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip(): err("%s:%d" % (name, n), "blank line"); continue
            try: rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e: err("%s:%d" % (name, n), "bad JSON: %s" % e)
    return rows

def common(name, n, r, kind, tmin, tmax):
    where = "%s:%d" % (name, n)
    for k in ("id", "lang", "turns"):
        if k not in r: err(where, "missing %s" % k)
    rid = r.get("id", "?")
    if rid in ids: err(where, "duplicate id %s" % rid)
    ids.add(rid)
    lang = r.get("lang")
    if lang not in LANGS: err(where, "bad lang %r" % lang)
    if not re.fullmatch(r"fresh12-%s-%s-\d{3}" % (kind, lang), str(rid)): err(where, "id %r does not match lang/kind" % rid)
    turns = r.get("turns", [])
    if not isinstance(turns, list) or not tmin <= len(turns) <= tmax:
        err(where, "need %d-%d turns, got %d" % (tmin, tmax, len(turns) if isinstance(turns, list) else -1))
        return rid, lang, []
    for i, t in enumerate(turns):
        w = "%s turn %d" % (rid, i + 1)
        if not isinstance(t.get("message"), str) or not t["message"].strip(): err(w, "empty message")
        if t.get("intent") not in INTENTS: err(w, "bad intent %r" % t.get("intent"))
        if i == 0 and t.get("intent") != "draw": err(w, "first turn should be draw")
        if i > 0 and t.get("intent") == "undo" and turns[i - 1].get("intent") not in ("draw", "edit"):
            err(w, "undo right after a %s turn is ambiguous (nothing was just changed)" % turns[i - 1].get("intent"))
    msgs = " ".join(t.get("message", "") for t in turns)
    if lang == "zh" and not cjk(msgs): err(rid, "zh dialogue without Chinese")
    if lang == "en" and cjk(msgs): err(rid, "en dialogue contains Chinese")
    if lang == "mixed" and not (cjk(msgs) and re.search(r"[A-Za-z]{3,}", msgs)): err(rid, "mixed dialogue is not mixed")
    return rid, lang, turns

def report(name, rows_stats):
    langs, intents, after_first, edits = rows_stats
    print("%s: %d dialogues %s" % (name, sum(langs.values()), dict(sorted(langs.items()))))
    print("  intents %s; turns after first: %d, edits %d (%.0f%%)" % (dict(sorted(intents.items())), after_first, edits, 100.0 * edits / max(after_first, 1)))

def shapes():
    name = "shapes.jsonl"
    langs, intents = Counter(), Counter(); af = ed = 0
    for n, r in load(name):
        rid, lang, turns = common(name, n, r, "shapes", 2, 5)
        if "classes" not in r or not isinstance(r["classes"], list) or not r["classes"]: err(rid, "missing classes")
        langs[lang] += 1
        hist = []
        for i, t in enumerate(turns):
            w = "%s turn %d" % (rid, i + 1)
            intents[t.get("intent")] += 1
            if i: af += 1; ed += t.get("intent") == "edit"
            sc = t.get("expected")
            if sc is None: err(w, "missing expected"); hist.append(None); continue
            check_scene(w, sc)
            it = t.get("intent")
            if it in ("chat", "ask") and hist and sc != hist[-1]: err(w, "%s must keep the scene" % it)
            if it == "undo":
                if len(hist) < 2: err(w, "undo needs two earlier scenes")
                elif sc != hist[-2]: err(w, "undo must restore the scene before the previous turn")
            if it == "edit" and hist and sc == hist[-1]: err(w, "edit leaves the scene unchanged")
            hist.append(sc)
    report(name, (langs, intents, af, ed))
    return langs

def designer():
    name = "designer.jsonl"
    langs, intents = Counter(), Counter(); af = ed = 0
    for n, r in load(name):
        rid, lang, turns = common(name, n, r, "designer", 2, 4)
        langs[lang] += 1
        for i, t in enumerate(turns):
            w = "%s turn %d" % (rid, i + 1)
            intents[t.get("intent")] += 1
            if i: af += 1; ed += t.get("intent") == "edit"
            mc, mn = t.get("must_contain"), t.get("must_not_contain")
            if not isinstance(mc, list) or not mc: err(w, "must_contain must be a non-empty list")
            if not isinstance(mn, list): err(w, "must_not_contain must be a list")
            mc, mn = mc or [], mn or []
            low_mc = [p.lower() for p in mc]
            for p in mc + mn:
                if not isinstance(p, str) or not p.strip(): err(w, "empty phrase"); continue
                if cjk(p) and not re.search(r"[A-Za-z]", p):
                    if not 2 <= len(p) <= 8: err(w, "Chinese phrase %r not 2-8 chars" % p)
                elif len(p.split()) > 5: err(w, "phrase %r longer than 5 words" % p)
            for p in mn:
                for q in low_mc:
                    if p.lower() in q: err(w, "must_not %r is inside must %r" % (p, q))
            if i == 0:
                msg = t.get("message", "").lower()
                for p in mc:
                    if p.lower() not in msg: err(w, "first-turn phrase %r not in the user's words" % p)
                words = len(re.findall(r"[A-Za-z0-9'&-]+", msg)) + len(re.findall(r"[\u4e00-\u9fff]", msg)) // 2
                if not 2 <= words <= 70: warns.append("%s: first prompt length %d" % (w, words))
    report(name, (langs, intents, af, ed))
    return langs

s = shapes(); d = designer()
want_s = {"en": 30, "zh": 30, "mixed": 30}; want_d = {"en": 50, "zh": 50, "mixed": 20}
if dict(s) != want_s: err("shapes.jsonl", "counts %s, want %s" % (dict(s), want_s))
if dict(d) != want_d: err("designer.jsonl", "counts %s, want %s" % (dict(d), want_d))
for w in warns: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
