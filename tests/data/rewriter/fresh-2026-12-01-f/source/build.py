# Builds shapes.jsonl from hand-written dialogue files in src/*.txt (stdlib only).
# Messages are written by hand; this script only computes the full expected scene from the stated change.
import json, sys, glob, copy
POS = {'tl':'top-left','t':'top','tr':'top-right','l':'left','c':'center','r':'right','bl':'bottom-left','b':'bottom','br':'bottom-right'}
SZ = {'S':'small','L':'large'}
def obj(tok):
    sh, col, sz, pos = tok.split()
    return [sh, col, SZ[sz], POS[pos]]
def parse_scene(spec):
    parts = [p.strip() for p in spec.split(';')]
    return {'background': parts[0], 'objects': [obj(p) for p in parts[1:]]}
def apply(scene, spec, where):
    s = copy.deepcopy(scene); ops = [o.strip() for o in spec.split(';') if o.strip()]
    for op in ops:
        k, rest = op.split(None, 1) if ' ' in op else (op, '')
        if k == 'bg': s['background'] = rest
        elif k == '+': s['objects'].append(obj(rest))
        elif k[0] == 'x': del s['objects'][int(k[1:]) - 1]
        else:
            i = int(k[1:]) - 1; f = {'s':0,'c':1,'z':2,'p':3}[k[0]]
            s['objects'][i][f] = SZ[rest] if f == 2 else POS[rest] if f == 3 else rest
    return s, ops
CLS = {'+':'add','x':'remove','p':'move','s':'shape-change'}
out = []; counters = {}
for fn in sorted(glob.glob('src/shapes_*.txt')):
    cur = None
    for ln, line in enumerate(open(fn, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        if line.startswith('='):
            lang, cls = [x.strip() for x in line[1:].split('|')]
            counters[lang] = counters.get(lang, 0) + 1
            cur = {'id': f'fresh6-shapes-{lang}-{counters[lang]:03d}', 'lang': lang,
                   'classes': [c for c in cls.split(',') if c], 'turns': [], '_hist': [], '_scene': None}
            out.append(cur); continue
        assert line.startswith('>'), (fn, ln, line)
        parts = [p.strip() for p in line[1:].split('|')]
        msg, intent = parts[0], parts[1]; spec = parts[2] if len(parts) > 2 else ''
        cls = cur['classes']
        if intent == 'draw':
            scene = parse_scene(spec)
            cur['_hist'].append(cur['_scene']); cur['_scene'] = scene
        elif intent == 'edit':
            scene, ops = apply(cur['_scene'], spec, (fn, ln))
            for o in ops:
                c = CLS.get(o[0])
                if c and c not in cls: cls.append(c)
            if len(ops) >= 2 and 'two-edits' not in cls: cls.append('two-edits')
            cur['_hist'].append(cur['_scene']); cur['_scene'] = scene
        elif intent in ('ack', 'q', 'ask'):
            c = {'ack':'ack-chat','q':'question-chat','ask':'ambiguous'}[intent]
            if c not in cls: cls.append(c)
            intent = 'chat' if intent != 'ask' else 'ask'; scene = cur['_scene']
        elif intent == 'undo':
            if 'undo' not in cls: cls.append('undo')
            scene = cur['_hist'].pop(); cur['_scene'] = scene
        else: raise SystemExit(f'{fn}:{ln} bad intent {intent}')
        cur['turns'].append({'message': msg, 'intent': intent, 'expected': copy.deepcopy(scene)})
with open('shapes.jsonl', 'w', encoding='utf-8') as f:
    for d in out:
        f.write(json.dumps({k: d[k] for k in ('id','lang','classes','turns')}, ensure_ascii=False) + '\n')
print(len(out), counters)
