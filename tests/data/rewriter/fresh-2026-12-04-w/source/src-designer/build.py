"""Build designer.jsonl from hand-written dialogue sources.
Each turn carries my own reference merged prompt (computed from minimal-edit ops),
and every must_contain / must_not_contain is checked against it here."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

def dr(msg, prompt, mc, mnc=()):
    return dict(message=msg, intent="draw", prompt=prompt, mc=list(mc), mnc=list(mnc))
def ed(msg, ops, mc, mnc=()):
    return dict(message=msg, intent="edit", ops=ops, mc=list(mc), mnc=list(mnc))
def ch(msg, mc=None, mnc=None):
    return dict(message=msg, intent="chat", mc=mc, mnc=mnc)
def ak(msg, mc=None, mnc=None):
    return dict(message=msg, intent="ask", mc=mc, mnc=mnc)
def un(msg, mc=None, mnc=None):
    return dict(message=msg, intent="undo", mc=mc, mnc=mnc)

def norm(p):
    p = re.sub(r"  +", " ", p)
    p = re.sub(r" ,", ",", p)
    p = re.sub(r",\s*,", ",", p)
    p = re.sub(r"，\s*，", "，", p)
    p = re.sub(r"，。", "。", p)
    return p.strip(" ,，")

def apply(prompt, ops, where):
    for op in ops:
        old, new = op
        if old == "+":
            prompt = prompt + new
            continue
        n = prompt.count(old)
        if n != 1:
            raise SystemExit(f"{where}: op target {old!r} occurs {n} times in {prompt!r}")
        prompt = prompt.replace(old, new)
    return norm(prompt)

def build(lang, prefix, dialogues):
    out = []
    for i, turns in enumerate(dialogues, 1):
        did = f"fresh23-designer-{prefix}-{i:03d}"
        states, mcs, mncs, rec = [], [], [], []
        for j, t in enumerate(turns):
            where = f"{did} turn {j+1}"
            it = t["intent"]
            if it == "draw":
                p = t["prompt"]; mc, mnc = t["mc"], t["mnc"]
            elif it == "edit":
                p = apply(states[-1], t["ops"], where); mc, mnc = t["mc"], t["mnc"]
            elif it in ("chat", "ask"):
                p = states[-1]
                mc = t["mc"] if t["mc"] is not None else mcs[-1]
                mnc = t["mnc"] if t["mnc"] is not None else mncs[-1]
            elif it == "undo":
                assert len(states) >= 2 and rec[-1] in ("edit", "draw"), where
                p = states[-2]
                mc = t["mc"] if t["mc"] is not None else mcs[-2]
                if t["mnc"] is not None:
                    mnc = t["mnc"]
                else:
                    mnc = [x for x in mcs[-1] if x.lower() not in p.lower()]
                    assert mnc, where + ": undo has nothing to check as gone"
            pl = p.lower()
            for x in mc:
                if x.lower() not in pl:
                    raise SystemExit(f"{where}: must_contain {x!r} not in {p!r}")
            for x in mnc:
                if x.lower() in pl:
                    raise SystemExit(f"{where}: must_not_contain {x!r} in {p!r}")
            states.append(p); mcs.append(mc); mncs.append(mnc); rec.append(it)
        out.append({"id": did, "lang": lang,
                    "turns": [{"message": t["message"], "intent": t["intent"],
                               "must_contain": m, "must_not_contain": n}
                              for t, m, n in zip(turns, mcs, mncs)],
                    "_prompts": states})
    return out

if __name__ == "__main__":
    import en, zh, mixed, extra
    for key, turns in extra.X.items():
        lang, n = key.rsplit("-", 1)
        getattr({"en": en, "zh": zh, "mixed": mixed}[lang], "D")[int(n) - 1].extend(turns)
    rows = build("en", "en", en.D) + build("zh", "zh", zh.D) + build("mixed", "mixed", mixed.D)
    ref = {}
    with open(os.path.join(HERE, "..", "designer.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            ref[r["id"]] = r.pop("_prompts")
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "reference_prompts.json"), "w", encoding="utf-8") as f:
        json.dump(ref, f, ensure_ascii=False, indent=1)
    from collections import Counter
    print(Counter(r["lang"] for r in rows), sum(len(r["turns"]) for r in rows), "turns")
    print(Counter(t["intent"] for r in rows for t in r["turns"][1:]))
