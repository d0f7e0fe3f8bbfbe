"""Tiny DSL: each dialogue is written by hand; the generator tracks a reference
merged prompt (never written to the output) so that every must_contain phrase is
checked to be a substring of it and every must_not_contain phrase is checked absent."""
import re

def T(msg, intent, mc=None, mn=None, rep=None, add=None, state=None, wrap=None):
    return dict(msg=msg, intent=intent, mc=mc, mn=mn, rep=rep, add=add, state=state, wrap=wrap)

def D(lang, *turns):
    return dict(lang=lang, turns=list(turns))

def low(s):
    return s.lower()

def build(dialogue, did):
    hist = []  # stack of (state, mc, mn)
    out = []
    for i, t in enumerate(dialogue["turns"]):
        it = t["intent"]
        if it == "draw":
            st = t["state"]
            if st is None:
                st = t["msg"]
                if t["wrap"]:
                    st = re.sub(re.escape(t["wrap"]), "", st, flags=re.I).strip(" ,，:：")
            mc = list(t["mc"])
            mn = list(t["mn"] or [])
            if t["wrap"]:
                mn.append(t["wrap"])
            hist.append((st, mc, mn))
        elif it == "edit":
            st = hist[-1][0]
            for old, new in (t["rep"] or []):
                assert old in st, (did, i, old, st)
                st = st.replace(old, new, 1)
            if t["add"]:
                st = st + ", " + t["add"]
            mc = list(t["mc"]); mn = list(t["mn"] or [])
            hist.append((st, mc, mn))
        elif it in ("chat", "ask"):
            st, pmc, pmn = hist[-1]
            mc = list(t["mc"]) if t["mc"] else list(pmc)
            mn = list(pmn) + list(t["mn"] or [])
        elif it == "undo":
            assert len(hist) >= 2, did
            undone = hist.pop()
            st, pmc, pmn = hist[-1]
            mc = list(t["mc"]) if t["mc"] else list(pmc)
            mn = list(pmn) + [p for p in undone[1] if low(p) not in low(st)] + list(t["mn"] or [])
        else:
            raise ValueError(it)
        # dedupe preserving order
        mc = list(dict.fromkeys(mc)); mn = list(dict.fromkeys(mn))
        for p in mc:
            assert low(p) in low(st), (did, i, "mc missing", p, st)
        for p in mn:
            assert low(p) not in low(st), (did, i, "mn present", p, st)
        out.append({"message": t["msg"], "intent": it, "must_contain": mc, "must_not_contain": mn})
    return {"id": did, "lang": dialogue["lang"], "turns": out}
