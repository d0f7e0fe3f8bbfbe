"""Tiny DSL: each turn is (message, op); the expected scene is computed from the ops.

Ops:
  N(bg, "shape colour size pos", ...)  -> draw (new scene)
  S(i, shape=/colour=/size=/pos=)      -> edit object i (index in introduction order)
  A("shape colour size pos")           -> edit: add object
  R(i)                                 -> edit: remove object i
  B(colour)                            -> edit: background
  [op, op, ...]                        -> edit: several changes in one message
  U                                    -> undo (restore scene before previous turn)
  C                                    -> chat (no change)
  Q                                    -> ask (no change)
"""
import copy
import json


class N:
    def __init__(self, bg, *objs):
        self.bg = bg
        self.objs = [o.split() for o in objs]


class S:
    def __init__(self, i, **kw):
        self.i = i
        self.kw = {("colour" if k == "color" else k): v for k, v in kw.items()}


class A:
    def __init__(self, obj):
        self.obj = obj.split()


class R:
    def __init__(self, i):
        self.i = i


class B:
    def __init__(self, c):
        self.c = c


U, C, Q = "undo", "chat", "ask"
FIELDS = {"shape": 0, "colour": 1, "size": 2, "pos": 3}


def apply(scene, op):
    if isinstance(op, list):
        for o in op:
            scene = apply(scene, o)
        return scene
    s = copy.deepcopy(scene)
    if isinstance(op, S):
        for k, v in op.kw.items():
            s["objects"][op.i][FIELDS[k]] = v
    elif isinstance(op, A):
        s["objects"].append(list(op.obj))
    elif isinstance(op, R):
        del s["objects"][op.i]
    elif isinstance(op, B):
        s["background"] = op.c
    else:
        raise ValueError(op)
    return s


def intent_of(op):
    if isinstance(op, N):
        return "draw"
    if op in (U, C, Q):
        return {U: "undo", C: "chat", Q: "ask"}[op]
    return "edit"


def build(lang, num, classes, turns, prefix="fresh28-shapes"):
    history = []  # scenes after each turn
    scene = None
    out = []
    for msg, op in turns:
        it = intent_of(op)
        if it == "draw":
            scene = {"background": op.bg, "objects": [list(o) for o in op.objs]}
        elif it == "edit":
            scene = apply(scene, op)
        elif it == "undo":
            assert len(history) >= 2, (lang, num, "undo needs a previous scene")
            scene = copy.deepcopy(history[-2])
        elif it in ("chat", "ask"):
            assert scene is not None, (lang, num, "chat/ask as first turn")
        history.append(copy.deepcopy(scene))
        out.append({"message": msg, "intent": it, "expected": copy.deepcopy(scene)})
    return {"id": f"{prefix}-{lang}-{num:03d}", "lang": lang, "classes": classes, "turns": out}


def write(path, dialogues):
    with open(path, "w", encoding="utf-8") as f:
        for d in dialogues:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
