import json, copy
def obj(s):
    sh, co, si, po = s.split()
    return [sh, co, si, po]
FIELD = {"shape": 0, "colour": 1, "size": 2, "pos": 3}
def apply(scene, op):
    sc = copy.deepcopy(scene)
    for o in op.split(";"):
        o = o.strip()
        if o.startswith("bg="):
            sc["background"] = o[3:]
        elif o.startswith("+"):
            sc["objects"].append(obj(o[1:]))
        elif o.startswith("-"):
            del sc["objects"][int(o[1:])]
        else:
            lhs, val = o.split("=")
            i, f = lhs.split(".")
            sc["objects"][int(i)][FIELD[f]] = val
    return sc
def draw(spec):
    bg, objs = spec.split(":")
    return {"background": bg, "objects": [obj(x) for x in objs.split(",")]}
def build(prefix, lang, data):
    out = []
    for n, (classes, turns) in enumerate(data, 1):
        hist = []  # stack of scenes
        cur = None
        ts = []
        for t in turns:
            msg, intent = t[0], t[1]
            op = t[2] if len(t) > 2 else None
            if intent == "draw":
                hist.append(cur); cur = draw(op)
            elif intent == "edit":
                hist.append(cur); cur = apply(cur, op)
            elif intent == "undo":
                cur = hist.pop()
            ts.append({"message": msg, "intent": intent, "expected": copy.deepcopy(cur)})
        out.append({"id": "%s-%s-%03d" % (prefix, lang, n), "lang": lang, "classes": classes, "turns": ts})
    return out
