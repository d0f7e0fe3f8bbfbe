import json, copy, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "shapes.jsonl")

COLOURS = ["red", "orange", "yellow", "green", "blue", "purple", "white", "black"]
SHAPES = ["circle", "square", "triangle", "star"]
SIZES = ["small", "large"]
POS = {"tl": "top-left", "t": "top", "tr": "top-right", "l": "left", "c": "center",
       "r": "right", "bl": "bottom-left", "b": "bottom", "br": "bottom-right"}
CLASSES = ["ack-chat", "add", "ambiguous", "attr-after-noun", "background-anywhere",
           "colloquial-position", "complaint-edit", "move", "question-chat", "reference",
           "remove", "shape-change", "size-words", "two-edits", "undo", "wrapper"]
ATTR = {"sh": 0, "c": 1, "s": 2, "p": 3}


def pos(x):
    return POS.get(x, x)


def apply_ops(scene, ops, fresh):
    if fresh:
        scene = {"background": None, "objects": []}
    else:
        scene = copy.deepcopy(scene)
    kinds = []
    for op in ops:
        if op.startswith("bg="):
            scene["background"] = op[3:]
            kinds.append("bg")
        elif op.startswith("+"):
            sh, c, s, p = op[1:].split()
            scene["objects"].append([sh, c, s, pos(p)])
            kinds.append("add")
        elif op.startswith("-"):
            del scene["objects"][int(op[1:])]
            kinds.append("remove")
        else:
            lhs, v = op.split("=")
            i, a = lhs.split(".")
            i = int(i)
            if a == "p":
                v = pos(v)
            old = scene["objects"][i][ATTR[a]]
            assert old != v, ("no-op edit", op, scene)
            scene["objects"][i][ATTR[a]] = v
            kinds.append({"sh": "shape-change", "c": "colour", "s": "size", "p": "move"}[a])
    return scene, kinds


def check_scene(scene, where):
    bg = scene["background"]
    assert bg in COLOURS, (where, bg)
    objs = scene["objects"]
    assert 1 <= len(objs) <= 3, (where, objs)
    cells = [o[3] for o in objs]
    assert len(set(cells)) == len(cells), (where, "shared cell", objs)
    for o in objs:
        assert o[0] in SHAPES and o[1] in COLOURS and o[2] in SIZES and o[3] in POS.values(), (where, o)
        assert o[1] != bg, (where, "colour equals background", o, bg)


def parse(path):
    dialogues = []
    cur = None
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("@ "):
            parts = line[2:].split()
            cur = {"lang": parts[0], "tags": parts[1:], "turns": [], "line": ln}
            dialogues.append(cur)
            continue
        bits = line.split("|")
        assert len(bits) == 3, (path, ln, line)
        msg, intent = bits[0].strip(), bits[1].strip()
        ops = bits[2] if len(bits) == 3 else ""
        ops = [o.strip() for o in ops.split(";") if o.strip()]
        cur["turns"].append((msg, intent, ops, ln))
    return dialogues


def build(d, idx):
    tags = set(d["tags"])
    for t in tags:
        assert t in CLASSES, (d["line"], t)
    history = []  # scenes after each turn
    turns = []
    prev_intent = None
    for ti, (msg, intent, ops, ln) in enumerate(d["turns"]):
        where = (d["lang"], ln)
        scene = history[-1] if history else None
        if intent == "draw":
            assert ops and any(o.startswith("bg=") for o in ops), where
            new, kinds = apply_ops(scene, ops, True)
            out_intent = "draw"
        elif intent == "edit":
            assert ops and scene is not None, where
            new, kinds = apply_ops(scene, ops, False)
            out_intent = "edit"
            ch = [k for k in kinds]
            for k in kinds:
                if k in ("add", "remove", "move", "shape-change"):
                    tags.add(k)
            if len(kinds) >= 2:
                tags.add("two-edits")
            assert new != scene, where
        elif intent in ("ack", "q"):
            assert not ops and scene is not None, where
            new = copy.deepcopy(scene)
            out_intent = "chat"
            tags.add("ack-chat" if intent == "ack" else "question-chat")
        elif intent == "ask":
            assert not ops and scene is not None, where
            new = copy.deepcopy(scene)
            out_intent = "ask"
            tags.add("ambiguous")
        elif intent == "undo":
            assert not ops and len(history) >= 2, where
            assert prev_intent in ("draw", "edit"), (where, "undo must follow a change")
            new = copy.deepcopy(history[-2])
            assert new != scene, where
            out_intent = "undo"
            tags.add("undo")
        else:
            raise ValueError(where)
        if out_intent == "ask":
            # the next turn must be an edit that resolves it
            assert ti + 1 < len(d["turns"]) and d["turns"][ti + 1][1] == "edit", where
        check_scene(new, where)
        history.append(new)
        prev_intent = out_intent
        turns.append({"message": msg, "intent": out_intent,
                      "expected": {"background": new["background"],
                                   "objects": [list(o) for o in new["objects"]]}})
    assert turns[0]["intent"] == "draw"
    assert 2 <= len(turns) <= 6, d["line"]
    ordered = [c for c in CLASSES if c in tags]
    return {"id": "fresh4-shapes-%s-%03d" % (d["lang"], idx), "lang": d["lang"],
            "classes": ordered, "turns": turns}


def main():
    out = []
    for lang in ("en", "zh", "mixed"):
        ds = parse(os.path.join(HERE, "shapes_%s.txt" % lang))
        for i, d in enumerate(ds, 1):
            assert d["lang"] == lang
            out.append(build(d, i))
    msgs = [t["message"] for d in out for t in d["turns"]]
    with open(OUT, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", len(out), "dialogues to", OUT)


if __name__ == "__main__":
    main()
