"""Generator for fresh17 shapes.jsonl. Dialogues are hand-written in en.py, zh.py, mixed.py as
lists of (classes, [(intent, message, op), ...]). The expected scene is computed from op:
  draw:  "bg | shape colour size pos | ..."
  edit:  ops joined by ';' : cN=colour  zN=size  pN=pos  hN=shape  +shape colour size pos  -N  bg=colour
  chat/ask/undo: op ignored (scene kept / restored)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))

def apply(scene, op):
    bg, objs = scene[0], [list(o) for o in scene[1]]
    for part in [p.strip() for p in op.split(';') if p.strip()]:
        if part.startswith('bg='):
            bg = part[3:]
        elif part.startswith('+'):
            objs.append(part[1:].split())
        elif part.startswith('-'):
            del objs[int(part[1:])]
        else:
            k, v = part.split('=')
            i = int(k[1:])
            field = {'h': 0, 'c': 1, 'z': 2, 'p': 3}[k[0]]
            objs[i][field] = v
    return (bg, objs)

def build(prefix, lang, dialogues):
    out = []
    for n, (classes, turns) in enumerate(dialogues, 1):
        hist = []  # scenes after each change (draw/edit)
        scene = None
        tt = []
        for intent, msg, op in turns:
            if intent == 'draw':
                parts = [p.strip() for p in op.split('|')]
                scene = (parts[0], [p.split() for p in parts[1:]])
                hist.append(scene)
            elif intent == 'edit':
                scene = apply(scene, op)
                hist.append(scene)
            elif intent == 'undo':
                hist.pop()
                scene = hist[-1]
            tt.append({"message": msg, "intent": intent,
                       "expected": {"background": scene[0], "objects": [list(o) for o in scene[1]]}})
        out.append({"id": "%s-%s-%03d" % (prefix, lang, n), "lang": lang, "classes": classes, "turns": tt})
    return out

if __name__ == '__main__':
    rows = []
    for lang in ('en', 'zh', 'mixed'):
        try:
            mod = __import__(lang)
        except ImportError:
            continue
        rows += build('fresh17-shapes', lang, mod.D)
    with open(os.path.join(os.path.dirname(__file__), '..', 'shapes.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows), 'dialogues written')
