#!/usr/bin/env python3
"""Checker for designer.jsonl (File 2, batch 26). Standard library only.
Usage: python3 validate_designer.py [designer.jsonl]"""
import json, re, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-26/designer.jsonl"
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 36, "zh": 36, "mixed": 18}
CJK = re.compile(r"[\u3400-\u9fff]")
WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
# words the product may write for a cross-language edit (prompt-language translation of the user's edit)
XLANG = {"red", "blue", "night", "silver", "light", "cream", "黑色", "啤酒", "霓虹"}

errors, warns = [], []
def err(where, msg): errors.append("%s: %s" % (where, msg))
def warn(where, msg): warns.append("%s: %s" % (where, msg))

def phrase_ok(p, where, contain=True):
    if not isinstance(p, str) or not p.strip():
        err(where, "empty/non-string phrase %r" % (p,)); return
    if CJK.search(p):
        # CJK chars count one each, embedded latin words count one each (code-switched phrases)
        n = len(CJK.findall(p)) + len(WORD.findall(CJK.sub(" ", p)))
        if not 2 <= n <= 8: err(where, "CJK phrase %r has %d units (want 2-8)" % (p, n))
    else:
        n = len(WORD.findall(p))
        if not 1 <= n <= 5: err(where, "phrase %r has %d words (want 1-5)" % (p, n))
        elif n == 1 and contain: warn(where, "one-word phrase %r" % p)

def grounded(p, seen):
    """every word / CJK char of p was typed by the user so far, or is an allowed translation"""
    s = p.lower()
    for x in XLANG:
        s = s.replace(x, " ") if CJK.search(x) else re.sub(r"(?<![^\W_])" + re.escape(x) + r"(?![^\W_])", " ", s)
    for ch in CJK.findall(s):
        if ch not in seen: return "char %r" % ch
    seen_l = CJK.sub(" ", seen)
    for w in WORD.findall(CJK.sub(" ", s)):
        if not re.search(r"(?<![^\W_])" + re.escape(w) + r"(?![^\W_])", seen_l): return "word %r" % w
    return None

ids, counts, intents, after_first = set(), collections.Counter(), collections.Counter(), 0
with open(PATH, encoding="utf-8") as f:
    lines = f.read().splitlines()
for ln, line in enumerate(lines, 1):
    where = "line %d" % ln
    try: o = json.loads(line)
    except Exception as e: err(where, "bad JSON: %s" % e); continue
    if not isinstance(o, dict): err(where, "not an object"); continue
    if set(o) != {"id", "lang", "turns"}: err(where, "keys %s" % sorted(o))
    did, lang, turns = o.get("id"), o.get("lang"), o.get("turns")
    where = "%s (line %d)" % (did, ln)
    if did in ids: err(where, "duplicate id")
    ids.add(did)
    if lang not in WANT: err(where, "bad lang %r" % lang); continue
    counts[lang] += 1
    if not re.fullmatch(r"fresh26-designer-%s-\d{3}" % lang, str(did)): err(where, "id does not match lang/pattern")
    if not isinstance(turns, list) or not 2 <= len(turns) <= 4: err(where, "need 2-4 turns"); continue
    seen = ""
    for i, t in enumerate(turns):
        w = "%s turn %d" % (where, i + 1)
        if not isinstance(t, dict) or set(t) != {"message", "intent", "must_contain", "must_not_contain"}:
            err(w, "turn keys wrong"); continue
        msg, it, mc, mn = t["message"], t["intent"], t["must_contain"], t["must_not_contain"]
        if not isinstance(msg, str) or not msg.strip(): err(w, "empty message")
        if it not in INTENTS: err(w, "bad intent %r" % it)
        if not isinstance(mc, list) or not isinstance(mn, list): err(w, "lists required"); continue
        if not mc: err(w, "must_contain empty")
        intents[it] += 1
        if i: after_first += 1
        seen += " " + msg.lower()
        for p in mc: phrase_ok(p, w)
        for p in mn: phrase_ok(p, w, False)
        for c in mc:
            for n in mn:
                if n.lower() in c.lower(): err(w, "must_contain %r contains must_not %r" % (c, n))
            g = grounded(c, seen)
            if g: err(w, "must_contain %r not typed by user (%s)" % (c, g))
        if len(set(x.lower() for x in mc)) != len(mc): err(w, "duplicate must_contain")
        if i == 0:
            if it != "draw": err(w, "first turn must be draw")
            if lang == "zh":
                n = len(CJK.findall(msg))
                if not 10 <= n <= 120: err(w, "zh first prompt has %d chars" % n)
            else:
                n = len(WORD.findall(msg)) + len(CJK.findall(msg)) // 2
                if not 8 <= n <= 60: err(w, "first prompt ~%d words (want 8-60)" % n)
            for c in mc:
                if c.lower() not in msg.lower(): err(w, "first-turn phrase %r not in message" % c)
            for n in mn:
                if n.lower() not in msg.lower(): err(w, "first-turn must_not %r is not a wrapper in the message" % n)
        else:
            prev = turns[i - 1]
            if it in ("chat", "ask"):
                if mc != prev["must_contain"] or mn != prev["must_not_contain"]:
                    err(w, "%s must keep the previous prompt's lists" % it)
            if it == "undo":
                if i < 2: err(w, "undo needs a turn two back to restore"); continue
                rest = turns[i - 2]
                earlier = [x.lower() for tt in turns[:i - 1] for x in tt["must_contain"]]
                said = " ".join(tt["message"].lower() for tt in turns[:i - 1])
                for c in mc:
                    if c.lower() not in earlier and c.lower() not in said: err(w, "undo phrase %r was not in the restored history" % c)
                    for n in rest["must_not_contain"]:
                        if n.lower() in c.lower(): err(w, "undo phrase %r was gone in the restored state" % c)
                for n in mn:
                    for c in rest["must_contain"]:
                        if n.lower() in c.lower(): err(w, "undo must_not %r is in restored state %r" % (n, c))
            if it == "edit" and mc == prev["must_contain"] and mn == prev["must_not_contain"]:
                warn(w, "edit with lists identical to previous turn (weak check)")

for lang, n in WANT.items():
    if counts[lang] != n: err("counts", "%s: %d dialogues, want %d" % (lang, counts[lang], n))
print("dialogues:", dict(counts), "total", sum(counts.values()))
print("turns by intent:", dict(intents), "| turns after first:", after_first,
      "| edits share: %.0f%%" % (100.0 * intents["edit"] / max(1, after_first)))
for x in warns: print("WARN", x)
for x in errors: print("ERROR", x)
print("OK" if not errors else "FAILED: %d errors" % len(errors))
sys.exit(1 if errors else 0)
