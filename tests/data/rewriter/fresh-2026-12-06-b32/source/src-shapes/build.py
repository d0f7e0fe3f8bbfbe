#!/usr/bin/env python3
"""Assemble hand-written dialogues (src-shapes/{en,zh,mixed}.txt) into shapes.jsonl.
Source format, dialogues separated by blank lines:
  # classes: a, b
  > user message (written by hand)
  draw: white | circle red large center, star blue small top-left
  > next message
  chat            (scene omitted: chat/ask keep the scene, undo restores the one before the previous turn)
Scenes are written out by hand; only chat/ask/undo may omit them."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
def parse_scene(s):
    bg, _, objs = s.partition('|')
    out = []
    for o in objs.split(','):
        o = o.strip()
        if o:
            out.append(o.split())
    return {"background": bg.strip(), "objects": out}
def parse(lang):
    p = os.path.join(HERE, lang + '.txt')
    if not os.path.exists(p): return []
    text = open(p, encoding='utf-8').read()
    dialogs = []
    for block in text.split('\n\n'):
        lines = [l for l in block.strip().split('\n') if l.strip()]
        if not lines: continue
        classes, turns, msg = [], [], None
        for l in lines:
            if l.startswith('# classes:'):
                classes = [c.strip() for c in l[len('# classes:'):].split(',') if c.strip()]
            elif l.startswith('>'):
                msg = l[1:].strip()
            else:
                intent, _, scene = l.partition(':')
                intent = intent.strip()
                if scene.strip():
                    exp = parse_scene(scene)
                elif intent in ('chat', 'ask'):
                    exp = json.loads(json.dumps(turns[-1]['expected']))
                elif intent == 'undo':
                    exp = json.loads(json.dumps(turns[-2]['expected']))
                else:
                    sys.exit('missing scene: %r in %s' % (msg, lang))
                turns.append({"message": msg, "intent": intent, "expected": exp})
                msg = None
        dialogs.append((classes, turns))
    return dialogs
def main():
    out = open(os.path.join(HERE, '..', 'shapes.jsonl'), 'w', encoding='utf-8')
    for lang in ('en', 'zh', 'mixed'):
        for i, (classes, turns) in enumerate(parse(lang), 1):
            rec = {"id": "fresh32-shapes-%s-%03d" % (lang, i), "lang": lang,
                   "classes": classes, "turns": turns}
            out.write(json.dumps(rec, ensure_ascii=False) + '\n')
    out.close()
main()
