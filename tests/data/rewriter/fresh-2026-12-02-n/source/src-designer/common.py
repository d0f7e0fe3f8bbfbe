def t(message, intent, mc=(), mnc=()):
    return {"message": message, "intent": intent, "must_contain": list(mc), "must_not_contain": list(mnc)}
