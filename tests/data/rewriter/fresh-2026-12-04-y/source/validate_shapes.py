#!/usr/bin/env python3
"""Checker for /work/fresh-25/shapes.jsonl (standard library only)."""
import json, re, sys, os
from collections import Counter

SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
LANGS = {"en", "zh", "mixed"}
HAN = re.compile(r"[\u4e00-\u9fff]")
LAT = re.compile(r"[A-Za-z]{2,}")

def main(path):
    errs = []
    ids = set()
    counts = Counter()
    intents = Counter()
    turns_total = 0
    post_first = 0
    post_first_edits = 0
    msgs = Counter()
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for ln, line in enumerate(lines, 1):
        def e(m):
            errs.append("line %d: %s" % (ln, m))
        try:
            d = json.loads(line)
        except Exception as ex:
            e("bad json: %s" % ex); continue
        for k in ("id", "lang", "classes", "turns"):
            if k not in d:
                e("missing " + k)
        if set(d) - {"id", "lang", "classes", "turns"}:
            e("extra keys %s" % (set(d) - {"id", "lang", "classes", "turns"}))
        lang = d.get("lang")
        if lang not in LANGS:
            e("bad lang %r" % lang)
        did = d.get("id", "")
        if did in ids:
            e("duplicate id " + did)
        ids.add(did)
        m = re.fullmatch(r"fresh25-shapes-(en|zh|mixed)-(\d{3})", did)
        if not m or m.group(1) != lang:
            e("bad id %r" % did)
        counts[lang] += 1
        cl = d.get("classes")
        if not isinstance(cl, list) or not cl or not all(isinstance(c, str) and c for c in cl):
            e("bad classes")
        turns = d.get("turns")
        if not isinstance(turns, list) or not (2 <= len(turns) <= 5):
            e("need 2-5 turns"); continue
        scenes = []
        for ti, t in enumerate(turns):
            def te(m):
                e("turn %d: %s" % (ti + 1, m))
            if set(t) != {"message", "intent", "expected"}:
                te("turn keys %s" % sorted(t))
                continue
            msg, it, sc = t["message"], t["intent"], t["expected"]
            if not isinstance(msg, str) or not msg.strip():
                te("empty message")
            msgs[msg] += 1
            if it not in INTENTS:
                te("bad intent %r" % it)
            intents[it] += 1
            turns_total += 1
            if ti > 0:
                post_first += 1
                if it == "edit":
                    post_first_edits += 1
            if ti == 0 and it != "draw":
                te("first turn should be draw")
            # language of message
            if lang == "en" and HAN.search(msg):
                te("Chinese characters in en dialogue")
            if lang == "zh" and LAT.search(msg):
                te("Latin words in zh dialogue")
            # scene
            if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
                te("bad expected keys"); scenes.append(None); continue
            bg, objs = sc["background"], sc["objects"]
            if bg not in COLOURS:
                te("bad background %r" % bg)
            if not isinstance(objs, list) or not (1 <= len(objs) <= 3):
                te("need 1-3 objects")
                objs = objs if isinstance(objs, list) else []
            cells = set()
            for o in objs:
                if not (isinstance(o, list) and len(o) == 4):
                    te("bad object %r" % (o,)); continue
                sh, co, sz, po = o
                if sh not in SHAPES: te("bad shape %r" % sh)
                if co not in COLOURS: te("bad colour %r" % co)
                if sz not in SIZES: te("bad size %r" % sz)
                if po not in POS: te("bad position %r" % po)
                if co == bg: te("object colour equals background %r" % co)
                if po in cells: te("two objects in cell %r" % po)
                cells.add(po)
            # intent consistency
            prev = scenes[-1] if scenes else None
            if it in ("chat", "ask") and sc != prev:
                te("%s must keep the scene" % it)
            if it == "undo":
                if len(scenes) < 2 or sc != scenes[-2]:
                    te("undo must restore the scene before the previous turn")
                elif turns[ti - 1]["intent"] in ("chat", "ask", "undo"):
                    te("undo right after %s is ambiguous" % turns[ti - 1]["intent"])
            if it in ("edit", "draw") and ti > 0 and sc == prev:
                te("%s leaves scene unchanged" % it)
            scenes.append(sc)
    for m, c in msgs.items():
        if c > 3 and len(m) > 12:
            errs.append("message repeated %d times: %r" % (c, m))
    for e_ in errs:
        print(e_)
    print("dialogues:", sum(counts.values()), dict(counts))
    print("turns:", turns_total, "intents:", dict(intents))
    if post_first:
        print("edits among turns after the first: %d/%d = %.0f%%" % (post_first_edits, post_first, 100.0 * post_first_edits / post_first))
    print("OK" if not errs else "%d problem(s)" % len(errs))
    return 1 if errs else 0

if __name__ == "__main__":
    p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "shapes.jsonl")
    sys.exit(main(p))
