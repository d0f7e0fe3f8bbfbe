# Extra non-edit turns (hand-written pools) so that about half of the later turns are edits.
# Mode per dialogue index: chat (ack or question), undo (only right after an edit), or an
# vague message at the end that the product should answer with a question.
POOLS = {
 ("shapes", "en", "chat"): ["love it", "ok cool", "thx!", "great, that's what I wanted", "how many shapes are in it now?",
   "which one is the biggest?", "is anything touching the edge?", "can you describe what you drew?", "nice one",
   "looks good to me", "haha cute", "are the shapes filled or just outlines?", "ok that works", "hmm ok", "where exactly is everything?",
   "that's it, thanks", "wait what did you change?", "cool, saving this one", "👍", "neat", "is it centered?"],
 ("shapes", "zh", "chat"): ["好看", "可以", "谢啦", "对，就是这样", "现在一共有几个图形？", "哪个最大？", "有图形碰到边了吗？",
   "描述一下你画了什么", "不错不错", "挺好", "哈哈好可爱", "图形是实心的吗？", "行", "嗯嗯", "每个图形都在哪？",
   "就这样吧，谢谢", "你刚才改了什么？", "好的我保存一下", "👍", "可以的", "它在正中间吗？"],
 ("shapes", "mixed", "chat"): ["nice 啊", "ok 可以", "thx 啦", "对 就是这个 feel", "现在有几个 shapes?", "哪个 biggest?",
   "有 shape 碰到 edge 吗?", "describe 一下你画了啥", "不错 nice", "looks good 了", "haha 好可爱", "shapes 是 solid 的吗?",
   "行 ok", "嗯嗯 fine", "每个 shape 在哪个位置?", "就这样 thanks", "你刚刚 change 了什么?", "ok 我 save 一下", "👍👍", "可以 可以", "它在 center 吗?"],
 ("shapes", "en", "undo"): ["undo", "go back one step", "revert that", "nope, undo", "ctrl+z", "take that back", "put it back how it was",
   "undo pls", "no, the previous one", "hmm no. back", "scratch that last change", "undo undo", "back to before that"],
 ("shapes", "zh", "undo"): ["撤销", "返回上一步", "恢复原来的", "不要这个改动", "退回去", "撤回一下", "刚才那步不要了", "还原",
   "回到上一步", "算了，撤销吧", "上一步", "退一步", "改回刚才那样"],
 ("shapes", "mixed", "undo"): ["undo 一下", "回到 previous 那个", "revert 吧", "撤销 this change", "go back 上一步", "ctrl z 一下",
   "不要这个 change", "back 回去", "undo 吧 算了", "还原 please", "刚才那步 cancel 掉", "undo 上一步", "回去 previous version"],
 ("shapes", "en", "ask"): ["change the colour", "move it somewhere else", "make it different", "can you change the shape?",
   "swap it", "hmm make it look better", "change the size", "put it somewhere else"],
 ("shapes", "zh", "ask"): ["换个颜色", "挪个位置", "改一下形状", "换一个", "弄得不一样点", "换个大小", "放到别的地方", "再改改"],
 ("shapes", "mixed", "ask"): ["换个 colour", "move 到别的地方", "change 一下 shape", "换一个 style", "size 改一下", "弄 different 一点", "换个 position", "再 change 一下"],
 ("designer", "en", "chat"): ["nice", "love this", "what would you call this style?", "how do I download it?", "would this work for print?",
   "looks great, sending to the client", "what does the prompt say now?", "what aspect ratio is this?", "hmm ok", "👍",
   "thanks, that's it for now", "can I use this commercially?", "cool cool", "wow", "that's really close to what I had in mind",
   "ok the client likes it", "is this the same seed as before?", "good, keep that", "thank you so much!", "yes! exactly",
   "what lighting is that supposed to be?", "haha love the details", "perfect for the deck", "hmm, interesting", "got it, thanks",
   "is it possible to get a higher resolution?", "ok saving", "lovely", "what colours are in the palette now?", "fine for now"],
 ("designer", "zh", "chat"): ["不错", "挺好的", "这是什么风格？", "怎么下载？", "能用来印刷吗？", "好的我先发给客户看看", "现在的提示词是什么？",
   "这是什么比例的？", "嗯嗯", "👍", "谢谢，就先这样", "这个能商用吗？", "可以可以", "哇", "跟我想的很接近了", "客户说可以",
   "这个和刚才是同一个种子吗？", "好，就保留这个", "太感谢了！", "对对对就是这个", "这是什么光线？", "细节好棒哈哈",
   "放进提案里刚好", "嗯，有意思", "明白了，谢谢", "能出更高分辨率吗？", "好的我存一下", "真好看", "现在配色有哪些颜色？", "先这样吧"],
 ("designer", "mixed", "chat"): ["nice 啊", "这个 style 叫什么?", "怎么 download?", "ok 先发给 client", "prompt 现在是什么?",
   "这个 ratio 是多少?", "thx 就这样", "不错 👍", "looks good 了", "能 commercial use 吗?", "client 说 ok", "perfect 了",
   "这个 lighting 是什么?", "细节 nice", "好 save 一下", "wow 好看"],
 ("designer", "en", "undo"): ["undo", "go back", "revert", "no, undo that", "ctrl z", "take it back", "previous version please",
   "nope, back", "undo that last one", "back one step", "hmm revert pls", "scrap that change", "return to the last one",
   "undo, it was better before", "go back a step", "restore the previous"],
 ("designer", "zh", "undo"): ["撤销", "返回", "还原", "不要，撤销", "ctrl z", "撤回", "退回上一版", "不行，退回去", "刚才那个改动撤掉",
   "回到上一步", "还是恢复吧", "这步不要了", "回到上一版吧", "撤销，之前的更好", "退一步", "恢复之前的"],
 ("designer", "mixed", "undo"): ["undo 一下", "回到 previous version", "revert 吧", "撤销 this", "go back 上一步", "ctrl z 吧",
   "不要这个 change", "back 回去", "undo 算了", "还原 please"],
 ("designer", "en", "ask"): ["change it up a bit", "can you swap it?", "make that one different", "do the other version",
   "hmm, change the colour", "replace it", "make it more... you know", "can you move it?", "try something else there", "switch it"],
 ("designer", "zh", "ask"): ["换一下", "那个改改", "换个颜色", "再来一个", "把它换掉", "那个挪一下", "换个别的", "调整一下那个", "改一改", "弄得再那个一点"],
 ("designer", "mixed", "ask"): ["change 一下那个", "换个 colour", "再来一个 version", "swap 那个", "move 一下它", "换个 something"],
}

# hand-picked: dialogues that already end naturally, or whose last edit is itself a revert
SKIP = {("shapes", "en", 21), ("shapes", "zh", 21), ("shapes", "mixed", 21)}
NO_UNDO = {("shapes", "en", 1), ("shapes", "zh", 1), ("designer", "en", 8), ("designer", "zh", 8)}

MAXT = {"shapes": 5, "designer": 4}

def augment(kind, lang, idx, turns, counters):
    """Return a new turn list (tuples as in the data files)."""
    if idx % 8 == 7 or len(turns) >= MAXT[kind] or (kind, lang, idx) in SKIP:
        return turns
    mode = ["chat", "undo", "chat", "ask", "undo", "chat", "ask"][idx % 7]
    last = turns[-1]
    if (kind, lang, idx) in NO_UNDO:
        mode = "chat"
    if mode == "undo" and last[1] != "edit":
        mode = "chat"
    if mode == "ask" and last[1] in ("ask",):
        mode = "chat"
    key = (kind, lang, mode)
    pool = POOLS[key]
    msg = pool[counters.get(key, 0) % len(pool)]
    counters[key] = counters.get(key, 0) + 1
    return turns + [(msg, mode)]
