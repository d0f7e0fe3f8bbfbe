def build_designer(did, lang, turns):
    hist = []
    cur = None
    out = []
    for t in turns:
        msg, intent = t[0], t[1]
        given = len(t) > 2
        if intent in ("draw", "edit"):
            assert given, (did, msg)
            hist.append(cur)
            cur = (list(t[2]), list(t[3]) if len(t) > 3 else [])
        elif intent == "undo":
            prev = hist.pop()
            assert prev is not None, did
            cur = (list(t[2]), list(t[3]) if len(t) > 3 else []) if given else prev
        else:
            if given:
                cur = (list(t[2]), list(t[3]) if len(t) > 3 else [])
        out.append({"message": msg, "intent": intent,
                    "must_contain": list(cur[0]), "must_not_contain": list(cur[1])})
    return {"id": did, "lang": lang, "turns": out}
