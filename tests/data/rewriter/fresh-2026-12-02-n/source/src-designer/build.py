import json, os, sys, copy
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import en, zh, mixed
from extras import X, PLUS

def extend(key, turns):
    if key not in X: return turns
    msg, intent, replace = X[key]
    turns = copy.deepcopy(turns)
    if replace:
        assert turns[-1]["intent"] == "edit", key
        turns.pop()
    prev = turns[-1]
    if intent in ("chat", "ask"):
        mc, mnc = list(prev["must_contain"]), list(prev["must_not_contain"])
    else:  # undo: back to the state after the turn before the previous one
        assert intent == "undo" and prev["intent"] in ("edit", "draw"), key
        base = turns[-2]
        mc, mnc = list(base["must_contain"]), list(base["must_not_contain"])
        typed = "\n".join(t["message"] for t in turns[:-1]).lower()
        for p in prev["must_contain"]:
            lp = p.lower()
            if lp in typed or any(lp in q.lower() or q.lower() in lp for q in mc) or p in mnc:
                continue
            mnc.append(p)   # phrase the undone turn introduced
    for p in PLUS.get(key, []):
        if p not in mc: mc.append(p)
    mnc = [q for q in mnc if not any(q.lower() in p.lower() for p in mc)]
    turns.append({"message": msg, "intent": intent, "must_contain": mc, "must_not_contain": mnc})
    assert 2 <= len(turns) <= 4, key
    return turns

out = os.path.normpath(os.path.join(HERE, '..', 'designer.jsonl'))
with open(out, 'w', encoding='utf-8') as f:
    for lang, mod in (('en', en), ('zh', zh), ('mixed', mixed)):
        for i, turns in enumerate(mod.D, 1):
            key = f"{lang}-{i:03d}"
            rec = {"id": f"fresh14-designer-{key}", "lang": lang, "turns": extend(key, turns)}
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
print('wrote', out)
