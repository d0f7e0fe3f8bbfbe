#!/usr/bin/env python3
"""Checker for /work/fresh-22/designer.jsonl (standard library only).

Hard errors: parse, fields, ids, counts, turn counts, intents, phrase lengths, first-turn length,
contradictions, chat/ask/undo state copying, draw phrases taken verbatim from the message.
Derivation check: every must_contain phrase after turn 1 must either be kept (a substring of the
messages typed so far) or be built only from words/characters the user has typed so far, plus
translations from a small glossary when the edit is written in the other language.
Usage: python3 validate_designer.py [path]"""
import json, re, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else '/work/fresh-22/designer.jsonl'
INTENTS = {'draw', 'edit', 'chat', 'ask', 'undo'}
WANT = {'en': 36, 'zh': 36, 'mixed': 18}
CJK = re.compile(r'[\u3400-\u9fff]')
# cross-language edits: English word typed -> Chinese the product may write, and back
GLOSS = {
    'red': '红色', 'white': '白色', 'green': '绿色', 'blue': '蓝色', 'black': '黑色', 'orange': '橙色',
    'mint': '薄荷', 'marble': '大理石', 'hanfu': '汉服', 'bridge': '石桥', 'dinosaur': '恐龙',
    'counter': '台面',
}
ZH2EN = {'红色': 'red', '白色': 'white', '绿色': 'green', '蓝色': 'blue', '黑色': 'black',
         '萤火虫': 'fireflies', '灯笼': 'lantern', '桌布': 'tablecloth', '釉色': 'glaze',
         '铜量酒器': 'copper jigger', '旗子': 'flag', '钢笔': 'pen', '右边': 'right', '明亮的自然光': 'bright natural light',
         '大蒜': 'garlic', '屋顶': 'roof'}

errors, warnings, notes = [], [], []
def err(where, msg): errors.append('%s: %s' % (where, msg))
def warn(where, msg): warnings.append('%s: %s' % (where, msg))

def words(s):
    return re.findall(r"[a-z0-9][a-z0-9'\-]*", s.lower())

def units(p):
    """length of a phrase: CJK characters + latin words"""
    return len(CJK.findall(p)) + len(words(CJK.sub(' ', p)))

def typed_vocab(messages):
    text = ' '.join(messages).lower()
    ws = set(words(text))
    # crude English plural/typo tolerance
    ws |= {w.rstrip('s') for w in ws} | {w + 's' for w in ws}
    chars = set(CJK.findall(text))
    for en, zh in GLOSS.items():
        if en in ws: chars |= set(zh)
    for zh, en in ZH2EN.items():
        if zh in text: ws |= set(words(en)) | {w + 's' for w in words(en)}
    return text, ws, chars

def derivable(p, messages):
    text, ws, chars = typed_vocab(messages)
    if p.lower() in text: return True
    bad_w = [w for w in words(CJK.sub(' ', p)) if w not in ws and w.rstrip('s') not in ws]
    bad_c = [c for c in CJK.findall(p) if c not in chars]
    return not bad_w and not bad_c, bad_w + bad_c

rows, ids = [], set()
stats = collections.Counter(); later = collections.Counter(); later_lang = collections.Counter(); by_lang = collections.Counter()
try:
    lines = open(PATH, encoding='utf-8').read().splitlines()
except OSError as e:
    sys.exit('cannot read %s: %s' % (PATH, e))
for ln, line in enumerate(lines, 1):
    if not line.strip():
        err('line %d' % ln, 'blank line'); continue
    try:
        d = json.loads(line)
    except ValueError as e:
        err('line %d' % ln, 'bad JSON: %s' % e); continue
    where = d.get('id', 'line %d' % ln)
    if set(d) != {'id', 'lang', 'turns'}:
        err(where, 'keys %s' % sorted(d))
    lang = d.get('lang')
    if lang not in WANT: err(where, 'lang %r' % lang); continue
    by_lang[lang] += 1
    if not re.fullmatch(r'fresh22-designer-(en|zh|mixed)-\d{3}', str(d.get('id'))):
        err(where, 'bad id')
    elif d['id'].split('-')[2] != lang:
        err(where, 'id language differs from lang')
    if d.get('id') in ids: err(where, 'duplicate id')
    ids.add(d.get('id'))
    turns = d.get('turns')
    if not isinstance(turns, list) or not 2 <= len(turns) <= 4:
        err(where, 'needs 2-4 turns'); continue
    msgs = []
    for i, t in enumerate(turns):
        w = '%s turn %d' % (where, i + 1)
        if set(t) != {'message', 'intent', 'must_contain', 'must_not_contain'}:
            err(w, 'keys %s' % sorted(t)); continue
        m, it, mc, mn = t['message'], t['intent'], t['must_contain'], t['must_not_contain']
        if not isinstance(m, str) or not m.strip(): err(w, 'empty message')
        if it not in INTENTS: err(w, 'intent %r' % it)
        if not (isinstance(mc, list) and isinstance(mn, list) and all(isinstance(x, str) and x.strip() for x in mc + mn)):
            err(w, 'phrase lists must be lists of non-empty strings'); continue
        if not mc: err(w, 'must_contain is empty')
        if len(set(x.lower() for x in mc)) != len(mc): err(w, 'duplicate must_contain')
        stats[it] += 1
        if i: later[it] += 1; later_lang[lang, it == 'edit'] += 1
        for p in mc:
            n = units(p)
            lo, hi = (2, 8) if CJK.search(p) else (2, 5)
            if not lo <= n <= hi: err(w, 'phrase length %d out of %d-%d: %r' % (n, lo, hi, p))
        for a in mn:
            for b in mc:
                if a.lower() in b.lower(): err(w, 'must_not %r is inside must_contain %r' % (a, b))
        prev = turns[i - 1] if i else None
        if i == 0:
            if it != 'draw': err(w, 'first turn must be draw')
            n = units(m)
            lo, hi = (8, 60) if lang == 'en' else (8, 90)
            if not lo <= n <= hi: err(w, 'first prompt length %d outside %d-%d' % (n, lo, hi))
            for a in mn:
                if a.lower() not in m.lower(): err(w, 'wrapper %r is not in the message' % a)
        if it == 'draw':
            for p in mc:
                if p.lower() not in m.lower(): err(w, 'draw keeps the user\'s words, but %r is not in the message' % p)
        elif it in ('chat', 'ask'):
            if prev and (prev['must_contain'] != mc or prev['must_not_contain'] != mn):
                err(w, '%s must keep the previous lists' % it)
        elif it == 'undo':
            if i < 2: err(w, 'undo needs a state two turns back')
            else:
                base = turns[i - 2]
                if [x.lower() for x in mc] != [x.lower() for x in base['must_contain']]:
                    err(w, 'undo must_contain should equal turn %d' % (i - 1))
                if turns[i - 1]['intent'] in ('chat', 'ask', 'undo'):
                    err(w, 'undo right after a non-change turn is ambiguous')
                restored = [a for a in turns[i - 1]['must_not_contain'] if any(a.lower() in p.lower() for p in mc)]
                if not mn and not restored: warn(w, 'undo that neither removes nor restores anything checkable')
        elif it == 'edit':
            typed_before = ' '.join(msgs).lower()
            new = [p for p in mc if p.lower() not in typed_before]
            if not new and not mn: err(w, 'edit with no changed phrase and nothing removed')
            for p in mc:
                ok = derivable(p, msgs + [m])
                if ok is not True and not ok[0]:
                    err(w, '%r uses words nobody typed: %s' % (p, ok[1]))
            for a in mn:
                ok = derivable(a, msgs + [m])  # the current message may name what goes ("not pink", "blue, no wait")
                if ok is not True and not ok[0]:
                    err(w, 'must_not %r was never in the prompt: %s' % (a, ok[1]))
            if prev:
                back = [a for a in prev['must_not_contain'] if any(a.lower() in p.lower() for p in mc)]
                if back: notes.append('%s: reverting edit brings back %s' % (w, back))
        msgs.append(m)
    rows.append(d)

for lang, n in WANT.items():
    if by_lang[lang] != n: err('counts', '%s has %d dialogues, want %d' % (lang, by_lang[lang], n))
for it in INTENTS:
    if not stats[it]: err('intents', 'intent %s never used' % it)
nl = sum(later.values())
print('dialogues:', len(rows), dict(by_lang))
print('turns:', sum(stats.values()), dict(stats))
print('turns after the first: %d, edits %d (%.0f%%), others %s' % (
    nl, later['edit'], 100.0 * later['edit'] / max(nl, 1), {k: v for k, v in later.items() if k != 'edit'}))
for lg in WANT:
    e, o = later_lang[lg, True], later_lang[lg, False]
    print('  %s: %d edits of %d later turns (%.0f%%)' % (lg, e, e + o, 100.0 * e / max(e + o, 1)))
for x in notes: print('NOTE', x)
for x in warnings: print('WARN', x)
for x in errors: print('ERROR', x)
print('OK' if not errors else '%d error(s)' % len(errors))
sys.exit(1 if errors else 0)
