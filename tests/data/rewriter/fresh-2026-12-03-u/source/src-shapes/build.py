#!/usr/bin/env python3
"""Build /work/fresh-21/shapes.jsonl from the hand-written dialogue sources en.txt, zh.txt, mixed.txt.

Source format (one dialogue = a "D" line followed by turn lines):
  D class1,class2
  intent | message | op
op for draw:  "bg: shape colour size pos; shape colour size pos"
op for edit:  semicolon-separated steps, applied in order:
    bg COLOUR                 change background
    SEL col COLOUR            change colour
    SEL size small|large
    SEL shape SHAPE
    SEL pos POSITION
    add SHAPE COLOUR SIZE POS
    del SEL
  SEL = 1-based index, or a shape name / colour that must pick exactly one object.
op for chat / ask / undo: "-" (chat/ask keep the scene; undo restores the scene before the previous turn)
The messages are written by hand; this script only applies the hand-written ops so the
expected scenes have no arithmetic slips.
"""
import json, os, sys

SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
HERE = os.path.dirname(os.path.abspath(__file__))


def sel(objs, s, where):
    if s.isdigit():
        i = int(s) - 1
        assert 0 <= i < len(objs), where
        return i
    if s in SHAPES:
        m = [i for i, o in enumerate(objs) if o[0] == s]
    elif s in COLOURS:
        m = [i for i, o in enumerate(objs) if o[1] == s]
    else:
        raise AssertionError(f"bad selector {s}: {where}")
    assert len(m) == 1, f"selector {s} not unique ({len(m)}): {where}"
    return m[0]


def obj(tokens, where):
    assert len(tokens) == 4, where
    sh, c, sz, p = tokens
    assert sh in SHAPES and c in COLOURS and sz in SIZES and p in POS, where
    return [sh, c, sz, p]


def check(scene, where):
    objs = scene["objects"]
    assert 1 <= len(objs) <= 3, f"object count: {where}"
    assert len({o[3] for o in objs}) == len(objs), f"cell clash: {where}"
    assert scene["background"] in COLOURS, where
    for o in objs:
        assert o[1] != scene["background"], f"colour==bg: {where}"


def apply_edit(scene, op, where):
    bg = scene["background"]
    objs = [list(o) for o in scene["objects"]]
    for step in [s.strip() for s in op.split(";") if s.strip()]:
        t = step.split()
        if t[0] == "bg":
            assert t[1] in COLOURS, where
            assert t[1] != bg, f"bg unchanged: {where}"
            bg = t[1]
        elif t[0] == "add":
            objs.append(obj(t[1:], where))
        elif t[0] == "del":
            objs.pop(sel(objs, t[1], where))
        else:
            i = sel(objs, t[0], where)
            k, v = t[1], t[2]
            idx = {"shape": 0, "col": 1, "size": 2, "pos": 3}[k]
            allowed = [SHAPES, COLOURS, SIZES, POS][idx]
            assert v in allowed, where
            assert objs[i][idx] != v, f"no-op change {step}: {where}"
            objs[i][idx] = v
    return {"background": bg, "objects": objs}


def parse(path, lang):
    dialogues = []
    cur = None
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{os.path.basename(path)}:{ln}"
        if line.startswith("D "):
            cur = {"classes": [c.strip() for c in line[2:].split(",") if c.strip()], "turns": [], "where": where}
            dialogues.append(cur)
            continue
        parts = line.split(" | ")
        assert len(parts) == 3, f"bad line: {where}"
        intent, msg, op = parts[0].strip(), parts[1].strip(), parts[2].strip()
        assert intent in {"draw", "edit", "chat", "undo", "ask"}, where
        cur["turns"].append((intent, msg, op, where))
    out = []
    for n, d in enumerate(dialogues, 1):
        history = []  # scene after each turn
        turns = []
        for ti, (intent, msg, op, where) in enumerate(d["turns"]):
            prev = history[-1] if history else None
            if intent == "draw":
                bgs, rest = op.split(":", 1)
                bg = bgs.strip()
                objs = [obj(x.split(), where) for x in rest.split(";") if x.strip()]
                scene = {"background": bg, "objects": objs}
            elif intent == "edit":
                assert prev is not None, where
                scene = apply_edit(prev, op, where)
            elif intent in ("chat", "ask"):
                assert prev is not None and op == "-", where
                scene = prev
            else:  # undo
                assert op == "-" and len(history) >= 2, where
                assert d["turns"][ti - 1][0] in ("draw", "edit"), f"undo after non-change: {where}"
                scene = history[-2]
            check(scene, where)
            history.append(scene)
            turns.append({"message": msg, "intent": intent,
                          "expected": json.loads(json.dumps(scene))})
        assert 2 <= len(turns) <= 5, f"turn count: {d['where']}"
        cls = list(d["classes"])
        ints = [t["intent"] for t in turns]
        for it, lab in (("undo", "undo"), ("ask", "ask"), ("chat", "chat")):
            if it in ints and lab not in cls and not any(c.startswith(lab) for c in cls):
                cls.append(lab)
        if ints.count("draw") > 1 and "new-scene" not in cls:
            cls.append("new-scene")
        out.append({"id": f"fresh21-shapes-{lang}-{n:03d}", "lang": lang,
                    "classes": cls, "turns": turns})
    return out


def main():
    allrows = []
    for lang in ("en", "zh", "mixed"):
        p = os.path.join(HERE, f"{lang}.txt")
        if os.path.exists(p):
            rows = parse(p, lang)
            print(lang, len(rows))
            allrows += rows
    with open(os.path.join(HERE, "..", "shapes.jsonl"), "w", encoding="utf-8") as f:
        for r in allrows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
