"""Build /work/fresh-20/shapes.jsonl from the chunk files (standard library only).

Each chunk module defines DIALOGUES = [(lang, classes, turns), ...] where a turn is
(message, intent[, spec]):
  draw: spec = "bg; shape colour size pos; ..."   (whole new scene, values already defaulted)
  edit: spec = "op, op, ..."  with op one of
        "bg COLOUR" | "+ shape colour size pos" | "- SEL" | "SEL attr value"
        SEL = index | shape | colour  (must be unique in the current scene)
  chat / ask: no spec (scene kept)
  undo: no spec (scene before the previous turn; previous turn must be draw/edit)
"""
import importlib, json, os, sys

SHAPES = ["circle", "square", "triangle", "star"]
COLOURS = ["red", "orange", "yellow", "green", "blue", "purple", "white", "black"]
SIZES = ["small", "large"]
POS = ["top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"]
ATTR = {"shape": 0, "colour": 1, "color": 1, "size": 2, "pos": 3}


def sel(objs, tok):
    if tok.isdigit():
        return int(tok)
    if tok in SHAPES:
        idx = [i for i, o in enumerate(objs) if o[0] == tok]
    elif tok in COLOURS:
        idx = [i for i, o in enumerate(objs) if o[1] == tok]
    elif tok in POS:
        idx = [i for i, o in enumerate(objs) if o[3] == tok]
    else:
        raise ValueError("bad selector %r" % tok)
    if len(idx) != 1:
        raise ValueError("selector %r not unique in %r" % (tok, objs))
    return idx[0]


def parse_draw(spec):
    parts = [p.strip() for p in spec.split(";") if p.strip()]
    bg = parts[0]
    objs = [p.split() for p in parts[1:]]
    return {"background": bg, "objects": objs}


def apply_edit(scene, spec):
    bg = scene["background"]
    objs = [list(o) for o in scene["objects"]]
    for op in [p.strip() for p in spec.split(",") if p.strip()]:
        t = op.split()
        if t[0] == "bg":
            bg = t[1]
        elif t[0] == "+":
            objs.append(t[1:5])
        elif t[0] == "-":
            del objs[sel(objs, t[1])]
        else:
            i = sel(objs, t[0])
            objs[i][ATTR[t[1]]] = t[2]
    return {"background": bg, "objects": objs}


def check_scene(s):
    assert s["background"] in COLOURS, s
    assert 1 <= len(s["objects"]) <= 3, s
    seen = set()
    for o in s["objects"]:
        assert len(o) == 4, o
        assert o[0] in SHAPES and o[1] in COLOURS and o[2] in SIZES and o[3] in POS, o
        assert o[1] != s["background"], s
        assert o[3] not in seen, s
        seen.add(o[3])


def build(dialogues, lang_expected):
    out = []
    for n, (lang, classes, turns) in enumerate(dialogues, 1):
        assert lang == lang_expected, (lang, n)
        hist = []  # scenes after each turn
        cur = None
        jt = []
        for k, t in enumerate(turns):
            msg, intent = t[0], t[1]
            spec = t[2] if len(t) > 2 else None
            try:
                if intent == "draw":
                    new = parse_draw(spec)
                elif intent == "edit":
                    new = apply_edit(cur, spec)
                elif intent in ("chat", "ask"):
                    assert spec is None and cur is not None
                    new = cur
                elif intent == "undo":
                    assert spec is None and k >= 2
                    assert turns[k - 1][1] in ("draw", "edit")
                    new = hist[k - 2]
                else:
                    raise ValueError(intent)
                check_scene(new)
                if intent == "edit":
                    assert new != cur, "edit changes nothing"
            except Exception as e:
                raise SystemExit("%s dialogue %d turn %d (%r): %s" % (lang, n, k + 1, msg, e))
            hist.append(new)
            cur = new
            jt.append({"message": msg, "intent": intent,
                       "expected": {"background": new["background"],
                                    "objects": [list(o) for o in new["objects"]]}})
        assert turns[0][1] == "draw"
        assert 2 <= len(turns) <= 5, (lang, n)
        out.append({"id": "fresh20-shapes-%s-%03d" % (lang, n), "lang": lang,
                    "classes": list(classes), "turns": jt})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    rows = []
    for lang in ("en", "zh", "mixed"):
        dl = []
        for part in ("a", "b"):
            name = "chunk_%s_%s" % (lang, part)
            if os.path.exists(os.path.join(here, name + ".py")):
                dl += importlib.import_module(name).DIALOGUES
        rows += build(dl, lang)
    with open(os.path.join(here, "..", "shapes.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows))


if __name__ == "__main__":
    main()
