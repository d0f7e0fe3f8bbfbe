import json, sys, glob, importlib.util
POS={'tl':'top-left','t':'top','tr':'top-right','l':'left','c':'center','r':'right','bl':'bottom-left','b':'bottom','br':'bottom-right'}
SZ={'L':'large','S':'small'}
def parse(s):
    bg,rest=s.split(':',1)
    objs=[]
    for part in rest.split(';'):
        part=part.strip()
        if not part: continue
        sh,co,sz,po=part.split()
        objs.append([sh,co,SZ[sz],POS[po]])
    return {'background':bg.strip(),'objects':objs}
out=[]
counters={}
for f in sorted(glob.glob('/tmp/shsrc/chunk*.py')):
    ns={}
    exec(open(f,encoding='utf-8').read(),ns)
    for lang,classes,turns in ns['D']:
        counters[lang]=counters.get(lang,0)+1
        hist=[]
        tl=[]
        for msg,intent,sc in turns:
            if sc=='=':
                e=json.loads(json.dumps(hist[-1]))
            elif sc=='<':
                e=json.loads(json.dumps(hist[-2]))
            else:
                e=parse(sc)
            hist.append(e)
            tl.append({'message':msg,'intent':intent,'expected':e})
        out.append({'id':'fresh19-shapes-%s-%03d'%(lang,counters[lang]),'lang':lang,'classes':classes.split(),'turns':tl})
order={'en':0,'zh':1,'mixed':2}
out.sort(key=lambda d:(order[d['lang']],d['id']))
with open('/work/fresh-19/shapes.jsonl','w',encoding='utf-8') as fh:
    for d in out: fh.write(json.dumps(d,ensure_ascii=False)+'\n')
print(counters)
