"""Build /work/fresh-28/designer.jsonl from the hand-written data files."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from data_en import EN
from data_zh import ZH
from data_mixed import MIXED
from data_extra import EXTRA

def extend(d, extra):
    for item in extra:
        msg, intent = item[0], item[1]
        if intent in ("chat", "ask"):
            mc, mnc = list(d[-1][2]), list(d[-1][3])
        elif intent == "undo":
            assert len(d) >= 2
            mc = list(d[-2][2])
            typed = " ".join(t[0] for t in d[:-1]).lower()
            mnc = list(d[-2][3]) + [p for p in d[-1][2] if p not in mc and p.lower() not in typed]
        else:
            raise ValueError(intent)
        if len(item) > 2:
            mnc = list(d[-2][3]) + list(item[2])
        d.append((msg, intent, mc, mnc))
    return d


out = os.path.join(os.path.dirname(__file__), "..", "designer.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for lang, dialogues in (("en", EN), ("zh", ZH), ("mixed", MIXED)):
        for i, d in enumerate(dialogues, 1):
            d = extend(list(d), EXTRA.get(f"{lang}-{i:03d}", []))
            obj = {"id": f"fresh28-designer-{lang}-{i:03d}", "lang": lang,
                   "turns": [{"message": m, "intent": it, "must_contain": mc, "must_not_contain": mnc}
                             for (m, it, mc, mnc) in d]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
print("wrote", os.path.normpath(out))
