#!/usr/bin/env python3
"""Standard-library checker for /work/fresh-19/shapes.jsonl (shapes-world rules)."""
import json, sys, collections
PATH = sys.argv[1] if len(sys.argv) > 1 else '/work/fresh-19/shapes.jsonl'
SHAPES = {'circle', 'square', 'triangle', 'star'}
COLOURS = {'red', 'orange', 'yellow', 'green', 'blue', 'purple', 'white', 'black'}
SIZES = {'small', 'large'}
POSITIONS = {'top-left', 'top', 'top-right', 'left', 'center', 'right', 'bottom-left', 'bottom', 'bottom-right'}
INTENTS = {'draw', 'edit', 'chat', 'undo', 'ask'}
LANGS = {'en', 'zh', 'mixed'}
errors = []
ids = set()
langs = collections.Counter()
intents = collections.Counter()
later = collections.Counter()
classes = collections.Counter()
nturns = collections.Counter()
def err(where, msg): errors.append('%s: %s' % (where, msg))
def check_scene(where, sc):
    if not isinstance(sc, dict) or set(sc) != {'background', 'objects'}:
        err(where, 'expected must have exactly background and objects'); return
    bg = sc['background']
    if bg not in COLOURS: err(where, 'bad background %r' % bg)
    objs = sc['objects']
    if not isinstance(objs, list) or not 1 <= len(objs) <= 3:
        err(where, 'need 1-3 objects, got %r' % (objs,)); return
    cells = set()
    for o in objs:
        if not isinstance(o, list) or len(o) != 4: err(where, 'object not [shape,colour,size,pos]: %r' % (o,)); continue
        sh, co, sz, po = o
        if sh not in SHAPES: err(where, 'bad shape %r' % sh)
        if co not in COLOURS: err(where, 'bad colour %r' % co)
        if sz not in SIZES: err(where, 'bad size %r' % sz)
        if po not in POSITIONS: err(where, 'bad position %r' % po)
        if co == bg: err(where, 'object colour equals background %r' % co)
        if po in cells: err(where, 'two objects in cell %r' % po)
        cells.add(po)
with open(PATH, encoding='utf-8') as fh:
    for ln, line in enumerate(fh, 1):
        where = 'line %d' % ln
        if not line.strip(): err(where, 'blank line'); continue
        try: d = json.loads(line)
        except Exception as e: err(where, 'json: %s' % e); continue
        if set(d) != {'id', 'lang', 'classes', 'turns'}: err(where, 'keys %r' % sorted(d)); continue
        where = d['id']
        if d['id'] in ids: err(where, 'duplicate id')
        ids.add(d['id'])
        if d['lang'] not in LANGS: err(where, 'bad lang')
        if not d['id'].startswith('fresh19-shapes-%s-' % d['lang']): err(where, 'id/lang mismatch')
        langs[d['lang']] += 1
        if not isinstance(d['classes'], list) or not d['classes'] or not all(isinstance(c, str) and c for c in d['classes']):
            err(where, 'classes must be a non-empty list of strings')
        else:
            classes.update(d['classes'])
        t = d['turns']
        if not isinstance(t, list) or not 2 <= len(t) <= 5: err(where, 'need 2-5 turns'); continue
        nturns[len(t)] += 1
        hist = []
        for i, turn in enumerate(t):
            w = '%s turn %d' % (where, i + 1)
            if set(turn) != {'message', 'intent', 'expected'}: err(w, 'turn keys %r' % sorted(turn)); continue
            if not isinstance(turn['message'], str) or not turn['message'].strip(): err(w, 'empty message')
            it = turn['intent']
            if it not in INTENTS: err(w, 'bad intent %r' % it)
            intents[it] += 1
            if i > 0: later[it] += 1
            sc = turn['expected']
            check_scene(w, sc)
            if i == 0 and it != 'draw': err(w, 'first turn should be draw')
            if it in ('chat', 'ask') and hist and sc != hist[-1]: err(w, '%s must keep the scene' % it)
            if it == 'undo':
                if len(hist) < 2: err(w, 'undo needs two earlier scenes')
                elif sc != hist[-2]: err(w, 'undo must restore the scene before the previous turn')
                if i > 0 and t[i - 1]['intent'] in ('chat', 'ask', 'undo'): err(w, 'undo right after chat/ask/undo is unclear')
            if it == 'edit' and hist and sc == hist[-1]: err(w, 'edit that changes nothing')
            if it == 'draw' and i > 0 and hist and sc == hist[-1]: err(w, 'new draw equal to previous scene')
            if it == 'edit' and hist:
                # objects keep first-introduction order: survivors keep relative order, new ones at the end
                pass
            hist.append(sc)
        if d['lang'] == 'en':
            for turn in t:
                if any('\u4e00' <= ch <= '\u9fff' for ch in turn['message']): err(where, 'CJK in en dialogue')
        if d['lang'] == 'zh':
            for turn in t:
                if any(w in turn['message'].lower() for w in ('circle', 'square', 'star', 'triangle', ' red', 'blue', 'green')): err(where, 'English shape/colour word in zh dialogue')
        if d['lang'] == 'mixed':
            allm = ''.join(x['message'] for x in t)
            if not (any('\u4e00' <= ch <= '\u9fff' for ch in allm) and any('a' <= ch.lower() <= 'z' for ch in allm)):
                err(where, 'mixed dialogue lacks one of the languages')
print('dialogues:', sum(langs.values()), dict(langs))
print('turns per dialogue:', dict(sorted(nturns.items())))
print('intents (all turns):', dict(intents))
tot = sum(later.values())
print('intents after first turn:', dict(later), 'edit share %.0f%%' % (100.0 * later['edit'] / tot if tot else 0))
print('distinct classes:', len(classes))
if errors:
    print('ERRORS (%d):' % len(errors)); [print('  ' + e) for e in errors]; sys.exit(1)
print('OK: all checks passed')
