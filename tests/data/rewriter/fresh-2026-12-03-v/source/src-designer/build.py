#!/usr/bin/env python3
"""Turn the hand-written drafts (en.txt, zh.txt, mixed.txt) into designer.jsonl.
Draft format: '@lang' header, dialogues separated by '===', turns start with
'> intent | message', then '+ phrase | phrase' (must_contain) and '- phrase' (must_not_contain).
chat/ask turns without lists copy the previous turn's lists; undo turns without lists get the
lists of the turn before the previous one, plus the previous turn's new phrases as must_not."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'designer.jsonl')

def split(s):
    return [p.strip() for p in s.split('|') if p.strip()]

def parse(path):
    lang, dialogs, cur = None, [], None
    for raw in open(path, encoding='utf-8'):
        line = raw.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('@'):
            lang = line[1:].strip(); continue
        if line.strip() == '===':
            if cur: dialogs.append(cur)
            cur = None; continue
        if line.startswith('> '):
            intent, msg = line[2:].split(' | ', 1)
            if cur is None: cur = []
            cur.append({'message': msg.strip(), 'intent': intent.strip(), 'mc': None, 'mn': None})
        elif line.startswith('+ '):
            cur[-1]['mc'] = split(line[2:])
        elif line.startswith('- '):
            cur[-1]['mn'] = split(line[2:])
        else:
            raise SystemExit('bad line in %s: %r' % (path, line))
    if cur: dialogs.append(cur)
    return lang, dialogs

def fill(turns):
    for i, t in enumerate(turns):
        if t['mc'] is None and t['intent'] in ('chat', 'ask'):
            t['mc'] = list(turns[i-1]['mc']); t['mn'] = list(turns[i-1]['mn'])
        elif t['mc'] is None and t['intent'] == 'undo':
            base, prev = turns[i-2], turns[i-1]
            seen = ' '.join(x['message'] for x in turns[:i-1]).lower()
            earlier = [p.lower() for x in turns[:i-1] for p in x['mc']]
            new = [p for p in prev['mc'] if p.lower() not in seen and p.lower() not in earlier]
            t['mc'] = list(base['mc'])
            t['mn'] = list(base['mn'] or []) + [p for p in new if not any(p.lower() in q.lower() for q in base['mc'])]
        if t['mn'] is None:
            t['mn'] = []
    return [{'message': t['message'], 'intent': t['intent'],
             'must_contain': t['mc'], 'must_not_contain': t['mn']} for t in turns]

rows = []
for name in ('en.txt', 'zh.txt', 'mixed.txt'):
    lang, dialogs = parse(os.path.join(HERE, name))
    for n, d in enumerate(dialogs, 1):
        rows.append({'id': 'fresh22-designer-%s-%03d' % (lang, n), 'lang': lang, 'turns': fill(d)})
with open(OUT, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('wrote', len(rows), 'dialogues to', os.path.normpath(OUT))
