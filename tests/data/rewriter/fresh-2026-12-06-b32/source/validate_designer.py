#!/usr/bin/env python3
"""Checker for /work/fresh-32/designer.jsonl (standard library only).
Errors: bad JSON, missing/ill-typed fields, bad lang/intent, turn counts, duplicate ids,
language counts, contradictory phrases, draw-turn phrases that are not the user's own words.
Warnings: phrase lengths outside 2-5 words / 2-8 CJK chars, short/long first prompts."""
import json, re, sys, collections
path = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-32/designer.jsonl"
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 36, "zh": 36, "mixed": 18}
CJK = re.compile(r"[\u4e00-\u9fff]")
errs, warns = [], []
ids, langs, intents = set(), collections.Counter(), collections.Counter()
after_first = collections.Counter()
def plen(p):
    c = len(CJK.findall(p)); w = len(re.findall(r"[A-Za-z0-9']+", p))
    return c, w
with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
for n, line in enumerate(lines, 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append("line %d: bad json %s" % (n, e)); continue
    for k in ("id", "lang", "turns"):
        if k not in o: errs.append("line %d: missing %s" % (n, k))
    if set(o) - {"id", "lang", "turns"}: errs.append("line %d: extra keys %s" % (n, set(o) - {"id", "lang", "turns"}))
    i = o.get("id"); lang = o.get("lang")
    if i in ids: errs.append("line %d: duplicate id %s" % (n, i))
    ids.add(i)
    if lang not in WANT: errs.append("%s: bad lang %r" % (i, lang))
    elif not re.fullmatch(r"fresh32-designer-%s-\d{3}" % lang, str(i)): errs.append("%s: id does not match lang" % i)
    langs[lang] += 1
    turns = o.get("turns", [])
    if not isinstance(turns, list) or not 2 <= len(turns) <= 4: errs.append("%s: needs 2-4 turns" % i); turns = turns if isinstance(turns, list) else []
    for t, tu in enumerate(turns):
        tag = "%s turn %d" % (i, t + 1)
        for k in ("message", "intent", "must_contain", "must_not_contain"):
            if k not in tu: errs.append("%s: missing %s" % (tag, k))
        if set(tu) - {"message", "intent", "must_contain", "must_not_contain"}: errs.append("%s: extra keys" % tag)
        msg = tu.get("message", ""); it = tu.get("intent")
        if not isinstance(msg, str) or not msg.strip(): errs.append("%s: empty message" % tag)
        if it not in INTENTS: errs.append("%s: bad intent %r" % (tag, it))
        intents[it] += 1
        if t > 0: after_first[it] += 1
        mc, mn = tu.get("must_contain", []), tu.get("must_not_contain", [])
        for name, lst in (("must_contain", mc), ("must_not_contain", mn)):
            if not isinstance(lst, list) or not all(isinstance(x, str) and x.strip() for x in lst):
                errs.append("%s: %s must be a list of non-empty strings" % (tag, name)); continue
            if len(set(x.lower() for x in lst)) != len(lst): errs.append("%s: duplicate phrase in %s" % (tag, name))
            for p in lst:
                c, w = plen(p)
                if c and not w and not 2 <= c <= 8: warns.append("%s: %s %r has %d CJK chars" % (tag, name, p, c))
                if w and not c and not 2 <= w <= 5: warns.append("%s: %s %r has %d words" % (tag, name, p, w))
        if isinstance(mc, list) and isinstance(mn, list):
            for a in mc:
                for b in mn:
                    if b.lower() in a.lower(): errs.append("%s: must_contain %r includes must_not_contain %r" % (tag, a, b))
            if it == "edit" and not mc: errs.append("%s: edit with no must_contain" % tag)
            if it in ("edit", "draw") and t > 0 and len(mc) < 2: warns.append("%s: fewer than 2 must_contain" % tag)
            if it == "draw":
                for a in mc:
                    if a.lower() not in msg.lower(): errs.append("%s: draw phrase %r is not in the user's words" % (tag, a))
                for b in mn:
                    if t == 0 and b.lower() not in msg.lower(): warns.append("%s: first-turn must_not %r not in message" % (tag, b))
        if t == 0:
            c, w = plen(msg); size = w + c / 1.7
            if not 8 <= size <= 60 and it == "draw": warns.append("%s: first prompt size ~%d words" % (tag, size))
for l, k in WANT.items():
    if langs[l] != k: errs.append("lang %s: %d dialogues, want %d" % (l, langs[l], k))
print("dialogues:", len(lines), dict(langs))
print("turns by intent:", dict(intents))
tot = sum(after_first.values())
print("turns after the first: %d, edits %d (%.0f%%)" % (tot, after_first["edit"], 100.0 * after_first["edit"] / max(tot, 1)), dict(after_first))
for w in warns: print("WARN", w)
for e in errs: print("ERROR", e)
print("OK" if not errs else "FAILED: %d errors" % len(errs), "(%d warnings)" % len(warns))
sys.exit(1 if errs else 0)
