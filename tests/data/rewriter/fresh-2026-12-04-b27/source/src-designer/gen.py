import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from dsl import build
import importlib
out = []
for mod, lang in (("en", "en"), ("zh", "zh"), ("mixed", "mixed")):
    try:
        m = importlib.import_module(mod)
    except ModuleNotFoundError:
        continue
    for i, d in enumerate(m.DIALOGUES, 1):
        assert d["lang"] == lang
        out.append(build(d, f"fresh27-designer-{lang}-{i:03d}"))
with open(os.path.join(os.path.dirname(__file__), "..", "designer.jsonl"), "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), "dialogues written")
