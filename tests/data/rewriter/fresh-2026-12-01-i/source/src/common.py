import json
COLOURS = ["red","orange","yellow","green","blue","purple","white","black"]
SHAPES = ["circle","square","triangle","star"]
SIZES = ["small","large"]
POS = ["top-left","top","top-right","left","center","right","bottom-left","bottom","bottom-right"]

def parse_scene(s):
    bg, objs = s.split(":", 1)
    bg = bg.strip()
    assert bg in COLOURS, bg
    out = []
    for o in objs.split(","):
        toks = o.split()
        d = {}
        for t in toks:
            if t in SHAPES: d["shape"] = t
            elif t in SIZES: d["size"] = t
            elif t in POS: d["pos"] = t
            elif t in COLOURS:
                assert "colour" not in d, o
                d["colour"] = t
            else: raise ValueError("bad token %r in %r" % (t, s))
        assert len(d) == 4, "incomplete object %r" % o
        out.append([d["shape"], d["colour"], d["size"], d["pos"]])
    return {"background": bg, "objects": out}

def build_shapes(items, lang, start=1):
    lines = []
    for i, (classes, turns) in enumerate(items, start):
        hist = []
        cur = None
        outturns = []
        for msg, intent, scene in turns:
            if intent in ("draw", "edit"):
                assert scene is not None, msg
                cur = parse_scene(scene)
                hist.append(cur)
            elif intent in ("chat", "ask"):
                assert scene is None, msg
            elif intent == "undo":
                assert scene is None and len(hist) >= 2, msg
                hist.pop()
                cur = hist[-1]
            else:
                raise ValueError(intent)
            outturns.append({"message": msg, "intent": intent,
                             "expected": json.loads(json.dumps(cur))})
        lines.append({"id": "fresh9-shapes-%s-%03d" % (lang, i), "lang": lang,
                      "classes": classes, "turns": outturns})
    return lines

def build_designer(items, lang, start=1):
    lines = []
    for i, turns in enumerate(items, start):
        out = []
        for msg, intent, mc, mnc in turns:
            out.append({"message": msg, "intent": intent,
                        "must_contain": mc, "must_not_contain": mnc})
        lines.append({"id": "fresh9-designer-%s-%03d" % (lang, i), "lang": lang, "turns": out})
    return lines
