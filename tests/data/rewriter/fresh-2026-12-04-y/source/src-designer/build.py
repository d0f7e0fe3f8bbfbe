"""Builds /work/fresh-25/designer.jsonl from the hand-written dialogues in en.py, zh.py, mixed.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from en import E
from zh import Z
from mixed import M
from extra import X

out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "designer.jsonl")
lines = []
for lang, data in (("en", E), ("zh", Z), ("mixed", M)):
    for i, dlg in enumerate(data, 1):
        dlg = list(dlg) + X.get((lang, i), [])
        turns = [{"message": m, "intent": it, "must_contain": mc, "must_not_contain": mnc}
                 for (m, it, mc, mnc) in dlg]
        lines.append(json.dumps({"id": "fresh25-designer-%s-%03d" % (lang, i), "lang": lang, "turns": turns},
                                ensure_ascii=False))
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print("wrote", len(lines), "dialogues to", out)
