"""Build shapes.jsonl from hand-written dialogues.
Messages are written by hand in en.py / zh.py / mixed.py; each turn also carries a
hand-written op string saying what the scene becomes, which this script applies to
produce the full `expected` scene (so scenes are computed, not typed 450 times).
Op strings:
  draw:  "BG|shape colour size pos;shape colour size pos"
  edit:  "bg=COLOUR" | "+shape colour size pos" | "-SEL" | "SEL.c=COLOUR" | "SEL.s=SIZE"
         | "SEL.p=POS" | "SEL.sh=SHAPE"   (several joined by ';', applied in order)
  SEL:   index digit, or a shape / colour that is unique among current objects.
  chat/ask: "" ; undo: "" (pops the last draw/edit).
"""
import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}

def check(scene, where):
    objs = scene["objects"]
    assert 1 <= len(objs) <= 3, (where, scene)
    assert scene["background"] in COLOURS, where
    cells = set()
    for sh, c, s, p in objs:
        assert sh in SHAPES and c in COLOURS and s in SIZES and p in POS, (where, sh, c, s, p)
        assert c != scene["background"], (where, "colour==bg")
        assert p not in cells, (where, "cell clash", p)
        cells.add(p)

def sel(objs, key, where):
    if key.isdigit():
        return int(key)
    hits = [i for i, o in enumerate(objs) if o[0] == key] or [i for i, o in enumerate(objs) if o[1] == key]
    assert len(hits) == 1, (where, "selector not unique", key, objs)
    return hits[0]

def apply(intent, ops, stack, where):
    cur = stack[-1] if stack else None
    if intent == "draw":
        bg, rest = ops.split("|")
        objs = [o.split() for o in rest.split(";")]
        scene = {"background": bg, "objects": objs}
        stack.append(scene)
    elif intent == "edit":
        scene = json.loads(json.dumps(cur))
        objs = scene["objects"]
        for op in ops.split(";"):
            op = op.strip()
            if op.startswith("bg="):
                scene["background"] = op[3:]
            elif op.startswith("+"):
                objs.append(op[1:].split())
            elif op.startswith("-"):
                del objs[sel(objs, op[1:], where)]
            else:
                k, v = op.split("=")
                k, attr = k.split(".")
                i = sel(objs, k, where)
                objs[i][{"sh": 0, "c": 1, "s": 2, "p": 3}[attr]] = v
        assert scene != cur, (where, "edit changes nothing")
        stack.append(scene)
    elif intent in ("chat", "ask"):
        assert ops == "", where
        scene = cur
    elif intent == "undo":
        assert len(stack) >= 2, (where, "nothing to undo")
        stack.pop()
        scene = stack[-1]
    else:
        raise AssertionError((where, intent))
    check(scene, where)
    return json.loads(json.dumps(scene))

def build():
    out = []
    for lang in ("en", "zh", "mixed"):
        mod = __import__(lang)
        assert len(mod.D) == 50, (lang, len(mod.D))
        from additions import A
        for n, (classes, turns) in enumerate(mod.D, 1):
            extra = A[lang].get(n, [])
            turns = list(turns) + extra
            if extra:
                k = {"chat": "ack-chat", "undo": "undo", "ask": "ambiguous"}[extra[0][1]]
                if extra[0][1] == "chat" and extra[0][0].rstrip().endswith(("?", "？")):
                    k = "question-chat"
                if k not in classes.split():
                    classes = classes + " " + k
            did = f"fresh24-shapes-{lang}-{n:03d}"
            stack, ts = [], []
            assert 2 <= len(turns) <= 5 and turns[0][1] == "draw", did
            for t, (msg, intent, ops) in enumerate(turns):
                exp = apply(intent, ops, stack, f"{did} turn {t+1}")
                ts.append({"message": msg, "intent": intent, "expected": exp})
            out.append({"id": did, "lang": lang, "classes": classes.split(), "turns": ts})
    with open(os.path.join(os.path.dirname(__file__), "..", "shapes.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    build()
