"""Build shapes.jsonl from the hand-written dialogue lists in en.py, zh.py, mixed.py.
Scene notation: "bg: shape colour size pos, shape colour size pos"
"=" keeps the previous scene (chat/ask); "<" restores the scene before the previous turn (undo)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))

def parse(s):
    bg, _, rest = s.partition(":")
    objs = []
    for part in rest.split(","):
        part = part.strip()
        if not part:
            continue
        sh, co, sz, pos = part.split()
        objs.append([sh, co, sz, pos])
    return {"background": bg.strip(), "objects": objs}

def build(lang, dialogues):
    out = []
    for i, (classes, turns) in enumerate(dialogues, 1):
        scenes = []
        tl = []
        for msg, intent, sc in turns:
            if sc == "=":
                scene = scenes[-1]
            elif sc == "<":
                scene = scenes[-2]
            else:
                scene = parse(sc)
            scenes.append(scene)
            tl.append({"message": msg, "intent": intent, "expected": scene})
        out.append({"id": "fresh25-shapes-%s-%03d" % (lang, i), "lang": lang,
                    "classes": classes.split(), "turns": tl})
    return out

if __name__ == "__main__":
    import importlib
    rows = []
    for lang in ("en", "zh", "mixed"):
        try:
            m = importlib.import_module(lang)
        except ImportError:
            continue
        rows += build(lang, m.D)
    with open(os.path.join(os.path.dirname(__file__), "..", "shapes.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "dialogues written")
