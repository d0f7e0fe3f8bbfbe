#!/usr/bin/env python3
"""Checker for /work/fresh-29/designer.jsonl (standard library only).

Errors (exit 1): parse failures, missing/mistyped fields, bad ids/langs/intents,
wrong counts, turn counts outside 2-4, first turn not a draw, contradictory
phrase lists, chat/ask turns that change the expected prompt, first-turn
must_contain phrases that are not the user's own words.
Warnings: phrase lengths outside the brief's 2-5 words / 2-8 characters,
English words in a phrase that nobody typed (allowing cross-language
translations), undo turns expecting phrases never seen before, script mix-ups.
"""
import json, re, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-29/designer.jsonl"
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 36, "zh": 36, "mixed": 18}
CJK = re.compile(r"[\u3400-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# words the product may write when it translates a cross-language edit
TRANSLATIONS = {"red", "night", "sunset", "silver", "black", "yellow", "blue", "white"}

errors, warnings = [], []
def err(where, msg): errors.append(f"{where}: {msg}")
def warn(where, msg): warnings.append(f"{where}: {msg}")

def phrase_len_ok(p):
    cjk = len(CJK.findall(p))
    words = LATIN_WORD.findall(p)
    if cjk and not words:
        return 2 <= cjk <= 8
    if words and not cjk:
        return 1 <= len(p.split()) <= 5
    return True

ids = set()
counts = collections.Counter()
intents = collections.Counter()
later = collections.Counter()
later_by_lang = collections.defaultdict(collections.Counter)
one_word = 0
lines = open(PATH, encoding="utf-8").read().splitlines()
for ln, line in enumerate(lines, 1):
    w = f"line {ln}"
    try:
        d = json.loads(line)
    except Exception as e:
        err(w, f"JSON: {e}"); continue
    if not isinstance(d, dict):
        err(w, "not an object"); continue
    for k in ("id", "lang", "turns"):
        if k not in d: err(w, f"missing {k}")
    if set(d) - {"id", "lang", "turns"}:
        warn(w, f"extra keys {set(d) - {'id','lang','turns'}}")
    did, lang, turns = d.get("id"), d.get("lang"), d.get("turns")
    w = f"line {ln} ({did})"
    if lang not in WANT: err(w, f"bad lang {lang!r}"); continue
    m = re.fullmatch(r"fresh29-designer-(en|zh|mixed)-(\d{3})", str(did))
    if not m: err(w, "bad id format")
    elif m.group(1) != lang: err(w, "id language differs from lang")
    if did in ids: err(w, "duplicate id")
    ids.add(did); counts[lang] += 1
    if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
        err(w, "turns must be a list of 2-4"); continue
    seen_text = ""      # everything the user typed so far (lowercase)
    seen_mc = []        # must_contain lists per turn
    all_text = " ".join(t.get("message", "") for t in turns if isinstance(t, dict))
    for i, t in enumerate(turns):
        tw = f"{w} turn {i+1}"
        if not isinstance(t, dict): err(tw, "not an object"); seen_mc.append([]); continue
        for k in ("message", "intent", "must_contain", "must_not_contain"):
            if k not in t: err(tw, f"missing {k}")
        msg, intent = t.get("message"), t.get("intent")
        mc, mnc = t.get("must_contain", []), t.get("must_not_contain", [])
        if not isinstance(msg, str) or not msg.strip(): err(tw, "empty message"); msg = ""
        if intent not in INTENTS: err(tw, f"bad intent {intent!r}")
        if not (isinstance(mc, list) and all(isinstance(x, str) and x.strip() for x in mc)): err(tw, "must_contain not a list of strings"); mc = []
        if not (isinstance(mnc, list) and all(isinstance(x, str) and x.strip() for x in mnc)): err(tw, "must_not_contain not a list of strings"); mnc = []
        if not mc: err(tw, "must_contain is empty")
        intents[intent] += 1
        if i == 0:
            if intent != "draw": err(tw, "first turn must be a draw")
            if CJK.search(msg): size = len(CJK.findall(msg)) / 1.5 + len(LATIN_WORD.findall(msg))
            else: size = len(msg.split())
            if not 8 <= size <= 60: warn(tw, f"first prompt size ~{size:.0f} words outside 8-60")
            for p in mc:
                if p.lower() not in msg.lower(): err(tw, f"first-turn phrase {p!r} is not in the message")
        else:
            later[intent] += 1; later_by_lang[lang][intent] += 1
        low_mc = [p.lower() for p in mc]
        for p in mnc:
            for q in low_mc:
                if p.lower() in q: err(tw, f"must_not_contain {p!r} is inside must_contain {q!r}")
        if len(set(low_mc)) != len(low_mc): warn(tw, "duplicate must_contain phrase")
        for p in mc + mnc:
            if not phrase_len_ok(p): warn(tw, f"phrase length outside brief: {p!r}")
        one_word += sum(1 for p in mc if not CJK.search(p) and len(p.split()) == 1)
        if intent in ("chat", "ask") and i > 0:
            pt = turns[i-1]
            if sorted(mc) != sorted(pt.get("must_contain", [])) or sorted(mnc) != sorted(pt.get("must_not_contain", [])):
                err(tw, f"{intent} turn must keep the previous expectations")
        if intent == "undo":
            if i < 1: err(tw, "undo on first turn")
            earlier = {p.lower() for lst in seen_mc[:max(i-1, 1)] for p in lst}
            for p in mc:
                if p.lower() not in earlier:
                    warn(tw, f"undo expects {p!r}, not expected before the undone turn")
        seen_text += " " + msg.lower()
        known = seen_text + " " + " ".join(q for lst in seen_mc for q in lst).lower()
        for p in mc:
            for word in LATIN_WORD.findall(p):
                wl = word.lower()
                if wl not in known and wl not in TRANSLATIONS:
                    warn(tw, f"word {word!r} in {p!r} was never typed")
        seen_mc.append(mc)
    # language/script sanity
    msgs = [t.get("message", "") for t in turns if isinstance(t, dict)]
    if lang == "en" and any(CJK.search(x) for x in msgs): err(w, "en dialogue contains Chinese")
    if lang == "zh":
        for x in msgs:
            if not CJK.search(x): err(w, f"zh message without Chinese: {x!r}")
    if lang == "mixed":
        has_cjk = bool(CJK.search(all_text))
        has_en = len([x for x in LATIN_WORD.findall(all_text) if len(x) >= 3]) >= 2
        if not (has_cjk and has_en): err(w, "mixed dialogue is not actually mixed")

for lang, n in WANT.items():
    if counts[lang] != n: err("file", f"{lang}: {counts[lang]} dialogues, want {n}")
for it in INTENTS:
    if intents[it] == 0: err("file", f"intent {it} never used")

print(f"file: {PATH}")
print(f"dialogues: {sum(counts.values())}  " + "  ".join(f"{k}={counts[k]}" for k in WANT))
print(f"turns: {sum(intents.values())}  intents: " + ", ".join(f"{k}={intents[k]}" for k in sorted(intents)))
tot = sum(later.values())
print(f"turns after the first: {tot}  " + ", ".join(f"{k}={later[k]}" for k in sorted(later)) +
      f"  (edit share {later['edit']/max(tot,1):.0%})")
for lang in WANT:
    c = later_by_lang[lang]; s = sum(c.values())
    print(f"  {lang}: " + ", ".join(f"{k}={c[k]}" for k in sorted(c)) + f"  (edit share {c['edit']/max(s,1):.0%})")
print(f"one-word English must_contain phrases: {one_word}")
for x in warnings: print("WARN", x)
for x in errors: print("ERROR", x)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
