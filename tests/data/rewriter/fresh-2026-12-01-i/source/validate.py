#!/usr/bin/env python3
"""Checker for fresh-9 batch (standard library only)."""
import json, re, sys, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SHAPES = {"circle", "square", "triangle", "star"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
LANGS = {"en", "zh", "mixed"}
CJK = re.compile(r"[\u3400-\u9fff]")

errors, warnings = [], []
def err(where, msg): errors.append("%s: %s" % (where, msg))
def warn(where, msg): warnings.append("%s: %s" % (where, msg))

def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d" % (name, n), "blank line"); continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err("%s:%d" % (name, n), "bad JSON: %s" % e)
    return rows

def check_common(name, n, d, kind, ids, keys):
    w = "%s:%d" % (name, n)
    for k in keys:
        if k not in d: err(w, "missing field %r" % k)
    extra = set(d) - set(keys)
    if extra: err(w, "unexpected fields %s" % sorted(extra))
    i = d.get("id"); lang = d.get("lang")
    if lang not in LANGS: err(w, "bad lang %r" % lang)
    if not isinstance(i, str) or not re.fullmatch(r"fresh9-%s-(en|zh|mixed)-\d{3}" % kind, i or ""):
        err(w, "bad id %r" % i)
    elif i.split("-")[2] != lang: err(w, "id %s does not match lang %s" % (i, lang))
    if i in ids: err(w, "duplicate id %r" % i)
    ids.add(i)
    return w

def check_scene(w, sc):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        err(w, "expected must have exactly background and objects"); return None
    bg, objs = sc["background"], sc["objects"]
    if bg not in COLOURS: err(w, "bad background %r" % bg)
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        err(w, "need 1-3 objects, got %r" % (objs,)); return None
    cells = set()
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            err(w, "object must be [shape, colour, size, position]: %r" % (o,)); continue
        s, c, z, p = o
        if s not in SHAPES: err(w, "bad shape %r" % s)
        if c not in COLOURS: err(w, "bad colour %r" % c)
        if z not in SIZES: err(w, "bad size %r" % z)
        if p not in POS: err(w, "bad position %r" % p)
        if p in cells: err(w, "two objects share cell %r" % p)
        cells.add(p)
        if c == bg: err(w, "object colour %r equals background" % c)
    return sc

def check_shapes():
    rows = load("shapes.jsonl"); ids = set()
    langs = collections.Counter(); intents = collections.Counter(); later = collections.Counter()
    for n, d in rows:
        w = check_common("shapes.jsonl", n, d, "shapes", ids, ["id", "lang", "classes", "turns"])
        langs[d.get("lang")] += 1
        cl = d.get("classes")
        if not (isinstance(cl, list) and cl and all(isinstance(c, str) and c for c in cl)):
            err(w, "classes must be a non-empty list of strings")
        turns = d.get("turns") or []
        if not 2 <= len(turns) <= 5: err(w, "need 2-5 turns, got %d" % len(turns))
        hist = []; prev = None
        for t_i, t in enumerate(turns):
            tw = "%s turn %d" % (w, t_i + 1)
            if set(t) != {"message", "intent", "expected"}:
                err(tw, "turn fields must be message, intent, expected: %s" % sorted(t)); continue
            if not isinstance(t["message"], str) or not t["message"].strip(): err(tw, "empty message")
            it = t["intent"]
            if it not in INTENTS: err(tw, "bad intent %r" % it); continue
            intents[it] += 1
            if t_i: later[it] += 1
            if t_i == 0 and it != "draw": err(tw, "first turn must be draw")
            sc = check_scene(tw, t["expected"])
            if sc is None: continue
            if it in ("draw", "edit"):
                if it == "edit" and sc == prev: warn(tw, "edit leaves the scene unchanged")
                hist.append(sc)
            elif it in ("chat", "ask"):
                if sc != prev: err(tw, "%s must keep the scene" % it)
            elif it == "undo":
                if len(hist) < 2: err(tw, "undo with nothing to go back to")
                else:
                    hist.pop()
                    if sc != hist[-1]: err(tw, "undo must restore the scene before the last change")
            prev = sc
    return len(rows), langs, intents, later

def wordcount(s):
    return len(CJK.findall(s)) + len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'\-]*", s))

def check_designer():
    rows = load("designer.jsonl"); ids = set()
    langs = collections.Counter(); intents = collections.Counter(); later = collections.Counter()
    for n, d in rows:
        w = check_common("designer.jsonl", n, d, "designer", ids, ["id", "lang", "turns"])
        langs[d.get("lang")] += 1
        turns = d.get("turns") or []
        if not 2 <= len(turns) <= 4: err(w, "need 2-4 turns, got %d" % len(turns))
        for t_i, t in enumerate(turns):
            tw = "%s turn %d" % (w, t_i + 1)
            if set(t) != {"message", "intent", "must_contain", "must_not_contain"}:
                err(tw, "turn fields wrong: %s" % sorted(t)); continue
            msg, it, mc, mnc = t["message"], t["intent"], t["must_contain"], t["must_not_contain"]
            if not isinstance(msg, str) or not msg.strip(): err(tw, "empty message")
            if it not in INTENTS: err(tw, "bad intent %r" % it); continue
            intents[it] += 1
            if t_i: later[it] += 1
            if t_i == 0 and it != "draw": err(tw, "first turn must be draw")
            if not (isinstance(mc, list) and mc and all(isinstance(p, str) and p.strip() for p in mc)):
                err(tw, "must_contain must be a non-empty list of strings"); continue
            if not (isinstance(mnc, list) and all(isinstance(p, str) and p.strip() for p in mnc)):
                err(tw, "must_not_contain must be a list of strings"); continue
            for p in mc:
                for q in mnc:
                    if q.lower() in p.lower():
                        err(tw, "must_contain %r contains must_not_contain %r" % (p, q))
                if CJK.search(p):
                    # Chinese characters count one each, Latin words one each
                    units = len(CJK.findall(p)) + len(re.findall(r"[A-Za-z0-9]+", p))
                    if not 2 <= units <= 8:
                        warn(tw, "phrase length %r" % p)
                else:
                    nw = len(p.split())
                    if nw > 5: warn(tw, "phrase longer than 5 words %r" % p)
            if t_i == 0:
                low = msg.lower()
                for p in mc:
                    if p.lower() not in low: err(tw, "first-turn must_contain %r not in the user's words" % p)
                for q in mnc:
                    if q.lower() not in low: warn(tw, "first-turn must_not_contain %r not in message" % q)
                wc = wordcount(msg)
                lim = (8, 60) if d.get("lang") == "en" else (8, 90)
                if not lim[0] <= wc <= lim[1]: warn(tw, "first turn length %d words/chars" % wc)
    return len(rows), langs, intents, later

def report(name, res, want):
    total, langs, intents, later = res
    print("%s: %d dialogues, by lang %s" % (name, total, dict(sorted(langs.items()))))
    print("  intents (all turns): %s" % dict(sorted(intents.items())))
    nl = sum(later.values())
    print("  turns after the first: %d, edits %d (%.0f%%)" % (nl, later["edit"], 100.0 * later["edit"] / max(nl, 1)))
    for lang, k in want.items():
        if langs[lang] != k: err(name, "want %d %s dialogues, have %d" % (k, lang, langs[lang]))
    missing = INTENTS - set(k for k, v in intents.items() if v)
    if missing: err(name, "intents never used: %s" % sorted(missing))

report("shapes.jsonl", check_shapes(), {"en": 30, "zh": 30, "mixed": 30})
report("designer.jsonl", check_designer(), {"en": 50, "zh": 50, "mixed": 20})
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else "FAILED: %d errors" % len(errors), "(%d warnings)" % len(warnings))
sys.exit(1 if errors else 0)
