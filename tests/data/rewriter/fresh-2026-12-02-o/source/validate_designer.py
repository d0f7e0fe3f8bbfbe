#!/usr/bin/env python3
"""Standard-library checker for /work/fresh-15/designer.jsonl.
Errors make the exit status 1; warnings are printed but do not fail."""
import json, re, sys, os
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "designer.jsonl")
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 36, "zh": 36, "mixed": 18}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-éèà]*")
errors, warnings, notes = [], [], []

def err(where, msg): errors.append("%s: %s" % (where, msg))
def warn(where, msg): warnings.append("%s: %s" % (where, msg))

def size(text):
    """(latin words, CJK chars)"""
    return len(WORD.findall(text)), len(CJK.findall(text))

def est_words(text):
    w, c = size(text)
    return w + c / 1.7

def phrase_ok(p):
    w, c = size(p)
    if c and not w:
        return 2 <= c <= 8
    if w and not c:
        return 2 <= w <= 5
    return 2 <= w + c <= 8  # mixed-script phrase

def provenance(phrase, history):
    """Words/characters of phrase that no message so far contains."""
    h = history.lower()
    hw = set(WORD.findall(h))
    missing = [w for w in WORD.findall(phrase.lower()) if w not in hw and w not in h]
    missing += [ch for ch in CJK.findall(phrase) if ch not in h]
    return missing

ids, langs = set(), Counter()
intents, after_first = Counter(), 0
with open(PATH, encoding="utf-8") as f:
    raw = f.read().splitlines()
for n, line in enumerate(raw, 1):
    where = "line %d" % n
    if not line.strip():
        err(where, "blank line"); continue
    try:
        o = json.loads(line)
    except ValueError as e:
        err(where, "bad JSON: %s" % e); continue
    if not isinstance(o, dict) or set(o) != {"id", "lang", "turns"}:
        err(where, "object must have exactly id, lang, turns"); continue
    lang, did, turns = o["lang"], o["id"], o["turns"]
    where = did if isinstance(did, str) else where
    if lang not in WANT:
        err(where, "lang %r" % lang); continue
    langs[lang] += 1
    if did in ids:
        err(where, "duplicate id")
    ids.add(did)
    if not re.fullmatch(r"fresh15-designer-%s-\d{3}" % lang, str(did)):
        err(where, "id does not match lang")
    if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
        err(where, "need 2-4 turns"); continue
    history = ""
    prev_mc, prev_mnc = None, []
    states = []  # must_contain list per turn
    for i, t in enumerate(turns):
        tw = "%s turn %d" % (where, i + 1)
        if not isinstance(t, dict) or set(t) != {"message", "intent", "must_contain", "must_not_contain"}:
            err(tw, "turn must have exactly message, intent, must_contain, must_not_contain"); break
        msg, intent, mc, mnc = t["message"], t["intent"], t["must_contain"], t["must_not_contain"]
        if not isinstance(msg, str) or not msg.strip():
            err(tw, "empty message")
        if intent not in INTENTS:
            err(tw, "intent %r" % intent)
        if not (isinstance(mc, list) and isinstance(mnc, list) and all(isinstance(x, str) for x in mc + mnc)):
            err(tw, "must_contain / must_not_contain must be lists of strings"); break
        intents[intent] += 1
        if i:
            after_first += 1
        history += "\n" + msg
        if i == 0:
            if intent != "draw":
                err(tw, "first turn must be draw")
            ew = est_words(msg)
            if not 8 <= ew <= 60:
                err(tw, "first prompt has ~%.0f words, want 8-60" % ew)
            for p in mc:
                if p.lower() not in msg.lower():
                    err(tw, "first-turn phrase %r is not the user's own words" % p)
        if not mc:
            err(tw, "must_contain is empty")
        if intent == "edit" and len(mc) < 3:
            warn(tw, "edit lists only %d must_contain phrases" % len(mc))
        for p in mc:
            if not phrase_ok(p):
                err(tw, "must_contain phrase %r is not 2-5 words / 2-8 characters" % p)
            miss = provenance(p, history)
            if miss:
                if lang == "mixed":  # cross-language edit: the product writes the change in the prompt's language
                    notes.append("%s: cross-language phrase %r (new: %s)" % (tw, p, " ".join(miss)))
                else:
                    err(tw, "phrase %r uses words nobody typed: %s" % (p, miss))
            for q in mnc:
                if q.lower() in p.lower():
                    err(tw, "must_contain %r contains must_not_contain %r" % (p, q))
        for q in mnc:
            if not q.strip():
                err(tw, "empty must_not_contain phrase")
        if len(set(x.lower() for x in mc)) != len(mc):
            err(tw, "duplicate must_contain phrase")
        if intent in ("chat", "ask"):
            if i == 0:
                err(tw, "chat/ask cannot open a dialogue here")
            else:
                known = set(x.lower() for s in states for x in s)
                for p in mc:
                    if p.lower() not in known:
                        err(tw, "chat/ask keeps the prompt, but %r was never expected before" % p)
                for q in prev_mnc:
                    if q.lower() not in (x.lower() for x in mnc):
                        warn(tw, "chat/ask drops the previous turn's must_not_contain %r" % q)
                for p in mc:
                    if any(q.lower() in p.lower() for q in prev_mnc):
                        err(tw, "chat/ask keeps the prompt, but %r was gone before" % p)
                for q in mnc:
                    if any(q.lower() in p.lower() for p in prev_mc):
                        err(tw, "chat/ask keeps the prompt, but %r was required before" % q)
        if intent == "undo":
            if i == 0:
                err(tw, "undo as first turn")
            elif turns[i - 1]["intent"] in ("chat", "ask"):
                warn(tw, "undo right after chat/ask: which step it undoes is unclear")
            else:
                earlier = " ".join(" ".join(s) for s in states[:-1]) + history
                for p in mc:
                    if p.lower() not in earlier.lower():
                        err(tw, "undo restores %r, which no earlier state had" % p)
                # what the previous turn introduced should be gone unless it existed before
                before = states[-2] if len(states) >= 2 else []
        prev_mc, prev_mnc = mc, mnc
        states.append(mc)

for lang, want in WANT.items():
    if langs[lang] != want:
        err("file", "%s has %d dialogues, want %d" % (lang, langs[lang], want))
for it in INTENTS:
    if not intents[it]:
        err("file", "intent %s never used" % it)
edits = intents["edit"]
share = edits / after_first if after_first else 0
if not 0.4 <= share <= 0.65:
    warn("file", "edits are %.0f%% of turns after the first (want about half)" % (100 * share))

for n_ in notes:
    print("NOTE ", n_)
for w in warnings:
    print("WARN ", w)
for e in errors:
    print("ERROR", e)
print("dialogues: %d  (%s)" % (sum(langs.values()), ", ".join("%s %d" % kv for kv in sorted(langs.items()))))
print("turns: %d, after first: %d; intents: %s; edit share after first: %.0f%%"
      % (sum(intents.values()), after_first, dict(sorted(intents.items())), 100 * share))
print("OK" if not errors else "%d errors" % len(errors), "| %d warnings | %d cross-language notes" % (len(warnings), len(notes)))
sys.exit(1 if errors else 0)
