"""Build /work/fresh-17/designer.jsonl from the hand-written dialogues in en.py, zh.py, mixed.py."""
import json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "designer.jsonl")

import extras

def split(s):
    return [p.strip() for p in s.split("|") if p.strip()] if s else []

def main():
    lines = []
    for lang in ("en", "zh", "mixed"):
        try:
            mod = importlib.import_module(lang)
        except ImportError:
            continue
        for i, turns in enumerate(mod.D, 1):
            obj = {"id": "fresh17-designer-%s-%03d" % (lang, i), "lang": lang, "turns": []}
            turns = list(turns)
            for j in range(len(turns)):
                turns[j] = extras.REPLACE.get((lang, i, j + 1), turns[j])
            turns += extras.APPEND.get((lang, i), [])
            out = obj["turns"]
            for t in turns:
                msg, intent, mc, mnc = (list(t) + ["", ""])[:4]
                def res(v, key):
                    if v == "=prev":
                        return list(out[-1][key])
                    if v == "=undo":
                        return list(out[-2][key])
                    return split(v)
                out.append({"message": msg, "intent": intent,
                            "must_contain": res(mc, "must_contain"), "must_not_contain": res(mnc, "must_not_contain")})
            lines.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", len(lines), "dialogues to", OUT)

if __name__ == "__main__":
    main()
