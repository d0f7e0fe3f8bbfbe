"""Tiny scene DSL -> expected scenes. Ops string, parts separated by ';':
  '= white; red circle center; blue small star top-right'  new scene (bg first)
  'bg yellow'            background
  '0 blue small'         set attrs of object #0 (field inferred from vocab)
  '+ green square small left'   add object
  '- 1'                  remove object #1
chat/ask: ops ''  -> scene kept; undo: restores scene before the previous turn.
"""
import json
SHAPES = ["circle", "square", "triangle", "star"]
COLOURS = ["red", "orange", "yellow", "green", "blue", "purple", "white", "black"]
SIZES = ["small", "large"]
POS = ["top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"]

def obj_from(tokens):
    o = {"shape": None, "colour": None, "size": "large", "pos": "center"}
    for t in tokens:
        apply_tok(o, t)
    assert o["shape"] and o["colour"], tokens
    return o

def apply_tok(o, t):
    if t in SHAPES: o["shape"] = t
    elif t in COLOURS: o["colour"] = t
    elif t in SIZES: o["size"] = t
    elif t in POS: o["pos"] = t
    else: raise ValueError("bad token %r" % t)

def scene_json(bg, objs):
    return {"background": bg, "objects": [[o["shape"], o["colour"], o["size"], o["pos"]] for o in objs]}

def run_dialogue(turns):
    out = []
    history = []  # scenes after each turn
    bg, objs = None, []
    for msg, intent, ops in turns:
        if intent == "undo":
            assert len(history) >= 2, msg
            prev = history[-2]
            bg = prev["background"]
            objs = [dict(zip(["shape", "colour", "size", "pos"], x)) for x in prev["objects"]]
        elif intent in ("chat", "ask"):
            assert not ops.strip(), (msg, ops)
        else:
            assert ops.strip(), msg
            for part in [p.strip() for p in ops.split(";") if p.strip()]:
                toks = part.split()
                if toks[0] == "=":
                    bg = toks[1]; objs = []
                    rest = part[part.index(toks[1]) + len(toks[1]):]
                    continue
                if toks[0] == "bg":
                    bg = toks[1]
                elif toks[0] == "+":
                    objs.append(obj_from(toks[1:]))
                elif toks[0] == "-":
                    del objs[int(toks[1])]
                elif toks[0].isdigit():
                    o = objs[int(toks[0])]
                    for t in toks[1:]:
                        apply_tok(o, t)
                elif bg is not None and all(t in SHAPES + COLOURS + SIZES + POS for t in toks):
                    objs.append(obj_from(toks))  # object line after '='
                else:
                    raise ValueError(part)
        sc = scene_json(bg, objs)
        history.append(json.loads(json.dumps(sc)))
        out.append({"message": msg, "intent": intent, "expected": sc})
    return out
