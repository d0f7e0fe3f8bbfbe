#!/usr/bin/env python3
"""Checker for the fresh-13 batch (standard library only)."""
import json, re, sys, collections

SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
LANGS = {"en", "zh", "mixed"}
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{path}:{n}: blank line"); continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"{path}:{n}: bad JSON: {e}")
    return rows

def check_common(path, kind, rows, min_t, max_t, ids):
    stats = collections.Counter(); intents = collections.Counter(); after_first = collections.Counter()
    for n, o in rows:
        where = f"{path}:{n}"
        for k in ("id", "lang", "turns") + (("classes",) if kind == "shapes" else ()):
            if k not in o: err(f"{where}: missing field {k}")
        i = o.get("id", "")
        if i in ids: err(f"{where}: duplicate id {i}")
        ids.add(i)
        lang = o.get("lang")
        if lang not in LANGS: err(f"{where}: bad lang {lang}")
        if not re.fullmatch(rf"fresh13-{kind}-{lang}-\d{{3}}", i): err(f"{where}: id {i} does not match kind/lang")
        stats[lang] += 1
        turns = o.get("turns", [])
        if not (min_t <= len(turns) <= max_t): err(f"{where}: {len(turns)} turns, want {min_t}-{max_t}")
        for t, turn in enumerate(turns):
            if not isinstance(turn.get("message"), str) or not turn["message"].strip():
                err(f"{where} turn {t}: empty message")
            if turn.get("intent") not in INTENTS: err(f"{where} turn {t}: bad intent {turn.get('intent')}")
            intents[turn.get("intent")] += 1
            if t > 0: after_first[turn.get("intent")] += 1
        if turns and turns[0].get("intent") != "draw": err(f"{where}: first turn is not draw")
        msgs = " ".join(t.get("message", "") for t in turns)
        has_cjk = bool(re.search(r"[\u4e00-\u9fff]", msgs)); has_lat = bool(re.search(r"[A-Za-z]{2,}", msgs))
        if lang == "en" and has_cjk: err(f"{where}: en dialogue contains Chinese")
        if lang == "zh" and (not turns or not re.search(r"[\u4e00-\u9fff]", turns[0].get("message", ""))): err(f"{where}: zh dialogue opens without Chinese")
        if lang == "mixed" and not (has_cjk and has_lat): err(f"{where}: mixed dialogue is not code-switched")
    return stats, intents, after_first

def check_scene(where, sc):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        err(f"{where}: expected must have exactly background and objects"); return
    bg = sc["background"]
    if bg not in COLOURS: err(f"{where}: bad background {bg}")
    objs = sc["objects"]
    if not (1 <= len(objs) <= 3): err(f"{where}: {len(objs)} objects")
    cells = set()
    for ob in objs:
        if not (isinstance(ob, list) and len(ob) == 4):
            err(f"{where}: bad object {ob}"); continue
        s, c, z, p = ob
        if s not in SHAPES: err(f"{where}: bad shape {s}")
        if c not in COLOURS: err(f"{where}: bad colour {c}")
        if z not in SIZES: err(f"{where}: bad size {z}")
        if p not in POS: err(f"{where}: bad position {p}")
        if c == bg: err(f"{where}: object colour equals background {c}")
        if p in cells: err(f"{where}: two objects in cell {p}")
        cells.add(p)

def check_shapes(path, ids):
    rows = load(path)
    stats, intents, after = check_common(path, "shapes", rows, 2, 5, ids)
    for n, o in rows:
        if not o.get("classes") or not all(isinstance(c, str) for c in o.get("classes", [])):
            err(f"{path}:{n}: classes must be a non-empty list of strings")
        history = []   # picture states; draw/edit push, undo pops
        prev = None
        for t, turn in enumerate(o.get("turns", [])):
            where = f"{path}:{n} ({o.get('id')}) turn {t}"
            sc = turn.get("expected")
            check_scene(where, sc)
            it = turn.get("intent")
            if it in ("chat", "ask") and sc != prev: err(f"{where}: {it} must keep the scene")
            if it == "undo":
                if len(history) < 2: err(f"{where}: undo with nothing to undo")
                else:
                    history.pop()
                    if sc != history[-1]: err(f"{where}: undo does not restore the previous picture")
            if it == "edit" and sc == prev: warn(f"{where}: edit leaves scene unchanged")
            if it in ("draw", "edit"): history.append(sc)
            prev = sc
    return stats, intents, after

CJK = re.compile(r"[\u4e00-\u9fff]")
def check_designer(path, ids):
    rows = load(path)
    stats, intents, after = check_common(path, "designer", rows, 2, 4, ids)
    for n, o in rows:
        prev_mc, prev_mn = [], []
        for t, turn in enumerate(o.get("turns", [])):
            where = f"{path}:{n} ({o.get('id')}) turn {t}"
            mc, mn = turn.get("must_contain"), turn.get("must_not_contain")
            if not isinstance(mc, list) or not isinstance(mn, list):
                err(f"{where}: must_contain / must_not_contain must be lists"); continue
            if not mc: err(f"{where}: empty must_contain")
            for ph in mc + mn:
                if not isinstance(ph, str) or not ph.strip(): err(f"{where}: empty phrase"); continue
                nc = len(CJK.findall(ph)); nw = len(ph.split())
                if nc == 0 and nw > 5: warn(f"{where}: long phrase {ph!r}")
                if nc > 8 and nw == 1: warn(f"{where}: long Chinese phrase {ph!r}")
            for a in mn:
                for b in mc:
                    if a.lower() in b.lower(): err(f"{where}: must_not {a!r} is inside must {b!r}")
            msg = turn.get("message", "").lower()
            if t == 0 or turn.get("intent") == "draw":
                for ph in mc:
                    if ph.lower() not in msg: warn(f"{where}: first-turn phrase {ph!r} not in the message")
            if turn.get("intent") in ("chat", "ask"):
                for a in prev_mn:
                    if any(a.lower() in b.lower() for b in mc): err(f"{where}: chat/ask brings back {a!r}")
                for b in mc:
                    if any(x.lower() in b.lower() for x in prev_mn): pass
            prev_mc, prev_mn = mc, mn
    return stats, intents, after

def report(name, stats, intents, after):
    tot = sum(after.values())
    print(f"{name}: {sum(stats.values())} dialogues {dict(stats)}; intents {dict(intents)}; "
          f"edits among later turns {after['edit']}/{tot} = {after['edit']/max(tot,1):.0%}")
    missing = INTENTS - set(k for k, v in intents.items() if v)
    if missing: err(f"{name}: intents never used: {sorted(missing)}")

ids = set()
s = check_shapes("/work/fresh-13/shapes.jsonl", ids); report("shapes.jsonl", *s)
want = {"en": 30, "zh": 30, "mixed": 30}
if dict(s[0]) != want: err(f"shapes counts {dict(s[0])} != {want}")
d = check_designer("/work/fresh-13/designer.jsonl", ids); report("designer.jsonl", *d)
want = {"en": 50, "zh": 50, "mixed": 20}
if dict(d[0]) != want: err(f"designer counts {dict(d[0])} != {want}")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
