#!/usr/bin/env python3
"""Standard-library checker for fresh-19 designer.jsonl (File 2 of the brief)."""
import json, re, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit('/', 1)[0] + '/designer.jsonl'
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 36, "zh": 36, "mixed": 18}
CJK = re.compile(r'[\u3400-\u9fff]')

errors, warnings = [], []
ids = set()
langs = collections.Counter()
intents = collections.Counter()
later_intents = collections.Counter()
nturns = collections.Counter()

def phrase_ok(p):
    p = p.strip()
    if not p:
        return False, "empty phrase"
    cjk = len(CJK.findall(p))
    if cjk:
        # Chinese (or mixed) phrase: 2-8 Chinese characters, few latin words
        latin_words = len(re.findall(r'[A-Za-z0-9]+', p))
        if not (2 <= cjk <= 8) or latin_words > 2:
            return False, "zh phrase %r should be 2-8 Chinese characters" % p
        return True, ""
    words = p.split()
    if not (1 <= len(words) <= 6):
        return False, "en phrase %r should be 1-6 words" % p
    return True, ""

with open(PATH, encoding='utf-8') as f:
    lines = f.read().splitlines()
for n, line in enumerate(lines, 1):
    where = "line %d" % n
    if not line.strip():
        errors.append(where + ": blank line"); continue
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append("%s: bad JSON: %s" % (where, e)); continue
    if set(obj) != {"id", "lang", "turns"}:
        errors.append("%s: keys %s" % (where, sorted(obj))); continue
    did, lang, turns = obj["id"], obj["lang"], obj["turns"]
    where = "%s (%s)" % (where, did)
    if lang not in WANT:
        errors.append(where + ": bad lang %r" % lang)
    langs[lang] += 1
    if not re.fullmatch(r"fresh19-designer-(en|zh|mixed)-\d{3}", str(did)) or did.split('-')[2] != lang:
        errors.append(where + ": id does not match fresh19-designer-<lang>-NNN")
    if did in ids:
        errors.append(where + ": duplicate id")
    ids.add(did)
    if not isinstance(turns, list) or not (2 <= len(turns) <= 4):
        errors.append(where + ": needs 2-4 turns"); continue
    nturns[len(turns)] += 1
    seen_text = ""
    for k, t in enumerate(turns):
        tw = "%s turn %d" % (where, k + 1)
        if not isinstance(t, dict) or set(t) != {"message", "intent", "must_contain", "must_not_contain"}:
            errors.append(tw + ": wrong fields"); continue
        msg, it, mc, mn = t["message"], t["intent"], t["must_contain"], t["must_not_contain"]
        if not isinstance(msg, str) or not msg.strip():
            errors.append(tw + ": empty message")
        if it not in INTENTS:
            errors.append(tw + ": bad intent %r" % it)
        intents[it] += 1
        if k:
            later_intents[it] += 1
        if not isinstance(mc, list) or not isinstance(mn, list) or not all(isinstance(x, str) for x in mc + mn):
            errors.append(tw + ": must_contain/must_not_contain must be lists of strings"); continue
        if not mc:
            errors.append(tw + ": must_contain is empty")
        for p in mc + mn:
            ok, why = phrase_ok(p)
            if not ok:
                errors.append(tw + ": " + why)
        low_mc = [p.lower() for p in mc]
        for q in mn:
            for p in low_mc:
                if q.lower() in p:
                    errors.append(tw + ": must_contain %r contains must_not_contain %r" % (p, q))
        if len(set(low_mc)) != len(low_mc):
            errors.append(tw + ": duplicate must_contain")
        seen_text += "\n" + msg.lower()
        if k == 0:
            if it != "draw":
                errors.append(tw + ": first turn must be draw")
            n_words = len(msg.split()) if not CJK.search(msg) else len(CJK.findall(msg)) / 1.6 + len(re.findall(r'[A-Za-z]+', msg))
            if not (8 <= n_words <= 62):
                warnings.append(tw + ": first prompt ~%d words (want 8-60)" % n_words)
            for p in mc:
                if p.lower() not in msg.lower():
                    errors.append(tw + ": first-turn phrase %r is not the user's own words" % p)
            for q in mn:
                if q.lower() not in msg.lower():
                    warnings.append(tw + ": first-turn must_not_contain %r not in message (wrapper?)" % q)
        else:
            for p in mc:
                if p.lower() not in seen_text:
                    warnings.append(tw + " [%s]: derived phrase %r (not typed verbatim; check it is a minimal edit)" % (it, p))

total = sum(langs.values())
for l, w in WANT.items():
    if langs[l] != w:
        errors.append("lang %s: %d dialogues, want %d" % (l, langs[l], w))
print("file:", PATH)
print("dialogues:", total, dict(langs))
print("turns per dialogue:", dict(sorted(nturns.items())))
print("intents (all turns):", dict(intents))
later = sum(later_intents.values())
print("intents (turns after first):", dict(later_intents),
      "edit share %.0f%%" % (100.0 * later_intents["edit"] / later if later else 0))
missing = INTENTS - set(later_intents) - {"draw"}
if missing:
    errors.append("intents never used after first turn: %s" % sorted(missing))
if "-v" in sys.argv:
    for w in warnings:
        print("WARN", w)
print("warnings: %d (run with -v to list; derived phrases are expected after edits)" % len(warnings))
for e in errors:
    print("ERROR", e)
print("errors:", len(errors))
print("OK" if not errors else "FAILED")
sys.exit(1 if errors else 0)
