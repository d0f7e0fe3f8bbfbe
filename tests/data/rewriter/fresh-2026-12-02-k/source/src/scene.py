# helper: compact scene notation "bg: colour shape size pos; ..." -> expected dict
SHAPES = {"circle", "square", "triangle", "star"}
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}

def parse(s):
    bg, rest = s.split(":", 1)
    objs = []
    for part in rest.split(";"):
        toks = part.split()
        if not toks:
            continue
        sh = [t for t in toks if t in SHAPES]
        co = [t for t in toks if t in COLOURS]
        si = [t for t in toks if t in SIZES]
        po = [t for t in toks if t in POS]
        assert len(sh) == len(co) == 1 and len(si) <= 1 and len(po) <= 1 and len(toks) == 1 + 1 + len(si) + len(po), part
        objs.append([sh[0], co[0], si[0] if si else "large", po[0] if po else "center"])
    return {"background": bg.strip(), "objects": objs}

def build(did, lang, classes, turns):
    hist = []
    out = []
    cur = None
    for t in turns:
        msg, intent = t[0], t[1]
        sc = t[2] if len(t) > 2 else None
        if intent in ("draw", "edit"):
            assert sc, (did, msg)
            hist.append(cur)
            cur = parse(sc)
        elif intent == "undo":
            assert hist, did
            cur = hist.pop()
            assert cur is not None, did
            if sc:
                assert parse(sc) == cur, (did, msg)
        else:
            if sc:
                assert parse(sc) == cur, (did, msg)
        out.append({"message": msg, "intent": intent, "expected": cur})
    return {"id": did, "lang": lang, "classes": classes, "turns": out}
