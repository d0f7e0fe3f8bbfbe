#!/usr/bin/env python3
"""Build /work/fresh-18/shapes.jsonl from the hand-written dialogue sources en.txt, zh.txt, mixed.txt.

Source format (one dialogue per block, blocks separated by blank lines):
  C: class1, class2
  U: intent | message | ops
ops (draw): `bg=COLOR; SHAPE COLOR SIZE POS; ...`  (bg defaults to white)
ops (edit): `bg=COLOR; +SHAPE COLOR SIZE POS; -REF; REF.color=..; REF.size=..; REF.shape=..; REF.pos=..`
  REF is #n (1-based index in the current scene), a shape name, or a colour name (must be unique).
chat / ask: ops empty (scene kept). undo: ops empty (scene before the previous change restored).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POSITIONS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}


def resolve(scene, ref, where):
    objs = scene["objects"]
    if ref.startswith("#"):
        return int(ref[1:]) - 1
    if ref in SHAPES:
        hits = [i for i, o in enumerate(objs) if o[0] == ref]
    elif ref in COLOURS:
        hits = [i for i, o in enumerate(objs) if o[1] == ref]
    else:
        raise SystemExit(f"{where}: bad ref {ref!r}")
    if len(hits) != 1:
        raise SystemExit(f"{where}: ref {ref!r} not unique/absent in {objs}")
    return hits[0]


def parse_obj(txt, where):
    parts = txt.split()
    if len(parts) != 4 or parts[0] not in SHAPES or parts[1] not in COLOURS or parts[2] not in SIZES or parts[3] not in POSITIONS:
        raise SystemExit(f"{where}: bad object {txt!r}")
    return parts


def apply(scene, intent, ops, history, where):
    if intent == "draw":
        new = {"background": "white", "objects": []}
        for op in filter(None, (x.strip() for x in ops.split(";"))):
            if op.startswith("bg="):
                new["background"] = op[3:]
            else:
                new["objects"].append(parse_obj(op, where))
        history.append(scene)
        return new
    if intent == "edit":
        new = {"background": scene["background"], "objects": [list(o) for o in scene["objects"]]}
        removals = []
        for op in filter(None, (x.strip() for x in ops.split(";"))):
            if op.startswith("bg="):
                new["background"] = op[3:]
            elif op.startswith("+"):
                new["objects"].append(parse_obj(op[1:], where))
            elif op.startswith("-"):
                removals.append(resolve(new, op[1:], where))
            else:
                ref, _, rest = op.partition(".")
                attr, _, val = rest.partition("=")
                i = resolve(new, ref, where)
                idx = {"shape": 0, "color": 1, "size": 2, "pos": 3}[attr]
                new["objects"][i][idx] = val
        for i in sorted(removals, reverse=True):
            del new["objects"][i]
        if not ops.strip():
            raise SystemExit(f"{where}: edit without ops")
        history.append(scene)
        return new
    if intent in ("chat", "ask"):
        if ops.strip():
            raise SystemExit(f"{where}: {intent} with ops")
        return scene
    if intent == "undo":
        if not history or history[-1] is None:
            raise SystemExit(f"{where}: nothing to undo")
        return history.pop()
    raise SystemExit(f"{where}: bad intent {intent}")


def load(lang):
    path = os.path.join(HERE, f"{lang}.txt")
    blocks = open(path, encoding="utf-8").read().split("\n\n")
    out = []
    for b in blocks:
        lines = [l for l in b.strip().splitlines() if l.strip() and not l.startswith("//")]
        if not lines:
            continue
        classes, turns = [], []
        for l in lines:
            if l.startswith("C:"):
                classes = [c.strip() for c in l[2:].split(",") if c.strip()]
            elif l.startswith("U:"):
                parts = [p.strip() for p in l[2:].split("|")]
                if len(parts) == 2:
                    parts.append("")
                if len(parts) != 3:
                    raise SystemExit(f"{lang}: bad line {l!r}")
                turns.append(parts)
            else:
                raise SystemExit(f"{lang}: bad line {l!r}")
        out.append((classes, turns))
    return out


def main():
    rows = []
    for lang in ("en", "zh", "mixed"):
        for n, (classes, turns) in enumerate(load(lang), 1):
            did = f"fresh18-shapes-{lang}-{n:03d}"
            scene, history, jt = None, [None], []
            for k, (intent, msg, ops) in enumerate(turns):
                where = f"{did} turn {k+1}"
                scene = apply(scene, intent, ops, history, where)
                jt.append({"message": msg, "intent": intent,
                           "expected": {"background": scene["background"],
                                        "objects": [list(o) for o in scene["objects"]]}})
            rows.append({"id": did, "lang": lang, "classes": classes, "turns": jt})
    with open(os.path.join(HERE, "..", "shapes.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "dialogues written")


if __name__ == "__main__":
    main()
