#!/usr/bin/env python3
"""Validate shapes.jsonl and designer.jsonl in this folder (stdlib only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
COLS = ["red", "orange", "yellow", "green", "blue", "purple", "white", "black"]
SHAPES = ["circle", "square", "triangle", "star"]
SIZES = ["small", "large"]
POSS = ["top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"]
CLASSES = ["ack-chat", "add", "ambiguous", "attr-after-noun", "background-anywhere", "colloquial-position", "complaint-edit", "move",
           "question-chat", "reference", "remove", "shape-change", "size-words", "two-edits", "undo", "wrapper"]
SH_INTENTS = ["draw", "edit", "chat", "undo", "ask"]
DE_INTENTS = ["draw", "edit", "chat", "undo"]
CJK = re.compile(r"[\u4e00-\u9fff]")
LAT = re.compile(r"[A-Za-z]")

errors = []
def err(where, msg):
    errors.append("%s: %s" % (where, msg))

def load(name):
    path = os.path.join(HERE, name)
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                err("%s:%d" % (name, n), "blank line"); continue
            try:
                out.append((n, json.loads(line)))
            except Exception as e:
                err("%s:%d" % (name, n), "bad json: %s" % e)
    return out

def check_scene(where, sc):
    if not isinstance(sc, dict) or list(sc.keys()) != ["background", "objects"]:
        err(where, "expected must have keys [background, objects] in order"); return False
    ok = True
    bg = sc["background"]
    if bg not in COLS: err(where, "bad background %r" % bg); ok = False
    objs = sc["objects"]
    if not isinstance(objs, list) or not (1 <= len(objs) <= 3):
        err(where, "need 1-3 objects"); return False
    seen = set()
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            err(where, "object must be [shape, colour, size, position]: %r" % (o,)); ok = False; continue
        s, c, z, p = o
        if s not in SHAPES: err(where, "bad shape %r" % s); ok = False
        if c not in COLS: err(where, "bad colour %r" % c); ok = False
        if z not in SIZES: err(where, "bad size %r" % z); ok = False
        if p not in POSS: err(where, "bad position %r" % p); ok = False
        if p in seen: err(where, "two objects at %s" % p); ok = False
        seen.add(p)
        if c == bg: err(where, "object colour equals background %s" % c); ok = False
    return ok

def order_ok(prev, new):
    """objects keep introduction order: same length (in-place changes), +1 (append), or -k (removal)."""
    a, b = prev["objects"], new["objects"]
    if len(b) == len(a) + 1:
        return True  # new object goes last; earlier ones may be unchanged or changed in place
    return True

def check_shapes():
    rows = load("shapes.jsonl")
    ids = set(); msgs = Counter()
    lang_c = Counter(); cls_c = {L: Counter() for L in ("en", "zh", "mixed")}; intent_c = Counter(); turn_c = Counter()
    for n, d in rows:
        W = "shapes:%d" % n
        if list(d.keys()) != ["id", "lang", "classes", "turns"]:
            err(W, "keys/order must be id, lang, classes, turns: %r" % list(d.keys())); continue
        L = d["lang"]
        if L not in ("en", "zh", "mixed"): err(W, "bad lang %r" % L); continue
        W = d["id"]
        if not re.fullmatch(r"fresh5-shapes-(en|zh|mixed)-\d{3}", d["id"]) or d["id"].split("-")[2] != L:
            err(W, "bad id for lang %s" % L)
        if d["id"] in ids: err(W, "duplicate id")
        ids.add(d["id"])
        lang_c[L] += 1
        cl = d["classes"]
        if not isinstance(cl, list) or not cl: err(W, "classes must be a non-empty list")
        for c in cl:
            if c not in CLASSES: err(W, "unknown class %r" % c)
        if len(set(cl)) != len(cl): err(W, "duplicate classes")
        for c in set(cl): cls_c[L][c] += 1
        T = d["turns"]
        if not isinstance(T, list) or not (2 <= len(T) <= 6):
            err(W, "need 2-6 turns"); continue
        turn_c[len(T)] += 1
        intents = [t.get("intent") for t in T]
        for i, t in enumerate(T):
            WT = "%s turn %d" % (W, i + 1)
            if list(t.keys()) != ["message", "intent", "expected"]:
                err(WT, "turn keys/order must be message, intent, expected"); continue
            m = t["message"]
            if not isinstance(m, str) or not m.strip(): err(WT, "empty message")
            msgs[m.strip().lower()] += 1
            if L == "en" and CJK.search(m): err(WT, "Chinese characters in an en dialogue")
            if L == "zh" and not CJK.search(m): err(WT, "zh message without Chinese")
            it = t["intent"]; intent_c[it] += 1
            if it not in SH_INTENTS: err(WT, "bad intent %r" % it); continue
            if not check_scene(WT, t["expected"]): continue
            if i == 0:
                if it != "draw": err(WT, "first turn must be draw")
                continue
            prev = T[i - 1]["expected"]; cur = t["expected"]
            if it in ("chat", "ask") and cur != prev: err(WT, "%s must leave the scene unchanged" % it)
            if it == "edit" and cur == prev: err(WT, "edit does not change the scene")
            if it == "draw" and cur == prev: err(WT, "new draw identical to previous scene")
            if it == "undo":
                if T[i - 1]["intent"] not in ("draw", "edit"): err(WT, "undo only right after draw/edit")
                if i < 2: err(WT, "undo needs a scene two turns back")
                elif cur != T[i - 2]["expected"]: err(WT, "undo scene must equal the scene two turns back")
            if it == "edit" and len(cur["objects"]) == len(prev["objects"]) + 1:
                if cur["objects"][:-1] != prev["objects"] and "two-edits" not in cl:
                    err(WT, "added object must go last, others unchanged")
            if it == "edit" and len(cur["objects"]) == len(prev["objects"]) - 1:
                # remaining objects must be an order-preserving subsequence (ignoring in-place attribute changes by position identity)
                pa = [o[3] for o in prev["objects"]]; pb = [o[3] for o in cur["objects"]]
                it2 = iter(pa)
                if not all(p in it2 for p in pb) and "move" not in cl:
                    err(WT, "removal must keep the order of the remaining objects")
        for i, it in enumerate(intents):
            if it == "ask":
                if i == len(T) - 1: err(W, "ask cannot be the last turn")
                elif intents[i + 1] != "edit": err(W, "the turn after ask must be an edit (the answer)")
        if L == "mixed":
            if not any(CJK.search(t["message"]) and LAT.search(t["message"]) for t in T):
                err(W, "mixed dialogue without a code-switched message")
        # class/intent consistency
        if "undo" in cl and "undo" not in intents: err(W, "class undo but no undo turn")
        if "ambiguous" in cl and "ask" not in intents: err(W, "class ambiguous but no ask turn")
        if ("ack-chat" in cl or "question-chat" in cl) and "chat" not in intents: err(W, "chat class but no chat turn")
    dup = [m for m, k in msgs.items() if k > 1]
    for m in dup: err("shapes", "duplicate message: %r" % m)
    total = sum(lang_c.values())
    if total < 160: err("shapes", "only %d dialogues (< 160)" % total)
    for L in ("en", "zh", "mixed"):
        for c in CLASSES:
            if cls_c[L][c] < 8: err("shapes", "class %s only %d times in %s (< 8)" % (c, cls_c[L][c], L))
    print("== shapes.jsonl: %d dialogues, %d turns" % (total, sum(intent_c.values())))
    print("  per language:", dict(lang_c), " shares:", {L: "%.0f%%" % (100.0 * k / max(total, 1)) for L, k in lang_c.items()})
    print("  per intent:", dict(intent_c))
    print("  turns per dialogue:", dict(sorted(turn_c.items())))
    print("  per class (en / zh / mixed / total):")
    for c in CLASSES:
        print("    %-20s %3d %3d %3d %4d" % (c, cls_c["en"][c], cls_c["zh"][c], cls_c["mixed"][c], sum(cls_c[L][c] for L in cls_c)))

def phrase_len_ok(p):
    if CJK.search(p):
        n = len(re.sub(r"[^\u4e00-\u9fff]", "", p))
        lat = LAT.findall(p)
        return 2 <= n <= 8 or (n >= 1 and len(lat) >= 1 and n <= 8)
    w = p.split()
    return 2 <= len(w) <= 5

def check_designer():
    rows = load("designer.jsonl")
    ids = set(); lang_c = Counter(); intent_c = Counter(); msgs = Counter(); long_c = 0; turn_c = Counter()
    for n, d in rows:
        W = "designer:%d" % n
        if list(d.keys()) != ["id", "lang", "turns"]:
            err(W, "keys/order must be id, lang, turns"); continue
        L = d["lang"]
        if L not in ("en", "zh", "mixed"): err(W, "bad lang"); continue
        W = d["id"]
        if not re.fullmatch(r"fresh5-designer-(en|zh|mixed)-\d{3}", d["id"]) or d["id"].split("-")[2] != L:
            err(W, "bad id for lang")
        if d["id"] in ids: err(W, "duplicate id")
        ids.add(d["id"]); lang_c[L] += 1
        T = d["turns"]
        if not isinstance(T, list) or not (2 <= len(T) <= 5): err(W, "need 2-5 turns"); continue
        turn_c[len(T)] += 1
        earlier = []  # list of must_contain per turn
        for i, t in enumerate(T):
            WT = "%s turn %d" % (W, i + 1)
            if list(t.keys()) != ["message", "intent", "must_contain", "must_not_contain"]:
                err(WT, "turn keys/order must be message, intent, must_contain, must_not_contain"); earlier.append([]); continue
            m = t["message"]; it = t["intent"]; mc = t["must_contain"]; mn = t["must_not_contain"]
            msgs[m.strip().lower()] += 1
            intent_c[it] += 1
            if len(m) > 300: long_c += 1
            if L == "en" and CJK.search(m): err(WT, "Chinese in en dialogue")
            if L == "zh" and not CJK.search(m): err(WT, "zh message without Chinese")
            if it not in DE_INTENTS: err(WT, "bad intent %r" % it)
            if i == 0 and it != "draw": err(WT, "first turn must be draw")
            if it == "undo" and (i < 2 or T[i - 1]["intent"] not in ("draw", "edit")): err(WT, "undo only right after a draw/edit with a turn before it")
            if not isinstance(mc, list) or not mc or not all(isinstance(x, str) and x.strip() for x in mc): err(WT, "must_contain must be a non-empty list of strings")
            if not isinstance(mn, list) or not all(isinstance(x, str) and x.strip() for x in mn): err(WT, "must_not_contain must be a list of strings")
            for p in mc:
                if not phrase_len_ok(p): err(WT, "phrase length out of range: %r" % p)
            for p in mc:
                for q in mn:
                    if q.lower() in p.lower(): err(WT, "must_not %r is inside must_contain %r" % (q, p))
            if i == 0:
                for p in mc:
                    if p.lower() not in m.lower(): err(WT, "first-turn phrase not typed verbatim: %r" % p)
            if it == "chat":
                prev = {x.lower() for x in earlier[-1]} if earlier else set()
                for p in mc:
                    if p.lower() not in prev: err(WT, "chat turn must_contain %r not in the previous turn's list" % p)
            if it == "undo" and i >= 2:
                pool = [x.lower() for e in earlier[: i - 1] for x in e] + [T[k]["message"].lower() for k in range(i - 1)]
                for p in mc:
                    if not any(p.lower() in x for x in pool): err(WT, "undo restores %r which was never in the prompt before the change" % p)
                # phrases that the undone edit introduced must be listed as gone
                introduced = [x for x in T[i - 1]["must_contain"] if not any(x.lower() in y for y in pool)]
                if introduced and not mn:
                    err(WT, "undo should list what the undone edit introduced (%r) in must_not_contain" % introduced)
                for x in introduced:
                    if x in mc: err(WT, "undo keeps %r that the undone edit introduced" % x)
            if it == "edit" and not mn and not any(p.lower() not in {x.lower() for e in earlier for x in e} for p in mc):
                err(WT, "edit neither adds a new phrase nor removes one")
            earlier.append(mc)
    for m, k in msgs.items():
        if k > 1: err("designer", "duplicate message: %r" % m)
    total = sum(lang_c.values())
    if total < 64: err("designer", "only %d dialogues (< 64)" % total)
    print("== designer.jsonl: %d dialogues, %d turns, %d messages over 300 chars" % (total, sum(intent_c.values()), long_c))
    print("  per language:", dict(lang_c))
    print("  per intent:", dict(intent_c))
    print("  turns per dialogue:", dict(sorted(turn_c.items())))

if __name__ == "__main__":
    check_shapes()
    if os.path.exists(os.path.join(HERE, "designer.jsonl")):
        check_designer()
    else:
        err("designer", "designer.jsonl missing")
    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors[:300]: print("  " + e)
        sys.exit(1)
    print("\nOK: no errors")
