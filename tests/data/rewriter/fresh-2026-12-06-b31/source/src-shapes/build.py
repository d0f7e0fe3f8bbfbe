"""Build /work/fresh-31/shapes.jsonl from hand-written dialogues in en.py, zh.py, mixed.py.
Each dialogue: (classes, [turns]); turn = (message, intent[, scene]).
scene: "bg | shape colour size pos; ..." (pos may be tl,t,tr,l,c,r,bl,b,br; size S/L).
chat/ask keep the previous scene, undo restores the scene before the previous turn."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from extra import EXTRA
POS = {"tl": "top-left", "t": "top", "tr": "top-right", "l": "left", "c": "center",
       "r": "right", "bl": "bottom-left", "b": "bottom", "br": "bottom-right"}
SIZE = {"S": "small", "L": "large"}

def parse(s):
    bg, objs = s.split("|")
    out = []
    for o in objs.split(";"):
        sh, co, si, po = o.split()
        out.append([sh, co, SIZE.get(si, si), POS.get(po, po)])
    return {"background": bg.strip(), "objects": out}

def build(lang, dialogues):
    rows = []
    for n, (classes, turns) in enumerate(dialogues, 1):
        scenes, out = [], []
        for i, t in enumerate(turns):
            msg, intent = t[0], t[1]
            if intent in ("chat", "ask"):
                assert len(t) == 2, (lang, n, msg)
                sc = scenes[-1]
            elif intent == "undo":
                assert len(t) == 2, (lang, n, msg)
                sc = scenes[-2]
            else:
                sc = parse(t[2])
            scenes.append(sc)
            out.append({"message": msg, "intent": intent, "expected": sc})
        did = "fresh31-shapes-%s-%03d" % (lang, n)
        for t in EXTRA.get(did, []):
            msg, intent = t[0], t[1]
            sc = scenes[-1] if intent in ("chat", "ask") else scenes[-2] if intent == "undo" else parse(t[2])
            scenes.append(sc)
            out.append({"message": msg, "intent": intent, "expected": sc})
        rows.append({"id": did, "lang": lang,
                     "classes": classes, "turns": out})
    return rows

if __name__ == "__main__":
    import importlib
    rows = []
    for lang in ("en", "zh", "mixed"):
        try:
            mod = importlib.import_module("d_" + lang)
        except ImportError:
            continue
        rows += build(lang, mod.D)
    with open("/work/fresh-31/shapes.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "dialogues written")
