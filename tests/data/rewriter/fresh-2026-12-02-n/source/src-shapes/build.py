"""Build /work/fresh-14/shapes.jsonl from the hand-written dialogue lists.

Each dialogue: (classes, [(message, intent, spec), ...]).
spec for draw:  "bg: shape colour size pos; shape colour size pos"
spec for edit:  "ref.attr=value; bg=colour; +shape colour size pos; -ref"
   ref = index (0-based, current list) or a unique shape / colour word.
spec for chat/ask/undo: None (computed).
"""
import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
ATTR = {"shape": 0, "colour": 1, "size": 2, "pos": 3}


def obj(s):
    o = s.split()
    assert len(o) == 4 and o[0] in SHAPES and o[1] in COLOURS and o[2] in SIZES and o[3] in POS, s
    return o


def ref(objs, r):
    if r.isdigit():
        return int(r)
    hits = [i for i, o in enumerate(objs) if r in o]
    assert len(hits) == 1, (r, objs)
    return hits[0]


def check(scene, where):
    bg, objs = scene["background"], scene["objects"]
    assert 1 <= len(objs) <= 3, where
    assert len({o[3] for o in objs}) == len(objs), where
    assert all(o[1] != bg for o in objs), where


def run(dialogs, lang):
    out = []
    for n, (classes, turns) in enumerate(dialogs, 1):
        did = f"fresh14-shapes-{lang}-{n:03d}"
        hist = []  # stack of scenes after draw/edit turns
        cur = None
        rows = []
        for k, (msg, intent, spec) in enumerate(turns):
            where = (did, k, msg)
            if intent == "draw":
                bg, _, rest = spec.partition(":")
                cur = {"background": bg.strip(), "objects": [obj(x) for x in rest.split(";") if x.strip()]}
                hist.append(cur)
            elif intent == "edit":
                objs = [list(o) for o in cur["objects"]]
                bg = cur["background"]
                for op in [x.strip() for x in spec.split(";") if x.strip()]:
                    if op.startswith("bg="):
                        bg = op[3:]
                        assert bg in COLOURS, where
                    elif op.startswith("+"):
                        objs.append(obj(op[1:]))
                    elif op.startswith("-"):
                        del objs[ref(objs, op[1:])]
                    else:
                        lhs, val = op.split("=")
                        r, attr = lhs.rsplit(".", 1)
                        objs[ref(objs, r)][ATTR[attr]] = val
                        for o in objs:
                            obj(" ".join(o))
                new = {"background": bg, "objects": objs}
                assert new != cur, ("edit changes nothing", where)
                cur = new
                hist.append(cur)
            elif intent in ("chat", "ask"):
                assert spec is None, where
            elif intent == "undo":
                assert turns[k - 1][1] in ("draw", "edit") and len(hist) >= 2, where
                hist.pop()
                cur = hist[-1]
            else:
                raise AssertionError(where)
            check(cur, where)
            rows.append({"message": msg, "intent": intent,
                         "expected": {"background": cur["background"], "objects": [list(o) for o in cur["objects"]]}})
        assert 2 <= len(rows) <= 5, did
        out.append({"id": did, "lang": lang, "classes": classes, "turns": rows})
    return out


if __name__ == "__main__":
    import importlib
    allrows = []
    for lang, mod in (("en", "d_en"), ("zh", "d_zh"), ("mixed", "d_mx")):
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError:
            continue
        import patch_turns
        p = {"en": patch_turns.EN, "zh": patch_turns.ZH, "mixed": patch_turns.MX}[lang]
        allrows += run(patch_turns.apply(m.DIALOGS, p), lang)
    with open("/work/fresh-14/shapes.jsonl", "w", encoding="utf-8") as f:
        for r in allrows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(allrows), "dialogues")
