#!/usr/bin/env python3
"""Checker for /work/fresh-28/designer.jsonl (standard library only).

Errors (exit 1): bad JSON, missing/typed fields, bad ids or duplicates, wrong counts per language,
2-4 turns, unknown intents, phrase length rules, a must_contain phrase that contains a
must_not_contain phrase of the same turn, first-turn phrases not taken from the message,
phrases whose words/characters nobody typed (en, zh), and chat/ask/undo turns whose
expectations contradict the scene they should keep or restore.
Warnings: the same provenance rule for mixed dialogues (cross-language edits are expected there).
"""
import json, re, sys
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-28/designer.jsonl"
WANT = {"en": 36, "zh": 36, "mixed": 18}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
CJK = re.compile(r"[\u3400-\u9fff]")
WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")

errors, warnings = [], []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def cjk_count(s):
    return len(CJK.findall(s))


def latin_words(s):
    return WORD.findall(s.lower())


def phrase_len_ok(p):
    """2-5 English words, or 2-8 Chinese characters (mixed phrases: either rule)."""
    n_cjk = cjk_count(p)
    n_w = len(latin_words(CJK.sub(" ", p)))
    if n_cjk == 0:
        return 2 <= n_w <= 5
    if n_w == 0:
        return 2 <= n_cjk <= 8
    return 2 <= n_cjk + n_w <= 8


def stem(w):
    w = w.strip("'-")
    for suf in ("ies", "es", "s", "ed", "ing"):
        if len(w) > 4 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def provenance_missing(phrase, typed):
    """Words (en) or characters (zh) of phrase that appear in no message typed so far."""
    low = typed.lower()
    typed_stems = {stem(w) for w in latin_words(low)}
    missing = []
    for w in latin_words(CJK.sub(" ", phrase)):
        if w not in low and stem(w) not in typed_stems:
            missing.append(w)
    for ch in CJK.findall(phrase):
        if ch not in typed:
            missing.append(ch)
    return missing


def main():
    ids = set()
    langs = Counter()
    intents = Counter()
    later_turns = 0
    n_turns = 0
    try:
        lines = open(PATH, encoding="utf-8").read().splitlines()
    except OSError as e:
        print("cannot read", PATH, e)
        return 1
    for ln, line in enumerate(lines, 1):
        where = f"line {ln}"
        if not line.strip():
            err(where, "empty line")
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, f"bad JSON: {e}")
            continue
        if not isinstance(d, dict) or set(d) != {"id", "lang", "turns"}:
            err(where, f"top-level keys must be id, lang, turns: {sorted(d) if isinstance(d, dict) else type(d)}")
            continue
        did, lang, turns = d["id"], d["lang"], d["turns"]
        where = f"line {ln} ({did})"
        if lang not in WANT:
            err(where, f"bad lang {lang!r}")
            continue
        langs[lang] += 1
        if not isinstance(did, str) or not re.fullmatch(rf"fresh28-designer-{lang}-\d{{3}}", did):
            err(where, "id must look like fresh28-designer-<lang>-NNN")
        if did in ids:
            err(where, "duplicate id")
        ids.add(did)
        if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
            err(where, "need 2-4 turns")
            continue
        typed = ""
        prev = []  # (intent, mc, mnc) of earlier turns
        for ti, t in enumerate(turns):
            tw = f"{where} turn {ti + 1}"
            if not isinstance(t, dict) or set(t) != {"message", "intent", "must_contain", "must_not_contain"}:
                err(tw, "turn keys must be message, intent, must_contain, must_not_contain")
                prev.append(("?", [], []))
                continue
            msg, intent, mc, mnc = t["message"], t["intent"], t["must_contain"], t["must_not_contain"]
            n_turns += 1
            if not isinstance(msg, str) or not msg.strip():
                err(tw, "empty message")
                msg = ""
            if intent not in INTENTS:
                err(tw, f"bad intent {intent!r}")
            intents[intent] += 1
            if ti > 0:
                later_turns += 1
            if not (isinstance(mc, list) and all(isinstance(p, str) and p.strip() for p in mc)):
                err(tw, "must_contain must be a list of non-empty strings")
                mc = []
            if not (isinstance(mnc, list) and all(isinstance(p, str) and p.strip() for p in mnc)):
                err(tw, "must_not_contain must be a list of non-empty strings")
                mnc = []
            typed += "\n" + msg
            for p in mc:
                if not phrase_len_ok(p):
                    err(tw, f"must_contain phrase length out of range: {p!r}")
                if lang == "zh" and cjk_count(p) == 0:
                    err(tw, f"zh dialogue with a non-Chinese must_contain phrase: {p!r}")
            if len(set(p.lower() for p in mc)) != len(mc):
                err(tw, "duplicate must_contain phrase")
            for p in mc:
                for q in mnc:
                    if q.lower() in p.lower():
                        err(tw, f"must_contain {p!r} contains must_not_contain {q!r}")
            # scene-changing turns need something to check
            if intent in ("draw", "edit") and len(mc) < (2 if intent == "edit" else 1):
                err(tw, f"{intent} turn needs must_contain phrases (changed + untouched)")
            if ti == 0:
                if intent == "draw":
                    n = len(latin_words(CJK.sub(" ", msg))) + cjk_count(msg) / (1 if lang == "en" else 1.6)
                    if not 8 <= n <= 60 * (1 if lang == "en" else 1.6):
                        err(tw, f"first prompt length {n:.0f} outside 8-60 words")
                    for p in mc:
                        if p.lower() not in msg.lower():
                            err(tw, f"first-turn must_contain not in the message: {p!r}")
                    for q in mnc:
                        if q.lower() not in msg.lower():
                            warn(tw, f"first-turn must_not_contain never typed (trivial): {q!r}")
                elif intent != "chat":
                    err(tw, "first turn must be draw (or an opening chat)")
            # provenance: nobody-typed words
            for p in mc:
                miss = provenance_missing(p, typed)
                if miss:
                    (warn if lang == "mixed" else err)(tw, f"{p!r}: never typed: {miss}")
            # consistency with kept / restored scene
            if intent in ("chat", "ask") and prev:
                pi, pmc, pmnc = prev[-1]
                for p in mc:
                    if any(q.lower() in p.lower() for q in pmnc):
                        err(tw, f"{intent} keeps the scene but expects {p!r}, which the previous turn removed")
                for q in mnc:
                    if any(q.lower() in p.lower() for p in pmc):
                        err(tw, f"{intent} keeps the scene but forbids {q!r}, which the previous turn had")
            if intent == "undo":
                if not prev:
                    err(tw, "undo on the first turn")
                elif len(prev) >= 2:
                    _, bmc, bmnc = prev[-2]
                    for p in mc:
                        if any(q.lower() in p.lower() for q in bmnc):
                            err(tw, f"undo restores turn {ti - 1}, which forbade {p!r}")
                    for q in mnc:
                        if any(q.lower() in p.lower() for p in bmc):
                            err(tw, f"undo restores turn {ti - 1}, which had {q!r}")
                    if prev[-2][0] in ("chat", "ask"):
                        warn(tw, "undo restores a chat/ask turn's scene")
            prev.append((intent, mc, mnc))
    for lang, n in WANT.items():
        if langs[lang] != n:
            err("file", f"{lang}: {langs[lang]} dialogues, want {n}")
    missing_intents = INTENTS - set(intents)
    if missing_intents:
        err("file", f"intents never used: {sorted(missing_intents)}")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    edits_later = intents["edit"]
    print(f"dialogues: {sum(langs.values())} {dict(langs)}; turns: {n_turns}; intents: {dict(intents)}")
    print(f"edit share of turns after the first: {edits_later}/{later_turns} = {edits_later / max(later_turns, 1):.0%}")
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
