#!/usr/bin/env python3
"""Build /work/fresh-27/shapes.jsonl from the hand-written dialogue files en.txt, zh.txt, mixed.txt.
Format: '= label,label' starts a dialogue; '> message | intent | scene' is a turn.
scene = 'bg; colour size shape pos; ...' (size L/S, pos tl t tr l c r bl b br). chat/ask take the
previous scene, undo the scene before the previous turn (history stack)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
POS = {"tl": "top-left", "t": "top", "tr": "top-right", "l": "left", "c": "center", "r": "right",
       "bl": "bottom-left", "b": "bottom", "br": "bottom-right"}
SIZE = {"L": "large", "S": "small"}

def scene(spec):
    parts = [p.strip() for p in spec.split(";")]
    objs = []
    for p in parts[1:]:
        col, sz, shp, pos = p.split()
        objs.append([shp, col, SIZE[sz], POS[pos]])
    return {"background": parts[0], "objects": objs}

def parse(path, lang, extras={}):
    out, cur = [], None
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("="):
            cur = {"classes": [c.strip() for c in line[1:].split(",") if c.strip()], "turns": []}
            out.append(cur)
            continue
        assert line.startswith(">"), (path, ln, line)
        f = [x.strip() for x in line[1:].split(" | ")]
        msg, intent = f[0], f[1]
        cur["turns"].append((msg, intent, f[2] if len(f) > 2 else None, ln))
    for i, d in enumerate(out, 1):
        for line in extras.get((lang, f"{i:03d}"), []):
            f = [x.strip() for x in line[1:].split(" | ")]
            d["turns"].append((f[0], f[1], f[2] if len(f) > 2 else None, "extra"))
            if f[1] in ("chat", "ask", "undo"):
                lab = {"chat": "ack-chat" if "?" not in f[0] and "？" not in f[0] else "question-chat", "ask": "ask", "undo": "undo"}[f[1]]
                if lab not in d["classes"]:
                    d["classes"].append(lab)
    res = []
    for i, d in enumerate(out, 1):
        hist, turns = [], []
        for msg, intent, spec, ln in d["turns"]:
            if intent in ("draw", "edit"):
                assert spec, (path, ln)
                sc = scene(spec)
            else:
                assert spec is None, (path, ln)
                if intent == "undo":
                    sc = hist[-2]
                else:
                    sc = hist[-1]
            hist.append(sc)
            turns.append({"message": msg, "intent": intent, "expected": sc})
        res.append({"id": f"fresh27-shapes-{lang}-{i:03d}", "lang": lang, "classes": d["classes"], "turns": turns})
    return res

if __name__ == "__main__":
    allx = []
    extras = {}
    ep = os.path.join(HERE, "extras.txt")
    if os.path.exists(ep):
        for line in open(ep, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                key, rest = line.split(">", 1)
                extras.setdefault(tuple(key.split()), []).append(">" + rest.rstrip("\n"))
    for lang in ("en", "zh", "mixed"):
        p = os.path.join(HERE, lang + ".txt")
        if os.path.exists(p):
            allx += parse(p, lang, extras)
    with open(os.path.join(HERE, "..", "shapes.jsonl"), "w", encoding="utf-8") as f:
        for d in allx:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", len(allx))
