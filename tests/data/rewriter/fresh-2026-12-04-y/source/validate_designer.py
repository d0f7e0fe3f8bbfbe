#!/usr/bin/env python3
"""Checker for designer.jsonl (standard library only).

Errors (exit 1): bad JSON, missing/ill-typed fields, bad ids/langs/intents/turn counts, wrong totals,
first-turn phrases not taken from the first message, phrases contradicting each other, undo/chat/ask
turns inconsistent with the scene they keep or restore, removed phrases coming back without a reason.
Warnings: phrase lengths outside 2-5 words / 2-8 CJK chars, edits with fewer than 3 must_contain,
later must_contain phrases whose words never appear in the dialogue (expected for cross-language edits).
"""
import json, re, sys, os
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "designer.jsonl")
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 36, "zh": 36, "mixed": 18}
CJK = re.compile(r"[\u3400-\u9fff]")
errors, warnings, notes = [], [], []

def err(where, msg): errors.append("%s: %s" % (where, msg))
def warn(where, msg): warnings.append("%s: %s" % (where, msg))
def low(s): return s.lower()
def related(a, b): a, b = low(a), low(b); return a in b or b in a

def size_ok(p):
    cjk = len(CJK.findall(p))
    latin = [w for w in re.split(r"[\s]+", CJK.sub(" ", p)) if re.search(r"[A-Za-z0-9]", w)]
    if cjk:
        n = cjk + len(latin)
        return 2 <= n <= 8 + len(latin), "%d CJK chars + %d words" % (cjk, len(latin))
    n = len(p.split())
    return 2 <= n <= 5, "%d words" % n

def tokens(p):
    return [w for w in re.findall(r"[a-z0-9]+", low(p))] + CJK.findall(p)

ids = set(); counts = Counter(); intents = Counter(); nturns = 0; later = 0; later_edits = 0
with open(PATH, encoding="utf-8") as f:
    raw = f.read().split("\n")
if raw and raw[-1] == "": raw.pop()
seq = Counter()
for ln, line in enumerate(raw, 1):
    W = "line %d" % ln
    try:
        d = json.loads(line)
    except Exception as e:
        err(W, "bad JSON: %s" % e); continue
    if not isinstance(d, dict): err(W, "not an object"); continue
    for k in ("id", "lang", "turns"):
        if k not in d: err(W, "missing " + k)
    extra = set(d) - {"id", "lang", "turns"}
    if extra: warn(W, "extra keys %s" % sorted(extra))
    i, lang, turns = d.get("id"), d.get("lang"), d.get("turns")
    W = "%s (line %d)" % (i, ln)
    if lang not in WANT: err(W, "bad lang %r" % lang); continue
    counts[lang] += 1; seq[lang] += 1
    if i in ids: err(W, "duplicate id")
    ids.add(i)
    if i != "fresh25-designer-%s-%03d" % (lang, seq[lang]):
        err(W, "id should be fresh25-designer-%s-%03d" % (lang, seq[lang]))
    if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
        err(W, "needs 2-4 turns"); continue
    history = []          # messages so far
    known = []            # phrases that have been asserted present at some turn
    mcs, gones = [], []   # per turn: must_contain list, set of phrases known gone after the turn
    for t, tr in enumerate(turns):
        TW = "%s turn %d" % (i, t + 1)
        if not isinstance(tr, dict): err(TW, "turn not an object"); break
        for k in ("message", "intent", "must_contain", "must_not_contain"):
            if k not in tr: err(TW, "missing " + k)
        msg, it = tr.get("message", ""), tr.get("intent")
        mc, mnc = tr.get("must_contain", []), tr.get("must_not_contain", [])
        if not isinstance(msg, str) or not msg.strip(): err(TW, "empty message")
        if it not in INTENTS: err(TW, "bad intent %r" % it)
        if not isinstance(mc, list) or not all(isinstance(p, str) and p.strip() for p in mc): err(TW, "must_contain must be a list of strings"); mc = []
        if not isinstance(mnc, list) or not all(isinstance(p, str) and p.strip() for p in mnc): err(TW, "must_not_contain must be a list of strings"); mnc = []
        if not mc: err(TW, "must_contain is empty")
        nturns += 1; intents[it] += 1
        if len(set(map(low, mc))) != len(mc): err(TW, "duplicate must_contain")
        for p in mc:
            ok, why = size_ok(p)
            if not ok: warn(TW, "must_contain %r has %s" % (p, why))
            for q in mnc:
                if related(p, q): err(TW, "must_contain %r and must_not_contain %r overlap" % (p, q))
        if t == 0:
            if it != "draw": err(TW, "first turn must be draw")
            wc = len(msg.split()) if not CJK.search(msg) else len(CJK.findall(msg)) // 2 + len(re.findall(r"[A-Za-z]+", msg))
            if not 8 <= wc <= 60: warn(TW, "first prompt ~%d words (want 8-60)" % wc)
            for p in mc + mnc:
                if low(p) not in low(msg): err(TW, "first-turn phrase %r is not in the message" % p)
            gone = set(mnc)
        else:
            later += 1
            if it == "edit":
                later_edits += 1
                if len(mc) < 3: warn(TW, "edit with only %d must_contain" % len(mc))
            prev_gone = gones[-1]
            if it == "undo":
                if t < 2: err(TW, "undo needs a turn before the undone one")
                base_gone = gones[t - 2] if t >= 2 else set()
                restored = mcs[t - 2] if t >= 2 else []
                for q in mnc:
                    for p in restored:
                        if related(p, q) and low(q) in low(p): err(TW, "undo restores %r but must_not_contain %r" % (p, q))
                for p in mc:
                    for g in base_gone:
                        if low(g) in low(p): err(TW, "undo restores a scene where %r was gone, yet must_contain %r" % (g, p))
                gone = set(base_gone) | set(mnc)
            elif it in ("chat", "ask"):
                for q in mnc:
                    if not any(related(q, g) for g in prev_gone):
                        err(TW, "%s keeps the scene but must_not_contain %r was not gone before" % (it, q))
                for p in mc:
                    for g in prev_gone:
                        if low(g) in low(p): err(TW, "%s keeps the scene, %r was gone, yet must_contain %r" % (it, g, p))
                    if not any(related(p, k) for k in mcs[-1]) and not any(low(p) in low(h) for h in history):
                        warn(TW, "%s turn asserts %r that no earlier turn had" % (it, p))
                gone = set(prev_gone)
            elif it == "draw":
                gone = set(mnc)
            else:  # edit
                for p in mc:
                    for g in prev_gone:
                        if low(g) in low(p) and low(g) not in low(msg):
                            err(TW, "%r was removed earlier; must_contain %r brings it back without being asked" % (g, p))
                gone = (set(prev_gone) - {g for g in prev_gone if any(low(g) in low(p) for p in mc)}) | set(mnc)
            if it in ("edit", "undo", "draw", "chat", "ask"):
                so_far = " ".join(history + [msg] + known)
                for q in mnc:
                    if it != "draw" and not any(low(q) in low(x) for x in history + known) \
                            and [w for w in tokens(q) if w not in low(so_far)]:
                        warn(TW, "must_not_contain %r: words never typed or expected earlier" % q)
                for p in mc:
                    missing = [w for w in tokens(p) if w not in low(so_far)]
                    if missing:
                        cross = bool(CJK.search(msg)) != bool(CJK.search(turns[0].get("message", "")))
                        if cross: notes.append("%s: cross-language edit, %r written in the prompt's language" % (TW, p))
                        else: warn(TW, "must_contain %r: %s not typed by the user" % (p, missing))
        history.append(msg); known.extend(mc); mcs.append(mc); gones.append(gone)

for lang, n in WANT.items():
    if counts[lang] != n: err("totals", "%s has %d dialogues, want %d" % (lang, counts[lang], n))

print("file:", PATH)
print("dialogues:", sum(counts.values()), dict(counts))
print("turns:", nturns, "intents:", dict(intents))
print("later turns: %d, of which edits: %d (%.0f%%)" % (later, later_edits, 100.0 * later_edits / max(later, 1)))
for n in notes: print("NOTE", n)
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("%d errors, %d warnings, %d notes" % (len(errors), len(warnings), len(notes)))
sys.exit(1 if errors else 0)
