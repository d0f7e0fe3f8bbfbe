"""Builds /work/fresh-33/designer.jsonl from the hand-written data files."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_en import EN
from data_zh import ZH
from data_mixed import MIXED

out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "designer.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for lang, dialogues in (("en", EN), ("zh", ZH), ("mixed", MIXED)):
        for i, d in enumerate(dialogues, 1):
            rec = {"id": "fresh33-designer-%s-%03d" % (lang, i), "lang": lang,
                   "turns": [{"message": m, "intent": it, "must_contain": mc, "must_not_contain": mnc}
                             for (m, it, mc, mnc) in d]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", out)
