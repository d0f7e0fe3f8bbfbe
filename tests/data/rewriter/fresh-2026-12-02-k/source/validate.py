#!/usr/bin/env python3
"""Checker for fresh-11 batch (standard library only).
Usage: python3 validate.py [shapes.jsonl] [designer.jsonl]"""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
CJK = re.compile(r"[\u3400-\u9fff]")

errors, warnings = [], []
def err(where, msg): errors.append(f"{where}: {msg}")
def warn(where, msg): warnings.append(f"{where}: {msg}")

def load(path, kind, seen):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{os.path.basename(path)}:{n}"
            if not line.strip():
                err(where, "blank line"); continue
            try:
                d = json.loads(line)
            except Exception as e:
                err(where, f"bad JSON: {e}"); continue
            if not isinstance(d, dict):
                err(where, "not an object"); continue
            need = ["id", "lang", "turns"] + (["classes"] if kind == "shapes" else [])
            for k in need:
                if k not in d: err(where, f"missing field {k}")
            if any(k not in d for k in need): continue
            did = d["id"]
            if did in seen: err(where, f"duplicate id {did}")
            seen.add(did)
            m = re.fullmatch(rf"fresh11-{kind}-(en|zh|mixed)-(\d{{3}})", str(did))
            if not m: err(where, f"bad id {did!r}")
            elif m.group(1) != d["lang"]: err(where, f"id lang {m.group(1)} != lang {d['lang']}")
            if d["lang"] not in ("en", "zh", "mixed"): err(where, f"bad lang {d['lang']!r}")
            if not isinstance(d["turns"], list) or not d["turns"]:
                err(where, "turns must be a non-empty list"); continue
            rows.append((where + f" [{did}]", d))
    return rows

def check_scene(where, sc):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        err(where, f"expected must have exactly background+objects: {sc!r}"); return
    bg, objs = sc["background"], sc["objects"]
    if bg not in COLOURS: err(where, f"bad background {bg!r}")
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        err(where, f"need 1-3 objects, got {objs!r}"); return
    cells = []
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            err(where, f"object must be [shape,colour,size,pos]: {o!r}"); continue
        s, c, z, p = o
        if s not in SHAPES: err(where, f"bad shape {s!r}")
        if c not in COLOURS: err(where, f"bad colour {c!r}")
        if z not in SIZES: err(where, f"bad size {z!r}")
        if p not in POS: err(where, f"bad position {p!r}")
        if c == bg: err(where, f"object colour {c} equals background")
        cells.append(p)
    if len(cells) != len(set(cells)): err(where, f"two objects share a cell: {cells}")

def check_shapes(rows):
    stats = Counter(); intents = Counter(); after_first = Counter()
    for where, d in rows:
        stats[d["lang"]] += 1
        cl = d["classes"]
        if not (isinstance(cl, list) and cl and all(isinstance(x, str) and x for x in cl)):
            err(where, "classes must be a non-empty list of strings")
        t = d["turns"]
        if not 2 <= len(t) <= 5: err(where, f"{len(t)} turns (want 2-5)")
        hist, cur = [], None
        for i, turn in enumerate(t):
            w = f"{where} turn {i+1}"
            for k in ("message", "intent", "expected"):
                if k not in turn: err(w, f"missing {k}")
            if any(k not in turn for k in ("message", "intent", "expected")): break
            if not isinstance(turn["message"], str) or not turn["message"].strip(): err(w, "empty message")
            it = turn["intent"]
            if it not in INTENTS: err(w, f"bad intent {it!r}"); continue
            intents[it] += 1
            if i: after_first[it] += 1
            if i == 0 and it != "draw": err(w, "first turn must be draw")
            sc = turn["expected"]
            check_scene(w, sc)
            if it in ("draw", "edit"):
                if it == "edit" and sc == cur: err(w, "edit leaves scene unchanged")
                hist.append(cur); cur = sc
            elif it == "undo":
                prev = hist.pop() if hist else None
                if prev is None: err(w, "undo with nothing to restore")
                elif sc != prev: err(w, "undo must restore the scene before the previous turn")
                cur = sc
            else:
                if sc != cur: err(w, f"{it} must keep the scene")
            if it == "edit" and cur is not None and i and hist and hist[-1] is not None:
                # objects keep first-introduced order: survivors keep relative order
                pass
    return stats, intents, after_first

def words(s):
    return len(re.findall(r"[A-Za-z0-9'’\-]+", s)) + len(CJK.findall(s)) / 1.7

def check_designer(rows):
    stats = Counter(); intents = Counter(); after_first = Counter()
    for where, d in rows:
        stats[d["lang"]] += 1
        t = d["turns"]
        if not 2 <= len(t) <= 4: err(where, f"{len(t)} turns (want 2-4)")
        hist, cur = [], None
        for i, turn in enumerate(t):
            w = f"{where} turn {i+1}"
            keys = ("message", "intent", "must_contain", "must_not_contain")
            for k in keys:
                if k not in turn: err(w, f"missing {k}")
            if any(k not in turn for k in keys): break
            msg, it, mc, mn = (turn[k] for k in keys)
            if not isinstance(msg, str) or not msg.strip(): err(w, "empty message")
            if it not in INTENTS: err(w, f"bad intent {it!r}"); continue
            intents[it] += 1
            if i: after_first[it] += 1
            if i == 0 and it != "draw": err(w, "first turn must be draw")
            for name, L in (("must_contain", mc), ("must_not_contain", mn)):
                if not isinstance(L, list) or not all(isinstance(x, str) and x.strip() for x in L):
                    err(w, f"{name} must be a list of non-empty strings")
            if not mc: err(w, "must_contain is empty")
            low_mc = [x.lower() for x in mc]; low_mn = [x.lower() for x in mn]
            for a in low_mn:
                for b in low_mc:
                    if a in b: err(w, f"contradiction: must_not {a!r} is inside must {b!r}")
            for p in mc:
                n_cjk = len(CJK.findall(p)); n_w = len(re.findall(r"[A-Za-z0-9'\-]+", p))
                if n_cjk and n_cjk > 8 + 0 and n_w == 0: warn(w, f"long zh phrase {p!r} ({n_cjk} chars)")
                if not n_cjk and n_w > 5: warn(w, f"long phrase {p!r} ({n_w} words)")
            if i == 0:
                for p in mc:
                    if p.lower() not in msg.lower(): err(w, f"first-turn phrase {p!r} not in the message")
                n = words(msg)
                if not 8 <= n <= 60: warn(w, f"first prompt ~{n:.0f} words (want 8-60)")
            state = (sorted(low_mc), sorted(low_mn))
            if it in ("draw", "edit"):
                hist.append(cur); cur = state
            elif it == "undo":
                prev = hist.pop() if hist else None
                if prev is None: err(w, "undo with nothing to restore")
                cur = state
            else:
                if state != cur: err(w, f"{it} must keep the same expectations as the previous turn")
    return stats, intents, after_first

def report(name, stats, intents, after_first):
    tot = sum(after_first.values())
    print(f"{name}: {sum(stats.values())} dialogues " + ", ".join(f"{k}={v}" for k, v in sorted(stats.items())))
    print(f"  intents: " + ", ".join(f"{k}={intents[k]}" for k in sorted(INTENTS)))
    if tot: print(f"  turns after the first: {tot}, edits {after_first['edit']} ({100*after_first['edit']/tot:.0f}%)")
    missing = INTENTS - set(k for k in intents if intents[k])
    if missing: err(name, f"intents never used: {sorted(missing)}")

def main():
    sp = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "shapes.jsonl")
    dp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "designer.jsonl")
    seen = set()
    report("shapes.jsonl", *check_shapes(load(sp, "shapes", seen)))
    report("designer.jsonl", *check_designer(load(dp, "designer", seen)))
    for w in warnings: print("WARN", w)
    for e in errors: print("ERROR", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
