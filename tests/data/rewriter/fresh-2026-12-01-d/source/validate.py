import json, re, os, collections

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SHAPES = {"circle", "square", "triangle", "star"}
SIZES = {"small", "large"}
POSITIONS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
CLASSES = {"ack-chat", "add", "ambiguous", "attr-after-noun", "background-anywhere", "colloquial-position",
           "complaint-edit", "move", "question-chat", "reference", "remove", "shape-change", "size-words",
           "two-edits", "undo", "wrapper"}
S_INTENTS = {"draw", "edit", "chat", "undo", "ask"}
D_INTENTS = {"draw", "edit", "chat", "undo"}

errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


# ---------------- shapes ----------------
shapes = [json.loads(l) for l in open(os.path.join(BASE, "shapes.jsonl"), encoding="utf-8")]
ids = set()
lang_d = collections.Counter(); lang_t = collections.Counter()
cls_d = collections.Counter(); cls_lang = collections.defaultdict(collections.Counter)
intent_c = collections.Counter(); nobj_first = collections.Counter()
msg_count = collections.Counter()
for d in shapes:
    if list(d.keys()) != ["id", "lang", "classes", "turns"]:
        err("shapes keys", d.get("id"), list(d.keys()))
    i = d["id"]
    if i in ids: err("dup id", i)
    ids.add(i)
    if not re.fullmatch(r"fresh4-shapes-(en|zh|mixed)-\d{3}", i) or i.split("-")[2] != d["lang"]:
        err("bad id", i)
    if d["lang"] not in {"en", "zh", "mixed"}: err("lang", i)
    if not d["classes"] or not set(d["classes"]) <= CLASSES or len(set(d["classes"])) != len(d["classes"]):
        err("classes", i, d["classes"])
    if not 2 <= len(d["turns"]) <= 6: err("turn count", i)
    lang_d[d["lang"]] += 1; lang_t[d["lang"]] += len(d["turns"])
    for c in d["classes"]:
        cls_d[c] += 1; cls_lang[c][d["lang"]] += 1
    scenes = []
    prev_intent = None
    for k, t in enumerate(d["turns"]):
        if list(t.keys()) != ["message", "intent", "expected"]: err("turn keys", i, k)
        if t["intent"] not in S_INTENTS: err("intent", i, k)
        intent_c[t["intent"]] += 1
        msg_count[t["message"].strip().lower()] += 1
        e = t["expected"]
        if list(e.keys()) != ["background", "objects"]: err("expected keys", i, k)
        bg = e["background"]
        if bg not in COLOURS: err("bg", i, k, bg)
        objs = e["objects"]
        if not 1 <= len(objs) <= 3: err("n objects", i, k)
        for o in objs:
            if not (isinstance(o, list) and len(o) == 4 and o[0] in SHAPES and o[1] in COLOURS
                    and o[2] in SIZES and o[3] in POSITIONS):
                err("object", i, k, o)
            elif o[1] == bg:
                err("colour==bg", i, k, o)
        if len({o[3] for o in objs}) != len(objs): err("shared cell", i, k)
        if k == 0:
            if t["intent"] != "draw": err("first not draw", i)
            nobj_first[len(objs)] += 1
        else:
            prev = scenes[-1]
            if t["intent"] in ("chat", "ask") and e != prev: err("chat/ask changed scene", i, k)
            if t["intent"] == "edit" and e == prev: err("edit without change", i, k)
            if t["intent"] == "undo":
                if len(scenes) < 2 or e != scenes[-2]: err("undo wrong", i, k)
                if prev_intent not in ("draw", "edit"): err("undo after non-change", i, k)
            if prev_intent == "ask" and t["intent"] != "edit": err("ask not resolved", i, k)
            # unchanged objects keep attributes: every object kept by identity of order
        scenes.append(e)
        prev_intent = t["intent"]
    if prev_intent == "ask": err("dialogue ends with ask", i)
    for c in ("ack-chat", "question-chat"):
        pass

print("== shapes.jsonl ==")
print("dialogues", len(shapes), "turns", sum(lang_t.values()))
for l in ("en", "zh", "mixed"):
    print(f"  {l:6s} dialogues {lang_d[l]:4d} ({100*lang_d[l]/len(shapes):.1f}%)  turns {lang_t[l]}")
print("intents", dict(intent_c))
print("objects in first picture", dict(sorted(nobj_first.items())))
print("classes (dialogues: total / en / zh / mixed)")
for c in sorted(CLASSES):
    print(f"  {c:22s} {cls_d[c]:4d}  {cls_lang[c]['en']:3d} {cls_lang[c]['zh']:3d} {cls_lang[c]['mixed']:3d}")
    if cls_d[c] < 20: err("class under 20", c)
rep = [(m, n) for m, n in msg_count.items() if n > 1]
print("repeated messages (exact, case-insensitive):", sorted(rep, key=lambda x: -x[1]))

# ---------------- designer ----------------
des = [json.loads(l) for l in open(os.path.join(BASE, "designer.jsonl"), encoding="utf-8")]
dl = collections.Counter(); dt = collections.Counter(); di = collections.Counter()
ids = set()
for d in des:
    if list(d.keys()) != ["id", "lang", "turns"]: err("designer keys", d.get("id"))
    i = d["id"]
    if i in ids: err("dup id", i)
    ids.add(i)
    if not re.fullmatch(r"fresh4-designer-(en|zh)-\d{3}", i) or i.split("-")[2] != d["lang"]: err("bad id", i)
    if not 2 <= len(d["turns"]) <= 5: err("designer turn count", i)
    dl[d["lang"]] += 1; dt[d["lang"]] += len(d["turns"])
    seen_text = ""
    known = []  # text known after each turn: messages and must_contain phrases so far
    for k, t in enumerate(d["turns"]):
        if list(t.keys()) != ["message", "intent", "must_contain", "must_not_contain"]: err("dturn keys", i, k)
        if t["intent"] not in D_INTENTS: err("dintent", i, k)
        di[t["intent"]] += 1
        mc, mnc = t["must_contain"], t["must_not_contain"]
        if not all(isinstance(x, str) and x for x in mc + mnc): err("phrases", i, k)
        low_mc = [x.lower() for x in mc]
        for x in mnc:
            if any(x.lower() in y for y in low_mc): err("mnc inside mc", i, k, x)
        msg = t["message"]
        if k == 0:
            if t["intent"] != "draw": err("first not draw", i)
            if d["lang"] == "en":
                n = len(msg.split())
                if not 15 <= n <= 60: err("en length", i, n)
            else:
                n = len(msg)
                if not 20 <= n <= 120: err("zh length", i, n)
            for x in mc + mnc:
                if x.lower() not in msg.lower(): err("first-turn phrase not verbatim", i, x)
            if not mc: err("first turn no must_contain", i)
        else:
            if t["intent"] == "chat" and (mc or mnc): err("chat with phrases", i, k)
            if t["intent"] in ("edit", "undo") and not mc: err("edit without mc", i, k)
            for x in mnc:
                if x.lower() not in (known[-1] + " " + msg).lower(): err("mnc never present", i, k, x)
            if t["intent"] == "undo":
                if k < 2: err("undo too early", i, k)
                else:
                    for x in mc:
                        if x.lower() not in known[k - 2].lower(): err("undo phrase not from before undone turn", i, k, x)
                    last = d["turns"][k - 1]
                    undone = (last["message"] + " " + " ".join(last["must_contain"])).lower()
                    for x in mnc:
                        if x.lower() not in undone: err("undo mnc not from undone turn", i, k, x)
                    if d["turns"][k - 1]["intent"] not in ("draw", "edit"): err("undo after non-change", i, k)
        seen_text += " " + msg
        known.append(seen_text + " " + " ".join(mc) + " " + (known[-1] if known else ""))
print("\n== designer.jsonl ==")
print("dialogues", len(des), "turns", sum(dt.values()))
for l in ("en", "zh"):
    print(f"  {l:6s} dialogues {dl[l]:4d} ({100*dl[l]/len(des):.1f}%)  turns {dt[l]}")
print("intents", dict(di))

print("\nERRORS:", len(errors))
for e in errors:
    print("  ", e)
