#!/usr/bin/env python3
"""Checker for /work/fresh-17/designer.jsonl (standard library only).

Errors (exit 1): bad JSON, missing/extra fields, bad ids/langs/intents, wrong counts,
turns outside 2-4, empty or contradictory phrase lists, first-turn phrases that are not
the user's own words, undo/chat/ask turns whose expectations contradict the state they
must keep or restore, phrase lengths outside the brief's limits.
Warnings: must_contain words that never appear in the dialogue so far (expected only for
cross-language edits, where the product writes the change in the prompt's language).
"""
import json, re, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-17/designer.jsonl"
WANT = {"en": 36, "zh": 36, "mixed": 18}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
CJK = re.compile(r"[\u3400-\u9fff]")
LATIN = re.compile(r"[A-Za-z0-9%&'][A-Za-z0-9%&'\-]*")
errors, warnings = [], []

def err(where, msg): errors.append("%s: %s" % (where, msg))
def warn(where, msg): warnings.append("%s: %s" % (where, msg))

def units(p):
    """CJK characters + Latin words."""
    return len(CJK.findall(p)) + len(LATIN.findall(p))

def check_len(where, p):
    c, w = len(CJK.findall(p)), len(LATIN.findall(p))
    if c == 0:
        ok = 2 <= w <= 5 or (w == 1 and re.search(r"\d", p))  # e.g. "12元" handled below
        if not (2 <= w <= 5):
            err(where, "English phrase must be 2-5 words: %r" % p)
    elif w == 0:
        if not (2 <= c <= 8):
            err(where, "Chinese phrase must be 2-8 characters: %r" % p)
    else:
        if not (2 <= c + w <= 8):
            err(where, "mixed phrase must be 2-8 units: %r" % p)

def conflicts(must, mustnot):
    """Pairs (a, b) where containing a forces containing b."""
    return [(a, b) for a in must for b in mustnot if b.lower() in a.lower()]

def first_len_ok(lang, msg):
    n = units(msg)
    if lang == "en":
        return 8 <= len(msg.split()) <= 60
    return 8 <= n <= 120

seen = set()
counts = collections.Counter()
intent_after_first = collections.Counter()
nturns = collections.Counter()
try:
    lines = open(PATH, encoding="utf-8").read().splitlines()
except OSError as e:
    print("cannot read", PATH, e); sys.exit(1)

for ln, line in enumerate(lines, 1):
    where = "line %d" % ln
    if not line.strip():
        err(where, "blank line"); continue
    try:
        d = json.loads(line)
    except ValueError as e:
        err(where, "bad JSON: %s" % e); continue
    if not isinstance(d, dict) or set(d) != {"id", "lang", "turns"}:
        err(where, "fields must be exactly id, lang, turns"); continue
    did, lang, turns = d["id"], d["lang"], d["turns"]
    where = str(did)
    if lang not in WANT:
        err(where, "bad lang %r" % lang); continue
    m = re.fullmatch(r"fresh17-designer-(en|zh|mixed)-(\d{3})", str(did))
    if not m or m.group(1) != lang:
        err(where, "id does not match fresh17-designer-<lang>-NNN")
    if did in seen:
        err(where, "duplicate id")
    seen.add(did)
    counts[lang] += 1
    if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
        err(where, "needs 2-4 turns"); continue
    nturns[len(turns)] += 1
    history = []   # messages so far
    states = []    # (must, mustnot) after each turn
    for i, t in enumerate(turns):
        tw = "%s turn %d" % (did, i + 1)
        if not isinstance(t, dict) or set(t) != {"message", "intent", "must_contain", "must_not_contain"}:
            err(tw, "turn fields must be exactly message, intent, must_contain, must_not_contain"); break
        msg, intent, mc, mnc = t["message"], t["intent"], t["must_contain"], t["must_not_contain"]
        if not isinstance(msg, str) or not msg.strip():
            err(tw, "empty message")
        if intent not in INTENTS:
            err(tw, "bad intent %r" % intent)
        if not isinstance(mc, list) or not mc or not all(isinstance(p, str) and p.strip() for p in mc):
            err(tw, "must_contain must be a non-empty list of strings"); break
        if not isinstance(mnc, list) or not all(isinstance(p, str) and p.strip() for p in mnc):
            err(tw, "must_not_contain must be a list of strings"); break
        if len(set(p.lower() for p in mc)) != len(mc):
            err(tw, "duplicate must_contain phrase")
        for p in mc:
            check_len(tw, p)
        for a, b in conflicts(mc, mnc):
            err(tw, "must_contain %r contains must_not_contain %r" % (a, b))
        if i == 0:
            if intent != "draw":
                err(tw, "first turn must be draw")
            if not first_len_ok(lang, msg):
                err(tw, "first prompt length out of range (%d units)" % units(msg))
            for p in mc:
                if p.lower() not in msg.lower():
                    err(tw, "first-turn phrase not in the user's words: %r" % p)
            for p in mnc:
                if p.lower() not in msg.lower():
                    err(tw, "first-turn must_not_contain should be a wrapper from the message: %r" % p)
        else:
            intent_after_first[intent] += 1
            if intent == "edit" and len(mc) < 2:
                err(tw, "edit should list the changed phrase and untouched ones")
            if intent in ("chat", "ask"):
                pmc, pmnc = states[i - 1]
                for a, b in conflicts(mc, pmnc) + conflicts(pmc, mnc):
                    err(tw, "%s must keep the scene, but %r vs %r contradicts previous turn" % (intent, a, b))
            if intent == "undo":
                if i < 2:
                    err(tw, "undo right after the first draw has nothing to restore")
                elif turns[i - 1].get("intent") in ("chat", "ask", "undo"):
                    err(tw, "undo right after a %s turn: 'the scene before the previous turn' is ambiguous there" % turns[i - 1].get("intent"))
                else:
                    rmc, rmnc = states[i - 2]
                    for a, b in conflicts(mc, rmnc) + conflicts(rmc, mnc):
                        err(tw, "undo restores turn %d, but %r vs %r contradicts it" % (i - 1, a, b))
            # provenance: every word of a must_contain phrase should have been typed by someone
            text = " ".join(history + [msg]).lower()
            for p in mc:
                missing = [w for w in LATIN.findall(p.lower()) if w not in text] + \
                          [c for c in CJK.findall(p) if c not in text]
                if missing:
                    warn(tw, "phrase %r uses untyped %s (ok only for a cross-language edit)" % (p, missing))
        history.append(msg)
        states.append((mc, mnc))

for lang, n in WANT.items():
    if counts[lang] != n:
        err("counts", "%s: %d dialogues, want %d" % (lang, counts[lang], n))

total_after = sum(intent_after_first.values())
print("dialogues:", sum(counts.values()), dict(counts))
print("turns per dialogue:", dict(sorted(nturns.items())))
print("intents after the first turn:", dict(intent_after_first),
      "edit share %.0f%%" % (100.0 * intent_after_first["edit"] / max(1, total_after)))
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
missing_intents = INTENTS - set(intent_after_first) - {"draw"}
if missing_intents:
    print("ERROR intents never used after first turn:", sorted(missing_intents)); errors.append("intents")
print("OK" if not errors else "%d error(s)" % len(errors), "/", len(warnings), "warning(s)")
sys.exit(1 if errors else 0)
