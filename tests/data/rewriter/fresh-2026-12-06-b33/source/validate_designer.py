#!/usr/bin/env python3
"""Checker for /work/fresh-33/designer.jsonl (standard library only)."""
import json, re, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-33/designer.jsonl"
WANT = {"en": 36, "zh": 36, "mixed": 18}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
CJK = re.compile(r"[\u3400-\u9fff]")
# words a cross-language edit may legitimately write in the prompt's language
TRANSL = {"red": "红色", "green": "绿色", "blue": "蓝色", "yellow": "黄色", "white": "白色",
          "black": "黑色", "golden": "金色", "fox": "狐狸"}
errors, warnings = [], []
ids = set()
counts = collections.Counter()
intents = collections.Counter()
later = edits = 0

def words(p):
    return [w for w in re.split(r"\s+", p.strip()) if w]

def traceable(phrase, text):
    """Every word / CJK character of phrase was typed in the dialogue so far (or is a translation)."""
    tl = text.lower()
    if CJK.search(phrase):
        extra = "".join(zh for en, zh in TRANSL.items() if re.search(r"\b%s\b" % en, tl))
        return all(ch in tl or ch in extra or ch in "的色" for ch in phrase if CJK.match(ch))
    for w in words(phrase.lower()):
        w = w.strip("'\".,!?:;()")
        if not w:
            continue
        if w in tl:
            continue
        if w in TRANSL and TRANSL[w] in text:
            continue
        return False
    return True

with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        where = "line %d" % ln
        try:
            d = json.loads(line)
        except Exception as e:
            errors.append("%s: bad JSON: %s" % (where, e)); continue
        for k in ("id", "lang", "turns"):
            if k not in d:
                errors.append("%s: missing %s" % (where, k))
        if set(d) - {"id", "lang", "turns"}:
            errors.append("%s: extra keys %s" % (where, set(d) - {"id", "lang", "turns"}))
        did, lang, turns = d.get("id"), d.get("lang"), d.get("turns", [])
        where = did or where
        if did in ids:
            errors.append("%s: duplicate id" % where)
        ids.add(did)
        if lang not in WANT:
            errors.append("%s: bad lang %r" % (where, lang))
        elif not re.fullmatch(r"fresh33-designer-%s-\d{3}" % lang, did or ""):
            errors.append("%s: id does not match lang" % where)
        counts[lang] += 1
        if not (2 <= len(turns) <= 4):
            errors.append("%s: %d turns (want 2-4)" % (where, len(turns)))
        text = ""
        for ti, t in enumerate(turns):
            tw = "%s turn %d" % (where, ti + 1)
            for k in ("message", "intent", "must_contain", "must_not_contain"):
                if k not in t:
                    errors.append("%s: missing %s" % (tw, k))
            msg, it = t.get("message", ""), t.get("intent")
            mc, mnc = t.get("must_contain", []), t.get("must_not_contain", [])
            if not isinstance(msg, str) or not msg.strip():
                errors.append("%s: empty message" % tw)
            if it not in INTENTS:
                errors.append("%s: bad intent %r" % (tw, it))
            intents[it] += 1
            if ti == 0:
                if it != "draw":
                    errors.append("%s: first turn must be draw" % tw)
                n = len(CJK.findall(msg)) / 2 + len(re.findall(r"[A-Za-z0-9']+", msg))
                if not (8 <= n <= 60) and not (CJK.search(msg) and 8 <= n <= 70):
                    warnings.append("%s: first prompt size %.0f word-equivalents" % (tw, n))
            else:
                later += 1
                edits += it == "edit"
            if not mc:
                errors.append("%s: empty must_contain" % tw)
            text += "\n" + msg
            for p in mc:
                if CJK.search(p):
                    n = len(re.sub(r"\s", "", p))
                    if not (2 <= n <= 8) and not re.search(r"[A-Za-z]", p):
                        errors.append("%s: zh phrase %r has %d chars (want 2-8)" % (tw, p, n))
                elif not (2 <= len(words(p)) <= 5):
                    errors.append("%s: en phrase %r has %d words (want 2-5)" % (tw, p, len(words(p))))
                if not traceable(p, text):
                    errors.append("%s: must_contain %r not traceable to typed words" % (tw, p))
            seen_mc = [q for tt in turns[:ti] for q in tt.get("must_contain", [])]
            for p in mnc:
                if not (p.lower() in text.lower() or traceable(p, text)
                        or any(p.lower() in q.lower() for q in seen_mc)):
                    errors.append("%s: must_not_contain %r never typed (vacuous)" % (tw, p))
                for q in mc:
                    if p.lower() in q.lower():
                        errors.append("%s: %r is both required (in %r) and forbidden" % (tw, p, q))
            # state checks
            if ti > 0 and it in ("chat", "ask"):
                prev = turns[ti - 1]
                for p in mc:
                    if any(p.lower() in q.lower() for q in prev.get("must_not_contain", [])):
                        errors.append("%s: %s keeps %r but previous turn removed it" % (tw, it, p))
            if it == "undo":
                if ti < 1:
                    errors.append("%s: undo on first turn" % tw)
                else:
                    undone = turns[ti - 1]
                    if undone.get("intent") not in ("edit", "draw"):
                        errors.append("%s: undo should follow an edit/draw" % tw)
                    for p in mnc:
                        if not any(p.lower() in q.lower() for q in undone.get("must_contain", [])):
                            errors.append("%s: undo forbids %r that the undone turn did not add" % (tw, p))
                    before = "\n".join(tt.get("message", "") for tt in turns[:ti - 1])
                    earlier = [q for tt in turns[:ti - 1] for q in tt.get("must_contain", [])]
                    for p in mc:
                        if not (traceable(p, before) or any(p.lower() in q.lower() for q in earlier)):
                            errors.append("%s: undo requires %r not seen before the undone turn" % (tw, p))

for lang, n in WANT.items():
    if counts[lang] != n:
        errors.append("lang %s: %d dialogues (want %d)" % (lang, counts[lang], n))
print("dialogues:", dict(counts), "total", sum(counts.values()))
print("intents over all turns:", dict(intents))
print("later turns: %d, edits: %d (%.0f%%)" % (later, edits, 100.0 * edits / max(later, 1)))
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
