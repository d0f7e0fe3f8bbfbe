#!/usr/bin/env python3
"""Checker for /work/fresh-31/designer.jsonl (standard library only).

Errors (exit 1): unparsable line, missing/extra field, bad id/lang, wrong counts, turn count
outside 2-4, bad intent, first turn not draw, empty must_contain, a phrase both required and
forbidden, a chat/ask turn whose required phrases contradict the previous turn, an undo whose
required phrases were forbidden two states back, duplicate ids.
Warnings: phrase length outside 2-5 words / 2-8 CJK chars, first prompt length outside 8-60
words, first-turn phrases not found in the user's message.
"""
import json, re, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-31/designer.jsonl"
WANT = {"en": 36, "zh": 36, "mixed": 18}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
CJK = re.compile(r"[\u4e00-\u9fff]")

errors, warnings = [], []
ids = set()
langs = collections.Counter()
intents = collections.Counter()
later_turns = 0


def plen(p):
    """(kind, size) of a phrase: CJK characters if it is mostly Chinese, else words."""
    n_cjk = len(CJK.findall(p))
    if n_cjk and n_cjk >= len(re.findall(r"[A-Za-z]+", p)):
        return "chars", n_cjk + len(re.findall(r"[A-Za-z0-9]+", p))
    return "words", len(p.split())


def norm(s):
    return s.lower()


with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        where = "line %d" % ln
        try:
            d = json.loads(line)
        except Exception as e:
            errors.append("%s: bad json %s" % (where, e)); continue
        if set(d) != {"id", "lang", "turns"}:
            errors.append("%s: fields %s" % (where, sorted(d)))
            continue
        did, lang, turns = d["id"], d["lang"], d["turns"]
        where = did
        if did in ids:
            errors.append("%s: duplicate id" % did)
        ids.add(did)
        m = re.fullmatch(r"fresh31-designer-(en|zh|mixed)-(\d{3})", did)
        if not m or m.group(1) != lang:
            errors.append("%s: id/lang mismatch (%s)" % (did, lang))
        langs[lang] += 1
        if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
            errors.append("%s: %s turns" % (where, len(turns) if isinstance(turns, list) else "?"))
            continue
        states = []  # (must_contain, must_not_contain) after each turn
        for ti, t in enumerate(turns):
            w = "%s turn %d" % (where, ti + 1)
            if set(t) != {"message", "intent", "must_contain", "must_not_contain"}:
                errors.append("%s: fields %s" % (w, sorted(t))); continue
            msg, it, mc, mn = t["message"], t["intent"], t["must_contain"], t["must_not_contain"]
            if not isinstance(msg, str) or not msg.strip():
                errors.append("%s: empty message" % w)
            if it not in INTENTS:
                errors.append("%s: intent %r" % (w, it))
            intents[it] += 1
            if ti == 0 and it != "draw":
                errors.append("%s: first turn must be draw" % w)
            if ti > 0:
                later_turns += 1
            if not (isinstance(mc, list) and isinstance(mn, list) and all(isinstance(x, str) and x.strip() for x in mc + mn)):
                errors.append("%s: must_contain/must_not_contain must be lists of strings" % w); continue
            if not mc:
                errors.append("%s: empty must_contain" % w)
            for a in mc:
                for b in mn:
                    if norm(b) in norm(a):
                        errors.append("%s: required %r contains forbidden %r" % (w, a, b))
            for p in mc:
                kind, n = plen(p)
                if (kind == "words" and not 1 <= n <= 5) or (kind == "chars" and not 2 <= n <= 8):
                    warnings.append("%s: phrase %r is %d %s" % (w, p, n, kind))
                elif kind == "words" and n == 1:
                    warnings.append("%s: one-word phrase %r" % (w, p))
            if ti == 0:
                if lang == "zh":
                    size = len(CJK.findall(msg))
                    if not 8 <= size <= 120:
                        warnings.append("%s: first prompt %d CJK chars" % (w, size))
                else:
                    size = len(msg.split()) if lang == "en" else len(msg.split()) + len(CJK.findall(msg)) // 2
                    if not 8 <= size <= 60:
                        warnings.append("%s: first prompt ~%d words" % (w, size))
                for p in mc:
                    if norm(p) not in norm(msg):
                        warnings.append("%s: first-turn phrase %r not in message" % (w, p))
                for p in mn:
                    if norm(p) not in norm(msg):
                        warnings.append("%s: forbidden wrapper %r not in message" % (w, p))
            prev = states[-1] if states else None
            if it in ("chat", "ask") and prev:
                for p in mc:
                    if any(norm(b) in norm(p) for b in prev[1]):
                        errors.append("%s: %s turn requires %r forbidden just before" % (w, it, p))
                for p in mn:
                    if any(norm(p) in norm(a) for a in prev[0]):
                        errors.append("%s: %s turn forbids %r required just before" % (w, it, p))
            if it == "undo":
                if ti < 1:
                    errors.append("%s: undo with nothing to undo" % w)
                else:
                    back = states[-2] if len(states) >= 2 else None
                    if back:
                        for p in mc:
                            if any(norm(b) in norm(p) for b in back[1]):
                                errors.append("%s: undo requires %r which was forbidden in the restored state" % (w, p))
                        for p in mn:
                            if any(norm(p) in norm(a) for a in back[0]):
                                errors.append("%s: undo forbids %r which the restored state required" % (w, p))
                    if turns[ti - 1]["intent"] not in ("edit", "draw"):
                        warnings.append("%s: undo right after a %s turn" % (w, turns[ti - 1]["intent"]))
            states.append((mc, mn))

for lang, n in WANT.items():
    if langs[lang] != n:
        errors.append("lang %s: %d dialogues, want %d" % (lang, langs[lang], n))
for it in INTENTS:
    if not intents[it]:
        errors.append("intent %s never used" % it)

print("dialogues:", sum(langs.values()), dict(langs))
print("turns by intent:", dict(intents))
if later_turns:
    print("edits among turns after the first: %d/%d = %.0f%%" % (intents["edit"], later_turns, 100.0 * intents["edit"] / later_turns))
print("unique ids:", len(ids))
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else "FAILED: %d errors" % len(errors), "(%d warnings)" % len(warnings))
sys.exit(1 if errors else 0)
