#!/usr/bin/env python3
"""Check /work/fresh-21/shapes.jsonl (standard library only).

Checks: every line parses; all fields present with the right types; ids unique and matching
lang; 2-5 turns; vocabulary; world rules (1-3 objects, one per cell, object colour != background);
chat/ask leave the scene unchanged; undo restores the scene before the previous turn;
first turn is a draw; edits actually change something. Prints counts per language and intent.
"""
import json, sys, re, collections

SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
LANGS = {"en", "zh", "mixed"}


def main(path):
    errors = []
    ids = set()
    per_lang = collections.Counter()
    intents = collections.Counter()
    later_intents = collections.Counter()
    nturns = 0

    def err(msg):
        errors.append(msg)

    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            err(f"line {ln}: blank line")
            continue
        try:
            d = json.loads(line)
        except Exception as e:
            err(f"line {ln}: bad JSON: {e}")
            continue
        for k in ("id", "lang", "classes", "turns"):
            if k not in d:
                err(f"line {ln}: missing {k}")
        if set(d) - {"id", "lang", "classes", "turns"}:
            err(f"line {ln}: extra keys {set(d) - {'id', 'lang', 'classes', 'turns'}}")
        did = d.get("id")
        if did in ids:
            err(f"line {ln}: duplicate id {did}")
        ids.add(did)
        lang = d.get("lang")
        if lang not in LANGS:
            err(f"{did}: bad lang {lang}")
        if not (isinstance(did, str) and re.fullmatch(rf"fresh21-shapes-{lang}-\d{{3}}", did)):
            err(f"{did}: id does not match fresh21-shapes-{lang}-NNN")
        per_lang[lang] += 1
        cl = d.get("classes")
        if not (isinstance(cl, list) and cl and all(isinstance(c, str) and c for c in cl)):
            err(f"{did}: classes must be a non-empty list of strings")
        turns = d.get("turns")
        if not isinstance(turns, list) or not (2 <= len(turns) <= 5):
            err(f"{did}: needs 2-5 turns")
            continue
        history = []
        for ti, t in enumerate(turns):
            w = f"{did} turn {ti + 1}"
            nturns += 1
            if set(t) != {"message", "intent", "expected"}:
                err(f"{w}: keys {sorted(t)}")
                continue
            if not (isinstance(t["message"], str) and t["message"].strip()):
                err(f"{w}: empty message")
            it = t["intent"]
            if it not in INTENTS:
                err(f"{w}: bad intent {it}")
            intents[it] += 1
            if ti > 0:
                later_intents[it] += 1
            sc = t["expected"]
            if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
                err(f"{w}: expected must have exactly background, objects")
                history.append(sc)
                continue
            bg, objs = sc["background"], sc["objects"]
            if bg not in COLOURS:
                err(f"{w}: bad background {bg}")
            if not isinstance(objs, list) or not (1 <= len(objs) <= 3):
                err(f"{w}: need 1-3 objects")
                objs = objs if isinstance(objs, list) else []
            cells = []
            for o in objs:
                if not (isinstance(o, list) and len(o) == 4):
                    err(f"{w}: object {o} must be [shape, colour, size, position]")
                    continue
                sh, c, sz, p = o
                if sh not in SHAPES: err(f"{w}: bad shape {sh}")
                if c not in COLOURS: err(f"{w}: bad colour {c}")
                if sz not in SIZES: err(f"{w}: bad size {sz}")
                if p not in POS: err(f"{w}: bad position {p}")
                if c == bg: err(f"{w}: object colour {c} equals background")
                cells.append(p)
            if len(set(cells)) != len(cells):
                err(f"{w}: two objects share a cell")
            prev = history[-1] if history else None
            if ti == 0 and it != "draw":
                err(f"{w}: first turn must be draw")
            if it in ("chat", "ask") and prev is not None and sc != prev:
                err(f"{w}: {it} changed the scene")
            if it == "undo":
                if len(history) < 2:
                    err(f"{w}: undo without a scene two steps back")
                elif sc != history[-2]:
                    err(f"{w}: undo does not restore the scene before the previous turn")
                if ti > 0 and turns[ti - 1].get("intent") not in ("draw", "edit"):
                    err(f"{w}: undo right after a non-changing turn (ambiguous expectation)")
            if it == "edit" and prev is not None and sc == prev:
                err(f"{w}: edit leaves the scene unchanged")
            history.append(sc)

    print(f"dialogues: {sum(per_lang.values())}  per lang: {dict(per_lang)}")
    print(f"turns: {nturns}  intents (all turns): {dict(intents)}")
    tot = sum(later_intents.values())
    print("intents after first turn: " + ", ".join(
        f"{k} {v} ({100 * v / tot:.0f}%)" for k, v in later_intents.most_common()))
    for lang, want in (("en", 50), ("zh", 50), ("mixed", 50)):
        if per_lang[lang] != want:
            err(f"lang {lang}: {per_lang[lang]} dialogues, want {want}")
    if errors:
        print(f"{len(errors)} ERRORS")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-21/shapes.jsonl"))
