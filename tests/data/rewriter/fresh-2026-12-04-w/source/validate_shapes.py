#!/usr/bin/env python3
"""Checker for shapes.jsonl (standard library only)."""
import json, re, sys, collections
COL = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SHP = {"circle", "square", "triangle", "star"}
SZ = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INT = {"draw", "edit", "chat", "undo", "ask"}
path = sys.argv[1] if len(sys.argv) > 1 else "shapes.jsonl"
errs, warns = [], []
ids = set(); langs = collections.Counter(); intents = collections.Counter(); later = collections.Counter()
nturns = collections.Counter()
def E(i, m): errs.append("line %d: %s" % (i, m))
def W(i, m): warns.append("line %d: %s" % (i, m))
with open(path, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            d = json.loads(line)
        except Exception as e:
            E(ln, "bad json %s" % e); continue
        for k in ("id", "lang", "classes", "turns"):
            if k not in d: E(ln, "missing " + k)
        if set(d) - {"id", "lang", "classes", "turns"}: E(ln, "extra keys %s" % (set(d) - {"id","lang","classes","turns"}))
        did, lang = d.get("id"), d.get("lang")
        if did in ids: E(ln, "duplicate id " + str(did))
        ids.add(did)
        if lang not in ("en", "zh", "mixed"): E(ln, "bad lang")
        if not re.fullmatch(r"fresh23-shapes-%s-\d{3}" % re.escape(str(lang)), str(did)): E(ln, "bad id " + str(did))
        langs[lang] += 1
        cl = d.get("classes")
        if not isinstance(cl, list) or not cl or not all(isinstance(c, str) and c for c in cl): E(ln, "bad classes")
        turns = d.get("turns", [])
        if not isinstance(turns, list) or not 2 <= len(turns) <= 5: E(ln, "need 2-5 turns"); continue
        nturns[len(turns)] += 1
        hist = []
        for t, tu in enumerate(turns):
            if set(tu) != {"message", "intent", "expected"}: E(ln, "turn %d keys %s" % (t, sorted(tu)))
            msg, it, ex = tu.get("message"), tu.get("intent"), tu.get("expected")
            if not isinstance(msg, str) or not msg.strip(): E(ln, "turn %d empty message" % t)
            if it not in INT: E(ln, "turn %d bad intent %r" % (t, it))
            intents[it] += 1
            if t: later[it] += 1
            if t == 0 and it != "draw": E(ln, "first turn must be draw")
            if not isinstance(ex, dict) or set(ex) != {"background", "objects"}: E(ln, "turn %d bad expected" % t); hist.append(None); continue
            bg, objs = ex["background"], ex["objects"]
            if bg not in COL: E(ln, "turn %d bad background %r" % (t, bg))
            if not isinstance(objs, list) or not 1 <= len(objs) <= 3: E(ln, "turn %d needs 1-3 objects" % t); objs = []
            cells = set()
            for o in objs:
                if not (isinstance(o, list) and len(o) == 4): E(ln, "turn %d bad object %r" % (t, o)); continue
                s, c, z, p = o
                if s not in SHP: E(ln, "turn %d bad shape %r" % (t, s))
                if c not in COL: E(ln, "turn %d bad colour %r" % (t, c))
                if z not in SZ: E(ln, "turn %d bad size %r" % (t, z))
                if p not in POS: E(ln, "turn %d bad position %r" % (t, p))
                if p in cells: E(ln, "turn %d two objects in cell %s" % (t, p))
                cells.add(p)
                if c == bg: E(ln, "turn %d object colour %s equals background" % (t, c))
            prev = hist[-1] if hist else None
            if it in ("chat", "ask") and t and ex != prev: E(ln, "turn %d %s must keep the scene" % (t, it))
            if it == "undo":
                if t < 2: E(ln, "turn %d undo needs two earlier turns" % t)
                elif ex != hist[-2]: E(ln, "turn %d undo must restore the scene before the previous turn" % t)
                if t and turns[t-1].get("intent") in ("chat", "ask", "undo"): W(ln, "turn %d undo right after %s" % (t, turns[t-1].get("intent")))
            if it == "edit" and t and ex == prev: W(ln, "turn %d edit that changes nothing" % t)
            if it == "draw" and t and ex == prev: W(ln, "turn %d draw identical to previous scene" % t)
            hist.append(ex)
for e in errs: print("ERROR", e)
for w in warns: print("WARN", w)
print("dialogues:", sum(langs.values()), dict(langs))
print("turn counts:", dict(sorted(nturns.items())))
print("intents (all turns):", dict(intents))
lt = sum(later.values())
print("intents after first turn:", dict(later), "edit share %.2f" % (later["edit"] / lt if lt else 0))
print("errors:", len(errs), "warnings:", len(warns))
sys.exit(1 if errs else 0)
