# Builds shapes.jsonl and designer.jsonl from the hand-written dialogues in
# shapes_data.py and designer_data.py. Scene shorthand: "bg | shape colour size pos | ...",
# "=" keeps the previous scene (chat/ask), "<" restores the scene from two turns back (undo).
import json
from shapes_data import SH
from designer_data import DE
from shapes_extra import EXTRA
try:
    from designer_extra import DEXTRA
except ImportError:
    DEXTRA = {}

def parse(s):
    parts = [p.strip() for p in s.split("|")]
    return {"background": parts[0], "objects": [p.split() for p in parts[1:]]}

def build_shapes():
    out, n = [], {}
    for lang, classes, turns in SH:
        n[lang] = n.get(lang, 0) + 1
        key = f"{lang}-{n[lang]:03d}"
        turns = list(turns) + [(m, i, "<" if i == "undo" else "=") for m, i in EXTRA.get(key, [])]
        scenes, tl = [], []
        for msg, intent, sc in turns:
            if sc == "=":
                scene = scenes[-1]
            elif sc == "<":
                scene = scenes[-2]
            else:
                scene = parse(sc)
            scenes.append(scene)
            tl.append({"message": msg, "intent": intent, "expected": json.loads(json.dumps(scene))})
        out.append({"id": f"fresh7-shapes-{lang}-{n[lang]:03d}", "lang": lang,
                    "classes": classes.split() + [c for c in ("undo", "ask") if c not in classes.split()
                                                   and any(t["intent"] == c for t in tl)], "turns": tl})
    return out

def build_designer():
    out, n = [], {}
    for lang, turns in DE:
        n[lang] = n.get(lang, 0) + 1
        turns = list(turns) + DEXTRA.get(f"{lang}-{n[lang]:03d}", [])
        tl = []
        for t in turns:
            msg, intent, mc, mn = t
            if mc == "=":
                mc, mn = tl[-1]["must_contain"], tl[-1]["must_not_contain"] if mn == "=" else mn
            tl.append({"message": msg, "intent": intent, "must_contain": list(mc), "must_not_contain": list(mn)})
        out.append({"id": f"fresh7-designer-{lang}-{n[lang]:03d}", "lang": lang, "turns": tl})
    return out

for name, rows in (("shapes.jsonl", build_shapes()), ("designer.jsonl", build_designer())):
    with open(name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows))
