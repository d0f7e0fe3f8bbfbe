#!/usr/bin/env python3
"""Checker for /work/fresh-21/designer.jsonl (standard library only).

Errors (exit 1): parse failures, missing/wrong-typed fields, bad ids/langs/intents, duplicate ids,
wrong counts, turn counts outside 2-4, first turn not draw, a must_contain phrase that contains one
of the same turn's must_not_contain phrases (contradiction), first-turn must_contain not a substring
of the first message (the user's own words), first-turn must_not_contain not in the first message,
chat/ask turns whose expectations are not carried over from the previous turn, undo turns whose
must_contain is not the state two turns back.
Warnings: phrase lengths outside 2-5 words / 2-8 CJK characters, later must_contain phrases whose
words never appear in any message so far (allowed for cross-language edits), must_not_contain
phrases that were never present.
"""
import json, re, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-21/designer.jsonl"
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 36, "zh": 36, "mixed": 18}
CJK = re.compile(r"[\u4e00-\u9fff]")

errors, warnings = [], []
def err(i, m): errors.append(f"{i}: {m}")
def warn(i, m): warnings.append(f"{i}: {m}")

def phrase_size_ok(p):
    cjk = len(CJK.findall(p))
    latin_words = [w for w in re.split(r"[\s]+", CJK.sub(" ", p)) if re.search(r"[A-Za-z0-9]", w)]
    if cjk and not latin_words:
        return 2 <= cjk <= 8
    if latin_words and not cjk:
        return 2 <= len(latin_words) <= 5
    return 2 <= cjk + len(latin_words) <= 8

def tokens(p):
    """Latin words and single CJK characters of a phrase."""
    return [t.lower() for t in re.findall(r"[A-Za-z0-9/&'\-]+|[\u4e00-\u9fff]", p)]

ids = set()
langs = collections.Counter()
intents = collections.Counter()
later_turns = 0
n_turns = 0
with open(PATH, encoding="utf-8") as f:
    lines = f.read().splitlines()
for ln, line in enumerate(lines, 1):
    where = f"line {ln}"
    try:
        d = json.loads(line)
    except Exception as e:
        err(where, f"JSON: {e}"); continue
    if set(d) != {"id", "lang", "turns"}:
        err(where, f"keys {sorted(d)}"); continue
    did, lang, turns = d["id"], d["lang"], d["turns"]
    where = did
    if lang not in WANT:
        err(where, f"lang {lang!r}")
    if not re.fullmatch(rf"fresh21-designer-{re.escape(str(lang))}-\d{{3}}", str(did)):
        err(where, "id format")
    if did in ids:
        err(where, "duplicate id")
    ids.add(did); langs[lang] += 1
    if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
        err(where, "needs 2-4 turns"); continue
    history = []   # messages so far
    live = set()   # phrases expected earlier and not removed since
    states = []    # must_contain per turn (the expected prompt state)
    for ti, t in enumerate(turns):
        tw = f"{did} t{ti+1}"
        if set(t) != {"message", "intent", "must_contain", "must_not_contain"}:
            err(tw, f"keys {sorted(t)}"); continue
        msg, it, mc, mnc = t["message"], t["intent"], t["must_contain"], t["must_not_contain"]
        if not isinstance(msg, str) or not msg.strip():
            err(tw, "empty message")
        if it not in INTENTS:
            err(tw, f"intent {it!r}")
        if not (isinstance(mc, list) and isinstance(mnc, list) and all(isinstance(p, str) and p.strip() for p in mc + mnc)):
            err(tw, "phrase lists must be lists of non-empty strings"); continue
        if not mc:
            err(tw, "must_contain empty")
        n_turns += 1; intents[it] += 1
        if ti > 0:
            later_turns += 1
        if ti == 0 and it != "draw":
            err(tw, "first turn must be draw")
        if len(set(p.lower() for p in mc)) != len(mc):
            err(tw, "duplicate must_contain")
        for p in mc:
            lone = re.fullmatch(r"[A-Za-z][A-Za-z\-]{3,}", p)
            if lang == "mixed" and lone:
                continue   # a single English noun inside a code-switched prompt: spacing around it is unpredictable
            if not phrase_size_ok(p):
                warn(tw, f"phrase size: {p!r}")
        for a in mc:
            for b in mnc:
                if b.lower() in a.lower():
                    err(tw, f"must_contain {a!r} contains must_not_contain {b!r}")
        low_hist = " ".join(history + [msg]).lower()
        if ti == 0:
            nwords = len(msg.split()) if not CJK.search(msg) else len(CJK.findall(msg))
            if lang == "en" and not 8 <= nwords <= 60:
                warn(tw, f"first prompt has {nwords} words")
            if lang == "zh" and nwords < 12:
                warn(tw, f"first prompt has only {nwords} characters")
            for p in mc:
                if p.lower() not in msg.lower():
                    err(tw, f"first-turn must_contain {p!r} is not the user's words")
            for p in mnc:
                if p.lower() not in msg.lower():
                    err(tw, f"first-turn must_not_contain {p!r} not in message (nothing to strip)")
        else:
            prev = [p.lower() for p in states[-1]] + sorted(live)
            for p in mc:
                if p.lower() in low_hist or p.lower() in live:
                    continue
                missing = [w for w in tokens(p) if w not in low_hist]
                if missing and it in ("edit", "draw"):
                    warn(tw, f"must_contain {p!r}: {missing} typed by nobody (ok only for a cross-language edit)")
                elif missing:
                    err(tw, f"must_contain {p!r}: {missing} typed by nobody")
            if it in ("chat", "ask"):
                for p in mc:
                    if p.lower() not in prev:
                        err(tw, f"{it} keeps the prompt, but {p!r} was not expected before")
                prev_mnc = [p.lower() for p in turns[ti-1]["must_not_contain"]]
                for p in mnc:
                    if p.lower() not in prev_mnc:
                        err(tw, f"{it} must_not_contain {p!r} is new")
            if it == "undo":
                if ti < 2:
                    err(tw, "undo needs a state two turns back")
                else:
                    before = [p.lower() for p in states[-2]]
                    carried = " ".join(history[:ti-1]).lower()
                    for p in mc:
                        if p.lower() not in before and p.lower() not in carried:
                            err(tw, f"undo must_contain {p!r} was not in the restored state")
                    for p in mnc:
                        if p.lower() in before:
                            err(tw, f"undo must_not_contain {p!r} was in the restored state")
            for p in mnc:
                if p.lower() not in " ".join(history).lower() and p.lower() not in msg.lower() \
                        and not any(p.lower() in s.lower() for s in states[-1]):
                    warn(tw, f"must_not_contain {p!r} was never present (guard against a wrong-language write?)")
        history.append(msg)
        states.append(mc)
        if it == "draw":
            live = set()
        live = {q for q in live if not any(b.lower() in q for b in mnc)} | {p.lower() for p in mc}

for lang, n in WANT.items():
    if langs[lang] != n:
        err("counts", f"{lang}: {langs[lang]} dialogues, want {n}")
for it in INTENTS:
    if intents[it] == 0:
        err("intents", f"intent {it} never used")
later_edits = sum(1 for line in lines for t in json.loads(line)["turns"][1:] if t["intent"] == "edit")

print(f"{PATH}: {len(lines)} dialogues, {n_turns} turns")
print("per language:", dict(langs))
print("intents:", dict(intents))
print(f"edits among later turns: {later_edits}/{later_turns} = {later_edits/max(1,later_turns):.0%}")
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
