#!/usr/bin/env python3
"""Checker for /work/fresh-24/designer.jsonl (standard library only).

Hard errors:
  - every line parses as JSON; fields id/lang/turns and per-turn message/intent/must_contain/
    must_not_contain are present with the right types; ids unique and well-formed
    (fresh24-designer-<lang>-NNN, numbered 1..n per language); lang in en/zh/mixed and matching the id
  - per-language counts 36 en / 36 zh / 18 mixed; 2-4 turns per dialogue; first turn is a draw
  - intents in draw/edit/chat/undo/ask; undo never on the first turn and never with nothing to undo
  - phrase sizes: 2-5 words (Latin), 2-8 characters (Chinese; a Latin word counts as one unit)
  - first-turn prompt size: 8-60 "words" (a Chinese character counts as half a word)
  - no must_contain phrase contains (case-insensitively) a must_not_contain phrase of the same turn
  - on a draw turn every must_contain phrase is a substring of that message (the user's own words are
    kept) and every first-turn must_not_contain phrase (the wrapper) is in the message
  - provenance: every Latin word / Chinese character of a must_contain phrase was typed by the user in
    this dialogue so far, or is the prompt-language word for a cross-language edit (small table below)
  - chat/ask keep the scene: nothing they expect contradicts the state before; undo restores the state
    before the previous change: its phrases must not contradict that restored state
Warnings (printed, not fatal): an edit with fewer than 3 must_contain phrases; chat/ask/undo
must_contain phrases never seen in an earlier expected state.
"""
import json, re, sys, os

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "designer.jsonl")
WANT = {"en": 36, "zh": 36, "mixed": 18}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
CJK = re.compile(r"[\u3400-\u9fff]")
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-/.]*")

# Cross-language edits: if a message in the dialogue contains the key, the listed words/characters
# may appear in expected phrases even though nobody typed them (the prompt-language word).
TRANSLATE = {
    "芥末黄": "mustard yellow", "淡黄色": "yellow", "黄色": "yellow", "红色": "red", "黑色": "black",
    "black": "黑色", "pink": "粉色", "deep green": "绿色", "basil": "罗勒", "狗": "dog",
}


def units(s):
    return len(CJK.findall(s)) + len(WORD.findall(CJK.sub(" ", s)))


def words_of(s):
    return [w.lower().strip(".-/'") for w in WORD.findall(s)]


def main():
    errors, warnings = [], []
    seen, counts, nums = set(), {}, {}
    intents = {}
    n_turns_after_first = n_edits_after_first = 0

    def err(where, msg):
        errors.append("%s: %s" % (where, msg))

    with open(PATH, encoding="utf-8") as f:
        raw = f.read().splitlines()
    for ln, line in enumerate(raw, 1):
        if not line.strip():
            err("line %d" % ln, "empty line")
            continue
        try:
            o = json.loads(line)
        except Exception as e:
            err("line %d" % ln, "bad JSON: %s" % e)
            continue
        did = o.get("id")
        where = "line %d (%s)" % (ln, did)
        if set(o) != {"id", "lang", "turns"}:
            err(where, "fields are %s" % sorted(o))
        lang = o.get("lang")
        m = re.fullmatch(r"fresh24-designer-(en|zh|mixed)-(\d{3})", str(did))
        if not m:
            err(where, "bad id")
        elif m.group(1) != lang:
            err(where, "id language %s != lang %s" % (m.group(1), lang))
        else:
            nums.setdefault(lang, []).append(int(m.group(2)))
        if did in seen:
            err(where, "duplicate id")
        seen.add(did)
        if lang not in WANT:
            err(where, "bad lang %r" % lang)
        counts[lang] = counts.get(lang, 0) + 1
        turns = o.get("turns")
        if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
            err(where, "needs 2-4 turns")
            continue
        typed = ""          # everything the user typed so far (lowercased)
        drawn = ""          # the latest draw message (lowercased)
        stack = []          # expected states after each change: (mc list, mnc list)
        allowed_extra = set()
        for ti, t in enumerate(turns):
            tw = "%s turn %d" % (where, ti + 1)
            if not isinstance(t, dict) or set(t) != {"message", "intent", "must_contain", "must_not_contain"}:
                err(tw, "turn fields wrong: %s" % (sorted(t) if isinstance(t, dict) else t))
                continue
            msg, it, mc, mnc = t["message"], t["intent"], t["must_contain"], t["must_not_contain"]
            if not isinstance(msg, str) or not msg.strip():
                err(tw, "empty message")
                continue
            if it not in INTENTS:
                err(tw, "bad intent %r" % it)
            intents[it] = intents.get(it, 0) + 1
            if ti > 0:
                n_turns_after_first += 1
                n_edits_after_first += it == "edit"
            if not (isinstance(mc, list) and isinstance(mnc, list) and all(isinstance(p, str) for p in mc + mnc)):
                err(tw, "must_contain / must_not_contain must be lists of strings")
                continue
            if not mc:
                err(tw, "must_contain is empty")
            typed += "\n" + msg.lower()
            for k, v in TRANSLATE.items():
                if k in msg.lower():
                    allowed_extra.update(words_of(v))
                    allowed_extra.update(CJK.findall(v))
            for p in mc + mnc:
                u = units(p)
                if CJK.search(p):
                    if not 2 <= u <= 8:
                        err(tw, "phrase %r has %d units (want 2-8)" % (p, u))
                elif not 1 <= u <= 5 or (u == 1 and p in mc):
                    err(tw, "phrase %r has %d words (want 2-5)" % (p, u))
            if len(set(x.lower() for x in mc)) != len(mc) or len(set(x.lower() for x in mnc)) != len(mnc):
                err(tw, "duplicate phrase")
            for p in mc:
                for q in mnc:
                    if q.lower() in p.lower():
                        err(tw, "must_contain %r contains must_not_contain %r" % (p, q))
            # provenance of expected words
            for p in mc:
                for w in words_of(p):
                    if w and w not in typed and w not in allowed_extra:
                        err(tw, "word %r of %r was never typed" % (w, p))
                for ch in CJK.findall(p):
                    if ch not in typed and ch not in allowed_extra:
                        err(tw, "character %r of %r was never typed" % (ch, p))
            if ti == 0:
                if it != "draw":
                    err(tw, "first turn must be a draw")
                n = len(WORD.findall(CJK.sub(" ", msg))) + len(CJK.findall(msg)) / 2.0
                if not 8 <= n <= 60:
                    err(tw, "first prompt has %.1f words (want 8-60)" % n)
                for q in mnc:
                    if q.lower() not in msg.lower():
                        err(tw, "wrapper %r not in the message" % q)
            if it == "draw":
                for p in mc:
                    if p.lower() not in msg.lower():
                        err(tw, "draw keeps the user's words, but %r is not in the message" % p)
            low = lambda xs: [x.lower() for x in xs]

            def contradicts(state, where_):
                smc, smnc = low(state[0]), low(state[1])
                for p in low(mc):
                    for q in smnc:
                        if q in p:
                            err(where_, "expects %r but the kept state must not contain %r" % (p, q))
                for q in low(mnc):
                    for p in smc:
                        if q in p:
                            err(where_, "forbids %r but the kept state contains %r" % (q, p))

            def unseen(state_list, where_):
                known = " | ".join(x.lower() for s in state_list for x in s[0]) + " | " + drawn
                for p in mc:
                    if p.lower() not in known:
                        warnings.append("%s: %r not seen in an earlier expected state" % (where_, p))

            if it == "draw":
                drawn = msg.lower()
            if it in ("draw", "edit"):
                if it == "edit" and len(mc) < 3:
                    warnings.append("%s: edit with only %d must_contain phrases" % (tw, len(mc)))
                stack.append((mc, mnc))
            elif it in ("chat", "ask"):
                if stack:
                    contradicts(stack[-1], tw)
                    unseen(stack, tw)
            elif it == "undo":
                if len(stack) < 2:
                    err(tw, "undo with nothing to go back to")
                else:
                    stack.pop()
                    contradicts(stack[-1], tw)
                    unseen(stack, tw)
    for lang, want in WANT.items():
        if counts.get(lang, 0) != want:
            err("counts", "%s has %d dialogues, want %d" % (lang, counts.get(lang, 0), want))
        if sorted(nums.get(lang, [])) != list(range(1, len(nums.get(lang, [])) + 1)):
            err("ids", "%s ids are not numbered 1..n" % lang)
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    total = sum(counts.values())
    print("dialogues: %d (%s)" % (total, ", ".join("%s %d" % (k, counts.get(k, 0)) for k in WANT)))
    print("turns by intent:", ", ".join("%s %d" % (k, intents.get(k, 0)) for k in sorted(INTENTS)))
    if n_turns_after_first:
        print("edits among turns after the first: %d/%d (%.0f%%)" % (
            n_edits_after_first, n_turns_after_first, 100.0 * n_edits_after_first / n_turns_after_first))
    print("OK" if not errors else "FAILED: %d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
