import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from en import EN
from zh import ZH
from mixed import MIXED
from extra import EXTRA
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "designer.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for lang, items in (("en", EN), ("zh", ZH), ("mixed", MIXED)):
        for i, d in enumerate(items, 1):
            obj = {"id": f"fresh16-designer-{lang}-{i:03d}", "lang": lang,
                   "turns": [{"message": m, "intent": it, "must_contain": mc, "must_not_contain": mn}
                             for (m, it, mc, mn) in list(d) + EXTRA.get((lang, i), [])]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
print("wrote", out, len(EN), len(ZH), len(MIXED))
