# Builds designer.jsonl from the hand-written src/designer_*.txt (stdlib only).
import json, glob
out = []; cnt = {}; cur = None
for fn in sorted(glob.glob('src/designer_*.txt')):
    for ln, line in enumerate(open(fn, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        if line.startswith('='):
            lang = line[1:].strip(); cnt[lang] = cnt.get(lang, 0) + 1
            cur = {'id': f'fresh6-designer-{lang}-{cnt[lang]:03d}', 'lang': lang, 'turns': []}; out.append(cur); continue
        assert line.startswith('>'), (fn, ln)
        parts = [p.strip() for p in line[1:].split('||')]
        while len(parts) < 4: parts.append('')
        msg, intent, mc, mn = parts
        sp = lambda s: [x.strip() for x in s.split(';') if x.strip()]
        cur['turns'].append({'message': msg, 'intent': intent, 'must_contain': sp(mc), 'must_not_contain': sp(mn)})
with open('designer.jsonl', 'w', encoding='utf-8') as f:
    for d in out: f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out), cnt)
