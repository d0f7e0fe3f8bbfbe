"""Build /work/fresh-28/shapes.jsonl from en.py, zh.py, mixed.py."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import build, write
from en import EN
from zh import ZH
from mixed import MIXED
from extras import APPEND

out = []
for lang, items in (("en", EN), ("zh", ZH), ("mixed", MIXED)):
    for k, (classes, turns) in enumerate(items, 1):
        extra = APPEND.get((lang, k), [])
        d = build(lang, k, list(classes), list(turns) + extra)
        its = {t["intent"] for t in d["turns"][1:]}
        for it, label in (("undo", "undo"), ("ask", "ask"), ("chat", "chat"), ("draw", "new-scene")):
            if it in its and label not in d["classes"]:
                d["classes"].append(label)
        out.append(d)
write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "shapes.jsonl"), out)
print("wrote", len(out))
