#!/usr/bin/env python3
"""Standard-library checker for designer.jsonl (batch 14).

Errors (exit 1): bad JSON, missing/extra fields, bad id/lang/intent, duplicate ids,
turn count outside 2-4, first turn not `draw`, empty must_contain, a phrase listed in both
lists or a must_not_contain phrase that is a substring of a must_contain phrase
(impossible to satisfy), first-turn must_contain not taken from the user's own message,
first prompt outside 8-60 words, phrase length outside 1-5 words / 2-8 CJK characters.
Warnings: later must_contain phrases typed by nobody so far (expected only for
cross-language edits), single-word English phrases.
Usage: python3 validate_designer.py [designer.jsonl]
"""
import json, re, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit('/', 1)[0] + '/designer.jsonl'
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
LANGS = {"en": 36, "zh": 36, "mixed": 18}
TURN_KEYS = {"message", "intent", "must_contain", "must_not_contain"}
CJK = re.compile(r'[\u3400-\u9fff\uf900-\ufaff]')
LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'&\-.]*")

def cjk_count(s): return len(CJK.findall(s))
def latin_words(s): return len(LATIN.findall(CJK.sub(' ', s)))
def prompt_words(s):
    return latin_words(s) + cjk_count(s) / 2.0   # ~2 CJK chars per word

errors, warnings = [], []
def err(where, msg): errors.append(f"{where}: {msg}")
def warn(where, msg): warnings.append(f"{where}: {msg}")

ids = set(); per_lang = collections.Counter(); intents = collections.Counter()
later_turns = 0; later_edits = 0; nturns = 0; single_words = 0
with open(PATH, encoding='utf-8') as f:
    lines = f.read().splitlines()
for ln, line in enumerate(lines, 1):
    where = f"line {ln}"
    if not line.strip():
        err(where, "blank line"); continue
    try:
        d = json.loads(line)
    except Exception as e:
        err(where, f"JSON: {e}"); continue
    if not isinstance(d, dict) or set(d) != {"id", "lang", "turns"}:
        err(where, f"top-level keys must be id, lang, turns; got {sorted(d) if isinstance(d, dict) else type(d)}"); continue
    did, lang, turns = d["id"], d["lang"], d["turns"]
    where = f"line {ln} ({did})"
    if lang not in LANGS: err(where, f"bad lang {lang!r}")
    if not re.fullmatch(rf"fresh14-designer-{re.escape(str(lang))}-\d{{3}}", str(did)): err(where, "id does not match fresh14-designer-<lang>-NNN")
    if did in ids: err(where, "duplicate id")
    ids.add(did); per_lang[lang] += 1
    if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
        err(where, "needs 2-4 turns"); continue
    typed = ""
    for ti, tr in enumerate(turns):
        w = f"{where} turn {ti+1}"
        if not isinstance(tr, dict) or set(tr) != TURN_KEYS:
            err(w, f"turn keys must be {sorted(TURN_KEYS)}"); continue
        msg, intent, mc, mnc = tr["message"], tr["intent"], tr["must_contain"], tr["must_not_contain"]
        nturns += 1; intents[intent] += 1
        if not isinstance(msg, str) or not msg.strip(): err(w, "empty message")
        if intent not in INTENTS: err(w, f"bad intent {intent!r}")
        if ti == 0:
            if intent != "draw": err(w, "first turn must be draw")
            n = prompt_words(msg)
            if not 8 <= n <= 60: err(w, f"first prompt has ~{n:.0f} words, want 8-60")
        else:
            later_turns += 1; later_edits += intent == "edit"
        if not (isinstance(mc, list) and isinstance(mnc, list) and all(isinstance(p, str) and p.strip() for p in mc + mnc)):
            err(w, "must_contain / must_not_contain must be lists of non-empty strings"); continue
        if not mc: err(w, "must_contain is empty")
        lmc = [p.lower() for p in mc]; lmnc = [p.lower() for p in mnc]
        if len(set(lmc)) != len(lmc) or len(set(lmnc)) != len(lmnc): err(w, "duplicate phrase in a list")
        for q in lmnc:
            for p in lmc:
                if q in p: err(w, f"must_not_contain {q!r} is inside must_contain {p!r}: unsatisfiable")
        for p in mc + mnc:
            c, lw = cjk_count(p), latin_words(p)
            if c:
                if not (2 <= c <= 8 or (c == 1 and lw >= 1) ) or lw > 5: err(w, f"phrase {p!r}: {c} CJK chars / {lw} words")
            else:
                if not 1 <= lw <= 5: err(w, f"phrase {p!r}: {lw} words, want 1-5")
                elif lw == 1 and p in mc: single_words += 1
        typed += "\n" + msg.lower()
        for p in lmc:
            if p not in typed:
                if ti == 0: err(w, f"first-turn must_contain {p!r} is not in the user's message"); continue
                # a minimal edit recombines typed words; flag only words/characters nobody typed
                new_tokens = [x for x in LATIN.findall(CJK.sub(' ', p)) if x not in typed] + \
                             [c for c in CJK.findall(p) if c not in typed]
                if new_tokens: warn(w, f"must_contain {p!r}: {new_tokens} typed by nobody (ok only for a cross-language edit)")
        if ti == 0:
            for q in lmnc:
                if q not in msg.lower(): warn(w, f"first-turn must_not_contain {q!r} is not even in the message")

for lang, want in LANGS.items():
    if per_lang[lang] != want: err("counts", f"{lang}: {per_lang[lang]} dialogues, want {want}")
for w in warnings: print("WARN ", w)
for e in errors: print("ERROR", e)
print(f"dialogues: {sum(per_lang.values())} ({', '.join(f'{k} {per_lang[k]}' for k in LANGS)}); turns: {nturns}")
print("intents:", dict(sorted(intents.items())), f"| edits among later turns: {later_edits}/{later_turns} = {later_edits/max(1,later_turns):.0%}")
print(f"single-word English must_contain phrases (allowed, for unique tokens like sign text): {single_words}")
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
