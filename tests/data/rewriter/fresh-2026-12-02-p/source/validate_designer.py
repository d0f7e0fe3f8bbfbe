#!/usr/bin/env python3
"""Standard-library checker for designer.jsonl (batch 16).

Errors (exit 1): bad JSON, missing/extra fields, bad types, bad id/lang/intent,
duplicate ids, wrong turn count, first turn not draw, empty must_contain,
a phrase both required and forbidden, a chat/ask turn forbidding what the previous
turn required, an undo that requires what the turn before it forbade and vice versa.
Warnings (printed, not fatal): phrase length outside 2-5 words / 2-8 CJK chars,
a required phrase that cannot be traced to any message or earlier expectation
(expected for cross-language edits), a first-turn wrapper not in the message.
"""
import json, re, sys
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/designer.jsonl"
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 36, "zh": 36, "mixed": 18}
CJK = re.compile(r"[\u3400-\u9fff]")
errors, warnings = [], []

def err(i, msg): errors.append(f"line {i}: {msg}")
def warn(i, msg): warnings.append(f"line {i}: {msg}")

def overlap(a, b):
    a, b = a.lower(), b.lower()
    return a in b or b in a

def phrase_len_ok(p):
    cjk = len(CJK.findall(p))
    if cjk:
        return 2 <= len(p.replace(" ", "")) <= 10  # allow short Latin bits like 85mm
    return 1 <= len(p.split()) <= 5

ids, langs = set(), Counter()
with open(PATH, encoding="utf-8") as f:
    lines = f.read().splitlines()
for i, line in enumerate(lines, 1):
    if not line.strip():
        err(i, "blank line"); continue
    try:
        d = json.loads(line)
    except json.JSONDecodeError as e:
        err(i, f"bad json: {e}"); continue
    if set(d) != {"id", "lang", "turns"}:
        err(i, f"top-level keys {sorted(d)}"); continue
    lang, did, turns = d["lang"], d["id"], d["turns"]
    if lang not in WANT: err(i, f"bad lang {lang!r}")
    if not re.fullmatch(rf"fresh16-designer-{re.escape(str(lang))}-\d{{3}}", str(did)): err(i, f"bad id {did!r}")
    if did in ids: err(i, f"duplicate id {did}")
    ids.add(did); langs[lang] += 1
    if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
        err(i, "turns must be a list of 2-4"); continue
    history_text, prev_musts, prev_nots = "", [], []
    states = []  # (must, must_not) after each turn
    for t, turn in enumerate(turns):
        where = f"{did} turn {t+1}"
        if not isinstance(turn, dict) or set(turn) != {"message", "intent", "must_contain", "must_not_contain"}:
            err(i, f"{where}: keys {sorted(turn) if isinstance(turn, dict) else type(turn)}"); break
        m, it, mc, mn = turn["message"], turn["intent"], turn["must_contain"], turn["must_not_contain"]
        if not isinstance(m, str) or not m.strip(): err(i, f"{where}: empty message")
        if it not in INTENTS: err(i, f"{where}: bad intent {it!r}")
        if not (isinstance(mc, list) and isinstance(mn, list) and all(isinstance(x, str) and x.strip() for x in mc + mn)):
            err(i, f"{where}: phrase lists must be lists of non-empty strings"); break
        if not mc: err(i, f"{where}: empty must_contain")
        if t == 0:
            if it != "draw": err(i, f"{where}: first turn must be draw")
            wc = len(m.split()) if not CJK.search(m) else len(m)
            if not CJK.search(m) and not 3 <= wc <= 70: warn(i, f"{where}: first prompt has {wc} words")
            for p in mn:
                if p.lower() not in m.lower(): warn(i, f"{where}: first-turn forbidden {p!r} not in message")
        for p in mc:
            for q in mn:
                if overlap(p, q) and q.lower() in p.lower():
                    err(i, f"{where}: {p!r} required but contains forbidden {q!r}")
            if not phrase_len_ok(p): warn(i, f"{where}: phrase length {p!r}")
        history_text += "\n" + m
        known = history_text.lower() + "\n" + "\n".join(x.lower() for s in states for x in s[0])
        for p in mc:
            units = CJK.findall(p) if CJK.search(p) else re.findall(r"[\w'&%-]+", p.lower())
            missing = [u for u in units if u.lower() not in known]
            if missing:
                warn(i, f"{where}: {p!r} has {missing} typed nowhere so far (cross-language edit?)")
        if it in ("chat", "ask") and t > 0:
            for q in mn:
                for p in states[-1][0]:
                    if q.lower() in p.lower():
                        err(i, f"{where}: {it} forbids {q!r} which the previous turn required ({p!r})")
        if it == "undo":
            if t < 2:
                warn(i, f"{where}: undo at turn {t+1} restores the first picture or nothing")
            else:
                if turns[t-1].get("intent") in ("chat", "ask"):
                    warn(i, f"{where}: undo right after {turns[t-1].get('intent')} (which picture step is meant?)")
                before_prev = states[t - 2]
                for p in mc:
                    for q in before_prev[1]:
                        if q.lower() in p.lower():
                            err(i, f"{where}: undo requires {p!r}, forbidden two turns back")
                for q in mn:
                    for p in before_prev[0]:
                        if q.lower() in p.lower():
                            err(i, f"{where}: undo forbids {q!r}, required two turns back ({p!r})")
        states.append((mc, mn))

if len(lines) != sum(WANT.values()): err(0, f"{len(lines)} lines, want {sum(WANT.values())}")
for k, v in WANT.items():
    if langs[k] != v: err(0, f"lang {k}: {langs[k]} dialogues, want {v}")
intents = Counter()
for line in lines:
    try:
        for t, turn in enumerate(json.loads(line)["turns"]):
            if t: intents[turn["intent"]] += 1
    except Exception:
        pass
print(f"{PATH}: {len(lines)} dialogues; per lang {dict(langs)}")
print(f"intents after first turn: {dict(intents)} (edit share {intents['edit']/max(1,sum(intents.values())):.0%})")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
