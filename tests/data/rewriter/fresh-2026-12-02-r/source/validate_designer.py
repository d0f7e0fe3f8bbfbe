#!/usr/bin/env python3
"""Checker for /work/fresh-18/designer.jsonl (standard library only).

Checks: every line parses; fields and types; id format and uniqueness; language counts
(36 en / 36 zh / 18 mixed); 2-4 turns; valid intents, first turn is a draw; all intents used;
phrase lengths (2-5 words, or 2-8 Chinese characters); first-turn prompt length (8-60 English
words; Chinese counted at 1.5 characters a word); first-turn must_contain phrases are the user's own words;
no phrase is both required and forbidden; and, when src-designer/designer-refs.jsonl exists,
that every must_contain phrase is in the hand-written reference prompt of that turn and every
must_not_contain phrase is not (case-insensitive), that chat/ask keep the prompt and undo
restores the previous picture state.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "designer.jsonl")
REFS = os.path.join(HERE, "src-designer", "designer-refs.jsonl")
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 36, "zh": 36, "mixed": 18}
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'&\-]*")

errors = []
def err(msg): errors.append(msg)

def phrase_ok(p):
    cjk = len(CJK.findall(p))
    words = len(LATIN.findall(CJK.sub(" ", p)))
    if cjk == 0:
        return 2 <= words <= 5
    return cjk <= 8 and words <= 5 and (cjk + words) >= 2

def prompt_len_ok(m):
    cjk = len(CJK.findall(m))
    words = len(LATIN.findall(CJK.sub(" ", m)))
    if cjk == 0:
        return 8 <= words <= 60
    return 8 <= cjk / 1.5 + words <= 60 and (cjk >= 12 or words >= 4)

recs, ids = [], Counter()
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: empty line"); continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}"); continue
        recs.append(r)
        if set(r) != {"id", "lang", "turns"}:
            err(f"line {n}: keys {sorted(r)}")
        rid, lang, turns = r.get("id"), r.get("lang"), r.get("turns")
        ids[rid] += 1
        if lang not in WANT:
            err(f"{rid}: bad lang {lang!r}")
        elif not re.fullmatch(rf"fresh18-designer-{lang}-\d{{3}}", str(rid)):
            err(f"{rid}: id does not match lang {lang}")
        if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
            err(f"{rid}: needs 2-4 turns"); continue
        for k, t in enumerate(turns, 1):
            w = f"{rid} turn {k}"
            if set(t) != {"message", "intent", "must_contain", "must_not_contain"}:
                err(f"{w}: keys {sorted(t)}"); continue
            if not isinstance(t["message"], str) or not t["message"].strip():
                err(f"{w}: empty message")
            if t["intent"] not in INTENTS:
                err(f"{w}: bad intent {t['intent']!r}")
            for key in ("must_contain", "must_not_contain"):
                if not isinstance(t[key], list) or not all(isinstance(p, str) and p.strip() for p in t[key]):
                    err(f"{w}: {key} must be a list of non-empty strings")
            if not t["must_contain"]:
                err(f"{w}: must_contain is empty")
            for p in t["must_contain"]:
                if not phrase_ok(p):
                    err(f"{w}: must_contain phrase length off: {p!r}")
            lc = {p.lower() for p in t["must_contain"]}
            for p in t["must_not_contain"]:
                if any(p.lower() in q for q in lc):
                    err(f"{w}: forbidden {p!r} is inside a required phrase")
        first = turns[0]
        if first.get("intent") != "draw":
            err(f"{rid}: first turn must be draw")
        else:
            if not prompt_len_ok(first["message"]):
                err(f"{rid}: first prompt length out of range")
            for p in first["must_contain"]:
                if p.lower() not in first["message"].lower():
                    err(f"{rid} turn 1: {p!r} is not the user's own words")
            for p in first["must_not_contain"]:
                if p.lower() not in first["message"].lower():
                    err(f"{rid} turn 1: wrapper {p!r} not in message")
        if turns[1].get("intent") == "undo" and turns[0].get("intent") == "draw" and len(turns) == 2:
            err(f"{rid}: undo of the only picture")

for rid, c in ids.items():
    if c > 1:
        err(f"duplicate id {rid}")
langs = Counter(r.get("lang") for r in recs)
for l, n in WANT.items():
    if langs[l] != n:
        err(f"lang {l}: {langs[l]} dialogues, want {n}")

intents_all = Counter(t["intent"] for r in recs for t in r["turns"])
later = Counter(t["intent"] for r in recs for t in r["turns"][1:])
missing = INTENTS - set(later)
if missing:
    err(f"intents never used after turn 1: {sorted(missing)}")
n_later = sum(later.values())
share = later["edit"] / n_later if n_later else 0
if not 0.4 <= share <= 0.65:
    err(f"edit share of later turns {share:.2f} (want about half)")

# cross-check against hand-written reference prompts
checked_refs = False
if os.path.exists(REFS):
    checked_refs = True
    byid = {r["id"]: r for r in recs}
    with open(REFS, encoding="utf-8") as f:
        for line in f:
            ref = json.loads(line)
            r = byid.get(ref["id"])
            if r is None:
                err(f"refs: unknown id {ref['id']}"); continue
            prompts = ref["reference_prompts"]
            if len(prompts) != len(r["turns"]):
                err(f"{r['id']}: refs turn count differs"); continue
            states = []
            for k, (t, p) in enumerate(zip(r["turns"], prompts), 1):
                w = f"{r['id']} turn {k}"
                for q in t["must_contain"]:
                    if q.lower() not in p.lower():
                        err(f"{w}: {q!r} not in reference prompt")
                for q in t["must_not_contain"]:
                    if q.lower() in p.lower():
                        err(f"{w}: forbidden {q!r} in reference prompt")
                if t["intent"] in ("chat", "ask") and k > 1 and p != prompts[k - 2]:
                    err(f"{w}: {t['intent']} changed the prompt")
                if t["intent"] in ("draw", "edit"):
                    if k > 1 and p == prompts[k - 2]:
                        err(f"{w}: {t['intent']} left the prompt unchanged")
                    states.append(p)
                if t["intent"] == "undo":
                    if len(states) < 2 or p != states[-2]:
                        err(f"{w}: undo does not restore the previous picture")
                    else:
                        states.pop()

print(f"file: {PATH}")
print(f"dialogues: {len(recs)}  by lang: {dict(sorted(langs.items()))}")
tc = Counter(len(r['turns']) for r in recs)
print(f"turns: {sum(len(r['turns']) for r in recs)}  dialogues by turn count: {dict(sorted(tc.items()))}")
print(f"intents (all turns): {dict(sorted(intents_all.items()))}")
print(f"intents (turns after the first): {dict(sorted(later.items()))}  edit share {share:.2f}")
for l in WANT:
    c = Counter(t['intent'] for r in recs if r['lang'] == l for t in r['turns'])
    print(f"  {l}: {dict(sorted(c.items()))}")
print(f"reference-prompt cross-check: {'done' if checked_refs else 'skipped (no refs file)'}")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK: all checks passed")
