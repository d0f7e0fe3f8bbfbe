#!/usr/bin/env python3
"""Checker for /work/fresh-20/designer.jsonl (standard library only)."""
import json, re, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-20/designer.jsonl"
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 36, "zh": 36, "mixed": 18}
CJK = re.compile(r"[\u4e00-\u9fff]")
errors, warnings = [], []

def err(m): errors.append(m)
def warn(m): warnings.append(m)

def phrase_ok(p):
    cjk = len(CJK.findall(p))
    words = re.findall(r"[A-Za-z0-9][A-Za-z0-9'&\-]*|&", re.sub(r"[\u4e00-\u9fff]", " ", p))
    if cjk and not words:
        return 2 <= cjk <= 8
    if words and not cjk:
        return 2 <= len(words) <= 5
    return 2 <= cjk + len(words) <= 8   # code-switched phrase

def first_len_ok(msg):
    cjk = len(CJK.findall(msg))
    words = len(re.findall(r"[A-Za-z0-9']+", msg))
    n = words + cjk / 1.6          # ~1.6 characters per Chinese word
    return 8 <= n <= 60 or (cjk == 0 and 8 <= words <= 60)

ids = set()
lang_count = collections.Counter()
intent_count = collections.defaultdict(collections.Counter)
turn_hist = collections.Counter()
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            err("line %d: bad JSON: %s" % (ln, e)); continue
        for k in ("id", "lang", "turns"):
            if k not in o: err("line %d: missing %s" % (ln, k))
        if set(o) - {"id", "lang", "turns"}: err("line %d: extra keys %s" % (ln, set(o) - {"id", "lang", "turns"}))
        did, lang, turns = o.get("id"), o.get("lang"), o.get("turns", [])
        if did in ids: err("%s: duplicate id" % did)
        ids.add(did)
        if lang not in WANT: err("%s: bad lang %r" % (did, lang)); continue
        if not re.fullmatch(r"fresh20-designer-%s-\d{3}" % lang, did or ""): err("%s: id does not match lang" % did)
        lang_count[lang] += 1
        if not (2 <= len(turns) <= 4): err("%s: %d turns" % (did, len(turns)))
        turn_hist[len(turns)] += 1
        seen_text = ""
        prev = None
        changes = 0
        for i, t in enumerate(turns):
            where = "%s turn %d" % (did, i + 1)
            for k in ("message", "intent", "must_contain", "must_not_contain"):
                if k not in t: err("%s: missing %s" % (where, k))
            if set(t) - {"message", "intent", "must_contain", "must_not_contain"}: err("%s: extra keys" % where)
            msg, intent = t.get("message", ""), t.get("intent")
            mc, mnc = t.get("must_contain", []), t.get("must_not_contain", [])
            if not isinstance(msg, str) or not msg.strip(): err("%s: empty message" % where)
            if intent not in INTENTS: err("%s: bad intent %r" % (where, intent))
            intent_count[lang][intent] += 1
            if not isinstance(mc, list) or not isinstance(mnc, list): err("%s: phrase lists must be lists" % where); continue
            if not mc: err("%s: empty must_contain" % where)
            if len(set(p.lower() for p in mc)) != len(mc): err("%s: duplicate must_contain" % where)
            for p in mc:
                if not isinstance(p, str) or not phrase_ok(p):
                    err("%s: must_contain phrase length out of range: %r" % (where, p))
            for p in mnc:   # a single word is allowed here: it is a stricter "gone" test
                if not isinstance(p, str) or not p.strip() or len(p.split()) > 6:
                    err("%s: bad must_not_contain phrase %r" % (where, p))
            for a in mc:
                for b in mnc:
                    if b.lower() in a.lower():
                        err("%s: must_contain %r contains must_not_contain %r" % (where, a, b))
            seen_text += " " + msg
            if i == 0:
                if intent != "draw": err("%s: first turn must be draw" % where)
                if not first_len_ok(msg): err("%s: first prompt length out of 8-60 words" % where)
                for p in mc:
                    if p.lower() not in msg.lower(): err("%s: first-turn phrase not in user's words: %r" % (where, p))
                for p in mnc:
                    if p.lower() not in msg.lower(): warn("%s: first-turn must_not_contain %r not in message" % (where, p))
            else:
                # every must_contain phrase must be built from words the user typed
                # (cross-language edits may bring in prompt-language words: warning only)
                low = seen_text.lower()
                for p in mc:
                    toks = re.findall(r"[a-z0-9][a-z0-9'&\-]*", p.lower()) + CJK.findall(p)
                    missing = [w for w in toks if w not in low]
                    if missing: warn("%s: %r has words nobody typed %s (ok only for cross-language edit)" % (where, p, missing))
                if intent in ("chat", "ask") and prev is not None:
                    for p in mc:
                        if any(b.lower() in p.lower() for b in prev.get("must_not_contain", [])):
                            err("%s: %s keeps scene but must_contain %r was gone before" % (where, intent, p))
                    for p in mnc:
                        if any(p.lower() in a.lower() for a in prev.get("must_contain", [])):
                            err("%s: %s keeps scene but must_not_contain %r was present before" % (where, intent, p))
                if intent == "undo":
                    if prev is None or prev.get("intent") not in ("edit", "draw"):
                        err("%s: undo should follow a change" % where)
                    if changes < 1: err("%s: nothing to undo" % where)
                if intent in ("edit", "draw"): changes += 1
                if intent == "undo": changes -= 1
            prev = t
for lang, n in WANT.items():
    if lang_count[lang] != n: err("lang %s: %d dialogues, want %d" % (lang, lang_count[lang], n))

tot = collections.Counter()
for lang in intent_count: tot.update(intent_count[lang])
later = sum(tot.values()) - sum(lang_count.values())
print("dialogues per lang:", dict(lang_count), "total", sum(lang_count.values()))
print("turn-count histogram:", dict(sorted(turn_hist.items())))
for lang in WANT:
    print("intents %-5s:" % lang, dict(intent_count[lang]))
print("intents total:", dict(tot))
if later:
    print("edits among turns after the first: %d/%d = %.0f%%" % (tot["edit"], later, 100.0 * tot["edit"] / later))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else "FAILED: %d errors" % len(errors), "(%d warnings)" % len(warnings))
sys.exit(1 if errors else 0)
