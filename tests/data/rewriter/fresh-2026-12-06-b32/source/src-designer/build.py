#!/usr/bin/env python3
"""Assemble the hand-written dialogues into ../designer.jsonl (stdlib only; no message text is generated here)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from en import EN
from zh import ZH
from mixed import MIXED
from extra import EXTRA
out = []
for lang, data in (("en", EN), ("zh", ZH), ("mixed", MIXED)):
    for i, d in enumerate(data, 1):
        d = list(d) + ([EXTRA[lang][i]] if i in EXTRA[lang] else [])
        out.append({"id": "fresh32-designer-%s-%03d" % (lang, i), "lang": lang,
                    "turns": [{"message": m, "intent": it, "must_contain": mc, "must_not_contain": mn}
                              for (m, it, mc, mn) in d]})
with open(os.path.join(here, "..", "designer.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "dialogues written")
