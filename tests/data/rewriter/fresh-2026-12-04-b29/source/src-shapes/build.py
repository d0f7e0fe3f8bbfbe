import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from engine import run_dialogue
import data_en, data_zh, data_mixed
lines = []
for lang, mod in (("en", data_en), ("zh", data_zh), ("mixed", data_mixed)):
    tails = list(getattr(mod, "TAILS", []))
    for i, (classes, turns) in enumerate(mod.D, 1):
        if tails and len(turns) < 5 and turns[-1][1] == "edit":
            t = tails.pop(0)
            turns = turns + [t]
            classes = classes + (["undo"] if t[1] == "undo" and "undo" not in classes else ["tail-chat"] if t[1] == "chat" else [])
        lines.append({"id": "fresh29-shapes-%s-%03d" % (lang, i), "lang": lang, "classes": classes,
                      "turns": run_dialogue(turns)})
with open(os.path.join(os.path.dirname(__file__), "..", "shapes.jsonl"), "w", encoding="utf-8") as f:
    for l in lines:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(lines), "dialogues written")
