"""Build /work/fresh-30/designer.jsonl from the hand-written lists (standard library only)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import en, zh, mixed

def main():
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "designer.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for lang, mod in (("en", en), ("zh", zh), ("mixed", mixed)):
            for i, d in enumerate(mod.D, 1):
                turns = [{"message": m, "intent": it, "must_contain": mc, "must_not_contain": mn}
                         for (m, it, mc, mn) in d]
                rec = {"id": "fresh30-designer-%s-%03d" % (lang, i), "lang": lang, "turns": turns}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", out)

if __name__ == "__main__":
    main()
