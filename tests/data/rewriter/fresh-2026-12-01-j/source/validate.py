#!/usr/bin/env python3
"""Checker for fresh-10 batch (standard library only).
Usage: python3 validate.py [dir]   (default: the folder this file is in)
Exits 1 on any error; warnings are printed but do not fail."""
import json, os, re, sys
from collections import Counter

D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
errors, warnings = [], []
ids = set()

def err(where, msg): errors.append(f"ERROR {where}: {msg}")
def warn(where, msg): warnings.append(f"warn  {where}: {msg}")
CJK = re.compile(r"[\u3400-\u9fff]")

def load(name):
    rows = []
    path = os.path.join(D, name)
    if not os.path.exists(path):
        err(name, "file missing"); return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}", "blank line"); continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}", f"bad JSON: {e}")
    return rows

def common(name, n, d, kind, lo, hi, extra_keys):
    w = f"{name}:{n}"
    for k in ("id", "lang", "turns") + extra_keys:
        if k not in d: err(w, f"missing field {k}")
    i = d.get("id", "")
    w = f"{name}:{n} {i}"
    if i in ids: err(w, "duplicate id")
    ids.add(i)
    lang = d.get("lang")
    if lang not in ("en", "zh", "mixed"): err(w, f"bad lang {lang!r}")
    if not re.fullmatch(rf"fresh10-{kind}-(en|zh|mixed)-\d{{3}}", str(i)): err(w, "id pattern")
    elif i.split("-")[2] != lang: err(w, "id language does not match lang")
    turns = d.get("turns", [])
    if not isinstance(turns, list) or not (lo <= len(turns) <= hi): err(w, f"turn count {len(turns) if isinstance(turns, list) else '?'} not in {lo}-{hi}")
    for t, tu in enumerate(turns if isinstance(turns, list) else []):
        if not isinstance(tu, dict) or "message" not in tu or "intent" not in tu:
            err(w, f"turn {t+1} missing message/intent"); continue
        if not isinstance(tu["message"], str) or not tu["message"].strip(): err(w, f"turn {t+1} empty message")
        if tu["intent"] not in INTENTS: err(w, f"turn {t+1} bad intent {tu['intent']!r}")
    if turns and isinstance(turns, list) and isinstance(turns[0], dict) and turns[0].get("intent") != "draw":
        err(w, "first turn must be draw")
    if lang == "zh":
        if turns and isinstance(turns[0], dict) and not CJK.search(turns[0].get("message", "")): warn(w, "zh dialogue whose first turn has no Chinese")
    if lang == "mixed":
        msgs = " ".join(tu.get("message", "") for tu in turns if isinstance(tu, dict))
        if not (CJK.search(msgs) and re.search(r"[A-Za-z]{2,}", msgs)): warn(w, "mixed dialogue without both scripts")
    return w, lang, turns

def check_scene(w, sc):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        err(w, "expected must have exactly background and objects"); return False
    bg, objs = sc["background"], sc["objects"]
    if bg not in COLOURS: err(w, f"bad background {bg!r}")
    if not isinstance(objs, list) or not (1 <= len(objs) <= 3): err(w, "need 1-3 objects"); return False
    cells = []
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4): err(w, f"object {o!r} not [shape,colour,size,pos]"); continue
        s, c, z, p = o
        if s not in SHAPES: err(w, f"bad shape {s!r}")
        if c not in COLOURS: err(w, f"bad colour {c!r}")
        if z not in SIZES: err(w, f"bad size {z!r}")
        if p not in POS: err(w, f"bad position {p!r}")
        if c == bg: err(w, f"object colour {c} equals background")
        cells.append(p)
    if len(cells) != len(set(cells)): err(w, f"two objects share a cell {cells}")
    return True

def shapes():
    rows = load("shapes.jsonl")
    langs, intents, cls = Counter(), Counter(), Counter()
    after_first = edits = 0
    for n, d in rows:
        w, lang, turns = common("shapes.jsonl", n, d, "shapes", 2, 5, ("classes",))
        langs[lang] += 1
        if not isinstance(d.get("classes"), list) or not d.get("classes") or not all(isinstance(c, str) for c in d["classes"]):
            err(w, "classes must be a non-empty list of strings")
        else:
            cls.update(d["classes"])
        scenes = []
        for t, tu in enumerate(turns):
            tw = f"{w} turn {t+1}"
            sc = tu.get("expected")
            if sc is None: err(tw, "missing expected"); scenes.append(None); continue
            check_scene(tw, sc)
            it = tu.get("intent")
            intents[it] += 1
            if t > 0:
                after_first += 1
                edits += it == "edit"
            prev = scenes[-1] if scenes else None
            if it in ("chat", "ask") and sc != prev: err(tw, f"{it} must keep the previous scene")
            if it == "undo":
                if t < 2 or turns[t-1].get("intent") not in ("draw", "edit"): err(tw, "undo must follow a draw/edit that itself follows a turn")
                elif sc != scenes[-2]: err(tw, "undo must restore the scene before the previous turn")
            if it == "edit" and sc == prev: err(tw, "edit leaves the scene unchanged")
            if it == "edit" and prev:
                # objects kept from before must keep their relative order (introduction order)
                key = lambda o: (o[0], o[3])
                pass
            scenes.append(sc)
    for it in INTENTS:
        if intents[it] == 0: err("shapes.jsonl", f"intent {it} never used")
    return langs, intents, edits, after_first, cls

def words(s):
    return len(re.findall(r"[A-Za-z0-9'$&.-]+", s)) + len(CJK.findall(s)) / 2.0

def designer():
    rows = load("designer.jsonl")
    langs, intents = Counter(), Counter()
    after_first = edits = 0
    single = 0
    for n, d in rows:
        w, lang, turns = common("designer.jsonl", n, d, "designer", 2, 4, ())
        langs[lang] += 1
        seen_must = []
        for t, tu in enumerate(turns):
            tw = f"{w} turn {t+1}"
            mc, mn = tu.get("must_contain"), tu.get("must_not_contain")
            if not isinstance(mc, list) or not isinstance(mn, list): err(tw, "must_contain/must_not_contain must be lists"); continue
            if not mc: err(tw, "must_contain is empty")
            for p in mc + mn:
                if not isinstance(p, str) or not p.strip(): err(tw, f"bad phrase {p!r}")
            for p in mc:
                cj = len(CJK.findall(p)); en = len(re.findall(r"[A-Za-z0-9'$&-]+", p))
                if cj > 8 or en > 5: warn(tw, f"long phrase {p!r}")
                if cj < 2 and en < 2: single += 1
            for a in mc:
                for b in mn:
                    if b.lower() in a.lower(): err(tw, f"must_contain {a!r} contains must_not_contain {b!r}")
            if len(set(x.lower() for x in mc)) != len(mc): err(tw, "duplicate must_contain phrase")
            it = tu.get("intent")
            intents[it] += 1
            if t == 0:
                wc = words(tu["message"])
                if not (8 <= wc <= 60): warn(tw, f"first turn about {wc:.0f} words (want 8-60)")
                low = tu["message"].lower()
                for p in mc:
                    if p.lower() not in low: warn(tw, f"first-turn phrase {p!r} is not the user's own words")
            else:
                after_first += 1
                edits += it == "edit"
            if it in ("chat", "ask", "undo") and t > 0:
                earlier = set(x.lower() for x in seen_must) | set(x["message"].lower() for x in turns[:t] if isinstance(x, dict))
                for p in mc:
                    if p.lower() not in earlier and not any(p.lower() in e for e in earlier):
                        warn(tw, f"{it} expects {p!r}, never expected before")
            if it in ("chat", "ask") and t > 0:
                prev = turns[t-1]
                for p in mc:
                    if any(b.lower() in p.lower() for b in prev.get("must_not_contain", [])):
                        err(tw, f"{it} keeps prompt but expects {p!r} that the previous turn forbade")
                for b in mn:
                    if any(b.lower() in p.lower() for p in prev.get("must_contain", [])):
                        err(tw, f"{it} keeps prompt but forbids {b!r} that the previous turn required")
            seen_must += mc
    for it in INTENTS:
        if intents[it] == 0: err("designer.jsonl", f"intent {it} never used")
    return langs, intents, edits, after_first, single

sl, si, se, sa, cls = shapes()
dl, di, de, da, single = designer()
want_s = {"en": 30, "zh": 30, "mixed": 30}
want_d = {"en": 50, "zh": 50, "mixed": 20}
for k, v in want_s.items():
    if sl[k] != v: err("shapes.jsonl", f"{k}: {sl[k]} dialogues, want {v}")
for k, v in want_d.items():
    if dl[k] != v: err("designer.jsonl", f"{k}: {dl[k]} dialogues, want {v}")
for name, e, a in (("shapes", se, sa), ("designer", de, da)):
    if a and not (0.4 <= e / a <= 0.75): warn(name, f"edit share after first turn {e}/{a}")

print(f"shapes.jsonl:   {sum(sl.values())} dialogues {dict(sl)}; {sum(si.values())} turns; intents {dict(si)}; edits after turn 1: {se}/{sa} ({se/max(sa,1):.0%})")
print(f"  classes used: {len(cls)} distinct; top: {', '.join(f'{c}={k}' for c, k in cls.most_common(8))}")
print(f"designer.jsonl: {sum(dl.values())} dialogues {dict(dl)}; {sum(di.values())} turns; intents {dict(di)}; edits after turn 1: {de}/{da} ({de/max(da,1):.0%})")
print(f"  single-word/short must_contain phrases (allowed, noted): {single}")
print(f"ids unique: {len(ids)} ids")
for m in warnings: print(m)
for m in errors: print(m)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
