"""Build /work/fresh-18/designer.jsonl (and a side file of reference prompts) from en.py, zh.py, mixed.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, en, zh, mixed, ext  # noqa  (modules register dialogues on import)

recs, refs = lib.build()
order = {"en": 0, "zh": 1, "mixed": 2}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "designer.jsonl"), "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(here, "designer-refs.jsonl"), "w", encoding="utf-8") as f:
    for r in refs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(recs), "dialogues written")
