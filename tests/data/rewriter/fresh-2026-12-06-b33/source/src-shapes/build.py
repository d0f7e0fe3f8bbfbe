#!/usr/bin/env python3
"""Build shapes.jsonl from the compact source files en.txt, zh.txt, mixed.txt.

Block format:
  @ class1,class2            starts a dialogue
  intent | message | ops     one turn
ops:
  draw:  "BG; shape colour size pos; ..."   (full new scene)
  edit:  "bg=C; 1.color=C; 2.size=S; 1.pos=P; 1.shape=X; +shape colour size pos; -2"
         (1-based indices into the current object list, applied left to right)
  chat/ask: "-"   (scene kept)
  undo:  "-"      (scene restored to before the last scene-changing turn)
"""
import json, os, sys, copy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "shapes.jsonl")
ATTR = {"shape": 0, "color": 1, "size": 2, "pos": 3}

def parse_obj(s):
    parts = s.split()
    assert len(parts) == 4, s
    return parts

def apply(intent, ops, scene, history):
    if intent == "draw":
        items = [x.strip() for x in ops.split(";")]
        new = {"background": items[0], "objects": [parse_obj(x) for x in items[1:]]}
        history.append(copy.deepcopy(scene))
        return new
    if intent == "edit":
        new = copy.deepcopy(scene)
        for op in [x.strip() for x in ops.split(";") if x.strip()]:
            if op.startswith("bg="):
                new["background"] = op[3:]
            elif op.startswith("+"):
                new["objects"].append(parse_obj(op[1:]))
            elif op.startswith("-"):
                del new["objects"][int(op[1:]) - 1]
            else:
                lhs, val = op.split("=")
                i, a = lhs.split(".")
                new["objects"][int(i) - 1][ATTR[a]] = val
        history.append(copy.deepcopy(scene))
        return new
    if intent in ("chat", "ask"):
        assert ops.strip() == "-", ops
        return copy.deepcopy(scene)
    if intent == "undo":
        assert history, "undo with nothing to undo"
        return history.pop()
    raise ValueError(intent)

def build(lang):
    path = os.path.join(HERE, lang + ".txt")
    dialogues, cur = [], None
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            cur = {"classes": [c.strip() for c in line[1:].split(",") if c.strip()], "turns": []}
            dialogues.append(cur)
            continue
        try:
            intent, msg, ops = [x.strip() for x in line.split(" | ")]
        except ValueError:
            sys.exit(f"{path}:{ln}: bad line: {line}")
        cur["turns"].append((intent, msg, ops, ln))
    xpath = os.path.join(HERE, "extras.txt")
    for ln, line in enumerate(open(xpath, encoding="utf-8"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        sid, intent, msg = [x.strip() for x in line.rstrip("\n").split(" | ")]
        l, num = sid.rsplit("-", 1)
        if l == lang:
            dialogues[int(num) - 1]["turns"].append((intent, msg, "-", f"extras:{ln}"))
            tag = {"undo": "undo", "ask": "ask", "chat": "tail-chat"}[intent]
            if tag not in dialogues[int(num) - 1]["classes"]:
                dialogues[int(num) - 1]["classes"].append(tag)
    out = []
    for n, d in enumerate(dialogues, 1):
        scene, history, turns = None, [], []
        for intent, msg, ops, ln in d["turns"]:
            try:
                scene = apply(intent, ops, scene, history)
            except Exception as e:
                sys.exit(f"{path}:{ln}: {e!r}")
            turns.append({"message": msg, "intent": intent,
                          "expected": copy.deepcopy(scene)})
        out.append({"id": f"fresh33-shapes-{lang}-{n:03d}", "lang": lang,
                    "classes": d["classes"], "turns": turns})
    return out

if __name__ == "__main__":
    allrows = []
    for lang in ("en", "zh", "mixed"):
        if os.path.exists(os.path.join(HERE, lang + ".txt")):
            rows = build(lang)
            print(lang, len(rows))
            allrows += rows
    with open(OUT, "w", encoding="utf-8") as f:
        for r in allrows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(allrows), "to", OUT)
