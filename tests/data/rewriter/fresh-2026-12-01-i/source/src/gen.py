import json, importlib, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import build_shapes, build_designer
import extras
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
sh = []
for lang in ["en", "zh", "mixed"]:
    try:
        m = importlib.import_module("shapes_" + lang)
        D = [(list(c), list(t)) for c, t in m.D]
        for i, tail in extras.SHAPES.get("shapes_" + lang, {}).items():
            c, t = D[i - 1]
            assert len(t) < 5, ("shapes", lang, i)
            t.append(tail)
            if extras.CLASS_FOR[tail[1]] not in c: c.append(extras.CLASS_FOR[tail[1]])
        sh += build_shapes(D, lang)
    except ModuleNotFoundError:
        pass
de = []
for lang in ["en", "zh", "mixed"]:
    try:
        m = importlib.import_module("designer_" + lang)
        D = [list(t) for t in m.D]
        for i, (msg, intent) in extras.DESIGNER.get("designer_" + lang, {}).items():
            t = D[i - 1]
            assert len(t) < 4 and intent in ("chat", "ask"), ("designer", lang, i)
            t.append((msg, intent, list(t[-1][2]), list(t[-1][3])))
        de += build_designer(D, lang)
    except ModuleNotFoundError:
        pass
with open(os.path.join(root, "shapes.jsonl"), "w", encoding="utf-8") as f:
    for l in sh: f.write(json.dumps(l, ensure_ascii=False) + "\n")
with open(os.path.join(root, "designer.jsonl"), "w", encoding="utf-8") as f:
    for l in de: f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(sh), len(de))
