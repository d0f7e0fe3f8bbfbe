import json, sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from scene import build
from dialog import build_designer
from shapes_en import EN as SEN
from shapes_zh import ZH as SZH
from shapes_mixed import MIXED as SMX
from designer_en import EN as DEN
from designer_zh import ZH as DZH
from designer_mixed import MIXED as DMX
from extra import augment
C = {}

with open("shapes.jsonl", "w", encoding="utf-8") as f:
    for lang, data in (("en", SEN), ("zh", SZH), ("mixed", SMX)):
        for i, (classes, turns) in enumerate(data, 1):
            d = build(f"fresh11-shapes-{lang}-{i:03d}", lang, classes, augment("shapes", lang, i, turns, C))
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
with open("designer.jsonl", "w", encoding="utf-8") as f:
    for lang, data in (("en", DEN), ("zh", DZH), ("mixed", DMX)):
        for i, turns in enumerate(data, 1):
            d = build_designer(f"fresh11-designer-{lang}-{i:03d}", lang, augment("designer", lang, i, turns, C))
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("built")
