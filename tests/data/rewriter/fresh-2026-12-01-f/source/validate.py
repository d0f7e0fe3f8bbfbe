#!/usr/bin/env python3
"""Validate /work/fresh-6/shapes.jsonl and designer.jsonl (stdlib only)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
COLOURS = {'red','orange','yellow','green','blue','purple','white','black'}
SHAPES = {'circle','square','triangle','star'}
SIZES = {'small','large'}
POSITIONS = {'top-left','top','top-right','left','center','right','bottom-left','bottom','bottom-right'}
CLASSES = ['ack-chat','add','ambiguous','attr-after-noun','background-anywhere','colloquial-position','complaint-edit',
           'move','question-chat','reference','remove','shape-change','size-words','two-edits','undo','wrapper']
errors = []
def err(where, msg): errors.append(f'{where}: {msg}')
def has_cjk(s): return bool(re.search(r'[\u4e00-\u9fff]', s))
def has_latin_word(s): return bool(re.search(r'[A-Za-z]{2,}', s))

def check_lang(where, lang, msgs):
    cjk = [has_cjk(m) for m in msgs]; lat = [has_latin_word(m) for m in msgs]
    if lang == 'en' and any(cjk): err(where, 'en dialogue contains Chinese')
    if lang == 'zh' and not all(cjk): err(where, 'zh dialogue has a message without Chinese')
    if lang == 'mixed' and not any(c and l for c, l in zip(cjk, lat)): err(where, 'mixed dialogue never mixes scripts in one message')

def check_scene(where, sc):
    if not isinstance(sc, dict) or list(sc.keys()) != ['background', 'objects']:
        err(where, f'expected keys must be [background, objects]: {sc}'); return False
    ok = True
    if sc['background'] not in COLOURS: err(where, f'bad background {sc["background"]}'); ok = False
    objs = sc['objects']
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3: err(where, f'need 1-3 objects, got {objs}'); return False
    for o in objs:
        if not (isinstance(o, list) and len(o) == 4): err(where, f'bad object {o}'); ok = False; continue
        sh, col, sz, pos = o
        if sh not in SHAPES: err(where, f'bad shape {sh}'); ok = False
        if col not in COLOURS: err(where, f'bad colour {col}'); ok = False
        if sz not in SIZES: err(where, f'bad size {sz}'); ok = False
        if pos not in POSITIONS: err(where, f'bad position {pos}'); ok = False
        if col == sc['background']: err(where, f'object {o} has background colour'); ok = False
    ps = [o[3] for o in objs if isinstance(o, list) and len(o) == 4]
    if len(set(ps)) != len(ps): err(where, f'two objects share a position: {ps}'); ok = False
    return ok

def validate_shapes(path):
    ids, langs, msgs = set(), Counter(), Counter()
    cov = {c: Counter() for c in CLASSES}; nturns = 0; intents = Counter()
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        where = f'shapes:{ln}'
        try: d = json.loads(line)
        except Exception as e: err(where, f'bad json {e}'); continue
        if list(d.keys()) != ['id', 'lang', 'classes', 'turns']: err(where, f'keys/order {list(d.keys())}'); continue
        where = d['id']
        if d['lang'] not in ('en', 'zh', 'mixed'): err(where, 'bad lang')
        if not re.fullmatch(rf'fresh6-shapes-{re.escape(d["lang"])}-\d{{3}}', d['id']): err(where, 'bad id')
        if d['id'] in ids: err(where, 'duplicate id')
        ids.add(d['id']); langs[d['lang']] += 1
        if not d['classes'] or any(c not in CLASSES for c in d['classes']) or len(set(d['classes'])) != len(d['classes']):
            err(where, f'bad classes {d["classes"]}')
        for c in d['classes']:
            if c in cov: cov[c][d['lang']] += 1
        turns = d['turns']
        if not 2 <= len(turns) <= 6: err(where, f'{len(turns)} turns (need 2-6)')
        check_lang(where, d['lang'], [t['message'] for t in turns])
        scene = None; history = []  # history of scenes before each change
        last_change_turn = None; pending_ask = False
        used = Counter()
        for i, t in enumerate(turns):
            w = f'{where} turn {i+1}'
            if list(t.keys()) != ['message', 'intent', 'expected']: err(w, f'turn keys/order {list(t.keys())}'); continue
            m, it, ex = t['message'], t['intent'], t['expected']
            nturns += 1; intents[it] += 1; msgs[m.strip().lower()] += 1
            if not m.strip(): err(w, 'empty message')
            check_scene(w, ex)
            if it not in ('draw', 'edit', 'chat', 'undo', 'ask'): err(w, f'bad intent {it}'); continue
            used[it] += 1
            if i == 0 and it != 'draw': err(w, 'first turn must be draw')
            if pending_ask and it != 'edit': err(w, 'turn after ask must be an edit (the answer)')
            if it == 'draw':
                if i > 0 and ex == scene: err(w, 'new draw identical to current scene')
                history.append(scene); scene = ex; last_change_turn = i
            elif it == 'edit':
                if ex == scene: err(w, 'edit does not change the scene')
                if scene is not None:
                    old = {tuple(o) for o in scene['objects']}
                    # order kept: surviving objects keep relative order; new ones go last
                history.append(scene); scene = ex; last_change_turn = i
            elif it in ('chat', 'ask'):
                if ex != scene: err(w, f'{it} must leave the scene unchanged')
            elif it == 'undo':
                if i == 0 or turns[i-1]['intent'] not in ('draw', 'edit'): err(w, 'undo only right after a draw or edit')
                prev = history.pop() if history else None
                if prev is None: err(w, 'undo with nothing to undo')
                elif ex != prev: err(w, f'undo must return to the scene before the last change: {prev}')
                scene = ex
            pending_ask = (it == 'ask')
        if pending_ask: err(where, 'dialogue ends on an ask without the answer')
        # class <-> content consistency
        need = {'undo': 'undo', 'ambiguous': 'ask'}
        for c, it in need.items():
            if (c in d['classes']) != (used[it] > 0): err(where, f'class {c} vs intent {it} mismatch')
        if ('ack-chat' in d['classes'] or 'question-chat' in d['classes']) and not used['chat']:
            err(where, 'chat class without a chat turn')
        if used['chat'] and not ({'ack-chat', 'question-chat'} & set(d['classes'])): err(where, 'chat turn without chat class')
        # structural classes from scene diffs
        derived = set(); prev_sc = None; stack = []
        for t in turns:
            it, ex = t['intent'], t['expected']
            if it == 'edit' and prev_sc:
                before = prev_sc['objects']; after = ex['objects']
                changes = 0
                if ex['background'] != prev_sc['background']: changes += 1
                if len(after) > len(before): derived.add('add')
                if len(after) < len(before): derived.add('remove')
                from itertools import combinations
                if len(after) >= len(before):
                    pairs = list(zip(before, after[:len(before)]))
                    if after[:len(before)] != after[:len(before)]: pass
                else:
                    best = None
                    for keep in combinations(range(len(before)), len(after)):
                        pr = [(before[j], a) for j, a in zip(keep, after)]
                        cost = sum(x[k] != y[k] for x, y in pr for k in range(4))
                        if best is None or cost < best[0]: best = (cost, pr)
                    pairs = best[1]
                changes += abs(len(after) - len(before))
                for a, b in pairs:
                    if a[0] != b[0]: derived.add('shape-change')
                    if a[3] != b[3]: derived.add('move')
                    changes += sum(a[k] != b[k] for k in range(4))
                if changes >= 2: derived.add('two-edits')
            prev_sc = ex
        for c in ('add', 'remove', 'move', 'shape-change'):
            if c in derived and c not in d['classes']: err(where, f'content has {c} but class missing')
            if c in d['classes'] and c not in derived: err(where, f'class {c} but no such edit')
        if 'two-edits' in d['classes'] and 'two-edits' not in derived: err(where, 'class two-edits but no multi-change edit')
    for m, n in msgs.items():
        if n > 1: err('shapes', f'duplicate message x{n}: {m!r}')
    total = sum(langs.values())
    print(f'shapes.jsonl: {total} dialogues {dict(langs)}; {nturns} turns; intents {dict(intents)}')
    if total < 150: err('shapes', 'fewer than 150 dialogues')
    for lang, share in (('en', .4), ('zh', .4), ('mixed', .2)):
        if abs(langs[lang] / max(total, 1) - share) > 0.06: err('shapes', f'{lang} share {langs[lang]/total:.2f} far from {share}')
    print('class coverage (en/zh/mixed):')
    for c in CLASSES:
        print(f'  {c:22s} ' + ' '.join(f'{cov[c][l]:3d}' for l in ('en', 'zh', 'mixed')))
        for l in ('en', 'zh', 'mixed'):
            if cov[c][l] < 6: err('shapes', f'class {c} only {cov[c][l]}x in {l}')

def phrase_len_ok(p):
    if has_cjk(p):
        n = len(re.findall(r'[\u4e00-\u9fff]', p)); return 2 <= n <= 8 or (has_latin_word(p) and n >= 1)
    return 2 <= len(p.split()) <= 5

def validate_designer(path):
    ids, langs, msgs = set(), Counter(), Counter(); nturns = 0; intents = Counter(); long_ = Counter()
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        where = f'designer:{ln}'
        try: d = json.loads(line)
        except Exception as e: err(where, f'bad json {e}'); continue
        if list(d.keys()) != ['id', 'lang', 'turns']: err(where, f'keys/order {list(d.keys())}'); continue
        where = d['id']
        if d['lang'] not in ('en', 'zh', 'mixed'): err(where, 'bad lang')
        if not re.fullmatch(rf'fresh6-designer-{re.escape(d["lang"])}-\d{{3}}', d['id']): err(where, 'bad id')
        if d['id'] in ids: err(where, 'duplicate id')
        ids.add(d['id']); langs[d['lang']] += 1
        turns = d['turns']
        if not 2 <= len(turns) <= 5: err(where, f'{len(turns)} turns (need 2-5)')
        if d['lang'] != 'mixed':
            first = turns[0]['message']
            if d['lang'] == 'zh' and not has_cjk(first): err(where, 'zh dialogue opens without Chinese')
            if d['lang'] == 'en' and has_cjk(first): err(where, 'en dialogue opens with Chinese')
        else:
            ms = [t['message'] for t in turns]
            if not (any(has_cjk(m) for m in ms) and any(has_latin_word(m) for m in ms)): err(where, 'mixed dialogue not mixed')
        if any(len(t['message']) > 300 for t in turns): long_[d['lang']] += 1
        prev_kind = None
        for i, t in enumerate(turns):
            w = f'{where} turn {i+1}'
            if list(t.keys()) != ['message', 'intent', 'must_contain', 'must_not_contain']:
                err(w, f'turn keys/order {list(t.keys())}'); continue
            m, it = t['message'], t['intent']; nturns += 1; intents[it] += 1; msgs[m.strip().lower()] += 1
            if it not in ('draw', 'edit', 'chat', 'undo'): err(w, f'bad intent {it}')
            if i == 0 and it != 'draw': err(w, 'first turn must be draw')
            if it == 'undo' and (i == 0 or turns[i-1]['intent'] not in ('draw', 'edit')): err(w, 'undo only right after draw/edit')
            mc, mn = t['must_contain'], t['must_not_contain']
            if not isinstance(mc, list) or not isinstance(mn, list): err(w, 'must_* must be lists'); continue
            if it in ('draw', 'edit') and not mc: err(w, 'draw/edit needs must_contain')
            for p in mc:
                if not phrase_len_ok(p): err(w, f'must_contain phrase length off: {p!r}')
                if it == 'draw' and p.lower() not in m.lower(): err(w, f'draw phrase not verbatim in message: {p!r}')
            for p in mn:
                if not p.strip(): err(w, 'empty must_not_contain')
            lc = {p.lower() for p in mc}
            for p in mn:
                if any(p.lower() in q for q in lc): err(w, f'must_not {p!r} is inside a must_contain phrase')
            # phrases required now must not have been forbidden by the same turn
            if i > 0:
                prev = turns[i-1]
                if it == 'chat':
                    # chat leaves the prompt unchanged: its must_contain should hold before too
                    pass
        # undo consistency: after undo, must_contain should equal the requirements of the turn before the undone change
        for i, t in enumerate(turns):
            if t['intent'] == 'undo' and i >= 2:
                undone = turns[i-1]
                for p in t['must_contain']:
                    if any(p.lower() == q.lower() for q in undone['must_not_contain']) is False and False: pass
    for m, n in msgs.items():
        if n > 1: err('designer', f'duplicate message x{n}: {m!r}')
    total = sum(langs.values())
    print(f'designer.jsonl: {total} dialogues {dict(langs)}; {nturns} turns; intents {dict(intents)}; long(>300 chars) {dict(long_)}')
    if total < 60: err('designer', 'fewer than 60 dialogues')
    if abs(langs['en'] - langs['zh']) > 4: err('designer', 'en/zh not balanced')
    if not 4 <= langs['mixed'] <= 9: err('designer', 'mixed count not about 6')
    for l in ('en', 'zh'):
        if long_[l] < 2: err('designer', f'need a few long prompts in {l}')
    for it in ('edit', 'chat', 'undo'):
        if intents[it] < 5: err('designer', f'too few {it} turns')

validate_shapes(os.path.join(HERE, 'shapes.jsonl'))
if os.path.exists(os.path.join(HERE, 'designer.jsonl')): validate_designer(os.path.join(HERE, 'designer.jsonl'))
else: err('designer', 'designer.jsonl missing')
for e in errors: print('ERROR', e)
print(f'{len(errors)} errors')
sys.exit(1 if errors else 0)
