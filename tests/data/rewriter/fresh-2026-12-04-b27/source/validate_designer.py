#!/usr/bin/env python3
"""Checker for /work/fresh-27/designer.jsonl (standard library only).
Structural checks + consistency heuristics that need no product code."""
import json, re, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-27/designer.jsonl"
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 36, "zh": 36, "mixed": 18}
CJK = re.compile(r"[\u3400-\u9fff]")
errors, warns = [], []
def err(i, m): errors.append(f"line {i}: {m}")
def warn(i, m): warns.append(f"line {i}: {m}")

def phrase_ok(p, banned=False):
    # must_not_contain may be a single word: banning "nori" is stricter than banning a phrase
    if banned and not CJK.search(p):
        return 1 <= len(p.split()) <= 5
    cjk = len(CJK.findall(p))
    if cjk:
        # Chinese (or mixed) phrase: 2-8 Chinese characters, Latin words counted as one char each
        latin = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'&/.-]*", p))
        return 2 <= cjk + latin <= 10 and cjk <= 8
    return 2 <= len(p.split()) <= 5

def first_len(msg):
    return len(CJK.findall(msg)) + len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'/.-]*", msg))

ids, langs = set(), collections.Counter()
intents = collections.Counter(); later = 0
for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
    line = line.strip()
    if not line:
        err(ln, "blank line"); continue
    try:
        d = json.loads(line)
    except Exception as e:
        err(ln, f"bad json: {e}"); continue
    if set(d) != {"id", "lang", "turns"}:
        err(ln, f"keys {sorted(d)}")
    lang, did, turns = d.get("lang"), d.get("id", ""), d.get("turns")
    if lang not in WANT: err(ln, f"lang {lang!r}")
    langs[lang] += 1
    if did in ids: err(ln, f"duplicate id {did}")
    ids.add(did)
    if not re.fullmatch(rf"fresh27-designer-{lang}-\d{{3}}", did or ""): err(ln, f"id format {did}")
    if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
        err(ln, "need 2-4 turns"); continue
    allmsg = "".join(t.get("message", "") for t in turns)
    if lang == "en" and CJK.search(allmsg): err(ln, "CJK in an en dialogue")
    if lang == "zh" and not CJK.search(turns[0].get("message", "")): err(ln, "zh first turn has no Chinese")
    if lang == "mixed" and not (CJK.search(allmsg) and re.search(r"[A-Za-z]{3,}", allmsg)):
        err(ln, "mixed dialogue lacks one of the languages")
    seen_mc = []
    n_state = 0
    for k, t in enumerate(turns):
        if set(t) != {"message", "intent", "must_contain", "must_not_contain"}:
            err(ln, f"turn {k} keys {sorted(t)}"); continue
        msg, it, mc, mn = t["message"], t["intent"], t["must_contain"], t["must_not_contain"]
        if not isinstance(msg, str) or not msg.strip(): err(ln, f"turn {k} empty message")
        if it not in INTENTS: err(ln, f"turn {k} intent {it!r}")
        intents[it] += 1
        if k: later += 1
        if k == 0:
            if it != "draw": err(ln, "first turn must be draw")
            n = first_len(msg)
            if CJK.search(msg) and lang != "en":
                if not 12 <= n <= 140: err(ln, f"first prompt length {n} (chars+words)")
            elif not 8 <= n <= 60: err(ln, f"first prompt has {n} words")
        if not (isinstance(mc, list) and mc and all(isinstance(p, str) and p.strip() for p in mc)):
            err(ln, f"turn {k} must_contain must be a non-empty list of strings")
            continue
        if not (isinstance(mn, list) and all(isinstance(p, str) and p.strip() for p in mn)):
            err(ln, f"turn {k} must_not_contain must be a list of strings"); continue
        for p in mc:
            if not phrase_ok(p): err(ln, f"turn {k} must_contain phrase length: {p!r}")
        for p in mn:
            if not phrase_ok(p, banned=True): err(ln, f"turn {k} must_not_contain phrase length: {p!r}")
        lmc = [p.lower() for p in mc]; lmn = [p.lower() for p in mn]
        for a in lmc:
            for b in lmn:
                if b in a: err(ln, f"turn {k} contradiction: must_contain {a!r} contains banned {b!r}")
        if it == "draw":
            # the prompt keeps the user's words: draw phrases should come from the message
            # (except for a self-correction, where the kept words may be re-joined)
            for p in lmc:
                if p not in msg.lower(): warn(ln, f"turn {k} draw phrase not verbatim in message: {p!r}")
        if it in ("chat", "ask") and k:
            if set(lmc) != set(x.lower() for x in turns[k-1]["must_contain"]):
                err(ln, f"turn {k} {it} must keep the previous turn's must_contain")
        if it == "undo":
            if n_state < 2:
                err(ln, f"turn {k} undo needs two picture states before it")
            if turns[k-1]["intent"] not in ("edit", "draw", "ask"):
                warn(ln, f"turn {k} undo follows a {turns[k-1]['intent']} turn")
            last_change = max(j for j in range(k) if turns[j]["intent"] in ("draw", "edit"))
            prior = set(x.lower() for tt in turns[:last_change] for x in tt["must_contain"])
            if not set(lmc) <= prior: err(ln, f"turn {k} undo phrases not from an earlier state")
            earlier_msgs = " ".join(tt["message"].lower() for tt in turns[:last_change])
            undone_new = [x.lower() for x in turns[last_change]["must_contain"]
                          if x.lower() not in prior and x.lower() not in earlier_msgs]
            for x in undone_new:
                if x not in lmn and not any(x in a for a in lmc):
                    warn(ln, f"turn {k} undo does not ban the undone phrase {x!r}")
        if it == "edit" and len(mc) < 2:
            err(ln, f"turn {k} edit should list the changed phrase and untouched ones")
        seen_mc.append(lmc)
        n_state += {"draw": 1, "edit": 1, "undo": -1}.get(it, 0)

for l, n in WANT.items():
    if langs[l] != n: err(0, f"{l}: {langs[l]} dialogues, want {n}")
for it in INTENTS:
    if intents[it] == 0: err(0, f"intent {it} never used")
print("dialogues per lang:", dict(langs))
print("intents (all turns):", dict(intents))
print(f"later turns: {later}, edits among them: {intents['edit']} ({100*intents['edit']/max(later,1):.0f}%)")
for w in warns: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors", f"({len(warns)} warnings)")
sys.exit(1 if errors else 0)
