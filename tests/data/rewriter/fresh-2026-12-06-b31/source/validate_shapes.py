"""Checker for /work/fresh-31/shapes.jsonl (standard library only)."""
import json, re, sys, collections
PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh-31/shapes.jsonl"
COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "white", "black"}
SHAPES = {"circle", "square", "triangle", "star"}
SIZES = {"small", "large"}
POS = {"top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"}
INTENTS = {"draw", "edit", "chat", "undo", "ask"}
errors, warnings = [], []
ids = set()
langs = collections.Counter()
intents = collections.Counter()
later_turns = 0
later_edits = 0
classes = collections.Counter()

def scene_ok(sc, where):
    if not isinstance(sc, dict) or set(sc) != {"background", "objects"}:
        errors.append(where + ": expected must have exactly background, objects"); return
    bg, objs = sc["background"], sc["objects"]
    if bg not in COLOURS:
        errors.append(where + ": bad background %r" % bg)
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        errors.append(where + ": need 1-3 objects"); return
    cells = set()
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4):
            errors.append(where + ": object not [shape,colour,size,pos]: %r" % (o,)); continue
        sh, co, si, po = o
        if sh not in SHAPES: errors.append(where + ": bad shape %r" % sh)
        if co not in COLOURS: errors.append(where + ": bad colour %r" % co)
        if si not in SIZES: errors.append(where + ": bad size %r" % si)
        if po not in POS: errors.append(where + ": bad position %r" % po)
        if co == bg: errors.append(where + ": object colour equals background (%s)" % co)
        if po in cells: errors.append(where + ": two objects in cell %s" % po)
        cells.add(po)

with open(PATH, encoding="utf-8") as f:
    lines = f.read().splitlines()
for ln, line in enumerate(lines, 1):
    try:
        d = json.loads(line)
    except Exception as e:
        errors.append("line %d: json error %s" % (ln, e)); continue
    for k in ("id", "lang", "classes", "turns"):
        if k not in d: errors.append("line %d: missing %s" % (ln, k))
    if set(d) - {"id", "lang", "classes", "turns"}:
        errors.append("line %d: extra keys %s" % (ln, set(d) - {"id", "lang", "classes", "turns"}))
    did = d.get("id", "?")
    if did in ids: errors.append("%s: duplicate id" % did)
    ids.add(did)
    lang = d.get("lang")
    if lang not in ("en", "zh", "mixed"): errors.append("%s: bad lang" % did)
    if not re.fullmatch(r"fresh31-shapes-(en|zh|mixed)-\d{3}", str(did)) or did.split("-")[2] != lang:
        errors.append("%s: id does not match pattern/lang" % did)
    langs[lang] += 1
    cl = d.get("classes")
    if not isinstance(cl, list) or not cl or not all(isinstance(c, str) and c for c in cl):
        errors.append("%s: classes must be a non-empty list of strings" % did)
    else:
        classes.update(cl)
    turns = d.get("turns", [])
    if not isinstance(turns, list) or not 2 <= len(turns) <= 5:
        errors.append("%s: need 2-5 turns" % did); continue
    scenes = []
    for i, t in enumerate(turns):
        where = "%s turn %d" % (did, i + 1)
        if set(t) != {"message", "intent", "expected"}:
            errors.append(where + ": turn keys %s" % sorted(t)); continue
        msg, it, sc = t["message"], t["intent"], t["expected"]
        if not isinstance(msg, str) or not msg.strip(): errors.append(where + ": empty message")
        if it not in INTENTS: errors.append(where + ": bad intent %r" % it)
        intents[it] += 1
        scene_ok(sc, where)
        if i == 0:
            if it != "draw": errors.append(where + ": first turn must be draw")
        else:
            later_turns += 1
            later_edits += it == "edit"
            prev = scenes[-1]
            if it in ("chat", "ask") and sc != prev:
                errors.append(where + ": %s must keep the scene" % it)
            if it == "undo":
                if i < 2: errors.append(where + ": undo needs a scene before the previous turn")
                elif sc != scenes[i - 2]: errors.append(where + ": undo must restore scene of turn %d" % (i - 1))
                if turns[i - 1]["intent"] in ("chat", "ask", "undo"):
                    warnings.append(where + ": undo right after %s" % turns[i - 1]["intent"])
            if it in ("edit", "draw") and sc == prev:
                warnings.append(where + ": %s leaves scene unchanged" % it)
            if it == "edit":
                # surviving objects keep their relative order (match by position or by full attrs)
                pass
        scenes.append(sc)
    if lang == "zh":
        for t in turns:
            if re.search(r"[A-Za-z]{3,}", t["message"]):
                warnings.append("%s: zh message has Latin words: %s" % (did, t["message"]))
    if lang == "mixed":
        joined = " ".join(t["message"] for t in turns)
        if not (re.search(r"[\u4e00-\u9fff]", joined) and re.search(r"[A-Za-z]", joined)):
            errors.append("%s: mixed dialogue lacks both scripts" % did)

print("dialogues:", len(lines), dict(langs))
print("intents:", dict(intents))
print("turns after first: %d, edits among them: %d (%.0f%%)" % (later_turns, later_edits, 100.0 * later_edits / max(1, later_turns)))
print("distinct classes:", len(classes))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else "FAILED (%d errors)" % len(errors))
sys.exit(1 if errors else 0)
