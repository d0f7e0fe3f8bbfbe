"""Expand hand-written dialogues (data_*.py) into ../shapes.jsonl.
Scene shorthand: "bg: shape colour S|L pos; ..." with pos codes tl t tr l c r bl b br.
"=" means the scene is unchanged (chat / ask); "<" means the scene before the previous turn (undo).
"""
import json, os, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
POS = {"tl": "top-left", "t": "top", "tr": "top-right", "l": "left", "c": "center",
       "r": "right", "bl": "bottom-left", "b": "bottom", "br": "bottom-right"}
SIZE = {"S": "small", "L": "large"}

def parse(s):
    bg, rest = s.split(":", 1)
    objs = []
    for part in rest.split(";"):
        part = part.strip()
        if not part:
            continue
        sh, col, sz, pos = part.split()
        objs.append([sh, col, SIZE[sz], POS[pos]])
    return {"background": bg.strip(), "objects": objs}

def expand(lang, n, classes, turns):
    out, hist = [], []
    for msg, intent, sc in turns:
        if sc == "=":
            scene = json.loads(json.dumps(hist[-1]))
        elif sc == "<":
            scene = json.loads(json.dumps(hist[-2]))
        else:
            scene = parse(sc)
        hist.append(scene)
        out.append({"message": msg, "intent": intent, "expected": scene})
    return {"id": "fresh23-shapes-%s-%03d" % (lang, n), "lang": lang,
            "classes": classes, "turns": out}

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.DIALOGS

lines = []
for lang, mod in (("en", "data_en"), ("zh", "data_zh"), ("mixed", "data_mx")):
    if not os.path.exists(os.path.join(HERE, mod + ".py")):
        continue
    for i, (classes, turns) in enumerate(load(mod), 1):
        lines.append(expand(lang, i, classes, turns))
with open(os.path.join(HERE, "..", "shapes.jsonl"), "w", encoding="utf-8") as f:
    for d in lines:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("wrote", len(lines))
