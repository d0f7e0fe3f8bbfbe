#!/usr/bin/env python3
"""Check /work/fresh-18/shapes.jsonl (standard library only).

Checks: every line parses; required fields and types; ids unique and well-formed; lang matches id;
2-5 turns; intents from the set; scenes follow the shapes world (1-3 objects, vocabulary, one object
per cell, object colour != background); first turn is a draw; chat/ask keep the previous scene; undo
restores the scene before the previous change; edit/draw turns actually change something.
Prints counts per language and intents per turn.
"""
import json, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-18/shapes.jsonl"
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POSITIONS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 50, "zh": 50, "mixed": 50}

errors = []
def err(where, msg):
    errors.append(f"{where}: {msg}")

def check_scene(where, sc):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        err(where, f"expected must have exactly background+objects, got {sc!r}"); return False
    ok = True
    bg = sc["background"]
    if bg not in COLOURS:
        err(where, f"bad background {bg!r}"); ok = False
    objs = sc["objects"]
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        err(where, f"need 1-3 objects, got {objs!r}"); return False
    cells = set()
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            err(where, f"bad object {o!r}"); ok = False; continue
        s, c, z, p = o
        if s not in SHAPES: err(where, f"bad shape {s!r}"); ok = False
        if c not in COLOURS: err(where, f"bad colour {c!r}"); ok = False
        if z not in SIZES: err(where, f"bad size {z!r}"); ok = False
        if p not in POSITIONS: err(where, f"bad position {p!r}"); ok = False
        if c == bg: err(where, f"object colour equals background {o!r}"); ok = False
        if p in cells: err(where, f"two objects in cell {p}"); ok = False
        cells.add(p)
    return ok

ids = set()
per_lang = collections.Counter()
intents_by_turn = collections.defaultdict(collections.Counter)
intents_after_first = collections.Counter()
after_first_by_lang = collections.defaultdict(collections.Counter)
turn_counts = collections.Counter()
classes = collections.Counter()
n_lines = 0
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        n_lines += 1
        where = f"line {ln}"
        try:
            d = json.loads(line)
        except Exception as e:
            err(where, f"JSON error {e}"); continue
        if set(d) != {"id", "lang", "classes", "turns"}:
            err(where, f"fields {sorted(d)}"); continue
        did, lang = d["id"], d["lang"]
        where = did
        if did in ids: err(where, "duplicate id")
        ids.add(did)
        if lang not in WANT: err(where, f"bad lang {lang!r}")
        parts = did.split("-")
        if len(parts) != 4 or parts[0] != "fresh18" or parts[1] != "shapes" or parts[2] != lang or not (parts[3].isdigit() and len(parts[3]) == 3):
            err(where, "id format / lang mismatch")
        per_lang[lang] += 1
        if not isinstance(d["classes"], list) or not d["classes"] or not all(isinstance(c, str) and c for c in d["classes"]):
            err(where, "classes must be a non-empty list of strings")
        else:
            classes.update(d["classes"])
        turns = d["turns"]
        if not isinstance(turns, list) or not 2 <= len(turns) <= 5:
            err(where, "need 2-5 turns"); continue
        turn_counts[len(turns)] += 1
        history = []  # scenes before each change
        prev = None
        for k, t in enumerate(turns):
            tw = f"{did} turn {k+1}"
            if not isinstance(t, dict) or set(t) != {"message", "intent", "expected"}:
                err(tw, f"turn fields {sorted(t) if isinstance(t, dict) else t!r}"); break
            if not isinstance(t["message"], str) or not t["message"].strip():
                err(tw, "empty message")
            it = t["intent"]
            if it not in INTENTS:
                err(tw, f"bad intent {it!r}"); break
            intents_by_turn[k + 1][it] += 1
            if k > 0:
                intents_after_first[it] += 1
                after_first_by_lang[lang][it] += 1
            sc = t["expected"]
            check_scene(tw, sc)
            if k == 0 and it != "draw":
                err(tw, "first turn should be a draw")
            if it in ("chat", "ask") and sc != prev:
                err(tw, f"{it} must keep the scene")
            elif it == "undo":
                if not history:
                    err(tw, "undo with nothing to undo")
                elif sc != history[-1]:
                    err(tw, f"undo should restore {history[-1]}")
                else:
                    history.pop()
            elif it in ("draw", "edit"):
                if it == "edit" and sc == prev:
                    err(tw, "edit that changes nothing")
                if prev is not None:
                    history.append(prev)
            prev = sc

for lang, n in WANT.items():
    if per_lang[lang] != n:
        err("counts", f"{lang}: {per_lang[lang]} dialogues, want {n}")

print(f"{PATH}: {n_lines} lines, {len(ids)} unique ids")
print("per language:", dict(per_lang))
print("dialogues by turn count:", dict(sorted(turn_counts.items())))
print("intents per turn position:")
for k in sorted(intents_by_turn):
    print(f"  turn {k}:", dict(sorted(intents_by_turn[k].items())))
tot = sum(intents_after_first.values())
print("intents after the first turn:", dict(sorted(intents_after_first.items())), f"(total {tot}, edit share {intents_after_first['edit']/max(tot,1):.0%})")
for lg in sorted(after_first_by_lang):
    c = after_first_by_lang[lg]; n = sum(c.values())
    print(f"  {lg}: after-first intents", dict(sorted(c.items())), f"edit share {c['edit']/max(n,1):.0%}")
print("distinct classes:", len(classes))
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors[:50]:
        print("  ", e)
    sys.exit(1)
print("OK: all checks passed")
