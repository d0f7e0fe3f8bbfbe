# Hand-written follow-up turns (chat / ask / undo) appended to some dialogues so that
# about half of the turns after the first are edits. Picked deterministically.
POOLS = {
 "en": {
  "chat": ["looks good", "great, thanks!", "ok cool", "that's exactly what I wanted", "hmm interesting",
           "how long did that take?", "can I download this?", "nice one 👍", "lol perfect", "is there a way to save this?",
           "thx", "which model draws these?", "wow", "ok that works", "good enough for now", "what resolution is this?",
           "brb, showing this to my boss", "Cheers.", "kk", "I'll take it"],
  "ask": ["make it better", "change it", "hmm not quite, fix it", "can you tweak that a bit", "do something with the colours",
          "make it more interesting", "that's off, adjust it", "the other way", "more like the one before but different", "meh. again?"],
  "undo": ["undo", "go back", "revert that", "ugh no, undo", "take that back", "previous version please", "ctrl+z",
           "back one step", "put it back how it was", "never mind that last change"],
 },
 "zh": {
  "chat": ["不错", "好的谢谢", "挺好看的", "可以了", "这个能下载吗？", "太棒了", "嗯嗯", "这是什么模型画的？", "先这样吧", "收到",
           "哈哈好玩", "完美", "我拿去给老板看看", "辛苦啦", "这张图多大分辨率？", "行"],
  "ask": ["改一下", "不太对，调整下", "再好看点", "换个感觉", "弄得高级一点", "颜色调一调", "哪里怪怪的", "再改改"],
  "undo": ["撤销", "撤回上一步", "回到上一版", "还是刚才那样好", "不要这个改动", "退回去", "上一步", "刚才那下改动取消吧"],
 },
 "mixed": {
  "chat": ["nice 👍 谢啦", "ok 先这样", "good 很好", "完美 perfect", "这个能 export 吗", "thx 辛苦了", "wow 好看", "收到 got it"],
  "ask": ["改一下 pls", "make it 更好看", "感觉不对，fix 一下", "change 一下 vibe", "再 adjust 一下"],
  "undo": ["undo 一下", "回到 previous version", "撤销 pls", "go back 上一步", "revert 一下吧"],
 },
}
ORDER = ["chat", "undo", "ask", "chat", "undo"]

import random

def plan(dialogues, max_turns, want, get_lang, get_intents, salt=""):
    """Return {dialogue index: (message, intent)} for `want` dialogues."""
    # never right after a chat turn (a second thank-you adds nothing)
    cand = [i for i, dl in enumerate(dialogues)
            if len(get_intents(dl)) < max_turns and get_intents(dl)[-1] != "chat"]
    want = min(want, len(cand))
    step = max(1, len(cand) / float(want))
    chosen, x = [], 0.0
    while len(chosen) < want and int(x) < len(cand):
        chosen.append(cand[int(x)]); x += step
    out, ctr = {}, {}
    for n, i in enumerate(chosen):
        lang = get_lang(dialogues[i]); ints = get_intents(dialogues[i])
        kind = ORDER[n % len(ORDER)]
        if kind == "undo" and ints[-1] not in ("edit", "draw"):
            kind = "chat"
        if kind == "ask" and ints[-1] == "ask":
            kind = "chat"
        pool = list(POOLS[lang][kind])
        random.Random(lang + kind + salt).shuffle(pool)
        k = ctr.get((lang, kind), 0); ctr[(lang, kind)] = k + 1
        out[i] = (pool[k % len(pool)], kind)   # walk the whole pool before repeating
    return out
