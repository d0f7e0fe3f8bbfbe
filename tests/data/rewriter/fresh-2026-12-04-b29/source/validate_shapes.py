#!/usr/bin/env python3
"""Checker for /work/fresh-29/shapes.jsonl (standard library only)."""
import json, re, sys, collections
PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-29/shapes.jsonl"
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "ask", "undo"}
WANT = {"en": 50, "zh": 50, "mixed": 50}
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{2,}")
errors, warnings = [], []
ids = set(); per_lang = collections.Counter(); intents = collections.Counter()
msgs = collections.Counter(); later = 0
def err(where, m): errors.append("%s: %s" % (where, m))
with open(PATH, encoding="utf-8") as f:
    lines = f.read().splitlines()
for n, line in enumerate(lines, 1):
    w = "line %d" % n
    try:
        d = json.loads(line)
    except Exception as e:
        err(w, "bad JSON %s" % e); continue
    for k in ("id", "lang", "classes", "turns"):
        if k not in d: err(w, "missing " + k)
    if set(d) - {"id", "lang", "classes", "turns"}: err(w, "extra keys %s" % (set(d) - {"id", "lang", "classes", "turns"}))
    i = d.get("id"); w = "%s (%s)" % (w, i)
    if i in ids: err(w, "duplicate id")
    ids.add(i)
    lang = d.get("lang")
    if lang not in WANT: err(w, "bad lang"); continue
    per_lang[lang] += 1
    if not re.fullmatch(r"fresh29-shapes-%s-\d{3}" % lang, str(i)): err(w, "id does not match lang/pattern")
    if not isinstance(d.get("classes"), list) or not d["classes"] or not all(isinstance(c, str) and c for c in d["classes"]):
        err(w, "classes must be a non-empty list of strings")
    turns = d.get("turns") or []
    if not (2 <= len(turns) <= 5): err(w, "needs 2-5 turns, has %d" % len(turns))
    scenes = []
    for t_i, t in enumerate(turns):
        tw = "%s turn %d" % (w, t_i + 1)
        if set(t) != {"message", "intent", "expected"}: err(tw, "keys %s" % sorted(t)); continue
        m, it, ex = t["message"], t["intent"], t["expected"]
        if not isinstance(m, str) or not m.strip(): err(tw, "empty message")
        msgs[m.strip().lower()] += 1
        if it not in INTENTS: err(tw, "bad intent %r" % it)
        intents[(lang, it)] += 1
        if t_i == 0 and it != "draw": err(tw, "first turn should be draw")
        if t_i > 0:
            later += 1
        # language of the message
        if lang == "en" and CJK.search(m): err(tw, "CJK in en message")
        if lang == "zh" and not CJK.search(m): err(tw, "no Chinese in zh message")
        # scene rules
        if not isinstance(ex, dict) or set(ex) != {"background", "objects"}: err(tw, "expected must have background+objects"); scenes.append(None); continue
        bg, objs = ex["background"], ex["objects"]
        if bg not in COLOURS: err(tw, "bad background %r" % bg)
        if not isinstance(objs, list) or not (1 <= len(objs) <= 3): err(tw, "needs 1-3 objects"); scenes.append(None); continue
        cells = set()
        for o in objs:
            if not (isinstance(o, list) and len(o) == 4): err(tw, "object must be [shape,colour,size,pos]: %r" % (o,)); continue
            s, c, z, p = o
            if s not in SHAPES: err(tw, "bad shape %r" % s)
            if c not in COLOURS: err(tw, "bad colour %r" % c)
            if z not in SIZES: err(tw, "bad size %r" % z)
            if p not in POS: err(tw, "bad position %r" % p)
            if c == bg: err(tw, "object colour equals background (%s)" % c)
            if p in cells: err(tw, "two objects in cell %s" % p)
            cells.add(p)
        prev = scenes[-1] if scenes else None
        if it in ("chat", "ask") and prev is not None and ex != prev: err(tw, "%s must keep the scene" % it)
        if it == "undo":
            if len(scenes) < 2: err(tw, "undo needs two earlier turns")
            elif ex != scenes[-2]: err(tw, "undo must restore the scene before the previous turn")
            elif scenes[-1] == scenes[-2]: warnings.append("%s: undo after a turn that changed nothing" % tw)
        if it == "edit" and prev is not None and ex == prev: err(tw, "edit changes nothing")
        if it == "draw" and prev is not None and ex == prev: warnings.append("%s: draw repeats scene" % tw)
        # objects keep first-introduction order: surviving objects keep relative order (checked loosely via count)
        scenes.append(ex)
    if lang == "mixed":
        alltext = " ".join(t.get("message", "") for t in turns)
        if not (CJK.search(alltext) and LATIN.search(alltext)): err(w, "mixed dialogue lacks one of the two scripts")
for lang, n in WANT.items():
    if per_lang[lang] != n: err("file", "%s has %d dialogues, want %d" % (lang, per_lang[lang], n))
for lang in WANT:
    for it in INTENTS:
        if intents[(lang, it)] == 0: err("file", "%s never uses intent %s" % (lang, it))
dups = [m for m, k in msgs.items() if k > 1 and len(m) > 12]
for m in dups: warnings.append("repeated message: %r" % m)
print("dialogues per lang:", dict(per_lang), "total", sum(per_lang.values()))
for lang in WANT:
    tot = sum(intents[(lang, i)] for i in INTENTS)
    after = tot - per_lang[lang]
    row = {i: intents[(lang, i)] for i in sorted(INTENTS)}
    print("%-5s turns=%d intents=%s edits-after-first=%.0f%%" % (lang, tot, row, 100.0 * row["edit"] / max(after, 1)))
for x in warnings: print("WARN", x)
for x in errors: print("ERROR", x)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
