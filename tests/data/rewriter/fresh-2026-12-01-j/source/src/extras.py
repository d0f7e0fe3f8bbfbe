# Extra closing turns (chat / ask / undo) appended to dialogues that end on an edit,
# so that about half of the turns after the first are edits. Pools are cycled.
POOL = {
 "en": {
  "chat": ["nice", "looks good", "great, thanks!", "ok cool", "hm ok", "perfect, that's it", "how long does each picture take?",
           "can I download this as a PNG?", "thx", "yep that works", "love it", "good enough for now", "is there a limit on how many turns I get?",
           "haha nice", "ok I'll show this to the client", "sweet"],
  "ask": ["change it", "make it different", "hmm not quite, fix it", "can you make it nicer", "make it more fun", "do the other thing",
          "meh, switch it up", "change the colour", "change the shape", "move it somewhere else", "make it pop", "try another one of those"],
  "undo": ["undo", "undo that", "go back", "revert", "nope, undo", "take that back", "back one step", "ctrl+z", "undo last change pls",
           "previous version please", "actually put it back how it was"],
 },
 "zh": {
  "chat": ["好的", "不错", "可以了，谢谢", "嗯嗯", "挺好", "太好了", "这张能下载吗？", "收到", "就这样吧", "棒", "ok 谢谢", "一张图要画多久？",
           "我拿去给客户看看", "哈哈好可爱"],
  "ask": ["改一下", "换个感觉", "不太对，再调调", "弄好看点", "颜色换一下", "挪一挪", "再有趣一点", "换一换", "换个形状", "这个不行，重新弄下"],
  "undo": ["撤销", "撤回", "回到上一步", "退回去", "不要这个改动", "还是改回去吧", "上一版", "返回上一步", "刚才那步不要了"],
 },
 "mixed": {
  "chat": ["nice 谢谢", "ok 可以", "good 👍", "perfect 就这样", "thx 啦", "这个 vibe 对了", "lgtm 哈哈", "可以 download 吗？"],
  "ask": ["change 一下", "再 fancy 一点", "hmm 不太对, fix it", "颜色 switch 一下", "make it 好看点", "move 一下"],
  "undo": ["undo 一下", "撤回 pls", "go back 上一步", "revert 吧", "ctrl z 一下", "还是 undo 吧"],
 },
}
KINDS = ["chat", "undo", "ask"]

def pick(lang, kind, k):
    p = POOL[lang][kind]
    return p[k % len(p)]

def eligible(d, maxturns):
    t = d["turns"]
    return len(t) < maxturns and t[-1]["intent"] == "edit"

def extend_shapes(lines):
    cnt = {}
    for d in lines:
        if not eligible(d, 5): continue
        k = cnt.get(d["lang"], 0); cnt[d["lang"]] = k + 1
        kind = KINDS[k % 3]
        t = d["turns"]
        sc = t[-2]["expected"] if kind == "undo" else t[-1]["expected"]
        t.append({"message": pick(d["lang"], kind, k // 3), "intent": kind, "expected": sc})
        d["classes"] = d["classes"] + ["closing-" + kind]

def extend_designer(lines):
    cnt = {}
    for d in lines:
        if not eligible(d, 4): continue
        k = cnt.get(d["lang"], 0); cnt[d["lang"]] = k + 1
        kind = KINDS[k % 3]
        t = d["turns"]
        last = t[-1]
        if kind == "undo":
            prev = t[-2]
            earlier = " ".join(x["message"].lower() for x in t[:-1])
            mc = list(prev["must_contain"])
            mn = [p for p in last["must_contain"] if p.lower() not in earlier
                  and not any(p.lower() in q.lower() for q in mc)]
            # phrases the edit removed come back
            mn += [p for p in last["must_not_contain"] if False]
            if not mn:
                kind = "chat"
        if kind != "undo":
            mc, mn = list(last["must_contain"]), list(last["must_not_contain"])
        t.append({"message": pick(d["lang"], kind, k // 3), "intent": kind, "must_contain": mc, "must_not_contain": mn})
