"""Build /work/fresh-15/designer.jsonl from en.py, zh.py, mx.py (lists of dialogues).
Each dialogue: list of turns (message, intent, must_contain, must_not_contain)."""
import json, os, importlib, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "designer.jsonl")
lines = []
for mod, lang in (("en", "en"), ("zh", "zh"), ("mx", "mixed")):
    try:
        m = importlib.import_module(mod)
    except ImportError:
        continue
    import extras
    extra = {"en": extras.EN, "zh": extras.ZH, "mixed": extras.MX}[lang]
    for i, d in enumerate(m.D, 1):
        d = list(d)
        for t in extra.get(i, []):
            if len(t) == 2:
                t = (t[0], t[1], d[-1][2], d[-1][3] if len(d[-1]) > 3 else [])
            d.append(t)
        turns = [{"message": t[0], "intent": t[1], "must_contain": list(t[2]),
                  "must_not_contain": list(t[3]) if len(t) > 3 else []} for t in d]
        lines.append({"id": "fresh15-designer-%s-%03d" % (lang, i), "lang": lang, "turns": turns})
with open(OUT, "w", encoding="utf-8") as f:
    for o in lines:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(lines))
