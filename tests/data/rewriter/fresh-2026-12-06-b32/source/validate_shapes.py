#!/usr/bin/env python3
"""Check /work/fresh-32/shapes.jsonl: parses, fields, world rules, unique ids, counts."""
import json, sys, collections, re
SH={'circle','square','triangle','star'}; CO={'red','orange','yellow','green','blue','purple','white','black'}
SZ={'small','large'}; PO={'top-left','top','top-right','left','center','right','bottom-left','bottom','bottom-right'}
IN={'draw','edit','chat','undo','ask'}
errs=[]; ids=set(); langs=collections.Counter(); intents=collections.Counter(); after=0; edits=0
path=sys.argv[1] if len(sys.argv)>1 else '/work/fresh-32/shapes.jsonl'
for n,line in enumerate(open(path,encoding='utf-8'),1):
    def E(m): errs.append('line %d: %s'%(n,m))
    try: d=json.loads(line)
    except Exception as e: E('json %s'%e); continue
    for k in ('id','lang','classes','turns'):
        if k not in d: E('missing '+k)
    if d.get('id') in ids: E('dup id')
    ids.add(d.get('id')); langs[d.get('lang')]+=1
    if d.get('lang') not in ('en','zh','mixed'): E('lang')
    if not re.fullmatch(r'fresh32-shapes-%s-\d{3}'%d.get('lang'), d.get('id','')): E('id form')
    if not isinstance(d.get('classes'),list) or not d['classes']: E('classes')
    t=d.get('turns',[])
    if not 2<=len(t)<=5: E('turn count %d'%len(t))
    if t and t[0].get('intent')!='draw': E('first turn not draw')
    text=''.join(x.get('message','') for x in t)
    cjk=bool(re.search(r'[\u4e00-\u9fff]',text)); lat=bool(re.search(r'[A-Za-z]{2,}',text))
    if d.get('lang')=='mixed' and not (cjk and lat): E('mixed needs both scripts')
    if d.get('lang')=='en' and cjk: E('en has CJK')
    if d.get('lang')=='zh' and not cjk: E('zh has no CJK')
    prev=[]
    for i,x in enumerate(t):
        for k in ('message','intent','expected'):
            if k not in x: E('turn %d missing %s'%(i,k))
        if not x.get('message','').strip(): E('turn %d empty message'%i)
        it=x.get('intent'); intents[it]+=1
        if it not in IN: E('turn %d intent %r'%(i,it))
        if i>0:
            after+=1; edits+= it=='edit'
        ex=x.get('expected',{}); bg=ex.get('background'); ob=ex.get('objects',[])
        if bg not in CO: E('turn %d bg %r'%(i,bg))
        if not 1<=len(ob)<=3: E('turn %d object count %d'%(i,len(ob)))
        cells=set()
        for o in ob:
            if len(o)!=4 or o[0] not in SH or o[1] not in CO or o[2] not in SZ or o[3] not in PO: E('turn %d bad object %r'%(i,o)); continue
            if o[1]==bg: E('turn %d object colour = bg %r'%(i,o))
            if o[3] in cells: E('turn %d cell shared %r'%(i,o[3]))
            cells.add(o[3])
        if it in ('chat','ask') and i>0 and ex!=prev[-1]: E('turn %d %s changed scene'%(i,it))
        if it=='undo':
            if i<2: E('undo too early')
            elif ex!=prev[-2]: E('turn %d undo not restoring'%i)
            if i>0 and t[i-1].get('intent') in ('chat','ask','undo'): E('turn %d undo after %s'%(i,t[i-1].get('intent')))
        if it=='edit' and prev and ex==prev[-1]: E('turn %d edit changes nothing'%i)
        prev.append(ex)
print('dialogues:',sum(langs.values()),dict(langs)); print('intents:',dict(intents))
print('turns after first: %d, edits: %d (%.0f%%)'%(after,edits,100*edits/max(after,1)))
for e in errs: print('ERROR',e)
print('OK' if not errs else '%d errors'%len(errs)); sys.exit(1 if errs else 0)
