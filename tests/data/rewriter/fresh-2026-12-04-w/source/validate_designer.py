#!/usr/bin/env python3
"""Checker for /work/fresh-23/designer.jsonl (standard library only).
Usage: python3 validate_designer.py [designer.jsonl]"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "designer.jsonl")
REF = os.path.join(HERE, "src-designer", "reference_prompts.json")
INTENTS = {"draw", "edit", "chat", "ask", "undo"}
WANT = {"en": 36, "zh": 36, "mixed": 18}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
errors, warnings = [], []

def err(where, msg): errors.append(f"{where}: {msg}")

def size(p):
    """(latin words, CJK characters) of a phrase."""
    cjk = len(CJK.findall(p))
    latin = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'&:.\-]*|&", CJK.sub(" ", p)))
    return latin, cjk

def phrase_ok(p):
    latin, cjk = size(p)
    if cjk == 0:
        return 2 <= latin <= 5
    if latin == 0:
        return 2 <= cjk <= 8
    return 2 <= latin + cjk <= 9  # code-switched phrase

ref = None
if os.path.exists(REF):
    with open(REF, encoding="utf-8") as f:
        ref = json.load(f)

ids, langs, intents, nturns = set(), Counter(), Counter(), Counter()
per_lang_numbers = {k: [] for k in WANT}
with open(PATH, encoding="utf-8") as f:
    lines = f.read().splitlines()
for ln, line in enumerate(lines, 1):
    where = f"line {ln}"
    if not line.strip():
        err(where, "blank line"); continue
    try:
        d = json.loads(line)
    except Exception as e:
        err(where, f"bad JSON: {e}"); continue
    if not isinstance(d, dict) or set(d) != {"id", "lang", "turns"}:
        err(where, f"keys must be id, lang, turns: {sorted(d) if isinstance(d, dict) else type(d)}"); continue
    did, lang, turns = d["id"], d["lang"], d["turns"]
    where = did
    if lang not in WANT:
        err(where, f"bad lang {lang!r}"); continue
    m = re.fullmatch(r"fresh23-designer-(en|zh|mixed)-(\d{3})", str(did))
    if not m or m.group(1) != lang:
        err(where, "id does not match fresh23-designer-<lang>-NNN")
    else:
        per_lang_numbers[lang].append(int(m.group(2)))
    if did in ids:
        err(where, "duplicate id")
    ids.add(did); langs[lang] += 1
    if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
        err(where, "needs 2-4 turns"); continue
    nturns[len(turns)] += 1
    seen_text = ""
    seen_mc = set()
    for j, t in enumerate(turns):
        w = f"{did} turn {j+1}"
        if not isinstance(t, dict) or set(t) != {"message", "intent", "must_contain", "must_not_contain"}:
            err(w, "turn keys must be message, intent, must_contain, must_not_contain"); continue
        msg, it, mc, mnc = t["message"], t["intent"], t["must_contain"], t["must_not_contain"]
        if not isinstance(msg, str) or not msg.strip():
            err(w, "empty message")
        if it not in INTENTS:
            err(w, f"bad intent {it!r}")
        if not (isinstance(mc, list) and mc and all(isinstance(x, str) and x.strip() for x in mc)):
            err(w, "must_contain must be a non-empty list of strings"); continue
        if not (isinstance(mnc, list) and all(isinstance(x, str) and x.strip() for x in mnc)):
            err(w, "must_not_contain must be a list of strings"); continue
        if j > 0:
            intents[it] += 1
        seen_text += "\n" + msg.lower()
        for x in mc:
            if not phrase_ok(x):
                err(w, f"must_contain phrase length out of range: {x!r}")
        for x in mnc:
            if x.lower() not in seen_text and x.lower() not in seen_mc:
                err(w, f"must_not_contain {x!r} was never typed nor expected earlier")
        for x in mc:
            for y in mnc:
                if y.lower() in x.lower():
                    err(w, f"contradiction: {x!r} contains forbidden {y!r}")
        seen_mc.update(x.lower() for x in mc)
        if len(set(map(str.lower, mc))) != len(mc):
            err(w, "duplicate must_contain phrase")
        if j == 0:
            if it != "draw":
                err(w, "first turn must be draw")
            latin, cjk = size(msg)
            n = latin + (cjk + 1) // 2  # ~2 Chinese characters per word
            if not 8 <= n <= 60:
                err(w, f"first prompt is {n} words (want 8-60)")
            for x in mc + mnc:
                if x.lower() not in msg.lower():
                    err(w, f"first-turn phrase {x!r} not in the user's message")
        else:
            prev = turns[j - 1]
            if it == "draw":
                for x in mc:
                    if x.lower() not in msg.lower():
                        err(w, f"new-draw phrase {x!r} not in the message")
            if it in ("chat", "ask"):
                pm = [y.lower() for y in prev.get("must_not_contain", [])]
                for x in mc:
                    if any(y in x.lower() for y in pm):
                        err(w, f"{it} turn expects {x!r} that the previous turn forbade")
            if it == "undo":
                if j < 2 or prev.get("intent") not in ("edit", "draw"):
                    err(w, "undo must follow an edit/draw that itself followed a turn")
        if ref is not None:
            try:
                p = ref[did][j]
            except (KeyError, IndexError):
                err(w, "no reference prompt"); continue
            for x in mc:
                if x.lower() not in p.lower():
                    err(w, f"reference prompt lacks {x!r}")
            for x in mnc:
                if x.lower() in p.lower():
                    err(w, f"reference prompt still has {x!r}")
            if j > 0 and it in ("chat", "ask") and p != ref[did][j - 1]:
                err(w, f"{it} changed the reference prompt")
            if it == "undo" and j >= 2 and p != ref[did][j - 2]:
                err(w, "undo does not restore the prompt before the previous turn")
            if it == "edit" and p == ref[did][j - 1]:
                err(w, "edit left the reference prompt unchanged")

for lang, want in WANT.items():
    if langs[lang] != want:
        err("file", f"{lang}: {langs[lang]} dialogues, want {want}")
    nums = sorted(per_lang_numbers[lang])
    if nums != list(range(1, len(nums) + 1)):
        err("file", f"{lang}: ids not numbered 1..{len(nums)}")
later = sum(intents.values())
print(f"{PATH}: {len(lines)} lines, {len(ids)} unique ids")
print("dialogues per lang:", dict(langs))
print("turns per dialogue:", dict(sorted(nturns.items())))
print("intents after turn 1:", dict(intents), f"(edit share {intents['edit']/max(later,1):.0%})")
print("reference prompts:", "checked" if ref is not None else "not found (skipped)")
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
