"""Tiny DSL for writing designer dialogues.  Each turn carries a hand-written
reference merged prompt (built from explicit minimal-edit operations), so the
generator can check that every must_contain phrase really is in it and every
must_not_contain phrase really is not."""
import re

DIALOGUES = []


class Turn:
    def __init__(self, intent, message, prompt=None, ops=None, mc=None, mnc=None):
        self.intent, self.message = intent, message
        self.prompt, self.ops = prompt, ops or []
        self.mc, self.mnc = mc, mnc


def draw(message, prompt=None, mc=None, mnc=None):
    return Turn("draw", message, prompt=prompt if prompt is not None else message, mc=mc, mnc=mnc)


def edit(message, ops, mc, mnc=None):
    """ops: list of (old, new) substitutions on the current prompt; new == '' deletes;
    old == '+' appends new (with a comma) ; old == '^' prepends."""
    return Turn("edit", message, ops=ops, mc=mc, mnc=mnc)


def chat(message, mc=None, mnc=None):
    return Turn("chat", message, mc=mc, mnc=mnc)


def ask(message, mc=None, mnc=None):
    return Turn("ask", message, mc=mc, mnc=mnc)


def undo(message, mc=None, mnc=None):
    return Turn("undo", message, mc=mc, mnc=mnc)


def D(lang, *turns, note=None):
    DIALOGUES.append({"lang": lang, "turns": list(turns), "note": note})


def _apply(prompt, ops, where):
    for old, new in ops:
        if old == "+":
            prompt = prompt.rstrip(" .。") + ("，" if re.search(r"[\u4e00-\u9fff]$", prompt.rstrip(" .。")) else ", ") + new
            continue
        if old == "^":
            prompt = new + prompt
            continue
        n = prompt.lower().count(old.lower())
        assert n == 1, f"{where}: op target {old!r} occurs {n} times in {prompt!r}"
        i = prompt.lower().index(old.lower())
        prompt = prompt[:i] + new + prompt[i + len(old):]
        prompt = re.sub(r"  +", " ", prompt).replace(" ,", ",").replace("，，", "，").replace(",,", ",")
    return prompt


def build():
    """Return (records, reference_prompts) with checks."""
    counters = {}
    out, refs = [], []
    for d in DIALOGUES:
        lang = d["lang"]
        counters[lang] = counters.get(lang, 0) + 1
        did = f"fresh18-designer-{lang}-{counters[lang]:03d}"
        history = []  # list of (prompt, mc, mnc) picture states
        turns, tref = [], []
        cur = None
        for k, t in enumerate(d["turns"]):
            where = f"{did} turn {k + 1}"
            mc, mnc = t.mc, t.mnc
            if t.intent == "draw":
                cur = t.prompt
                history.append(cur)
            elif t.intent == "edit":
                assert cur is not None, where
                cur = _apply(cur, t.ops, where)
                history.append(cur)
            elif t.intent in ("chat", "ask"):
                assert cur is not None, where
                if mc is None:
                    mc, mnc = turns[-1]["must_contain"], turns[-1]["must_not_contain"]
            elif t.intent == "undo":
                assert len(history) >= 2, where
                history.pop()
                cur = history[-1]
            if mc is None:
                raise AssertionError(f"{where}: must_contain missing")
            mnc = list(mnc or [])
            for p in mc:
                assert p.lower() in cur.lower(), f"{where}: must_contain {p!r} not in {cur!r}"
            for p in mnc:
                assert p.lower() not in cur.lower(), f"{where}: must_not_contain {p!r} is in {cur!r}"
            turns.append({"message": t.message, "intent": t.intent,
                          "must_contain": list(mc), "must_not_contain": mnc})
            tref.append(cur)
        out.append({"id": did, "lang": lang, "turns": turns})
        refs.append({"id": did, "reference_prompts": tref, "note": d["note"]})
    return out, refs


def extend(lang, n, *turns):
    """Append turns to the n-th (1-based) dialogue of a language, in writing order."""
    ds = [d for d in DIALOGUES if d["lang"] == lang]
    ds[n - 1]["turns"].extend(turns)
    assert len(ds[n - 1]["turns"]) <= 4, (lang, n)
