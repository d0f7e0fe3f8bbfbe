"""Build /work/fresh-20/designer.jsonl from the chunk files (standard library only).

Each dialogue is written with a reference prompt that the builder tracks turn by turn
(draw sets it, edit applies minimal (old, new) replacements, chat/ask keep it, undo pops
to the state before the previous change).  Every must_contain phrase is asserted to be a
case-insensitive substring of that reference prompt and every must_not_contain phrase is
asserted to be absent, so the expectations are internally consistent.
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))

DIALOGUES = []

def D(lang, *turns):
    DIALOGUES.append((lang, turns))

def build():
    import chunk_en, chunk_zh, chunk_mix  # noqa: F401  (they call D)
    from chunk_tails import TAILS
    out = []
    counters = {}
    for lang, turns in DIALOGUES:
        counters[lang] = counters.get(lang, 0) + 1
        did = "fresh20-designer-%s-%03d" % (lang, counters[lang])
        short = did[len("fresh20-designer-"):]
        if short in TAILS:
            turns = tuple(turns) + (TAILS.pop(short),)
        states = []          # prompt after each change-producing turn
        state_mc = []        # must_contain written for that turn
        ref = None
        jturns = []
        prev_intent = None
        for t in turns:
            kind = t[0]
            if kind == "draw":
                _, msg, prompt, mc, mnc = t
                ref = prompt if prompt is not None else msg
                states.append(ref); state_mc.append(mc)
            elif kind == "edit":
                _, msg, ops, mc, mnc = t
                assert ref is not None, did
                for old, new in ops:
                    if old is None:
                        ref = ref + new
                    else:
                        assert ref.count(old) == 1, (did, msg, old, ref)
                        ref = ref.replace(old, new)
                states.append(ref); state_mc.append(mc)
            elif kind in ("chat", "ask"):
                _, msg, mc, mnc = t
                if mc is None:   # scene unchanged: same expectations as the turn before
                    mc, mnc = jturns[-1]["must_contain"], jturns[-1]["must_not_contain"]
            elif kind == "undo":
                _, msg, mc, mnc = t
                assert prev_intent in ("edit", "draw") and len(states) >= 2, (did, msg)
                states.pop(); undone_mc = state_mc.pop()
                ref = states[-1]
                if mc is None:   # derive: restored turn's phrases, minus what the undone turn introduced
                    mc = [p for p in state_mc[-1] if p.lower() in ref.lower()]
                    mnc = [p for p in undone_mc if p.lower() not in ref.lower()]
            else:
                raise ValueError(kind)
            low = ref.lower()
            for p in mc:
                assert p.lower() in low, ("must_contain missing", did, msg, p, ref)
            for p in mnc:
                assert p.lower() not in low, ("must_not_contain present", did, msg, p, ref)
            jturns.append({"message": msg, "intent": kind, "must_contain": list(mc),
                           "must_not_contain": list(mnc)})
            prev_intent = kind
        out.append({"id": did, "lang": lang, "turns": jturns})
    assert not TAILS, TAILS
    path = os.path.join(os.path.dirname(__file__), "..", "designer.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(out), "dialogues", counters)

if __name__ == "__main__":
    import build as _b
    _b.build()
