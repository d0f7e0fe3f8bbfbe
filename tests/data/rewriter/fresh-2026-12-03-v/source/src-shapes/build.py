"""Build /work/fresh-22/shapes.jsonl from hand-written dialogues.

Each dialogue is (classes, [turns]); each turn is (message, intent, op).
The messages are written by hand; only the expected scene is computed here, from a small
op notation, so that scenes are consistent turn to turn:
  draw: "BG | shape colour S|L pos | ..."
  edit: ops separated by ';'
        "bg=COLOUR"                       change background
        "+ shape colour S|L pos"          add an object (appended)
        "- pos"                           remove the object that was at pos before this turn
        "@pos key=val key=val"            change the object that was at pos before this turn
                                          (keys: color size shape pos)
  chat / ask: None (scene kept)
  undo: None (scene before the previous turn; only used right after a draw/edit)
Positions may be abbreviated: tl t tr l c r bl b br.
"""
import json, os, sys

sys.path.insert(0, os.path.dirname(__file__))
from data_en import EN
from data_zh import ZH
from data_mixed import MIXED
from patches import apply_patches

POS = {"tl": "top-left", "t": "top", "tr": "top-right", "l": "left", "c": "center",
       "r": "right", "bl": "bottom-left", "b": "bottom", "br": "bottom-right"}
SIZE = {"S": "small", "L": "large", "small": "small", "large": "large"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SHAPES = {"circle", "square", "triangle", "star"}


def pos(p):
    return POS.get(p, p)


def obj(spec):
    sh, co, sz, po = spec.split()
    o = [sh, co, SIZE[sz], pos(po)]
    assert sh in SHAPES and co in COLOURS and o[3] in POS.values(), spec
    return o


def check(scene, where):
    bg, objs = scene["background"], scene["objects"]
    assert bg in COLOURS, where
    assert 1 <= len(objs) <= 3, (where, objs)
    cells = [o[3] for o in objs]
    assert len(set(cells)) == len(cells), (where, objs)
    for o in objs:
        assert o[1] != bg, (where, o, bg)


def apply(scene, intent, op, history, where):
    if intent == "draw":
        parts = [p.strip() for p in op.split("|")]
        new = {"background": parts[0], "objects": [obj(p) for p in parts[1:]]}
    elif intent == "edit":
        before = scene["objects"]
        objs = [list(o) for o in before]
        bg = scene["background"]
        removed = set()
        for part in [p.strip() for p in op.split(";") if p.strip()]:
            if part.startswith("bg="):
                bg = part[3:]
            elif part.startswith("+"):
                objs.append(obj(part[1:].strip()))
            elif part.startswith("-"):
                p = pos(part[1:].strip())
                idx = [i for i, o in enumerate(before) if o[3] == p]
                assert len(idx) == 1, (where, part)
                removed.add(idx[0])
            elif part.startswith("@"):
                toks = part[1:].split()
                p = pos(toks[0])
                idx = [i for i, o in enumerate(before) if o[3] == p]
                assert len(idx) == 1, (where, part, before)
                o = objs[idx[0]]
                for kv in toks[1:]:
                    k, v = kv.split("=")
                    if k == "color":
                        assert v in COLOURS, (where, v)
                        o[1] = v
                    elif k == "size":
                        o[2] = SIZE[v]
                    elif k == "shape":
                        assert v in SHAPES, (where, v)
                        o[0] = v
                    elif k == "pos":
                        o[3] = pos(v)
                    else:
                        raise AssertionError((where, kv))
            else:
                raise AssertionError((where, part))
        objs = [o for i, o in enumerate(objs) if i not in removed]
        new = {"background": bg, "objects": objs}
        assert new != scene, ("edit changes nothing", where)
    elif intent in ("chat", "ask"):
        assert op is None, where
        return scene
    elif intent == "undo":
        assert op is None and len(history) >= 2, where
        history.pop()
        return history[-1]
    else:
        raise AssertionError((where, intent))
    check(new, where)
    history.append(new)
    return new


def build():
    out = []
    for lang, data in (("en", EN), ("zh", ZH), ("mixed", MIXED)):
        for n, (classes, turns) in enumerate(apply_patches(lang, data), 1):
            did = "fresh22-shapes-%s-%03d" % (lang, n)
            scene, history, jt = None, [], []
            prev_intent = None
            assert 2 <= len(turns) <= 5, did
            for k, (msg, intent, op) in enumerate(turns):
                where = "%s turn %d" % (did, k + 1)
                if k == 0:
                    assert intent == "draw", where
                if intent == "undo":
                    assert prev_intent in ("draw", "edit"), where
                scene = apply(scene, intent, op, history, where)
                jt.append({"message": msg, "intent": intent,
                           "expected": {"background": scene["background"],
                                        "objects": [list(o) for o in scene["objects"]]}})
                prev_intent = intent
            out.append({"id": did, "lang": lang,
                        "classes": classes.replace(",", " ").split(), "turns": jt})
    path = os.path.join(os.path.dirname(__file__), "..", "shapes.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", len(out), "dialogues to", os.path.normpath(path))


if __name__ == "__main__":
    build()
