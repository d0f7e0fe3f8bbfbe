#!/usr/bin/env python3
"""Checker for the fresh-7 batch (standard library only).
Checks: every line parses; all fields present and typed; ids unique and well-formed; turn counts;
intents; shapes scenes follow the world (vocabulary, 1-3 objects, one per cell, colour != background);
chat/ask keep the scene, undo restores the scene from two turns back; designer phrase lists.
Warnings (not errors): designer must_contain phrases that no user message typed (review by hand)."""
import json, re, sys, collections

INTENTS = {"draw", "edit", "chat", "undo", "ask"}
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
errors, warnings = [], []

def err(where, msg): errors.append(f"{where}: {msg}")

def load(path):
    rows = []
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        err(path, str(e)); return rows
    with f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{path}:{i}", "blank line"); continue
            try:
                rows.append((i, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"{path}:{i}", f"bad JSON: {e}")
    return rows

def check_common(path, i, r, kind, langs, tmin, tmax, ids):
    w = f"{path}:{i}"
    for k in ("id", "lang", "turns"):
        if k not in r: err(w, f"missing {k}")
    rid = r.get("id", "")
    if rid in ids: err(w, f"duplicate id {rid}")
    ids.add(rid)
    if r.get("lang") not in langs: err(w, f"bad lang {r.get('lang')}")
    if not re.fullmatch(rf"fresh7-{kind}-{r.get('lang')}-\d{{3}}", str(rid)): err(w, f"bad id {rid}")
    turns = r.get("turns")
    if not isinstance(turns, list) or not (tmin <= len(turns) <= tmax):
        err(w, f"turns must be a list of {tmin}-{tmax}"); return []
    for j, t in enumerate(turns):
        if not isinstance(t, dict): err(w, f"turn {j} not an object"); continue
        if not isinstance(t.get("message"), str) or not t["message"].strip(): err(w, f"turn {j} message")
        if t.get("intent") not in INTENTS: err(w, f"turn {j} bad intent {t.get('intent')}")
    if turns and isinstance(turns[0], dict) and turns[0].get("intent") != "draw":
        err(w, "first turn should be draw")
    return turns

def check_scene(w, s):
    if not isinstance(s, dict) or set(s) != {"background", "objects"}:
        err(w, "expected must have exactly background and objects"); return
    bg, objs = s["background"], s["objects"]
    if bg not in COLOURS: err(w, f"bad background {bg}")
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        err(w, "1-3 objects required"); return
    cells = set()
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            err(w, f"object {o} must be [shape, colour, size, position]"); continue
        sh, c, sz, p = o
        if sh not in SHAPES: err(w, f"bad shape {sh}")
        if c not in COLOURS: err(w, f"bad colour {c}")
        if sz not in SIZES: err(w, f"bad size {sz}")
        if p not in POS: err(w, f"bad position {p}")
        if c == bg: err(w, f"object colour {c} equals background")
        if p in cells: err(w, f"two objects at {p}")
        cells.add(p)

def check_shapes(path):
    ids, langs, stats = set(), collections.Counter(), collections.Counter()
    rows = load(path)
    for i, r in rows:
        turns = check_common(path, i, r, "shapes", {"en", "zh", "mixed"}, 2, 5, ids)
        langs[r.get("lang")] += 1
        if not isinstance(r.get("classes"), list) or not r["classes"] or not all(isinstance(c, str) for c in r["classes"]):
            err(f"{path}:{i}", "classes must be a non-empty list of strings")
        prev = []
        for j, t in enumerate(turns):
            w = f"{path}:{i} {r.get('id')} turn {j}"
            if "expected" not in t: err(w, "missing expected"); continue
            check_scene(w, t["expected"])
            it = t.get("intent")
            if j: stats[it] += 1
            if it in ("chat", "ask") and prev and t["expected"] != prev[-1]:
                err(w, f"{it} must keep the scene")
            if it == "undo":
                if len(prev) < 2: err(w, "undo needs two earlier turns")
                elif t["expected"] != prev[-2]: err(w, "undo must restore the scene from two turns back")
            if it == "edit" and prev and t["expected"] == prev[-1]:
                err(w, "edit leaves the scene unchanged")
            prev.append(t["expected"])
    return len(rows), langs, stats

def check_designer(path):
    ids, langs, stats = set(), collections.Counter(), collections.Counter()
    rows = load(path)
    for i, r in rows:
        turns = check_common(path, i, r, "designer", {"en", "zh", "mixed"}, 2, 4, ids)
        langs[r.get("lang")] += 1
        typed = ""
        for j, t in enumerate(turns):
            w = f"{path}:{i} {r.get('id')} turn {j}"
            typed += " " + t.get("message", "").lower()
            if j: stats[t.get("intent")] += 1
            for k in ("must_contain", "must_not_contain"):
                v = t.get(k)
                if not isinstance(v, list) or not all(isinstance(p, str) and p.strip() for p in v):
                    err(w, f"{k} must be a list of non-empty strings")
            mc, mn = t.get("must_contain") or [], t.get("must_not_contain") or []
            if not mc: err(w, "must_contain is empty")
            for p in mc:
                if p.lower() in [q.lower() for q in mn]: err(w, f"'{p}' both required and forbidden")
                n_words = len(p.split())
                n_cjk = len(re.findall(r"[\u4e00-\u9fff]", p))
                if n_cjk and not n_words > 1 and not 2 <= n_cjk + len(re.findall(r"[A-Za-z]+", p)) <= 10:
                    warnings.append(f"{w}: Chinese phrase length '{p}'")
                if not n_cjk and not 1 <= n_words <= 5:
                    err(w, f"phrase '{p}' should be 2-5 words")
                if p.lower() not in typed:
                    # an edit result: every word (or Chinese character) must still have been typed by
                    # someone, else the phrase expects the product to invent words (ok only across languages)
                    words = re.findall(r"[a-z0-9'\-]+", p.lower()) + re.findall(r"[\u4e00-\u9fff]", p)
                    missing = [x for x in words if x not in typed]
                    if missing:
                        warnings.append(f"{w}: '{p}' uses untyped {missing} (cross-language edit?)")
            if j == 0:
                m = t.get("message", "")
                size = len(re.findall(r"[A-Za-z0-9']+", m)) + len(re.findall(r"[\u4e00-\u9fff]", m)) / 1.6
                if not 8 <= size <= 62: warnings.append(f"{w}: first-turn length ~{size:.0f} words")
    return len(rows), langs, stats

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    d = args[0] if args else "."
    n1, l1, s1 = check_shapes(f"{d}/shapes.jsonl")
    n2, l2, s2 = check_designer(f"{d}/designer.jsonl")
    print(f"shapes.jsonl: {n1} dialogues {dict(l1)}; later-turn intents {dict(s1)}")
    print(f"designer.jsonl: {n2} dialogues {dict(l2)}; later-turn intents {dict(s2)}")
    verbose = "-v" in sys.argv
    print(f"{len(warnings)} warnings" + ("" if verbose else " (run with -v to list)"))
    if verbose:
        for x in warnings: print("WARN", x)
    for e in errors: print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)
