"""Build /work/fresh-24/designer.jsonl from the hand-written sources in this folder."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import en, zh, mixed
out = os.path.join(os.path.dirname(here), "designer.jsonl")
lines = []
for lang, mod in (("en", en), ("zh", zh), ("mixed", mixed)):
    for i, dlg in enumerate(mod.D, 1):
        turns = [{"message": m, "intent": it, "must_contain": mc, "must_not_contain": mnc}
                 for (m, it, mc, mnc) in dlg]
        lines.append(json.dumps({"id": "fresh24-designer-%s-%03d" % (lang, i), "lang": lang, "turns": turns},
                                ensure_ascii=False))
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print("wrote", len(lines), "dialogues to", out)
