import json, copy, sys, importlib
sys.path.insert(0, __file__.rsplit('/',1)[0])

def parse_obj(s):
    p = s.split()
    assert len(p) == 4, s
    return p

def parse_scene(spec):
    parts = [x.strip() for x in spec.split('|')]
    return {"background": parts[0], "objects": [parse_obj(x) for x in parts[1:]]}

IDX = {"shape":0, "color":1, "size":2, "pos":3}

def apply_ops(scene, ops):
    sc = copy.deepcopy(scene)
    for op in [o.strip() for o in ops.split(';') if o.strip()]:
        if op.startswith('bg='):
            sc["background"] = op[3:]
        elif op.startswith('+'):
            sc["objects"].append(parse_obj(op[1:]))
        elif op.startswith('-'):
            del sc["objects"][int(op[1:]) - 1]
        else:
            k, v = op.split('=')
            i, attr = k.split('.')
            sc["objects"][int(i) - 1][IDX[attr]] = v
    return sc

def build(lang, dialogues):
    out = []
    for n, d in enumerate(dialogues, 1):
        hist = []
        cur = None
        turns = []
        for t in d["t"]:
            kind, msg = t[0], t[1]
            if kind == "draw":
                if cur is not None: hist.append(cur)
                cur = parse_scene(t[2])
            elif kind == "edit":
                hist.append(cur)
                cur = apply_ops(cur, t[2])
            elif kind == "undo":
                cur = hist.pop()
            elif kind in ("chat", "ask"):
                pass
            else:
                raise ValueError(kind)
            turns.append({"message": msg, "intent": kind, "expected": copy.deepcopy(cur)})
        out.append({"id": f"fresh15-shapes-{lang}-{n:03d}", "lang": lang, "classes": d["c"], "turns": turns})
    return out

if __name__ == "__main__":
    allrows = []
    for lang in ("en", "zh", "mixed"):
        try:
            mod = importlib.import_module("d_" + lang)
        except ModuleNotFoundError:
            continue
        allrows += build(lang, mod.D)
    with open("/work/fresh-15/shapes.jsonl", "w", encoding="utf-8") as f:
        for r in allrows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(allrows), "dialogues written")
