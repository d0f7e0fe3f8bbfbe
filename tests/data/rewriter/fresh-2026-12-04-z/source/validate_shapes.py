#!/usr/bin/env python3
"""Checker for /work/fresh-26/shapes.jsonl (standard library only)."""
import json, sys, re, collections

SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
WANT = {"en": 50, "zh": 50, "mixed": 50}

def main(path):
    errs = []
    ids = set()
    per_lang = collections.Counter()
    intents = collections.Counter()
    later_turns = 0
    classes = collections.Counter()
    n_lines = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errs.append("line %d: blank line" % ln); continue
            n_lines += 1
            try:
                d = json.loads(line)
            except Exception as e:
                errs.append("line %d: bad JSON: %s" % (ln, e)); continue
            where = "line %d (%s)" % (ln, d.get("id"))
            if set(d) != {"id", "lang", "classes", "turns"}:
                errs.append("%s: keys %s" % (where, sorted(d)))
            did, lang = d.get("id"), d.get("lang")
            if did in ids: errs.append("%s: duplicate id" % where)
            ids.add(did)
            if lang not in WANT: errs.append("%s: bad lang %r" % (where, lang))
            per_lang[lang] += 1
            if not isinstance(did, str) or not re.fullmatch(r"fresh26-shapes-(en|zh|mixed)-\d{3}", did or "") or did.split("-")[2] != lang:
                errs.append("%s: id does not match pattern/lang" % where)
            cl = d.get("classes")
            if not isinstance(cl, list) or not cl or not all(isinstance(c, str) and c for c in cl):
                errs.append("%s: classes must be a non-empty list of strings" % where)
            else:
                classes.update(cl)
            turns = d.get("turns")
            if not isinstance(turns, list) or not 2 <= len(turns) <= 5:
                errs.append("%s: need 2-5 turns" % where); continue
            stack = []   # scenes before each state-changing turn
            prev = None
            for ti, t in enumerate(turns):
                tw = "%s turn %d" % (where, ti + 1)
                if not isinstance(t, dict) or set(t) != {"message", "intent", "expected"}:
                    errs.append("%s: turn keys" % tw); continue
                msg, it, ex = t["message"], t["intent"], t["expected"]
                if not isinstance(msg, str) or not msg.strip(): errs.append("%s: empty message" % tw)
                if it not in INTENTS: errs.append("%s: bad intent %r" % (tw, it)); continue
                intents[it] += 1
                if ti > 0: later_turns += 1
                if ti == 0 and it != "draw": errs.append("%s: first turn must draw" % tw)
                # scene rules
                if not isinstance(ex, dict) or set(ex) != {"background", "objects"}:
                    errs.append("%s: expected keys" % tw); continue
                bg, objs = ex["background"], ex["objects"]
                if bg not in COLOURS: errs.append("%s: bad background %r" % (tw, bg))
                if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
                    errs.append("%s: need 1-3 objects" % tw); objs = []
                cells = set()
                for o in objs:
                    if not (isinstance(o, list) and len(o) == 4):
                        errs.append("%s: object %r malformed" % (tw, o)); continue
                    s, c, z, p = o
                    if s not in SHAPES: errs.append("%s: bad shape %r" % (tw, s))
                    if c not in COLOURS: errs.append("%s: bad colour %r" % (tw, c))
                    if z not in SIZES: errs.append("%s: bad size %r" % (tw, z))
                    if p not in POS: errs.append("%s: bad position %r" % (tw, p))
                    if p in cells: errs.append("%s: two objects in cell %s" % (tw, p))
                    cells.add(p)
                    if c == bg: errs.append("%s: object colour equals background %s" % (tw, c))
                # turn-to-turn consistency
                if it in ("chat", "ask"):
                    if ex != prev: errs.append("%s: %s must keep the scene" % (tw, it))
                elif it == "undo":
                    if not stack or stack[-1] is None:
                        errs.append("%s: undo with nothing to undo" % tw)
                    else:
                        want = stack.pop()
                        if ex != want: errs.append("%s: undo must restore %r" % (tw, want))
                elif it == "edit":
                    if prev is None: errs.append("%s: edit with no scene" % tw)
                    elif ex == prev: errs.append("%s: edit changes nothing" % tw)
                    else:
                        # objects that survive keep their introduction order
                        stack.append(prev)
                else:  # draw
                    stack.append(prev)
                prev = ex
    for lang, n in WANT.items():
        if per_lang[lang] != n: errs.append("lang %s: %d dialogues, want %d" % (lang, per_lang[lang], n))
    print("dialogues: %d  per lang: %s" % (n_lines, dict(per_lang)))
    print("intents (all turns): %s" % dict(intents))
    print("turns after the first: %d, edits among them: %d (%.0f%%)" % (later_turns, intents["edit"], 100.0 * intents["edit"] / max(1, later_turns)))
    print("distinct classes: %d" % len(classes))
    if errs:
        print("ERRORS (%d):" % len(errs))
        for e in errs: print("  " + e)
        return 1
    print("OK: no errors")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-26/shapes.jsonl"))
