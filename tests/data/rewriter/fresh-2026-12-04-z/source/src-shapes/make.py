import json, importlib, sys
sys.path.insert(0, "/work/fresh-26/build")
from engine import build
out = []
for lang, mod in (("en", "data_en"), ("zh", "data_zh"), ("mixed", "data_mx")):
    try:
        m = importlib.import_module(mod)
    except ImportError:
        continue
    out += build("fresh26-shapes", lang, m.DATA)
with open("/work/fresh-26/shapes.jsonl", "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), "written")
