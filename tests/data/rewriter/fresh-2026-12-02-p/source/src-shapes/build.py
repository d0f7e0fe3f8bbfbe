"""Build /work/fresh-16/shapes.jsonl from the hand-written dialogues in en.py, zh.py, mx.py.
Scene notation: "bg: shape colour size pos, shape colour size pos".
chat/ask keep the scene; undo pops back to the scene before the last draw/edit."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))

def parse(s):
    bg, _, rest = s.partition(':')
    objs = [o.split() for o in rest.split(',') if o.strip()]
    return {"background": bg.strip(), "objects": objs}

def build(lang, dialogues):
    out = []
    for i, (classes, turns) in enumerate(dialogues, 1):
        hist, cur, ts = [], None, []
        for t in turns:
            msg, intent = t[0], t[1]
            if intent in ("draw", "edit"):
                if cur is not None:
                    hist.append(cur)
                cur = parse(t[2])
            elif intent == "undo":
                cur = hist.pop()
            else:
                assert len(t) == 2, t
            ts.append({"message": msg, "intent": intent,
                       "expected": json.loads(json.dumps(cur))})
        out.append({"id": f"fresh16-shapes-{lang}-{i:03d}", "lang": lang,
                    "classes": classes, "turns": ts})
    return out

if __name__ == "__main__":
    rows = []
    for lang, mod in (("en", "en"), ("zh", "zh"), ("mixed", "mx")):
        try:
            m = __import__(mod)
        except ImportError:
            continue
        from extras import E
        D = [(c + [x for x in E[lang].get(i, ([], []))[0] if x not in c], t + E[lang].get(i, ([], []))[1])
             for i, (c, t) in enumerate(m.D, 1)]
        rows += build(lang, D)
    with open(os.path.join(os.path.dirname(__file__), "..", "shapes.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "dialogues written")
