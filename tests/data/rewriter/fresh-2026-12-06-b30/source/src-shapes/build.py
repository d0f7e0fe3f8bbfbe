"""Build /work/fresh-30/shapes.jsonl from the hand-written lists in data_*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

def parse_scene(s, prev):
    s = s.strip()
    if s == "=":
        if prev is None:
            raise ValueError("'=' on first turn")
        return json.loads(json.dumps(prev))
    bg, _, rest = s.partition(":")
    objs = []
    for part in rest.split(","):
        part = part.strip()
        if not part:
            continue
        colour, shape, size, pos = part.split()
        objs.append([shape, colour, size, pos])
    return {"background": bg.strip(), "objects": objs}

def main():
    out = []
    for lang in ("en", "zh", "mixed"):
        mod = __import__("data_" + lang)
        for i, (classes, turns) in enumerate(mod.D, 1):
            prev = None
            jt = []
            for msg, intent, scene in turns:
                if scene.strip() == "U":  # undo: scene before the previous turn
                    if len(jt) < 2:
                        raise ValueError("'U' needs two earlier turns")
                    sc = json.loads(json.dumps(jt[-2]["expected"]))
                else:
                    sc = parse_scene(scene, prev)
                jt.append({"message": msg, "intent": intent, "expected": sc})
                prev = sc
            out.append({"id": "fresh30-shapes-%s-%03d" % (lang, i), "lang": lang,
                        "classes": [c.strip() for c in classes.split(",") if c.strip()],
                        "turns": jt})
    path = os.path.join(os.path.dirname(HERE), "shapes.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", len(out), "dialogues to", path)

if __name__ == "__main__":
    main()
