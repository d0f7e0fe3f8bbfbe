#!/usr/bin/env python3
"""Checker for /work/fresh-22/shapes.jsonl (standard library only).

Errors (exit 1): unparsable line, missing/mistyped field, bad id/lang, duplicate id, turn count
outside 2-5, unknown intent, value outside the world's vocabulary, scene breaking the world's rules
(1-3 objects, one per cell, object colour != background), first turn not a draw, chat/ask that
changes the scene, undo that does not restore the scene before the previous turn, edit that
changes nothing, wrong per-language counts.
Warnings: language of messages looks off, repeated messages.
Prints statistics (intents, edit share of later turns, classes).
"""
import collections, json, re, sys

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-22/shapes.jsonl"
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SHAPES = {"circle", "square", "triangle", "star"}
SIZES = {"small", "large"}
POSITIONS = {"top-left", "top", "top-right", "left", "center", "right",
             "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
LANGS = {"en": 50, "zh": 50, "mixed": 50}
CJK = re.compile(r"[\u3400-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")

errors, warnings = [], []
def err(where, msg): errors.append("%s: %s" % (where, msg))
def warn(where, msg): warnings.append("%s: %s" % (where, msg))


def check_scene(where, sc):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        err(where, "expected must have exactly background and objects"); return False
    ok = True
    bg, objs = sc["background"], sc["objects"]
    if bg not in COLOURS:
        err(where, "background %r not in vocabulary" % (bg,)); ok = False
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        err(where, "scene must hold 1-3 objects"); return False
    cells = []
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            err(where, "object %r is not [shape, colour, size, position]" % (o,)); ok = False; continue
        sh, co, sz, po = o
        if sh not in SHAPES: err(where, "shape %r" % (sh,)); ok = False
        if co not in COLOURS: err(where, "colour %r" % (co,)); ok = False
        if sz not in SIZES: err(where, "size %r" % (sz,)); ok = False
        if po not in POSITIONS: err(where, "position %r" % (po,)); ok = False
        if co == bg: err(where, "object %r has the background colour" % (o,)); ok = False
        cells.append(po)
    if len(set(cells)) != len(cells):
        err(where, "two objects share a cell: %r" % (cells,)); ok = False
    return ok


def main():
    ids, per_lang = set(), collections.Counter()
    intents, later, classes = collections.Counter(), collections.Counter(), collections.Counter()
    turn_lengths = collections.Counter()
    messages = collections.Counter()
    n = 0
    with open(PATH, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for ln, line in enumerate(lines, 1):
        where = "line %d" % ln
        if not line.strip():
            err(where, "blank line"); continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, "not JSON: %s" % e); continue
        n += 1
        if not isinstance(d, dict) or set(d) != {"id", "lang", "classes", "turns"}:
            err(where, "keys must be id, lang, classes, turns"); continue
        did, lang = d["id"], d["lang"]
        where = "%s (%s)" % (where, did)
        if lang not in LANGS: err(where, "lang %r" % (lang,))
        m = re.fullmatch(r"fresh22-shapes-(en|zh|mixed)-(\d{3})", str(did))
        if not m: err(where, "id pattern")
        elif m.group(1) != lang: err(where, "id language differs from lang")
        if did in ids: err(where, "duplicate id")
        ids.add(did); per_lang[lang] += 1
        if not (isinstance(d["classes"], list) and d["classes"] and
                all(isinstance(c, str) and c for c in d["classes"])):
            err(where, "classes must be a non-empty list of strings")
        else:
            classes.update(d["classes"])
        turns = d["turns"]
        if not isinstance(turns, list) or not 2 <= len(turns) <= 5:
            err(where, "needs 2-5 turns"); continue
        turn_lengths[len(turns)] += 1
        scenes, intents_seen, has_mixed_msg = [], [], False
        for k, t in enumerate(turns):
            tw = "%s turn %d" % (where, k + 1)
            if not isinstance(t, dict) or set(t) != {"message", "intent", "expected"}:
                err(tw, "turn keys must be message, intent, expected"); scenes.append(None); intents_seen.append(None); continue
            msg, intent, sc = t["message"], t["intent"], t["expected"]
            if not isinstance(msg, str) or not msg.strip(): err(tw, "empty message")
            else:
                messages[msg.strip().lower()] += 1
                cjk, lat = bool(CJK.search(msg)), bool(LATIN_WORD.search(msg))
                if lang == "en" and cjk: warn(tw, "Chinese characters in an en dialogue")
                if lang == "zh" and lat: warn(tw, "Latin word in a zh dialogue: %r" % msg)
                if cjk and lat: has_mixed_msg = True
            if intent not in INTENTS: err(tw, "intent %r" % (intent,))
            intents[intent] += 1
            if k > 0: later[intent] += 1
            ok = check_scene(tw, sc)
            if k == 0 and intent != "draw": err(tw, "first turn must be a draw")
            prev = scenes[k - 1] if k > 0 else None
            if ok and k > 0 and prev is not None:
                if intent in ("chat", "ask") and sc != prev:
                    err(tw, "%s must keep the scene" % intent)
                if intent == "edit" and sc == prev:
                    err(tw, "edit leaves the scene unchanged")
                if intent == "undo":
                    if k < 2 or scenes[k - 2] is None:
                        err(tw, "undo with no earlier scene to restore")
                    elif sc != scenes[k - 2]:
                        err(tw, "undo must restore the scene before the previous turn")
                    if intents_seen[k - 1] not in ("draw", "edit"):
                        warn(tw, "undo after %s (two readings of 'previous step')" % intents_seen[k - 1])
            scenes.append(sc if ok else None)
            intents_seen.append(intent)
        if lang == "mixed" and not has_mixed_msg:
            warn(where, "mixed dialogue without any message that mixes Chinese and English")
    for lang, want in LANGS.items():
        if per_lang[lang] != want:
            err("file", "%s: %d dialogues, want %d" % (lang, per_lang[lang], want))
    for i in INTENTS:
        if intents[i] == 0: err("file", "intent %s never used" % i)
    dup = {m: c for m, c in messages.items() if c > 1}
    if dup:
        warn("file", "%d messages appear more than once (e.g. %s)" % (
            len(dup), ", ".join(repr(m) for m in sorted(dup, key=lambda m: -dup[m])[:8])))
    n_later = sum(later.values())
    print("dialogues: %d  per language: %s" % (n, dict(per_lang)))
    print("turns per dialogue: %s" % dict(sorted(turn_lengths.items())))
    print("intents, all turns: %s" % dict(intents))
    print("intents, turns after the first (%d): %s" % (n_later, dict(later)))
    if n_later:
        print("edit share of later turns: %.1f%%" % (100.0 * later["edit"] / n_later))
    print("distinct classes: %d; most common: %s" % (len(classes), classes.most_common(12)))
    for w in warnings: print("WARNING", w)
    for e in errors: print("ERROR", e)
    print("OK" if not errors else "FAILED: %d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
