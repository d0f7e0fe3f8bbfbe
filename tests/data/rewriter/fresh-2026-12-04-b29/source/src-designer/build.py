"""Build /work/fresh-29/designer.jsonl from the hand-written data files."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_en import EN
from data_zh import ZH
from data_mixed import MIXED
from extra import EXTRA

out = []
for lang, dialogues in (("en", EN), ("zh", ZH), ("mixed", MIXED)):
    for n, d in enumerate(dialogues, 1):
        turns = []
        for msg, intent, mc, mnc in d:
            if mc is None:  # chat / ask: scene (and prompt) unchanged
                mc, mnc = turns[-1]["must_contain"], turns[-1]["must_not_contain"]
            turns.append({"message": msg, "intent": intent,
                          "must_contain": list(mc), "must_not_contain": list(mnc)})
        key = f"{lang}-{n:03d}"
        if key in EXTRA:
            msg, intent, mc, mnc = EXTRA[key]
            if mc is None:
                mc, mnc = turns[-1]["must_contain"], turns[-1]["must_not_contain"]
            elif mc == "PREV2":
                base = turns[-2]
                mc = base["must_contain"]
                mnc = base["must_not_contain"] + [x for x in mnc if x not in base["must_not_contain"]]
            turns.append({"message": msg, "intent": intent,
                          "must_contain": list(mc), "must_not_contain": list(mnc)})
        out.append({"id": f"fresh29-designer-{lang}-{n:03d}", "lang": lang, "turns": turns})
with open("/work/fresh-29/designer.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(out))
