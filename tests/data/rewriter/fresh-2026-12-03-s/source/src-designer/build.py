import json, glob, os
D = []
def d(lang, *turns):
    D.append((lang, [dict(message=m, intent=i, must_contain=mc, must_not_contain=mn) for (m, i, mc, mn) in turns]))
here = os.path.dirname(os.path.abspath(__file__))
for f in sorted(glob.glob(os.path.join(here, 'chunk_*.py'))):
    exec(open(f, encoding='utf-8').read(), {'d': d})
cnt = {}
out = []
for lang, turns in D:
    cnt[lang] = cnt.get(lang, 0) + 1
    out.append(json.dumps({"id": "fresh19-designer-%s-%03d" % (lang, cnt[lang]), "lang": lang, "turns": turns}, ensure_ascii=False))
open(os.path.join(here, '..', 'designer.jsonl'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(cnt, len(out))
