import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from shapes_data import EN
from shapes_zh import ZH
from shapes_mx import MX
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def parse(s):
    bg, objs = s.split(":", 1)
    return {"background": bg.strip(),
            "objects": [o.split() for o in objs.split(";") if o.strip()]}

def build_shapes():
    lines = []
    for lang, tag, data in (("en", "en", EN), ("zh", "zh", ZH), ("mixed", "mixed", MX)):
        for n, (classes, turns) in enumerate(data, 1):
            hist, out = [], []
            for m, intent, s in turns:
                if intent in ("chat", "ask"):
                    assert s is None, m
                    sc = hist[-1]
                elif intent == "undo":
                    assert s == "U" and out[-1]["intent"] in ("draw", "edit"), m
                    sc = hist[-2]
                else:
                    sc = parse(s)
                hist.append(sc)
                out.append({"message": m, "intent": intent, "expected": sc})
            lines.append({"id": f"fresh10-shapes-{tag}-{n:03d}", "lang": lang,
                          "classes": classes, "turns": out})
    from extras import extend_shapes
    extend_shapes(lines)
    with open(os.path.join(OUT, "shapes.jsonl"), "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")

def build_designer():
    try:
        from designer_en import EN as DEN
        from designer_zh import ZH as DZH
        from designer_mx import MX as DMX
    except ImportError as e:
        print("designer partial:", e)
        return
    lines = []
    for lang, data in (("en", DEN), ("zh", DZH), ("mixed", DMX)):
        for n, turns in enumerate(data, 1):
            out = [{"message": m, "intent": i, "must_contain": mc, "must_not_contain": mn}
                   for (m, i, mc, mn) in turns]
            lines.append({"id": f"fresh10-designer-{lang}-{n:03d}", "lang": lang, "turns": out})
    from extras import extend_designer
    extend_designer(lines)
    with open(os.path.join(OUT, "designer.jsonl"), "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")

build_shapes()
build_designer()
